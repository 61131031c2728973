"""Tunnelling parameters of double wells and a toy potential-energy landscape (PEL).

Jug, Bonfanti, Kob (2015), seed 003 ("magnetic_tunneling"), Sec. 8 (Figs. 26, 27), with
Eq. (4) of Sec. 3.

* Eq. (4): the tunnelling splitting of a symmetric double well built from two parabolic
  wells of single-well energy hbar Omega and barrier V_0,
  Delta_0 = (hbar Omega/2) (3 - sqrt(8 V_0/(pi hbar Omega))) exp(-2 V_0/hbar Omega).
  It is positive only for V_0 < 9 pi hbar Omega/8; Fig. 26 draws its iso-lines.
* Fig. 27 is a schematic "that we computed" with no formula in the paper. Our stated toy
  model: a harmonic inherent structure IS1 at the origin whose basin develops four radial
  valleys (N, E, S, W) away from the bottom, plus a Gaussian second minimum IS2:
  V(r, theta) = (k/2) r^2 [1 - eps cos(4 theta) (1 - exp(-r^2/r_0^2))]
                - A_2 exp(-|r - r_2|^2/(2 s^2)).
  The first-order saddle point (SP) between IS1 and IS2 is located numerically (Newton on
  the gradient, one negative Hessian eigenvalue), the reaction path by steepest descent
  from the SP, the valley floors by minimising V over theta at fixed r.

Energies in the units of the arguments (kelvin for Eq. 4); the toy PEL is dimensionless.
"""

from __future__ import annotations

import math

import numpy as np

__all__ = [
    "ZERO_BARRIER_RATIO",
    "tunnelling_splitting",
    "barrier_for_splitting",
    "TOY_PEL",
    "toy_pel",
    "pel_gradient",
    "pel_hessian",
    "stationary_point",
    "saddle_between",
    "reaction_path",
    "valley_floor",
]

#: V_0/hbar Omega at which Eq. (4) vanishes: 3 = sqrt(8 v/pi) -> v = 9 pi/8 = 3.534.
ZERO_BARRIER_RATIO = 9.0 * math.pi / 8.0


# --------------------------------------------------------------------------- Eq. 4
def tunnelling_splitting(V0, hbar_omega):
    """Tunnelling splitting Delta_0 of a symmetric double-parabolic well, Eq. (4).

    Parameters
    ----------
    V0 : float or array_like
        Barrier height (K, or any energy unit).
    hbar_omega : float or array_like
        Single-well energy hbar Omega (same unit); they broadcast.

    Returns
    -------
    ndarray
        Delta_0 = (hbar Omega/2)(3 - sqrt(8 V0/(pi hbar Omega))) exp(-2 V0/hbar Omega), as
        printed; negative for V0 > 9 pi hbar Omega/8 (``ZERO_BARRIER_RATIO``), where the
        formula has no meaning (Fig. 26 masks it).

    Notes
    -----
    Eq. (4) of Jug, Bonfanti, Kob (2015), Sec. 3, repeated in Sec. 8 (l.929) for Fig. 26.
    """
    V0 = np.asarray(V0, dtype=float)
    w = np.asarray(hbar_omega, dtype=float)
    return 0.5 * w * (3.0 - np.sqrt(8.0 * V0 / (math.pi * w))) * np.exp(-2.0 * V0 / w)


def barrier_for_splitting(delta0, hbar_omega, iterations=200):
    """Barrier V_0 at which Eq. (4) gives the splitting delta0 (the Fig. 26 iso-lines).

    Parameters
    ----------
    delta0 : float or array_like
        Target Delta_0 (same unit as hbar_omega), > 0.
    hbar_omega : float or array_like
        Single-well energy; they broadcast.
    iterations : int, optional
        Bisection steps in v = V0/hbar Omega on [0, 9 pi/8].

    Returns
    -------
    ndarray
        V_0; NaN where delta0 > 1.5 hbar Omega (Eq. 4 at V_0 = 0), i.e. no barrier gives it.

    Notes
    -----
    Eq. (4) of Jug, Bonfanti, Kob (2015) is strictly decreasing in V_0 on
    [0, 9 pi hbar Omega/8], from 1.5 hbar Omega to 0, so the root is unique (bisection).
    """
    d, w = np.broadcast_arrays(np.asarray(delta0, float), np.asarray(hbar_omega, float))
    target = d / w
    lo = np.zeros(d.shape)
    hi = np.full(d.shape, ZERO_BARRIER_RATIO)
    for _ in range(iterations):
        mid = 0.5 * (lo + hi)
        above = tunnelling_splitting(mid, 1.0) > target
        lo = np.where(above, mid, lo)
        hi = np.where(above, hi, mid)
    v = 0.5 * (lo + hi)
    return np.where(target <= 1.5, v * w, np.nan)


# --------------------------------------------------------------------------- Fig. 27
#: Parameters of the toy PEL of Fig. 27 (our choice; the paper gives none).
TOY_PEL = {
    "k": 1.0,  # curvature of the harmonic bottom of the IS1 basin
    "eps": 0.55,  # depth of the four radial valleys (cos 4 theta: E, N, W, S)
    "r0": 0.8,  # radius beyond which the valleys develop (harmonic core inside)
    "A2": 2.2,  # depth of the Gaussian second minimum IS2
    "x2": 2.6,  # centre of the IS2 Gaussian (x, y), just south of the E valley
    "y2": -0.6,
    "s2": 0.55,  # width of the IS2 well
}


def toy_pel(x, y, params=None):
    """Toy potential-energy landscape of Fig. 27 (module docstring).

    Parameters
    ----------
    x, y : float or array_like
        Configuration coordinates (broadcast).
    params : dict, optional
        k, eps, r0, A2, x2, y2, s2 (default ``TOY_PEL``).

    Returns
    -------
    ndarray
        V(x, y), dimensionless.

    Notes
    -----
    Our stated model for the schematic Fig. 27 of Jug, Bonfanti, Kob (2015), Sec. 8: harmonic
    near IS1 ("the immediate surrounding of the IS is still harmonic", l.945), valleys
    ending at N, E, S, W further out, and a second inherent structure IS2.
    """
    p = {**TOY_PEL, **(params or {})}
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    r2 = x * x + y * y
    cos4 = np.ones_like(r2)
    nz = r2 > 0
    # cos(4 theta) = (x^4 - 6 x^2 y^2 + y^4)/r^4
    cos4 = np.where(nz, (x**4 - 6 * x * x * y * y + y**4) / np.where(nz, r2 * r2, 1.0), 1.0)
    core = 0.5 * p["k"] * r2 * (1.0 - p["eps"] * cos4 * (1.0 - np.exp(-r2 / p["r0"] ** 2)))
    well = p["A2"] * np.exp(-((x - p["x2"]) ** 2 + (y - p["y2"]) ** 2) / (2.0 * p["s2"] ** 2))
    return core - well


def pel_gradient(point, params=None, h=1e-6):
    """Gradient of ``toy_pel`` by central differences.

    Parameters
    ----------
    point : array_like
        (x, y).
    params : dict, optional
        As in ``toy_pel``.
    h : float, optional
        Difference step.

    Returns
    -------
    ndarray
        (dV/dx, dV/dy).

    Notes
    -----
    Used to locate the stationary points of the Fig. 27 landscape (Sec. 8 of Jug, Bonfanti,
    Kob 2015).
    """
    x, y = float(point[0]), float(point[1])
    gx = (toy_pel(x + h, y, params) - toy_pel(x - h, y, params)) / (2 * h)
    gy = (toy_pel(x, y + h, params) - toy_pel(x, y - h, params)) / (2 * h)
    return np.array([float(gx), float(gy)])


def pel_hessian(point, params=None, h=1e-4):
    """Hessian of ``toy_pel`` by central differences.

    Parameters
    ----------
    point, params
        As in ``pel_gradient``.
    h : float, optional
        Step of the second differences (larger than the gradient's: they lose two digits
        more to rounding).

    Returns
    -------
    ndarray
        2 x 2 symmetric matrix.

    Notes
    -----
    Its eigenvalues classify the stationary points of Fig. 27 (Sec. 8 of Jug, Bonfanti, Kob
    2015): two positive at an inherent structure, one negative at a first-order saddle.
    """
    x, y = float(point[0]), float(point[1])

    def V(a, b):
        return float(toy_pel(a, b, params))

    hxx = (V(x + h, y) - 2 * V(x, y) + V(x - h, y)) / h**2
    hyy = (V(x, y + h) - 2 * V(x, y) + V(x, y - h)) / h**2
    hxy = (V(x + h, y + h) - V(x + h, y - h) - V(x - h, y + h) + V(x - h, y - h)) / (4 * h**2)
    return np.array([[hxx, hxy], [hxy, hyy]])


def stationary_point(start, params=None, tol=1e-10, max_iter=100):
    """Stationary point of ``toy_pel`` by damped Newton iteration on the gradient.

    Parameters
    ----------
    start : array_like
        Starting (x, y).
    params : dict, optional
        As in ``toy_pel``.
    tol : float, optional
        Stop when |grad V| < tol.
    max_iter : int, optional
        Maximum Newton steps (each step is halved until |grad V| decreases).

    Returns
    -------
    tuple
        (point (2,), Hessian eigenvalues ascending (2,)).

    Notes
    -----
    Locates the inherent structures and the saddle point of Fig. 27 (Jug, Bonfanti, Kob
    2015, Sec. 8) numerically. Raises RuntimeError without convergence.
    """
    p = np.asarray(start, dtype=float).copy()
    g = pel_gradient(p, params)
    for _ in range(max_iter):
        if np.linalg.norm(g) < tol:
            return p, np.linalg.eigvalsh(pel_hessian(p, params))
        step = np.linalg.solve(pel_hessian(p, params), g)
        lam = 1.0
        while lam > 1e-6:
            q = p - lam * step
            gq = pel_gradient(q, params)
            if np.linalg.norm(gq) < np.linalg.norm(g):
                break
            lam *= 0.5
        p, g = q, gq
    if np.linalg.norm(g) < 1e-7:
        return p, np.linalg.eigvalsh(pel_hessian(p, params))
    raise RuntimeError(f"no stationary point found from {start}")


def saddle_between(a, b, params=None, n=401):
    """First-order saddle point between two minima of ``toy_pel``.

    Parameters
    ----------
    a, b : array_like
        The two inherent structures (x, y).
    params : dict, optional
        As in ``toy_pel``.
    n : int, optional
        Points on the straight segment a-b whose energy maximum starts the Newton search.

    Returns
    -------
    tuple
        (saddle (2,), Hessian eigenvalues ascending (2,)); the first eigenvalue is negative.

    Notes
    -----
    The SP connecting IS1 and IS2 in Fig. 27 of Jug, Bonfanti, Kob (2015), located
    numerically (the maximum along the segment, then Newton on grad V = 0).
    """
    a = np.asarray(a, float)
    b = np.asarray(b, float)
    t = np.linspace(0.0, 1.0, n)
    pts = a[None, :] + t[:, None] * (b - a)[None, :]
    start = pts[int(np.argmax(toy_pel(pts[:, 0], pts[:, 1], params)))]
    sp, eig = stationary_point(start, params)
    if not (eig[0] < 0 < eig[1]):
        raise RuntimeError(f"stationary point {sp} is not a first-order saddle: {eig}")
    return sp, eig


def reaction_path(saddle, params=None, step=2e-3, max_steps=20000, gtol=1e-3):
    """Steepest-descent path from a saddle point down to the two minima it connects.

    Parameters
    ----------
    saddle : array_like
        The saddle point (x, y).
    params : dict, optional
        As in ``toy_pel``.
    step : float, optional
        Arc-length step of the descent.
    max_steps : int, optional
        Maximum steps per branch.
    gtol : float, optional
        Stop a branch when |grad V| < gtol.

    Returns
    -------
    ndarray
        (M, 2) path from one minimum through the saddle to the other.

    Notes
    -----
    The thin dashed reaction path IS1 - SP - IS2 of Fig. 27 (Jug, Bonfanti, Kob 2015, Sec. 8):
    the two branches leave the SP along the unstable Hessian eigenvector.
    """
    sp = np.asarray(saddle, float)
    w, v = np.linalg.eigh(pel_hessian(sp, params))
    branches = []
    for sign in (-1.0, 1.0):
        p = sp + sign * 10 * step * v[:, 0]
        path = [sp.copy(), p.copy()]
        for _ in range(max_steps):
            g = pel_gradient(p, params)
            ng = np.linalg.norm(g)
            if ng < gtol:
                break
            p = p - min(step, ng) * g / ng
            path.append(p.copy())
        branches.append(np.array(path))
    return np.vstack([branches[0][::-1], branches[1][1:]])


def valley_floor(theta0, radii, params=None, half_width=0.6):
    """Valley floor of ``toy_pel``: the angle minimising V at each radius, near theta0.

    Parameters
    ----------
    theta0 : float
        Direction of the valley (rad): 0 (E), pi/2 (N), pi (W), 3 pi/2 (S).
    radii : array_like
        Radii at which the floor is located.
    params : dict, optional
        As in ``toy_pel``.
    half_width : float, optional
        Angular window (rad) searched around theta0 (grid then golden section).

    Returns
    -------
    ndarray
        (len(radii), 2) points (x, y) of the valley floor.

    Notes
    -----
    The bold valleys emanating from the IS in Fig. 27 (Jug, Bonfanti, Kob 2015, Sec. 8).
    """
    out = []
    for r in np.asarray(radii, float):
        th = np.linspace(theta0 - half_width, theta0 + half_width, 241)
        V = toy_pel(r * np.cos(th), r * np.sin(th), params)
        i = int(np.argmin(V))
        lo, hi = th[max(i - 1, 0)], th[min(i + 1, th.size - 1)]
        gr = (math.sqrt(5) - 1) / 2
        for _ in range(60):
            m1, m2 = hi - gr * (hi - lo), lo + gr * (hi - lo)
            v1 = float(toy_pel(r * math.cos(m1), r * math.sin(m1), params))
            v2 = float(toy_pel(r * math.cos(m2), r * math.sin(m2), params))
            if v1 < v2:
                hi = m2
            else:
                lo = m1
        t = 0.5 * (lo + hi)
        out.append((r * math.cos(t), r * math.sin(t)))
    return np.array(out)
