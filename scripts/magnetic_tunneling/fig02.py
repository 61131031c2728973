"""Rule magnetic_tunneling_fig02: (a) cellular structure cartoon, (b) tetrahedral four-welled
potential (Fig. 2, caption l.61)."""

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
    "(a) RERs (cells), 2LSs (blue), interstices (yellow), ATS (orange)", fontsize=8, loc="left"
)

ax3 = fig.add_subplot(1, 2, 2, projection="3d")
v = df[df.element == "tfwp"]
level = 0.3 * v.V.min()
inside = v[v.V < level]
sc = ax3.scatter(
    inside.x, inside.y, inside.z, c=inside.V, cmap="gray", s=9, alpha=0.35, lw=0, vmax=0.0
)
for w in par["wells"]:
    ax3.scatter(*w, color="#ff7f0e", s=25, edgecolor="black", lw=0.4)
ax3.set_xlabel("x")
ax3.set_ylabel("y")
ax3.set_zlabel("z")
ax3.set_box_aspect((1, 1, 1))
fig.colorbar(sc, ax=ax3, shrink=0.6, pad=0.1, label="V (well depth units)")
ax3.set_title(
    "(b) TFWP: region V < 30% of the deepest value (dark = deepest)", fontsize=8, loc="left"
)
fig.tight_layout()
plotting.save_figure(fig, snakemake.output.pdf)
