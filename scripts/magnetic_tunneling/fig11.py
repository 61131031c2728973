"""Rule magnetic_tunneling_fig11: ATS dielectric loss vs B, (a) BAS with inset, (b) BK7 (l.497)."""

import sys
from pathlib import Path

import matplotlib.pyplot as plt

from coldglass import plotting

sys.path.insert(0, str(Path(__file__).parent))
from _dielectric_plot import GLASS_LABEL, digitized_series  # noqa: E402

df, par, log = plotting.start_plot(snakemake)
points = digitized_series(snakemake.input.digitized, "fig11")

fig, axes = plt.subplots(1, 2, figsize=(10, 4.0))
for ax, panel in zip(axes, ("a", "b")):
    main = df[(df.panel == panel) & (df.part == "main")]
    for key, sub in main.groupby("curve", sort=True):
        sub = sub[sub.B_T > 0]
        ax.plot(sub.B_T, sub.tan_delta * 1e5, color=f"C{key}", label=f"{sub.T_mK.iloc[0]:g} mK")
    mine = [(s, p) for s, p in points if s["figure"].startswith(f"fig11{panel}")]
    for side, p in mine:
        ax.plot(p.B_T, p.value * 1e5, "o", ms=3, mfc="none", color="k", label=side["series"])
    if not mine:
        plotting.note_data_not_shown(ax, par["source"])
    ax.set_xscale("log")
    ax.set_xlabel("$B$ (T)")
    glass = main.glass.iloc[0]
    ax.set_title(f"({panel}) {GLASS_LABEL[glass]}: Eq. (61), Table 7", fontsize=10)
    ax.legend(loc="upper right", fontsize=8)
axes[0].set_ylabel(r"$\Delta\tan\delta$ (ATS part)  ($10^{-5}$)")
ins = axes[0].inset_axes([0.14, 0.26, 0.33, 0.24])
peaked = []
for key, sub in df[(df.panel == "a") & (df.part == "inset")].groupby("curve", sort=True):
    ins.plot(sub.B_T * 1e3, sub.tan_delta / sub.tan_delta.iloc[0], color=f"C{key}", lw=1.0)
    peaked.append(bool(sub.tan_delta.to_numpy().argmax() > 0))
ins.set_xlabel("$B$ (mT)", fontsize=8)
ins.set_ylabel(r"$\Delta\tan\delta/\Delta\tan\delta(0)$", fontsize=8)
ins.tick_params(labelsize=8)
ins.set_title(
    "weak fields: " + ("low-field peak" if any(peaked) else "no peak at this $\\omega$"), fontsize=8
)
fig.text(
    0.99,
    0.005,
    rf"$\omega = 2\pi\times{par['omega_rad_per_s'] / 6.283185307179586 / 1e3:g}$ kHz "
    "(assumed: not stated in the paper)",
    ha="right",
    va="bottom",
    fontsize=8,
    color="0.3",
)
fig.tight_layout(rect=(0, 0.04, 1, 1))
plotting.save_figure(fig, snakemake.output.pdf)
log.info("wrote %s with %d digitized series", snakemake.output.pdf, len(points))
