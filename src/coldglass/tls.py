"""Two-level systems of the RFOT theory: density, phonon coupling, scattering, relaxation
and the time-dependent heat capacity.

Lubchenko & Wolynes review (arXiv:cond-mat/0506708, "quantum_theory"), Secs. III.A-III.C:

* P-bar = 1/(k_B T_g xi^3), the spectral-spatial TLS density (l.306);
* g = sqrt(rho c_s^2 a^3 k_B T_g), the TLS-phonon coupling from marginal stability
  at T_g (Eq. 18);
* resonant inverse mean free path (Eq. 19) and the universal ratio l_mfp/lambda (Eq. 20);
* WKB amplitude (Eq. 21), amplitude distribution (Eq. 22), one-phonon relaxation rate
  (Eqs. 23, 25), joint distribution (Eq. 24) and the heat capacity measured at time t
  (Eqs. 26-27; numba kernel in ``coldglass.tls_kernels``, scipy reference in
  benchmarks/references.py).

SI units unless a function says otherwise; the review's Eqs. (23)/(25) omit hbar^4,
restored here (errata.md).
"""

import math

import numpy as np

from coldglass import units

__all__ = [
    "tls_density",
    "elastic_energy_scale",
    "phonon_coupling",
    "strain_at_glass_transition",
    "tunnelling_strength",
    "inverse_mean_free_path",
    "mfp_over_wavelength",
    "strength_from_mfp_ratio",
    "universal_mfp_ratio",
    "tunnelling_amplitude",
    "amplitude_distribution",
    "distribution_exponent",
    "relaxation_rate",
    "fastest_relaxation_rate",
    "fastest_relaxation_time_universal",
    "fastest_relaxation_time",
    "joint_distribution",
    "sech2",
    "tls_heat_capacity",
    "inner_time_integral",
    "X_LOW",
    "X_HIGH",
    "heat_capacity",
]

# --- density, coupling, universality (Secs. III.A-B) ---------------------------------


def tls_density(glass_temperature_k, xi):
    """P-bar = 1/(k_B T_g xi^3) in J^-1 m^-3 (l.306); 6.04e45 for T_g = 1500 K, xi = 20 A."""
    return 1.0 / (units.K_B * glass_temperature_k * xi**3)


def elastic_energy_scale(rho, sound_speed, a):
    """rho c_s^2 a^3 in joule, the cohesion-like energy of l.334 (~10 eV)."""
    return rho * sound_speed**2 * a**3


def phonon_coupling(T_g_K, rho, c_s, a):
    """g = sqrt(k_B T_g rho c_s^2 a^3) in joule (Eq. 18, l.332); ~1.2 eV for silica."""
    return math.sqrt(units.K_B * T_g_K * elastic_energy_scale(rho, c_s, a))


def strain_at_glass_transition(glass_temperature_k, rho, sound_speed, a):
    """|grad phi| ~ (k_B T_g/rho c_s^2 a^3)^(1/2) at T_g (footnote 5, l.346)."""
    return math.sqrt(units.K_B * glass_temperature_k / elastic_energy_scale(rho, sound_speed, a))


def tunnelling_strength(density, coupling, rho, sound_speed):
    """C = P-bar g^2/(rho c_s^2), the dimensionless combination of l.65."""
    return density * coupling**2 / (rho * sound_speed**2)


def inverse_mean_free_path(
    omega, temperature_k, density, coupling, rho, sound_speed, orientation_factor=1.0
):
    """Resonant l_mfp^-1(omega) = pi P-bar g^2 omega tanh(hbar omega/2 k_B T)/(rho c_s^3) (Eq. 19).

    ``orientation_factor`` = 1/3 applies the orientation average of Eq. (20).
    """
    x = units.HBAR * np.asarray(omega, dtype=float) / (2.0 * units.K_B * temperature_k)
    return (
        math.pi
        * orientation_factor
        * density
        * coupling**2
        * np.asarray(omega)
        * np.tanh(x)
        / (rho * sound_speed**3)
    )


def mfp_over_wavelength(strength, orientation_factor=1.0):
    """l_mfp/lambda at hbar omega = k_B T from Eq. (19): 1/(2 pi^2 f C tanh(1/2)).

    lambda = 2 pi c_s/omega (see ``coldglass.phonons``).
    """
    return 1.0 / (2.0 * math.pi**2 * orientation_factor * strength * math.tanh(0.5))


def strength_from_mfp_ratio(mfp_ratio, orientation_factor=1.0):
    """Inverse of `mfp_over_wavelength`: C = 1/(2 pi^2 f tanh(1/2) l/lambda).

    Notes: Eq. (19) at hbar omega = k_B T (see ``mfp_over_wavelength``).
    """
    return 1.0 / (2.0 * math.pi**2 * orientation_factor * mfp_ratio * math.tanh(0.5))


def universal_mfp_ratio(xi_cubed_over_a_cubed):
    """l_mfp/lambda_dB = [(2 pi^2/3) tanh(1/2) (a/xi)^3]^-1 (Eq. 20, l.350).

    With P-bar = 1/(T_g xi^3) and Eq. (18), C = (a/xi)^3; the 1/3 is the orientation
    average. 65.8 for (xi/a)^3 = 200 (the text's value there), 62.8 for 191.
    """
    return mfp_over_wavelength(1.0 / xi_cubed_over_a_cubed, orientation_factor=1.0 / 3.0)


# --- barriers, amplitudes and relaxation (Sec. III.C) -----------------------------------


def tunnelling_amplitude(barrier, hbar_omega_barrier, amplitude_prefactor):
    """Delta = Delta_0 exp(-pi V/hbar omega^ddagger) (Eq. 21); any consistent energy unit."""
    return amplitude_prefactor * np.exp(-math.pi * np.asarray(barrier) / hbar_omega_barrier)


def amplitude_distribution(delta, c, amplitude_prefactor=1.0, norm=1.0):
    """P(Delta) = A (Delta_0/Delta)^c / Delta (Eq. 22)."""
    delta = np.asarray(delta, dtype=float)
    return norm * (amplitude_prefactor / delta) ** c / delta


def distribution_exponent(hbar_omega_barrier_over_tg, include_pi=False):
    """c of Eq. (22): hbar omega^ddagger/(sqrt2 k_B T_g) as printed (l.380).

    With Eqs. (14) and (21), P(V) ~ exp(V/sqrt2 T_g) and V = (hbar omega/pi) ln(Delta_0/Delta)
    give c = hbar omega^ddagger/(sqrt2 pi k_B T_g) (``include_pi=True``).
    """
    c = hbar_omega_barrier_over_tg / math.sqrt(2.0)
    return c / math.pi if include_pi else c


def relaxation_rate(delta, energy, temperature_k, coupling, rho, sound_speed):
    """One-phonon rate tau^-1 = 3 g^2 Delta^2 E coth(E/2k_BT)/(2 pi rho c_s^5 hbar^4) (Eq. 23).

    Energies in joule; rate in 1/s.
    """
    energy = np.asarray(energy, dtype=float)
    x = energy / (2.0 * units.K_B * temperature_k)
    return (
        3.0
        * coupling**2
        * np.asarray(delta) ** 2
        * energy
        / np.tanh(x)
        / (2.0 * math.pi * rho * sound_speed**5 * units.HBAR**4)
    )


def fastest_relaxation_rate(energy, temperature_k, coupling, rho, sound_speed):
    """tau_min^-1(E) of Eq. (25): `relaxation_rate` at Delta = E."""
    return relaxation_rate(energy, energy, temperature_k, coupling, rho, sound_speed)


def fastest_relaxation_time_universal(energy_over_td, tg_over_td, debye_temperature_k):
    """tau_min(E) at T -> 0 with g from Eq. (18) and a = (6 pi^2)^(1/3) c_s/omega_D.

    tau_min^-1 = 9 pi (T_g/T_D) (E/k_B T_D)^3 omega_D: material enters only via T_g/T_D
    and T_D. In seconds.
    """
    omega_d = units.K_B * debye_temperature_k / units.HBAR
    return 1.0 / (9.0 * math.pi * tg_over_td * energy_over_td**3 * omega_d)


def fastest_relaxation_time(energy, temperature, tau_ref, energy_ref):
    """tau_min(E, T) = tau_ref (E_ref/E)^3 tanh(E/2T) (Eq. 25 calibrated at one point).

    tau_ref is the T -> 0 value at E = energy_ref (l.414: 2.0 us at E/T_D = 5.7e-4).
    """
    energy = np.asarray(energy, dtype=float)
    return tau_ref * (energy_ref / energy) ** 3 * np.tanh(energy / (2.0 * temperature))


def joint_distribution(energy, rate, tau_min, c, amplitude_prefactor=1.0, norm=1.0, density=1.0):
    """P(E, tau^-1) of Eq. (24) for rates below tau_min^-1(E) (zero above)."""
    tau = 1.0 / np.asarray(rate, dtype=float)
    ratio = np.asarray(tau_min) / tau
    inside = ratio < 1.0
    safe = np.where(inside, ratio, 0.5)
    value = (
        density
        * norm
        * safe ** (-c / 2.0)
        * (amplitude_prefactor / energy) ** c
        * tau
        / (2.0 * np.sqrt(1.0 - safe))
    )
    return np.where(inside, value, 0.0)


def sech2(y):
    """sech^2 y = 1/cosh^2 y, the thermal factor of a two-level system (y = E/2k_B T).

    Parameters
    ----------
    y : float or array_like
        Argument; the sign does not matter.

    Returns
    -------
    float or ndarray
        sech^2 y, computed as 4q/(1 + q)^2 with q = e^(-2|y|) (no overflow).

    Notes
    -----
    The population factor of the heat capacity of one two-level system, Eq. (26) of the
    quantum_theory review ([x/2 cosh(x/2)]^2 = (x/2)^2 sech^2(x/2)), Eq. (15) of Jug,
    Bonfanti and Kob (2015), and of the relaxational susceptibility (their Eqs. 33, 61).
    The same source is compiled with numba (``numba.njit(sech2)``) inside the kernels of
    ``coldglass.heat_capacity``: one implementation for arrays and for scalar kernels.
    """
    y = np.abs(y)
    q = np.exp(-2.0 * y)
    return 4.0 * q / (1.0 + q) ** 2


def tls_heat_capacity(x):
    """Heat capacity of one TLS in k_B, [x/(2 cosh(x/2))]^2 with x = E/k_B T (Eq. 26).

    Written as y^2 sech^2 y with y = |x|/2 (``sech2``, the one thermal factor).
    """
    y = np.abs(np.asarray(x, dtype=float)) / 2.0
    return y * y * sech2(y)


def inner_time_integral(log_time_ratio, c):
    """I(Z) = int_0^Z e^(cz/2)/sqrt(1 - e^-z) dz of Eq. (27), closed form (scipy).

    With u = e^-z and a = -c/2: I = B(a, 1/2) - (x0^a/a) 2F1(a, 1/2; a + 1; x0),
    x0 = e^-Z (analytic continuation of the incomplete beta function); for c = 0,
    I = ln[(1+s)/(1-s)] = 2 ln(1+s) + Z, s = sqrt(1 - x0). Zero for Z <= 0.
    """
    from scipy.special import beta, hyp2f1

    z = np.asarray(log_time_ratio, dtype=float)
    positive = z > 0
    x0 = np.exp(-np.where(positive, z, 1.0))
    if c == 0.0:
        s = np.sqrt(-np.expm1(-np.where(positive, z, 1.0)))
        value = 2.0 * np.log1p(s) + np.where(positive, z, 1.0)  # 1 - s = x0/(1 + s)
    else:
        a = -c / 2.0
        value = beta(a, 0.5) - x0**a / a * hyp2f1(a, 0.5, a + 1.0, x0)
    return np.where(positive, value, 0.0)


# --- time-dependent heat capacity, Eq. (27) ---------------------------------------------

#: Integration window in x = E/k_B T: below X_LOW the weight x^2 makes the rest < 1e-20
#: of the total, above X_HIGH the factor x^2 e^-x is < 1e-39.
X_LOW, X_HIGH = 1e-7, 100.0


def heat_capacity(
    reduced_temperature, time, c, tau_ref, energy_ref, amplitude=1.0, amplitude_prefactor=1.0
):
    """C(t) of Eq. (27) per unit P-bar, on a grid of temperatures (numba kernel).

    Energies and temperatures in units of k_B T_D (``reduced_temperature`` = T/T_D,
    ``energy_ref`` = E_ref/T_D, ``amplitude_prefactor`` = Delta_0/k_B T_D), times in
    seconds; tau_min(E,T) from `fastest_relaxation_time`. Returns C/(P-bar k_B^2 T_D),
    an array shaped like ``reduced_temperature``.
    """
    from coldglass.tls_kernels import heat_capacity_grid

    temps = np.atleast_1d(np.asarray(reduced_temperature, dtype=float))
    out = heat_capacity_grid(
        temps,
        float(time),
        float(c),
        float(tau_ref),
        float(energy_ref),
        float(amplitude),
        float(amplitude_prefactor),
        X_LOW,
        X_HIGH,
    )
    return out.reshape(np.shape(reduced_temperature))
