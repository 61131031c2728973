"""Fig. 4: a three-welled potential with D3 symmetry in the (x, y) plane (model potential)."""

import matplotlib.pyplot as plt

from coldglass import plotting

df, par, log = plotting.start_plot(snakemake)
n = int(par["n"])
X = df.x.to_numpy().reshape(n, n)
Y = df.y.to_numpy().reshape(n, n)
V = df.V.to_numpy().reshape(n, n)
fig, ax = plt.subplots(figsize=(6.2, 4.8))
cs = ax.contourf(X, Y, V, levels=24, cmap="viridis")
ax.contour(X, Y, V, levels=12, colors="white", linewidths=0.4)
fig.colorbar(cs, ax=ax, label="V / well depth")
ax.set_aspect("equal")
ax.set_xlabel("x (triangle side = 1)")
ax.set_ylabel("y")
ax.set_title(
    "model 3-welled potential, depths 1, 0.97, 1.03\n(no formula in the paper: shape only)",
    fontsize=8,
)
fig.tight_layout()
plotting.save_figure(fig, snakemake.output.pdf)
