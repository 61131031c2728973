"""Rule interactions_random_fields: Monte Carlo of the random fields vs concentration x.

random_fields.parquet (= figS04 data): per x and field, median, half inter-quartile range,
standard deviation, the dilute-limit stable law (index, scale, location), the exact lattice
standard deviation of B and h_zz, and the resonant fraction of S (l.276).
figS03: histograms of B (x Cauchy) and b_eta, b_gamma (stable, alpha = 3/4) at two x.
"""

import math

import numpy as np
import pandas as pd

from coldglass import io
from coldglass import random_fields as rf

log = io.script_logger(snakemake.log[0])
cfg = snakemake.params.paper_config["random_fields"]
scales = snakemake.params.paper_config["energy_scales"]
n_samples = cfg["samples_quick" if snakemake.params.quick else "samples"]
ratio = cfg["c_t_over_c_l"]

summary_rows, histogram_rows = [], []
for index, x in enumerate(cfg["concentrations"]):
    out = rf.sample_fields(x, n_samples, ratio, cfg["r_max_factor"], seed=cfg["seed"] + index)
    fields = out["fields"]
    total_s = (
        fields[:, 0] + fields[:, 1]
    )  # h_zz + B with eta = gamma (units gamma^2/4pi rho c_l^2 a0^3)
    width_s = rf.summary(total_s)["half_iqr"]
    resonant = rf.resonant_fraction(total_s, scales["D0_over_U0"], 0.1 * width_s)
    for column, field in enumerate(rf.FIELDS):
        stats = rf.summary(fields[:, column])
        law = rf.limit_law(field, x, ratio)
        quartile = law["scale"] * (
            1.0 if law["alpha"] == 1.0 else rf.stable_quantile(0.75, law["alpha"])
        )
        summary_rows.append(
            {
                "x": x,
                "field": field,
                "samples": n_samples,
                "r_max_over_a0": out["r_max"],
                "mean_defects": float(out["counts"].mean()),
                "tail_sd": float(out["tail_sd"][column]),
                **stats,
                "mean": float(np.mean(fields[:, column])),
                "alpha": law["alpha"],
                "law_scale": law["scale"],
                "law_location": law["location"],
                "law_half_iqr": quartile,
                "resonant_fraction_S": resonant,
            }
        )
    if x in cfg["histogram_concentrations"]:
        for column, field in ((0, "B"), (2, "b_eta"), (3, "b_gamma")):
            law = rf.limit_law(field, x, ratio)
            scale = law["scale"]
            edges = np.linspace(-8.0, 8.0, 81) * scale + law["location"]
            counts, _ = np.histogram(fields[:, column], bins=edges)
            centres = 0.5 * (edges[1:] + edges[:-1])
            density = counts / (n_samples * np.diff(edges))
            limit = [
                rf.stable_pdf((c - law["location"]) / scale, law["alpha"]) / scale for c in centres
            ]
            histogram_rows += [
                {
                    "x": x,
                    "field": field,
                    "value": c,
                    "mc_density": d,
                    "limit_density": p,
                    "scale": scale,
                }
                for c, d, p in zip(centres, density, limit)
            ]
    log.info(
        "x = %g: %d samples, r_max = %.1f, <defects> = %.0f",
        x,
        n_samples,
        out["r_max"],
        out["counts"].mean(),
    )

summary = pd.DataFrame(summary_rows)
# exact lattice variance of the 1/R^3 fields (finite only because of the lattice): x sum' <A^2>/R^6
moments = rf.angular_moments(1.0 / ratio**2, 2.0)
lattice_s6 = rf.lattice_sum(6.0, 40.0)
summary["lattice_std"] = [
    math.sqrt(r.x * (1 - r.x) * moments[r.field] * lattice_s6)
    if r.field in ("B", "h_zz")
    else np.nan
    for r in summary.itertuples()
]
params = {
    "samples": n_samples,
    "c_t_over_c_l": ratio,
    "r_max_factor": cfg["r_max_factor"],
    "seed": cfg["seed"],
}
io.write_table(
    summary,
    snakemake.output.summary,
    paper="interactions",
    figure="figS04",
    equations="Eqs. 26, 29, 36, 60, 66, 68; l.274-276",
    params=params,
)
io.write_table(
    pd.DataFrame(histogram_rows),
    snakemake.output.histograms,
    paper="interactions",
    figure="figS03",
    equations="Eqs. 26, 29, 60, 68",
    params=params,
)
