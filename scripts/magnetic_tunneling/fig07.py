"""Rule magnetic_tunneling_fig07: C-bar(B) for (a) BAS and (b) Duran (Fig. 7, caption l.226),
with every digitized series and the curve refitted to it."""

import matplotlib.pyplot as plt

from coldglass import digitized, plotting

df, par, log = plotting.start_plot(snakemake)
Y_SCALE = 1e6  # J/(g K) -> uJ/(g K)
X_UNITS, Y_UNITS = digitized.axis_units("magnetic_tunneling", "fig07", Y_SCALE)
REF = {"infinity": r"C_p(\infty)", "B_ref": rf"C_p({par['B_ref_T']:g}\,\mathrm{{T}})"}
SHORT = {"D_min_K": r"D_{\min}", "X_min_K_A2": r"D_{0\min}qS", "X_max_K_A2": r"D_{0\max}qS"}
UNIT = {"D_min_K": "K", "X_min_K_A2": "K Å²", "X_max_K_A2": "K Å²"}

fig, axes = plt.subplots(1, 2, figsize=(10.0, 4.2))
for ax, glass, panel in zip(axes, ("BAS", "Duran"), ("a", "b")):
    sub = df[(df.glass == glass) & (df.component == "total")]
    for i, (T, curve) in enumerate(sub.groupby("T_K")):
        ax.plot(
            curve.B_T,
            curve.Cbar_J_per_gK * Y_SCALE,
            color=f"C{i}",
            label=f"{T:.2f} K, " + ("Tables 1-2" if glass == "BAS" else "Tables 3-4"),
        )
    drawn = plotting.draw_digitized(
        ax, snakemake, x_units=X_UNITS, y_units=Y_UNITS, panel=panel, color="k"
    )
    for name, fit in par["refits"].items():
        if fit["glass"] != glass:
            continue
        curve = df[(df.glass == glass) & (df.component == f"refit: {name}")]
        values = "\n".join(
            rf"${SHORT[k]}={v:.3g}$ {UNIT[k]}" for k, v in fit["fitted"].items() if k in SHORT
        )
        ax.plot(
            curve.B_T,
            curve.Cbar_J_per_gK * Y_SCALE,
            "--",
            color="k",
            lw=1.1,
            label=f"refit to {name}:\n{values}",
        )
    b_star = snakemake.config["magnetic_tunneling"]["glasses"][glass]["B_star_T"]
    n_refit = sum(fit["glass"] == glass for fit in par["refits"].values())
    top = (1.45 + 0.45 * n_refit) * sub.Cbar_J_per_gK.max() * Y_SCALE  # room for the legend
    ax.axvline(
        b_star,
        ymax=1.08 / (1.45 + 0.45 * n_refit),
        color="0.5",
        lw=0.8,
        ls=":",
        label=rf"$B^*$ = {b_star:g} T ($\varphi$ = 1)",
    )
    ax.axhline(0, color="0.7", lw=0.6, zorder=0)
    ax.set_xlim(0, df.B_T.max())
    ax.set_ylim(0, top)
    ax.set_xlabel(r"$B$ (T)")
    ax.set_ylabel(
        rf"$\bar C_p = C_p(B)-{REF[par['cbar_reference']]}$ ($\mu$J g$^{{-1}}$K$^{{-1}}$)"
    )
    ax.set_title(f"({panel}) {glass}" + (" (AlBaSiO)" if glass == "BAS" else ""), loc="left")
    ax.legend(loc="upper right", fontsize=8)
    if not drawn:
        plotting.note_data_not_shown(
            ax, snakemake.config["magnetic_tunneling"]["fig07"]["data_source"], loc=(0.03, 0.85)
        )
fig.tight_layout()
plotting.save_figure(fig, snakemake.output.pdf)
