"""Rule figure (fig24): [d j_1(x)/dx]^2 against x = kR, Appendix B (Eqs. B1-B2)."""

import matplotlib.pyplot as plt

from coldglass import plotting

table, par, log = plotting.start_plot(snakemake)
curve = table[table.mark.isna()]
marks = table[table.mark.notna()].set_index("mark").kR

fig, ax = plt.subplots(figsize=(5.0, 3.8))
ax.plot(curve.kR, curve.dj1_squared, color="C0", label=r"$[\,dj_1(x)/dx\,]^2$ (the text's curve)")
ax.plot(curve.kR, curve.dj1, color="C1", ls="--", lw=1.0, label=r"$dj_1(x)/dx$ (the caption's)")
ax.axhline(0.0, color="0.6", lw=0.5)
ax.axvline(
    marks["cutoff"],
    color="0.3",
    ls=":",
    lw=1.0,
    label=rf"cut-off $kR \approx {par['kr_cutoff']:g}$",
)
ax.axvline(marks["plateau"], color="C2", ls="-.", lw=1.0, label=r"plateau, $\omega = \omega_D/30$")
zeros = marks[marks.index.str.startswith("zero")]
ax.plot(zeros, 0.0 * zeros, "o", ms=3, color="C0", label="zeros of $dj_1/dx$")
ax.set_xlim(0, par["x_max"])
ax.set_ylim(-0.3, 0.4)
ax.set_xlabel(r"$x = kR$")
ax.set_ylabel(r"$[\,dj_1/dx\,]^2$, $dj_1/dx$")
ax.set_title(r"Appendix B: $R = \xi(3/4\pi)^{1/3}$, $\xi/a = 5.8$")
ax.legend(loc="upper right")
top = ax.secondary_xaxis(
    "top",
    functions=(
        lambda x: x * par["omega_over_omega_D_per_kR"],
        lambda w: w / par["omega_over_omega_D_per_kR"],
    ),
)
top.set_xticks([0.0, 0.2, 0.4, 0.6, 0.8, 1.0])
top.set_xlabel(r"$\omega/\omega_D$ ($kR = \omega R/c_s$)")
fig.tight_layout()
plotting.save_figure(fig, snakemake.output.pdf)
log.info("drew Fig. 24")
