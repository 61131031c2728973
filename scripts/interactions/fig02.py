"""Fig. 2 (caption l.87): two nearby impurities with distorted plaquettes."""

import matplotlib.pyplot as plt
from matplotlib.patches import Circle

from coldglass import plotting

table, par, log = plotting.start_plot(snakemake)
fig, ax = plt.subplots(figsize=(6.0, 3.8))
for _, part in table.groupby("plaquette"):
    host = part[part.element == "host"].sort_values("k")
    ax.plot(list(host.x) + [host.x.iloc[0]], list(host.y) + [host.y.iloc[0]], color="0.6", lw=1.0)
    for r in host.itertuples():
        ax.add_patch(Circle((r.x, r.y), 0.09, fc="white", ec="black", lw=1.2, zorder=2))
    for r in part[part.element == "site"].itertuples():
        ax.add_patch(
            Circle(
                (r.x, r.y),
                0.05,
                fc="black" if r.occupied else "white",
                ec="black",
                lw=1.0,
                zorder=3,
            )
        )
centres = table[table.element == "centre"].sort_values("plaquette")
(x0, y0), (x1, y1) = centres[["x", "y"]].to_numpy()
ax.annotate(
    "",
    xy=(x1, y1),
    xytext=(x0, y0),
    arrowprops={"arrowstyle": "->", "color": "C0", "lw": 1.0, "shrinkA": 8, "shrinkB": 8},
)
ax.text(
    (x0 + x1) / 2, (y0 + y1) / 2 + 0.12, r"$\mathbf{R}_{12}$", color="C0", ha="center", fontsize=10
)
ax.text(
    -0.6,
    -1.0,
    f"Schematic: corners displaced by ~{par['distortion']:.3g} a₀ (random, seeded),\n"
    f"second plaquette rotated by {par['rotation_deg']:.0f}°",
    fontsize=8,
    color="0.3",
)
ax.set_xlim(-0.8, 4.0)
ax.set_ylim(-1.1, 1.9)
ax.set_aspect("equal")
ax.axis("off")
plotting.save_figure(fig, snakemake.output.pdf)
log.info("drew Fig. 2")
