"""Piezoelectric free energy, electrodynamics Eqs. (7)-(12)."""

import math

import numpy as np
import pytest

from coldglass import piezo


@pytest.mark.parametrize("seed", range(5))
def test_internal_field_makes_displacement_vanish(seed):
    stiffness, eps, beta, strain = piezo.random_stable_tensors(np.random.default_rng(seed))
    field = piezo.internal_field(eps, beta, strain)
    assert np.allclose(piezo.displacement_field(eps, beta, strain, field), 0.0, atol=1e-10)


@pytest.mark.parametrize("seed", range(5))
def test_free_energy_at_internal_field_is_the_dressed_quadratic_form(seed):
    stiffness, eps, beta, strain = piezo.random_stable_tensors(np.random.default_rng(seed))
    field = piezo.internal_field(eps, beta, strain)
    full = piezo.free_energy_density(stiffness, eps, beta, strain, field)
    assert full == pytest.approx(piezo.strain_free_energy(stiffness, eps, beta, strain), rel=1e-12)


def test_internal_field_is_a_stationary_point_of_the_free_energy():
    stiffness, eps, beta, strain = piezo.random_stable_tensors(np.random.default_rng(7))
    field = piezo.internal_field(eps, beta, strain)
    step = 1e-6
    for axis in range(3):
        shift = np.zeros(3)
        shift[axis] = step
        plus = piezo.free_energy_density(stiffness, eps, beta, strain, field + shift)
        minus = piezo.free_energy_density(stiffness, eps, beta, strain, field - shift)
        assert (plus - minus) / (2 * step) == pytest.approx(0.0, abs=1e-6)


def test_dressed_stiffness_stays_symmetric_and_stiffer():
    stiffness, eps, beta, _ = piezo.random_stable_tensors(np.random.default_rng(3))
    dressed = piezo.dressed_stiffness(stiffness, eps, beta).reshape(9, 9)
    assert np.allclose(dressed, dressed.T)
    assert np.all(np.linalg.eigvalsh(dressed - stiffness.reshape(9, 9)) > -1e-12)


def test_quartz_numbers_of_line_132():
    assert piezo.coulomb_stiffness(5.2e4, 4.58) == pytest.approx(4 * math.pi * 5.2e4**2 / 4.58)
    assert piezo.coulomb_stiffness(5.2e4, 4.58) == pytest.approx(7.419e9, rel=1e-3)
    assert piezo.coulomb_share(5.2e4, 8.8e11, 4.58) == pytest.approx(0.008431, rel=1e-3)
    assert piezo.partial_charge_squared_as_printed(5.2e4, 8.8e11) == pytest.approx(
        0.0030727, rel=1e-4
    )
