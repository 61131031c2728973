"""Rule figure (figS01, not in the paper): Casimir expansivity and Grueneisen parameter of silica.

(a) linear expansivity alpha(T), (b) Grueneisen parameter gamma(T), 0.1-10 K: ripplon-ripplon
(Eqs. 75-76), ripplon-TLS (Eqs. 79-80) and their sum with the paper's closed-form sums, the
sum with the explicit ripplon sums over l = 2..9, and the bound of Eq. (82).
"""

import matplotlib.pyplot as plt

from coldglass import plotting

table, par, log = plotting.start_plot(snakemake)
paper = table[table.sums == "paper"]
explicit = table[(table.sums == "explicit") & (table.term == "total")]
styles = {
    "rr": ("C0", "--", "ripplon-ripplon, Eqs. (75), (76)"),
    "rt": ("C1", "-.", "ripplon-TLS, Eqs. (79), (80)"),
    "total": ("k", "-", "sum"),
}
fig, (ax, bx) = plt.subplots(1, 2, figsize=(7.0, 3.8))
for term, (color, ls, label) in styles.items():
    part = paper[paper.term == term]
    ax.loglog(part.T_K, -part.alpha_per_K, color=color, ls=ls, label=label)
    bx.semilogx(part.T_K, part.gamma, color=color, ls=ls, label=label)
ax.loglog(
    explicit.T_K, -explicit.alpha_per_K, color="C2", ls=":", label="sum, explicit sums $l \\leq 9$"
)
bx.semilogx(
    explicit.T_K, explicit.gamma, color="C2", ls=":", label="sum, explicit sums $l \\leq 9$"
)
bound = paper[paper.term == "phillips_bound"]
bx.fill_between(
    bound.T_K,
    -bound.gamma,
    bound.gamma,
    color="0.85",
    lw=0,
    label=r"$|\gamma|$ < bound of Eq. (82)",
)
for a in (ax, bx):
    a.set_xlim(*par["T_range_K"])
    a.set_xlabel(r"$T$ (K)")
ax.set_ylabel(r"$-\alpha$ (1/K), linear expansivity")
ax.set_title(r"(a) $-\alpha = -(1/3V)\,\partial V/\partial T$")
bx.set_ylabel(r"Grüneisen parameter $\gamma$")
bx.set_ylim(-40, 12)
bx.set_title(r"(b) $\gamma = \alpha_V K/c_V$")
# the measured values the text quotes at 1 K (Sec. VI): alpha = -1.0e-9 1/K, gamma -5 to -20
ax.plot([1.0], [1.0e-9], "s", color="C3", ms=5, label="measured at 1 K, as quoted in Sec. VI")
bx.errorbar([1.0], [-12.5], yerr=[[7.5], [7.5]], fmt="none", ecolor="C3", capsize=3, lw=1.5)
bx.plot([], [], "s", color="C3", ms=5, label="measured at 1 K, as quoted")
plotting.note_data_not_shown(ax, "Ackerman et al.\n1984, Figs. 2-3", loc=(0.45, 0.03))
ax.set_ylim(5e-12, 3e-8)
bx.set_yticks([-30, -20, -10, 0, 10])
ax.legend(loc="upper left")
bx.legend(loc="lower right")
s = par["silica"]
fig.suptitle(
    rf"Not in the paper. Silica: $T_g = {par['T_g_K']:g}$ K, $T_D = {par['T_D_K']:g}$ K, "
    rf"$(\xi/a)^3 = {par['xi_over_a_cubed']:g}$, $\xi = {s['xi_m'] * 1e10:g}$ Å, "
    rf"$\rho = {s['rho_kg_per_m3'] / 1000:g}$ g/cm$^3$, $c_s = {s['c_s_m_per_s']:g}$ m/s, "
    r"$K = \rho c_s^2/3$",
    fontsize=8,
)
fig.tight_layout()
plotting.save_figure(fig, snakemake.output.pdf)
log.info("drew figS01")
