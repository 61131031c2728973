"""Rule electrodynamics_fig01: draw Fig. 1 (caption l.41) from the stored geometry."""

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Arc, Circle, ConnectionPatch

from coldglass import plotting
from coldglass.schematics import rotated_bond

table, par, log = plotting.start_plot(snakemake)


def rows(element):
    return table[table.element == element]


def draw_mosaic(ax):
    size, xi = par["mosaic_size_over_a"], par["xi_over_a"]
    for wall in rows("wall").itertuples():
        ax.plot(
            [wall.x_over_a, wall.x_end_over_a],
            [wall.y_over_a, wall.y_end_over_a],
            color="0.45",
            lw=3.0,
            solid_capstyle="round",
            zorder=3,
        )
    beads = rows("bead")
    centre = rows("reconfiguring_centre").iloc[0]
    region = beads.domain == centre.domain
    radius = par["bead_radius"]
    plotting.draw_beads(
        ax,
        beads.loc[~region, ["x_over_a", "y_over_a"]].to_numpy(),
        radius,
        facecolor="0.93",
        edgecolor="0.55",
    )
    plotting.draw_beads(
        ax, beads.loc[region, ["x_over_a", "y_over_a"]].to_numpy(), radius, facecolor="0.75"
    )
    plotting.draw_beads(
        ax,
        rows("alternative_bead")[["x_over_a", "y_over_a"]].to_numpy(),
        radius,
        dashed=True,
        zorder=4,
    )
    cx, cy = centre.x_over_a, centre.y_over_a
    plotting.dimension_arrow(
        ax,
        (cx - xi / 2, cy - 0.62 * xi),
        (cx + xi / 2, cy - 0.62 * xi),
        rf"$\xi \approx {xi:.1f}\,a$",
        offset=(0, -0.6),
        fontsize=11,
    )
    corner = beads[["x_over_a", "y_over_a"]].to_numpy()
    first = np.argmin(np.linalg.norm(corner - [2.0, size - 2.0], axis=1))
    gaps = np.linalg.norm(corner - corner[first], axis=1)
    gaps[first] = np.inf
    second = np.argmin(np.where(np.abs(corner[:, 1] - corner[first, 1]) < 0.4, gaps, np.inf))
    plotting.dimension_arrow(
        ax, corner[first], corner[second], "$a$", offset=(0, 0.55), fontsize=12, zorder=6
    )
    moved = rows("alternative_bead")[["x_over_a", "y_over_a"]].to_numpy()
    solid = beads.loc[region, ["x_over_a", "y_over_a"]].to_numpy()
    pick = np.argmax(solid[:, 0] - cx)
    ax.annotate(
        rf"$d_L$ (drawn $\times${par['displacement_exaggeration']:g})",
        xy=moved[pick],
        xytext=(moved[pick][0] - 3.5, moved[pick][1] + 2.0),
        fontsize=10,
        arrowprops={"arrowstyle": "->", "lw": 0.8},
        zorder=6,
        bbox={"fc": "white", "ec": "none", "pad": 1},
    )
    ax.set_xlim(0, size)
    ax.set_ylim(0, size)
    ax.set_aspect("equal")
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_title(
        rf"Mosaic at $T \approx T_g$ (1 h): $\xi = N^{{*1/3}}a$, $N^* = {par['N_star']:.0f}$",
        fontsize=10,
    )


BOND_CENTRE = np.array([0.0, 0.35])


def draw_bond(ax):
    """The expanded portion: a bond rotating by d_L/a, its dipoles and their change."""
    start = np.deg2rad(25.0)
    turn = par["bond_rotation_rad"] * par["bond_angle_exaggeration"]
    for angle, dashed in ((start, False), (start + turn, True)):
        ends = BOND_CENTRE + rotated_bond(1.0, angle)
        style = {"ls": (0, (3, 2)) if dashed else "-", "color": "black", "lw": 1.2}
        ax.plot(ends[:, 0], ends[:, 1], **style)
        for end, sign in zip(ends, "-+"):
            ax.add_patch(
                Circle(
                    end,
                    0.13,
                    fill=not dashed,
                    fc="0.8",
                    ec="black",
                    ls=style["ls"],
                    lw=1.0,
                    zorder=3,
                )
            )
            if not dashed:
                label = BOND_CENTRE + 1.5 * (end - BOND_CENTRE)
                ax.text(*label, rf"${sign}\zeta q$", ha="center", va="center", fontsize=11)
    ax.add_patch(
        Arc(
            BOND_CENTRE,
            1.5,
            1.5,
            theta1=np.rad2deg(start),
            theta2=np.rad2deg(start + turn),
            color="C0",
            lw=1.0,
        )
    )
    arc_end = BOND_CENTRE + 0.8 * np.array([np.cos(start + turn / 2), np.sin(start + turn / 2)])
    ax.text(
        *arc_end + [0.08, 0.0],
        rf"$d_L/a \approx {par['bond_rotation_rad']:.1f}$ rad",
        color="C0",
        fontsize=9,
        va="center",
    )
    # Vector diagram of the bond dipoles mu_i (from -zeta q to +zeta q) and their change.
    origin = np.array([-0.55, -0.85])
    tips = [origin + 0.9 * np.array([np.cos(a), np.sin(a)]) for a in (start, start + turn)]
    for tip, ls in zip(tips, ("-", "--")):
        ax.annotate(
            "",
            xy=tip,
            xytext=origin,
            arrowprops={"arrowstyle": "->", "lw": 1.2, "ls": ls, "color": "0.2"},
        )
    ax.annotate(
        "", xy=tips[1], xytext=tips[0], arrowprops={"arrowstyle": "->", "color": "C3", "lw": 1.6}
    )
    ax.text(*tips[0] + [0.05, -0.06], r"$\mu_i = \zeta q a$", fontsize=9)
    ax.text(
        *tips[1] + [0.06, 0.02],
        r"$\Delta\mu_i \approx \zeta q a\,(d_L/a)$",
        color="C3",
        fontsize=10,
    )
    ax.text(-1.0, 0.95, "solid: state 1, dashed: state 2", fontsize=8, color="0.3")
    ax.set_xlim(-1.05, 1.05)
    ax.set_ylim(-1.0, 1.05)
    ax.set_aspect("equal")
    ax.axis("off")
    ax.set_title("Expanded portion: one bond", fontsize=10)


fig, (left, right) = plt.subplots(1, 2, figsize=(10.0, 5.2), width_ratios=[1.35, 1.0])
draw_mosaic(left)
draw_bond(right)
bond = rows("zoom_bond").iloc[0]
mid = ((bond.x_over_a + bond.x_end_over_a) / 2, (bond.y_over_a + bond.y_end_over_a) / 2)
left.add_patch(Circle(mid, 1.1, fill=False, ec="C0", lw=1.0, zorder=5))
fig.add_artist(
    ConnectionPatch(
        xyA=(mid[0] + 1.1, mid[1]),
        coordsA=left.transData,
        xyB=BOND_CENTRE - [0.75, 0.0],
        coordsB=right.transData,
        color="C0",
        lw=0.8,
    )
)
fig.text(
    0.01,
    0.01,
    f"Schematic. Solid and dashed circles: two alternative structural states of the "
    f"reconfiguring region;\nbead displacement d_L = a/10 "
    f"drawn x{par['displacement_exaggeration']:g}, "
    f"bond rotation drawn x{par['bond_angle_exaggeration']:g}.",
    fontsize=8,
    color="0.3",
)
plotting.save_figure(fig, snakemake.output.pdf)
log.info("drew Fig. 1 with xi/a = %.3f", par["xi_over_a"])
