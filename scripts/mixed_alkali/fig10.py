"""Fig. 10: the dielectric 2LS and ATS prefactors vs x (the laws of Eq. 20 as drawn in Fig. 8)."""

import matplotlib.pyplot as plt
from _prefactor_plot import data_or_note, draw_quantity

from coldglass import plotting

df, par, log = plotting.start_plot(snakemake)
law = par["laws"]
fig, (a, b) = plt.subplots(1, 2, figsize=(10.0, 4.4))
draw_quantity(
    a,
    df,
    "A_2LS",
    1e5,
    "drawn_in_fig08",
    {
        "A0 (1 - x) + B x^kappa": dict(
            color="C0", lw=1.8, label=r"$A_0(1-x)+Bx^{\kappa}$, Eq. (20)"
        ),
        "A0 (1 - x), dilution only": dict(
            color="C0", lw=1.1, ls="--", label=r"$A_0(1-x)$: dilution only (no new 2LS)"
        ),
    },
)
a.set_ylabel(r"2LS prefactor $A_{2LS}=\bar P p_0^2/\epsilon_0\epsilon_r$ ($10^{-5}$)")
a.set_title(
    rf"(a) 2LS, Eq. (20): $A_0$={law['A0']:.2g}, $B/A_0$={law['B'] / law['A0']:g}, "
    rf"$\kappa$={law['kappa']:g}",
    fontsize=9,
    loc="left",
)
draw_quantity(
    b, df, "A_ATS_K", 1e3, "drawn_in_fig08", {"a x": dict(color="C1", lw=1.8, label=r"$a\,x$")}
)
b.set_ylabel(
    r"ATS prefactor $A_{ATS}=\pi P^* p_1^2\ln(D_{0max}/D_{0min})/\epsilon_0\epsilon_r$ (mK)"
)
b.set_title(rf"(b) ATS, linear in $x$: $a$={law['a'] * 1e3:g} mK", fontsize=9, loc="left")
panels = (
    (a, "a", (0.4, 0.33), {"1": 1e5, "1e-5": 1.0}),
    (b, "b", (0.03, 0.62), {"K": 1e3, "mK": 1.0}),
)
for ax, panel, loc, y_units in panels:
    data_or_note(ax, snakemake, panel, 1, loc, y_units)
    ax.legend(loc="lower right", fontsize=8, frameon=False)
fig.suptitle(
    "Composition laws of Sec. 3 with the illustrative parameters of Fig. 8 (Table 1 lost)",
    fontsize=9,
)
fig.tight_layout()
plotting.save_figure(fig, snakemake.output.pdf)
