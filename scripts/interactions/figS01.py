"""figS01 (NOT IN THE PAPER): angular dependence of the five kernels at fixed R."""

import matplotlib.pyplot as plt

from coldglass import plotting

table, par, log = plotting.start_plot(snakemake)
panels = [
    ("zz", r"$U^{zz}R^3$ (Eq. 16): $\gamma_0^2/4\pi\rho c_l^2$"),
    ("z0", r"$U^{z0}R^3$ (Eqs. 26, 28): $\eta\gamma_0/4\pi\rho c_l^2$"),
    ("Stau", r"$U^{S\tau}R^4$ (Eq. 36): $\gamma_0\zeta_0/4\pi\rho c_l^2$"),
    ("etatau", r"$U_{\eta\tau}R^4$ (Eq. 66): $\eta\zeta_0/4\pi\rho c_l^2$"),
    ("tautau", r"$J R^5$ (not in paper): $\zeta_0^2/4\pi\rho c_l^2$"),
]
fig, axes = plt.subplots(2, 3, figsize=(11.0, 8.2))
closed = table[table.method == "closed"]
points = table[table.method == "momentum sum"]
for ax, (kernel, title) in zip(axes.ravel(), panels):
    part = closed[(closed.kernel == kernel) & (closed.variant == "corrected")]
    for index, (ratio, curve) in enumerate(part.groupby("c_t_over_c_l", sort=False)):
        if kernel in ("z0", "etatau") and index > 0:
            continue  # independent of c_t (l.483): one curve
        label = "any $c_\\perp$" if kernel in ("z0", "etatau") else f"$c_\\perp/c_l$ = {ratio:g}"
        ax.plot(curve.theta_deg, curve.value_R1, color=f"C{index}", label=label)
    printed = closed[
        (closed.kernel == kernel) & (closed.variant != "corrected") & (closed.c_t_over_c_l == 0.6)
    ]
    if not printed.empty:
        ax.plot(
            printed.theta_deg,
            printed.value_R1,
            color="C1",
            ls="--",
            label=f"{printed.variant.iloc[0]}, 0.6",
        )
    check = points[points.kernel == kernel]
    ax.plot(
        check.theta_deg,
        check.value_R1,
        "k.",
        ms=5,
        label=f"momentum sum, {check.c_t_over_c_l.iloc[0]:g}",
    )
    ax.axhline(0.0, color="0.8", lw=0.8, zorder=0)
    ax.set_title(title, fontsize=9)
    ax.set_xlabel(r"$\theta$ (deg)")
    ax.set_xlim(0, 180)
    ax.set_xticks([0, 45, 90, 135, 180])
    ax.legend(fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.2), ncol=2)
axes[1, 2].axis("off")
axes[1, 2].text(
    0.0,
    0.5,
    "NOT IN THE PAPER: supplementary figure.\n"
    r"$\theta$: angle between $\mathbf{n}$ and the defect axis z."
    "\n"
    "Uniaxial couplings along z at both sites\n"
    r"($\gamma_0\hat z\hat z$, $\zeta_0\hat z\hat z\hat z$), $\mathbf{n}$ in the xz plane."
    "\nLines: closed forms (Kelvin tensor);\n"
    "dashed: the printed Eq. 16 prefactor / Eq. 58 a, b, c;\n"
    "dots: momentum sums by regulated quadrature.",
    fontsize=9,
    va="center",
)
fig.tight_layout()
plotting.save_figure(fig, snakemake.output.pdf)
log.info("drew figS01")
