"""Rule figure (fig14): levels of a tunnelling centre: reference state 0, alternative state eps
and its ripplon levels eps + sum n_l omega_l (Eq. 33); solid arrows: transitions between the
intrinsic states (linear in strain), dashed: a "vertical" transition within the ladder."""

import matplotlib.pyplot as plt

from coldglass import plotting

table, par, log = plotting.start_plot(snakemake)
ref = table[table.column == "reference"]
alt = table[table.column == "alternative"]
fig, ax = plt.subplots(figsize=(5.0, 4.6))
ax.hlines(ref.energy, 0.0, 1.0, color="k", lw=2.0, label="reference state")
colors = {0: "k", 1: "C0", 2: "C2"}
for quanta, group in alt.groupby("quanta"):
    name = {0: r"alternative state $\epsilon$", 1: "one ripplon", 2: "two ripplons"}[quanta]
    ax.hlines(
        group.energy, 2.0, 3.0, color=colors[quanta], lw=2.0 if quanta == 0 else 1.0, label=name
    )
for _, row in alt[alt.quanta <= 1].iterrows():
    ax.text(3.05, row.energy, rf"${row.label}$", va="center", fontsize=8)
targets = alt[alt.quanta <= 1].energy.to_numpy()
for e in targets[:4]:
    ax.annotate(
        "", xy=(2.0, e), xytext=(1.0, 0.0), arrowprops=dict(arrowstyle="->", color="0.3", lw=0.8)
    )
ax.annotate(
    "",
    xy=(2.6, targets[1]),
    xytext=(2.6, targets[0]),
    arrowprops=dict(arrowstyle="->", color="C3", lw=1.0, ls="--"),
)
ax.plot([], [], color="0.3", lw=0.8, label="resonant (linear in strain)")
ax.plot([], [], color="C3", lw=1.0, ls="--", label="vertical (Rayleigh only)")
ax.set_xlim(-0.3, 4.6)
ax.set_ylim(-0.05, alt.energy.max() * 1.05)
ax.set_xticks([])
ax.set_ylabel(r"energy / $\hbar\omega_D$")
ax.set_title(
    rf"$\epsilon = {par['epsilon_over_omega2']:g}\,\omega_2$ (ours); $\omega_l$ of Eq. (33), "
    rf"$\xi/a = {par['xi_over_a']:g}$, $l = 2..{1 + par['l_shown']}$",
    fontsize=8,
)
ax.legend(loc="upper left", fontsize=8)
plotting.save_figure(fig, snakemake.output.pdf)
log.info("drew Fig. 14")
