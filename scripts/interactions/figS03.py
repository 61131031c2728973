"""figS03 (NOT IN THE PAPER): distributions of the random fields and their limit laws."""

import matplotlib.pyplot as plt

from coldglass import plotting

table, par, log = plotting.start_plot(snakemake)
names = {
    "B": r"$B$ (Eq. 29) / $g_{z0}$",
    "b_eta": r"$b^{(\eta)}$ (Eq. 68) / $(\eta\zeta_0/4\pi\rho c_l^2 a_0^4)$",
    "b_gamma": r"$b^{(\gamma)}$ (Eq. 60) / $(\gamma_0\zeta_0/4\pi\rho c_l^2 a_0^4)$",
}
laws = {"B": "Cauchy (stable, α = 1)", "b_eta": "stable, α = 3/4", "b_gamma": "stable, α = 3/4"}
fig, axes = plt.subplots(1, 3, figsize=(12.0, 4.0))
for ax, (field, name) in zip(axes, names.items()):
    for index, (x, part) in enumerate(table[table.field == field].groupby("x")):
        scale = part.scale.iloc[0]
        ax.step(
            part.value / scale,
            part.mc_density * scale,
            where="mid",
            color=f"C{index}",
            label=f"Monte Carlo, x = {x:g}",
        )
        ax.plot(
            part.value / scale,
            part.limit_density * scale,
            color=f"C{index}",
            ls="--",
            lw=1.0,
            label=f"{laws[field]}, x = {x:g}",
        )
    ax.set_xlabel(f"{name} ÷ scale(x)")
    ax.set_ylabel("probability density × scale")
    ax.set_yscale("log")
    ax.set_ylim(2e-5, 1.0)
    ax.legend(fontsize=8, loc="lower center")
fig.suptitle(
    "NOT IN THE PAPER: random fields from the Monte Carlo vs the dilute-limit stable laws "
    f"({par['samples']} samples per x, $c_\\perp/c_l$ = {par['c_t_over_c_l']:g})",
    fontsize=10,
)
fig.tight_layout()
plotting.save_figure(fig, snakemake.output.pdf)
log.info("drew figS03")
