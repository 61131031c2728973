"""Random fields of dilute defects: Monte Carlo and the limit laws.

Schechter & Stamp (arXiv:0801.4944), Sec. III.B (l.274-276) and Sec. IV.A (Eqs. 59-71).
Defects occupy the sites of a simple-cubic lattice (spacing a_0 = 1) with probability x
(the concentration).  Every defect is a volume source (eta), carries a frozen rotational
variable <S^z> = +-1 with a uniaxial orientation coupling gamma_0 d d along a random axis d
(uniform on the sphere), and a gradient coupling zeta_0 d d d along the same axis.  For a
defect at the origin the four local fields are

* ``B``: sum_j U^z0 (Eq. 29, B_i = sum_j U^z0_ij): the random field on S, 1/R^3;
* ``h_zz``: sum_j U^zz_ij <S_j>: the Ising local field on S, 1/R^3;
* ``b_eta``: sum_j U_etatau: the random field b^(eta) on tau (Eq. 68), 1/R^4;
* ``b_gamma``: sum_j U^Stau <S_j>: the random field b^(gamma) on tau (Eq. 60), 1/R^4.

Units: B in g_z0 = eta gamma_0 / (4 pi rho c_l^2 a_0^3); h_zz in gamma_0^2 / (4 pi rho c_l^2
a_0^3); b_eta in eta zeta_0 / (4 pi rho c_l^2 a_0^4); b_gamma in gamma_0 zeta_0 /
(4 pi rho c_l^2 a_0^4).  The pair kernels are the uniaxial contractions of the closed forms of
``coldglass.elastic_interactions`` (the tests check them against the tensor forms).

Sampling: the sites within |R| <= r_max are occupied exactly as Bernoulli(x) per site (the
number of defects is Binomial(N_sites, x), their sites are drawn without replacement by
rejection against an occupancy grid).  The defects beyond r_max (many, each weak) add a
Gaussian of mean 0 and variance x <A^2> 4 pi / ((2 p - 3) r_max^(2 p - 3)) for a 1/R^p kernel
with mean-square angular factor <A^2> (the stated tail correction; the angular mean of every
kernel vanishes).

Limit laws (dilute continuum): the sum of 1/R^p terms over a Poisson set of density x in
3-D is a stable law of index alpha = 3/p with scale
c^alpha = x (alpha/3) (-Gamma(-alpha) cos(pi alpha/2)) E int dOmega |A|^alpha
(alpha = 1: the factor is pi/2; a Cauchy law of half-width c, shifted by
-(x/3) E int dOmega A ln|A| when A is not odd).
"""

import math

import numpy as np
from numba import njit
from scipy import integrate, optimize, special

__all__ = [
    "FIELDS",
    "KERNEL_POWER",
    "angular_moments",
    "configuration_fields",
    "lattice_sum",
    "limit_law",
    "pair_b_eta",
    "pair_b_gamma",
    "pair_volume",
    "pair_zz",
    "resonant_fraction",
    "sample_fields",
    "sites_in_ball",
    "stable_cdf",
    "stable_pdf",
    "stable_quantile",
    "summary",
]

#: The four fields, in the column order of ``sample_fields``.
FIELDS = ("B", "h_zz", "b_eta", "b_gamma")
#: Power p of the 1/R^p pair kernel of each field.
KERNEL_POWER = {"B": 3, "h_zz": 3, "b_eta": 4, "b_gamma": 4}


@njit(cache=True)
def pair_volume(d, n):
    """U^z0 R^3 / g_z0 = 3 (d.n)^2 - 1 (Eq. 28): S axis d, unit vector n between the sites.

    Parameters
    ----------
    d : numpy.ndarray, shape (3,)
        Unit axis of the S defect (uniaxial coupling gamma_0 d d).
    n : numpy.ndarray, shape (3,)
        Unit vector between the two sites (either sign: the kernel is even).

    Returns
    -------
    float
        Angular factor of the random field B, in units of g_z0 = eta gamma_0 /
        (4 pi rho c_l^2); divide by R^3 (lattice units) for the pair field.

    Notes
    -----
    Eq. (26) (with the I tensor of Eq. 25) contracted with gamma = gamma_0 d d gives the
    3 cos^2 - 1 form of Eq. (28).
    """
    c = d[0] * n[0] + d[1] * n[1] + d[2] * n[2]
    return 3.0 * c * c - 1.0


@njit(cache=True)
def pair_zz(d, e, n, t2):
    """U^zz R^3 in gamma_0^2/(4 pi rho c_l^2): uniaxial axes d, e; t2 = (c_l / c_t)^2 (Eq. 16).

    Parameters
    ----------
    d, e : numpy.ndarray, shape (3,)
        Unit axes of the two S defects.
    n : numpy.ndarray, shape (3,)
        Unit vector between the sites (either sign: the kernel is even).
    t2 : float
        (c_l / c_t)^2.

    Returns
    -------
    float
        Angular factor of the Ising coupling; divide by R^3 (lattice units).

    Notes
    -----
    -c (c - 3 a b) t2 + (1 - t2)/2 [-(1 + 2 c^2) + 3 (a^2 + b^2 + 4 c a b) - 15 a^2 b^2]
    with a = d.n, b = e.n, c = d.e: the corrected Eq. (16) contracted with d d and e e.
    """
    a = d[0] * n[0] + d[1] * n[1] + d[2] * n[2]
    b = e[0] * n[0] + e[1] * n[1] + e[2] * n[2]
    c = d[0] * e[0] + d[1] * e[1] + d[2] * e[2]
    first = -c * (c - 3.0 * a * b) * t2
    second = -(1.0 + 2.0 * c * c) + 3.0 * (a * a + b * b + 4.0 * c * a * b) - 15.0 * a * a * b * b
    return first + 0.5 * (1.0 - t2) * second


@njit(cache=True)
def pair_b_eta(d, n):
    """U_etatau R^4 in eta zeta_0/(4 pi rho c_l^2) = 15 c^3 - 9 c, c = d.n (Eq. 66).

    Parameters
    ----------
    d : numpy.ndarray, shape (3,)
        Unit axis of the tau defect (gradient coupling zeta_0 d d d).
    n : numpy.ndarray, shape (3,)
        Unit vector from the tau defect to the volume source.

    Returns
    -------
    float
        Angular factor of the random field b^(eta); divide by R^4 (lattice units).  Odd in n.

    Notes
    -----
    Eq. (66) with G of Eq. (46) contracted with zeta_0 d d d; b^(eta) is its site sum,
    Eq. (68).
    """
    c = d[0] * n[0] + d[1] * n[1] + d[2] * n[2]
    return 15.0 * c * c * c - 9.0 * c


@njit(cache=True)
def pair_b_gamma(d, e, n, t2):
    """U^Stau R^4 in gamma_0 zeta_0/(4 pi rho c_l^2) (Eq. 36, corrected Eq. 58).

    Parameters
    ----------
    d : numpy.ndarray, shape (3,)
        Unit axis of the tau defect (zeta_0 d d d).
    e : numpy.ndarray, shape (3,)
        Unit axis of the S defect (gamma_0 e e).
    n : numpy.ndarray, shape (3,)
        (r_S - r_tau) / |r_S - r_tau|.
    t2 : float
        (c_l / c_t)^2.

    Returns
    -------
    float
        Angular factor of the random field b^(gamma); divide by R^4 (lattice units).

    Notes
    -----
    Contraction of -gamma zeta d^3 G (Eqs. 34-36 with the corrected F of Eq. 58): with
    a = e.n, b = d.n, c = d.e, -[t2 c (3 (2 b c + a) - 15 a b^2) + (1 - t2)/2 (3 (6 a c + 3 b
    + 6 b c^2) - 15 (b^3 + 3 a^2 b + 6 a b^2 c) + 105 a^2 b^3)].  b^(gamma) is its site sum
    weighted by <S^z>, Eq. (60).
    """
    a = e[0] * n[0] + e[1] * n[1] + e[2] * n[2]
    b = d[0] * n[0] + d[1] * n[1] + d[2] * n[2]
    c = d[0] * e[0] + d[1] * e[1] + d[2] * e[2]
    harmonic = c * (3.0 * (2.0 * b * c + a) - 15.0 * a * b * b)
    biharmonic = (
        3.0 * (6.0 * a * c + 3.0 * b + 6.0 * b * c * c)
        - 15.0 * (b**3 + 3.0 * a * a * b + 6.0 * a * b * b * c)
        + 105.0 * a * a * b**3
    )
    return -(t2 * harmonic + 0.5 * (1.0 - t2) * biharmonic)


@njit(cache=True)
def _random_axis(out):
    z = 2.0 * np.random.random() - 1.0  # noqa: NPY002 (numba supports only the legacy generator; seeded)
    phi = 2.0 * np.pi * np.random.random()  # noqa: NPY002 (numba supports only the legacy generator; seeded)
    s = math.sqrt(max(0.0, 1.0 - z * z))
    out[0] = s * math.cos(phi)
    out[1] = s * math.sin(phi)
    out[2] = z


@njit(cache=True)
def _add_pair(fields, position, n, d, e, sign, t2):
    """Add one source at ``position`` to the four fields (``n`` is scratch space)."""
    r = math.sqrt(position[0] ** 2 + position[1] ** 2 + position[2] ** 2)
    for i in range(3):
        n[i] = position[i] / r
    r3 = r * r * r
    r4 = r3 * r
    fields[0] += pair_volume(d, n) / r3
    fields[1] += sign * pair_zz(d, e, n, t2) / r3
    fields[2] += pair_b_eta(d, n) / r4
    fields[3] += sign * pair_b_gamma(d, e, n, t2) / r4


@njit(cache=True)
def configuration_fields(positions, axes, signs, centre_axis, t2):
    """The four fields at the origin for one given configuration (Eqs. 29, 60, 68).

    Parameters
    ----------
    positions : numpy.ndarray, shape (k, 3)
        Defect positions (lattice units), none at the origin.
    axes : numpy.ndarray, shape (k, 3)
        Their unit axes.
    signs : numpy.ndarray, shape (k,)
        Frozen <S^z> = +-1.
    centre_axis : numpy.ndarray, shape (3,)
        Axis of the defect at the origin.
    t2 : float
        (c_l / c_t)^2.

    Returns
    -------
    numpy.ndarray, shape (4,)
        B, h_zz, b_eta, b_gamma (columns of ``FIELDS``), without the tail correction, in the
        units of the module docstring.

    Notes
    -----
    B_i = sum_j U^z0_ij (Eq. 29), h_zz = sum_j U^zz_ij <S_j> (Sec. III.A), b^(eta) (Eq. 68)
    and b^(gamma) (Eq. 60), summed with the same pair kernels the Monte Carlo uses.
    """
    fields = np.zeros(4)
    n = np.empty(3)
    for j in range(positions.shape[0]):
        _add_pair(fields, positions[j], n, centre_axis, axes[j], signs[j], t2)
    return fields


@njit(cache=True)
def sites_in_ball(r_max):
    """Number of simple-cubic sites with 0 < |R| <= r_max (the lattice of Sec. III.B, l.274).

    Parameters
    ----------
    r_max : float
        Radius in lattice units (a_0 = 1).

    Returns
    -------
    int
        Count of lattice sites in the ball, origin excluded.

    Notes
    -----
    The number of candidate sites of the Bernoulli(x) occupation of ``sample_fields``
    (Sec. III.B, l.274: defects on the sites of a lattice at concentration x).
    """
    m = int(math.floor(r_max))
    count = 0
    for i in range(-m, m + 1):
        for j in range(-m, m + 1):
            for k in range(-m, m + 1):
                r2 = i * i + j * j + k * k
                if 0 < r2 <= r_max * r_max:
                    count += 1
    return count


@njit(cache=True)
def _sample(x, r_max, n_samples, t2, tail_sd, seed):
    np.random.seed(seed)  # noqa: NPY002 (numba supports only the legacy generator; seeded)
    m = int(math.floor(r_max))
    side = 2 * m + 1
    n_sites = sites_in_ball(r_max)
    occupied = np.zeros(side * side * side, dtype=np.uint8)
    out = np.empty((n_samples, 4))
    counts = np.empty(n_samples, dtype=np.int64)
    centre_axis = np.empty(3)
    axis = np.empty(3)
    position = np.empty(3)
    direction = np.empty(3)
    for s in range(n_samples):
        k = np.random.binomial(n_sites, x)  # noqa: NPY002 (numba supports only the legacy generator; seeded)
        used = np.empty(k, dtype=np.int64)
        _random_axis(centre_axis)
        fields = np.zeros(4)
        placed = 0
        while placed < k:
            i = np.random.randint(-m, m + 1)  # noqa: NPY002 (numba supports only the legacy generator; seeded)
            j = np.random.randint(-m, m + 1)  # noqa: NPY002 (numba supports only the legacy generator; seeded)
            kk = np.random.randint(-m, m + 1)  # noqa: NPY002 (numba supports only the legacy generator; seeded)
            r2 = i * i + j * j + kk * kk
            if r2 == 0 or r2 > r_max * r_max:
                continue
            index = ((i + m) * side + (j + m)) * side + (kk + m)
            if occupied[index]:
                continue
            occupied[index] = 1
            used[placed] = index
            placed += 1
            position[0] = i
            position[1] = j
            position[2] = kk
            _random_axis(axis)
            sign = 1.0 if np.random.random() < 0.5 else -1.0  # noqa: NPY002 (numba supports only the legacy generator; seeded)
            _add_pair(fields, position, direction, centre_axis, axis, sign, t2)
        for p in range(k):
            occupied[used[p]] = 0
        for c in range(4):
            out[s, c] = fields[c] + tail_sd[c] * np.random.standard_normal()  # noqa: NPY002 (numba supports only the legacy generator; seeded)
        counts[s] = k
    return out, counts


def angular_moments(t2, power, n_points=400_000, seed=12345):
    """E over random axes and directions of |A|^power for each field's angular factor A.

    Parameters
    ----------
    t2 : float
        (c_l / c_t)^2.
    power : float
        Moment (alpha of the stable law, or 2 for the tail variance).
    n_points : int
        Random (d, e, n) triples (seeded; the moments enter scales, not the MC itself).
    seed : int
        Seed of the numpy generator.

    Returns
    -------
    dict
        field -> E |A|^power (A averaged over the sphere of n and the random axes).

    Notes
    -----
    Angular factors of Eqs. (26), (16), (66), (36) (uniaxial couplings, Secs. III-IV), i.e.
    ``pair_volume``, ``pair_zz``, ``pair_b_eta``, ``pair_b_gamma``.
    """
    rng = np.random.default_rng(seed)

    def unit(size):
        v = rng.normal(size=(size, 3))
        return v / np.linalg.norm(v, axis=1)[:, None]

    d, e, n = unit(n_points), unit(n_points), unit(n_points)
    values = _angular_factors(d, e, n, t2)
    return {f: float(np.mean(np.abs(values[:, i]) ** power)) for i, f in enumerate(FIELDS)}


@njit(cache=True)
def _angular_factors(d, e, n, t2):
    out = np.empty((d.shape[0], 4))
    for i in range(d.shape[0]):
        out[i, 0] = pair_volume(d[i], n[i])
        out[i, 1] = pair_zz(d[i], e[i], n[i], t2)
        out[i, 2] = pair_b_eta(d[i], n[i])
        out[i, 3] = pair_b_gamma(d[i], e[i], n[i], t2)
    return out


def sample_fields(x, n_samples, c_t_over_c_l=0.6, r_max_factor=6.0, seed=0):
    """Monte Carlo of the four local fields at concentration x.

    Parameters
    ----------
    x : float
        Concentration (probability that a site carries a defect).
    n_samples : int
        Independent configurations (one field value each).
    c_t_over_c_l : float
        Transverse over longitudinal sound velocity.
    r_max_factor : float
        Cutoff radius r_max = r_max_factor x^(-1/3) (lattice units), at least 3.
    seed : int
        Seed of the numba generator.

    Returns
    -------
    dict
        "fields": array (n_samples, 4) in the units of the module docstring; "counts":
        defects per sample; "r_max"; "tail_sd": the standard deviation of the Gaussian tail
        correction of each field.

    Notes
    -----
    Sec. III.B (l.274) and Eqs. (59)-(71).
    """
    t2 = 1.0 / c_t_over_c_l**2
    r_max = max(3.0, r_max_factor * x ** (-1.0 / 3.0))
    squares = angular_moments(t2, 2.0)
    tail_sd = np.array(
        [
            math.sqrt(x * squares[f] * 4.0 * math.pi / ((2 * p - 3) * r_max ** (2 * p - 3)))
            for f, p in KERNEL_POWER.items()
        ]
    )
    fields, counts = _sample(float(x), float(r_max), int(n_samples), t2, tail_sd, int(seed))
    return {"fields": fields, "counts": counts, "r_max": r_max, "tail_sd": tail_sd}


def limit_law(field, x, c_t_over_c_l=0.6):
    """Dilute-limit stable law of a field: index, scale and location (Sec. III.B, l.274).

    Parameters
    ----------
    field : str
        One of ``FIELDS``.
    x : float
        Concentration.
    c_t_over_c_l : float

    Returns
    -------
    dict
        alpha = 3/p, scale c (half-width for alpha = 1), location (nonzero only for B).

    Notes
    -----
    Holtsmark-type sum; for B the angular factor 3 cos^2 - 1 is exact, so
    int dOmega |A| = 16 pi / (3 sqrt 3) and the half-width is (8 pi^2/(9 sqrt 3)) x
    = 5.065 x, the location -(x/3) int dOmega A ln|A|.
    """
    t2 = 1.0 / c_t_over_c_l**2
    alpha = 3.0 / KERNEL_POWER[field]
    if field == "B":
        moment = integrate.quad(lambda c: abs(3 * c * c - 1), -1, 1, points=[-(3**-0.5), 3**-0.5])
        sphere = 2.0 * math.pi * moment[0]
        shift = integrate.quad(
            lambda c: (3 * c * c - 1) * math.log(abs(3 * c * c - 1)),
            -1,
            1,
            points=[-(3**-0.5), 3**-0.5],
        )[0]
        location = -x / 3.0 * 2.0 * math.pi * shift
    else:
        sphere = 4.0 * math.pi * angular_moments(t2, alpha)[field]
        location = 0.0
    if alpha == 1.0:
        factor = math.pi / 2.0
    else:
        factor = -special.gamma(-alpha) * math.cos(math.pi * alpha / 2.0)
    scale = (x * alpha / 3.0 * factor * sphere) ** (1.0 / alpha)
    return {"alpha": alpha, "scale": scale, "location": location}


def _fourier_half_line(function, z, kind):
    """int_0^inf function(t) {cos, sin}(z t) dt: quad on [0, 1], QAWF on [1, inf)."""
    trig = math.cos if kind == "cos" else math.sin
    head = integrate.quad(lambda t: function(t) * trig(z * t), 0.0, 1.0, limit=200)[0]
    if z == 0:
        tail = integrate.quad(function, 1.0, np.inf)[0] if kind == "cos" else 0.0
    else:
        tail = integrate.quad(function, 1.0, np.inf, weight=kind, wvar=z)[0]
    return head + tail


def stable_pdf(z, alpha):
    """Density of the symmetric stable law exp(-|t|^alpha) at z (Fourier inversion, quad).

    Parameters
    ----------
    z : float
        Argument in units of the scale c (the law with characteristic function
        exp(-|t|^alpha)).
    alpha : float
        Index (1: Cauchy; 3/4: the 1/R^4 random fields of Eqs. 60, 68).

    Returns
    -------
    float
        (1/pi) int_0^inf cos(z t) exp(-t^alpha) dt.

    Notes
    -----
    The dilute limit law of the sums of Eqs. (29), (60), (68) (module docstring); the tail
    [1, inf) is done by QUADPACK's Fourier rule (QAWF).
    """
    return _fourier_half_line(lambda t: math.exp(-(t**alpha)), z, "cos") / math.pi


def stable_cdf(z, alpha):
    """Distribution function of the symmetric stable law exp(-|t|^alpha) at z (Eqs. 60, 68).

    Parameters
    ----------
    z : float
        Argument in units of the scale c.
    alpha : float
        Index of the law (3/p for a 1/R^p kernel).

    Returns
    -------
    float
        1/2 + (1/pi) int_0^inf sin(z t) exp(-t^alpha) / t dt.

    Notes
    -----
    Gil-Pelaez inversion of the characteristic function of the limit law of the random
    fields b^(eta), b^(gamma) (Eqs. 60, 68) and B (Eq. 29).
    """
    return 0.5 + _fourier_half_line(lambda t: math.exp(-(t**alpha)) / t, z, "sin") / math.pi


def stable_quantile(p, alpha):
    """Quantile of the symmetric stable law exp(-|t|^alpha) (root of ``stable_cdf``; Eq. 68).

    Parameters
    ----------
    p : float
        Probability in (0, 1).
    alpha : float
        Index of the law.

    Returns
    -------
    float
        z with stable_cdf(z, alpha) = p (units of the scale c; brentq to 1e-12).

    Notes
    -----
    Used to turn the limit law of the random fields (Eqs. 60, 68) into typical values
    (median, quartiles) comparable with ``summary`` of the Monte Carlo.
    """
    bound = 1.0
    while stable_cdf(bound, alpha) < max(p, 1.0 - p):
        bound *= 2.0
    return optimize.brentq(lambda z: stable_cdf(z, alpha) - p, -bound, bound, xtol=1e-12)


def summary(values):
    """Median, half inter-quartile range and standard deviation of a sample.

    Parameters
    ----------
    values : array_like
        Field values (any shape; flattened).

    Returns
    -------
    dict
        "median", "half_iqr" = (q75 - q25) / 2 and "std", in the units of ``values``.

    Notes
    -----
    The "typical value" B_0 and the standard deviation B-bar of Sec. III.B (l.274); for the
    heavy-tailed 1/R^4 fields the half-IQR is the robust width.
    """
    q25, q50, q75 = np.percentile(values, [25, 50, 75])
    return {
        "median": float(q50),
        "half_iqr": float((q75 - q25) / 2.0),
        "std": float(np.std(values)),
    }


def resonant_fraction(total_field, tunnelling, window):
    """Fraction of defects whose local field is within the tunnelling amplitude (l.276).

    Parameters
    ----------
    total_field : numpy.ndarray
        Local fields on S (h_zz + B), any shape.
    tunnelling : float
        D_0 (same units).
    window : float
        Half-width delta >= D_0 used to estimate the density at zero: the fraction with
        |field| < delta times D_0 / delta (exact when the density is flat over the window;
        needed because D_0 is far below the field's width).

    Returns
    -------
    float
        Estimated fraction of S defects with |field| < D_0 (dimensionless).

    Notes
    -----
    Sec. III.B, l.276: the Ising interaction freezes the tunnelling of the S variables
    "except for a very small fraction ~ D_o/xU_o of systems that happen to be on resonance";
    this is that fraction measured on the sampled field distribution.
    """
    inside = np.mean(np.abs(total_field) < window)
    return float(inside * tunnelling / window)


@njit(cache=True)
def lattice_sum(power, r_max):
    """sum' over simple-cubic sites of |R|^-power, with the continuum tail beyond r_max.

    Parameters
    ----------
    power : float
        Exponent (> 3).
    r_max : float
        Sites with |R| <= r_max are summed; beyond, 4 pi r_max^(3 - power) / (power - 3).

    Returns
    -------
    float
        E.g. power 6: 8.40192... (the lattice variance of the 1/R^3 fields, l.274).

    Notes
    -----
    Sec. III.B (l.274): the variance of a field with a 1/R^p kernel at concentration x is
    x <A^2> sum' |R|^(-2p), so the lattice sum with power 2p sets B-bar.
    """
    m = int(math.floor(r_max))
    total = 0.0
    for i in range(-m, m + 1):
        for j in range(-m, m + 1):
            for k in range(-m, m + 1):
                r2 = i * i + j * j + k * k
                if 0 < r2 <= r_max * r_max:
                    total += r2 ** (-0.5 * power)
    return total + 4.0 * math.pi * r_max ** (3.0 - power) / (power - 3.0)
