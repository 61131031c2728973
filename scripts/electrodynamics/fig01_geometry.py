"""Rule electrodynamics_fig01_geometry: coordinates of the Fig. 1 schematic.

The mosaic of cooperative regions of size xi = N*^(1/3) a (RFOT, computed), the two
alternative states of one region (beads moved by d_L = a/10, drawn exaggerated), and the
rotating bond of the expanded portion. Lengths in units of a.
"""

import numpy as np
import pandas as pd

from coldglass import io, rfot, schematics

log = io.script_logger(snakemake.log[0])
par = snakemake.params.fig01
seed = snakemake.params.seed
rng = np.random.default_rng(seed)

xi = rfot.xi_over_a()
size = par["domains_across"] * xi
centres, shown = schematics.mosaic_centres(par["domains_across"], xi, rng)
beads = schematics.bead_lattice(size, size, rng)
domain = schematics.nearest_centre(beads, centres)
middle = np.argmin(np.linalg.norm(centres - size / 2.0, axis=1))
in_region = domain == middle
displacement = rfot.LINDEMANN_RATIO * par["displacement_exaggeration"]
alternative = schematics.alternative_positions(beads[in_region], displacement, rng)
walls = schematics.domain_walls(centres)

# The bond of the expanded portion: the region bead closest to its centre and its nearest
# neighbour inside the region.
region = beads[in_region]
first = np.argmin(np.linalg.norm(region - centres[middle], axis=1))
others = np.linalg.norm(region - region[first], axis=1)
others[first] = np.inf
pair = region[[first, np.argmin(others)]]

frames = [
    pd.DataFrame(
        {"element": "bead", "x_over_a": beads[:, 0], "y_over_a": beads[:, 1], "domain": domain}
    ),
    pd.DataFrame(
        {
            "element": "alternative_bead",
            "x_over_a": alternative[:, 0],
            "y_over_a": alternative[:, 1],
            "domain": middle,
        }
    ),
    pd.DataFrame(
        {
            "element": "wall",
            "x_over_a": walls[:, 0, 0],
            "y_over_a": walls[:, 0, 1],
            "x_end_over_a": walls[:, 1, 0],
            "y_end_over_a": walls[:, 1, 1],
        }
    ),
    pd.DataFrame(
        {
            "element": "reconfiguring_centre",
            "x_over_a": [centres[middle, 0]],
            "y_over_a": [centres[middle, 1]],
            "domain": [middle],
        }
    ),
    pd.DataFrame(
        {
            "element": "zoom_bond",
            "x_over_a": [pair[0, 0]],
            "y_over_a": [pair[0, 1]],
            "x_end_over_a": [pair[1, 0]],
            "y_end_over_a": [pair[1, 1]],
        }
    ),
]
table = pd.concat(frames, ignore_index=True)
params = {
    "xi_over_a": xi,
    "N_star": rfot.cooperative_region_size(),
    "lindemann_ratio": rfot.LINDEMANN_RATIO,
    "mosaic_size_over_a": size,
    "bond_rotation_rad": rfot.LINDEMANN_RATIO,
    "seed": seed,
    **par,
}
io.write_table(
    table,
    snakemake.output[0],
    paper="electrodynamics",
    figure="fig01",
    equations="Eq. 1; xi = N*^(1/3) a (quantum_theory l.189)",
    params=params,
)
log.info(
    "xi/a = %.4f, %d beads, %d in the reconfiguring region, %d wall segments",
    xi,
    len(beads),
    int(in_region.sum()),
    len(walls),
)
