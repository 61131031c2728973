"""Local energy landscape of a glass-forming liquid: the library of states.

Lubchenko & Wolynes review (seed 001_f0f1d8b79b002117.txt, key ``quantum_theory``).

* Random-energy-model library of a region of N beads, Eq. (9) (l.265):
  Omega_N(E) ~ exp{ s_c N - [E - (N Delta eps + gamma sqrt N)]^2 / (2 delta E^2 N) },
  with Delta eps = sqrt(2 delta E^2 s_c) - T_g s_c and delta E^2 = 2 T_g^2 s_c fixed by
  Omega_N(E_GS) = 1 (Eq. 10) and d ln Omega/dE = 1/T_g at E_GS (l.271).  Its lowest state
  is E_GS(N) = gamma sqrt N - T_g s_c N (Eq. 11), zero at N_0 = N^* (l.273).  This is the
  quantitative backbone of the lower panel of Fig. 3 (caption l.121).
* Tunnelling-barrier statistics, Eq. (12) (l.294): the same library with doubled variance;
  its threshold V_th(N) = gamma sqrt N - (2 sqrt 2 - 1) T_g s_c N peaks at N^ddagger ~ 14
  with V_max = F^ddagger/(2 sqrt 2 - 1) (Eq. 13).  Used for the transition-state contour
  of the Fig. 9 schematic.
* Fig. 2 is a schematic of the density-functional free energy f(alpha) of an aperiodic
  Gaussian density (l.103) near T_A; the paper gives no formula (the original is a DFT
  calculation in Lubchenko & Wolynes 2003b).  :func:`toy_localization_free_energy` is a
  labelled toy model: the ideal-gas localisation cost (3/2) ln(1 + alpha a^2/(pi e))
  (l.174-178 give its large-alpha form (3/2) ln(alpha a^2/(pi e))) minus a saturating
  cohesive gain A (1 - exp[-(alpha a^2/alpha_*)^p]).

Units: energies in k_B T_g (``T_g = 1``) and entropies in k_B unless stated; gamma is
gamma/(k_B T_g) as returned by :func:`coldglass.rfot.mismatch_coefficient`.
"""

import math

import numpy as np

from coldglass import rfot

# ---------------------------------------------------------------------------------------
# REM library of states, Eqs. (9)-(11)
# ---------------------------------------------------------------------------------------


def energy_variance_per_bead(s_c, T_g=1.0):
    """delta E^2 = 2 T_g^2 s_c, from d ln Omega_N/dE = 1/T_g at E_GS (l.271)."""
    return 2.0 * T_g**2 * s_c


def bulk_energy_offset(s_c, T_g=1.0):
    """Delta eps = sqrt(2 delta E^2 s_c) - T_g s_c (l.271), = T_g s_c with delta E^2 above."""
    return math.sqrt(2.0 * energy_variance_per_bead(s_c, T_g) * s_c) - T_g * s_c


def _defaults(s_c, gamma):
    if s_c is None:
        s_c = rfot.configurational_entropy_at_tg()
    if gamma is None:
        gamma = rfot.mismatch_coefficient()
    return s_c, gamma


def library_mean_energy(N, s_c=None, gamma=None, T_g=1.0):
    """Centre of the local library, N Delta eps + gamma sqrt N (Eq. 9)."""
    s_c, gamma = _defaults(s_c, gamma)
    N = np.asarray(N, float)
    return N * bulk_energy_offset(s_c, T_g) + gamma * T_g * np.sqrt(N)


def library_energy_width(N, s_c=None, T_g=1.0):
    """Standard deviation sqrt(delta E^2 N) of the Gaussian in Eq. (9)."""
    s_c, _ = _defaults(s_c, 0.0)
    return np.sqrt(energy_variance_per_bead(s_c, T_g) * np.asarray(N, float))


def library_log_density(E, N, s_c=None, gamma=None, T_g=1.0):
    """ln Omega_N(E) of Eq. (9): s_c N - [E - (N Delta eps + gamma sqrt N)]^2/(2 delta E^2 N).

    Defaults: s_c(T_g) = 0.82 and gamma = 11.33 k_B T_g from :mod:`coldglass.rfot`.  Values
    below zero mean fewer than one state: the region has no state at that energy.
    """
    s_c, gamma = _defaults(s_c, gamma)
    E = np.asarray(E, float)
    N = np.asarray(N, float)
    centre = library_mean_energy(N, s_c, gamma, T_g)
    var = energy_variance_per_bead(s_c, T_g) * N
    return s_c * N - (E - centre) ** 2 / (2.0 * var)


def library_ground_state(N, s_c=None, gamma=None, T_g=1.0):
    """Lowest state E_GS(N): the lower root of Omega_N(E) = 1 (Eq. 10).

    Solved from Eq. (9) directly: E_GS = centre - sqrt(2 delta E^2 N * s_c N); equals
    gamma sqrt N - T_g s_c N (Eq. 11) with the l.271 values of Delta eps and delta E^2.
    """
    s_c, gamma = _defaults(s_c, gamma)
    N = np.asarray(N, float)
    var = energy_variance_per_bead(s_c, T_g) * N
    return library_mean_energy(N, s_c, gamma, T_g) - np.sqrt(2.0 * var * s_c * N)


def ground_state_energy_eq11(N, s_c=None, gamma=None, T_g=1.0):
    """E_GS(N) = gamma sqrt N - T_g s_c N, Eq. (11) as printed (l.273)."""
    s_c, gamma = _defaults(s_c, gamma)
    N = np.asarray(N, float)
    return gamma * T_g * np.sqrt(N) - T_g * s_c * N


def resonance_size(s_c=None, gamma=None, T_g=1.0):
    """N_0 with E_GS(N_0) = 0: (gamma/(T_g s_c))^2 = N^* (l.273); 191 by default."""
    s_c, gamma = _defaults(s_c, gamma)
    return (gamma / s_c) ** 2


# ---------------------------------------------------------------------------------------
# Tunnelling-barrier library, Eqs. (12)-(14)
# ---------------------------------------------------------------------------------------


def barrier_threshold(N, s_c=None, gamma=None, T_g=1.0):
    """V_th(N) = gamma sqrt N - (2 sqrt 2 - 1) T_g s_c N: Omega_N(V) = 1 in Eq. (12).

    Eq. (12) has centre T_g s_c N + gamma sqrt N and the doubled variance 4 delta E^2 N.
    """
    s_c, gamma = _defaults(s_c, gamma)
    N = np.asarray(N, float)
    centre = T_g * s_c * N + gamma * T_g * np.sqrt(N)
    var2 = 2.0 * energy_variance_per_bead(s_c, T_g) * N  # the doubled variance
    return centre - np.sqrt(2.0 * var2 * s_c * N)


def tunnelling_transition_state_size(s_c=None, gamma=None, T_g=1.0):
    """N^ddagger = [gamma/(2 (2 sqrt 2 - 1) T_g s_c)]^2, the maximum of V_th (l.296; ~14)."""
    s_c, gamma = _defaults(s_c, gamma)
    return (gamma / (2.0 * (2.0 * math.sqrt(2.0) - 1.0) * s_c)) ** 2


def tunnelling_barrier_max(s_c=None, gamma=None, T_g=1.0):
    """V_max = F^ddagger/(2 sqrt 2 - 1) with F^ddagger = gamma^2/(4 s_c T_g) (Eq. 13)."""
    s_c, gamma = _defaults(s_c, gamma)
    return gamma**2 * T_g / (4.0 * s_c) / (2.0 * math.sqrt(2.0) - 1.0)


# ---------------------------------------------------------------------------------------
# Fig. 2 toy model of the density-functional f(alpha) near T_A
# ---------------------------------------------------------------------------------------


def toy_localization_free_energy(alpha_a2, amplitude, alpha_star_a2=100.0, power=2.0):
    """Toy f(alpha)/k_B T per bead for a Gaussian density of width 1/sqrt(alpha) (l.103).

    f = (3/2) ln(1 + alpha a^2/(pi e)) - A [1 - exp(-(alpha a^2/alpha_*)^p)].
    The first term is the localisation (ideal-gas) cost whose large-alpha form
    (3/2) ln(alpha a^2/(pi e)) is the paper's (l.174-178); the second is a schematic
    cohesive gain whose amplitude A grows on cooling.  f(0) = 0 is the uniform liquid.
    For A above :func:`toy_spinodal_amplitude` a metastable minimum appears at
    alpha_0 a^2 ~ alpha_*: the analogue of the T_A transition of Fig. 2.  NOT the DFT
    functional of Lubchenko & Wolynes 2003b (not given in the paper).
    """
    y = np.asarray(alpha_a2, float)
    return 1.5 * np.log1p(y / (math.pi * math.e)) - amplitude * (
        1.0 - np.exp(-((y / alpha_star_a2) ** power)))


def _toy_dfdlny(y, amplitude, alpha_star_a2, power):
    """d f/d ln y of the toy model (analytic)."""
    z = (y / alpha_star_a2) ** power
    return 1.5 * y / (math.pi * math.e + y) - amplitude * power * z * np.exp(-z)


def toy_local_minima(amplitude, alpha_star_a2=100.0, power=2.0, y_range=(1e-3, 1e5), n=20001):
    """alpha a^2 of the local minima of the toy f with alpha > 0 (sign changes of f')."""
    y = np.logspace(math.log10(y_range[0]), math.log10(y_range[1]), n)
    d = _toy_dfdlny(y, amplitude, alpha_star_a2, power)
    idx = np.where((d[:-1] < 0) & (d[1:] >= 0))[0]
    out = []
    for i in idx:
        lo, hi = math.log(y[i]), math.log(y[i + 1])
        for _ in range(80):  # bisection on ln y
            mid = 0.5 * (lo + hi)
            if _toy_dfdlny(math.exp(mid), amplitude, alpha_star_a2, power) < 0:
                lo = mid
            else:
                hi = mid
        out.append(math.exp(0.5 * (lo + hi)))
    return np.array(out)


def toy_spinodal_amplitude(alpha_star_a2=100.0, power=2.0, bracket=(0.0, 50.0)):
    """The smallest A at which the toy f develops a metastable minimum (the 'T_A' point).

    Bisection on A of "f has a local minimum at alpha > 0".
    """
    lo, hi = bracket
    if toy_local_minima(hi, alpha_star_a2, power).size == 0:
        raise ValueError("no metastable minimum even at the upper amplitude")
    for _ in range(60):
        mid = 0.5 * (lo + hi)
        if toy_local_minima(mid, alpha_star_a2, power).size:
            hi = mid
        else:
            lo = mid
    return hi
