"""Rule figure (fig24): contributions to M(B) of Duran with Table 11 (Fig. 24, caption l.897):
Fe2+, Fe3+ (Eq. 90), ATS (Eqs. 94, 95, 97), the offset and the total; the temperatures are
not given (chosen, one panel each)."""

import matplotlib.pyplot as plt

from coldglass import plotting

df, par, log = plotting.start_plot(snakemake)
S = 1e5
STYLE = {
    "Fe2+": {"color": "C0", "label": r"$M_{Fe^{2+}}$ (Eq. 90)"},
    "Fe3+": {"color": "C1", "label": r"$M_{Fe^{3+}}$ (Eq. 90)"},
    "ATS": {"color": "C5", "label": r"$M_{ATS}$ (Eq. 94)"},
    "offset": {"color": "0.4", "ls": "-.", "label": "vert. offset (Table 11)"},
    "total": {"color": "C2", "lw": 2.0, "label": "total"},
}
temps = sorted(df.T_K.unique())
fig, axes = plt.subplots(1, len(temps), figsize=(4.0 * len(temps), 4.4), sharey=True)
for ax, T in zip(axes, temps):
    sub = df[df.T_K == T]
    for comp, style in STYLE.items():
        c = sub[sub.component == comp]
        ax.plot(c.B_T, c.M_Am2_per_g * S, **style)
    ax.axhline(0, color="0.7", lw=0.6, zorder=0)
    ax.set_xlim(0, df.B_T.max())
    ax.set_xlabel(r"$B$ (T)")
    ax.set_title(f"Duran, T = {T:g} K", loc="left")
axes[0].set_ylabel(r"$M$ ($10^{-5}$ A m$^2$ g$^{-1}$)")
axes[1].legend(loc="lower left", bbox_to_anchor=(0.02, 0.22), fontsize=8)
axes[-1].text(
    0.97,
    0.97,
    "T and B range not given (chosen)\n"
    rf"$T_0$ = {par['T0_K']:g} K, $E_0$ = {par['E0_K']:g} K (Eq. 97)",
    transform=axes[-1].transAxes,
    fontsize=8,
    va="top",
    ha="right",
    color="0.25",
)
fig.tight_layout()
plotting.save_figure(fig, snakemake.output.pdf)
