"""Free energy of an aperiodic lattice near the dynamical transition T_A (Fig. 2, a toy model).

Lubchenko & Wolynes review (arXiv:cond-mat/0506708, key ``quantum_theory``).

* The random-energy-model library of states, Eqs. (9)-(13), is in :mod:`coldglass.rfot`
  (``library_centre``, ``library_width``, ``rem_log_density``, ``ground_state_energy``).
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

__all__ = [
    "toy_localization_free_energy",
    "toy_local_minima",
    "toy_spinodal_amplitude",
    "multiwell_groups",
]

# ---------------------------------------------------------------------------------------
# Fig. 2 toy model of the density-functional f(alpha) near T_A
# ---------------------------------------------------------------------------------------


def toy_localization_free_energy(alpha_a2, amplitude, alpha_star_a2=100.0, power=2.0):
    """Toy f(alpha)/k_B T per bead of a Gaussian density of width 1/sqrt(alpha).

    Parameters
    ----------
    alpha_a2 : float or array_like
        Localisation alpha a^2 (alpha = 0 is the uniform liquid).
    amplitude : float
        A, the cohesive gain; it grows on cooling (A ~ 1/T).
    alpha_star_a2 : float, optional
        alpha_* a^2, where the gain saturates.
    power : float, optional
        p of the saturation exp[-(alpha a^2/alpha_*)^p].

    Returns
    -------
    ndarray
        f = (3/2) ln(1 + alpha a^2/(pi e)) - A [1 - exp(-(alpha a^2/alpha_*)^p)].

    Notes
    -----
    The first term is the localisation (ideal-gas) cost whose large-alpha form
    (3/2) ln(alpha a^2/(pi e)) is the paper's (l.174-178; Gaussian density, l.103); the second
    is a schematic cohesive gain. For A above ``toy_spinodal_amplitude`` a metastable minimum
    appears at alpha_0 a^2 ~ alpha_*: the analogue of the T_A transition of Fig. 2. NOT the
    DFT functional of Lubchenko & Wolynes 2003b (not given in the paper).
    """
    y = np.asarray(alpha_a2, float)
    return 1.5 * np.log1p(y / (math.pi * math.e)) - amplitude * (
        1.0 - np.exp(-((y / alpha_star_a2) ** power))
    )


def _toy_dfdlny(y, amplitude, alpha_star_a2, power):
    """d f/d ln y of the toy model (analytic)."""
    z = (y / alpha_star_a2) ** power
    return 1.5 * y / (math.pi * math.e + y) - amplitude * power * z * np.exp(-z)


def toy_local_minima(amplitude, alpha_star_a2=100.0, power=2.0, y_range=(1e-3, 1e5), n=20001):
    """alpha a^2 of the local minima of the toy f with alpha > 0.

    Parameters
    ----------
    amplitude : float
        A of ``toy_localization_free_energy``.
    alpha_star_a2, power : float, optional
        As in ``toy_localization_free_energy``.
    y_range : tuple of float, optional
        Range of alpha a^2 searched (log grid).
    n : int, optional
        Grid points; each sign change of df/d ln alpha is refined by bisection.

    Returns
    -------
    ndarray
        The minima, increasing.

    Notes
    -----
    The toy free energy of Fig. 2 (see ``toy_localization_free_energy``, l.103).
    """
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
    """The smallest A at which the toy f develops a metastable minimum (the T_A point).

    Parameters
    ----------
    alpha_star_a2, power : float, optional
        As in ``toy_localization_free_energy``.
    bracket : tuple of float, optional
        Amplitudes bracketing the transition; the upper one must show a minimum.

    Returns
    -------
    float
        A at the spinodal, by bisection on "f has a local minimum at alpha > 0".

    Notes
    -----
    The dynamical transition T_A of Fig. 2 in the toy model (l.103).
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


# ---------------------------------------------------------------------------------------
# A one-dimensional chart of a glassy energy landscape with its multi-well groups
# ---------------------------------------------------------------------------------------


def multiwell_groups(n_minima, rng, escape_quantile=0.35, disorder=0.35, barrier_scale=0.6):
    """A random 1-D energy-landscape chart and its groups of mutually accessible minima.

    Parameters
    ----------
    n_minima : int
        Number of local minima along the projected coordinate.
    rng : numpy.random.Generator
    escape_quantile : float
        Barriers whose excess over the higher adjacent minimum is below this quantile of
        all excesses join their minima into one group (internal barriers); the others
        confine the groups (escape barriers).
    disorder, barrier_scale : float
        Gaussian spread of the minima energies and mean barrier excess (arbitrary units).

    Returns
    -------
    dict
        ``x``, ``E`` (minima), ``barrier`` (n_minima - 1 tops between neighbours),
        ``group`` (label per minimum) and ``size`` (size of each minimum's group); the
        deepest minimum is set well below the others (the crystal).

    Notes
    -----
    mixed_alkali Fig. 1 (l.33): the chart of Heuer's toy glass is not available; this
    labelled random chart shows the construction (2LS = groups of two adjacent minima,
    3- and 4-welled groups) and nothing quantitative.
    """
    x = np.cumsum(rng.exponential(1.0, n_minima))
    x = x - x.mean()
    E = 0.6 * (x / np.abs(x).max()) ** 2 + rng.normal(0.0, disorder, n_minima)
    E[int(np.argmin(np.abs(x)))] = E.min() - 2.0
    excess = rng.exponential(barrier_scale, n_minima - 1)
    barrier = np.maximum(E[:-1], E[1:]) + excess
    joined = excess < np.quantile(excess, escape_quantile)
    group = np.concatenate([[0], np.cumsum(~joined)])
    sizes = np.bincount(group)
    return {"x": x, "E": E, "barrier": barrier, "group": group, "size": sizes[group]}
