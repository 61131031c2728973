"""figS04 (NOT IN THE PAPER): widths of the random fields vs concentration x."""

import matplotlib.pyplot as plt

from coldglass import plotting

table, par, log = plotting.start_plot(snakemake)
names = {
    "B": r"$B$",
    "h_zz": r"$\Sigma_j U^{zz}_{ij}\langle S_j\rangle$",
    "b_eta": r"$b^{(\eta)}$",
    "b_gamma": r"$b^{(\gamma)}$",
}
fig, (left, right) = plt.subplots(1, 2, figsize=(11.0, 4.4))
for index, (field, name) in enumerate(names.items()):
    part = table[table.field == field].sort_values("x")
    left.loglog(
        part.x, part.half_iqr, "o", color=f"C{index}", mfc="none", label=f"{name}: MC half-IQR"
    )
    left.loglog(
        part.x, part.law_half_iqr, color=f"C{index}", lw=1.0, label=f"{name}: stable-law half-IQR"
    )
for index, field in enumerate(("B", "h_zz")):
    part = table[table.field == field].sort_values("x")
    right.loglog(
        part.x,
        part["std"],
        "o",
        color=f"C{index}",
        mfc="none",
        label=f"{names[field]}: MC standard deviation",
    )
    right.loglog(
        part.x,
        part.lattice_std,
        color=f"C{index}",
        lw=1.0,
        label=rf"{names[field]}: exact $\sqrt{{x\,\Sigma' \langle A^2\rangle/R^6}}$",
    )
    right.loglog(
        part.x, part.half_iqr, "s", color=f"C{index}", ms=3, label=f"{names[field]}: MC half-IQR"
    )
left.set_xlabel("concentration x")
left.set_ylabel("typical field (half inter-quartile range)")
left.set_title("typical value: ∝ x (1/R³), ∝ x^(4/3) (1/R⁴)", fontsize=9)
left.legend(fontsize=8, ncol=2, loc="upper left")
right.set_xlabel("concentration x")
right.set_ylabel("field (units of the pair scale)")
right.set_title("1/R³ fields: standard deviation ∝ √x ≫ typical ∝ x", fontsize=9)
right.legend(fontsize=8, loc="lower right")
fig.suptitle(
    "NOT IN THE PAPER: random-field widths vs x (Monte Carlo, "
    f"{par['samples']} samples per x; Sec. III.B of the paper)",
    fontsize=10,
)
fig.tight_layout()
plotting.save_figure(fig, snakemake.output.pdf)
log.info("drew figS04")
