"""Rule figure (fig12): a domain of radius R = xi (3/4 pi)^(1/3) in a 2-D cut; doubled circles
mark tunnelling displacements: blue inside the undistorted wall (blue line), red for the
beads that the distorted wall (red line, a ripplon of order l, exaggerated) adds or drops."""

import matplotlib.pyplot as plt

from coldglass import plotting

table, par, log = plotting.start_plot(snakemake)
beads = table[table.kind == "bead"]
blue = table[table.kind == "wall_blue"]
red = table[table.kind == "wall_red"]
fig, ax = plt.subplots(figsize=(4.8, 4.8))
plotting.draw_beads(ax, beads[["x", "y"]].to_numpy(), radius=0.42)
inner = beads[beads.in_blue]
switch = beads[beads.in_blue != beads.in_red]
plotting.draw_beads(
    ax, (inner[["x", "y"]] + 0.12).to_numpy(), radius=0.42, dashed=True, edgecolor="C0"
)
plotting.draw_beads(
    ax, (switch[["x", "y"]] + 0.12).to_numpy(), radius=0.42, dashed=True, edgecolor="C3"
)
ax.plot(blue.x, blue.y, color="C0", lw=1.8, label="wall, lowest state (radius R)")
ax.plot(red.x, red.y, color="C3", lw=1.8, label=rf"alternative wall state, $l = {par['ell']}$")
ax.plot([], [], "o", mfc="none", mec="C0", ls="none", label="tunnelling displacements")
ax.plot([], [], "o", mfc="none", mec="C3", ls="none", label="displacements that switch")
span = float(beads[["x", "y"]].abs().max().max()) + 1.0
ax.set_xlim(-span, span)
ax.set_ylim(-span - 2.5, span)
ax.set_aspect("equal")
ax.axis("off")
ax.set_title(
    rf"$R = \xi(3/4\pi)^{{1/3}}$, $\xi = {par['xi_over_a']:g}a$; distortion "
    rf"$\eta = {par['distortion']:g}$ (exaggerated, ours)",
    fontsize=8,
)
ax.legend(loc="lower center", fontsize=8, ncol=2)
plotting.save_figure(fig, snakemake.output.pdf)
log.info("drew Fig. 12")
