"""Rule figure (fig23): caricature of the level crossing vs temperature, Sec. V.B.

Energy from the bottom state against temperature: the transition level k_B T_0 (the l = 1
wall mode) swept through the ripplon levels of Eq. (33), exact eigenvalues with a small
mixing (avoided crossings); dashed diagonal E = k_B T.
"""

import matplotlib.pyplot as plt

from coldglass import plotting

table, par, log = plotting.start_plot(snakemake)
levels = table[table.series == "level"]
ripplons = table[table.series == "ripplon"]
t_max = par["T0_max"]

fig, ax = plt.subplots(figsize=(4.8, 4.2))
for index, group in levels.groupby("index"):
    ax.plot(
        group.T0_over_TD,
        group.E_over_hbar_omega_D,
        color="C0",
        lw=1.4,
        label="levels with mixing (exact)" if index == 1 else None,
    )
for l_order, group in ripplons.groupby("index"):
    ax.plot(
        group.T0_over_TD,
        group.E_over_hbar_omega_D,
        color="C2",
        lw=0.7,
        ls=(0, (1, 2)),
        label=r"bare ripplons $\hbar\omega_l$, Eq. (33)" if l_order == 2 else None,
    )
    ax.text(
        t_max * 1.01, group.E_over_hbar_omega_D.iloc[0], rf"$l={l_order}$", fontsize=8, va="center"
    )
ax.plot([0, t_max], [0, t_max], color="0.3", ls="--", lw=1.0, label=r"$E = k_BT$ (thermal energy)")
omega2 = float(ripplons[ripplons["index"] == 2].E_over_hbar_omega_D.iloc[0])
t0 = 0.5 * (omega2 + float(ripplons[ripplons["index"] == 3].E_over_hbar_omega_D.iloc[0]))
ax.axvline(t0, color="C1", ls=":", lw=1.0, label=r"a centre active at $T_0$")
ax.annotate(
    "avoided crossing",
    xy=(omega2, omega2),
    xytext=(omega2 + 0.06, 0.06),
    fontsize=8,
    arrowprops={"arrowstyle": "->", "color": "0.3", "lw": 0.8},
)
ax.set_xlim(0, t_max)
ax.set_ylim(0, t_max * 1.15)
ax.set_yticks([0.1, 0.2, 0.3, 0.4, 0.5])
ax.set_xlabel(r"temperature $k_BT_0\;/\;\hbar\omega_D$ (silica: $\times$ 342 K)")
ax.set_ylabel(r"energy from the bottom state $/\,\hbar\omega_D$")
ax.set_title(
    rf"Caricature: $\xi/a = 5.8$, mixing amplitude "
    rf"{par['coupling']:g}$\,\hbar\omega_D$ (our choice)"
)
ax.legend(loc="upper left")
fig.subplots_adjust(right=0.88)
plotting.save_figure(fig, snakemake.output.pdf)
log.info("drew Fig. 23")
