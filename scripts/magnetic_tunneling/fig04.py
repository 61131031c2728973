"""Rule magnetic_tunneling_fig04: ATS spectrum vs the A-B phase (Fig. 4, caption l.125)."""

import matplotlib.pyplot as plt
import numpy as np

from coldglass import io, plotting

io.script_logger(snakemake.log[0])
df, meta = io.read_table(snakemake.input[0])
plotting.use_style()
fig, ax = plt.subplots(figsize=(5.2, 3.8))
styles = ["-", "--", ":"]
colors = ["C0", "C1", "C2"]
for case, sub in df.groupby("case"):
    e = sub.iloc[0]
    label = ("$E_i=0$" if case == 0 else
             f"$(E_1,E_2,E_3)/D_0=({e.E1_over_D0:g},{e.E2_over_D0:g},{e.E3_over_D0:g})$")
    for k, lev in sub.groupby("level"):
        ax.plot(lev.phi_rad / np.pi, lev.E_over_D0, styles[case % 3], color=colors[k], lw=1.4,
                label=label if k == 0 else None)
for k, name in enumerate([r"$\mathcal{E}_0$", r"$\mathcal{E}_1$", r"$\mathcal{E}_2$"]):
    ax.plot([], [], color=colors[k], label=name)
ax.set_xlabel(r"A-B phase $\varphi/\pi$")
ax.set_ylabel(r"$\mathcal{E}_k/D_0$")
ax.set_xlim(df.phi_rad.min() / np.pi, df.phi_rad.max() / np.pi)
ax.axhline(0, color="0.8", lw=0.5, zorder=0)
ax.legend(loc="upper center", ncol=2, fontsize=7.5, bbox_to_anchor=(0.5, 1.18))
ax.set_title("Eqs. (6), (8), $D_0=1$", fontsize=9, loc="left", pad=28)
fig.tight_layout()
plotting.save_figure(fig, snakemake.output.pdf)
