"""Site percolation on the simple-cubic (and square) lattice: clusters, fractal dimensions, nu.

Jug & Paliienko (2013), "mixed_alkali", Sec. 3 (Eq. 20 and Fig. 11): the 2LS prefactor
A_2LS(x) = A_2LS(0)(1 - x) + B x^kappa with kappa = nu (D - D_s), D the fractal dimension of
the percolating cluster, D_s that of the part of its surface where new 2LS form, nu the
connectedness-length exponent. The paper quotes the percolation exponents from the
literature (its refs. [61-63]; the numbers are lost from the text); here they are computed.

Model: each site of an L x L x L box (L x L x 1 for the square lattice) is occupied with
probability p, nearest-neighbour (6- or 4-) connectivity, open boundaries. A cluster *spans*
if it touches both faces x = 0 and x = L-1.

Kernels (numba; references: ``scipy.ndimage.label`` in the tests and benchmarks/):
* ``label_sites``: union-find (Hoshen-Kopelman style, path compression) labelling;
* ``spanning_samples``: seeded samples at p: spanning flag, mass M of the largest cluster
  and its surface S (occupied sites of that cluster with at least one empty
  nearest neighbour inside the box);
* ``threshold_samples``: per seeded sample, the spanning threshold p*_L (bisection on one
  set of uniform site variables): <p*_L> -> p_c and sd(p*_L) ~ L^(-1/nu).

Analysis: M ~ L^D and S ~ L^(D_s) at p_c; the effective exponents between successive sizes
are extrapolated linearly in L^(-omega) (``finite_size_extrapolation``), omega the
leading correction-to-scaling exponent (literature value, a stated input).

Accepted 3-D values (the comparison references, not inputs): p_c = 0.3116077 (Wang et al.,
PRE 87, 052107 (2013)); nu = 0.8765 (Wang et al. 2013); D = 2.5226 (Ballesteros et al.,
J. Phys. A 32, 1 (1999), D = 3 - beta/nu with beta/nu = 0.4774); omega = 1.61 (ibid.).
2-D: p_c = 0.592746 (Newman & Ziff, PRL 85, 4104 (2000)), D = 91/48, hull D_h = 7/4,
nu = 4/3 (exact; Stauffer & Aharony, Introduction to Percolation Theory).
"""

from __future__ import annotations

import math

import numpy as np
from numba import njit, prange

__all__ = [
    "P_C_CUBIC",
    "P_C_SQUARE",
    "NU_3D",
    "D_3D",
    "OMEGA_3D",
    "NU_2D",
    "D_2D",
    "D_HULL_2D",
    "label_sites",
    "occupy",
    "spanning_samples",
    "threshold_samples",
    "surface_mask",
    "spanning_cluster",
    "box_counts",
    "fractal_dimensions",
    "exponents_from_counts",
    "power_law_fit",
    "finite_size_extrapolation",
    "kappa",
]

#: Site-percolation thresholds: simple cubic (Wang et al. 2013), square (Newman & Ziff 2000).
P_C_CUBIC = 0.3116077
P_C_SQUARE = 0.59274621
#: Accepted 3-D exponents (references in the module docstring).
NU_3D = 0.8765
D_3D = 2.5226
OMEGA_3D = 1.61
#: Exact 2-D values: nu, cluster dimension, hull dimension.
NU_2D = 4.0 / 3.0
D_2D = 91.0 / 48.0
D_HULL_2D = 7.0 / 4.0


# --------------------------------------------------------------------------- kernels
@njit(cache=True)
def _find(parent, i):
    root = i
    while parent[root] != root:
        root = parent[root]
    while parent[i] != root:
        nxt = parent[i]
        parent[i] = root
        i = nxt
    return root


@njit(cache=True)
def _union(parent, a, b):
    ra = _find(parent, a)
    rb = _find(parent, b)
    if ra != rb:
        if ra < rb:
            parent[rb] = ra
        else:
            parent[ra] = rb


@njit(cache=True)
def _label_flat(occ):
    """Union-find labels of a 3-D boolean array: root flat index per occupied site, -1 empty."""
    nx, ny, nz = occ.shape
    parent = np.full(nx * ny * nz, -1, np.int64)
    for i in range(nx):
        for j in range(ny):
            for k in range(nz):
                if not occ[i, j, k]:
                    continue
                s = (i * ny + j) * nz + k
                parent[s] = s
                if i > 0 and occ[i - 1, j, k]:
                    _union(parent, s, s - ny * nz)
                if j > 0 and occ[i, j - 1, k]:
                    _union(parent, s, s - nz)
                if k > 0 and occ[i, j, k - 1]:
                    _union(parent, s, s - 1)
    for s in range(parent.size):
        if parent[s] >= 0:
            parent[s] = _find(parent, s)
    return parent


@njit(cache=True)
def _cluster_stats(occ):
    """(spans, chi_M, chi_S): does a cluster touch both x faces; sum_c s_c^2 / N and
    sum_c s_c sigma_c / N (s_c sites, sigma_c surface sites of cluster c, N sites)."""
    nx, ny, nz = occ.shape
    lab = _label_flat(occ)
    n = lab.size
    mark = np.zeros(n, np.int8)
    for j in range(ny):
        for k in range(nz):
            r = lab[j * nz + k]
            if r >= 0:
                mark[r] = 1
    spans = False
    for j in range(ny):
        for k in range(nz):
            r = lab[((nx - 1) * ny + j) * nz + k]
            if r >= 0 and mark[r] == 1:
                spans = True
    size = np.zeros(n, np.int64)
    surf = np.zeros(n, np.int64)
    for i in range(nx):
        for j in range(ny):
            for k in range(nz):
                s = (i * ny + j) * nz + k
                r = lab[s]
                if r < 0:
                    continue
                size[r] += 1
                if (
                    (i > 0 and not occ[i - 1, j, k])
                    or (i < nx - 1 and not occ[i + 1, j, k])
                    or (j > 0 and not occ[i, j - 1, k])
                    or (j < ny - 1 and not occ[i, j + 1, k])
                    or (k > 0 and not occ[i, j, k - 1])
                    or (k < nz - 1 and not occ[i, j, k + 1])
                ):
                    surf[r] += 1
    chi_m = 0.0
    chi_s = 0.0
    for r in range(n):
        chi_m += float(size[r]) * float(size[r])
        chi_s += float(size[r]) * float(surf[r])
    return spans, chi_m / n, chi_s / n


@njit(cache=True)
def _spanning_samples(shape, p, n_samples, seed):
    np.random.seed(seed)  # noqa: NPY002 (numba: per-thread legacy generator)
    spans = np.zeros(n_samples, np.bool_)
    mass = np.zeros(n_samples)
    surf = np.zeros(n_samples)
    for m in range(n_samples):
        occ = np.random.random_sample(shape) < p  # noqa: NPY002
        spans[m], mass[m], surf[m] = _cluster_stats(occ)
    return spans, mass, surf


@njit(cache=True)
def _spans(occ):
    return _cluster_stats(occ)[0]


@njit(cache=True)
def _threshold_samples(shape, n_samples, seed, lo, hi, steps):
    np.random.seed(seed)  # noqa: NPY002 (numba: per-thread legacy generator)
    out = np.empty(n_samples)
    for m in range(n_samples):
        u = np.random.random_sample(shape)  # noqa: NPY002
        a, b = lo, hi
        for _ in range(steps):
            mid = 0.5 * (a + b)
            if _spans(u < mid):
                b = mid
            else:
                a = mid
        out[m] = 0.5 * (a + b)
    return out


# --------------------------------------------------------------------------- public API
def _shape(L, dim):
    if dim not in (2, 3):
        raise ValueError(f"dim must be 2 or 3, not {dim}")
    return (L, L, L) if dim == 3 else (L, L, 1)


def label_sites(occ):
    """Cluster labels of an occupation array (nearest-neighbour connectivity).

    Parameters
    ----------
    occ : array_like of bool, 2-D or 3-D
        Occupied sites.

    Returns
    -------
    ndarray of int64, same shape
        For each occupied site the flat index of its cluster's root (a unique cluster id);
        -1 on empty sites.

    Notes
    -----
    The cluster labelling behind the percolation clusters of Sec. 3 and Fig. 11.
    """
    occ = np.asarray(occ, bool)
    occ3 = occ.reshape(occ.shape + (1,) * (3 - occ.ndim))
    return _label_flat(np.ascontiguousarray(occ3)).reshape(occ.shape)


def occupy(L, p, seed, dim=3):
    """One seeded occupation array at probability p (the Fig. 11 cartoons).

    Parameters
    ----------
    L : int
        Linear size.
    p : float
        Occupation probability (site concentration x of Sec. 3).
    seed : int
        Seed of numpy's generator.
    dim : {2, 3}

    Returns
    -------
    ndarray of bool, shape (L,) * dim

    Notes
    -----
    NM sites occupied at random with concentration x (Sec. 3, "site concentration").
    """
    rng = np.random.default_rng(seed)
    return rng.random((L,) * dim) < p


def spanning_samples(L, p, n_samples, seed, dim=3):
    """Seeded samples at p: spanning flag, mass and surface of the largest cluster.

    Parameters
    ----------
    L : int
        Linear size of the box (L^3 or L^2 sites).
    p : float
        Occupation probability.
    n_samples : int
    seed : int
        Seed of the numba generator: the samples are reproducible.
    dim : {2, 3}

    Returns
    -------
    spans : ndarray of bool
    mass : ndarray of int
        Sites of the largest cluster (at p_c: ~ L^D, the incipient spanning cluster).
    surface : ndarray of int
        Its sites with at least one empty nearest neighbour inside the box.

    Notes
    -----
    Volume ~ xi^D and surface ~ xi^(D_s) of the NM clusters, Sec. 3 (derivation of Eq. 20).
    """
    return _spanning_samples(_shape(L, dim), float(p), int(n_samples), int(seed))


def threshold_samples(L, n_samples, seed, dim=3, steps=22):
    """Spanning threshold p*_L of each seeded sample (bisection, 2^-steps resolution).

    Parameters
    ----------
    L : int
    n_samples : int
    seed : int
    dim : {2, 3}
    steps : int
        Bisection steps on [0, 1].

    Returns
    -------
    ndarray
        p*_L per sample; mean -> p_c, standard deviation ~ L^(-1/nu).

    Notes
    -----
    The connectedness-length exponent nu of Eq. (20).
    """
    return _threshold_samples(_shape(L, dim), int(n_samples), int(seed), 0.0, 1.0, int(steps))


def spanning_cluster(occ):
    """Boolean mask of the largest cluster touching both faces x = 0 and x = L-1.

    Parameters
    ----------
    occ : ndarray of bool, 2-D or 3-D

    Returns
    -------
    ndarray of bool (all False if nothing spans)

    Notes
    -----
    The percolating NM cluster of Fig. 11.
    """
    lab = label_sites(occ)
    left = set(np.unique(lab[0][lab[0] >= 0]))
    right = set(np.unique(lab[-1][lab[-1] >= 0]))
    both = sorted(left & right)
    if not both:
        return np.zeros(occ.shape, bool)
    sizes = [(np.count_nonzero(lab == r), r) for r in both]
    return lab == max(sizes)[1]


def surface_mask(cluster, occ):
    """Sites of ``cluster`` with at least one empty nearest neighbour inside the box.

    Parameters
    ----------
    cluster, occ : ndarray of bool, same shape

    Returns
    -------
    ndarray of bool

    Notes
    -----
    The NM/NF interface sites (the "bridging surface" D_s of Eq. 20, counted as all
    surface sites). Independent numpy version of the count in ``spanning_samples``.
    """
    empty_nb = np.zeros(occ.shape, bool)
    for ax in range(occ.ndim):
        n = occ.shape[ax]
        lo = [slice(None)] * occ.ndim
        hi = [slice(None)] * occ.ndim
        lo[ax] = slice(0, n - 1)
        hi[ax] = slice(1, n)
        empty_nb[tuple(lo)] |= ~occ[tuple(hi)]
        empty_nb[tuple(hi)] |= ~occ[tuple(lo)]
    return cluster & empty_nb


def power_law_fit(L, y):
    """Least-squares exponent and prefactor of y = a L^b in log-log.

    Parameters
    ----------
    L, y : array_like (positive)

    Returns
    -------
    (b, a)

    Notes
    -----
    M ~ L^D, S ~ L^(D_s) and sd(p*) ~ L^(-1/nu) (Sec. 3).
    """
    b, lna = np.polyfit(np.log(L), np.log(y), 1)
    return float(b), float(math.exp(lna))


def finite_size_extrapolation(L, y, omega):
    """Effective exponents between successive sizes, extrapolated to L -> infinity.

    Parameters
    ----------
    L, y : array_like
        Sizes (increasing) and the scaling quantity (e.g. the mean mass).
    omega : float
        Correction-to-scaling exponent: y = a L^b (1 + c L^-omega) gives local slopes
        b_eff(L) = b + c' L^-omega.

    Returns
    -------
    dict
        ``L_mid`` (geometric means), ``b_eff`` (local slopes), ``b_inf`` (intercept of the
        linear fit of b_eff against L_mid^-omega) and ``b_inf_err`` (its standard error).

    Notes
    -----
    The fractal dimensions of Eq. (20) are defined for L -> infinity at p_c.
    """
    L = np.asarray(L, float)
    y = np.asarray(y, float)
    b_eff = np.diff(np.log(y)) / np.diff(np.log(L))
    L_mid = np.sqrt(L[1:] * L[:-1])
    X = L_mid**-omega
    A = np.vstack([np.ones_like(X), X]).T
    coef, res, *_ = np.linalg.lstsq(A, b_eff, rcond=None)
    dof = max(1, b_eff.size - 2)
    resid = b_eff - A @ coef
    cov = np.linalg.inv(A.T @ A) * float(resid @ resid) / dof
    return {
        "L_mid": L_mid,
        "b_eff": b_eff,
        "b_inf": float(coef[0]),
        "b_inf_err": float(math.sqrt(cov[0, 0])),
    }


def kappa(nu, D, D_s):
    """The composition exponent of the 2LS prefactor, kappa = nu (D - D_s).

    Parameters
    ----------
    nu : float
        Connectedness-length exponent.
    D : float
        Fractal dimension of the percolating cluster.
    D_s : float
        Fractal dimension of the part of its surface where new 2LS form.

    Returns
    -------
    float

    Notes
    -----
    Eq. (20), Sec. 3 (reconstructed: the symbols are lost from the text, the derivation
    "volume ~ xi^D, surface ~ xi^(D_s), density ~ xi^(D_s - D), xi ~ x^-nu" survives).
    """
    return nu * (D - D_s)


@njit(cache=True, parallel=True)
def _box_counts(labels, surface, centres, sizes):
    """Mean numbers of sites, and of surface sites, of the centre's own cluster in cubes.

    One pass over the largest cube per centre (centres in parallel): a histogram in the
    Chebyshev distance from the centre; the histograms of all centres are added (integers,
    so the result does not depend on the number of threads) and summed cumulatively for
    every cube side. The lattice is indexed with unsigned offsets from the cube's corner
    (the caller keeps every cube inside the lattice), which spares numba's negative-index
    wraparound test on each of the (2 h_max + 1)^3 reads: 1.4-1.7x faster than signed
    offsets from the centre.
    """
    h_max = 0
    for q in range(sizes.size):
        h_max = max(h_max, sizes[q] // 2)
    n = 2 * h_max + 1
    n_centres = centres.shape[0]
    histograms = np.zeros((n_centres, 2, h_max + 1), np.int64)
    for c in prange(n_centres):
        x0 = np.uint64(centres[c, 0] - h_max)
        y0 = np.uint64(centres[c, 1] - h_max)
        z0 = np.uint64(centres[c, 2] - h_max)
        r = labels[centres[c, 0], centres[c, 1], centres[c, 2]]
        own = histograms[c]
        for a in range(n):
            xa = x0 + np.uint64(a)
            da = abs(a - h_max)
            for b in range(n):
                yb = y0 + np.uint64(b)
                dab = max(da, abs(b - h_max))
                for k in range(n):
                    zk = z0 + np.uint64(k)
                    if labels[xa, yb, zk] == r:
                        d = max(dab, abs(k - h_max))
                        own[0, d] += 1
                        own[1, d] += surface[xa, yb, zk]
    within = histograms.sum(axis=0)
    for d in range(1, h_max + 1):
        within[0, d] += within[0, d - 1]
        within[1, d] += within[1, d - 1]
    mass = np.empty(sizes.size)
    surf = np.empty(sizes.size)
    for q in range(sizes.size):
        mass[q] = within[0, sizes[q] // 2] / n_centres
        surf[q] = within[1, sizes[q] // 2] / n_centres
    return mass, surf


def box_counts(labels, surface, centres, sizes):
    """Pair connectedness in cubes: mean sites (and surface sites) of the centre's cluster.

    Parameters
    ----------
    labels : ndarray of int, 3-D
        Cluster labels (``label_sites``).
    surface : ndarray of bool, 3-D
        Surface sites (occupied sites with an empty nearest neighbour).
    centres : ndarray of int, shape (n, 3)
        Occupied sites, at least max(sizes)//2 from every face.
    sizes : array_like of odd int
        Cube sides l.

    Returns
    -------
    (ndarray, ndarray)
        M(l) ~ l^(2D - d) (the integral of the pair connectedness g(r) ~ r^-2(d-D)) and
        S(l) ~ l^(D + D_s - d).

    Raises
    ------
    ValueError
        If a cube would reach beyond the lattice.

    Notes
    -----
    Fractal dimensions D and D_s of Eq. (20) from all clusters at p_c (mass-radius
    scaling of the pair connectedness: every cluster contributes, not only the largest).
    """
    sizes = np.asarray(sizes, np.int64)
    centres = np.ascontiguousarray(centres, dtype=np.int64).reshape(-1, 3)
    half = int(sizes.max()) // 2
    if np.any(centres < half) or np.any(centres >= np.asarray(np.shape(labels)) - half):
        raise ValueError(f"every centre must be at least {half} sites from every face")
    return _box_counts(
        np.ascontiguousarray(labels, dtype=np.int64),
        np.ascontiguousarray(surface, dtype=np.bool_),
        centres,
        sizes,
    )


def fractal_dimensions(L, n_lattices, sizes, n_centres, seed, p=P_C_CUBIC):
    """Pair-connectedness counts of seeded L^3 lattices at p, and D, D_s from them.

    Parameters
    ----------
    L : int
        Lattice size.
    n_lattices : int
        Independent lattices (seeds seed, seed+1, ...).
    sizes : array_like of odd int
        Cube sides (<= L/4).
    n_centres : int
        Random occupied sites used as centres per lattice.
    seed : int
    p : float

    Returns
    -------
    dict
        ``sizes`` and, per lattice (rows) and cube side (columns), the mean over centres
        of the ``mass`` and ``surface`` counts.

    Notes
    -----
    D and D_s of Eq. (20): mass ~ l^(2D - 3), surface ~ l^(D + D_s - 3) for 1 << l << L
    (``exponents_from_counts``).
    """
    sizes = np.asarray(sizes, int)
    margin = int(sizes.max()) // 2
    ms, ss = [], []
    for n in range(n_lattices):
        occ = occupy(L, p, seed + n, dim=3)
        lab = label_sites(occ)
        surf = surface_mask(occ, occ)
        inner = np.zeros_like(occ)
        inner[margin:-margin, margin:-margin, margin:-margin] = True
        sites = np.argwhere(occ & inner)
        rng = np.random.default_rng(seed + 10_000 + n)
        pick = sites[rng.choice(len(sites), size=min(n_centres, len(sites)), replace=False)]
        m, s = box_counts(lab, surf, pick, sizes)
        ms.append(m)
        ss.append(s)
    return {"sizes": sizes, "mass": np.array(ms), "surface": np.array(ss)}


def exponents_from_counts(sizes, mass, surface, omega, dim=3):
    """D and D_s from pair-connectedness counts: per lattice, then mean and standard error.

    Parameters
    ----------
    sizes : array_like
        Cube sides.
    mass, surface : array_like, shape (n_lattices, n_sizes)
        Output of ``fractal_dimensions``.
    omega : float
        Correction-to-scaling exponent for ``finite_size_extrapolation``.
    dim : int

    Returns
    -------
    dict
        ``D``, ``D_err``, ``D_s``, ``D_s_err``, ``D_minus_D_s`` and its error (standard
        errors over the independent lattices).

    Notes
    -----
    Eq. (20): mass ~ l^(2D - d), surface ~ l^(D + D_s - d); each lattice's local slopes are
    extrapolated in l^-omega.
    """
    mass = np.atleast_2d(np.asarray(mass, float))
    surface = np.atleast_2d(np.asarray(surface, float))
    bm = np.array([finite_size_extrapolation(sizes, m, omega)["b_inf"] for m in mass])
    bs = np.array([finite_size_extrapolation(sizes, m, omega)["b_inf"] for m in surface])
    D = 0.5 * (bm + dim)
    Ds = bs + dim - D
    n = len(D)

    def sem(v):
        return float(np.std(v, ddof=1) / np.sqrt(n)) if n > 1 else float("nan")

    return {
        "D": float(D.mean()),
        "D_err": sem(D),
        "D_s": float(Ds.mean()),
        "D_s_err": sem(Ds),
        "D_minus_D_s": float((D - Ds).mean()),
        "D_minus_D_s_err": sem(D - Ds),
        "n_lattices": n,
    }
