"""Tests of coldglass.molecular_dynamics (the 2-D soft-disk run of Fig. 1, seed 003)."""

import math

import numpy as np
import pytest
import references

from coldglass import molecular_dynamics as md


@pytest.fixture(scope="module")
def quick_run():
    return md.simulate(md.QUICK_STATE)


def test_forces_equal_all_pairs_reference_and_newton_third_law():
    s = md.DEFAULT_STATE
    pos, species, box = md.initial_configuration(780, s["density"], 0.5, 3)
    rng = np.random.default_rng(0)
    pos = pos + rng.normal(0, 0.05, pos.shape) + box * rng.integers(-2, 3, pos.shape)
    f, e, v = md.pair_forces(pos, species, box)
    fr, er, vr = references.soft_disk_forces_numpy(pos, species, box)
    np.testing.assert_allclose(f, fr, rtol=0, atol=1e-10 * np.abs(fr).max())
    assert e == pytest.approx(er, rel=1e-12) and v == pytest.approx(vr, rel=1e-12)
    np.testing.assert_allclose(f.sum(axis=0), 0.0, atol=1e-9 * np.abs(f).max())


def test_nve_conserves_energy_and_run_is_deterministic(quick_run):
    E = quick_run["kinetic"] + quick_run["potential"]
    assert (E.max() - E.min()) / abs(E.mean()) < 5e-4
    assert quick_run["temperature"].mean() == pytest.approx(md.QUICK_STATE["temperature"], rel=0.1)
    again = md.simulate({**md.QUICK_STATE, "n_production": 500})
    first = md.simulate({**md.QUICK_STATE, "n_production": 500})
    np.testing.assert_array_equal(again["frames"], first["frames"])


def test_inverse_power_scaling_of_the_equation_of_state():
    # P/(rho T) depends on Gamma = rho T^(-1/6) only (n = 12, d = 2): two state points with
    # equal Gamma (time step scaled with the length and velocity units, sqrt(m/T)/sqrt(rho))
    base = {
        **md.QUICK_STATE,
        "n_melt": 300,
        "n_equilibrate": 1500,
        "n_production": 5000,
        "save_every": 10,
        "seed": 1,
    }
    z, err = [], []
    for T in (1.0, 2.0):
        rho = 0.6 * T ** (1.0 / 6.0)
        assert float(md.scaling_variable(rho, T)) == pytest.approx(0.6)
        dt = 0.004 / math.sqrt(T) * math.sqrt(0.6 / rho)
        run = md.simulate({**base, "density": rho, "temperature": T, "dt": dt})
        blocks = run["pressure"].reshape(10, -1).mean(1) / (
            rho * run["temperature"].reshape(10, -1).mean(1)
        )
        z.append(blocks.mean())
        err.append(blocks.std(ddof=1) / math.sqrt(10))
    assert z[0] > 5.0  # a dense fluid, far from the ideal gas (Z = 1)
    # equal within 1 % (about 3 block standard errors of the difference, ~0.3 % each)
    assert abs(z[1] - z[0]) < 0.01 * z[0]
    assert max(err) < 0.005 * z[0]


def test_relaxation_times_and_classes_on_known_decays():
    t = np.linspace(0, 10, 1001)
    taus = np.array([0.5, 1.0, 2.0, 4.0, 100.0])
    fs = np.exp(-t[:, None] / taus[None, :])
    got = md.relaxation_times(fs, t)
    np.testing.assert_allclose(got[:4], taus[:4], rtol=1e-4)
    assert got[4] == t[-1]  # censored
    cls = md.mobility_classes(np.arange(10.0))
    assert list(cls) == [0, 0, 0, 0, 1, 1, 2, 2, 2, 2]


def test_slow_clusters_on_a_chain():
    pairs = np.array([[0, 1], [1, 2], [3, 4], [5, 6]])
    slow = np.array([True, True, True, False, True, True, True])
    lab = md.slow_clusters(pairs, slow)
    assert list(lab) == [0, 0, 0, -1, 2, 1, 1]
    assert md.slow_neighbour_fraction(pairs, slow) == pytest.approx(6 / 7)


def test_slow_particles_cluster_more_than_random_labelling(quick_run):
    m = md.heterogeneity_map(quick_run)
    assert np.bincount(m["mobility"]).tolist() == [312, 156, 312]
    rnd = m["random_fractions"]
    assert m["slow_fraction"] > rnd.mean() + 5 * rnd.std()
    assert m["cluster"].max() >= 0 and (m["cluster"] >= 0).sum() == 312
