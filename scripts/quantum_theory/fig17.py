"""Rule figure (fig17): rho(omega) T_g of Eq. (39) (solid), the fourth-order term (dash-dotted)
and the third-order term (dashed) at one sigma, and the exact sum of Eq. (37) (ours, thin)."""

import matplotlib.pyplot as plt

from coldglass import plotting

table, par, log = plotting.start_plot(snakemake)
sdm = table[table.kind == "sdm"]
exact = table[table.kind == "exact"]
fig, ax = plt.subplots(figsize=(5.2, 4.0))
ax.loglog(exact.omega, exact.rho_Tg, color="0.6", lw=0.7, label=r"exact sum, Eq. (37) (ours)")
ax.loglog(sdm.omega, sdm.rho_Tg, color="k", lw=1.6, label=r"$\rho(\omega)T_g$, Eq. (39)")
ax.loglog(sdm.omega, sdm.fourth, color="C3", ls="-.", label="fourth-order term")
ax.loglog(sdm.omega, sdm.third, color="C0", ls="--", label="third-order term (imaginary)")
ax.set_xlim(par["omega_min"], par["omega_max"])
ax.set_ylim(3e-3, 1e5)  # the 1e-2 tick clear of the x axis labels
ax.set_xlabel(r"$\omega/\omega_D$")
ax.set_ylabel(r"$\rho(\omega)\,T_g$;  terms at one $\sigma$")
ax.set_title(
    rf"$T_g/\omega_D = {par['tg_over_wd']:g}$ (ours; a-SiO$_2$), $\omega_l$ of Eq. (33), "
    r"$l = 2..9$",
    fontsize=8,
)
ax.legend(loc="upper left", fontsize=8)
plotting.save_figure(fig, snakemake.output.pdf)
log.info("drew Fig. 17")
