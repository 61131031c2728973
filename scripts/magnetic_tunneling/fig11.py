"""Rule magnetic_tunneling_fig11: ATS dielectric loss vs B, (a) BAS with inset, (b) BK7 (Fig. 11).

The inset of (a) shows the weak-field loss at the assumed 1 kHz and at 10 kHz: the measurement
frequency is not stated, and the faint low-field peak of the caption appears only at the
higher one (claim D09).
"""

import math
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
points = digitized_series(snakemake.input.digitized, "fig11")
f_main = par["omega_rad_per_s"] / (2 * math.pi)

fig, axes = plt.subplots(1, 2, figsize=(11, 4.6))
for ax, panel in zip(axes, ("a", "b")):
    main = df[(df.panel == panel) & (df.part == "main")]
    for key, sub in main.groupby("curve", sort=True):
        sub = sub[sub.B_T > 0]
        ax.plot(sub.B_T, sub.tan_delta * 1e5, color=f"C{key}", label=f"{sub.T_mK.iloc[0]:g} mK")
    glass = main.glass.iloc[0]
    mine = draw_series(ax, points, 1e5, panel=panel)
    if not mine:
        plotting.note_data_not_shown(
            ax, par["source"], loc=(0.02, 0.86) if panel == "a" else (0.03, 0.03)
        )
    mark_weak_field_limit(ax, par, glass)
    ax.set_xscale("log")
    ax.set_xlabel("$B$ (T)")
    ax.set_title(
        f"({panel}) {GLASS_LABEL[glass]}: Eq. (61), Table 7, "
        rf"$\omega = 2\pi\times{f_main / 1e3:g}$ kHz",
        loc="left",
    )
    ax.legend(loc="upper right", fontsize=8)
    lo, hi = ax.get_ylim()
    ax.set_ylim(lo, hi + 0.25 * (hi - lo))
axes[0].set_ylabel(r"$\Delta\tan\delta$ (ATS part)  ($10^{-5}$)")
ins = axes[0].inset_axes([0.17, 0.10, 0.27, 0.24])
inset = df[(df.panel == "a") & (df.part == "inset")]
monotonic = []
for (key, w), sub in inset.groupby(["curve", "omega_rad_per_s"], sort=True):
    y = sub.tan_delta.to_numpy()
    if math.isclose(w / (2 * math.pi), f_main):
        monotonic.append(bool(y.argmax() == 0))
        continue  # the 1 kHz curves fall monotonically (main panel); the inset zooms on 10 kHz
    ins.plot(sub.B_T * 1e3, (y / y[0] - 1) * 100, color=f"C{key}", lw=1.0)
    f_inset = w / (2 * math.pi) / 1e3
ins.axhline(0, color="0.6", lw=0.5)
ins.set_xlabel("$B$ (mT)", fontsize=8)
ins.set_ylabel("change (%)", fontsize=8)
ins.tick_params(labelsize=8)
ins.set_title(
    f"{f_inset:g} kHz: faint peak" + (f"; {f_main / 1e3:g} kHz: none" if all(monotonic) else ""),
    fontsize=8,
)
fig.text(
    0.01,
    0.01,
    r"$\omega$ assumed: the paper gives only 'about $10^3$ Hz' (Sec. 5.1); "
    "the inset adds 10 kHz, where the low-field peak appears",
    ha="left",
    va="bottom",
    fontsize=8,
    color="0.3",
)
fig.tight_layout(rect=(0, 0.04, 1, 1))
plotting.save_figure(fig, snakemake.output.pdf)
log.info("wrote %s with %d digitized series", snakemake.output.pdf, len(points))
