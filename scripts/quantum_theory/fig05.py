"""Rule figure (quantum_theory fig05): kinetic vs thermodynamic fragility (identity line)."""

import matplotlib.pyplot as plt
import numpy as np

from coldglass import plotting

table, par, log = plotting.start_plot(snakemake)
fig, ax = plt.subplots(figsize=(5.2, 5.0))
lo, hi = par["m_range"]
mmin = par["m_strong_limit"]
on = table.m_thermo >= mmin
ax.plot(
    table.m_thermo[on],
    table.m_kinetic_rfot[on],
    color="black",
    label=r"RFOT: $m_{\rm kinetic} = m_{\rm thermo}$",
)
ax.axvspan(lo, mmin, color="0.88", lw=0)
ax.text(
    mmin + 2,
    hi * 0.40,
    rf"$m \geq \Lambda/\ln 10 = {mmin:.0f}$" "\n(strong limit,\n" r"$\Delta c_p \to 0$)",
    fontsize=8,
    color="0.3",
)
ax.set_xlim(lo, hi)
ax.set_ylim(lo, hi)
ax.set_aspect("equal")
ax.set_xlabel(r"$m$ from thermodynamics (RFOT)")
ax.set_ylabel(r"$m$ from kinetics")
ok = np.isfinite(table.delta_cp_over_kB_per_bead.to_numpy())
mm, dcp = table.m_thermo.to_numpy()[ok], table.delta_cp_over_kB_per_bead.to_numpy()[ok]
top = ax.secondary_xaxis(
    "top", functions=(lambda x: np.interp(x, mm, dcp), lambda y: np.interp(y, dcp, mm))
)
top.set_xlabel(r"$\Delta c_p(T_g)$ per bead $/\,k_B$ giving this $m$", fontsize=9)
top.set_xticks([1, 2, 4, 6, 8])
ax.text(
    0.97,
    0.03,
    r"$m = \frac{1}{T_g}\frac{d\log_{10}\tau}{d(1/T)}|_{T_g}$;"
    "\n"
    r"RFOT: $m = \frac{\Lambda}{\ln 10}\left(1 + \frac{\Delta c_p}{s_c(T_g)}\right)$,"
    rf" $s_c(T_g) = {par['s_c_tg_over_kB']:.2f}\,k_B$"
    "\n"
    rf"($D = {par['vf_constant']:.1f}\,k_B/\Delta c_p$; $\Lambda = \ln 10^{{17}}$)"
    "\n"
    r"caption: $m_{\rm theor} \propto \Delta c_p(T_g)\,T_g/(\Delta H_m\, s_c^2(T_g))$",
    transform=ax.transAxes,
    ha="right",
    va="bottom",
    fontsize=8,
)
ax.legend(loc="upper left")
if plotting.draw_digitized(ax, snakemake):
    ax.legend(fontsize=8)
else:
    plotting.note_data_not_shown(
        ax,
        "Stevenson & Wolynes 2004\n(unpubl.) = J. Phys. Chem. B\n109, 15093 (2005)",
        loc=(0.12, 0.62),
    )
plotting.save_figure(fig, snakemake.output.pdf)
log.info("drew Fig. 5")
