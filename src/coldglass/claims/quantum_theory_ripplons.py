"""Claims of the quantum_theory review, Sec. IV (l.426-719): ripplons, the boson peak and the
plateau (rows R.. and figure statements F12..F20 of data/raw/quantum_theory/claims.csv).

The functions are collected on this module's own ``REGISTRY`` and added to the paper's
``REGISTRY`` by ``coldglass.claims.quantum_theory`` (one import direction, no cycle).
Physics from ``coldglass.ripplons``, ``boson_peak``, ``scattering_dos``, ``plateau``,
``relaxational``; figure statements read the figure's own parquet (``ctx.table``).
"""

import math

import numpy as np

from coldglass import (
    boson_peak,
    phonons,
    plateau,
    relaxational,
    rfot,
    ripplons,
    scattering_dos,
    units,
)
from coldglass.ledger import ClaimRegistry, NotComputable, Reproduced

__all__ = ["REGISTRY"]

REGISTRY = ClaimRegistry("quantum_theory")


def _data(ctx, fig):
    """The parquet of ``fig``; outside the workflow run the claim is not computable."""
    if fig not in ctx.inputs:
        raise NotComputable(f"needs results/quantum_theory/data/{fig}.parquet (workflow run)")
    return ctx.table(fig)


def _silica_tg_over_wd(ctx):
    s = ctx.materials["silica"]
    return s["T_g_K"] / s["T_D_K"]


def _bump_maximum(t, y):
    """(T, value) of the C/T^3 maximum above the minimum that follows the TLS 1/T^2 rise."""
    t, y = np.asarray(t), np.asarray(y)
    low = int(np.argmin(y[: len(y) // 2 + 1]))
    top = low + int(np.argmax(y[low:]))
    return float(t[top]), float(y[top])


def _log_slopes(group, x="T_over_TD", y="kappa_over_K"):
    return np.gradient(np.log(group[y].to_numpy()), np.log(group[x].to_numpy()))


# --- Sec. IV.A-C: wall mass, barrier-top frequency, ripplon ladder -----------------------


@REGISTRY.claim("R62")
def bump_region(ctx):
    """l.431: the bump (no coupling, Fig. 15 data) lies at k_BT ~ 10^-2..10^-0.5 hbar omega_D."""
    table = _data(ctx, "fig15")
    group = table[table.curve == "no coupling"]
    t, _ = _bump_maximum(group.T_over_TD, group.C_over_T3)
    return Reproduced(t, "T/T_D of the C/T^3 maximum of the no-coupling curve (Fig. 15 data)")


@REGISTRY.claim("R63a")
def wall_mass(ctx):
    return Reproduced(rfot.wall_mass_ratio(), "M_w/m = (xi/a)^2 (d_L/a)^2, xi/a = 5.8, d_L/a = 0.1")


@REGISTRY.claim("R63b")
def wall_mass_per_atom(ctx):
    per_atom = rfot.wall_mass_ratio() / rfot.XI_OVER_A_PRINTED**2
    return Reproduced(per_atom, "M_w/(m N_w), N_w = (xi/a)^2 wall molecules")


@REGISTRY.claim("R65")
def barrier_top_coefficient(ctx):
    value = ripplons.barrier_top_frequency() * rfot.XI_OVER_A_PRINTED
    return Reproduced(value, "omega_ddagger/((a/xi) omega_D) from V''(r) of Eq. (12) and M_w")


@REGISTRY.claim("R66a")
def crossover_temperature(ctx):
    return Reproduced(
        ripplons.crossover_temperature(), "T'/T_D = hbar omega_ddagger/(2 pi k_B T_D), Eq. (29)"
    )


@REGISTRY.claim("R66b")
def crossover_in_plateau(ctx):
    t_d = ctx.materials["silica"]["T_D_K"]
    return Reproduced(ripplons.crossover_temperature() * t_d, f"silica, T_D = {t_d:g} K")


@REGISTRY.claim("R68")
def curvature_factor(ctx):
    return Reproduced(ripplons.curvature_factor(0.5), "sigma ~ R^(-1/2): (1 + nu)(2 - nu)/2")


@REGISTRY.claim("R69a")
def ripplon_prefactor(ctx):
    return Reproduced(ripplons.ripplon_prefactor(), "Eqs. (31)-(33) with L = ln(100/pi e)")


@REGISTRY.claim("R69b")
def ripplon_l2(ctx):
    return Reproduced(ripplons.ripplon_frequency(2), "omega_2/omega_D, xi/a = 5.8")


@REGISTRY.claim("R70")
def highest_harmonic(ctx):
    return Reproduced(ripplons.max_harmonic(), "pi (3 N*/4 pi)^(1/3) (R - a/2)/R, N* = 190")


@REGISTRY.claim("R71")
def ripplon_thz(ctx):
    t_d = ctx.materials["silica"]["T_D_K"]
    hz = ripplons.ripplon_frequency(2) * units.K_B * t_d / units.H_PLANCK
    return Reproduced(hz / 1e12, f"omega_2 k_B T_D/h, T_D = {t_d:g} K")


@REGISTRY.claim("R72")
def zero_point_energy(ctx):
    """Zero-point energy of the ripplon ladder (silica) over 1 K: more than 100."""
    _, freqs, degs = ripplons.ripplon_ladder()
    zero_point_k = 0.5 * float(np.dot(freqs, degs)) * ctx.materials["silica"]["T_D_K"]
    return bool(zero_point_k / 1.0 > 100.0)


@REGISTRY.claim("R73a")
def debye_coefficient(ctx):
    t = 1e-4
    return Reproduced(boson_peak.debye_heat_capacity_per_domain(t, 1.0) / t**3, "c_D/t^3, t = 1e-4")


@REGISTRY.claim("R73b")
def debye_per_domain(ctx):
    t, xi3 = 1e-4, ctx.config["fig15"]["xi_cubed"]
    return Reproduced(
        boson_peak.debye_heat_capacity_per_domain(t, xi3) / t**3, f"(xi/a)^3 = {xi3:g}"
    )


# --- Sec. IV.E: scattering density of states ------------------------------------------


@REGISTRY.claim("R75a")
def sdm_low_frequency(ctx):
    return Reproduced(
        scattering_dos.ground_state_dos(1e-6, 4.4, *ripplons.discrete_spectrum()),
        "rho T_g of Eq. (39) at omega = 1e-6 omega_D",
    )


@REGISTRY.claim("R75b")
def sdm_low_frequency_error(ctx):
    spec = ripplons.discrete_spectrum()
    levels = scattering_dos.occupation_levels(1e-3, spec[0], ripplons.ripplon_ladder()[2])
    exact = scattering_dos.ground_state_dos_exact(1e-6, 4.4, levels)
    sdm = scattering_dos.ground_state_dos(1e-6, 4.4, *spec)
    return Reproduced(sdm / exact - 1.0, "Eq. (39) over the exact Eq. (37) at omega = 1e-6")


@REGISTRY.claim("R76")
def high_frequency_power(ctx):
    _, _, degs = ripplons.ripplon_ladder()
    return Reproduced(float(np.sum(degs)), "sum_{l=2}^{9} (2l+1)")


@REGISTRY.claim("R79")
def radiative_width_coefficient(ctx):
    """Eq. (53) from g^2 = rho c_s^2 a^3 k_B T_g (silica SI numbers) at omega = omega_D."""
    s = ctx.materials["silica"]
    a = phonons.bead_size(s["c_s_m_per_s"], s["T_D_K"])
    omega_d = phonons.debye_frequency(s["T_D_K"])
    rho, c_s = s["rho_kg_per_m3"], s["c_s_m_per_s"]
    g2 = rho * c_s**2 * a**3 * units.K_B * s["T_g_K"]
    width = g2 / (4 * math.pi * rho * c_s**2) * (omega_d / c_s) ** 3  # hbar/tau, J
    return Reproduced(width / (units.K_B * s["T_g_K"]), "SI evaluation of hbar/tau over k_B T_g")


@REGISTRY.claim("R80")
def shift_coefficient(ctx):
    """Eq. (54): g^2 k_c^3/(4 pi^2 rho c_s^2) in units of T_g (omega_c/omega_D)^3."""
    s = ctx.materials["silica"]
    a = phonons.bead_size(s["c_s_m_per_s"], s["T_D_K"])
    omega_d = phonons.debye_frequency(s["T_D_K"])
    rho, c_s = s["rho_kg_per_m3"], s["c_s_m_per_s"]
    g2 = rho * c_s**2 * a**3 * units.K_B * s["T_g_K"]
    omega_c = 0.3 * omega_d
    shift = g2 * (omega_c / c_s) ** 3 / (4 * math.pi**2 * rho * c_s**2)  # hbar x shift, J
    return Reproduced(
        shift / (units.K_B * s["T_g_K"] * 0.3**3), "SI evaluation, omega_c = 0.3 omega_D"
    )


@REGISTRY.claim("R81")
def smearing_unimportant(ctx):
    """l.681: change of kappa (Fig. 20 model, T_g/omega_D = 3.5, T = 0.01, 0.03 T_D) between
    the cut-off smeared with D = 20 (our figures) and the sharp cut-off."""
    p = ctx.config["fig20"]
    temps = np.array([0.01, 0.03])
    omega_c = p["omega_c_over_a_xi"] / rfot.XI_OVER_A_PRINTED
    curves = {}
    for fragility in (5.0, p["fragility"], None):
        spec = ripplons.broadened_spectrum(3.5, omega_c, fragility, points=400)
        curves[fragility] = plateau.kinetic_conductivity(temps, 3.5, *spec, excited="window")
    change = float(np.max(np.abs(curves[p["fragility"]] / curves[None] - 1.0)))
    halving = curves[5.0] / curves[None]
    return Reproduced(
        change,
        f"kappa(D = {p['fragility']:g})/kappa(sharp) - 1 = {change:.3f}; "
        f"D = 5 gives {halving.min():.2f}-{halving.max():.2f} of the sharp value",
    )


@REGISTRY.claim("R82")
def cutoff_bound(ctx):
    """kR = 6 (App. B) as omega/((a/xi) omega_D) = 6/((R/xi)(omega_D a/c_s))."""
    r_over_xi = ripplons.domain_radius(1.0)
    return Reproduced(6.0 / (r_over_xi * (6 * math.pi**2) ** (1 / 3)), "R = xi (3/4 pi)^(1/3)")


@REGISTRY.claim("R83")
def tg_over_wd_spread(ctx):
    raise NotComputable("survey of T_g and T_D of many glasses (not in the paper)")


@REGISTRY.claim("R84")
def self_energy_scales_with_tg(ctx):
    """l.691: the shift of Eq. (54) is proportional to T_g."""
    omega_c = 1.8 / rfot.XI_OVER_A_PRINTED
    ratio = ripplons.frequency_shift(0.05, 4.0, omega_c) / ripplons.frequency_shift(
        0.05, 2.0, omega_c
    )
    return bool(abs(ratio - 2.0) < 1e-12)


@REGISTRY.claim("R85a")
def silica_tg_over_wd(ctx):
    return Reproduced(_silica_tg_over_wd(ctx), "T_g/T_D = 1500 K/342 K")


@REGISTRY.claim("R85b")
def polybutadiene_tg_over_wd(ctx):
    raise NotComputable("T_g and T_D of polybutadiene (Freeman and Anderson 1986), not given")


@REGISTRY.claim("R87a")
def bump_best_match(ctx):
    raise NotComputable("a-SiO2 C/T^3 of Pohl 1981 (Fig. 3.10 there) not bundled")


@REGISTRY.claim("R87b")
def bump_shift_factor(ctx):
    """l.704: the T_g/omega_D ~ 4 bump lies ~3x lower in T than the T_g/omega_D = 2 one."""
    p = ctx.config["fig15"]
    temps = np.geomspace(p["t_min"], p["t_max"], 200)
    omega_c = p["omega_c_over_a_xi"] / rfot.XI_OVER_A_PRINTED
    peaks = []
    for tg in (2.0, 4.0):
        spec = ripplons.broadened_spectrum(tg, omega_c, p["fragility"])
        heat = boson_peak.bump_heat_capacity(temps, tg, *spec)
        total = (heat + boson_peak.debye_heat_capacity_per_domain(temps, p["xi_cubed"])) / temps**3
        peaks.append(_bump_maximum(temps, total)[0])
    return Reproduced(peaks[0] / peaks[1], f"bump maxima at T/T_D = {peaks[0]:.4f}, {peaks[1]:.4f}")


@REGISTRY.claim("R88")
def log_omega_term(ctx):
    """l.718: the relaxational average is linear in ln omega, slope -1/ln(tau_max/tau_min)."""
    tau_min, tau_max = 1e-9, 1e3
    w = np.array([1e1, 1e3, 1e5])  # 1/tau_max << omega << 1/tau_min
    avg = relaxational.log_uniform_relaxation_average(w, tau_min, tau_max)
    slopes = np.diff(avg) / np.diff(np.log(w))
    return bool(np.allclose(slopes, relaxational.log_omega_slope(tau_min, tau_max), rtol=1e-3))


# --- Figure statements ---------------------------------------------------------------


@REGISTRY.claim("F12")
def fig12_switching_beads_at_wall(ctx):
    table = _data(ctx, "fig12")
    beads = table[table.kind == "bead"]
    switch = beads[beads.in_blue != beads.in_red]
    radius = ripplons.domain_radius(ctx.config["fig12"]["xi_over_a"])
    r = np.hypot(switch.x, switch.y)
    return bool(len(switch) > 0 and np.all(np.abs(r - radius) <= 0.2 * radius))


@REGISTRY.claim("F13a")
def fig13_small_z_limit(ctx):
    table = _data(ctx, "fig13")
    lhs = table[table.kind == "lhs"]
    return Reproduced(float(lhs.value.iloc[0]), f"cot alpha_2 at z = {lhs.z.iloc[0]:.4f}")


@REGISTRY.claim("F13b")
def fig13_shell_mode_first(ctx):
    """The lowest root lies below the first pole of cot alpha_2; one gas root per branch."""
    table = _data(ctx, "fig13")
    lhs = table[table.kind == "lhs"]
    roots = table[table.kind == "root"].z.to_numpy()
    jumps = lhs.z.to_numpy()[1:][np.diff(lhs.value.to_numpy()) > 10.0]
    branches = np.searchsorted(jumps, roots)
    return bool(roots[0] < jumps[0] and np.array_equal(branches, np.arange(len(roots))))


@REGISTRY.claim("F14")
def fig14_levels_on_alternative_only(ctx):
    table = _data(ctx, "fig14")
    ref = table[table.column == "reference"]
    alt = table[table.column == "alternative"]
    eps = ctx.config["fig14"]["epsilon_over_omega2"] * ripplons.ripplon_frequency(2)
    return bool(len(ref) == 1 and np.all(alt.energy >= eps - 1e-12) and alt.quanta.max() >= 1)


@REGISTRY.claim("F15a")
def fig15_bump_moves_down_with_tg(ctx):
    table = _data(ctx, "fig15")
    coupled = table[table.coupled].sort_values(["tg_over_wd", "T_over_TD"])
    peaks = [_bump_maximum(g.T_over_TD, g.C_over_T3)[0] for _, g in coupled.groupby("tg_over_wd")]
    return bool(np.all(np.diff(peaks) < 0))


@REGISTRY.claim("F15b")
def fig15_bump_over_debye(ctx):
    table = _data(ctx, "fig15")
    group = table[table.curve == "no coupling"]
    t, value = _bump_maximum(group.T_over_TD, group.C_over_T3)
    debye = float(np.interp(t, group.T_over_TD, group.C_debye / group.T_over_TD**3))
    return Reproduced(value / debye, f"no-coupling maximum over Debye at T/T_D = {t:.3g}")


@REGISTRY.claim("F15c")
def fig15_coupled_above_uncoupled(ctx):
    table = _data(ctx, "fig15")
    base = table[table.curve == "no coupling"]
    base_peak = _bump_maximum(base.T_over_TD, base.C_over_T3)[1]
    peaks = [
        _bump_maximum(g.T_over_TD, g.C_over_T3)[1] for _, g in table[table.coupled].groupby("curve")
    ]
    return bool(min(peaks) > base_peak)


@REGISTRY.claim("F16a")
def fig16_contour_avoids_pole(ctx):
    """Fig. 16 caption (l.578): the contour shifted off the real axis to Im k = -kappa_0
    (through the saddle of Eq. 40) does not cross the pole k = i eps_1: the saddle lies
    below the real axis and the pole on or above it."""
    table = _data(ctx, "fig16").set_index("kind")
    saddle, pole = table.loc["saddle", "im_k"], table.loc["pole", "im_k"]
    return Reproduced(
        bool(saddle < 0.0 <= pole), f"Im k: saddle {saddle:.3g}, pole {pole:.3g} (omega_D = 1)"
    )


@REGISTRY.claim("F17a")
def fig17_fourth_order_small(ctx):
    table = _data(ctx, "fig17")
    sdm = table[table.kind == "sdm"]
    return Reproduced(float(sdm.fourth.max()), "largest fourth-order term on the drawn grid")


@REGISTRY.claim("F17b")
def fig17_sdm_smooths_exact(ctx):
    """Above the l = 2 threshold the SDM curve is the smooth version of the staircase."""
    table = _data(ctx, "fig17")
    sdm, exact = table[table.kind == "sdm"], table[table.kind == "exact"]
    top = exact.omega.max()
    grid = np.geomspace(0.3, top, 200)
    ratio = np.mean(np.interp(grid, sdm.omega, sdm.rho_Tg)) / np.mean(
        np.interp(grid, exact.omega, exact.rho_Tg)
    )
    return Reproduced(ratio, f"mean rho T_g, SDM over exact, omega in [0.3, {top:g}]")


@REGISTRY.claim("F18a")
def fig18_error_large_at_low_energy(ctx):
    table = _data(ctx, "fig18")
    low = table[(table.omega < 1e-2) & (table.E < 1e-2)]
    plateau_band = table[table.omega.between(0.03, 0.3) & table.E.between(0.01, 0.3)]
    return bool(low.fourth.median() > 2.0 * plateau_band.fourth.max())


@REGISTRY.claim("F18b")
def fig18_density_below_one(ctx):
    table = _data(ctx, "fig18")
    low = table[(table.omega < 1e-2) & (table.E < 1e-2)]
    return Reproduced(float(low.N_E_Tg.max()), "max N_E T_g at omega, E < 1e-2 omega_D")


def _kappa_curves(ctx, fig):
    table = _data(ctx, fig)
    return {c: g for c, g in table.groupby("curve") if c != "TLS line"}, table


@REGISTRY.claim("F19a")
def fig19_tls_line_at_low_t(ctx):
    curves, table = _kappa_curves(ctx, "fig19")
    line = table[table.curve == "TLS line"].kappa_over_K.iloc[0]
    low = [g.kappa_over_K.iloc[0] / line for g in curves.values()]
    return Reproduced(float(min(low)), "lowest kappa/(TLS line) at the lowest drawn T")


@REGISTRY.claim("F19b")
def fig19_plateau_lower_for_larger_tg(ctx):
    curves, _ = _kappa_curves(ctx, "fig19")
    coupled = sorted((g.tg_over_wd.iloc[0], g) for c, g in curves.items() if c != "no coupling")
    mid = [float(np.interp(0.03, g.T_over_TD, g.kappa_over_K)) for _, g in coupled]
    base = float(
        np.interp(0.03, curves["no coupling"].T_over_TD, curves["no coupling"].kappa_over_K)
    )
    return bool(np.all(np.diff(mid) < 0) and base > mid[0])


@REGISTRY.claim("F19c")
def fig19_negative_slope(ctx):
    curves, _ = _kappa_curves(ctx, "fig19")
    return bool(np.min(_log_slopes(curves["no coupling"])) < 0.0)


@REGISTRY.claim("F20a")
def fig20_plateau_lower_for_larger_tg(ctx):
    curves, _ = _kappa_curves(ctx, "fig20")
    coupled = sorted((g.tg_over_wd.iloc[0], g) for g in curves.values())
    mid = [float(np.interp(0.03, g.T_over_TD, g.kappa_over_K)) for _, g in coupled]
    return bool(np.all(np.diff(mid) < 0))


@REGISTRY.claim("F20b")
def fig20_higher_plateau_more_negative(ctx):
    """l.702: the plateau at higher T (smaller T_g/omega_D) has the more negative slope."""
    curves, _ = _kappa_curves(ctx, "fig20")
    coupled = sorted((g.tg_over_wd.iloc[0], g) for g in curves.values())
    minima = [float(np.min(_log_slopes(g))) for _, g in coupled]
    return bool(np.all(np.diff(minima) > 0))
