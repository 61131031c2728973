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
* the level scheme of a tunnelling centre with its ripplon excitations (Fig. 14);
* friction and dispersion from the coupling to phonons, Sec. IV.F: the radiative width
  gamma_omega = (3 pi/2) T_g (omega/omega_D)^3 of Eq. (53), the shifted frequency
  omega_l(omega) of Eq. (54) with its principal-value integral in closed form and the
  cut-off smeared by delta omega_c = omega_c/sqrt(D) (l.681), and the Lorentzian-broadened
  spectrum of Eq. (55).

A ripplon *spectrum* is a pair (frequencies, weights): the discrete ladder
(omega_l, 2l + 1) of Eq. (33), or a grid omega'_j with weights
sum_l (2l+1) L_l(omega'_j) d omega'_j (Eq. 55). Every spectral sum sum_lm h(omega_lm) of
the heat capacity and the scattering densities is then sum_j w_j h(omega_j).

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
    "discrete_spectrum",
    "radiative_width",
    "shift_integral",
    "frequency_shift",
    "shifted_frequency",
    "lorentzian_profile",
    "broadened_spectrum",
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


def discrete_spectrum(l_max=L_MAX, xi_over_a=rfot.XI_OVER_A_PRINTED):
    """The frictionless ripplon spectrum as (frequencies, weights) = (omega_l, 2l+1).

    Parameters
    ----------
    l_max : int
        Highest harmonic (9).
    xi_over_a : float
        xi/a.

    Returns
    -------
    tuple of ndarray
        (omega_l/omega_D, float degeneracies 2l+1) for l = 2..l_max.

    Notes
    -----
    Eq. (33) and sum_{l=2}^{9} (2l+1) = 96 of l.596 (Sec. IV.E), the spectrum of
    Eqs. (35)-(47) without the phonon coupling of Sec. IV.F.
    """
    _, freqs, degs = ripplon_ladder(l_max, xi_over_a)
    return freqs, degs.astype(float)


def radiative_width(omega, tg_over_wd):
    """Inverse lifetime gamma_omega = (3 pi/2) T_g (omega/omega_D)^3 of a ripplon, Eq. (53).

    Parameters
    ----------
    omega : float or array_like
        omega/omega_D.
    tg_over_wd : float
        k_B T_g/(hbar omega_D).

    Returns
    -------
    float or ndarray
        hbar gamma_omega/(hbar omega_D).

    Notes
    -----
    Eq. (53), Sec. IV.F, l.675: g^2 (omega/c_s)^3/(4 pi rho c_s^2) with
    g^2 = rho c_s^2 a^3 k_B T_g (Sec. III.B) and a^3 = 6 pi^2 (c_s/omega_D)^3. The cubic law
    is also used above omega_c (l.689).
    """
    omega = np.asarray(omega, dtype=float)
    return 1.5 * math.pi * tg_over_wd * omega**3


def shift_integral(w):
    """I(w) = P int_0^1 u^3 du/(u - w), the principal-value integral of Eq. (54).

    Parameters
    ----------
    w : float or array_like
        omega/omega_c, w >= 0.

    Returns
    -------
    float or ndarray
        1/3 + w/2 + w^2 + w^3 ln|(1 - w)/w|: 1/3 at w = 0, positive for small w, negative
        at large w (-> -1/(4w)), logarithmically singular at w = 1.

    Notes
    -----
    Eq. (54), Sec. IV.F, l.679-681 ("positive for sufficiently small omega, but turns
    negative at a frequency which is a multiple of omega_c"); u^3/(u - w) =
    u^2 + w u + w^2 + w^3/(u - w) integrated term by term.
    """
    w = np.asarray(w, dtype=float)
    with np.errstate(divide="ignore"):
        log_term = np.where(w > 0.0, w**3 * np.log(np.abs(1.0 - w) / np.where(w > 0, w, 1.0)), 0.0)
    return 1.0 / 3.0 + w / 2.0 + w**2 + log_term


def frequency_shift(omega, tg_over_wd, omega_c, fragility=None, nodes=96):
    """Dispersive shift omega_l - omega_l(omega) = (3/2) T_g (omega_c/omega_D)^3 I(omega/omega_c).

    Parameters
    ----------
    omega : float or array_like
        omega/omega_D.
    tg_over_wd : float
        k_B T_g/(hbar omega_D).
    omega_c : float
        Phonon cut-off omega_c/omega_D (1.8 (a/xi) for Fig. 19, l.691).
    fragility : float or None
        D; if given, the cut-off is smeared by a Gaussian of width omega_c/sqrt(D) (l.681)
        and the shift is averaged over it (Gauss-Legendre on +-6 widths, split at the
        logarithmic singularity omega_c' = omega); None: the sharp cut-off.
    nodes : int
        Gauss-Legendre nodes per side of the singularity.

    Returns
    -------
    float or ndarray
        The shift in omega_D (independent of l).

    Notes
    -----
    Eq. (54), second line, Sec. IV.F, l.679: the first line of Eq. (54) lacks the factor
    k_c^3 = (omega_c/c_s)^3 (errata). The shift scales as omega_c^3 and with T_g, the
    source of the non-universality of the plateau (l.691).
    """
    omega = np.asarray(omega, dtype=float)

    def sharp(cut):
        return 1.5 * tg_over_wd * cut**3 * shift_integral(omega / cut)

    if fragility is None:
        return sharp(omega_c)
    width = omega_c / math.sqrt(fragility)
    lo, hi = max(omega_c - 6.0 * width, 1e-12), omega_c + 6.0 * width
    x, wts = np.polynomial.legendre.leggauss(nodes)
    flat = np.atleast_1d(omega).ravel()
    out = np.empty(flat.shape)
    for i, om in enumerate(flat):
        edges = [lo, om, hi] if lo < om < hi else [lo, hi]
        total, norm = 0.0, 0.0
        for a, b in zip(edges[:-1], edges[1:]):
            cut = 0.5 * (b - a) * x + 0.5 * (a + b)
            gauss = wts * np.exp(-0.5 * ((cut - omega_c) / width) ** 2) * 0.5 * (b - a)
            total += np.sum(gauss * 1.5 * tg_over_wd * cut**3 * shift_integral(om / cut))
            norm += np.sum(gauss)
        out[i] = total / norm
    return out.reshape(np.shape(omega)) if np.ndim(omega) else float(out[0])


def shifted_frequency(omega, omega_l, tg_over_wd, omega_c, fragility=None):
    """omega_l(omega) = omega_l - (3/2) T_g (omega_c/omega_D)^3 I(omega/omega_c), Eq. (54).

    Parameters
    ----------
    omega : float or array_like
        omega/omega_D.
    omega_l : float
        Bare ripplon frequency (Eq. 33).
    tg_over_wd, omega_c, fragility : float
        See ``frequency_shift``.

    Returns
    -------
    float or ndarray
        omega_l(omega)/omega_D.

    Notes
    -----
    Eq. (54), Sec. IV.F.
    """
    return omega_l - frequency_shift(omega, tg_over_wd, omega_c, fragility)


def lorentzian_profile(omega, omega_l, tg_over_wd, omega_c, fragility=None):
    """The broadened line (gamma/pi)/([omega - omega_l(omega)]^2 + gamma^2) of Eq. (55).

    Parameters
    ----------
    omega : array_like
        omega/omega_D.
    omega_l : float
        Bare ripplon frequency.
    tg_over_wd, omega_c, fragility : float
        See ``frequency_shift``.

    Returns
    -------
    ndarray
        L_l(omega) in 1/omega_D (not renormalised: its integral over omega > 0 is not
        exactly 1 with omega-dependent gamma and shift; the review is silent on it).

    Notes
    -----
    Eq. (55), Sec. IV.F, with gamma_omega of Eq. (53) and omega_l(omega) of Eq. (54).
    """
    omega = np.asarray(omega, dtype=float)
    gamma = radiative_width(omega, tg_over_wd)
    centre = shifted_frequency(omega, omega_l, tg_over_wd, omega_c, fragility)
    return gamma / math.pi / ((omega - centre) ** 2 + gamma**2)


def broadened_spectrum(
    tg_over_wd,
    omega_c,
    fragility=None,
    omega_min=1e-4,
    omega_max=10.0,
    points=2000,
    l_max=L_MAX,
    xi_over_a=rfot.XI_OVER_A_PRINTED,
):
    """Ripplon spectrum with friction and dispersion, Eq. (55), as (frequencies, weights).

    Parameters
    ----------
    tg_over_wd : float
        k_B T_g/(hbar omega_D) (2, 3.5, 5 in Figs. 19-20).
    omega_c : float
        Cut-off omega_c/omega_D.
    fragility : float or None
        D of the cut-off smearing (``frequency_shift``).
    omega_min, omega_max : float
        Ends of the log-spaced grid (omega_D).
    points : int
        Grid points.
    l_max, xi_over_a :
        The bare ladder (Eq. 33).

    Returns
    -------
    tuple of ndarray
        (omega_j, w_j) with w_j = sum_l (2l+1) L_l(omega_j) d omega_j (trapezoid cells in
        omega); sum_j w_j is the total (unnormalised) number of modes.

    Notes
    -----
    Eq. (55), Sec. IV.F, l.685: sum_l int d omega delta(omega - omega_l) is replaced by
    the Lorentzian profiles; used in Eqs. (36), (39)-(41) and (44)-(47) (Figs. 15, 18-20).
    """
    grid = np.geomspace(omega_min, omega_max, points)
    cell = np.gradient(grid)
    shift = frequency_shift(grid, tg_over_wd, omega_c, fragility)
    gamma = radiative_width(grid, tg_over_wd)
    _, freqs, degs = ripplon_ladder(l_max, xi_over_a)
    profile = np.zeros_like(grid)
    for w_l, d_l in zip(freqs, degs):
        profile += d_l * gamma / math.pi / ((grid - (w_l - shift)) ** 2 + gamma**2)
    return grid, profile * cell
