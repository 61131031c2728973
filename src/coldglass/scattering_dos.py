"""Density of phonon-scattering states of tunnelling centres with ripplons, Sec. IV.E.

Lubchenko & Wolynes review (arXiv:cond-mat/0506708, "quantum_theory"):

* ground-state absorption rho(omega), Eq. (37), as the exact sum over ripplon occupations
  and by steepest descent (SDM), Eqs. (38)-(41) (Figs. 16-17), with the third- and
  fourth-order terms of the exponent at one sigma from the saddle (Fig. 17);
* excited-state absorption: the cumulative density N_E(omega) of Eq. (42), exact and by the
  two-dimensional saddle point of Eqs. (44)-(47) (Fig. 18), and the thermal average
  rho_exc(omega, T) of Eq. (43), f(E, T) = 2/(e^(beta E) + 1).

Units: hbar = k_B = 1, energies in hbar omega_D; densities are returned multiplied by T_g
(rho T_g, N_E T_g: dimensionless, per domain). A ripplon spectrum is (freqs, weights) as in
``coldglass.ripplons``; every sum_lm h(omega_lm) is sum_j w_j h(omega_j).

Saddle points. Ground state: y = kappa_0 - beta_g solves
Sigma(y) + 1/(y + beta_g) = omega, Sigma(x) = sum w omega/(e^(x omega) - 1) (Eq. 40), a
decreasing function of y. Excited state: subtracting Eq. (46) from Eq. (45) gives
E = 1/lambda_0 + 1/mu_0; with x = beta_g + lambda_0 - mu_0 both follow from Sigma(x):
1/lambda_0 = omega + E - Sigma(x), 1/mu_0 = Sigma(x) - omega, and x solves
x - beta_g - lambda_0(x) + mu_0(x) = 0, increasing on the interval where
omega < Sigma(x) < omega + E. Both roots: safeguarded Newton in ln x, bisection fallback,
to 1e-14 relative (numba). ``benchmarks/references.py`` solves the same equations with
scipy brentq and quad.
"""

import math

import numpy as np
from numba import njit

from coldglass.tls import sech2

__all__ = [
    "occupation_levels",
    "ground_state_dos_exact",
    "ground_state_saddle",
    "ground_state_dos",
    "ground_state_error_terms",
    "excited_cumulative_exact",
    "excited_saddle",
    "excited_cumulative_dos",
    "excited_error_term",
    "excited_dos",
    "excited_dos_exact",
    "excited_window_dos",
    "thermal_weight",
]

_sech2 = njit(cache=True)(sech2)
_NODES, _WEIGHTS = np.polynomial.legendre.leggauss(16)
#: ln(E/T) range of the thermal average Eq. (43): E from T e^-8 (the integrand ~ E^2 below)
#: to 40 T (sech^2 < 2e-17 above), 4 panels of 16 Gauss-Legendre nodes (converged to 1e-11).
_E_LOW, _E_HIGH, _E_PANELS = -8.0, math.log(40.0), 4


# ---------------------------------------------------------------------------------------
# Spectral sums sum_j w_j h(x omega_j) and their x-derivatives (n = 1/(e^(x omega) - 1)).
# ---------------------------------------------------------------------------------------


@njit(cache=True)
def _sums(x, freqs, weights, order):
    """(Sigma, G, G2, G3, G4) up to ``order``: Sigma = sum w om n = -G', G = -sum w ln(1-e^-x om),
    G2 = sum w om^2 n(n+1), G3 = sum w om^3 n(n+1)(2n+1), G4 = sum w om^4 n(n+1)(6n^2+6n+1)."""
    sig = 0.0
    g = 0.0
    g2 = 0.0
    g3 = 0.0
    g4 = 0.0
    for j in range(freqs.size):
        om = freqs[j]
        z = x * om
        if z > 700.0:
            continue
        em = math.exp(-z)
        one_minus = -math.expm1(-z)
        n = em / one_minus
        w = weights[j]
        sig += w * om * n
        if order >= 1:
            g -= w * math.log(one_minus)
        if order >= 2:
            nn = n / one_minus  # n (n + 1)
            g2 += w * om * om * nn
            if order >= 3:
                g3 += w * om**3 * nn * (2.0 * n + 1.0)
                g4 += w * om**4 * nn * (6.0 * n * n + 6.0 * n + 1.0)
    return sig, g, g2, g3, g4


# ---------------------------------------------------------------------------------------
# Exact sums over occupations (discrete spectrum): Eqs. (37), (42), (43).
# ---------------------------------------------------------------------------------------


def occupation_levels(e_max, freqs, degeneracies):
    """All ripplon occupations with total energy <= e_max: energies and multiplicities.

    Parameters
    ----------
    e_max : float
        Highest total ripplon energy (hbar omega_D).
    freqs : array_like
        omega_l of the discrete ladder (Eq. 33).
    degeneracies : array_like of int
        2l + 1.

    Returns
    -------
    tuple of ndarray
        (E_N, m_N) sorted by energy; N_l quanta in a (2l+1)-fold mode contribute
        C(N_l + 2l, 2l) states (bosons, m = -l..l).

    Notes
    -----
    The sums over {n_lm} of Eqs. (35), (37) and (42), Sec. IV.C and E.
    """
    levels = {0.0: 1}
    energies, counts = np.array([0.0]), np.array([1.0])
    for om, deg in zip(np.asarray(freqs, float), np.asarray(degeneracies, int)):
        new_e, new_c = [], []
        for e0, c0 in zip(energies, counts):
            n = 0
            while e0 + n * om <= e_max * (1.0 + 1e-12):
                new_e.append(e0 + n * om)
                new_c.append(c0 * math.comb(n + deg - 1, deg - 1))
                n += 1
        energies, counts = np.array(new_e), np.array(new_c)
    del levels
    order = np.argsort(energies, kind="stable")
    return energies[order], counts[order]


def ground_state_dos_exact(omega, tg_over_wd, levels):
    """rho(omega) T_g = sum_N theta(omega - E_N) e^(-(omega - E_N)/T_g), Eq. (37).

    Parameters
    ----------
    omega : float or array_like
        omega/omega_D (<= the e_max of ``levels``).
    tg_over_wd : float
        k_B T_g/(hbar omega_D).
    levels : tuple of ndarray
        ``occupation_levels``.

    Returns
    -------
    float or ndarray
        rho T_g (a staircase; 1 at omega -> 0).

    Notes
    -----
    Eq. (37), Sec. IV.E, l.565: the eps integral of Eq. (37) done exactly.
    """
    e, m = levels
    om = np.atleast_1d(np.asarray(omega, dtype=float))
    out = np.array([np.sum(m[e <= w] * np.exp(-(w - e[e <= w]) / tg_over_wd)) for w in om])
    return out if np.ndim(omega) else float(out[0])


def excited_cumulative_exact(omega, energy, tg_over_wd, levels):
    """N_E(omega) T_g = sum_N [omega <= E_N <= omega + E] e^(-(E_N - omega)/T_g), Eq. (42).

    Parameters
    ----------
    omega, energy : float
        omega/omega_D and E/omega_D (omega + E <= the e_max of ``levels``).
    tg_over_wd : float
        k_B T_g/(hbar omega_D).
    levels : tuple of ndarray
        ``occupation_levels``.

    Returns
    -------
    float
        N_E T_g.

    Notes
    -----
    Eq. (42), Sec. IV.E, l.613 (absorption from the excited state eps = -(E_N - omega) < 0).
    """
    e, m = levels
    sel = (e >= omega) & (e <= omega + energy)
    return float(np.sum(m[sel] * np.exp(-(e[sel] - omega) / tg_over_wd)))


def thermal_weight(energy, temperature):
    """f(E, T) = 2/(e^(beta E) + 1), the weight of Eq. (43) (f(0, T) = 1).

    Parameters
    ----------
    energy : float or array_like
        E/omega_D.
    temperature : float
        k_B T/(hbar omega_D).

    Returns
    -------
    float or ndarray
        f(E, T).

    Notes
    -----
    Eq. (43), Sec. IV.E, l.617.
    """
    x = np.asarray(energy, dtype=float) / temperature
    return 2.0 * np.exp(-np.logaddexp(0.0, x))


def excited_dos_exact(omega, temperature, tg_over_wd, levels):
    """rho_exc(omega, T) T_g of Eq. (43) for the exact N_E of Eq. (42).

    Parameters
    ----------
    omega : float
        omega/omega_D.
    temperature : float
        k_B T/(hbar omega_D).
    tg_over_wd : float
        k_B T_g/(hbar omega_D).
    levels : tuple of ndarray
        ``occupation_levels`` up to well above omega + 40 T.

    Returns
    -------
    float
        sum_{E_N >= omega} m_N f(E_N - omega, T) e^(-(E_N - omega)/T_g).

    Notes
    -----
    Eq. (43) with dN_E/dE = n(E) sum_N delta(omega - E_N + E) of Eq. (42), Sec. IV.E.
    """
    e, m = levels
    sel = e >= omega
    d = e[sel] - omega
    return float(np.sum(m[sel] * thermal_weight(d, temperature) * np.exp(-d / tg_over_wd)))


# ---------------------------------------------------------------------------------------
# Ground state by steepest descent, Eqs. (39)-(41).
# ---------------------------------------------------------------------------------------


@njit(cache=True)
def _ground_start(omega, beta_g, freqs, weights, guess):
    """(lo, hi, y0) for the root search: ``guess`` > 0 in an open bracket (0, inf), closed by
    the iterations; otherwise h(lo) > 0 > h(hi), h(y) = Sigma(y) + 1/(y + beta_g) - omega
    (Eq. 40, decreasing), from 1/omega and 2/omega by halving and doubling, y0 between."""
    if guess > 0.0:
        return 0.0, math.inf, guess
    lo = 1.0 / omega
    while _sums(lo, freqs, weights, 0)[0] + 1.0 / (lo + beta_g) <= omega:
        lo *= 0.5
    hi = 2.0 / omega
    while _sums(hi, freqs, weights, 0)[0] + 1.0 / (hi + beta_g) >= omega:
        hi *= 2.0
    return lo, hi, math.sqrt(lo * hi)


@njit(cache=True)
def _between(lo, hi):
    """The geometric midpoint of a bracket; an open end (0 or inf) steps by a factor 2."""
    if hi == math.inf:
        return 2.0 * lo
    if lo == 0.0:
        return 0.5 * hi
    return math.sqrt(lo * hi)


@njit(cache=True)
def _ground_root(omega, beta_g, freqs, weights, guess=0.0):
    """y = kappa_0 - beta_g solving Eq. (40); Newton with a bisection bracket, started
    near ``guess`` > 0 when given (the root at a neighbouring omega: the same root)."""
    lo, hi, y = _ground_start(omega, beta_g, freqs, weights, guess)
    for _ in range(200):
        sig, _g, g2, _g3, _g4 = _sums(y, freqs, weights, 2)
        kappa = y + beta_g
        h = sig + 1.0 / kappa - omega
        if h > 0.0:
            lo = y
        else:
            hi = y
        dh = -g2 - 1.0 / kappa**2  # dh/dy < 0
        step = -h / dh
        new = y + step
        if abs(step) <= 1e-15 * y:  # converged (also h = 0 exactly, with new = y at an end)
            return new
        if not (lo < new < hi) or abs(step) > 0.5 * (hi - lo):
            new = _between(lo, hi)
        if hi - lo <= 1e-15 * hi < math.inf:
            return new
        y = new
    return y


@njit(cache=True)
def _ground(omega, beta_g, freqs, weights, guess=0.0):
    """(rho T_g, third-order term, fourth-order term, y) at one omega; ``guess``: see
    ``_ground_root``."""
    y = _ground_root(omega, beta_g, freqs, weights, guess)
    kappa = y + beta_g
    _sig, g, g2, g3, g4 = _sums(y, freqs, weights, 3)
    f2 = g2 + 1.0 / kappa**2
    f3 = -g3 - 2.0 / kappa**3
    f4 = g4 + 6.0 / kappa**4
    log_rho = y * omega + g - math.log(kappa) - 0.5 * math.log(2.0 * math.pi * f2)
    return math.exp(log_rho), abs(f3) / (6.0 * f2**1.5), f4 / (24.0 * f2 * f2), y


@njit(cache=True)
def _ground_grid(omegas, beta_g, freqs, weights):
    out = np.empty((omegas.size, 4))
    for i in range(omegas.size):
        out[i, 0], out[i, 1], out[i, 2], out[i, 3] = _ground(omegas[i], beta_g, freqs, weights)
    return out


def _spectrum(freqs, weights):
    return np.ascontiguousarray(freqs, dtype=float), np.ascontiguousarray(weights, dtype=float)


def _ground_table(omega, tg_over_wd, freqs, weights):
    om = np.atleast_1d(np.asarray(omega, dtype=float))
    return _ground_grid(om, 1.0 / tg_over_wd, *_spectrum(freqs, weights))


def ground_state_saddle(omega, tg_over_wd, freqs, weights):
    """Saddle point y = kappa_0 - beta_g of Eq. (40).

    Parameters
    ----------
    omega : float or array_like
        omega/omega_D > 0.
    tg_over_wd : float
        k_B T_g/(hbar omega_D).
    freqs, weights : array_like
        Ripplon spectrum.

    Returns
    -------
    float or ndarray
        y in 1/(hbar omega_D): the inverse "effective temperature" that populates the
        ripplons with energy omega (l.592); y ~ 1/omega at omega -> 0.

    Notes
    -----
    Eq. (40), Sec. IV.E, l.587.
    """
    out = _ground_table(omega, tg_over_wd, freqs, weights)[:, 3]
    return out if np.ndim(omega) else float(out[0])


def ground_state_dos(omega, tg_over_wd, freqs, weights):
    """Ground-state scattering density rho(omega) T_g by steepest descent, Eqs. (39)-(41).

    Parameters
    ----------
    omega : float or array_like
        omega/omega_D > 0.
    tg_over_wd : float
        k_B T_g/(hbar omega_D).
    freqs, weights : array_like
        Ripplon spectrum (discrete or broadened, Eq. 55).

    Returns
    -------
    float or ndarray
        rho T_g = exp[y omega + G(y)]/(kappa_0 sqrt(2 pi |f''|)), G = -sum w ln(1 - e^(-y om));
        e/sqrt(2 pi) = 1.084 at omega -> 0, ~ omega^96 at omega -> infinity.

    Notes
    -----
    Eqs. (39)-(41), Sec. IV.E, l.583-596 (Fig. 17, solid line).
    """
    out = _ground_table(omega, tg_over_wd, freqs, weights)[:, 0]
    return out if np.ndim(omega) else float(out[0])


def ground_state_error_terms(omega, tg_over_wd, freqs, weights):
    """Third- and fourth-order terms of the SDM exponent at one sigma from the saddle.

    Parameters
    ----------
    omega : float or array_like
        omega/omega_D > 0.
    tg_over_wd : float
        k_B T_g/(hbar omega_D).
    freqs, weights : array_like
        Ripplon spectrum.

    Returns
    -------
    tuple of (float or ndarray)
        (|f'''|/(6 f''^(3/2)), f''''/(24 f''^2)) along kappa = kappa_0 + i s,
        s = f''^(-1/2): 1/3 and 1/4 at omega -> 0.

    Notes
    -----
    Fig. 17 (l.598-603): the fourth-order term (dash-dotted) and the imaginary third-order
    one (dashed). f = (kappa - beta_g) omega + G(kappa - beta_g) - ln kappa;
    f'' = G2 + kappa^-2 (Eq. 41), f''' = -G3 - 2 kappa^-3, f'''' = G4 + 6 kappa^-4.
    """
    tab = _ground_table(omega, tg_over_wd, freqs, weights)
    if np.ndim(omega):
        return tab[:, 1], tab[:, 2]
    return float(tab[0, 1]), float(tab[0, 2])


# ---------------------------------------------------------------------------------------
# Excited state: the 2-D saddle point, Eqs. (44)-(47), and the thermal average Eq. (43).
# ---------------------------------------------------------------------------------------


@njit(cache=True)
def _excited_start(omega, energy, freqs, weights, guess):
    """(lo, hi, x0) for the root search: ``guess`` > 0 in an open bracket (0, inf), closed
    by the iterations; otherwise around the interval omega < Sigma(x) < omega + E where the
    root lies, Sigma(lo) > omega + E (h = -inf side), Sigma(hi) < omega (h = +inf side),
    x0 between."""
    if guess > 0.0:
        return 0.0, math.inf, guess
    lo = 1.0 / (omega + energy)
    while _sums(lo, freqs, weights, 0)[0] <= omega + energy:
        lo *= 0.5
    hi = 1.0 / omega
    while _sums(hi, freqs, weights, 0)[0] >= omega:
        hi *= 2.0
    return lo, hi, math.sqrt(lo * hi)


@njit(cache=True)
def _excited_root(omega, energy, beta_g, freqs, weights, guess=0.0):
    """x = beta_g + lambda_0 - mu_0 of Eqs. (45)-(46) (see the module docstring), started
    near ``guess`` > 0 when given (the root at a neighbouring point: the same root)."""
    lo, hi, x = _excited_start(omega, energy, freqs, weights, guess)
    for _ in range(400):
        sig, _g, g2, _g3, _g4 = _sums(x, freqs, weights, 2)
        a = omega + energy - sig  # 1/lambda_0
        b = sig - omega  # 1/mu_0
        if a <= 0.0:
            lo = x
            x = _between(lo, hi)
            continue
        if b <= 0.0:
            hi = x
            x = _between(lo, hi)
            continue
        h = x - beta_g - 1.0 / a + 1.0 / b
        if h < 0.0:
            lo = x
        else:
            hi = x
        dh = 1.0 + g2 * (1.0 / (a * a) + 1.0 / (b * b))
        new = x - h / dh
        if abs(new - x) <= 1e-15 * x:  # converged (also h = 0 exactly, with new = x at an end)
            return new
        if not (lo < new < hi):
            new = _between(lo, hi)
        if hi - lo <= 1e-15 * hi < math.inf:
            return new
        x = new
    return x


@njit(cache=True)
def _excited(omega, energy, beta_g, freqs, weights, guess=0.0):
    """(N_E T_g, fourth-order term at one sigma, x, lambda_0, mu_0); ``guess``: see
    ``_excited_root``."""
    x = _excited_root(omega, energy, beta_g, freqs, weights, guess)
    sig, g, g2, _g3, g4 = _sums(x, freqs, weights, 3)
    lam = 1.0 / (omega + energy - sig)
    mu = 1.0 / (sig - omega)
    det = g2 * (1.0 / lam**2 + 1.0 / mu**2) + 1.0 / (lam * mu) ** 2
    phi = x * omega + lam * energy + g - math.log(lam) - math.log(mu)
    value = math.exp(phi) / (2.0 * math.pi * math.sqrt(det))
    # one sigma along the eigenvectors of the Hessian [[g2 + lam^-2, -g2], [-g2, g2 + mu^-2]]
    h11 = g2 + 1.0 / lam**2
    h22 = g2 + 1.0 / mu**2
    h12 = -g2
    mean = 0.5 * (h11 + h22)
    rad = math.sqrt(0.25 * (h11 - h22) ** 2 + h12 * h12)
    worst = 0.0
    for k in range(2):
        ev = mean + rad if k == 0 else mean - rad
        if abs(h12) > 1e-300:
            v1, v2 = h12, ev - h11
        elif (k == 0) == (h11 >= h22):
            v1, v2 = 1.0, 0.0
        else:
            v1, v2 = 0.0, 1.0
        norm = math.sqrt(v1 * v1 + v2 * v2)
        t1 = v1 / norm / math.sqrt(ev)
        t2 = v2 / norm / math.sqrt(ev)
        quartic = (g4 * (t1 - t2) ** 4 + 6.0 * t1**4 / lam**4 + 6.0 * t2**4 / mu**4) / 24.0
        worst = max(worst, quartic)
    return value, worst, x, lam, mu


@njit(cache=True)
def _excited_grid(omegas, energies, beta_g, freqs, weights):
    out = np.empty((omegas.size, 5))
    for i in range(omegas.size):
        r = _excited(omegas[i], energies[i], beta_g, freqs, weights)
        for k in range(5):
            out[i, k] = r[k]
    return out


def _excited_table(omega, energy, tg_over_wd, freqs, weights):
    om, en = np.broadcast_arrays(np.asarray(omega, dtype=float), np.asarray(energy, dtype=float))
    tab = _excited_grid(
        np.ascontiguousarray(om.ravel()),
        np.ascontiguousarray(en.ravel()),
        1.0 / tg_over_wd,
        *_spectrum(freqs, weights),
    )
    return tab, om.shape


def excited_saddle(omega, energy, tg_over_wd, freqs, weights):
    """Saddle point (x, lambda_0, mu_0) of Eqs. (45)-(46), x = beta_g + lambda_0 - mu_0.

    Parameters
    ----------
    omega, energy : float
        omega/omega_D and E/omega_D > 0.
    tg_over_wd : float
        k_B T_g/(hbar omega_D).
    freqs, weights : array_like
        Ripplon spectrum.

    Returns
    -------
    tuple of float
        (x, lambda_0, mu_0) with E = 1/lambda_0 + 1/mu_0.

    Notes
    -----
    Eqs. (45)-(46), Sec. IV.E, l.625-629.
    """
    tab, _ = _excited_table(omega, energy, tg_over_wd, freqs, weights)
    return float(tab[0, 2]), float(tab[0, 3]), float(tab[0, 4])


def excited_cumulative_dos(omega, energy, tg_over_wd, freqs, weights):
    """Cumulative excited-state density N_E(omega) T_g by the 2-D saddle point, Eq. (44).

    Parameters
    ----------
    omega, energy : float or array_like
        omega/omega_D and E/omega_D > 0 (broadcast together).
    tg_over_wd : float
        k_B T_g/(hbar omega_D).
    freqs, weights : array_like
        Ripplon spectrum.

    Returns
    -------
    float or ndarray
        N_E T_g = exp[x omega + lambda_0 E + G(x)]/(2 pi lambda_0 mu_0 |Det|^(1/2)).

    Notes
    -----
    Eqs. (44)-(47), Sec. IV.E, l.621-631; |Det| of Eq. (47) is the Hessian determinant of
    the exponent in (lambda, mu).
    """
    tab, shape = _excited_table(omega, energy, tg_over_wd, freqs, weights)
    out = tab[:, 0].reshape(shape)
    return out if out.ndim else float(out)


def excited_error_term(omega, energy, tg_over_wd, freqs, weights):
    """Fourth-order term of the exponent of Eq. (44) at one sigma from the saddle (Fig. 18).

    Parameters
    ----------
    omega, energy : float or array_like
        omega/omega_D and E/omega_D (broadcast together).
    tg_over_wd : float
        k_B T_g/(hbar omega_D).
    freqs, weights : array_like
        Ripplon spectrum.

    Returns
    -------
    float or ndarray
        max over the two Hessian eigen-directions (unit quadratic form) of
        [G4 (t1 - t2)^4 + 6 t1^4/lambda_0^4 + 6 t2^4/mu_0^4]/24 (the review does not say
        which one-sigma direction it used; we take the larger).

    Notes
    -----
    Fig. 18 caption, l.640; Eqs. (44)-(47), Sec. IV.E.
    """
    tab, shape = _excited_table(omega, energy, tg_over_wd, freqs, weights)
    out = tab[:, 1].reshape(shape)
    return out if out.ndim else float(out)


@njit(cache=True)
def _excited_dos(omega, temperature, beta_g, freqs, weights):
    """Eq. (43) by parts: int dE N_E(omega) (beta/2) sech^2(beta E/2), in u = ln(E/T)."""
    width = (_E_HIGH - _E_LOW) / _E_PANELS
    total = 0.0
    root = 0.0  # the saddle at the previous node starts the next search
    for p in range(_E_PANELS):
        mid = _E_LOW + (p + 0.5) * width
        for k in range(_NODES.size):
            u = mid + 0.5 * width * _NODES[k]
            z = math.exp(u)  # E/T
            n_e, _, root, _, _ = _excited(omega, z * temperature, beta_g, freqs, weights, root)
            total += _WEIGHTS[k] * n_e * 0.5 * z * _sech2(0.5 * z)
    return 0.5 * width * total


@njit(cache=True)
def _excited_dos_grid(omegas, temperatures, beta_g, freqs, weights):
    out = np.empty(omegas.size)
    for i in range(omegas.size):
        out[i] = _excited_dos(omegas[i], temperatures[i], beta_g, freqs, weights)
    return out


def excited_dos(omega, temperature, tg_over_wd, freqs, weights):
    """Thermally weighted excited-state density rho_exc(omega, T) T_g, Eq. (43).

    Parameters
    ----------
    omega, temperature : float or array_like
        omega/omega_D and k_B T/(hbar omega_D) (broadcast together).
    tg_over_wd : float
        k_B T_g/(hbar omega_D).
    freqs, weights : array_like
        Ripplon spectrum.

    Returns
    -------
    float or ndarray
        int_0^inf dE f(E, T) dN_E/dE = int_0^inf dE N_E(omega) (beta/2) sech^2(beta E/2)
        (by parts, N_0 = 0, f(inf) = 0), N_E from the saddle point Eq. (44); E from
        T e^-8 to 40 T (64 Gauss-Legendre nodes in ln E).

    Notes
    -----
    Eq. (43), Sec. IV.E, l.617; enters the scattering rate Eq. (48) (Fig. 19).
    """
    om, tt = np.broadcast_arrays(
        np.asarray(omega, dtype=float), np.asarray(temperature, dtype=float)
    )
    out = _excited_dos_grid(
        np.ascontiguousarray(om.ravel()),
        np.ascontiguousarray(tt.ravel()),
        1.0 / tg_over_wd,
        *_spectrum(freqs, weights),
    ).reshape(om.shape)
    return out if out.ndim else float(out)


def excited_window_dos(omega, temperature, tg_over_wd, freqs, weights, alpha=1.0):
    """The simpler excited-state density rho_exc(omega, T) ~ N_{alpha T}(omega) of Fig. 20.

    Parameters
    ----------
    omega, temperature : float or array_like
        omega/omega_D and k_B T/(hbar omega_D) (broadcast together).
    tg_over_wd : float
        k_B T_g/(hbar omega_D).
    freqs, weights : array_like
        Ripplon spectrum.
    alpha : float
        The thermal window alpha (1 in Fig. 20, l.695).

    Returns
    -------
    float or ndarray
        N_E T_g of Eq. (44) at E = alpha T (f(E, T) replaced by theta(alpha T - E)).

    Notes
    -----
    Sec. IV.F, l.693-695 (Fig. 20).
    """
    return excited_cumulative_dos(
        omega, alpha * np.asarray(temperature, dtype=float), tg_over_wd, freqs, weights
    )
