"""Random fields of dilute defects: pair kernels, Monte Carlo, limit laws (random_fields)."""

import math

import numpy as np
import pytest

from coldglass import elastic_interactions as ei
from coldglass import random_fields as rf

RNG = np.random.default_rng(7)


def _unit():
    v = RNG.normal(size=3)
    return v / np.linalg.norm(v)


@pytest.mark.parametrize("c_t", [0.6, 1.0])
def test_pair_kernels_are_the_tensor_closed_forms(c_t):
    """Units: 4 pi rho c_l^2 = 1 with c_l = 1, rho = 1/(4 pi)."""
    rho, t2 = 1.0 / (4.0 * math.pi), 1.0 / c_t**2
    for _ in range(5):
        d, e, n = _unit(), _unit(), _unit()
        r = 2.7
        gamma_d, gamma_e = np.outer(d, d), np.outer(e, e)
        zeta_d = np.einsum("a,b,c->abc", d, d, d)
        args = (1.0, c_t, rho)
        assert rf.pair_volume(d, n) / r**3 == pytest.approx(
            ei.u_z0_closed(gamma_d, 1.0, r * n, *args)
        )
        assert rf.pair_zz(d, e, n, t2) / r**3 == pytest.approx(
            ei.u_zz_closed(gamma_d, gamma_e, r * n, *args)
        )
        # tau at the origin (axis d), source at r n: R = r_source - r_tau = r n
        assert rf.pair_b_eta(d, n) / r**4 == pytest.approx(
            ei.u_eta_tau_closed(1.0, zeta_d, r * n, *args)
        )
        assert rf.pair_b_gamma(d, e, n, t2) / r**4 == pytest.approx(
            ei.u_s_tau_closed(gamma_e, zeta_d, r * n, *args)
        )


def test_configuration_fields_sum_the_pairs():
    positions = np.array([[1.0, 0.0, 0.0], [0.0, 2.0, 1.0], [-3.0, 1.0, 2.0]])
    axes = np.array([_unit() for _ in range(3)])
    signs = np.array([1.0, -1.0, 1.0])
    centre = _unit()
    fields = rf.configuration_fields(positions, axes, signs, centre, 2.0)
    expected = 0.0
    for p in positions:
        r = np.linalg.norm(p)
        expected += rf.pair_volume(centre, p / r) / r**3
    assert fields[0] == pytest.approx(expected)


def test_sampling_is_seeded_and_bernoulli():
    first = rf.sample_fields(0.01, 300, seed=3)
    second = rf.sample_fields(0.01, 300, seed=3)
    assert np.array_equal(first["fields"], second["fields"])
    n_sites = rf.sites_in_ball(first["r_max"])
    mean, sd = 0.01 * n_sites, math.sqrt(0.01 * 0.99 * n_sites / 300)
    assert abs(first["counts"].mean() - mean) < 5 * sd
    assert rf.sites_in_ball(1.0) == 6 and rf.sites_in_ball(math.sqrt(2.0)) == 18


def test_cauchy_width_proportional_to_x_and_stable_scale_x_to_four_thirds():
    """B: Cauchy half-width 5.065 x (l.274); b_eta: stable law alpha = 3/4, scale ~ x^(4/3)."""
    for x in (1e-3, 1e-2):
        out = rf.sample_fields(x, 3000, seed=11)
        width = rf.summary(out["fields"][:, 0])["half_iqr"]
        assert width == pytest.approx(rf.limit_law("B", x)["scale"], rel=0.1)
        quartile = rf.summary(out["fields"][:, 2])["half_iqr"]
        law = rf.limit_law("b_eta", x)
        assert quartile == pytest.approx(law["scale"] * rf.stable_quantile(0.75, 0.75), rel=0.12)
    assert rf.limit_law("B", 1.0)["scale"] == pytest.approx(8 * math.pi**2 / (9 * math.sqrt(3)))
    ratio = rf.limit_law("b_eta", 1e-2)["scale"] / rf.limit_law("b_eta", 1e-3)["scale"]
    assert ratio == pytest.approx(10 ** (4 / 3))


def test_stable_law_functions():
    assert rf.stable_pdf(0.0, 1.0) == pytest.approx(1 / math.pi)
    assert rf.stable_cdf(1.0, 1.0) == pytest.approx(0.75)
    assert rf.stable_pdf(0.0, 2.0) == pytest.approx(1 / (2 * math.sqrt(math.pi)))
    assert rf.stable_cdf(0.3, 0.75) + rf.stable_cdf(-0.3, 0.75) == pytest.approx(1.0)


def test_resonant_fraction_of_a_cauchy_sample():
    sample = np.random.default_rng(1).standard_cauchy(400_000)
    fraction = rf.resonant_fraction(sample, 1e-4, 0.05)
    assert fraction == pytest.approx(2e-4 / math.pi, rel=0.05)


def test_lattice_sum_of_inverse_sixth_power():
    assert rf.lattice_sum(6.0, 30.0) == pytest.approx(8.4019239741, rel=1e-6)
    assert rf.lattice_sum(6.0, 20.0) == pytest.approx(rf.lattice_sum(6.0, 30.0), rel=1e-5)
