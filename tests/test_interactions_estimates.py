"""Dipole-dipole interaction estimates, electrodynamics Eqs. (21)-(22)."""

import pytest

from coldglass import interactions


def test_both_interactions_fall_as_inverse_cube():
    for function, args in (
        (interactions.elastic_interaction, (2.0,)),
        (interactions.electric_interaction, (0.01, 10.0)),
    ):
        near = function(*args, 1.0, 2.0)
        far = function(*args, 1.0, 4.0)
        assert near / far == pytest.approx(8.0)


def test_ratio_is_distance_independent_and_matches_eqs_21_22():
    ratio = interactions.electric_to_elastic_ratio(0.01, 10.8, 0.1293)
    assert ratio == pytest.approx(0.835, abs=1e-3)  # notes C25: 0.84 for 10.8 eV
    for r in (3.0, 7.0):
        assert (
            interactions.electric_interaction(0.01, 10.8, 1.0, r)
            / interactions.elastic_interaction(0.1293, 1.0, r)
        ) == pytest.approx(ratio)
