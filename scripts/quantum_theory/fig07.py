"""Rule figure (quantum_theory fig07): vanilla-RFOT viscosity (left) and r_ddagger, xi (right)
from T_g to the end of the paper's 16-17 decades, against T_g/T."""

import matplotlib.pyplot as plt
import numpy as np

from coldglass import plotting

table, par, log = plotting.start_plot(snakemake)
fig, (ax, ax2) = plt.subplots(1, 2, figsize=(10.0, 4.8))
Tg, micro = par["T_g_K"], par["log10_eta_micro_poise"]
ax.axhspan(micro, micro + par["collisional_decades"], color="0.90", lw=0)
ax.text(
    0.98,
    micro + 0.1,
    f"collisional range: {par['collisional_decades']:g} decades\n"
    r"above $\eta_{\rm micro}$ = 1 cP (Sec. II)",
    fontsize=8,
    color="0.3",
    ha="right",
)
for (D, sub), color in zip(table.groupby("D"), ("C0", "C1", "C2")):
    label = rf"$D = {D:g}$ ($m = {sub.m.iloc[0]:.0f}$)"
    ax.plot(sub.Tg_over_T, sub.log10_eta_poise, color=color, label=label)
    ax2.plot(sub.Tg_over_T, sub.r_ddagger_over_a, "-", color=color, lw=2.2)
    ax2.plot(sub.Tg_over_T, sub.xi_over_a, "--", color=color, lw=1.3)
    x_cr = 1.0 / par["T_cr_over_Tg"][str(float(D))]
    ax.plot([x_cr], [micro + par["collisional_decades"]], "v", color=color, ms=7)
ax.plot(
    [], [], "v", color="0.3", ls="none", label=r"$T_{cr}$: activated = $10^3\,\eta_{\rm micro}$"
)
for a in (ax, ax2):
    a.set_xlim(-0.02, 1.02)
    a.set_xlabel(r"$T_g/T$  ($T_g$ = 342 K; left end: 16.5 decades below $\eta(T_g)$)")
    top = a.secondary_xaxis(
        "top", functions=(lambda x: Tg / np.maximum(x, 1e-9), lambda t: Tg / np.maximum(t, 1e-9))
    )
    top.set_xticks([400, 500, 700, 1000, 2000])
    top.xaxis.set_minor_locator(plt.NullLocator())
    top.set_xlabel("$T$ (K)")
ax.set_ylabel(r"$\log_{10}\,\eta$ (poise)")
ax.set_ylim(micro - 1.0, par["log10_eta_at_Tg_poise"] + 1.0)
ax.set_title(
    "(a) TNB viscosity: vanilla RFOT, Eq. (7) with $s_c \\propto (T - T_K)$;\n"
    "the softened fit of LW 2003b (equations not in the paper) is not drawn",
    fontsize=9,
)
ax.legend(loc="upper left", fontsize=8)
if plotting.draw_digitized(ax, snakemake):
    ax.legend(fontsize=8)
else:
    plotting.note_data_not_shown(
        ax,
        "Plazek & Magill, J. Chem. Phys. 49, 3678 (1968)",
        loc=(0.03, 0.62),
    )
D_keys = [str(float(D)) for D in par["D_values"]]
ax.text(
    0.03,
    0.30,
    "vanilla RFOT spans 16.5 decades\nonly at $T/T_g$ = "
    + ", ".join(f"{par['T_end_over_Tg'][k]:.1f}" for k in D_keys)
    + ";\n"
    + r"$T_{cr}/T_g$ = "
    + ", ".join(f"{par['T_cr_over_Tg'][k]:.2f}" for k in D_keys)
    + f" (D = {', '.join(f'{D:g}' for D in par['D_values'])})"
    + "\n$T_A$ (the fit parameter, $> T_{cr}$):\nvalue not in the paper",
    transform=ax.transAxes,
    ha="left",
    va="bottom",
    fontsize=8,
)
ax2.set_ylabel("length / $a$")
ax2.set_ylim(0, 7)
ax2.plot([], [], "-", color="k", lw=2.2, label=r"$r^\ddagger$ ($N^\ddagger = N^*/4$)")
ax2.plot([], [], "--", color="k", lw=1.3, label=r"$\xi = a N^{*1/3}$")
ax2.legend(loc="upper left", fontsize=8)
ax2.set_title(
    rf"(b) length scales (vanilla RFOT); $\xi(T_g) = {par['xi_over_a_at_Tg']:.2f}\,a$ "
    r"for every $D$",
    fontsize=9,
)
fig.tight_layout()
plotting.save_figure(fig, snakemake.output.pdf)
log.info("drew Fig. 7")
