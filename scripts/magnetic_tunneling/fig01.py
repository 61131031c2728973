"""Rule figure (fig01): relaxation-time map of a fresh MD run of 780 soft disks (Fig. 1,
caption l.52): (a) slowest 40 % black, fastest 40 % grey, intermediate 20 % open; (b) the slow
regions (clusters of slow particles in contact) outlined."""

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.collections import PatchCollection
from matplotlib.patches import Circle

from coldglass import plotting

df, par, log = plotting.start_plot(snakemake)
p = df[df.element == "particle"]
L = par["box"]
FACE = {2: "black", 1: "white", 0: "0.65"}
fig, axes = plt.subplots(1, 2, figsize=(10.4, 6.2))


def disks(ax, face, edge="k", lw=0.4, alpha=1.0):
    patches = [Circle((x, y), s / 2) for x, y, s in zip(p.x, p.y, p.sigma)]
    coll = PatchCollection(patches, facecolors=face, edgecolors=edge, linewidths=lw, alpha=alpha)
    ax.add_collection(coll)


disks(axes[0], [FACE[m] for m in p.mobility])
disks(axes[1], ["0.85" if m == 2 else "white" for m in p.mobility], edge="0.6", lw=0.3)
# (b) outline each slow cluster of >= 3 disks: Gaussian-smoothed density contour, periodic
n = 220
grid = np.linspace(0, L, n, endpoint=False)
X, Y = np.meshgrid(grid, grid, indexing="ij")
slow = p[p.mobility == 2]
for _, c in slow.groupby("cluster"):
    if len(c) < 3:
        continue
    dens = np.zeros_like(X)
    for x0, y0, s in zip(c.x, c.y, c.sigma):
        dx = (X - x0 + L / 2) % L - L / 2
        dy = (Y - y0 + L / 2) % L - L / 2
        dens += np.exp(-(dx**2 + dy**2) / (2 * (0.55 * s) ** 2))
    axes[1].contour(grid, grid, dens.T, levels=[0.5], colors="C5", linewidths=1.4)
axes[1].plot([], [], color="C5", lw=1.4, label="slow regions (clusters of >= 3 slow disks)")
axes[0].plot([], [], "o", mfc="black", mec="k", label="slowest 40 %")
axes[0].plot([], [], "o", mfc="white", mec="k", label="intermediate 20 %")
axes[0].plot([], [], "o", mfc="0.65", mec="k", label="fastest 40 %")
for ax, title in zip(axes, ("(a) relaxation times", "(b) slow regions highlighted")):
    ax.set_xlim(0, L)
    ax.set_ylim(0, L)
    ax.set_aspect("equal")
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_title(title, loc="left")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.01), ncol=3, fontsize=8, frameon=False)
fig.text(
    0.5,
    0.995,
    f"Fresh MD run (not the original of Ref. [35]): N = {par['n_particles']}, 50:50 disks "
    f"sigma_B/sigma_A = {par['sigma_ratio']:g}, u = (sigma_ij/r)^12 cut at "
    f"{par['r_cut']:g} sigma_ij, rho = {par['density']:g}, T = {par['temperature']:g} "
    f"(chosen); tau_i: F_s(k = 2 pi) < 1/e; tau_alpha = {par['tau_alpha']:.3g}; "
    f"slow-slow contacts {par['slow_neighbour_fraction']:.2f} vs random "
    f"{par['random_fraction_mean']:.2f}",
    ha="center",
    va="top",
    fontsize=8,
    wrap=True,
)
fig.tight_layout(rect=(0, 0.0, 1, 0.93))
plotting.save_figure(fig, snakemake.output.pdf)
