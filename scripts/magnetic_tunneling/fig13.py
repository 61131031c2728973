"""Rule figure (fig13): echo amplitude vs B for silicate glasses, data only (Fig. 13, l.525)."""

import sys
from pathlib import Path

import matplotlib.pyplot as plt

from coldglass import plotting

sys.path.insert(0, str(Path(__file__).parent))
from _echo_plot import B_UNITS, data_only_panel  # noqa: E402

df, par, log = plotting.start_plot(snakemake)
spec = par["figure"]
fig, axes = plt.subplots(1, 2, figsize=(8.4, 3.6))
for ax, (panel, sub) in zip(axes, df.groupby("panel")):
    data_only_panel(ax, snakemake, sub, B_UNITS, panel=panel)
    ax.set_xlim(0, spec["x_max_T"])
    ax.set_xlabel(r"$B$ (T)")
    ax.set_ylabel("integrated echo amplitude (a.u.)" if panel == "a" else "echo amplitude (a.u.)")
    ax.set_title(f"({panel})", loc="left")
fig.suptitle("Experimental data only: no theory curve in the paper", fontsize=9)
fig.tight_layout()
plotting.save_figure(fig, snakemake.output.pdf)
