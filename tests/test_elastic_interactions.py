"""Kernels of the interactions paper: closed forms, the paper's tensor forms and the
momentum sums evaluated by regulated quadrature (elastic_interactions)."""

import math

import numpy as np
import pytest

from coldglass import elastic_interactions as ei

PI2 = math.pi**2
RNG = np.random.default_rng(20260)


def _unit(v):
    v = np.asarray(v, dtype=float)
    return v / np.linalg.norm(v)


def _sym2():
    a = RNG.normal(size=(3, 3))
    return (a + a.T) / 2.0


def _sym3():
    z = RNG.normal(size=(3, 3, 3))
    return (z + z.transpose(0, 2, 1)) / 2.0


GAMMA_1, GAMMA_2, ZETA_1, ZETA_2 = _sym2(), _sym2(), _sym3(), _sym3()
VECTOR = np.array([3.0, -5.0, 7.0])


def test_basis_has_the_paper_number_of_terms():
    n = _unit([1.0, 2.0, 3.0])
    assert [len(ei._matchings(5, m)) for m in (2, 1, 0)] == [15, 10, 1]
    # F^a with n along z: F^a_zzzzz counts its 15 terms
    z = np.array([0.0, 0.0, 1.0])
    assert ei.isotropic_basis(5, 2, z)[2, 2, 2, 2, 2] == 15.0
    assert np.allclose(ei.isotropic_basis(5, 0, n), np.einsum("a,b,c,d,e->abcde", n, n, n, n, n))


def test_contractions_recount_eq57():
    coefficients = ei.contraction_coefficients(_unit([0.3, -0.2, 0.9]))
    assert np.allclose(coefficients["Eq. 53"], (35, 14, 1))
    assert np.allclose(coefficients["Eq. 55"], (21, 12, 1))
    assert np.allclose(coefficients["Eq. 57"], (15, 10, 1))  # printed: (12, 10, 1)


def test_printed_and_corrected_coefficients():
    printed = np.array(ei.solve_coefficients(ei.F_RELATIONS_PRINTED)) / PI2
    corrected = np.array(ei.solve_coefficients(ei.F_RELATIONS_CORRECTED)) / PI2
    assert np.allclose(printed, (24 / 5, -138 / 5, 1092 / 5))
    assert np.allclose(corrected, (3, -15, 105))
    n = _unit([1.0, 1.0, 0.5])
    full = ei.contraction_coefficients(n)["Eq. 57"]
    assert np.dot(full, ei.F_COEFFICIENTS_CORRECTED) == pytest.approx(0.0, abs=1e-10)
    assert np.dot(full, ei.F_COEFFICIENTS_PRINTED) / PI2 == pytest.approx(14.4)


def test_tensors_are_derivatives_of_r():
    n = _unit([0.2, -0.7, 0.4])
    assert np.allclose(ei.tensor_I(n), -2 * PI2 * (3 * np.outer(n, n) - np.eye(3)))
    assert np.allclose(
        ei.tensor_I(n), -((2 * math.pi) ** 3) * ei.radial_derivative(-1, 2, n) / (4 * math.pi)
    )
    assert np.allclose(ei.tensor_G(n), 2 * PI2 * ei.radial_derivative(-1, 3, n))
    assert np.allclose(ei.tensor_F(n), PI2 * ei.radial_derivative(1, 5, n))
    assert not np.allclose(ei.tensor_F(n, ei.F_COEFFICIENTS_PRINTED), ei.tensor_F(n))


def test_radial_derivative_against_finite_differences():
    point, h = np.array([0.7, -0.4, 1.1]), 1e-4
    for power in (-1, 1):
        d2 = ei.radial_derivative(power, 2, point)
        for i in range(3):
            shift = np.eye(3)[i] * h
            grad_plus = ei.radial_derivative(power, 1, point + shift)
            grad_minus = ei.radial_derivative(power, 1, point - shift)
            assert np.allclose((grad_plus - grad_minus) / (2 * h), d2[i], atol=1e-6)


@pytest.mark.parametrize("name", sorted(ei.SCALAR_INTEGRALS))
def test_scalar_integrals(name):
    printed = ei.SCALAR_INTEGRALS[name][3]
    assert ei.scalar_integral(name) == pytest.approx(printed, abs=1e-8)


def test_eq56_converges_linearly_in_the_regulator():
    ratio = ei.regulated_scalar_integral("Eq. 56", 0.01) / ei.regulated_scalar_integral(
        "Eq. 56", 0.005
    )
    assert ratio == pytest.approx(2.0, rel=1e-4)


def test_polarisation_sum_eq12():
    assert ei.polarisation_sum_residual(RNG.normal(size=(2000, 3))) < 1e-13


KERNELS = [
    ("zz", (GAMMA_1, GAMMA_2), ei.u_zz_closed),
    ("z0", (GAMMA_1, 0.7), ei.u_z0_closed),
    ("Stau", (GAMMA_1, ZETA_2), ei.u_s_tau_closed),
    ("etatau", (0.7, ZETA_2), ei.u_eta_tau_closed),
    ("tautau", (ZETA_1, ZETA_2), ei.u_tau_tau_closed),
]


@pytest.mark.parametrize("c_t", [0.5, 1.0])
@pytest.mark.parametrize(("kind", "couplings", "closed"), KERNELS, ids=[k[0] for k in KERNELS])
def test_momentum_sum_equals_closed_form(kind, couplings, closed, c_t):
    for vector in (VECTOR, np.array([0.0, 0.0, 2.0]), np.array([1.0, 1.0, 1.0])):
        numeric = ei.momentum_sum(kind, vector, couplings, c_l=1.0, c_t=c_t, rho=1.3)
        exact = closed(*couplings, vector, c_l=1.0, c_t=c_t, rho=1.3)
        assert numeric == pytest.approx(exact, rel=1e-8, abs=1e-12 * abs(exact) + 1e-14)


def test_paper_forms_against_closed_forms():
    c_l, c_t = 1.0, 0.6
    zz = ei.u_zz_closed(GAMMA_1, GAMMA_2, VECTOR, c_l, c_t)
    assert ei.eq16_ising_kernel(GAMMA_1, GAMMA_2, VECTOR, c_l, c_t) == pytest.approx(zz)
    assert ei.eq16_ising_kernel(GAMMA_1, GAMMA_2, VECTOR, c_l, c_t, printed=True) != pytest.approx(
        zz, rel=0.1
    )
    assert ei.eq26_volume_kernel(GAMMA_1, 0.7, VECTOR, c_l) == pytest.approx(
        ei.u_z0_closed(GAMMA_1, 0.7, VECTOR, c_l, c_t)
    )
    s_tau = ei.u_s_tau_closed(GAMMA_1, ZETA_2, VECTOR, c_l, c_t)
    assert ei.eq36_s_tau_kernel(GAMMA_1, ZETA_2, VECTOR, c_l, c_t) == pytest.approx(s_tau)
    printed = ei.eq36_s_tau_kernel(
        GAMMA_1, ZETA_2, VECTOR, c_l, c_t, f_coefficients=ei.F_COEFFICIENTS_PRINTED
    )
    assert printed != pytest.approx(s_tau, rel=0.05)
    assert ei.eq66_volume_tau_kernel(0.7, ZETA_2, VECTOR, c_l) == pytest.approx(
        ei.u_eta_tau_closed(0.7, ZETA_2, VECTOR, c_l, c_t)
    )


def test_limits_and_symmetries():
    z = np.array([0.0, 0.0, 1.0])
    uniaxial = np.outer(z, z)
    for theta in (0.0, 0.4, 1.2, math.pi / 2):
        n = np.array([math.sin(theta), 0.0, math.cos(theta)])
        dipolar = (3 * math.cos(theta) ** 2 - 1) / (4 * math.pi)
        # Eq. (17): degenerate sound, uniaxial gamma
        assert ei.u_zz_closed(uniaxial, uniaxial, n, 1.0, 1.0) == pytest.approx(dipolar)
        # Eq. (28): gamma_zz only
        assert ei.u_z0_closed(uniaxial, 1.0, n, 1.0, 0.4) == pytest.approx(dipolar)
    # isotropic gamma: U^z0 -> 0 (l.259)
    assert ei.u_z0_closed(np.eye(3), 1.0, VECTOR, 1.0, 0.6) == pytest.approx(0.0, abs=1e-15)
    # odd in R (l.317), eta-tau independent of c_t (l.483)
    assert ei.u_s_tau_closed(GAMMA_1, ZETA_2, -VECTOR, 1.0, 0.6) == pytest.approx(
        -ei.u_s_tau_closed(GAMMA_1, ZETA_2, VECTOR, 1.0, 0.6)
    )
    assert ei.u_eta_tau_closed(1.0, ZETA_2, VECTOR, 1.0, 0.3) == pytest.approx(
        ei.u_eta_tau_closed(1.0, ZETA_2, VECTOR, 1.0, 0.9)
    )
    # power laws
    for closed, couplings, power in (
        (ei.u_zz_closed, (GAMMA_1, GAMMA_2), 3),
        (ei.u_s_tau_closed, (GAMMA_1, ZETA_2), 4),
        (ei.u_tau_tau_closed, (ZETA_1, ZETA_2), 5),
    ):
        ratio = closed(*couplings, VECTOR, 1.0, 0.6) / closed(*couplings, 2 * VECTOR, 1.0, 0.6)
        assert ratio == pytest.approx(2.0**power)


def test_eq60_prefactors():
    factors = ei.eq60_prefactors(rho=1.0, c_t=0.6)
    assert factors["printed"][0] / factors["consistent"][0] == pytest.approx(4.0)
    assert factors["printed"][1] / factors["consistent"][1] == pytest.approx(8 * PI2)


def test_plaquette_projection_separates_s_and_tau():
    strain = _sym2()
    gradient = RNG.normal(size=(3, 3, 3))
    gradient = (gradient + gradient.transpose(2, 1, 0)) / 2.0
    split = ei.plaquette_projection(strain, gradient)
    assert split["strain"][2] == pytest.approx(0.0, abs=1e-14)
    assert split["strain"][3] == pytest.approx(0.0, abs=1e-14)
    assert abs(split["strain"][1]) > 1e-3
    assert split["gradient"][0] == pytest.approx(0.0, abs=1e-14)
    assert split["gradient"][1] == pytest.approx(0.0, abs=1e-14)
    assert max(abs(split["gradient"][2]), abs(split["gradient"][3])) > 1e-3


def test_energy_hierarchy_is_ordered_below_x_1():
    scales = ei.energy_hierarchy(np.array([1e-4, 1e-2, 0.1]), 1.0 / 3.0)
    assert np.all(scales["ising"] > scales["random_field_tau"])
    assert np.all(scales["random_field_tau"] > scales["tau_tau"])
    assert scales["zeta_suppression"][0] == pytest.approx(0.0155, abs=1e-4)
