"""Fig. 2: NM (Na) pockets and channels in the SiO2 network of (Na2O)0.25(SiO2)0.75
(labelled cartoon replacing the MD snapshot of Meyer et al.)."""

import matplotlib.pyplot as plt

from coldglass import plotting

df, par, log = plotting.start_plot(snakemake)
fig, ax = plt.subplots(figsize=(5.4, 5.6))
nf = df[~df.na]
nm = df[df.na]
ax.scatter(nf.x, nf.y, s=5, color="0.6", lw=0, label="network former (Si, O)")
ax.scatter(nm.x, nm.y, s=40, color="C0", lw=0, label="network modifier (Na): channels")
ax.set_aspect("equal")
ax.axis("off")
ax.set_title(
    "cartoon, not the MD snapshot of Meyer et al. (ref. [5]):\n"
    "Na on 25% of the sites, spatially correlated (smoothed random field)",
    fontsize=8,
)
ax.legend(loc="upper center", bbox_to_anchor=(0.5, 0.0), ncol=2, fontsize=8, frameon=False)
fig.tight_layout()
plotting.save_figure(fig, snakemake.output.pdf)
