"""Ripplon spectrum (Sec. IV.B-C of the quantum_theory review, Eqs. 29-33, Figs. 13-14)."""

import math

import numpy as np
import pytest
from scipy import special

from coldglass import rfot, ripplons


def test_barrier_top_frequency_and_crossover():
    # Eq. (29): omega^ddagger ~ 1.6 (a/xi) omega_D; T' = hbar omega^ddagger/(2 pi k_B).
    w = ripplons.barrier_top_frequency(5.8)
    assert w * 5.8 == pytest.approx(1.67, abs=0.01)
    assert ripplons.crossover_temperature(5.8) == pytest.approx(w / (2 * math.pi))
    # inversely proportional to xi/a
    assert ripplons.barrier_top_frequency(2.9) == pytest.approx(2 * w)


def test_cot_alpha_is_minus_jl_over_z_jl_prime():
    z = np.linspace(0.3, 14.0, 200)
    for ell in (2, 3, 5):
        jl = special.spherical_jn(ell, z)
        djl = special.spherical_jn(ell, z, derivative=True)
        np.testing.assert_allclose(ripplons.cot_alpha(ell, z), -jl / (z * djl), rtol=1e-10)


def test_cot_alpha_small_argument_limit():
    # "going however to -1/l as z -> 0" (below Eq. 30)
    for ell in (2, 4):
        assert ripplons.cot_alpha(ell, 1e-4) == pytest.approx(-1.0 / ell, rel=1e-6)
        assert ripplons.cot_alpha(ell, 0.0) == -1.0 / ell


def test_membrane_roots_solve_eq30_and_separate_gas_modes():
    p, s, ell = 0.5, 1.0, 2
    roots = ripplons.membrane_eigenvalues(ell, p, s, 15.0)
    assert len(roots) >= 4
    np.testing.assert_allclose(
        ripplons.cot_alpha(ell, roots), ripplons.membrane_rhs(ell, roots, p, s), atol=1e-9
    )
    # the higher roots interlace with the poles of cot alpha (zeros of j_2'), i.e. they
    # are the gas standing waves: one root between consecutive poles
    poles = [3.3421, 7.2899, 10.6139, 13.8461]
    for lo, hi in zip(poles[:-1], poles[1:]):
        assert np.sum((roots > lo) & (roots < hi)) == 1


@pytest.mark.parametrize("ell", [2, 3, 6])
def test_light_gas_limit_is_eq31(ell):
    # rho_g -> 0 at fixed sigma/(rho_W c_g^2): the lowest root -> Eq. (31), independent of c_g
    sigma_over_rhow_cg2 = 0.02  # sigma/(rho_W c_g^2) R^0 with R = 1
    expected = math.sqrt((ell - 1) * (ell + 2) * sigma_over_rhow_cg2)  # z = omega R / c_g
    errors = []
    for p in (1e2, 1e3, 1e4):
        s = p * sigma_over_rhow_cg2
        z0 = ripplons.membrane_eigenvalues(ell, p, s, 2.0)[0]
        errors.append(abs(z0 / expected - 1.0))
    assert errors[-1] < 1e-3
    assert errors[0] > errors[1] > errors[2]  # converges as rho_g -> 0
    lim = ripplons.membrane_frequency_limit(ell, sigma_over_rhow_cg2, 1.0, 1.0, 0.0)
    assert lim == pytest.approx(expected)


def test_curvature_factor_nine_eighths():
    # Eq. (32): p = (3/2) sigma/R instead of 2 sigma/R, and another 3/2 from varying p
    assert ripplons.curvature_factor(0.5) == pytest.approx(9.0 / 8.0)
    assert ripplons.curvature_factor(0.0) == 1.0
    # independent check: d/dR of p(R) = (1/4 pi R^2) dF/dR, F = 4 pi R^(2-nu), numerically
    h = 1e-5

    def pressure(r, nu):
        def f(x):
            return 4 * math.pi * x ** (2 - nu)

        return (f(r + h) - f(r - h)) / (2 * h) / (4 * math.pi * r**2)

    for nu in (0.0, 0.5, 0.3):
        dp = -(pressure(1 + h, nu) - pressure(1 - h, nu)) / (2 * h)  # sigma(1) = 1
        assert dp / 2.0 == pytest.approx(ripplons.curvature_factor(nu), rel=1e-5)
    r32 = ripplons.membrane_frequency_limit(2, 1.0, 1.0, 1.0, 0.5)
    r31 = ripplons.membrane_frequency_limit(2, 1.0, 1.0, 1.0, 0.0)
    assert (r32 / r31) ** 2 == pytest.approx(9 / 8)


def test_eq33_from_eq32_in_dimensional_form():
    # Units a = c_s = rho = 1: T_g = (d_L/a)^2, sigma = (3/4) T_g L (a/R)^(1/2),
    # rho_W = (d_L/a)^2 rho a, omega in c_s/a; omega_D = (6 pi^2)^(1/3) c_s/a.
    d = rfot.LINDEMANN_RATIO
    xi = 5.8
    r = xi * (3 / (4 * math.pi)) ** (1 / 3)
    t_g = d**2
    sigma = 0.75 * t_g * rfot.localization_log(d) * r**-0.5
    rho_w = d**2
    for ell in range(2, 10):
        omega = ripplons.membrane_frequency_limit(ell, sigma, rho_w, r, 0.5)
        omega_over_wd = omega / (6 * math.pi**2) ** (1 / 3)
        assert ripplons.ripplon_frequency(ell, xi) == pytest.approx(omega_over_wd, rel=1e-12)
    assert ripplons.surface_tension(r) * t_g == pytest.approx(sigma)


def test_eq33_printed_numbers():
    assert ripplons.ripplon_prefactor() == pytest.approx(1.34, abs=0.005)
    assert ripplons.ripplon_frequency(2, 5.8) == pytest.approx(0.15, abs=0.005)
    ell, w, g = ripplons.ripplon_ladder()
    assert list(ell) == list(range(2, 10))
    assert g.sum() == 96  # sum_{l=2}^{9} (2l+1), l.596
    assert np.all(np.diff(w) > 0)
    assert 9.0 < ripplons.max_harmonic() < 10.0  # "9.10" (9-10), l.503
    assert ripplons.max_harmonic(190.0) == pytest.approx(
        math.pi * ((3 * 190 / (4 * math.pi)) ** (1 / 3) - 0.5)
    )


def test_ripplon_levels_count_states():
    _, w, g = ripplons.ripplon_ladder(3)
    levels = ripplons.ripplon_levels(0.1, w, g, max_quanta=2)
    assert levels[0] == (0.1, (0, 0), 1)
    # total states with <= 2 quanta in 5 + 7 = 12 oscillators: C(12 + 2, 2) = 91
    assert sum(lv[2] for lv in levels) == math.comb(14, 2)
    energies = [lv[0] for lv in levels]
    assert energies == sorted(energies)


def test_numpy_docstrings():
    import inspect
    import re

    for name in ripplons.__all__:
        obj = getattr(ripplons, name)
        if inspect.isfunction(obj):
            doc = inspect.getdoc(obj)
            for section in ("Parameters", "Returns", "Notes"):
                assert re.search(rf"^{section}\n-{{3,}}$", doc, re.M), (name, section)
            assert re.search(r"Eqs?\.|Sec\.|Fig\.", doc), name
