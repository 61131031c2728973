"""Rule mixed_alkali_heat_capacity: C_p(T) of Eq. (31) and its parts for Fig. 12.

B_ph from the Debye temperature of vitreous silica (config), the other prefactors
illustrative (Table 2 lost; config/papers/mixed_alkali.yaml states each source).
"""

import math

import numpy as np
import pandas as pd

from coldglass import io
from coldglass import two_species as ts

log = io.script_logger(snakemake.log[0])
cfg = snakemake.params.cfg
n_T = cfg["n_T_quick"] if snakemake.params.quick else cfg["n_T"]
T = np.logspace(math.log10(cfg["T_min_K"]), math.log10(cfg["T_max_K"]), n_T)
B_ph = ts.debye_prefactor(
    cfg["debye_temperature_K"], cfg["atoms_per_formula"], cfg["molar_mass_g_per_mol"]
)
frames = []
for x in cfg["x"]:
    kw = dict(B_ph=B_ph, B_2LS=cfg["B_2LS_J_per_gK2"])
    if x > 0:
        kw.update(
            B_ATS=float(ts.ats_prefactor(x, cfg["B_ATS_per_x_J_per_gK"])),
            D_min=cfg["D_min_K"],
            fe_scale=cfg["fe_scale_J_per_gK"],
            delta_bar=cfg["delta_bar_K"],
        )
    parts = ts.heat_capacity(T, **kw)
    df = pd.DataFrame({"x": x, "T_K": T, **{f"C_{k}": v for k, v in parts.items()}})
    df["B_ATS"] = kw.get("B_ATS", 0.0)
    frames.append(df)
log.info("B_ph (Debye, theta_D = %g K) = %.3e J/(g K^4)", cfg["debye_temperature_K"], B_ph)
io.write_table(
    pd.concat(frames, ignore_index=True),
    snakemake.output[0],
    paper="mixed_alkali",
    figure="fig12",
    equations="21, 26, 30, 31 (reconstructed)",
    params={**cfg, "n_T": n_T, "B_ph_J_per_gK4": B_ph},
)
