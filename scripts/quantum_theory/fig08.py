"""Rule quantum_theory_figure (fig08): fragility m vs the NMT parameter x_NMT, m = 19/x_NMT."""

import matplotlib.pyplot as plt

from coldglass import plotting

table, par, log = plotting.start_plot(snakemake)
fig, ax = plt.subplots(figsize=(5.0, 3.9))
ax.plot(table.x_NMT, table.m, color="black", label=rf"RFOT: $m = {par['prefactor']:g}/x_{{NMT}}$")
ax.set_xlim(-0.02, 1.0)
ax.set_ylim(0.0, 140.0)
ax.set_xlabel(r"$x_{NMT}$")
ax.set_ylabel(r"fragility $m$")
if not plotting.draw_digitized(ax, snakemake):
    plotting.note_data_not_shown(
        ax, "Angell et al.,\nJ. Appl. Phys. 88, 3113 (2000)", loc=(0.35, 0.50)
    )
ax.legend(loc="upper right")
plotting.save_figure(fig, snakemake.output.pdf)
log.info("drew Fig. 8")
