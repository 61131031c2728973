"""TLS physics of coldglass.tls against closed forms, scipy quad and mpmath."""

import math

import mpmath
import numpy as np
import pytest
import references
from scipy.integrate import quad

from coldglass import tls, units


def test_density_coupling_strain_for_silica():
    # l.306: T_g = 1500 K, xi = 20 A -> 6.04e45 J^-1 m^-3.
    assert tls.tls_density(1500.0, 20e-10) == pytest.approx(
        1 / (units.K_B * 1500 * 8e-27), rel=1e-12
    )
    g = tls.phonon_coupling(1500.0, 2200.0, 4100.0, 3.5e-10)
    assert g**2 == pytest.approx(units.K_B * 1500 * 2200 * 4100**2 * 3.5e-10**3, rel=1e-12)
    strain = tls.strain_at_glass_transition(1500.0, 2200.0, 4100.0, 3.5e-10)
    assert strain * tls.elastic_energy_scale(2200.0, 4100.0, 3.5e-10) == pytest.approx(g)


def test_strength_is_geometric_with_eq18():
    # P-bar g^2/(rho c_s^2) = (a/xi)^3 for P-bar = 1/(T_g xi^3) and Eq. (18).
    a, xi, rho, c_s, t_g = 3.5e-10, 20e-10, 2200.0, 4100.0, 1500.0
    c = tls.tunnelling_strength(
        tls.tls_density(t_g, xi), tls.phonon_coupling(t_g, rho, c_s, a), rho, c_s
    )
    assert c == pytest.approx((a / xi) ** 3, rel=1e-12)


def test_mean_free_path_ratio_consistency():
    a, xi, rho, c_s, t_g, temp = 3.5e-10, 20e-10, 2200.0, 4100.0, 1500.0, 0.5
    dens = tls.tls_density(t_g, xi)
    g = tls.phonon_coupling(t_g, rho, c_s, a)
    omega = units.K_B * temp / units.HBAR  # hbar omega = k_B T
    inv_l = tls.inverse_mean_free_path(omega, temp, dens, g, rho, c_s, orientation_factor=1 / 3)
    lam = 2 * math.pi * c_s / omega
    assert 1 / (inv_l * lam) == pytest.approx(tls.universal_mfp_ratio((xi / a) ** 3), rel=1e-12)
    assert tls.universal_mfp_ratio(200.0) == pytest.approx(
        1 / (2 * math.pi**2 / 3 * math.tanh(0.5) / 200)
    )
    c = tls.strength_from_mfp_ratio(150.0)
    assert tls.mfp_over_wavelength(c) == pytest.approx(150.0)


def test_amplitude_distribution_follows_from_exponential_barriers():
    # Eq. (14) + Eq. (21): sample V with density exp(V/sqrt2) on [0, Vmax], map to Delta,
    # histogram slope of log P(log Delta) must be -c with c = hbar w/(sqrt2 pi T_g).
    rng = np.random.default_rng(1)
    hbar_w, v_max = 0.3, 20.0  # in k_B T_g
    s = math.sqrt(2.0)
    u = rng.random(400000)
    v = s * np.log1p(u * np.expm1(v_max / s))  # inverse CDF of exp(V/sqrt2)
    log_delta = np.log(tls.tunnelling_amplitude(v, hbar_w, 1.0))
    hist, edges = np.histogram(log_delta, bins=40, range=(-200, -100))
    centres = 0.5 * (edges[1:] + edges[:-1])
    slope = np.polyfit(centres, np.log(hist), 1)[0]  # d ln P(ln Delta)/d ln Delta = -c
    assert -slope == pytest.approx(tls.distribution_exponent(hbar_w, include_pi=True), rel=0.03)
    p = tls.amplitude_distribution(np.array([1e-3, 1e-2]), 0.1)
    assert p[0] / p[1] == pytest.approx(10**1.1)


def test_relaxation_rates():
    g, rho, c_s = tls.phonon_coupling(1500.0, 2200.0, 4100.0, 3.57e-10), 2200.0, 4100.0
    e = units.K_B * 0.1
    # Delta = E gives the fastest rate; high-T limit coth -> 2T/E.
    assert tls.relaxation_rate(e, e, 0.05, g, rho, c_s) == pytest.approx(
        tls.fastest_relaxation_rate(e, 0.05, g, rho, c_s)
    )
    assert tls.relaxation_rate(0.5 * e, e, 1e-6, g, rho, c_s) == pytest.approx(
        0.25 * tls.fastest_relaxation_rate(e, 1e-6, g, rho, c_s)
    )
    rate_hot = tls.fastest_relaxation_rate(e, 1e3, g, rho, c_s)
    rate_cold = tls.fastest_relaxation_rate(e, 1e-6, g, rho, c_s)
    assert rate_hot / rate_cold == pytest.approx(2 * 1e3 / 0.1, rel=1e-6)
    # universal form with a = (6 pi^2)^(1/3) c_s/omega_D equals Eq. (25) with Eq. (18)
    t_d = 342.0
    a = (6 * math.pi**2) ** (1 / 3) * c_s * units.HBAR / (units.K_B * t_d)
    g = tls.phonon_coupling(1500.0, rho, c_s, a)
    e = 5.7e-4 * units.K_B * t_d
    tau = 1 / tls.fastest_relaxation_rate(e, 1e-9, g, rho, c_s)
    assert tau == pytest.approx(
        tls.fastest_relaxation_time_universal(5.7e-4, 1500 / t_d, t_d), rel=1e-10
    )
    assert tls.fastest_relaxation_time(5.7e-4, 1e-9, 2e-6, 5.7e-4) == pytest.approx(2e-6)


def test_joint_distribution_integrates_to_inner_integral():
    # Eq. (24) integrated over tau^-1 from 1/t to 1/tau_min equals (A/2)(D0/E)^c I(Z) (Eq. 27).
    c, e, tau_min, t = 0.1, 0.3, 1e-6, 1e-2
    r_max = 1 / tau_min  # substitute r = r_max (1 - s^2): the edge 1/sqrt(1 - tau_min r) cancels
    s_top = math.sqrt(1 - 1 / (t * r_max))
    value, _ = quad(
        lambda s: 2 * r_max * s * float(tls.joint_distribution(e, r_max * (1 - s * s), tau_min, c)),
        0.0,
        s_top,
        epsabs=0,
        epsrel=1e-12,
        limit=200,
    )
    expected = 0.5 * (1 / e) ** c * float(tls.inner_time_integral(math.log(t / tau_min), c))
    assert value == pytest.approx(expected, rel=1e-7)


def test_inner_integral_closed_form_against_mpmath():
    mpmath.mp.dps = 30
    for c in (0.0, 0.1, 0.3):
        for z in (1e-4, 0.7, 5.0, 40.0):
            # w = sqrt(z) removes the edge singularity
            exact = mpmath.quad(
                lambda w, c=c: (
                    2 * w * mpmath.e ** (c * w * w / 2) / mpmath.sqrt(-mpmath.expm1(-w * w))
                ),
                [0, mpmath.sqrt(z)],
            )
            assert float(tls.inner_time_integral(z, c)) == pytest.approx(float(exact), rel=1e-11)
    assert float(tls.inner_time_integral(-1.0, 0.1)) == 0.0


def test_kernel_inner_integral_against_closed_form():
    from coldglass.tls_kernels import _inner

    for z in (1e-6, 0.3, 2.0, 17.0, 60.0):
        assert _inner(z, 0.1) == pytest.approx(float(tls.inner_time_integral(z, 0.1)), rel=1e-12)


def test_tls_heat_capacity_and_stm_limit():
    x = np.array([0.1, 2.4, 50.0, 800.0])
    assert np.allclose(
        tls.tls_heat_capacity(x),
        (x / (2 * np.cosh(x / 2))) ** 2 * (x < 700),
        rtol=1e-12,
        atol=1e-300,
    )
    # integral over E of the TLS heat capacity = pi^2/6 T (flat DOS)
    val, _ = quad(lambda y: float(tls.tls_heat_capacity(y)), 0, 200)
    assert val == pytest.approx(math.pi**2 / 6, rel=1e-10)


PARAMS = dict(c=0.1, tau_ref=2e-6, energy_ref=5.7e-4)


@pytest.mark.parametrize("time", [1e-5, 1.0, 3600.0])
def test_heat_capacity_kernel_matches_scipy_reference(time):
    temps = np.array([3e-6, 1e-5, 1e-4, 1e-3, 1e-2])
    kernel = tls.heat_capacity(temps, time, **PARAMS)
    ref = references.tls_heat_capacity_quad(temps, time, **PARAMS)
    positive = ref > 1e-200
    assert np.all(np.abs(kernel[positive] / ref[positive] - 1) < 1e-8)


def test_heat_capacity_long_time_power_laws():
    # Eq. (28): C ~ t^(c/2) T^(1+c/2) once c Z/2 >> 1.
    c = 0.1
    temps = np.array([1e-4, 2e-4])
    t1, t2 = 1e120, 1e121
    c1 = tls.heat_capacity(temps, t1, c, 2e-6, 5.7e-4)
    c2 = tls.heat_capacity(temps, t2, c, 2e-6, 5.7e-4)
    assert math.log(c2[0] / c1[0]) / math.log(10) == pytest.approx(c / 2, abs=2e-3)
    assert math.log(c1[1] / c1[0]) / math.log(2) == pytest.approx(1 + c / 2, abs=2e-3)


def test_heat_capacity_stm_limit_is_logarithmic_in_time():
    # c = 0: I(Z) -> ln 4 + Z at large Z, so C(t) grows by (pi^2/6 ... ) per e-fold: linear in ln t
    temps = np.array([1e-3])
    values = [tls.heat_capacity(temps, t, 0.0, 2e-6, 5.7e-4)[0] for t in (1e10, 1e20, 1e30)]
    assert values[2] - values[1] == pytest.approx(values[1] - values[0], rel=1e-9)
    # slope d C/d ln t = (1/2) int dE w(E/T) = (pi^2/12) T
    slope = (values[2] - values[1]) / (10 * math.log(10))
    assert slope == pytest.approx(math.pi**2 / 12 * 1e-3, rel=1e-9)


def test_short_times_show_a_gap():
    temps = np.array([1e-5, 1e-3])
    short = tls.heat_capacity(temps, 1e-5, **PARAMS)
    long = tls.heat_capacity(temps, 3600.0, **PARAMS)
    assert short[0] / long[0] < 1e-6 and short[1] / long[1] > 0.1
