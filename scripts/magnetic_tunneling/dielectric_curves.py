"""Rule magnetic_tunneling_dielectric_curves: model curves of Figs. 8-11 from Tables 5-7.

Eq. (51) with Eqs. (47), (48), (50) (Figs. 8-10) and Eq. (61) with Eq. (55) (Fig. 11),
phi -> phi/sqrt(3), weak-field formula. Writes one tidy parquet per figure.
"""

import numpy as np
import pandas as pd

from coldglass import dielectric, io

log = io.script_logger(snakemake.log[0])
par = io.load_yaml(snakemake.input.parameters)
quick = bool(snakemake.params.quick)
tables = {
    name: pd.read_csv(path)
    for name, path in (
        ("table05", snakemake.input.table05),
        ("table06", snakemake.input.table06),
        ("table07", snakemake.input.table07),
    )
}


def row(table, glass, T_mK):
    t = tables[table]
    sel = t[(t.glass == glass) & (np.isclose(t.T_mK, T_mK))]
    if len(sel) != 1:
        raise io.InputError(
            f"data/raw/magnetic_tunneling/tables/{table}.csv",
            f"expected one row for {glass} {T_mK} mK, found {len(sel)}",
        )
    return sel.iloc[0]


def grid(fig):
    n = fig["n_B_quick"] if quick else fig["n_B"]
    if fig["log_B"]:
        return np.geomspace(fig["B_min_T"], fig["B_max_T"], n)
    return np.linspace(fig["B_min_T"], fig["B_max_T"], n)


def real_part(fig_id, table, rows):
    fig = par["figures"][fig_id]
    B = grid(fig)
    frames = []
    for i, (glass, T_mK) in enumerate(rows):
        r = row(table, glass, T_mK)
        # weak field (B* = None) for every curve; Eq. (20) with B* where the caption asks for it
        forms = {"weak": None}
        if glass in fig.get("corrected", []):
            forms["corrected"] = par["B_star_T"][glass]
        for form, b_star in forms.items():
            y = dielectric.ats_delta_epsilon(
                B, r.T_mK * 1e-3, r.A, r.D_min_K, r.X_min_K_A2, r.X_max_K_A2, B_star_T=b_star
            )
            frames.append(
                pd.DataFrame(
                    {
                        "glass": glass,
                        "T_mK": float(T_mK),
                        "curve": i,
                        "form": form,
                        "B_T": B,
                        "delta_eps_over_eps": y,
                        "offset": i * fig.get("offset_step", 0.0),
                    }
                )
            )
            log.info(
                "%s %s %s mK %s: max %.3e at %.4g T, value at %.3g T %.3e",
                fig_id,
                glass,
                T_mK,
                form,
                y.max(),
                B[np.argmax(y)],
                B[-1],
                y[-1],
            )
    return pd.concat(frames, ignore_index=True)


params_common = {
    "orientation_average": par["orientation_average"],
    "B_star_T": par["B_star_T"],  # Eq. (20): used only by the 'corrected' curves of Fig. 8
    "weak_field_limit_T": par["weak_field_limit_T"],
    "quick": quick,
}
outputs = {
    "fig08": (real_part("fig08", "table05", par["figures"]["fig08"]["rows"]), "Table 5"),
    "fig09": (real_part("fig09", "table05", par["figures"]["fig09"]["rows"]), "Table 5"),
    "fig10": (real_part("fig10", "table06", par["figures"]["fig10"]["rows"]), "Table 6"),
}
for fig_id, (df, table_name) in outputs.items():
    io.write_table(
        df,
        getattr(snakemake.output, fig_id),
        paper="magnetic_tunneling",
        figure=fig_id,
        equations="47, 48, 50 (lower limit D_min), 51 (Eq. 46 with [E^2 + D0^2 phi^2]); "
        "phi -> phi/sqrt3; Eq. 20 for form 'corrected'",
        params={
            **params_common,
            "rows": par["figures"][fig_id]["rows"],
            "table": table_name,
            "offset_step": par["figures"][fig_id].get("offset_step", 0.0),
            "source": par["figures"][fig_id]["source"],
        },
    )

# Fig. 11: loss, panels (a) BAS and (b) BK7, plus the inset of (a) on a fine linear grid at
# the assumed 1 kHz and at 10 kHz (the frequency is not stated; claim D09)
fig = par["figures"]["fig11"]
omega = par["omega_rad_per_s"]
B = np.concatenate([[0.0], grid(fig)])
n_inset = 41 if quick else 161
B_inset = np.linspace(0.0, fig["inset_B_max_T"], n_inset)
jobs = [("a", "main", B, omega), ("b", "main", B, omega)]
jobs += [("a", "inset", B_inset, 2 * np.pi * f) for f in fig["inset_frequencies_Hz"]]
frames = []
for panel, part, Bs, w in jobs:
    for i, (glass, T_mK) in enumerate(fig["rows_" + panel]):
        r = row("table07", glass, T_mK)
        y = dielectric.ats_loss_tan_delta(
            Bs, r.T_mK * 1e-3, r.A, r.D_min_K, r.X_min_K_A2, r.X_max_K_A2, r.Gamma_per_s_K5, w
        )
        frames.append(
            pd.DataFrame(
                {
                    "panel": panel,
                    "part": part,
                    "glass": glass,
                    "T_mK": float(T_mK),
                    "curve": i,
                    "omega_rad_per_s": w,
                    "B_T": Bs,
                    "tan_delta": y,
                }
            )
        )
        log.info(
            "fig11%s %s %s %s mK, f = %.3g Hz: B=0 %.3e, max at %.3g T (%.3e), last %.3e",
            panel,
            part,
            glass,
            T_mK,
            w / (2 * np.pi),
            y[0],
            Bs[np.argmax(y)],
            y.max(),
            y[-1],
        )
io.write_table(
    pd.concat(frames, ignore_index=True),
    snakemake.output.fig11,
    paper="magnetic_tunneling",
    figure="fig11",
    equations="55 (Gamma in the numerator, as Table 7's unit requires), 58-61; phi -> phi/sqrt3",
    params={
        **params_common,
        "omega_rad_per_s": omega,
        "table": "Table 7",
        "rows_a": fig["rows_a"],
        "rows_b": fig["rows_b"],
        "inset_frequencies_Hz": fig["inset_frequencies_Hz"],
        "source": fig["source"],
    },
)
