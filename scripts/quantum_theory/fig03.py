"""Rule figure (quantum_theory fig03): the local library of states (cartoon + Eq. 9)."""

import matplotlib.pyplot as plt
import numpy as np

from coldglass import plotting

table, par, log = plotting.start_plot(snakemake)
n5, n7 = par["N_small"], par["N_large"]
beads = table[table.part == "beads"]
dos = table[table.part == "dos"]
fig, axes = plt.subplots(2, 3, figsize=(9.6, 6.6), gridspec_kw={"height_ratios": [1.0, 1.5]})
w, h = par["cartoon_width"], par["cartoon_height"]
xy = beads[["x_a", "y_a"]].to_numpy()
ax = axes[0, 0]
plotting.setup_cartoon_axes(ax, w, h)
plotting.draw_beads(ax, xy)
ax.set_title("a global configuration", fontsize=9)
for ax, N, col in ((axes[0, 1], n5, "C0"), (axes[0, 2], n7, "C3")):
    plotting.setup_cartoon_axes(ax, w, h)
    moved = beads[f"moved_N{N}"].astype(bool).to_numpy()
    new = beads[[f"x_N{N}_a", f"y_N{N}_a"]].to_numpy()
    plotting.draw_beads(ax, xy[~moved])
    plotting.draw_beads(ax, xy[moved], facecolor="none", edgecolor="0.3", linestyle="--")
    plotting.draw_beads(ax, new[moved], facecolor=col, edgecolor="black", alpha=0.8)
    ax.set_title(f"$N = {N}$ beads rearranged", fontsize=9)

E0, E1 = par["energy_range"]
panels = [
    (
        axes[1, 0],
        [(np.inf, "0.3", "-", r"frozen-in $n(E) \propto e^{E/k_BT_g}$ (Sec. III.A)")],
        "huge initial density of states",
    ),
    (axes[1, 1], [(n5, "C0", "-", f"$N = {n5}$")], f"local library, $N = {n5}$"),
    (
        axes[1, 2],
        [
            (n7, "C3", "-", f"$N = {n7}$"),
            (par["N_star"], "0.5", "--", rf"$N^* = {par['N_star']:.0f}$ (first state at $E = 0$)"),
        ],
        f"local library, $N = {n7}$",
    ),
]
for ax, curves, title in panels:
    for N, col, ls, lab in curves:
        sub = dos[dos.N == N]
        ok = sub.ln_Omega.to_numpy() >= 0  # fewer than one state: none
        ax.plot(
            sub.ln_Omega.to_numpy()[ok], sub.E_over_kTg.to_numpy()[ok], ls, color=col, label=lab
        )
        if N in (n5, n7):
            ax.fill_betweenx(
                sub.E_over_kTg.to_numpy()[ok], 0, sub.ln_Omega.to_numpy()[ok], color=col, alpha=0.2
            )
    ax.axhspan(0.0, 1.0, color="gold", alpha=0.35, lw=0)
    ax.axhline(0.0, color="black", lw=1.2)
    ax.set_ylim(E0, E1)
    ax.set_xlim(0, 12)  # one range for the three panels
    ax.set_xlabel(r"$\ln\Omega_N(E)$ (Eq. 9)")
    ax.set_title(title, fontsize=9)
    ax.legend(loc="upper right", fontsize=8)
axes[1, 0].set_ylabel(r"energy $E\,/\,k_BT_g$ above the initial state")
axes[1, 0].text(
    6, -4.5, "initial state ($E = 0$);\nband: thermal window $k_BT_g$", fontsize=8, ha="center"
)
for N, ax, col in ((n5, axes[1, 1], "C0"), (n7, axes[1, 2], "C3")):
    ax.text(
        11.6,
        par[f"E_GS_N{N}"] - 2.5,
        rf"$E_{{GS}} = {par[f'E_GS_N{N}']:.1f}$, "
        rf"centre ${par[f'E_mean_N{N}']:.1f}$, width ${par[f'E_width_N{N}']:.2f}$",
        fontsize=8,
        ha="right",
        color=col,
    )
fig.text(0.67, 0.61, "dashed circles: original positions", ha="center", fontsize=8, color="0.3")
fig.suptitle(
    rf"Eq. (9): $\gamma = {par['gamma_over_kTg']:.2f}\,k_BT_g$, "
    rf"$s_c = {par['s_c_over_kB']:.2f}\,k_B$, "
    r"$\Delta\epsilon = T_g s_c$, $\delta E^2 = 2T_g^2 s_c$; cartoon: schematic",
    fontsize=9,
)
fig.tight_layout()
plotting.save_figure(fig, snakemake.output.pdf)
log.info("drew Fig. 3")
