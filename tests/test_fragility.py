"""Tests of coldglass.fragility against closed forms and independent quadrature."""

import math

import mpmath
import numpy as np
import pytest
from scipy.integrate import quad

from coldglass import fragility as fr
from coldglass import rfot

LAM = math.log(1e17)  # Lambda, l.180


# --- Vogel-Fulcher coefficient and m ---------------------------------------------------


def test_vf_coefficient_is_27pi_over_16_L2_over_delta_cp():
    L = math.log(100.0 / (math.pi * math.e))  # (a/d_L)^2 = 100, l.174-178
    assert fr.vf_coefficient(2.0) == pytest.approx(27 * math.pi / 16 * L**2 / 2.0, rel=1e-12)
    assert fr.heat_capacity_jump_from_D(fr.vf_coefficient(1.7)) == pytest.approx(1.7)


@pytest.mark.parametrize("dcp", [0.3, 1.0, 4.0])
def test_thermodynamic_fragility_matches_numerical_slope_of_vf_law(dcp):
    """m from Delta c_p equals the l.219 definition applied to the VF law with
    D = vf_coefficient(dcp) and T_0 = T_K fixed by tau(T_g)/tau_0 = 1e17."""
    D = float(fr.vf_coefficient(dcp))
    Tg = 300.0
    T0 = Tg * float(fr.kauzmann_temperature_ratio(D))

    def log10_tau(T):
        return D * T0 / (T - T0) / math.log(10.0)

    assert log10_tau(Tg) == pytest.approx(LAM / math.log(10.0))
    m_num = fr.fragility_index_numerical(log10_tau, Tg)
    assert fr.thermodynamic_fragility(dcp) == pytest.approx(m_num, rel=1e-7)
    sc = rfot.configurational_entropy_at_tg()
    assert fr.thermodynamic_fragility(dcp) == pytest.approx(
        LAM / math.log(10.0) * (1 + dcp / sc), rel=1e-12
    )
    assert fr.heat_capacity_jump_from_fragility(fr.thermodynamic_fragility(dcp)) == pytest.approx(
        dcp
    )


def test_strong_limit():
    assert fr.strong_limit_fragility() == pytest.approx(LAM / math.log(10.0))
    assert fr.thermodynamic_fragility(1e-12) == pytest.approx(fr.strong_limit_fragility())
    assert np.isnan(fr.heat_capacity_jump_from_fragility(10.0))  # below m_min = 17


@pytest.mark.parametrize("D", [3.0, 10.0, 60.0])
def test_vanilla_rfot_is_vf_with_universal_sc_at_tg(D):
    assert fr.configurational_entropy(1.0, D) == pytest.approx(
        rfot.configurational_entropy_at_tg(), rel=1e-12
    )
    assert fr.vanilla_barrier_kT(1.0, D) == pytest.approx(LAM, rel=1e-12)
    tk = fr.kauzmann_temperature_ratio(D)
    for x in (1.1, 1.5, 2.0):
        assert fr.vanilla_barrier_kT(x, D) == pytest.approx(D * tk / (x - tk), rel=1e-12)
    assert np.isinf(fr.vanilla_barrier_kT(0.99 * tk, D))
    assert fr.vanilla_cooperative_size(1.0, D) == pytest.approx(rfot.cooperative_region_size())
    assert fr.vanilla_xi_over_a(1.0, D) == pytest.approx(rfot.xi_over_a())
    n_dd = fr.vanilla_transition_state_size(1.3, D)
    assert n_dd == pytest.approx(fr.vanilla_cooperative_size(1.3, D) / 4)
    assert 4 * math.pi / 3 * fr.vanilla_r_ddagger_over_a(1.3, D) ** 3 == pytest.approx(n_dd)
    assert fr.vanilla_log10_viscosity(1.0, D, -2.0) == pytest.approx(-2.0 + LAM / math.log(10))


# --- Relaxation function ----------------------------------------------------------------


def _phi_quad(t, sigma, truncated):
    """Independent reference: scipy quad over the barrier variable F/k_B T."""
    lt = math.log(t)

    def f(F):  # F = barrier minus its most probable value, in k_B T
        if lt - F > 700:
            return 0.0
        return math.exp(-F * F / (2 * sigma**2) - math.exp(lt - F)) / (
            sigma * math.sqrt(2 * math.pi)
        )

    hi = 0.0 if truncated else 60 * sigma
    step = math.log(t)
    pts = [-60 * sigma] + ([step] if -60 * sigma < step < hi else []) + [hi]
    val = sum(
        quad(f, pts[k], pts[k + 1], epsabs=0, epsrel=1e-13, limit=400)[0]
        for k in range(len(pts) - 1)
    )
    return val + (0.5 * math.exp(-t) if truncated else 0.0)


@pytest.mark.parametrize("distribution", ["gaussian", "truncated"])
@pytest.mark.parametrize("sigma", [0.3, 2.0, 9.0, 16.0])
def test_relaxation_function_matches_quad(distribution, sigma):
    t = fr.log_time_grid(sigma, 9, span=2.5)
    phi = fr.relaxation_function(t, sigma, distribution)
    ref = np.array([_phi_quad(ti, sigma, distribution == "truncated") for ti in t])
    np.testing.assert_allclose(phi, ref, rtol=1e-9, atol=0)


def test_relaxation_function_mpmath_point():
    sigma, t = 5.0, 3.7
    with mpmath.workdps(25):
        f = lambda x: mpmath.npdf(x) * mpmath.exp(-t * mpmath.exp(-sigma * x))  # noqa: E731
        step = mpmath.log(t) / sigma
        # the Gaussian weighs < 1e-42 beyond |x| = 14
        ref = mpmath.quad(f, [-14, -2, step - 1, step, step + 1, 14])
        ref_tr = mpmath.quad(f, [-14, -2, -1, 0]) + mpmath.exp(-t) / 2
    assert fr.relaxation_function([t], sigma)[0] == pytest.approx(float(ref), rel=1e-11)
    assert fr.relaxation_function([t], sigma, "truncated")[0] == pytest.approx(
        float(ref_tr), rel=1e-11
    )


def test_zero_width_is_single_exponential():
    t = np.array([1e-3, 0.5, 2.0, 10.0])
    np.testing.assert_allclose(fr.relaxation_function(t, 0.0), np.exp(-t), rtol=1e-14)
    np.testing.assert_allclose(fr.relaxation_function(t, 0.0, "truncated"), np.exp(-t), rtol=1e-14)


@pytest.mark.parametrize("distribution", ["gaussian", "truncated"])
@pytest.mark.parametrize("sigma", [0.5, 1.5, 3.0])
def test_mean_relaxation_time_closed_form(distribution, sigma):
    lnt = np.linspace(-40, 45, 30001)
    phi = fr.relaxation_function(np.exp(lnt), sigma, distribution)
    integral = np.trapezoid(phi * np.exp(lnt), lnt)
    assert integral == pytest.approx(float(fr.mean_relaxation_time(sigma, distribution)), rel=1e-6)


@pytest.mark.parametrize("sigma", [0.5, 2.0])
def test_short_time_slope_is_mean_rate(sigma):
    from scipy.special import ndtr

    t = 1e-9
    g = (1 - fr.relaxation_function([t], sigma)[0]) / t
    tr = (1 - fr.relaxation_function([t], sigma, "truncated")[0]) / t
    assert g == pytest.approx(math.exp(sigma**2 / 2), rel=1e-5)
    assert tr == pytest.approx(math.exp(sigma**2 / 2) * ndtr(sigma) + 0.5, rel=1e-5)


def test_relaxation_function_rejects_bad_input():
    with pytest.raises(ValueError):
        fr.relaxation_function([1.0], 1.0, "lorentzian")
    with pytest.raises(ValueError):
        fr.relaxation_function([0.0], 1.0)
    with pytest.raises(ValueError):
        fr.mean_relaxation_time(1.0, "box")


# --- Stretched exponential and beta(D) --------------------------------------------------


@pytest.mark.parametrize("beta,tau", [(0.37, 5.0), (0.8, 0.02), (1.0, 1.0)])
def test_fit_recovers_exact_stretched_exponential(beta, tau):
    t = np.logspace(-6, 6, 500)
    got_tau, got_beta = fr.fit_stretched_exponential(t, fr.stretched_exponential(t, tau, beta))
    assert got_beta == pytest.approx(beta, rel=1e-8)
    assert got_tau == pytest.approx(tau, rel=1e-8)


def test_fit_needs_points_in_window():
    with pytest.raises(ValueError):
        fr.fit_stretched_exponential([1.0, 2.0], [0.5, 0.4])


def test_barrier_width():
    assert fr.barrier_width_kT(25.0) == pytest.approx(LAM / 10.0)  # Lambda/(2 sqrt D), l.195
    np.testing.assert_allclose(fr.barrier_width_kT(np.array([4.0, 100.0])), [LAM / 4, LAM / 20])


def test_stretching_exponent_limits_and_order():
    assert fr.stretching_exponent(1e7) == pytest.approx(1.0, abs=2e-3)  # narrow -> Debye
    D = np.array([2.0, 5.0, 20.0, 100.0, 300.0])
    bg = fr.stretching_exponent(D, "gaussian", n_t=200)
    bt = fr.stretching_exponent(D, "truncated", n_t=200)
    assert np.all(np.diff(bg) > 0) and np.all(np.diff(bt) > 0)  # stronger -> less stretched
    assert np.all(bt > bg)  # removing the slow tail reduces the stretching (Fig. 6 caption)
    assert np.all((bg > 0) & (bt < 1))


@pytest.mark.parametrize("distribution", ["gaussian", "truncated"])
def test_fit_time_grid_spans_the_window(distribution):
    sigma = 4.0
    t = fr.fit_time_grid(sigma, 50, distribution, (0.05, 0.9))
    phi = fr.relaxation_function(t[[0, -1]], sigma, distribution)
    assert phi[0] == pytest.approx(0.9, abs=1e-9) and phi[1] == pytest.approx(0.05, abs=1e-9)
    assert np.allclose(np.diff(np.log(t)), np.log(t[1] / t[0]))
    with pytest.raises(ValueError):
        fr.time_at_level(1.0, sigma)
