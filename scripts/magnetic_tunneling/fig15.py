"""Rule figure (fig15): IEA vs tau12 in glycerol-d5 at 0 and 150 mT, data only (Fig. 15, l.541)."""

import sys
from pathlib import Path

import matplotlib.pyplot as plt

from coldglass import plotting

sys.path.insert(0, str(Path(__file__).parent))
from _echo_plot import TAU_UNITS, data_only_panel  # noqa: E402

df, par, log = plotting.start_plot(snakemake)
spec = par["figure"]
fig, ax = plt.subplots(figsize=(5.2, 3.8))
data_only_panel(ax, snakemake, df, TAU_UNITS)
ax.set_xlim(0, spec["x_max_us"])
ax.set_xlabel(r"$\tau_{12}$ ($\mu$s)")
ax.set_ylabel(spec["y"])
ax.set_title("Experimental data only: no theory curve in the paper", fontsize=9)
fig.tight_layout()
plotting.save_figure(fig, snakemake.output.pdf)
