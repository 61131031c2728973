"""RFOT chain of the quantum_theory review (arXiv:cond-mat/0506708): analytic limits and independent
numerical routes (root finding, optimisation) for every function of coldglass.rfot."""

import math

import numpy as np
import pytest
from scipy.optimize import brentq, minimize_scalar

from coldglass import rfot


def test_chain_values_from_inputs():
    # L = ln(100/(pi e)), Lambda = ln(1e17): exact closed forms.
    assert rfot.localization_log() == pytest.approx(math.log(100.0) - math.log(math.pi) - 1.0)
    assert rfot.log_time_ratio() == pytest.approx(17.0 * math.log(10.0))
    gamma = rfot.mismatch_coefficient()
    assert gamma == pytest.approx(11.330, abs=5e-4)
    assert rfot.configurational_entropy_at_tg() == pytest.approx(0.8199, abs=1e-4)


def test_cooperative_size_equals_corrected_closed_form():
    # l.189 with the corrected prefactor 8/(3 sqrt(3 pi)).
    lam, big_l = rfot.log_time_ratio(), rfot.localization_log()
    closed = (8.0 / (3.0 * math.sqrt(3.0 * math.pi)) * lam / big_l) ** 2
    assert rfot.cooperative_region_size() == pytest.approx(closed, rel=1e-12)
    assert rfot.xi_over_a() == pytest.approx(closed ** (1 / 3), rel=1e-12)


def test_droplet_profile_saddle_and_zero_by_numerics():
    res = minimize_scalar(
        lambda n: -rfot.droplet_free_energy(n),
        bounds=(1, 150),
        method="bounded",
        options={"xatol": 1e-10},
    )
    assert res.x == pytest.approx(rfot.droplet_transition_size(), rel=1e-6)
    assert -res.fun == pytest.approx(rfot.droplet_barrier(), rel=1e-10)
    root = brentq(lambda n: float(rfot.droplet_free_energy(n)), 60, 400, xtol=1e-12)
    assert root == pytest.approx(rfot.cooperative_region_size(), rel=1e-10)
    assert rfot.droplet_transition_size() == pytest.approx(rfot.cooperative_region_size() / 4)
    # F^ddagger at T_g is Lambda k_B T_g by construction of s_c (l.180).
    assert rfot.droplet_barrier() == pytest.approx(rfot.log_time_ratio(), rel=1e-12)


def test_barrier_scales_inversely_with_temperature_and_entropy():
    assert rfot.droplet_barrier(temperature=2.0) == pytest.approx(rfot.droplet_barrier() / 2)
    assert rfot.droplet_barrier(s_c=0.41) == pytest.approx(rfot.droplet_barrier(s_c=0.82) * 2)


def test_tunnelling_threshold_is_lower_edge_of_eq12():
    # Solve Omega_N(V) = 1 of Eq. (12) numerically at several N (lower root).
    for n in (3.0, 14.0, 40.0, 120.0):
        centre = rfot.configurational_entropy_at_tg() * n + rfot.mismatch_coefficient() * n**0.5
        root = brentq(
            lambda v, n=n: float(rfot.rem_log_density(v, n, barrier=True)),
            centre - 2000,
            centre,
            xtol=1e-12,
        )
        assert root == pytest.approx(float(rfot.tunnelling_threshold(n)), abs=1e-9)


def test_tunnelling_maximum_by_optimisation():
    res = minimize_scalar(
        lambda n: -rfot.tunnelling_threshold(n),
        bounds=(1, 50),
        method="bounded",
        options={"xatol": 1e-10},
    )
    assert res.x == pytest.approx(rfot.tunnelling_transition_size(), rel=1e-6)
    assert -res.fun == pytest.approx(rfot.tunnelling_barrier_max(), rel=1e-10)
    assert rfot.tunnelling_barrier_max() == pytest.approx(
        rfot.droplet_barrier() / (2 * math.sqrt(2) - 1), rel=1e-12
    )


def test_zero_barrier_fraction_and_density():
    expo = rfot.zero_barrier_exponent()
    assert rfot.zero_barrier_fraction() == pytest.approx(math.exp(-expo))
    assert float(rfot.barrier_density(0.0)) == pytest.approx(rfot.zero_barrier_fraction())
    assert float(rfot.barrier_density(rfot.tunnelling_barrier_max())) == pytest.approx(1.0)


def test_rem_lower_edge_and_variance():
    # Eq. (11): Omega_N(E_GS) = 1 for the library of Eq. (9).
    for n in (5.0, 50.0, 190.0):
        e_gs = float(rfot.ground_state_energy(n))
        assert float(rfot.rem_log_density(e_gs, n)) == pytest.approx(0.0, abs=1e-9)
    assert rfot.rem_variance_coefficient() == pytest.approx(2.0, rel=1e-10)


def test_vogel_fulcher_coefficient_matches_barrier_expansion():
    # D from F/k_BT = gamma^2/(4 s_c T^2) near T_K with gamma ~ T_K, s_c = dcp (T-T_K)/T_K.
    dcp, t_k = 0.7, 1.0
    gamma = rfot.mismatch_coefficient()
    t = t_k * (1 + 1e-7)
    barrier = gamma**2 * t_k**2 / (4 * dcp * (t - t_k) / t_k * t * t)
    d_numeric = barrier * (t - t_k) / t_k
    assert d_numeric * dcp == pytest.approx(rfot.vogel_fulcher_coefficient(), rel=1e-6)


def test_fragility_index_by_finite_difference():
    lam = rfot.log_time_ratio()
    for d in (5.0, 20.0, 100.0):
        t_k = 1.0
        t_g = t_k * (1 + d / lam)  # ln(tau_g/tau0) = Lambda

        def log10_tau(inv_t, d=d, t_k=t_k):
            return d * t_k / (1 / inv_t - t_k) / math.log(10)

        h = 1e-6
        slope = (log10_tau(1 / t_g + h) - log10_tau(1 / t_g - h)) / (2 * h)
        assert slope / t_g == pytest.approx(rfot.fragility_index(d), rel=1e-6)
        assert rfot.fragility_d_from_index(rfot.fragility_index(d)) == pytest.approx(d)
    assert rfot.fragility_index(1e12) == pytest.approx(lam / math.log(10), rel=1e-9)


def test_barrier_width_is_half_over_sqrt_d():
    for d in (3.0, 30.0, 300.0):
        assert rfot.barrier_relative_width(d) == pytest.approx(0.5 / math.sqrt(d), rel=1e-12)


def test_nmt_relation_and_frozen_estimate():
    assert np.allclose(rfot.nmt_fragility([1.0, 0.5]), [19.0, 38.0])
    assert rfot.frozen_entropy_nmt_product() == pytest.approx(17.0, rel=1e-12)


def test_wall_mass_and_barrier_frequency():
    assert rfot.wall_mass_ratio() == pytest.approx(5.8**2 * 0.01)

    # Independent: curvature of V(r) by finite differences at its numerical maximum.
    def v_of_r(x):
        return float(rfot.tunnelling_threshold(4 * math.pi / 3 * x**3))

    res = minimize_scalar(
        lambda x: -v_of_r(x), bounds=(0.5, 3), method="bounded", options={"xatol": 1e-10}
    )
    h = 1e-4
    curv = -(v_of_r(res.x + h) - 2 * v_of_r(res.x) + v_of_r(res.x - h)) / h**2
    coeff = math.sqrt(curv) / (6 * math.pi**2) ** (1 / 3)
    assert rfot.barrier_top_frequency_coefficient() == pytest.approx(coeff, rel=1e-5)


def test_edge_levels_follow_exponential_edge_density():
    # Number of levels below V_th + delta is Poisson with mean exp(delta/sqrt2).
    rng = np.random.default_rng(7)
    n, delta = 14.0, 2.0
    samples = np.array([rfot.edge_levels(n, 40, rng) for _ in range(4000)])
    counts = (samples < float(rfot.tunnelling_threshold(n)) + delta).sum(axis=1)
    assert counts.mean() == pytest.approx(math.exp(delta / math.sqrt(2)), rel=0.03)
    assert np.all(np.diff(samples, axis=1) > 0)


def _log_density(E, N, s_c, gamma):
    """Eq. (9) written out here, independent of the library (energies in k_B T_g)."""
    return s_c * N - (E - (N * s_c + gamma * math.sqrt(N))) ** 2 / (2 * 2.0 * s_c * N)


@pytest.mark.parametrize("s_c", [rfot.configurational_entropy_at_tg(), 0.5, 1.3])
def test_library_lowest_state_is_eq11_with_slope_one(s_c):
    """The lower root of ln Omega_N = 0 (Eq. 10) is E_GS = gamma sqrt N - s_c N (Eq. 11),
    and d ln Omega/dE = 1/T_g there (l.271)."""
    gamma = rfot.mismatch_coefficient()
    for n in (3.0, 50.0, 400.0):
        centre = float(rfot.library_centre(n, gamma, s_c))
        root = brentq(
            lambda e, n=n: _log_density(e, n, s_c, gamma), centre - 50 * n, centre, xtol=1e-13
        )
        assert root == pytest.approx(float(rfot.ground_state_energy(n, gamma, s_c)), abs=1e-8)
        h = 1e-5
        slope = (_log_density(root + h, n, s_c, gamma) - _log_density(root - h, n, s_c, gamma)) / (
            2 * h
        )
        assert slope == pytest.approx(1.0, rel=1e-6)
        assert float(rfot.rem_log_density(root, n, gamma, s_c)) == pytest.approx(0.0, abs=1e-8)


def test_library_centre_and_width():
    """ln Omega peaks at s_c N at the centre and drops by 1/2 one width away (Eq. 9)."""
    s_c = rfot.configurational_entropy_at_tg()
    for n in (5.0, 7.0):
        c, w = rfot.library_centre(n), rfot.library_width(n)
        assert float(rfot.rem_log_density(c, n)) == pytest.approx(s_c * n)
        assert float(rfot.rem_log_density(c + w, n)) == pytest.approx(s_c * n - 0.5)
    assert float(rfot.library_width(5.0)) == pytest.approx(math.sqrt(10 * s_c))
    assert float(rfot.library_width(5.0, barrier=True)) == pytest.approx(math.sqrt(20 * s_c))
    # notes, Fig. 3: N = 5 centre 29.4, width 2.86; N = 7 centre 35.7, width 3.39 (k_B T_g)
    assert float(rfot.library_centre(5.0)) == pytest.approx(29.4, abs=0.05)
    assert float(rfot.library_width(7.0)) == pytest.approx(3.39, abs=0.01)
    # its lowest state first reaches E = 0 at N* (l.273)
    assert float(rfot.ground_state_energy(rfot.cooperative_region_size())) == pytest.approx(
        0.0, abs=1e-9
    )
