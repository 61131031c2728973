"""Fig. 12: C_p(T) of pure SiO2 (Eq. 21) and (SiO2)1-x(K2O)x (Eq. 31), log-log."""

import matplotlib.pyplot as plt

from coldglass import plotting

df, par, log = plotting.start_plot(snakemake)
fig, ax = plt.subplots(figsize=(8.2, 4.6))
for i, (x, sub) in enumerate(df.groupby("x")):
    lab = "pure SiO$_2$, Eq. (21)" if x == 0 else f"x = {x:g}, Eq. (31)"
    ax.plot(sub.T_K, sub.C_total * 1e6, color=f"C{i}", lw=1.6, label=lab)
last = df[df.x == df.x.max()]
ax.plot(
    last.T_K,
    last.C_ats * 1e6,
    ":",
    color="0.3",
    lw=1.0,
    label=rf"ATS shoulder, Eq. (26), x = {df.x.max():g}",
)
ax.plot(
    last.T_K,
    last.C_fe * 1e6,
    "-.",
    color="0.5",
    lw=1.0,
    label=rf"Fe centres, Eq. (30), x = {df.x.max():g}",
)
ax.set_xscale("log")
ax.set_yscale("log")
ax.set_ylim(1e-2, None)
ax.set_xlabel("T (K)")
ax.set_ylabel(r"$C_p$ ($\mu$J g$^{-1}$ K$^{-1}$)")
ax.set_title(
    rf"$B_{{ph}}(x=0)$ from $\theta_D={par['debye_temperature_K']:g}$ K (Zeller & Pohl 1971); "
    "prefactors vs x from the laws of Fig. 13, coefficients illustrative (Table 2 lost)",
    fontsize=8,
)
y_units = {"J/(g K)": 1e6, "mJ/(g K)": 1e3, "uJ/(g K)": 1.0}  # axis in uJ/(g K)
drawn = plotting.draw_digitized(ax, snakemake, x_units={"K": 1.0, "mK": 1e-3}, y_units=y_units)
ax.legend(loc="center left", bbox_to_anchor=(1.01, 0.5), fontsize=8, frameon=False)
if not drawn:
    plotting.note_data_not_shown(
        ax, "MacDonald, Anderson & Schroeder, PRB 31, 1090 (1985)", loc=(0.02, 0.8)
    )
fig.tight_layout()
plotting.save_figure(fig, snakemake.output.pdf)
