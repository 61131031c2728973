"""Rule quantum_theory_figure (fig10): barrier along the most probable path vs droplet size N."""

import matplotlib.pyplot as plt

from coldglass import plotting

table, par, log = plotting.start_plot(snakemake)
fig, ax = plt.subplots(figsize=(5.6, 4.0))
line = table[table.kind == "threshold"]
top = line.V_over_kTg.max() + 8
levels = table[table.kind == "level"]
quasi = levels[levels["rank"] == levels["rank"].max()].sort_values("N")
ax.fill_between(
    quasi.N,
    quasi.V_over_kTg,
    top,
    step="mid",
    color="0.88",
    lw=0,
    label="quasi-continuum of levels",
)
for row in levels[levels["rank"] < 3].itertuples():
    ax.plot(
        [row.N - 0.35, row.N + 0.35],
        [row.V_over_kTg] * 2,
        color="0.35",
        lw=2.2,
        solid_capstyle="butt",
    )
styles = {"path_generic": ("C3", "C4"), "path_lowest": ("C2",)}
for kind, colors in styles.items():
    for (_path, group), color in zip(table[table.kind == kind].groupby("path", sort=False), colors):
        label = "lowest-barrier path" if kind == "path_lowest" else None
        ax.step(group.N, group.V_over_kTg, where="mid", color=color, lw=1.1, label=label)
        peak = group.loc[group.V_over_kTg.idxmax()]
        ax.plot([peak.N], [peak.V_over_kTg], marker="v", color=color, ms=6, zorder=5)
ax.plot(line.N, line.V_over_kTg, color="black", lw=2.0, label="most probable path (Eq. 12)")
ax.plot([par["N_ddagger"]], [par["V_max_over_kTg"]], "o", color="black", ms=4)
ax.annotate(
    rf"$N^\ddagger = {par['N_ddagger']:.0f}$, "
    rf"$V_{{max}} = {par['V_max_over_kTg'] / par['s_c']:.0f}\,T_g s_c$",
    (par["N_ddagger"], par["V_max_over_kTg"]),
    xytext=(par["N_ddagger"] + 4, par["V_max_over_kTg"] + 4),
    fontsize=9,
)
ax.axhline(0.0, color="0.6", lw=0.6)
ax.set_xlim(0, par["n_max"])
ax.set_ylim(-8, top)
ax.set_xlabel("droplet size $N$ (beads added one at a time)")
ax.set_ylabel(r"energy along the path $/\,k_BT_g$")
ax.legend(loc="lower left", fontsize=8)
ax.text(
    0.99,
    0.99,
    "levels and paths: illustrative (seeded); triangles: barrier of each path",
    transform=ax.transAxes,
    ha="right",
    va="top",
    fontsize=7,
    color="0.35",
)
plotting.save_figure(fig, snakemake.output.pdf)
log.info("drew Fig. 10")
