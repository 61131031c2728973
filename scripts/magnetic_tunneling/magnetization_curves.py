"""Rule magnetic_tunneling_magnetization_curves: data of Figs. 21-25 (Sec. 7).

Figs. 21, 22, 25: M(T) of BAS, Duran and BK7 (Tables 10, 11, 14; Eqs. 90, 93-95, 97) over the
4-300 K range of l.800 at the fields of the config (not given in the text). Fig. 24: the
contributions to M(B) of Duran (Table 11). Fig. 23: the contributions to C-bar_p(B) of Duran
(Tables 3, 4; Eqs. 16, 18) and the dashed Fe3+-only curve at the nominal 126 ppm (Eq. 100).
"""

from pathlib import Path

import numpy as np
import pandas as pd

from coldglass import heat_capacity as hc
from coldglass import io
from coldglass import magnetization as mg
from coldglass.claims.magnetic_tunneling_inputs import model_rows, per_gram_from_ppm, raw_table

log = io.script_logger(snakemake.log[0])
cfg = snakemake.params.paper_config
cm = cfg["magnetization"]
quick = snakemake.params.quick
tables_dir = Path(snakemake.input.tables[0]).parent
P = "magnetic_tunneling"
COMPONENTS = {"total": "total", "fe2": "Fe2+", "fe3": "Fe3+", "ats": "ATS", "offset": "offset"}


def fit_params(glass):
    rows = raw_table(cm["fits"][glass], tables_dir)
    return mg.fit_parameters(rows, cm["T0_K"][glass], cm["model"])


def m_frame(glass, T, B, parts, **extra):
    T, B = np.broadcast_arrays(np.asarray(T, float), np.asarray(B, float))
    return [
        pd.DataFrame(
            {
                "glass": glass,
                "component": COMPONENTS[key],
                "T_K": T,
                "B_T": B,
                "M_Am2_per_g": np.asarray(parts[key], float),
                **extra,
            }
        )
        for key in COMPONENTS
    ]


# ---- refits of digitized M(T) series (rule magnetic_tunneling_fit_magnetization), if any
refits = {}
for path in snakemake.input.fits:
    fit = pd.read_csv(path)
    _, glass, B_fit = str(fit.model.iloc[0]).split()
    refits[str(fit.series.iloc[0])] = {
        "glass": glass,
        "B_T": float(B_fit),
        "fitted": dict(zip(fit.parameter, fit.fitted)),
        "sigma": dict(zip(fit.parameter, fit.sigma)),
        "reduced_chi2": float(fit.reduced_chi2.iloc[0]),
    }

# ---- Figs. 21, 22, 25: M(T) at fixed fields
c21 = cm["fig21"]
n_T = c21["n_T_quick"] if quick else c21["n_T"]
T = np.geomspace(c21["T_min_K"], c21["T_max_K"], n_T)
for glass, fig in (("BAS", "fig21"), ("Duran", "fig22"), ("BK7", "fig25")):
    p = fit_params(glass)
    frames = []
    mine = {k: v for k, v in refits.items() if v["glass"] == glass}
    for series, r in mine.items():
        total = mg.magnetization_contributions(T, r["B_T"], {**p, **r["fitted"]})["total"]
        frames.append(
            pd.DataFrame(
                {
                    "glass": glass,
                    "component": f"refit: {series}",
                    "T_K": T,
                    "B_T": r["B_T"],
                    "M_Am2_per_g": total,
                }
            )
        )
    for B in c21["fields_T"]:
        parts = mg.magnetization_contributions(T, B, p)
        frames += m_frame(glass, T, B, parts)
        printed = mg.magnetization_contributions(T, B, {**p, "convention": "printed"})
        frames.append(
            pd.DataFrame(
                {
                    "glass": glass,
                    "component": "total (Eq. 93 as printed)",
                    "T_K": T,
                    "B_T": B,
                    "M_Am2_per_g": printed["total"],
                }
            )
        )
    df = pd.concat(frames, ignore_index=True)
    io.write_table(
        df,
        getattr(snakemake.output, fig),
        paper=P,
        figure=fig,
        equations="90, 91, 93, 94, 95, 97",
        params={
            **p,
            "fields_T": c21["fields_T"],
            "n_T": n_T,
            "table": cm["fits"][glass],
            "refits": mine,
        },
    )
    log.info("%s (%s): %d rows", fig, glass, len(df))

# ---- Fig. 24: contributions to M(B), Duran
c24 = cm["fig24"]
n_B = c24["n_B_quick"] if quick else c24["n_B"]
B = np.linspace(0.0, c24["B_max_T"], n_B)
p = fit_params("Duran")
frames = []
for T24 in c24["temperatures_K"]:
    frames += m_frame("Duran", T24, B, mg.magnetization_contributions(T24, B, p))
io.write_table(
    pd.concat(frames, ignore_index=True),
    snakemake.output.fig24,
    paper=P,
    figure="fig24",
    equations="90, 91, 93, 94, 95, 97",
    params={**p, "temperatures_K": c24["temperatures_K"], "n_B": n_B},
)

# ---- Fig. 23: contributions to C-bar_p(B), Duran (Tables 3, 4; Eq. 100 for the dashed curve)
c23 = cm["fig23"]
n_B = c23["n_B_quick"] if quick else c23["n_B"]
B = np.linspace(0.0, c23["B_max_T"], n_B)
duran = cfg["glasses"]["Duran"]
n_nominal = per_gram_from_ppm(duran["nominal_fe3_ppm"], duran["molar_mass_g_per_mol"], cfg)
frames = []
for row in model_rows("Duran", cfg, tables_dir):
    T23 = row["T_K"]
    fe_only = {**row, "Pn_ats_per_g": 0.0}
    parts = {
        "Fe2+": hc.cbar(T23, B, {**fe_only, "n_fe3_per_g": 0.0}),
        "Fe3+": hc.cbar(T23, B, {**fe_only, "n_fe2_per_g": 0.0}),
        "C_param": hc.cbar(T23, B, fe_only),
        "ATS": hc.cbar(T23, B, {**row, "n_fe2_per_g": 0.0, "n_fe3_per_g": 0.0}),
        "total": hc.cbar(T23, B, row),
        "Fe3+ nominal 126 ppm": hc.cbar(
            T23, B, {**fe_only, "n_fe2_per_g": 0.0, "n_fe3_per_g": n_nominal}
        ),
    }
    frames += [
        pd.DataFrame({"T_K": T23, "component": k, "B_T": B, "Cbar_J_per_gK": np.asarray(v, float)})
        for k, v in parts.items()
    ]
io.write_table(
    pd.concat(frames, ignore_index=True),
    snakemake.output.fig23,
    paper=P,
    figure="fig23",
    equations="16, 18, 19, 100",
    params={"n_B": n_B, "n_fe3_nominal_per_g": n_nominal, "tables": "table03, table04"},
)
log.info("Fig. 23: nominal Fe3+ %.4g per g (Eq. 100)", n_nominal)
