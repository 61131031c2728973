"""Rule quantum_theory_data (fig09): geometry of the tunnelling-centre schematic.

A jittered bead packing (schematics.bead_lattice); the beads within the sphere of N* = 191
beads (l.189) get a doubled circle, the alternative position displaced by d_L = 0.1 a
(l.174, drawn exaggerated); the inner contour holds the tunnelling transition state
N_ddagger ~ 14 beads (Eq. 13, l.296).  Sizes from schematics.tunnelling_centre_sizes.
"""

import numpy as np
import pandas as pd

from coldglass import io, schematics

log = io.script_logger(snakemake.log[0])
sec = snakemake.params.section


sizes = schematics.tunnelling_centre_sizes()
if 2 * sizes["R_over_a"] > min(sec["width"], sec["height"]) - 2:
    raise io.InputError(
        "config/papers/quantum_theory.yaml", "box too small for the N* sphere", field="fig09.width"
    )
rng = np.random.default_rng(snakemake.params.seed)
xy = schematics.bead_lattice(sec["width"], sec["height"], rng, jitter=sec["jitter"])
centre = xy[schematics.nearest_beads(xy, (sec["width"] / 2, sec["height"] / 2), 1)[0]]
# The caption's "xi is its typical size": the drawn domain has diameter xi = N*^(1/3) a
# (the N* beads fill xi^3; the sphere of the same volume would have diameter 1.24 xi).
domain_radius = 0.5 * sizes["xi_over_a"]
inside = np.linalg.norm(xy - centre, axis=1) < domain_radius
shown = sizes["d_L_over_a"] * sec["d_L_exaggeration"]
alt = xy.copy()
alt[inside] = schematics.alternative_positions(xy[inside], shown, rng)
table = pd.DataFrame(
    {
        "x_a": xy[:, 0],
        "y_a": xy[:, 1],
        "x_alt_a": alt[:, 0],
        "y_alt_a": alt[:, 1],
        "in_domain": inside,
    }
)
params = {
    **sizes,
    "domain_radius_over_a": domain_radius,
    "centre_x_a": float(centre[0]),
    "centre_y_a": float(centre[1]),
    "d_L_drawn_over_a": shown,
    "seed": snakemake.params.seed,
    **sec,
}
io.write_table(
    table,
    snakemake.output[0],
    paper="quantum_theory",
    figure="fig09",
    equations="N* and xi (l.189), N_ddagger (Eq. 13, l.296), d_L/a (l.174)",
    params=params,
)
log.info(
    "N* = %.1f (R = %.2f a, xi = %.2f a), "
    "N_ddagger = %.2f (r = %.2f a); %d beads in the domain plane",
    sizes["N_star"],
    sizes["R_over_a"],
    sizes["xi_over_a"],
    sizes["N_ddagger"],
    sizes["r_ddagger_over_a"],
    int(inside.sum()),
)
