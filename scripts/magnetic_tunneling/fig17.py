"""Rule figure (fig17): echo amplitude vs B for BK7, Eq. (76) with Table 8 (Fig. 17, l.643)."""

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
drawn = data_and_fits(ax, snakemake, df, legend_loc="upper left")  # lower right: the text
ax.axhline(0.0, color="0.6", lw=0.6, ls=":")
ax.set_xlim(0, f["B_max_T"])
ax.set_ylim(-1.15, 1.6)
ax.set_xlabel(r"$B$ (T)")
ax.set_ylabel(r"$[A(B)-A(B_{high})]\,/\,\max|A-A(B_{high})|$")
ax.set_title(f"BK7: Echo Amplitude vs B (T={f['T_mK']:g} mK)", fontsize=9)
ax.legend(loc="upper right", fontsize=8)
if not drawn:
    plotting.note_data_not_shown(
        ax,
        "Ludwig et al., PRL 88, 075501 (2002) [62]; the dashed rough fit: parameters not given",
        loc=(0.03, 0.6),
    )
ax.text(
    0.97,
    0.03,
    f"{f['freq_GHz']:g} GHz, $\\tau_2=2\\tau_1$ = {2 * par['tau1_us']:g} $\\mu$s, "
    f"$B_{{high}}$ = {f['B_high_T']:g} T",
    transform=ax.transAxes,
    ha="right",
    va="bottom",
    fontsize=8,
)
inset = ax.inset_axes([0.55, 0.47, 0.33, 0.22])
hi = df[df.panel == "inset"]
for i, (_glass, sub) in enumerate(hi.groupby("glass", sort=False)):
    inset.plot(sub.B_T, sub["shape"], color=f"C{i}", lw=1.0)
inset.set_xlim(0, f["inset_B_max_T"])
inset.set_xlabel(r"$B$ (T)", fontsize=8, labelpad=1)
inset.tick_params(labelsize=8)
inset.set_title(
    f"higher fields: Eq. (20), $B^*$ = {f['inset_B_star_T']:g} T\n(Table 14, magnetization; "
    "the\necho's $B^*$ is not given)",
    fontsize=8,
)
fig.tight_layout()
plotting.save_figure(fig, snakemake.output.pdf)
