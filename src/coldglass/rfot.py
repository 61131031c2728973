"""Random first-order transition (RFOT) constants at the glass transition.

Lubchenko & Wolynes review (arXiv:cond-mat/0506708, "quantum_theory"):

* Lindemann ratio d_L/a ~ 0.1 (l.174); alpha_L a^2 = (a/d_L)^2.
* L = ln(alpha_L a^2 / (pi e)), the localisation entropy log (l.174-178).
* gamma = (3/2) sqrt(3 pi) k_B T_g L, the mismatch-energy coefficient (l.178).
* 1 hour ~ 1e17 tau_0 (l.180), so Lambda = ln(tau/tau_0) = ln 1e17 = 39.14.
* Droplet free energy F(N) = gamma sqrt(N) - T s_c N (Eq. 6); barrier
  F^\\ddagger = gamma^2/(4 s_c T) (Eq. 7) equals k_B T_g Lambda at T_g, which fixes
  s_c(T_g) ~ 0.82 k_B (l.180, l.204).
* F(N*) = 0 gives N* = (gamma/(T s_c))^2 ~ 190 and xi = N*^(1/3) a ~ 5.8 a (l.189;
  the printed prefactor 8/(3 sqrt(3) pi) must read 8/(3 sqrt(3 pi)), see the
  quantum_theory errata).

Further down: the droplet profile and its saddle (Eqs. 6-7), the Vogel-Fulcher
coefficient D = 32 R/Delta c_p and the fragility index m(D) (l.178, l.219), the barrier
width 1/(2 sqrt D) (l.195), m ~ 19/x_NMT (l.219), the REM library of the frozen glass and
the tunnelling-barrier statistics (Eqs. 9-14: N^ddagger ~ 14, V_max ~ 26 T_g s_c, the
zero-barrier fraction ~ 3e-7), and the domain-wall mass and barrier-top frequency of
Sec. IV.B (l.453-457) that set the exponent c of Eq. (22).

Energies are in units of k_B T_g and entropies in units of k_B unless a function says
otherwise: the constants are universal numbers in these units.
"""

import math

__all__ = [
    "region_levels",
    "lowest_path_barrier",
    "LINDEMANN_RATIO",
    "TAU_OVER_TAU0_AT_TG",
    "XI_OVER_A_PRINTED",
    "N_STAR_PRINTED",
    "XI_CUBED_PRINTED",
    "log_time_ratio",
    "localization_log",
    "mismatch_coefficient",
    "configurational_entropy_at_tg",
    "cooperative_region_size",
    "xi_over_a",
    "NMT_PREFACTOR_PRINTED",
    "droplet_free_energy",
    "droplet_transition_size",
    "droplet_barrier",
    "vogel_fulcher_coefficient",
    "fragility_index",
    "fragility_d_from_index",
    "barrier_relative_width",
    "nmt_fragility",
    "frozen_entropy_nmt_product",
    "rem_variance_coefficient",
    "library_centre",
    "library_width",
    "rem_log_density",
    "ground_state_energy",
    "TUNNELLING_FACTOR",
    "tunnelling_threshold",
    "tunnelling_transition_size",
    "tunnelling_barrier_max",
    "zero_barrier_exponent",
    "zero_barrier_fraction",
    "barrier_density",
    "wall_mass_ratio",
    "barrier_top_frequency_coefficient",
    "edge_levels",
]

#: d_L/a, "approximately one-tenth (universally!)" (001 l.174; 000 l.25).
LINDEMANN_RATIO = 0.1
#: tau/tau_0 at T_g on the 1 hour laboratory time scale (001 l.180).
TAU_OVER_TAU0_AT_TG = 1e17
#: Rounded values the papers print and then use in later estimates.
XI_OVER_A_PRINTED = 5.8  # 001 l.189, 000 l.25 ("5-6")
N_STAR_PRINTED = 190.0  # 001 l.189
XI_CUBED_PRINTED = 200.0  # 000 l.25, 001 Sec. III.B


def log_time_ratio(tau_over_tau0=TAU_OVER_TAU0_AT_TG):
    """Lambda = ln(tau/tau_0); 39.14 for the 1 hour time scale (001 l.180)."""
    return math.log(tau_over_tau0)


def localization_log(lindemann_ratio=LINDEMANN_RATIO):
    """L = ln(alpha_L a^2/(pi e)) with alpha_L a^2 = (a/d_L)^2 (001 l.178); 2.460 at 0.1."""
    return math.log(lindemann_ratio**-2 / (math.pi * math.e))


def mismatch_coefficient(lindemann_ratio=LINDEMANN_RATIO):
    """gamma/(k_B T_g) = (3/2) sqrt(3 pi) L (001 l.178); 11.33 at d_L/a = 0.1."""
    return 1.5 * math.sqrt(3.0 * math.pi) * localization_log(lindemann_ratio)


def configurational_entropy_at_tg(
    lindemann_ratio=LINDEMANN_RATIO, tau_over_tau0=TAU_OVER_TAU0_AT_TG
):
    """s_c(T_g)/k_B from F^\\ddagger = gamma^2/(4 s_c T_g) = Lambda k_B T_g (Eq. 7, l.180).

    0.820 for the default inputs ("s_c ~ 0.8 k_B").
    """
    gamma = mismatch_coefficient(lindemann_ratio)
    return gamma**2 / (4.0 * log_time_ratio(tau_over_tau0))


def cooperative_region_size(lindemann_ratio=LINDEMANN_RATIO, tau_over_tau0=TAU_OVER_TAU0_AT_TG):
    """N* = (gamma/(T_g s_c))^2 from F(N*) = 0 in Eq. (6) (001 l.189); 191.0 by default.

    Equivalently N* = [8 Lambda / (3 sqrt(3 pi) L)]^2.
    """
    gamma = mismatch_coefficient(lindemann_ratio)
    s_c = configurational_entropy_at_tg(lindemann_ratio, tau_over_tau0)
    return (gamma / s_c) ** 2


def xi_over_a(lindemann_ratio=LINDEMANN_RATIO, tau_over_tau0=TAU_OVER_TAU0_AT_TG):
    """Cooperative length xi/a = N*^(1/3) (001 l.189); 5.759, printed as 5.8."""
    return cooperative_region_size(lindemann_ratio, tau_over_tau0) ** (1.0 / 3.0)


# ---------------------------------------------------------------------------------------
# Droplet growth (Sec. II, Eqs. 6-7) and the Vogel-Fulcher consequences (l.178-219).
# Energies in k_B T_g, entropies in k_B, sizes N in beads; `temperature` is T/T_g.
# ---------------------------------------------------------------------------------------

#: Prefactor of the NMT-fragility relation m ~ 19/x_NMT (001 l.219, from Lubchenko &
#: Wolynes, J. Chem. Phys. 121, 2852 (2004); not derived in the review).
NMT_PREFACTOR_PRINTED = 19.0


def _chain(gamma, s_c):
    """Defaults of the RFOT chain: gamma/(k_B T_g) and s_c(T_g)/k_B at the default inputs."""
    if gamma is None:
        gamma = mismatch_coefficient()
    if s_c is None:
        s_c = configurational_entropy_at_tg()
    return gamma, s_c


def droplet_free_energy(n, gamma=None, s_c=None, temperature=1.0):
    """F(N) = gamma sqrt(N) - T s_c N, the entropic-droplet profile (Eq. 6, l.151)."""
    import numpy as np

    gamma, s_c = _chain(gamma, s_c)
    n = np.asarray(n, dtype=float)
    return gamma * np.sqrt(n) - temperature * s_c * n


def droplet_transition_size(gamma=None, s_c=None, temperature=1.0):
    """N^ddagger = (gamma/(2 s_c T))^2, the saddle of Eq. (6) (l.162); N*/4 = 47.7 at T_g."""
    gamma, s_c = _chain(gamma, s_c)
    return (gamma / (2.0 * s_c * temperature)) ** 2


def droplet_barrier(gamma=None, s_c=None, temperature=1.0):
    """F^ddagger = gamma^2/(4 s_c T) (Eq. 7, l.164); 39.14 k_B T_g at T_g (l.279)."""
    gamma, s_c = _chain(gamma, s_c)
    return gamma**2 / (4.0 * s_c * temperature)


def vogel_fulcher_coefficient(lindemann_ratio=LINDEMANN_RATIO):
    """D Delta c_p / k_B = (27 pi/16) L^2 (l.178: "D = 32. R/Delta c_p"); 32.09.

    From F^ddagger/k_B T = gamma^2/(4 s_c T^2) with gamma proportional to T_K and
    s_c = Delta c_p (T - T_K)/T_K (l.97) near T_K: D T_K/(T - T_K).
    """
    return (mismatch_coefficient(lindemann_ratio) / 2.0) ** 2


def fragility_index(fragility_d, tau_over_tau0=TAU_OVER_TAU0_AT_TG):
    """Fragility index m for a Vogel-Fulcher liquid with T_0 = T_K (l.91, l.219).

    m = (1/T_g) d log10 tau / d(1/T) at T_g = (Lambda/ln 10)(1 + Lambda/D), with
    Lambda = ln(tau_g/tau_0). Not printed in the review: it is its l.219 definition applied
    to Eq. (1); m -> Lambda/ln 10 = 17.0 for strong liquids (D -> infinity).
    """
    lam = log_time_ratio(tau_over_tau0)
    return lam / math.log(10.0) * (1.0 + lam / fragility_d)


def fragility_d_from_index(m, tau_over_tau0=TAU_OVER_TAU0_AT_TG):
    """Inverse of `fragility_index`: D = Lambda^2/(m ln 10 - Lambda).

    Notes: the fragility index of l.219 inverted (see ``fragility_index``, l.91).
    """
    lam = log_time_ratio(tau_over_tau0)
    return lam**2 / (m * math.log(10.0) - lam)


def barrier_relative_width(
    fragility_d, lindemann_ratio=LINDEMANN_RATIO, tau_over_tau0=TAU_OVER_TAU0_AT_TG
):
    """delta F^ddagger / F^ddagger from <(delta S_c)^2> = C_p for a region of N* beads (l.195).

    F^ddagger is proportional to 1/s_c, so the relative width is
    sqrt(Delta c_p / N*)/s_c with Delta c_p = (D Delta c_p)/D (l.178). The review prints
    the result 1/(2 sqrt(D)); this function evaluates the chain numerically.
    """
    delta_cp = vogel_fulcher_coefficient(lindemann_ratio) / fragility_d
    n_star = cooperative_region_size(lindemann_ratio, tau_over_tau0)
    s_c = configurational_entropy_at_tg(lindemann_ratio, tau_over_tau0)
    return math.sqrt(delta_cp / n_star) / s_c


def nmt_fragility(x_nmt, prefactor=NMT_PREFACTOR_PRINTED):
    """m ~ 19/x_NMT, the RFOT aging prediction quoted at l.219 (Fig. 8)."""
    import numpy as np

    return prefactor / np.asarray(x_nmt, dtype=float)


def frozen_entropy_nmt_product(tau_over_tau0=TAU_OVER_TAU0_AT_TG):
    """m x_NMT if s_c and gamma stay frozen at their T_g values below T_g: Lambda/ln 10.

    Below T_g, ln tau = gamma^2/(4 s_c(T_g) T), whose activation energy is F^ddagger(T_g)
    = Lambda k_B T_g; Eq. (8) gives it as x_NMT Delta E* = x_NMT m ln10 k_B T_g. This
    simplest estimate (17.0) is ours; the review's 19 comes from the fuller aging theory
    of Lubchenko & Wolynes (2004), which the review does not give.
    """
    return log_time_ratio(tau_over_tau0) / math.log(10.0)


# ---------------------------------------------------------------------------------------
# Frozen glass: random-energy-model library and tunnelling barriers (Sec. III.A).
# ---------------------------------------------------------------------------------------


def rem_variance_coefficient(s_c=None):
    """delta E^2/(T_g^2 s_c) from d ln Omega_N/dE = 1/T_g at Omega_N(E_GS) = 1 (l.271).

    Solved numerically for gamma = 0 (Eqs. 9-10): the slope of ln Omega_N at its
    lower edge is sqrt(2 s_c/delta E^2) per bead-energy; the root of slope = 1 is found
    with brentq. The review's result is 2.
    """
    from scipy.optimize import brentq

    _, s_c = _chain(None, s_c)

    def slope_minus_one(variance):
        # ln Omega = s_c N - (E - N de)^2/(2 variance N); at its lower root E_GS the slope
        # -(E_GS - N de)/(variance N) = sqrt(2 s_c variance) N/(variance N).
        n = 1.0
        e_gs = -math.sqrt(2.0 * variance * n * s_c * n)  # relative to N de
        return -e_gs / (variance * n) - 1.0

    variance = brentq(slope_minus_one, 1e-6, 1e6, xtol=1e-14, rtol=1e-14)
    return variance / s_c


def library_centre(n, gamma=None, s_c=None):
    """Centre of the local library of N beads, N Delta eps + gamma sqrt(N) (Eq. 9).

    Delta eps = T_g s_c (l.271); energies in k_B T_g.
    """
    import numpy as np

    gamma, s_c = _chain(gamma, s_c)
    n = np.asarray(n, dtype=float)
    return s_c * n + gamma * np.sqrt(n)


def library_width(n, s_c=None, barrier=False):
    """Standard deviation sqrt(delta E^2 N) of Eq. (9), delta E^2 = 2 T_g^2 s_c (l.271);
    Eq. (12) for barriers doubles the variance (l.292)."""
    import numpy as np

    _, s_c = _chain(None, s_c)
    return np.sqrt(2.0 * s_c * (2.0 if barrier else 1.0) * np.asarray(n, dtype=float))


def rem_log_density(energy, n, gamma=None, s_c=None, barrier=False):
    """ln Omega_N(E) of the REM library (Eq. 9) or of barriers (Eq. 12 if barrier=True).

    Energies in k_B T_g; centre and width from ``library_centre`` and ``library_width``.
    """
    import numpy as np

    _, s_c = _chain(gamma, s_c)
    n = np.asarray(n, dtype=float)
    centre = library_centre(n, gamma, s_c)
    width = library_width(n, s_c, barrier)
    return s_c * n - (np.asarray(energy) - centre) ** 2 / (2.0 * width**2)


def ground_state_energy(n, gamma=None, s_c=None):
    """E_GS(N) = gamma sqrt(N) - T_g s_c N, the lowest state of a region (Eq. 11, l.275)."""
    return droplet_free_energy(n, gamma, s_c, temperature=1.0)


TUNNELLING_FACTOR = 2.0 * math.sqrt(2.0) - 1.0  #: 2 sqrt(2) - 1 of Eq. (13)


def tunnelling_threshold(n, gamma=None, s_c=None):
    """Barrier along the most probable path, V(N) = gamma sqrt(N) - (2 sqrt 2 - 1) s_c N.

    The lower edge Omega_N(V) = 1 of the barrier distribution Eq. (12) with
    delta E^2 = 2 T_g^2 s_c (black line of Fig. 10). In k_B T_g.
    """
    import numpy as np

    gamma, s_c = _chain(gamma, s_c)
    n = np.asarray(n, dtype=float)
    return gamma * np.sqrt(n) - TUNNELLING_FACTOR * s_c * n


def tunnelling_transition_size(gamma=None, s_c=None):
    """N^ddagger = [gamma/(2 (2 sqrt2 - 1) s_c)]^2, the top of `tunnelling_threshold`.

    14.28 at l.296.
    """
    gamma, s_c = _chain(gamma, s_c)
    return (gamma / (2.0 * TUNNELLING_FACTOR * s_c)) ** 2


def tunnelling_barrier_max(gamma=None, s_c=None):
    """V_max = F^ddagger/(2 sqrt 2 - 1) (Eq. 13); 21.41 k_B T_g = 26.11 T_g s_c."""
    gamma, s_c = _chain(gamma, s_c)
    return gamma**2 / (4.0 * TUNNELLING_FACTOR * s_c)


def zero_barrier_exponent(gamma=None, s_c=None):
    """V_max/(sqrt2 T_g), the exponent of Eq. (14) (printed "18 s_c"); 15.14 = 18.46 s_c."""
    return tunnelling_barrier_max(gamma, s_c) / math.sqrt(2.0)


def zero_barrier_fraction(gamma=None, s_c=None):
    """Fraction of zero-barrier paths per mosaic cell, exp(-V_max/sqrt2 T_g) (Eq. 14, l.304).

    2.66e-7 for the default chain (printed "~ e^{-18 s_c} ~ 3 10^-7").
    """
    return math.exp(-zero_barrier_exponent(gamma, s_c))


def barrier_density(v, gamma=None, s_c=None):
    """Omega(V^ddagger) = exp[(V - V_max)/(sqrt2 T_g)], transition-state barriers (Eq. 14)."""
    import numpy as np

    return np.exp(
        (np.asarray(v, dtype=float) - tunnelling_barrier_max(gamma, s_c)) / math.sqrt(2.0)
    )


# ---------------------------------------------------------------------------------------
# Domain-wall dynamics (Sec. IV.B, l.453-457), used for the exponent c of Eq. (22).
# ---------------------------------------------------------------------------------------


def wall_mass_ratio(xi_over_a_value=XI_OVER_A_PRINTED, lindemann_ratio=LINDEMANN_RATIO):
    """M_w/m = (xi/a)^2 (d_L/a)^2 (l.453); 0.336 with the printed xi/a = 5.8 ("m/3")."""
    return xi_over_a_value**2 * lindemann_ratio**2


def barrier_top_frequency_coefficient(gamma=None, s_c=None):
    """omega^ddagger/omega_D in units of a/xi, from Eq. (29) (l.457).

    V(N) of `tunnelling_threshold` written in r = a (3N/4pi)^(1/3); its curvature at the
    top, divided by the wall mass M_w = (xi/a)^2 k_B T_g/c_s^2 (l.453), with
    c_s/a = omega_D/(6 pi^2)^(1/3) (footnote 5). The review's Eq. (29) drops the square
    root (dimensions) and prints ~1.6; we obtain 1.67.
    """
    gamma, s_c = _chain(gamma, s_c)
    amp = gamma * math.sqrt(4.0 * math.pi / 3.0)
    slope = TUNNELLING_FACTOR * s_c * 4.0 * math.pi / 3.0
    x_top = (amp / (2.0 * slope)) ** (2.0 / 3.0)  # r/a at the barrier top
    curvature = 2.25 * amp / math.sqrt(x_top)  # |d^2V/dr^2| a^2/(k_B T_g)
    return math.sqrt(curvature) / (6.0 * math.pi**2) ** (1.0 / 3.0)


def edge_levels(n, count, rng, gamma=None, s_c=None):
    """The ``count`` lowest barrier levels available at size N near the edge of Eq. (12).

    Near its lower edge V_th(N) the barrier density of Eq. (12) is
    Omega_N(V) ~ exp[(V - V_th)/sqrt2] (slope 1/(sqrt2 T_g), as in Eq. 14), so the levels
    form a Poisson process whose k-th member sits at V_th + sqrt2 ln(Gamma_k), Gamma_k a
    sum of k unit exponentials. Used to draw the level ticks and the illustrative paths
    of Fig. 10; ``rng`` is a numpy Generator. Returns an array (count,) in k_B T_g.
    """
    import numpy as np

    gaps = rng.exponential(1.0, size=count)
    return float(tunnelling_threshold(n, gamma, s_c)) + math.sqrt(2.0) * np.log(np.cumsum(gaps))


def region_levels(sizes, count, rng, gamma=None, s_c=None):
    """The ``count`` lowest barrier levels at every size of one region (Eq. 12).

    Parameters
    ----------
    sizes : array_like
        Droplet sizes N (beads), one bead added per step (l.290).
    count : int
        Levels kept per size (the lowest ones).
    rng : numpy.random.Generator
        Independent draws at every size (the intermediate states of a path are distinct
        configurations).
    gamma, s_c : float, optional
        Chain constants (default: :func:`mismatch_coefficient`, s_c(T_g)).

    Returns
    -------
    numpy.ndarray
        (len(sizes), count) levels in k_B T_g, ascending along axis 1.

    Notes
    -----
    :func:`edge_levels` at every size. On average one level per size lies below the
    threshold V(N) of :func:`tunnelling_threshold` (the Poisson process has unit mean count
    below the edge Omega_N = 1), the discrete "thick lines" of the Fig. 10 caption; above
    it the spacing shrinks as exp[-(V - V(N))/sqrt2 T_g], the shaded quasi-continuum.
    """
    import numpy as np

    return np.array([edge_levels(n, count, rng, gamma, s_c) for n in np.asarray(sizes, float)])


def lowest_path_barrier(levels):
    """Barrier of the lowest-barrier path through a region's levels (Fig. 10, green line).

    Parameters
    ----------
    levels : array_like
        (sizes, count) ascending levels of :func:`region_levels`; any level at size N may
        be followed by any level at N + 1.

    Returns
    -------
    float
        max over N of the lowest level at N (the min-max path takes the lowest level at
        every size), in k_B T_g.

    Notes
    -----
    For one region this lies above V_max of Eq. (13) unless the region is rare: the
    lowest level at size N is V(N) + sqrt2 ln E with E a unit exponential, and the path
    must pass every size near N^ddagger. Eq. (14) is the statistics of exactly those
    rare low-barrier regions.
    """
    import numpy as np

    return float(np.max(np.asarray(levels, float)[:, 0]))
