"""Rule mixed_alkali_heat_capacity: C_p(T) of Eq. (31) and its parts for Fig. 12, and the
composition laws of its prefactors for Fig. 13.

B_ph(0) from the Debye temperature of vitreous silica (config); every prefactor follows the
x-laws of Sec. 4 (B_ATS = b x; B_2LS and B_ph with the interface term x^kappa, kappa the one
of the dielectric fits); the law coefficients are illustrative (Table 2 lost;
config/papers/mixed_alkali.yaml states each source).
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
B0 = cfg["B_2LS_J_per_gK2"]
laws = dict(
    B_ph_nf=B_ph,
    B_ph_nm=cfg["B_ph_nm_over_nf"] * B_ph,
    C_ph=cfg["B_ph_interface_over_nf"] * B_ph,
    B_2LS0=B0,
    B_2LS_interface=cfg["B_2LS_interface_over_B0"] * B0,
    b=cfg["B_ATS_per_x_J_per_gK"],
    kappa=snakemake.params.kappa,
)
# ---- Fig. 12: C_p(T) per composition
frames = []
for x in cfg["x"]:
    pre = ts.heat_capacity_prefactors(x, **laws)
    kw = dict(B_ph=float(pre["B_ph"]), B_2LS=float(pre["B_2LS"]))
    if x > 0:
        kw.update(
            B_ATS=float(pre["B_ATS"]),
            D_min=cfg["D_min_K"],
            fe_scale=cfg["fe_scale_J_per_gK"],
            delta_bar=cfg["delta_bar_K"],
        )
    parts = ts.heat_capacity(T, **kw)
    df = pd.DataFrame({"x": x, "T_K": T, **{f"C_{k}": v for k, v in parts.items()}})
    df["B_ph"], df["B_2LS"], df["B_ATS"] = kw["B_ph"], kw["B_2LS"], kw.get("B_ATS", 0.0)
    frames.append(df)
# ---- Fig. 13: the prefactors vs x
x13 = np.linspace(0.0, cfg["fig13_x_max"], cfg["fig13_n_x"])
pre = ts.heat_capacity_prefactors(x13, **laws)
names13 = {
    "B_2LS": ("B_2LS", "B_2LS(0) (1 - x) + B' x^kappa"),
    "B_2LS_dilution": ("B_2LS", "B_2LS(0) (1 - x), dilution only"),
    "B_ATS": ("B_ATS", "b x"),
    "B_ph": ("B_ph", "B_NF (1 - x) + B_NM x + C x^kappa"),
    "B_ph_linear": ("B_ph", "B_NF (1 - x) + B_NM x, no interface term"),
}
fig13 = pd.concat(
    [
        pd.DataFrame({"quantity": q, "curve": c, "x": x13, "value": pre[k]})
        for k, (q, c) in names13.items()
    ],
    ignore_index=True,
)
fig13["drawn_in_fig12"] = False
for x in cfg["x"]:
    fig13.loc[np.isclose(fig13.x, x), "drawn_in_fig12"] = True
log.info("B_ph (Debye, theta_D = %g K) = %.3e J/(g K^4)", cfg["debye_temperature_K"], B_ph)
params = {**cfg, "n_T": n_T, "B_ph_J_per_gK4": B_ph, "laws": laws}
io.write_table(
    pd.concat(frames, ignore_index=True),
    snakemake.output.fig12,
    paper="mixed_alkali",
    figure="fig12",
    equations="21, 26, 30, 31 (reconstructed)",
    params=params,
)
io.write_table(
    fig13,
    snakemake.output.fig13,
    paper="mixed_alkali",
    figure="fig13",
    equations="composition laws of Sec. 4 (kappa of Eq. 20)",
    params=params,
)
