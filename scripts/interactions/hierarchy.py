"""Rule interactions_hierarchy: energy scales vs concentration (not paper outputs).

figS05: the typical energies of the terms of Eq. (74) vs x (the paper's estimates x U_0,
(a_d/a_0) x^(4/3) U_0, (a_d/a_0)^2 x^(5/3) U_0 and D_0), with the Monte Carlo typical
fields and the resonant fraction of S against D_0/(x U_0) (l.276).
tableS03: the energy-scale table for the paper's numbers (U_0, gamma, a_d, D_0) and an
external a-SiO2-like elastic set.
"""

import math

import numpy as np
import pandas as pd

from coldglass import elastic_interactions as ei
from coldglass import io, units

log = io.script_logger(snakemake.log[0])
cfg = snakemake.params.paper_config["energy_scales"]
summary, _ = io.read_table(snakemake.input.summary)
a_ratio = cfg["a_d_angstrom"] / cfg["a0_angstrom"]
u0, d0 = cfg["U0_eV"], cfg["D0_over_U0"] * cfg["U0_eV"]

grid = np.geomspace(1e-5, 0.3, 60)
lines = ei.energy_hierarchy(grid, a_ratio, u0)
rows = [
    {"kind": "estimate", "quantity": name, "x": x, "energy_eV": value}
    for name in ("ising", "random_field_tau", "tau_tau")
    for x, value in zip(grid, lines[name])
]
rows += [{"kind": "estimate", "quantity": "D0", "x": x, "energy_eV": d0} for x in grid]
rows += [
    {"kind": "estimate", "quantity": "resonant_fraction", "x": x, "energy_eV": d0 / (x * u0)}
    for x in grid
]
# Monte Carlo typical values (half inter-quartile range), energies with the per-pair scale
# g = gamma eta/(4 pi rho c_l^2 a_0^3) identified with U_0 (the paper's "both ~ x U_o") and
# zeta = U_0 a_d (l.142), i.e. b in (a_d/a_0) U_0.
factor = {"B": u0, "h_zz": u0, "b_eta": a_ratio * u0, "b_gamma": a_ratio * u0}
for r in summary.itertuples():
    rows.append(
        {
            "kind": "monte_carlo",
            "quantity": r.field,
            "x": r.x,
            "energy_eV": r.half_iqr * factor[r.field],
        }
    )
for r in summary[summary.field == "B"].itertuples():
    rows.append(
        {
            "kind": "monte_carlo",
            "quantity": "resonant_fraction",
            "x": r.x,
            "energy_eV": r.resonant_fraction_S,
        }
    )
io.write_table(
    pd.DataFrame(rows),
    snakemake.output.figure,
    paper="interactions",
    figure="figS05",
    equations="Eqs. 29, 63, 69, 72, 74; l.142, l.274-276",
    params={**cfg},
)

# --- tableS03 ------------------------------------------------------------------------
a0 = cfg["a0_angstrom"] * 1e-10
gamma = units.ev_to_joule(cfg["gamma_eV"])
table = []
for label, c in (("c_l", cfg["silica_c_l_m_per_s"]), ("c_t", cfg["silica_c_t_m_per_s"])):
    g = gamma**2 / (4 * math.pi * cfg["silica_rho_kg_per_m3"] * c**2 * a0**3)
    table.append(
        {
            "quantity": f"gamma^2/(4 pi rho {label}^2 a0^3), a-SiO2-like (external)",
            "x": "",
            "value": units.joule_to_ev(g),
            "unit": "eV",
            "kelvin": units.joule_to_kelvin(g),
        }
    )
for x in cfg["concentrations"]:
    scales = ei.energy_hierarchy(x, a_ratio, u0)
    mc = summary[(summary.x == x) & (summary.field == "B")]
    entries = [
        ("l_d/a0 = x^(-1/3) (l.142)", x ** (-1 / 3), "", np.nan),
        ("zeta suppression a_d x^(1/3)/a0 (l.142)", float(scales["zeta_suppression"]), "", np.nan),
        (
            "x U0: U^zz, B (l.274)",
            float(scales["ising"]),
            "eV",
            units.ev_to_kelvin(float(scales["ising"])),
        ),
        (
            "(a_d/a0) x^(4/3) U0: b (Eqs. 63, 69)",
            float(scales["random_field_tau"]),
            "eV",
            units.ev_to_kelvin(float(scales["random_field_tau"])),
        ),
        (
            "(a_d/a0)^2 x^(5/3) U0: J (Eq. 72)",
            float(scales["tau_tau"]),
            "eV",
            units.ev_to_kelvin(float(scales["tau_tau"])),
        ),
        ("D0 (l.274)", d0, "eV", units.ev_to_kelvin(d0)),
        ("D0/(x U0): resonant fraction estimate (l.276)", d0 / (x * u0), "", np.nan),
    ]
    if not mc.empty:
        entries.append(
            (
                "resonant fraction of S, Monte Carlo",
                float(mc.resonant_fraction_S.iloc[0]),
                "",
                np.nan,
            )
        )
        entries.append(
            ("B half-width / (x g), Monte Carlo", float(mc.half_iqr.iloc[0] / x), "", np.nan)
        )
    table += [{"quantity": q, "x": x, "value": v, "unit": u, "kelvin": k} for q, v, u, k in entries]
df = pd.DataFrame(table)
df.to_csv(snakemake.output.table_csv, index=False)
with open(snakemake.output.table_md, "w") as handle:
    handle.write(
        "# Table S03 (not in the paper): energy scales vs concentration\n\n"
        f"U0 = {u0} eV, gamma = {cfg['gamma_eV']} eV, "
        f"a_d = {cfg['a_d_angstrom']} Å (paper, l.138-142); "
        f"a0 = {cfg['a0_angstrom']} Å and the a-SiO2-like elastic constants "
        "are external assumptions; "
        f"D0 = {cfg['D0_over_U0']:g} U0 from l.274.\n\n" + df.to_markdown(index=False) + "\n"
    )
log.info("wrote figS05 data and tableS03 (%d rows)", len(df))
