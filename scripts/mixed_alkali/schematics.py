"""Rule mixed_alkali_schematics: data of the schematics Figs. 1-4, 6 and 15.

Fig. 1: a random 1-D landscape chart with its 2-, 3- and 4-well groups
(``landscape.multiwell_groups``; the chart of Heuer's toy glass is not available). Figs. 2
and 3: labelled cartoons (NM channels in a melt of composition (Na2O)0.25(SiO2)0.75; an
ordered embryo in a random packing) replacing the lost simulation images.

Fig. 4: the model three-welled potential ``ats.three_well_potential`` (the paper gives no
formula; the same model draws magnetic_tunneling Fig. 3). Fig. 6: a seeded cartoon of the
"chocolate" glass of l.43: 2LS scattered in a disordered matrix, ordered crystallite
patches, ATS on their rims. Fig. 15: N member 3LS and the renormalised fictitious particle
(``multiwell.coherent_cluster``, Eqs. A.17-A.19).
"""

import numpy as np
import pandas as pd
from scipy.ndimage import gaussian_filter

from coldglass import ats, io, landscape, multiwell

log = io.script_logger(snakemake.log[0])
rng = np.random.default_rng(snakemake.params.seed)
P = "mixed_alkali"
# ---- Fig. 4
n = 81 if snakemake.params.quick else 201
g = np.linspace(-1.1, 1.1, n)
X, Y = np.meshgrid(g, g, indexing="ij")
V = ats.three_well_potential(X, Y, depths=(1.0, 0.97, 1.03))
io.write_table(
    pd.DataFrame({"x": X.ravel(), "y": Y.ravel(), "V": V.ravel()}),
    snakemake.output.fig04,
    paper=P,
    figure="fig04",
    equations="3 (model potential)",
    params={"depths": [1.0, 0.97, 1.03], "n": n},
)
# ---- Fig. 6: matrix 2LS, crystallites (square patches, random orientation), ATS on rims
rows = []
centres = [(0.25, 0.7), (0.7, 0.3), (0.72, 0.78)]
for cid, (cx, cy) in enumerate(centres):
    ang = rng.uniform(0, np.pi / 2)
    rot = np.array([[np.cos(ang), -np.sin(ang)], [np.sin(ang), np.cos(ang)]])
    k = np.arange(-3, 4) * 0.025
    pts = np.array([(a, b) for a in k for b in k if a * a + b * b <= 0.076**2 + 1e-9])
    pts = pts @ rot.T + (cx, cy)
    rim = np.hypot(pts[:, 0] - cx, pts[:, 1] - cy) > 0.06
    for x, y in pts:
        rows.append({"element": "crystal", "id": cid, "x": x, "y": y})
    for x, y in pts[rim][rng.choice(rim.sum(), 3, replace=False)]:
        rows.append({"element": "ats", "id": cid, "x": x, "y": y})
m = rng.uniform(0.03, 0.97, size=(700, 2))
far = np.min([np.hypot(m[:, 0] - cx, m[:, 1] - cy) for cx, cy in centres], axis=0) > 0.11
for x, y in m[far]:
    rows.append({"element": "matrix", "id": -1, "x": x, "y": y})
for x, y in m[far][rng.choice(far.sum(), 25, replace=False)]:
    rows.append({"element": "tls", "id": -1, "x": x, "y": y})
io.write_table(
    pd.DataFrame(rows),
    snakemake.output.fig06,
    paper=P,
    figure="fig06",
    equations="",
    params={"seed": snakemake.params.seed},
)
# ---- Fig. 15: N = 5 members with D0 ~ 1, E ~ 0.05 (arbitrary units)
N = 5
D0 = rng.uniform(0.8, 1.2, N)
E = rng.normal(scale=0.05, size=(N, 3))
E -= E.mean(axis=1, keepdims=True)
q, S = np.ones(N), np.ones(N)
c = multiwell.coherent_cluster(D0, E, q, S)
fig15 = pd.DataFrame(
    {"member": np.arange(N), "D0": D0, "E1": E[:, 0], "E2": E[:, 1], "E3": E[:, 2], "q": q, "S": S}
)
io.write_table(
    fig15,
    snakemake.output.fig15,
    paper=P,
    figure="fig15",
    equations="A.9-A.11, A.17-A.19",
    params={
        "N": N,
        "D0_N": c["D0"],
        "E_N": c["E"].tolist(),
        "q_N": c["q"],
        "S_N": c["S"],
        "D0qS_N": c["D0qS"],
    },
)
# ---- Fig. 1
land = landscape.multiwell_groups(60, rng)
io.write_table(
    pd.DataFrame({k: land[k] for k in ("x", "E", "group", "size")}).assign(
        barrier_right=np.append(land["barrier"], np.nan)
    ),
    snakemake.output.fig01,
    paper=P,
    figure="fig01",
    equations="",
    params={"n_minima": 60},
)
# ---- Fig. 2: network sites on a jittered lattice; NM (Na) on the top 25% of a smooth field
L2 = 48
field = gaussian_filter(rng.normal(size=(L2, L2)), sigma=2.0, mode="wrap")
na = field > np.quantile(field, 0.75)  # Na2O fraction 0.25 of the formula units
ii, jj = np.meshgrid(np.arange(L2), np.arange(L2), indexing="ij")
jit = rng.normal(scale=0.12, size=(2, L2, L2))
io.write_table(
    pd.DataFrame({"x": (jj + jit[0]).ravel(), "y": (ii + jit[1]).ravel(), "na": na.ravel()}),
    snakemake.output.fig02,
    paper=P,
    figure="fig02",
    equations="",
    params={"L": L2, "na_fraction": 0.25, "smoothing_sites": 2.0},
)
# ---- Fig. 3: random packing (jittered, thinned) with a hexagonal embryo at the centre
pts = rng.uniform(0, 20, size=(520, 2))
centre = np.array([10.0, 10.0])
keep = np.hypot(*(pts - centre).T) > 3.2
a1, a2 = np.array([1.0, 0.0]), np.array([0.5, np.sqrt(3) / 2])
hexp = np.array([i * a1 + j * a2 for i in range(-4, 5) for j in range(-4, 5)]) + centre
hexp = hexp[np.hypot(*(hexp - centre).T) < 3.0]
io.write_table(
    pd.concat(
        [
            pd.DataFrame({"x": pts[keep, 0], "y": pts[keep, 1], "ordered": False}),
            pd.DataFrame({"x": hexp[:, 0], "y": hexp[:, 1], "ordered": True}),
        ],
        ignore_index=True,
    ),
    snakemake.output.fig03,
    paper=P,
    figure="fig03",
    equations="",
    params={},
)
