"""Rule figure (fig15): the bump in C/T^3 per domain, Eq. (36) averaged over n(eps) (thin line)
and with friction and frequency shift (Eq. 55) for three T_g/omega_D, Debye included; any
digitized a-SiO2 series (J g^-1 K^-4 vs K) scaled by the caption's factor."""

import matplotlib.pyplot as plt

from coldglass import plotting

table, par, log = plotting.start_plot(snakemake)
fig, ax = plt.subplots(figsize=(5.4, 4.2))
styles = {"no coupling": dict(color="k", lw=0.8)}
colors = iter(("C0", "C2", "C3"))
for label, group in table.groupby("curve", sort=False):
    style = styles.get(label) or dict(color=next(colors), lw=1.6)
    text = (
        rf"Eq. (36), no coupling, $T_g/\omega_D = {group.tg_over_wd.iloc[0]:g}$"
        if label == "no coupling"
        else rf"with friction and shift, $T_g/\omega_D = {group.tg_over_wd.iloc[0]:g}$"
    )
    ax.loglog(group.T_over_TD, group.C_over_T3, label=text, **style)
debye = table[table.curve == "no coupling"]
ax.loglog(
    debye.T_over_TD,
    debye.C_debye / debye.T_over_TD**3,
    color="0.5",
    ls=":",
    lw=1.0,
    label=r"Debye alone, $(\xi/a)^3 c_D$",
)
scale = par["data_scale_factor"]
drawn = plotting.draw_digitized(
    ax,
    snakemake,
    x_units={"1": 1.0, "K": 1.0 / par["T_D_K"]},
    y_units={"1": 1.0, "J/(g K^4)": scale},
    color="k",
)
ax.set_xlim(par["t_min"], par["t_max"])
ax.set_ylim(2e4, 2e6)
ax.set_xlabel(r"$T/T_D$")
ax.set_ylabel(r"$C/T^3$ per domain, $k_B\,(T/T_D)^{-3}$")
ax.set_title(
    rf"$\omega_l$ of Eq. (33), $(\xi/a)^3 = {par['xi_cubed']:g}$;"
    "\n"
    rf"$\omega_c = {par['omega_c_over_a_xi']:g}\,(a/\xi)\,\omega_D$, "
    rf"cut-off smeared by $\omega_c/\sqrt{{D}}$, $D = {par['fragility']:g}$ (ours)",
    fontsize=8,
)
ax.legend(loc="upper right", fontsize=8)
if not drawn:
    plotting.note_data_not_shown(
        ax, f"a-SiO2, Pohl 1981, Fig. 3.10; scale x{scale:.3g}", loc=(0.02, 0.04)
    )
plotting.save_figure(fig, snakemake.output.pdf)
log.info("drew Fig. 15 with %d digitized series", len(drawn))
