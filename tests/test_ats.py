"""Tests of coldglass.ats (Jug, Bonfanti & Kob 2015, Sec. 3, Eqs. 5-13, 20)."""

import math

import numpy as np
import pytest
from scipy import integrate

from coldglass import ats


def _random_params(rng, n):
    e = rng.normal(scale=0.5, size=(n, 3))
    e -= e.mean(axis=1, keepdims=True)
    d0 = rng.uniform(0.2, 3.0, size=n) * rng.choice([-1.0, 1.0], size=n)
    phi = rng.uniform(-2 * np.pi, 2 * np.pi, size=n)
    return e, d0, phi


def test_viete_matches_diagonalisation_random():
    rng = np.random.default_rng(3)
    e, d0, phi = _random_params(rng, 400)
    lv = ats.viete_levels(e[:, 0], e[:, 1], e[:, 2], d0, phi)
    for k in range(len(d0)):
        ref = np.linalg.eigvalsh(ats.hamiltonian(*e[k], d0[k], phi[k]))
        assert np.max(np.abs(lv[k] - ref)) < 1e-10 * max(1.0, abs(d0[k]))


def test_viete_nonzero_trace_is_shifted():
    lv = ats.viete_levels(0.3, 0.1, -0.1, 1.2, 0.7)
    ref = np.linalg.eigvalsh(ats.hamiltonian(0.3, 0.1, -0.1, 1.2, 0.7))
    assert np.allclose(lv, ref, atol=1e-12)


def test_symmetric_levels_and_gap():
    phi = np.linspace(0, 2 * np.pi, 7)
    lv = ats.viete_levels(0.0, 0.0, 0.0, 1.0, phi)
    ref = np.sort(2 * np.cos((phi[:, None] + 2 * np.pi * np.arange(3)) / 3), axis=1)
    assert np.allclose(lv, ref, atol=1e-12)
    assert ats.exact_gap(0, 0, 0, 1.0, 0.25) == pytest.approx(0.288341, abs=2e-6)
    # periodic in phi with period 2 pi (l.118)
    assert np.allclose(
        ats.viete_levels(0.02, -0.01, -0.01, 1.0, 1.1),
        ats.viete_levels(0.02, -0.01, -0.01, 1.0, 1.1 + 2 * np.pi),
        atol=1e-12,
    )


def test_effective_gap_limit_eq9():
    # Eq. (9): (2/sqrt3) sqrt(D0^2 phi^2 + D^2/2) is the phi, D -> 0 limit of the exact gap
    errs = []
    for s in (1e-1, 1e-2, 1e-3):
        e = np.array([0.02, -0.005, -0.015]) * s * 10
        phi = 0.5 * s
        exact = ats.exact_gap(*e, 1.0, phi)
        approx = ats.effective_gap(np.sqrt(np.sum(e**2)), 1.0, phi, rescaled=False)
        errs.append(abs(exact / approx - 1))
    assert errs[0] > errs[1] > errs[2]
    assert errs[2] < 1e-5


def test_high_field_expansion_1_over_27():
    phi = np.array([0.05, 0.1, 0.2])
    exact_sq = (2 * math.sqrt(3) * np.sin(phi / 3)) ** 2 * 3 / 4
    lin = phi**2
    hf = ats.high_field_phi_squared(phi)
    # the O(phi^4) error of the linear form is removed: residual is O(phi^6)
    assert np.all(np.abs(hf - exact_sq) < 0.02 * np.abs(lin - exact_sq))


def test_high_field_averaged_1_over_45():
    # <phi^2 c^2 (1 - phi^2 c^2/27)> over c = cos(angle) uniform in [0,1] equals
    # (phi^2/3)(1 - phi^2/45): Eq. (20) with B/B* = phi
    phi = 0.8
    val, _ = integrate.quad(lambda c: ats.high_field_phi_squared(phi * c), 0, 1)
    assert val == pytest.approx(phi**2 / 3 * (1 - phi**2 / 45), rel=1e-12)
    assert ats.high_field_factor(phi, 1.0) ** 2 == pytest.approx(1 - phi**2 / 45)
    assert ats.high_field_factor(10.0, 1.0) == 0.0


def test_gap_widens_with_phi_only_for_positive_d0():
    phi = np.linspace(0.0, 1.0, 11)
    gpos = ats.exact_gap(0, 0, 0, 1.0, phi)
    gneg = ats.exact_gap(0, 0, 0, -1.0, phi)
    assert np.all(np.diff(gpos) > 0) and gpos[0] == pytest.approx(0, abs=1e-12)
    assert np.all(np.diff(gneg) < 0) and gneg[0] == pytest.approx(3.0)


def test_dos_closed_form_vs_quadrature():
    # Eq. (13) against the D0 quadrature of the first line of Eq. (13)
    d_min, d0min, d0max = 1.0, 10.0, 100.0
    for phi in (0.0, 0.01, 0.05):
        for E in (0.5, 1.0 + 1e-9, 1.3, 2.0, 4.0, 8.0):

            def integrand(lnd0, E=E, phi=phi):
                d0 = math.exp(lnd0)
                c2 = (d0 * phi) ** 2
                if E**2 - c2 < d_min**2:
                    return 0.0
                return E / (E**2 - c2)  # int dD/D delta(E - sqrt(D^2+c^2))

            pts = []
            if phi > 0 and E > d_min:
                lim = math.sqrt(E**2 - d_min**2) / phi
                if d0min < lim < d0max:
                    pts = [math.log(lim)]
            ref, _ = integrate.quad(
                integrand,
                math.log(d0min),
                math.log(d0max),
                points=pts or None,
                epsabs=0,
                epsrel=1e-12,
                limit=200,
            )
            ref *= 2 * math.pi
            got = ats.dos_ats(E, phi, d_min, d0min, d0max)
            assert got == pytest.approx(ref, rel=1e-9, abs=1e-14), (phi, E)


def test_dos_monte_carlo_over_parameter_distribution():
    # direct Monte Carlo over Eq. (10): E_i on the plane sum E_i = 0 (polar coordinates,
    # weight 2 pi dD/D after the renormalisation of l.151), log-uniform D0
    rng = np.random.default_rng(11)
    d_min, d_max, d0min, d0max, phi = 1.0, 50.0, 10.0, 100.0, 0.02
    n = 2_000_000
    lnd = rng.uniform(np.log(d_min), np.log(d_max), n)
    lnd0 = rng.uniform(np.log(d0min), np.log(d0max), n)
    alpha = rng.uniform(0, 2 * np.pi, n)
    u = np.array([1, -1, 0]) / np.sqrt(2)
    v = np.array([1, 1, -2]) / np.sqrt(6)
    D = np.exp(lnd)
    Ei = D[:, None] * (np.cos(alpha)[:, None] * u + np.sin(alpha)[:, None] * v)
    Dsq = np.sum(Ei**2, axis=1)
    gap = np.sqrt(Dsq + (np.exp(lnd0) * phi) ** 2)
    w = 2 * np.pi * np.log(d_max / d_min) * np.log(d0max / d0min) / n
    edges = np.linspace(1.0, 6.0, 26)
    hist, _ = np.histogram(gap, bins=edges)
    mc = hist * w / np.diff(edges)
    err = np.sqrt(np.maximum(hist, 1)) * w / np.diff(edges)
    exact = np.array(
        [
            integrate.quad(lambda x: ats.dos_ats(x, phi, d_min, d0min, d0max), lo, hi, limit=200)[0]
            / (hi - lo)
            for lo, hi in zip(edges[:-1], edges[1:])
        ]
    )
    assert np.all(np.abs(mc - exact) < 5 * err + 1e-12)


def test_dos_states_conserved():
    # "the quantum states being conserved in number" (l.134): int [g(E,phi) - g(E,0)] dE = 0
    d_min, d0min, d0max, phi = 1.0, 10.0, 100.0, 0.03
    ec1, ec2 = ats.cutoff_energies(phi, d_min, d0min, d0max)

    def f(E):
        return ats.dos_ats(E, phi, d_min, d0min, d0max) - ats.dos_ats(E, 0.0, d_min, d0min, d0max)

    total = sum(
        integrate.quad(f, lo, hi, limit=400, epsabs=1e-13)[0]
        for lo, hi in [(0.5, d_min), (d_min, ec1), (ec1, ec2), (ec2, 1e3)]
    )
    total += integrate.quad(f, 1e3, np.inf, limit=200)[0]
    scale = 2 * np.pi * np.log(d0max / d0min)
    assert abs(total) < 1e-6 * scale


def test_dos_zero_below_ec1_and_continuous_at_ec2():
    d_min, d0min, d0max, phi = 0.5, 5.0, 40.0, 0.05
    ec1, ec2 = ats.cutoff_energies(phi, d_min, d0min, d0max)
    assert ats.dos_ats(ec1 * (1 - 1e-9), phi, d_min, d0min, d0max) == 0.0
    assert ats.dos_ats(ec1 * (1 + 1e-12), phi, d_min, d0min, d0max) == pytest.approx(0, abs=1e-6)
    lo = ats.dos_ats(ec2 * (1 - 1e-12), phi, d_min, d0min, d0max)
    hi = ats.dos_ats(ec2 * (1 + 1e-12), phi, d_min, d0min, d0max)
    assert lo == pytest.approx(hi, rel=1e-8)


def test_d0phi2_density_vs_quadrature():
    d_min, d0min, d0max, phi = 1.0, 10.0, 100.0, 0.02
    for E in (1.2, 1.9, 3.0):

        def integrand(d0, E=E):
            c2 = (d0 * phi) ** 2
            if E**2 - c2 < d_min**2:
                return 0.0
            return c2 / d0 * E / (E**2 - c2)

        ref = (
            2
            * math.pi
            * integrate.quad(integrand, d0min, d0max, limit=200, epsabs=0, epsrel=1e-12)[0]
        )
        assert ats.dos_ats_d0phi2(E, phi, d_min, d0min, d0max) == pytest.approx(ref, rel=1e-8)


def test_unit_conversion():
    assert ats.KAPPA_PER_T_PER_A2 == pytest.approx(1.519267e-5, rel=1e-6)
    assert ats.d0phi_kelvin(0.01, 2.44e5, orientation_average=False) == pytest.approx(
        0.0371, rel=1e-3
    )
    assert ats.magnetic_moment_bohr(1.0) == pytest.approx(1.130889e-5, rel=1e-6)
    # phi for a given |q/e| S: one flux quantum h/e through S gives 2 pi
    S = 4.135667696e-15 / 1.0 / 1e-20  # A^2 for B = 1 T
    assert ats.ab_phase(1.0, S) == pytest.approx(2 * np.pi, rel=1e-9)


def test_critical_phases_invert_the_cutoff_energies():
    phi_c2, phi_c1 = ats.critical_phases(3.0, 1.0, 10.0, 100.0)
    assert float(ats.cutoff_energies(phi_c2, 1.0, 10.0, 100.0)[1]) == pytest.approx(3.0)
    assert float(ats.cutoff_energies(phi_c1, 1.0, 10.0, 100.0)[0]) == pytest.approx(3.0)
    assert phi_c1 / phi_c2 == pytest.approx(10.0)
