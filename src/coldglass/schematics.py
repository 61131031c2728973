"""Geometry of the schematic figures: bead packings, the RFOT mosaic, alternative states.

Lengths are in units of the bead spacing a. Everything random takes a
``numpy.random.Generator`` so that a figure is deterministic for a given seed. Drawing
lives in the plot scripts and ``coldglass.plotting``; this module only computes
coordinates, so a compute rule can store them and restyling never recomputes.
"""

import numpy as np


def bead_lattice(width, height, rng, spacing=1.0, jitter=0.08):
    """Bead centres on a jittered triangular lattice filling [0, width] x [0, height].

    ``jitter`` is the standard deviation of the Gaussian displacement, in units of
    ``spacing``; an amorphous packing is suggested without beads overlapping.
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

    ``padding`` extra rings of centres outside the shown square make every Voronoi cell that
    meets the square finite. Returns (centres, shown) where ``shown`` flags the centres
    inside [0, domains_across * domain_size]^2.
    """
    index = np.arange(-padding, domains_across + padding)
    gx, gy = np.meshgrid(index, index)
    centres = (np.column_stack([gx.ravel(), gy.ravel()]) + 0.5) * domain_size
    centres += rng.normal(scale=jitter * domain_size, size=centres.shape)
    size = domains_across * domain_size
    shown = np.all((centres >= 0) & (centres <= size), axis=1)
    return centres, shown


def nearest_centre(points, centres):
    """Index of the nearest centre for each point: the Voronoi cell it belongs to."""
    distances = np.linalg.norm(points[:, None, :] - centres[None, :, :], axis=2)
    return np.argmin(distances, axis=1)


def domain_walls(centres):
    """Finite Voronoi ridges between the centres, as an array of segments (n, 2, 2)."""
    from scipy.spatial import Voronoi

    diagram = Voronoi(centres)
    segments = [diagram.vertices[ridge] for ridge in diagram.ridge_vertices if -1 not in ridge]
    return np.array(segments)


def alternative_positions(points, displacement, rng):
    """The alternative structural state: every bead moved by ``displacement`` in a random
    direction (in a transition each bead moves about the Lindemann length d_L)."""
    angle = rng.uniform(0.0, 2.0 * np.pi, len(points))
    return points + displacement * np.column_stack([np.cos(angle), np.sin(angle)])


def rotated_bond(length, angle):
    """End points of a bond of ``length`` centred at the origin, rotated by ``angle`` (rad)
    from the x axis: (2, 2) array [negative end, positive end]."""
    half = 0.5 * length * np.array([np.cos(angle), np.sin(angle)])
    return np.array([-half, half])
