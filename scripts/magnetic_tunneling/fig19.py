"""Rule figure (fig19): g_ATS(E, phi) and the spectral delimiter chi(E) (Fig. 19, l.711)."""

import matplotlib.pyplot as plt

from coldglass import plotting

df, par, log = plotting.start_plot(snakemake)
f = par["figure"]
fig, axes = plt.subplots(1, 2, figsize=(8.6, 3.8), sharey=True)
for ax, (panel, sub) in zip(axes, df.groupby("panel")):
    d_min = sub.D_min.iloc[0]
    for i, (phi, g) in enumerate(sub.dropna(subset=["phi"]).groupby("phi")):
        ax.plot(
            g.E,
            g.g_ats,
            color=f"C{i}",
            label=rf"$\varphi$ = {phi:g}: $\int g\chi\,dE$ = {g.conv.iloc[0]:.2f}",
        )
    chi = sub[sub.phi.isna()]
    top = sub.g_ats.max()
    ax.fill_between(
        chi.E,
        0,
        chi.chi / chi.chi.max() * 0.6 * top,
        color="0.8",
        label=rf"$\chi(E)$ (Eq. 81), $w$ = {f['w']:g} $\hbar\omega$ (scaled)",
    )
    ax.axvline(d_min, color="0.4", ls=":", lw=0.8)
    ax.text(d_min + 0.02, 0.5 * top, r"$D_{min}$", fontsize=8)
    rel = "<" if d_min < f["E_omega"] else ">"
    ax.set_title(
        rf"({panel}) $D_{{min}}$ = {d_min:g} $\hbar\omega$ {rel} $\hbar\omega$",
        loc="left",
        fontsize=9,
    )
    ax.set_xlabel(r"$E/\hbar\omega$")
    ax.set_xlim(0.25, f["E_max"])
    ax.legend(fontsize=8, loc="upper right")
axes[0].set_ylabel(r"$g_{ATS}(E,\varphi)\;\hbar\omega$  ($P^*=1$)")
axes[0].set_ylim(0, None)
fig.text(
    0.5,
    0.005,
    rf"Chosen (not in the text): $D_{{0min}}$ = {f['D0_min']:g}, "
    rf"$D_{{0max}}$ = {f['D0_max']:g} (units of $\hbar\omega$)",
    ha="center",
    fontsize=8,
)
fig.tight_layout(rect=(0, 0.06, 1, 1))
plotting.save_figure(fig, snakemake.output.pdf)
