"""Rule quantum_theory_mixing_data (figS01): Casimir expansivity and Grueneisen parameter.

Silica, 0.1-10 K: the ripplon-ripplon (Eqs. 75-76) and ripplon-TLS (Eqs. 79-80) terms with
the paper's closed-form sums, their sum, the total with the explicit ripplon sums (Eqs. 74,
78 over l = 2..9) and the modified Phillips bound of Eq. (82). Not a figure of the paper.
"""

import numpy as np
import pandas as pd

from coldglass import grueneisen, io, rfot, ripplons

log = io.script_logger(snakemake.log[0])
p = snakemake.params.section
silica = io.load_yaml(snakemake.input.materials)["silica"]
points = p["points_quick"] if snakemake.params.quick else p["points"]
temps = np.geomspace(*p["T_range_K"], points)
xi_over_a = p["xi_over_a_cubed"] ** (1.0 / 3.0)
xi = silica["xi_m"]
tg, td = p["T_g_K"], p["T_D_K"]
_, omega, degeneracy = ripplons.ripplon_ladder(xi_over_a=xi_over_a)
variants = {
    "paper": (
        grueneisen.ripplon_pair_sum_printed(xi_over_a),
        grueneisen.rt_coefficient_printed(tg / td, xi_over_a),
    ),
    "explicit": (
        grueneisen.ripplon_pair_sum(omega, degeneracy),
        grueneisen.rt_coefficient_sum(tg / td, omega, degeneracy, xi_over_a),
    ),
}
frames = []
for variant, (pair_sum, rt_coefficient) in variants.items():
    out = grueneisen.casimir_contributions(
        temps,
        tg,
        td,
        silica["rho_kg_per_m3"],
        silica["c_s_m_per_s"],
        xi / xi_over_a,
        xi,
        pair_sum,
        rt_coefficient,
    )
    for term in ("rr", "rt", "total"):
        frames.append(
            pd.DataFrame(
                {
                    "sums": variant,
                    "term": term,
                    "T_K": temps,
                    "alpha_per_K": out[f"alpha_{term}"],
                    "gamma": out[f"gamma_{term}"],
                }
            )
        )
bound = grueneisen.phillips_bound(1.0 / rfot.LINDEMANN_RATIO)
frames.append(
    pd.DataFrame(
        {
            "sums": "paper",
            "term": "phillips_bound",
            "T_K": temps,
            "alpha_per_K": np.nan,
            "gamma": bound,
        }
    )
)
table = pd.concat(frames, ignore_index=True)
at1 = table[(table.sums == "paper") & (table.term == "total")]
log.info("paper sums: alpha(1 K) = %.3g 1/K", np.interp(1.0, at1.T_K, at1.alpha_per_K))
io.write_table(
    table,
    snakemake.output[0],
    paper="quantum_theory",
    figure="figS01",
    equations="Eqs. (74)-(80), (82)",
    params={**p, "silica": silica, "a_over_d_L": 1.0 / rfot.LINDEMANN_RATIO},
)
