"""Rule magnetic_tunneling_fig08: Delta eps'/eps' vs B for BAS, BK7, Duran (Fig. 8, l.423)."""

import sys
from pathlib import Path

import matplotlib.pyplot as plt

from coldglass import plotting

sys.path.insert(0, str(Path(__file__).parent))
from _dielectric_plot import GLASS_LABEL, digitized_series, series_matches_glass  # noqa: E402

df, par, log = plotting.start_plot(snakemake)
points = digitized_series(snakemake.input.digitized, "fig08")

fig, axes = plt.subplots(1, 3, figsize=(11, 3.6), sharex=True)
for ax, (key, sub) in zip(axes, df.groupby("curve", sort=True)):
    glass, T_mK = sub.glass.iloc[0], sub.T_mK.iloc[0]
    ax.plot(
        sub.B_T,
        sub.delta_eps_over_eps * 1e5,
        color=f"C{key}",
        label="Eq. (51), Table 5\nweak field",
    )
    mine = [(s, p) for s, p in points if series_matches_glass(s["series"], glass)]
    for side, p in mine:
        ax.plot(p.B_T, p.value * 1e5, "o", ms=3, mfc="none", color="k", label=side["series"])
    if not mine:
        plotting.note_data_not_shown(ax, par["source"][glass], loc=(0.04, 0.04))
    ax.axhline(0, color="0.6", lw=0.6)
    ax.set_xscale("log")
    ax.set_xlabel("$B$ (T)")
    ax.set_title(f"{GLASS_LABEL[glass]}, {T_mK:g} mK", fontsize=10)
    ax.legend(loc="upper right", fontsize=8)
    ax.set_xlim(sub.B_T.min(), sub.B_T.max())
axes[0].set_ylabel(r"$\Delta\epsilon'/\epsilon'$  ($10^{-5}$)")
fig.tight_layout()
plotting.save_figure(fig, snakemake.output.pdf)
log.info("wrote %s with %d digitized series", snakemake.output.pdf, len(points))
