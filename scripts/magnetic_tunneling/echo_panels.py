"""Rule magnetic_tunneling_echo_panels: data of Figs. 12-15 and 18-20 (the light ones).

Fig. 12: pulse timing and the ensemble polarization (free-induction decay, echo) of
``echo.two_pulse_signal``. Figs. 13, 14, 15, 18: experimental data only; their tables hold
the panels, series and sources the captions name (points come from digitized series).
Fig. 19: g_ATS(E, phi) (Eq. 13), chi(E) (Eq. 81) and their convolution in both regimes.
Fig. 20: the three terms of Eq. (87) with the corrected Eq. (86).
"""

import numpy as np
import pandas as pd

from coldglass import ats, echo, io

log = io.script_logger(snakemake.log[0])
par = io.load_yaml(snakemake.input.parameters)
quick = bool(snakemake.params.quick)
figs = par["figures"]


def n_of(fig, key):
    return fig[f"{key}_quick"] if quick else fig[key]


def write(df, fig_id, equations, params):
    io.write_table(
        df,
        snakemake.output[fig_id],
        paper="magnetic_tunneling",
        figure=fig_id,
        equations=equations,
        params=params | {"quick": quick},
    )
    log.info("%s: %d rows", fig_id, len(df))


# ----------------------------------------------------------------------------- Fig. 12
f = figs["fig12"]
tau1, tau2, tau12 = par["tau1_us"], par["tau2_us"], f["tau12_us"]
sd = f["detuning_spread_per_us"]
d = np.linspace(-6 * sd, 6 * sd, 1201)
w = np.exp(-0.5 * (d / sd) ** 2)
w /= w.sum()
t = np.linspace(0.0, 2.0 * tau12 + tau1 + tau2 + 1.0, f["n_t"])
sig = echo.two_pulse_signal(t, f["omega_R_per_us"], d, w, tau1, tau2, tau12)
pulse = ((t <= tau1) | ((t >= tau1 + tau12) & (t <= tau1 + tau12 + tau2))).astype(float)
write(
    pd.DataFrame({"t_us": t, "polarization": sig, "pulse": pulse}),
    "fig12",
    "62-67",
    {"tau1_us": tau1, "tau2_us": tau2, "figure": f},
)

# ----------------------------------------------------------------------------- data only
for fig_id, spec in par["data_figures"].items():
    rows = [
        {"panel": panel, "series": s, "conditions": p["conditions"], "source": p["source"]}
        for panel, p in spec["panels"].items()
        for s in p["series"]
    ]
    write(pd.DataFrame(rows), fig_id, "none (experimental data)", {"figure": spec})

# ----------------------------------------------------------------------------- Fig. 19
f = figs["fig19"]
E = np.linspace(0.0, f["E_max"], n_of(f, "n_E"))
frames = []
for panel, d_min in f["D_min"].items():
    conv = echo.dos_delimiter_convolution(
        f["phi"], f["E_omega"], f["w"], d_min, f["D0_min"], f["D0_max"]
    )
    for phi, c in zip(f["phi"], conv):
        g = ats.dos_ats(E, phi, d_min, f["D0_min"], f["D0_max"])
        frames.append(
            pd.DataFrame(
                {"panel": panel, "D_min": d_min, "phi": phi, "E": E, "g_ats": g, "conv": c}
            )
        )
    chi = echo.spectral_delimiter(E, f["E_omega"], f["w"])
    frames.append(pd.DataFrame({"panel": panel, "D_min": d_min, "phi": np.nan, "E": E, "chi": chi}))
write(pd.concat(frames, ignore_index=True), "fig19", "13, 81, 82", {"figure": f})

# ----------------------------------------------------------------------------- Fig. 20
f = figs["fig20"]
tau = np.linspace(f["tau12_min_us"], f["tau12_max_us"], n_of(f, "n_tau"))
frames = []
for panel, tp3 in (("a", f["tau_phi3_us"]), ("b", f["tau_phi3_b_us"])):
    for form in ("corrected", "printed"):
        terms = echo.iea_terms(
            tau,
            c_2ls=f["c_2ls"],
            c_ats=f["c_ats"],
            k_ats=f["k_ats"],
            tau_phi2=f["tau_phi2_us"],
            tau_phi3=tp3,
            d_omega=f["d_omega_per_us"],
            printed=form == "printed",
        )
        for term, values in terms.items():
            frames.append(
                pd.DataFrame(
                    {
                        "panel": panel,
                        "form": form,
                        "tau_phi3_us": tp3,
                        "term": term,
                        "tau12_us": tau,
                        "iea": values,
                    }
                )
            )
write(pd.concat(frames, ignore_index=True), "fig20", "86 (corrected), 87, 88", {"figure": f})
