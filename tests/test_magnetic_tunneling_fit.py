"""Parameter recovery for the Fig. 7 heat-capacity model with the fit engine (synthetic data)."""

import numpy as np
import references

from coldglass import fitting
from coldglass import heat_capacity as hc

BASE = references.table_row("BAS", 0.90)  # Tables 1, 2


def test_recover_tunneling_parameters_from_synthetic_cbar():
    rng = np.random.default_rng(5)
    truth = {"D_min_K": 0.45, "X_min_K_A2": 6.0e4, "X_max_K_A2": 2.5e5}
    B = np.linspace(0.0, 6.0, 60)
    y_true = hc.heat_capacity_model(B, {**BASE, **truth})
    sigma = 0.01 * np.max(y_true)
    y = y_true + rng.normal(scale=sigma, size=B.size)

    def model(x, **kw):
        return hc.heat_capacity_model(x, {**BASE, **kw})

    params = [fitting.Parameter(k, BASE[k], BASE[k] / 5, BASE[k] * 5, log=True) for k in truth]
    res = fitting.fit(model, B, y, params, sigma=sigma)
    assert res.success
    for k, v in truth.items():
        assert abs(res.values[k] - v) < 4 * res.errors[k] + 1e-12, (
            k,
            res.values[k],
            v,
            res.errors[k],
        )
        assert abs(res.values[k] / v - 1) < 0.2
    assert 0.5 < res.reduced_chi2 < 2.0
