"""Rule magnetic_tunneling_landscape: data of Figs. 26 (Eq. 4) and 27 (toy PEL), Sec. 8.

Fig. 26: Delta_0(V_0, hbar Omega) of Eq. (4) on the ranges of l.931-934, its decade iso-lines
and the two bold lines Delta_0 = 1e-6 K and 1e-3 K as V_0(hbar Omega) (bisection of Eq. 4).
Fig. 27: the toy PEL of ``coldglass.potential_landscape`` with its two inherent structures,
the saddle point and the reaction path (located numerically), and the four valley floors.
"""

import math

import numpy as np
import pandas as pd

from coldglass import io
from coldglass import potential_landscape as pl

log = io.script_logger(snakemake.log[0])
cm = snakemake.params.paper_config["magnetization"]
quick = snakemake.params.quick
P = "magnetic_tunneling"

# ---- Fig. 26
c = cm["fig26"]
n_v = c["n_quick"] if quick else c["n_V0"]
n_w = c["n_quick"] if quick else c["n_hbar_omega"]
V0 = np.linspace(0.0, c["V0_max_K"], n_v)
W = np.geomspace(c["hbar_omega_min_K"], c["hbar_omega_max_K"], n_w)
VV, WW = np.meshgrid(V0, W, indexing="ij")
D = pl.tunnelling_splitting(VV, WW)
grid = pd.DataFrame(
    {
        "element": "grid",
        "V0_K": VV.ravel(),
        "hbar_omega_K": WW.ravel(),
        "delta0_K": np.where(D > 0, D, np.nan).ravel(),
    }
)
W_line = np.geomspace(c["hbar_omega_min_K"], c["hbar_omega_max_K"], 4 * n_w)
lines = []
for level in [*c["delta0_band_K"], 0.0]:
    v = pl.ZERO_BARRIER_RATIO * W_line if level == 0.0 else pl.barrier_for_splitting(level, W_line)
    lines.append(
        pd.DataFrame(
            {
                "element": "bold" if level > 0 else "zero",
                "delta0_level_K": level,
                "hbar_omega_K": W_line,
                "V0_K": v,
            }
        )
    )
fig26 = pd.concat([grid, *lines], ignore_index=True)
io.write_table(
    fig26,
    snakemake.output.fig26,
    paper=P,
    figure="fig26",
    equations="4",
    params={**c, "n_V0": n_v, "n_hbar_omega": n_w},
)
hi = pl.barrier_for_splitting(c["delta0_band_K"][0], c["hbar_omega_max_K"])
log.info("Fig. 26: V0(Delta0 = 1e-6 K, hbar Omega = 10 K) = %.3f K", float(hi))

# ---- Fig. 27
c = cm["fig27"]
n = c["n_grid_quick"] if quick else c["n_grid"]
L = c["extent"]
x = np.linspace(-L, L, n)
X, Y = np.meshgrid(x, x, indexing="ij")
frames = [
    pd.DataFrame({"element": "grid", "x": X.ravel(), "y": Y.ravel(), "V": pl.toy_pel(X, Y).ravel()})
]
is1, e1 = pl.stationary_point([0.01, 0.01])
is2, e2 = pl.stationary_point([pl.TOY_PEL["x2"], pl.TOY_PEL["y2"]])
sp, es = pl.saddle_between(is1, is2)
for name, pt, eig in (("IS1", is1, e1), ("IS2", is2, e2), ("SP", sp, es)):
    frames.append(
        pd.DataFrame(
            {
                "element": "point",
                "name": [name],
                "x": [pt[0]],
                "y": [pt[1]],
                "V": [float(pl.toy_pel(pt[0], pt[1]))],
                "eig_low": [eig[0]],
                "eig_high": [eig[1]],
            }
        )
    )
path = pl.reaction_path(sp)
frames.append(
    pd.DataFrame(
        {"element": "reaction_path", "x": path[:, 0], "y": path[:, 1], "V": pl.toy_pel(*path.T)}
    )
)
radii = np.linspace(0.5, L, 60)
for name, theta in (("E", 0.0), ("N", math.pi / 2), ("W", math.pi), ("S", 1.5 * math.pi)):
    floor = pl.valley_floor(theta, radii)
    frames.append(
        pd.DataFrame(
            {
                "element": "valley",
                "name": name,
                "x": floor[:, 0],
                "y": floor[:, 1],
                "V": pl.toy_pel(floor[:, 0], floor[:, 1]),
                "r": radii,
            }
        )
    )
fig27 = pd.concat(frames, ignore_index=True)
io.write_table(
    fig27,
    snakemake.output.fig27,
    paper=P,
    figure="fig27",
    equations="none (toy PEL, coldglass.potential_landscape.TOY_PEL)",
    params={**c, "n_grid": n, **pl.TOY_PEL},
)
log.info("Fig. 27: IS1 %s, IS2 %s, SP %s (eig %s)", is1, is2, sp, es)
