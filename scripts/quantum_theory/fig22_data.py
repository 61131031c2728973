"""Rule quantum_theory_mixing_data (fig22): |epsilon| vs |eps~| and |d eps/d eps~|.

Eq. (59) solved for the bare |epsilon| (panel a), the regular part of the Jacobian, its
eps~ << hbar omega_i form of Eq. (66) and the weight Sigma of its delta function (panel b),
and the exact (Delta = 0) continuation below eps~ = 0 that the paper's prescription clamps.
"""

import numpy as np
import pandas as pd

from coldglass import io, ripplons
from coldglass import ripplon_mixing as rm

log = io.script_logger(snakemake.log[0])
p = snakemake.params.section
points = p["points_quick"] if snakemake.params.quick else p["points"]
_, omega, degeneracy = ripplons.ripplon_ladder(p["l_max"])
states = np.repeat(omega, degeneracy)
coupling = p["ripplon_coupling"]
sigma = rm.level_shift_sum(states, coupling)
top = float(omega.min())
x = np.linspace(0.0, top * (1.0 - 1e-3), points)
below = np.linspace(-sigma, 0.0, max(points // 10, 10))
frames = [
    pd.DataFrame(
        {"series": "eq59", "eps_tilde": x, "value": rm.bare_asymmetry(x, states, coupling)}
    ),
    pd.DataFrame({"series": "identity", "eps_tilde": x, "value": x}),
    pd.DataFrame(
        {
            "series": "exact_below",
            "eps_tilde": below,
            "value": rm.bare_asymmetry(below, states, coupling),
        }
    ),
    pd.DataFrame(
        {
            "series": "jacobian_full",
            "eps_tilde": x,
            "value": rm.asymmetry_jacobian(x, states, coupling),
        }
    ),
    pd.DataFrame({"series": "jacobian_eq66", "eps_tilde": x, "value": np.ones_like(x)}),
    pd.DataFrame({"series": "sigma", "eps_tilde": [0.0], "value": [sigma]}),
    pd.DataFrame({"series": "omega_2", "eps_tilde": [top], "value": [top]}),
]
table = pd.concat(frames, ignore_index=True)
log.info("Sigma = %.4f hbar omega_D, hbar omega_2 = %.4f", sigma, top)
io.write_table(
    table,
    snakemake.output[0],
    paper="quantum_theory",
    figure="fig22",
    equations="Eqs. (33), (59), (61), (65), (66)",
    params=p,
)
