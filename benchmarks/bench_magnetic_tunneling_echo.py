"""Benchmark: ATS echo amplitude on a Fig. 16 curve (200 fields, orientation-averaged), numba
kernel vs scipy reference, and one fit of a synthetic Fig. 16 curve.

Kernel: ``coldglass.echo.echo_parts`` (Eq. 76 of Jug, Bonfanti & Kob 2015, Gauss-Legendre
panels in (E, ln D0), numba, 8-node cos(beta) average per segment). Reference: ``echo_parts_quad``
(nested scipy quad, one call per field and orientation). The reference costs seconds per
call, so it runs on three of the 200 fields (all 8 orientations) and its time for the curve
is extrapolated (x 200/3). Parameters: AlBaSiO sample 1 of Table 8, 1 GHz, 12 mK,
tau_12 = 2 us, tau_2 = 2 tau_1 = 0.2 us.
Run: .venv/bin/python benchmarks/bench_magnetic_tunneling_echo.py
"""

import time
import warnings

import numpy as np
import references
from _report import best_of, finish, report

from coldglass import ats, echo, fitting, units

warnings.filterwarnings("ignore")

ROW = dict(  # Table 8, AlBaSiO (sample 1), l.646; T and tau_12 as chosen for Fig. 16
    T=0.012,
    freq_GHz=1.0,
    D_min=0.01774,
    X_min=0.95e3,
    X_max=2.13e4,
    gamma_inv=9.22e6,
    c_phi=5.008,
    p1F0=0.461,
    tau12=2.0,
    tau1=0.1,
    tau2=0.2,
)
B = np.linspace(0.0, 0.6, 200)
PICK = [33, 100, 166]  # fields compared with the reference


def reference_point(B_T, n_orientation=8):
    """Orientation-averaged (I_S, I_C) at one field by nested quad (same nodes as the kernel:
    [0, 1] in cos(beta) split where E_c1, E_c2 cross hbar omega)."""
    sv = float(ats.d0phi_kelvin(np.array([B_T]), 1.0, orientation_average=False)[0])
    e_w = units.H_PLANCK * ROW["freq_GHz"] * 1e9 / units.K_B
    root = np.sqrt(e_w**2 - ROW["D_min"] ** 2)
    breaks = (root / (ROW["X_max"] * sv), root / (ROW["X_min"] * sv)) if sv > 0 else ()
    cos_b, w_b = echo.orientation_nodes(n_orientation, breaks)
    om1 = ROW["p1F0"] * echo.DEBYE_KV_PER_M_TO_PER_US
    out = np.zeros(2)
    for c, wt in zip(cos_b, w_b):
        out += wt * references.echo_parts_quad(
            sv * c,
            T=ROW["T"],
            e_w=e_w,
            D_min=ROW["D_min"],
            X_min=ROW["X_min"],
            X_max=ROW["X_max"],
            gamma_inv=ROW["gamma_inv"],
            c_phi=ROW["c_phi"],
            omega_1=om1,
            tau1=ROW["tau1"],
            tau2=ROW["tau2"],
            t_echo=ROW["tau1"] + ROW["tau2"] + 2 * ROW["tau12"],
            rabi_k=5.0 / 6.0,
            bloch=False,
            half_window=25.0 * om1 / echo.K_TO_PER_US,
            tail_mean=0.25,
            epsrel=1e-10,
        )
    return out


def main():
    t0 = time.perf_counter()
    echo.echo_parts(B[:2], n_orientation=1, **ROW)  # load the cached compiled kernel
    print(f"numba kernel load/compile: {time.perf_counter() - t0:.3f} s (first call)")
    tk, ck = best_of(lambda: echo.echo_parts(B, **ROW), 2)
    t0 = time.perf_counter()
    cr = np.array([reference_point(B[i]) for i in PICK]).T
    tr = (time.perf_counter() - t0) * B.size / len(PICK)
    rel = float(np.max(np.abs(ck[:, PICK] / cr - 1.0)))
    ok = report(
        f"Eq. (76), Fig. 16 curve (200 fields x 8 cos(beta) nodes per segment): kernel "
        f"{tk:.2f} s, scipy {tr:.0f} s (extrapolated from {len(PICK)} fields)",
        tr,
        tk,
        rel,
    )
    # one fit of a synthetic Fig. 16 curve (40 points): integrals + least squares
    Bf = np.linspace(0.0, 0.6, 40)
    t0 = time.perf_counter()
    model = echo.fit_model("echo_amplitude", Bf, **ROW)
    y = model(Bf, a_2ls=0.7, scale=200.0, tan_omega_dtau=0.247)
    params = [
        fitting.Parameter("a_2ls", 0.5),
        fitting.Parameter("scale", 100.0, lower=0.0),
        fitting.Parameter("tan_omega_dtau", 0.1),
    ]
    res = fitting.fit(model, Bf, y, params)
    tf = time.perf_counter() - t0
    print(
        f"one fit of a synthetic Fig. 16 curve (40 fields, 3 free constants): {tf:.2f} s; "
        f"recovered tan(omega Delta tau) = {res.values['tan_omega_dtau']:.4f} (0.247)"
    )
    finish([ok and tf < 5.0])


if __name__ == "__main__":
    main()
