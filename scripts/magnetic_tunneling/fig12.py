"""Rule figure (fig12): the two-pulse echo sequence and Hahn's vector picture (Fig. 12, l.510)."""

import matplotlib.pyplot as plt
import numpy as np

from coldglass import plotting

df, par, log = plotting.start_plot(snakemake)
f = par["figure"]
tau1, tau2, tau12 = par["tau1_us"], par["tau2_us"], f["tau12_us"]
fig = plt.figure(figsize=(9.6, 4.4))
ax = fig.add_axes([0.07, 0.13, 0.5, 0.72])
ax.fill_between(df.t_us, 0, 1.05 * df.pulse, color="0.55", step="mid", label="microwave pulses")
ax.plot(df.t_us, df.polarization, color="C0", label=r"ensemble polarization $|\langle m_+\rangle|$")
t_e = tau1 + tau2 + 2 * tau12
ax.axvline(
    t_e, color="C3", ls=":", lw=0.9, label=r"echo at $2\bar\tau_{12}=\tau_1+\tau_2+2\tau_{12}$"
)
ax.annotate("", xy=(tau1, 1.12), xytext=(tau1 + tau12, 1.12), arrowprops={"arrowstyle": "<->"})
ax.text(tau1 + tau12 / 2, 1.15, r"$\tau_{12}$", ha="center", va="bottom")
ax.annotate(
    "", xy=(tau1 + tau12 + tau2, 1.12), xytext=(t_e, 1.12), arrowprops={"arrowstyle": "<->"}
)
ax.text(tau1 + tau2 + 1.5 * tau12, 1.15, r"$\tau_{12}$", ha="center", va="bottom")
ax.set_xlim(-0.1, df.t_us.max())
ax.set_ylim(0, 2.0)
ax.set_xlabel(r"time $t$ ($\mu$s)")
ax.set_ylabel("polarization (units of the initial one)")
ax.legend(loc="upper right", fontsize=8, bbox_to_anchor=(1.0, 0.99))
ax.text(
    0.06,
    0.2,
    f"$\\tau_1$ = {tau1:g}, $\\tau_2$ = {tau2:g}, $\\tau_{{12}}$ = {tau12:g} $\\mu$s "
    "(Figs. 13, 16);\n"
    f"$\\Omega_R$ = {f['omega_R_per_us']:g} rad/$\\mu$s, Gaussian detunings "
    f"$\\sigma$ = {f['detuning_spread_per_us']:g} rad/$\\mu$s (chosen)",
    transform=ax.transAxes,
    fontsize=8,
    va="bottom",
)
# Hahn's vector picture (rotating frame, transverse plane): five stages
rng = np.random.default_rng(3)
dphi = rng.normal(0, 0.6, 7)
stages = [
    ("after the\n$\\pi/2$ pulse", np.zeros(7)),
    ("dephasing", dphi),
    ("after the\n$\\pi$ pulse", np.pi - dphi),
    ("rephasing", np.pi - 0.4 * dphi),
    ("echo", np.full(7, np.pi)),
]
for k, (label, angles) in enumerate(stages):
    sub = fig.add_axes([0.61 + (k % 3) * 0.13, 0.44 - (k // 3) * 0.4, 0.11, 0.26])
    sub.add_patch(plt.Circle((0, 0), 1, fill=False, color="0.6", lw=0.7))
    for a in angles:
        sub.annotate(
            "",
            xy=(np.sin(a), np.cos(a)),
            xytext=(0, 0),
            arrowprops={"arrowstyle": "->", "color": "C0", "lw": 0.9},
        )
    sub.set_xlim(-1.2, 1.2)
    sub.set_ylim(-1.2, 1.2)
    sub.set_aspect("equal")
    sub.axis("off")
    sub.set_title(f"{k + 1}: {label}", fontsize=8)
fig.text(
    0.62,
    0.94,
    "Hahn's vector picture (NMR spin echo),\ntransverse plane, rotating frame",
    fontsize=8,
    va="top",
)
plotting.save_figure(fig, snakemake.output.pdf)
