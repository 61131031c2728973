"""figS02 (NOT IN THE PAPER): |U(R)| of the five kernels, momentum sums vs closed forms."""

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.ticker import NullFormatter

from coldglass import plotting

table, par, log = plotting.start_plot(snakemake)
labels = {
    "zz": r"$U^{zz}$ (Eq. 14)",
    "z0": r"$U^{z0}$ (Eq. 19)",
    "Stau": r"$U^{S\tau}$ (Eq. 35)",
    "etatau": r"$U_{\eta\tau}$ (Eq. 65)",
    "tautau": r"$J$ ($\zeta\zeta$)",
}
fig, ax = plt.subplots(figsize=(6.4, 4.8))
for index, (kernel, label) in enumerate(labels.items()):
    part = table[table.kernel == kernel].sort_values("R_over_a0")
    fit = part[part.R_over_a0 >= 3.0]
    slope = np.polyfit(np.log(fit.R_over_a0), np.log(np.abs(fit.momentum_sum)), 1)[0]
    ax.loglog(part.R_over_a0, np.abs(part.closed_form), color=f"C{index}", lw=1.2)
    ax.loglog(
        part.R_over_a0,
        np.abs(part.momentum_sum),
        "o",
        color=f"C{index}",
        ms=4,
        mfc="none",
        label=f"{label}: slope {slope:.3f}",
    )
ax.set_xlabel(r"$R/a_0$")
ax.xaxis.set_minor_formatter(NullFormatter())
ax.set_xticks([2, 5, 10, 20, 40], ["2", "5", "10", "20", "40"])
ax.set_ylabel(r"$|U(R)|$ (coupling$^2/4\pi\rho c_l^2$)")
ax.legend(
    fontsize=8,
    loc="lower left",
    title="circles: momentum sums; lines: closed forms",
    title_fontsize=8,
)
ax.set_title(
    "NOT IN THE PAPER: kernels vs distance (random couplings,\n"
    rf"generic direction, $c_\perp/c_l$ = {par['c_t_over_c_l']:g})",
    fontsize=9,
)
fig.tight_layout()
plotting.save_figure(fig, snakemake.output.pdf)
log.info("drew figS02")
