"""Rule figure (fig13): both sides of Eq. (30) for l = 2 against z = omega R/c_g, with the
intersections (the lowest is the shell's proper mode, the rest gas standing waves)."""

import matplotlib.pyplot as plt
import numpy as np

from coldglass import plotting

table, par, log = plotting.start_plot(snakemake)
lhs = table[table.kind == "lhs"]
rhs = table[table.kind == "rhs"]
roots = table[table.kind == "root"]
clip = par["y_clip"]
fig, ax = plt.subplots(figsize=(5.2, 4.0))
y = lhs.value.to_numpy().copy()
y[np.abs(y) > clip] = np.nan  # no vertical connectors through the poles
ax.plot(lhs.z, y, color="k", label=r"$\cot[\alpha_2(z)] = (-2 + z\,j_3(z)/j_2(z))^{-1}$")
ax.plot(
    rhs.z,
    rhs.value.where(rhs.value.abs() <= clip),
    color="C3",
    label=rf"$p - (l-1)(l+2)\,s/z^2$, $p = {par['mass_ratio']:g}$, $s = {par['tension_ratio']:g}$",
)
ax.plot(roots.z.iloc[:1], roots.value.iloc[:1], "o", color="C0", ms=6, label="shell mode")
ax.plot(roots.z.iloc[1:], roots.value.iloc[1:], "s", color="C2", ms=5, label="gas standing waves")
ax.axhline(-1.0 / par["ell"], color="0.6", lw=0.6, ls=":", label=r"$-1/l$ ($z \to 0$)")
ax.axhline(0.0, color="0.8", lw=0.5)
ax.set_xlim(0.0, par["z_max"])
ax.set_ylim(-clip, clip)
ax.set_xlabel(r"$z = \omega R/c_g$")
ax.set_ylabel("sides of Eq. (30)")
ax.set_title(
    r"$l = 2$; $p = \rho_W/\rho_g R$, $s = \sigma/\rho_g R c_g^2$ (arbitrary values, ours)",
    fontsize=8,
)
ax.legend(loc="lower right", fontsize=8)
plotting.save_figure(fig, snakemake.output.pdf)
log.info("drew Fig. 13")
