"""The bump in C/T^3: two-level systems with their ripplon ladders, plus Debye phonons.

Lubchenko & Wolynes review (arXiv:cond-mat/0506708, "quantum_theory"), Sec. IV.C and F:

* the two-sided density of the alternative states n(eps) = e^(-|eps|/T_g)/T_g, Eq. (34);
* the partition function of one domain Z_eps = 1 + e^(-beta eps) prod_l Z_l^(2l+1), Eq. (35);
* its heat capacity c_eps = beta^2 d^2 ln Z_eps/d beta^2, Eq. (36), which reduces to the TLS
  form [beta eps/(2 cosh(beta eps/2))]^2 for T << omega_l;
* the amorphous heat capacity per domain C(T) = int d eps n(eps) c_eps(T) (Fig. 15, thin
  line), with the discrete ripplon spectrum or with the Lorentzian-broadened one of Eq. (55)
  (the coupled curves), plus the Debye term (xi/a)^3 c_D(T) (Fig. 15 caption);
* the factor hbar^3 rho c_s^3 (6 pi^2)(xi/a)^3/k_B^4 that brings C/T^3 in J g^-1 K^-4 to
  these units (Fig. 15 caption).

Units: hbar = k_B = 1, energies and temperatures in hbar omega_D = k_B T_D; a spectrum is the
(frequencies, weights) pair of ``coldglass.ripplons``. Heat capacities in k_B per domain
(volume xi^3).

The eps average is a numba kernel (composite Gauss-Legendre in eps, split at the kink of
n(eps) at 0 and cut 50 T either side of the crossing eps = T G, G the ripplon free energy
per T; below the window c_eps is the ripplon Einstein sum and its weight is integrated in
closed form). ``benchmarks/references.py`` holds the scipy-quad reference.
"""

import math

import numpy as np
from numba import njit

from coldglass import phonons, units

__all__ = [
    "two_sided_density",
    "cumulative_two_sided_density",
    "domain_log_partition",
    "spectral_sums",
    "domain_heat_capacity",
    "bump_heat_capacity",
    "debye_heat_capacity_per_domain",
    "data_scale_factor",
]

_NODES, _WEIGHTS = np.polynomial.legendre.leggauss(24)
#: Half-width of the eps window around the crossing, in units of T.
_WINDOW = 50.0
#: Widest Gauss-Legendre panel in eps, in units of T.
_PANEL = 4.0


def two_sided_density(eps, tg_over_wd):
    """n(eps) = e^(-|eps|/T_g)/T_g, Eq. (34).

    Parameters
    ----------
    eps : float or array_like
        Energy of the alternative state (hbar omega_D).
    tg_over_wd : float
        k_B T_g/(hbar omega_D).

    Returns
    -------
    float or ndarray
        n(eps) per domain per hbar omega_D (integral 2 over the real line).

    Notes
    -----
    Eq. (34), Sec. IV.C, l.524: e^(eps/T_g)/T_g of the frozen-in liquid for eps < 0 and
    its mirror e^(-eps/T_g)/T_g measured from the local ground state.
    """
    eps = np.asarray(eps, dtype=float)
    return np.exp(-np.abs(eps) / tg_over_wd) / tg_over_wd


@njit(cache=True)
def _cumulative(x, tg):
    if x <= 0.0:
        return math.exp(x / tg)
    return 2.0 - math.exp(-x / tg)


def cumulative_two_sided_density(x, tg_over_wd):
    """int_{-inf}^{x} n(eps) d eps for the density of Eq. (34).

    Parameters
    ----------
    x : float
        Upper end (hbar omega_D).
    tg_over_wd : float
        k_B T_g/(hbar omega_D).

    Returns
    -------
    float
        e^(x/T_g) for x <= 0, 2 - e^(-x/T_g) above.

    Notes
    -----
    Eq. (34), Sec. IV.C.
    """
    return _cumulative(float(x), float(tg_over_wd))


@njit(cache=True)
def _sums(beta, freqs, weights):
    """(S1, G, S2) of Eq. (36): sum w x/(e^x-1), -sum w ln(1-e^-x), sum w (x/2sinh(x/2))^2."""
    s1 = 0.0
    g = 0.0
    s2 = 0.0
    for j in range(freqs.size):
        x = beta * freqs[j]
        if x > 700.0:
            continue
        em = math.exp(-x)
        one_minus = -math.expm1(-x)
        s1 += weights[j] * x * em / one_minus
        g -= weights[j] * math.log(one_minus)
        s2 += weights[j] * x * x * em / (one_minus * one_minus)
    return s1, g, s2


def spectral_sums(temperature, freqs, weights):
    """The ripplon sums of Eq. (36) at one temperature.

    Parameters
    ----------
    temperature : float
        k_B T/(hbar omega_D).
    freqs, weights : array_like
        Ripplon spectrum (``ripplons.discrete_spectrum`` or ``ripplons.broadened_spectrum``).

    Returns
    -------
    tuple of float
        S1 = sum w x/(e^x - 1) (ripplon energy / T), G = -sum w ln(1 - e^-x) (minus the
        ripplon free energy / T) and S2 = sum w [x/(2 sinh(x/2))]^2 (Einstein heat
        capacity), x = omega/T.

    Notes
    -----
    Eqs. (35)-(36), Sec. IV.C; with Eq. (55) for a broadened spectrum (Sec. IV.F).
    """
    return _sums(
        1.0 / temperature,
        np.ascontiguousarray(freqs, dtype=float),
        np.ascontiguousarray(weights, dtype=float),
    )


def domain_log_partition(eps, temperature, freqs, weights):
    """ln Z_eps = ln(1 + e^(-beta eps) prod_l Z_l^(2l+1)), Eq. (35).

    Parameters
    ----------
    eps : float or array_like
        Energy of the alternative state (hbar omega_D).
    temperature : float
        k_B T/(hbar omega_D).
    freqs, weights : array_like
        Ripplon spectrum.

    Returns
    -------
    float or ndarray
        ln Z_eps = ln(1 + e^(-F)), F = beta eps - G (``spectral_sums``).

    Notes
    -----
    Eq. (35), Sec. IV.C, l.528 (m = -l..l; the text prints m = -l..1).
    """
    _, g, _ = spectral_sums(temperature, freqs, weights)
    f = np.asarray(eps, dtype=float) / temperature - g
    return np.logaddexp(0.0, -f)


@njit(cache=True)
def _c_eps(beta_eps, s1, g, s2):
    f = beta_eps - g
    q = math.exp(-abs(f))
    resonant = (beta_eps + s1) ** 2 * q / (1.0 + q) ** 2
    if f >= 0.0:
        occupied = q / (1.0 + q)
    else:
        occupied = 1.0 / (1.0 + q)
    return resonant + s2 * occupied


def domain_heat_capacity(eps, temperature, freqs, weights):
    """Heat capacity c_eps of one domain with its ripplon ladder, Eq. (36).

    Parameters
    ----------
    eps : float or array_like
        Energy of the alternative state (hbar omega_D).
    temperature : float
        k_B T/(hbar omega_D).
    freqs, weights : array_like
        Ripplon spectrum.

    Returns
    -------
    float or ndarray
        c_eps in k_B: [beta eps + S1]^2/[2 cosh(F/2)]^2 + S2/(e^F + 1), F = beta eps - G.

    Notes
    -----
    Eq. (36), Sec. IV.C, l.534 (beta^2 d^2 ln Z_eps/d beta^2 of Eq. 35); the TLS heat
    capacity [beta eps/(2 cosh(beta eps/2))]^2 for T << omega_l.
    """
    s1, g, s2 = spectral_sums(temperature, freqs, weights)
    beta_eps = np.asarray(eps, dtype=float) / temperature
    out = np.vectorize(lambda b: _c_eps(b, s1, g, s2), otypes=[float])(beta_eps)
    return out if np.ndim(eps) else float(out)


@njit(cache=True)
def _panel_sum(lo, hi, temperature, tg, s1, g, s2):
    if hi <= lo:
        return 0.0
    panels = int(math.ceil((hi - lo) / (_PANEL * temperature)))
    width = (hi - lo) / panels
    total = 0.0
    for p in range(panels):
        mid = lo + (p + 0.5) * width
        for k in range(_NODES.size):
            eps = mid + 0.5 * width * _NODES[k]
            n = math.exp(-abs(eps) / tg) / tg
            total += _WEIGHTS[k] * n * _c_eps(eps / temperature, s1, g, s2)
    return 0.5 * width * total


@njit(cache=True)
def _bump(temperatures, tg, freqs, weights):
    out = np.empty(temperatures.size)
    for i in range(temperatures.size):
        t = temperatures[i]
        s1, g, s2 = _sums(1.0 / t, freqs, weights)
        centre = t * g
        lo = centre - _WINDOW * t
        hi = centre + _WINDOW * t
        total = s2 * _cumulative(lo, tg)
        if lo < 0.0 < hi:
            total += _panel_sum(lo, 0.0, t, tg, s1, g, s2)
            total += _panel_sum(0.0, hi, t, tg, s1, g, s2)
        else:
            total += _panel_sum(lo, hi, t, tg, s1, g, s2)
        out[i] = total
    return out


def bump_heat_capacity(temperature, tg_over_wd, freqs, weights):
    """Heat capacity per domain C(T) = int d eps n(eps) c_eps(T), Eqs. (34)-(36).

    Parameters
    ----------
    temperature : float or array_like
        k_B T/(hbar omega_D) = T/T_D.
    tg_over_wd : float
        k_B T_g/(hbar omega_D) (4.39 for a-SiO2: 1500 K/342 K).
    freqs, weights : array_like
        Ripplon spectrum: discrete (thin line of Fig. 15) or broadened by Eq. (55) (the
        coupled curves).

    Returns
    -------
    float or ndarray
        C in k_B per domain (TLS + ripplons, without the Debye term); pi^2 T/(3 T_g) at
        T << omega_l.

    Notes
    -----
    Eq. (36) averaged with Eq. (34), Sec. IV.C, l.536 ("we (numerically) average c_eps with
    respect to n(eps)"), and Sec. IV.F, l.704 for the broadened spectrum (Fig. 15).
    numba kernel; reference ``references.bump_heat_capacity_quad`` (scipy quad).
    """
    t = np.atleast_1d(np.asarray(temperature, dtype=float))
    out = _bump(
        t,
        float(tg_over_wd),
        np.ascontiguousarray(freqs, dtype=float),
        np.ascontiguousarray(weights, dtype=float),
    )
    return out if np.ndim(temperature) else float(out[0])


def debye_heat_capacity_per_domain(temperature, xi_cubed=200.0):
    """Debye heat capacity of the xi^3 beads of one domain, (xi/a)^3 c_D(T/T_D).

    Parameters
    ----------
    temperature : float or array_like
        T/T_D.
    xi_cubed : float
        (xi/a)^3 (200 in the Fig. 15 caption).

    Returns
    -------
    float or ndarray
        k_B per domain; 200 x 234 (T/T_D)^3 = 4.68e4 (T/T_D)^3 at low T.

    Notes
    -----
    Fig. 15 caption (l.545): c_D = 9 (T/T_D)^3 int_0^{T_D/T} x^4 e^x/(e^x-1)^2 dx (the
    caption prints the upper limit T/T_D; errata), ``phonons.debye_heat_capacity_per_bead``.
    """
    return xi_cubed * phonons.debye_heat_capacity_per_bead(temperature)


def data_scale_factor(density_g_cm3, sound_speed, xi_cubed=200.0):
    """Factor hbar^3 rho c_s^3 (6 pi^2)(xi/a)^3/k_B^4 from C/T^3 [J g^-1 K^-4] to Fig. 15 units.

    Parameters
    ----------
    density_g_cm3 : float
        rho in g/cm^3 (2.2 for a-SiO2).
    sound_speed : float
        c_s in m/s (4100).
    xi_cubed : float
        (xi/a)^3 (200).

    Returns
    -------
    float
        The factor (5.80e10 for the caption's a-SiO2 constants): C [J g^-1 K^-4] times it
        is C per domain in k_B divided by (T/T_D)^3.

    Notes
    -----
    Fig. 15 caption, l.545, with omega_D = (c_s/a)(6 pi^2)^(1/3): the heat capacity per
    volume times a^3 (xi/a)^3 T_D^3/(k_B T^3).
    """
    rho_g_m3 = density_g_cm3 * 1.0e6
    return units.HBAR**3 * rho_g_m3 * sound_speed**3 * 6.0 * math.pi**2 * xi_cubed / units.K_B**4
