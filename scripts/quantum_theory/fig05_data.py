"""Rule quantum_theory_data (fig05): kinetic vs thermodynamic fragility index m.

The RFOT prediction is m_kinetic = m_thermo (identity line); the thermodynamic axis is
m = (Lambda/ln 10)(1 + Delta c_p(T_g)/s_c(T_g)) (D = 32 k_B/Delta c_p, l.178, and the
definition of m, l.219), tabulated here with Delta c_p per bead for the second axis.
"""

import numpy as np
import pandas as pd

from coldglass import fragility, io, rfot

log = io.script_logger(snakemake.log[0])
sec, quick = snakemake.params.section, snakemake.params.quick


m = np.linspace(*sec["m_range"], sec["points_quick"] if quick else sec["points"])
table = pd.DataFrame(
    {
        "m_thermo": m,
        "m_kinetic_rfot": m,  # the theory: kinetic = thermodynamic fragility
        "delta_cp_over_kB_per_bead": fragility.heat_capacity_jump_from_fragility(m),
        "D": np.where(
            m > fragility.strong_limit_fragility(),
            rfot.fragility_d_from_index(
                np.maximum(m, fragility.strong_limit_fragility() * 1.0000001)
            ),
            np.nan,
        ),
    }
)
params = {
    "m_strong_limit": fragility.strong_limit_fragility(),
    "s_c_tg_over_kB": rfot.configurational_entropy_at_tg(),
    "vf_constant": rfot.vogel_fulcher_coefficient(),
    "log_time_ratio": rfot.log_time_ratio(),
    **sec,
}
io.write_table(
    table,
    snakemake.output[0],
    paper="quantum_theory",
    figure="fig05",
    equations="D = 32 R/Delta c_p (l.178); m (l.187, l.219); s_c(T_g) (l.180)",
    params=params,
)
log.info(
    "m_min = %.2f, s_c(T_g) = %.3f, D constant = %.2f",
    params["m_strong_limit"],
    params["s_c_tg_over_kB"],
    params["vf_constant"],
)
