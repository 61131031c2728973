"""The negative Grueneisen parameter as an elastic Casimir (van der Waals) effect.

Lubchenko & Wolynes review (arXiv:cond-mat/0506708, "quantum_theory"), Sec. VI:

* the phonon-exchange dipole coupling J_ij of Eq. (70) and its isotropic average
  (2/3)(3/4 pi)^2 T_g^2 (a/r)^6 (l.893);
* the second-order free energies of two three-level centres (Eq. 71): ripplon-ripplon
  (Eq. 73), ripplon-TLS (Eq. 77) and TLS-TLS (Eq. 81);
* their averages over sites, energies and ripplons: the ripplon pair sum (l.895), the
  thermally active concentration ln2 T/(T_g xi^3), the free-energy densities behind
  Eqs. (75) and (79), the T = 0 "vacuum energy" and T^2 ln T term of the TLS-TLS part (l.941);
* the expansivities (Eqs. 75, 79), Grueneisen parameters (Eqs. 76, 80) with
  gamma = alpha_V K/c_V, c_V = k_B T/(T_g xi^3), their crossover temperature, the
  perturbative breakdown temperature (l.921) and the modified Phillips bound (Eq. 82).

SI units for the material functions (temperatures in kelvin, lengths in metres, moduli in
Pa); the pair free energies take energies and temperature in any one unit (k_B = 1).
"""

import math

import numpy as np

from coldglass import ripplons, tls, units

__all__ = [
    "orientation_average",
    "ORIENTATION_AVERAGE",
    "dipole_angular_factor",
    "dipole_coupling",
    "mean_square_coupling",
    "pair_free_energy_rr",
    "pair_free_energy_rt",
    "pair_free_energy_tt",
    "active_concentration",
    "active_fraction",
    "energy_average",
    "coupling_volume_integral",
    "ripplon_pair_sum",
    "ripplon_pair_sum_printed",
    "rr_free_energy_density",
    "rt_coefficient_printed",
    "rt_coefficient_sum",
    "rt_free_energy_density",
    "tt_thermal_factor",
    "tt_thermal_factor_printed",
    "tt_free_energy_density",
    "noninteracting_free_energy_density",
    "bulk_modulus",
    "volume_expansivity",
    "heat_capacity_density",
    "grueneisen_parameter",
    "crossover_temperature",
    "breakdown_temperature",
    "interaction_heat_capacity_suppression",
    "phillips_bound",
    "phillips_bound_material",
    "casimir_contributions",
]


def orientation_average():
    """<[g_i.(1 - 3 r r).g_j]^2> over independent random unit vectors g_i, g_j.

    Returns
    -------
    float
        (1/9) Tr[M M^T] with M = 1 - 3 r r (<g g^T> = 1/3 for a random unit vector): 2/3.

    Notes
    -----
    The isotropic average of Eq. (70) quoted at l.893 (Sec. VI); a Monte Carlo check is in
    the tests.
    """
    r_hat = np.array([0.0, 0.0, 1.0])
    m = np.eye(3) - 3.0 * np.outer(r_hat, r_hat)
    return float(np.trace(m @ m.T) / 9.0)


#: The value of `orientation_average` (2/3, l.893).
ORIENTATION_AVERAGE = orientation_average()


def dipole_angular_factor(g_i, g_j, r_hat):
    """(g_i . g_j) - 3 (g_i . r)(g_j . r) for unit vectors (last axis of length 3).

    Parameters
    ----------
    g_i, g_j, r_hat : array_like
        Unit vectors, shape (..., 3).

    Returns
    -------
    ndarray
        The angular factor of Eq. (70); its mean square over random directions is
        `ORIENTATION_AVERAGE`.

    Notes
    -----
    Eq. (70), Sec. VI, l.861.
    """
    g_i, g_j, r_hat = (np.asarray(v, dtype=float) for v in (g_i, g_j, r_hat))
    return np.sum(g_i * g_j, axis=-1) - 3.0 * np.sum(g_i * r_hat, axis=-1) * np.sum(
        g_j * r_hat, axis=-1
    )


def dipole_coupling(coupling_i, coupling_j, distance, rho, sound_speed, angular=1.0):
    """J_ij = 3/(4 pi rho c_s^2) g_i g_j [angular factor]/r^3 in joule.

    Parameters
    ----------
    coupling_i, coupling_j : float
        |g| of the two centres in joule (Eq. 18: ``coldglass.tls.phonon_coupling``).
    distance : float or array_like
        r_ij in metres.
    rho, sound_speed : float
        Mass density (kg/m^3) and speed of sound (m/s).
    angular : float or array_like, optional
        `dipole_angular_factor` (1 gives the scale J ~ (3/4 pi) k_B T_g (a/r)^3, l.865).

    Returns
    -------
    float or ndarray

    Notes
    -----
    Eq. (70), Sec. VI, l.861; the factor 3 counts the three acoustic branches (l.863).
    """
    r = np.asarray(distance, dtype=float)
    return 3.0 * coupling_i * coupling_j * angular / (4.0 * math.pi * rho * sound_speed**2 * r**3)


def mean_square_coupling(glass_temperature_k, rho, sound_speed, a, distance):
    """Isotropic average of J_ij^2 with g = sqrt(rho c_s^2 a^3 k_B T_g), in J^2.

    Parameters
    ----------
    glass_temperature_k : float
        T_g in kelvin.
    rho, sound_speed, a : float
        Density, speed of sound and bead size (SI).
    distance : float or array_like
        r in metres.

    Returns
    -------
    float or ndarray
        (2/3)(3/4 pi)^2 (k_B T_g)^2 (a/r)^6 (l.893): rho and c_s cancel.

    Notes
    -----
    Eq. (70) with Eq. (18) (``coldglass.tls.phonon_coupling``) and the orientation average
    `ORIENTATION_AVERAGE`, Sec. VI, l.893.
    """
    g = tls.phonon_coupling(glass_temperature_k, rho, sound_speed, a)
    return ORIENTATION_AVERAGE * dipole_coupling(g, g, distance, rho, sound_speed) ** 2


def _tanh_ratio(x, y, temperature):
    """[x tanh(x/2T) - y tanh(y/2T)]/(x^2 - y^2), with its limit at x = y."""
    x, y = np.broadcast_arrays(np.asarray(x, dtype=float), np.asarray(y, dtype=float))
    fx = x * np.tanh(x / (2.0 * temperature))
    fy = y * np.tanh(y / (2.0 * temperature))
    near = np.abs(x - y) <= 1e-7 * np.maximum(np.abs(x) + np.abs(y), 1e-300)
    safe = np.where(near, 1.0, x * x - y * y)
    u = x / (2.0 * temperature)
    limit = (np.tanh(u) + u * tls.sech2(u)) / (2.0 * np.where(x == 0.0, 1.0, x))
    limit = np.where(x == 0.0, 1.0 / (2.0 * temperature), limit)
    return np.where(near, limit, (fx - fy) / safe)


def _subspace_weight(eps, omega, temperature):
    """e^(-eps/T)(1 + e^(-omega/T))/Z: probability of the two upper levels of Eq. (71)."""
    a = np.exp(-np.asarray(eps, dtype=float) / temperature)
    b = a * np.exp(-np.asarray(omega, dtype=float) / temperature)
    return (a + b) / (1.0 + a + b)


def pair_free_energy_rr(j, eps_i, omega_i, eps_j, omega_j, temperature):
    """Ripplon-ripplon second-order free energy of two three-level centres.

    Parameters
    ----------
    j : float or array_like
        Coupling J_ij.
    eps_i, omega_i, eps_j, omega_j : float or array_like
        Levels 0, eps, eps + omega of each centre (Eq. 71).
    temperature : float
        k_B T in the same unit.

    Returns
    -------
    float or ndarray
        delta F_rr of Eq. (73).

    Notes
    -----
    Eq. (73), Sec. VI, l.884. It is the exact second-order free energy of the coupling
    J (|2><3| + |3><2|)_i (|2><3| + |3><2|)_j (flip-flop and double flip, the sigma_z sigma_z
    coupling of l.859 in the sigma_x basis); low-T limit Eq. (74).
    """
    return (
        -(np.asarray(j) ** 2)
        * _subspace_weight(eps_i, omega_i, temperature)
        * _subspace_weight(eps_j, omega_j, temperature)
        * _tanh_ratio(omega_i, omega_j, temperature)
    )


def pair_free_energy_rt(j, eps_i, omega_i, eps_j, temperature):
    """Ripplon-TLS second-order free energy: a virtual ripplon on i, the TLS of j.

    Parameters
    ----------
    j, eps_i, omega_i, temperature
        As in `pair_free_energy_rr`.
    eps_j : float or array_like
        TLS splitting of centre j.

    Returns
    -------
    float or ndarray
        delta F_rT of Eq. (77).

    Notes
    -----
    Eq. (77), Sec. VI, l.913; low-T limit Eq. (78). Exact second order of
    J (|2><3| + h.c.)_i (|1><2| + h.c.)_j when the ripplon of j is never thermally excited.
    """
    return (
        -(np.asarray(j) ** 2)
        * _subspace_weight(eps_i, omega_i, temperature)
        * _tanh_ratio(omega_i, eps_j, temperature)
    )


def pair_free_energy_tt(j, eps_i, eps_j, temperature):
    """TLS-TLS second-order free energy of two centres.

    Parameters
    ----------
    j : float or array_like
        Coupling J_ij.
    eps_i, eps_j : float or array_like
        TLS splittings.
    temperature : float
        k_B T.

    Returns
    -------
    float or ndarray
        delta F_TT of Eq. (81).

    Notes
    -----
    Eq. (81), Sec. VI, l.939 (coupling J (|1><2| + h.c.)_i (|1><2| + h.c.)_j).
    """
    return -(np.asarray(j) ** 2) * _tanh_ratio(eps_i, eps_j, temperature)


def active_concentration(temperature_k, glass_temperature_k, xi):
    """Concentration of thermally active centres, ln2 T/(T_g xi^3), in m^-3.

    Parameters
    ----------
    temperature_k, glass_temperature_k : float or array_like
        T and T_g in kelvin.
    xi : float
        Mosaic size in metres.

    Returns
    -------
    float or ndarray
        int_0^inf d eps n(eps)/(1 + e^(eps/T)) with n = e^(-eps/T_g)/(T_g xi^3), T << T_g.

    Notes
    -----
    Sec. VI, l.895 (printed "(1 + beta eps_i)^-1", read (1 + e^(beta eps_i))^-1), with the
    density of states of Eq. (34).
    """
    return math.log(2.0) * np.asarray(temperature_k) / (glass_temperature_k * xi**3)


def active_fraction(reduced_temperature):
    """int_0^inf dx e^(-x)/(1 + e^(x/tau)) by quadrature, tau = T/T_g.

    Parameters
    ----------
    reduced_temperature : float
        tau = T/T_g.

    Returns
    -------
    float
        T_g xi^3 times the concentration of thermally active centres; ln2 tau - (pi^2/12)
        tau^2 + ... (`active_concentration` keeps the first term, l.895).

    Notes
    -----
    Sec. VI, l.895, with the density of states of Eq. (34) (scipy quad).
    """
    from scipy.integrate import quad

    tau = float(reduced_temperature)

    def integrand(u):  # x = tau u
        return tau * math.exp(-tau * u) / (1.0 + math.exp(min(u, 700.0)))

    value, _ = quad(integrand, 0.0, 800.0, epsabs=0.0, epsrel=1e-12, limit=200)
    return value


def energy_average(omega_over_tg):
    """e^x E_1(x) = int_0^inf dy e^(-y)/(x + y), the average of 1/(omega + eps_j) times T_g.

    Parameters
    ----------
    omega_over_tg : float or array_like
        x = omega_i/T_g.

    Returns
    -------
    float or ndarray
        ln(1/x) - gamma_E + O(x ln x) for x << 1 ("in the two lowest orders", l.919).

    Notes
    -----
    Eq. (78), Sec. VI, l.919 (scipy.special.exp1).
    """
    from scipy.special import exp1

    x = np.asarray(omega_over_tg, dtype=float)
    return np.exp(x) * exp1(x)


def coupling_volume_integral(glass_temperature_k, a, xi):
    """int_{r > r_0} d^3 r <J^2>(r) with r_0 = xi (3/4 pi)^(1/3), in J^2 m^3.

    Parameters
    ----------
    glass_temperature_k : float
        T_g in kelvin.
    a, xi : float
        Bead size and mosaic size in metres.

    Returns
    -------
    float
        (2/3) (k_B T_g)^2 a^6/xi^3: 4 pi int r^2 dr (2/3)(3/4 pi)^2 (a/r)^6 from r_0.

    Notes
    -----
    Sec. VI, l.895 (the lower limit of the site sum, ``coldglass.ripplons.domain_radius``)
    with l.893 (`mean_square_coupling`).
    """
    r0_cubed = (ripplons.domain_radius(1.0) * xi) ** 3
    mean_square_scale = (
        ORIENTATION_AVERAGE * (3.0 / (4.0 * math.pi)) ** 2 * (units.K_B * glass_temperature_k) ** 2
    )
    return mean_square_scale * a**6 * 4.0 * math.pi / (3.0 * r0_cubed)


def ripplon_pair_sum(omega_over_omega_d, degeneracy):
    """sum_{l1,l2} (2l1+1)(2l2+1)/(omega_l1 + omega_l2), in units of 1/omega_D.

    Parameters
    ----------
    omega_over_omega_d : array_like
        omega_l/omega_D of the ladder (Eq. 33).
    degeneracy : array_like
        2l + 1.

    Returns
    -------
    float

    Notes
    -----
    The harmonic sum of Eq. (74), Sec. VI, l.895, evaluated term by term (errata: the
    paper's closed form `ripplon_pair_sum_printed` is about twice the sum over l = 2..9).
    """
    w = np.asarray(omega_over_omega_d, dtype=float)
    g = np.asarray(degeneracy, dtype=float)
    return float(np.sum(g[:, None] * g[None, :] / (w[:, None] + w[None, :])))


def ripplon_pair_sum_printed(xi_over_a):
    """The paper's closed form 1.5 (3/4 pi) pi^3 (xi/a)^(5/4) (xi/a)^3, in units of 1/omega_D.

    Parameters
    ----------
    xi_over_a : float

    Returns
    -------
    float
        2.0e4 for (xi/a)^3 = 200.

    Notes
    -----
    Sec. VI, l.895 ("equal, within sufficient accuracy, to ...").
    """
    return 1.5 * 3.0 / (4.0 * math.pi) * math.pi**3 * xi_over_a ** (17.0 / 4.0)


def rr_free_energy_density(
    temperature_k, glass_temperature_k, debye_temperature_k, a, xi, pair_sum
):
    """Ripplon-ripplon free energy per volume at delta V = 0, in J/m^3 (negative).

    Parameters
    ----------
    temperature_k : float or array_like
        T in kelvin.
    glass_temperature_k, debye_temperature_k : float
        T_g and T_D in kelvin.
    a, xi : float
        Bead and mosaic sizes in metres.
    pair_sum : float
        The ripplon pair sum in units of 1/omega_D (`ripplon_pair_sum_printed` reproduces the
        paper, `ripplon_pair_sum` is the explicit sum).

    Returns
    -------
    float or ndarray
        -n^2 [int d^3 r <J^2>] pair_sum/(k_B T_D), n = `active_concentration`. With the
        printed pair sum: -0.75 (ln2)^2 pi^2 k_B T^2 (a/xi)^(7/4)/(xi^3 T_D); the volume
        dependence r^-6 ~ (1 - delta V/V)^2 turns it into -1 + 2 delta V/V (l.897).

    Notes
    -----
    Eq. (74) summed as in Sec. VI, l.893-897.
    """
    n = active_concentration(temperature_k, glass_temperature_k, xi)
    return (
        -(n**2)
        * coupling_volume_integral(glass_temperature_k, a, xi)
        * pair_sum
        / (units.K_B * debye_temperature_k)
    )


def rt_coefficient_printed(tg_over_td, xi_over_a):
    """The paper's 0.5 (a/xi)^4 ln[2.0 (T_g/omega_D)(xi/a)^(1/4)].

    Parameters
    ----------
    tg_over_td : float
        k_B T_g/hbar omega_D.
    xi_over_a : float

    Returns
    -------
    float
        |delta F_rT/V| in units of k_B T/xi^3 at delta V = 0.

    Notes
    -----
    Sec. VI, l.919 (the O(1) numbers 0.5 and 2.0 are the paper's continuum estimate).
    """
    return 0.5 * xi_over_a**-4 * math.log(2.0 * tg_over_td * xi_over_a**0.25)


def rt_coefficient_sum(tg_over_td, omega_over_omega_d, degeneracy, xi_over_a):
    """The ripplon-TLS coefficient from the explicit ripplon sum of Eq. (78).

    Parameters
    ----------
    tg_over_td : float
        k_B T_g/hbar omega_D.
    omega_over_omega_d, degeneracy : array_like
        The ripplon ladder (Eq. 33).
    xi_over_a : float

    Returns
    -------
    float
        (2/3) ln2 (a/xi)^6 sum_l (2l+1) e^(x_l) E_1(x_l), x_l = omega_l/T_g, in the units of
        `rt_coefficient_printed` (e^x E_1(x) ~ ln(T_g/omega_l) - gamma_E, l.919).

    Notes
    -----
    Eq. (78), Sec. VI, l.917-919: n(eps_j) = e^(-eps/T_g)/(T_g xi^3) over eps_j > 0 gives
    int d eps n/(omega + eps) = e^(x) E_1(x)/(T_g xi^3); sites as in `coupling_volume_integral`.
    """
    x = np.asarray(omega_over_omega_d, dtype=float) / tg_over_td
    total = np.sum(np.asarray(degeneracy, dtype=float) * energy_average(x))
    return float(ORIENTATION_AVERAGE * math.log(2.0) * xi_over_a**-6 * total)


def rt_free_energy_density(temperature_k, xi, coefficient):
    """Ripplon-TLS free energy per volume at delta V = 0, -coefficient k_B T/xi^3, in J/m^3.

    Parameters
    ----------
    temperature_k : float or array_like
        T in kelvin.
    xi : float
        Mosaic size in metres.
    coefficient : float
        `rt_coefficient_printed` or `rt_coefficient_sum`.

    Returns
    -------
    float or ndarray
        Negative; the volume dependence is -1 + 2 delta V/V (l.919).

    Notes
    -----
    Sec. VI, l.919.
    """
    return -coefficient * units.K_B * np.asarray(temperature_k) / xi**3


def _panels(span):
    """Number of geometric panel edges for a ratio ``span`` (about a factor 3 per panel)."""
    return int(math.ceil(math.log(span) / math.log(3.0))) + 1


def tt_thermal_factor(reduced_temperature):
    """F(tau) = int int dx dy e^(-x-y) f(x, y) with f the Eq. (81) ratio at T = tau T_g.

    Parameters
    ----------
    reduced_temperature : float
        tau = T/T_g (> 0).

    Returns
    -------
    float
        1 at tau -> 0 (the T = 0 "vacuum energy"); the T-dependent part is computed as
        F - 1 = -2 int int e^(-x-y) [x phi(x) - y phi(y)]/(x^2 - y^2), phi = 1/(e^(x/tau) + 1),
        with s = x + y, v = x/s (Gauss-Legendre on geometric panels; x = y is regular).

    Notes
    -----
    Eq. (81) averaged over the density of states of Eq. (34) (eps > 0), Sec. VI, l.941.
    """
    tau = float(reduced_temperature)
    nodes, weights = np.polynomial.legendre.leggauss(48)
    # geometric panels: s = x + y from tau/10 to 40 (e^-40 ~ 4e-18), v = x/s in [0, 1/2]
    # (the integrand is symmetric in x <-> y) from 1e-3 tau/40, so that the thermal edge
    # x ~ tau is resolved at every s
    s_edges = np.concatenate(([0.0], np.geomspace(0.1 * tau, 40.0, _panels(400.0 / tau))))
    v_edges = np.concatenate(([0.0], np.geomspace(2.5e-5 * tau, 0.5, _panels(2e4 / tau))))
    total = 0.0
    for s0, s1 in zip(s_edges[:-1], s_edges[1:]):
        s = 0.5 * (s1 - s0) * nodes + 0.5 * (s1 + s0)
        ws = 0.5 * (s1 - s0) * weights
        for v0, v1 in zip(v_edges[:-1], v_edges[1:]):
            v = 0.5 * (v1 - v0) * nodes + 0.5 * (v1 + v0)
            wv = 0.5 * (v1 - v0) * weights
            ss, vv = np.meshgrid(s, v, indexing="ij")
            x, y = ss * vv, ss * (1.0 - vv)
            num = x / (np.exp(np.minimum(x / tau, 700.0)) + 1.0)
            num = num - y / (np.exp(np.minimum(y / tau, 700.0)) + 1.0)
            integrand = np.exp(-ss) * num / ((x - y) * (x + y)) * ss
            total += np.sum(ws[:, None] * wv[None, :] * integrand)
    return 1.0 - 2.0 * 2.0 * total


def tt_thermal_factor_printed(reduced_temperature, sign=1.0):
    """The paper's low-T expansion 1 + sign (pi tau)^2 ln(1/tau)/3.

    Parameters
    ----------
    reduced_temperature : float or array_like
        tau = T/T_g.
    sign : float, optional
        +1 as printed (l.941); -1 is what `tt_thermal_factor` gives (errata).

    Returns
    -------
    float or ndarray

    Notes
    -----
    Sec. VI, l.941.
    """
    tau = np.asarray(reduced_temperature, dtype=float)
    return 1.0 + sign * (math.pi * tau) ** 2 * np.log(1.0 / tau) / 3.0


def tt_free_energy_density(temperature_k, glass_temperature_k, a, xi):
    """TLS-TLS free energy per volume, -(2/3)(k_B T_g/xi^3)(a/xi)^6 F(T/T_g), in J/m^3.

    Parameters
    ----------
    temperature_k : float
        T in kelvin.
    glass_temperature_k : float
        T_g in kelvin.
    a, xi : float
        Bead and mosaic sizes in metres.

    Returns
    -------
    float

    Notes
    -----
    Eq. (81) summed over sites (`coupling_volume_integral`) and over both energies with the
    density of Eq. (34): (1/(T_g xi^3))^2 T_g F(tau), Sec. VI, l.941 (printed (g/xi)^6,
    read (a/xi)^6).
    """
    n0 = 1.0 / (units.K_B * glass_temperature_k * xi**3)
    return (
        -(n0**2)
        * coupling_volume_integral(glass_temperature_k, a, xi)
        * units.K_B
        * glass_temperature_k
        * tt_thermal_factor(temperature_k / glass_temperature_k)
    )


def noninteracting_free_energy_density(temperature_k, glass_temperature_k, xi):
    """Free energy per volume of non-interacting TLS, -(pi^2/12) k_B T^2/(T_g xi^3).

    Parameters
    ----------
    temperature_k, glass_temperature_k : float or array_like
        T and T_g in kelvin (T << T_g).
    xi : float
        Mosaic size in metres.

    Returns
    -------
    float or ndarray
        In J/m^3 (int_0^inf ln(1 + e^-x) dx = pi^2/12).

    Notes
    -----
    Sec. VI, l.921, with the density of states of Eq. (34) and E = 0 as reference.
    """
    t = np.asarray(temperature_k, dtype=float)
    return -(math.pi**2 / 12.0) * units.K_B * t**2 / (glass_temperature_k * xi**3)


def bulk_modulus(rho, sound_speed):
    """K = rho c_s^2/3 of the scalar elasticity, in Pa.

    Parameters
    ----------
    rho, sound_speed : float
        Density (kg/m^3) and speed of sound (m/s).

    Returns
    -------
    float
        1.23e10 Pa for silica.

    Notes
    -----
    Sec. VI, l.909 (three single-polarization Hamiltonians of Eq. 15, Delta V/V = 3 Delta phi).
    """
    return rho * sound_speed**2 / 3.0


def volume_expansivity(volume_coefficient_derivative, modulus):
    """(1/V)(dV/dT)_p = -(dC/dT)/K for F/V = C(T) delta V/V + (K/2)(delta V/V)^2.

    Parameters
    ----------
    volume_coefficient_derivative : float or array_like
        dC/dT in J/(m^3 K), C the coefficient of delta V/V (twice |F/V at delta V = 0| for
        the r^-6 terms, l.897).
    modulus : float
        K in Pa.

    Returns
    -------
    float or ndarray
        The volume expansivity in 1/K (the linear one is a third of it, l.851).

    Notes
    -----
    Sec. VI, l.897-899 (dF/dV = 0 gives delta V/V = -C/K): Eqs. (75) and (79).
    """
    return -np.asarray(volume_coefficient_derivative) / modulus


def heat_capacity_density(temperature_k, glass_temperature_k, xi):
    """c_V = k_B T/(T_g xi^3) in J/(K m^3), the heat capacity used for gamma.

    Parameters
    ----------
    temperature_k, glass_temperature_k : float or array_like
        T and T_g in kelvin.
    xi : float
        Mosaic size in metres.

    Returns
    -------
    float or ndarray

    Notes
    -----
    The c_V that turns Eq. (75) into Eq. (76) and Eq. (79) into Eq. (80) (Sec. VI, without
    the pi^2/6 of a flat-density TLS heat capacity; errata).
    """
    return units.K_B * np.asarray(temperature_k) / (glass_temperature_k * xi**3)


def grueneisen_parameter(volume_expansivity_per_k, modulus, heat_capacity):
    """gamma = alpha_V K/c_V.

    Parameters
    ----------
    volume_expansivity_per_k : float or array_like
        (1/V)(dV/dT)_p in 1/K.
    modulus : float
        K in Pa.
    heat_capacity : float or array_like
        c_V in J/(K m^3) (`heat_capacity_density`).

    Returns
    -------
    float or ndarray

    Notes
    -----
    gamma = (dp/dT)_V/c_V with (dp/dT)_V = -(dp/dV)_T/(dT/dV)_p (Kittel 1956), Sec. VI,
    l.901: Eqs. (76) and (80).
    """
    return np.asarray(volume_expansivity_per_k) * modulus / np.asarray(heat_capacity)


def crossover_temperature(rr_density_at_1k, rt_density_at_1k):
    """Temperature where the ripplon-TLS expansivity equals the ripplon-ripplon one, in K.

    Parameters
    ----------
    rr_density_at_1k, rt_density_at_1k : float
        `rr_free_energy_density` and `rt_free_energy_density` at T = 1 K.

    Returns
    -------
    float
        F_rr ~ T^2 gives alpha ~ 2 F_rr(1K) T, F_rT ~ T gives alpha ~ F_rT(1K): they cross
        at T = F_rT(1K)/(2 F_rr(1K)); equal to the ratio rT/rr of l.925 at 1 K, in kelvin.

    Notes
    -----
    Sec. VI, l.925 (ratio about 1.2 at 1 K; the rT term dominates below).
    """
    return rt_density_at_1k / (2.0 * rr_density_at_1k)


def breakdown_temperature(rt_density_at_1k, glass_temperature_k, xi):
    """Temperature below which |delta F_rT| exceeds the non-interacting TLS free energy, in K.

    Parameters
    ----------
    rt_density_at_1k : float
        `rt_free_energy_density` at T = 1 K (linear in T).
    glass_temperature_k : float
        T_g in kelvin.
    xi : float
        Mosaic size in metres.

    Returns
    -------
    float
        T* with F_rT(T*) = F_0(T*), F_0 = `noninteracting_free_energy_density` ~ T^2.

    Notes
    -----
    Sec. VI, l.921 ("below 10^-3 T_g").
    """
    return rt_density_at_1k / noninteracting_free_energy_density(1.0, glass_temperature_k, xi)


def interaction_heat_capacity_suppression(xi_over_a, lindemann_ratio):
    """The paper's estimate 10 (a/xi)^5 (d_L/a)^2 of C_interaction/C_TLS.

    Parameters
    ----------
    xi_over_a : float
    lindemann_ratio : float
        d_L/a.

    Returns
    -------
    float
        1.5e-5 for (xi/a)^3 = 200, d_L/a = 0.1 ("~ 10^-4..5").

    Notes
    -----
    Sec. VI, l.945 (stated, not derived in the text).
    """
    return 10.0 * xi_over_a**-5 * lindemann_ratio**2


def phillips_bound(a_over_dl):
    """|gamma| < (12 ln2/pi^2)(a/d_L), the modified Phillips bound.

    Parameters
    ----------
    a_over_dl : float
        Inverse Lindemann ratio a/d_L.

    Returns
    -------
    float
        8.4 for a/d_L = 10.

    Notes
    -----
    Eq. (82), Sec. VI, l.955: Phillips (1973) with alpha_0 -> alpha_0 T/T_g.
    """
    return 12.0 * math.log(2.0) / math.pi**2 * a_over_dl


def phillips_bound_material(glass_temperature_k, rho, sound_speed, a):
    """12 g ln2/(pi^2 k_B T_g) with g from Eq. (18), the middle form of Eq. (82).

    Parameters
    ----------
    glass_temperature_k : float
        T_g in kelvin.
    rho, sound_speed, a : float
        Density, speed of sound and bead size (SI).

    Returns
    -------
    float
        (12 ln2/pi^2) sqrt(rho c_s^2 a^3/k_B T_g).

    Notes
    -----
    Eq. (82), Sec. VI, l.955, with ``coldglass.tls.phonon_coupling`` (Eq. 18).
    """
    g = tls.phonon_coupling(glass_temperature_k, rho, sound_speed, a)
    return phillips_bound(g / (units.K_B * glass_temperature_k))


def casimir_contributions(
    temperature_k,
    glass_temperature_k,
    debye_temperature_k,
    rho,
    sound_speed,
    a,
    xi,
    pair_sum,
    rt_coefficient,
):
    """Linear expansivities and Grueneisen parameters of the rr and rT terms vs temperature.

    Parameters
    ----------
    temperature_k : float or array_like
        T in kelvin.
    glass_temperature_k, debye_temperature_k : float
        T_g and T_D in kelvin.
    rho, sound_speed, a, xi : float
        Density, speed of sound, bead and mosaic sizes (SI).
    pair_sum : float
        Ripplon pair sum in 1/omega_D (`ripplon_pair_sum_printed` for the paper's values).
    rt_coefficient : float
        `rt_coefficient_printed` or `rt_coefficient_sum`.

    Returns
    -------
    dict of ndarray
        ``alpha_rr``, ``alpha_rt``, ``alpha_total`` (linear, 1/K: a third of the volume
        expansivity) and ``gamma_rr``, ``gamma_rt``, ``gamma_total``.

    Notes
    -----
    Eqs. (75), (76), (79), (80) of Sec. VI: F_rr ~ T^2 and F_rT ~ T enter F/V as
    (-1 + 2 delta V/V) times their delta V = 0 values (l.897, l.919), K = rho c_s^2/3
    (l.909), c_V = k_B T/(T_g xi^3) and alpha = (1/3V) dV/dT (l.851).
    """
    t = np.asarray(temperature_k, dtype=float)
    modulus = bulk_modulus(rho, sound_speed)
    f_rr = rr_free_energy_density(t, glass_temperature_k, debye_temperature_k, a, xi, pair_sum)
    f_rt = rt_free_energy_density(t, xi, rt_coefficient)
    # volume coefficient C = -2 F; C ~ T^2 (rr) and ~ T (rT) give dC/dT = 2C/T and C/T
    alpha_v_rr = volume_expansivity(-2.0 * 2.0 * f_rr / t, modulus)
    alpha_v_rt = volume_expansivity(-2.0 * f_rt / t, modulus)
    c_v = heat_capacity_density(t, glass_temperature_k, xi)
    out = {
        "alpha_rr": alpha_v_rr / 3.0,
        "alpha_rt": alpha_v_rt / 3.0,
        "gamma_rr": grueneisen_parameter(alpha_v_rr, modulus, c_v),
        "gamma_rt": grueneisen_parameter(alpha_v_rt, modulus, c_v),
    }
    out["alpha_total"] = out["alpha_rr"] + out["alpha_rt"]
    out["gamma_total"] = out["gamma_rr"] + out["gamma_rt"]
    return out
