"""The elastic Casimir effect of Sec. VI (quantum_theory review) against exact
diagonalisation, Monte Carlo, quadrature and the printed closed forms."""

import inspect
import math
import re

import numpy as np
import pytest
from scipy.integrate import dblquad, quad
from scipy.linalg import eigh
from scipy.special import zeta

from coldglass import grueneisen as gr
from coldglass import phonons, ripplons, units

TG, TD, RHO, CS = 1500.0, 342.0, 2200.0, 4100.0  # silica, l.306 and Fig. 15 caption
XA = 200.0 ** (1.0 / 3.0)
XI = 20e-10
A = XI / XA


def test_orientation_average_monte_carlo_c14():
    rng = np.random.default_rng(11)
    v = rng.normal(size=(3, 400_000, 3))
    v /= np.linalg.norm(v, axis=-1, keepdims=True)
    f2 = gr.dipole_angular_factor(v[0], v[1], v[2]) ** 2
    err = f2.std() / math.sqrt(f2.size)
    assert abs(f2.mean() - gr.ORIENTATION_AVERAGE) < 4 * err
    assert gr.orientation_average() == pytest.approx(2 / 3, rel=1e-15)


def test_active_fraction_and_energy_average():
    for tau in (1e-4, 1e-3):
        assert gr.active_fraction(tau) == pytest.approx(
            math.log(2) * tau - math.pi**2 / 12 * tau**2 + 0.75 * zeta(3) * tau**3, rel=1e-9
        )  # tau sum_k (-tau)^k eta(k + 1)
    x = 0.01
    ref, _ = quad(lambda y: math.exp(-y) / (x + y), 0, np.inf, epsabs=0, epsrel=1e-12)
    assert gr.energy_average(x) == pytest.approx(ref, rel=1e-9)
    assert gr.energy_average(1e-6) == pytest.approx(math.log(1e6) - 0.5772156649, rel=1e-5)


def test_mean_square_coupling_printed_form_l893():
    r = np.array([2e-9, 5e-9])
    printed = (2 / 3) * (3 / (4 * math.pi)) ** 2 * (units.K_B * TG) ** 2 * (A / r) ** 6
    assert np.allclose(gr.mean_square_coupling(TG, RHO, CS, A, r), printed, rtol=1e-12)


def test_coupling_volume_integral_against_quad():
    r0 = ripplons.domain_radius(XA) * A

    scale = gr.mean_square_coupling(TG, RHO, CS, A, r0) * r0**3

    def integrand(u):  # u = r/r0
        return 4 * math.pi * u * u * gr.mean_square_coupling(TG, RHO, CS, A, u * r0) * r0**3

    ref, _ = quad(lambda u: integrand(u) / scale, 1.0, np.inf, epsabs=0, epsrel=1e-11)
    ref *= scale
    assert gr.coupling_volume_integral(TG, A, XI) == pytest.approx(ref, rel=1e-9)


def _three_level(eps, omega):
    return np.diag([0.0, eps, eps + omega])


def _hop(a, b):
    m = np.zeros((3, 3))
    m[a, b] = m[b, a] = 1.0
    return m


def _second_order(h_i, h_j, op_i, op_j, temperature, j=1e-3):
    """(F(J) + F(-J) - 2F(0))/(2 J^2) of two sites coupled by J op_i x op_j (log-sum-exp)."""
    eye = np.eye(3)
    h0 = np.kron(h_i, eye) + np.kron(eye, h_j)
    v = np.kron(op_i, op_j)

    def free(jj):
        e = eigh(h0 + jj * v, eigvals_only=True)
        m = e.min()
        return m - temperature * math.log(np.sum(np.exp(-(e - m) / temperature)))

    return (free(j) + free(-j) - 2 * free(0.0)) / (2 * j * j)


@pytest.mark.parametrize(
    "eps_i,om_i,eps_j,om_j,t",
    [(0.1, 1.0, 0.3, 1.7, 0.2), (0.05, 0.8, 0.05, 0.8, 0.5), (0.4, 1.2, 0.02, 2.0, 0.05)],
)
def test_rr_free_energy_is_exact_second_order_eq73(eps_i, om_i, eps_j, om_j, t):
    exact = _second_order(
        _three_level(eps_i, om_i), _three_level(eps_j, om_j), _hop(1, 2), _hop(1, 2), t
    )
    assert gr.pair_free_energy_rr(1.0, eps_i, om_i, eps_j, om_j, t) == pytest.approx(
        exact, rel=1e-5
    )


@pytest.mark.parametrize("eps_i,om_i,eps_j,t", [(0.1, 1.0, 0.3, 0.2), (0.3, 0.5, 0.5, 0.1)])
def test_rt_free_energy_is_exact_second_order_eq77(eps_i, om_i, eps_j, t):
    # site j's own ripplon far away (never thermally excited), as Eq. (77) assumes
    exact = _second_order(
        _three_level(eps_i, om_i), _three_level(eps_j, 500.0), _hop(1, 2), _hop(0, 1), t
    )
    assert gr.pair_free_energy_rt(1.0, eps_i, om_i, eps_j, t) == pytest.approx(exact, rel=1e-5)


@pytest.mark.parametrize("eps_i,eps_j,t", [(0.1, 0.3, 0.2), (0.2, 0.2, 0.1), (1.0, 0.01, 0.3)])
def test_tt_free_energy_is_exact_second_order_eq81(eps_i, eps_j, t):
    exact = _second_order(
        _three_level(eps_i, 500.0), _three_level(eps_j, 500.0), _hop(0, 1), _hop(0, 1), t
    )
    assert gr.pair_free_energy_tt(1.0, eps_i, eps_j, t) == pytest.approx(exact, rel=1e-5)


def test_low_temperature_limits_eq74_eq78():
    # T << omega, eps: Eq. (73) -> -J^2/(omega_i + omega_j) / ((1+e^eps_i/T)(1+e^eps_j/T))
    t = 0.01
    value = gr.pair_free_energy_rr(1.0, 0.0, 0.7, 0.0, 0.9, t)
    assert value == pytest.approx(-1 / (0.7 + 0.9) / 4, rel=1e-9)
    assert gr.pair_free_energy_rt(1.0, 0.0, 0.7, 0.5, t) == pytest.approx(-0.5 / 1.2, rel=1e-9)


def test_active_concentration_against_quad_c16():
    t = 1.0
    ref, _ = quad(
        lambda e: math.exp(-e / TG) / (TG * XI**3) / (1 + math.exp(e / t)), 0, 60, epsrel=1e-12
    )
    assert gr.active_concentration(t, TG, XI) == pytest.approx(ref, rel=1e-3)  # T/T_g terms


def test_noninteracting_free_energy_against_quad_l921():
    t = 2.0
    ref, _ = quad(lambda e: math.exp(-e / TG) * (-t * math.log1p(math.exp(-e / t))), 0, 100)
    ref *= units.K_B / (TG * XI**3)
    assert gr.noninteracting_free_energy_density(t, TG, XI) == pytest.approx(ref, rel=1e-2)


def test_rr_assembly_reproduces_the_printed_prefactor_c17_eq75_eq76():
    s = gr.ripplon_pair_sum_printed(XA)
    f = gr.rr_free_energy_density(1.0, TG, TD, A, XI, s)
    printed = 1.5 * math.log(2) ** 2 * math.pi**2 * units.K_B / (XI**3 * TD) * XA**-1.75
    assert -2 * f == pytest.approx(printed, rel=1e-12)  # coefficient of delta V/V (l.897)
    k = gr.bulk_modulus(RHO, CS)
    alpha = gr.volume_expansivity(-2 * 2 * f, k)  # C ~ T^2: dC/dT = 2C at 1 K
    eq75 = -3.0 * math.log(2) ** 2 * math.pi**2 / k * units.K_B / (XI**3 * TD) * XA**-1.75
    assert alpha == pytest.approx(eq75, rel=1e-12)
    gamma = gr.grueneisen_parameter(alpha, k, gr.heat_capacity_density(1.0, TG, XI))
    eq76 = -3.0 * math.log(2) ** 2 * math.pi**2 * TG / TD * XA**-1.75
    assert gamma == pytest.approx(eq76, rel=1e-12)


def test_rt_expansivity_and_gamma_eq79_eq80():
    c = gr.rt_coefficient_printed(TG / TD, XA)
    f = gr.rt_free_energy_density(1.0, XI, c)
    k = gr.bulk_modulus(RHO, CS)
    alpha = gr.volume_expansivity(-2 * f, k)  # C ~ T: dC/dT = C at 1 K
    log = math.log(2.0 * TG / TD * XA**0.25)
    assert alpha == pytest.approx(-1.0 * units.K_B / (XI**3 * k) * XA**-4 * log, rel=1e-12)
    gamma = gr.grueneisen_parameter(alpha, k, gr.heat_capacity_density(2.0, TG, XI))
    assert gamma == pytest.approx(-1.0 * TG / 2.0 * XA**-4 * log, rel=1e-12)


def test_ripplon_pair_sum_explicit():
    _, w, g = ripplons.ripplon_ladder(9, XA)
    ref = sum(gi * gj / (wi + wj) for wi, gi in zip(w, g) for wj, gj in zip(w, g))
    assert gr.ripplon_pair_sum(w, g) == pytest.approx(ref, rel=1e-13)
    # the closed form of l.895 is about twice the explicit l = 2..9 sum (errata)
    assert 1.8 < gr.ripplon_pair_sum_printed(XA) / ref < 2.2


def test_rt_sum_reduces_to_the_log_form():
    # e^x E_1(x) -> ln(1/x) - gamma_E for x -> 0 (l.919)
    w, g = np.array([1e-6]), np.array([1.0])
    value = gr.rt_coefficient_sum(1.0, w, g, 1.0)
    assert value == pytest.approx((2 / 3) * math.log(2) * (math.log(1e6) - 0.5772156649), rel=1e-5)


def _tt_direct(tau):
    """<Eq. (81)> over e^(-x-y), x, y in units of T_g, by scipy dblquad (tau not too small)."""

    def f(y, x):
        fx, fy = x * math.tanh(x / (2 * tau)), y * math.tanh(y / (2 * tau))
        if abs(x - y) < 1e-9:
            u = x / (2 * tau)
            q = math.exp(-2 * u)
            val = (math.tanh(u) + u * 4 * q / (1 + q) ** 2) / (2 * x) if x > 0 else 1 / (2 * tau)
        else:
            val = (fx - fy) / (x * x - y * y)
        return math.exp(-x - y) * val

    value, _ = dblquad(f, 0, 40, 0, 40, epsabs=1e-12, epsrel=1e-10)
    return value


def test_tt_thermal_factor_against_dblquad():
    for tau in (0.05, 0.2):
        assert gr.tt_thermal_factor(tau) == pytest.approx(_tt_direct(tau), rel=1e-6)


def test_tt_thermal_factor_sign_and_magnitude_l941():
    assert gr.tt_thermal_factor(1e-6) == pytest.approx(1.0, abs=1e-9)  # vacuum term exact
    for tau in (1e-3, 3e-3):
        dev = gr.tt_thermal_factor(tau) - 1.0
        printed = gr.tt_thermal_factor_printed(tau) - 1.0
        assert dev < 0.0 < printed  # the printed sign is wrong (errata)
        assert abs(dev) == pytest.approx(abs(printed), rel=0.05)


def test_phillips_bound_eq82():
    assert gr.phillips_bound(10.0) == pytest.approx(12 * math.log(2) / math.pi**2 * 10, rel=1e-14)
    a = phonons.bead_size(CS, TD)
    a_over_dl = math.sqrt(RHO * CS**2 * a**3 / (units.K_B * TG))
    assert gr.phillips_bound_material(TG, RHO, CS, a) == pytest.approx(
        gr.phillips_bound(a_over_dl), rel=1e-12
    )


def test_crossover_and_breakdown_temperatures():
    f_rr = gr.rr_free_energy_density(1.0, TG, TD, A, XI, gr.ripplon_pair_sum_printed(XA))
    f_rt = gr.rt_free_energy_density(1.0, XI, gr.rt_coefficient_printed(TG / TD, XA))
    tx = gr.crossover_temperature(f_rr, f_rt)
    # at T_x the two expansivities (2 F_rr(T)/T and F_rT(T)/T) are equal
    f_rr_x = gr.rr_free_energy_density(tx, TG, TD, A, XI, gr.ripplon_pair_sum_printed(XA))
    assert 2 * f_rr_x / tx == pytest.approx(f_rt, rel=1e-12)  # F_rT(T)/T = F_rT(1 K)
    ts = gr.breakdown_temperature(f_rt, TG, XI)
    assert gr.rt_free_energy_density(ts, XI, gr.rt_coefficient_printed(TG / TD, XA)) == (
        pytest.approx(gr.noninteracting_free_energy_density(ts, TG, XI), rel=1e-12)
    )


def test_casimir_contributions_match_the_closed_forms():
    t = np.array([0.1, 1.0, 10.0])
    out = gr.casimir_contributions(
        t,
        TG,
        TD,
        RHO,
        CS,
        A,
        XI,
        gr.ripplon_pair_sum_printed(XA),
        gr.rt_coefficient_printed(TG / TD, XA),
    )
    k = gr.bulk_modulus(RHO, CS)
    eq75 = -3.0 * math.log(2) ** 2 * math.pi**2 / k * units.K_B * t / (XI**3 * TD) * XA**-1.75
    log = math.log(2.0 * TG / TD * XA**0.25)
    eq79 = -1.0 * units.K_B / (XI**3 * k) * XA**-4 * log
    assert np.allclose(out["alpha_rr"], eq75 / 3, rtol=1e-12)
    assert np.allclose(out["alpha_rt"], eq79 / 3, rtol=1e-12)
    assert np.allclose(out["gamma_rt"], -TG / t * XA**-4 * log, rtol=1e-12)
    assert np.allclose(out["gamma_rr"], out["gamma_rr"][0], rtol=1e-12)  # T-independent
    assert np.allclose(out["gamma_total"], out["gamma_rr"] + out["gamma_rt"])


def test_numpy_docstrings():
    section = re.compile(r"^\s*(Parameters|Returns|Notes)\n\s*-{3,}\s*$", re.M)
    for name in gr.__all__:
        obj = getattr(gr, name)
        if callable(obj):
            found = set(section.findall(inspect.getdoc(obj)))
            assert {"Returns", "Notes"} <= found, name
