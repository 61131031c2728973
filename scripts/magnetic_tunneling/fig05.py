"""Rule magnetic_tunneling_fig05: g_ATS(E) at several A-B phases (Fig. 5, caption l.130)."""

import matplotlib.pyplot as plt

from coldglass import plotting

df, par, log = plotting.start_plot(snakemake)
fig, ax = plt.subplots(figsize=(5.2, 3.8))
for i, (phi, sub) in enumerate(df.groupby("phi_rad")):
    ax.plot(sub.E_over_Dmin, sub.g_ATS, color=f"C{i}", label=rf"$\varphi={phi:g}$")
ax.set_xlabel(r"gap energy $E/D_{min}$")
ax.set_ylabel(r"$g_{ATS}(E,\varphi)\;D_{min}$  ($n_{ATS}P^*=1$)")
ax.set_xlim(0, par["E_max"] / par["D_min"])
ax.set_ylim(bottom=0)
ax.legend(
    title=rf"$D_{{0min}}={par['D0_min']:g}\,D_{{min}}$, $D_{{0max}}={par['D0_max']:g}\,D_{{min}}$",
    title_fontsize=8,
)
fig.tight_layout()
plotting.save_figure(fig, snakemake.output.pdf)
