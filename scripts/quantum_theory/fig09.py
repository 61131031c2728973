"""Rule figure (quantum_theory fig09): schematic of a tunnelling centre (computed sizes)."""

import matplotlib.pyplot as plt

from coldglass import plotting

table, par, log = plotting.start_plot(snakemake)
fig, ax = plt.subplots(figsize=(7.0, 5.6))
plotting.setup_cartoon_axes(ax, par["width"], par["height"])
inside = table.in_domain.astype(bool).to_numpy()
xy = table[["x_a", "y_a"]].to_numpy()
alt = table[["x_alt_a", "y_alt_a"]].to_numpy()
r_bead = 0.3
plotting.draw_beads(ax, xy[~inside], r_bead, facecolor="0.88", edgecolor="0.55")
plotting.draw_beads(ax, xy[inside], r_bead, facecolor="none", edgecolor="C0", linewidth=1.0)
plotting.draw_beads(ax, alt[inside], r_bead, facecolor="none", edgecolor="C1", linewidth=1.0)
c = (par["centre_x_a"], par["centre_y_a"])
R = par["domain_radius_over_a"]
plotting.draw_contour(ax, c, R, edgecolor="black", linewidth=1.6)
plotting.draw_contour(ax, c, par["r_ddagger_over_a"], edgecolor="C2", linewidth=1.4, linestyle="--")
xi = par["xi_over_a"]
y_arrow = c[1] - R - 0.9
ax.plot([c[0] - R] * 2, [y_arrow, c[1]], color="0.5", lw=0.6, ls=":")
ax.plot([c[0] + R] * 2, [y_arrow, c[1]], color="0.5", lw=0.6, ls=":")
plotting.dimension_arrow(
    ax,
    (c[0] - R, y_arrow),
    (c[0] + R, y_arrow),
    rf"$\xi = N^{{*1/3}}a = {xi:.2f}\,a$",
    offset=(0, -0.55),
    bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none"},
)
# d_L: the pair nearest the centre
k = ((xy[inside] - c) ** 2).sum(axis=1).argmin()
p0, p1 = xy[inside][k], alt[inside][k]
ax.annotate(
    rf"$d_L = {par['d_L_over_a']:g}\,a$" + f"\n(drawn x{par['d_L_exaggeration']:g})",
    xy=tuple(0.5 * (p0 + p1)),
    xytext=(c[0] + R + 1.6, c[1] + R - 0.3),
    fontsize=8,
    arrowprops={"arrowstyle": "->", "lw": 0.7},
)
ax.annotate(
    rf"transition state: $N^\ddagger = {par['N_ddagger']:.1f}$ beads (Eq. 13;"
    '\nthe caption\'s "N* beads" would be the whole domain)',
    xy=(c[0] - par["r_ddagger_over_a"] * 0.7, c[1] + par["r_ddagger_over_a"] * 0.7),
    xytext=(-0.5, par["height"] + 0.2),
    fontsize=8,
    color="C2",
    arrowprops={"arrowstyle": "->", "lw": 0.7, "color": "C2"},
)
ax.text(
    par["width"] + 0.4,
    par["height"] + 1.6,
    rf"domain of size $\xi$: $N^* = {par['N_star']:.0f}$ beads in $\xi^3$"
    "\n"
    r"blue/orange doubled circles: the two alternative internal states",
    fontsize=8,
    ha="right",
    va="bottom",
)
ax.set_ylim(-1.5, par["height"] + 2.7)
plotting.save_figure(fig, snakemake.output.pdf)
log.info("drew Fig. 9")
