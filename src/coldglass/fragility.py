"""Fragility, Vogel-Fulcher kinetics and barrier-height fluctuations in RFOT.

Lubchenko & Wolynes review (arXiv:cond-mat/0506708, key ``quantum_theory``),
Sec. II (l.79-230), with the constants of :mod:`coldglass.rfot`.

Conventions
-----------
Energies in units of k_B T (barriers) or k_B T_g; entropies and heat-capacity jumps
per bead in units of k_B (``delta_cp_over_kB``; per mole of beads this is Delta c_p/R).
``tau_over_tau0`` is tau(T_g)/tau_0, with Lambda = ln(tau_over_tau0) = F^ddagger(T_g)/k_B T_g
= 39.14 for the "1 hr ~ 1e17 tau_0" time scale of l.180 (:func:`coldglass.rfot.log_time_ratio`).
The constants D Delta c_p = 32.09 k_B, m(D), delta F/F(D) are in :mod:`coldglass.rfot`
(``vogel_fulcher_coefficient``, ``fragility_index``, ``fragility_d_from_index``,
``barrier_relative_width``); this module builds the fragility physics on them.

Physics, by section
-------------------
* Vogel-Fulcher law (Eq. 1, l.87): tau = tau_0 exp[D T_0/(T - T_0)]; with the linear
  configurational entropy s_c = Delta c_p (T - T_K)/T_K (l.97) and the barrier
  F^ddagger = gamma^2/(4 s_c T) (Eq. 7) with gamma = (3/2) sqrt(3 pi) k_B T L (l.178),
  the law is exactly VF with T_0 = T_K and D = (27 pi/16) L^2 k_B/Delta c_p, "D = 32 R/
  Delta c_p" (l.178).
* Fragility index m = (1/T_g) d log10 tau / d(1/T) at T_g (l.219; the Fig. 5 caption,
  l.187, prints it garbled as T[...]).  For VF normalised by F^ddagger(T_g) = Lambda k_B T_g:
  m = (Lambda/ln 10) (1 + Lambda/D) = (Lambda/ln 10)(1 + Delta c_p/s_c(T_g)).
* Barrier fluctuations (l.195): delta F^ddagger/F^ddagger = 1/(2 sqrt D) in the Gaussian
  approximation (Xia & Wolynes 2001a).  The relaxation function is the barrier average
  phi(t) = <exp(-t/tau(F))>, tau(F) = tau_0 exp(F/k_B T); Fig. 6 (caption l.202) shows a
  Gaussian distribution and one truncated at its most probable value (the part above it
  replaced by a narrow peak of the same area).  Heavy kernels are numba ``@njit(cache=True)``.
* Stretched exponential exp[-(t/tau_K)^beta] (l.195), fitted by least squares.
* Vanilla RFOT temperature dependence (no barrier softening; l.204):
  tau = tau_micro exp[gamma^2/(4 T^2 s_c(T))], with N^*(T) = (gamma/(T s_c))^2 (l.189),
  xi = a N^*^(1/3), N^ddagger = (gamma/(2 s_c T))^2 (l.162) and the droplet radius
  r^ddagger = a (3 N^ddagger/(4 pi))^(1/3).  The barrier-softening theory of the
  Lubchenko-Wolynes 2003b fit in Fig. 7 is not given in this paper.
"""

import math

import numpy as np
from numba import njit

from coldglass import rfot

__all__ = [
    "vanilla_temperature_at",
    "vf_coefficient",
    "heat_capacity_jump_from_D",
    "kauzmann_temperature_ratio",
    "configurational_entropy",
    "strong_limit_fragility",
    "thermodynamic_fragility",
    "heat_capacity_jump_from_fragility",
    "fragility_index_numerical",
    "barrier_width_kT",
    "relaxation_function",
    "mean_relaxation_time",
    "log_time_grid",
    "time_at_level",
    "fit_time_grid",
    "stretched_exponential",
    "fit_stretched_exponential",
    "stretching_exponent",
    "vanilla_barrier_kT",
    "vanilla_log10_viscosity",
    "vanilla_cooperative_size",
    "vanilla_xi_over_a",
    "vanilla_transition_state_size",
    "vanilla_r_ddagger_over_a",
]

_LN10 = math.log(10.0)


# ---------------------------------------------------------------------------------------
# Vogel-Fulcher coefficient and the heat-capacity jump (l.97, l.178)
# ---------------------------------------------------------------------------------------


def vf_coefficient(delta_cp_over_kB, lindemann_ratio=rfot.LINDEMANN_RATIO):
    """Fragility D = 32.09 k_B/Delta c_p (l.178), Delta c_p per bead in units of k_B.

    The constant (27 pi/16) L^2 is :func:`coldglass.rfot.vogel_fulcher_coefficient`.
    """
    return rfot.vogel_fulcher_coefficient(lindemann_ratio) / np.asarray(delta_cp_over_kB, float)


def heat_capacity_jump_from_D(D, lindemann_ratio=rfot.LINDEMANN_RATIO):
    """Inverse of :func:`vf_coefficient`: Delta c_p/k_B per bead = 32.09/D.

    Notes: D Delta c_p = 32.09 k_B, the "D = 32 R/Delta c_p" of l.178 (Sec. II).
    """
    return rfot.vogel_fulcher_coefficient(lindemann_ratio) / np.asarray(D, float)


def kauzmann_temperature_ratio(D, tau_over_tau0=rfot.TAU_OVER_TAU0_AT_TG):
    """T_K/T_g for VF with T_0 = T_K and D T_K/(T_g - T_K) = Lambda: Lambda/(D + Lambda).

    Notes: the Vogel-Fulcher law, Eq. (1) (l.87), with T_0 = T_K (l.91, l.97).
    """
    lam = rfot.log_time_ratio(tau_over_tau0)
    return lam / (np.asarray(D, float) + lam)


def configurational_entropy(
    T_over_Tg, D, lindemann_ratio=rfot.LINDEMANN_RATIO, tau_over_tau0=rfot.TAU_OVER_TAU0_AT_TG
):
    """s_c(T)/k_B = Delta c_p (T - T_K)/T_K (l.97) with Delta c_p = 32.09 k_B/D, T_K from D.

    At T = T_g this is (27 pi/16) L^2/Lambda = s_c(T_g) of :mod:`coldglass.rfot` (0.82,
    l.180), independent of D: the "universal s_c(T_g)" of vanilla RFOT.
    """
    tk = kauzmann_temperature_ratio(D, tau_over_tau0)
    dcp = heat_capacity_jump_from_D(D, lindemann_ratio)
    return dcp * (np.asarray(T_over_Tg, float) - tk) / tk


# ---------------------------------------------------------------------------------------
# Kinetic fragility index m (l.187, l.219) and its relation to D
# ---------------------------------------------------------------------------------------


def strong_limit_fragility(tau_over_tau0=rfot.TAU_OVER_TAU0_AT_TG):
    """m_min = Lambda/ln 10, the D -> infinity (Arrhenius) limit of
    :func:`coldglass.rfot.fragility_index`; 17.0 for tau_g/tau_0 = 1e17.

    Notes: the fragility index of l.219 (Fig. 5 caption, l.187) in the Arrhenius limit.
    """
    return rfot.fragility_index(np.inf, tau_over_tau0)


def thermodynamic_fragility(
    delta_cp_over_kB, lindemann_ratio=rfot.LINDEMANN_RATIO, tau_over_tau0=rfot.TAU_OVER_TAU0_AT_TG
):
    """RFOT m from calorimetry: m = (Lambda/ln 10)(1 + Delta c_p(T_g)/s_c(T_g)).

    Delta c_p per bead in k_B; s_c(T_g) = gamma^2/(4 Lambda) from Eq. 7 at T_g (l.180).
    This is :func:`coldglass.rfot.fragility_index` (m(D) of the VF law, l.219) at
    D = 32.09 k_B/Delta c_p (l.178): the theory axis of Fig. 5.  The caption's
    m_theor ~ Delta c_p T_g/(Delta H_m s_c^2) counts beads per molecule from the fusion
    entropy (l.187, l.228).
    """
    D = vf_coefficient(delta_cp_over_kB, lindemann_ratio)
    return rfot.fragility_index(D, tau_over_tau0)


def heat_capacity_jump_from_fragility(
    m, lindemann_ratio=rfot.LINDEMANN_RATIO, tau_over_tau0=rfot.TAU_OVER_TAU0_AT_TG
):
    """Inverse of :func:`thermodynamic_fragility`: Delta c_p(T_g)/k_B per bead =
    s_c(T_g) (m ln 10/Lambda - 1); NaN below the strong limit m < Lambda/ln 10.

    Notes: Eq. 7 at T_g (l.180) and the fragility index of l.219.
    """
    lam = rfot.log_time_ratio(tau_over_tau0)
    sc = rfot.configurational_entropy_at_tg(lindemann_ratio, tau_over_tau0)
    x = np.asarray(m, float) * _LN10 / lam - 1.0
    return np.where(x >= 0, sc * x, np.nan)


def fragility_index_numerical(log10_tau, T_g, rel_step=1e-4):
    """m = (1/T_g) d log10 tau/d(1/T) at T = T_g by a five-point stencil in x = 1/T.

    ``log10_tau(T)`` is a callable; the Fig. 5 caption definition (l.187, l.219), used to
    check the closed forms above independently.
    """
    x0 = 1.0 / T_g
    h = rel_step * x0
    f = [log10_tau(1.0 / (x0 + k * h)) for k in (-2, -1, 1, 2)]
    deriv = (f[0] - 8.0 * f[1] + 8.0 * f[2] - f[3]) / (12.0 * h)
    return deriv / T_g


# ---------------------------------------------------------------------------------------
# Barrier distribution and the relaxation function (l.195, Fig. 6)
# ---------------------------------------------------------------------------------------


def barrier_width_kT(
    D, lindemann_ratio=rfot.LINDEMANN_RATIO, tau_over_tau0=rfot.TAU_OVER_TAU0_AT_TG
):
    """sigma = delta F^ddagger/k_B T at T_g = Lambda delta F/F = Lambda/(2 sqrt D).

    delta F^ddagger/F^ddagger from :func:`coldglass.rfot.barrier_relative_width` (l.195,
    printed 1/(2 sqrt D)) and F^ddagger(T_g) = Lambda k_B T_g (l.180).  Array-valued.
    """
    rel = np.vectorize(rfot.barrier_relative_width, otypes=[float])(
        np.asarray(D, float), lindemann_ratio, tau_over_tau0
    )
    out = rfot.log_time_ratio(tau_over_tau0) * rel
    return out[()] if np.ndim(out) == 0 else out


_GL_X, _GL_W = np.polynomial.legendre.leggauss(20)
_INV_SQRT_2PI = 1.0 / math.sqrt(2.0 * math.pi)
#: Half-width of the integration range around the integrand's peak (e^{-72} cut-off).
_X_CUT = 12.0


@njit(cache=True)
def _integrand(x, log_t, sigma):
    """Standard-normal density times exp(-t e^{-sigma x}); x = (F - F_mean)/delta F."""
    u = log_t - sigma * x
    if u > 700.0:
        return 0.0
    return _INV_SQRT_2PI * math.exp(-0.5 * x * x - math.exp(u))


_GL10_X, _GL10_W = np.polynomial.legendre.leggauss(10)


@njit(cache=True)
def _gl_panel(a, b, log_t, sigma, xs, ws, xs10, ws10):
    """(20-point, 10-point) Gauss-Legendre estimates of the integral over [a, b]."""
    half = 0.5 * (b - a)
    mid = 0.5 * (b + a)
    s20 = 0.0
    for k in range(xs.size):
        s20 += ws[k] * _integrand(mid + half * xs[k], log_t, sigma)
    s10 = 0.0
    for k in range(xs10.size):
        s10 += ws10[k] * _integrand(mid + half * xs10[k], log_t, sigma)
    return s20 * half, s10 * half


@njit(cache=True)
def _adaptive_integral(breaks, log_t, sigma, xs, ws, xs10, ws10, epsrel, epsabs):
    """Adaptive Gauss-Legendre quadrature of :func:`_integrand` over [breaks[0], breaks[-1]].

    Each panel is integrated with 20 and 10 points; it is accepted when the two agree to
    max(epsabs, epsrel |I|) times its share of the interval (I from the first pass over the
    initial panels ``breaks``), or to the rounding level of the integrand (2e-13 of the
    panel's value: exp(-x^2/2 - t e^{-sigma x}) carries |exponent| * 1e-16 relative
    rounding); otherwise it is bisected.  The 20-point value is kept, so the error is
    normally far below the 10-point estimate used in the test.
    """
    a = breaks[0]
    b = breaks[breaks.size - 1]
    if b <= a:
        return 0.0
    cap = 600
    stack_a = np.empty(cap)
    stack_b = np.empty(cap)
    stack_20 = np.empty(cap)
    stack_10 = np.empty(cap)
    n = 0
    coarse = 0.0
    for k in range(breaks.size - 1):
        if breaks[k + 1] <= breaks[k]:
            continue
        v20, v10 = _gl_panel(breaks[k], breaks[k + 1], log_t, sigma, xs, ws, xs10, ws10)
        coarse += v20
        stack_a[n] = breaks[k]
        stack_b[n] = breaks[k + 1]
        stack_20[n] = v20
        stack_10[n] = v10
        n += 1
    tol = max(epsabs, epsrel * abs(coarse), 1e-300)
    total = 0.0
    length = b - a
    while n > 0:
        n -= 1
        pa = stack_a[n]
        pb = stack_b[n]
        v20 = stack_20[n]
        err = abs(v20 - stack_10[n])
        if (
            err <= tol * (pb - pa) / length
            or err <= 2e-13 * abs(v20)
            or n + 2 > cap - 2
            or (pb - pa) < 1e-12
        ):
            total += v20
        else:
            pm = 0.5 * (pa + pb)
            l20, l10 = _gl_panel(pa, pm, log_t, sigma, xs, ws, xs10, ws10)
            r20, r10 = _gl_panel(pm, pb, log_t, sigma, xs, ws, xs10, ws10)
            stack_a[n] = pa
            stack_b[n] = pm
            stack_20[n] = l20
            stack_10[n] = l10
            stack_a[n + 1] = pm
            stack_b[n + 1] = pb
            stack_20[n + 1] = r20
            stack_10[n + 1] = r10
            n += 2
    return total


@njit(cache=True)
def _integrand_peak(log_t, sigma):
    """x_p > 0 maximising -x^2/2 - t e^{-sigma x} (log-concave): root of
    h(x) = x - sigma t e^{-sigma x}.  h is increasing and concave, so Newton's method
    converges monotonically from the left after at most one step."""
    x = max(log_t / sigma, 0.0)
    for _ in range(200):
        e = sigma * math.exp(min(log_t - sigma * x, 700.0))
        step = (x - e) / (1.0 + sigma * e)
        x -= step
        if abs(step) <= 1e-14 * (1.0 + abs(x)):
            break
    return x


@njit(cache=True)
def _peak_breaks(xp, w, lower, upper, out):
    """Fill ``out`` with lower < ... < upper cut at xp -+ 4^k w (k = 0, 1, ...); return count."""
    n = 0
    out[n] = lower
    n += 1
    k = 30
    while k >= 0:  # left side, far to near
        x = xp - w * 4.0**k
        if lower < x < upper and x > out[n - 1]:
            out[n] = x
            n += 1
        k -= 1
    if lower < xp < upper and xp > out[n - 1]:
        out[n] = xp
        n += 1
    for k in range(31):  # right side, near to far
        x = xp + w * 4.0**k
        if lower < x < upper and x > out[n - 1]:
            out[n] = x
            n += 1
    if upper > out[n - 1]:
        out[n] = upper
        n += 1
    return n


@njit(cache=True)
def _relaxation_grid(log_t, sigma, truncated, xs, ws, xs10, ws10, epsrel, epsabs):
    """phi(t) for every (sigma_j, t_i); rows follow ``sigma``, columns ``log_t``.

    The integrand exp(-x^2/2 - t e^{-sigma x}) is log-concave with curvature >= 1, so it
    is below e^{-72} of its peak value outside x_p +- 12: the integration range.  The
    curvature at the peak is 1 + sigma x_p; the initial panels are cut geometrically at
    x_p +- 4^k w, w = (1 + sigma x_p)^(-1/2) (for the truncated case with x_p > 0, around
    the end point x = 0, on the scale of its log-slope sigma t), so that no initial panel is
    much wider than its distance to the peak.
    """
    out = np.empty((sigma.size, log_t.size))
    breaks = np.empty(64)
    for j in range(sigma.size):
        s = sigma[j]
        for i in range(log_t.size):
            lt = log_t[i]
            if s == 0.0:
                out[j, i] = math.exp(-math.exp(lt)) if lt < 700.0 else 0.0
                continue
            xp = _integrand_peak(lt, s)
            w = 1.0 / math.sqrt(1.0 + s * xp)
            lower = xp - _X_CUT
            upper = 0.0 if truncated else xp + _X_CUT
            if truncated and xp > 0.0:
                # the integrand rises up to the end point x = 0 with log-slope sigma t and
                # log-curvature -(1 + sigma^2 t) there: cut the panels on that scale
                lower = -_X_CUT
                xp = 0.0
                st = s * math.exp(min(lt, 700.0))
                w = 1.0 / max(math.sqrt(1.0 + s * st), st)
            nb = _peak_breaks(xp, w, lower, upper, breaks)
            val = _adaptive_integral(breaks[:nb], lt, s, xs, ws, xs10, ws10, epsrel, epsabs)
            if truncated:
                val += 0.5 * (math.exp(-math.exp(lt)) if lt < 700.0 else 0.0)
            out[j, i] = val
    return out


def relaxation_function(t, sigma, distribution="gaussian", epsrel=1e-12, epsabs=0.0):
    """Barrier-averaged relaxation phi(t) = <exp[-t e^{-(F - F_mode)/k_B T}]> (l.195, Fig. 6).

    Parameters
    ----------
    t : array
        Time in units of tau(F_mode) = tau_0 exp(F_mode/k_B T), the relaxation time at the
        most probable barrier (which is the mean for the Gaussian).
    sigma : float or array
        Width delta F^ddagger/k_B T of the Gaussian barrier distribution
        (:func:`barrier_width_kT`).
    distribution : "gaussian" or "truncated"
        "truncated" replaces the part of the Gaussian above its most probable value by a
        delta peak of the same area (1/2) at that value (Fig. 6 caption, l.202):
        phi = int_{-inf}^0 N(x) exp(-t e^{-sigma x}) dx + exp(-t)/2.

    Returns an array of shape (len(sigma), len(t)) (squeezed for scalar sigma).
    Evaluated by a numba adaptive Gauss-Legendre kernel (relative accuracy ~1e-12).
    """
    if distribution not in ("gaussian", "truncated"):
        raise ValueError(f"distribution must be 'gaussian' or 'truncated', not {distribution!r}")
    t = np.atleast_1d(np.asarray(t, float))
    if np.any(t <= 0):
        raise ValueError("t must be positive")
    sig = np.atleast_1d(np.asarray(sigma, float))
    if np.any(sig < 0):
        raise ValueError("sigma must be >= 0")
    out = _relaxation_grid(
        np.log(t),
        sig,
        distribution == "truncated",
        _GL_X,
        _GL_W,
        _GL10_X,
        _GL10_W,
        float(epsrel),
        float(epsabs),
    )
    return out[0] if np.ndim(sigma) == 0 else out


def mean_relaxation_time(sigma, distribution="gaussian"):
    """<tau>/tau(F_mode) = int_0^inf phi(t) dt, in closed form (reference for the kernel).

    Gaussian: exp(sigma^2/2); truncated: exp(sigma^2/2) Phi(-sigma) + 1/2, with Phi the
    standard normal CDF.

    Notes: the barrier average of l.195 (Fig. 6, caption l.202).
    """
    sigma = np.asarray(sigma, float)
    if distribution == "gaussian":
        return np.exp(0.5 * sigma**2)
    if distribution == "truncated":
        from scipy.special import ndtr  # noqa: PLC0415 (only this branch needs scipy)

        return np.exp(0.5 * sigma**2) * ndtr(-sigma) + 0.5
    raise ValueError(distribution)


def log_time_grid(sigma, n, span=3.0, pad=6.0):
    """Log-spaced t grid covering the decay of phi for width sigma: ln t in +-(span sigma + pad).

    Notes: the time axis of Fig. 6 (barrier-averaged relaxation, l.195).
    """
    half = span * float(sigma) + pad
    return np.exp(np.linspace(-half, half, int(n)))


def time_at_level(level, sigma, distribution="gaussian", epsrel=1e-12):
    """The time t (in tau(F_mode)) at which phi(t) = level, by bisection on ln t.

    phi decreases monotonically from 1 to 0; the bracket is ln t in +-(4 sigma + 40).

    Notes: phi(t) of Fig. 6 (l.195, caption l.202).
    """
    if not 0.0 < level < 1.0:
        raise ValueError("level must be inside (0, 1)")
    lo, hi = -(4.0 * sigma + 40.0), 4.0 * sigma + 40.0
    for _ in range(60):
        mid = 0.5 * (lo + hi)
        if relaxation_function([math.exp(mid)], sigma, distribution, epsrel)[0] > level:
            lo = mid
        else:
            hi = mid
    return math.exp(0.5 * (lo + hi))


def fit_time_grid(sigma, n, distribution="gaussian", window=(0.02, 0.98), epsrel=1e-12):
    """n log-spaced times from phi = window[1] to phi = window[0]: the KWW fit points.

    The window ends are found by :func:`time_at_level`, so the fitted range moves
    continuously with sigma (no grid points entering or leaving the window).

    Notes: the fit window of the stretching exponent beta(D) of Fig. 6 (l.195).
    """
    t_lo = time_at_level(window[1], sigma, distribution, epsrel)
    t_hi = time_at_level(window[0], sigma, distribution, epsrel)
    return np.geomspace(t_lo, t_hi, int(n))


# ---------------------------------------------------------------------------------------
# Stretched exponential (l.195)
# ---------------------------------------------------------------------------------------


def stretched_exponential(t, tau, beta):
    """Kohlrausch-Williams-Watts exp[-(t/tau)^beta] (l.195)."""
    return np.exp(-((np.asarray(t, float) / tau) ** beta))


def fit_stretched_exponential(t, phi, window=(0.02, 0.98)):
    """Least-squares fit of exp[-(t/tau)^beta] to phi(t) on the points with
    window[0] <= phi <= window[1]; returns (tau, beta).

    The residual is phi_model - phi on the given (log-spaced) times, fitted in
    (ln tau, beta) with ``scipy.optimize.least_squares``; the start is the linear fit of
    ln(-ln phi) against ln t.

    Notes: the Kohlrausch-Williams-Watts form of l.195, fitted for Fig. 6.
    """
    from scipy.optimize import least_squares  # noqa: PLC0415

    t = np.asarray(t, float)
    phi = np.asarray(phi, float)
    sel = (phi >= window[0]) & (phi <= window[1])
    if sel.sum() < 3:
        raise ValueError("fewer than 3 points of phi inside the fit window")
    ts, ps = t[sel], phi[sel]
    slope, icpt = np.polyfit(np.log(ts), np.log(-np.log(ps)), 1)
    beta0 = float(np.clip(slope, 0.02, 1.5))
    ltau0 = -icpt / beta0

    def resid(p):
        return np.exp(-np.exp(p[1] * (np.log(ts) - p[0]))) - ps

    sol = least_squares(
        resid,
        x0=[ltau0, beta0],
        bounds=([-np.inf, 1e-3], [np.inf, 3.0]),
        xtol=1e-14,
        ftol=1e-14,
        gtol=1e-14,
    )
    return float(np.exp(sol.x[0])), float(sol.x[1])


def stretching_exponent(
    D,
    distribution="gaussian",
    tau_over_tau0=rfot.TAU_OVER_TAU0_AT_TG,
    n_t=400,
    window=(0.02, 0.98),
    epsrel=1e-12,
    return_tau=False,
):
    """beta(D) of Fig. 6: fit exp[-(t/tau)^beta] to the barrier-averaged phi(t).

    sigma = Lambda/(2 sqrt D) (l.195, l.180); phi from :func:`relaxation_function` on the
    n_t log-spaced times of :func:`fit_time_grid` spanning window[1] >= phi >= window[0];
    fit by :func:`fit_stretched_exponential` (residuals in phi).  The protocol (window,
    grid) is our reconstruction: Xia & Wolynes (2001a) do not state theirs in this paper.
    Returns an array like ``D`` (and tau_KWW/tau(F_mode) if ``return_tau``).
    """
    D_arr = np.atleast_1d(np.asarray(D, float))
    sig = barrier_width_kT(D_arr, tau_over_tau0=tau_over_tau0)
    betas = np.empty(D_arr.size)
    taus = np.empty(D_arr.size)
    for k, s in enumerate(sig):
        t = fit_time_grid(s, n_t, distribution, window, epsrel)
        phi = relaxation_function(t, s, distribution, epsrel)
        taus[k], betas[k] = fit_stretched_exponential(t, phi, (0.0, 1.0))
    if np.ndim(D) == 0:
        return (betas[0], taus[0]) if return_tau else betas[0]
    return (betas, taus) if return_tau else betas


# ---------------------------------------------------------------------------------------
# Vanilla RFOT temperature dependence (l.204; Fig. 7 approximation)
# ---------------------------------------------------------------------------------------


def vanilla_barrier_kT(
    T_over_Tg, D, lindemann_ratio=rfot.LINDEMANN_RATIO, tau_over_tau0=rfot.TAU_OVER_TAU0_AT_TG
):
    """F^ddagger/k_B T = gamma^2/(4 (k_B T)^2 s_c(T)) (Eq. 7, l.204) = D T_K/(T - T_K).

    gamma/(k_B T) = (3/2) sqrt(3 pi) L (l.178); s_c(T) from :func:`configurational_entropy`.
    Infinite at and below T_K.
    """
    sc = configurational_entropy(T_over_Tg, D, lindemann_ratio, tau_over_tau0)
    g = rfot.mismatch_coefficient(lindemann_ratio)
    with np.errstate(divide="ignore"):
        return np.where(sc > 0, g**2 / (4.0 * np.where(sc > 0, sc, 1.0)), np.inf)


def vanilla_log10_viscosity(
    T_over_Tg,
    D,
    log10_eta_micro,
    lindemann_ratio=rfot.LINDEMANN_RATIO,
    tau_over_tau0=rfot.TAU_OVER_TAU0_AT_TG,
):
    """log10 eta = log10 eta_micro + F^ddagger/(k_B T ln 10): eta proportional to tau (l.204).

    eta_micro is the barrier-free viscosity, "around a centipoise for all liquids" (l.211).
    """
    return (
        log10_eta_micro + vanilla_barrier_kT(T_over_Tg, D, lindemann_ratio, tau_over_tau0) / _LN10
    )


def vanilla_temperature_at(log10_eta, D, log10_eta_micro, tau_over_tau0=rfot.TAU_OVER_TAU0_AT_TG):
    """T/T_g at which the vanilla viscosity reaches ``log10_eta`` (inverse of
    :func:`vanilla_log10_viscosity`).

    Parameters
    ----------
    log10_eta : float or array_like
        Target log10 viscosity, above ``log10_eta_micro``.
    D : float
        Vogel-Fulcher fragility parameter.
    log10_eta_micro : float
        Barrier-free viscosity (l.211: about a centipoise).
    tau_over_tau0 : float
        tau/tau_0 at T_g (l.180).

    Returns
    -------
    numpy.ndarray
        T/T_g = (T_K/T_g)(1 + D/b) with b = ln 10 (log10_eta - log10_eta_micro) the barrier in
        k_B T (the VF form F/k_BT = D T_K/(T - T_K) of :func:`vanilla_barrier_kT`).

    Notes
    -----
    Used for Fig. 7: T_cr, where the activated part exceeds eta_micro by the three decades
    the paper calls collisional (l.211), and the temperature at which the vanilla curve has
    spanned the paper's 16-17 decades.
    """
    barrier = _LN10 * (np.asarray(log10_eta, float) - log10_eta_micro)
    return kauzmann_temperature_ratio(D, tau_over_tau0) * (1.0 + np.asarray(D, float) / barrier)


def vanilla_cooperative_size(
    T_over_Tg, D, lindemann_ratio=rfot.LINDEMANN_RATIO, tau_over_tau0=rfot.TAU_OVER_TAU0_AT_TG
):
    """N^*(T) = (gamma/(T s_c(T)))^2 from F(N^*) = 0 in Eq. 6 (l.189); 191 at T_g."""
    sc = configurational_entropy(T_over_Tg, D, lindemann_ratio, tau_over_tau0)
    return (rfot.mismatch_coefficient(lindemann_ratio) / sc) ** 2


def vanilla_xi_over_a(
    T_over_Tg, D, lindemann_ratio=rfot.LINDEMANN_RATIO, tau_over_tau0=rfot.TAU_OVER_TAU0_AT_TG
):
    """xi/a = N^*^(1/3) (l.189): the mosaic length, dashed line of Fig. 7 (right)."""
    return np.cbrt(vanilla_cooperative_size(T_over_Tg, D, lindemann_ratio, tau_over_tau0))


def vanilla_transition_state_size(
    T_over_Tg, D, lindemann_ratio=rfot.LINDEMANN_RATIO, tau_over_tau0=rfot.TAU_OVER_TAU0_AT_TG
):
    """N^ddagger = (gamma/(2 s_c T))^2 = N^*/4, the saddle of Eq. 6 (l.162)."""
    return 0.25 * vanilla_cooperative_size(T_over_Tg, D, lindemann_ratio, tau_over_tau0)


def vanilla_r_ddagger_over_a(
    T_over_Tg, D, lindemann_ratio=rfot.LINDEMANN_RATIO, tau_over_tau0=rfot.TAU_OVER_TAU0_AT_TG
):
    """r^ddagger/a = (3 N^ddagger/(4 pi))^(1/3): radius of a spherical droplet of N^ddagger
    beads (solid line of Fig. 7, right); the paper does not print the convention."""
    n = vanilla_transition_state_size(T_over_Tg, D, lindemann_ratio, tau_over_tau0)
    return np.cbrt(3.0 * n / (4.0 * math.pi))
