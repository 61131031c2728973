"""Rule quantum_theory_figure (fig01): scaled kappa vs T/T_D with the l/lambda = 150 and 1 lines."""

import matplotlib.pyplot as plt

from coldglass import plotting

table, par, log = plotting.start_plot(snakemake)
fig, ax = plt.subplots(figsize=(5.4, 4.3))
for ratio, group in table.groupby("mfp_over_wavelength", sort=False):
    ax.loglog(group.T_over_TD, group.kappa_over_K, color="black")  # both solid, as in the caption
    anchor = group.iloc[len(group) // 3]
    ax.text(
        anchor.T_over_TD,
        anchor.kappa_over_K * 3.0,
        rf"$l_{{mfp}}/\lambda = {ratio:g}$",
        fontsize=9,
        ha="right",
        va="bottom",
        rotation=30,
    )
ax.set_xlim(par["t_min"], par["t_max"])
ax.set_ylim(1e-6, 1e2)
ax.set_xlabel(r"$T/T_D$")
ax.set_ylabel(r"$\kappa\,/\,K$")
ax.set_title(
    r"$\kappa = \frac{1}{3}\sum_\omega C_{ph}\,l_{mfp}\,c_s$, $l_{mfp} = L_0\,\lambda(\omega)$, "
    r"$\lambda = 2\pi c_s/\omega$;  $K = k_B^3T_D^2/\pi\hbar^2 c_s$",
    fontsize=9,
)
plotting.note_data_not_shown(
    ax, "Freeman & Anderson,\nPhys. Rev. B 34, 5684 (1986), Fig. 2", loc=(0.52, 0.03)
)
plotting.save_figure(fig, snakemake.output.pdf)
log.info("drew Fig. 1")
