"""Rule mixed_alkali_spectra: the 3LS (Fig. 5) and square 4LS (Fig. 14) levels vs phi.

Fig. 5: ``ats.viete_levels`` (Eq. 7), checked against ``eigvalsh``; Fig. 14: closed form
(A.5)/(A.7) (``multiwell.square_levels``) checked against ``eigvalsh`` of Eq. (A.1).
"""

import numpy as np
import pandas as pd

from coldglass import ats, io, multiwell

log = io.script_logger(snakemake.log[0])
c = snakemake.params.cfg
n = c["n_phi_quick"] if snakemake.params.quick else c["n_phi"]
phi = np.linspace(c["phi_min"], c["phi_max"], n)
d0 = c["D0"]
frames, worst5 = [], 0.0
for case, (e1, e2, e3) in enumerate(c["fig05_asymmetries"]):
    lv = ats.viete_levels(e1 * d0, e2 * d0, e3 * d0, d0, phi)
    ref = np.array(
        [np.linalg.eigvalsh(ats.hamiltonian(e1 * d0, e2 * d0, e3 * d0, d0, p)) for p in phi]
    )
    worst5 = max(worst5, float(np.max(np.abs(lv - ref))))
    for k in range(3):
        frames.append(
            pd.DataFrame(
                {
                    "case": case,
                    "E1": e1,
                    "E2": e2,
                    "E3": e3,
                    "phi_rad": phi,
                    "level": k,
                    "E_over_D0": lv[:, k] / d0,
                }
            )
        )
io.write_table(
    pd.concat(frames, ignore_index=True),
    snakemake.output.fig05,
    paper="mixed_alkali",
    figure="fig05",
    equations="3, 7",
    params={**c, "n_phi": n, "max_dev_vs_eigvalsh": worst5},
)
frames, worst14 = [], 0.0
for panel, d1 in (("main", c["fig14_D1_main"]), ("inset", c["fig14_D1_inset"])):
    lv = multiwell.square_levels(d0, d1 * d0, phi)
    ref = np.array(
        [
            np.linalg.eigvalsh(multiwell.square_hamiltonian([0, 0, 0, 0], d0, d1 * d0, p))
            for p in phi
        ]
    )
    worst14 = max(worst14, float(np.max(np.abs(lv - ref))))
    for k in range(4):
        frames.append(
            pd.DataFrame(
                {
                    "panel": panel,
                    "D1_over_D0": d1,
                    "phi_rad": phi,
                    "level": k,
                    "E_over_D0": lv[:, k] / d0,
                }
            )
        )
log.info("max |closed form - eigvalsh|: Fig. 5 %.1e, Fig. 14 %.1e", worst5, worst14)
io.write_table(
    pd.concat(frames, ignore_index=True),
    snakemake.output.fig14,
    paper="mixed_alkali",
    figure="fig14",
    equations="A.1, A.5, A.7",
    params={**c, "n_phi": n, "max_dev_vs_eigvalsh": worst14},
)
