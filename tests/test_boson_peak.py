"""Heat-capacity bump (Eqs. 34-36 of the quantum_theory review, Fig. 15)."""

import math

import numpy as np
import pytest
import references
from scipy.integrate import quad

from coldglass import boson_peak, phonons, ripplons, tls

SPEC = ripplons.discrete_spectrum()


def test_density_is_two_sided_and_normalised_to_two():
    assert quad(lambda e: boson_peak.two_sided_density(e, 4.0), -np.inf, np.inf)[0] == (
        pytest.approx(2.0)
    )
    assert boson_peak.cumulative_two_sided_density(0.0, 4.0) == 1.0
    assert boson_peak.cumulative_two_sided_density(-1.0, 4.0) == pytest.approx(
        quad(lambda e: boson_peak.two_sided_density(e, 4.0), -np.inf, -1.0)[0]
    )


@pytest.mark.parametrize("eps", [-0.3, -0.02, 0.0, 0.01, 0.2])
@pytest.mark.parametrize("temperature", [0.01, 0.05, 0.2])
def test_eq36_is_second_beta_derivative_of_eq35(eps, temperature):
    freqs, weights = SPEC

    def log_z(beta):
        return boson_peak.domain_log_partition(eps, 1.0 / beta, freqs, weights)

    b = 1.0 / temperature

    def second(h):
        return (log_z(b + h) - 2 * log_z(b) + log_z(b - h)) / h**2

    h = 2e-3 * b
    expected = b**2 * (4 * second(h / 2) - second(h)) / 3  # Richardson, O(h^4)
    got = boson_peak.domain_heat_capacity(eps, temperature, freqs, weights)
    assert got == pytest.approx(expected, rel=2e-5, abs=1e-9)


def test_eq35_by_direct_sum_over_levels():
    freqs, weights = SPEC
    t, eps = 0.03, 0.01
    levels = ripplons.ripplon_levels(eps, freqs, weights.astype(int), max_quanta=4)
    z = 1.0 + sum(g * math.exp(-e / t) for e, _, g in levels)
    assert boson_peak.domain_log_partition(eps, t, freqs, weights) == pytest.approx(
        math.log(z),
        rel=1e-8,  # states with > 4 quanta left out: ~1e-9
    )


def test_tls_limit_below_the_ripplons():
    freqs, weights = SPEC
    eps = np.linspace(-0.01, 0.01, 11)
    t = 0.002  # omega_2 = 0.149 >> T
    np.testing.assert_allclose(
        boson_peak.domain_heat_capacity(eps, t, freqs, weights),
        tls.tls_heat_capacity(eps / t),
        rtol=1e-12,
        atol=1e-25,
    )


def test_low_temperature_average_is_linear_in_t():
    freqs, weights = SPEC
    tg = 4.39
    for t in (1e-4, 1e-3):
        # int n(eps) c_TLS(eps/T) d eps = (2T/T_g) int_0^inf x^2 e^(-xT/T_g)/(4 cosh^2(x/2)) dx
        exact = (
            2
            * t
            / tg
            * quad(
                lambda x, t=t: x * x * math.exp(-x * t / tg) / (4 * math.cosh(x / 2) ** 2), 0, 80
            )[0]
        )
        assert boson_peak.bump_heat_capacity(t, tg, freqs, weights) == pytest.approx(
            exact, rel=1e-9
        )
    assert boson_peak.bump_heat_capacity(1e-5, tg, freqs, weights) == pytest.approx(
        math.pi**2 * 1e-5 / (3 * tg), rel=1e-4
    )


def test_high_temperature_ripplons_are_classical():
    # T >> omega_l: every ripplon oscillator gives k_B, and for eps << -T the domain
    # sits in the alternative state; the average tends to 96 x (weight where occupied)
    freqs, weights = SPEC
    t = 30.0
    c = boson_peak.bump_heat_capacity(t, 4.39, freqs, weights)
    s1, g, s2 = boson_peak.spectral_sums(t, freqs, weights)
    assert s2 == pytest.approx(96.0, rel=1e-3)
    assert 0.0 < c < 2 * 96.0 + 96.0**2


def test_kernel_matches_scipy_quad_reference():
    t = np.geomspace(1e-3, 0.3, 6)
    for tg, (freqs, weights) in (
        (4.39, SPEC),
        (3.5, ripplons.broadened_spectrum(3.5, 1.8 / 5.8, 20.0, points=400, omega_min=1e-3)),
    ):
        kernel = boson_peak.bump_heat_capacity(t, tg, freqs, weights)
        ref = references.bump_heat_capacity_quad(t, tg, freqs, weights)
        np.testing.assert_allclose(kernel, ref, rtol=1e-10)


def test_debye_term_and_data_scale():
    # 234 (T/T_D)^3 per bead, x 200 = 4.68e4 (Fig. 15 caption: "4.6 10^4")
    assert boson_peak.debye_heat_capacity_per_domain(1e-3) / 1e-9 == pytest.approx(
        200 * 12 * math.pi**4 / 5, rel=1e-9
    )
    assert boson_peak.debye_heat_capacity_per_domain(0.05) == pytest.approx(
        200 * phonons.debye_heat_capacity_per_bead(0.05)
    )
    assert boson_peak.data_scale_factor(2.2, 4100.0) == pytest.approx(5.80e10, rel=2e-3)


def test_bump_has_a_maximum_in_c_over_t3():
    freqs, weights = SPEC
    t = np.geomspace(3e-3, 0.2, 60)
    c = (boson_peak.bump_heat_capacity(t, 4.39, freqs, weights)) / t**3
    inner = np.argmax(c[10:]) + 10  # skip the TLS 1/T^2 rise at the lowest T
    assert 0.02 < t[inner] < 0.08
    assert c[inner] > c[-1] and c[inner] > c[10]
