"""Rules magnetic_tunneling_fig09 / _fig10: Delta eps'/eps' vs B at three temperatures,
curves shifted apart vertically as in the paper (l.412; shifts not given, chosen)."""

import sys
from pathlib import Path

import matplotlib.pyplot as plt

from coldglass import io, plotting

sys.path.insert(0, str(Path(__file__).parent))
from _dielectric_plot import GLASS_LABEL, digitized_series  # noqa: E402

log = io.script_logger(snakemake.log[0])
df, meta = io.read_table(snakemake.input.curves)
fig_id = snakemake.params.figure
points = digitized_series(snakemake.input.digitized, fig_id)
par = meta["params"]
plotting.use_style()
scale = snakemake.params.y_scale

fig, ax = plt.subplots(figsize=(5.6, 4.4))
for key, sub in df.groupby("curve", sort=True):
    T_mK, off = sub.T_mK.iloc[0], sub.offset.iloc[0]
    ax.plot(sub.B_T, (sub.delta_eps_over_eps + off) / scale, color=f"C{key}",
            label=f"{T_mK:g} mK (shifted by {off / scale:+g})")
    ax.axhline(off / scale, color=f"C{key}", lw=0.5, ls=":")
    for side, p in points:
        if f"{T_mK:g}" in side["series"]:
            ax.plot(p.B_T, (p.y + off) / scale, "o", ms=3, mfc="none", color=f"C{key}")
if not points:
    lo, hi = ax.get_ylim()
    ax.set_ylim(lo, hi + 0.18 * (hi - lo))
    plotting.note_not_bundled(ax, par["source"], loc=(0.02, 0.88) if fig_id == "fig09" else (0.40, 0.88))
if snakemake.params.log_x:
    ax.set_xscale("log")
ax.set_xlabel("$B$ (T)")
ax.set_ylabel(r"$\Delta\epsilon'/\epsilon'$ + shift  ($10^{" + str(int(f"{scale:.0e}".split("e")[1])) + "}$)")
glass = df.glass.iloc[0]
ax.set_title(f"{GLASS_LABEL[glass]}: Eq. (51), {par['table']}, weak field", fontsize=10)
ax.legend(loc="center left" if fig_id == "fig09" else "upper left", fontsize=8)
fig.tight_layout()
plotting.save_figure(fig, snakemake.output.pdf)
log.info("wrote %s with %d digitized series", snakemake.output.pdf, len(points))
