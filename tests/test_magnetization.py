"""Tests of coldglass.magnetization (seed 003, Sec. 7, Eqs. 89-97)."""

import math
import warnings

import numpy as np
import pytest

from coldglass import ats, fitting, units
from coldglass import magnetization as mg

#: Table 10 (BAS glass), the model parameters of Sec. 7.2; T0 = mean of the Table 2 C_p
#: temperatures (0.60, 0.90, 1.36 K), the reading of l.812.
BAS = {
    "n_fe2_per_g": 1.08e17,
    "n_fe3_per_g": 5.01e16,
    "Pn_ats_per_g": 5.74e16,
    "D_min_K": 8.01e-2,
    "X_min_K_A2": 1.31e5,
    "X_max_K_A2": 2.44e5,
    "B_star_T": 1.02,
    "E0_K": 0.42,
    "T0_K": (0.60 + 0.90 + 1.36) / 3,
    "offset_Am2_per_g": -1.04e-5,
}


def _partition_magnetization(T, B, J, g):
    """<m g mu_B> over the 2J+1 Zeeman levels (independent of Eqs. 90-91)."""
    m = np.arange(-J, J + 0.5, 1.0)
    x = g * units.MU_B * B * m / (units.K_B * T)
    w = np.exp(x - x.max())
    return g * units.MU_B * (w * m).sum() / w.sum()


@pytest.mark.parametrize("J", [0.5, 2.0, 2.5])
@pytest.mark.parametrize("T,B", [(4.0, 0.1), (2.0, 5.0), (300.0, 5.0), (0.1, 7.0)])
def test_eq90_equals_partition_function(J, T, B):
    got = float(mg.paramagnetic_magnetization(T, B, J, 2.0))
    assert got == pytest.approx(_partition_magnetization(T, B, J, 2.0), rel=1e-12)


@pytest.mark.parametrize("J", [0.5, 2.0, 2.5])
def test_brillouin_small_z_is_curie_law_and_continuous(J):
    z = np.array([1e-8, 1e-5, 9.99e-4, 1.001e-3, 1e-2])
    lin = (J + 1) * z / (3 * J)
    np.testing.assert_allclose(mg.brillouin(z, J)[:2], lin[:2], rtol=1e-9)
    # the series and the coth form agree across the switch at |z| = 1e-3
    a, b = (2 * J + 1) / (2 * J), 1 / (2 * J)
    coth_form = a / np.tanh(a * 1e-3) - b / np.tanh(b * 1e-3)
    assert float(mg.brillouin(1e-3 * (1 - 1e-12), J)) == pytest.approx(coth_form, rel=1e-9)
    # Eq. (92) is the z -> 0 limit of Eq. (90)
    T, B = 300.0, 1e-3
    assert float(mg.paramagnetic_magnetization(T, B, J, 2.0)) == pytest.approx(
        float(mg.curie_magnetization(T, B, J, 2.0)), rel=1e-6
    )
    assert float(mg.brillouin(-0.3, J)) == pytest.approx(-float(mg.brillouin(0.3, J)))
    assert float(mg.brillouin(200.0, J)) == pytest.approx(1.0, abs=1e-12)


def test_effective_moments_of_fe_ions():
    # l.756: Fe2+ 2 sqrt(6) mu_B and Fe3+ sqrt(35) mu_B from the Curie constant of Eq. (92)
    for J, mu in [(2.0, 2 * math.sqrt(6)), (2.5, math.sqrt(35))]:
        chi = float(mg.curie_magnetization(1.0, 1.0, J, 2.0))
        assert math.sqrt(3 * units.K_B * chi) / units.MU_B == pytest.approx(mu, rel=1e-12)


@pytest.mark.parametrize(
    "T,B", [(4.0, 0.5), (4.0, 2.0), (50.0, 2.0), (300.0, 5.0), (0.5, 0.01), (2.0, 5.0), (0.05, 1.0)]
)
def test_eq93_kernel_equals_quadrature(T, B):
    a = float(ats.d0phi_kelvin(B, BAS["X_min_K_A2"]))
    b = float(ats.d0phi_kelvin(B, BAS["X_max_K_A2"]))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ref = mg.ats_magnetization_integral_quad(T, BAS["D_min_K"], a, b)
    got = float(mg.ats_magnetization_integral(T, BAS["D_min_K"], a, b))
    assert got == pytest.approx(ref, rel=1e-9)


def test_eq93_zero_temperature_closed_form_and_limits():
    d, X1, X2 = BAS["D_min_K"], BAS["X_min_K_A2"], BAS["X_max_K_A2"]
    a, b = float(ats.d0phi_kelvin(1.0, X1)), float(ats.d0phi_kelvin(1.0, X2))
    # T -> 0 limit of the thermal kernel is the closed form
    k0 = float(mg.ats_magnetization_integral(0.0, d, a, b))
    assert float(mg.ats_magnetization_integral(1e-3, d, a, b)) == pytest.approx(k0, rel=1e-12)
    # weak field: K_0 -> (b^2 - a^2)/D_min, so M_ATS is linear in B (mu_ATS -> 0 with B, l.756)
    a, b = float(ats.d0phi_kelvin(1e-6, X1)), float(ats.d0phi_kelvin(1e-6, X2))
    assert float(mg.ats_magnetization_integral(0.0, d, a, b)) == pytest.approx(
        (b * b - a * a) / d, rel=1e-6
    )
    assert float(mg.ats_magnetization(4.0, 0.0, d, X1, X2)) == 0.0


@pytest.mark.parametrize("T,B,Bs", [(4.0, 2.0, None), (50.0, 2.0, None), (4.0, 2.0, 1.02)])
def test_factor_half_decided_by_free_energy(T, B, Bs):
    d, X1, X2 = BAS["D_min_K"], BAS["X_min_K_A2"], BAS["X_max_K_A2"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        m_f = mg.ats_magnetization_free_energy(T, B, d, X1, X2, B_star=Bs)
    m_t = float(mg.ats_magnetization(T, B, d, X1, X2, B_star=Bs))
    m_p = float(mg.ats_magnetization(T, B, d, X1, X2, B_star=Bs, convention="printed"))
    assert m_f == pytest.approx(m_t, rel=1e-6)
    if Bs is None:
        assert m_p / m_f == pytest.approx(2.0, rel=1e-6)


def test_eq89_is_the_saturated_moment_of_one_ats():
    # one ATS with E_i = 0: E = D0 phi (rescaled gap), mu = d(E/2)/dB = (pi/phi_0) |q/e| S D0
    X = 2.44e5
    B = np.array([0.999, 1.001])
    E = ats.d0phi_kelvin(B, X, orientation_average=False) * units.K_B
    mu = 0.5 * (E[1] - E[0]) / (B[1] - B[0]) / units.MU_B
    assert mu == pytest.approx(float(ats.magnetic_moment_bohr(X)), rel=1e-9)


def test_arrhenius_parameters_eq97():
    p = mg.arrhenius_parameters(
        np.array([BAS["T0_K"], 4.0]), 0.08, 1.3e5, 2.4e5, 1.0, BAS["E0_K"], BAS["T0_K"]
    )
    assert p["D_min_K"][0] == pytest.approx(0.08)
    x = -0.42 / 4.0 + 0.42 / BAS["T0_K"]
    assert p["X_max_K_A2"][1] == pytest.approx(2.4e5 * math.exp(3 * x))
    assert p["B_star_T"][1] == pytest.approx(math.exp(-2 * x))
    same = mg.arrhenius_parameters(10.0, 0.08, 1.3e5, 2.4e5, None, 0.0, 1.0)
    assert float(same["X_min_K_A2"]) == 1.3e5 and same["B_star_T"] is None


def test_contributions_sum_and_ats_dominates():
    T = np.array([4.0, 30.0, 300.0])
    c = mg.magnetization_contributions(T, 1.0, BAS)
    np.testing.assert_allclose(c["total"], c["fe2"] + c["fe3"] + c["ats"] + c["offset"])
    assert np.all(c["ats"] > c["fe2"] + c["fe3"])
    assert np.all(np.diff(c["fe2"]) < 0)  # Curie-like decrease with T


def test_fit_recovers_concentrations_from_synthetic_m_of_t():
    rng = np.random.default_rng(7)
    T = np.geomspace(4.0, 300.0, 40)
    truth = dict(BAS, convention="printed", B_T=1.0)
    y = mg.magnetization_model(T, **truth)
    sigma = 2e-8
    y = y + rng.normal(0.0, sigma, T.size)
    start = {"n_fe2_per_g": 0.7e17, "n_fe3_per_g": 0.8e17, "Pn_ats_per_g": 4e16}
    params = [
        fitting.Parameter(k, start[k], lower=0.0, log=True)
        if k in start
        else fitting.Parameter(k, v, fixed=True)
        for k, v in BAS.items()
        if k != "offset_Am2_per_g"
    ] + [fitting.Parameter("offset_Am2_per_g", -5e-6)]

    def model(x, **kw):
        return mg.magnetization_model(x, convention="printed", B_T=1.0, **kw)

    res = fitting.fit(model, T, y, params, sigma=sigma)
    for k in ("n_fe2_per_g", "n_fe3_per_g", "Pn_ats_per_g", "offset_Am2_per_g"):
        assert abs(res.values[k] - BAS[k]) < 4 * res.errors[k], k
    assert res.reduced_chi2 < 2.0


def test_fit_series_recovers_concentrations_and_offset():
    """Parameter recovery on synthetic M(T) (tests only): BAS Table 10 model at 0.5 T with
    perturbed n_Fe2+, P* n_ATS and offset (n_Fe3+ fixed: degenerate with n_Fe2+ in a
    single-field M(T)), noise 0.2 % of max |M|."""
    from coldglass.claims.magnetic_tunneling_inputs import raw_table

    base = mg.fit_parameters(raw_table("table10"), 0.9533)
    truth = {
        "n_fe2_per_g": 1.4e17,
        "Pn_ats_per_g": 4.6e16,
        "offset_Am2_per_g": -1.2e-5,
    }
    T = np.geomspace(4.0, 300.0, 60)
    M = mg.magnetization_contributions(T, 0.5, {**base, **truth})["total"]
    err = 0.002 * np.max(np.abs(M))
    M = M + np.random.default_rng(5).normal(scale=err, size=T.size)
    res = mg.fit_series(T, M, 0.5, base, sigma=err)
    for k, v in truth.items():
        assert res.values[k] == pytest.approx(v, rel=0.15), k
    assert res.reduced_chi2 < 2.0
