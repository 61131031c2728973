"""Unit conversions against hand-checked values (electrodynamics notes, CODATA)."""

import pytest

from coldglass import units


def test_debye_is_1e_minus_18_statcoulomb_cm():
    # 1 D = 1e-18 statC cm; 1 statC = 1/(10 c) C, 1 cm = 1e-2 m
    assert units.DEBYE == pytest.approx(1e-18 / (10 * units.C_LIGHT) * 1e-2, rel=1e-15)
    assert units.DEBYE == pytest.approx(3.33564e-30, rel=1e-5)


def test_electron_angstrom_is_4p803_debye():
    assert units.coulomb_metre_to_debye(units.E_CHARGE * units.ANGSTROM) == pytest.approx(
        4.80320, rel=1e-5
    )


def test_elementary_charge_in_statcoulomb():
    assert units.E_CHARGE_STATC == pytest.approx(4.80320e-10, rel=1e-5)


def test_ev_kelvin_round_trip():
    assert units.ev_to_kelvin(1.0) == pytest.approx(11604.52, rel=1e-6)
    assert units.kelvin_to_ev(units.ev_to_kelvin(0.37)) == pytest.approx(0.37, rel=1e-14)


def test_megahertz_in_kelvin():
    assert units.hertz_to_kelvin(1e6) == pytest.approx(4.799e-5, rel=1e-3)


def test_cgs_mechanical_conversions():
    assert units.dyn_per_cm2_to_pascal(8.8e11) == pytest.approx(8.8e10)
    assert units.g_per_cm3_to_kg_per_m3(2.2) == pytest.approx(2200.0)


def test_constants_equal_scipy_codata():
    # Written out (no SciPy import at start-up); SciPy's CODATA tables as the reference.
    from scipy import constants as c

    pairs = {
        units.K_B: c.k,
        units.HBAR: c.hbar,
        units.H_PLANCK: c.h,
        units.E_CHARGE: c.e,
        units.EV: c.eV,
        units.C_LIGHT: c.c,
        units.EPSILON_0: c.epsilon_0,
        units.MU_B: c.physical_constants["Bohr magneton"][0],
        units.RYDBERG_EV: c.physical_constants["Rydberg constant times hc in eV"][0],
        units.GAS_CONSTANT: c.R,
        units.AVOGADRO: c.N_A,
    }
    assert all(ours == theirs for ours, theirs in pairs.items()), pairs


def test_importing_units_does_not_load_scipy():
    import subprocess
    import sys

    code = "import sys, coldglass.units; print('scipy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "False", out.stderr
