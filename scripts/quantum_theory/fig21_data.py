"""Rule quantum_theory_mixing_data (fig21): levels of a tunnelling centre, Eqs. (58)-(61).

Bare levels (bottom state, |epsilon|, the ripplon ladder of Eq. 33) and the exact eigenvalues
of Eq. (58) extended to all ripplon states, with the Eq. (59)-(60) splitting for comparison.
"""

import numpy as np
import pandas as pd

from coldglass import io, ripplons
from coldglass import ripplon_mixing as rm

log = io.script_logger(snakemake.log[0])
p = snakemake.params.section
ell, omega, degeneracy = ripplons.ripplon_ladder(p["l_max"])
states = np.repeat(omega, degeneracy)
eps, delta, coupling = p["eps_abs"], p["delta"], p["ripplon_coupling"]

rows = [("bare", "bottom", 0, 0.0, 1), ("bare", "upper", 1, eps, 1)]
rows += [
    ("bare", "ripplon", int(order), float(w), int(g)) for order, w, g in zip(ell, omega, degeneracy)
]
levels = rm.mixing_levels(eps, delta, states, coupling)
rows += [("mixed", "bottom", 0, float(levels[0]), 1), ("mixed", "upper", 1, float(levels[1]), 1)]
rows += [("mixed", "ripplon", -1, float(e), 1) for e in levels[2:]]
# Eqs. (59)-(61): effective asymmetry, renormalised Delta (Eq. 60) and E = sqrt(Delta~^2 + eps~^2)
eps_tilde = rm.effective_asymmetry(eps, states, coupling)
delta_tilde = delta * (1.0 - 0.5 * np.sum(coupling**2 / states**2))
sigma = rm.level_shift_sum(states, coupling)
rows += [
    ("eq59", "eps_tilde", 1, eps_tilde, 1),
    ("eq59", "splitting", 1, float(np.hypot(delta_tilde, eps_tilde)), 1),
    ("eq59", "bare_splitting", 1, float(np.hypot(delta, eps)), 1),
    ("eq61", "sigma", 0, sigma, 1),
]
table = pd.DataFrame(rows, columns=["set", "kind", "l", "E_over_hbar_omega_D", "degeneracy"])
log.info(
    "Sigma = %.4f, eps~ = %.4f; exact splitting %.5f vs Eqs. (59)-(60) %.5f",
    sigma,
    eps_tilde,
    levels[1] - levels[0],
    np.hypot(delta_tilde, eps_tilde),
)
io.write_table(
    table,
    snakemake.output[0],
    paper="quantum_theory",
    figure="fig21",
    equations="Eqs. (33), (58)-(61)",
    params=p,
)
