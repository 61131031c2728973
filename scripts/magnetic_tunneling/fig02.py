"""Rule magnetic_tunneling_fig02: (a) cellular structure cartoon, (b) tetrahedral four-welled
potential (Fig. 2)."""

import matplotlib.pyplot as plt
from matplotlib.patches import Circle, Polygon

from coldglass import plotting

df, par, log = plotting.start_plot(snakemake)
fig = plt.figure(figsize=(9.0, 4.3))
ax = fig.add_subplot(1, 2, 1)
ax.add_patch(
    Polygon([[0, 0], [1, 0], [1, 1], [0, 1]], closed=True, fc="#f7e27a", ec="none", zorder=0)
)
for _, cell in df[df.element == "cell"].groupby("id"):
    ax.add_patch(
        Polygon(
            cell.sort_values("order")[["x", "y"]].to_numpy(),
            closed=True,
            fc="white",
            ec="black",
            lw=1.4,
            joinstyle="round",
            zorder=1,
        )
    )
for r in df[df.element == "tls"].itertuples():
    ax.add_patch(Circle((r.x, r.y), 0.012, fc="#3a6fd8", ec="none", zorder=2))
ats = df[df.element == "ats"]
ax.plot(ats.x, ats.y, "o", color="#ff7f0e", ms=5, mec="black", mew=0.5, zorder=3)
ax.set_xlim(0, 1)
ax.set_ylim(0, 1)
ax.set_aspect("equal")
ax.set_xticks([])
ax.set_yticks([])
ax.set_title(
    "(a) RERs (cells), 2LSs (blue), interstices (yellow), ATS (orange)", fontsize=9, loc="left"
)

ax3 = fig.add_subplot(1, 2, 2, projection="3d")
v = df[df.element == "tfwp"]
vmin = v.V.min()
ax3.computed_zorder = False  # draw in the order below: shells, then cores, then the barrier
# three depth bands of the wells (dark = deepest, caption): translucent outer shell, opaque core;
# marker area scaled with the grid spacing so the bands fill their volume at any resolution
scale = (28.0 / par["grid"]) ** 2
bands = [(0.3, 0.6, 0.18, 14), (0.6, 0.85, 0.45, 22), (0.85, 1.01, 1.0, 34)]
for lo, hi, alpha, size in bands:
    band = v[(v.V <= lo * vmin) & (v.V > hi * vmin)]
    sc = ax3.scatter(
        band.x,
        band.y,
        band.z,
        c=band.V,
        cmap="cividis",
        vmin=vmin,
        vmax=0.3 * vmin,
        s=size * scale,
        alpha=alpha,
        lw=0,
    )
high = v[v.V > 0.5 * v.V.max()]  # the central barrier of the interstice (light = highest)
ax3.scatter(
    high.x,
    high.y,
    high.z,
    color="#d6604d",
    s=14 * scale,
    alpha=0.35,
    lw=0,
    label="central barrier (V > 50 % of its top)",
)
for i, w in enumerate(par["wells"]):
    ax3.scatter(
        *w,
        color="#ff7f0e",
        s=30,
        edgecolor="black",
        lw=0.4,
        label="well minima" if i == 0 else None,
    )
for i, a in enumerate(par["wells"]):  # tetrahedron edges between the wells
    for b in par["wells"][i + 1 :]:
        ax3.plot(*zip(a, b), color="0.55", lw=0.6)
for axis in (ax3.xaxis, ax3.yaxis, ax3.zaxis):
    axis.set_ticks([-1, 0, 1])
ax3.set_xlabel("x")
ax3.set_ylabel("y")
ax3.set_zlabel("z")
ax3.set_box_aspect((1, 1, 1))
fig.colorbar(
    plt.cm.ScalarMappable(cmap="cividis", norm=plt.Normalize(vmin, 0.3 * vmin)),
    ax=ax3,
    shrink=0.6,
    pad=0.12,
    label="V in the wells (well-depth units; dark = deepest)",
)
ax3.legend(loc="upper left", fontsize=8)
ax3.set_title(
    "(b) TFWP: four wells (V < 30 % of the deepest), central barrier", fontsize=9, loc="left"
)
fig.tight_layout()
plotting.save_figure(fig, snakemake.output.pdf)
