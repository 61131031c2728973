"""Benchmark: dielectric kernels of Figs. 8-11 (numba) vs the paper's E-forms by scipy quad,
and the time of one fit (coldglass.fitting) of a Fig. 7 and a Fig. 8 curve on synthetic data.

Kernels: ``dielectric.ats_delta_alpha_hat`` (Eqs. 46-50 in (D, D0) log variables: the
Delta eps' of Figs. 8-10) and ``dielectric.ats_loss_bracket`` (Eq. 54/61, Fig. 11).
References: ``ats_alpha_hat_paper_form`` (Eqs. 47, 48, 50 by quad) and
``references.ats_loss_bracket_paper_form`` (Eq. 61 by nested quad). Delta eps' is compared for every
row of Tables 5 and 6 (the curves of Figs. 8-10) on 60 fields from 1 mT to 3 T; the loss
for Table 7 BAS 77 mK; omega = 2 pi 1 kHz (assumed). Times are CPU times (process_time),
best of 3, which a loaded machine disturbs less than wall-clock times.
Synthetic data exist only here and in tests, never in a figure.
Run: .venv/bin/python benchmarks/bench_magnetic_tunneling_fit.py
"""

import csv
import time
import warnings

import numpy as np
import references
from _report import finish, report

from coldglass import dielectric as d
from coldglass import fitting
from coldglass import heat_capacity as hc

warnings.filterwarnings("ignore")
B = np.geomspace(1e-3, 3.0, 60)
OMEGA = 2 * np.pi * 1e3


def timed(fn, repeat=3):
    fn()  # warm-up (numba compile / cache load)
    best, out = float("inf"), None
    for _ in range(repeat):
        t0 = time.process_time()
        out = fn()
        best = min(best, time.process_time() - t0)
    return out, best


def table_rows(name):
    with open(f"data/raw/magnetic_tunneling/tables/{name}.csv") as f:
        return list(csv.DictReader(f))


def compare_row(r):
    """(kernel, reference, kernel CPU s, reference CPU s) for one row of Table 5 or 6."""
    T, Dm = float(r["T_mK"]) * 1e-3, float(r["D_min_K"])
    x0, x1 = float(r["X_min_K_A2"]), float(r["X_max_K_A2"])
    k, tk = timed(lambda: d.ats_delta_alpha_hat(B, T, Dm, x0, x1))

    def ref():
        out = []
        for s in d.ats_phase_scale(B):
            a0, a1, aT = d.ats_alpha_hat_paper_form(x0 * s, x1 * s, T, Dm)
            out.append(a1 + a0 - aT)
        return np.array(out)

    r_, tr = timed(ref, repeat=1)
    return k, r_, tk, tr


def real_part():
    rows = [(name, r) for name in ("table05", "table06") for r in table_rows(name)]
    t_kernel = t_ref = worst = 0.0
    for name, r in rows:
        k, ref, tk, tr = compare_row(r)
        rel = float(np.max(np.abs(k / ref - 1)))
        print(
            f"  {name} {r['glass']} {r['T_mK']} mK: kernel {tk * 1e3:.2f} ms, "
            f"quad {tr * 1e3:.0f} ms, max rel. diff {rel:.1e}"
        )
        t_kernel, t_ref, worst = t_kernel + tk, t_ref + tr, max(worst, rel)
    return report(
        f"Delta eps' kernel (Figs. 8-10), {len(rows)} rows of Tables 5-6 x {B.size} fields: "
        f"kernel {t_kernel * 1e3:.1f} ms, quad {t_ref * 1e3:.0f} ms (CPU)",
        t_ref,
        t_kernel,
        worst,
    )


def loss():
    T, Dm, x0, x1, G = 0.077, 0.0209, 1.98e4, 4.96e5, 5e9
    Bs = B[::6]
    k, tk = timed(lambda: d.ats_loss_bracket(Bs, T, Dm, x0, x1, G, OMEGA))
    r, tr = timed(
        lambda: np.array(
            [
                references.ats_loss_bracket_paper_form(x0 * s, x1 * s, T, Dm, G, OMEGA)
                for s in d.ats_phase_scale(Bs)
            ]
        ),
        repeat=1,
    )
    return report(
        f"loss kernel (Fig. 11), Table 7 BAS 77 mK x {Bs.size} fields: "
        f"kernel {tk * 1e3:.1f} ms, quad {tr * 1e3:.0f} ms (CPU)",
        tr,
        tk,
        float(np.max(np.abs(k / r - 1))),
    )


def fit_fig7():
    row = references.table_row("BAS", 0.60)  # Tables 1, 2
    fixed = dict(T_K=row["T_K"])
    free = ("n_fe2_per_g", "n_fe3_per_g", "Pn_ats_per_g", "D_min_K", "X_min_K_A2", "X_max_K_A2")
    truth = {k: row[k] for k in free}
    Bc = np.linspace(0.0, 6.0, 50)

    def model(x, **p):
        return hc.heat_capacity_model(x, {**fixed, **p})

    y0 = model(Bc, **truth)
    noise = 0.015 * np.abs(y0).max()
    y = y0 + np.random.default_rng(12).normal(0, noise, Bc.size)
    start = [fitting.Parameter(k, v * 1.7, v / 100, v * 100, log=True) for k, v in truth.items()]
    res, t = timed(lambda: fitting.fit(model, Bc, y, start, sigma=noise))
    print(
        f"Fig. 7 full fit (6 free, 50 points): {t:.2f} s CPU, {res.nfev} evaluations, "
        f"chi2/dof {res.reduced_chi2:.2f}"
    )


def fit_fig8():
    truth = dict(A=0.89e-5, D_min_K=0.015, X_min_K_A2=2.44e5, X_max_K_A2=3.08e5)
    model = d.fit_model("ats_delta_epsilon", 0.05)
    y0 = model(B, **truth)
    noise = 0.02 * y0.max()
    y = y0 + np.random.default_rng(42).normal(0, noise, B.size)
    start = [fitting.Parameter(k, v * 1.7, v / 100, v * 100, log=True) for k, v in truth.items()]
    res, t = timed(lambda: fitting.fit(model, B, y, start, sigma=noise))
    print(
        f"Fig. 8 fit (4 free, 60 points): {t:.2f} s CPU, {res.nfev} evaluations, "
        f"chi2/dof {res.reduced_chi2:.2f}"
    )


if __name__ == "__main__":
    results = [real_part(), loss()]
    fit_fig7()
    fit_fig8()
    finish(results)
