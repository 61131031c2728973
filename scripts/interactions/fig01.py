"""Fig. 1 (caption l.72): (a) off-centre impurity with 4 sites, (b) dumbbell with 2 states."""

import matplotlib.pyplot as plt
from matplotlib.patches import Circle, FancyArrowPatch

from coldglass import plotting

table, par, log = plotting.start_plot(snakemake)
host = table[table.element == "host"]
sites = table[table.element == "site"].sort_values("k")
bells = table[table.element == "dumbbell"].sort_values("k")


def plaquette(ax):
    xs, ys = list(host.x) + [host.x.iloc[0]], list(host.y) + [host.y.iloc[0]]
    ax.plot(xs, ys, color="0.6", lw=1.0, zorder=1)
    for r in host.itertuples():
        ax.add_patch(Circle((r.x, r.y), 0.09, fc="white", ec="black", lw=1.2, zorder=2))
    ax.set_xlim(-1.15, 1.15)
    ax.set_ylim(-0.85, 0.85)
    ax.set_aspect("equal")
    ax.axis("off")


fig, (left, right) = plt.subplots(1, 2, figsize=(8.0, 4.2))
plaquette(left)
for r in sites.itertuples():
    filled = r.k == 0
    colour = "C0" if r.S == 1 else "C3"
    left.add_patch(
        Circle((r.x, r.y), 0.05, fc=colour if filled else "white", ec=colour, lw=1.4, zorder=3)
    )
    left.text(
        0.64 if r.x > 0 else -0.64,
        r.y,
        f"S={int(r.S):+d}, τ={int(r.tau):+d}",
        ha="left" if r.x > 0 else "right",
        va="center",
        color=colour,
        fontsize=8,
    )
s0, s1, s2 = (sites.iloc[i] for i in (0, 1, 2))
left.add_patch(
    FancyArrowPatch(
        (s0.x, s0.y),
        (s1.x, s1.y),
        connectionstyle="arc3,rad=0.4",
        arrowstyle="<->",
        mutation_scale=9,
        color="0.3",
        lw=0.9,
    )
)
left.text(0.0, 0.33, r"90°: $\hat S^x$", ha="center", fontsize=9)
left.add_patch(
    FancyArrowPatch(
        (s0.x, s0.y), (s2.x, s2.y), arrowstyle="<->", mutation_scale=9, color="0.3", lw=0.9, ls="--"
    )
)
left.text(0.1, -0.06, r"180°: $\hat\tau^x$", fontsize=9)
left.set_title("(a) off-centre impurity, 4 sites", fontsize=10)

plaquette(right)
for k, style in ((0, {"ls": "-", "alpha": 1.0}), (1, {"ls": "--", "alpha": 0.6})):
    end, opposite = bells.iloc[k], bells.iloc[k + 2]
    right.plot([end.x, opposite.x], [end.y, opposite.y], color="black", lw=3, zorder=2, **style)
    for p in (end, opposite):
        right.add_patch(
            Circle(
                (p.x, p.y),
                0.06,
                fc="0.3" if k == 0 else "0.85",
                ec="black",
                lw=1.0,
                ls=style["ls"],
                zorder=3,
            )
        )
right.add_patch(
    FancyArrowPatch(
        (bells.iloc[0].x, bells.iloc[0].y),
        (bells.iloc[1].x, bells.iloc[1].y),
        connectionstyle="arc3,rad=0.45",
        arrowstyle="<->",
        mutation_scale=9,
        color="0.3",
        lw=0.9,
    )
)
right.text(0.0, 0.62, r"90° rotation: $\hat S^x$", ha="center", va="bottom", fontsize=9)
right.text(
    0.0, -0.74, "180° rotation = same state (dumbbell approximation)", ha="center", fontsize=8
)
right.set_title("(b) orientational impurity, dumbbell: 2 states", fontsize=10)

strain = table[table.element == "projection_strain"].sort_values("k")
gradient = table[table.element == "projection_gradient"].sort_values("k")
fmt = ", ".join
line_a = fmt(f"{o}: {c:+.2f}" for o, c in zip(strain.operator, strain.coefficient))
line_b = fmt(f"{o}: {c:+.2f}" for o, c in zip(gradient.operator, gradient.coefficient))
fig.text(0.02, 0.06, f"State energies under a random uniform strain (Eq. 7) → {line_a}", fontsize=8)
fig.text(0.02, 0.02, f"… under a random strain gradient (Eq. 8) → {line_b}", fontsize=8)
fig.text(
    0.02,
    0.95,
    "Schematic (layout is a choice; the image of the paper is lost). "
    "Blue/red: the two diagonals (S = ±1); filled: occupied site.",
    fontsize=8,
    color="0.3",
)
fig.subplots_adjust(bottom=0.12, top=0.88, wspace=0.05)
plotting.save_figure(fig, snakemake.output.pdf)
log.info("drew Fig. 1")
