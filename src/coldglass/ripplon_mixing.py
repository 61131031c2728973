"""Quantum mixing of a tunnelling centre with its ripplon ladder, and the "fast" TLS.

Lubchenko & Wolynes review (arXiv:cond-mat/0506708, "quantum_theory"), Sec. V:

* the low-energy Hamiltonian of a centre with epsilon < 0, Eq. (58), extended to any number
  of ripplon states, and its exact eigenvalues (Fig. 21);
* the level-repulsion relation between the bare and effective asymmetries, Eq. (59), its
  intercept Sigma, Eq. (61), and the Jacobian |d eps/d eps~| of Eq. (66) (Fig. 22);
* the ripplon sums B = sum_i omega_D/omega_i (Eq. 65, l.786) and
  B' = sum_i (omega_D/omega_i)^2 (what Eqs. 60 and 62 imply), and the self-consistent
  Franck-Condon renormalisation of Eq. (64) in closed form (Lambert W);
* the phonon decay rate with fast TLS, Eq. (68), the kinetic thermal conductivity it gives
  and its log-log slope (kappa ~ T^(2+c) without fast TLS, l.816);
* the heat capacity of the fast TLS on a laboratory time scale, first term of Eq. (69)
  (the regular term is Eq. (27), ``coldglass.tls.heat_capacity``);
* the caricature of Sec. V.B (Fig. 23): a transition level swept through the ripplon ladder.

Energies are in units of hbar omega_D (= k_B T_D) unless a function says otherwise.
"""

import math

import numpy as np

from coldglass import tls

__all__ = [
    "mixing_hamiltonian",
    "mixing_levels",
    "level_shift_sum",
    "bare_asymmetry",
    "effective_asymmetry",
    "asymmetry_jacobian",
    "ripplon_sum",
    "renormalized_amplitude",
    "regular_rate_integral",
    "phonon_decay_rate",
    "thermal_conductivity",
    "conductivity_log_slope",
    "fast_heat_capacity",
    "level_crossing_levels",
]


def _ladder(ripplon_energies, couplings):
    """Flattened ripplon energies and couplings (equal shapes, couplings broadcast)."""
    w = np.ravel(np.asarray(ripplon_energies, dtype=float))
    d = np.broadcast_to(np.asarray(couplings, dtype=float), np.shape(ripplon_energies)).ravel()
    return w, d


def mixing_hamiltonian(eps_abs, delta, ripplon_energies, couplings):
    """The low-energy Hamiltonian of a tunnelling centre with epsilon < 0.

    Parameters
    ----------
    eps_abs : float
        |epsilon|, the classical energy of the upper (reference, liquid) structure.
    delta : float
        Tunnelling amplitude Delta (the off-diagonal element is Delta/2).
    ripplon_energies : array_like
        hbar omega_i of the ripplon states (one entry per state, degeneracies repeated).
    couplings : float or array_like
        Delta_i, the amplitude from the upper level to ripplon state i.

    Returns
    -------
    ndarray
        (2 + N) x (2 + N) symmetric matrix; order: bottom state, upper TLS state, ripplons.

    Notes
    -----
    Eq. (58), Sec. V.A, l.735: the bottom state (energy 0) couples only to the upper level
    (Delta/2); only the upper level couples to the ripplon states (l.739-741).
    """
    w, d = _ladder(ripplon_energies, couplings)
    n = w.size
    h = np.zeros((n + 2, n + 2))
    h[0, 1] = h[1, 0] = 0.5 * delta
    h[1, 1] = eps_abs
    h[1, 2:] = h[2:, 1] = d
    h[2:, 2:] = np.diag(w)
    return h


def mixing_levels(eps_abs, delta, ripplon_energies, couplings):
    """Exact eigenvalues of `mixing_hamiltonian`, ascending.

    Parameters
    ----------
    eps_abs, delta, ripplon_energies, couplings
        As in `mixing_hamiltonian`.

    Returns
    -------
    ndarray
        The 2 + N eigenvalues (numpy.linalg.eigvalsh).

    Notes
    -----
    The "complete treatment" of l.745 (Sec. V.A): all amplitudes included and the
    Hamiltonian of Eq. (58) diagonalised (right part of Fig. 21).
    """
    return np.linalg.eigvalsh(mixing_hamiltonian(eps_abs, delta, ripplon_energies, couplings))


def level_shift_sum(ripplon_energies, couplings):
    """Sigma = sum_i Delta_i^2/hbar omega_i.

    Parameters
    ----------
    ripplon_energies, couplings
        As in `mixing_hamiltonian`.

    Returns
    -------
    float
        Sigma, the smallest |epsilon| that still has an effective splitting eps~ >= 0.

    Notes
    -----
    Eq. (61), Sec. V.A, l.753; with Delta_i = Delta and omega_i from Eq. (33) it is
    B Delta^2/hbar omega_D, Eq. (65).
    """
    w, d = _ladder(ripplon_energies, couplings)
    return float(np.sum(d * d / w))


def bare_asymmetry(eps_tilde, ripplon_energies, couplings):
    """|epsilon| as a function of |eps~|: |eps~| + sum_i Delta_i^2/(hbar omega_i - |eps~|).

    Parameters
    ----------
    eps_tilde : float or array_like
        Effective splitting |eps~|, below the lowest ripplon energy.
    ripplon_energies, couplings
        As in `mixing_hamiltonian`.

    Returns
    -------
    float or ndarray
        The bare |epsilon|; equals Sigma at eps~ = 0 and diverges at the lowest ripplon.

    Notes
    -----
    Eq. (59), Sec. V.A, l.743, solved for |epsilon| (Fig. 22a, l.751). With Delta = 0 it is
    the exact secular equation of the (1 + N) block of Eq. (58) (Brillouin-Wigner form,
    Feenberg 1948), also for eps~ < 0.
    """
    w, d = _ladder(ripplon_energies, couplings)
    x = np.asarray(eps_tilde, dtype=float)
    shift = np.sum(d * d / (w - x[..., None]), axis=-1)
    return x + shift


def effective_asymmetry(eps_abs, ripplon_energies, couplings, clamp=True):
    """|eps~| for a bare |epsilon|: the root of Eq. (59) below the lowest ripplon.

    Parameters
    ----------
    eps_abs : float or array_like
        Bare |epsilon|.
    ripplon_energies, couplings
        As in `mixing_hamiltonian`.
    clamp : bool, optional
        True (the paper's prescription, l.790): |epsilon| < Sigma gives eps~ = 0. False: the
        root of Eq. (59) continued to eps~ < 0, which is the exact lowest eigenvalue of the
        Delta = 0 block.

    Returns
    -------
    float or ndarray
        |eps~|, shaped like ``eps_abs``.

    Notes
    -----
    Eq. (59) and l.790 of Sec. V.A (Fig. 22a read the other way). `bare_asymmetry` increases
    monotonically below the lowest ripplon, so the root is unique (scipy brentq).
    """
    from scipy.optimize import brentq

    w, d = _ladder(ripplon_energies, couplings)
    top = w.min()
    sigma = level_shift_sum(w, d)

    def one(e):
        if clamp and e <= sigma:
            return 0.0
        lo = min(0.0, e - sigma) - 1.0 if e <= sigma else 0.0
        hi = top * (1.0 - 1e-15)
        return brentq(lambda x: float(bare_asymmetry(x, w, d)) - e, lo, hi, xtol=1e-15)

    values = np.array([one(e) for e in np.ravel(np.asarray(eps_abs, dtype=float))])
    return values.reshape(np.shape(eps_abs)) if np.ndim(eps_abs) else float(values[0])


def asymmetry_jacobian(eps_tilde, ripplon_energies, couplings):
    """Regular part of |d epsilon/d eps~| = 1 + sum_i Delta_i^2/(hbar omega_i - eps~)^2.

    Parameters
    ----------
    eps_tilde : float or array_like
        |eps~| > 0, below the lowest ripplon energy.
    ripplon_energies, couplings
        As in `mixing_hamiltonian`.

    Returns
    -------
    float or ndarray
        The derivative of `bare_asymmetry`; the singular part is Sigma delta(eps~).

    Notes
    -----
    Eq. (66), Sec. V.A, l.802 (Fig. 22b): the paper keeps the eps~ << hbar omega_i limit 1;
    the full form rises near the lowest ripplon (Sec. V.B).
    """
    w, d = _ladder(ripplon_energies, couplings)
    x = np.asarray(eps_tilde, dtype=float)
    return 1.0 + np.sum(d * d / (w - x[..., None]) ** 2, axis=-1)


def ripplon_sum(omega_over_omega_d, degeneracy, power=1):
    """B = sum_l (2l+1) (omega_D/omega_l)^power over the ripplon ladder.

    Parameters
    ----------
    omega_over_omega_d : array_like
        omega_l/omega_D, one entry per l.
    degeneracy : array_like
        2l + 1 for each entry.
    power : int, optional
        1: B of Eq. (65) and l.786 (~232 with Eq. 33, l = 2..9); 2: B' = sum (omega_D/
        omega_i)^2, the sum Eqs. (60) and (62) imply (~719).

    Returns
    -------
    float

    Notes
    -----
    Sec. V.A, l.766-786 (errata: the two definitions of B).
    """
    w = np.asarray(omega_over_omega_d, dtype=float)
    return float(np.sum(np.asarray(degeneracy, dtype=float) * w ** (-float(power))))


def renormalized_amplitude(delta_q, b):
    """Self-consistent Delta~_Q of Eq. (64): Delta~ = Delta_Q exp(-(B/2) Delta~^2).

    Parameters
    ----------
    delta_q : float or array_like
        Bare amplitude Delta_Q in units of hbar omega_D.
    b : float
        The ripplon sum B.

    Returns
    -------
    float or ndarray
        Delta~_Q/hbar omega_D = sqrt(W_0(B Delta_Q^2)/B) (principal Lambert W).

    Notes
    -----
    Eqs. (62)-(64), Sec. V.A, l.768-776 (Eq. 64 printed with (hbar omega)^2, read
    (hbar omega_D)^2 as in Eqs. 62-63). Small Delta_Q: Delta_Q (1 - B Delta_Q^2/2), Eq. (62).
    """
    from scipy.special import lambertw

    z = b * np.asarray(delta_q, dtype=float) ** 2
    return np.sqrt(np.real(lambertw(z, 0)) / b)


def regular_rate_integral(c, x_min=0.0):
    """int_{x_min}^1 x^(1-c)/sqrt(1 - x^2) dx, the regular term of Eq. (68).

    Parameters
    ----------
    c : float
        Exponent of Eq. (22), 0 <= c < 2.
    x_min : float or array_like, optional
        Delta_min/E.

    Returns
    -------
    float or ndarray
        (1/2) B(1 - c/2, 1/2) [1 - I_{x_min^2}(1 - c/2, 1/2)] (regularised incomplete beta);
        1 at c = 0 and pi/2 at c = 1 for x_min = 0 (l.816).

    Notes
    -----
    Eq. (68), Sec. V.A, l.812-816 (u = x^2 turns the integral into a beta function).
    """
    from scipy.special import beta, betainc

    p = 1.0 - 0.5 * c
    u = np.asarray(x_min, dtype=float) ** 2
    return 0.5 * beta(p, 0.5) * (1.0 - betainc(p, 0.5, u))


def phonon_decay_rate(energy, temperature, b, c, delta_max=1.0, delta_min=0.0, thermal=True):
    """Phonon decay rate with fast TLS, Eq. (68), in units of (pi/3) A_1 (a/xi)^3.

    Parameters
    ----------
    energy : float or array_like
        Phonon energy E (units of hbar omega_D).
    temperature : float
        k_B T (units of hbar omega_D); used by the factor tanh(E/2T).
    b : float
        The ripplon sum B (0: no fast TLS).
    c : float
        Exponent of Eq. (22).
    delta_max, delta_min : float, optional
        Cut-offs of P(Delta) (Delta_max = Delta_0 = hbar omega_D, as in Fig. 11).
    thermal : bool, optional
        Multiply by tanh(E/2k_B T), the factor of the golden-rule rate quoted at l.812 that
        Eq. (68) leaves out.

    Returns
    -------
    float or ndarray
        E (Delta_max/E)^c [B E + int_{Delta_min/E}^1 x^(1-c)/sqrt(1-x^2) dx] (x tanh).

    Notes
    -----
    Eq. (68), Sec. V.A, l.814: the first term comes from the delta-function pile-up of
    Eq. (67) (E = Delta), the second from its regular part.
    """
    e = np.asarray(energy, dtype=float)
    rate = (
        e
        * (delta_max / e) ** c
        * (b * e + regular_rate_integral(c, np.minimum(delta_min / e, 1.0)))
    )
    return rate * np.tanh(e / (2.0 * temperature)) if thermal else rate


def thermal_conductivity(temperature, b, c, delta_max=1.0, delta_min=0.0, thermal=True):
    """Kinetic conductivity with the Eq. (68) lifetimes, up to a constant factor.

    Parameters
    ----------
    temperature : float or array_like
        k_B T/hbar omega_D (= T/T_D).
    b, c, delta_max, delta_min, thermal
        As in `phonon_decay_rate`.

    Returns
    -------
    float or ndarray
        T^3 int_0^{min(60, 1/T)} x^4 e^x/(e^x - 1)^2 / rate(x T) dx (scipy quad).

    Notes
    -----
    kappa = (1/3) int d omega g(omega) C(omega) c_s^2 tau(omega) with the Debye spectrum of
    Sec. I (l.52) and tau^-1 of Eq. (68); kappa ~ T^(2+c) without fast TLS (l.816).
    """
    from scipy.integrate import quad

    def one(t):
        def integrand(x):
            em = math.exp(-x)
            phonon = x**4 * em / (-math.expm1(-x)) ** 2
            return phonon / float(phonon_decay_rate(x * t, t, b, c, delta_max, delta_min, thermal))

        top = min(60.0, 1.0 / t)
        value, _ = quad(integrand, 0.0, top, epsabs=0.0, epsrel=1e-10, limit=200, points=[1.0])
        return t**3 * value

    temps = np.ravel(np.asarray(temperature, dtype=float))
    values = np.array([one(t) for t in temps])
    return values.reshape(np.shape(temperature)) if np.ndim(temperature) else float(values[0])


def conductivity_log_slope(t_low, t_high, b, c, **kwargs):
    """Mean log-log slope d ln kappa/d ln T of `thermal_conductivity` between two temperatures.

    Parameters
    ----------
    t_low, t_high : float
        T/T_D at the ends of the window.
    b, c : float
        As in `phonon_decay_rate`.
    **kwargs
        Passed to `thermal_conductivity`.

    Returns
    -------
    float
        ln[kappa(t_high)/kappa(t_low)]/ln(t_high/t_low); 2 + c without fast TLS at T << T_D.

    Notes
    -----
    The exponent of kappa ~ T^(2+c) and the sub-quadratic law with B ~ 100 (l.816), against
    the measured T^(1.9 +- 0.1) over 1.5 decades (Freeman & Anderson 1986, Fig. 1).
    """
    k = thermal_conductivity(np.array([t_low, t_high]), b, c, **kwargs)
    return float(math.log(k[1] / k[0]) / math.log(t_high / t_low))


def fast_heat_capacity(reduced_temperature, time, b, c, tau_ref, energy_ref, delta_max=1.0):
    """Heat capacity of the fast TLS measured at time t, first term of Eq. (69).

    Parameters
    ----------
    reduced_temperature : float or array_like
        T/T_D.
    time : float
        Measuring time t in seconds.
    b : float
        The ripplon sum B.
    c : float
        Exponent of Eq. (22).
    tau_ref, energy_ref : float
        tau_min at T -> 0 and the energy (units of k_B T_D) where it is given (l.414).
    delta_max : float, optional
        Delta_max/k_B T_D.

    Returns
    -------
    float or ndarray
        int dE [x/2cosh(x/2)]^2 (Delta_max/E)^c B E theta(t - tau_min(E)), x = E/T, in the
        units of ``coldglass.tls.heat_capacity`` with amplitude 1 (the regular term of
        Eq. 69, which is Eq. 27), so that the two are directly comparable.

    Notes
    -----
    Eq. (69), Sec. V.A, l.820; tau_min(E, T) of Eq. (25) through
    ``coldglass.tls.fastest_relaxation_time``. theta selects E above the energy where
    tau_min(E) = t (tau_min decreases with E).
    """
    from scipy.integrate import quad
    from scipy.optimize import brentq

    def one(t):
        lo, hi = tls.X_LOW * t, 60.0 * t

        def active(e):
            return time - float(tls.fastest_relaxation_time(e, t, tau_ref, energy_ref))

        if active(hi) <= 0.0:
            return 0.0
        start = lo if active(lo) > 0.0 else brentq(active, lo, hi, xtol=1e-14 * t)

        def integrand(e):
            return float(tls.tls_heat_capacity(e / t)) * (delta_max / e) ** c * b * e

        pts = [p for p in (t, 3.0 * t) if start < p < hi]
        value, _ = quad(integrand, start, hi, epsabs=0.0, epsrel=1e-10, limit=200, points=pts)
        return value

    temps = np.ravel(np.asarray(reduced_temperature, dtype=float))
    values = np.array([one(t) for t in temps])
    return (
        values.reshape(np.shape(reduced_temperature))
        if np.ndim(reduced_temperature)
        else float(values[0])
    )


def level_crossing_levels(transition_energy, ripplon_energies, coupling):
    """Levels of a centre whose transition energy k_B T_0 sweeps through the ripplon ladder.

    Parameters
    ----------
    transition_energy : array_like
        The transition (l = 1 wall mode) energy, k_B T_0 of the caption.
    ripplon_energies : array_like
        hbar omega_l of the ripplon levels.
    coupling : float
        Mixing amplitude between the transition level and each ripplon level.

    Returns
    -------
    ndarray
        Shape (len(transition_energy), 2 + N): eigenvalues of diag(0, T_0, omega_l...) with
        the transition level coupled to every ripplon level (avoided crossings).

    Notes
    -----
    The caricature of Fig. 23 (Sec. V.B, l.832-843): Eq. (58) with Delta = 0 and the level
    |epsilon| = k_B T_0 swept; the lowest excited level cannot exceed the lowest ripplon
    (Eq. 59), so a centre active at T_0 has no ripplons below k_B T_0.
    """
    return np.array(
        [
            mixing_levels(e, 0.0, ripplon_energies, coupling)
            for e in np.ravel(np.asarray(transition_energy, dtype=float))
        ]
    )
