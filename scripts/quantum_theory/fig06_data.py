"""Rule quantum_theory_data (fig06): stretching exponent beta vs fragility D.

sigma = delta F/k_B T = Lambda/(2 sqrt D) (l.195, Lambda = ln 1e17, l.180); phi(t) averaged
over the Gaussian barrier distribution and over the one truncated at its most probable
value (caption l.202) by the numba kernel fragility.relaxation_function; beta from a
least-squares KWW fit in the window of the parameter file (our reconstruction).
"""

import numpy as np
import pandas as pd

from coldglass import fragility, io, rfot

log = io.script_logger(snakemake.log[0])
sec, quick = snakemake.params.section, snakemake.params.quick


n_D = sec["n_D_quick"] if quick else sec["n_D"]
n_t = sec["n_t_quick"] if quick else sec["n_t"]
D = np.geomspace(sec["D_range"][0], sec["D_range"][1], n_D)
sigma = fragility.barrier_width_kT(D)
rows = []
for dist in ("gaussian", "truncated"):
    beta, tau = fragility.stretching_exponent(
        D, dist, n_t=n_t, window=tuple(sec["fit_window"]), epsrel=sec["epsrel"], return_tau=True
    )
    rows += [
        (dist, d, m, s, b, ta)
        for d, m, s, b, ta in zip(D, rfot.fragility_index(D), sigma, beta, tau)
    ]
table = pd.DataFrame(
    rows, columns=["distribution", "D", "m", "sigma_over_kT", "beta", "tau_kww_over_tau_mode"]
)
params = {"log_time_ratio": rfot.log_time_ratio(), "n_D": n_D, "n_t": n_t, **sec}
io.write_table(
    table,
    snakemake.output[0],
    paper="quantum_theory",
    figure="fig06",
    equations="l.195 (delta F/F = 1/(2 sqrt D), stretched exponential); caption l.202; "
    "m(D) from l.219 with the VF law Eq. (1)",
    params=params,
)
for dist in ("gaussian", "truncated"):
    sub = table[table.distribution == dist]
    log.info(
        "%s: beta(D=%.1f) = %.3f ... beta(D=%.0f) = %.3f",
        dist,
        sub.D.iloc[0],
        sub.beta.iloc[0],
        sub.D.iloc[-1],
        sub.beta.iloc[-1],
    )
