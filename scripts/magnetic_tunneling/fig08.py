"""Rule magnetic_tunneling_fig08: Delta eps'/eps' vs B for BAS, BK7, Duran (Fig. 8, caption l.423).

Weak-field curves of Eq. (51) and, as the caption says, the higher-order-corrected ones
(Eq. 20, B* of Tables 10, 14, 11); the dotted line marks phi = 1 (B = B*), where the weak-field
formula stops holding.
"""

import sys
from pathlib import Path

import matplotlib.pyplot as plt

from coldglass import plotting

sys.path.insert(0, str(Path(__file__).parent))
from _dielectric_plot import (  # noqa: E402
    GLASS_LABEL,
    digitized_series,
    draw_series,
    mark_weak_field_limit,
)

df, par, log = plotting.start_plot(snakemake)
points = digitized_series(snakemake.input.digitized, "fig08")
STYLE = {
    "weak": ("-", "weak field"),
    "corrected": ("--", r"with Eq. (20), $B^*$ = {b:g} T"),
}

fig, axes = plt.subplots(1, 3, figsize=(12, 4.0), sharex=True)
for ax, (key, sub), panel in zip(axes, df.groupby("curve", sort=True), "abc"):
    glass, T_mK = sub.glass.iloc[0], sub.T_mK.iloc[0]
    forms = sorted(sub.form.unique(), reverse=True)  # weak first
    if glass != "AlBaSiO" and "corrected" in forms:
        forms = ["corrected"]  # caption: only AlBaSiO is also shown without the correction
    weak = sub[sub.form == "weak"].sort_values("B_T").delta_eps_over_eps.to_numpy()
    for form in forms:
        curve = sub[sub.form == form]
        ls, label = STYLE[form]
        if len(forms) > 1 and form == "corrected":
            diff = abs(curve.sort_values("B_T").delta_eps_over_eps.to_numpy() - weak).max()
            label += f"\n(within {diff / (weak.max() - weak.min()):.1%} of the range: coincident)"
        both = len(forms) > 1 and form == "corrected"
        ax.plot(
            curve.B_T,
            curve.delta_eps_over_eps * 1e5,
            ls,
            color="k" if both else f"C{key}",
            lw=1.1 if both else 1.5,
            label=label.format(b=par["B_star_T"].get(glass, 0.0)),
        )
    mine = draw_series(ax, points, 1e5, glass=glass, panel=panel)
    if not mine:
        plotting.note_data_not_shown(ax, par["source"][glass], loc=(0.03, 0.03))
    mark_weak_field_limit(ax, par, glass)
    ax.axhline(0, color="0.6", lw=0.6)
    ax.set_xscale("log")
    ax.set_xlabel("$B$ (T)")
    ax.set_title(f"({panel}) {GLASS_LABEL[glass]}, {T_mK:g} mK, Table 5", loc="left")
    ax.legend(loc="upper right", fontsize=8)
    ax.set_xlim(sub.B_T.min(), sub.B_T.max())
    lo, hi = ax.get_ylim()
    ax.set_ylim(lo, hi + 0.45 * (hi - lo))  # room for the legend above the curves
axes[0].set_ylabel(r"$\Delta\epsilon'/\epsilon'$  ($10^{-5}$)")
fig.tight_layout()
plotting.save_figure(fig, snakemake.output.pdf)
log.info("wrote %s with %d digitized series", snakemake.output.pdf, len(points))
