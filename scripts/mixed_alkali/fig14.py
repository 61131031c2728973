"""Fig. 14: levels of the square 4LS vs the A-B phase, D1 = D0 (the paper's main panel) and
D1 < D0 (its inset), drawn side by side."""

import matplotlib.pyplot as plt
import numpy as np

from coldglass import plotting

df, par, log = plotting.start_plot(snakemake)
fig, axes = plt.subplots(1, 2, figsize=(9.6, 4.0), sharey=True)
for ax, panel in zip(axes, ("main", "inset"), strict=True):
    sub = df[df.panel == panel]
    for k, lev in sub.groupby("level"):
        ax.plot(
            lev.phi_rad / np.pi, lev.E_over_D0, color=f"C{k}", lw=1.8, label=rf"$\mathcal{{E}}_{k}$"
        )
    ax.set_xlabel(r"Aharonov-Bohm phase $\varphi/\pi$")
    ax.set_xlim(0, 2)
d1 = df[df.panel == "inset"].D1_over_D0.iloc[0]
axes[0].set_title(r"main: $E_i=0$, $D_1=D_0$ (tetrahedral mimic), Eq. (A.7)", fontsize=9)
axes[1].set_title(
    rf"inset: $E_i=0$, $D_1={d1:g}\,D_0$ (square; value chosen), Eq. (A.5)", fontsize=9
)
axes[0].set_ylabel(r"$\mathcal{E}_m/D_0$")
axes[0].set_ylim(-3.2, 3.6)
axes[0].legend(loc="upper center", fontsize=8, ncol=4, frameon=False)
fig.tight_layout()
plotting.save_figure(fig, snakemake.output.pdf)
