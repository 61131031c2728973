"""Molecular dynamics of a 2-D soft-disk liquid and its dynamical heterogeneity (Fig. 1).

Jug, Bonfanti, Kob (2015), seed 003 ("magnetic_tunneling"), Fig. 1 and Sec. 2: "Map of
the relaxation times of one MD simulation run of a 2D system of 780 soft disks, interacting
via a repulsive 1/r^12 potential cut off at some distance (from Ref. [35])", with the
slowest 40 % black, the fastest 40 % grey and the intermediate 20 % open, and (b) the slow
regions outlined. Ref. [35] is Hurley and Harrowell, Phys. Rev. E 52, 1694 (1995).

The paper gives neither the mixture nor the state point. Our stated choice (a fresh run,
not the original): the binary soft-disk mixture of the Harrowell group (Perera and
Harrowell, Phys. Rev. E 54, 1652 (1996)), 50:50 disks of diameters sigma_A = 1 and
sigma_B = 1.4 (additive: sigma_AB = 1.2), equal masses m = 1, pair potential
u(r) = eps (sigma_ij/r)^12 truncated and shifted at r_c = 2 sigma_ij (u(r_c) = 2.4e-4 eps).
The size ratio 1.4 frustrates the hexagonal order of the monodisperse 2-D liquid. Reduced
units: lengths sigma_A, energies eps, time sigma_A sqrt(m/eps), k_B = 1.

Integrator: velocity Verlet (numba) with a Verlet neighbour list built from a cell list
(rebuilt when a particle has moved by half the skin); equilibration with velocity rescaling
to the target temperature, then NVE production. Per-particle relaxation time: the first
time at which the self-intermediate scattering function of the particle, averaged over the
directions of k (a Bessel J0 in 2-D) and over time origins, falls below 1/e.

For an inverse-power potential (n = 12) in d = 2 the excess thermodynamics depends only on
Gamma = rho sigma^2 (eps/k_B T)^(2/n) = rho T^(-1/6), so P/(rho T) is a function of Gamma
alone (Hoover et al., J. Chem. Phys. 52, 4931 (1970)): a test of the force and virial code.
"""

from __future__ import annotations

import math

import numpy as np
from numba import njit

__all__ = [
    "DEFAULT_STATE",
    "QUICK_STATE",
    "pair_diameters",
    "initial_configuration",
    "pair_forces",
    "simulate",
    "self_intermediate_per_particle",
    "relaxation_times",
    "mobility_classes",
    "neighbour_pairs",
    "slow_clusters",
    "slow_neighbour_fraction",
    "random_labelling_fractions",
    "scaling_variable",
    "heterogeneity_map",
]

#: The state point and run lengths of Fig. 1 (our choice, see the module docstring).
DEFAULT_STATE = {
    "n_particles": 780,  # Fig. 1 caption
    "fraction_B": 0.5,  # 50:50 binary mixture (Perera and Harrowell 1996)
    "sigma_ratio": 1.4,  # sigma_B/sigma_A
    "density": 0.7,  # N/A in sigma_A^-2
    "temperature": 0.3,  # k_B T/eps (tau_alpha ~ 20 from F_s at k = 2 pi, full run)
    "r_cut": 2.0,  # cut-off in units of sigma_ij (u(r_c) = 2.4e-4 eps)
    "skin": 0.3,  # neighbour-list skin (sigma_A)
    "dt": 0.01,  # time step (sigma_A sqrt(m/eps)); NVE energy drift ~1e-4
    "n_melt": 2000,  # steps at 2 T from the lattice (rescaled every 10 steps)
    "n_equilibrate": 60000,  # steps at T (rescaled every 50 steps): ~30 tau_alpha
    "n_production": 40000,  # NVE steps: ~20 tau_alpha
    "save_every": 50,  # steps between stored frames
    "seed": 20150812,
}
#: Short runs for tests (the same state point, fewer steps).
QUICK_STATE = {**DEFAULT_STATE, "n_melt": 500, "n_equilibrate": 3000, "n_production": 3000}

_RESCALE_EVERY = 50
_INV_E = math.exp(-1.0)
_CAP = 128


def pair_diameters(sigma_ratio=1.4):
    """Additive pair diameters sigma_ij of the binary mixture (2 x 2).

    Parameters
    ----------
    sigma_ratio : float, optional
        sigma_B/sigma_A (sigma_A = 1).

    Returns
    -------
    ndarray
        [[1, (1+r)/2], [(1+r)/2, r]].

    Notes
    -----
    The soft-disk mixture of Perera and Harrowell (1996), our stand-in for the system of
    Fig. 1 (Ref. [35]) of Jug, Bonfanti, Kob (2015).
    """
    m = 0.5 * (1.0 + sigma_ratio)
    return np.array([[1.0, m], [m, sigma_ratio]])


def initial_configuration(n, density, fraction_B, seed):
    """Square-lattice start with randomly assigned species.

    Parameters
    ----------
    n : int
        Number of disks.
    density : float
        N/A (sigma_A^-2); the box is square with side sqrt(n/density).
    fraction_B : float
        Fraction of large disks.
    seed : int
        numpy Generator seed.

    Returns
    -------
    tuple
        (positions (n, 2), species (n,) int 0/1, box side).

    Notes
    -----
    The first n sites of an m x m lattice (m = ceil(sqrt n)); the melt at 2T erases it (the
    Fig. 1 run of Jug, Bonfanti, Kob 2015 starts from here, see ``simulate``).
    """
    rng = np.random.default_rng(seed)
    box = math.sqrt(n / density)
    m = int(math.ceil(math.sqrt(n)))
    a = box / m
    ij = np.array([(i, j) for j in range(m) for i in range(m)][:n], dtype=float)
    pos = (ij + 0.5) * a
    species = np.zeros(n, dtype=np.int64)
    species[rng.permutation(n)[: int(round(fraction_B * n))]] = 1
    return pos, species, box


@njit(cache=True)
def _build_neighbours(pos, box, rlist_max, rlist2, species):
    """Verlet neighbour list (half list i < j) from a cell list; rlist2[a, b] = (r_c+skin)^2.

    pos may be unwrapped (minimum image by floor). At most 128 neighbours per particle.
    """
    n = pos.shape[0]
    ncell = max(int(box / rlist_max), 3)
    cell = box / ncell
    head = -np.ones(ncell * ncell, dtype=np.int64)
    nxt = -np.ones(n, dtype=np.int64)
    cx = np.empty(n, dtype=np.int64)
    cy = np.empty(n, dtype=np.int64)
    for i in range(n):
        x = pos[i, 0] - box * math.floor(pos[i, 0] / box)
        y = pos[i, 1] - box * math.floor(pos[i, 1] / box)
        cx[i] = min(int(x / cell), ncell - 1)
        cy[i] = min(int(y / cell), ncell - 1)
        c = cx[i] * ncell + cy[i]
        nxt[i] = head[c]
        head[c] = i
    nbr = np.empty((n, _CAP), dtype=np.int64)
    cnt = np.zeros(n, dtype=np.int64)
    for i in range(n):
        for dx in range(-1, 2):
            for dy in range(-1, 2):
                ax = cx[i] + dx
                ay = cy[i] + dy
                ax = ax + ncell if ax < 0 else (ax - ncell if ax >= ncell else ax)
                ay = ay + ncell if ay < 0 else (ay - ncell if ay >= ncell else ay)
                j = head[ax * ncell + ay]
                while j >= 0:
                    if j > i:
                        rx = pos[i, 0] - pos[j, 0]
                        ry = pos[i, 1] - pos[j, 1]
                        rx -= box * math.floor(rx / box + 0.5)
                        ry -= box * math.floor(ry / box + 0.5)
                        if rx * rx + ry * ry < rlist2[species[i], species[j]]:
                            if cnt[i] == _CAP:
                                raise ValueError("more than 128 neighbours: density too high")
                            nbr[i, cnt[i]] = j
                            cnt[i] += 1
                    j = nxt[j]
    return nbr, cnt


@njit(cache=True)
def _forces(pos, species, box, nbr, cnt, sig2, rc2, ushift):
    """Forces, potential energy and virial sum_{i<j} r_ij . F_ij of the truncated r^-12."""
    n = pos.shape[0]
    f = np.zeros((n, 2))
    epot = 0.0
    vir = 0.0
    inv_box = 1.0 / box
    for i in range(n):
        si = species[i]
        xi = pos[i, 0]
        yi = pos[i, 1]
        fx = 0.0
        fy = 0.0
        for k in range(cnt[i]):
            j = nbr[i, k]
            sj = species[j]
            rx = xi - pos[j, 0]
            ry = yi - pos[j, 1]
            rx -= box * math.floor(rx * inv_box + 0.5)
            ry -= box * math.floor(ry * inv_box + 0.5)
            r2 = rx * rx + ry * ry
            if r2 < rc2[si, sj]:
                inv_r2 = 1.0 / r2
                s2 = sig2[si, sj] * inv_r2
                s6 = s2 * s2 * s2
                u = s6 * s6
                epot += u - ushift[si, sj]
                w = 12.0 * u  # r . F for u = (sigma/r)^12
                vir += w
                fr = w * inv_r2
                fx += fr * rx
                fy += fr * ry
                f[j, 0] -= fr * rx
                f[j, 1] -= fr * ry
        f[i, 0] += fx
        f[i, 1] += fy
    return f, epot, vir


@njit(cache=True)
def _run(pos, vel, species, box, dt, nsteps, target_t, rescale_every, save_every, tables):
    """Velocity Verlet; rescaling to target_t every rescale_every steps if target_t > 0.

    pos are unwrapped coordinates. Returns (frames, kinetic, potential, virial) at every
    save_every steps (frames only if save_every > 0).
    """
    sig2, rc2, ushift, rlist2, rlist_max, half_skin2 = tables
    n = pos.shape[0]
    nbr, cnt = _build_neighbours(pos, box, rlist_max, rlist2, species)
    ref = pos.copy()
    f, epot, vir = _forces(pos, species, box, nbr, cnt, sig2, rc2, ushift)
    nsave = nsteps // save_every if save_every > 0 else 0
    frames = np.empty((nsave, n, 2))
    ekin_s = np.empty(nsave)
    epot_s = np.empty(nsave)
    vir_s = np.empty(nsave)
    isave = 0
    for step in range(1, nsteps + 1):
        for i in range(n):
            vel[i, 0] += 0.5 * dt * f[i, 0]
            vel[i, 1] += 0.5 * dt * f[i, 1]
            pos[i, 0] += dt * vel[i, 0]
            pos[i, 1] += dt * vel[i, 1]
        dmax = 0.0
        for i in range(n):
            d2 = (pos[i, 0] - ref[i, 0]) ** 2 + (pos[i, 1] - ref[i, 1]) ** 2
            if d2 > dmax:
                dmax = d2
        if dmax > half_skin2:
            nbr, cnt = _build_neighbours(pos, box, rlist_max, rlist2, species)
            ref[:, :] = pos
        f, epot, vir = _forces(pos, species, box, nbr, cnt, sig2, rc2, ushift)
        ekin = 0.0
        for i in range(n):
            vel[i, 0] += 0.5 * dt * f[i, 0]
            vel[i, 1] += 0.5 * dt * f[i, 1]
            ekin += 0.5 * (vel[i, 0] ** 2 + vel[i, 1] ** 2)
        if target_t > 0.0 and step % rescale_every == 0:
            t_now = ekin / (n - 1)  # 2-D, centre of mass fixed: 2N - 2 degrees of freedom
            scale = math.sqrt(target_t / t_now)
            for i in range(n):
                vel[i, 0] *= scale
                vel[i, 1] *= scale
            ekin *= scale * scale
        if save_every > 0 and step % save_every == 0:
            frames[isave] = pos
            ekin_s[isave] = ekin
            epot_s[isave] = epot
            vir_s[isave] = vir
            isave += 1
    return frames, ekin_s, epot_s, vir_s


def _tables(sigma_ratio, r_cut, skin):
    """Pair tables: sigma^2, r_c^2, u(r_c), (r_c + skin)^2, the largest list radius, (skin/2)^2."""
    sig = pair_diameters(sigma_ratio)
    rc = r_cut * sig
    return (
        sig**2,
        rc**2,
        (sig / rc) ** 12,
        (rc + skin) ** 2,
        float(rc.max() + skin),
        (0.5 * skin) ** 2,
    )


def pair_forces(pos, species, box, sigma_ratio=1.4, r_cut=2.0):
    """Forces, potential energy and virial of a configuration (numba neighbour-list kernel).

    Parameters
    ----------
    pos : ndarray
        (n, 2) positions (any periodic image).
    species : ndarray
        (n,) 0 (small) or 1 (large).
    box : float
        Side of the periodic square box.
    sigma_ratio, r_cut : float, optional
        As in ``DEFAULT_STATE``.

    Returns
    -------
    tuple
        (forces (n, 2), potential energy, virial sum_{i<j} r_ij . F_ij), reduced units.

    Notes
    -----
    u(r) = (sigma_ij/r)^12 - (sigma_ij/r_c)^12 for r < r_c = r_cut sigma_ij: the repulsive
    1/r^12 soft disks "cut off at some distance" of Fig. 1 (Jug, Bonfanti, Kob 2015). The
    numpy all-pairs reference is in benchmarks/references.py.
    """
    tables = _tables(sigma_ratio, r_cut, 0.3)
    sig2, rc2, ushift, rlist2, rlist_max, _ = tables
    pos = np.ascontiguousarray(pos, dtype=float)
    species = np.ascontiguousarray(species, dtype=np.int64)
    nbr, cnt = _build_neighbours(pos, box, rlist_max, rlist2, species)
    return _forces(pos, species, box, nbr, cnt, sig2, rc2, ushift)


def simulate(state=None):
    """One MD run of the binary soft-disk liquid: melt, equilibration (rescaled), NVE.

    Parameters
    ----------
    state : dict, optional
        Keys of ``DEFAULT_STATE`` (missing ones from it).

    Returns
    -------
    dict
        "frames" (n_frames, n, 2) unwrapped NVE positions every save_every steps, "times"
        (n_frames,) from the first frame, "species", "box", "sigma" (per-particle diameter),
        "kinetic", "potential" (totals per frame), "pressure" (virial pressure per frame),
        "temperature" (per frame), "state" (the parameters used).

    Notes
    -----
    The fresh MD run behind Fig. 1 of Jug, Bonfanti, Kob (2015) (module docstring):
    deterministic for a given seed (Maxwell velocities from numpy's Generator).
    P = rho T + vir/(2 A) in 2-D.
    """
    s = {**DEFAULT_STATE, **(state or {})}
    n = int(s["n_particles"])
    pos, species, box = initial_configuration(n, s["density"], s["fraction_B"], s["seed"])
    rng = np.random.default_rng(s["seed"] + 1)
    vel = rng.normal(0.0, math.sqrt(2.0 * s["temperature"]), size=(n, 2))
    vel -= vel.mean(axis=0)
    tables = _tables(s["sigma_ratio"], s["r_cut"], s["skin"])
    dt = float(s["dt"])
    _run(pos, vel, species, box, dt, int(s["n_melt"]), 2.0 * s["temperature"], 10, 0, tables)
    _run(pos, vel, species, box, dt, int(s["n_equilibrate"]), s["temperature"], 50, 0, tables)
    vel -= vel.mean(axis=0)
    every = int(s["save_every"])
    frames, ekin, epot, vir = _run(
        pos, vel, species, box, dt, int(s["n_production"]), 0.0, 1, every, tables
    )
    area = box * box
    temp = ekin / (n - 1)
    return {
        "frames": frames,
        "times": dt * every * np.arange(frames.shape[0]),
        "species": species,
        "box": box,
        "sigma": pair_diameters(s["sigma_ratio"])[species, species],
        "kinetic": ekin,
        "potential": epot,
        "temperature": temp,
        "pressure": n * temp / area + vir / (2.0 * area),
        "state": s,
    }


def self_intermediate_per_particle(frames, k=2.0 * math.pi, n_origins=10, max_lag=None):
    """Per-particle self-intermediate scattering function, averaged over k directions and origins.

    Parameters
    ----------
    frames : ndarray
        (n_frames, n, 2) unwrapped positions at equal time steps.
    k : float, optional
        Wave number (2 pi/sigma_A: the first peak of the structure factor).
    n_origins : int, optional
        Number of equally spaced time origins.
    max_lag : int, optional
        Largest lag in frames (default: n_frames - last origin).

    Returns
    -------
    ndarray
        F_s^i(t) = < J0(k |r_i(t0 + t) - r_i(t0)|) >_t0, shape (max_lag, n); J0 is the 2-D
        average of cos(k . dr) over the directions of k.

    Notes
    -----
    The per-particle relaxation function behind the "map of the relaxation times" of Fig. 1
    (Jug, Bonfanti, Kob 2015; Hurley and Harrowell 1995).
    """
    from scipy.special import j0

    nf = frames.shape[0]
    if max_lag is None:
        max_lag = nf // 2
    last = nf - max_lag
    origins = np.linspace(0, last, n_origins).astype(int)
    out = np.zeros((max_lag, frames.shape[1]))
    for t0 in origins:
        dr = frames[t0 : t0 + max_lag] - frames[t0]
        out += j0(k * np.sqrt((dr**2).sum(axis=-1)))
    return out / len(origins)


def relaxation_times(fs, times, level=_INV_E):
    """First time at which each particle's F_s falls below ``level`` (linear interpolation).

    Parameters
    ----------
    fs : ndarray
        (n_times, n) from ``self_intermediate_per_particle``.
    times : ndarray
        (n_times,) lags.
    level : float, optional
        1/e by default.

    Returns
    -------
    ndarray
        (n,) relaxation times; particles that never decay get the largest lag (censored: they
        are among the slowest in any case).

    Notes
    -----
    The per-particle relaxation time of the map of Fig. 1 (Jug, Bonfanti, Kob 2015).
    """
    below = fs < level
    first = np.where(below.any(axis=0), below.argmax(axis=0), fs.shape[0] - 1)
    tau = np.array(times, dtype=float)[first]
    ok = below.any(axis=0) & (first > 0)
    i = first[ok]
    cols = np.nonzero(ok)[0]
    f0, f1 = fs[i - 1, cols], fs[i, cols]
    t0, t1 = times[i - 1], times[i]
    tau[cols] = t0 + (f0 - level) / (f0 - f1) * (t1 - t0)
    return tau


def mobility_classes(tau, slow=0.4, fast=0.4, tie_break=None):
    """Classify particles by relaxation time: slowest, fastest and intermediate.

    Parameters
    ----------
    tau : ndarray
        Relaxation times.
    slow, fast : float, optional
        Fractions (Fig. 1: 40 % and 40 %).
    tie_break : ndarray, optional
        Secondary key, larger = slower (e.g. F_s at the last lag, which orders the
        particles whose F_s never fell below 1/e and share the censored tau).

    Returns
    -------
    ndarray
        (n,) int: 2 slow (black), 0 fast (grey), 1 intermediate (open).

    Notes
    -----
    The colouring of Fig. 1(a) of Jug, Bonfanti, Kob (2015): "the slowest 40% coloured black,
    the fastest 40% shaded gray and the intermediate 20% are unfilled circles".
    """
    n = tau.size
    order = np.lexsort((np.zeros(n) if tie_break is None else tie_break, tau))
    cls = np.ones(n, dtype=np.int64)
    cls[order[: int(round(fast * n))]] = 0
    cls[order[n - int(round(slow * n)) :]] = 2
    return cls


def neighbour_pairs(pos, species, box, sigma_ratio=1.4, factor=1.3):
    """Pairs of neighbouring disks (centre distance < factor sigma_ij, periodic).

    Parameters
    ----------
    pos : ndarray
        (n, 2) positions.
    species : ndarray
        (n,) 0/1.
    box : float
        Box side.
    sigma_ratio : float, optional
        sigma_B/sigma_A.
    factor : float, optional
        Contact criterion in units of sigma_ij (about the first minimum of g_ij(r)).

    Returns
    -------
    ndarray
        (m, 2) index pairs i < j.

    Notes
    -----
    The neighbour graph on which the slow clusters of Fig. 1(b) are identified (Jug, Bonfanti,
    Kob 2015).
    """
    sig = pair_diameters(sigma_ratio)[species[:, None], species[None, :]]
    d = pos[:, None, :] - pos[None, :, :]
    d -= box * np.round(d / box)
    r = np.sqrt((d**2).sum(axis=-1))
    i, j = np.nonzero(np.triu(r < factor * sig, k=1))
    return np.column_stack([i, j])


def slow_clusters(pairs, is_slow):
    """Connected clusters of slow particles on the neighbour graph.

    Parameters
    ----------
    pairs : ndarray
        (m, 2) neighbour pairs (``neighbour_pairs``).
    is_slow : ndarray
        (n,) bool.

    Returns
    -------
    ndarray
        (n,) cluster label for slow particles (0..n_clusters-1, by decreasing size), -1 for
        the others.

    Notes
    -----
    The slow regions outlined in Fig. 1(b) of Jug, Bonfanti, Kob (2015).
    """
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    n = is_slow.size
    keep = is_slow[pairs[:, 0]] & is_slow[pairs[:, 1]]
    p = pairs[keep]
    g = coo_matrix((np.ones(len(p)), (p[:, 0], p[:, 1])), shape=(n, n))
    _, lab = connected_components(g, directed=False)
    out = -np.ones(n, dtype=np.int64)
    sizes = {}
    for c in lab[is_slow]:
        sizes[c] = sizes.get(c, 0) + 1
    order = sorted(sizes, key=lambda c: (-sizes[c], c))
    rank = {c: r for r, c in enumerate(order)}
    out[is_slow] = [rank[c] for c in lab[is_slow]]
    return out


def slow_neighbour_fraction(pairs, is_slow):
    """Fraction of the neighbours of slow particles that are slow.

    Parameters
    ----------
    pairs : ndarray
        (m, 2) neighbour pairs.
    is_slow : ndarray
        (n,) bool.

    Returns
    -------
    float
        (2 x slow-slow pairs)/(all pair ends on slow particles); for a random labelling of a
        fraction f it is about (f n - 1)/(n - 1).

    Notes
    -----
    The clustering of Fig. 1(a) of Jug, Bonfanti, Kob (2015) ("Note the distinct clustering
    of slow particles") made a number.
    """
    a, b = is_slow[pairs[:, 0]], is_slow[pairs[:, 1]]
    ends = a.sum() + b.sum()
    return float(2 * (a & b).sum() / ends)


def random_labelling_fractions(pairs, n, n_slow, samples=200, seed=0):
    """``slow_neighbour_fraction`` for random labellings with the same number of slow particles.

    Parameters
    ----------
    pairs : ndarray
        (m, 2) neighbour pairs.
    n, n_slow : int
        Particles and slow particles.
    samples : int, optional
        Random labellings.
    seed : int, optional
        numpy Generator seed.

    Returns
    -------
    ndarray
        (samples,) fractions: the null distribution of the Fig. 1 clustering statistic.

    Notes
    -----
    The reference against which the clustering of slow particles of Fig. 1 (Jug, Bonfanti,
    Kob 2015) is measured.
    """
    rng = np.random.default_rng(seed)
    out = np.empty(samples)
    for s in range(samples):
        lab = np.zeros(n, dtype=bool)
        lab[rng.choice(n, n_slow, replace=False)] = True
        out[s] = slow_neighbour_fraction(pairs, lab)
    return out


def scaling_variable(density, temperature, n=12, d=2):
    """Gamma = rho T^(-d/n): the single thermodynamic variable of an r^-n fluid.

    Parameters
    ----------
    density : float or array_like
        rho sigma^d.
    temperature : float or array_like
        k_B T/eps.
    n, d : int, optional
        Inverse power and dimension.

    Returns
    -------
    ndarray
        rho (eps/k_B T)^(d/n) (= rho T^(-1/6) for n = 12, d = 2).

    Notes
    -----
    Inverse-power scaling (Hoover et al., J. Chem. Phys. 52, 4931 (1970)); used to check the
    pressure of the Fig. 1 run (Jug, Bonfanti, Kob 2015) at two state points of equal Gamma.
    """
    return np.asarray(density, float) * np.asarray(temperature, float) ** (-d / n)


def heterogeneity_map(run, k=2.0 * math.pi, n_origins=10, slow=0.4, fast=0.4, contact=1.3):
    """Relaxation-time map of one run: the content of Fig. 1 (a) and (b).

    Parameters
    ----------
    run : dict
        Output of ``simulate``.
    k : float, optional
        Wave number of F_s (2 pi/sigma_A).
    n_origins : int, optional
        Time origins averaged in F_s.
    slow, fast : float, optional
        Fractions of slowest and fastest particles (40 %, 40 %).
    contact : float, optional
        Neighbour criterion in units of sigma_ij.

    Returns
    -------
    dict
        "positions" (n, 2) wrapped positions at the first origin, "tau" (n,), "mobility"
        (n,) 2/1/0 slow/intermediate/fast, "cluster" (n,) slow-cluster labels (-1 if not
        slow), "pairs", "fs_mean" and "lags" (the average F_s(t)), "tau_alpha" (1/e time of
        the average), "slow_fraction" (slow neighbours of slow particles) and
        "random_fractions" (200 random labellings).

    Notes
    -----
    Fig. 1 of Jug, Bonfanti, Kob (2015): per-particle relaxation times, 40/20/40 colouring
    and the slow clusters ("the slower regions have been schematically highlighted").
    """
    fs = self_intermediate_per_particle(run["frames"], k, n_origins)
    lags = run["times"][: fs.shape[0]]
    tau = relaxation_times(fs, lags)
    mob = mobility_classes(tau, slow, fast, tie_break=fs[-1])
    pos = np.mod(run["frames"][0], run["box"])
    pairs = neighbour_pairs(pos, run["species"], run["box"], run["state"]["sigma_ratio"], contact)
    is_slow = mob == 2
    fs_mean = fs.mean(axis=1)
    below = fs_mean < _INV_E
    return {
        "positions": pos,
        "tau": tau,
        "mobility": mob,
        "cluster": slow_clusters(pairs, is_slow),
        "pairs": pairs,
        "fs_mean": fs_mean,
        "lags": lags,
        "tau_alpha": float(lags[np.argmax(below)]) if below.any() else float("nan"),
        "slow_fraction": slow_neighbour_fraction(pairs, is_slow),
        "random_fractions": random_labelling_fractions(
            pairs, is_slow.size, int(is_slow.sum()), seed=run["state"]["seed"]
        ),
    }
