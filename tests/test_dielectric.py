"""Tests of coldglass.dielectric: STM and ATS dielectric response.

Jug, Bonfanti & Kob 2015, Secs. 5.1-5.3.

References are independent: scipy quad/dblquad of the paper's printed one-dimensional
forms (Eqs. 35, 47, 48, 50, 61), mpmath, and analytic limits.
"""

import math

import numpy as np
import pytest
import references
from scipy.integrate import dblquad, quad

from coldglass import dielectric as d
from coldglass import units

# Table 5 (l.373-377) rows: T, A, D_min, X_min, X_max
BAS50 = dict(T=0.05, A=0.89e-5, D_min=0.015, X_min=2.440e5, X_max=3.080e5)
BK7_15 = dict(T=0.015, A=0.089e-5, D_min=0.03, X_min=1.668e5, X_max=4.576e5)
# Table 7 (l.457, l.461)
BAS77_LOSS = dict(T=0.077, A=1.54e-5, D_min=0.0209, X_min=1.98e4, X_max=4.96e5, Gamma=5.0e9)
OMEGA = 2 * math.pi * 1e3


# ----------------------------------------------------------------------------- STM
def test_stm_single_and_rates():
    E, d0, T = 0.1, 0.06, 0.05
    assert d.stm_resonant_single(E, d0, T) == pytest.approx(2 / 3 * d0**2 / E**3 * math.tanh(1.0))
    delta = math.sqrt(E**2 - d0**2)
    tau = 1e-3
    rel = d.stm_relaxational_single(E, delta, T, OMEGA, tau)
    loss = d.stm_loss_single(E, delta, T, OMEGA, tau)
    assert loss / rel == pytest.approx(OMEGA * tau)  # Eq. (31): eps'' = eps_REL omega tau/(1+...)
    g = 1e-8
    assert d.stm_relaxation_rate(E, E, T, g) * d.stm_tau_min(E, T, g) == pytest.approx(1.0)
    # Eq. (38): omega tau_min(E = T0 at temperature T0) ~ 1 (tanh(1/2) vs 1/2)
    T0 = d.stm_T0(OMEGA, g)
    assert OMEGA * d.stm_tau_min(T0, T0, g) == pytest.approx(2 * math.tanh(0.5), rel=1e-12)


def test_stm_gamma_units():
    # gamma = 2 pi rho hbar^4 / (gl^2/vl^5 + 2 gt^2/vt^5) / kB^3, vitreous-silica-like inputs
    rho, gl, gt, vl, vt = 2200.0, 1.6e-19, 1.0e-19, 5800.0, 3800.0
    expected = (
        2 * math.pi * rho * units.HBAR**4 / (gl**2 / vl**5 + 2 * gt**2 / vt**5) / units.K_B**3
    )
    assert d.stm_gamma(rho, gl, gt, vl, vt) == pytest.approx(expected)
    assert 1e-10 < expected < 1e-6  # s K^3: tau_min(1 K) ~ 1e-8 s, the known STM scale


def test_stm_resonant_against_quad():
    C, d0min, emax = 1e-4, 1e-4, 10.0
    for T in (0.01, 0.1, 1.0):
        ref = quad(
            lambda E, T=T: math.tanh(E / (2 * T)) / E * math.sqrt(1 - (d0min / E) ** 2),
            d0min,
            emax,
            limit=400,
            epsrel=1e-11,
            points=[T, 10 * T],
        )[0]
        assert d.stm_resonant(T, C, d0min, emax) == pytest.approx(2 * C / 3 * ref, rel=1e-8)


def test_stm_resonant_log_slope():
    # Eq. (36): slope -2C/3 per ln T for Delta0min << T << Emax
    C = 1.0
    T1, T2 = 0.01, 0.02
    y = d.stm_resonant([T1, T2], C, 1e-7, 100.0)
    assert (y[1] - y[0]) / math.log(T2 / T1) == pytest.approx(-2 * C / 3, rel=1e-4)


def _stm_rel_ref(T, C, omega, gamma, d0min, emax, loss):
    """Eqs. (35)+(40) by scipy dblquad over (E, tau) in log variables."""

    def f(lntau, E):
        tau = math.exp(lntau)
        tmin = gamma * math.tanh(E / (2 * T)) / E**3
        if tau <= tmin:
            return 0.0
        wt = omega * tau
        g = wt / (1 + wt * wt) if loss else 1 / (1 + wt * wt)
        sech2 = 1 / math.cosh(E / (2 * T)) ** 2
        return 0.5 * math.sqrt(1 - tmin / tau) * sech2 * g

    def lo(E):
        return math.log(gamma * math.tanh(E / (2 * T)) / E**3)

    def hi(E):
        return math.log(gamma * math.tanh(E / (2 * T)) / (d0min**2 * E))

    val = dblquad(f, d0min, min(emax, 60 * T), lo, hi, epsabs=0, epsrel=1e-8)[0]
    return C / (3 * T) * val


@pytest.mark.parametrize("loss", [False, True])
def test_stm_relaxational_against_dblquad(loss):
    C, omega, gamma, d0min, emax = 1e-4, OMEGA, 1e-8, 1e-3, 5.0
    func = d.stm_loss if loss else d.stm_relaxational
    for T in (0.05, 0.2):
        ref = _stm_rel_ref(T, C, omega, gamma, d0min, emax, loss)
        assert func(T, C, omega, gamma, d0min, emax) == pytest.approx(ref, rel=1e-5)


def test_stm_slope_ratio_minus_two_to_one():
    # l.330: total slopes below and above T0 in the ratio -2:1 (with Eq. 40's distribution)
    C, gamma, d0min, emax = 1.0, 1e-8, 1e-9, 1e3
    T0 = d.stm_T0(OMEGA, gamma)

    def total(T):
        return d.stm_resonant(T, C, d0min, emax) + d.stm_relaxational(
            T, C, OMEGA, gamma, d0min, emax
        )

    low = (total(T0 / 20) - total(T0 / 40)) / math.log(2)
    high = (total(T0 * 40) - total(T0 * 20)) / math.log(2)
    assert low == pytest.approx(-2 * C / 3, rel=0.02)
    assert high == pytest.approx(C / 3, rel=0.05)


# ----------------------------------------------------------------------------- ATS, real part
@pytest.mark.parametrize("B", [1e-3, 0.02, 0.3, 3.0])
@pytest.mark.parametrize("row", [BAS50, BK7_15])
def test_ats_kernel_equals_paper_forms(B, row):
    s = float(d.ats_phase_scale(B))
    a, b = row["X_min"] * s, row["X_max"] * s
    a0, a1, aT0 = d.ats_alpha_hat_paper_form(a, b, row["T"], row["D_min"])
    kernel = d.ats_delta_alpha_hat([B], row["T"], row["D_min"], row["X_min"], row["X_max"])[0]
    assert kernel == pytest.approx(a1 + a0 - aT0, rel=1e-8, abs=1e-10)


def test_eq46_printed_sign_gives_alpha1_minus_alpha0():
    T, Dmin = 0.05, 0.015
    a, b = 0.02, 0.05
    a0, a1, _ = d.ats_alpha_hat_paper_form(a, b, T, Dmin)
    assert d.ats_alpha_res_eq46(a, b, T, Dmin, +1) == pytest.approx(a1 + a0, rel=1e-8)
    assert d.ats_alpha_res_eq46(a, b, T, Dmin, -1) == pytest.approx(a1 - a0, rel=1e-8)
    assert a0 > 0.1 * a1  # the two differ substantially


def test_ats_zero_field_and_small_field_limits():
    r = BAS50
    assert d.ats_delta_epsilon([0.0], r["T"], r["A"], r["D_min"], r["X_min"], r["X_max"])[0] == 0.0
    # small phi: Delta alpha ~ phi^2 (a0 and a1 - a(T,0) are both O(phi^2) up to logs)
    y1, y2 = d.ats_delta_epsilon([1e-5, 2e-5], r["T"], r["A"], r["D_min"], r["X_min"], r["X_max"])
    assert y1 > 0 and 3.0 < y2 / y1 < 4.5


def test_ats_sanity_peaks_table5():
    # shape described at l.358: positive low-field peak, then negative at larger B
    B = np.geomspace(1e-4, 3.0, 600)
    y = d.ats_delta_epsilon(B, **BAS50)
    i = int(np.argmax(y))
    assert y[i] > 0 and 0.01 < B[i] < 0.05
    assert y[-1] < 0


def test_ats_exact_orientation_average_matches_direct_quadrature():
    r = BAS50
    B = 0.05
    val = d.ats_delta_alpha_hat(
        [B], r["T"], r["D_min"], r["X_min"], r["X_max"], orientation="exact"
    )[0]
    ref = quad(
        lambda u: d.ats_delta_alpha_hat(
            [B * u], r["T"], r["D_min"], r["X_min"], r["X_max"], orientation="none"
        )[0],
        0,
        1,
        epsrel=1e-9,
    )[0]
    assert val == pytest.approx(ref, rel=1e-6)


def test_high_field_factor_reduces_phase():
    r = BAS50
    y_weak = d.ats_delta_epsilon([0.5], **r)[0]
    y_hf = d.ats_delta_epsilon([0.5], **r, B_star_T=0.1)[0]
    s = float(d.ats_phase_scale(0.5, B_star_T=0.1))
    y_equiv = d.ats_delta_epsilon([0.5 * s / float(d.ats_phase_scale(0.5))], **r)[0]
    assert y_hf == pytest.approx(y_equiv, rel=1e-10)
    assert y_hf != pytest.approx(y_weak, rel=1e-3)


# ----------------------------------------------------------------------------- ATS, loss
def test_relaxation_rate_two_forms_eq55():
    rng = np.random.default_rng(1)
    E = rng.uniform(0.01, 0.2, 20)
    D = E * rng.uniform(0, 1, 20)
    c2 = E**2 - D**2
    T, G = 0.05, 4e9
    lhs = d.ats_relaxation_rate(E, D, T, G)
    rhs = G * E**3 * (c2 + 5 / 6 * D**2) / np.tanh(E / (2 * T))
    np.testing.assert_allclose(lhs, rhs, rtol=1e-13)


def test_tau_distribution_eq57_from_jacobian():
    # P(E, tau) from the (D, D0) measure 2 pi P* dD/D dD0/D0 delta(E - gap) by change of variables
    E, T, G = 0.06, 0.05, 5e9
    for frac in (0.2, 0.5, 0.9):
        D = frac * E
        # density in D at fixed E: 2 pi E / (D (E^2 - D^2)); dtau/dD from Eq. (55)
        h = 1e-7 * E
        tau = lambda x: 1 / d.ats_relaxation_rate(E, x, T, G)  # noqa: E731
        dtau_dD = (tau(D + h) - tau(D - h)) / (2 * h)
        p_num = 2 * math.pi * E / (D * (E**2 - D**2)) / abs(dtau_dD)
        assert d.ats_tau_distribution(E, tau(D), T, G) == pytest.approx(p_num, rel=1e-6)


@pytest.mark.parametrize("B", [3e-4, 0.01, 0.1])
def test_loss_kernel_equals_eq61_paper_form(B):
    r = BAS77_LOSS
    s = float(d.ats_phase_scale(B))
    ref = references.ats_loss_bracket_paper_form(
        r["X_min"] * s, r["X_max"] * s, r["T"], r["D_min"], r["Gamma"], OMEGA
    )
    val = d.ats_loss_bracket([B], r["T"], r["D_min"], r["X_min"], r["X_max"], r["Gamma"], OMEGA)[0]
    assert val == pytest.approx(ref, rel=1e-7)


def test_loss_zero_field_closed_form():
    # B = 0: bracket = ln(Xmax/Xmin) int dD/D sech^2(D/2T) f(tau(D, D)), tau^-1 = (5/6) G D^5 coth
    r = BAS77_LOSS
    T, G = r["T"], r["Gamma"]

    def f(D):
        rate = G * D**3 * (5 / 6) * D**2 / math.tanh(D / (2 * T))
        wt = OMEGA / rate
        return wt / (1 + wt * wt) / math.cosh(D / (2 * T)) ** 2 / D

    ref = (
        math.log(r["X_max"] / r["X_min"]) * quad(f, r["D_min"], 80 * T, epsrel=1e-11, limit=200)[0]
    )
    val = d.ats_loss_bracket([0.0], T, r["D_min"], r["X_min"], r["X_max"], G, OMEGA)[0]
    assert val == pytest.approx(ref, rel=1e-8)


def test_loss_decreases_with_field_bas():
    r = BAS77_LOSS
    y = d.ats_loss_tan_delta(
        [0.0, 0.03, 0.3], r["T"], r["A"], r["D_min"], r["X_min"], r["X_max"], r["Gamma"], OMEGA
    )
    assert y[0] > y[1] > y[2] > 0


def test_alpha_zero_field_limits():
    """Eq. (50): ln(ratio) int_lower^inf tanh(E/2T)/E^2 dE -> ln(ratio)/lower as T -> 0, and
    equals a direct quadrature in E; a higher lower limit (E_c2 > D_min, as printed) lowers it."""
    ratio = math.e
    assert d.ats_alpha_zero_field_hat(1e-6, 0.02, ratio) == pytest.approx(50.0, rel=1e-9)
    T, lower = 0.05, 0.015
    direct = quad(lambda E: math.tanh(E / (2 * T)) / E**2, lower, np.inf)[0]
    assert d.ats_alpha_zero_field_hat(T, lower, 1.26) == pytest.approx(
        math.log(1.26) * direct, rel=1e-8
    )
    assert d.ats_alpha_zero_field_hat(T, 0.03, 1.26) < d.ats_alpha_zero_field_hat(T, lower, 1.26)
