"""Rule figure (quantum_theory fig02): schematic free energy f(alpha) near T_A (toy model)."""

import matplotlib.pyplot as plt

from coldglass import plotting

table, par, log = plotting.start_plot(snakemake)
fig, ax = plt.subplots(figsize=(5.6, 4.2))
colors = ["C3", "black", "C0", "C2", "C4", "C1"]
for (t, sub), c in zip(sorted(table.groupby("T_over_TA"), key=lambda kv: -kv[0]), colors):
    lab = r"$T = T_A$ (minimum appears)" if t == 1.0 else rf"$T = {t:g}\,T_A$"
    ax.plot(sub.alpha_a2, sub.f_over_kT, color=c, lw=2.0 if t == 1.0 else 1.3, label=lab)
    for m, f in zip(
        par["minima_alpha_a2"].get(str(t), []), par["minima_alpha_a2"].get(f"f_{t}", [])
    ):
        ax.plot([m], [f], "o", color=c, ms=4)
ax.axvline(par["alpha_star_a2"], color="0.6", lw=0.7, ls=":")
ax.text(
    par["alpha_star_a2"] * 1.1,
    0.6,
    r"$\alpha_L a^2 = (a/d_L)^2 = 100$" "\n(Lindemann\nratio, Sec. II)",
    fontsize=8,
    color="0.35",
)
ax.axhline(0.0, color="0.7", lw=0.6)
ax.set_xscale("log")
ax.set_xlim(par["alpha_a2_range"])
ax.set_ylim(-0.5, 5)
ax.set_xlabel(r"Einstein force constant $\alpha a^2$ (inverse squared localisation length)")
ax.set_ylabel(r"free energy per bead $f(\alpha)\,/\,k_BT$")
ax.set_title(
    "SCHEMATIC toy model (not the density functional of LW 2003b):\n"
    r"$f = \frac{3}{2}\ln(1 + \alpha a^2/\pi e) - A(T)\,[1 - e^{-(\alpha a^2/100)^2}]$, "
    r"$A \propto 1/T$",
    fontsize=9,
)
ax.legend(loc="upper left", fontsize=8)
ax.text(0.012, -0.35, r"$\alpha = 0$: uniform liquid", fontsize=8, color="0.35")
plotting.save_figure(fig, snakemake.output.pdf)
log.info("drew Fig. 2")
