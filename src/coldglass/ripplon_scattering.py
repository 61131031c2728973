"""Phonon scattering by domain-wall ripplons (Appendix A) and the frequency cut-off of the
linear TLS-phonon coupling (Appendix B).

Lubchenko & Wolynes review (arXiv:cond-mat/0506708, "quantum_theory"):

* Appendix A: Rayleigh-type scattering of phonons by ripplons without a change of the
  domain's internal state, Eqs. (A1)-(A12): the inverse phonon lifetime of Eq. (A12) with a
  Gaussian ripplon-frequency distribution of width omega_l/(2 sqrt D) (l.1073), the
  concentration n ~ T/(T_g xi^3) (l.1075) and l_mfp/lambda at the plateau (l.1077);
* Appendix B: the l = 1 partial wave of a phonon across a droplet of radius
  R = xi (3/4 pi)^(1/3), [j_1'(kR)]^2 (Fig. 24), the cut-off kR ~ 6, i.e.
  omega_c ~ 2.5 (a/xi) omega_D (l.1098), kR at the plateau (l.1100) and the frequency where
  the quadratic (volume) coupling matches the linear one (l.1104).

Frequencies in units of omega_D where a function says so; otherwise SI.
"""

import math

import numpy as np

from coldglass import phonons, ripplons

__all__ = [
    "kr_per_frequency",
    "bessel_derivative",
    "bessel_derivative_squared",
    "bessel_derivative_zeros",
    "cutoff_frequency",
    "quadratic_crossover_frequency",
    "ripplon_width",
    "ripplon_frequency_density",
    "rayleigh_inverse_lifetime",
    "mfp_over_wavelength",
]


def _debye_wavenumber_times_a():
    """k_D a = omega_D a/c_s = (6 pi^2)^(1/3), from ``phonons.bead_size``."""
    return phonons.bead_size(1.0, 1.0) * phonons.debye_frequency(1.0)


def kr_per_frequency(xi_over_a):
    """kR per unit omega/omega_D: kR = (omega/omega_D)(xi/a)(3/4 pi)^(1/3)(6 pi^2)^(1/3).

    Parameters
    ----------
    xi_over_a : float

    Returns
    -------
    float
        1/(0.4136 (a/xi)): the paper writes kR ~ omega/[0.4 (a/xi) omega_D] (l.1077).

    Notes
    -----
    k = omega/c_s, c_s = omega_D a/(6 pi^2)^(1/3) (footnote 5, l.346), R of
    ``coldglass.ripplons.domain_radius``; Appendix A, l.1077.
    """
    return ripplons.domain_radius(xi_over_a) * _debye_wavenumber_times_a()


def bessel_derivative(x):
    """d j_1(x)/dx = j_0(x) - 2 j_1(x)/x, the derivative the caption of Fig. 24 names.

    Parameters
    ----------
    x : float or array_like
        kR >= 0.

    Returns
    -------
    float or ndarray
        1/3 at x = 0 (series 1/3 - x^2/10 + ...); changes sign at its zeros.

    Notes
    -----
    Fig. 24 caption and Appendix B, l.1091-1096; scipy.special.spherical_jn (accurate at
    small x, where the closed form cancels).
    """
    from scipy.special import spherical_jn

    return spherical_jn(1, np.asarray(x, dtype=float), derivative=True)


def bessel_derivative_squared(x):
    """[d j_1(x)/dx]^2, the drop of the strain a phonon of wave vector k exerts (x = kR).

    Parameters
    ----------
    x : float or array_like
        kR >= 0.

    Returns
    -------
    float or ndarray
        1/9 at x = 0; zeros at 2.0816, 5.9404, 9.2058, ...

    Notes
    -----
    Fig. 24 and Appendix B, l.1091 (the caption names the derivative, the text its square,
    "which enters into all the final expressions"); the square of `bessel_derivative`.
    """
    return bessel_derivative(x) ** 2


def bessel_derivative_zeros(count):
    """The first ``count`` positive zeros of j_1'(x).

    Parameters
    ----------
    count : int

    Returns
    -------
    ndarray

    Notes
    -----
    Appendix B, l.1098: the second zero, 5.94, is the cut-off "kR < ~ 6" (scipy brentq on
    a sign-change scan of j_1').
    """
    from scipy.optimize import brentq
    from scipy.special import spherical_jn

    def f(x):
        return float(spherical_jn(1, x, derivative=True))

    grid = np.linspace(0.5, 4.0 * (count + 1), 400 * (count + 1))
    values = spherical_jn(1, grid, derivative=True)
    roots = [
        brentq(f, grid[i], grid[i + 1], xtol=1e-14)
        for i in np.nonzero(np.sign(values[:-1]) != np.sign(values[1:]))[0]
    ]
    return np.array(roots[:count])


def cutoff_frequency(kr_cut, xi_over_a):
    """omega_c/omega_D for a cut-off kR = kr_cut.

    Parameters
    ----------
    kr_cut : float
        Cut-off value of kR (6 in the paper).
    xi_over_a : float

    Returns
    -------
    float
        kr_cut/`kr_per_frequency`: 2.48 (a/xi) for kR = 6 ("2.5 (a/xi) omega_D", l.1098).

    Notes
    -----
    Appendix B, l.1098.
    """
    return kr_cut / kr_per_frequency(xi_over_a)


def quadratic_crossover_frequency(xi_over_a, bead_exponent=1.0 / 3.0):
    """omega/omega_D where the volume (quadratic) coupling equals the linear surface one.

    Parameters
    ----------
    xi_over_a : float
    bead_exponent : float, optional
        Exponent p of (6 pi^2)^p; 1/3 follows from a = (6 pi^2)^(1/3) c_s/omega_D
        (footnote 5); the paper prints 1/2 (l.1104, errata).

    Returns
    -------
    float
        4 sqrt(a/xi)/(6 pi^2)^p: 0.424 for p = 1/3, 0.215 for p = 1/2, (xi/a)^3 = 200.

    Notes
    -----
    Appendix B, l.1104: (1/4) sqrt(N*) a^3 d_L k equals the linear term a^2 (xi/a) d_L at
    k a = 4 sqrt(a/xi), N* = (xi/a)^3.
    """
    return 4.0 * math.sqrt(1.0 / xi_over_a) / (6.0 * math.pi**2) ** bead_exponent


def ripplon_width(omega_l, fragility):
    """delta omega_l = omega_l/(2 sqrt D), the spread of the ripplon frequencies.

    Parameters
    ----------
    omega_l : float or array_like
    fragility : float
        D of the Vogel-Fulcher law.

    Returns
    -------
    float or ndarray

    Notes
    -----
    Appendix A, l.1073 (Xia & Wolynes 2001a).
    """
    return np.asarray(omega_l, dtype=float) / (2.0 * math.sqrt(fragility))


def ripplon_frequency_density(omega, omega_l, fragility):
    """Normalised Gaussian P_l(omega) centred at omega_l with `ripplon_width`.

    Parameters
    ----------
    omega : float or array_like
    omega_l : float
    fragility : float

    Returns
    -------
    float or ndarray
        In 1/(unit of omega).

    Notes
    -----
    The distribution P_l of Eq. (A11), Appendix A, l.1071-1073; its shape is not given in
    the paper (our choice: Gaussian).
    """
    width = float(ripplon_width(omega_l, fragility))
    z = (np.asarray(omega, dtype=float) - omega_l) / width
    return np.exp(-0.5 * z * z) / (math.sqrt(2.0 * math.pi) * width)


def rayleigh_inverse_lifetime(
    omega, ripplon_omegas, ls, concentration, surface_tension, rho, radius, sound_speed, fragility
):
    """tau_omega^-1 = n (sigma/rho) sum_l pi^2 [2 + l(l+1)](2l+1) j_l^2(kR) P_l(omega).

    Parameters
    ----------
    omega : float or array_like
        Phonon angular frequency (rad/s).
    ripplon_omegas : array_like
        Centres omega_l of P_l (rad/s), one per entry of ``ls``.
    ls : array_like of int
        Ripplon orders l (2..9 in the paper).
    concentration : float
        n, active droplets per m^3 (n ~ T/(T_g xi^3), l.1075).
    surface_tension : float
        sigma in J/m^2, including the 9/8 of Eq. (A1).
    rho : float
        Mass density (kg/m^3).
    radius : float
        Droplet radius R (m).
    sound_speed : float
        c_s (m/s), k = omega/c_s.
    fragility : float
        D, for `ripplon_frequency_density`.

    Returns
    -------
    float or ndarray
        Inverse lifetime in 1/s (pole omega^2 - c_s^2 k^2 + 2 i omega tau^-1 = 0).

    Notes
    -----
    Eq. (A12), Appendix A, l.1067 (resonances at -omega_l dropped, as in the paper).
    """
    from scipy.special import spherical_jn

    w = np.asarray(omega, dtype=float)
    kr = w * radius / sound_speed
    total = np.zeros_like(w)
    for l_order, centre in zip(np.asarray(ls, dtype=int), np.asarray(ripplon_omegas, dtype=float)):
        weight = math.pi**2 * (2.0 + l_order * (l_order + 1.0)) * (2.0 * l_order + 1.0)
        total = total + weight * spherical_jn(l_order, kr) ** 2 * ripplon_frequency_density(
            w, centre, fragility
        )
    return concentration * surface_tension / rho * total


def mfp_over_wavelength(inverse_lifetime, omega, sound_speed):
    """l_mfp/lambda with l_mfp = c_s tau/2 (energy attenuation) and lambda = 2 pi c_s/omega.

    Parameters
    ----------
    inverse_lifetime : float or array_like
        tau^-1 of Eq. (A12) (amplitude decay rate), 1/s.
    omega : float or array_like
        Phonon angular frequency (rad/s).
    sound_speed : float
        c_s (m/s).

    Returns
    -------
    float or ndarray
        omega/(4 pi tau^-1): the phonon energy decays at 2 tau^-1, the rate the resonant mean
        free path of Eq. (19) describes; lambda is the wavelength of
        ``coldglass.phonons.thermal_wavelength`` at hbar omega = k_B T.

    Notes
    -----
    Appendix A, l.1077 (l_mfp/lambda > ~ 1e4, against ~ 1e2 for resonant absorption).
    """
    w = np.asarray(omega, dtype=float)
    mfp = sound_speed / (2.0 * np.asarray(inverse_lifetime, dtype=float))
    return mfp / (2.0 * math.pi * sound_speed / w)
