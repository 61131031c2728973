"""Fig. 11: percolating NM clusters (square-lattice cartoons from the simulation) and the
3-D mass-radius counts behind D and D_s of Eq. (20)."""

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Patch
from matplotlib.ticker import FixedLocator, NullLocator, ScalarFormatter

from coldglass import plotting

df, par, log = plotting.start_plot(snakemake)
cart = df[df.panel == "cartoon"]
xs = list(dict.fromkeys(cart.x_conc))
L = int(par["cartoon_L"])
fig, axes = plt.subplots(1, len(xs) + 1, figsize=(11.0, 4.3))
colors = {
    "empty": (1, 1, 1),
    "other": (0.78, 0.78, 0.78),
    "cluster": (0.12, 0.47, 0.71),
    "surface": (0.84, 0.15, 0.16),
}
names = {
    "other": "other NM sites",
    "cluster": "largest (spanning) cluster, interior",
    "surface": "its surface sites (NM/NF interface)",
}
for ax, x in zip(axes, xs, strict=False):
    sub = cart[cart.x_conc == x]
    img = np.ones((L, L, 3))
    for role in ("other", "cluster", "surface"):
        s = sub[sub.role == role]
        img[s.i.to_numpy(int), s.j.to_numpy(int)] = colors[role]
    ax.imshow(img, interpolation="nearest")
    ax.set_xticks([])
    ax.set_yticks([])
    span = "spanning" if sub.spans.iloc[0] else "largest cluster, no spanning"
    ax.set_title(f"2-D site percolation, x = {x:.3g}\n({span}; L = {L})", fontsize=9)
fig.legend(
    handles=[Patch(color=colors[r], label=names[r]) for r in names],
    loc="lower left",
    bbox_to_anchor=(0.03, 0.0),
    ncol=3,
    fontsize=8,
    frameon=False,
)
ax = axes[-1]
rows = df[df.panel == "box"]
g = rows.groupby("ell")
box = g[["mass", "surface"]].mean().reset_index()
n_lat = rows.lattice.nunique()
box["mass_sem"] = g.mass.std().to_numpy() / np.sqrt(n_lat)
box["surface_sem"] = g.surface.std().to_numpy() / np.sqrt(n_lat)
box["L"] = rows.L.iloc[0]
sm = par["summary"]
ax.errorbar(
    box.ell,
    box.mass,
    yerr=box.mass_sem,
    fmt="o",
    ms=4,
    color="C0",
    label=rf"M(l) ~ $l^{{2D-3}}$: D = {sm['D']:.3f} $\pm$ {sm['D_err']:.3f}",
)
ax.errorbar(
    box.ell,
    box.surface,
    yerr=box.surface_sem,
    fmt="s",
    ms=7,
    mfc="none",
    color="C3",
    label=rf"S(l): $D_s$ = {sm['D_s']:.3f} $\pm$ {sm['D_s_err']:.3f}",
)
ell = np.array([box.ell.min(), box.ell.max()])
ax.plot(
    ell,
    box.mass.iloc[0] * (ell / ell[0]) ** (2 * par["D_accepted"] - 3),
    "k--",
    lw=0.8,
    label=f"accepted D = {par['D_accepted']:.4g}",
)
ax.set_xscale("log")
ax.set_yscale("log")
ax.xaxis.set_major_locator(FixedLocator(box.ell.to_list()))
ax.xaxis.set_major_formatter(ScalarFormatter())
ax.xaxis.set_minor_locator(NullLocator())
ax.set_xlabel("cube side l (lattice sites)")
ax.set_ylabel("sites of the centre's cluster in cube")
ax.set_title(
    f"3-D cubic, p_c, {n_lat} lattices of L = {int(box.L.iloc[0])}\n"
    rf"$\nu$ = {sm['nu']:.2f} (thresholds); $\kappa=\nu(D-D_s)$ = {sm['kappa']:.0e}",
    fontsize=9,
)
ax.legend(fontsize=8, frameon=False, loc="lower right")
fig.tight_layout(rect=(0, 0.06, 1, 1))
plotting.save_figure(fig, snakemake.output.pdf)
