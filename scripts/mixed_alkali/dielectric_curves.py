"""Rule mixed_alkali_dielectric: delta eps'/eps' vs T at zero field for Figs. 7, 8, 9, and the
composition laws of the prefactors drawn in Fig. 8 for Fig. 10.

Two-species model (Eqs. 8, 14, 15) from ``coldglass.two_species``; parameters from
config/papers/mixed_alkali.yaml (sources there) and, for AlBaSiO, the magnetic_tunneling
Table 5 and Table 7 rows named in the config. Every curve is referred to its own minimum on
the grid (the measured quantity of l.51); a curve without a minimum is referred to its
lowest-T value.
"""

import math

import numpy as np
import pandas as pd

from coldglass import io
from coldglass import two_species as ts

log = io.script_logger(snakemake.log[0])
cfg = snakemake.params.cfg
quick = snakemake.params.quick
P = "mixed_alkali"
n_T = cfg["n_T_quick"] if quick else cfg["n_T"]
T = np.logspace(math.log10(cfg["T_min_K"]), math.log10(cfg["T_max_K"]), n_T)
stm = cfg["stm"]
base = dict(
    A_2LS=stm["A_2LS"],
    delta0_min=stm["delta0_min_K"],
    E_max=stm["E_max_K"],
    gamma_s_K3=stm["gamma_s_K3"],
)
ill = cfg["ats_illustrative"]


def curve(label, omega, A_2LS, A_ATS, D_min, Gamma, **extra):
    parts = ts.dielectric_response(
        T, **{**base, "A_2LS": A_2LS}, omega=omega, A_ATS=A_ATS, D_min=D_min, Gamma=Gamma
    )
    total = sum(parts.values())
    inner = np.nonzero((total[1:-1] <= total[:-2]) & (total[1:-1] <= total[2:]))[0]
    ref = total[inner[0] + 1] if inner.size else total[0]
    df = pd.DataFrame({"curve": label, "T_K": T, "deps_total": total - ref})
    for k, v in parts.items():
        df[f"deps_{k}"] = v - v[0]
    df["has_minimum"] = bool(inner.size)
    # the V of this curve: slopes per decade either side of T0, their ratio and the rounding
    try:
        vee = ts.v_shape(T, total, cfg["window_inner_decades"], cfg["window_outer_decades"])
    except ValueError:
        vee = dict.fromkeys(("T0", "slope_below", "slope_above", "ratio", "rounding"), math.nan)
    for k, val in vee.items():
        df[f"v_{k}"] = val
    for k, v in {"A_2LS": A_2LS, "A_ATS_K": A_ATS, "D_min_K": D_min, "Gamma": Gamma}.items():
        df[k] = v
    for k, v in extra.items():
        df[k] = v
    log.info("%s: V ratio %.3f, rounding %.3f decades", label, vee["ratio"], vee["rounding"])
    return df


omega = 2 * math.pi * cfg["f_Hz"]
# ---- Fig. 7: STM (inset), illustrative ATS, and AlBaSiO ATS of magnetic_tunneling Tables 5, 7
t05 = pd.read_csv(snakemake.input.table05)
row = t05[(t05.glass == "AlBaSiO") & (t05.T_mK == cfg["albasio"]["table05_T_mK"])].iloc[0]
A_alb = float(row.A) * math.log(row.X_max_K_A2 / row.X_min_K_A2)  # A ln(D0max/D0min) at phi = 0
fig07 = pd.concat(
    [
        curve("STM (2LS only)", omega, stm["A_2LS"], 0.0, 1.0, 1.0, f_Hz=cfg["f_Hz"]),
        curve(
            "2LS + ATS, illustrative",
            omega,
            stm["A_2LS"],
            ill["A_ATS_K"],
            ill["D_min_K"],
            ill["Gamma_per_s_K5"],
            f_Hz=cfg["f_Hz"],
        ),
        curve(
            "2LS + ATS, AlBaSiO (magnetic_tunneling Tables 5, 7)",
            omega,
            stm["A_2LS"],
            A_alb,
            float(row.D_min_K),
            cfg["albasio"]["Gamma_per_s_K5"],
            f_Hz=cfg["f_Hz"],
        ),
    ],
    ignore_index=True,
)
# ---- Fig. 8: composition series, A_ATS = a x, A_2LS = A0 (1 - x) + B x^kappa
A0 = stm["A_2LS"]
laws = dict(
    A0=A0,
    B=cfg["fig08_B_over_A0"] * A0,
    a=ill["A_ATS_K"] / 0.1,  # a chosen: A_ATS(0.1) = the illustrative A_ATS
    kappa=cfg["fig08_kappa"],
)
frames = []
for x in cfg["fig08_x"]:
    pre = ts.dielectric_prefactors(x, **laws)
    a2, aa = float(pre["A_2LS"]), float(pre["A_ATS"])
    frames.append(
        curve(
            f"x = {x:g}",
            omega,
            a2,
            aa,
            ill["D_min_K"],
            ill["Gamma_per_s_K5"],
            x=x,
            f_Hz=cfg["f_Hz"],
        )
    )
fig08 = pd.concat(frames, ignore_index=True)
# ---- Fig. 10: the prefactors of Fig. 8 vs x (the laws of Eq. 20; Table 1 lost)
x10 = np.linspace(0.0, cfg["fig10_x_max"], cfg["fig10_n_x"])
pre = ts.dielectric_prefactors(x10, **laws)
names10 = {
    "A_2LS": ("A_2LS", "A0 (1 - x) + B x^kappa"),
    "A_2LS_dilution": ("A_2LS", "A0 (1 - x), dilution only"),
    "A_ATS": ("A_ATS_K", "a x"),
}
fig10 = pd.concat(
    [
        pd.DataFrame({"quantity": q, "curve": c, "x": x10, "value": pre[k]})
        for k, (q, c) in names10.items()
    ],
    ignore_index=True,
)
fig10["drawn_in_fig08"] = False
for x in cfg["fig08_x"]:
    fig10.loc[np.isclose(fig10.x, x), "drawn_in_fig08"] = True
# ---- Fig. 9: frequency series at one composition
x9 = cfg["fig09_x"]
pre9 = ts.dielectric_prefactors(x9, **laws)
a2, aa = float(pre9["A_2LS"]), float(pre9["A_ATS"])
fig09 = pd.concat(
    [
        curve(
            f"f = {f:g} Hz",
            2 * math.pi * f,
            a2,
            aa,
            ill["D_min_K"],
            ill["Gamma_per_s_K5"],
            x=x9,
            f_Hz=f,
        )
        for f in cfg["fig09_f_Hz"]
    ],
    ignore_index=True,
)
params = {
    **cfg,
    "n_T": n_T,
    "A_ATS_albasio_K": A_alb,
    "D_min_albasio_K": float(row.D_min_K),
    "laws": laws,
}
for name, df in (("fig07", fig07), ("fig08", fig08), ("fig09", fig09), ("fig10", fig10)):
    io.write_table(
        df,
        snakemake.output[name],
        paper=P,
        figure=name,
        equations="20 (composition laws of Sec. 3)"
        if name == "fig10"
        else "8, 14, 15 (reconstructed at phi = 0)",
        params=params,
    )
