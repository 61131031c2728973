"""Geometry helpers of the schematic figures."""

import math

import numpy as np
import pytest

from coldglass import rfot, schematics


def test_bead_lattice_spacing_and_bounds():
    beads = schematics.bead_lattice(10.0, 8.0, np.random.default_rng(0), jitter=0.0)
    assert beads.min() >= 0.0 and beads[:, 0].max() <= 10.0 and beads[:, 1].max() <= 8.0
    nearest = np.sort(np.linalg.norm(beads[:, None] - beads[None], axis=2), axis=1)[:, 1]
    assert nearest == pytest.approx(np.ones_like(nearest))
    # triangular lattice: 2/sqrt(3) beads per unit area
    assert len(beads) == pytest.approx(80 * 2 / np.sqrt(3), rel=0.15)


def test_bead_lattice_is_deterministic_for_a_seed():
    first = schematics.bead_lattice(5, 5, np.random.default_rng(4))
    second = schematics.bead_lattice(5, 5, np.random.default_rng(4))
    assert np.array_equal(first, second)


def test_mosaic_cells_have_the_domain_size():
    centres, shown = schematics.mosaic_centres(3, 5.76, np.random.default_rng(1), jitter=0.0)
    assert shown.sum() == 9
    beads = schematics.bead_lattice(3 * 5.76, 3 * 5.76, np.random.default_rng(2))
    counts = np.bincount(schematics.nearest_centre(beads, centres), minlength=len(centres))[shown]
    # each cell of area xi^2 holds about (2/sqrt(3)) xi^2 = 38 beads
    assert counts.mean() == pytest.approx(2 / np.sqrt(3) * 5.76**2, rel=0.15)


def test_domain_walls_are_finite_segments():
    centres, _ = schematics.mosaic_centres(2, 6.0, np.random.default_rng(3))
    walls = schematics.domain_walls(centres)
    assert walls.shape[1:] == (2, 2) and np.all(np.isfinite(walls))


def test_alternative_positions_move_every_bead_by_the_displacement():
    points = np.zeros((50, 2))
    moved = schematics.alternative_positions(points, 0.1, np.random.default_rng(5))
    assert np.linalg.norm(moved, axis=1) == pytest.approx(np.full(50, 0.1))


def test_rotated_bond():
    ends = schematics.rotated_bond(2.0, np.pi / 2)
    assert ends == pytest.approx(np.array([[0.0, -1.0], [0.0, 1.0]]))


# --- RFOT schematics of the quantum_theory review (Figs. 3, 9) -----------------------


def test_schematic_sizes_are_the_computed_rfot_values():
    s = schematics.tunnelling_centre_sizes()
    assert s["N_star"] == pytest.approx(rfot.cooperative_region_size())
    assert s["xi_over_a"] == pytest.approx(rfot.xi_over_a())
    assert 4 * math.pi / 3 * s["R_over_a"] ** 3 == pytest.approx(s["N_star"])
    assert s["N_ddagger"] == pytest.approx(rfot.tunnelling_transition_size())
    assert round(s["N_ddagger"]) == 14  # "N^ddagger ~ 14", l.296
    assert 4 * math.pi / 3 * s["r_ddagger_over_a"] ** 3 == pytest.approx(s["N_ddagger"])
    assert s["d_L_over_a"] == rfot.LINDEMANN_RATIO


def test_nearest_beads_and_rotated_region():
    pts = np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 2.0], [3.0, 3.0], [-0.5, 0.0]])
    assert list(schematics.nearest_beads(pts, (0.1, 0.0), 3)) == [0, 4, 1]
    out = schematics.rotated_region(pts, [0, 1, 2], math.pi / 2)
    assert np.allclose(out[3:], pts[3:])  # the rest is untouched
    d_before = np.linalg.norm(pts[0] - pts[1])
    assert np.linalg.norm(out[0] - out[1]) == pytest.approx(d_before)  # rigid rotation
    assert np.allclose(out[:3].mean(axis=0), pts[:3].mean(axis=0))  # about the centroid


def test_drawing_helpers_add_artists():
    import matplotlib.pyplot as plt

    from coldglass import plotting

    fig, ax = plt.subplots()
    plotting.setup_cartoon_axes(ax, 5, 4)
    plotting.draw_beads(ax, np.array([[1.0, 1.0], [2.0, 1.0]]))
    plotting.draw_contour(ax, (2, 2), 1.5)
    plotting.dimension_arrow(ax, (0, 0), (3, 0), "xi")
    assert len(ax.collections) == 1 and len(ax.patches) == 1 and len(ax.texts) == 2  # arrow + label
    assert ax.get_xlim() == (-0.6, 5.6)
    plt.close(fig)


def test_wall_distance_and_clearance():
    walls = np.array([[[0.0, 0.0], [1.0, 0.0]]])
    points = np.array([[0.5, 0.3], [2.0, 0.0], [-0.3, -0.4]])
    assert schematics.wall_distance(points, walls) == pytest.approx([0.3, 1.0, 0.5])
    assert list(schematics.clear_of_walls(points, walls, 0.4)) == [False, True, True]


def test_alternative_positions_stay_clear_of_walls():
    rng = np.random.default_rng(3)
    walls = np.array([[[0.0, -5.0], [0.0, 5.0]]])
    points = np.column_stack([np.full(200, 0.6), np.linspace(-4, 4, 200)])
    moved = schematics.alternative_positions(points, 0.25, rng, walls=walls, clearance=0.45)
    assert np.linalg.norm(moved - points, axis=1) == pytest.approx(0.25)
    assert schematics.clear_of_walls(moved, walls, 0.45).all()


def test_bond_rotation_rms_is_displacement_over_length():
    """Both ends moved by d in random directions: rms rotation d/a (l.41 of electrodynamics)."""
    rng = np.random.default_rng(5)
    n, d = 200_000, 0.1
    first = np.zeros((n, 2))
    second = np.column_stack([np.ones(n), np.zeros(n)])
    angle = rng.uniform(0, 2 * np.pi, (2, n))
    shift = d * np.stack([np.cos(angle), np.sin(angle)], axis=-1)
    rot = schematics.bond_rotation(first, second, first + shift[0], second + shift[1])
    assert np.sqrt(np.mean(rot**2)) == pytest.approx(d, rel=0.02)
    quarter = schematics.bond_rotation(first[:1], second[:1], first[:1], [[0.0, 1.0]])
    assert quarter[0] == pytest.approx(np.pi / 2)


def test_cell_area_of_a_square_grid_and_bond_pairs():
    g = np.arange(5.0)
    centres = np.column_stack([a.ravel() for a in np.meshgrid(g, g)]) * 2.0
    assert schematics.cell_area(centres, 12) == pytest.approx(4.0)
    pairs = schematics.bond_pairs(np.array([[0, 0], [1, 0], [3, 0]]), cutoff=1.3)
    assert pairs.tolist() == [[0, 1]]
