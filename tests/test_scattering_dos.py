"""Scattering densities of states (Eqs. 37-47 of the quantum_theory review, Figs. 17-18)."""

import math

import numpy as np
import pytest
import references

from coldglass import ripplons
from coldglass import scattering_dos as sd

SPEC = ripplons.discrete_spectrum()
DEGS = (2 * np.arange(2, 10) + 1).astype(int)
TG = 4.4


@pytest.fixture(scope="module")
def levels():
    return sd.occupation_levels(2.0, SPEC[0], DEGS)


def test_occupation_levels_count_states(levels):
    e, m = levels
    assert e[0] == 0.0 and m[0] == 1
    # below 2 omega_2: the one-quantum states of each mode and two quanta of l = 2, 3 ...
    w2 = SPEC[0][0]
    assert m[(e > 0) & (e < 1.5 * w2)].sum() == 5  # the 5 states of l = 2
    assert m[np.isclose(e, 2 * w2)].sum() == math.comb(6, 4)  # two quanta in 5 states


def test_sdm_low_frequency_limit_e_over_sqrt_2pi(levels):
    # l.596: "exp(1)/sqrt(2 pi) ~ 1.08, only 8% away from the correct 1"
    f, w = SPEC
    assert sd.ground_state_dos(1e-6, TG, f, w) == pytest.approx(
        math.e / math.sqrt(2 * math.pi), rel=1e-5
    )
    assert sd.ground_state_dos_exact(1e-6, TG, levels) == pytest.approx(1.0, rel=1e-6)
    third, fourth = sd.ground_state_error_terms(1e-6, TG, f, w)
    assert third == pytest.approx(1 / 3, rel=1e-4) and fourth == pytest.approx(1 / 4, rel=1e-4)


def test_sdm_high_frequency_power_96():
    # l.596: rho ~ prod (omega/omega_lm) ~ omega^96
    f, w = SPEC
    # the power is reached only far above the sum of the 96 mode frequencies (~40 omega_D):
    # the log-slope rises through 70 (omega = 40), 92 (400) to 95 (4000) towards 96
    slopes = []
    for a in (400.0, 4000.0):
        rho = sd.ground_state_dos(np.array([a, 2 * a]), TG, f, w)
        slopes.append(math.log(rho[1] / rho[0]) / math.log(2.0))
    assert slopes[0] < slopes[1] < 96.0
    assert slopes[1] == pytest.approx(96.0, rel=0.02)


def test_sdm_follows_the_exact_staircase_on_average(levels):
    # above the ripplon threshold the exact sum is a dense staircase; the saddle point
    # is its smooth version: compare averages over a window
    f, w = SPEC
    om = np.linspace(0.6, 0.9, 400)
    exact = sd.ground_state_dos_exact(om, TG, levels)
    sdm = sd.ground_state_dos(om, TG, f, w)
    assert np.mean(sdm) / np.mean(exact) == pytest.approx(1.0, abs=0.15)


def test_saddle_solves_eq40_and_derivatives():
    f, w = SPEC
    beta_g = 1 / TG
    for om in (0.01, 0.1, 0.5):
        y = sd.ground_state_saddle(om, TG, f, w)
        sig = np.sum(w * f / np.expm1(y * f))
        assert sig + 1 / (y + beta_g) == pytest.approx(om, rel=1e-12)
        # third and fourth order terms from numerical derivatives of f(kappa)

        def phi(kappa, om=om):
            yy = kappa - beta_g
            return yy * om - np.sum(w * np.log(-np.expm1(-yy * f))) - math.log(kappa)

        k0, h = y + beta_g, 0.02 * (y + beta_g)
        d2 = (phi(k0 + h) - 2 * phi(k0) + phi(k0 - h)) / h**2
        d3 = (phi(k0 + 2 * h) - 2 * phi(k0 + h) + 2 * phi(k0 - h) - phi(k0 - 2 * h)) / (2 * h**3)
        d4 = (
            phi(k0 + 2 * h) - 4 * phi(k0 + h) + 6 * phi(k0) - 4 * phi(k0 - h) + phi(k0 - 2 * h)
        ) / h**4
        third, fourth = sd.ground_state_error_terms(om, TG, f, w)
        assert abs(d3) / (6 * d2**1.5) == pytest.approx(third, rel=5e-3)
        assert d4 / (24 * d2**2) == pytest.approx(fourth, rel=5e-3)


def test_ground_state_matches_brentq_reference():
    for tg, (f, w) in ((TG, SPEC), (3.5, ripplons.broadened_spectrum(3.5, 0.31, 20.0, points=300))):
        for om in (1e-3, 0.03, 0.2, 1.0):
            assert sd.ground_state_dos(om, tg, f, w) == pytest.approx(
                references.ground_state_dos_brentq(om, tg, f, w), rel=1e-12
            )


def test_excited_saddle_solves_eqs45_46():
    f, w = SPEC
    for om, e in ((0.01, 0.003), (0.1, 0.03), (0.3, 0.1), (0.1, 1e-5)):
        x, lam, mu = sd.excited_saddle(om, e, TG, f, w)
        sig = np.sum(w * f / np.expm1(x * f))
        assert sig + 1 / lam == pytest.approx(om + e, rel=1e-12)  # Eq. (45)
        assert sig - 1 / mu == pytest.approx(om, rel=1e-9)  # Eq. (46)
        # x = beta_g + lambda - mu, to the precision of x: the residual is dh/dx dx with
        # dh/dx = 1 + G2 (lambda^2 + mu^2) (~1e10 at E = 1e-5), dx ~ 1e-14 x
        g2 = np.sum(w * f**2 * np.exp(x * f) / np.expm1(x * f) ** 2)
        slope = 1 + g2 * (lam**2 + mu**2)
        assert abs(x - (1 / TG + lam - mu)) <= 1e-14 * x * slope
        assert sd.excited_cumulative_dos(om, e, TG, f, w) == pytest.approx(
            references.excited_cumulative_dos_brentq(om, e, TG, f, w), rel=1e-7
        )


def test_excited_cumulative_against_exact_sum(levels):
    f, w = SPEC
    # many states in the window: the saddle point is close to the exact count
    assert sd.excited_cumulative_dos(0.3, 0.1, TG, f, w) == pytest.approx(
        sd.excited_cumulative_exact(0.3, 0.1, TG, levels), rel=0.15
    )
    # l.633/640: wrong asymptotics below 1e-2 omega_D, yet N_E T_g < 1 there
    assert sd.excited_cumulative_exact(0.01, 0.003, TG, levels) == 0.0
    assert 0.0 < sd.excited_cumulative_dos(0.01, 0.003, TG, f, w) < 1.0


def test_excited_dos_matches_quad_reference_and_weight():
    f, w = SPEC
    got = sd.excited_dos(0.05, 0.02, TG, f, w)
    assert got == pytest.approx(references.excited_dos_quad(0.05, 0.02, TG, f, w), rel=1e-9)
    assert sd.thermal_weight(0.0, 0.1) == 1.0  # f(0, T) = 1 (l.617)
    # N_E grows with E, so the thermal average grows with T
    assert sd.excited_dos(0.05, 0.04, TG, f, w) > got
    np.testing.assert_allclose(
        sd.excited_window_dos(0.05, 0.02, TG, f, w), sd.excited_cumulative_dos(0.05, 0.02, TG, f, w)
    )


def test_excited_dos_exact_limit(levels):
    # T -> 0: f -> 2 theta(-E) ... only the state at E_N = omega would count: nothing
    assert sd.excited_dos_exact(0.05, 1e-4, TG, levels) < 1e-100
    # exact rho_exc at omega = omega_2 - delta: the 5 one-quantum states at E = delta
    w2 = SPEC[0][0]
    # T well below omega_3 - omega_2 + d ~ 0.1, so the 7 states of l = 3 add < 1e-7
    d, t = 0.01, 0.004
    expected = 5 * sd.thermal_weight(d, t) * math.exp(-d / TG)
    assert sd.excited_dos_exact(w2 - d, t, TG, levels) == pytest.approx(expected, rel=1e-3)


def test_excited_error_term_small_at_plateau_energies():
    f, w = SPEC
    assert sd.excited_error_term(0.1, 0.03, TG, f, w) < 0.3
    assert sd.excited_error_term(0.003, 0.001, TG, f, w) > sd.excited_error_term(
        0.1, 0.03, TG, f, w
    )
