"""Rule figure (quantum_theory fig10): barrier along the path of one region vs droplet size N."""

import matplotlib.pyplot as plt

from coldglass import plotting

table, par, log = plotting.start_plot(snakemake)
fig, ax = plt.subplots(figsize=(6.0, 4.6))
line = table[table.kind == "threshold"].sort_values("N")
top = line.V_over_kTg.max() + 9
ax.fill_between(
    line.N,
    line.V_over_kTg,
    top,
    color="0.90",
    lw=0,
    label="quasi-continuum of levels (above the threshold)",
)
levels = table[table.kind == "level"]
threshold_at = dict(zip(line.N.round(6), line.V_over_kTg))
below = levels[levels.V_over_kTg < levels.N.round(6).map(threshold_at).fillna(float("inf"))]
first = True
for row in below.itertuples():
    ax.plot(
        [row.N - 0.4, row.N + 0.4],
        [row.V_over_kTg] * 2,
        color="0.25",
        lw=2.4,
        solid_capstyle="butt",
        label="discrete levels below the threshold" if first else None,
    )
    first = False
paths = {
    0: ("#D55E00", "--", 1.2, "generic path (red)"),
    1: ("#CC79A7", "-.", 1.2, "generic path (purple)"),
    2: ("#009E73", "-", 2.0, "lowest-barrier path (green)"),
}
for index, group in table[table.kind.str.startswith("path")].groupby("path"):
    color, style, width, label = paths[int(index)]
    barrier = group.V_over_kTg.max()
    ax.step(
        group.N,
        group.V_over_kTg,
        where="mid",
        color=color,
        ls=style,
        lw=width,
        label=f"{label}: barrier {barrier:.1f}",
        zorder=4 if index == 2 else 3,
    )
ax.plot(
    line.N,
    line.V_over_kTg,
    color="black",
    lw=2.0,
    label=r"most probable path $V(N)$, lower edge of Eq. (12)",
    zorder=5,
)
ax.plot([par["N_ddagger"]], [par["V_max_over_kTg"]], "o", color="black", ms=4, zorder=6)
ax.annotate(
    rf"$N^\ddagger = {par['N_ddagger']:.0f}$, $V_{{max}} = {par['V_max_over_kTg']:.1f}$"
    rf" $= {par['V_max_over_kTg'] / par['s_c']:.0f}\,T_g s_c$ (Eq. 13)",
    (par["N_ddagger"], par["V_max_over_kTg"]),
    xytext=(par["N_ddagger"] + 8, par["V_max_over_kTg"] + 5.5),
    fontsize=8,
    arrowprops={"arrowstyle": "-", "lw": 0.6},
)
ax.axhline(0.0, color="0.6", lw=0.6)
ax.set_xlim(0, par["n_max"])
ax.set_ylim(-14, top)
ax.set_xlabel("droplet size $N$ (beads added one at a time)")
ax.set_ylabel(r"energy along the path $/\,k_BT_g$")
ax.legend(loc="lower left", fontsize=8, ncol=1)
ax.set_title(
    f"one region with a low barrier (the first of {par['regions']} sampled whose lowest path "
    f"stays below $V_{{max}}$);\na typical region's lowest path peaks "
    f"{par['ensemble_lowest_barrier_median_over_kTg'] - par['V_max_over_kTg']:.1f}"
    r" $k_BT_g$ above $V_{max}$, only "
    f"{100 * par['ensemble_fraction_below_V_max']:.1f} % stay below it",
    fontsize=8,
)
plotting.save_figure(fig, snakemake.output.pdf)
log.info("drew Fig. 10")
