"""Tests of coldglass.potential_landscape (seed 003, Eq. 4 and Sec. 8, Figs. 26-27)."""

import math

import numpy as np
import pytest

from coldglass import potential_landscape as pl


def test_eq4_limits_and_zero():
    assert float(pl.tunnelling_splitting(0.0, 2.0)) == pytest.approx(3.0)  # 1.5 hbar Omega
    assert float(pl.tunnelling_splitting(pl.ZERO_BARRIER_RATIO * 2.0, 2.0)) == pytest.approx(
        0.0, abs=1e-15
    )
    assert float(pl.tunnelling_splitting(4.0, 1.0)) < 0.0
    v = np.linspace(0, pl.ZERO_BARRIER_RATIO, 1000)
    assert np.all(np.diff(pl.tunnelling_splitting(v, 1.0)) < 0)  # monotonic: unique iso-lines


@pytest.mark.parametrize("w", [1e-3, 0.1, 1.0, 10.0])
@pytest.mark.parametrize("delta0", [1e-6, 1e-3])
def test_barrier_for_splitting_inverts_eq4(w, delta0):
    V0 = float(pl.barrier_for_splitting(delta0, w))
    assert float(pl.tunnelling_splitting(V0, w)) == pytest.approx(delta0, rel=1e-9)
    # the same root by scipy brentq (independent method)
    from scipy.optimize import brentq

    ref = brentq(lambda v: pl.tunnelling_splitting(v, w) - delta0, 0, pl.ZERO_BARRIER_RATIO * w)
    assert V0 == pytest.approx(ref, rel=1e-9)


def test_no_barrier_gives_splitting_above_one_and_a_half_hbar_omega():
    assert math.isnan(float(pl.barrier_for_splitting(1e-3, 1e-5)))
    assert float(pl.barrier_for_splitting(1e-6, 1.0)) == pytest.approx(3.5288, rel=1e-4)


def test_toy_pel_stationary_points_and_reaction_path():
    is1, e1 = pl.stationary_point([0.01, 0.01])
    is2, e2 = pl.stationary_point([pl.TOY_PEL["x2"], pl.TOY_PEL["y2"]])
    assert np.all(e1 > 0) and np.all(e2 > 0)  # two inherent structures
    assert np.linalg.norm(is2 - is1) > 1.0
    sp, eig = pl.saddle_between(is1, is2)
    assert eig[0] < 0 < eig[1]  # first-order saddle
    assert np.linalg.norm(pl.pel_gradient(sp)) < 1e-7
    v_sp = float(pl.toy_pel(*sp))
    assert v_sp > float(pl.toy_pel(*is1)) and v_sp > float(pl.toy_pel(*is2))
    path = pl.reaction_path(sp)
    ends = sorted([path[0], path[-1]], key=lambda q: np.linalg.norm(q))
    assert np.linalg.norm(ends[0] - is1) < 0.05 and np.linalg.norm(ends[1] - is2) < 0.05
    assert float(pl.toy_pel(path[:, 0], path[:, 1]).max()) == pytest.approx(v_sp, abs=1e-6)


def test_toy_pel_harmonic_core_and_four_valleys():
    # harmonic near the IS: V ~ k r^2/2 independently of the direction
    r = 0.05
    th = np.linspace(0, 2 * np.pi, 9)
    is1, _ = pl.stationary_point([0.01, 0.01])
    V = pl.toy_pel(is1[0] + r * np.cos(th), is1[1] + r * np.sin(th)) - pl.toy_pel(*is1)
    np.testing.assert_allclose(V, 0.5 * r * r, rtol=0.02)
    # away from it the N, E, S, W directions are valleys (lower than the diagonals)
    r = 1.8
    axes = pl.toy_pel(r * np.cos(th[::2]), r * np.sin(th[::2]))
    diag = pl.toy_pel(r * np.cos(th[1::2]), r * np.sin(th[1::2]))
    assert axes.max() < diag.min()
    floor = pl.valley_floor(np.pi / 2, [1.0, 2.0])
    assert np.all(np.abs(np.arctan2(floor[:, 1], floor[:, 0]) - np.pi / 2) < 0.3)
