"""Transition dipole of a tunnelling centre, electrodynamics Eqs. (1)-(6), (18)."""

import math

import numpy as np
import pytest

from coldglass import dipoles, units


def test_reorienting_pairs_and_universal_factor():
    assert dipoles.reorienting_pairs(5.8) == pytest.approx(5.8**3 / 2)
    # notes C08: 0.988 for xi/a = 5.8, 0.79 for 5, 1.04 for 6
    assert dipoles.universal_dipole_factor(5.8, 0.1) == pytest.approx(0.9877, abs=1e-4)
    assert dipoles.universal_dipole_factor(5.0, 0.1) == pytest.approx(0.7906, abs=1e-4)
    assert dipoles.universal_dipole_factor(6.0, 0.1) == pytest.approx(1.0392, abs=1e-4)


def test_eq1_dipole_is_about_one_debye_for_generic_inputs():
    # zeta = 0.1, q = e, a = 2 Å, xi/a = 5.8: 0.1 * 9.606 D * 0.9877 = 0.949 D
    mu = dipoles.transition_dipole(0.1, units.E_CHARGE, 2e-10, 5.8, 0.1)
    assert units.coulomb_metre_to_debye(mu) == pytest.approx(0.9488, abs=1e-3)


def test_line45_form_has_one_more_zeta():
    args = (0.1, units.E_CHARGE, 2e-10, 5.8, 0.1)
    assert dipoles.transition_dipole_as_printed_l45(*args) == pytest.approx(
        0.1 * dipoles.transition_dipole(*args)
    )


def test_eq6_is_the_square_of_eq1():
    mu = dipoles.transition_dipole(0.07, units.E_CHARGE, 3e-10, 5.5, 0.1)
    mol = dipoles.bond_dipole(0.07, units.E_CHARGE, 3e-10)
    assert mu**2 == pytest.approx(mol**2 * (5.5**3 / 2) * 0.1**2)


def test_reaction_field_factor_is_one_on_the_diagonal():
    eps = np.linspace(1.0, 50.0, 500)
    assert np.max(np.abs(dipoles.reaction_field_factor(eps, eps) - 1.0)) < 1e-14
    complex_eps = 3.0 + 0.4j
    assert dipoles.reaction_field_factor(complex_eps, complex_eps) == pytest.approx(1.0)


def test_reaction_field_factor_off_diagonal_values():
    # notes C15: R(2.1, 3.8) = 0.862, R(2.1, 10) = 0.523 (eps_ext, eps_TLS)
    assert dipoles.reaction_field_factor(2.1, 3.8) == pytest.approx(0.862, abs=1e-3)
    assert dipoles.reaction_field_factor(2.1, 10.0) == pytest.approx(0.523, abs=1e-3)


def test_cavity_fluctuation_is_kirkwood_froehlich_for_equal_permittivities():
    # <M^2>/kT = (eps - 1)(2 eps + 1) V / (12 pi eps); notes C40: 0.16809 for eps = 3.8, V = 1
    eps = 3.8
    assert dipoles.cavity_fluctuation(eps, eps, 1.0) == pytest.approx(
        (eps - 1) * (2 * eps + 1) / (12 * math.pi * eps)
    )
    assert dipoles.cavity_fluctuation(eps, eps, 1.0) == pytest.approx(0.16809, abs=1e-5)


def test_piezoelectric_dipole_quartz_value():
    # notes C20: beta_bar a^3 = 0.42 D for a = 2 Å; times the universal factor
    mu = dipoles.piezoelectric_transition_dipole(5.2e4, 2e-8, 5.8, 0.1)
    assert mu / 1e-18 == pytest.approx(5.2e4 * 8e-24 / 1e-18 * 0.98773, rel=1e-4)


def test_field_energy_of_half_a_debye_at_breakdown():
    energy = dipoles.field_energy(units.debye_to_coulomb_metre(0.5), 1e8)
    assert units.joule_to_ev(energy) == pytest.approx(1.041e-3, rel=1e-3)
    assert units.joule_to_kelvin(energy) == pytest.approx(12.08, abs=0.01)
