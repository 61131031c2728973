"""Tests of coldglass.landscape: the Fig. 2 toy model of f(alpha) near T_A."""

import math

import pytest

from coldglass import landscape as ls
from coldglass import rfot

SC = rfot.configurational_entropy_at_tg()
GAMMA = rfot.mismatch_coefficient()


def test_toy_free_energy_develops_metastable_minimum_above_liquid():
    a_c = ls.toy_spinodal_amplitude()
    assert ls.toy_local_minima(0.98 * a_c).size == 0
    mins = ls.toy_local_minima(1.05 * a_c)
    assert mins.size == 1 and 30 < mins[0] < 300  # near alpha_L a^2 = 100 (l.174)
    assert ls.toy_localization_free_energy(mins[0], 1.05 * a_c) > 0  # above f(0) (l.103)
    assert ls.toy_localization_free_energy(0.0, 1.05 * a_c) == 0.0
    # large alpha: the localisation cost (3/2) ln(alpha a^2/(pi e)) + const dominates
    y = 1e8
    assert ls.toy_localization_free_energy(y, 1.0) == pytest.approx(
        1.5 * math.log(y / (math.pi * math.e)) - 1.0, rel=1e-6
    )
