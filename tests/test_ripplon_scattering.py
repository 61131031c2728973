"""Appendices A and B of the quantum_theory review: spherical Bessel cut-off and ripplon
Rayleigh scattering, against closed forms, series, tabulated zeros and quadrature."""

import inspect
import math
import re

import numpy as np
import pytest
from scipy.integrate import quad
from scipy.special import spherical_jn

from coldglass import ripplon_scattering as rs

XA = 200.0 ** (1.0 / 3.0)


def test_bessel_derivative_closed_form_and_series_fig24():
    x = np.array([0.5, 1.0, 3.0, 7.5, 14.0])
    closed = ((x**2 - 2) * np.sin(x) + 2 * x * np.cos(x)) / x**3
    assert np.allclose(rs.bessel_derivative_squared(x), closed**2, rtol=1e-12)
    small = np.array([1e-4, 1e-2, 0.05])
    series = 1 / 3 - small**2 / 10 + small**4 / 168
    assert np.allclose(rs.bessel_derivative_squared(small), series**2, rtol=1e-9)
    assert rs.bessel_derivative_squared(0.0) == pytest.approx(1 / 9)
    # the signed derivative: closed form, j_0 - 2 j_1/x identity at small x (series)
    assert np.allclose(rs.bessel_derivative(x), closed, rtol=1e-12)
    assert np.allclose(rs.bessel_derivative(small), series, rtol=1e-9)


def test_zeros_of_j1_prime_tabulated():
    # zeros of j_1'(x) to 8 digits (Abramowitz & Stegun 1964, Table 10.6)
    ref = [2.0815760, 5.9403700, 9.2058401, 12.4044450]
    assert np.allclose(rs.bessel_derivative_zeros(4), ref, rtol=2e-8)


def test_kr_conversion_and_cutoff_l1077_l1098():
    per = rs.kr_per_frequency(XA)
    assert 1 / (per / XA) == pytest.approx(0.4136, abs=1e-4)  # "0.4 (a/xi) omega_D"
    assert rs.cutoff_frequency(6.0, XA) * XA == pytest.approx(2.48, abs=0.01)  # "2.5"
    assert per / 30.0 < 0.5  # plateau omega_D/30: kR < 0.5 (l.1100)


def test_quadratic_crossover_l1104():
    assert rs.quadratic_crossover_frequency(XA) == pytest.approx(0.424, abs=1e-3)
    assert rs.quadratic_crossover_frequency(XA, 0.5) == pytest.approx(0.215, abs=1e-3)


def test_ripplon_frequency_density_normalised():
    value, _ = quad(lambda w: rs.ripplon_frequency_density(w, 1.0, 20.0), 0, 3)
    assert value == pytest.approx(1.0, rel=1e-9)
    assert rs.ripplon_width(1.0, 25.0) == pytest.approx(0.1)


def test_a12_is_the_imaginary_part_of_a11():
    # Im of the A11 kernel with omega + i eps gives 2 omega tau^-1 as eps -> 0 (l.1063).
    n, sigma, rho, radius, cs, d = 1.0, 1.0, 1.0, 1.0, 1.0, 20.0
    ell, w_l, omega = 2, 1.1, 1.0
    eps = 1e-5
    kr = omega * radius / cs
    weight = 4 * math.pi * (2 + ell * (ell + 1)) * (2 * ell + 1) * spherical_jn(ell, kr) ** 2

    def im_kernel(wp):
        z = (omega + 1j * eps) ** 2
        return (wp * wp / (wp * wp - z)).imag * rs.ripplon_frequency_density(wp, w_l, d)

    im, _ = quad(im_kernel, 0.3, 2.0, points=[omega], limit=400, epsabs=0, epsrel=1e-10)
    im *= n * sigma / rho * weight
    tau_inv = rs.rayleigh_inverse_lifetime(omega, [w_l], [ell], n, sigma, rho, radius, cs, d)
    assert im / (2 * omega) == pytest.approx(float(tau_inv), rel=1e-3)


def test_mfp_over_wavelength():
    assert rs.mfp_over_wavelength(1.0, 2 * math.pi, 3.0) == pytest.approx(0.5)


def test_numpy_docstrings():
    section = re.compile(r"^\s*(Parameters|Returns|Notes)\n\s*-{3,}\s*$", re.M)
    for name in rs.__all__:
        found = set(section.findall(inspect.getdoc(getattr(rs, name))))
        assert {"Returns", "Notes"} <= found, name
