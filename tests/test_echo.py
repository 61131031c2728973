"""Tests of coldglass.echo: polarization echoes of 2LS and ATS (Jug, Bonfanti & Kob 2015, Sec. 6).

References are independent: the Bloch equations of two finite pulses integrated by scipy
(``references.bloch_two_pulse_echo``), the diagonalised three-level Hamiltonian (Eqs. 68-71),
nested scipy quad of Eq. (76) (``references.echo_parts_quad``), mpmath quadrature (Eq. 86)
and analytic limits.
"""

import math

import mpmath
import numpy as np
import pytest
import references
from scipy.integrate import quad

from coldglass import ats, echo, fitting, units

# Table 8 (l.641), AlBaSiO sample 1; T, tau12 as chosen for Fig. 16 (not given in the text)
BAS1 = dict(
    T=0.012,
    freq_GHz=1.0,
    D_min=0.01774,
    X_min=0.95e3,
    X_max=2.13e4,
    gamma_inv=9.22e6,
    c_phi=5.008,
    p1F0=0.461,
    tau12=2.0,
    tau1=0.1,
    tau2=0.2,
)


# ----------------------------------------------------------------------------- one system
@pytest.mark.parametrize("omega_R, det", [(10.0, 0.0), (10.0, 3.0), (5.0, -8.0), (14.0, 20.0)])
def test_echo_bracket_against_bloch_equations(omega_R, det):
    """Eqs. (62)-(67): the Bloch-equation echo of finite pulses is i (S + iC), Omega_G form."""
    bloch = references.bloch_two_pulse_echo(omega_R, det, 0.1, 0.2, 1.5)
    assert bloch == pytest.approx(1j * echo.echo_bracket(omega_R, det, 0.1, 0.2), abs=1e-11)


def test_bloch_decides_omega_g_in_c_term():
    """The C-term ratio is (omega_0 - omega)/Omega_G (Eq. 62), not /Omega_R (Eq. 77 printed)."""
    om, det, t1, t2 = 10.0, 6.0, 0.1, 0.2
    bloch = references.bloch_two_pulse_echo(om, det, t1, t2, 1.0)
    og = echo.generalized_rabi(om, det)
    s_p, c_p = echo.pulse_area_functions(om, det, t1, t2, bloch=False)
    printed = (om / og) ** 3 * (s_p + 1j * c_p)
    assert abs(bloch - 1j * printed) > 1e-3
    s_b, c_b = echo.pulse_area_functions(om, det, t1, t2, bloch=True)
    assert c_b / c_p == pytest.approx(om / og)
    assert s_b == s_p


def test_bloch_dephasing_multiplies_exp():
    """Eq. (78): a transverse decay 1/T2 between the pulses gives exp(-2 tau12/T2)."""
    free = references.bloch_two_pulse_echo(10.0, 2.0, 0.1, 0.2, 1.0)
    damped = references.bloch_two_pulse_echo(10.0, 2.0, 0.1, 0.2, 1.0, T2=0.8)
    assert damped / free == pytest.approx(math.exp(-2.0 * 1.0 / 0.8), rel=1e-9)


def test_spectral_function_normalised():
    """l.563: sigma = Omega_R^2 / (2 Omega_G^3) integrates to 1 over the detuning."""
    val = quad(lambda x: echo.spectral_function(3.0, x), -np.inf, np.inf, epsabs=0, epsrel=1e-12)
    assert val[0] == pytest.approx(1.0, rel=1e-10)


def test_damping_rate_eq78():
    """Eq. (78) = Eq. (79) + Eq. (55) rate."""
    E, D, T = 0.05, 0.02, 0.012
    w = echo.damping_rate(E, D, T, 5.0, 9.22e6)
    assert w == pytest.approx(5.0 * T + 9.22e6 * E**3 * (E**2 - D**2 / 6) / math.tanh(E / 2 / T))


# ----------------------------------------------------------------------------- ATS, Eq. 72
@pytest.mark.parametrize("D, phi", [(0.1, 0.05), (0.01, 0.1), (0.05, 0.01)])
def test_eq72_against_transformed_matrix_elements(D, phi):
    """Eqs. (68)-(71) by diagonalisation give Eq. (72) with k = 1/2, not the printed 5/6."""
    om2, gap = echo.ats_rabi_matrix_element(D, 1.0, phi)
    x = 2.0 / math.sqrt(3.0) * phi
    y = math.sqrt(2.0 / 3.0) * D
    half = echo.ats_rabi_frequency(1.0, x, y, rabi_k=0.5) ** 2
    printed = echo.ats_rabi_frequency(1.0, x, y, rabi_k=5.0 / 6.0) ** 2
    assert gap == pytest.approx(math.hypot(x, y), rel=2e-3)
    assert om2 == pytest.approx(half, rel=5e-3)
    if y >= x:  # where D matters, the printed k = 5/6 is distinguishable
        assert abs(om2 / printed - 1.0) > 0.05


# ----------------------------------------------------------------------------- Eq. 76 kernel
def test_echo_parts_kernel_against_quad():
    """Numba kernel of Eq. (76) against nested scipy quad, one field, B parallel to S_Delta."""
    B = 0.2
    sv = float(ats.d0phi_kelvin(np.array([B]), 1.0, orientation_average=False)[0])
    kernel = echo.echo_parts(B, n_orientation=None, **BAS1)[:, 0]
    om1 = BAS1["p1F0"] * echo.DEBYE_KV_PER_M_TO_PER_US
    ref = references.echo_parts_quad(
        sv,
        T=BAS1["T"],
        e_w=units.H_PLANCK * 1e9 / units.K_B,
        D_min=BAS1["D_min"],
        X_min=BAS1["X_min"],
        X_max=BAS1["X_max"],
        gamma_inv=BAS1["gamma_inv"],
        c_phi=BAS1["c_phi"],
        omega_1=om1,
        tau1=0.1,
        tau2=0.2,
        t_echo=0.3 + 2 * BAS1["tau12"],
        rabi_k=5.0 / 6.0,
        bloch=False,
        half_window=25.0 * om1 / echo.K_TO_PER_US,
        tail_mean=0.25,
        epsrel=1e-10,
    )
    np.testing.assert_allclose(kernel, ref, rtol=1e-8)


def test_echo_parts_zero_field_continuous():
    """At B -> 0 the phi = 0 branch (D = E, log(X_max/X_min)) joins the phi > 0 integral."""
    out = echo.echo_parts([0.0, 1e-5], n_orientation=None, **BAS1)
    np.testing.assert_allclose(out[:, 0], out[:, 1], rtol=1e-3)


def test_fit_recovers_parameters():
    """A = a_2ls - scale [tan I_S + I_C] (l.623): parameter recovery on synthetic data."""
    B = np.linspace(0.0, 0.6, 25)
    kw = dict(BAS1, n_orientation=4)
    model = echo.fit_model("echo_amplitude", B, **kw)
    true = dict(a_2ls=0.7, scale=2.0e2, tan_omega_dtau=0.247)
    y = model(B, **true)
    rng = np.random.default_rng(1)
    y_noisy = y + 1e-4 * rng.standard_normal(B.size)
    params = [
        fitting.Parameter("a_2ls", 0.5),
        fitting.Parameter("scale", 1.0e2, lower=0.0),
        fitting.Parameter("tan_omega_dtau", 0.1),
    ]
    res = fitting.fit(model, B, y_noisy, params, sigma=1e-4)
    for name, value in true.items():
        assert res.values[name] == pytest.approx(value, abs=4 * res.errors[name] + 1e-12)


# ----------------------------------------------------------------------------- glycerol
@pytest.mark.parametrize("a, b", [(1.0, 3.0), (0.3, 10.0), (2.5, 0.7), (4.0, 25.0)])
def test_eq86_corrected_against_mpmath(a, b):
    """Eq. (86): the corrected closed form equals the quadrature; the printed one does not."""
    mpmath.mp.dps = 30
    exact = float(mpmath.quad(lambda x: mpmath.cos(x) / (x * x + a * a), [0, b]))
    assert float(echo.cos_lorentz_integral(a, b)) == pytest.approx(exact, rel=1e-12, abs=1e-14)
    assert abs(float(echo.cos_lorentz_integral_printed(a, b)) - exact) > 1e-2


def test_eq86_printed_value_at_a1_b3():
    """The numbers of the erratum: printed -4.2346, integral 0.62440 at a = 1, b = 3."""
    assert float(echo.cos_lorentz_integral_printed(1.0, 3.0)) == pytest.approx(-4.2346, abs=1e-4)
    assert float(echo.cos_lorentz_integral(1.0, 3.0)) == pytest.approx(0.62440, abs=1e-5)


def test_iea_remainder_vanishes_for_large_b():
    """R(a, b) -> 0 as b -> infinity (the full integral is (pi/2a) e^-a)."""
    assert abs(float(echo.iea_remainder(1.0, 2000.0))) < 1e-6


def test_iea_terms_sum():
    t = np.linspace(0.2, 10.0, 7)
    kw = dict(c_2ls=1.0, c_ats=0.5, k_ats=0.3, tau_phi2=10.0, tau_phi3=1.0, d_omega=0.6)
    terms = echo.iea_terms(t, **kw)
    np.testing.assert_allclose(terms["total"], terms["2ls"] + terms["ats_exp"] + terms["ats_osc"])
    np.testing.assert_allclose(terms["2ls"], np.exp(-2 * t / 10.0))


def test_spectral_delimiter_normalised_and_convolution_limit():
    """Eq. (81) is normalised; g * chi -> g_ATS(hbar omega) as w -> 0 (Fig. 19)."""
    val = quad(lambda e: echo.spectral_delimiter(e, 1.0, 0.01), -np.inf, np.inf, epsrel=1e-12)
    assert val[0] == pytest.approx(1.0, rel=1e-9)
    phi = 0.05
    conv = echo.dos_delimiter_convolution(phi, 1.0, 1e-4, 0.5, 1.0, 10.0)[0]
    assert conv == pytest.approx(float(ats.dos_ats(1.0, phi, 0.5, 1.0, 10.0)), rel=2e-3)


def test_isotope_ratio():
    """Eq. (83): D_min(D) = D_min(H)/sqrt 2."""
    assert echo.dmin_isotope_ratio(2.0) == pytest.approx(1 / math.sqrt(2))


def test_orientation_nodes_split_and_normalised():
    """The cos(beta) average (l.605): weights sum to 1, nodes split at the kinks."""
    c, w = echo.orientation_nodes(6, (0.3, 1.7))
    assert w.sum() == pytest.approx(1.0)
    assert c.size == 12 and np.all((c > 0) & (c < 1))
    assert np.sum(c < 0.3) == 6
    f = lambda x: np.abs(x - 0.3)  # noqa: E731 (kinked integrand)
    assert np.sum(w * f(c)) == pytest.approx(0.3**2 / 2 + 0.7**2 / 2, rel=1e-12)


def test_orientation_average_smooth_in_field():
    """Splitting at E_c2 = hbar omega removes the node-by-node kinks from A(B)."""
    B = np.linspace(0.3, 0.5, 41)
    kw = dict(BAS1, X_max=8.96e3, D_min=0.0272, gamma_inv=2.57e5, c_phi=3.825, n_orientation=6)
    i_s, i_c = echo.echo_parts(B, **kw)
    second = np.abs(np.diff(i_c, 2))
    assert second.max() < 20 * np.median(second)
