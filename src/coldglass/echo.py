"""Two-pulse polarization echoes of tunneling systems, with and without a magnetic field.

Jug, Bonfanti, Kob (2015) ("magnetic_tunneling"), Sec. 6, l.499-745: the echo of a
two-level system (Eqs. 62-67, the functions sigma, S, C of Eq. 77 and the dephasing
rate of Eqs. 78-79), the anomalous tunneling system (ATS) echo in a field (the
three-level transformation and Rabi frequency of Eqs. 68-72, the amplitude Delta A(phi)
of Eqs. 75-76, orientation-averaged, A = A_2LS + Delta A) and the integrated echo
amplitude (IEA) of glycerol (Eqs. 80-88).

Conventions
-----------
* Energies (E, D, D0 phi, cutoffs) and temperatures in kelvin (E/k_B); angular
  frequencies (omega_R, Omega_G, detuning omega_0 - omega, rates w) in rad/us; times
  (tau_1, tau_2, tau_12) in us. ``K_TO_PER_US`` = k_B/hbar converts an energy to rad/us.
* ATS cutoffs as in ``coldglass.ats``: ``X = D0 |q/e| S`` in K A^2 (Table 8), so that
  D0 phi = X s with s = ``ats.d0phi_kelvin(B, 1, orientation_average=False)`` in K per
  K A^2; the orientation of B with respect to S_Delta (angle beta, l.605) is averaged
  numerically, phi -> phi cos(beta) with cos(beta) uniform on [0, 1].
* The echo bracket of one system is S + iC (Eq. 67 at the echo centre). Eq. (62) prints
  the C-term with (omega_0 - omega)/Omega_G, Eqs. (67), (73), (77) with
  (omega_0 - omega)/Omega_R. The Bloch equations (tests) decide for Omega_G;
  ``c_form="printed"`` (Eq. 77, the form Table 8 was fitted with) and ``c_form="bloch"``
  are both available.
* Eq. (72): Omega_R = (p1 F0/hbar) sqrt((D0^2 phi^2 + k D^2)/(6 E^2)) with the printed
  k = 5/6; the transformed matrix elements of Eqs. (68)-(71), averaged over the
  orientations of the base triangle and of the asymmetries, give k = 1/2
  (``ats_rabi_matrix_element``; tests). ``rabi_k`` selects it.
* Phonon damping: tau^-1(E, D) of Eq. (55) is ``dielectric.ats_relaxation_rate`` with
  Table 8's Gamma^-1 (us K^5)^-1 as the multiplier (rate in us^-1), compiled with numba
  from the same source.
"""

from __future__ import annotations

import math

import numpy as np
from numba import njit

from coldglass import ats, units
from coldglass.dielectric import ats_relaxation_rate

__all__ = [
    "K_TO_PER_US",
    "DEBYE_KV_PER_M_TO_PER_US",
    "generalized_rabi",
    "spectral_function",
    "pulse_area_functions",
    "echo_bracket",
    "spectral_diffusion_rate",
    "two_pulse_signal",
    "damping_rate",
    "ats_rabi_frequency",
    "ats_rabi_matrix_element",
    "echo_parts",
    "echo_delta_amplitude",
    "echo_relative_amplitude",
    "relative_shape",
    "orientation_nodes",
    "FIT_MODELS",
    "table8_parameters",
    "fit_model",
    "spectral_delimiter",
    "dos_delimiter_convolution",
    "dmin_isotope_ratio",
    "cos_lorentz_integral",
    "cos_lorentz_integral_printed",
    "iea_remainder",
    "iea_remainder_printed",
    "iea_terms",
]

#: k_B / hbar in rad/us per kelvin (an energy E/k_B in K as an angular frequency).
K_TO_PER_US = units.K_B / units.HBAR * 1e-6
#: (1 Debye x 1 kV/m) / hbar in rad/us: p1 F0 of Table 8 as the bare Rabi frequency.
DEBYE_KV_PER_M_TO_PER_US = units.DEBYE * 1e3 / units.HBAR * 1e-6

_GL_X, _GL_W = np.polynomial.legendre.leggauss(10)
_GL8_X, _GL8_W = np.polynomial.legendre.leggauss(8)
_GL6_X, _GL6_W = np.polynomial.legendre.leggauss(6)


# ============================================================================ one system
@njit(cache=True)
def generalized_rabi(omega_R, detuning):
    """Generalized Rabi frequency Omega_G = sqrt(Omega_R^2 + (omega_0 - omega)^2).

    Parameters
    ----------
    omega_R, detuning : float or ndarray
        Resonant Rabi frequency and detuning omega_0 - omega (same unit, e.g. rad/us).

    Returns
    -------
    float or ndarray
        Omega_G in the unit of the inputs.

    Notes
    -----
    Below Eq. (64) (l.555) and below Eq. (73), Sec. 6.2.
    """
    return np.sqrt(omega_R * omega_R + detuning * detuning)


def spectral_function(omega_R, detuning):
    """Spectral function sigma = Omega_R^2 / (2 Omega_G^3) (times hbar: per unit energy).

    Parameters
    ----------
    omega_R, detuning : float or ndarray
        Rabi frequency and detuning omega_0 - omega (rad/us).

    Returns
    -------
    float or ndarray
        sigma in us/rad; its integral over the detuning is 1 (l.563).

    Notes
    -----
    Eq. (77) (sigma(E) = Omega_R^2 / (2 hbar Omega_G^3)) and l.563: it tends to
    delta(omega_0 - omega) for Omega_R << omega (the strict-resonance limit).
    """
    og = generalized_rabi(omega_R, detuning)
    return omega_R * omega_R / (2.0 * og * og * og)


def pulse_area_functions(omega_R, detuning, tau1, tau2, bloch=False):
    """The pulse-area functions S(theta_1, theta_2) and C(theta_1, theta_2).

    Parameters
    ----------
    omega_R, detuning : float or ndarray
        Rabi frequency and detuning omega_0 - omega (rad/us).
    tau1, tau2 : float
        Pulse lengths (us); the pulse areas are theta_i = Omega_G tau_i.
    bloch : bool
        False: C as printed in Eq. (77), -2 (omega_0 - omega)/Omega_R sin^2 sin^2;
        True: the ratio (omega_0 - omega)/Omega_G of Eq. (62), which the Bloch equations
        give (tests/test_echo.py).

    Returns
    -------
    (S, C) : tuple of float or ndarray
        S = sin(theta_1) sin^2(theta_2/2), C = -2 ratio sin^2(theta_1/2) sin^2(theta_2/2).

    Notes
    -----
    Eq. (77), Sec. 6.2; Eqs. (62)-(64) for the Omega_G form.
    """
    og = generalized_rabi(omega_R, detuning)
    s2 = np.sin(0.5 * og * tau2)
    s2 = s2 * s2
    h1 = np.sin(0.5 * og * tau1)
    ratio = detuning / (og if bloch else omega_R)
    return np.sin(og * tau1) * s2, -2.0 * ratio * h1 * h1 * s2


def echo_bracket(omega_R, detuning, tau1, tau2):
    """Complex echo amplitude of one two-level system at the echo centre, per unit polarization.

    Parameters
    ----------
    omega_R, detuning : float or ndarray
        Rabi frequency and detuning omega_0 - omega (rad/us).
    tau1, tau2 : float
        Pulse lengths (us).

    Returns
    -------
    complex or ndarray
        (Omega_R/Omega_G)^3 sin^2(theta_2/2) [sin theta_1 - 2i (omega_0 - omega)/Omega_G
        sin^2(theta_1/2)] = (Omega_R/Omega_G)^3 (S + iC) with the Omega_G form of C.

    Notes
    -----
    The bracket of Eqs. (62)-(64) (l.551) and of Eq. (67) at t = 2 tau_12 (l.569), times
    the thermal tanh(E/2k_BT) and the damping of Eqs. (78)-(79) elsewhere. The
    transverse Bloch vector of the echo is i times this (tests/test_echo.py).
    """
    og = generalized_rabi(omega_R, detuning)
    S, C = pulse_area_functions(omega_R, detuning, tau1, tau2, bloch=True)
    return (omega_R / og) ** 3 * (S + 1j * C)


def two_pulse_signal(t, omega_R, detunings, weights, tau1, tau2, tau12):
    """Macroscopic transverse polarization |<m_+>(t)| of an inhomogeneous 2LS ensemble.

    Parameters
    ----------
    t : array_like
        Times (us) from the start of pulse 1.
    omega_R : float
        Rabi frequency (rad/us).
    detunings, weights : array_like
        Detunings omega_0 - omega (rad/us) and their normalised weights.
    tau1, tau2, tau12 : float
        Pulse lengths and separation (us); pulse 2 starts at tau1 + tau12.

    Returns
    -------
    ndarray
        During the free evolution after pulse 1: the free-induction decay of the first
        pulse's coherence; after pulse 2: its echo component, i (Omega_R/Omega_G)^3 (S + iC)
        e^{i delta (t - t_e)}, refocused at t_e = tau1 + tau2 + 2 tau12 (l.569); NaN during
        the pulses.

    Notes
    -----
    Fig. 12 (l.505-510): pulse 1 tilts the Bloch vector by theta_1 = Omega_G tau_1 about
    (Omega_R, 0, delta)/Omega_G; its transverse part dephases (free-induction decay) and
    pulse 2 reverses the phases so that the echo forms at 2 tau_12_bar; the echo bracket is
    ``echo_bracket`` (Eqs. 62-67, tested against the Bloch equations).
    """
    t = np.asarray(t, dtype=float)
    d = np.asarray(detunings, dtype=float)
    w = np.asarray(weights, dtype=float)
    og = generalized_rabi(omega_R, d)
    nx, nz = omega_R / og, d / og
    th = og * tau1
    m1 = (1.0 - np.cos(th)) * nx * nz - 1j * np.sin(th) * nx  # m_+ after pulse 1
    t2 = tau1 + tau12
    t_e = tau1 + tau2 + 2.0 * tau12
    echo_amp = 1j * echo_bracket(omega_R, d, tau1, tau2)
    out = np.full(t.shape, np.nan)
    fid = (t >= tau1) & (t <= t2)
    out[fid] = np.abs(np.exp(1j * np.outer(t[fid] - tau1, d)) @ (w * m1))
    after = t >= t2 + tau2
    out[after] = np.abs(np.exp(1j * np.outer(t[after] - t_e, d)) @ (w * echo_amp))
    return out


def spectral_diffusion_rate(c_per_us_K, T):
    """Spectral-diffusion rate tau_phi^-1 = c T of the ATS (or of the 2LS).

    Parameters
    ----------
    c_per_us_K : float
        c_ATS (or c_ATS - c_2LS, Table 8) in (us K)^-1.
    T : float
        Temperature (K).

    Returns
    -------
    float
        tau_phi^-1 in us^-1.

    Notes
    -----
    Eq. (79), Sec. 6.2 (l.619); the echo decays as exp(-2 tau_12/tau_phi) (l.615).
    """
    return c_per_us_K * T


def damping_rate(E, D, T, c_per_us_K, gamma_inv):
    """Overall echo damping rate w(E, D) = tau_phi^-1 + tau^-1(E, D).

    Parameters
    ----------
    E, D : float or ndarray
        Gap and asymmetry energy (K).
    T : float
        Temperature (K).
    c_per_us_K : float
        Spectral-diffusion constant of Eq. (79), (us K)^-1.
    gamma_inv : float
        Table 8's Gamma^-1 in (us K^5)^-1, the multiplier of E^3 (E^2 - D^2/6) coth(E/2T).

    Returns
    -------
    float or ndarray
        w in us^-1.

    Notes
    -----
    Eq. (78) with Eq. (79) and the ATS phonon rate of Eq. (55) (the text's "Eq. (54)",
    l.603, is Eq. 55), ``dielectric.ats_relaxation_rate``.
    """
    return spectral_diffusion_rate(c_per_us_K, T) + ats_relaxation_rate(E, D, T, gamma_inv)


# ============================================================================ ATS, Eqs. 68-72
def ats_rabi_frequency(omega_1, d0phi, D, rabi_k=5.0 / 6.0):
    """Orientation-averaged ATS Rabi frequency of the effective two-level system.

    Parameters
    ----------
    omega_1 : float
        p1 F0 / hbar (rad/us), see ``DEBYE_KV_PER_M_TO_PER_US``.
    d0phi, D : float or ndarray
        D0 phi and D (K); E = sqrt(D^2 + D0^2 phi^2).
    rabi_k : float
        Coefficient of D^2: 5/6 as printed in Eq. (72); 1/2 from the transformed matrix
        elements (``ats_rabi_matrix_element``).

    Returns
    -------
    float or ndarray
        Omega_R = omega_1 sqrt((D0^2 phi^2 + k D^2) / (6 E^2)) (rad/us).

    Notes
    -----
    Eq. (72), Sec. 6.2 (l.593), with Eqs. (70)-(71).
    """
    e2 = D * D + d0phi * d0phi
    return omega_1 * np.sqrt((d0phi * d0phi + rabi_k * D * D) / (6.0 * e2))


def ats_rabi_matrix_element(D, D0, phi, n_psi=64):
    """Orientation-averaged |Omega_0|^2 from the three-level transformation, per (p1 F0/hbar)^2.

    Parameters
    ----------
    D : float
        Asymmetry scale sqrt(E_1^2 + E_2^2 + E_3^2) (same unit as D0), E_1 + E_2 + E_3 = 0.
    D0, phi : float
        Tunneling amplitude (D0 > 0) and Aharonov-Bohm phase of Eq. (6).
    n_psi : int
        Number of asymmetry directions E_k = sqrt(2/3) D cos(psi + 2 pi k/3) averaged
        (uniform psi: Eq. 10 depends on D only).

    Returns
    -------
    (omega0_sq, gap) : tuple of float
        overline{|Omega_0|^2} / (p1 F0/hbar)^2 and the mean lowest gap E_1 - E_0.

    Notes
    -----
    Eqs. (68)-(71), Sec. 6.2: S(phi) diagonalises Eq. (6) (numpy ``eigh``); A_01 =
    sum_k (-p_k.F0) S_0k S*_1k; the wells' dipoles p_k sit at the vertices of an
    equilateral triangle (|p_k| = p1) whose orientation is uniform in space, so that
    <(p_k.F)(p_l.F)> = F0^2 p_k.p_l / 3. The weak-field result is
    (x^2 + y^2/2)/(6 E^2) with the effective-2LS variables x = (2/sqrt3) D0 phi,
    y = sqrt(2/3) D of Eq. (9): Eq. (72) with k = 1/2 (the printed k is 5/6).
    """
    gram = np.full((3, 3), -0.5)
    np.fill_diagonal(gram, 1.0)
    om = 0.0
    gap = 0.0
    for psi in np.linspace(0.0, 2.0 * math.pi, n_psi, endpoint=False):
        e_k = math.sqrt(2.0 / 3.0) * D * np.cos(psi + 2.0 * math.pi * np.arange(3) / 3.0)
        w, v = np.linalg.eigh(ats.hamiltonian(*e_k, D0, phi))
        m = v[:, 0].conj() * v[:, 1]  # S_0k S*_1k (rows of S = eigenvectors), up to phase
        om += float(np.real(m @ gram @ m.conj())) / 3.0
        gap += w[1] - w[0]
    return om / n_psi, gap / n_psi


# ---------------------------------------------------------------------------- kernel
_rate_nb = njit(cache=True)(ats_relaxation_rate)
_pulse_nb = njit(cache=True)(pulse_area_functions)
_rabi_nb = njit(cache=True)(ats_rabi_frequency)


@njit(cache=True)
def _integrand(E, c, D, p):
    """Integrand of Eq. (76) per unit v = ln(D0 phi / D) at fixed E (measure dE dv / E).

    p = (e_w, T, dmin, om1, tau1, tau2, t_echo, c_T, gam, k, bloch, tail_mean, tail).
    Returns (f_S, f_C): tanh(E/2T) e^{-w t} Omega_R^2 sigma {S, C} / E.
    """
    det = (E - p[0]) * K_TO_PER_US
    om_r = _rabi_nb(p[3], c, D, p[9])
    og2 = om_r * om_r + det * det
    og = math.sqrt(og2)
    w = p[7] + _rate_nb(E, D, p[1], p[8])
    env = math.tanh(E / (2.0 * p[1])) * math.exp(-w * p[6]) / E
    env *= om_r**4 / (2.0 * og2 * og)
    if p[12] > 0.5:  # beyond the resonance window: average over the fast oscillation
        ratio = det / og if p[10] > 0.5 else det / om_r
        return 0.0, env * (-2.0 * ratio * p[11])
    s_f, c_f = _pulse_nb(om_r, det, p[4], p[5], p[10] > 0.5)
    return env * s_f, env * c_f


@njit(cache=True)
def _e_panel(lo, hi, sv, xmin, xmax, p, gx, gw):
    """Gauss-Legendre over E in [lo, hi] of the inner integral over v = ln(D0 phi / D).

    dE/E dD/D E^2/(E^2 - D^2) = dE dv / E (Eq. 76); v runs from D0 phi = D0_min phi up to
    D0 phi = D0_max phi or D = D_min, whichever comes first. At phi = 0 (sv = 0) D = E and
    the D0 integral gives ln(X_max/X_min).
    """
    acc_s = 0.0
    acc_c = 0.0
    dmin = p[2]
    h = 0.5 * (hi - lo)
    for i in range(gx.size):
        E = lo + h * (gx[i] + 1.0)
        if E <= dmin:
            continue
        if sv <= 0.0:
            fs, fc = _integrand(E, 0.0, E, p)
            acc_s += h * gw[i] * fs * math.log(xmax / xmin)
            acc_c += h * gw[i] * fc * math.log(xmax / xmin)
            continue
        a = xmin * sv
        b = xmax * sv
        if a >= E:
            continue
        v0 = math.log(a / math.sqrt(E * E - a * a))
        v1 = math.log(math.sqrt(E * E - dmin * dmin) / dmin)
        if b < E:
            v1 = min(v1, math.log(b / math.sqrt(E * E - b * b)))
        if v1 <= v0:
            continue
        # c << D for v < -2 and D << c for v > 2: the integrand is flat there (one panel
        # each); unit panels in between
        u0 = min(max(v0, -2.0), v1)
        u1 = max(min(v1, 2.0), u0)
        n_v = max(1, int(math.ceil(u1 - u0)))
        in_s = 0.0
        in_c = 0.0
        for j in range(n_v + 2):
            if j == 0:
                pa, pb = v0, u0
            elif j == n_v + 1:
                pa, pb = u1, v1
            else:
                pa = u0 + (j - 1) * (u1 - u0) / n_v
                pb = u0 + j * (u1 - u0) / n_v
            if pb <= pa:
                continue
            hv = pb - pa
            for q in range(_GL8_X.size):
                v = pa + 0.5 * (_GL8_X[q] + 1.0) * hv
                c = E / math.sqrt(1.0 + math.exp(-2.0 * v))
                D = E / math.sqrt(1.0 + math.exp(2.0 * v))
                fs, fc = _integrand(E, c, D, p)
                in_s += 0.5 * hv * _GL8_W[q] * fs
                in_c += 0.5 * hv * _GL8_W[q] * fc
        acc_s += h * gw[i] * in_s
        acc_c += h * gw[i] * in_c
    return acc_s, acc_c


@njit(cache=True)
def _split_at_ec2(lo, hi, sv, xmin, xmax, ec2, p, gx, gw):
    """One E panel split at E_c2, where the upper D0 limit switches (a kink of the DOS)."""
    if lo < ec2 < hi:
        a_s, a_c = _e_panel(lo, ec2, sv, xmin, xmax, p, gx, gw)
        b_s, b_c = _e_panel(ec2, hi, sv, xmin, xmax, p, gx, gw)
        return a_s + b_s, a_c + b_c
    return _e_panel(lo, hi, sv, xmin, xmax, p, gx, gw)


@njit(cache=True)
def _split_panel(lo, hi, sv, xmin, xmax, ec1, ec2, p, gx, gw):
    """One E panel, clipped below at E_c1 and split at E_c2.

    Above E_c1 the D0 range opens like ln(1 + 2 E (E - E_c1)/(D0_min phi)^2) (the log
    onset of the DOS, Eq. 13): the panel containing E_c1 is graded geometrically towards it.
    """
    if hi <= ec1:
        return 0.0, 0.0
    if lo > ec1:
        return _split_at_ec2(lo, hi, sv, xmin, xmax, ec2, p, gx, gw)
    tot_s = 0.0
    tot_c = 0.0
    prev = ec1
    length = hi - ec1
    for k in range(27):
        edge = ec1 + length * 10.0 ** (0.5 * (k - 26))
        s_, c_ = _split_at_ec2(prev, edge, sv, xmin, xmax, ec2, p, gx, gw)
        tot_s += s_
        tot_c += c_
        prev = edge
    return tot_s, tot_c


@njit(cache=True)
def _parts_one(sv, xmin, xmax, core, tail_lo, tail_hi, p, gx, gw, tx, tw):
    """(I_S, I_C) for one D0 phi per X value: exact inside the window, averaged outside."""
    e_w = p[0]
    a = xmin * sv
    b = xmax * sv
    ec1 = math.sqrt(p[2] * p[2] + a * a)
    ec2 = math.sqrt(p[2] * p[2] + b * b)
    tot_s = 0.0
    tot_c = 0.0
    p[12] = 0.0
    for k in range(core.size - 1):
        s_, c_ = _split_panel(e_w + core[k], e_w + core[k + 1], sv, xmin, xmax, ec1, ec2, p, gx, gw)
        tot_s += s_
        tot_c += c_
    p[12] = 1.0
    for k in range(tail_lo.size - 1):  # offsets below the window, decreasing E
        lo = e_w - tail_lo[k + 1]
        hi = e_w - tail_lo[k]
        if lo < 0.0:
            lo = 0.0
        if hi <= lo:
            continue
        s_, c_ = _split_panel(lo, hi, sv, xmin, xmax, ec1, ec2, p, tx, tw)
        tot_s += s_
        tot_c += c_
    # above resonance the phonon damping exp(-w t) grows like E^5: stop once it has fallen
    # by e^-45 relative to resonance (w >= c_T + (5/6) Gamma E^5 at any D)
    w_res = p[8] * e_w**5 / math.tanh(e_w / (2.0 * p[1]))
    for k in range(tail_hi.size - 1):
        e_lo = e_w + tail_hi[k]
        if p[6] * (5.0 / 6.0 * p[8] * e_lo**5 - w_res) > 45.0:
            break
        s_, c_ = _split_panel(
            e_w + tail_hi[k], e_w + tail_hi[k + 1], sv, xmin, xmax, ec1, ec2, p, tx, tw
        )
        tot_s += s_
        tot_c += c_
    p[12] = 0.0
    return tot_s, tot_c


@njit(cache=True)
def _parts_kernel(s_arr, cos_b, w_b, xmin, xmax, core, tail_lo, tail_hi, p, gx, gw, tx, tw):
    """Orientation-averaged (I_S, I_C) for each field's D0 phi per X in ``s_arr``.

    ``cos_b``, ``w_b`` have one row of nodes and weights per field (zero weights pad rows).
    """
    out = np.zeros((2, s_arr.size))
    for i in range(s_arr.size):
        for j in range(cos_b.shape[1]):
            if w_b[i, j] == 0.0:
                continue
            s_, c_ = _parts_one(
                s_arr[i] * cos_b[i, j], xmin, xmax, core, tail_lo, tail_hi, p, gx, gw, tx, tw
            )
            out[0, i] += w_b[i, j] * s_
            out[1, i] += w_b[i, j] * c_
    return out


def _grids(omega_1, tau2, e_w, window):
    """Panel offsets (K) from hbar omega: core (exact) and log-graded tails (averaged).

    Core: panels of omega_1/2 within 4 omega_1 of resonance (Omega_G is analytic within
    Omega_R >= 0.37 omega_1 of the real axis), then of min(omega_1, pi/tau2) (half a period
    of cos(Omega_G tau2)) up to ``window`` omega_1.
    """
    om_k = omega_1 / K_TO_PER_US  # hbar omega_1 in K
    half_period = math.pi / tau2 / K_TO_PER_US
    half = window * om_k
    inner = 4.0 * om_k
    fine = np.arange(0.0, inner, 0.5 * om_k)
    coarse = np.arange(inner, half, min(om_k, half_period))
    pos = np.unique(np.concatenate([fine, coarse, [half]]))
    core = np.concatenate([-pos[::-1], pos[1:]])
    tail_lo = np.geomspace(half, max(e_w, 1.01 * half), 24)
    tail_hi = np.geomspace(half, max(1.0e3 * e_w, 1.01 * half), 40)
    return core, tail_lo, tail_hi


def orientation_nodes(n_orientation, breaks=()):
    """Gauss-Legendre nodes and weights of the uniform average over cos(beta) in [0, 1].

    Parameters
    ----------
    n_orientation : int or None
        Nodes per segment; None: no average (B parallel to S_Delta, node 1, weight 1).
    breaks : iterable of float
        Values of cos(beta) in (0, 1) where the integrand has a kink (a cutoff energy of
        Eq. 13 crossing hbar omega); [0, 1] is split there.

    Returns
    -------
    (nodes, weights) : tuple of ndarray
        The weights sum to 1.

    Notes
    -----
    The final average over beta of Sec. 6.2 (l.605, l.623); splitting at the kinks keeps the
    Gauss-Legendre rule accurate (an unsplit rule draws one kink per node into A(B)).
    """
    if n_orientation is None:
        return np.ones(1), np.ones(1)
    x, w = np.polynomial.legendre.leggauss(n_orientation)
    edges = np.unique(np.concatenate([[0.0, 1.0], [b for b in breaks if 0.0 < b < 1.0]]))
    nodes = [a + 0.5 * (x + 1.0) * (b - a) for a, b in zip(edges[:-1], edges[1:])]
    weights = [0.5 * w * (b - a) for a, b in zip(edges[:-1], edges[1:])]
    return np.concatenate(nodes), np.concatenate(weights)


def _orientation_table(s, e_w, D_min, X_min, X_max, n_orientation):
    """Per-field nodes/weights (rows padded with zero weights), split at E_c1, E_c2 = hbar omega."""
    root = math.sqrt(max(e_w * e_w - D_min * D_min, 0.0))
    rows = []
    for sv in s:
        breaks = () if sv <= 0.0 or root == 0.0 else (root / (X_max * sv), root / (X_min * sv))
        rows.append(orientation_nodes(n_orientation, breaks))
    width = max(r[0].size for r in rows)
    cos_b = np.zeros((len(rows), width))
    w_b = np.zeros((len(rows), width))
    for i, (c, w) in enumerate(rows):
        cos_b[i, : c.size] = c
        w_b[i, : w.size] = w
    return cos_b, w_b


def echo_parts(
    B_T,
    *,
    T,
    freq_GHz,
    D_min,
    X_min,
    X_max,
    gamma_inv,
    c_phi,
    p1F0,
    tau12,
    tau1=0.1,
    tau2=0.2,
    rabi_k=5.0 / 6.0,
    c_form="printed",
    window=25.0,
    n_orientation=8,
    B_star_T=None,
):
    """The two integrals of Eq. (76), I_S(B) (with S) and I_C(B) (with C), orientation-averaged.

    Parameters
    ----------
    B_T : array_like
        Fields (T).
    T : float
        Temperature (K).
    freq_GHz : float
        Nominal frequency omega/2 pi (GHz); hbar omega = ``freq_GHz`` x 47.99 mK.
    D_min, X_min, X_max : float
        Table 8 cutoffs: D_min in K, X = D0_min,max |q/e| S_Delta in K A^2.
    gamma_inv : float
        Table 8's Gamma^-1, (us K^5)^-1 (phonon rate multiplier, Eq. 55).
    c_phi : float
        Table 8's c_ATS - c_2LS (BAS) or c_ATS (BK7), (us K)^-1 (Eq. 79).
    p1F0 : float
        Table 8's p1 F0 in D kV/m.
    tau12, tau1, tau2 : float
        Pulse separation and lengths (us); the echo centre is 2 tau12_bar = tau1 + tau2 +
        2 tau12 (l.569).
    rabi_k : float
        D^2 coefficient of Eq. (72) (5/6 printed, 1/2 matrix elements).
    c_form : {"printed", "bloch"}
        C of Eq. (77) as printed or with Omega_G (Eq. 62).
    window : float
        Half-width of the exactly integrated resonance window in units of p1 F0/hbar;
        beyond it the pulse-area factors are replaced by their average over the fast
        oscillation (S -> 0, sin^2 sin^2 -> 1/4, or 3/8 for tau1 = tau2).
    n_orientation : int or None
        Gauss-Legendre nodes of the cos(beta) average (l.605) per segment, [0, 1] split where
        E_c1 or E_c2 crosses hbar omega (``orientation_nodes``); None: B parallel to S.
    B_star_T : float or None
        High-field replacement of Eq. (20) on phi (Fig. 17 inset).

    Returns
    -------
    ndarray, shape (2, n_B)
        I_S and I_C in arbitrary units (common to both), so that the magnetic part is
        Delta A = -const x cos(omega Delta tau) [tan(omega Delta tau) I_S + I_C].

    Notes
    -----
    Eq. (76) with sigma, S, C of Eq. (77), Omega_R of Eq. (72), w of Eqs. (78)-(79), in
    the variables (E, ln X): dE/E dD/D E^2/(E^2 - D^2) = dE dlnX E/D^2 (the delta function
    of Eq. 75 done over D0), the DOS kinks E_c1, E_c2 as panel ends; numba kernel,
    reference by scipy quad in benchmarks/references.py.
    """
    if c_form not in ("printed", "bloch"):
        raise ValueError(f"c_form must be 'printed' or 'bloch', got {c_form!r}")
    B = np.atleast_1d(np.asarray(B_T, dtype=float))
    s = ats.d0phi_kelvin(B, 1.0, orientation_average=False, B_star_T=B_star_T)
    e_w = units.H_PLANCK * freq_GHz * 1e9 / units.K_B
    omega_1 = p1F0 * DEBYE_KV_PER_M_TO_PER_US
    core, tail_lo, tail_hi = _grids(omega_1, tau2, e_w, window)
    cos_b, w_b = _orientation_table(s, e_w, D_min, X_min, X_max, n_orientation)
    tail_mean = 0.375 if math.isclose(tau1, tau2) else 0.25
    p = np.array(
        [
            e_w,
            T,
            D_min,
            omega_1,
            tau1,
            tau2,
            tau1 + tau2 + 2.0 * tau12,
            spectral_diffusion_rate(c_phi, T),
            gamma_inv,
            rabi_k,
            1.0 if c_form == "bloch" else 0.0,
            tail_mean,
            0.0,
        ]
    )
    return _parts_kernel(
        np.ascontiguousarray(s),
        cos_b,
        w_b,
        float(X_min),
        float(X_max),
        core,
        tail_lo,
        tail_hi,
        p,
        _GL_X,
        _GL_W,
        _GL8_X,
        _GL8_W,
    )


def echo_delta_amplitude(B_T, *, tan_omega_dtau, **kw):
    """Magnetic ATS part of the echo amplitude, Delta A(B) / (const cos(omega Delta tau)).

    Parameters
    ----------
    B_T : array_like
        Fields (T).
    tan_omega_dtau : float
        tan(omega Delta tau) of Table 8.
    **kw
        Parameters of ``echo_parts``.

    Returns
    -------
    ndarray
        -[tan(omega Delta tau) I_S + I_C] (arbitrary units common to all fields).

    Notes
    -----
    Eq. (76), Sec. 6.2; the prefactor A_0 d x_ATS 4 pi hbar^2 P*/(eps_0 eps_r F_0)
    cos(omega Delta tau) is one of the free normalisation constants (l.623).
    """
    i_s, i_c = echo_parts(B_T, **kw)
    return -(tan_omega_dtau * i_s + i_c)


def echo_relative_amplitude(delta_a, a_2ls, scale):
    """Total echo amplitude A = A_2LS + scale x Delta A (the normalisation constants).

    Parameters
    ----------
    delta_a : ndarray
        ``echo_delta_amplitude`` on the fields.
    a_2ls, scale : float
        B-independent 2LS amplitude and the scale of the ATS part, in the unit of the data
        (relative to the amplitude at high fields, Figs. 16-17).

    Returns
    -------
    ndarray
        A(B).

    Notes
    -----
    A(phi) = A_2LS + Delta A(phi), averaged over beta (l.623).
    """
    return a_2ls + scale * np.asarray(delta_a, dtype=float)


def relative_shape(B_T, delta_a, B_high_T):
    """Field dependence of A(B) relative to high fields, free of the normalisation constants.

    Parameters
    ----------
    B_T : array_like
        Fields (T), increasing.
    delta_a : array_like
        ``echo_delta_amplitude`` on these fields.
    B_high_T : float
        The "high" field the amplitude is referred to (interpolated on the grid).

    Returns
    -------
    ndarray
        delta(B) = [Delta A(B) - Delta A(B_high)] / max_B |Delta A(B) - Delta A(B_high)|;
        for any A_2LS and positive scale, A(B)/A(B_high) = 1 + kappa delta(B) with one
        positive contrast kappa = scale max|...| / A(B_high).

    Notes
    -----
    Figs. 16-17 ("relative to its value at high fields where saturation occurs", l.632):
    A = A_2LS + Delta A (l.623) has two free constants; this form removes both.
    """
    B = np.asarray(B_T, dtype=float)
    d = np.asarray(delta_a, dtype=float)
    diff = d - np.interp(B_high_T, B, d)
    return diff / np.max(np.abs(diff))


def table8_parameters(row, figure, par, n_orientation):
    """Keyword arguments of ``echo_parts`` for one Table 8 row and one figure's conditions.

    Parameters
    ----------
    row : mapping
        A Table 8 row (data/raw/magnetic_tunneling/tables/table08.csv columns).
    figure : mapping
        The figure's conditions: ``T_mK``, ``freq_GHz`` and, where the row gives none,
        ``tau12_us`` (echo_parameters.yaml).
    par : mapping
        echo_parameters.yaml: pulse lengths, ``rabi_k``, ``c_form``, ``window``.
    n_orientation : int or None
        Nodes of the orientation average.

    Returns
    -------
    dict
        T (K), freq_GHz, D_min (K), X_min, X_max (K A^2), gamma_inv, c_phi, p1F0, tau12,
        tau1, tau2 (us), rabi_k, c_form, window, n_orientation.

    Notes
    -----
    Table 8 (l.645-651): D_min in mK, Gamma^-1 in (us K^5)^-1, c in (us K)^-1, p1 F0 in
    D kV/m; the BK7 rows carry tau_12 in their label, the AlBaSiO rows do not.
    """
    tau12 = row.get("tau12_us")
    if tau12 is None or (isinstance(tau12, float) and math.isnan(tau12)):
        tau12 = figure["tau12_us"]
    return dict(
        T=figure["T_mK"] * 1e-3,
        freq_GHz=figure["freq_GHz"],
        D_min=row["D_min_mK"] * 1e-3,
        X_min=row["X_min_K_A2"],
        X_max=row["X_max_K_A2"],
        gamma_inv=row["Gamma_inv_per_us_K5"],
        c_phi=row["c_per_us_K"],
        p1F0=row["p1F0_D_kV_per_m"],
        tau12=float(tau12),
        tau1=par["tau1_us"],
        tau2=par["tau2_us"],
        rabi_k=par["rabi_k"],
        c_form=par["c_form"],
        window=par["window"],
        n_orientation=n_orientation,
    )


#: Fit models (digitized-series sidecar ``model:``) and their free parameters.
FIT_MODELS = {"echo_amplitude": ("a_2ls", "scale", "tan_omega_dtau")}


def fit_model(name, B_T, **kw):
    """Model ``f(B, **params)`` for ``coldglass.fitting`` with the integrals cached.

    Parameters
    ----------
    name : str
        "echo_amplitude": A(B) = a_2ls - scale [tan_omega_dtau I_S(B) + I_C(B)].
    B_T : array_like
        The data's fields; I_S, I_C are computed once on them (Eq. 76 is linear in the
        three parameters), so one fit costs one kernel call.
    **kw
        Parameters of ``echo_parts`` (Table 8 row, T, tau12, frequency).

    Returns
    -------
    callable
        ``model(B, a_2ls, scale, tan_omega_dtau)``; B must be the fields given here.

    Notes
    -----
    The normalisation constants of Figs. 16-17 (l.623, l.632) and tan(omega Delta tau) of
    Table 8.
    """
    if name not in FIT_MODELS:
        raise ValueError(f"unknown fit model {name!r}; known: {sorted(FIT_MODELS)}")
    B0 = np.atleast_1d(np.asarray(B_T, dtype=float))
    i_s, i_c = echo_parts(B0, **kw)

    def model(B, a_2ls, scale, tan_omega_dtau):
        if np.shape(B) != B0.shape or not np.allclose(B, B0):
            raise ValueError("fit_model: B differs from the fields the integrals were cached on")
        return a_2ls - scale * (tan_omega_dtau * i_s + i_c)

    return model


# ============================================================================ glycerol, Eqs. 80-88
def spectral_delimiter(E, E_omega, w_K):
    """Spectral delimiter chi(E) = w / (pi hbar (w^2 + (omega_0 - omega)^2)), per kelvin.

    Parameters
    ----------
    E : float or ndarray
        Gap E = hbar omega_0 (K).
    E_omega : float
        hbar omega (K).
    w_K : float
        hbar w, the damping rate of Eq. (78) as an energy (K).

    Returns
    -------
    float or ndarray
        chi in K^-1 (a Lorentzian of half-width w_K, normalised in E).

    Notes
    -----
    Eq. (81), Sec. 6.3 (l.694).
    """
    return w_K / (math.pi * (w_K * w_K + (np.asarray(E, dtype=float) - E_omega) ** 2))


def dos_delimiter_convolution(phi, E_omega, w_K, D_min, D0_min, D0_max, n=4001, span=60.0):
    """Convolution int g_ATS(E, phi) chi(E) dE of the ATS DOS with the spectral delimiter.

    Parameters
    ----------
    phi : float or array_like
        Aharonov-Bohm phases.
    E_omega, w_K : float
        hbar omega and the delimiter half-width (energy units of the cutoffs).
    D_min, D0_min, D0_max : float
        Cutoffs of Eq. (13).
    n, span : int, float
        Trapezoid nodes on E_omega +- span w_K (piecewise; the DOS kinks are nodes), plus the
        Lorentzian tails outside taken with g at the window ends.

    Returns
    -------
    ndarray
        int g chi dE for each phi (tends to g_ATS(hbar omega, phi) as w -> 0).

    Notes
    -----
    Fig. 19 and l.698-700 (Sec. 6.3): the E-convolution of Eq. (82) with the slowly
    varying factors dropped; ``ats.dos_ats`` is Eq. (13).
    """
    out = []
    for ph in np.atleast_1d(np.asarray(phi, dtype=float)):
        ec1, ec2 = ats.cutoff_energies(ph, D_min, D0_min, D0_max)
        lo, hi = E_omega - span * w_K, E_omega + span * w_K
        nodes = np.linspace(lo, hi, n)
        kinks = [e for e in (float(ec1), float(ec2)) if lo < e < hi]
        E = np.unique(np.concatenate([nodes, kinks, np.nextafter(kinks, np.inf)]))
        g = ats.dos_ats(E, ph, D_min, D0_min, D0_max)
        val = np.trapezoid(g * spectral_delimiter(E, E_omega, w_K), E)
        tail = (math.pi / 2.0 - math.atan(span)) / math.pi  # Lorentz weight beyond each end
        val += tail * (g[0] + g[-1])
        out.append(val)
    return np.array(out)


def dmin_isotope_ratio(mass_ratio=2.0):
    """D_min(heavy)/D_min(light) = sqrt(M_light/M_heavy) from D_min ~ (hbar/2) sqrt(k/M).

    Parameters
    ----------
    mass_ratio : float
        M_heavy / M_light (2 for deuterium/hydrogen).

    Returns
    -------
    float
        The ratio (1/sqrt 2 = 0.7071 for D/H).

    Notes
    -----
    Eq. (83), Sec. 6.3 (l.704): k depends on the chemistry only, not on the mass.
    """
    return 1.0 / math.sqrt(mass_ratio)


def cos_lorentz_integral(a, b):
    """int_0^b cos(x)/(x^2 + a^2) dx in closed form (the corrected Eq. 86).

    Parameters
    ----------
    a, b : float or ndarray
        a > 0, b >= 0.

    Returns
    -------
    float or ndarray
        (pi/2a) e^{-a} + R(a, b), R = ``iea_remainder``.

    Notes
    -----
    Eq. (86), Sec. 6.3 (l.725) as corrected: (1/2a) Im[e^{-a} Ei(a + ib) + e^{a} E_1(a - ib)];
    the printed right-hand side is ``cos_lorentz_integral_printed`` (errata.md; tests
    against mpmath quadrature).
    """
    a = np.asarray(a, dtype=float)
    return math.pi / (2.0 * a) * np.exp(-a) + iea_remainder(a, b)


def iea_remainder(a, b):
    """R(a, b) = int_0^b cos x/(x^2 + a^2) dx - (pi/2a) e^{-a}: the oscillating part of Eq. (86).

    Parameters
    ----------
    a, b : float or ndarray
        a > 0, b >= 0.

    Returns
    -------
    float or ndarray
        (1/2a) Im{e^{-a} [Ei(a + ib) - i pi] + e^{a} E_1(a - ib)}; -> 0 as b -> infinity.

    Notes
    -----
    The corrected last term of Eq. (87) (errata.md, Eq. 86); Ei and E_1 of complex
    argument from ``scipy.special`` (``expi``, ``exp1``); e^{a} E_1(a - ib) is bounded.
    """
    from scipy.special import exp1, expi

    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    z = np.exp(-a) * (expi(a + 1j * b) - 1j * math.pi) + np.exp(a) * exp1(a - 1j * b)
    return np.imag(z) / (2.0 * a)


def iea_remainder_printed(a, b):
    """The oscillating term of Eqs. (86)-(87) as printed.

    Im{e^{-a} Ei(-a + ib)/2a - e^{a} Ei(a + ib)/2a}.

    Parameters
    ----------
    a, b : float or ndarray
        a > 0, b >= 0.

    Returns
    -------
    float or ndarray
        The printed expression (grows like e^{2a}/a^2 ... for large a; errata.md).

    Notes
    -----
    Eqs. (86)-(87), l.725-731, kept to show the erratum with numbers.
    """
    from scipy.special import expi

    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    z = np.exp(-a) * expi(-a + 1j * b) - np.exp(a) * expi(a + 1j * b)
    return np.imag(z) / (2.0 * a)


def cos_lorentz_integral_printed(a, b):
    """Right-hand side of Eq. (86) as printed: (pi/2a) e^{-a} + ``iea_remainder_printed``.

    Parameters
    ----------
    a, b : float or ndarray
        a > 0, b >= 0.

    Returns
    -------
    float or ndarray
        The printed value (-4.2346 at a = 1, b = 3; the integral is 0.62440).

    Notes
    -----
    Eq. (86), l.725.
    """
    a = np.asarray(a, dtype=float)
    return math.pi / (2.0 * a) * np.exp(-a) + iea_remainder_printed(a, b)


def iea_terms(tau12, *, c_2ls, c_ats, k_ats, tau_phi2, tau_phi3, d_omega, printed=False):
    """The three terms of the zero-field integrated echo amplitude IEA(tau_12) and their sum.

    Parameters
    ----------
    tau12 : array_like
        Waiting times (us), > 0.
    c_2ls, c_ats, k_ats : float
        The amplitude constants C_2LS, C_ATS, K_ATS of Eq. (87).
    tau_phi2, tau_phi3 : float
        Spectral-diffusion times of the 2LS and of the ATS (us).
    d_omega : float
        Delta omega = omega - D_min/hbar in rad/us (0.6 MHz -> 0.6 rad/us read as angular).
    printed : bool
        Use the printed last term (``iea_remainder_printed``) instead of the corrected one.

    Returns
    -------
    dict of ndarray
        "2ls", "ats_exp", "ats_osc", "total".

    Notes
    -----
    Eq. (87) with a = 2 tau_12/tau_phi(3), b = 2 tau_12 Delta omega (Eq. 88), Sec. 6.3
    (l.729-733); the last term is K_ATS R(a, b) with the corrected Eq. (86).
    """
    t = np.asarray(tau12, dtype=float)
    a = 2.0 * t / tau_phi3
    b = 2.0 * t * d_omega
    osc = iea_remainder_printed(a, b) if printed else iea_remainder(a, b)
    terms = {
        "2ls": c_2ls * np.exp(-2.0 * t / tau_phi2),
        "ats_exp": c_ats * tau_phi3 / t * np.exp(-a),
        "ats_osc": k_ats * osc,
    }
    terms["total"] = terms["2ls"] + terms["ats_exp"] + terms["ats_osc"]
    return terms
