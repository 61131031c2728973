"""Rule magnetic_tunneling_md: the fresh MD run behind Fig. 1 and its relaxation-time map.

780-disk binary soft-disk liquid (``coldglass.molecular_dynamics``; state point and run
lengths from config ``magnetization.fig01``, the quick setting shortens the runs only).
Writes the per-particle map (positions, diameters, tau, 40/20/40 class, slow cluster), the
average F_s(t), the NVE energy and pressure series, and the random-labelling fractions.
"""

import numpy as np
import pandas as pd

from coldglass import io
from coldglass import molecular_dynamics as md

log = io.script_logger(snakemake.log[0])
c = dict(snakemake.params.paper_config["magnetization"]["fig01"])
quick_steps = c.pop("quick_steps")
classes = {k: c.pop(k) for k in ("slow_fraction", "fast_fraction", "contact")}
state = {**c, "seed": int(snakemake.params.seed)}
if snakemake.params.quick:
    state.update(quick_steps)
run = md.simulate(state)
hmap = md.heterogeneity_map(
    run,
    slow=classes["slow_fraction"],
    fast=classes["fast_fraction"],
    contact=classes["contact"],
)
e_tot = run["kinetic"] + run["potential"]
n = len(hmap["tau"])
particles = pd.DataFrame(
    {
        "element": "particle",
        "x": hmap["positions"][:, 0],
        "y": hmap["positions"][:, 1],
        "sigma": run["sigma"],
        "species": run["species"],
        "tau": hmap["tau"],
        "mobility": hmap["mobility"],
        "cluster": hmap["cluster"],
    }
)
fs = pd.DataFrame({"element": "fs_mean", "t": hmap["lags"], "value": hmap["fs_mean"]})
series = pd.DataFrame(
    {
        "element": "nve",
        "t": run["times"],
        "value": e_tot / n,
        "temperature": run["temperature"],
        "pressure": run["pressure"],
    }
)
rand = pd.DataFrame({"element": "random_fraction", "value": hmap["random_fractions"]})
df = pd.concat([particles, fs, series, rand], ignore_index=True)
drift = float((e_tot.max() - e_tot.min()) / abs(e_tot.mean()))
params = {
    **state,
    **classes,
    "box": float(run["box"]),
    "tau_alpha": hmap["tau_alpha"],
    "slow_neighbour_fraction": float(hmap["slow_fraction"]),
    "random_fraction_mean": float(np.mean(hmap["random_fractions"])),
    "random_fraction_std": float(np.std(hmap["random_fractions"])),
    "energy_spread_rel": drift,
    "mean_temperature": float(run["temperature"].mean()),
    "mean_pressure": float(run["pressure"].mean()),
    "gamma": float(md.scaling_variable(state["density"], state["temperature"])),
}
io.write_table(
    df,
    snakemake.output[0],
    paper="magnetic_tunneling",
    figure="fig01",
    equations="none (MD)",
    params=params,
)
log.info(
    "Fig. 1 MD: tau_alpha %.3g, slow-slow neighbour fraction %.3f vs random %.3f +- %.3f, "
    "NVE energy spread %.2e",
    hmap["tau_alpha"],
    hmap["slow_fraction"],
    params["random_fraction_mean"],
    params["random_fraction_std"],
    drift,
)
