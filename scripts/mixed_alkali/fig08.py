"""Fig. 8: delta eps'/eps' vs T for (SiO2)1-x(K2O)x at several x (illustrative parameters)."""

import matplotlib.pyplot as plt
from _dielectric_plot import SOURCE_24, data_or_note, draw_curves

from coldglass import plotting

df, par, log = plotting.start_plot(snakemake)
fig, ax = plt.subplots(figsize=(7.0, 4.4))
draw_curves(ax, df)
ax.set_title(
    r"Eqs. (8) + (14), f = 1 kHz; $A_{ATS}=a\,x$, $A_{2LS}=A_0(1-x)+Bx^{\kappa}$"
    "\nillustrative parameters (Table 1 lost): see config/papers/mixed_alkali.yaml"
    "\nslope ratio and rounding per curve: line fits 0.3-1 decade either side of $T_0$ (choice)",
    fontsize=8,
)
data_or_note(ax, snakemake, SOURCE_24, loc=(0.25, 0.72))
ax.legend(loc="center left", bbox_to_anchor=(1.01, 0.5), fontsize=8, frameon=False)
fig.tight_layout()
plotting.save_figure(fig, snakemake.output.pdf)
