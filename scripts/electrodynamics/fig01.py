"""Rule electrodynamics_fig01: draw Fig. 1 (caption l.41) from the stored geometry.

Left: the mosaic fragment (no bead across a wall), the reconfiguring region in its two
states and the zoom ellipse around one bond. Right: that bond magnified, with the rotation
it has in the mosaic, and the dipole change it generates.
"""

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Arc, Circle, ConnectionPatch, Ellipse

from coldglass import plotting
from coldglass.schematics import rotated_bond

table, par, log = plotting.start_plot(snakemake)
BLUE, RED = plotting.OKABE_ITO[0], plotting.OKABE_ITO[1]


def rows(element):
    return table[table.element == element]


def draw_mosaic(ax):
    size, xi = par["mosaic_size_over_a"], par["xi_over_a"]
    for wall in rows("wall").itertuples():
        ax.plot(
            [wall.x_over_a, wall.x_end_over_a],
            [wall.y_over_a, wall.y_end_over_a],
            color="0.45",
            lw=2.5,
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
    for element, ls in (("zoom_bond", "-"), ("zoom_bond_moved", (0, (2, 1.5)))):
        bond = rows(element).iloc[0]
        ax.plot(
            [bond.x_over_a, bond.x_end_over_a],
            [bond.y_over_a, bond.y_end_over_a],
            color="black",
            ls=ls,
            lw=1.2,
            zorder=5,
        )
    zoom = rows("zoom").iloc[0]
    ax.add_patch(
        Ellipse(
            (zoom.x_over_a, zoom.y_over_a),
            zoom.width_over_a,
            zoom.height_over_a,
            angle=zoom.angle_deg,
            fill=False,
            ec=BLUE,
            lw=1.4,
            zorder=6,
        )
    )
    cx, cy = centre.x_over_a, centre.y_over_a
    plotting.dimension_arrow(
        ax,
        (cx - xi / 2, cy - 0.62 * xi),
        (cx + xi / 2, cy - 0.62 * xi),
        rf"$\xi \approx {xi:.1f}\,a$",
        offset=(0, -0.6),
        fontsize=11,
        bbox={"fc": "white", "ec": "none", "pad": 1},
    )
    corner = beads[["x_over_a", "y_over_a"]].to_numpy()
    first = np.argmin(np.linalg.norm(corner - [2.0, size - 2.0], axis=1))
    gaps = np.linalg.norm(corner - corner[first], axis=1)
    gaps[first] = np.inf
    second = np.argmin(np.where(np.abs(corner[:, 1] - corner[first, 1]) < 0.4, gaps, np.inf))
    plotting.dimension_arrow(
        ax,
        corner[first],
        corner[second],
        "$a$",
        offset=(0, 0.6),
        fontsize=12,
        zorder=6,
        bbox={"fc": "white", "ec": "none", "pad": 0.5},
    )
    moved = rows("alternative_bead")
    solid = beads.set_index("bead").loc[moved.bead, ["x_over_a", "y_over_a"]].to_numpy()
    pick = np.argmax(solid[:, 1] - cy)
    target = moved[["x_over_a", "y_over_a"]].to_numpy()[pick]
    ax.annotate(
        rf"$d_L$ (drawn $\times${par['displacement_exaggeration']:g})",
        xy=target,
        xytext=(cx - 0.5 * xi, cy + 0.75 * xi),
        fontsize=10,
        arrowprops={"arrowstyle": "->", "lw": 0.8},
        zorder=7,
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


LENS_CENTRE, LENS_RADIUS = np.array([0.0, 0.6]), 1.0
BOND_LENGTH, BEAD = 1.3, 0.16


def draw_bond(ax):
    """The expanded portion: the zoomed bond in its two states and its dipole change."""
    zoom = rows("zoom").iloc[0]
    start = np.deg2rad(zoom.angle_deg)
    turn = par["zoom_bond_rotation_drawn_rad"]
    normal = np.array([-np.sin(start), np.cos(start)])
    ax.add_patch(Circle(LENS_CENTRE, LENS_RADIUS, fill=False, ec=BLUE, lw=1.4))
    for angle, dashed in ((start, False), (start + turn, True)):
        ends = LENS_CENTRE + rotated_bond(BOND_LENGTH, angle)
        style = {"ls": (0, (3, 2)) if dashed else "-", "color": "black", "lw": 1.4}
        ax.plot(ends[:, 0], ends[:, 1], **style)
        for end, sign in zip(ends, (-1, 1)):
            ax.add_patch(
                Circle(end, BEAD, fill=not dashed, fc="0.75", ec="black", ls=style["ls"], zorder=3)
            )
            if not dashed:  # the label on the side the bead does not move to
                label = end - sign * np.sign(turn) * 0.34 * normal
                text = rf"${'+' if sign > 0 else '-'}\zeta q$"
                ax.text(*label, text, ha="center", va="center", fontsize=11)
    ax.add_patch(
        Arc(
            LENS_CENTRE,
            1.84,
            1.84,
            theta1=np.rad2deg(min(start, start + turn)),
            theta2=np.rad2deg(max(start, start + turn)),
            color=RED,
            lw=1.8,
        )
    )
    ax.text(
        *(LENS_CENTRE + [0.0, -0.62]),
        rf"rotation $\approx d_L/a$ (drawn $\times${par['displacement_exaggeration']:g})",
        ha="center",
        fontsize=9,
        color=RED,
    )
    # Vector diagram of the bond dipoles mu_i (from -zeta q to +zeta q) and their change,
    # placed below the lens whatever the bond's orientation.
    length = 1.5
    units = [np.array([np.cos(a), np.sin(a)]) for a in (start, start + turn)]
    lowest = length * min(0.0, units[0][1], units[1][1])
    origin = np.array([-0.95, -1.4 - lowest])
    tips = [origin + length * u for u in units]
    for tip, ls in zip(tips, ("-", "--")):
        ax.annotate(
            "",
            xy=tip,
            xytext=origin,
            arrowprops={"arrowstyle": "->", "lw": 1.2, "ls": ls, "color": "0.2"},
        )
    ax.annotate(
        "", xy=tips[1], xytext=tips[0], arrowprops={"arrowstyle": "->", "color": RED, "lw": 1.4}
    )
    up = 1.0 if tips[0][1] >= tips[1][1] else -1.0
    ax.text(
        *(tips[0] + [0.06, 0.05 * up]),
        r"$\mu_i = \zeta q a$",
        fontsize=10,
        va="bottom" if up > 0 else "top",
    )
    ax.text(
        *(tips[1] + [0.06, -0.05 * up]),
        r"$\Delta\mu_i \approx \zeta q a\,(d_L/a)$",
        color=RED,
        va="top" if up > 0 else "bottom",
    )
    ax.text(-1.1, 1.75, "solid: state 1, dashed: state 2", fontsize=9, color="0.3")
    ax.set_xlim(-1.3, 1.7)
    ax.set_ylim(-1.55, 1.85)
    ax.set_aspect("equal")
    ax.axis("off")
    ax.set_title("Expanded portion: one bond", fontsize=10)


fig, (left, right) = plt.subplots(1, 2, figsize=(9.0, 5.0), width_ratios=[1.25, 1.0])
fig.subplots_adjust(left=0.02, right=0.98, top=0.92, bottom=0.11, wspace=0.08)
draw_mosaic(left)
draw_bond(right)
zoom = rows("zoom").iloc[0]
for side in (1, -1):
    fig.add_artist(
        ConnectionPatch(
            xyA=(zoom.x_over_a, zoom.y_over_a + side * 0.5 * zoom.height_over_a),
            coordsA=left.transData,
            xyB=LENS_CENTRE + [0.0, side * LENS_RADIUS],
            coordsB=right.transData,
            color=BLUE,
            lw=0.8,
            zorder=8,
        )
    )
fig.text(
    0.01,
    0.01,
    "Schematic. Solid and dashed circles: two alternative structural states of the "
    "reconfiguring region (dark grey);\nbead displacement $d_L = a/10$ drawn "
    f"x{par['displacement_exaggeration']:g}; the expanded bond (ellipse) is drawn "
    "with its own rotation in the mosaic.",
    fontsize=8,
    color="0.3",
)
plotting.save_figure(fig, snakemake.output.pdf)
log.info(
    "drew Fig. 1 with xi/a = %.3f, zoomed bond rotation %.3f rad (drawn)",
    par["xi_over_a"],
    par["zoom_bond_rotation_drawn_rad"],
)
