"""Rule quantum_theory_figure (fig11): TLS heat capacity at three observation times, Eq. (27)."""

import matplotlib.pyplot as plt
import numpy as np

from coldglass import plotting

table, par, log = plotting.start_plot(snakemake)


def time_label(seconds):
    if seconds < 1e-3:
        return rf"$t = {seconds * 1e6:g}\,\mu$s"
    if seconds < 60:
        return rf"$t = {seconds:g}$ s"
    return rf"$t = {seconds / 3600:g}$ h"


fig, ax = plt.subplots(figsize=(5.2, 4.0))
for (time, group), color in zip(table.groupby("t_s"), ("C0", "C1", "C3")):
    positive = group.C_over_PbarkB2TD > 0
    ax.loglog(
        group.T_over_TD[positive],
        group.C_over_PbarkB2TD[positive],
        color=color,
        label=time_label(time),
    )
# Eq. (28) slope for reference, anchored to the 1 h curve at its lowest temperature.
hour = table[table.t_s == table.t_s.max()]
t0, c0 = hour.T_over_TD.iloc[0], hour.C_over_PbarkB2TD.iloc[0]
grid = np.geomspace(t0, hour.T_over_TD.iloc[-1], 2)
ax.loglog(
    grid,
    0.5 * c0 * (grid / t0) ** (1 + par["c"] / 2),
    ls=":",
    color="0.4",
    lw=1.0,
    label=r"$\propto T^{1+c/2}$ (Eq. 28)",
)
ax.set_xlim(par["t_min"], par["t_max"])
top = table.C_over_PbarkB2TD.max()
ax.set_ylim(top * 1e-5, top * 3)
ax.set_xlabel(r"$T/T_D$")
ax.set_ylabel(r"$C(t)\;/\;(\bar P\,k_B^2 T_D)$")
ax.set_title(
    rf"Eq. (27): $c = {par['c']:g}$, "
    rf"$A = {par['amplitude']:g}$, $\Delta_0 = {par['delta0_over_TD']:g}\,k_BT_D$, "
    rf"$\tau_{{min}} = {par['tau_ref_s'] * 1e6:g}\,\mu$s "
    rf"at $E/T_D = {par['energy_ref_over_TD']:g}$",
    fontsize=8,
)
ax.legend(loc="lower right")
plotting.save_figure(fig, snakemake.output.pdf)
log.info("drew Fig. 11")
