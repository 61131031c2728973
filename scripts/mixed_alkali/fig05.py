"""Fig. 5: the three levels of the ATS (3LS, Eq. 3 with the A-B phase) vs phi (Eq. 7)."""

import matplotlib.pyplot as plt
import numpy as np

from coldglass import plotting

df, par, log = plotting.start_plot(snakemake)
fig, ax = plt.subplots(figsize=(6.0, 4.2))
for case, sub in df.groupby("case"):
    e = sub.iloc[0]
    for k, lev in sub.groupby("level"):
        if case == 0:
            label = rf"$\mathcal{{E}}_{k}$, $E_i=0$"
        elif k == 0:
            label = rf"all levels, $(E_1,E_2,E_3)/D_0=({e.E1:g},{e.E2:g},{e.E3:g})$"
        else:
            label = None
        ax.plot(
            lev.phi_rad / np.pi,
            lev.E_over_D0,
            "-" if case == 0 else "--",
            color=f"C{k}" if case == 0 else "k",
            lw=2.0 if case == 0 else 0.9,
            label=label,
        )
ax.set_xlabel(r"Aharonov-Bohm phase $\varphi/\pi$")
ax.set_ylabel(r"$\mathcal{E}_k/D_0$")
ax.set_xlim(df.phi_rad.min() / np.pi, df.phi_rad.max() / np.pi)
ax.legend(loc="upper center", fontsize=8, ncol=2, bbox_to_anchor=(0.5, 1.25), frameon=False)
ax.text(
    0.02,
    0.5,
    "exact levels, Eq. (7)\n(checked by diagonalisation)",
    transform=ax.transAxes,
    fontsize=8,
    va="center",
)
fig.tight_layout()
plotting.save_figure(fig, snakemake.output.pdf)
