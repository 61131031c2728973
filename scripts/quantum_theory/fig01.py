"""Rule figure (quantum_theory fig01): scaled kappa vs T/T_D with the l/lambda = 150 and 1 lines
and any digitized kappa(T) series (raw W/(m K) vs K scaled with the sidecar's c_s and T_D)."""

import matplotlib.pyplot as plt

from coldglass import phonons, plotting

table, par, log = plotting.start_plot(snakemake)
fig, ax = plt.subplots(figsize=(5.6, 4.6))
chosen = table[table.wavelength == par["wavelength"]]
other = table[table.wavelength != par["wavelength"]]
names = {"mode": r"$\lambda = 2\pi c_s/\omega$", "thermal": r"$\lambda = \hbar c_s/k_BT$"}
for i, (ratio, group) in enumerate(chosen.groupby("mfp_over_wavelength", sort=False)):
    ax.loglog(
        group.T_over_TD,
        group.kappa_over_K,
        color="black",
        label=rf"$l_{{mfp}}/\lambda = {ratio:g}$, {names[par['wavelength']]}" if i == 0 else None,
    )
    anchor = group.iloc[len(group) // 4]
    ax.text(
        anchor.T_over_TD,
        anchor.kappa_over_K * 4.0,
        rf"$l_{{mfp}}/\lambda = {ratio:g}$",
        fontsize=8,
        ha="right",
        va="bottom",
        rotation=28,
    )
for i, (_ratio, group) in enumerate(other.groupby("mfp_over_wavelength", sort=False)):
    ax.loglog(
        group.T_over_TD,
        group.kappa_over_K,
        color="0.45",
        ls=":",
        lw=1.2,
        label=f"same, {names[other.wavelength.iloc[0]]} as printed" if i == 0 else None,
    )


def x_factor(side):
    """K -> T/T_D with the series' Debye temperature."""
    return 1.0 / float(side["T_D_K"])


def y_factor(side):
    """W/(m K) -> kappa/K with K = k_B^3 T_D^2/(pi hbar^2 c_s) of the series' glass."""
    return 1.0 / phonons.conductivity_scale(float(side["T_D_K"]), float(side["c_s_m_per_s"]))


drawn = plotting.draw_digitized(
    ax,
    snakemake,
    x_units={"1": 1.0, "K": x_factor},
    y_units={"1": 1.0, "W/(m K)": y_factor},
)
ax.set_xlim(par["t_min"], par["t_max"])
ax.set_ylim(2e-9, 1e2)
ax.set_xlabel(r"$T/T_D$")
ax.set_ylabel(r"$\kappa\,/\,K$,  $K = k_B^3T_D^2/\pi\hbar^2 c_s$")
ax.set_title(
    r"kinetic $\kappa = \frac{1}{3}\sum_\omega C_{ph}\,l_{mfp}\,c_s$, Debye spectrum;"
    "\n"
    r"$\lambda = 2\pi c_s/\omega$ as Eq. (20) needs "
    r"(printed: $\hbar c_s/k_BT$, 1.75$\times$ lower)",
)
ax.legend(loc="upper left", fontsize=8)
if not drawn:
    plotting.note_data_not_shown(
        ax, "Freeman & Anderson,\nPhys. Rev. B 34, 5684 (1986), Fig. 2", loc=(0.50, 0.05)
    )
plotting.save_figure(fig, snakemake.output.pdf)
log.info("drew Fig. 1 with %d digitized series", len(drawn))
