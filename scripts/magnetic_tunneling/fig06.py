"""Rule magnetic_tunneling_fig06: g_ATS(phi) at several gap energies (Fig. 6, caption l.139)."""

import matplotlib.pyplot as plt

from coldglass import plotting

df, par, log = plotting.start_plot(snakemake)
fig, ax = plt.subplots(figsize=(5.2, 3.8))
for i, (E, sub) in enumerate(df.groupby("E_over_Dmin")):
    ax.plot(sub.phi_rad, sub.g_ATS, color=f"C{i}", label=rf"$E={E:g}\,D_{{min}}$")
ax.set_xlabel(r"A-B phase $\varphi$ (rad)")
ax.set_ylabel(r"$g_{ATS}(E,\varphi)\;D_{min}$  ($n_{ATS}P^*=1$)")
ax.set_xscale("log")
ax.set_xlim(7e-4, par["phi_max"])
ax.set_ylim(bottom=0)
ax.legend(
    title=rf"$D_{{0min}}={par['D0_min']:g}\,D_{{min}}$, $D_{{0max}}={par['D0_max']:g}\,D_{{min}}$",
    title_fontsize=8,
)
fig.tight_layout()
plotting.save_figure(fig, snakemake.output.pdf)
