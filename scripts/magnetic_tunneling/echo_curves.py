"""Rule magnetic_tunneling_echo_curves: echo amplitude vs B, Figs. 16 (BAS) and 17 (BK7).

Eq. (76) with sigma, S, C of Eq. (77), Omega_R of Eq. (72), w of Eqs. (78)-(79) and the
Table 8 rows (``coldglass.echo.echo_parts``, orientation-averaged over cos(beta), l.605);
A = A_2LS + Delta A (l.623) drawn as the constant-free shape ``echo.relative_shape``.
Insets: g_ATS(hbar omega, phi(B)) of Eq. (13) (Fig. 16) and the high-field prediction
with Eq. (20) and B* (Fig. 17). Writes one tidy parquet per figure.
"""

import numpy as np
import pandas as pd

from coldglass import ats, echo, io, units

log = io.script_logger(snakemake.log[0])
par = io.load_yaml(snakemake.input.parameters)
quick = bool(snakemake.params.quick)
table = pd.read_csv(snakemake.input.table08)
n_orient = par["n_orientation_quick"] if quick else par["n_orientation"]


def row(glass):
    sel = table[table.glass == glass]
    if len(sel) != 1:
        raise io.InputError(
            snakemake.input.table08, f"expected one row {glass!r}, found {len(sel)}"
        )
    return sel.iloc[0]


def kwargs(r, fig):
    return echo.table8_parameters(r.to_dict(), fig, par, n_orient)


def fitted(fig_id, B):
    """A(B) = a_2ls - scale [tan I_S + I_C] of each fit to a digitized series of the figure."""
    fig = par["figures"][fig_id]
    frames = []
    for path in snakemake.input.fits:
        fit = pd.read_csv(path)
        if not str(fit.figure.iloc[0]).startswith(fig_id):
            continue
        r = table.iloc[int(fit.table08_row.iloc[0]) - 1]
        v = dict(zip(fit.parameter, fit.fitted))
        i_s, i_c = echo.echo_parts(B, **kwargs(r, fig))
        a = v["a_2ls"] - v["scale"] * (v["tan_omega_dtau"] * i_s + i_c)
        frames.append(
            pd.DataFrame(
                {"panel": "fit", "glass": r.glass, "series": fit.series.iloc[0], "B_T": B, "A": a}
            )
        )
    return frames


def curves(fig_id, B, panel, B_star=None):
    fig = par["figures"][fig_id]
    frames = []
    for glass in fig["rows"]:
        r = row(glass)
        kw = kwargs(r, fig)
        i_s, i_c = echo.echo_parts(B, B_star_T=B_star, **kw)
        delta = -(r.tan_omega_dtau * i_s + i_c)
        shape = echo.relative_shape(B, delta, fig["B_high_T"])
        frames.append(
            pd.DataFrame(
                {
                    "panel": panel,
                    "glass": glass,
                    "tau12_us": kw["tau12"],
                    "B_T": B,
                    "I_S": i_s,
                    "I_C": i_c,
                    "delta_A": delta,
                    "shape": shape,
                    "g_ats": np.nan,
                }
            )
        )
        log.info(
            "%s %s %s: %d fields, min shape at %.3f T",
            fig_id,
            panel,
            glass,
            B.size,
            B[np.argmin(shape)],
        )
    return frames


def dos_curves(fig_id, B):
    fig = par["figures"][fig_id]
    e_w = units.H_PLANCK * fig["freq_GHz"] * 1e9 / units.K_B
    frames = []
    for glass in fig["rows"]:
        r = row(glass)
        s = ats.d0phi_kelvin(B, 1.0, orientation_average=True)
        g = ats.dos_ats(e_w, s, r.D_min_mK * 1e-3, r.X_min_K_A2, r.X_max_K_A2)
        frames.append(
            pd.DataFrame({"panel": "inset", "glass": glass, "B_T": B, "g_ats": g, "shape": np.nan})
        )
    return frames


def grid(fig, key="n_B", top="B_max_T"):
    n = fig[f"{key}_quick"] if quick else fig[key]
    return np.linspace(0.0, fig[top], n)


f16 = par["figures"]["fig16"]
B16 = grid(f16)
df16 = pd.concat(
    curves("fig16", B16, "main") + dos_curves("fig16", B16) + fitted("fig16", B16),
    ignore_index=True,
)
io.write_table(
    df16,
    snakemake.output.fig16,
    paper="magnetic_tunneling",
    figure="fig16",
    equations="13, 72, 76, 77, 78, 79",
    params={k: v for k, v in par.items() if k not in ("figures", "data_figures")}
    | {"figure": f16, "quick": quick},
)

f17 = par["figures"]["fig17"]
B17 = grid(f17)
B17i = grid(f17, "n_B_inset", "inset_B_max_T")
df17 = pd.concat(
    curves("fig17", B17, "main")
    + curves("fig17", B17i, "inset", f17["inset_B_star_T"])
    + fitted("fig17", B17),
    ignore_index=True,
)
io.write_table(
    df17,
    snakemake.output.fig17,
    paper="magnetic_tunneling",
    figure="fig17",
    equations="20, 72, 76, 77, 78, 79",
    params={k: v for k, v in par.items() if k not in ("figures", "data_figures")}
    | {"figure": f17, "quick": quick},
)
