"""Debye phonons and the kinetic conductivity (coldglass.phonons) against closed forms."""

import math

import numpy as np
import pytest
from scipy.special import zeta

from coldglass import phonons, units


def test_debye_integral_limits():
    assert phonons.debye_integral(3, 1e4) == pytest.approx(6 * zeta(3), rel=1e-10)
    assert phonons.debye_integral(4, 1e4) == pytest.approx(4 * math.pi**4 / 15, rel=1e-10)
    # small X: integrand ~ x^(n-2)
    assert phonons.debye_integral(3, 1e-3) == pytest.approx(1e-6 / 2, rel=1e-3)


def test_bead_size_and_scale_for_silica():
    a = phonons.bead_size(4100.0, 342.0)
    assert a == pytest.approx(3.569e-10, rel=1e-3)
    k = phonons.conductivity_scale(342.0, 4100.0)
    assert k == pytest.approx(units.K_B**3 * 342**2 / (math.pi * units.HBAR**2 * 4100))


def test_kinetic_conductivity_limits():
    # low T: 6 zeta(3) L0 t^2; high T: L0 t^2 * (1/t)^2/2 = L0/2
    t = 1e-4
    assert phonons.scaled_kinetic_conductivity(t, 150.0, wavelength="mode") == pytest.approx(
        150 * 6 * zeta(3) * t**2, rel=1e-8
    )
    assert phonons.scaled_kinetic_conductivity(t, 150.0, wavelength="thermal") == pytest.approx(
        150 * 24 * zeta(4) * t**2 / (2 * math.pi), rel=1e-8
    )
    assert phonons.scaled_kinetic_conductivity(1e3, 1.0, wavelength="mode") == pytest.approx(
        0.5, rel=1e-3
    )
    # high T, thermal: L0 t^2 (1/t)^3/3/(2 pi)
    assert phonons.scaled_kinetic_conductivity(1e3, 1.0, wavelength="thermal") == pytest.approx(
        1e-3 / (6 * math.pi), rel=1e-3
    )
    with pytest.raises(ValueError):
        phonons.scaled_kinetic_conductivity(t, 1.0, wavelength="debye")
    slope = np.diff(np.log(phonons.scaled_kinetic_conductivity([1e-4, 2e-4], 1.0)))[0] / math.log(2)
    assert slope == pytest.approx(2.0, abs=1e-6)
    slope_c = np.diff(np.log(phonons.scaled_kinetic_conductivity([1e-4, 2e-4], 1.0, 0.1)))[0]
    assert slope_c / math.log(2) == pytest.approx(2.1, abs=1e-6)


def test_kinetic_conductivity_against_direct_mode_sum():
    # Direct (1/3) sum over a fine omega grid of C(omega) l(omega) c_s with the Debye DOS.
    c_s, t_d, l0, temp = 4100.0, 342.0, 150.0, 3.0
    omega_d = phonons.debye_frequency(t_d)
    omega = np.linspace(1e-6 * omega_d, omega_d, 400001)
    x = units.HBAR * omega / (units.K_B * temp)
    c_mode = units.K_B * x**2 * np.exp(-x) / (-np.expm1(-x)) ** 2
    dos = 3 * omega**2 / (2 * math.pi**2 * c_s**3)
    kappa = np.trapezoid(dos * c_mode * c_s * l0 * 2 * math.pi * c_s / omega, omega) / 3
    scaled = kappa / phonons.conductivity_scale(t_d, c_s)
    assert scaled == pytest.approx(
        phonons.scaled_kinetic_conductivity(temp / t_d, l0, wavelength="mode"), rel=1e-6
    )
    thermal = units.HBAR * c_s / (units.K_B * temp)  # lambda = hbar c_s/k_B T (l.61)
    kappa = np.trapezoid(dos * c_mode * c_s * l0 * thermal, omega) / 3
    scaled = kappa / phonons.conductivity_scale(t_d, c_s)
    assert scaled == pytest.approx(
        phonons.scaled_kinetic_conductivity(temp / t_d, l0, wavelength="thermal"), rel=1e-6
    )


def test_thermal_wavelength_and_debye_heat_capacity():
    assert phonons.thermal_wavelength(1.0, 4100.0) == pytest.approx(
        units.H_PLANCK * 4100 / units.K_B
    )
    assert phonons.debye_heat_capacity_per_bead(1e-3) == pytest.approx(
        12 * math.pi**4 / 5 * 1e-9, rel=1e-6
    )
    assert phonons.debye_heat_capacity_per_bead(200.0) == pytest.approx(3.0, rel=1e-4)


@pytest.mark.parametrize("wavelength", ["mode", "thermal"])
def test_fit_mfp_ratio_recovers_synthetic_raw_data(wavelength):
    # Synthetic kappa(T) in W/(m K) vs K (tests only): l/lambda = 120, 5 % log-normal scatter.
    rng = np.random.default_rng(3)
    t_d, c_s, truth = 342.0, 4100.0, 120.0
    temp_k = np.geomspace(0.005, 1.0, 25)
    kappa = truth * phonons.scaled_kinetic_conductivity(temp_k / t_d, 1.0, wavelength=wavelength)
    kappa = kappa * phonons.conductivity_scale(t_d, c_s) * np.exp(rng.normal(0, 0.05, temp_k.size))
    scaled = kappa / phonons.conductivity_scale(t_d, c_s)
    value, sigma = phonons.fit_mfp_ratio(temp_k / t_d, scaled, wavelength=wavelength)
    assert abs(value - truth) < 3 * sigma
    assert value == pytest.approx(truth, rel=0.05)
    assert 0.002 < sigma / value < 0.03  # 5 % scatter over 25 points: ~1 %
    # with a known uniform error the linear estimate is exact on noiseless data
    clean = truth * phonons.scaled_kinetic_conductivity(temp_k / t_d, 1.0, wavelength=wavelength)
    value, _ = phonons.fit_mfp_ratio(temp_k / t_d, clean, wavelength=wavelength, y_error=1e-9)
    assert value == pytest.approx(truth, rel=1e-10)
