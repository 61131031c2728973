"""Dielectric response of tunneling systems at low temperature: real part and loss.

Standard tunneling model (STM) parts (generic: the mixed_alkali paper reuses them) and
the anomalous tunneling system (ATS) parts in a magnetic field of Jug, Bonfanti, Kob
(2015) ("magnetic_tunneling"), Secs. 5.1-5.3, l.242-489.

Conventions
-----------
* Energies (E, Delta, Delta0, D, D0 phi, cutoffs) and temperatures are in kelvin
  (E/k_B, k_B = 1), as in the papers' tables. Times in seconds, omega in rad/s.
* STM elastic constant ``gamma_s_K3`` is the gamma of Eq. (40) (l.326) in s K^3:
  tau^-1 = Delta0^2 E coth(E/2T) / gamma (Eq. 39 with gamma = 2 pi rho hbar^4 /
  (gamma_l^2/v_l^5 + 2 gamma_t^2/v_t^5), converted with k_B^3); see ``stm_gamma``.
* STM prefactor ``C`` = P_bar p0^2 / (eps0 eps_r) (dimensionless), as in Eq. (35).
* ATS prefactor ``A`` = pi x_ATS P* p1^2 / (eps_r eps0) of Tables 5-7 (unit K): then
  Delta eps'/eps' = (A/2) [a1 + a0 - a(T,0)] (Eqs. 47, 48, 50, 51) and
  Delta tan delta = (A/(4T)) [...] (Eq. 61), the brackets in K^-1.
* ATS cutoffs: ``D_min`` (K) and ``X_min``, ``X_max`` = D0_min,max |q/e| S (K A^2, the
  tables' "K^2" is a typo for K A^2). The A-B energy is D0 phi = X * s(B) with
  s(B) = ``coldglass.ats.d0phi_kelvin(B, 1, orientation_average, B_star)`` (Eq. 7, the
  phi -> phi/sqrt3 average of l.358 and the high-field replacement of Eq. 20).

Numerics
--------
The ATS integrals are evaluated in the original (D, D0) variables of Eqs. (46) and (54),
where the density is uniform in ln D and ln D0 (Eq. 10 after the angular integral of
Eq. 13): a smooth two-dimensional integrand on a log grid, composite Gauss-Legendre,
numba-compiled. For Delta eps' (Figs. 8-10) the D-integral beyond D = 40 T, where
both tanh factors are 1 to double precision, is done in closed form, the integrand below is
written as a sum of two non-negative terms (no cancellation as B -> 0), and the 8-point
Gauss-Legendre nodes in ln D and ln X are computed once for all fields: about 80-120x
faster than the scipy quad reference, within 3e-10 of it (benchmarks/). The paper's
reduced one-dimensional E-forms (Eqs. 47, 48, 50 and the E-D form of Eq. 61) are scipy
references: ``ats_alpha_hat_paper_form`` here (the claims use it), the Eq. (61) form in
``benchmarks/references.py``; the tests use both as an independent check. Eq. (46) is
implemented with the bracket [E^2 + D0^2
phi^2] (the printed minus sign is an erratum, see claims D01 and errata.md); the
printed sign is available via ``ats_alpha_res_eq46(..., sign=-1)``.
"""

from __future__ import annotations

import math

import numpy as np
from numba import njit

from coldglass import units
from coldglass.tls import sech2

__all__ = [
    "KAPPA_PER_T_PER_A2",
    "stm_resonant_single",
    "stm_relaxational_single",
    "stm_loss_single",
    "stm_gamma",
    "stm_relaxation_rate",
    "stm_tau_min",
    "stm_T0",
    "stm_resonant",
    "stm_relaxational",
    "stm_loss",
    "ats_phase_scale",
    "ats_delta_alpha_hat",
    "ats_delta_epsilon",
    "ats_alpha_hat_paper_form",
    "ats_alpha_res_eq46",
    "ats_alpha_zero_field_hat",
    "ats_relaxation_rate",
    "ats_tau_distribution",
    "ats_loss_bracket",
    "ats_loss_tan_delta",
    "FIT_MODELS",
    "fit_model",
]

#: 2 pi e/h x 1 A^2 = 1.519267e-5 T^-1 A^-2 (Eq. 7): D0 phi [K] = KAPPA B[T] X[K A^2].
KAPPA_PER_T_PER_A2 = 2.0 * math.pi * units.E_CHARGE / units.H_PLANCK * units.ANGSTROM**2

_GL_X, _GL_W = np.polynomial.legendre.leggauss(10)
#: 8-point rule of the Delta eps' kernel (panels of 1.0 in ln D and ln X: 2e-11 relative).
_GL8_X, _GL8_W = np.polynomial.legendre.leggauss(8)


# ============================================================================ STM, Sec. 5.1
def stm_resonant_single(E, delta0, T, p0_sq=1.0):
    """Resonant Delta eps'/eps' of one 2LS, orientation-averaged, Eq. (32):
    (2/3) p0^2 Delta0^2 / E^3 tanh(E/2T). Units of p0_sq / energy."""
    E = np.asarray(E, float)
    return 2.0 / 3.0 * p0_sq * np.asarray(delta0, float) ** 2 / E**3 * np.tanh(E / (2.0 * T))


def stm_relaxational_single(E, delta, T, omega, tau, p0_sq=1.0):
    """Relaxational Delta eps'/eps' of one 2LS, Eq. (33):
    p0^2 Delta^2/(3 T E^2) sech^2(E/2T) / (1 + omega^2 tau^2)."""
    E = np.asarray(E, float)
    wt = omega * np.asarray(tau, float)
    return (
        p0_sq
        * np.asarray(delta, float) ** 2
        / (3.0 * T * E**2)
        * sech2(E / (2.0 * T))
        / (1.0 + wt**2)
    )


def stm_loss_single(E, delta, T, omega, tau, p0_sq=1.0):
    """Relaxational loss Delta tan delta of one 2LS, Eq. (34) with the factor
    omega tau/(1 + omega^2 tau^2) (printed as 1/(1 + omega^2 tau^2); Eqs. 30, 31, 35 have
    omega tau in the numerator)."""
    E = np.asarray(E, float)
    wt = omega * np.asarray(tau, float)
    return (
        p0_sq
        * np.asarray(delta, float) ** 2
        / (3.0 * T * E**2)
        * sech2(E / (2.0 * T))
        * wt
        / (1.0 + wt**2)
    )


def stm_gamma(rho, gamma_l, gamma_t, v_l, v_t):
    """Elastic parameter gamma of Eq. (40) (l.326) in s K^3, from SI inputs.

    gamma = 2 pi rho hbar^4 / (gamma_l^2/v_l^5 + 2 gamma_t^2/v_t^5) [J^3 s] / k_B^3.
    rho in kg/m^3, deformation potentials in J, sound speeds in m/s.
    """
    g = 2.0 * math.pi * rho * units.HBAR**4 / (gamma_l**2 / v_l**5 + 2.0 * gamma_t**2 / v_t**5)
    return g / units.K_B**3


def stm_relaxation_rate(E, delta0, T, gamma_s_K3):
    """One-phonon relaxation rate of a 2LS, Eq. (39): Delta0^2 E coth(E/2T) / gamma [s^-1]."""
    E = np.asarray(E, float)
    return np.asarray(delta0, float) ** 2 * E / (gamma_s_K3 * np.tanh(E / (2.0 * T)))


def stm_tau_min(E, T, gamma_s_K3):
    """Shortest relaxation time (Delta = 0) at energy E, l.326: gamma tanh(E/2T)/E^3 [s]."""
    E = np.asarray(E, float)
    return gamma_s_K3 * np.tanh(E / (2.0 * T)) / E**3


def stm_T0(omega, gamma_s_K3):
    """Resonant-relaxational crossover temperature, Eq. (38) and l.328:
    k_B T0 = (gamma omega / 2)^(1/3) [K]."""
    return (0.5 * gamma_s_K3 * omega) ** (1.0 / 3.0)


def _panels(lo, hi, width, min_panels=2):
    """Composite Gauss-Legendre nodes/weights on [lo, hi] with panels of about ``width``."""
    n = max(min_panels, int(math.ceil((hi - lo) / width)))
    edges = np.linspace(lo, hi, n + 1)
    half = 0.5 * np.diff(edges)
    mid = 0.5 * (edges[1:] + edges[:-1])
    nodes = (mid[:, None] + half[:, None] * _GL_X[None, :]).ravel()
    weights = (half[:, None] * _GL_W[None, :]).ravel()
    return nodes, weights


def stm_resonant(T, C, delta0_min, E_max):
    """Resonant STM Delta eps'/eps', Eq. (35) first line:
    (2C/3) int_{Delta0min}^{Emax} dE/E tanh(E/2T) sqrt(1 - (Delta0min/E)^2).

    Integrated over u = arccosh(E/Delta0min) (E = Delta0min cosh u), where
    dE/E sqrt(1 - Delta0min^2/E^2) = tanh^2(u) du: smooth, composite Gauss-Legendre.
    T may be an array.
    """
    T = np.atleast_1d(np.asarray(T, float))
    u_max = math.acosh(E_max / delta0_min)
    u, w = _panels(0.0, u_max, 0.5)
    E = delta0_min * np.cosh(u)
    integrand = np.tanh(u) ** 2 * np.tanh(E[None, :] / (2.0 * T[:, None]))
    out = 2.0 * C / 3.0 * (integrand @ w)
    return out if out.size > 1 else float(out[0])


@njit(cache=True)
def _stm_rel_kernel(T, omega, gamma, d0min, emax, gx, gw, loss):
    """int dE sech^2(E/2T) int dtau/(2tau) sqrt(1 - tmin/tau) g(omega tau), Eqs. (35), (40).

    With Delta0/E = r = 1/cosh(v): dtau/(2 tau) sqrt(1 - tau_min/tau) = tanh^2(v) dv and
    tau = tau_min cosh^2(v). E on a log grid from Delta0min to min(Emax, 80 T).
    """
    e_hi = min(emax, 80.0 * T)
    if e_hi <= d0min:
        return 0.0
    lo = math.log(d0min)
    hi = math.log(e_hi)
    n_e = max(4, int(math.ceil((hi - lo) / 0.25)))
    h_e = (hi - lo) / n_e
    total = 0.0
    for ie in range(n_e):
        for ke in range(gx.size):
            ue = lo + (ie + 0.5 * (gx[ke] + 1.0)) * h_e
            E = math.exp(ue)
            wE = 0.5 * h_e * gw[ke] * E  # dE = E du
            x = E / (2.0 * T)
            ex = math.exp(-2.0 * x)
            sech2 = 4.0 * ex / (1.0 + ex) ** 2
            tmin = gamma * math.tanh(x) / E**3
            vmax = math.acosh(E / d0min)
            if vmax <= 0.0:
                continue
            n_v = max(2, int(math.ceil(vmax / 0.5)))
            h_v = vmax / n_v
            inner = 0.0
            for iv in range(n_v):
                for kv in range(gx.size):
                    v = (iv + 0.5 * (gx[kv] + 1.0)) * h_v
                    ch = math.cosh(v)
                    th = math.tanh(v)
                    wt = omega * tmin * ch * ch
                    if loss:
                        g = wt / (1.0 + wt * wt)
                    else:
                        g = 1.0 / (1.0 + wt * wt)
                    inner += 0.5 * h_v * gw[kv] * th * th * g
            total += wE * sech2 * inner
    return total


def _stm_rel(T, C, omega, gamma_s_K3, delta0_min, E_max, loss):
    T = np.atleast_1d(np.asarray(T, float))
    out = np.array(
        [
            C
            / (3.0 * t)
            * _stm_rel_kernel(t, omega, gamma_s_K3, delta0_min, E_max, _GL_X, _GL_W, loss)
            for t in T
        ]
    )
    return out if out.size > 1 else float(out[0])


def stm_relaxational(T, C, omega, gamma_s_K3, delta0_min, E_max):
    """Relaxational STM Delta eps'/eps', Eq. (35) second line, with the distribution of Eq. (40).

    (C/(3T)) int dE sech^2(E/2T) int_{tau_min}^{tau_max} dtau P(E,tau)/P_bar (1 - tau_min/tau)
    / (1 + omega^2 tau^2), P(E,tau) = P_bar/(2 tau sqrt(1 - tau_min/tau)) (Eq. 40), tau_max
    from Delta0 = Delta0min. Note: the printed Eq. (35) drops the 1/2 of Eq. (40); with it
    the slopes are -2C/3 (resonant) and +C (relaxational) per ln T, and the total slopes
    below/above T0 are in the ratio -2:1 stated at l.330 (claim D10; Eq. 37 is the net slope
    above T0, claim D11).
    """
    return _stm_rel(T, C, omega, gamma_s_K3, delta0_min, E_max, False)


def stm_loss(T, C, omega, gamma_s_K3, delta0_min, E_max):
    """Relaxational STM loss Delta tan delta, Eq. (35) third line (distribution of Eq. 40,
    factor omega tau/(1 + omega^2 tau^2))."""
    return _stm_rel(T, C, omega, gamma_s_K3, delta0_min, E_max, True)


# ============================================================================ ATS, Sec. 5.2
def ats_phase_scale(B_T, orientation_average=True, B_star_T=None):
    """s(B) = D0 phi per unit X, in K per K A^2 (so D0 phi = X s(B)).

    Uses ``coldglass.ats.d0phi_kelvin``: 2 pi e B/h (Eq. 7), /sqrt3 for the orientational
    average (l.358), times sqrt(1 - (B/B*)^2/45) if B* is given (Eq. 20, clipped at 0).
    """
    from coldglass.ats import d0phi_kelvin

    return d0phi_kelvin(
        np.asarray(B_T, float), 1.0, orientation_average=orientation_average, B_star_T=B_star_T
    )


#: tanh(x) = 1 to double precision for x >= 20 (1 - tanh 20 = 8.5e-18): the D-integral of
#: the Delta eps' kernel beyond D = 2 x 20 T is done in closed form.
_TANH_ONE = 20.0


@njit(cache=True)
def _gl_log_nodes(lo, hi, width, gx, gw):
    """Composite Gauss-Legendre nodes and weights in ln(v) on [ln lo, ln hi] (panels of at most
    ``width``): returns v and the weights of d(ln v)."""
    llo = math.log(lo)
    n = max(1, int(math.ceil((math.log(hi) - llo) / width)))
    h = (math.log(hi) - llo) / n
    v = np.empty(n * gx.size)
    w = np.empty(n * gx.size)
    for i in range(n):
        for p in range(gx.size):
            v[i * gx.size + p] = math.exp(llo + (i + 0.5 * (gx[p] + 1.0)) * h)
            w[i * gx.size + p] = 0.5 * h * gw[p]
    return v, w


@njit(cache=True)
def _deps_tail(c, d):
    """int_d^inf dD [(D^2 + 2c^2)/(D E^3) - 1/D^2], E = sqrt(D^2 + c^2) (tanh = 1 there).

    Antiderivative -(2/c) asinh(c/D) + 1/E + 1/D, so the tail is g(u)/d with u = c/d and
    g(u) = 2 asinh(u)/u - 1/sqrt(1 + u^2) - 1 = u^2/6 - 9u^4/40 + 25u^6/112 - ... (the
    series below u = 1e-2, where the closed form cancels; error < 2e-12 relative).
    """
    u = c / d
    u2 = u * u
    if u < 1e-2:
        g = u2 * (1.0 / 6.0 - u2 * (9.0 / 40.0 - u2 * (25.0 / 112.0)))
    else:
        g = 2.0 * math.asinh(u) / u - 1.0 / math.sqrt(1.0 + u2) - 1.0
    return g / d


@njit(cache=True)
def _deps_kernel(s_arr, T, dmin, xmin, xmax, gx, gw):
    """Delta alpha_hat = [a1 + a0 - a(T,0)] (K^-1) for each D0-phi-per-X value in s_arr.

    = int_{Dmin}^inf dD/D int_{Xmin}^{Xmax} dX/X [(D^2 + 2c^2)/E^3 tanh(E/2T) - tanh(D/2T)/D],
    c = X s, E = sqrt(D^2 + c^2): Eq. (46) with the bracket [E^2 + D0^2 phi^2], minus Eq. (50).
    Gauss-Legendre in ln D on [Dmin, 40 T] (panels of 1.0, where the tanh factors vary) and
    in ln X (panels of 1.0); beyond D = 40 T both tanh are 1 and the D-integral is done in
    closed form (``_deps_tail``). The D and X nodes are the same for every field: only
    c^2 = s^2 X^2 changes, so the nodes and tanh(D/2T)/D are computed once.
    """
    out = np.zeros(s_arr.size)
    x, wx = _gl_log_nodes(xmin, xmax, 1.0, gx, gw)
    x2 = x * x
    d_cut = max(dmin, 2.0 * _TANH_ONE * T)
    if d_cut > dmin:
        d, wd = _gl_log_nodes(dmin, d_cut, 1.0, gx, gw)
    else:
        d, wd = np.empty(0), np.empty(0)
    inv_d = 1.0 / d
    inv_d2 = inv_d * inv_d
    eb = np.exp(-d / T)  # tanh(D/2T) = (1 - eb)/(1 + eb)
    for k in range(s_arr.size):
        s = s_arr[k]
        if s <= 0.0:
            continue
        s2 = s * s
        total = 0.0
        for j in range(x.size):
            c2 = s2 * x2[j]
            inner = 0.0
            for i in range(d.size):
                # bracket = [tanh(E/2T) q(u) + tanh(E/2T) - tanh(D/2T)] / D, u = c/D, with
                # q = (1 + 2u^2)/(1 + u^2)^(3/2) - 1 and the tanh difference written
                # without cancellation (both terms >= 0: full relative accuracy as B -> 0).
                u2 = c2 * inv_d2[i]
                w = math.sqrt(1.0 + u2)
                p = (1.0 + u2) * w
                q = u2 * (1.0 + u2 - u2 * u2) / ((1.0 + 2.0 * u2 + p) * p)
                # E - D = D u^2/(w + 1); exp(-E/T) = exp(-D/T) (1 + m), m = expm1(-(E-D)/T)
                m = math.expm1(-d[i] * u2 / ((w + 1.0) * T))
                ea = eb[i] * (1.0 + m)
                t_e = (1.0 - ea) / (1.0 + ea)
                dt = -2.0 * eb[i] * m / ((1.0 + ea) * (1.0 + eb[i]))
                inner += wd[i] * inv_d[i] * (t_e * q + dt)
            total += wx[j] * (inner + _deps_tail(s * x[j], d_cut))
        out[k] = total
    return out


def ats_delta_alpha_hat(
    B_T, T, D_min, X_min, X_max, B_star_T=None, orientation="average", n_orientation=48
):
    """[alpha_1 + alpha_0 - alpha(T, 0)] / ((pi/2) P* p1^2) in K^-1, Eqs. (46)-(50).

    orientation: "average" (phi -> phi/sqrt3, l.358, the paper's fits), "none" (phi as for
    S parallel to B), or "exact" (uniform average over cos(angle) in [0, 1] of the result
    with phi -> phi cos(angle), the "numerical" average of l.358; Gauss-Legendre with
    ``n_orientation`` nodes).
    """
    B = np.atleast_1d(np.asarray(B_T, float))
    if orientation == "exact":
        s = ats_phase_scale(B, orientation_average=False, B_star_T=B_star_T)
        x, w = np.polynomial.legendre.leggauss(n_orientation)
        cos_b = 0.5 * (x + 1.0)
        vals = np.zeros(B.size)
        for cb, wb in zip(cos_b, w):
            vals += (
                0.5
                * wb
                * _deps_kernel(
                    np.ascontiguousarray(s * cb),
                    float(T),
                    float(D_min),
                    float(X_min),
                    float(X_max),
                    _GL8_X,
                    _GL8_W,
                )
            )
        return vals
    if orientation not in ("average", "none"):
        raise ValueError(f"orientation must be 'average', 'none' or 'exact', got {orientation!r}")
    s = ats_phase_scale(B, orientation_average=(orientation == "average"), B_star_T=B_star_T)
    return _deps_kernel(
        np.ascontiguousarray(s, dtype=float),
        float(T),
        float(D_min),
        float(X_min),
        float(X_max),
        _GL8_X,
        _GL8_W,
    )


def ats_delta_epsilon(B_T, T, A, D_min, X_min, X_max, B_star_T=None, orientation="average"):
    """ATS Delta eps'/eps' (B) - (0) in a magnetic field, Eq. (51) with Eqs. (47), (48), (50):
    (A/2) [a1 + a0 - a(T, 0)], A = pi x_ATS P* p1^2/(eps_r eps0) in K (Tables 5, 6).

    B_T in tesla (array), T, D_min in K, X_min/X_max = D0_min,max |q/e| S in K A^2;
    B_star_T=None is the weak-field formula, a value applies Eq. (20).
    """
    return 0.5 * A * ats_delta_alpha_hat(B_T, T, D_min, X_min, X_max, B_star_T, orientation)


def ats_alpha_hat_paper_form(a, b, T, D_min):
    """The square brackets of Eqs. (47), (48) and (50) as printed (scipy quad), in K^-1.

    a = D0_min phi, b = D0_max phi (K), a > 0. Returns (alpha0_hat, alpha1_hat,
    alpha_T0_hat); Delta alpha_hat = alpha1_hat + alpha0_hat - alpha_T0_hat. Reference for
    tests and claims (slower than ``ats_delta_alpha_hat``).
    """
    from scipy.integrate import quad

    ec1 = math.sqrt(D_min**2 + a**2)
    ec2 = math.sqrt(D_min**2 + b**2)
    th = lambda E: math.tanh(E / (2.0 * T))  # noqa: E731

    def win0(E):
        return th(E) / E**2 * 0.5 * math.log((E * E - a * a) / D_min**2)

    def tail0(E):
        return th(E) / E**2 * 0.5 * math.log((E * E - a * a) / (E * E - b * b))

    def win1(E):
        return (
            th(E)
            / E**2
            * 0.5
            * (math.log((E * E - a * a) / (a * a)) + math.log((E * E - D_min**2) / D_min**2))
        )

    def tail1(E):
        return (
            th(E)
            / E**2
            * 0.5
            * (2.0 * math.log(b / a) + math.log((E * E - a * a) / (E * E - b * b)))
        )

    opts = dict(epsabs=0.0, epsrel=1e-11, limit=400)
    pts = [p for p in (T, 10 * T) if ec1 < p < ec2] or None
    a0 = quad(win0, ec1, ec2, points=pts, **opts)[0] + quad(tail0, ec2, np.inf, **opts)[0]
    a1 = quad(win1, ec1, ec2, points=pts, **opts)[0] + quad(tail1, ec2, np.inf, **opts)[0]
    aT0 = math.log(b / a) * quad(lambda E: th(E) / E**2, D_min, np.inf, **opts)[0]
    return a0, a1, aT0


def ats_alpha_zero_field_hat(T, lower, D0_ratio):
    """alpha(T, 0)/((pi/2) P* p1^2) of Eq. (50), in K^-1, for a given lower limit.

    Parameters
    ----------
    T : float
        Temperature (K).
    lower : float
        Lower limit of the E integral (K): D_min (the zero-field polarizability, the reading
        used by ``ats_delta_epsilon``) or E_c2(B) as printed in Eq. (50).
    D0_ratio : float
        D0max/D0min.

    Returns
    -------
    float
        ln(D0max/D0min) int_lower^inf dE/E^2 tanh(E/2T).

    Notes
    -----
    Eq. (50), l.404, prints the lower limit E_c2; subtracted in Eq. (51) as "alpha(T, 0)", the
    zero-field value, it must be taken at B = 0, where E_c2 = D_min (errata.md, D14).
    """
    from scipy import integrate

    val, _ = integrate.quad(
        lambda u: math.tanh(1.0 / (2.0 * T * u)), 0.0, 1.0 / lower, epsabs=0.0, epsrel=1e-11
    )  # E = 1/u: int_lower^inf dE/E^2 f(E) = int_0^(1/lower) f(1/u) du
    return math.log(D0_ratio) * val


def ats_alpha_res_eq46(a, b, T, D_min, sign=+1):
    """First line of Eq. (46) (bracket [E^2 + sign D0^2 phi^2]) / ((pi/2) P* p1^2), in K^-1.

    = int_{Dmin}^inf dD/D int_{D0min}^{D0max} dD0/D0 (E^2 + sign c^2)/E^3 tanh(E/2T) with
    c = D0 phi in [a, b] and E = sqrt(D^2 + c^2) (the delta function of Eq. 46 done over E).
    sign=+1 (corrected) equals alpha1_hat + alpha0_hat of Eqs. (47)-(48); sign=-1 (as
    printed) equals alpha1_hat - alpha0_hat. scipy dblquad in (ln c, ln D).
    """
    from scipy.integrate import dblquad

    def f(lnD, lnc):
        D = math.exp(lnD)
        c = math.exp(lnc)
        E2 = D * D + c * c
        E = math.sqrt(E2)
        return (E2 + sign * c * c) / (E2 * E) * math.tanh(E / (2.0 * T))

    val, _ = dblquad(
        f,
        math.log(a),
        math.log(b),
        math.log(D_min),
        math.log(D_min) + 60.0,
        epsabs=0.0,
        epsrel=1e-10,
    )
    return val


# ============================================================================ ATS, Sec. 5.3
def ats_relaxation_rate(E, D, T, Gamma):
    """ATS one-phonon relaxation rate, Eq. (55), in s^-1:
    tau^-1 = Gamma E^3 (E^2 - D^2/6) coth(E/2T) = Gamma E^3 (D0^2 phi^2 + 5 D^2/6) coth(E/2T).

    Gamma is Table 7's "Gamma = gamma' k_B^5, (s K^5)^-1", used as the multiplier of the
    rate (Eq. 55 prints 1/Gamma; with the tabulated values in the denominator tau^-1 would
    be ~1e-16 s^-1); E, D, T in K.
    """
    E = np.asarray(E, float)
    D = np.asarray(D, float)
    return Gamma * E**3 * (E**2 - D**2 / 6.0) / np.tanh(E / (2.0 * T))


def ats_tau_distribution(E, tau, T, Gamma, P_star=1.0):
    """Distribution of ATS relaxation times at fixed E, Eq. (57):
    P(E, tau) = pi P* tau_min / (5 E (tau - tau_min)(tau_max - tau)), tau_min <= tau <= tau_max,
    with tau_min = tanh(E/2T)/(Gamma E^5) (D = 0) and tau_max = (6/5) tau_min (D = E) from
    Eq. (55). (The printed tau_max = E^5/[Gamma tanh] is the inverse of a time; claim D06.)
    Zero outside the interval.
    """
    E = np.asarray(E, float)
    tau = np.asarray(tau, float)
    tmin = np.tanh(E / (2.0 * T)) / (Gamma * E**5)
    tmax = 1.2 * tmin
    inside = (tau > tmin) & (tau < tmax)
    with np.errstate(divide="ignore", invalid="ignore"):
        val = math.pi * P_star * tmin / (5.0 * E * (tau - tmin) * (tmax - tau))
    return np.where(inside, val, 0.0)


@njit(cache=True)
def _loss_kernel(s_arr, T, dmin, xmin, xmax, Gamma, omega, gx, gw):
    """int dD/D int dX/X (D^2/E^2) sech^2(E/2T) omega tau/(1 + omega^2 tau^2), Eq. (54) over E.

    c = X s, E = sqrt(D^2 + c^2), tau from Eq. (55) with Gamma as rate multiplier. The
    integrand is negligible for E > 80 T (sech^2), so ln D runs to ln(max(Dmin, 80 T)) and
    ln c to min(ln(Xmax s), ln(80 T)).
    """
    out = np.zeros(s_arr.size)
    e_cut = 80.0 * T
    for k in range(s_arr.size):
        s = s_arr[k]
        if dmin >= e_cut:
            continue
        ld0 = math.log(dmin)
        ld1 = math.log(e_cut)
        n_d = max(4, int(math.ceil((ld1 - ld0) / 0.25)))
        h_d = (ld1 - ld0) / n_d
        lx0 = math.log(xmin)
        lx1 = math.log(xmax)
        if s > 0.0:
            lx1 = min(lx1, math.log(e_cut / s))
        if lx1 <= lx0:
            continue
        n_x = max(2, int(math.ceil((lx1 - lx0) / 0.25)))
        h_x = (lx1 - lx0) / n_x
        total = 0.0
        for i in range(n_d):
            for p in range(gx.size):
                D = math.exp(ld0 + (i + 0.5 * (gx[p] + 1.0)) * h_d)
                wd = 0.5 * h_d * gw[p]
                inner = 0.0
                for j in range(n_x):
                    for q in range(gx.size):
                        c = s * math.exp(lx0 + (j + 0.5 * (gx[q] + 1.0)) * h_x)
                        E2 = D * D + c * c
                        E = math.sqrt(E2)
                        x = E / (2.0 * T)
                        ex = math.exp(-2.0 * x)
                        sech2 = 4.0 * ex / (1.0 + ex) ** 2
                        rate = Gamma * E2 * E * (E2 - D * D / 6.0) / math.tanh(x)
                        wt = omega / rate
                        inner += 0.5 * h_x * gw[q] * (D * D / E2) * sech2 * wt / (1.0 + wt * wt)
                total += wd * inner
        out[k] = total
    return out


def ats_loss_bracket(
    B_T, T, D_min, X_min, X_max, Gamma, omega, B_star_T=None, orientation="average"
):
    """The bracket of Eq. (61) (dimensionless, = the E-integrals with the 1/E, D/(E^2-D^2) weights).

    Computed as int dD/D int dD0/D0 (D^2/E^2) sech^2(E/2T) omega tau/(1 + omega^2 tau^2)
    (Eq. 54 with the delta function done over E; Eqs. 58-60 are the same integral in (E, D)).
    """
    B = np.atleast_1d(np.asarray(B_T, float))
    if orientation not in ("average", "none"):
        raise ValueError("orientation must be 'average' or 'none'")
    s = ats_phase_scale(B, orientation_average=(orientation == "average"), B_star_T=B_star_T)
    return _loss_kernel(
        np.ascontiguousarray(s, dtype=float),
        float(T),
        float(D_min),
        float(X_min),
        float(X_max),
        float(Gamma),
        float(omega),
        _GL_X,
        _GL_W,
    )


def ats_loss_tan_delta(
    B_T, T, A, D_min, X_min, X_max, Gamma, omega, B_star_T=None, orientation="average"
):
    """ATS dielectric loss Delta tan delta(B), Eq. (61): (A/(4T)) x bracket.

    A = pi x_ATS P* p1^2/(eps_r eps0) in K (Table 7), Gamma in (s K^5)^-1 (rate multiplier,
    see ``ats_relaxation_rate``), omega in rad/s (not stated in the paper; the text says
    "about 10^3 Hz", l.292).
    """
    return (
        A
        / (4.0 * T)
        * ats_loss_bracket(B_T, T, D_min, X_min, X_max, Gamma, omega, B_star_T, orientation)
    )


# ============================================================================ fit models
#: Names of the fit models (digitized-series sidecar ``model:``) and their parameters, named
#: as the columns of data/raw/magnetic_tunneling/tables/table05-07.csv.
FIT_MODELS = {
    "ats_delta_epsilon": ("A", "D_min_K", "X_min_K_A2", "X_max_K_A2"),
    "ats_loss": ("A", "D_min_K", "X_min_K_A2", "X_max_K_A2", "Gamma_per_s_K5", "offset"),
}


def fit_model(name, T_K, omega=None, orientation_average=True, B_star_T=None):
    """Model ``f(B_T, **params)`` for the fit engine (coldglass.fitting).

    "ats_delta_epsilon": Eq. (51), params A, D_min_K, X_min_K_A2, X_max_K_A2 (Tables 5, 6).
    "ats_loss": Eq. (61) plus a B-independent ``offset`` (the 2LS background of the
    measured loss, not modelled by the paper), params as Table 7 and ``offset``; needs omega.
    """
    orientation = "average" if orientation_average else "none"
    if name == "ats_delta_epsilon":

        def model(B, A, D_min_K, X_min_K_A2, X_max_K_A2):
            return ats_delta_epsilon(
                B, T_K, A, D_min_K, X_min_K_A2, X_max_K_A2, B_star_T, orientation
            )

        return model
    if name == "ats_loss":
        if omega is None:
            raise ValueError("ats_loss needs omega")

        def model(B, A, D_min_K, X_min_K_A2, X_max_K_A2, Gamma_per_s_K5, offset=0.0):
            return offset + ats_loss_tan_delta(
                B,
                T_K,
                A,
                D_min_K,
                X_min_K_A2,
                X_max_K_A2,
                Gamma_per_s_K5,
                omega,
                B_star_T,
                orientation,
            )

        return model
    raise ValueError(f"unknown fit model {name!r}; known: {sorted(FIT_MODELS)}")
