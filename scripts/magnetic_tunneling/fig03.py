"""Rule magnetic_tunneling_fig03: three-welled potential, (a) contours, (b) 3D (Fig. 3, l.68)."""

import matplotlib.pyplot as plt
import numpy as np

from coldglass import plotting

df, par, log = plotting.start_plot(snakemake)
n = int(np.sqrt(len(df)))
X = df.x.to_numpy().reshape(n, n)
Y = df.y.to_numpy().reshape(n, n)
V = df.V.to_numpy().reshape(n, n)
fig = plt.figure(figsize=(9.0, 4.0))
ax = fig.add_subplot(1, 2, 1)
cs = ax.contourf(X, Y, V, levels=24, cmap="viridis")
ax.contour(X, Y, V, levels=12, colors="k", linewidths=0.4)
fig.colorbar(cs, ax=ax, label="V (well depth units)")
ax.set_aspect("equal")
ax.set_xlabel("x (well spacing units)")
ax.set_ylabel("y")
ax.set_title(
    "(a) TWP contours, depths " + ", ".join(f"{d:g}" for d in par["depths"]), fontsize=8, loc="left"
)
ax3 = fig.add_subplot(1, 2, 2, projection="3d")
ax3.plot_surface(X, Y, V, cmap="viridis", rstride=2, cstride=2, lw=0, antialiased=True)
ax3.set_xlabel("x")
ax3.set_ylabel("y")
ax3.set_zlabel("V")
ax3.view_init(elev=50, azim=-65)
ax3.set_title("(b) the same TWP in 3D", fontsize=8, loc="left")
fig.tight_layout()
plotting.save_figure(fig, snakemake.output.pdf)
