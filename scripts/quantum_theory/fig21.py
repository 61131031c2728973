"""Rule figure (fig21): low-energy levels of a tunnelling centre with epsilon < 0, Eq. (58).

(a) the levels of the caption (bottom state, the reference structure at |epsilon|, the ripplon
band of Eq. 33 with its couplings); (b) exact eigenvalues of Eq. (58) with all 96 ripplon
states (our reconstruction of the undescribed right-hand part), with Eqs. (59)-(60).
"""

import matplotlib.pyplot as plt
from matplotlib.lines import Line2D

from coldglass import plotting

table, par, log = plotting.start_plot(snakemake)
bare = table[table.set == "bare"]
mixed = table[table.set == "mixed"]
eq59 = table[table.set == "eq59"].set_index("kind").E_over_hbar_omega_D
eps = float(bare[bare.kind == "upper"].E_over_hbar_omega_D.iloc[0])
ripplons = bare[bare.kind == "ripplon"]
top = float(ripplons.E_over_hbar_omega_D.max())

fig, (ax, bx) = plt.subplots(1, 2, figsize=(6.6, 5.0), sharey=True)
# (a) left column: reference (liquid) structure; right column: alternative structure
ax.hlines(eps, 0.05, 0.4, color="C1", lw=2)
ax.hlines(0.0, 0.6, 0.95, color="C0", lw=2)
for _, r in ripplons.iterrows():
    ax.hlines(r.E_over_hbar_omega_D, 0.6, 0.95, color="C2", lw=1.2)
    ax.plot([0.4, 0.6], [eps, r.E_over_hbar_omega_D], color="C2", lw=0.5, alpha=0.6)
    ax.text(0.97, r.E_over_hbar_omega_D, rf"$l={r.l}$ (x{r.degeneracy})", fontsize=8, va="center")
ax.annotate(
    "", xy=(0.5, 0.0), xytext=(0.5, eps), arrowprops={"arrowstyle": "<->", "color": "0.2", "lw": 1}
)
ax.text(0.52, 0.5 * eps, r"$\Delta/2$", fontsize=9, va="center")
ax.text(0.22, eps + 0.012, r"$|\epsilon|$", ha="center", fontsize=9)
ax.text(0.44, 0.3, r"$\Delta_i$", fontsize=9, color="C2", ha="right")
ax.set_xlim(0.0, 1.45)
ax.set_xticks([0.22, 0.78], ["reference\n(liquid)", "alternative"])
ax.set_ylabel(r"energy $/\,\hbar\omega_D$ (from the bottom state)")
ax.set_title("(a) levels and couplings, Eq. (58)")
ax.legend(
    handles=[
        Line2D([], [], color="C0", lw=2, label="bottom state (0)"),
        Line2D([], [], color="C1", lw=2, label=r"upper TLS state $|\epsilon|$"),
        Line2D([], [], color="C2", lw=1.2, label=r"ripplon states $\hbar\omega_l$, Eq. (33)"),
        Line2D([], [], color="C2", lw=0.5, label=r"amplitudes $\Delta_i$ (none from 0)"),
    ],
    loc="upper left",
)
# (b) exact eigenvalues of the (2 + 96)-state Hamiltonian
bx.hlines(mixed[mixed.kind == "ripplon"].E_over_hbar_omega_D, 0.55, 0.95, color="C2", lw=0.6)
for kind, color in (("bottom", "C0"), ("upper", "C1")):
    bx.hlines(mixed[mixed.kind == kind].E_over_hbar_omega_D, 0.3, 0.95, color=color, lw=2)
bx.hlines(eps, 0.05, 0.25, color="C1", lw=1.2, ls=":")
bx.hlines(0.0, 0.05, 0.25, color="C0", lw=1.2, ls=":")
bx.hlines(eq59["eps_tilde"], 0.3, 0.95, color="k", lw=1.0, ls="--")
bx.annotate(
    "",
    xy=(0.28, float(mixed[mixed.kind == "upper"].E_over_hbar_omega_D.iloc[0])),
    xytext=(0.15, eps),
    arrowprops={"arrowstyle": "->", "color": "0.3", "lw": 0.8},
)
bx.set_xlim(0.0, 1.0)
bx.set_xticks([0.15, 0.625], ["bare", "mixed"])
bx.set_title("(b) exact eigenvalues (reconstruction)")
bx.legend(
    handles=[
        Line2D([], [], color="C0", lw=2, label="lowest eigenvalue"),
        Line2D([], [], color="C1", lw=2, label="upper TLS level"),
        Line2D([], [], color="C2", lw=0.6, label="ripplon band (96 states)"),
        Line2D([], [], color="0.3", lw=1.2, ls=":", label="bare levels 0, $|\\epsilon|$"),
        Line2D([], [], color="k", lw=1.0, ls="--", label=r"$|\tilde\epsilon|$ of Eq. (59)"),
    ],
    loc="upper left",
)
exact = float(mixed.E_over_hbar_omega_D.iloc[1] - mixed.E_over_hbar_omega_D.iloc[0])
sigma = table[table.kind == "sigma"].E_over_hbar_omega_D.iloc[0]
fig.text(
    0.5,
    0.01,
    (
        rf"$|\epsilon| = {par['eps_abs']:g}$, $\Delta = {par['delta']:g}$, "
        rf"$\Delta_i = {par['ripplon_coupling']:g}$ (all $i$), "
        rf"ripplons of Eq. (33) with $\xi/a = 5.8$, $l \leq {par['l_max']}$"
        "\n"
        rf"$\Sigma$ = {sigma:.3f} (Eq. 61); TLS splitting: exact {exact:.4f}, "
        rf"Eqs. (59)-(60) {eq59['splitting']:.4f}, bare {eq59['bare_splitting']:.4f}"
    ),
    fontsize=8,
    ha="center",
    va="bottom",
)
fig.subplots_adjust(bottom=0.17)
ax.set_ylim(-0.03, top * 1.45)
plotting.save_figure(fig, snakemake.output.pdf)
log.info("drew Fig. 21")
