"""Rule figure (fig18): log10 of the fourth-order term of the exponent of Eq. (44) at one sigma
from the saddle point over (log10 omega, log10 E), coupled spectrum, T_g/omega_D = 5."""

import matplotlib.pyplot as plt
import numpy as np

from coldglass import plotting

table, par, log = plotting.start_plot(snakemake)
wide = table.pivot(index="E", columns="omega", values="fourth")
x = np.log10(wide.columns.to_numpy())
y = np.log10(wide.index.to_numpy())
z = np.log10(wide.to_numpy())
fig, ax = plt.subplots(figsize=(5.2, 4.2))
mesh = ax.pcolormesh(x, y, z, shading="nearest", cmap="viridis")
lines = ax.contour(
    x, y, z, levels=[-1.0, -0.5, 0.0], colors="w", linewidths=0.8, linestyles="solid"
)
ax.clabel(lines, fmt="%.1f", fontsize=8)
bar = fig.colorbar(mesh, ax=ax)
bar.set_label(r"$\log_{10}$ (fourth-order term at one $\sigma$)")
ax.plot([], [], color="w", lw=0.8, label="contours $-1$, $-0.5$, 0")
ax.set_xlabel(r"$\log_{10}(\omega/\omega_D)$")
ax.set_ylabel(r"$\log_{10}(E/\omega_D)$")
ax.set_title(
    rf"Eq. (44), coupled spectrum (Eq. 55): $T_g/\omega_D = {par['tg_over_wd']:g}$, "
    rf"$\omega_c = {par['omega_c_over_a_xi']:g}(a/\xi)\omega_D$;"
    "\nlarger of the two "
    "Hessian directions (ours)",
    fontsize=8,
)
ax.legend(loc="center right", fontsize=8, facecolor="0.5")
plotting.save_figure(fig, snakemake.output.pdf)
log.info("drew Fig. 18")
