"""Geometry helpers of the schematic figures."""

import numpy as np
import pytest

from coldglass import schematics


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
