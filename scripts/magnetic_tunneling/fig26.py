"""Rule figure (fig26): iso-lines of Delta_0(V_0, hbar Omega), Eq. (4) (Fig. 26, caption
l.939); bold red: Delta_0 = 1e-6 K and 1e-3 K (l.932)."""

import matplotlib.pyplot as plt
import numpy as np

from coldglass import plotting

df, par, log = plotting.start_plot(snakemake)
g = df[df.element == "grid"]
V0 = np.sort(g.V0_K.unique())
W = np.sort(g.hbar_omega_K.unique())
D = g.sort_values(["V0_K", "hbar_omega_K"]).delta0_K.to_numpy().reshape(len(V0), len(W))
fig, ax = plt.subplots(figsize=(7.0, 4.8))
levels = np.arange(-12, 1)
cs = ax.contour(
    V0, W, np.log10(D).T, levels=levels, cmap="viridis", linewidths=0.8, linestyles="solid"
)
fig.colorbar(cs, ax=ax, label=r"iso-line $\log_{10}(\Delta_0/\mathrm{K})$")
ax.plot([], [], color="C0", lw=0.8, label=r"iso-lines $\Delta_0 = 10^{n}$ K, $n = -12 \ldots 0$")
for lvl, line in df[df.element == "bold"].groupby("delta0_level_K"):
    ax.plot(
        line.V0_K,
        line.hbar_omega_K,
        color="red",
        lw=2.4,
        label=rf"$\Delta_0 = 10^{{{int(round(np.log10(lvl)))}}}$ K (bold)",
    )
zero = df[df.element == "zero"]
ax.plot(
    zero.V0_K,
    zero.hbar_omega_K,
    color="0.5",
    ls="--",
    lw=1.0,
    label=r"$\Delta_0 = 0$: $V_0 = 9\pi\hbar\Omega/8$",
)
ax.axvline(par["barrier_claim_K"], color="C0", ls=":", lw=1.0, label="20 K (Sec. 8 text)")
ax.set_yscale("log")
ax.set_xlim(0, par["V0_max_K"])
ax.set_ylim(par["hbar_omega_min_K"], par["hbar_omega_max_K"])
ax.set_xlabel(r"barrier height $V_0$ (K)")
ax.set_ylabel(r"single-well energy $\hbar\Omega$ (K)")
ax.legend(loc="lower right", fontsize=8)
ax.text(
    0.98,
    0.35,
    r"Eq. (4): $\Delta_0=\frac{1}{2}\hbar\Omega(3-\sqrt{8V_0/\pi\hbar\Omega})"
    r"\,e^{-2V_0/\hbar\Omega}$"
    "\naxes orientation not stated (chosen)",
    transform=ax.transAxes,
    fontsize=8,
    ha="right",
    color="0.25",
)
fig.tight_layout()
plotting.save_figure(fig, snakemake.output.pdf)
