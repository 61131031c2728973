"""Rule magnetic_tunneling_fig07: C-bar(B) for (a) BAS and (b) Duran (Fig. 7, caption l.226)."""

from pathlib import Path

import matplotlib.pyplot as plt

from coldglass import io, plotting

df, par, log = plotting.start_plot(snakemake)
Y_SCALE = 1e6  # J/(g K) -> uJ/(g K)
Y_UNITS = {"J/(g K)": 1.0, "uJ/(g K)": 1e-6, "mJ/(g K)": 1e-3}
points = {}
for path in snakemake.input.digitized:
    data, side = io.read_digitized(path)
    if side["y_unit"] not in Y_UNITS or side["x_unit"] != "T":
        raise io.InputError(
            Path(path).with_suffix(".yaml"),
            "Fig. 7 series need x_unit 'T' and y_unit one of " + ", ".join(Y_UNITS),
            field="y_unit",
        )
    points.setdefault(str(side["figure"]).strip().lower(), []).append((data, side))

fig, axes = plt.subplots(1, 2, figsize=(9.0, 3.8), sharey=False)
for ax, glass, panel in zip(axes, ("BAS", "Duran"), ("a", "b")):
    sub = df[(df.glass == glass) & (df.component == "total")]
    for i, (T, curve) in enumerate(sub.groupby("T_K")):
        ax.plot(curve.B_T, curve.Cbar_J_per_gK * Y_SCALE, color=f"C{i}", label=f"{T:.2f} K")
    for data, side in points.get(f"7{panel}", []) + points.get(f"fig07{panel}", []):
        ax.plot(
            data.x,
            data.y * Y_UNITS[side["y_unit"]] * Y_SCALE,
            "o",
            ms=3.5,
            mfc="none",
            label=str(side["series"]),
        )
    ax.axhline(0, color="0.7", lw=0.6, zorder=0)
    ax.set_xlim(0, df.B_T.max())
    ax.set_ylim(top=1.12 * sub.Cbar_J_per_gK.max() * Y_SCALE)
    ax.set_xlabel(r"$B$ (T)")
    ax.set_ylabel(r"$\bar C_p = C_p(B)-C_p(8\,\mathrm{T})$ ($\mu$J g$^{-1}$K$^{-1}$)")
    ax.set_title(
        f"({panel}) {glass}" + (" (AlBaSiO)" if glass == "BAS" else ""), loc="left", fontsize=10
    )
    ax.legend(loc="upper right")
    if not points.get(f"7{panel}") and not points.get(f"fig07{panel}"):
        plotting.note_data_not_shown(
            ax, snakemake.config["magnetic_tunneling"]["fig07"]["data_source"], loc=(0.45, 0.45)
        )
fig.tight_layout()
plotting.save_figure(fig, snakemake.output.pdf)
