"""Kinetic conductivity with ripplon scattering (Eq. 48, Figs. 19-20) and the Jaeckle
relaxational term (Eqs. 56-57) of the quantum_theory review, Sec. IV.E-G."""

import math

import numpy as np
import pytest
import references
from scipy.integrate import quad
from scipy.special import zeta

from coldglass import plateau, relaxational, ripplons

SPEC = ripplons.discrete_spectrum()
TG = 4.4


def test_empirical_strength_gives_150_wavelengths():
    s = plateau.empirical_strength()
    # 1/(2 pi Gamma) at rho T_g = 1 is the mean free path in wavelengths
    assert 1.0 / (2.0 * math.pi * s) == pytest.approx(150.0, rel=1e-14)
    assert 1.0 / (2.0 * math.pi * plateau.literal_strength(200.0)) == pytest.approx(10.13, rel=1e-3)


def test_low_temperature_limit_is_the_tls_line():
    # far below the ripplons rho T_g -> e/sqrt(2 pi) (SDM, l.596) and rho_exc -> small:
    # kappa/K -> 6 zeta(3) t^2 [L/1.084 + 1] (Gamma constant)
    t = 1e-4
    s = plateau.empirical_strength()
    rho = plateau.inverse_quality(t, t, TG, *SPEC, excited="none") / s
    assert rho == pytest.approx(math.e / math.sqrt(2 * math.pi), rel=1e-3)
    kappa = plateau.kinetic_conductivity(t, TG, *SPEC, excited="none")
    expected = 6 * zeta(3) * t**2 * (1.0 / (2 * math.pi * s * rho) + 1.0)
    assert kappa == pytest.approx(expected, rel=2e-3)


def test_conductivity_matches_quad_reference():
    temps = np.array([3e-3, 3e-2])
    for excited in ("none", "window"):
        got = plateau.kinetic_conductivity(temps, TG, *SPEC, excited=excited)
        ref = references.kinetic_conductivity_quad(temps, TG, *SPEC, excited=excited)
        np.testing.assert_allclose(got, ref, rtol=1e-8)


def test_conductivity_thermal_matches_quad_reference():
    got = plateau.kinetic_conductivity(0.02, TG, *SPEC, excited="thermal")
    ref = references.kinetic_conductivity_quad(0.02, TG, *SPEC, excited="thermal")[0]
    assert got == pytest.approx(ref, rel=1e-8)


def test_ripplons_lower_the_conductivity_and_make_a_plateau():
    temps = np.geomspace(1e-3, 0.1, 13)
    k = plateau.kinetic_conductivity(temps, TG, *SPEC, excited="thermal")
    tls_line = 6 * zeta(3) * temps**2 * 151.0
    assert np.all(k <= tls_line * 1.01)
    slope = np.gradient(np.log(k), np.log(temps))
    assert slope[0] > 1.5  # TLS regime ~ T^2
    assert slope.min() < 0.5  # plateau


def test_jaeckle_weight_and_log_average():
    # (beta/4) sech^2(beta E/2) integrates to 1/2 over E > 0
    val = quad(lambda e: relaxational.relaxational_weight(e, 0.3, 1.0, 0.0), 0, 50)[0]
    assert val == pytest.approx(0.5, rel=1e-10)
    # log-uniform average: numeric quadrature in ln tau
    w, a, b = 1.0, 1e-6, 1e4
    num = quad(lambda u: 1 / (1 + (w * math.exp(u)) ** 2), math.log(a), math.log(b), limit=200)[0]
    assert relaxational.log_uniform_relaxation_average(w, a, b) == pytest.approx(
        num / math.log(b / a), rel=1e-10
    )
    # in the middle, linear in ln omega with slope -1/ln(tau_max/tau_min)
    d = relaxational.log_uniform_relaxation_average(
        2.0, a, b
    ) - relaxational.log_uniform_relaxation_average(1.0, a, b)
    assert d / math.log(2.0) == pytest.approx(relaxational.log_omega_slope(a, b), rel=1e-6)


def test_conductivity_curves_and_tls_line():
    temps = np.array([1e-3, 1e-2])
    curves = plateau.conductivity_curves(
        temps, [2.0, 5.0], 2.0 / 5.8, 20.0, excited="window", spectrum_points=150, tg_no_coupling=TG
    )
    assert [c["label"] for c in curves] == ["no coupling", "T_g/omega_D = 2", "T_g/omega_D = 5"]
    assert curves[0]["modes"] == 96.0
    for c in curves:
        # below the TLS line, and on it at the lowest T (within the SDM's 8 %)
        assert np.all(c["kappa"] <= plateau.tls_line(temps) * 1.001)
        assert c["kappa"][0] == pytest.approx(plateau.tls_line(1e-3), rel=0.15)
    # 6 zeta(3) (L + 1) t^2
    assert plateau.tls_line(0.1) == pytest.approx(6 * zeta(3) * 151 * 0.01, rel=1e-14)


def test_fit_curve_scales_recovers_synthetic_scales():
    # a theory kappa(T) (window model, no coupling) and a synthetic "digitized" series drawn
    # from it with a T_D off by 10 % and a height off by 1.3, with 2 % noise
    t_model = np.geomspace(1e-3, 0.1, 40)
    k_model = plateau.kinetic_conductivity(t_model, TG, *SPEC, excited="window")
    rng = np.random.default_rng(7)
    t_data = np.geomspace(2e-3, 0.05, 25)
    true_t, true_y = math.log(1.1), math.log(1.3)
    y = np.exp(true_y + np.interp(np.log(t_data) + true_t, np.log(t_model), np.log(k_model)))
    y *= np.exp(0.02 * rng.standard_normal(t_data.size))
    result = plateau.fit_curve_scales(t_data, y, t_model, k_model)
    assert result.values["ln_t_scale"] == pytest.approx(
        true_t, abs=3 * result.errors["ln_t_scale"] + 0.01
    )
    assert result.values["ln_y_scale"] == pytest.approx(
        true_y, abs=3 * result.errors["ln_y_scale"] + 0.01
    )
