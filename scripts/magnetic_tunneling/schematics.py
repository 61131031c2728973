"""Rule magnetic_tunneling_schematics: geometry of Fig. 2 (cellular cartoon, TFWP) and Fig. 3 (TWP).

The paper gives no formula for these schematics; the model potentials are those of
``coldglass.ats.three_well_potential`` / ``four_well_potential`` (stated in the captions).
"""

import numpy as np
import pandas as pd

from coldglass import ats, io

log = io.script_logger(snakemake.log[0])
rng = np.random.default_rng(snakemake.params.seed)
P = "magnetic_tunneling"

# Fig. 2a: RER cells, 2LS blobs inside the cells, ATS dots at the interstices
polys, verts = ats.cellular_cartoon(n_cells=24, rng=rng)
rows = []
for i, poly in enumerate(polys):
    for j, (x, y) in enumerate(poly):
        rows.append({"element": "cell", "id": i, "order": j, "x": x, "y": y})
    c = poly.mean(axis=0)
    for k in range(rng.integers(1, 3)):
        off = rng.normal(scale=0.02, size=2)
        rows.append({"element": "tls", "id": i, "order": k, "x": c[0] + off[0], "y": c[1] + off[1]})
for i, (x, y) in enumerate(verts):
    rows.append({"element": "ats", "id": i, "order": 0, "x": x, "y": y})
# Fig. 2b: TFWP on a 3D grid
wells = ats.tetrahedron_wells(0.08, rng)
n = 28 if snakemake.params.quick else 44
g = np.linspace(-1.5, 1.5, n)
X, Y, Z = np.meshgrid(g, g, g, indexing="ij")
V = ats.four_well_potential(X, Y, Z, wells)
fig2 = pd.concat(
    [
        pd.DataFrame(rows).assign(z=0.0, V=np.nan),
        pd.DataFrame(
            {
                "element": "tfwp",
                "id": 0,
                "order": np.arange(V.size),
                "x": X.ravel(),
                "y": Y.ravel(),
                "z": Z.ravel(),
                "V": V.ravel(),
            }
        ),
    ],
    ignore_index=True,
)
io.write_table(
    fig2,
    snakemake.output.fig02,
    paper=P,
    figure="fig02",
    equations="none (schematic)",
    params={
        "n_cells": 24,
        "shrink": 0.86,
        "tetrahedron_distortion": 0.08,
        "wells": wells.tolist(),
        "depths": [1.0, 0.95, 1.05, 0.9],
        "width": 0.3,
        "barrier": 0.8,
        "barrier_width": 0.35,
        "grid": n,
    },
)
# Fig. 3: TWP on a 2D grid, near-degenerate depths
depths = (1.0, 0.97, 1.02)
n = 120 if snakemake.params.quick else 240
g = np.linspace(-0.95, 0.95, n)
X, Y = np.meshgrid(g, g, indexing="ij")
V = ats.three_well_potential(X, Y, depths=depths)
io.write_table(
    pd.DataFrame({"x": X.ravel(), "y": Y.ravel(), "V": V.ravel()}),
    snakemake.output.fig03,
    paper=P,
    figure="fig03",
    equations="none (schematic)",
    params={
        "depths": list(depths),
        "width": 0.22,
        "side": 1.0,
        "barrier": 0.35,
        "barrier_width": 0.18,
        "grid": n,
    },
)
log.info("schematics written")
