"""Rule quantum_theory_figure (fig04): the droplet growth free-energy profile, Eq. (6)."""

import matplotlib.pyplot as plt

from coldglass import plotting

table, par, log = plotting.start_plot(snakemake)
fig, ax = plt.subplots(figsize=(5.2, 3.8))
inside = table.N <= par["N_star"]
ax.plot(table.N[inside], table.F_over_kTg[inside], color="black")
ax.plot(
    table.N[table.N >= par["N_star"] - 1e-9],
    table.F_over_kTg[table.N >= par["N_star"] - 1e-9],
    color="black",
    ls="--",
    lw=1.0,
    label=r"$N > N^*$: Eq. (6) used naively",
)
ax.axhline(0.0, color="0.6", lw=0.6)
ax.plot([par["N_ddagger"]], [par["F_ddagger_over_kTg"]], "o", color="C3", ms=5)
ax.annotate(
    rf"$N^\ddagger = {par['N_ddagger']:.0f}$, "
    rf"$F^\ddagger = {par['F_ddagger_over_kTg']:.1f}\,k_BT_g$",
    (par["N_ddagger"], par["F_ddagger_over_kTg"]),
    xytext=(par["N_ddagger"] + 15, 44),
    fontsize=9,
    color="C3",
)
ax.plot([par["N_star"]], [0.0], "o", color="C0", ms=5)
ax.annotate(
    rf"$N^* = {par['N_star']:.0f}$",
    (par["N_star"], 0.0),
    xytext=(par["N_star"] - 45, 6),
    fontsize=9,
    color="C0",
)
ax.set_xlabel("droplet size $N$ (beads)")
ax.set_ylabel(r"$F(N)\,/\,k_BT_g$")
ax.set_xlim(0, par["n_max"])
ax.set_ylim(-12, 50)
ax.set_title(
    rf"$F(N) = \gamma\sqrt{{N}} - T s_c N$ "
    rf"at $T_g$: $\gamma = {par['gamma_over_kTg']:.2f}\,k_BT_g$, "
    rf"$s_c = {par['s_c_over_kB']:.2f}\,k_B$",
    fontsize=9,
)
ax.legend(loc="lower left")
plotting.save_figure(fig, snakemake.output.pdf)
log.info("drew Fig. 4")
