"""Fragility, Vogel-Fulcher kinetics and barrier-height fluctuations in RFOT.

Lubchenko & Wolynes review (seed 001_f0f1d8b79b002117.txt, key ``quantum_theory``),
Sec. II (l.79-230), with the constants of :mod:`coldglass.rfot`.

Conventions
-----------
Energies in units of k_B T (barriers) or k_B T_g; entropies and heat-capacity jumps
per bead in units of k_B (``delta_cp_over_kB``; per mole of beads this is Delta c_p/R).
``log_time_ratio`` is Lambda = ln(tau(T_g)/tau_0) = F^ddagger(T_g)/k_B T_g, 39.14 for the
"1 hr ~ 1e17 tau_0" time scale of l.180 (:func:`coldglass.rfot.log_time_ratio`).

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

#: "D = 32. R/Delta c_p", the printed coefficient (l.178).
VF_COEFFICIENT_PRINTED = 32.0
#: The droplet-growth mismatch coefficient gamma/(k_B T) is a constant, so the theory's D
#: is fixed by the Lindemann ratio alone (l.178).
_LN10 = math.log(10.0)


# ---------------------------------------------------------------------------------------
# Vogel-Fulcher coefficient and the heat-capacity jump (l.97, l.178)
# ---------------------------------------------------------------------------------------

def vf_coefficient_constant(lindemann_ratio=rfot.LINDEMANN_RATIO):
    """The number in D = (const) k_B/Delta c_p: (27 pi/16) L^2 (l.178); 32.09 at d_L/a = 0.1.

    From F^ddagger/k_B T = gamma^2/(4 (k_B T)^2 s_c) with gamma = (3/2) sqrt(3 pi) k_B T L
    and s_c = Delta c_p (T - T_K)/T_K this is D T_K/(T - T_K) with D = (27 pi/16) L^2/
    (Delta c_p/k_B).  The paper prints "32." (l.178).
    """
    gamma = rfot.mismatch_coefficient(lindemann_ratio)  # gamma/(k_B T)
    return gamma**2 / 4.0


def vf_coefficient(delta_cp_over_kB, lindemann_ratio=rfot.LINDEMANN_RATIO):
    """Fragility D = 32.09 k_B/Delta c_p (l.178), Delta c_p per bead in units of k_B."""
    return vf_coefficient_constant(lindemann_ratio) / np.asarray(delta_cp_over_kB, float)


def heat_capacity_jump_from_D(D, lindemann_ratio=rfot.LINDEMANN_RATIO):
    """Inverse of :func:`vf_coefficient`: Delta c_p/k_B per bead = 32.09/D."""
    return vf_coefficient_constant(lindemann_ratio) / np.asarray(D, float)


def kauzmann_temperature_ratio(D, log_time_ratio=None):
    """T_K/T_g for VF with T_0 = T_K and D T_K/(T_g - T_K) = Lambda: Lambda/(D + Lambda)."""
    lam = rfot.log_time_ratio() if log_time_ratio is None else log_time_ratio
    D = np.asarray(D, float)
    return lam / (D + lam)


def configurational_entropy(T_over_Tg, D, lindemann_ratio=rfot.LINDEMANN_RATIO,
                            log_time_ratio=None):
    """s_c(T)/k_B = Delta c_p (T - T_K)/T_K (l.97) with Delta c_p = 32.09 k_B/D, T_K from D.

    At T = T_g this is (27 pi/16) L^2/Lambda = s_c(T_g) of :mod:`coldglass.rfot` (0.82,
    l.180), independent of D: the "universal s_c(T_g)" of vanilla RFOT.
    """
    tk = kauzmann_temperature_ratio(D, log_time_ratio)
    dcp = heat_capacity_jump_from_D(D, lindemann_ratio)
    return dcp * (np.asarray(T_over_Tg, float) - tk) / tk


# ---------------------------------------------------------------------------------------
# Kinetic fragility index m (l.187, l.219) and its relation to D
# ---------------------------------------------------------------------------------------

def strong_limit_fragility(log_time_ratio=None):
    """m_min = Lambda/ln 10, the D -> infinity (Arrhenius) limit of m(D); 17.0 for 1e17."""
    lam = rfot.log_time_ratio() if log_time_ratio is None else log_time_ratio
    return lam / _LN10


def kinetic_fragility_from_D(D, log_time_ratio=None):
    """m = (1/T_g) d log10 tau/d(1/T)|_{T_g} for the VF law, normalised at T_g.

    tau = tau_0 exp[D T_0/(T - T_0)] with D T_0/(T_g - T_0) = Lambda gives
    m = (Lambda/ln 10)(1 + Lambda/D) (l.219 definition; not printed in the paper).
    """
    lam = rfot.log_time_ratio() if log_time_ratio is None else log_time_ratio
    D = np.asarray(D, float)
    return lam / _LN10 * (1.0 + lam / D)


def D_from_kinetic_fragility(m, log_time_ratio=None):
    """Inverse of :func:`kinetic_fragility_from_D`: D = Lambda^2/(m ln 10 - Lambda)."""
    lam = rfot.log_time_ratio() if log_time_ratio is None else log_time_ratio
    m = np.asarray(m, float)
    return lam**2 / (m * _LN10 - lam)


def thermodynamic_fragility(delta_cp_over_kB, lindemann_ratio=rfot.LINDEMANN_RATIO,
                            log_time_ratio=None):
    """RFOT m from calorimetry: m = (Lambda/ln 10)(1 + Delta c_p(T_g)/s_c(T_g)).

    Delta c_p per bead in k_B; s_c(T_g) = gamma^2/(4 Lambda) from Eq. 7 at T_g (l.180).
    This is :func:`kinetic_fragility_from_D` at D = 32.09 k_B/Delta c_p (l.178), the
    theory axis of Fig. 5; the caption's m_theor ~ Delta c_p T_g/(Delta H_m s_c^2) counts
    beads per molecule from the fusion entropy (l.187, l.228).
    """
    D = vf_coefficient(delta_cp_over_kB, lindemann_ratio)
    return kinetic_fragility_from_D(D, log_time_ratio)


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

def barrier_relative_width(D):
    """delta F^ddagger/F^ddagger = 1/(2 sqrt D), the Gaussian approximation of l.195."""
    return 0.5 / np.sqrt(np.asarray(D, float))


def barrier_width_kT(D, log_time_ratio=None):
    """sigma = delta F^ddagger/k_B T at T_g = Lambda/(2 sqrt D) (l.195 with F^ddagger(T_g) =
    Lambda k_B T_g, l.180)."""
    lam = rfot.log_time_ratio() if log_time_ratio is None else log_time_ratio
    return lam * barrier_relative_width(D)


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


@njit(cache=True)
def _gl_panel(a, b, log_t, sigma, xs, ws):
    half = 0.5 * (b - a)
    mid = 0.5 * (b + a)
    s = 0.0
    for k in range(xs.size):
        s += ws[k] * _integrand(mid + half * xs[k], log_t, sigma)
    return s * half


@njit(cache=True)
def _adaptive_integral(a, b, split, log_t, sigma, xs, ws, epsrel, epsabs):
    """Adaptive 20-point Gauss-Legendre quadrature on [a, b] with a breakpoint at ``split``.

    A panel is accepted when it agrees with the sum of its two halves to
    max(epsabs, epsrel |I|) times its share of the interval (I from a first coarse pass),
    or to the rounding level of its exponent (2e-13 of the panel's value: the integrand
    exp(-x^2/2 - t e^{-sigma x}) carries |exponent| * 1e-16 relative rounding error).
    """
    if b <= a:
        return 0.0
    # Coarse first pass on 8 panels (4 each side of the breakpoint) to fix the tolerance.
    pts = np.empty(9)
    if split > a and split < b:
        for k in range(5):
            pts[k] = a + (split - a) * k / 4.0
        for k in range(1, 5):
            pts[4 + k] = split + (b - split) * k / 4.0
    else:
        for k in range(9):
            pts[k] = a + (b - a) * k / 8.0
    stack_a = np.empty(400)
    stack_b = np.empty(400)
    stack_i = np.empty(400)
    n = 0
    coarse = 0.0
    for k in range(8):
        v = _gl_panel(pts[k], pts[k + 1], log_t, sigma, xs, ws)
        coarse += v
        stack_a[n] = pts[k]
        stack_b[n] = pts[k + 1]
        stack_i[n] = v
        n += 1
    tol = max(epsabs, epsrel * abs(coarse), 1e-300)
    total = 0.0
    length = b - a
    while n > 0:
        n -= 1
        pa = stack_a[n]
        pb = stack_b[n]
        whole = stack_i[n]
        pm = 0.5 * (pa + pb)
        left = _gl_panel(pa, pm, log_t, sigma, xs, ws)
        right = _gl_panel(pm, pb, log_t, sigma, xs, ws)
        err = abs(left + right - whole)
        if err <= tol * (pb - pa) / length or err <= 2e-13 * abs(left + right) \
                or n + 2 > 398 or (pb - pa) < 1e-12:
            total += left + right
        else:
            stack_a[n] = pa
            stack_b[n] = pm
            stack_i[n] = left
            stack_a[n + 1] = pm
            stack_b[n + 1] = pb
            stack_i[n + 1] = right
            n += 2
    return total


@njit(cache=True)
def _integrand_peak(log_t, sigma):
    """x_p > 0 maximising -x^2/2 - t e^{-sigma x} (log-concave): root of x = sigma t e^{-sigma x}."""
    hi = 1.0
    while hi - sigma * math.exp(min(log_t - sigma * hi, 700.0)) < 0.0:
        hi *= 2.0
    lo = 0.0
    for _ in range(60):
        mid = 0.5 * (lo + hi)
        if mid - sigma * math.exp(min(log_t - sigma * mid, 700.0)) < 0.0:
            lo = mid
        else:
            hi = mid
    return 0.5 * (lo + hi)


@njit(cache=True)
def _relaxation_grid(log_t, sigma, truncated, xs, ws, epsrel, epsabs):
    """phi(t) for every (sigma_j, t_i); rows follow ``sigma``, columns ``log_t``.

    The integrand exp(-x^2/2 - t e^{-sigma x}) is log-concave with curvature >= 1, so it
    is below e^{-72} of its peak value outside x_p +- 12: the integration range.
    """
    out = np.empty((sigma.size, log_t.size))
    for j in range(sigma.size):
        s = sigma[j]
        for i in range(log_t.size):
            lt = log_t[i]
            if s == 0.0:
                out[j, i] = math.exp(-math.exp(lt)) if lt < 700.0 else 0.0
                continue
            xp = _integrand_peak(lt, s)
            if truncated:
                upper = 0.0
                lower = min(xp, 0.0) - _X_CUT
            else:
                upper = xp + _X_CUT
                lower = xp - _X_CUT
            split = lt / s  # where t e^{-sigma x} = 1: the step of exp(-t e^{-sigma x})
            val = _adaptive_integral(lower, upper, split, lt, s, xs, ws, epsrel, epsabs)
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
    out = _relaxation_grid(np.log(t), sig, distribution == "truncated", _GL_X, _GL_W,
                           float(epsrel), float(epsabs))
    return out[0] if np.ndim(sigma) == 0 else out


def mean_relaxation_time(sigma, distribution="gaussian"):
    """<tau>/tau(F_mode) = int_0^inf phi(t) dt, in closed form (reference for the kernel).

    Gaussian: exp(sigma^2/2); truncated: exp(sigma^2/2) Phi(-sigma) + 1/2, with Phi the
    standard normal CDF.
    """
    sigma = np.asarray(sigma, float)
    if distribution == "gaussian":
        return np.exp(0.5 * sigma**2)
    if distribution == "truncated":
        from scipy.special import ndtr  # noqa: PLC0415 (only this branch needs scipy)
        return np.exp(0.5 * sigma**2) * ndtr(-sigma) + 0.5
    raise ValueError(distribution)


def log_time_grid(sigma, n, span=3.0, pad=6.0):
    """Log-spaced t grid covering the decay of phi for width sigma: ln t in +-(span sigma + pad)."""
    half = span * float(sigma) + pad
    return np.exp(np.linspace(-half, half, int(n)))


# ---------------------------------------------------------------------------------------
# Stretched exponential (l.195)
# ---------------------------------------------------------------------------------------

def stretched_exponential(t, tau, beta):
    """Kohlrausch-Williams-Watts exp[-(t/tau)^beta] (l.195)."""
    return np.exp(-(np.asarray(t, float) / tau) ** beta)


def fit_stretched_exponential(t, phi, window=(0.02, 0.98)):
    """Least-squares fit of exp[-(t/tau)^beta] to phi(t) on the points with
    window[0] <= phi <= window[1]; returns (tau, beta).

    The residual is phi_model - phi on the given (log-spaced) times, fitted in
    (ln tau, beta) with ``scipy.optimize.least_squares``; the start is the linear fit of
    ln(-ln phi) against ln t.
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

    sol = least_squares(resid, x0=[ltau0, beta0], bounds=([-np.inf, 1e-3], [np.inf, 3.0]),
                        xtol=1e-14, ftol=1e-14, gtol=1e-14)
    return float(np.exp(sol.x[0])), float(sol.x[1])


def stretching_exponent(D, distribution="gaussian", log_time_ratio=None, n_t=400,
                        window=(0.02, 0.98)):
    """beta(D) of Fig. 6: fit exp[-(t/tau)^beta] to the barrier-averaged phi(t).

    sigma = Lambda/(2 sqrt D) (l.195, l.180); phi from :func:`relaxation_function` on
    :func:`log_time_grid`; fit by :func:`fit_stretched_exponential`.  The protocol (window,
    grid) is our reconstruction: Xia & Wolynes (2001a) do not state theirs in this paper.
    Returns an array like ``D``.
    """
    D_arr = np.atleast_1d(np.asarray(D, float))
    sig = barrier_width_kT(D_arr, log_time_ratio)
    betas = np.empty(D_arr.size)
    for k, s in enumerate(sig):
        t = log_time_grid(s, n_t)
        phi = relaxation_function(t, s, distribution)
        betas[k] = fit_stretched_exponential(t, phi, window)[1]
    return betas[0] if np.ndim(D) == 0 else betas


# ---------------------------------------------------------------------------------------
# Vanilla RFOT temperature dependence (l.204; Fig. 7 approximation)
# ---------------------------------------------------------------------------------------

def vanilla_barrier_kT(T_over_Tg, D, lindemann_ratio=rfot.LINDEMANN_RATIO, log_time_ratio=None):
    """F^ddagger/k_B T = gamma^2/(4 (k_B T)^2 s_c(T)) (Eq. 7, l.204) = D T_K/(T - T_K).

    gamma/(k_B T) = (3/2) sqrt(3 pi) L (l.178); s_c(T) from :func:`configurational_entropy`.
    Infinite at and below T_K.
    """
    sc = configurational_entropy(T_over_Tg, D, lindemann_ratio, log_time_ratio)
    g = rfot.mismatch_coefficient(lindemann_ratio)
    with np.errstate(divide="ignore"):
        return np.where(sc > 0, g**2 / (4.0 * np.where(sc > 0, sc, 1.0)), np.inf)


def vanilla_log10_viscosity(T_over_Tg, D, log10_eta_micro, lindemann_ratio=rfot.LINDEMANN_RATIO,
                            log_time_ratio=None):
    """log10 eta = log10 eta_micro + F^ddagger/(k_B T ln 10): eta proportional to tau (l.204).

    eta_micro is the barrier-free viscosity, "around a centipoise for all liquids" (l.211).
    """
    return log10_eta_micro + vanilla_barrier_kT(T_over_Tg, D, lindemann_ratio,
                                                log_time_ratio) / _LN10


def vanilla_cooperative_size(T_over_Tg, D, lindemann_ratio=rfot.LINDEMANN_RATIO,
                             log_time_ratio=None):
    """N^*(T) = (gamma/(T s_c(T)))^2 from F(N^*) = 0 in Eq. 6 (l.189); 191 at T_g."""
    sc = configurational_entropy(T_over_Tg, D, lindemann_ratio, log_time_ratio)
    return (rfot.mismatch_coefficient(lindemann_ratio) / sc) ** 2


def vanilla_xi_over_a(T_over_Tg, D, lindemann_ratio=rfot.LINDEMANN_RATIO, log_time_ratio=None):
    """xi/a = N^*^(1/3) (l.189): the mosaic length, dashed line of Fig. 7 (right)."""
    return np.cbrt(vanilla_cooperative_size(T_over_Tg, D, lindemann_ratio, log_time_ratio))


def vanilla_transition_state_size(T_over_Tg, D, lindemann_ratio=rfot.LINDEMANN_RATIO,
                                  log_time_ratio=None):
    """N^ddagger = (gamma/(2 s_c T))^2 = N^*/4, the saddle of Eq. 6 (l.162)."""
    return 0.25 * vanilla_cooperative_size(T_over_Tg, D, lindemann_ratio, log_time_ratio)


def vanilla_r_ddagger_over_a(T_over_Tg, D, lindemann_ratio=rfot.LINDEMANN_RATIO,
                             log_time_ratio=None):
    """r^ddagger/a = (3 N^ddagger/(4 pi))^(1/3): radius of a spherical droplet of N^ddagger
    beads (solid line of Fig. 7, right); the paper does not print the convention."""
    n = vanilla_transition_state_size(T_over_Tg, D, lindemann_ratio, log_time_ratio)
    return np.cbrt(3.0 * n / (4.0 * math.pi))
