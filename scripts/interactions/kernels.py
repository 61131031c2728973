"""Rule interactions_kernels: the kernels, tensors and scalar integrals (not paper figures).

figS01: angular dependence of the five kernels (closed forms; the printed Eq. 16 and Eq. 58
variants beside the corrected ones; regulated momentum-sum points on top).
figS02: |U(R)| from the momentum sums (regulated quadrature) and the closed forms.
tableS01: tensor coefficients, printed and recomputed; tableS02: the scalar integrals.
"""

import math

import numpy as np
import pandas as pd

from coldglass import elastic_interactions as ei
from coldglass import io

log = io.script_logger(snakemake.log[0])
cfg = snakemake.params.paper_config
quick = snakemake.params.quick
PI2 = math.pi**2
RHO = 1.0 / (4.0 * math.pi)  # energies in coupling^2 / (4 pi rho c_l^2 a_0^p)
Z = np.array([0.0, 0.0, 1.0])
GAMMA = np.outer(Z, Z)
ZETA = np.einsum("a,b,c->abc", Z, Z, Z)
CLOSED = {
    "zz": ei.u_zz_closed,
    "z0": ei.u_z0_closed,
    "Stau": ei.u_s_tau_closed,
    "etatau": ei.u_eta_tau_closed,
    "tautau": ei.u_tau_tau_closed,
}
POWER = {"zz": 3, "z0": 3, "Stau": 4, "etatau": 4, "tautau": 5}
EQUATION = {
    "zz": "Eq. 16",
    "z0": "Eq. 26",
    "Stau": "Eq. 36",
    "etatau": "Eq. 66",
    "tautau": "(not in paper)",
}


def uniaxial(kind):
    return {
        "zz": (GAMMA, GAMMA),
        "z0": (GAMMA, 1.0),
        "Stau": (GAMMA, ZETA),
        "etatau": (1.0, ZETA),
        "tautau": (ZETA, ZETA),
    }[kind]


# --- figS01: angular dependence at R = 1 ---------------------------------------------
rows = []
theta = np.linspace(0.0, 180.0, cfg["angular"]["n_theta"])
for ratio in cfg["angular"]["c_t_over_c_l"]:
    for deg in theta:
        n = np.array([math.sin(math.radians(deg)), 0.0, math.cos(math.radians(deg))])
        for kind, closed in CLOSED.items():
            value = closed(*uniaxial(kind), n, 1.0, ratio, RHO)
            rows.append((kind, "corrected", "closed", ratio, deg, value))
        rows.append(
            (
                "zz",
                "printed Eq. 16",
                "closed",
                ratio,
                deg,
                ei.eq16_ising_kernel(GAMMA, GAMMA, n, 1.0, ratio, RHO, printed=True),
            )
        )
        rows.append(
            (
                "Stau",
                "printed Eq. 58",
                "closed",
                ratio,
                deg,
                ei.eq36_s_tau_kernel(GAMMA, ZETA, n, 1.0, ratio, RHO, ei.F_COEFFICIENTS_PRINTED),
            )
        )
check_ratio = cfg["kernels"]["c_t_over_c_l"]
for deg in np.arange(0.0, 181.0, 30.0 if quick else 15.0):
    n = np.array([math.sin(math.radians(deg)), 0.0, math.cos(math.radians(deg))])
    for kind in CLOSED:
        value = ei.momentum_sum(kind, 2.0 * n, uniaxial(kind), 1.0, check_ratio, RHO)
        rows.append(
            (kind, "corrected", "momentum sum", check_ratio, deg, value * 2.0 ** POWER[kind])
        )
angular = pd.DataFrame(
    rows, columns=["kernel", "variant", "method", "c_t_over_c_l", "theta_deg", "value_R1"]
)
io.write_table(
    angular,
    snakemake.output.angular,
    paper="interactions",
    figure="figS01",
    equations="Eqs. 16, 17, 26, 28, 36, 58, 66; tau-tau from the Kelvin tensor",
    params={
        "c_t_over_c_l": cfg["angular"]["c_t_over_c_l"],
        "units": "coupling^2/(4 pi rho c_l^2 R^p)",
    },
)

# --- figS02: |U(R)| along a generic direction, random couplings ---------------------
rng = np.random.default_rng(cfg["kernels"]["seed"])
gamma_1, gamma_2 = (
    (lambda a: (a + a.T) / 2)(rng.normal(size=(3, 3))),
    (lambda a: (a + a.T) / 2)(rng.normal(size=(3, 3))),
)
zeta_1 = rng.normal(size=(3, 3, 3))
zeta_1 = (zeta_1 + zeta_1.transpose(0, 2, 1)) / 2
zeta_2 = rng.normal(size=(3, 3, 3))
zeta_2 = (zeta_2 + zeta_2.transpose(0, 2, 1)) / 2
couplings = {
    "zz": (gamma_1, gamma_2),
    "z0": (gamma_1, 1.0),
    "Stau": (gamma_1, zeta_2),
    "etatau": (1.0, zeta_2),
    "tautau": (zeta_1, zeta_2),
}
direction = np.asarray(cfg["kernels"]["direction"], dtype=float)
direction /= np.linalg.norm(direction)
n_radii = cfg["kernels"]["n_radii_quick" if quick else "n_radii"]
radii = np.geomspace(cfg["kernels"]["r_min"], cfg["kernels"]["r_max"], n_radii)
rows = []
for kind, closed in CLOSED.items():
    for r in radii:
        exact = closed(*couplings[kind], r * direction, 1.0, check_ratio, RHO)
        numeric = ei.momentum_sum(kind, r * direction, couplings[kind], 1.0, check_ratio, RHO)
        rows.append((kind, r, exact, numeric))
radial = pd.DataFrame(rows, columns=["kernel", "R_over_a0", "closed_form", "momentum_sum"])
radial["relative_difference"] = np.abs(radial.momentum_sum / radial.closed_form - 1.0)
io.write_table(
    radial,
    snakemake.output.radial,
    paper="interactions",
    figure="figS02",
    equations="Eqs. 14, 19, 35, 65 (momentum sums) vs Eqs. 16, 26, 36, 66 and the tau-tau kernel",
    params={
        "c_t_over_c_l": check_ratio,
        "direction": list(direction),
        "seed": cfg["kernels"]["seed"],
    },
)
log.info(
    "momentum sums vs closed forms: max relative difference %.2e", radial.relative_difference.max()
)


# --- tableS01: tensor coefficients --------------------------------------------------
def write_markdown(df, path, title, note):
    lines = [f"# {title}", "", note, "", df.to_markdown(index=False), ""]
    with open(path, "w") as handle:
        handle.write("\n".join(lines))


n = direction
contractions = ei.contraction_coefficients(n)
printed_abc = np.array(ei.F_COEFFICIENTS_PRINTED)
corrected_abc = np.array(ei.F_COEFFICIENTS_CORRECTED)
solved_printed = np.array(ei.solve_coefficients(ei.F_RELATIONS_PRINTED))
solved_corrected = np.array(ei.solve_coefficients(ei.F_RELATIONS_CORRECTED))
derivative_f = PI2 * ei.radial_derivative(1, 5, n)
rows = [
    ("I: a", "Eq. 25", 2.0, ei.I_COEFFICIENTS[0] / PI2, "pi^2"),
    ("I: b", "Eq. 25", -6.0, ei.I_COEFFICIENTS[1] / PI2, "pi^2"),
    (
        "I = -(2 pi)^3 d^2(1/4 pi R): max deviation",
        "Eq. 25",
        0.0,
        float(
            np.max(
                np.abs(
                    ei.tensor_I(n)
                    + (2 * math.pi) ** 3 * ei.radial_derivative(-1, 2, n) / (4 * math.pi)
                )
            )
        ),
        "abs",
    ),
    ("G: A", "Eq. 46", 6.0, ei.G_COEFFICIENTS[0] / PI2, "pi^2"),
    ("G: B", "Eq. 46", -30.0, ei.G_COEFFICIENTS[1] / PI2, "pi^2"),
    (
        "G = 2 pi^2 R^4 d^3(1/R): max deviation",
        "Eq. 46",
        0.0,
        float(np.max(np.abs(ei.tensor_G(n) - 2 * PI2 * ei.radial_derivative(-1, 3, n)))),
        "abs",
    ),
]
for label, key, printed_triplet in (
    ("Eq. 53", "Eq. 53", (35, 14, 1)),
    ("Eq. 55", "Eq. 55", (21, 12, 1)),
    ("Eq. 57", "Eq. 57", (12, 10, 1)),
):
    for name, printed_value, computed in zip("abc", printed_triplet, contractions[key]):
        rows.append((f"contraction coefficient of {name}", label, printed_value, computed, "count"))
for name, p_value, s_printed, s_corrected in zip(
    "abc", printed_abc, solved_printed, solved_corrected
):
    rows.append(
        (f"F: {name} (printed relations solved)", "Eq. 58", p_value / PI2, s_printed / PI2, "pi^2")
    )
    rows.append(
        (f"F: {name} (recounted Eq. 57 solved)", "Eq. 58", p_value / PI2, s_corrected / PI2, "pi^2")
    )
for label, key, rhs in (
    ("Eq. 53", "Eq. 53", 0.0),
    ("Eq. 55", "Eq. 55", -12.0),
    ("Eq. 56-57", "Eq. 57", 0.0),
):
    rows.append(
        (
            "residual with printed a, b, c",
            label,
            0.0,
            (np.dot(contractions[key], printed_abc) / PI2 - rhs),
            "pi^2",
        )
    )
    rows.append(
        (
            "residual with corrected a, b, c",
            label,
            0.0,
            (np.dot(contractions[key], corrected_abc) / PI2 - rhs),
            "pi^2",
        )
    )
rows.append(
    (
        "F - pi^2 R^4 d^5 R, printed a, b, c: max deviation",
        "Eq. 58",
        0.0,
        float(np.max(np.abs(ei.tensor_F(n, ei.F_COEFFICIENTS_PRINTED) - derivative_f))) / PI2,
        "pi^2",
    )
)
rows.append(
    (
        "F - pi^2 R^4 d^5 R, corrected a, b, c: max deviation",
        "Eq. 58",
        0.0,
        float(np.max(np.abs(ei.tensor_F(n, ei.F_COEFFICIENTS_CORRECTED) - derivative_f))) / PI2,
        "pi^2",
    )
)
stau_sum = radial[radial.kernel == "Stau"]
for label, coefficients in (
    ("printed", ei.F_COEFFICIENTS_PRINTED),
    ("corrected", ei.F_COEFFICIENTS_CORRECTED),
):
    deviation = max(
        abs(
            ei.eq36_s_tau_kernel(
                *couplings["Stau"], r * direction, 1.0, check_ratio, RHO, coefficients
            )
            / s
            - 1.0
        )
        for r, s in zip(stau_sum.R_over_a0, stau_sum.momentum_sum)
    )
    rows.append(
        (
            f"Eq. 36 with {label} a, b, c vs momentum sum Eq. 35: max relative deviation",
            "Eq. 36",
            0.0,
            deviation,
            "rel",
        )
    )
table = pd.DataFrame(rows, columns=["quantity", "equation", "as_printed", "recomputed", "unit"])
table.to_csv(snakemake.output.table_s01_csv, index=False)
write_markdown(
    table,
    snakemake.output.table_s01_md,
    "Table S01 (not in the paper): tensor coefficients, printed and recomputed",
    "Contractions of the isotropic basis tensors at a generic unit vector n; "
    "F = a F^a + b F^b + c F^c "
    "(Eqs. 50-51). 'as_printed' is the paper's value; 'recomputed' is computed here.",
)

# --- tableS02: scalar integrals ------------------------------------------------------
rows = []
for name, (_, _, _, printed_value) in ei.SCALAR_INTEGRALS.items():
    for eps in (0.04, 0.02, 0.01, 0.005, 0.0025):
        rows.append((name, printed_value, f"{eps:g}", ei.regulated_scalar_integral(name, eps)))
    rows.append((name, printed_value, "extrapolated", ei.scalar_integral(name)))
scalars = pd.DataFrame(rows, columns=["integral", "as_printed_pi2", "regulator_eps", "value_pi2"])
scalars.to_csv(snakemake.output.table_s02_csv, index=False)
write_markdown(
    scalars,
    snakemake.output.table_s02_md,
    "Table S02 (not in the paper): the scalar integrals of Eqs. 23, 45, 52, 56",
    "int d^3q (q_z/q)^m q^s {cos, sin}(q_z) exp(-eps q^2) in units of pi^2 (radial part exact, "
    "angular part by composite Gauss-Legendre); "
    "'extrapolated' = 2 I(eps/2) - I(eps) at eps = 0.005.",
)
log.info(
    "scalar integrals: %s", scalars[scalars.regulator_eps == "extrapolated"].to_dict("records")
)
