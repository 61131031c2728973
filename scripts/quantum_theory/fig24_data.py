"""Rule quantum_theory_mixing_data (fig24): [j_1'(kR)]^2 and j_1'(kR), Appendix B."""

import numpy as np
import pandas as pd

from coldglass import io, rfot, ripplon_scattering

log = io.script_logger(snakemake.log[0])
p = snakemake.params.section
points = p["points_quick"] if snakemake.params.quick else p["points"]
x = np.linspace(0.0, p["x_max"], points)
zeros = ripplon_scattering.bessel_derivative_zeros(4)
table = pd.DataFrame(
    {
        "kR": x,
        "dj1_squared": ripplon_scattering.bessel_derivative_squared(x),
        "dj1": ripplon_scattering.bessel_derivative(x),
    }
)
# kR of the plateau frequency omega_D/30 (l.1100) and the omega of the cut-off kR (l.1098)
kr_per_omega = ripplon_scattering.kr_per_frequency(rfot.XI_OVER_A_PRINTED)
marks = pd.DataFrame(
    {
        "kR": [p["plateau_frequency"] * kr_per_omega, p["kr_cutoff"], *zeros],
        "mark": ["plateau", "cutoff", *[f"zero{k + 1}" for k in range(zeros.size)]],
    }
)
table = pd.concat([table, marks], ignore_index=True)
log.info("zeros of j_1': %s; plateau kR = %.3f", np.round(zeros, 5), marks.kR[0])
io.write_table(
    table,
    snakemake.output[0],
    paper="quantum_theory",
    figure="fig24",
    equations="Eqs. (B1)-(B2); j_1'(x) = j_0(x) - 2 j_1(x)/x",
    params={**p, "omega_over_omega_D_per_kR": 1.0 / kr_per_omega},
)
