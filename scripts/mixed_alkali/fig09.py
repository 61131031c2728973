"""Fig. 9: delta eps'/eps' vs T at several frequencies, one composition (illustrative)."""

import matplotlib.pyplot as plt
from _dielectric_plot import SOURCE_24, data_or_note, draw_curves

from coldglass import plotting

df, par, log = plotting.start_plot(snakemake)
fig, ax = plt.subplots(figsize=(7.0, 4.4))
draw_curves(ax, df)
ax.set_title(
    rf"Eqs. (8) + (14) at x = {df.x.iloc[0]:g}; only the frequency changes"
    "\nillustrative parameters (Table 1 and the composition lost)"
    "\nslope ratio and rounding per curve: line fits 0.3-1 decade either side of $T_0$ (choice)",
    fontsize=8,
)
data_or_note(ax, snakemake, SOURCE_24, loc=(0.4, 0.7))
ax.legend(loc="center left", bbox_to_anchor=(1.01, 0.5), fontsize=8, frameon=False)
fig.tight_layout()
plotting.save_figure(fig, snakemake.output.pdf)
