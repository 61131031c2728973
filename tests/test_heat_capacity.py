"""Tests of coldglass.heat_capacity (Jug, Bonfanti & Kob 2015, Sec. 4, Eqs. 14-20)."""

import numpy as np
import pytest
import references

from coldglass import ats, units
from coldglass import heat_capacity as hc

BAS_060 = references.table_row("BAS", 0.60)  # Tables 1, 2


def _ab(B, p):
    return (
        float(ats.d0phi_kelvin(B, p["X_min_K_A2"])),
        float(ats.d0phi_kelvin(B, p["X_max_K_A2"])),
    )


@pytest.mark.parametrize(
    "T,B",
    [(0.6, 0.01), (0.6, 0.5), (0.9, 2.0), (1.36, 8.0), (0.3, 0.2), (0.05, 0.05), (1.11, 1e-4)],
)
def test_eq18_closed_form_equals_eq17_quadrature(T, B):
    p = BAS_060
    a, b = _ab(B, p)
    ratio = p["X_max_K_A2"] / p["X_min_K_A2"]
    q17 = hc.ats_heat_capacity_quad(T, p["D_min_K"], a, b, ratio)
    c18_scipy = hc.ats_heat_capacity_closed_scipy(T, p["D_min_K"], a, b, ratio)
    c18_numba = float(hc.ats_heat_capacity(T, p["D_min_K"], a, b, ratio))
    assert c18_scipy == pytest.approx(q17, rel=1e-10)
    assert c18_numba == pytest.approx(q17, rel=1e-10)


def test_eq17_equals_eq14_with_eq13():
    # Eq. (17) is Eq. (14) with the DOS of Eq. (13)
    T, B, p = 0.6, 0.3, BAS_060
    a, b = _ab(B, p)
    phi = B  # use D0 = X and phi such that the products are a and b
    d0min, d0max = a / phi, b / phi
    ec1, ec2 = ats.cutoff_energies(phi, p["D_min_K"], d0min, d0max)
    c14 = hc.heat_capacity_from_dos(
        lambda E: ats.dos_ats(E, phi, p["D_min_K"], d0min, d0max),
        T,
        points=[float(ec1), float(ec2)],
    )
    c17 = hc.ats_heat_capacity_quad(T, p["D_min_K"], a, b, d0max / d0min)
    assert c14 == pytest.approx(c17, rel=1e-9)


def test_phi_zero_limit_is_continuous():
    p = BAS_060
    ratio = p["X_max_K_A2"] / p["X_min_K_A2"]
    c0 = float(hc.ats_heat_capacity(0.6, 0.49, 0.0, 0.0, ratio))
    a, b = _ab(1e-7, p)
    assert float(hc.ats_heat_capacity(0.6, 0.49, a, b, ratio)) == pytest.approx(c0, rel=1e-6)
    assert c0 == pytest.approx(hc.ats_heat_capacity_quad(0.6, 0.49, 0.0, 0.0, ratio), rel=1e-10)


def test_calI_kernel_vs_quad():
    for x, a in [
        (0.5, 0.5),
        (0.5, 0.0),
        (1.0, 0.3),
        (10.0, 9.99),
        (3.0, 1e-8),
        (20.0, 5.0),
        (0.01, 0.009999),
    ]:
        assert hc.calI(x, a) == pytest.approx(hc.calI_quad(x, a), rel=1e-11, abs=1e-15)


@pytest.mark.parametrize("J", [0.5, 2.0, 2.5])
def test_schottky_spacing_convention_is_the_multiplet_heat_capacity(J):
    T = np.array([0.05, 0.6, 1.36, 4.0])
    B = np.array([[0.0], [1e-4], [0.3], [1.0], [8.0]])
    ref = hc.schottky_partition_function_heat_capacity(T, B, J, 2.0)
    got = hc.schottky_heat_capacity(T, B, J, 2.0, z_convention="spacing")
    assert np.allclose(got, ref, rtol=1e-9, atol=1e-40)
    printed = hc.schottky_heat_capacity(T, B, J, 2.0, z_convention="printed")
    if J != 1.0:
        assert not np.allclose(printed[1:], ref[1:], rtol=1e-2, atol=0)


def test_schottky_printed_equals_spacing_at_J_times_B():
    J = 2.0
    assert hc.schottky_heat_capacity(0.6, 0.4, J, 2.0, z_convention="printed") == pytest.approx(
        hc.schottky_heat_capacity(0.6, 0.4 * J, J, 2.0)
    )


def test_schottky_high_temperature_limit():
    # k_B (g mu_B B/k_B T)^2 J(J+1)/3 for z -> 0
    J, g, B, T = 2.5, 2.0, 0.01, 5.0
    z = g * hc.MU_B_OVER_K_B * B / T
    assert hc.schottky_heat_capacity(T, B, J, g) / units.K_B == pytest.approx(
        z**2 * J * (J + 1) / 3, rel=1e-4
    )


def test_tls_linear_term():
    nP = 1e18
    val = hc.heat_capacity_from_dos(lambda E: nP, 0.5)
    assert val == pytest.approx(hc.tls_heat_capacity(0.5, nP), rel=1e-9)


def test_cbar_reference_values_and_subtraction():
    p = BAS_060
    assert hc.cbar(0.6, 8.0, {**p, "B_ref_T": 8.0}) == 0.0
    c0 = float(hc.cbar(0.6, 0.0, p))
    # C-bar(0) > 0 from the ATS term (l.219) while the Fe terms alone give C(0) = 0
    assert c0 > 0
    assert hc.fe_heat_capacity(0.6, 0.0, 1e17, 1e17) == 0.0
    Bp, cp = hc.cbar_peak(0.6, p)
    assert 0.3 < Bp < 1.0 and cp > c0


def test_cbar_is_referred_to_infinite_field():
    """C-bar = C(B) - C(infinity) (l.167, l.219): every B-dependent term of the weak-field model
    vanishes as B -> infinity, so the default C-bar is C itself; C(8 T) is small but not zero."""
    p = BAS_060
    assert hc.DEFAULT_MODEL["B_ref_T"] is None
    B = np.array([0.0, 0.5, 3.0])
    assert np.array_equal(hc.cbar(0.6, B, p), hc.total_heat_capacity(0.6, B, p))
    peak = hc.cbar_peak(0.6, p)[1]
    for b_high in (50.0, 200.0, 1000.0):
        assert 0 <= float(hc.total_heat_capacity(0.6, b_high, p)) < 1e-12 * peak
    c8 = float(hc.total_heat_capacity(0.6, 8.0, p))
    assert 0 < c8 < 0.1 * float(hc.cbar(0.6, 0.0, p))
    assert float(hc.cbar(0.6, 0.0, {**p, "B_ref_T": 8.0})) == pytest.approx(
        float(hc.cbar(0.6, 0.0, p)) - c8, rel=1e-12
    )
    with pytest.raises(ValueError):
        hc.cbar(0.6, 0.5, {**p, "B_star_T": 1.0})


def test_heat_capacity_model_vectorised():
    p = BAS_060
    B = np.linspace(0, 8, 50)
    y = hc.heat_capacity_model(B, p)
    assert y.shape == B.shape
    assert np.allclose(y, [float(hc.cbar(0.6, b, p)) for b in B], rtol=1e-13, atol=0)
    yT = hc.heat_capacity_model(np.array([0.6, 0.9]), {**p, "B_T": 0.5}, variable="T")
    assert yT[0] == pytest.approx(float(hc.cbar(0.6, 0.5, p)))


def test_high_field_factor_changes_ats_term():
    p = BAS_060
    weak = float(hc.total_heat_capacity(0.6, 3.0, p))
    strong = float(hc.total_heat_capacity(0.6, 3.0, {**p, "B_star_T": 1.0}))
    assert weak != strong
    assert float(hc.total_heat_capacity(0.6, 0.01, {**p, "B_star_T": 1.0})) == pytest.approx(
        float(hc.total_heat_capacity(0.6, 0.01, p)), rel=1e-5
    )


def test_zero_field_law_and_I_function():
    T = np.array([0.05, 0.3, 1.0, 5.0])
    got = hc.ats_heat_capacity_zero_field(T, 0.49, 6.0, 1e16)
    ref = hc.ats_heat_capacity(T, 0.49, 0.0, 0.0, 6.0, 1e16)
    assert np.allclose(got, ref, rtol=1e-13, atol=0)
    x = np.array([0.0, 0.3, 2.0, 30.0])
    assert np.allclose(
        hc.I_function(x), x * np.tanh(x) - np.log(np.cosh(x)), rtol=1e-12, atol=1e-14
    )
    # high-temperature shoulder 2 pi k_B P* n ln(ratio) ln 2
    hot = hc.ats_heat_capacity_zero_field(1e3, 0.49, 6.0, 1.0)
    assert hot == pytest.approx(2 * np.pi * units.K_B * np.log(6.0) * np.log(2.0), rel=1e-6)


def test_exact_orientation_average_vs_quadrature():
    from scipy import integrate

    p = {**BAS_060, "n_fe2_per_g": 0.0, "n_fe3_per_g": 0.0, "orientation_average": "exact"}
    B = 0.7
    got = float(hc.total_heat_capacity(0.6, B, p))

    def f(c):
        return float(hc.total_heat_capacity(0.6, B * c, {**p, "orientation_average": False}))

    ref = integrate.quad(f, 0, 1, epsabs=0, epsrel=1e-10, limit=200)[0]
    assert got == pytest.approx(ref, rel=1e-6)


def test_config_switch_selects_the_cbar_reference():
    """heat_capacity.cbar_reference: 'infinity' (default, l.167/l.219) or 'B_ref' (C(8 T))."""
    from pathlib import Path

    import yaml

    from coldglass.claims.magnetic_tunneling_inputs import model_rows
    from coldglass.config import load_workflow_config

    root = Path(__file__).resolve().parents[1]
    cfg = load_workflow_config(
        yaml.safe_load((root / "config/config.yaml").read_text()), ["magnetic_tunneling"], root=root
    )["magnetic_tunneling"]
    assert cfg["heat_capacity"]["cbar_reference"] == "infinity"
    assert all(r["B_ref_T"] is None for r in model_rows("BAS", cfg))
    cfg8 = {**cfg, "heat_capacity": {**cfg["heat_capacity"], "cbar_reference": "B_ref"}}
    rows = model_rows("Duran", cfg8)
    assert all(r["B_ref_T"] == 8.0 for r in rows)
    (r136,) = [r for r in rows if r["T_K"] == 1.36]
    ratio = float(hc.cbar(1.36, 0.0, {**r136, "B_ref_T": None}) / hc.cbar(1.36, 0.0, r136))
    assert ratio == pytest.approx(2.27, abs=0.01)  # errata.md C44: Duran 1.36 K
