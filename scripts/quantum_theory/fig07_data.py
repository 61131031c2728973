"""Rule quantum_theory_data (fig07): vanilla-RFOT viscosity and length scales.

Vanilla (T_K-asymptotic, no barrier softening) RFOT, l.204: eta = eta_micro exp[gamma^2/
(4 T^2 s_c(T))] with s_c = Delta c_p (T - T_K)/T_K (l.97), Delta c_p = 32.1 k_B/D (l.178),
T_K fixed by F(T_g) = Lambda k_B T_g (l.180); xi = a N*^(1/3), N* = (gamma/T s_c)^2 (l.189);
r_ddagger = a (3 N_ddagger/4 pi)^(1/3), N_ddagger = N*/4 (l.162). The softening theory
of the paper's fit (Lubchenko & Wolynes 2003b) is not in the paper.
"""

import numpy as np
import pandas as pd

from coldglass import fragility, io, rfot

log = io.script_logger(snakemake.log[0])
sec, quick = snakemake.params.section, snakemake.params.quick


x = np.linspace(1.0, sec["T_max_over_Tg"], sec["points_quick"] if quick else sec["points"])
frames = []
for D in sec["D_values"]:
    frames.append(
        pd.DataFrame(
            {
                "D": D,
                "m": rfot.fragility_index(D),
                "T_K_over_Tg": float(fragility.kauzmann_temperature_ratio(D)),
                "T_over_Tg": x,
                "T_K": x * sec["T_g_K"],
                "s_c_over_kB": fragility.configurational_entropy(x, D),
                "log10_eta_poise": fragility.vanilla_log10_viscosity(
                    x, D, sec["log10_eta_micro_poise"]
                ),
                "xi_over_a": fragility.vanilla_xi_over_a(x, D),
                "r_ddagger_over_a": fragility.vanilla_r_ddagger_over_a(x, D),
                "N_star": fragility.vanilla_cooperative_size(x, D),
            }
        )
    )
table = pd.concat(frames, ignore_index=True)
params = {
    "log_time_ratio": rfot.log_time_ratio(),
    "xi_over_a_at_Tg": rfot.xi_over_a(),
    "s_c_tg_over_kB": rfot.configurational_entropy_at_tg(),
    **sec,
}
io.write_table(
    table,
    snakemake.output[0],
    paper="quantum_theory",
    figure="fig07",
    equations="l.204 (tau = tau_micro exp[gamma^2/4T^2 s_c]), l.97, l.178, l.189, l.162",
    params=params,
)
for D, sub in table.groupby("D"):
    log.info(
        "D = %g: T_K = %.1f K, xi(T_g) = %.2f a, xi(T_max) = %.2f a, log10 eta(T_max) = %.2f",
        D,
        sub.T_K_over_Tg.iloc[0] * sec["T_g_K"],
        sub.xi_over_a.iloc[0],
        sub.xi_over_a.iloc[-1],
        sub.log10_eta_poise.iloc[-1],
    )
