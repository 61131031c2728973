"""figS05 (NOT IN THE PAPER): the energy hierarchy of Eq. (74) vs concentration."""

import matplotlib.pyplot as plt

from coldglass import plotting

table, par, log = plotting.start_plot(snakemake)
est = table[table.kind == "estimate"]
mc = table[table.kind == "monte_carlo"]
fig, (left, right) = plt.subplots(1, 2, figsize=(11.0, 4.4))
lines = {
    "ising": r"$xU_0$: $U^{zz}$, $B$",
    "random_field_tau": r"$(a_d/a_0)x^{4/3}U_0$: $U^{S\tau}$, $b$",
    "tau_tau": r"$(a_d/a_0)^2x^{5/3}U_0$: $J$",
    "D0": r"$D_0$",
}
for index, (name, label) in enumerate(lines.items()):
    part = est[est.quantity == name]
    left.loglog(
        part.x, part.energy_eV, color=f"C{index}", ls=":" if name == "D0" else "-", label=label
    )
markers = {"B": ("C0", "o"), "h_zz": ("C0", "s"), "b_eta": ("C1", "o"), "b_gamma": ("C1", "s")}
for field, (colour, marker) in markers.items():
    part = mc[mc.quantity == field]
    left.loglog(
        part.x, part.energy_eV, marker, color=colour, mfc="none", label=f"MC typical {field}"
    )
left.axvline(par["D0_over_U0"], color="0.6", lw=0.8, label=r"$x = D_0/U_0$, Sec. III.B)")
left.axvline(
    par["x_interacting"], color="0.6", lw=0.8, ls="--", label=r"$x = 2\times10^{-4}$, Sec. II.A)"
)
left.set_xlabel("concentration x")
left.set_ylabel("typical energy (eV)")
left.set_ylim(1e-11, 1.0)
left.legend(fontsize=8, loc="lower right", ncol=2)
part = est[est.quantity == "resonant_fraction"]
right.loglog(part.x, part.energy_eV, color="C3", label=r"$D_0/(xU_0)$ (Sec. III.B)")
part = mc[mc.quantity == "resonant_fraction"]
right.loglog(part.x, part.energy_eV, "o", color="C3", mfc="none", label=r"MC: $P(|h^{zz}+B|<D_0)$")
right.set_xlabel("concentration x")
right.set_ylabel("fraction of S on resonance")
right.legend(fontsize=8)
fig.suptitle(
    f"NOT IN THE PAPER: energy hierarchy vs x (U0 = {par['U0_eV']:g} eV, a_d/a0 = "
    f"{par['a_d_angstrom']:g}/{par['a0_angstrom']:g}, D0 = {par['D0_over_U0']:g} U0)",
    fontsize=10,
)
fig.tight_layout()
plotting.save_figure(fig, snakemake.output.pdf)
log.info("drew figS05")
