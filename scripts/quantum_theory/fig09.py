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
plotting.draw_beads(ax, alt[inside], r_bead, facecolor="none", edgecolor="C3", linewidth=1.0)
c = (par["centre_x_a"], par["centre_y_a"])
plotting.draw_contour(ax, c, par["R_over_a"], edgecolor="black", linewidth=1.6)
plotting.draw_contour(ax, c, par["r_ddagger_over_a"], edgecolor="C2", linewidth=1.4, linestyle="--")
xi = par["xi_over_a"]
y_arrow = -1.0
plotting.dimension_arrow(
    ax,
    (c[0] - xi / 2, y_arrow),
    (c[0] + xi / 2, y_arrow),
    rf"$\xi = N^{{*1/3}}a = {xi:.2f}\,a$",
    offset=(0, -0.5),
)
# d_L: the pair nearest the centre
k = ((xy[inside] - c) ** 2).sum(axis=1).argmin()
p0, p1 = xy[inside][k], alt[inside][k]
ax.annotate(
    rf"$d_L = {par['d_L_over_a']:g}\,a$" + f"\n(drawn x{par['d_L_exaggeration']:g})",
    xy=tuple(0.5 * (p0 + p1)),
    xytext=(c[0] + par["R_over_a"] + 1.3, c[1] + par["R_over_a"] - 0.3),
    fontsize=8,
    arrowprops={"arrowstyle": "->", "lw": 0.7},
)
ax.annotate(
    rf"transition state: $N^\ddagger = {par['N_ddagger']:.1f}$ beads (Eq. 13)",
    xy=(c[0] - par["r_ddagger_over_a"] * 0.7, c[1] + par["r_ddagger_over_a"] * 0.7),
    xytext=(-0.5, par["height"] + 0.25),
    fontsize=8,
    color="C2",
    arrowprops={"arrowstyle": "->", "lw": 0.7, "color": "C2"},
)
ax.text(
    par["width"] + 0.4,
    par["height"] + 0.8,
    rf"domain: sphere of $N^* = {par['N_star']:.0f}$ beads, radius "
    rf"$R = {par['R_over_a']:.2f}\,a$"
    "\n"
    r"blue/red: the two alternative internal states",
    fontsize=8,
    ha="right",
    va="bottom",
)
ax.set_ylim(-2.0, par["height"] + 1.9)
plotting.save_figure(fig, snakemake.output.pdf)
log.info("drew Fig. 9")
