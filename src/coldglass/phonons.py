"""Debye phonons and the kinetic thermal conductivity.

Lubchenko & Wolynes review (arXiv:cond-mat/0506708, "quantum_theory"), Sec. I and Fig. 1:
kappa ~ (1/3) sum_omega C_ph(omega) l_mfp(omega) c_s (l.52, l.59) with one sound speed
for the three acoustic branches and a Debye spectrum cut at omega_D.

Wavelength convention: lambda(omega) = 2 pi c_s/omega per mode, so that the thermal
wavelength at hbar omega = k_B T is lambda = h c_s/(k_B T). This is the convention of
Eq. (20) (tanh(1/2), l.350) and of "lambda ~ 10^3 a at 1 K in a-silica" (l.318); the
review's l.61 writes lambda = hbar c_s/k_B T (see errata.md). SI units.
"""

import math

from coldglass import units

__all__ = [
    "debye_frequency",
    "bead_size",
    "thermal_wavelength",
    "conductivity_scale",
    "debye_integral",
    "scaled_kinetic_conductivity",
    "debye_heat_capacity_per_bead",
    "fit_mfp_ratio",
]


def debye_frequency(debye_temperature_k):
    """Debye frequency omega_D = k_B T_D/hbar.

    Parameters
    ----------
    debye_temperature_k : float or array_like
        T_D in kelvin.

    Returns
    -------
    float or ndarray
        omega_D in rad/s.

    Notes
    -----
    The cut-off of the Debye spectrum of Fig. 1, Sec. I of the quantum_theory review
    (Lubchenko, Wolynes, arXiv:cond-mat/0506708), l.52.
    """
    return units.K_B * debye_temperature_k / units.HBAR


def bead_size(sound_speed, debye_temperature_k):
    """Bead size a = (6 pi^2)^(1/3) c_s/omega_D; 3.57 A for silica.

    Parameters
    ----------
    sound_speed : float
        c_s in m/s.
    debye_temperature_k : float
        T_D in kelvin.

    Returns
    -------
    float
        a in metres.

    Notes
    -----
    Footnote 5 (l.346) of the quantum_theory review (arXiv:cond-mat/0506708).
    """
    return (6.0 * math.pi**2) ** (1.0 / 3.0) * sound_speed / debye_frequency(debye_temperature_k)


def thermal_wavelength(temperature_k, sound_speed):
    """Dominant-phonon wavelength at hbar omega = k_B T: lambda = 2 pi hbar c_s/(k_B T).

    Parameters
    ----------
    temperature_k : float or array_like
        T in kelvin.
    sound_speed : float
        c_s in m/s.

    Returns
    -------
    float or ndarray
        lambda in metres.

    Notes
    -----
    The wavelength of Eq. (20) and of Fig. 1, Sec. I of the quantum_theory review
    (Lubchenko, Wolynes, arXiv:cond-mat/0506708), l.59.
    """
    return 2.0 * math.pi * units.HBAR * sound_speed / (units.K_B * temperature_k)


def conductivity_scale(debye_temperature_k, sound_speed):
    """K = k_B^3 T_D^2/(pi hbar^2 c_s), the vertical unit of Fig. 1.

    Parameters
    ----------
    debye_temperature_k : float
        T_D in kelvin.
    sound_speed : float
        c_s in m/s.

    Returns
    -------
    float
        K in W/(m K).

    Notes
    -----
    Fig. 1 caption (l.59) of the quantum_theory review (arXiv:cond-mat/0506708). The caption
    prints hbar to the first power; only hbar^2 gives W/(m K) (errata.md).
    """
    return units.K_B**3 * debye_temperature_k**2 / (math.pi * units.HBAR**2 * sound_speed)


def debye_integral(order, upper):
    """J_n(X) = int_0^X x^n e^x/(e^x - 1)^2 dx by scipy quad.

    Parameters
    ----------
    order : float
        n >= 2 (the integrand is finite at x = 0 only then).
    upper : float
        X (capped at 800, where the integrand has vanished).

    Returns
    -------
    float
        J_n(X), written as x^n e^-x/(1 - e^-x)^2 (overflow-safe); J_n(inf) = n! zeta(n).

    Notes
    -----
    The Debye heat capacity and the kinetic conductivity of Fig. 1, Sec. I of the
    quantum_theory review (Lubchenko, Wolynes, arXiv:cond-mat/0506708), l.52.
    """
    from scipy.integrate import quad

    def integrand(x):
        if x == 0.0:
            return 0.0 if order > 2 else (1.0 if order == 2 else math.inf)
        em = math.exp(-x)
        return x**order * em / (-math.expm1(-x)) ** 2

    upper = min(upper, 800.0)
    value, _ = quad(integrand, 0.0, upper, epsabs=0.0, epsrel=1e-12, limit=200)
    return value


def scaled_kinetic_conductivity(
    reduced_temperature, mfp_over_wavelength, exponent=0.0, wavelength="mode"
):
    """kappa/K of the kinetic formula kappa = (1/3) sum_omega C_ph l_mfp c_s (l.52, Fig. 1).

    Parameters
    ----------
    reduced_temperature : float or array_like
        t = T/T_D.
    mfp_over_wavelength : float
        L0 = l_mfp/lambda.
    exponent : float
        p: l_mfp(omega) carries the extra factor (hbar omega/k_B T_D)^p (p = c gives the
        T^(2+c) law of l.425).
    wavelength : {"mode", "thermal"}
        "mode" (default): lambda(omega) = 2 pi c_s/omega, the convention Eq. (20) and the
        "10^3 a at 1 K" of l.318 need (quantum_theory errata, note on l.61); "thermal":
        lambda = hbar c_s/k_B T as printed at l.61, the same for every mode at temperature
        T, which gives 4! zeta(4)/(2 pi 3! zeta(3)) = 0.573 times the mode value at low T.

    Returns
    -------
    float or numpy.ndarray
        kappa/K, K = `conductivity_scale` = k_B^3 T_D^2/(pi hbar^2 c_s) (Fig. 1 caption).

    Notes
    -----
    With g = 3 omega^2/(2 pi^2 c_s^3) and C = k_B x^2 e^x/(e^x-1)^2, x = hbar omega/k_B T:
    "mode": kappa/K = L0 t^(2+p) J_(3+p)(1/t) (low-T limit 6 zeta(3) L0 t^2);
    "thermal": kappa/K = L0 t^(2+p) J_(4+p)(1/t)/(2 pi) (low-T limit 24 zeta(4) L0 t^2/2 pi).
    """
    import numpy as np

    if wavelength not in ("thermal", "mode"):
        raise ValueError(f"wavelength must be 'thermal' or 'mode', not {wavelength!r}")
    extra, factor = (1.0, 1.0 / (2.0 * math.pi)) if wavelength == "thermal" else (0.0, 1.0)
    t = np.atleast_1d(np.asarray(reduced_temperature, dtype=float))
    values = np.array(
        [
            factor
            * mfp_over_wavelength
            * ti ** (2.0 + exponent)
            * debye_integral(3.0 + exponent + extra, 1.0 / ti)
            for ti in t
        ]
    )
    return values if np.ndim(reduced_temperature) else float(values[0])


def debye_heat_capacity_per_bead(reduced_temperature):
    """Debye heat capacity per bead in units of k_B.

    Parameters
    ----------
    reduced_temperature : float or array_like
        t = T/T_D.

    Returns
    -------
    float or ndarray
        9 t^3 J_4(1/t) (-> 3 at high T, 234 t^3 at low T).

    Notes
    -----
    The Debye spectrum of Sec. I of the quantum_theory review (Lubchenko, Wolynes,
    arXiv:cond-mat/0506708) (l.52), per bead of volume a^3 (footnote 5, l.346).
    """
    import numpy as np

    t = np.atleast_1d(np.asarray(reduced_temperature, dtype=float))
    values = np.array([9.0 * ti**3 * debye_integral(4, 1.0 / ti) for ti in t])
    return values if np.ndim(reduced_temperature) else float(values[0])


def fit_mfp_ratio(reduced_temperature, kappa_over_K, wavelength="mode", y_error=None):
    """Refit l_mfp/lambda to scaled kappa(T) data (Fig. 1: one scale factor per glass).

    Parameters
    ----------
    reduced_temperature : array_like
        T/T_D of the points.
    kappa_over_K : array_like
        kappa/K of the points (K = :func:`conductivity_scale`).
    wavelength : {"mode", "thermal"}
        Convention of :func:`scaled_kinetic_conductivity`.
    y_error : float, optional
        Uniform 1-sigma uncertainty of kappa/K; without it the scatter of the points sets it.

    Returns
    -------
    tuple of float
        (l_mfp/lambda, 1-sigma uncertainty).

    Notes
    -----
    kappa/K is proportional to L0 = l_mfp/lambda (Fig. 1 caption, l.59), so the fit is linear:
    weighted least squares of y = L0 f(t) with f = kappa/K at L0 = 1,
    L0 = sum(f y / s^2)/sum(f^2/s^2) with s = y_error, or, without it, the same in log space
    (relative scatter), ln L0 = mean(ln y - ln f).
    """
    import numpy as np

    t = np.asarray(reduced_temperature, float)
    y = np.asarray(kappa_over_K, float)
    if t.size < 2 or np.any(y <= 0):
        raise ValueError("need at least two points with kappa > 0")
    f = scaled_kinetic_conductivity(t, 1.0, wavelength=wavelength)
    if y_error is not None:
        value = float(np.sum(f * y) / np.sum(f * f))
        return value, float(y_error / math.sqrt(np.sum(f * f)))
    r = np.log(y) - np.log(f)
    value = float(np.exp(r.mean()))
    return value, float(value * r.std(ddof=1) / math.sqrt(r.size))
