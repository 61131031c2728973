"""Rule quantum_theory_ripplon_data (fig12): schematic of a domain whose boundary is distorted
by a ripplon of order l: the beads of a 2-D cut, the undistorted wall (radius R = xi
(3/4 pi)^(1/3), l.474) and the distorted one R [1 + eta cos(l theta)]; the beads between
the two walls are those whose tunnelling displacement changes with the wall's state."""

import math

import numpy as np
import pandas as pd

from coldglass import io, ripplons

log = io.script_logger(snakemake.log[0])
p = snakemake.params.section
radius = ripplons.domain_radius(p["xi_over_a"])  # in units of a
theta = np.linspace(0.0, 2.0 * math.pi, 721)
wall = radius * (1.0 + p["distortion"] * np.cos(p["ell"] * theta))
span = int(math.ceil(radius * (1.0 + p["distortion"]))) + 2
ii, jj = np.meshgrid(np.arange(-span, span + 1), np.arange(-span, span + 1))
x = (ii + 0.5 * (jj % 2)).ravel().astype(float)
y = (jj * math.sqrt(3.0) / 2.0).ravel()
r, phi = np.hypot(x, y), np.arctan2(y, x)
distorted = radius * (1.0 + p["distortion"] * np.cos(p["ell"] * phi))
inside_blue, inside_red = r < radius, r < distorted
keep = r < radius * (1.0 + p["distortion"]) + 1.5
frames = [
    pd.DataFrame(
        {
            "kind": "bead",
            "x": x[keep],
            "y": y[keep],
            "in_blue": inside_blue[keep],
            "in_red": inside_red[keep],
        }
    ),
    pd.DataFrame(
        {
            "kind": "wall_blue",
            "x": radius * np.cos(theta),
            "y": radius * np.sin(theta),
            "in_blue": True,
            "in_red": False,
        }
    ),
    pd.DataFrame(
        {
            "kind": "wall_red",
            "x": wall * np.cos(theta),
            "y": wall * np.sin(theta),
            "in_blue": False,
            "in_red": True,
        }
    ),
]
table = pd.concat(frames, ignore_index=True)
beads = table[table.kind == "bead"]
log.info(
    "R = %.3f a; %d beads inside, %d switch side",
    radius,
    beads.in_blue.sum(),
    (beads.in_blue != beads.in_red).sum(),
)
io.write_table(
    table,
    snakemake.output[0],
    paper="quantum_theory",
    figure="fig12",
    equations="R = xi (3/4 pi)^(1/3) (l.474); shape mode l >= 2 (l.489)",
    params=p,
)
