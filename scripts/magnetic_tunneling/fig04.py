"""Rule magnetic_tunneling_fig04: ATS spectrum vs the A-B phase (Fig. 4, caption l.125)."""

import matplotlib.pyplot as plt
import numpy as np

from coldglass import plotting

df, par, log = plotting.start_plot(snakemake)
fig, ax = plt.subplots(figsize=(6.4, 3.8))
colors = ["C0", "C1", "C2"]
names = [r"$\mathcal{E}_0$", r"$\mathcal{E}_1$", r"$\mathcal{E}_2$"]
for case, sub in df.groupby("case"):
    e = sub.iloc[0]
    for k, lev in sub.groupby("level"):
        if case == 0:
            ax.plot(
                lev.phi_rad / np.pi,
                lev.E_over_D0,
                "-",
                color=colors[k],
                lw=2.2,
                label=names[k] + r", $E_i=0$",
            )
        else:
            ax.plot(
                lev.phi_rad / np.pi,
                lev.E_over_D0,
                "--",
                color="k",
                lw=0.9,
                label=(
                    rf"$(E_1,E_2,E_3)/D_0=({e.E1_over_D0:g},{e.E2_over_D0:g},{e.E3_over_D0:g})$"
                    if k == 0
                    else None
                ),
            )
ax.set_xlabel(r"A-B phase $\varphi/\pi$")
ax.set_ylabel(r"$\mathcal{E}_k/D_0$   ($D_0=1$)")
ax.set_xlim(df.phi_rad.min() / np.pi, df.phi_rad.max() / np.pi)
ax.axhline(0, color="0.85", lw=0.5, zorder=0)
ax.legend(loc="center left", bbox_to_anchor=(1.01, 0.5), fontsize=8)
fig.tight_layout()
plotting.save_figure(fig, snakemake.output.pdf)
