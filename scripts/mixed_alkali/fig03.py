"""Fig. 3: an ordered embryo (region of enhanced regularity) in an amorphous packing
(labelled cartoon replacing the FEM/Monte Carlo snapshot of ref. [2])."""

import matplotlib.pyplot as plt

from coldglass import plotting

df, par, log = plotting.start_plot(snakemake)
fig, ax = plt.subplots(figsize=(5.2, 5.6))
a = df[~df.ordered]
o = df[df.ordered]
ax.scatter(a.x, a.y, s=60, color="0.75", edgecolor="0.4", lw=0.4, label="amorphous matrix")
ax.scatter(o.x, o.y, s=60, color="C1", edgecolor="k", lw=0.4, label="crystal embryo (RER)")
ax.set_aspect("equal")
ax.axis("off")
ax.set_title("cartoon, not the simulation snapshot of ref. [2]", fontsize=9)
ax.legend(loc="upper center", bbox_to_anchor=(0.5, 0.0), ncol=2, fontsize=8, frameon=False)
fig.tight_layout()
plotting.save_figure(fig, snakemake.output.pdf)
