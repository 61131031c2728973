"""Benchmark: the Sec. IV kernels of quantum_theory (Figs. 15, 17, 19, 20), numba vs scipy.

Kernels: ``boson_peak.bump_heat_capacity`` (Eq. 36 averaged over n(eps), Fig. 15),
``scattering_dos.ground_state_dos`` (Eqs. 39-41, Fig. 17) and ``plateau.kinetic_conductivity``
(Eq. 48 with rho of Eq. 39 and rho_exc = N_{alpha T} of Eq. 44, Fig. 20; rho_exc of Eq. 43,
Fig. 19). References: ``references.bump_heat_capacity_quad``, ``ground_state_dos_brentq``,
``kinetic_conductivity_quad`` (scipy brentq roots and adaptive quad). Grids and parameters:
config/papers/quantum_theory.yaml, sections fig15, fig17, fig19, fig20 (full grids; the
Lorentzian spectra at their full resolution). Fig. 19 with the thermal average of Eq. (43):
the reference nests a quad inside the u quad, so it is timed on one temperature of the
no-coupling curve only (about two minutes), not the full grid.
Requirements: max relative difference <= 1e-8 and kernel >= 20x faster.
Run: .venv/bin/python benchmarks/bench_quantum_theory_ripplons.py
"""

import numpy as np
import references
from _report import best_of, finish, report

from coldglass import boson_peak, plateau, rfot, ripplons, scattering_dos
from coldglass.config import load_workflow_config
from coldglass.io import load_yaml


def main():
    cfg = load_workflow_config(load_yaml("config/config.yaml"), ["quantum_theory"])
    p15, p17, p19, p20 = (cfg["quantum_theory"][f] for f in ("fig15", "fig17", "fig19", "fig20"))
    results = []

    # Fig. 15: the no-coupling ladder and the T_g/omega_D = 2 coupled spectrum, 150 temperatures
    temps = np.geomspace(p15["t_min"], p15["t_max"], p15["points"])
    tg = p15["tg_coupled"][0]
    coupled = ripplons.broadened_spectrum(
        tg,
        p15["omega_c_over_a_xi"] / rfot.XI_OVER_A_PRINTED,
        p15["fragility"],
        points=p15["spectrum_points"],
    )
    cases = [(p15["tg_no_coupling"], ripplons.discrete_spectrum()), (tg, coupled)]
    boson_peak.bump_heat_capacity(temps[:2], *cases[0][:1], *cases[0][1])  # compile/load

    def bump(function):
        return np.concatenate([function(temps, t, *spec) for t, spec in cases])

    t_k, k = best_of(lambda: bump(boson_peak.bump_heat_capacity), 3)
    t_r, r = best_of(lambda: bump(references.bump_heat_capacity_quad), 1)
    results.append(report(f"Fig. 15 bump, {k.size} points", t_r, t_k, np.max(np.abs(k / r - 1))))

    # Fig. 17: ground-state density on its full omega grid
    omega = np.geomspace(p17["omega_min"], p17["omega_max"], p17["points"])
    spec = ripplons.discrete_spectrum()
    scattering_dos.ground_state_dos(omega[:2], p17["tg_over_wd"], *spec)
    t_k, k = best_of(lambda: scattering_dos.ground_state_dos(omega, p17["tg_over_wd"], *spec), 5)
    t_r, r = best_of(
        lambda: np.array(
            [references.ground_state_dos_brentq(o, p17["tg_over_wd"], *spec) for o in omega]
        ),
        1,
    )
    results.append(report(f"Fig. 17 rho T_g, {k.size} points", t_r, t_k, np.max(np.abs(k / r - 1))))

    # Fig. 20: window model, T_g/omega_D = 3.5, full temperature grid and spectrum
    temps = np.geomspace(p20["t_min"], p20["t_max"], p20["points"])
    spec = ripplons.broadened_spectrum(
        3.5,
        p20["omega_c_over_a_xi"] / rfot.XI_OVER_A_PRINTED,
        p20["fragility"],
        points=p20["spectrum_points"],
    )
    args = dict(excited="window", alpha=p20["alpha"])
    plateau.kinetic_conductivity(temps[:1], 3.5, *spec, **args)
    t_k, k = best_of(lambda: plateau.kinetic_conductivity(temps, 3.5, *spec, **args), 3)
    t_r, r = best_of(lambda: references.kinetic_conductivity_quad(temps, 3.5, *spec, **args), 1)
    results.append(report(f"Fig. 20 kappa, {k.size} T", t_r, t_k, np.max(np.abs(k / r - 1))))

    # Fig. 19: thermal average of Eq. (43), no coupling, one temperature
    temps = np.array([1e-2])
    spec = ripplons.discrete_spectrum()
    tg = p19["tg_no_coupling"]
    plateau.kinetic_conductivity(temps[:1], tg, *spec)
    t_k, k = best_of(lambda: plateau.kinetic_conductivity(temps, tg, *spec), 3)
    t_r, r = best_of(lambda: references.kinetic_conductivity_quad(temps, tg, *spec), 1)
    results.append(
        report(f"Fig. 19 kappa (Eq. 43), {k.size} T", t_r, t_k, np.max(np.abs(k / r - 1)))
    )
    finish(results)


if __name__ == "__main__":
    main()
