"""Tests of coldglass.landscape: the REM library of states (Eqs. 9-14) and the Fig. 2 toy."""

import math

import numpy as np
import pytest

from coldglass import landscape as ls
from coldglass import rfot

SC = rfot.configurational_entropy_at_tg()
GAMMA = rfot.mismatch_coefficient()


@pytest.mark.parametrize("s_c,T_g", [(SC, 1.0), (0.5, 2.0), (1.3, 0.7)])
def test_library_parameters_fix_ground_state_slope(s_c, T_g):
    """Omega_N(E_GS) = 1 (Eq. 10) and d ln Omega/dE = 1/T_g there (l.271)."""
    for N in (3.0, 50.0, 400.0):
        e_gs = ls.library_ground_state(N, s_c, GAMMA, T_g)
        assert ls.library_log_density(e_gs, N, s_c, GAMMA, T_g) == pytest.approx(0.0, abs=1e-9)
        h = 1e-5 * T_g
        slope = (ls.library_log_density(e_gs + h, N, s_c, GAMMA, T_g)
                 - ls.library_log_density(e_gs - h, N, s_c, GAMMA, T_g)) / (2 * h)
        assert slope == pytest.approx(1.0 / T_g, rel=1e-7)
        # the root agrees with Eq. (11) as printed
        assert e_gs == pytest.approx(float(ls.ground_state_energy_eq11(N, s_c, GAMMA, T_g)), abs=1e-9)


def test_bulk_offset_reproduces_kauzmann_energy_without_surface_term():
    """With gamma = 0 the lowest state per bead is -T_g s_c (l.271)."""
    for N in (10.0, 1000.0):
        assert ls.library_ground_state(N, SC, 0.0) / N == pytest.approx(-SC)
    assert ls.bulk_energy_offset(SC) == pytest.approx(SC)
    assert ls.energy_variance_per_bead(SC, 2.0) == pytest.approx(8 * SC)


def test_library_shape_and_resonance_size():
    assert ls.library_log_density(ls.library_mean_energy(7.0), 7.0) == pytest.approx(7 * SC)
    assert ls.library_energy_width(5.0) == pytest.approx(math.sqrt(10 * SC))
    assert ls.resonance_size() == pytest.approx(rfot.cooperative_region_size())
    assert ls.ground_state_energy_eq11(ls.resonance_size()) == pytest.approx(0.0, abs=1e-9)
    # the library grows upwards and wider with N (Fig. 3 caption)
    assert ls.library_mean_energy(7.0) > ls.library_mean_energy(5.0)
    assert ls.library_energy_width(7.0) > ls.library_energy_width(5.0)


def test_tunnelling_threshold_maximum_eq13():
    N = np.linspace(1, 60, 200001)
    v = ls.barrier_threshold(N)
    assert N[np.argmax(v)] == pytest.approx(ls.tunnelling_transition_state_size(), abs=1e-3)
    assert v.max() == pytest.approx(ls.tunnelling_barrier_max(), rel=1e-9)
    assert round(ls.tunnelling_transition_state_size()) == 14  # "N^ddagger ~ 14", l.296
    assert ls.tunnelling_barrier_max() / SC == pytest.approx(26, abs=0.5)  # "~ 26 T_g s_c"
    f_dd = GAMMA**2 / (4 * SC)
    assert ls.tunnelling_barrier_max() == pytest.approx(f_dd / (2 * math.sqrt(2) - 1))


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
        1.5 * math.log(y / (math.pi * math.e)) - 1.0, rel=1e-6)
