"""Quantum mixing (Sec. V of the quantum_theory review) against diagonalisation, quadrature
and closed forms."""

import inspect
import math
import re

import numpy as np
import pytest
from scipy.integrate import quad
from scipy.special import gamma, zeta

from coldglass import ripplon_mixing as rm
from coldglass import ripplons, tls

LADDER_W = np.array([0.12, 0.2, 0.31, 0.45])
LADDER_D = np.array([0.01, 0.02, 0.015, 0.03])


def test_hamiltonian_structure_eq58():
    h = rm.mixing_hamiltonian(0.05, 0.02, LADDER_W, LADDER_D)
    assert h.shape == (6, 6)
    assert np.allclose(h, h.T)
    assert h[0, 1] == 0.01 and h[1, 1] == 0.05
    assert np.all(h[0, 2:] == 0.0)  # the bottom state does not couple to ripplons (l.739)
    assert np.allclose(np.diag(h)[2:], LADDER_W)
    assert np.allclose(h[1, 2:], LADDER_D)


def test_sigma_is_the_intercept_eq61():
    sigma = rm.level_shift_sum(LADDER_W, LADDER_D)
    assert sigma == pytest.approx(np.sum(LADDER_D**2 / LADDER_W), rel=1e-14)
    assert rm.bare_asymmetry(0.0, LADDER_W, LADDER_D) == pytest.approx(sigma, rel=1e-14)


@pytest.mark.parametrize("eps", [0.001, 0.004, 0.02, 0.06, 0.11])
def test_eq59_is_the_exact_secular_equation_at_zero_delta(eps):
    # With Delta = 0 the lowest eigenvalue of the (1 + N) block solves Eq. (59) with eps~ in
    # the resolvent exactly, also below Sigma where it becomes negative (errata).
    block = rm.mixing_hamiltonian(eps, 0.0, LADDER_W, LADDER_D)[1:, 1:]
    lowest = np.linalg.eigvalsh(block)[0]
    assert rm.effective_asymmetry(eps, LADDER_W, LADDER_D, clamp=False) == pytest.approx(
        lowest, abs=1e-12
    )
    sigma = rm.level_shift_sum(LADDER_W, LADDER_D)
    clamped = rm.effective_asymmetry(eps, LADDER_W, LADDER_D)
    assert clamped == (0.0 if eps <= sigma else pytest.approx(lowest, abs=1e-12))
    assert (lowest < 0.0) == (eps < sigma)


def test_full_diagonalisation_tracks_eq59_for_small_delta():
    eps, delta = 0.08, 1e-4
    levels = rm.mixing_levels(eps, delta, LADDER_W, LADDER_D)
    eps_t = rm.effective_asymmetry(eps, LADDER_W, LADDER_D)
    # the TLS splitting is sqrt(eps~^2 + Delta^2 (renormalised)) ~ eps~ for Delta -> 0
    assert levels[1] - levels[0] == pytest.approx(eps_t, rel=1e-5)


def test_perturbative_limit_of_eq59():
    d = LADDER_D * 1e-3
    eps = 0.07
    shift = np.sum(d**2 / (LADDER_W - eps))
    assert eps - rm.effective_asymmetry(eps, LADDER_W, d) == pytest.approx(shift, rel=1e-5)


def test_jacobian_is_the_derivative_eq66():
    x = np.linspace(0.001, 0.11, 7)
    h = 1e-6
    numeric = (
        rm.bare_asymmetry(x + h, LADDER_W, LADDER_D) - rm.bare_asymmetry(x - h, LADDER_W, LADDER_D)
    ) / (2 * h)
    assert np.allclose(rm.asymmetry_jacobian(x, LADDER_W, LADDER_D), numeric, rtol=1e-7)
    assert np.all(rm.asymmetry_jacobian(x, LADDER_W, LADDER_D) > 1.0)


def test_ripplon_sums_b_and_b_prime():
    ell, w, g = ripplons.ripplon_ladder(9, 200.0 ** (1.0 / 3.0))
    b = rm.ripplon_sum(w, g, power=1)
    b2 = rm.ripplon_sum(w, g, power=2)
    assert b == pytest.approx(np.sum((2 * ell + 1) / w), rel=1e-14)
    assert 200.0 < b < 260.0  # "several hundreds" (l.786); notes: 231.7
    assert 650.0 < b2 < 760.0  # the sum Eq. (60) implies (notes: 719)
    assert np.sum(g) == 96  # "approximately a hundred" modes


@pytest.mark.parametrize("b", [50.0, 232.0])
def test_renormalised_amplitude_solves_eq64(b):
    dq = np.array([1e-3, 0.01, 0.1, 1.0, 10.0])
    dt = rm.renormalized_amplitude(dq, b)
    assert np.allclose(dt, dq * np.exp(-0.5 * b * dt**2), rtol=1e-12)
    small = 1e-3
    # Eq. (62): Delta~ = Delta_Q (1 - (B/2) Delta_Q^2) to this order
    assert rm.renormalized_amplitude(small, b) == pytest.approx(
        small * (1 - 0.5 * b * small**2), rel=2 * (b * small**2) ** 2
    )
    # bounded, logarithmic in Delta_Q (l.778)
    assert rm.renormalized_amplitude(1e6, b) < rm.renormalized_amplitude(1e3, b) * 1.6


@pytest.mark.parametrize("c", [0.0, 0.1, 0.5, 1.0])
@pytest.mark.parametrize("x_min", [0.0, 0.01, 0.3, 0.9])
def test_regular_rate_integral_against_quad(c, x_min):
    # (1 - x)^(-1/2) edge handled by the algebraic weight of QUADPACK
    ref, _ = quad(
        lambda x: x ** (1 - c) / math.sqrt(1 + x),
        x_min,
        1.0,
        weight="alg",
        wvar=(0.0, -0.5),
        epsabs=0,
        epsrel=1e-12,
    )
    assert rm.regular_rate_integral(c, x_min) == pytest.approx(ref, rel=1e-9)


def test_regular_rate_integral_limits_l816():
    assert rm.regular_rate_integral(0.0) == pytest.approx(1.0, rel=1e-14)
    assert rm.regular_rate_integral(1.0) == pytest.approx(math.pi / 2, rel=1e-14)
    assert rm.regular_rate_integral(0.0, 0.6) == pytest.approx(0.8, rel=1e-12)


def test_conductivity_without_fast_tls_is_t_to_two_plus_c():
    # B = 0, no tanh: kappa = T^(2+c) Gamma(4+c) zeta(3+c)/I_c (Debye cut-off irrelevant).
    c, t = 0.1, 1e-3
    ref = t ** (2 + c) * gamma(4 + c) * zeta(3 + c) / rm.regular_rate_integral(c)
    assert rm.thermal_conductivity(t, 0.0, c, thermal=False) == pytest.approx(ref, rel=1e-8)
    assert rm.conductivity_log_slope(1e-4, 1e-3, 0.0, c) == pytest.approx(2 + c, abs=1e-8)


def test_fast_tls_make_kappa_subquadratic_l816():
    slopes = [rm.conductivity_log_slope(10**-3.5, 1e-2, b, 0.1) for b in (0.0, 100.0, 300.0)]
    assert slopes[0] == pytest.approx(2.1, abs=1e-6)
    assert slopes[0] > 2.0 > slopes[1] > slopes[2]


def test_fast_heat_capacity_long_time_limit():
    # t -> infinity: B int dE [x/2cosh(x/2)]^2 E^(1-c) = B T^(2-c) Gamma(4-c) eta(3-c)
    c, t, b = 0.1, 0.01, 100.0
    s = 3.0 - c
    eta = (1 - 2 ** (1 - s)) * zeta(s)
    ref = b * t ** (2 - c) * gamma(s + 1) * eta
    value = rm.fast_heat_capacity(t, 1e30, b, c, 2.0e-6, 5.7e-4)
    assert value == pytest.approx(ref, rel=1e-7)
    assert rm.fast_heat_capacity(t, 1e-30, b, c, 2.0e-6, 5.7e-4) == 0.0


def test_fast_heat_capacity_grows_faster_than_regular_c9():
    temps = np.array([0.003, 0.01])
    fast = rm.fast_heat_capacity(temps, 60.0, 100.0, 0.1, 2.0e-6, 5.7e-4)
    reg = tls.heat_capacity(temps, 60.0, 0.1, 2.0e-6, 5.7e-4)
    slope_fast = math.log(fast[1] / fast[0]) / math.log(temps[1] / temps[0])
    slope_reg = math.log(reg[1] / reg[0]) / math.log(temps[1] / temps[0])
    assert slope_fast > slope_reg
    assert 0.05 < fast[1] / reg[1] < 0.15  # "at most of order" 1/10 (l.822)


def test_level_crossing_caricature_fig23():
    w = np.array([0.15, 0.23, 0.31])
    t0 = np.linspace(0.0, 0.4, 41)
    levels = rm.level_crossing_levels(t0, w, 0.01)
    assert levels.shape == (41, 5)
    # the first excited level never exceeds the lowest ripplon (Eq. 59, Sec. V.B)
    assert np.all(levels[:, 1] <= w[0] + 1e-12)
    # avoided crossings: consecutive levels never touch
    assert np.all(np.diff(levels, axis=1) > 1e-4)


def test_numpy_docstrings():
    section = re.compile(r"^\s*(Parameters|Returns|Notes)\n\s*-{3,}\s*$", re.M)
    for name in rm.__all__:
        doc = inspect.getdoc(getattr(rm, name))
        found = set(section.findall(doc))
        assert {"Returns", "Notes"} <= found, name
