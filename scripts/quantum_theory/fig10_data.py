"""Rule quantum_theory_data (fig10): most-probable-path barrier V(N) (Eqs. 12-13), the
lowest levels at each size N and illustrative paths (seeded) for Fig. 10."""

import math

import numpy as np
import pandas as pd

from coldglass import io, rfot

log = io.script_logger(snakemake.log[0])
p = snakemake.params.section
rng = np.random.default_rng(snakemake.params.seed)
points = p["points_quick"] if snakemake.params.quick else p["points"]
n = np.linspace(0.0, p["n_max"], points)
frames = [
    pd.DataFrame(
        {
            "kind": "threshold",
            "N": n,
            "V_over_kTg": rfot.tunnelling_threshold(n),
            "rank": 0,
            "path": -1,
        }
    )
]
sizes = np.arange(1.0, p["n_max"] + 1.0, p["step"])
n_levels = 6  # ticks drawn per size; paths pick among these
levels = np.array([rfot.edge_levels(size, n_levels, rng) for size in sizes])
for rank in range(n_levels):
    frames.append(
        pd.DataFrame(
            {"kind": "level", "N": sizes, "V_over_kTg": levels[:, rank], "rank": rank, "path": -1}
        )
    )
# Paths from the initial state (N = 0, V = 0) to the size where V_th returns to 0.
n_end = math.ceil(4.0 * rfot.tunnelling_transition_size())
steps = sizes <= n_end
choices = rng.integers(0, n_levels, size=(p["candidates"], int(steps.sum())))
paths = levels[steps][np.arange(int(steps.sum())), choices]  # (candidates, steps)
barriers = paths.max(axis=1)
picked = [0, 1, int(np.argmin(barriers))][: p["n_paths"]]
for label, index in zip(("generic", "generic", "lowest"), picked):
    frames.append(
        pd.DataFrame(
            {
                "kind": f"path_{label}",
                "N": np.r_[0.0, sizes[steps]],
                "V_over_kTg": np.r_[0.0, paths[index]],
                "rank": -1,
                "path": index,
            }
        )
    )
params = {
    **p,
    "N_ddagger": rfot.tunnelling_transition_size(),
    "V_max_over_kTg": rfot.tunnelling_barrier_max(),
    "s_c": rfot.configurational_entropy_at_tg(),
    "levels_per_size": n_levels,
    "seed": snakemake.params.seed,
}
io.write_table(
    pd.concat(frames, ignore_index=True),
    snakemake.output[0],
    paper="quantum_theory",
    figure="fig10",
    equations="Eqs. (11)-(14)",
    params=params,
)
log.info(
    "V_max = %.2f at N = %.2f; path barriers: %s",
    params["V_max_over_kTg"],
    params["N_ddagger"],
    [round(float(barriers[i]), 2) for i in picked],
)
