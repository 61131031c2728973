"""Rule figure (fig16): echo amplitude vs B for AlBaSiO, Eq. (76) with Table 8 (Fig. 16, l.632)."""

import sys
from pathlib import Path

import matplotlib.pyplot as plt

from coldglass import plotting

sys.path.insert(0, str(Path(__file__).parent))
from _echo_plot import data_and_fits  # noqa: E402

df, par, log = plotting.start_plot(snakemake)
f = par["figure"]
fig, ax = plt.subplots(figsize=(6.0, 4.4))
main = df[df.panel == "main"]
for i, (glass, sub) in enumerate(main.groupby("glass", sort=False)):
    ax.plot(sub.B_T, sub["shape"], color=f"C{i}", label=f"{glass}, Table 8 (theory)")
drawn = data_and_fits(ax, snakemake, df)
ax.axhline(0.0, color="0.6", lw=0.6, ls=":")
ax.set_xlim(0, f["B_max_T"])
ax.set_ylim(-1.2, 2.6)
ax.set_xlabel(r"$B$ (T)")
ax.set_ylabel(r"$[A(B)-A(B_{high})]\,/\,\max|A-A(B_{high})|$")
ax.legend(loc="upper right", fontsize=8)
if not drawn:
    plotting.note_data_not_shown(ax, "Ludwig et al., PRL 88, 075501 (2002) [62]", loc=(0.55, 0.42))
ax.text(
    0.97,
    0.86,
    f"{f['freq_GHz']:g} GHz, $\\tau_2=2\\tau_1$ = {2 * par['tau1_us']:g} $\\mu$s, "
    f"$B_{{high}}$ = {f['B_high_T']:g} T\n"
    f"chosen (not in text): T = {f['T_mK']:g} mK, $\\tau_{{12}}$ = {f['tau12_us']:g} $\\mu$s\n"
    "A = $A_{2LS}$ + $\\Delta A$: both free\nconstants drop out of this ratio",
    transform=ax.transAxes,
    ha="right",
    va="top",
    fontsize=8,
)
inset = ax.inset_axes([0.11, 0.69, 0.25, 0.2])
dos = df[df.panel == "inset"]
for i, (_glass, sub) in enumerate(dos.groupby("glass", sort=False)):
    inset.plot(sub.B_T, sub.g_ats / sub.g_ats.iloc[0], color=f"C{i}", lw=1.0)
inset.set_xlabel(r"$B$ (T)", fontsize=8, labelpad=1)
inset.set_ylabel(r"$g_{ATS}(\hbar\omega)/g_{ATS}^{B=0}$", fontsize=8)
inset.tick_params(labelsize=8)
inset.set_xlim(0, f["B_max_T"])
fig.tight_layout()
plotting.save_figure(fig, snakemake.output.pdf)
