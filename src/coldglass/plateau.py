"""The plateau of the thermal conductivity: resonant scattering off TLS + ripplon transitions.

Lubchenko & Wolynes review (arXiv:cond-mat/0506708, "quantum_theory"), Sec. IV.E-F:

* the phonon scattering rate of Eq. (48),
  1/tau_omega ~ omega (pi g^2/rho c_s^2) [rho(omega) + rho_exc(omega, T)] per domain
  volume, written as 1/(omega tau_omega) = s T_g [rho + rho_exc];
* the kinetic conductivity kappa = (1/3) sum_omega C_omega c_s l_mfp(omega) with
  l_mfp = c_s tau_omega + lambda (l.646; lambda = 2 pi c_s/omega, Ioffe-Regel floor), in units
  of K = k_B^3 T_D^2/(pi hbar^2 c_s) as Fig. 1 (``phonons.conductivity_scale``):
  kappa/K = int_0^1 du u C(u/t) [1/(2 pi Gamma) + 1], C(x) = x^2 e^x/(e^x - 1)^2,
  u = omega/omega_D, t = T/T_D, Gamma = 1/(omega tau_omega);
* the strength s: the Fig. 19 caption sets the low-T ratio c_s tau/lambda to the empirical
  150 of Freeman and Anderson (1986) "explicitly"; we fix s by c_s tau/lambda = L_0 at the
  exact low-frequency density rho T_g = 1 (Eq. 37): s = 1/(2 pi L_0). The literal prefactor
  of Eq. (48) with g^2 = rho c_s^2 a^3 k_B T_g is s = pi (a/xi)^3 (``literal_strength``).

Densities from ``coldglass.scattering_dos`` (saddle point); rho_exc either the thermal
average of Eq. (43) (Fig. 19) or N_{alpha T}(omega) (Fig. 20). The u integral: 16
Gauss-Legendre nodes per panel (<= 1.4 wide) in ln u from t e^-7 to min(1, 45 t)
(numba); the reference in
``benchmarks/references.py`` uses scipy quad.
"""

import math

import numpy as np
from numba import njit

from coldglass import ripplons, scattering_dos

__all__ = [
    "EMPIRICAL_MFP_RATIO",
    "EXCITED_MODELS",
    "empirical_strength",
    "literal_strength",
    "inverse_quality",
    "kinetic_conductivity",
    "tls_line",
    "conductivity_curves",
    "fit_curve_scales",
]

#: Empirical low-T c_s tau/lambda of insulating glasses (Freeman and Anderson 1986), used
#: "explicitly" in Fig. 19 (caption, l.653).
EMPIRICAL_MFP_RATIO = 150.0
#: Excited-state models: none (ground state only), Eq. (43) (Fig. 19), N_{alpha T} (Fig. 20).
EXCITED_MODELS = {"none": 0, "thermal": 1, "window": 2}

_NODES, _WEIGHTS = np.polynomial.legendre.leggauss(16)
#: ln(u/t) from -7 (integrand ~ u^3 below) to ln 45 (C(45) ~ 6e-17), panels <= 1.4 wide.
_U_LOW, _U_HIGH, _U_PANEL = -7.0, math.log(45.0), 1.4

_ground = scattering_dos._ground
_excited = scattering_dos._excited
_excited_dos = scattering_dos._excited_dos


def empirical_strength(mfp_ratio=EMPIRICAL_MFP_RATIO):
    """s = 1/(2 pi L_0): 1/(omega tau) = s T_g rho gives c_s tau/lambda = L_0 at rho T_g = 1.

    Parameters
    ----------
    mfp_ratio : float
        L_0 = c_s tau/lambda in the TLS regime (150, Freeman and Anderson 1986).

    Returns
    -------
    float
        s.

    Notes
    -----
    Fig. 19 caption, l.653 ("The empirical universal lower T ratio l_mfp/l ~ 150 ... used
    explicitly here"), with lambda = 2 pi c_s/omega.
    """
    return 1.0 / (2.0 * math.pi * mfp_ratio)


def literal_strength(xi_cubed=200.0):
    """s = pi (a/xi)^3 of Eq. (48) with g^2 = rho c_s^2 a^3 k_B T_g and one domain per xi^3.

    Parameters
    ----------
    xi_cubed : float
        (xi/a)^3.

    Returns
    -------
    float
        s; c_s tau/lambda = 1/(2 pi s) = 10.1 at rho T_g = 1 for (xi/a)^3 = 200.

    Notes
    -----
    Eq. (48), Sec. IV.E, l.644 (a "~" estimate; without the 1/3 orientation average and the
    tanh saturation factor of Eq. 20).
    """
    return math.pi / xi_cubed


@njit(cache=True)
def _gamma(u, t, beta_g, freqs, weights, model, alpha, strength, guesses=(0.0, 0.0)):
    """(Gamma of Eq. 48, (ground saddle y, excited saddle x of the window model or 0));
    ``guesses``: the saddles at a neighbouring u, which start the root searches."""
    rho, _, _, y = _ground(u, beta_g, freqs, weights, guesses[0])
    x = 0.0
    if model == 1:
        rho += _excited_dos(u, t, beta_g, freqs, weights)
    elif model == 2:
        n_e, _, x, _, _ = _excited(u, alpha * t, beta_g, freqs, weights, guesses[1])
        rho += n_e
    return strength * rho, (y, x)


@njit(cache=True)
def _extrapolated(ln_u, ln_u0, ln_u1, roots0, roots1):
    """Saddles at ln u from those at two earlier nodes, linear in (ln u, ln root); the last
    root alone where there is one; 0 (no guess) where there is none."""
    out = [0.0, 0.0]
    for i in range(2):
        r0, r1 = roots0[i], roots1[i]
        if r1 > 0.0 and r0 > 0.0 and ln_u1 != ln_u0:
            slope = (math.log(r1) - math.log(r0)) / (ln_u1 - ln_u0)
            out[i] = r1 * math.exp(slope * (ln_u - ln_u1))
        else:
            out[i] = r1
    return out[0], out[1]


@njit(cache=True)
def _kappa(temps, beta_g, freqs, weights, model, alpha, strength):
    out = np.empty(temps.size)
    for i in range(temps.size):
        t = temps[i]
        top = min(0.0, math.log(t) + _U_HIGH)
        bottom = math.log(t) + _U_LOW
        panels = int(math.ceil((top - bottom) / _U_PANEL))
        width = (top - bottom) / panels
        total = 0.0
        # the saddles at the two previous nodes, extrapolated in ln u, start the searches
        ln_u0, ln_u1 = 0.0, 0.0
        roots0, roots1 = (0.0, 0.0), (0.0, 0.0)
        for p in range(panels):
            mid = bottom + (p + 0.5) * width
            for k in range(_NODES.size):
                ln_u = mid + 0.5 * width * _NODES[k]
                u = math.exp(ln_u)
                x = u / t
                em = math.exp(-x)
                c = x * x * em / (1.0 - em) ** 2
                guesses = _extrapolated(ln_u, ln_u0, ln_u1, roots0, roots1)
                g, roots = _gamma(u, t, beta_g, freqs, weights, model, alpha, strength, guesses)
                ln_u0, ln_u1, roots0, roots1 = ln_u1, ln_u, roots1, roots
                total += _WEIGHTS[k] * u * u * c * (1.0 / (2.0 * math.pi * g) + 1.0)
        out[i] = 0.5 * width * total
    return out


def inverse_quality(
    omega,
    temperature,
    tg_over_wd,
    freqs,
    weights,
    excited="thermal",
    alpha=1.0,
    strength=None,
):
    """Gamma = 1/(omega tau_omega) = s T_g [rho(omega) + rho_exc(omega, T)], Eq. (48).

    Parameters
    ----------
    omega, temperature : float or array_like
        omega/omega_D and T/T_D (broadcast together).
    tg_over_wd : float
        k_B T_g/(hbar omega_D).
    freqs, weights : array_like
        Ripplon spectrum.
    excited : str
        "none", "thermal" (Eq. 43, Fig. 19) or "window" (N_{alpha T}, Fig. 20).
    alpha : float
        Thermal window of the "window" model.
    strength : float or None
        s; None: ``empirical_strength()``.

    Returns
    -------
    float or ndarray
        Gamma; the mean free path is l_mfp = lambda [1/(2 pi Gamma) + 1].

    Notes
    -----
    Eq. (48), Sec. IV.E, l.644, with the Fig. 19 normalisation (l.653).
    """
    s = empirical_strength() if strength is None else strength
    om, tt = np.broadcast_arrays(
        np.asarray(omega, dtype=float), np.asarray(temperature, dtype=float)
    )
    f, w = scattering_dos._spectrum(freqs, weights)
    model = EXCITED_MODELS[excited]
    out = np.array(
        [
            _gamma(o, t, 1.0 / tg_over_wd, f, w, model, alpha, s)[0]
            for o, t in zip(om.ravel(), tt.ravel())
        ]
    ).reshape(om.shape)
    return out if out.ndim else float(out)


def kinetic_conductivity(
    temperature,
    tg_over_wd,
    freqs,
    weights,
    excited="thermal",
    alpha=1.0,
    strength=None,
):
    """kappa/K with l_mfp = c_s tau_omega + lambda and the ripplon scattering of Eq. (48).

    Parameters
    ----------
    temperature : float or array_like
        t = T/T_D.
    tg_over_wd : float
        k_B T_g/(hbar omega_D).
    freqs, weights : array_like
        Ripplon spectrum: discrete ("no coupling") or broadened by Eq. (55).
    excited : str
        "none", "thermal" (Fig. 19) or "window" (Fig. 20).
    alpha : float
        Thermal window of the "window" model (1 in Fig. 20).
    strength : float or None
        s of ``inverse_quality``; None: the empirical 150.

    Returns
    -------
    float or ndarray
        kappa/K = int_0^1 du u C(u/t) [1/(2 pi Gamma(u, t)) + 1],
        K = k_B^3 T_D^2/(pi hbar^2 c_s); 6 zeta(3) (L_0 + 1) t^2 when Gamma = s T_g rho is
        constant with rho T_g = 1.

    Notes
    -----
    Sec. IV.E, l.646 (kappa = (1/3) sum l_mfp C c_s, l_mfp = c_s tau + lambda), Eq. (48);
    Figs. 19-20. numba kernel; reference ``references.kinetic_conductivity_quad``.
    """
    s = empirical_strength() if strength is None else strength
    t = np.atleast_1d(np.asarray(temperature, dtype=float))
    f, w = scattering_dos._spectrum(freqs, weights)
    out = _kappa(t, 1.0 / tg_over_wd, f, w, EXCITED_MODELS[excited], float(alpha), float(s))
    return out if np.ndim(temperature) else float(out[0])


def tls_line(temperature, mfp_ratio=EMPIRICAL_MFP_RATIO):
    """kappa/K = 6 zeta(3) (L_0 + 1) t^2: constant l_mfp/lambda = L_0 + 1 (rho T_g = 1).

    Parameters
    ----------
    temperature : float or array_like
        t = T/T_D (t << 1: the Debye cut-off is not felt).
    mfp_ratio : float
        L_0 = c_s tau/lambda.

    Returns
    -------
    float or ndarray
        kappa/K of the TLS regime: int_0^inf du u C(u/t) = 6 zeta(3) t^2.

    Notes
    -----
    The TLS limit of ``kinetic_conductivity`` (Sec. III.B, Eq. 20; Fig. 1's 150 line).
    """
    zeta3 = 1.2020569031595942
    return 6.0 * zeta3 * (mfp_ratio + 1.0) * np.asarray(temperature, dtype=float) ** 2


def conductivity_curves(
    temperature,
    tg_values,
    omega_c,
    fragility=None,
    excited="thermal",
    alpha=1.0,
    mfp_ratio=EMPIRICAL_MFP_RATIO,
    spectrum_points=2000,
    tg_no_coupling=None,
):
    """kappa(T)/K for the frictionless ladder and for the phonon-coupled spectra (Figs. 19-20).

    Parameters
    ----------
    temperature : array_like
        t = T/T_D.
    tg_values : sequence of float
        T_g/omega_D of the coupled curves (Eq. 55 spectrum, ``ripplons.broadened_spectrum``).
    omega_c : float
        Cut-off omega_c/omega_D of Eq. (54).
    fragility : float or None
        D of the cut-off smearing.
    excited, alpha :
        Excited-state model of ``kinetic_conductivity``.
    mfp_ratio : float
        L_0 of ``empirical_strength``.
    spectrum_points : int
        Grid of the Lorentzian spectrum.
    tg_no_coupling : float or None
        If given, first a curve with the discrete ladder of Eq. (33) at this T_g/omega_D.

    Returns
    -------
    list of dict
        One per curve: label, tg_over_wd, coupled, modes (total spectral weight), kappa.

    Notes
    -----
    Eq. (48) with l_mfp = c_s tau + lambda (l.646); Figs. 19 (Eq. 43) and 20 (N_{alpha T}).
    """
    t = np.asarray(temperature, dtype=float)
    s = empirical_strength(mfp_ratio)
    cases = []
    if tg_no_coupling is not None:
        cases.append(("no coupling", tg_no_coupling, False, ripplons.discrete_spectrum()))
    for tg in tg_values:
        spec = ripplons.broadened_spectrum(tg, omega_c, fragility, points=spectrum_points)
        cases.append((f"T_g/omega_D = {tg:g}", tg, True, spec))
    return [
        {
            "label": label,
            "tg_over_wd": tg,
            "coupled": coupled,
            "modes": float(np.sum(spec[1])),
            "kappa": kinetic_conductivity(t, tg, *spec, excited=excited, alpha=alpha, strength=s),
        }
        for label, tg, coupled, spec in cases
    ]


def fit_curve_scales(t_data, y_data, t_model, y_model):
    """Fit a digitized series to a theory curve by two scale choices (Figs. 15, 19, 20).

    Parameters
    ----------
    t_data, y_data : array_like
        The series in the figure's reduced units (T/T_D and kappa/K or C/T^3), positive.
    t_model, y_model : array_like
        The theory curve (increasing t, positive y), interpolated in log-log.

    Returns
    -------
    coldglass.fitting.FitResult
        Parameters ``ln_t_scale`` (the data's T_D is off by exp(-ln_t_scale): the model is
        evaluated at t exp(ln_t_scale)) and ``ln_y_scale`` (the plateau height or the
        C/T^3 scale), fitted to ln y_data = ln_y_scale + ln y_model(t exp(ln_t_scale)).

    Notes
    -----
    The comparisons of Figs. 15, 19 and 20 (Sec. IV.C-F) rest on scale choices: T_D of the
    glass and the empirical l_mfp/lambda = 150 (Fig. 19 caption, l.653) or the
    hbar^3 rho c_s^3 (6 pi^2)(xi/a)^3/k_B^4 factor (Fig. 15 caption, l.545).
    """
    from coldglass import fitting

    log_t = np.log(np.asarray(t_model, dtype=float))
    log_y = np.log(np.asarray(y_model, dtype=float))

    def model(x, ln_t_scale, ln_y_scale):
        return ln_y_scale + np.interp(x + ln_t_scale, log_t, log_y)

    params = [fitting.Parameter("ln_t_scale", 0.0), fitting.Parameter("ln_y_scale", 0.0)]
    return fitting.fit(
        model,
        np.log(np.asarray(t_data, dtype=float)),
        np.log(np.asarray(y_data, dtype=float)),
        params,
    )
