"""Rule figure (fig23): contributions to C-bar_p(B) of Duran (Fig. 23, caption l.892):
C_Fe2+, C_Fe3+ (Eq. 16), C_param = their sum, C_ATS (Eq. 18), the total (green) and, dashed,
Fe3+ alone at the nominal 126 ppm (Eq. 100, no ATS). Tables 3, 4; the temperature of the
original is not given, so each Table 4 temperature gets a panel, and any digitized series is
drawn on every panel."""

import sys
from pathlib import Path

from coldglass import digitized, plotting

sys.path.insert(0, str(Path(__file__).parent))
from _magnetization_plot import contribution_panels  # noqa: E402

df, par, log = plotting.start_plot(snakemake)
Y = 1e6  # J/(g K) -> uJ/(g K)
X_UNITS, Y_UNITS = digitized.axis_units("magnetic_tunneling", "fig23", Y)
STYLE = {
    "Fe2+": {"color": "C0", "label": r"$C_{Fe^{2+}}$ (Eq. 16)"},
    "Fe3+": {"color": "C1", "label": r"$C_{Fe^{3+}}$ (Eq. 16)"},
    "C_param": {"color": "C4", "label": r"$C_{param}=C_{Fe^{2+}}+C_{Fe^{3+}}$"},
    "ATS": {"color": "C5", "label": r"$C_{ATS}$ (Eq. 18)"},
    "total": {"color": "C2", "lw": 2.0, "label": "best fit (total)"},
    "Fe3+ nominal 126 ppm": {
        "color": "k",
        "ls": "--",
        "label": r"Fe$^{3+}$ only, nominal 126 ppm (Eq. 100)",
    },
}
fig, axes = contribution_panels(
    df, "Cbar_J_per_gK", Y, STYLE, lambda T: f"Duran, T = {T:.2f} K (Tables 3, 4)"
)
for ax in axes:
    drawn = plotting.draw_digitized(ax, snakemake, x_units=X_UNITS, y_units=Y_UNITS, color="k")
    ax.set_ylim(top=1.75 * df.Cbar_J_per_gK.max() * Y)  # room for the legend and notes
axes[0].set_ylabel(r"$\bar C_p = C_p(B)-C_p(\infty)$ ($\mu$J g$^{-1}$K$^{-1}$)")
axes[0].legend(loc="upper left", fontsize=8)
if not drawn:
    plotting.note_data_not_shown(axes[-1], "Siebert [48], PhD thesis 2001", loc=(0.03, 0.8))
axes[1].text(
    0.03,
    0.97,
    "T of the original not given:\nall Table 4 temperatures shown",
    transform=axes[1].transAxes,
    fontsize=8,
    va="top",
    color="0.25",
)
fig.tight_layout()
plotting.save_figure(fig, snakemake.output.pdf)
