"""Rule electrodynamics_fig01_geometry: coordinates of the Fig. 1 schematic.

The mosaic of cooperative regions of size xi = N*^(1/3) a (RFOT, computed), no bead across
a wall; the two alternative states of one region (beads moved by d_L = a/10, drawn
exaggerated); the bond of the expanded portion (a typical bond of the region, with its own
rotation) and the zoom ellipse around it. Lengths in units of a.
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
clearance = par["bead_radius"] + par["wall_gap"]
centres, shown = schematics.mosaic_centres(par["domains_across"], xi, rng)
walls = schematics.domain_walls(centres)
beads = schematics.bead_lattice(size, size, rng)
# No bead across a wall: the beads within a bead radius (plus the wall's half-width) of a
# wall are left out, so every drawn bead lies inside its cooperative region.
beads = beads[schematics.clear_of_walls(beads, walls, clearance)]
domain = schematics.nearest_centre(beads, centres)
middle = np.argmin(np.linalg.norm(centres - size / 2.0, axis=1))
in_region = domain == middle
region_ids = np.flatnonzero(in_region)
displacement = rfot.LINDEMANN_RATIO * par["displacement_exaggeration"]
alternative = schematics.alternative_positions(
    beads[in_region], displacement, rng, walls=walls, clearance=clearance
)

# The bond of the expanded portion: among the region's nearest-neighbour bonds near its
# centre and at most zoom_max_tilt_deg from the horizontal (room for the labels), the one
# whose rotation is closest to the region's rms bond rotation (a typical bond, drawn with the
# same exaggeration as the mosaic).
region = beads[in_region]
pairs = schematics.bond_pairs(region)
rotation = schematics.bond_rotation(
    region[pairs[:, 0]], region[pairs[:, 1]], alternative[pairs[:, 0]], alternative[pairs[:, 1]]
)
rms_rotation = float(np.sqrt(np.mean(rotation**2)))
midpoints = 0.5 * (region[pairs[:, 0]] + region[pairs[:, 1]])
vectors = region[pairs[:, 1]] - region[pairs[:, 0]]
tilt = np.degrees(np.arctan2(np.abs(vectors[:, 1]), np.abs(vectors[:, 0])))
central = np.linalg.norm(midpoints - centres[middle], axis=1) < par["zoom_reach"] * xi
if np.any(central & (tilt <= par["zoom_max_tilt_deg"])):
    central &= tilt <= par["zoom_max_tilt_deg"]
pick = np.flatnonzero(central)[np.argmin(np.abs(np.abs(rotation[central]) - rms_rotation))]
first, second = pairs[pick]
pair = region[[first, second]]
moved_pair = alternative[[first, second]]
bond = pair[1] - pair[0]
zoom = {
    "x_over_a": 0.5 * (pair[0, 0] + pair[1, 0]),
    "y_over_a": 0.5 * (pair[0, 1] + pair[1, 1]),
    "width_over_a": np.linalg.norm(bond) + 2 * par["bead_radius"] + 2 * par["zoom_margin"],
    "height_over_a": 2 * par["bead_radius"] + 2 * par["zoom_margin"],
    "angle_deg": np.degrees(np.arctan2(bond[1], bond[0])),
}

frames = [
    pd.DataFrame(
        {
            "element": "bead",
            "x_over_a": beads[:, 0],
            "y_over_a": beads[:, 1],
            "domain": domain,
            "bead": np.arange(len(beads)),
        }
    ),
    pd.DataFrame(
        {
            "element": "alternative_bead",
            "x_over_a": alternative[:, 0],
            "y_over_a": alternative[:, 1],
            "domain": middle,
            "bead": region_ids,
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
            "element": "centre",
            "x_over_a": centres[:, 0],
            "y_over_a": centres[:, 1],
            "domain": np.arange(len(centres)),
        }
    ),
    pd.DataFrame(
        {
            "element": ["zoom_bond", "zoom_bond_moved"],
            "x_over_a": [pair[0, 0], moved_pair[0, 0]],
            "y_over_a": [pair[0, 1], moved_pair[0, 1]],
            "x_end_over_a": [pair[1, 0], moved_pair[1, 0]],
            "y_end_over_a": [pair[1, 1], moved_pair[1, 1]],
            "bead": [region_ids[first], region_ids[first]],
            "bead_end": [region_ids[second], region_ids[second]],
        }
    ),
    pd.DataFrame({"element": ["zoom"], **{k: [v] for k, v in zoom.items()}}),
]
table = pd.concat(frames, ignore_index=True)
params = {
    "xi_over_a": xi,
    "N_star": rfot.cooperative_region_size(),
    "lindemann_ratio": rfot.LINDEMANN_RATIO,
    "mosaic_size_over_a": size,
    "bond_rotation_rad": rfot.LINDEMANN_RATIO,
    "rms_bond_rotation_drawn_rad": rms_rotation,
    "zoom_bond_rotation_drawn_rad": float(rotation[pick]),
    "wall_clearance_over_a": clearance,
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
    "xi/a = %.4f, %d beads, %d in the reconfiguring region, %d wall segments, "
    "rms bond rotation %.3f rad drawn (%.3f rad after the x%g exaggeration)",
    xi,
    len(beads),
    int(in_region.sum()),
    len(walls),
    rms_rotation,
    rms_rotation / par["displacement_exaggeration"],
    par["displacement_exaggeration"],
)
