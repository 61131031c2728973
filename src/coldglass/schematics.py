"""Geometry of the schematic figures: bead packings, the RFOT mosaic, alternative states.

Lengths are in units of the bead spacing a. Everything random takes a
``numpy.random.Generator`` so that a figure is deterministic for a given seed. Drawing
lives in the plot scripts and ``coldglass.plotting``; this module only computes
coordinates, so a compute rule can store them and restyling never recomputes.
"""

import math

import numpy as np

from coldglass import rfot

__all__ = [
    "clear_rotation",
    "bead_lattice",
    "mosaic_centres",
    "nearest_centre",
    "domain_walls",
    "alternative_positions",
    "rotated_bond",
    "wall_distance",
    "clear_of_walls",
    "bond_pairs",
    "bond_rotation",
    "cell_area",
    "grid_local_minima",
    "tidy_grid",
    "nearest_beads",
    "rotated_region",
    "sphere_radius",
    "tunnelling_centre_sizes",
]


def bead_lattice(width, height, rng, spacing=1.0, jitter=0.08):
    """Bead centres on a jittered triangular lattice filling [0, width] x [0, height].

    Parameters
    ----------
    width, height : float
        Size of the rectangle, in units of the bead spacing a.
    rng : numpy.random.Generator
        Seeded generator (the figure is deterministic for a given seed).
    spacing : float, optional
        Lattice constant of the triangular lattice (1 = a).
    jitter : float, optional
        Standard deviation of the Gaussian displacement of each bead, in units of
        ``spacing``; an amorphous packing is suggested without beads overlapping.

    Returns
    -------
    ndarray, shape (n, 2)
        (x, y) of the beads that fall inside the rectangle after the jitter.

    Notes
    -----
    The bead packing of Fig. 1 of electrodynamics (caption l.41: "a denoting the lattice
    spacing") and of Figs. 3 and 9 of quantum_theory (captions l.121 and l.249).
    """
    row_height = spacing * np.sqrt(3.0) / 2.0
    rows = np.arange(0.0, height + row_height, row_height)
    points = []
    for index, y in enumerate(rows):
        x = np.arange(0.0, width + spacing, spacing) + (0.5 * spacing if index % 2 else 0.0)
        points.append(np.column_stack([x, np.full_like(x, y)]))
    xy = np.vstack(points)
    xy += rng.normal(scale=jitter * spacing, size=xy.shape)
    inside = (xy[:, 0] >= 0) & (xy[:, 0] <= width) & (xy[:, 1] >= 0) & (xy[:, 1] <= height)
    return xy[inside]


def mosaic_centres(domains_across, domain_size, rng, jitter=0.15, padding=2):
    """Centres of the cooperative regions: a jittered square grid of spacing ``domain_size``.

    Parameters
    ----------
    domains_across : int
        Number of cooperative regions along each side of the shown square.
    domain_size : float
        Grid spacing, i.e. the region size xi in units of a.
    rng : numpy.random.Generator
        Seeded generator (the figure is deterministic for a given seed).
    jitter : float, optional
        Standard deviation of the Gaussian displacement of each centre, in units of
        ``domain_size``.
    padding : int, optional
        Extra rings of centres outside the shown square, so that every Voronoi cell that
        meets the square is finite.

    Returns
    -------
    centres : ndarray, shape ((domains_across + 2 padding)^2, 2)
        (x, y) of all centres, in units of a.
    shown : ndarray of bool, same length as ``centres``
        True for the centres inside [0, domains_across * domain_size]^2.

    Notes
    -----
    The RFOT mosaic of cooperatively reconfiguring regions of Fig. 1 of electrodynamics
    (caption l.41).
    """
    index = np.arange(-padding, domains_across + padding)
    gx, gy = np.meshgrid(index, index)
    centres = (np.column_stack([gx.ravel(), gy.ravel()]) + 0.5) * domain_size
    centres += rng.normal(scale=jitter * domain_size, size=centres.shape)
    size = domains_across * domain_size
    shown = np.all((centres >= 0) & (centres <= size), axis=1)
    return centres, shown


def nearest_centre(points, centres):
    """Index of the nearest centre for each point: the Voronoi cell it belongs to.

    Parameters
    ----------
    points : ndarray, shape (n, 2)
        Bead positions, in units of a.
    centres : ndarray, shape (m, 2)
        Region centres from `mosaic_centres`, in units of a.

    Returns
    -------
    ndarray of int, shape (n,)
        Row index into ``centres`` of each point's nearest centre.

    Notes
    -----
    Assigns beads to the mosaic cells of Fig. 1 of electrodynamics (caption l.41).
    """
    distances = np.linalg.norm(points[:, None, :] - centres[None, :, :], axis=2)
    return np.argmin(distances, axis=1)


def domain_walls(centres):
    """Finite Voronoi ridges between the centres, as an array of segments (n, 2, 2).

    Parameters
    ----------
    centres : ndarray, shape (m, 2)
        Region centres from `mosaic_centres`, in units of a.

    Returns
    -------
    ndarray, shape (n, 2, 2)
        One segment per finite ridge: [[x0, y0], [x1, y1]] in units of a (ridges running to
        infinity are dropped).

    Notes
    -----
    The domain walls of the RFOT mosaic of Fig. 1 of electrodynamics (caption l.41);
    ``scipy.spatial.Voronoi``.
    """
    from scipy.spatial import Voronoi

    diagram = Voronoi(centres)
    segments = [diagram.vertices[ridge] for ridge in diagram.ridge_vertices if -1 not in ridge]
    return np.array(segments)


def alternative_positions(points, displacement, rng, walls=None, clearance=0.0, tries=100):
    """The alternative structural state: every bead moved by ``displacement`` in a random
    direction (in a transition each bead moves about the Lindemann length d_L).

    With ``walls`` (segments of :func:`domain_walls`), a bead whose moved position would
    come closer than ``clearance`` to a wall draws a new direction (up to ``tries`` times),
    so the alternative state stays inside its domain.

    Parameters
    ----------
    points : ndarray, shape (n, 2)
        Bead positions, in units of a.
    displacement : float
        Length of each bead's displacement, in units of a (d_L/a ~ 0.1).
    rng : numpy.random.Generator
        Seeded generator (the figure is deterministic for a given seed).
    walls : ndarray, shape (m, 2, 2), optional
        Wall segments (``domain_walls``); None (default) moves every bead freely.
    clearance : float, optional
        Smallest allowed distance of a moved bead from a wall, in units of a (default 0).
    tries : int, optional
        How many new directions a bead too close to a wall may draw (default 100).

    Returns
    -------
    ndarray, shape (n, 2)
        The displaced positions.

    Notes
    -----
    Fig. 1 of electrodynamics (caption l.41) and Fig. 9 of quantum_theory (caption l.249:
    "d_L is a typical displacement of the order of the Lindemann distance").
    """
    angle = rng.uniform(0.0, 2.0 * np.pi, len(points))
    moved = points + displacement * np.column_stack([np.cos(angle), np.sin(angle)])
    if walls is None:
        return moved
    for _ in range(tries):
        bad = ~clear_of_walls(moved, walls, clearance)
        if not bad.any():
            break
        angle = rng.uniform(0.0, 2.0 * np.pi, int(bad.sum()))
        moved[bad] = points[bad] + displacement * np.column_stack([np.cos(angle), np.sin(angle)])
    return moved


def rotated_bond(length, angle):
    """End points of a bond of ``length`` centred at the origin, rotated by ``angle`` (rad)
    from the x axis: (2, 2) array [negative end, positive end].

    Parameters
    ----------
    length : float
        Bond length, in units of a.
    angle : float
        Rotation from the x axis, in radians.

    Returns
    -------
    ndarray, shape (2, 2)
        [[x, y] of the negative end, [x, y] of the positive end].

    Notes
    -----
    The bond (dipole) cartoons of the schematic figures, Fig. 1 of electrodynamics
    (caption l.41).
    """
    half = 0.5 * length * np.array([np.cos(angle), np.sin(angle)])
    return np.array([-half, half])


def wall_distance(points, walls):
    """Distance (in a) from each point to the nearest wall segment.

    Parameters
    ----------
    points : array_like, shape (n, 2)
        Bead centres.
    walls : array_like, shape (m, 2, 2)
        Wall segments, as returned by :func:`domain_walls`.

    Returns
    -------
    numpy.ndarray, shape (n,)
        The shortest Euclidean distance of each point to any segment.

    Notes
    -----
    Used by: Fig. 1 of electrodynamics (no bead drawn across a domain wall).
    """
    p = np.asarray(points, float)[:, None, :]
    start = np.asarray(walls, float)[None, :, 0, :]
    step = np.asarray(walls, float)[None, :, 1, :] - start
    length2 = np.maximum(np.sum(step * step, axis=2), 1e-300)
    t = np.clip(np.sum((p - start) * step, axis=2) / length2, 0.0, 1.0)
    foot = start + t[..., None] * step
    return np.min(np.linalg.norm(p - foot, axis=2), axis=1)


def clear_of_walls(points, walls, clearance):
    """Mask of the points at least ``clearance`` (in a) from every wall segment: a bead of
    radius r drawn with a wall of half-width w is clear of it when clearance >= r + w.

    Parameters
    ----------
    points : ndarray, shape (n, 2)
        Bead positions, in units of a.
    walls : ndarray, shape (m, 2, 2)
        Wall segments (``domain_walls``).
    clearance : float
        Smallest allowed distance from a wall, in units of a.

    Returns
    -------
    ndarray of bool, shape (n,)
        True where the bead is clear of every wall.

    Notes
    -----
    Fig. 1 of electrodynamics (caption l.41: beads of a domain, walls between domains).
    """
    return wall_distance(points, walls) >= clearance


def bond_pairs(points, cutoff=1.3):
    """Index pairs (i < j) of beads closer than ``cutoff`` (in a): the nearest-neighbour
    "bonds" of a packing (l.41 of electrodynamics pairs the beads of a domain into bonds).

    Parameters
    ----------
    points : array_like, shape (n, 2)
        Bead positions, in units of a.
    cutoff : float, optional
        Largest bond length, in units of a (default 1.3).

    Returns
    -------
    ndarray of int, shape (k, 2)
        The bonded index pairs, i < j.

    Notes
    -----
    Fig. 1 of electrodynamics, l.41 (bond rotations of the reconfiguring region).
    """
    pts = np.asarray(points, float)
    d = np.linalg.norm(pts[:, None, :] - pts[None, :, :], axis=2)
    i, j = np.nonzero(np.triu(d < cutoff, k=1))
    return np.column_stack([i, j])


def bond_rotation(first, second, first_moved, second_moved):
    """Signed rotation angle (rad) of the bonds first->second between two states.

    Parameters
    ----------
    first, second : array_like, shape (n, 2)
        Bond end points in state 1.
    first_moved, second_moved : array_like, shape (n, 2)
        The same end points in state 2.

    Returns
    -------
    numpy.ndarray, shape (n,)
        Angle from the state-1 bond vector to the state-2 bond vector, in (-pi, pi].

    Notes
    -----
    When each bead moves by d in a random direction, the bond's perpendicular relative
    displacement has rms d, so the rms rotation is d/a: the "rotates about d_L/a ~ 0.1
    radian" of electrodynamics l.41. Used by: Fig. 1 of electrodynamics.
    """
    u = np.asarray(second, float) - np.asarray(first, float)
    v = np.asarray(second_moved, float) - np.asarray(first_moved, float)
    cross = u[:, 0] * v[:, 1] - u[:, 1] * v[:, 0]
    return np.arctan2(cross, np.sum(u * v, axis=1))


def cell_area(centres, index):
    """Area (in a^2) of the Voronoi cell of ``centres[index]``: the drawn size of one
    cooperative region of the mosaic is its square root.

    Parameters
    ----------
    centres : array_like, shape (m, 2)
        Region centres, in units of a.
    index : int
        The centre whose cell is measured.

    Returns
    -------
    float
        The cell area in a^2.

    Notes
    -----
    The Fig. 1 statements of electrodynamics (the drawn xi, l.52). Raises ValueError for an
    unbounded cell.
    """
    from scipy.spatial import ConvexHull, Voronoi

    diagram = Voronoi(np.asarray(centres, float))
    region = diagram.regions[diagram.point_region[index]]
    if -1 in region or not region:
        raise ValueError(f"the cell of centre {index} is unbounded")
    return float(ConvexHull(diagram.vertices[region]).volume)


def tidy_grid(df, axes, value="V"):
    """Reshape a tidy table of a regular grid (columns ``axes`` and ``value``) to an ndarray
    indexed in ``axes`` order (ij indexing).

    Parameters
    ----------
    df : pandas.DataFrame
        One row per grid point, with the coordinate columns ``axes`` and ``value``.
    axes : sequence of str
        Coordinate column names, in the order of the returned array's axes.
    value : str, optional
        Name of the value column (default "V").

    Returns
    -------
    ndarray
        The values, shape (number of distinct values of each axis).

    Notes
    -----
    The figure statements of the model-potential schematics (magnetic_tunneling Figs. 2-3,
    mixed_alkali Fig. 4).
    """
    df = df.sort_values(list(axes))
    shape = tuple(df[a].nunique() for a in axes)
    return df[value].to_numpy().reshape(shape)


def grid_local_minima(values, size=3):
    """Boolean mask of the interior local minima of a gridded function (a point no larger
    than any other in its ``size``^ndim neighbourhood, off the grid's border).

    Parameters
    ----------
    values : ndarray
        The gridded function (any dimension).
    size : int, optional
        Edge of the neighbourhood in grid points (default 3).

    Returns
    -------
    ndarray of bool
        Same shape as ``values``; True at interior local minima.

    Notes
    -----
    The figure statements of the model-potential schematics (the wells of magnetic_tunneling
    Figs. 2-3, mixed_alkali Fig. 4).
    """
    from scipy import ndimage

    mins = values == ndimage.minimum_filter(values, size=size, mode="nearest")
    interior = np.zeros_like(mins)
    interior[(slice(1, -1),) * values.ndim] = True
    return mins & interior


# --- RFOT schematics of the quantum_theory review: Fig. 3 (local library of states) and
# Fig. 9 (a tunnelling centre). The mosaic cell holds N* ~ 191 beads (l.189), drawn as the
# sphere of N* beads; the transition-state contour of Fig. 9 encloses
# N^ddagger = [gamma/(2 (2 sqrt 2 - 1) T_g s_c)]^2 ~ 14 beads (Eq. 13, l.296), which is what
# the caption (l.249) calls "a transition state size, to be explained later in the text".


def nearest_beads(points, centre, n):
    """Indices of the ``n`` beads nearest to ``centre`` (a compact region of n beads).

    Parameters
    ----------
    points : array_like, shape (m, 2)
        Bead positions, in units of a.
    centre : array_like, shape (2,)
        Centre of the region, in units of a.
    n : int
        Number of beads in the region (e.g. N = 5 of Fig. 3, N^ddagger of Fig. 9).

    Returns
    -------
    ndarray of int, shape (n,)
        Row indices of ``points``, nearest first (stable sort).

    Notes
    -----
    The N beads of a region in Figs. 3 (caption l.121, "A region of N = 5 particles") and
    9 (caption l.249) of quantum_theory.
    """
    d = np.linalg.norm(np.asarray(points, float) - np.asarray(centre, float), axis=1)
    return np.argsort(d, kind="stable")[: int(n)]


def rotated_region(points, idx, angle):
    """Copy of ``points`` with the beads ``idx`` rotated by ``angle`` (rad) about their
    centroid: a cartoon local rearrangement that keeps the beads' mutual spacing.

    Parameters
    ----------
    points : array_like, shape (m, 2)
        Bead positions, in units of a.
    idx : array_like of int
        Indices of the beads to rotate.
    angle : float
        Rotation angle in radians (counter-clockwise).

    Returns
    -------
    ndarray, shape (m, 2)
        New positions; the beads not in ``idx`` are unchanged.

    Notes
    -----
    The rearranging region of Fig. 3 of quantum_theory (caption l.121).
    """
    out = np.array(points, float, copy=True)
    sub = out[idx]
    c = sub.mean(axis=0)
    rot = np.array([[math.cos(angle), -math.sin(angle)], [math.sin(angle), math.cos(angle)]])
    out[idx] = (sub - c) @ rot.T + c
    return out


def clear_rotation(points, idx, min_angle, clearance, step_deg=2.0):
    """Rotation angle of the beads ``idx`` about their centroid that keeps them clear of
    the other beads.

    Parameters
    ----------
    points : array_like, shape (m, 2)
        Bead positions, in units of a.
    idx : array_like of int
        Indices of the beads that rotate together.
    min_angle : float
        Smallest angle tried, in radians; angles up to 2 pi - ``min_angle`` are scanned.
    clearance : float
        Required centre distance (in a) between every rotated bead and every unmoved bead.
    step_deg : float, optional
        Step of the angle scan, in degrees.

    Returns
    -------
    float
        The first angle >= ``min_angle`` (rad) whose rotated beads are at least ``clearance``
        from every unmoved bead, else the angle that maximises that distance.

    Notes
    -----
    A cartoon rearrangement with no bead drawn over another (Fig. 3 of the quantum_theory
    review, upper panels; caption l.121).
    """
    pts = np.asarray(points, float)
    fixed = np.delete(pts, idx, axis=0)
    best, best_gap = min_angle, -np.inf
    for angle in np.arange(min_angle, 2.0 * math.pi - min_angle, math.radians(step_deg)):
        moved = rotated_region(pts, idx, angle)[idx]
        gap = np.min(np.linalg.norm(moved[:, None, :] - fixed[None, :, :], axis=2))
        if gap >= clearance:
            return float(angle)
        if gap > best_gap:
            best, best_gap = float(angle), gap
    return best


def sphere_radius(n_beads):
    """Radius (in a) of a sphere holding ``n_beads`` beads of volume a^3: (3N/4 pi)^(1/3).

    Parameters
    ----------
    n_beads : float or array_like
        Number of beads N.

    Returns
    -------
    float or ndarray
        R/a = (3N/4 pi)^(1/3), same shape as ``n_beads``.

    Notes
    -----
    Used by `tunnelling_centre_sizes` for the regions of Fig. 9 of quantum_theory (N* ~ 191
    beads, l.189; N^ddagger ~ 14 beads, Eq. 13, l.296).
    """
    return (3.0 * n_beads / (4.0 * math.pi)) ** (1.0 / 3.0)


def tunnelling_centre_sizes(lindemann_ratio=rfot.LINDEMANN_RATIO):
    """The computed sizes of the Fig. 9 schematic, in units of a (see the module doc).

    Parameters
    ----------
    lindemann_ratio : float, optional
        d_L/a, the Lindemann ratio (default ``rfot.LINDEMANN_RATIO``).

    Returns
    -------
    dict of str to float
        ``N_star`` (beads per cooperative region, `rfot.cooperative_region_size`),
        ``xi_over_a`` = N*^(1/3), ``R_over_a`` (radius of the sphere of N* beads),
        ``N_ddagger`` (transition-state size, `rfot.tunnelling_transition_size`),
        ``r_ddagger_over_a`` (its sphere radius) and ``d_L_over_a``.

    Notes
    -----
    Fig. 9 of the quantum_theory review (caption l.249): N* ~ 191 beads (l.189) and
    N^ddagger = [gamma/(2 (2 sqrt 2 - 1) T_g s_c)]^2 ~ 14 beads (Eq. 13, l.296).
    """
    n_star = rfot.cooperative_region_size(lindemann_ratio)
    n_dd = rfot.tunnelling_transition_size(
        rfot.mismatch_coefficient(lindemann_ratio),
        rfot.configurational_entropy_at_tg(lindemann_ratio),
    )
    return {
        "N_star": n_star,
        "xi_over_a": n_star ** (1.0 / 3.0),
        "R_over_a": sphere_radius(n_star),
        "N_ddagger": n_dd,
        "r_ddagger_over_a": sphere_radius(n_dd),
        "d_L_over_a": lindemann_ratio,
    }
