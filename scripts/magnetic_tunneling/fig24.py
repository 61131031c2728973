"""Rule figure (fig24): contributions to M(B) of Duran with Table 11 (Fig. 24, caption l.897):
Fe2+, Fe3+ (Eq. 90), ATS (Eqs. 94, 95, 97), the offset and the total; the temperatures are
not given (chosen, one panel each)."""

import sys
from pathlib import Path

from coldglass import plotting

sys.path.insert(0, str(Path(__file__).parent))
from _magnetization_plot import contribution_panels  # noqa: E402

df, par, log = plotting.start_plot(snakemake)
S = 1e5
STYLE = {
    "Fe2+": {"color": "C0", "label": r"$M_{Fe^{2+}}$ (Eq. 90)"},
    "Fe3+": {"color": "C1", "label": r"$M_{Fe^{3+}}$ (Eq. 90)"},
    "ATS": {"color": "C5", "label": r"$M_{ATS}$ (Eq. 94)"},
    "offset": {"color": "0.4", "ls": "-.", "label": "vert. offset (Table 11)"},
    "total": {"color": "C2", "lw": 2.0, "label": "total"},
}
fig, axes = contribution_panels(df, "M_Am2_per_g", S, STYLE, lambda T: f"Duran, T = {T:g} K")
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
