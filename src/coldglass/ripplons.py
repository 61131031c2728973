"""Domain-wall vibrations ("ripplons") of the RFOT mosaic.

Lubchenko & Wolynes review (arXiv:cond-mat/0506708, "quantum_theory"), Sec. IV.B-C:

* the wall mass M_w = m (xi/a)^2 (d_L/a)^2 ~ m/3 and the barrier-top frequency
  omega^ddagger ~ 1.6 (a/xi) omega_D of Eq. (29) (computed in ``coldglass.rfot``, reused
  here), with the crossover temperature T' = hbar omega^ddagger / (2 pi k_B) (l.457);
* the surface modes of a spherical membrane filled with a ghost gas, Eq. (30) with the
  spherical-Bessel "cotangent" cot[alpha_l(z)] (Fig. 13), their rho_g -> 0 limit Eq. (31)
  and the 9/8 correction of Eq. (32) from sigma(R) ~ R^(-1/2);
* the ripplon ladder omega_l ~ 1.34 omega_D (a/xi)^(5/4) sqrt((l-1)(l+2)/4), Eq. (33),
  l = 2 .. l_max with l_max ~ 9-10 (l.503), each (2l+1)-fold degenerate;
* the level scheme of a tunnelling centre with its ripplon excitations (Fig. 14).

Units: frequencies in omega_D, temperatures in T_D = hbar omega_D/k_B (hbar = k_B = 1),
lengths in the bead size a, energies of the membrane in k_B T_g where stated.
"""

import itertools
import math

import numpy as np
from scipy import optimize, special

from coldglass import rfot

__all__ = [
    "L_MAX",
    "barrier_top_frequency",
    "crossover_temperature",
    "domain_radius",
    "surface_tension",
    "curvature_factor",
    "cot_alpha",
    "membrane_rhs",
    "membrane_eigenvalues",
    "membrane_frequency_limit",
    "ripplon_prefactor",
    "ripplon_frequency",
    "ripplon_ladder",
    "max_harmonic",
    "ripplon_levels",
]

#: Highest ripplon harmonic the review keeps: l = 2..9 (l.503, sum (2l+1) = 96 at l.596).
L_MAX = 9


def barrier_top_frequency(xi_over_a=rfot.XI_OVER_A_PRINTED):
    """Frequency omega^ddagger of the wall motion at the tunnelling-barrier top, Eq. (29).

    Parameters
    ----------
    xi_over_a : float
        Cooperative length xi/a (5.8 printed, l.189).

    Returns
    -------
    float
        omega^ddagger / omega_D = c (a/xi), c = ``rfot.barrier_top_frequency_coefficient``
        (1.67; the review prints ~1.6).

    Notes
    -----
    Eq. (29), Sec. IV.B, l.457: sqrt(|V''(r)|/M_w) at the top of the tunnelling barrier of
    Eq. (12), with the wall mass M_w = (xi/a)^2 k_B T_g/c_s^2 of l.453.
    """
    return rfot.barrier_top_frequency_coefficient() / xi_over_a


def crossover_temperature(xi_over_a=rfot.XI_OVER_A_PRINTED):
    """Crossover T' = hbar omega^ddagger/(2 pi k_B) to activated wall motion, Sec. IV.B.

    Parameters
    ----------
    xi_over_a : float
        Cooperative length xi/a.

    Returns
    -------
    float
        T'/T_D.

    Notes
    -----
    Quantum transition-state theory without damping (Wolynes 1981), l.457 of Sec. IV.B,
    with omega^ddagger of Eq. (29) (``barrier_top_frequency``). The review's second form
    (a/xi) T_D/(2 pi) drops the prefactor 1.6 of Eq. (29).
    """
    return barrier_top_frequency(xi_over_a) / (2.0 * math.pi)


def domain_radius(xi_over_a=rfot.XI_OVER_A_PRINTED):
    """Radius R = xi (3/4 pi)^(1/3) of the sphere of volume xi^3, Sec. IV.C.

    Parameters
    ----------
    xi_over_a : float
        Cooperative length xi/a.

    Returns
    -------
    float
        R/a.

    Notes
    -----
    Sec. IV.C, l.474 (the radius the long-wavelength ripples sense).
    """
    return xi_over_a * (3.0 / (4.0 * math.pi)) ** (1.0 / 3.0)


def surface_tension(r_over_a, lindemann_ratio=rfot.LINDEMANN_RATIO):
    """Mosaic surface tension sigma(R) = (3/4)(k_B T_g/a^2) L (a/R)^(1/2), Sec. IV.C.

    Parameters
    ----------
    r_over_a : float or array_like
        R/a.
    lindemann_ratio : float
        d_L/a.

    Returns
    -------
    float or ndarray
        sigma a^2/(k_B T_g).

    Notes
    -----
    Sec. IV.C, l.474 (Xia and Wolynes 2000), with L = ln((a/d_L)^2/(pi e)) of
    ``rfot.localization_log``.
    """
    return 0.75 * rfot.localization_log(lindemann_ratio) / np.sqrt(np.asarray(r_over_a, float))


def curvature_factor(tension_exponent=0.5):
    """Factor multiplying Eq. (31) when sigma(R) ~ R^(-nu): (1 + nu)(2 - nu)/2.

    Parameters
    ----------
    tension_exponent : float
        nu in sigma ~ R^(-nu) (1/2 for the mosaic, 0 for a constant tension).

    Returns
    -------
    float
        9/8 at nu = 1/2, 1 at nu = 0.

    Notes
    -----
    Sec. IV.C, l.493-497 (Eq. 32): F_surf = 4 pi sigma R^2 ~ R^(2 - nu) gives the pressure
    p = (2 - nu) sigma/R ~ R^(-1-nu); its variation with R is (1 + nu)(2 - nu) sigma/R^2,
    against 2 sigma/R^2 for a constant tension.
    """
    nu = float(tension_exponent)
    return (1.0 + nu) * (2.0 - nu) / 2.0


def cot_alpha(ell, z):
    """cot[alpha_l(z)] = (-l + z j_{l+1}(z)/j_l(z))^(-1), the left side of Eq. (30).

    Parameters
    ----------
    ell : int
        Harmonic, l >= 2.
    z : float or array_like
        omega R/c_g.

    Returns
    -------
    float or ndarray
        cot[alpha_l(z)]; -1/l at z -> 0, poles at the zeros of j_l'.

    Notes
    -----
    Definition below Eq. (30), Sec. IV.C, l.483; equal to -j_l(z)/(z j_l'(z)). Drawn in
    Fig. 13 for l = 2.
    """
    z = np.asarray(z, dtype=float)
    jl = special.spherical_jn(ell, z)
    jl1 = special.spherical_jn(ell + 1, z)
    with np.errstate(divide="ignore", invalid="ignore"):
        out = 1.0 / (-ell + z * jl1 / jl)
    return np.where(z == 0.0, -1.0 / ell, out)


def membrane_rhs(ell, z, mass_ratio, tension_ratio):
    """Right side of Eq. (30) in the variable z = omega R/c_g.

    Parameters
    ----------
    ell : int
        Harmonic, l >= 2.
    z : float or array_like
        omega R/c_g.
    mass_ratio : float
        p = rho_W/(rho_g R).
    tension_ratio : float
        s = sigma/(rho_g R c_g^2).

    Returns
    -------
    float or ndarray
        p - (l-1)(l+2) s/z^2.

    Notes
    -----
    Eq. (30), Sec. IV.C, l.481, with (omega R)^2 = z^2 c_g^2.
    """
    z = np.asarray(z, dtype=float)
    return mass_ratio - (ell - 1) * (ell + 2) * tension_ratio / z**2


def membrane_eigenvalues(ell, mass_ratio, tension_ratio, z_max, samples=20000):
    """Solutions z = omega R/c_g of Eq. (30) on (0, z_max], in increasing order.

    Parameters
    ----------
    ell : int
        Harmonic, l >= 2.
    mass_ratio, tension_ratio : float
        p = rho_W/(rho_g R) and s = sigma/(rho_g R c_g^2) (see ``membrane_rhs``).
    z_max : float
        Upper end of the search.
    samples : int
        Grid on which sign changes are bracketed before ``brentq``.

    Returns
    -------
    ndarray
        The roots; the first is the membrane's proper mode, the others standing sound
        waves in the gas (l.487-489).

    Notes
    -----
    Eq. (30), Sec. IV.C. The difference cot[alpha_l(z)] - rhs(z) changes sign at its roots
    and at the poles of cot[alpha_l] (zeros of j_l'); brackets containing a pole (where
    the difference jumps) are discarded.
    """

    def diff(z):
        return cot_alpha(ell, z) - membrane_rhs(ell, z, mass_ratio, tension_ratio)

    z = np.linspace(z_max / samples, z_max, samples)
    d = diff(z)
    roots = []
    for i in np.nonzero(np.sign(d[:-1]) != np.sign(d[1:]))[0]:
        if not (np.isfinite(d[i]) and np.isfinite(d[i + 1])):
            continue
        root = optimize.brentq(diff, z[i], z[i + 1], xtol=1e-14, rtol=1e-14)
        if abs(diff(root)) < 1e-6 * (1.0 + abs(mass_ratio)):
            roots.append(root)
    return np.array(roots)


def membrane_frequency_limit(ell, tension, wall_density, radius, tension_exponent=0.0):
    """Proper membrane frequency in the rho_g -> 0 limit, Eqs. (31)-(32).

    Parameters
    ----------
    ell : int or array_like
        Harmonic, l >= 2.
    tension : float
        sigma.
    wall_density : float
        rho_W, mass per unit area.
    radius : float
        R.
    tension_exponent : float
        nu of sigma ~ R^(-nu): 0 gives Eq. (31), 1/2 Eq. (32).

    Returns
    -------
    float or ndarray
        omega_l in the units of sqrt(sigma/(rho_W R^2)).

    Notes
    -----
    omega_l^2 = f(nu) (l-1)(l+2) sigma/(rho_W R^2), f = ``curvature_factor``; Eq. (31)
    (f = 1) and Eq. (32) (f = 9/8), Sec. IV.C, l.491-499.
    """
    ell = np.asarray(ell, dtype=float)
    factor = curvature_factor(tension_exponent)
    return np.sqrt(factor * (ell - 1.0) * (ell + 2.0) * tension / (wall_density * radius**2))


def ripplon_prefactor(lindemann_ratio=rfot.LINDEMANN_RATIO):
    """Coefficient 1.34 of Eq. (33): omega_l = C omega_D (a/xi)^(5/4) sqrt((l-1)(l+2)/4).

    Parameters
    ----------
    lindemann_ratio : float
        d_L/a.

    Returns
    -------
    float
        C = sqrt((9/8)(3/4) L 4) (4 pi/3)^(5/12) (6 pi^2)^(-1/3) = 1.343.

    Notes
    -----
    Eq. (33), l.501: Eq. (32) with sigma(R) of l.474, rho_W = (d_L/a)^2 rho a (l.453),
    T_g = rho c_s^2 a^3 (d_L/a)^2 (Sec. III.B), R = xi (3/4 pi)^(1/3) and
    omega_D = (6 pi^2)^(1/3) c_s/a.
    """
    big_l = rfot.localization_log(lindemann_ratio)
    return (
        math.sqrt(curvature_factor(0.5) * 0.75 * big_l * 4.0)
        * (4.0 * math.pi / 3.0) ** (5.0 / 12.0)
        / (6.0 * math.pi**2) ** (1.0 / 3.0)
    )


def ripplon_frequency(ell, xi_over_a=rfot.XI_OVER_A_PRINTED, lindemann_ratio=rfot.LINDEMANN_RATIO):
    """Ripplon frequency omega_l/omega_D of Eq. (33).

    Parameters
    ----------
    ell : int or array_like
        Harmonic, l >= 2.
    xi_over_a : float
        xi/a (5.8 printed).
    lindemann_ratio : float
        d_L/a.

    Returns
    -------
    float or ndarray
        omega_l/omega_D = 1.343 (a/xi)^(5/4) sqrt((l-1)(l+2)/4); 0.149 at l = 2.

    Notes
    -----
    Eq. (33), Sec. IV.C, l.501 ("~ 0.15 omega_D sqrt((l-1)(l+2)/4)").
    """
    ell = np.asarray(ell, dtype=float)
    return (
        ripplon_prefactor(lindemann_ratio)
        * xi_over_a ** (-1.25)
        * np.sqrt((ell - 1.0) * (ell + 2.0) / 4.0)
    )


def ripplon_ladder(l_max=L_MAX, xi_over_a=rfot.XI_OVER_A_PRINTED):
    """The ripplon modes l = 2..l_max: frequencies and degeneracies.

    Parameters
    ----------
    l_max : int
        Highest harmonic (9, l.503).
    xi_over_a : float
        xi/a.

    Returns
    -------
    tuple of ndarray
        (l, omega_l/omega_D, 2l+1).

    Notes
    -----
    Eq. (33) and l.503 of Sec. IV.C; each mode (2l+1)-fold degenerate (Eq. 32, l.499).
    """
    ell = np.arange(2, l_max + 1)
    return ell, ripplon_frequency(ell, xi_over_a), 2 * ell + 1


def max_harmonic(n_star=rfot.N_STAR_PRINTED):
    """Highest harmonic the discrete mosaic supports, pi (3 N*/4 pi)^(1/3) (R - a/2)/R.

    Parameters
    ----------
    n_star : float
        N* (190 printed, l.189); R = (3 N*/4 pi)^(1/3) a is the radius of the domain.

    Returns
    -------
    float
        pi (R/a - 1/2) = 9.63 for N* = 190 ("9.10", read 9-10, l.503).

    Notes
    -----
    Sec. IV.C, l.503.
    """
    r = (3.0 * n_star / (4.0 * math.pi)) ** (1.0 / 3.0)
    return math.pi * r * (r - 0.5) / r


def ripplon_levels(epsilon, frequencies, degeneracies, max_quanta=2, e_max=np.inf):
    """Levels epsilon + sum_l n_l omega_l of a tunnelling centre with its ripplons (Fig. 14).

    Parameters
    ----------
    epsilon : float
        Energy of the alternative internal state.
    frequencies : array_like
        omega_l of the modes (Eq. 33).
    degeneracies : array_like of int
        2l+1 of each mode.
    max_quanta : int
        Highest total number of ripplon quanta listed.
    e_max : float
        Levels above e_max are dropped.

    Returns
    -------
    list of tuple
        (energy, occupation tuple n_l, degeneracy), sorted by energy; the first entry is
        the bare state (epsilon, (0, ...), 1).

    Notes
    -----
    The spectrum of the partition function Eq. (35), Sec. IV.C (Fig. 14): each l-mode is a
    (2l+1)-fold harmonic oscillator on top of the alternative state; the degeneracy of an
    occupation n_l is prod_l C(n_l + 2l, 2l) (bosons in 2l+1 states).
    """
    freqs = np.asarray(frequencies, dtype=float)
    degs = np.asarray(degeneracies, dtype=int)
    out = []
    for occ in itertools.product(range(max_quanta + 1), repeat=len(freqs)):
        if sum(occ) > max_quanta:
            continue
        energy = epsilon + float(np.dot(occ, freqs))
        if energy > e_max:
            continue
        g = 1
        for n, d in zip(occ, degs):
            g *= math.comb(n + d - 1, d - 1)
        out.append((energy, occ, g))
    return sorted(out, key=lambda t: t[0])
