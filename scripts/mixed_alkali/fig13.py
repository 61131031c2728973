"""Fig. 13: the heat-capacity prefactors B_2LS, B_ATS and B_ph vs x (laws of Sec. 4, as drawn
in Fig. 12)."""

import matplotlib.pyplot as plt
from _prefactor_plot import data_or_note, draw_quantity

from coldglass import plotting

df, par, log = plotting.start_plot(snakemake)
law = par["laws"]
fig, (a, b, c) = plt.subplots(1, 3, figsize=(12.0, 4.4))
draw_quantity(
    a,
    df,
    "B_2LS",
    1e6,
    "drawn_in_fig12",
    {
        "B_2LS(0) (1 - x) + B' x^kappa": dict(
            color="C0", lw=1.8, label=r"$B_{2LS}(0)(1-x)+B'x^{\kappa}$"
        ),
        "B_2LS(0) (1 - x), dilution only": dict(
            color="C0", lw=1.1, ls="--", label=r"$B_{2LS}(0)(1-x)$: dilution only"
        ),
    },
)
a.set_ylabel(r"$B_{2LS}$ ($\mu$J g$^{-1}$ K$^{-2}$)")
a.set_title(
    rf"(a) 2LS: $B'/B_{{2LS}}(0)$={law['B_2LS_interface'] / law['B_2LS0']:g}, "
    rf"$\kappa$={law['kappa']:g}",
    fontsize=9,
    loc="left",
)
draw_quantity(
    b, df, "B_ATS", 1e6, "drawn_in_fig12", {"b x": dict(color="C1", lw=1.8, label=r"$b\,x$")}
)
b.set_ylabel(r"$B_{ATS}=2\pi k_B P^* n_{ATS}\ln(D_{0max}/D_{0min})$ ($\mu$J g$^{-1}$ K$^{-1}$)")
b.set_title(
    rf"(b) ATS: $b$={law['b'] * 1e6:g} $\mu$J g$^{{-1}}$ K$^{{-1}}$", fontsize=9, loc="left"
)
draw_quantity(
    c,
    df,
    "B_ph",
    1e6,
    "drawn_in_fig12",
    {
        "B_NF (1 - x) + B_NM x + C x^kappa": dict(
            color="C2", lw=1.8, label=r"$B_{NF}(1-x)+B_{NM}x+Cx^{\kappa}$"
        ),
        "B_NF (1 - x) + B_NM x, no interface term": dict(
            color="C2", lw=1.1, ls="--", label=r"$B_{NF}(1-x)+B_{NM}x$: no interface term"
        ),
    },
)
c.set_ylabel(r"$B_{ph}$ ($\mu$J g$^{-1}$ K$^{-4}$)")
c.set_title(
    rf"(c) phonons: $B_{{NF}}$ from $\theta_D$={par['debye_temperature_K']:g} K, "
    rf"$B_{{NM}}/B_{{NF}}$={law['B_ph_nm'] / law['B_ph_nf']:g}, $C/B_{{NF}}$="
    rf"{law['C_ph'] / law['B_ph_nf']:g}",
    fontsize=8,
    loc="left",
)
panels = (
    (a, "a", (0.33, 0.3), {"J/(g K^2)": 1e6, "uJ/(g K^2)": 1.0}),
    (b, "b", (0.03, 0.62), {"J/(g K)": 1e6, "uJ/(g K)": 1.0}),
    (c, "c", (0.3, 0.2), {"J/(g K^4)": 1e6, "uJ/(g K^4)": 1.0}),
)
for ax, panel, loc, y_units in panels:
    data_or_note(ax, snakemake, panel, 2, loc, y_units)
    ax.legend(loc="lower right", fontsize=8, frameon=False)
fig.suptitle(
    "Composition laws of Sec. 4 with the illustrative parameters of Fig. 12 (Table 2 lost); "
    r"one $\kappa$ for all fits",
    fontsize=9,
)
fig.tight_layout()
plotting.save_figure(fig, snakemake.output.pdf)
