"""Rule figure (quantum_theory fig06): beta of the stretched exponential vs fragility."""

import matplotlib.pyplot as plt
import numpy as np

from coldglass import plotting

table, par, log = plotting.start_plot(snakemake)
fig, ax = plt.subplots(figsize=(5.6, 4.2))
gauss = table[table.distribution == "gaussian"]
trunc = table[table.distribution == "truncated"]
ax.plot(gauss.D, gauss.beta, "--", color="black", label="Gaussian barrier distribution")
ax.plot(
    trunc.D,
    trunc.beta,
    "-",
    color="black",
    label="truncated at the most probable barrier\n(upper half replaced by a peak of equal area)",
)
ax.set_xscale("log")
ax.set_xlim(par["D_range"])
ax.set_ylim(0.0, 1.0)
ax.set_xlabel(r"fragility $D$ (Vogel-Fulcher, Eq. 1)")
ax.set_ylabel(r"$\beta$ of $e^{-(t/\tau)^\beta}$")
# top axis: m(D) = (Lambda/ln10)(1 + Lambda/D), tabulated by the compute rule
lnD, m = np.log(trunc.D.to_numpy()), trunc.m.to_numpy()
top = ax.secondary_xaxis(
    "top",
    functions=(
        lambda d: np.interp(np.log(np.clip(d, 1e-9, None)), lnD, m),
        lambda mm: np.exp(np.interp(mm, m[::-1], lnD[::-1])),
    ),
)
top.set_xlabel(r"fragility index $m$ (VF, $\tau_g/\tau_0 = 10^{17}$)", fontsize=9)
top.xaxis.set_minor_locator(plt.NullLocator())
top.set_xticks([20, 30, 50, 100, 200, 400], labels=["20", "30", "50", "100", "200", "400"])
ax.text(
    0.98,
    0.04,
    rf"$\delta F^\ddagger/F^\ddagger = 1/2\sqrt{{D}}$, "
    rf"$F^\ddagger = {par['log_time_ratio']:.1f}\,k_BT_g$"
    "\n"
    rf"KWW least-squares fit on {par['fit_window'][0]:g} $\leq \phi \leq$ {par['fit_window'][1]:g}"
    "\n(fit protocol: our reconstruction)",
    transform=ax.transAxes,
    ha="right",
    va="bottom",
    fontsize=8,
)
ax.legend(loc="upper left", fontsize=8)
if plotting.draw_digitized(ax, snakemake):
    ax.legend(fontsize=8)
else:
    plotting.note_data_not_shown(
        ax, "Boehmer, Ngai, Angell & Plazek,\nJ. Chem. Phys. 99, 4201 (1993)", loc=(0.02, 0.52)
    )
plotting.save_figure(fig, snakemake.output.pdf)
log.info("drew Fig. 6")
