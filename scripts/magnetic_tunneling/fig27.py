"""Rule figure (fig27): toy potential-energy landscape (Fig. 27, caption l.950): IS1, IS2,
the first-order saddle SP (located numerically), the reaction path (thin dashed), the valley
floors (bold black) and inter-valley tunnelling paths (bold green dotted)."""

import matplotlib.pyplot as plt
import numpy as np

from coldglass import plotting

df, par, log = plotting.start_plot(snakemake)
g = df[df.element == "grid"].sort_values(["x", "y"])
x = np.sort(g.x.unique())
V = g.V.to_numpy().reshape(len(x), len(x))
fig, ax = plt.subplots(figsize=(6.0, 5.6))
cf = ax.contourf(x, x, V.T, levels=30, cmap="Blues_r")
ax.contour(x, x, V.T, levels=30, colors="0.4", linewidths=0.3)
fig.colorbar(cf, ax=ax, label="V (toy units)", shrink=0.8)
for i, (_, v) in enumerate(df[df.element == "valley"].groupby("name")):
    ax.plot(v.x, v.y, color="k", lw=2.2, label="valley floors" if i == 0 else None)
path = df[df.element == "reaction_path"]
ax.plot(path.x, path.y, color="k", ls="--", lw=0.9, label="reaction path IS1-SP-IS2")
floors = {n: v.sort_values("r") for n, v in df[df.element == "valley"].groupby("name")}
for j, (a, b) in enumerate((("N", "W"), ("N", "E"), ("S", "E"))):
    pa = floors[a].iloc[len(floors[a]) // 2]
    pb = floors[b].iloc[len(floors[b]) // 2]
    ax.annotate(
        "",
        xy=(pb.x, pb.y),
        xytext=(pa.x, pa.y),
        arrowprops={"arrowstyle": "<->", "color": "C2", "lw": 2.0, "ls": ":"},
    )
    if j == 0:
        ax.plot([], [], color="C2", ls=":", lw=2.0, label="valley-valley tunnelling paths")
pts = df[df.element == "point"]
for _, p in pts.iterrows():
    marker = "x" if p["name"] == "SP" else "o"
    ax.plot(p.x, p.y, marker, color="C1", ms=8, mew=2)
    ax.annotate(
        p["name"],
        (p.x, p.y),
        xytext=(6, 6),
        textcoords="offset points",
        fontsize=10,
        color="C1",
        fontweight="bold",
    )
ax.plot([], [], "o", color="C1", label="inherent structures IS1, IS2")
ax.plot([], [], "x", color="C1", mew=2, label="first-order saddle SP")
for lab, (xx, yy) in {"N": (0.12, 1), "E": (1, 0.12), "S": (0.12, -1), "W": (-1, 0.12)}.items():
    ax.text(
        0.93 * par["extent"] * xx,
        0.93 * par["extent"] * yy,
        lab,
        ha="center",
        va="center",
        fontsize=10,
        color="k",
    )
ax.set_xlim(-par["extent"], par["extent"])
ax.set_ylim(-par["extent"], par["extent"])
ax.set_aspect("equal")
ax.set_xlabel("configuration coordinate $q_1$")
ax.set_ylabel("configuration coordinate $q_2$")
ax.legend(loc="upper left", fontsize=8, framealpha=0.9)
ax.set_xticks([-2, -1, 0, 1, 2])
ax.set_yticks([-2, -1, 0, 1, 2])
ax.set_title("toy PEL (stated function; the original is not given)", loc="left", fontsize=9)
fig.tight_layout()
plotting.save_figure(fig, snakemake.output.pdf)
