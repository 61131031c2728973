"""Rule mixed_alkali_percolation: percolation clusters and exponents for Fig. 11 and Eq. (20).

Seeded simulations (``coldglass.percolation``): square-lattice cartoons at the configured
site concentrations, pair-connectedness counts of simple-cubic lattices at p_c (D, D_s),
and spanning thresholds of finite cubes (nu from their spread). One tidy table with a
``panel`` column: ``cartoon``, ``box``, ``threshold``.
"""

import numpy as np
import pandas as pd

from coldglass import io
from coldglass import percolation as pc

log = io.script_logger(snakemake.log[0])
c = snakemake.params.cfg
quick = snakemake.params.quick
seed = int(snakemake.params.seed)
frames = []
for i, x in enumerate(c["cartoon_x"]):
    occ = pc.occupy(c["cartoon_L"], x, seed + i, dim=2)
    span = pc.spanning_cluster(occ)
    lab = pc.label_sites(occ)
    roots, counts = np.unique(lab[lab >= 0], return_counts=True)
    largest = lab == roots[np.argmax(counts)]
    cl = span if span.any() else largest
    surf = pc.surface_mask(cl, occ)
    role = np.where(surf, "surface", np.where(cl, "cluster", "other"))
    ii, jj = np.nonzero(occ)
    frames.append(
        pd.DataFrame(
            {
                "panel": "cartoon",
                "x_conc": x,
                "i": ii,
                "j": jj,
                "role": role[ii, jj],
                "spans": bool(span.any()),
            }
        )
    )
L = c["box_L_quick"] if quick else c["box_L"]
sizes = c["box_sizes_quick"] if quick else c["box_sizes"]
box = pc.fractal_dimensions(L, c["box_lattices"], sizes, c["box_centres"], seed + 100)
for n, (m, s_) in enumerate(zip(box["mass"], box["surface"], strict=True)):
    frames.append(
        pd.DataFrame(
            {"panel": "box", "lattice": n, "ell": box["sizes"], "mass": m, "surface": s_, "L": L}
        )
    )
Ls = c["threshold_L_quick"] if quick else c["threshold_L"]
ns = c["threshold_samples_quick"] if quick else c["threshold_samples"]
for L_t in Ls:
    p = pc.threshold_samples(L_t, ns, seed + 1000 + L_t, dim=3)
    frames.append(
        pd.DataFrame(
            {
                "panel": "threshold",
                "L": [L_t],
                "p_mean": [p.mean()],
                "p_sd": [p.std(ddof=1)],
                "p_sd_err": [p.std(ddof=1) / np.sqrt(2 * (ns - 1))],
                "n_samples": [ns],
            }
        )
    )
    log.info("L = %d: <p*> = %.5f, sd = %.5f", L_t, p.mean(), p.std(ddof=1))
thr = pd.concat([f for f in frames if f.panel.iloc[0] == "threshold"])
inv_nu, _ = pc.power_law_fit(thr.L, thr.p_sd)
summary = pc.exponents_from_counts(box["sizes"], box["mass"], box["surface"], c["omega_correction"])
summary["nu"] = -1.0 / inv_nu
summary["kappa"] = summary["nu"] * summary["D_minus_D_s"]
log.info("exponents: %s", summary)
io.write_table(
    pd.concat(frames, ignore_index=True),
    snakemake.output[0],
    paper="mixed_alkali",
    figure="fig11",
    equations="20",
    params={
        **c,
        "seed": seed,
        "quick": quick,
        "p_c": pc.P_C_CUBIC,
        "p_c_2d": pc.P_C_SQUARE,
        "D_accepted": pc.D_3D,
        "nu_accepted": pc.NU_3D,
        "summary": summary,
    },
)
