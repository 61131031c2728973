"""Rule magnetic_tunneling_ats_curves: data of Figs. 4 (Eq. 8), 5 and 6 (Eq. 13)."""

import numpy as np
import pandas as pd

from coldglass import ats, io

log = io.script_logger(snakemake.log[0])
quick = snakemake.params.quick
P = "magnetic_tunneling"

# ---- Fig. 4: exact levels of Eq. (6) by Eq. (8), cross-checked by diagonalisation
c4 = snakemake.params.fig04
n_phi = 201 if quick else c4["n_phi"]
phi = np.linspace(c4["phi_min"], c4["phi_max"], n_phi)
frames, worst = [], 0.0
for case, (e1, e2, e3) in enumerate(c4["asymmetries"]):
    d0 = c4["D0"]
    lv = ats.viete_levels(e1 * d0, e2 * d0, e3 * d0, d0, phi)
    ref = np.array(
        [np.linalg.eigvalsh(ats.hamiltonian(e1 * d0, e2 * d0, e3 * d0, d0, p)) for p in phi]
    )
    worst = max(worst, float(np.max(np.abs(lv - ref))))
    for k in range(3):
        frames.append(
            pd.DataFrame(
                {
                    "case": case,
                    "E1_over_D0": e1,
                    "E2_over_D0": e2,
                    "E3_over_D0": e3,
                    "phi_rad": phi,
                    "level": k,
                    "E_over_D0": lv[:, k] / d0,
                }
            )
        )
log.info("Fig. 4: max |Viete - eigvalsh| = %.2e D0", worst)
io.write_table(
    pd.concat(frames, ignore_index=True),
    snakemake.output.fig04,
    paper=P,
    figure="fig04",
    equations="6, 8",
    params={**c4, "n_phi": n_phi, "max_dev_vs_eigvalsh": worst},
)

# ---- Fig. 5: g_ATS(E) at several phi (n_ATS P* = 1)
c5 = snakemake.params.fig05
dmin, d0min, d0max = c5["D_min"], c5["D0_min"], c5["D0_max"]
n_E = 400 if quick else c5["n_E"]
frames = []
for p in c5["phis"]:
    E = np.linspace(1e-3 * c5["E_max"], c5["E_max"], n_E)
    ec1, ec2 = (float(v) for v in ats.cutoff_energies(p, dmin, d0min, d0max))
    extra = [ec1 * (1 - 1e-9), ec1, ec1 * (1 + 1e-9), ec2, ec2 * (1 + 1e-9)]
    E = np.unique(np.concatenate([E, [x for x in extra if x <= c5["E_max"]]]))
    frames.append(
        pd.DataFrame(
            {
                "phi_rad": p,
                "E_over_Dmin": E / dmin,
                "g_ATS": ats.dos_ats(E, p, dmin, d0min, d0max),
                "E_c1_over_Dmin": ec1 / dmin,
                "E_c2_over_Dmin": ec2 / dmin,
            }
        )
    )
io.write_table(
    pd.concat(frames, ignore_index=True),
    snakemake.output.fig05,
    paper=P,
    figure="fig05",
    equations="13",
    params={**c5, "n_E": n_E, "P_star_n_ATS": 1.0},
)

# ---- Fig. 6: g_ATS(phi) at several E (same cutoffs)
c6 = snakemake.params.fig06
n_phi = 500 if quick else c6["n_phi"]
frames = []
for E in c6["energies"]:
    ph = np.linspace(0.0, c6["phi_max"], n_phi)
    cusp, zero = ats.critical_phases(E, dmin, d0min, d0max)
    ph = np.unique(
        np.concatenate([ph, [x for x in (cusp, zero, zero * (1 - 1e-9)) if x <= c6["phi_max"]]])
    )
    frames.append(
        pd.DataFrame(
            {
                "E_over_Dmin": E,
                "phi_rad": ph,
                "g_ATS": ats.dos_ats(E * dmin, ph, dmin, d0min, d0max),
                "phi_cusp": cusp,
                "phi_zero": zero,
            }
        )
    )
io.write_table(
    pd.concat(frames, ignore_index=True),
    snakemake.output.fig06,
    paper=P,
    figure="fig06",
    equations="13",
    params={
        **c6,
        "n_phi": n_phi,
        "D_min": dmin,
        "D0_min": d0min,
        "D0_max": d0max,
        "P_star_n_ATS": 1.0,
    },
)
log.info("Figs. 4-6 data written")
