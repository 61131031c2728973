"""Rule figure (fig20): IEA vs tau12 from Eq. (87), corrected Eq. (86) (Fig. 20, l.736)."""

import sys
from pathlib import Path

import matplotlib.pyplot as plt

from coldglass import plotting

sys.path.insert(0, str(Path(__file__).parent))
from _echo_plot import ANY_Y, TAU_UNITS  # noqa: E402

df, par, log = plotting.start_plot(snakemake)
f = par["figure"]
df = df[df.form == "corrected"]
labels = {
    "2ls": r"2LS: $C_{2LS}e^{-2\tau_{12}/\tau_{\phi(2)}}$",
    "ats_exp": r"ATS: $C_{ATS}(\tau_{\phi(3)}/\tau_{12})e^{-a}$",
    "ats_osc": r"ATS: $K_{ATS}R(a,b)$ (Eq. 86 corrected)",
    "total": "sum (Eq. 87)",
}
colors = {"2ls": "C0", "ats_exp": "C2", "ats_osc": "C3", "total": "k"}
fig, axes = plt.subplots(1, 2, figsize=(8.6, 3.9), sharey=True)
for ax, (panel, sub) in zip(axes, df.groupby("panel")):
    for term, g in sub.groupby("term", sort=False):
        ax.plot(
            g.tau12_us,
            g.iea,
            color=colors[term],
            label=labels[term],
            lw=1.6 if term == "total" else 1.0,
        )
    ax.axhline(0, color="0.6", lw=0.5, ls=":")
    ax.set_title(
        rf"({panel}) $\tau_{{\phi(3)}}$ = {sub.tau_phi3_us.iloc[0]:g} $\mu$s",
        loc="left",
        fontsize=9,
    )
    ax.set_xlabel(r"$\tau_{12}$ ($\mu$s)")
    ax.set_xlim(0, f["tau12_max_us"])
drawn = plotting.draw_digitized(
    axes[0], snakemake, x_units=TAU_UNITS, y_units=ANY_Y, marker="D", color="k"
)
if not drawn:
    plotting.note_data_not_shown(
        axes[0], "Brandt et al., Phys. Stat. Sol. (c) 1, 2875 (2004) [9]", loc=(0.35, 0.45)
    )
axes[0].set_ylabel("IEA (a.u.)")
axes[0].set_ylim(-0.3, 1.9)
axes[0].legend(fontsize=8, loc="upper right")
fig.text(
    0.5,
    0.01,
    rf"$\tau_{{\phi(2)}}$ = {f['tau_phi2_us']:g} $\mu$s, $\Delta\omega$ = {f['d_omega_per_us']:g} "
    r"rad/$\mu$s (Sec. 6.3, read angular); chosen: $C_{2LS}$ = " + f"{f['c_2ls']:g}, "
    rf"$C_{{ATS}}$ = {f['c_ats']:g}, $K_{{ATS}}$ = {f['k_ats']:g}",
    ha="center",
    fontsize=8,
)
fig.tight_layout(rect=(0, 0.06, 1, 1))
plotting.save_figure(fig, snakemake.output.pdf)
