"""Fig. 1: a 1-D energy-landscape chart with 2LS (black) and 3-/4-welled groups (blue)."""

import matplotlib.pyplot as plt
import numpy as np

from coldglass import plotting

df, par, log = plotting.start_plot(snakemake)
x, E, b = df.x.to_numpy(), df.E.to_numpy(), df.barrier_right.to_numpy()[:-1]
xs, ys = [], []
for i in range(len(x) - 1):  # cosine arcs minimum -> barrier top -> next minimum
    xm = 0.5 * (x[i] + x[i + 1])
    t = np.linspace(0, 1, 20)
    xs += list(x[i] + (xm - x[i]) * t) + list(xm + (x[i + 1] - xm) * t)
    ys += list(E[i] + (b[i] - E[i]) * (1 - np.cos(np.pi * t)) / 2)
    ys += list(b[i] + (E[i + 1] - b[i]) * (1 - np.cos(np.pi * t)) / 2)
fig, ax = plt.subplots(figsize=(8.0, 3.8))
ax.plot(xs, ys, color="0.6", lw=0.8, label="energy along the projected coordinate")
sel = {
    2: ("k", "2LS (two adjacent minima)"),
    3: ("C0", "3-welled group"),
    4: ("C0", "4-welled group"),
}
for size, (color, lab) in sel.items():
    s = df[df["size"] == size]
    ax.plot(s.x, s.E, "o", color=color, ms=5, mfc="none" if size == 4 else color, label=lab)
c = df.loc[df.E.idxmin()]
ax.annotate(
    "crystal",
    (c.x, c.E),
    xytext=(c.x + 4, c.E + 0.3),
    fontsize=8,
    arrowprops=dict(arrowstyle="->", lw=0.8),
)
ax.set_xlabel("projected configuration coordinate (arb.)")
ax.set_ylabel("total energy (arb.)")
ax.set_title(
    "illustrative random chart (Heuer's toy-glass chart, ref. [36], not available)", fontsize=9
)
ax.legend(loc="upper center", fontsize=8, ncol=2, frameon=False)
ax.set_ylim(None, ax.get_ylim()[1] + 1.2)
fig.tight_layout()
plotting.save_figure(fig, snakemake.output.pdf)
