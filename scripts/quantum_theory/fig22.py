"""Rule figure (fig22): (a) |epsilon| vs |eps~|, Eq. (59); (b) |d epsilon/d eps~|, Eq. (66)."""

import matplotlib.pyplot as plt

from coldglass import plotting

table, par, log = plotting.start_plot(snakemake)


def series(name):
    return table[table.series == name]


sigma = float(series("sigma").value.iloc[0])
top = float(series("omega_2").value.iloc[0])
curve = series("eq59")
fig, (ax, bx) = plt.subplots(1, 2, figsize=(6.8, 3.6))
ax.plot(curve.eps_tilde, curve.value, color="C0", label="Eq. (59)")
ax.plot(
    [0.0, 0.0],
    [0.0, sigma],
    color="C0",
    lw=3,
    solid_capstyle="butt",
    label=r"$|\epsilon| < \Sigma$: $\tilde\epsilon = 0$",
)
below = series("exact_below")
ax.plot(
    below.eps_tilde,
    below.value,
    color="C1",
    ls="-.",
    lw=1.0,
    label=r"exact, $\Delta = 0$: $\tilde\epsilon < 0$ (no clamp)",
)
ident = series("identity")
ax.plot(
    ident.eps_tilde,
    ident.value,
    color="0.5",
    ls="--",
    lw=1.0,
    label=r"$|\epsilon| = |\tilde\epsilon|$ (no mixing)",
)
ax.axvline(top, color="0.3", ls=":", lw=1.0, label=r"$\hbar\omega_2$, Eq. (33)")
ax.axhline(sigma, color="0.6", lw=0.6)
ax.text(-sigma, sigma * 1.1, r"$\Sigma$ (Eq. 61)", fontsize=8, va="bottom")
ax.set_xlim(-sigma * 1.1, top * 1.08)
ax.set_ylim(0.0, 0.4)
ax.set_xticks([0.0, 0.05, 0.1, 0.15])
ax.set_xlabel(r"$|\tilde\epsilon|\;/\;\hbar\omega_D$")
ax.set_ylabel(r"$|\epsilon|\;/\;\hbar\omega_D$")
ax.set_title("(a) bare vs effective asymmetry")
ax.legend(loc="upper left")

full = series("jacobian_full")
paper = series("jacobian_eq66")
bx.plot(paper.eps_tilde, paper.value, color="C0", label=r"Eq. (66): $1$ for $\tilde\epsilon > 0$")
bx.plot(
    full.eps_tilde,
    full.value,
    color="C2",
    ls="--",
    label=r"$1 + \sum_i \Delta_i^2/(\hbar\omega_i - \tilde\epsilon)^2$",
)
bx.annotate(
    "", xy=(0.0, 2.6), xytext=(0.0, 0.0), arrowprops={"arrowstyle": "-|>", "color": "C0", "lw": 2}
)
bx.plot(
    [],
    [],
    color="C0",
    lw=2,
    marker="^",
    label=r"$\Sigma\,\delta(\tilde\epsilon)$" + f", weight {sigma:.3f}",
)
bx.axvline(top, color="0.3", ls=":", lw=1.0, label=r"$\hbar\omega_2$")
bx.set_xlim(-0.01, top * 1.08)
bx.set_ylim(0.0, 3.0)
bx.set_xlabel(r"$\tilde\epsilon\;/\;\hbar\omega_D$")
bx.set_ylabel(r"$|\partial\epsilon/\partial\tilde\epsilon|$")
bx.set_title("(b) Jacobian of the map")
bx.legend(loc="upper center")
fig.text(
    0.5,
    0.01,
    rf"Ripplons of Eq. (33), $\xi/a = 5.8$, $l \leq {par['l_max']}$; "
    rf"$\Delta_i = {par['ripplon_coupling']:g}\,\hbar\omega_D$ for all $i$ (our choice), "
    rf"$\Sigma = B\Delta_i^2$ (Eq. 65)",
    fontsize=8,
    ha="center",
    va="bottom",
)
fig.subplots_adjust(bottom=0.22, wspace=0.32)
plotting.save_figure(fig, snakemake.output.pdf)
log.info("drew Fig. 22")
