"""Claims of Jug & Paliienko, "Multilevel tunneling systems and fractal clustering in the
low-temperature mixed alkali-silicate glasses" (2013, arXiv:1301.7233).
Rows: data/raw/mixed_alkali/claims.csv.

The text lost its equations, captions and the numbers of Tables 1-2: the figure statements
are computed from the figures' own data (``ctx.table``), drawn with the parameters stated in
config/papers/mixed_alkali.yaml (illustrative where the paper's are lost: the statements
then check that the model, as drawn, behaves as the text says); the fitted quantities are
``not_computable`` with the reason. Physics from ``coldglass.two_species``, ``percolation``,
``multiwell`` and ``ats``.
"""

import functools
import math

import numpy as np

from coldglass import io, multiwell, percolation, schematics, two_species
from coldglass.ledger import ClaimRegistry, NotComputable, Reproduced

__all__ = ["REGISTRY"]

REGISTRY = ClaimRegistry("mixed_alkali")

TABLE1_LOST = (
    "needs the fitted parameters of Table 1, whose numbers are lost from the text, or the "
    "data of MacDonald, Anderson & Schroeder, PRB 31, 1090 (1985) digitized and refitted"
)
TABLE2_LOST = (
    "needs the heat-capacity data of MacDonald, Anderson & Schroeder, PRB 31, 1090 (1985) "
    "(Table 2 numbers lost from the text)"
)


def _shapes(ctx, name):
    """{curve: v_shape dict (or None without a minimum)} of a dielectric figure table."""
    df = ctx.table(name)
    win = ctx.config["dielectric"]
    out = {}
    for curve, sub in df.groupby("curve", sort=False):
        try:
            out[curve] = two_species.v_shape(
                sub.T_K.to_numpy(),
                sub.deps_total.to_numpy(),
                inner=win["window_inner_decades"],
                outer=win["window_outer_decades"],
            )
        except ValueError:
            out[curve] = None
    return out


def _fig07(ctx):
    s = _shapes(ctx, "fig07")
    return s["STM (2LS only)"], s["2LS + ATS, illustrative"]


def _fig08_mixed(ctx):
    """v_shape per x > 0 of Fig. 8, in increasing x."""
    df = ctx.table("fig08")
    s = _shapes(ctx, "fig08")
    xs = df.groupby("curve", sort=False).x.first()
    return [(float(xs[c]), s[c]) for c in xs.index if xs[c] > 0]


@REGISTRY.claim("D01")
def stm_slope_ratio(ctx):
    stm, _ = _fig07(ctx)
    return Reproduced(stm["ratio"], f"T0 = {stm['T0'] * 1e3:.1f} mK, illustrative STM parameters")


@REGISTRY.claim("D02")
def stm_asymptotic_ratio(ctx):
    # asymptotic slopes per ln T of Eq. (8): RES at Delta0min << T << Emax, REL at
    # omega tau_min << 1 (corrections linear in Delta0min/2T and sqrt(omega gamma/2T)/2T)
    stm = ctx.config["dielectric"]["stm"]
    kw = dict(
        A_2LS=stm["A_2LS"],
        delta0_min=1e-6,
        E_max=1e3,
        gamma_s_K3=stm["gamma_s_K3"],
        omega=2 * math.pi * ctx.config["dielectric"]["f_Hz"],
        A_ATS=0.0,
        D_min=1.0,
        Gamma=1.0,
    )
    p = two_species.dielectric_response(np.array([0.02, 0.04, 2.0, 4.0]), **kw)
    s_res = (p["tls_res"][1] - p["tls_res"][0]) / math.log(2.0)
    s_rel = (p["tls_rel"][3] - p["tls_rel"][2]) / math.log(2.0)
    return Reproduced(
        s_res / (s_res + s_rel),
        f"slopes per ln T: RES {s_res / stm['A_2LS']:.4f} A (analytic -2/3), "
        f"REL {s_rel / stm['A_2LS']:.4f} A (analytic 1)",
    )


@REGISTRY.claim("D03")
def minimum_shift_per_decade(ctx):
    df = ctx.table("fig09")
    s = _shapes(ctx, "fig09")
    f = df.groupby("curve", sort=False).f_Hz.first()
    t0 = np.array([s[c]["T0"] for c in f.index])
    slope, _ = np.polyfit(np.log10(f.to_numpy()), np.log10(t0), 1)
    return Reproduced(10.0**slope, "T0 (mK): " + ", ".join(f"{t * 1e3:.1f}" for t in t0))


@REGISTRY.claim("D04")
def ats_ratio_near_minus_one(ctx):
    _, mixed = _fig07(ctx)
    return Reproduced(mixed["ratio"], "illustrative ATS parameters (Table 1 lost)")


@REGISTRY.claim("D05")
def slopes_below_kept_above_raised(ctx):
    stm, mixed = _fig07(ctx)
    kept = abs(mixed["slope_below"] / stm["slope_below"] - 1.0) < 0.05
    return bool(kept and mixed["slope_above"] > stm["slope_above"])


@REGISTRY.claim("D06")
def v_rounded(ctx):
    stm, mixed = _fig07(ctx)
    return bool(mixed["rounding"] > stm["rounding"])


@REGISTRY.claim("D07")
def albasio_v(ctx):
    s = _shapes(ctx, "fig07")
    alb = next(v for k, v in s.items() if "AlBaSiO" in k)
    found = "no minimum in 6 mK - 1 K" if alb is None else f"ratio {alb['ratio']:.2f}"
    raise NotComputable(
        f"{TABLE1_LOST}; with the AlBaSiO ATS parameters of the magnetic_tunneling field fits "
        f"(Table 5, 94 mK; Table 7, 96 mK) and the illustrative 2LS the curve has {found} "
        "(Fig. 7b): D_min = 25 mK < T0 makes the ATS resonant term dominate"
    )


@REGISTRY.claim("D08")
def slopes_grow_with_x(ctx):
    rows = _fig08_mixed(ctx)
    below = [-v["slope_below"] for _, v in rows]
    above = [v["slope_above"] for _, v in rows]
    return bool(np.all(np.diff(below) > 0) and np.all(np.diff(above) > 0))


@REGISTRY.claim("D09")
def above_grows_faster(ctx):
    rows = _fig08_mixed(ctx)
    (_, lo), (_, hi) = rows[0], rows[-1]
    return bool(hi["slope_above"] / lo["slope_above"] > hi["slope_below"] / lo["slope_below"])


@REGISTRY.claim("D10")
def ratio_tends_to_minus_one(ctx):
    rows = _fig08_mixed(ctx)
    r = np.array([abs(v["ratio"]) for _, v in rows])
    return bool(np.all(np.diff(r) < 0) and r[-1] < r[0])


@REGISTRY.claim("D14")
def rounding_grows_with_x(ctx):
    df = ctx.table("fig08")
    s = _shapes(ctx, "fig08")
    xs = df.groupby("curve", sort=False).x.first().sort_values()
    r = np.array([s[c]["rounding"] for c in xs.index])
    return Reproduced(
        bool(np.all(np.diff(r) > 0)),
        "rounding (decades): " + ", ".join(f"x = {x:g}: {v:.3f}" for x, v in zip(xs, r)),
    )


@REGISTRY.claim("D15")
def minimum_at_1kHz(ctx):
    df = ctx.table("fig09")
    s = _shapes(ctx, "fig09")
    f = df.groupby("curve", sort=False).f_Hz.first()
    (curve,) = [c for c in f.index if f[c] == 1000.0]
    return Reproduced(
        s[curve]["T0"] * 1e3,
        "1 kHz curve of Fig. 9; gamma = 1e-8 s K^3 is illustrative (Table 1 lost), chosen "
        "with this range in view: the check is of Eq. (8) + (14) as drawn",
    )


@REGISTRY.claim("D11")
def ats_prefactor_linear(ctx):
    raise NotComputable(TABLE1_LOST)


@REGISTRY.claim("D12")
def tls_prefactor_rises(ctx):
    raise NotComputable(TABLE1_LOST)


@REGISTRY.claim("D13")
def best_fit_kappa(ctx):
    raise NotComputable(f"printed value lost; {TABLE1_LOST}")


def _exponents(ctx):
    """D, D_s, D - D_s (pair-connectedness counts, extrapolated) and nu from Fig. 11's table."""
    df = ctx.table("fig11")
    omega = ctx.config["percolation"]["omega_correction"]
    box = df[df.panel == "box"]
    mass = box.pivot(index="lattice", columns="ell", values="mass")
    surface = box.pivot(index="lattice", columns="ell", values="surface")
    ex = percolation.exponents_from_counts(mass.columns, mass.to_numpy(), surface.to_numpy(), omega)
    thr = df[df.panel == "threshold"]
    inv_nu, _ = percolation.power_law_fit(thr.L, thr.p_sd)
    return ex, -1.0 / inv_nu


@REGISTRY.claim("P01")
def kappa_2d(ctx):
    k = percolation.kappa(percolation.NU_2D, percolation.D_2D, percolation.D_HULL_2D)
    raise NotComputable(
        "printed exponents and kappa lost from the text; with the exact 2-D values "
        f"D = 91/48, D_h = 7/4, nu = 4/3 Eq. (20) gives kappa = 7/36 = {k:.4f}"
    )


@REGISTRY.claim("P02")
def kappa_3d(ctx):
    ex, nu = _exponents(ctx)
    raise NotComputable(
        "printed values lost from the text (only the reference numbers [61-63] survive); "
        f"the simulation gives D = {ex['D']:.3f} +- {ex['D_err']:.3f} "
        f"(accepted {percolation.D_3D}), nu = {nu:.3f} (accepted {percolation.NU_3D}), "
        f"D_s(all surface sites) = {ex['D_s']:.3f}; which surface the paper used is not "
        "stated (l.61)"
    )


@REGISTRY.claim("P03")
def kappa_vanishes_for_full_surface(ctx):
    ex, nu = _exponents(ctx)
    kappa_2d = percolation.kappa(percolation.NU_2D, percolation.D_2D, percolation.D_HULL_2D)
    return bool(abs(nu * ex["D_minus_D_s"]) < 0.1 * kappa_2d)


@REGISTRY.claim("P04")
def cartoons_percolate_at_threshold(ctx):
    df = ctx.table("fig11")
    cart = df[df.panel == "cartoon"].groupby("x_conc").spans.first()
    pc = ctx.config["percolation"]["cartoon_x"]
    return bool(cart[max(pc)] and not cart[min(pc)])


@REGISTRY.claim("H01")
def phonons_dominate_above_1K(ctx):
    df = ctx.table("fig12")
    pure = df[(df.x == 0) & (df.T_K >= 1.0)]
    return bool(np.all(pure.C_phonon > pure.C_tls))


@REGISTRY.claim("H02")
def shoulder(ctx):
    df = ctx.table("fig12")
    d_min = ctx.config["heat_capacity"]["D_min_K"]
    sub = df[(df.x > 0) & (df.T_K >= 4.0 * d_min)]
    dev = np.abs(sub.C_ats / (sub.B_ATS * math.log(2.0)) - 1.0)
    return bool(len(sub) > 0 and dev.max() < 0.02)


@REGISTRY.claim("H03")
def above_silica_at_5_percent(ctx):
    raise NotComputable(TABLE2_LOST)


@REGISTRY.claim("H04")
def non_monotonic_in_x(ctx):
    raise NotComputable(TABLE2_LOST)


@REGISTRY.claim("H05")
def same_kappa(ctx):
    raise NotComputable("needs the fitted kappa values of Tables 1-2 (lost from the text)")


@REGISTRY.claim("H06")
def small_dipole(ctx):
    raise NotComputable(
        "p1 values lost from the text (they need Tables 1-2 and the densities of ref. [24]); "
        f"e a_B = {two_species.elementary_dipole_debye():.3f} D; the p1 formula is "
        "two_species.ats_dipole"
    )


def _levels(df, **sel):
    for k, v in sel.items():
        df = df[df[k] == v]
    return df.pivot(index="phi_rad", columns="level", values="E_over_D0")


@REGISTRY.claim("S01")
def three_level_degeneracy(ctx):
    lv = _levels(ctx.table("fig05"), case=0)
    e = lv.iloc[0].to_numpy()
    return bool(np.allclose(e, [-1.0, -1.0, 2.0], atol=1e-10))


@REGISTRY.claim("S02")
def isolated_doublet(ctx):
    lv = _levels(ctx.table("fig05"), case=1)
    small = lv[lv.index <= 0.05 * math.pi]
    g01 = small[1] - small[0]
    g12 = small[2] - small[1]
    return bool(np.all(g01 < g12 / 10.0))


@REGISTRY.claim("S03")
def middle_doublet(ctx):
    e = _levels(ctx.table("fig14"), panel="inset").iloc[0].to_numpy()
    return bool(abs(e[2] - e[1]) < 1e-10 and e[1] - e[0] > 0.5 and e[3] - e[2] > 0.5)


@REGISTRY.claim("S04")
def lowest_gap_linear(ctx):
    lv = _levels(ctx.table("fig14"), panel="main")
    phi = lv.index.to_numpy()
    gap = (lv[1] - lv[0]).to_numpy()
    g1 = np.interp(0.01 * math.pi, phi, gap)
    g2 = np.interp(0.02 * math.pi, phi, gap)
    near = gap[0] < 1e-10 and g1 < 0.1 * float(lv[3].iloc[0] - lv[1].iloc[0])
    return bool(near and abs(g2 / g1 - 2.0) < 0.1)


@REGISTRY.claim("S05")
def renormalised_asymmetry(ctx):
    rng = np.random.default_rng(7)  # any asymmetries and tunnelling elements
    n = 4
    d, d0 = rng.normal(size=n), rng.uniform(0.1, 1.0, n)
    J = np.full((n, n), 0.3)
    left, right = multiwell.coherent_projection(d, d0, J)
    pairs = n * (n - 1) / 2
    return bool(
        math.isclose(left, d.sum() + 0.3 * pairs) and math.isclose(right, -d.sum() + 0.3 * pairs)
    )


@REGISTRY.claim("S06")
def n_cubed(ctx):
    def product(n):
        return multiwell.coherent_cluster(np.ones(n), np.zeros((n, 3)), np.ones(n), np.ones(n))[
            "D0qS"
        ]

    return bool(math.isclose(product(600) / product(25), (600 / 25) ** 3))


@REGISTRY.claim("S07")
def cluster_size(ctx):
    raise NotComputable(
        "the single-particle tunnelling parameter of the estimate ('Setting [.] mK', l.105) "
        "and the flux-area and transparency values are lost from the text"
    )


# --------------------------------------------------------------------------- Figs. 10, 13
def _curves(ctx, name, quantity):
    """{curve: (x, value)} of one prefactor of a composition figure (Figs. 10, 13)."""
    df = ctx.table(name)
    df = df[df.quantity == quantity]
    return {c: (s.x.to_numpy(), s.value.to_numpy()) for c, s in df.groupby("curve", sort=False)}


def _proportional(x, y):
    """Largest relative deviation of y/x from its mean over x > 0, and y(0)."""
    ratio = y[x > 0] / x[x > 0]
    return float(np.max(np.abs(ratio / ratio.mean() - 1.0))), float(y[x == 0][0])


def _excess_exponent(ctx, name, quantity):
    """Log-log slope and largest residual of (law - reference) vs x > 0 of one prefactor."""
    (x, law), (_, ref) = list(_curves(ctx, name, quantity).values())[:2]
    keep = x > 0
    lx, ly = np.log(x[keep]), np.log(law[keep] - ref[keep])
    slope, icpt = np.polyfit(lx, ly, 1)
    return float(slope), float(np.max(np.abs(ly - (slope * lx + icpt))))


@REGISTRY.claim("F01")
def fig10_ats_linear(ctx):
    ((x, y),) = _curves(ctx, "fig10", "A_ATS_K").values()
    dev, y0 = _proportional(x, y)
    return Reproduced(
        bool(dev < 1e-12 and y0 == 0.0), f"A_ATS/x spread {dev:.1e}, A_ATS(0) = {y0:g} K"
    )


@REGISTRY.claim("F02")
def fig10_tls_rises_less_rapidly(ctx):
    (x, y), _ = list(_curves(ctx, "fig10", "A_2LS").values())[:2]
    keep = x >= 0.05
    slope = np.gradient(np.log(y[keep]), np.log(x[keep]))
    ok = bool(np.all(np.diff(y[x > 0]) > 0) and slope.max() < 1.0)
    return Reproduced(
        ok,
        f"d ln A_2LS/d ln x = {slope.min():.3f}-{slope.max():.3f} for x >= 0.05 "
        "(ATS: 1); A_2LS increasing",
    )


@REGISTRY.claim("F03")
def fig10_dilution_induced_power_law(ctx):
    (x, law), (_, ref) = list(_curves(ctx, "fig10", "A_2LS").values())[:2]
    slope, resid = _excess_exponent(ctx, "fig10", "A_2LS")
    kappa = ctx.config["dielectric"]["fig08_kappa"]  # the kappa stated on the figure
    above = bool(np.all(law[x > 0] > ref[x > 0]))
    note = (
        f"excess over A0 (1 - x) ~ x^{slope:.6f} (largest log residual {resid:.1e}; "
        f"kappa stated {kappa:g})"
    )
    return Reproduced(bool(above and resid < 1e-9 and abs(slope - kappa) < 1e-9), note)


@REGISTRY.claim("F04")
def fig13_ats_linear(ctx):
    ((x, y),) = _curves(ctx, "fig13", "B_ATS").values()
    dev, y0 = _proportional(x, y)
    return Reproduced(bool(dev < 1e-12 and y0 == 0.0), f"B_ATS/x spread {dev:.1e}")


@REGISTRY.claim("F05")
def fig13_same_kappa(ctx):
    k10, _ = _excess_exponent(ctx, "fig10", "A_2LS")
    k2, r2 = _excess_exponent(ctx, "fig13", "B_2LS")
    kph, rph = _excess_exponent(ctx, "fig13", "B_ph")
    ok = max(abs(k2 - k10), abs(kph - k10)) < 1e-9 and max(r2, rph) < 1e-9
    return Reproduced(
        bool(ok),
        f"excess exponents: A_2LS {k10:.6f} (Fig. 10), B_2LS {k2:.6f}, B_ph {kph:.6f} (Fig. 13)",
    )


@REGISTRY.claim("F06")
def prefactor_ratio_independent_of_x(ctx):
    ((x10, a),) = _curves(ctx, "fig10", "A_ATS_K").values()
    ((x13, b),) = _curves(ctx, "fig13", "B_ATS").values()
    common = np.intersect1d(x10[x10 > 0], x13[x13 > 0])
    r = np.interp(common, x10, a) / np.interp(common, x13, b)
    dev = float(np.max(np.abs(r / r.mean() - 1.0)))
    return Reproduced(
        bool(dev < 1e-9 and common.size > 2),
        f"A_ATS/B_ATS = {r.mean():.4g} K^2 g J^-1, spread {dev:.1e} over {common.size} x",
    )


# --- Figure statements (issue 7) of Figs. 4, 9 and 15, from each figure's own data.


@REGISTRY.claim("F04a")
def fig4_three_wells_d3(ctx):
    """Fig. 4 (l.37): a three-welled potential of (near) D3 shape: three wells, 120 degrees
    apart about the centre (within 5 degrees, twice the grid's angular step), at equal
    distance from it (within 5 %)."""
    V = schematics.tidy_grid(ctx.table("fig04"), ("x", "y"))
    df = ctx.table("fig04")
    x, y = np.sort(df.x.unique()), np.sort(df.y.unique())
    wells = schematics.grid_local_minima(V, size=5) & (V < 0.5 * V.min())
    i, j = np.nonzero(wells)
    angles = np.sort(np.degrees(np.arctan2(y[j], x[i])))
    radii = np.hypot(x[i], y[j])
    gaps = np.diff(np.append(angles, angles[0] + 360.0)) if angles.size else np.array([])
    ok = (
        angles.size == 3
        and bool(np.all(np.abs(gaps - 120.0) < 5.0))
        and np.ptp(radii) < 0.05 * radii.mean()
    )
    return Reproduced(
        bool(ok),
        f"{angles.size} wells at {', '.join(f'{a:.1f}' for a in angles)} deg, "
        f"radii {', '.join(f'{r:.3f}' for r in radii)}, depths "
        f"{', '.join(f'{v:.3f}' for v in V[wells])}",
    )


@REGISTRY.claim("F09a")
def fig9_frequency_only_in_relaxation(ctx):
    """Fig. 9 (l.51, l.57): the frequency dependence of the RES parts is neglected, so the
    frequency series differs only through the REL parts: RES (2LS + ATS) identical across
    the drawn frequencies (to 1e-9 of its range), REL not (by more than 10 % of its range)."""
    df = ctx.table("fig09")
    res, rel = {}, {}
    for curve, sub in df.groupby("curve", sort=False):
        sub = sub.sort_values("T_K")
        res[curve] = (sub.deps_tls_res + sub.deps_ats_res).to_numpy()
        rel[curve] = (sub.deps_tls_rel + sub.deps_ats_rel).to_numpy()
    first = next(iter(res))
    res_spread = max(np.max(np.abs(r - res[first])) for r in res.values()) / np.ptp(res[first])
    rel_spread = max(np.max(np.abs(r - rel[first])) for r in rel.values()) / np.ptp(rel[first])
    return Reproduced(
        bool(len(res) >= 2 and res_spread < 1e-9 and rel_spread > 0.1),
        f"{len(res)} frequencies: RES spread {res_spread:.1e}, REL spread {rel_spread:.2f} "
        "of the range",
    )


@REGISTRY.claim("F15a")
def fig15_renormalised_sums(ctx):
    """Fig. 15 (l.109, Eqs. A.9-A.11): the renormalised 3LS drawn for the cluster has the
    arithmetic sums of its members' D0, well energies, charges and areas, and D0 |q/e| S is
    their product."""
    members = ctx.table("fig15")
    par = io.read_table(ctx.inputs["fig15"])[1]["params"]
    sums = {
        "D0_N": members.D0.sum(),
        "q_N": members.q.sum(),
        "S_N": members.S.sum(),
    }
    ok = all(math.isclose(par[k], v, rel_tol=1e-12) for k, v in sums.items())
    energies = members[["E1", "E2", "E3"]].sum().to_numpy()
    ok = ok and np.allclose(par["E_N"], energies, rtol=1e-12, atol=1e-15)
    ok = ok and math.isclose(par["D0qS_N"], par["D0_N"] * par["q_N"] * par["S_N"], rel_tol=1e-12)
    return Reproduced(bool(ok), f"N = {len(members)} members, D0_N = {par['D0_N']:.4f}")


# --------------------------------------------------------------------------- provenance
_EQ8 = "Eq. (8): magnetic_tunneling Eq. (35) with the 1/2 of its Eq. (40) (recovered, derived)"
_EQ14 = "Eq. (14)-(15): magnetic_tunneling Eqs. (46)-(55) at phi = 0 (recovered)"
_EQ20 = "Eq. (20) kappa = nu (D - D_s): derived from the words of Sec. 3"
_LAWS = "x-laws: text of Secs. 3-4 (A_ATS, B_ATS ~ x; 1 - x dilution; x^kappa interface term)"
_EQ26 = "Eq. (26): magnetic_tunneling Eq. (19) at phi = 0 (recovered)"
_EQ37 = "Eqs. (3), (7): magnetic_tunneling Eqs. (5)-(8) (recovered)"
_EQA = "Eqs. (A.1)-(A.7): derived from the Appendix text (n.n. D0, n.n.n. D1 cos(phi/2))"
_EQA9 = "Eqs. (A.9)-(A.19): renormalisation rules from the Appendix text (sums; pairs derived)"
#: Where the equations behind each claim come from (the text lost them; issue 15).
PROVENANCE = {
    **dict.fromkeys(("D01", "D03", "D04", "D05", "D06", "D08", "D09", "D10"), f"{_EQ8}; {_EQ14}"),
    **dict.fromkeys(("D07", "D14", "D15"), f"{_EQ8}; {_EQ14}"),
    "D02": f"{_EQ8}; Eqs. (11)-(12) derived (leading logs)",
    **dict.fromkeys(("D11", "D12", "D13"), f"{_LAWS}; {_EQ20}"),
    **dict.fromkeys(("P01", "P02", "P03", "P04"), _EQ20),
    "H01": "Eq. (21): text (Debye T^3 + 2LS T)",
    "H02": _EQ26,
    **dict.fromkeys(("H03", "H04", "H05", "H06"), f"{_LAWS}; Eqs. (21)-(31) reconstructed"),
    **dict.fromkeys(("F01", "F02", "F03", "F04", "F05", "F06"), f"{_LAWS}; {_EQ20}"),
    "F04a": _EQ37,
    "F09a": f"{_EQ8}; {_EQ14}",
    "F15a": _EQA9,
    **dict.fromkeys(("S01", "S02"), _EQ37),
    **dict.fromkeys(("S03", "S04"), _EQA),
    **dict.fromkeys(("S05", "S06", "S07"), _EQA9),
}


def _with_provenance(function, provenance):
    """The claim function, its note (or not_computable reason) ending with the provenance."""

    @functools.wraps(function)
    def judged(ctx):
        try:
            result = function(ctx)
        except NotComputable as reason:
            raise NotComputable(f"{reason}; equations: {provenance}") from None
        if isinstance(result, Reproduced):
            note = "; ".join(filter(None, [result.note, f"equations: {provenance}"]))
            return Reproduced(result.value, note)
        return Reproduced(result, f"equations: {provenance}")

    return judged


for _cid, _function in list(REGISTRY.functions.items()):
    REGISTRY.functions[_cid] = _with_provenance(_function, PROVENANCE[_cid])
