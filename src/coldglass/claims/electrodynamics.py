"""Claims of Lubchenko, Silbey & Wolynes, "Electrodynamics of amorphous media at low
temperatures" (2005), arXiv:cond-mat/0506735. Rows: data/raw/electrodynamics/claims.csv.

Generic inputs (a = 2 Å, q = e, zeta = 0.1, fields, 0.5 D) come from
config/papers/electrodynamics.yaml, silica and alpha-quartz constants from
config/materials.yaml; RFOT constants (xi/a, d_L/a) from ``coldglass.rfot``.
"""

import math

import numpy as np

from coldglass import dipoles, interactions, piezo, rfot, schematics, tls, units
from coldglass.claims import quantum_theory as quantum_theory_claims
from coldglass.ledger import ClaimRegistry, NotComputable, Reproduced

__all__ = ["REGISTRY"]

REGISTRY = ClaimRegistry("electrodynamics")


def _generic(ctx):
    return ctx.config["generic"]


def _bond_length(ctx):
    return _generic(ctx)["bead_spacing_angstrom"] * units.ANGSTROM


def _charge(ctx):
    return _generic(ctx)["charge_e"] * units.E_CHARGE


def _eq1_dipole(ctx, dipole_function=dipoles.transition_dipole):
    return dipole_function(
        _generic(ctx)["zeta"],
        _charge(ctx),
        _bond_length(ctx),
        rfot.xi_over_a(),
        rfot.LINDEMANN_RATIO,
    )


def _quartz_coulomb_share(ctx):
    q = ctx.materials["alpha_quartz"]
    return piezo.coulomb_share(q["beta_xxx_esu"], q["lambda_xxxx_dyn_per_cm2"], q["eps_1T"])


def _silica_cohesive_energy(ctx):
    """rho c_s^2 a^3 of silica in J (l.240)."""
    s = ctx.materials["silica"]
    return tls.elastic_energy_scale(s["rho_kg_per_m3"], s["c_s_m_per_s"], s["a_m"])


def _silica_tg_energy(ctx):
    return units.kelvin_to_joule(ctx.materials["silica"]["T_g_K"])


@REGISTRY.claim("C01")
def phonon_wavelength_over_spacing(ctx):
    s, temperature = ctx.materials["silica"], _generic(ctx)["phonon_temperature_K"]
    wavelength = units.H_PLANCK * s["c_s_m_per_s"] / units.kelvin_to_joule(temperature)
    return Reproduced(
        wavelength / s["a_m"],
        "lambda = h c_s/k_B T with silica c_s = 4100 m/s, a = 3.5 Å; "
        "with hbar instead of h the ratio is 2 pi smaller (89)",
    )


@REGISTRY.claim("C02")
def mean_free_path_ratio_experiment(ctx):
    raise NotComputable(
        "experimental thermal conductivity of many glasses: Freeman & "
        "Anderson, Phys. Rev. B 34, 5684 (1986); the RFOT estimate is in "
        "the quantum_theory ledger"
    )


@REGISTRY.claim("C03")
def cooperative_length(ctx):
    return rfot.xi_over_a()


@REGISTRY.claim("C04")
def beads_per_region(ctx):
    return rfot.xi_over_a() ** 3


@REGISTRY.claim("C05")
def universal_factor(ctx):
    return dipoles.universal_dipole_factor(rfot.xi_over_a(), rfot.LINDEMANN_RATIO)


@REGISTRY.claim("C06")
def electron_angstrom_in_debye(ctx):
    return units.coulomb_metre_to_debye(units.E_CHARGE * units.ANGSTROM)


@REGISTRY.claim("C07")
def bond_charge_times_length(ctx):
    return units.coulomb_metre_to_debye(_charge(ctx) * _bond_length(ctx))


@REGISTRY.claim("C08")
def kirkwood_factor(ctx):
    raise NotComputable(
        "Kirkwood g of polar liquids: J. G. Kirkwood, J. Chem. Phys. 7, 911 "
        "(1939) [22]; needs liquid orientational correlations"
    )


@REGISTRY.claim("C09")
def transition_dipole_eq1(ctx):
    return units.coulomb_metre_to_debye(_eq1_dipole(ctx))


@REGISTRY.claim("C10")
def transition_over_bond_dipole(ctx):
    g = _generic(ctx)
    return _eq1_dipole(ctx) / dipoles.bond_dipole(g["zeta"], _charge(ctx), _bond_length(ctx))


@REGISTRY.claim("C11")
def transition_dipole_line45(ctx):
    return units.coulomb_metre_to_debye(_eq1_dipole(ctx, dipoles.transition_dipole_as_printed_l45))


@REGISTRY.claim("C12")
def no_reaction_field_correction(ctx):
    eps = np.linspace(1.0, 20.0, 191)
    factor = dipoles.reaction_field_factor(eps, eps)
    worst = factor[np.argmax(np.abs(factor - 1.0))]
    return Reproduced(float(worst), "worst case over eps_inf in [1, 20]")


@REGISTRY.claim("C13")
def eq4_is_ratio_of_eq2_and_eq3(ctx):
    rng = np.random.default_rng(13)
    eps_tls, eps_ext = rng.uniform(1.0, 20.0, (2, 100))
    xi_over_a = rfot.xi_over_a()
    ratio = dipoles.cavity_fluctuation(eps_tls, eps_ext, xi_over_a**3) / dipoles.cavity_fluctuation(
        eps_tls, eps_tls, 2.0
    )
    expected = dipoles.reorienting_pairs(xi_over_a) * dipoles.reaction_field_factor(
        eps_ext, eps_tls
    )
    return bool(np.allclose(ratio, expected, rtol=1e-12, atol=0.0))


@REGISTRY.claim("C14")
def quartz_coulomb_stiffness(ctx):
    q = ctx.materials["alpha_quartz"]
    return piezo.coulomb_stiffness(q["beta_xxx_esu"], q["eps_1T"])


@REGISTRY.claim("C15")
def quartz_coulomb_share(ctx):
    return _quartz_coulomb_share(ctx)


@REGISTRY.claim("C16")
def partial_charge_squared_eq12_as_printed(ctx):
    q = ctx.materials["alpha_quartz"]
    return piezo.partial_charge_squared_as_printed(q["beta_xxx_esu"], q["lambda_xxxx_dyn_per_cm2"])


@REGISTRY.claim("C17")
def partial_charge_squared_as_computed(ctx):
    return _quartz_coulomb_share(ctx)


@REGISTRY.claim("C18")
def partial_charge(ctx):
    return math.sqrt(_quartz_coulomb_share(ctx))


@REGISTRY.claim("C19")
def piezoelectric_dipole(ctx):
    q = ctx.materials["alpha_quartz"]
    bond_length_cm = _bond_length(ctx) * 100.0
    dipole_cgs = dipoles.piezoelectric_transition_dipole(
        q["beta_xxx_esu"], bond_length_cm, rfot.xi_over_a(), rfot.LINDEMANN_RATIO
    )
    return Reproduced(
        dipole_cgs / 1e-18,
        "beta_bar = beta_{x,xx} of quartz, a = 2 Å; scales as a^3 (a = 3 Å gives 3.4x)",
    )


@REGISTRY.claim("C20")
def coupling_constant(ctx):
    s = ctx.materials["silica"]
    g = tls.phonon_coupling(s["T_g_K"], s["rho_kg_per_m3"], s["c_s_m_per_s"], s["a_m"])
    return Reproduced(
        units.joule_to_ev(g), "silica: T_g = 1500 K, rho = 2.2 g/cm^3, c_s = 4100 m/s, a = 3.5 Å"
    )


@REGISTRY.claim("C21")
def silica_cohesive_energy(ctx):
    return units.joule_to_ev(_silica_cohesive_energy(ctx))


@REGISTRY.claim("C22")
def silica_tg_in_ev(ctx):
    return units.kelvin_to_ev(ctx.materials["silica"]["T_g_K"])


@REGISTRY.claim("C23")
def electric_to_elastic_interaction(ctx):
    ratio = interactions.electric_to_elastic_ratio(
        _quartz_coulomb_share(ctx), _silica_cohesive_energy(ctx), _silica_tg_energy(ctx)
    )
    return Reproduced(ratio, "zeta^2 = 0.0084 from quartz, silica rho c_s^2 a^3 and T_g")


@REGISTRY.claim("C24")
def coulomb_share_upper_bound(ctx):
    return _quartz_coulomb_share(ctx)


def _typical_field_energy(ctx, field_key):
    g = _generic(ctx)
    return dipoles.field_energy(
        units.debye_to_coulomb_metre(g["typical_dipole_debye"]),
        units.volt_per_cm_to_volt_per_metre(g[field_key]),
    )


@REGISTRY.claim("C25")
def breakdown_field_energy_ev(ctx):
    return units.joule_to_ev(_typical_field_energy(ctx, "breakdown_field_V_per_cm"))


@REGISTRY.claim("C26")
def breakdown_field_energy_kelvin(ctx):
    return units.joule_to_kelvin(_typical_field_energy(ctx, "breakdown_field_V_per_cm"))


@REGISTRY.claim("C27")
def laboratory_field_energy_kelvin(ctx):
    return Reproduced(
        units.joule_to_kelvin(_typical_field_energy(ctx, "lab_field_V_per_cm")),
        "0.5 D at 10^5 V/cm",
    )


def _experimental(source):
    def claim(ctx):
        raise NotComputable(f"experimental value: {source}")

    return claim


for _claim_id, _source in {
    "C28": "H. Maier et al., Phys. Rev. Lett. 74, 5252 (1995) [21]",
    "C29": "H. Maier et al., Phys. Rev. Lett. 74, 5252 (1995) [21]",
    "C30": "B. M. Kharlamov et al., J. Lumin. 76&77, 283 (1998) [37]",
    "C31": "B. M. Kharlamov et al., J. Lumin. 76&77, 283 (1998) [37]",
    "C32": "D. A. Ackerman et al., Phys. Rev. B 29, 966 (1984) [38]; theory in [20]",
    "C33": "D. A. Ackerman et al., Phys. Rev. B 29, 966 (1984) [38]",
    "C34": "M. Bauer and L. Kador, J. Chem. Phys. 118, 9069 (2003) [41]",
}.items():
    REGISTRY.claim(_claim_id)(_experimental(_source))


@REGISTRY.claim("C35")
def cavity_constant(ctx):
    raise NotComputable(
        "c_1 depends on how the cavity effects are incorporated, which the "
        "paper leaves open (l.148); no value can be derived"
    )


@REGISTRY.claim("C36")
def piezo_elimination(ctx):
    checks = []
    for seed in range(20):
        stiffness, eps, beta, strain = piezo.random_stable_tensors(np.random.default_rng(seed))
        field = piezo.internal_field(eps, beta, strain)
        full = piezo.free_energy_density(stiffness, eps, beta, strain, field)
        reduced = piezo.strain_free_energy(stiffness, eps, beta, strain)
        displacement = piezo.displacement_field(eps, beta, strain, field)
        checks.append(
            abs(full - reduced) <= 1e-10 * abs(reduced)
            and np.max(np.abs(displacement)) <= 1e-10 * np.max(np.abs(eps @ field))
        )
    return bool(all(checks))


@REGISTRY.claim("C37")
def lindemann_strain_silica(ctx):
    s = ctx.materials["silica"]
    strain = tls.strain_at_glass_transition(
        s["T_g_K"], s["rho_kg_per_m3"], s["c_s_m_per_s"], s["a_m"]
    )
    return Reproduced(strain, "d/a = sqrt(k_B T_g / rho c_s^2 a^3), silica")


@REGISTRY.claim("C38")
def field_shift_over_tg(ctx):
    shift = _typical_field_energy(ctx, "lab_field_V_per_cm")
    return Reproduced(shift / _silica_tg_energy(ctx), "1.21 K against T_g = 1500 K")


@REGISTRY.claim("C39")
def lindemann_ratio(ctx):
    raise NotComputable(
        "an input of the theory: Lindemann (1910) for crystals, the plateau of "
        "neutron self-correlation functions for glasses (Mezei 1991; quantum_theory "
        "l.174); the silica consistency check is C37"
    )


@REGISTRY.claim("C40")
def tunnelling_exponent(ctx):
    return quantum_theory_claims.distribution_exponent_silica(ctx)


# --- Figure statements (issue 7): computed from Fig. 1's own geometry
# (results/electrodynamics/data/fig01.parquet), the data the plot script draws.


def _fig01(ctx):
    if "fig01" not in ctx.inputs:
        raise NotComputable("needs results/electrodynamics/data/fig01.parquet (workflow run)")
    return ctx.table("fig01")


def _fig01_region(table):
    """Solid and dashed positions of the reconfiguring region's beads, in matching order."""
    moved = table[table.element == "alternative_bead"]
    beads = table[table.element == "bead"].set_index("bead")
    solid = beads.loc[moved.bead, ["x_over_a", "y_over_a"]].to_numpy()
    return solid, moved[["x_over_a", "y_over_a"]].to_numpy()


def _drawn_lindemann_ratio(ctx, table):
    """d_L/a as drawn: the mean bead displacement over the drawing's exaggeration."""
    solid, moved = _fig01_region(table)
    shift = np.linalg.norm(moved - solid, axis=1).mean()
    return shift / ctx.config["fig01"]["displacement_exaggeration"]


@REGISTRY.claim("F01")
def fig1_region_size(ctx):
    table = _fig01(ctx)
    centres = table[table.element == "centre"]
    middle = int(table[table.element == "reconfiguring_centre"].domain.iloc[0])
    xy = centres.sort_values("domain")[["x_over_a", "y_over_a"]].to_numpy()
    xi = math.sqrt(schematics.cell_area(xy, middle))
    d_l = _drawn_lindemann_ratio(ctx, table)
    value = math.sqrt(xi**3 / 2.0) * d_l
    return Reproduced(value, f"drawn xi = {xi:.2f} a (cell area^1/2), d_L/a = {d_l:.3f}")


@REGISTRY.claim("F02")
def fig1_bond_rotation(ctx):
    table = _fig01(ctx)
    solid, moved = _fig01_region(table)
    pairs = schematics.bond_pairs(solid)
    angle = schematics.bond_rotation(
        solid[pairs[:, 0]], solid[pairs[:, 1]], moved[pairs[:, 0]], moved[pairs[:, 1]]
    )
    rms = float(np.sqrt(np.mean(angle**2)))
    return Reproduced(
        rms / ctx.config["fig01"]["displacement_exaggeration"],
        f"rms over the {len(pairs)} nearest-neighbour bonds of the drawn region",
    )


@REGISTRY.claim("F03")
def fig1_beads_inside_regions(ctx):
    table = _fig01(ctx)
    radius = ctx.config["fig01"]["bead_radius"]
    walls = table[table.element == "wall"]
    segments = np.stack(
        [
            walls[["x_over_a", "y_over_a"]].to_numpy(),
            walls[["x_end_over_a", "y_end_over_a"]].to_numpy(),
        ],
        axis=1,
    )
    drawn = table[table.element.isin(["bead", "alternative_bead"])]
    clear = schematics.clear_of_walls(drawn[["x_over_a", "y_over_a"]].to_numpy(), segments, radius)
    zoom = table[table.element == "zoom"].iloc[0]
    beads = table[table.element == "bead"][["x_over_a", "y_over_a"]].to_numpy()
    turn = -math.radians(zoom.angle_deg)
    local = (beads - [zoom.x_over_a, zoom.y_over_a]) @ np.array(
        [[math.cos(turn), math.sin(turn)], [-math.sin(turn), math.cos(turn)]]
    )
    inside = (local[:, 0] / (zoom.width_over_a / 2)) ** 2 + (
        local[:, 1] / (zoom.height_over_a / 2)
    ) ** 2 < 1.0
    return Reproduced(
        bool(clear.all() and inside.sum() == 2),
        f"{int((~clear).sum())} beads across a wall; {int(inside.sum())} bead centres in the zoom",
    )
