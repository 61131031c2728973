"""Fig. 15: N coherently tunnelling 3LS replaced by one fictitious particle (Eqs. A.17-A.19)."""

import matplotlib.pyplot as plt
import numpy as np

from coldglass import plotting

df, par, log = plotting.start_plot(snakemake)
fig, ax = plt.subplots(figsize=(8.0, 4.0))
ang = np.pi / 2 + 2 * np.pi * np.arange(3) / 3
tri = np.column_stack([np.cos(ang), np.sin(ang)])
centres = [(0.9, 2.6), (2.3, 3.0), (0.6, 1.0), (2.0, 1.6), (3.2, 0.7)]
for (cx, cy), row in zip(centres, df.itertuples(), strict=True):
    p = tri * 0.45 + (cx, cy)
    ax.fill(*p.T, color="C0", alpha=0.15)
    ax.plot(*np.vstack([p, p[:1]]).T, color="C0", lw=1)
    ax.scatter(*p.T, s=30, color="C0", zorder=3)
    ax.text(cx, cy - 0.05, f"$D_0^{{({row.member + 1})}}$", ha="center", va="center", fontsize=8)
for i in range(len(centres)):
    for j in range(i + 1, len(centres)):
        (x1, y1), (x2, y2) = centres[i], centres[j]
        ax.plot([x1, x2], [y1, y2], ls=":", color="0.6", lw=0.8, zorder=0)
ax.annotate("", xy=(5.2, 1.9), xytext=(4.1, 1.9), arrowprops=dict(arrowstyle="->", lw=1.5))
ax.text(4.65, 2.15, "coherent\ntunnelling", ha="center", fontsize=8)
big = tri * 1.3 + (6.6, 1.8)
ax.fill(*big.T, color="C3", alpha=0.15)
ax.plot(*np.vstack([big, big[:1]]).T, color="C3", lw=1.5)
ax.scatter(*big.T, s=60, color="C3", zorder=3)
line1 = rf"$D_0^{{(N)}}=\sum_i D_0^{{(i)}}={par['D0_N']:.2f}$, $q=N q_1$, $S\approx N S_1$"
line2 = rf"$E_k^{{(N)}}=\sum_i E_k^{{(i)}}$;  $D_0|q/e|S \propto N^3$ (N = {int(par['N'])})"
ax.text(6.6, 0.05, line1, ha="center", fontsize=8)
ax.text(6.6, -0.45, line2, ha="center", fontsize=8)
ax.text(6.6, 3.35, "one fictitious particle, renormalised 3LS", ha="center", fontsize=8)
ax.text(
    2.0,
    -0.2,
    f"N = {int(par['N'])} interacting 3LS (dotted: interactions)",
    ha="center",
    fontsize=8,
)
ax.set_xlim(-0.3, 8.4)
ax.set_ylim(-0.7, 3.7)
ax.set_aspect("equal")
ax.axis("off")
fig.tight_layout()
plotting.save_figure(fig, snakemake.output.pdf)
