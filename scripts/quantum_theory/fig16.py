"""Rule figure (fig16): the contour of Eq. (38) in the complex k plane: the real axis, the pole
at k = i eps_1 (cross) and the contour shifted down to Im k = -kappa_0 through the saddle point
of Eq. (40) (computed), below -beta_g, without crossing the pole."""

import matplotlib.pyplot as plt

from coldglass import plotting

table, par, log = plotting.start_plot(snakemake)
at = table.set_index("kind").im_k
k0, beta = at["saddle"], at["beta_g"]
depth = abs(k0)
fig, ax = plt.subplots(figsize=(5.0, 4.0))
width = 1.5 * depth
ax.annotate(
    "", xy=(width, 0.0), xytext=(-width, 0.0), arrowprops=dict(arrowstyle="->", color="0.6", lw=1.0)
)
ax.plot([], [], color="0.6", label="original contour (real axis)")
ax.annotate(
    "", xy=(width, k0), xytext=(-width, k0), arrowprops=dict(arrowstyle="->", color="C0", lw=1.6)
)
ax.plot([], [], color="C0", lw=1.6, label=r"shifted contour, Im $k = -\kappa_0$")
ax.plot([0.0], [0.04 * depth], "x", color="C3", ms=8, mew=2, label=r"pole $k = i\epsilon_1$")
ax.plot([0.0], [k0], "o", color="k", label=rf"saddle $k_0 = -i\,{depth:.3g}$ (Eq. 40)")
ax.axhline(beta, color="C2", ls="--", lw=0.8, label=rf"Im $k = -\beta_g = {beta:.3g}$")
ax.set_xlim(-width, width)
ax.set_ylim(-1.3 * depth, 0.5 * depth)
ax.set_xlabel(r"Re $k$ ($1/\hbar\omega_D$)")
ax.set_ylabel(r"Im $k$ ($1/\hbar\omega_D$)")
ax.set_title(
    rf"$\omega = {par['omega']:g}\,\omega_D$, $T_g/\omega_D = {par['tg_over_wd']:g}$ (ours)",
    fontsize=8,
)
ax.legend(loc="center right", fontsize=8)
plotting.save_figure(fig, snakemake.output.pdf)
log.info("drew Fig. 16")
