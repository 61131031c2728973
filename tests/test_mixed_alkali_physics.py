"""mixed_alkali physics: two-species response, heat capacity, 4LS, clusters, percolation."""

import math

import numpy as np
import pytest
import references
from scipy import ndimage
from scipy.integrate import quad

from coldglass import ats, multiwell, percolation, tls, two_species
from coldglass import heat_capacity as hc

STM = dict(A_2LS=3e-5, delta0_min=1e-4, E_max=10.0, gamma_s_K3=1e-8, omega=2 * math.pi * 1e3)


def test_stm_asymptotic_slopes_are_minus_two_to_one():
    # analytic: d/dlnT of RES -> -2A/3 (T << E_max), of REL -> +A (omega tau_min << 1)
    T = np.array([0.02, 0.04, 2.0, 4.0])
    # corrections are linear in Delta0_min/2T (RES) and in sqrt(omega gamma/2T)/2T (REL):
    # Delta0_min = 1e-6 K, REL slope at T = 2-4 K with E_max = 1e3 K
    stm = {**STM, "delta0_min": 1e-6, "E_max": 1e3}
    p = two_species.dielectric_response(T, **stm, A_ATS=0.0, D_min=1.0, Gamma=1.0)
    s_res = (p["tls_res"][1] - p["tls_res"][0]) / math.log(2.0)
    s_rel = (p["tls_rel"][3] - p["tls_rel"][2]) / math.log(2.0)
    A = STM["A_2LS"]
    assert s_res == pytest.approx(-2 * A / 3, rel=2e-3)
    assert s_rel == pytest.approx(A, rel=2e-3)
    # total slopes below and above T0: -2A/3 and -2A/3 + A = +A/3, ratio -2
    assert s_res / (s_res + s_rel) == pytest.approx(-2.0, rel=0.01)


def test_v_shape_of_the_stm_and_rounding_by_ats():
    T = np.logspace(-3, 0, 121)
    stm = two_species.dielectric_response(T, **STM, A_ATS=0.0, D_min=1.0, Gamma=1.0)
    v = two_species.v_shape(T, sum(stm.values()))
    assert -2.4 < v["ratio"] < -1.8
    t0 = (0.5 * STM["gamma_s_K3"] * STM["omega"]) ** (1 / 3)
    assert 0.5 < v["T0"] / t0 < 3.0
    mixed = two_species.dielectric_response(T, **STM, A_ATS=1e-4, D_min=0.5, Gamma=1.2e8)
    w = two_species.v_shape(T, sum(mixed.values()))
    assert w["slope_below"] == pytest.approx(v["slope_below"], rel=0.1)
    assert w["slope_above"] > v["slope_above"]
    assert abs(w["ratio"]) < abs(v["ratio"])


@pytest.mark.parametrize("T", [0.01, 0.05, 0.3])
def test_ats_terms_against_quad(T):
    args = (2e-5, 0.1)
    assert two_species.ats_resonant(T, *args)[0] == pytest.approx(
        references.ats_resonant_quad(T, *args), rel=1e-10
    )
    rel = two_species.ats_relaxational(T, *args, 2 * math.pi * 1e3, 5e9)[0]
    ref = references.ats_relaxational_quad(T, *args, 2 * math.pi * 1e3, 5e9)
    assert rel == pytest.approx(ref, rel=1e-9)


def test_ats_limits():
    A, dmin = 1e-5, 0.2
    assert two_species.ats_resonant(1e-3, A, dmin)[0] == pytest.approx(A / (2 * dmin), rel=1e-9)
    # omega tau -> 0: REL = (A/4T) int dE/E sech^2(E/2T)
    T = 0.05
    full = quad(lambda E: tls.sech2(E / (2 * T)) / E, dmin, dmin + 80 * T, epsrel=1e-12)[0]
    val = two_species.ats_relaxational(T, A, dmin, 1e-12, 5e9)[0]
    assert val == pytest.approx(A / (4 * T) * full, rel=1e-9)


@pytest.mark.parametrize("T", [0.02, 0.1, 0.5, 3.0])
def test_ats_shoulder_closed_form_against_dos_quadrature(T):
    dmin, c = 0.3, 1.0e17  # c = 2 pi P* n ln(D0max/D0min) per kelvin per gram
    closed = two_species.ats_heat_capacity(T, 2 * math.pi * 0 + c * 1.380649e-23, dmin)
    numeric = hc.heat_capacity_from_dos(lambda E: c / E if E > dmin else 0.0, T, points=[dmin])
    assert float(closed) == pytest.approx(numeric, rel=1e-8)


def test_shoulder_saturates_at_ln2():
    assert float(two_species.ats_heat_capacity(1e3, 1.0, 0.1)) == pytest.approx(
        math.log(2), rel=1e-4
    )
    assert float(two_species.ats_heat_capacity(0.005, 1.0, 0.1)) < 1e-6


@pytest.mark.parametrize("T", [0.01, 0.2, 1.0, 10.0])
def test_fe_centres_against_quad_and_limits(T):
    val = float(two_species.fe_center_heat_capacity(T, 1.0, 0.5))
    assert val == pytest.approx(references.fe_center_heat_capacity_quad(T, 1.0, 0.5), rel=1e-8)


def test_fe_centre_asymptotics():
    hi = float(two_species.fe_center_heat_capacity(200.0, 1.0, 0.5))
    assert hi == pytest.approx(1.5 * (0.5 / 200.0) ** 2, rel=1e-3)
    k3 = quad(lambda y: y**3 * tls.sech2(y), 0, 40, epsrel=1e-12)[0]
    lo = float(two_species.fe_center_heat_capacity(1e-4, 1.0, 0.5))
    assert lo == pytest.approx((2e-4 / 0.5) ** 2 * k3, rel=1e-3)


def test_composition_laws_and_dipole():
    x = np.array([0.0, 0.1, 0.3])
    assert np.allclose(two_species.ats_prefactor(x, 2.0), 2 * x)
    assert np.allclose(two_species.tls_prefactor(x, 1.0, 0.0, 0.5), 1 - x)
    assert two_species.elementary_dipole_debye() == pytest.approx(2.54, abs=0.005)
    # p1 round trip: A = rho p1^2 B/(2 k_B eps0 eps_r) in J -> /k_B in K
    from scipy.constants import epsilon_0, k

    p1 = 0.3 * 3.33564e-30
    B, rho, er = 1e-6, 2.2e6, 4.0
    A_K = rho * p1**2 * B / (2 * k * epsilon_0 * er) / k
    assert two_species.ats_dipole(A_K, B, rho, er) == pytest.approx(0.3, rel=1e-4)


def test_prefactor_laws_of_figs_10_and_13():
    x = np.linspace(0.0, 0.4, 41)
    d = two_species.dielectric_prefactors(x, A0=1.0, B=2.0, a=3.0, kappa=0.25)
    assert np.allclose(d["A_2LS"] - d["A_2LS_dilution"], 2.0 * x**0.25)
    assert np.allclose(d["A_2LS_dilution"], 1.0 - x) and np.allclose(d["A_ATS"], 3.0 * x)
    h = two_species.heat_capacity_prefactors(
        x, B_ph_nf=1.0, B_ph_nm=2.0, C_ph=0.5, B_2LS0=1.0, B_2LS_interface=3.0, b=4.0, kappa=0.2
    )
    assert np.allclose(h["B_ph"] - h["B_ph_linear"], 0.5 * x**0.2)
    assert np.allclose(h["B_ph_linear"], 1.0 + x)  # (1 - x) + 2 x
    assert np.allclose(h["B_2LS"], 1.0 - x + 3.0 * x**0.2) and np.allclose(h["B_ATS"], 4.0 * x)
    # x -> 0: every law returns the pure-SiO2 values and no ATS
    assert h["B_2LS"][0] == 1.0 and h["B_ph"][0] == 1.0 and h["B_ATS"][0] == 0.0


@pytest.mark.parametrize("D1", [0.0, 0.3, 1.0])
def test_square_levels_against_diagonalisation(D1):
    for phi in np.linspace(-2 * np.pi, 2 * np.pi, 13):
        ev = np.linalg.eigvalsh(multiwell.square_hamiltonian([0, 0, 0, 0], 1.0, D1, phi))
        assert np.allclose(ev, multiwell.square_levels(1.0, D1, phi), atol=1e-12)


def test_square_degeneracies():
    lv = multiwell.square_levels(1.0, 0.3, 0.0)
    assert lv[1] == pytest.approx(lv[2]) and lv[0] < lv[1] - 1
    tet = multiwell.square_levels(1.0, 1.0, np.array([0.0, 0.02]))
    assert np.allclose(tet[0][:3], -1.0) and tet[0][3] == pytest.approx(3.0)
    # lowest gap linear in phi for the tetrahedral mimic (like the 3LS): gap ~ phi/2
    assert tet[1][1] - tet[1][0] == pytest.approx(0.01, rel=0.05)
    # 3LS at E_i = 0: doubly degenerate ground state -D0, excited 2D0
    assert np.allclose(np.linalg.eigvalsh(ats.hamiltonian(0, 0, 0, 1.0)), [-1, -1, 2])


def test_coherent_projection_and_cluster():
    d, d0 = [0.1, -0.3, 0.05], [0.2, 0.1, 0.3]
    J = np.full((3, 3), 0.07)
    left, right = multiwell.coherent_projection(d, d0, J)
    assert left == pytest.approx(sum(d) + 0.07 * 3)
    assert right == pytest.approx(-sum(d) + 0.07 * 3)
    n = 5
    c = multiwell.coherent_cluster(np.ones(n), np.ones((n, 3)), np.ones(n), np.ones(n))
    assert c["D0qS"] == pytest.approx(n**3)


def test_labelling_matches_scipy():
    occ = percolation.occupy(20, percolation.P_C_CUBIC, 3)
    lab = percolation.label_sites(occ)
    ref, n = ndimage.label(occ)
    assert len(np.unique(lab[lab >= 0])) == n
    pairs = set(zip(lab[occ].tolist(), ref[occ].tolist(), strict=True))
    assert len(pairs) == n  # one-to-one correspondence of the partitions


def test_box_counts_match_reference():
    occ = percolation.occupy(24, percolation.P_C_CUBIC, 4)
    lab = percolation.label_sites(occ)
    surf = percolation.surface_mask(occ, occ)
    centres = np.argwhere(occ[5:-5, 5:-5, 5:-5]) + 5
    a = percolation.box_counts(lab, surf, centres[:50], [3, 5, 9])
    b = references.box_counts_reference(lab, surf, centres[:50], [3, 5, 9])
    assert np.allclose(a, b, rtol=1e-12)


def test_box_counts_refuse_a_cube_beyond_the_lattice():
    occ = percolation.occupy(12, 1.0, 4)
    lab = percolation.label_sites(occ)
    for centre in ([[1, 6, 6]], [[6, 6, 10]]):
        with pytest.raises(ValueError, match="at least 2 sites from every face"):
            percolation.box_counts(lab, occ, centre, [3, 5])
    mass, _ = percolation.box_counts(lab, occ, [[2, 2, 9]], [3, 5])
    assert mass.tolist() == [27.0, 125.0]


def test_one_dimensional_lattice_limits():
    # p = 1: everything spans, one cluster; p = 0: nothing
    sp, _, _ = percolation.spanning_samples(6, 1.0, 3, 1)
    assert sp.all()
    sp, chi, _ = percolation.spanning_samples(6, 0.0, 3, 1)
    assert not sp.any() and np.all(chi == 0)


def test_threshold_of_square_lattice_is_near_exact_value():
    ps = percolation.threshold_samples(32, 60, 7, dim=2)
    assert np.mean(ps) == pytest.approx(percolation.P_C_SQUARE, abs=0.02)


def test_kappa_arithmetic():
    assert percolation.kappa(4 / 3, 91 / 48, 7 / 4) == pytest.approx(7 / 36)


def test_dielectric_fit_recovers_synthetic_parameters():
    from coldglass import fitting

    T = np.logspace(np.log10(0.008), 0.0, 40)
    model = two_species.dielectric_fit_model(2 * math.pi * 1e3, 1e-4, 10.0, 1e-8)
    true = dict(A_2LS=4e-5, A_ATS=2e-4, D_min=0.6, Gamma=1e8, offset=1e-5)
    y = model(T, **true) + np.random.default_rng(5).normal(scale=2e-7, size=T.size)
    params = [
        fitting.Parameter("A_2LS", 3e-5, 0.0, 1e-2),
        fitting.Parameter("A_ATS", 1e-4, 1e-9, 1e-1, log=True),
        fitting.Parameter("D_min", 0.5, 1e-3, 10.0, log=True),
        fitting.Parameter("Gamma", 1.2e8, 1e4, 1e13, log=True),
        fitting.Parameter("offset", 0.0, -1.0, 1.0),
    ]
    res = fitting.fit(model, T, y, params, sigma=2e-7)
    tab = res.table().set_index("parameter")
    for k in ("A_2LS", "A_ATS", "D_min"):
        assert abs(tab.loc[k, "fitted"] - true[k]) < 4 * tab.loc[k, "sigma"] + 1e-12


def test_heat_capacity_fit_recovers_synthetic_parameters():
    from coldglass import fitting

    T = np.logspace(-1.3, 0.7, 40)
    model = two_species.heat_capacity_fit_model()
    true = dict(B_ph=2.4e-6, B_2LS=1e-6, B_ATS=4e-7, D_min=0.5, fe_scale=2e-7, delta_bar=0.2)
    y = model(T, **true) * (1 + np.random.default_rng(6).normal(scale=0.005, size=T.size))
    params = [
        fitting.Parameter("B_ph", 2e-6, 0.0, 1.0),
        fitting.Parameter("B_2LS", 1.2e-6, 0.0, 1.0),
        fitting.Parameter("B_ATS", 3e-7, 1e-12, 1.0, log=True),
        fitting.Parameter("D_min", 0.4, 1e-3, 10.0, log=True),
        fitting.Parameter("fe_scale", 2e-7, 1e-14, 1.0, fixed=True),
        fitting.Parameter("delta_bar", 0.2, 1e-3, 10.0, fixed=True),
    ]
    res = fitting.fit(model, T, y, params, sigma=0.005 * model(T, **true))
    tab = res.table().set_index("parameter")
    for k in ("B_ph", "B_2LS", "B_ATS", "D_min"):
        assert abs(tab.loc[k, "fitted"] / true[k] - 1) < 0.1


def test_digitized_models_and_units_of_the_fit_figures(tmp_path):
    from coldglass import digitized
    from coldglass.io import InputError

    side = {"figure": "fig08", "x_unit": "mK", "y_unit": "1e-5", "model": "dielectric 1000"}
    path = tmp_path / "fig08_x05.yaml"
    assert digitized.parse_model("mixed_alkali", side, path, {}) == {
        "kind": "zero_field_dielectric",
        "f_Hz": 1000.0,
    }
    assert digitized.unit_factors("mixed_alkali", side, path) == (1.0, 1e-5)
    cp = {"figure": "fig12", "x_unit": "K", "y_unit": "uJ/(g K)", "model": "heat_capacity"}
    assert digitized.parse_model("mixed_alkali", cp, path, {}) == {"kind": "heat_capacity"}
    assert digitized.unit_factors("mixed_alkali", cp, path) == (1.0, 1e-6)
    for bad in (
        {**side, "model": "heat_capacity"},
        {**side, "model": "dielectric -5"},
        {**cp, "model": "dielectric 1000"},
        {**side, "model": None},  # Figs. 7-9 and 12 are refitted: a model is required
    ):
        with pytest.raises(InputError):
            digitized.parse_model("mixed_alkali", bad, path, {})
