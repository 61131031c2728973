"""Rule figure (quantum_theory fig07): vanilla-RFOT viscosity (left) and r_ddagger, xi (right)."""

import matplotlib.pyplot as plt

from coldglass import plotting

table, par, log = plotting.start_plot(snakemake)
fig, (ax, ax2) = plt.subplots(1, 2, figsize=(9.6, 4.2))
colors = ["C3", "C0", "C2", "C1", "C4"]
for (D, sub), c in zip(table.groupby("D"), colors):
    lab = rf"$D = {D:g}$ ($m = {sub.m.iloc[0]:.0f}$)"
    ax.plot(sub["T_K"], sub.log10_eta_poise, color=c, label=lab)
    ax2.plot(sub["T_K"], sub.r_ddagger_over_a, "-", color=c, lw=2.2)
    ax2.plot(sub["T_K"], sub.xi_over_a, "--", color=c, lw=1.4)
Tg = par["T_g_K"]
ax.axhline(par["log10_eta_micro_poise"], color="0.5", lw=0.8, ls=":")
ax.text(
    table["T_K"].max() * 0.99,
    par["log10_eta_micro_poise"] + 0.3,
    r"$\eta_{\rm micro}$ = 1 cP (l.211)",
    fontsize=8,
    color="0.4",
    ha="right",
)
for a in (ax, ax2):
    a.axvline(Tg, color="0.6", lw=0.8)
    a.set_xlabel("temperature $T$ (K)")
    a.set_xlim(Tg * 0.97, table["T_K"].max())
ax.text(Tg * 1.005, -2.8, rf"$T_g$ = {Tg:g} K", fontsize=8, rotation=90, va="bottom", color="0.4")
ax.set_ylabel(r"$\log_{10}\,\eta$ (poise)")
ax.set_ylim(-3, 16)
ax.set_title("TNB viscosity: vanilla RFOT (no barrier softening)", fontsize=9)
ax.legend(loc="upper right", bbox_to_anchor=(1.0, 0.80), fontsize=8)
plotting.note_data_not_shown(
    ax,
    "Plazek & Magill, J. Chem. Phys. 49, 3678 (1968);\n"
    "softened fit of Lubchenko & Wolynes 2003b not reproducible here",
    loc=(0.1, 0.84),
)
ax2.set_ylabel("length / $a$")
ax2.set_ylim(0, 7)
ax2.plot(
    [], [], "-", color="k", lw=2.2, label=r"$r^\ddagger$ (droplet radius, $N^\ddagger = N^*/4$)"
)
ax2.plot([], [], "--", color="k", lw=1.4, label=r"$\xi = a N^{*1/3}$")
ax2.legend(loc="upper right", fontsize=8)
ax2.set_title(
    rf"length scales (vanilla RFOT); $\xi(T_g) = {par['xi_over_a_at_Tg']:.2f}\,a$ for every $D$",
    fontsize=9,
)
fig.tight_layout()
plotting.save_figure(fig, snakemake.output.pdf)
log.info("drew Fig. 7")
