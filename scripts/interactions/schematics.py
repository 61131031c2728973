"""Rule interactions_schematics: geometry of Figs. 1 and 2 (captions l.72, l.87).

fig01: the square plaquette with (a) the 4 off-centre sites on the diagonals and (b) the two
dumbbell states; its quantitative backbone is the split of the four state energies into
1, S^z, tau^z, S^z tau^z under a random uniform strain and a random strain gradient
(``elastic_interactions.plaquette_projection``, Sec. II.A l.95-97, l.140).
fig02: two nearby plaquettes, distorted and rotated with respect to each other (l.78).
"""

import math

import numpy as np
import pandas as pd

from coldglass import elastic_interactions as ei
from coldglass import io

log = io.script_logger(snakemake.log[0])
cfg = snakemake.params.paper_config["schematics"]
rng = np.random.default_rng(cfg["seed"])

corners = 0.5 * np.array([[1, 1], [-1, 1], [-1, -1], [1, -1]], dtype=float)
diagonals = corners / np.linalg.norm(corners, axis=1)[:, None]  # states k = 0..3, 45 + 90 k deg
s_z, tau_z = [1, -1, 1, -1], [1, 1, -1, -1]
rows = [{"element": "host", "k": k, "x": c[0], "y": c[1]} for k, c in enumerate(corners)]
rows += [
    {
        "element": "site",
        "k": k,
        "x": cfg["off_centre_shift"] * math.sqrt(2) * d[0],
        "y": cfg["off_centre_shift"] * math.sqrt(2) * d[1],
        "S": s_z[k],
        "tau": tau_z[k],
    }
    for k, d in enumerate(diagonals)
]
rows += [
    {
        "element": "dumbbell",
        "k": k,
        "x": cfg["dumbbell_half_length"] * d[0],
        "y": cfg["dumbbell_half_length"] * d[1],
        "S": s_z[k],
        "tau": tau_z[k],
    }
    for k, d in enumerate(diagonals)
]
strain = rng.normal(size=(3, 3))
strain = (strain + strain.T) / 2
gradient = rng.normal(size=(3, 3, 3))
gradient = (gradient + gradient.transpose(2, 1, 0)) / 2
split = ei.plaquette_projection(strain, gradient)
for source, coefficients in split.items():
    rows += [
        {"element": f"projection_{source}", "k": k, "operator": op, "coefficient": value}
        for k, (op, value) in enumerate(zip(("1", "S^z", "tau^z", "S^z tau^z"), coefficients))
    ]
io.write_table(
    pd.DataFrame(rows),
    snakemake.output.fig01,
    paper="interactions",
    figure="fig01",
    equations="Eqs. 2, 3, 7, 8 (Sec. II.A)",
    params={**cfg},
)
log.info("plaquette projection: %s", split)

# --- fig02 -------------------------------------------------------------------------------
rows = []
for plaquette, (centre, angle) in enumerate(
    ((np.zeros(2), 0.0), (np.asarray(cfg["separation"], float), math.radians(cfg["rotation_deg"])))
):
    rotation = np.array([[math.cos(angle), -math.sin(angle)], [math.sin(angle), math.cos(angle)]])
    distorted = corners + cfg["distortion"] * rng.normal(size=(4, 2))
    placed = distorted @ rotation.T + centre
    middle = placed.mean(axis=0)
    occupied = int(rng.integers(4))
    rows += [
        {"plaquette": plaquette, "element": "host", "k": k, "x": p[0], "y": p[1]}
        for k, p in enumerate(placed)
    ]
    for k, p in enumerate(placed):
        site = middle + cfg["off_centre_shift"] * math.sqrt(2) * (p - middle) / np.linalg.norm(
            p - middle
        )
        rows.append(
            {
                "plaquette": plaquette,
                "element": "site",
                "k": k,
                "x": site[0],
                "y": site[1],
                "occupied": k == occupied,
            }
        )
    rows.append(
        {"plaquette": plaquette, "element": "centre", "k": -1, "x": middle[0], "y": middle[1]}
    )
io.write_table(
    pd.DataFrame(rows),
    snakemake.output.fig02,
    paper="interactions",
    figure="fig02",
    equations="none (geometry of l.78-80)",
    params={**cfg},
)
