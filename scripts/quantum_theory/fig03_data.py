"""Rule quantum_theory_data (fig03): the local library of states.

Upper panels (cartoon): a jittered bead packing (schematics.bead_lattice); the N = 5 and
N = 7 beads nearest the centre rotated about their centroid (a rearrangement; l.121), by
the first angle >= rotation_deg that keeps them clear of the unmoved beads.  Lower
panels: ln Omega_N(E) of Eq. (9) (l.265) with Delta eps = T_g s_c, delta E^2 = 2 T_g^2 s_c
(l.271), gamma = 11.33 k_B T_g, s_c = 0.82 k_B, for N = 5, 7 and N* (= 191, where the
library first reaches E = 0), and the frozen-in spectrum n(E) ~ e^{E/T_g} (l.256).
"""

import numpy as np
import pandas as pd

from coldglass import io, rfot, schematics

log = io.script_logger(snakemake.log[0])
sec, quick = snakemake.params.section, snakemake.params.quick


rng = np.random.default_rng(snakemake.params.seed)
w, h = sec["cartoon_width"], sec["cartoon_height"]
xy = schematics.bead_lattice(w, h, rng)
centre = xy[schematics.nearest_beads(xy, (w / 2, h / 2), 1)[0]]
beads = pd.DataFrame({"part": "beads", "x_a": xy[:, 0], "y_a": xy[:, 1]})
for N in (sec["N_small"], sec["N_large"]):
    idx = schematics.nearest_beads(xy, centre, N)
    # drawn bead radius 0.45 a: centres 0.9 a apart do not overlap
    angle = schematics.clear_rotation(xy, idx, np.deg2rad(sec["rotation_deg"]), 0.9)
    moved = schematics.rotated_region(xy, idx, angle)
    beads[f"moved_N{N}"] = np.isin(np.arange(len(xy)), idx)
    beads[f"x_N{N}_a"], beads[f"y_N{N}_a"] = moved[:, 0], moved[:, 1]

E = np.linspace(*sec["energy_range"], sec["points_quick"] if quick else sec["points"])
n_star = rfot.cooperative_region_size()
dos = [
    pd.DataFrame(
        {"part": "dos", "N": float(N), "E_over_kTg": E, "ln_Omega": rfot.rem_log_density(E, N)}
    )
    for N in (sec["N_small"], sec["N_large"], n_star)
]
dos.append(
    pd.DataFrame({"part": "dos", "N": np.inf, "E_over_kTg": E, "ln_Omega": E})
)  # ln n = E/T_g
table = pd.concat([beads, *dos], ignore_index=True)
params = {
    "s_c_over_kB": rfot.configurational_entropy_at_tg(),
    "gamma_over_kTg": rfot.mismatch_coefficient(),
    "N_star": n_star,
    "seed": snakemake.params.seed,
    **{f"E_GS_N{N}": float(rfot.ground_state_energy(N)) for N in (sec["N_small"], sec["N_large"])},
    **{f"E_mean_N{N}": float(rfot.library_centre(N)) for N in (sec["N_small"], sec["N_large"])},
    **{f"E_width_N{N}": float(rfot.library_width(N)) for N in (sec["N_small"], sec["N_large"])},
    **sec,
}
io.write_table(
    table,
    snakemake.output[0],
    paper="quantum_theory",
    figure="fig03",
    equations="Eqs. (9)-(11), l.256, l.265-273",
    params=params,
)
log.info("E_GS(5) = %.2f, E_GS(7) = %.2f, N* = %.1f", params["E_GS_N5"], params["E_GS_N7"], n_star)
