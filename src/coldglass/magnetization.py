"""SQUID magnetization of multi-component glasses: Fe2+/Fe3+ paramagnetism plus the ATS term.

Jug, Bonfanti, Kob (2015), seed 003 ("magnetic_tunneling"), Sec. 7, Eqs. (89)-(97).

Conventions: temperatures and ATS energies in kelvin, B in tesla, concentrations per gram,
so magnetizations come out in A m^2 g^-1 (= J T^-1 g^-1, the unit of the "vert. offset" of
Tables 10, 11, 14). The ATS parameters are the tabulated X = D0 |q/e| S in K A^2; the
conversion to D0 phi in kelvin, the orientational average phi -> phi/sqrt(3) and the
high-field factor of Eqs. (20), (95) are ``coldglass.ats`` (``d0phi_kelvin``,
``high_field_factor``); the ATS density of states is ``ats.dos_ats`` (Eq. 13).

Functions
---------
brillouin                     Eq. (91), with its small-z series (Eq. 92 limit).
paramagnetic_magnetization    Eq. (90), M_J = n g mu_B J B_J(z), z = g mu_B J B / k_B T.
curie_magnetization           Eq. (92), the low-field (Curie) limit of Eq. (90).
fe_magnetization              M_Fe2+ + M_Fe3+ (Eq. 90 for each ion, spins of l.176).
ats_magnetization_integral    the braces of Eq. (93) in kelvin: a closed form at T = 0 plus a
                              Gauss-Legendre thermal correction (no numba: numpy arrays).
ats_magnetization_integral_quad   the same braces by scipy quad (the reference).
ats_magnetization             Eqs. (93)-(95): M_ATS, with the prefactor switch below.
ats_magnetization_free_energy M_ATS = -dF/dB of the effective two-level ensemble whose
                              density is Eq. (13) (numerical derivative; decides the factor).
arrhenius_parameters          Eq. (97) (and the B*(T) law the text describes but does not print).
magnetization_contributions   Fe2+, Fe3+, ATS, offset and total (Figs. 21, 22, 24, 25).
magnetization_model           vectorised total M for the fit engine (M(T) or M(B)).
fit_parameters                the rows of Tables 10, 11, 14 -> parameters of the model above.
fit_series                    refit the concentrations and the offset to a measured M(T).

The factor 1/2 of Eq. (93). For an effective two-level system with levels -+E/2 the
thermal average of -dH/dB is (1/2) tanh(E/2k_BT) dE/dB, and dE/dB = D0^2 phi^2/(B E);
integrated over the parameter distribution of Eq. (10) (the density
``ats.dos_ats_d0phi2``) this gives Eq. (93) **times 1/2**. The same 1/2 is in the paper's
own Eq. (89) (mu_ATS = d(E/2)/dB = pi S D0/Phi_0). ``convention="thermodynamic"`` (default)
is M = -dF/dB of the ensemble whose heat capacity is Eq. (17); ``convention="printed"`` is
Eqs. (93)-(94) as printed, twice as large. See data/raw/magnetic_tunneling/errata.md.
"""

from __future__ import annotations

import math

import numpy as np

from coldglass import ats, units
from coldglass.heat_capacity import FE2_G, FE2_J, FE3_G, FE3_J, MU_B_OVER_K_B

__all__ = [
    "CONVENTIONS",
    "brillouin",
    "paramagnetic_magnetization",
    "curie_magnetization",
    "fe_magnetization",
    "ats_magnetization_integral",
    "ats_magnetization_integral_quad",
    "ats_magnetization",
    "ats_magnetization_free_energy",
    "arrhenius_parameters",
    "DEFAULT_MODEL",
    "magnetization_contributions",
    "magnetization_model",
    "TABLE_KEYS",
    "fit_parameters",
    "FIT_FREE",
    "fit_series",
]

#: Prefactor of Eq. (93) relative to the printed one, per convention (module docstring).
CONVENTIONS = {"thermodynamic": 0.5, "printed": 1.0}

_GL_X, _GL_W = np.polynomial.legendre.leggauss(16)
_N_PANELS = 32  # panels in ln(energy offset) per interval of the thermal correction
_TAIL = 60.0  # the correction (1 - tanh E/2T) is integrated up to E_c2 + 60 T (e^-60)


# --------------------------------------------------------------------------- Eqs. 90-92
def brillouin(z, J):
    """Brillouin function B_J(z), Eq. (91).

    Parameters
    ----------
    z : float or array_like
        Argument g mu_B J B / k_B T of Eq. (90).
    J : float
        Spin (2 for Fe2+, 5/2 for Fe3+).

    Returns
    -------
    ndarray
        B_J(z) = (2J+1)/(2J) coth((2J+1) z/2J) - 1/(2J) coth(z/2J); odd in z, B_J -> 1 for
        z -> inf. Below |z| = 1e-3 the series (J+1) z/(3J) - [(a^4 - b^4)/45] z^3, a = (2J+1)/2J,
        b = 1/2J, is used (the coth difference cancels there).

    Notes
    -----
    Eq. (91) of Jug, Bonfanti, Kob (2015), Sec. 7.1 (Ashcroft and Mermin [71]). Its linear
    term gives the Curie law Eq. (92) (``curie_magnetization``).
    """
    z = np.asarray(z, dtype=float)
    a = (2.0 * J + 1.0) / (2.0 * J)
    b = 1.0 / (2.0 * J)
    small = np.abs(z) < 1e-3
    zs = np.where(small, 1.0, z)  # placeholder where the series is used
    with np.errstate(over="ignore"):
        full = a / np.tanh(a * zs) - b / np.tanh(b * zs)
    series = (a**2 - b**2) * z / 3.0 - (a**4 - b**4) * z**3 / 45.0
    return np.where(small, series, full)


def paramagnetic_magnetization(T, B, J, g, n=1.0):
    """Langevin (Brillouin) magnetization of n ions of spin J, Eq. (90).

    Parameters
    ----------
    T, B : float or array_like
        Temperature (K) and field (T); they broadcast.
    J, g : float
        Spin and Lande factor (Fe2+: 2, 2; Fe3+: 5/2, 2, l.176).
    n : float, optional
        Concentration (per gram gives A m^2 g^-1).

    Returns
    -------
    ndarray
        M_J = n g mu_B J B_J(z), z = g mu_B J B / k_B T, in A m^2 per unit n.

    Notes
    -----
    Eq. (90) of Jug, Bonfanti, Kob (2015), Sec. 7.1. Unlike Eq. (16) (see
    ``heat_capacity.schottky_heat_capacity``), here the factor J belongs in z.
    """
    z = g * MU_B_OVER_K_B * J * np.asarray(B, dtype=float) / np.asarray(T, dtype=float)
    return n * g * units.MU_B * J * brillouin(z, J)


def curie_magnetization(T, B, J, g, n=1.0):
    """Low-field (Curie) magnetization, Eq. (92): M = n g^2 mu_B^2 J(J+1) B / (3 k_B T).

    Parameters
    ----------
    T, B : float or array_like
        Temperature (K) and field (T).
    J, g : float
        Spin and Lande factor.
    n : float, optional
        Concentration.

    Returns
    -------
    ndarray
        M in A m^2 per unit n (the z -> 0 limit of Eq. 90).

    Notes
    -----
    Eq. (92) of Jug, Bonfanti, Kob (2015): the Curie law; the effective moment
    g sqrt(J(J+1)) mu_B is 2 sqrt(6) mu_B (Fe2+) and sqrt(35) mu_B (Fe3+), l.756.
    """
    return (
        n
        * g**2
        * units.MU_B**2
        * J
        * (J + 1.0)
        * np.asarray(B, dtype=float)
        / (3.0 * units.K_B * np.asarray(T, dtype=float))
    )


def fe_magnetization(T, B, n_fe2, n_fe3, fe2=(FE2_J, FE2_G), fe3=(FE3_J, FE3_G)):
    """Magnetization of the Fe2+ and Fe3+ impurities, M_Fe2+ + M_Fe3+ of Eq. (90).

    Parameters
    ----------
    T, B : float or array_like
        Temperature (K) and field (T).
    n_fe2, n_fe3 : float
        Concentrations (per gram gives A m^2 g^-1).
    fe2, fe3 : tuple of float
        (J, g) of each ion; default (2, 2) and (5/2, 2) as at l.176.

    Returns
    -------
    ndarray
        M_Fe2+ + M_Fe3+ in A m^2 per unit of the concentrations.

    Notes
    -----
    Eq. (90) of Jug, Bonfanti, Kob (2015) for each ion ("with n_J concentration of one species
    having spin J", Sec. 7.1).
    """
    return paramagnetic_magnetization(T, B, fe2[0], fe2[1], n_fe2) + paramagnetic_magnetization(
        T, B, fe3[0], fe3[1], n_fe3
    )


# --------------------------------------------------------------------------- Eqs. 93-94
def _zero_temperature_integral(d, a, b):
    """The braces of Eq. (93) at T = 0 (tanh -> 1), closed form (kelvin).

    int_{Ec1}^{Ec2} ln((E^2-a^2)/d^2) dE + int_{Ec2}^inf ln((E^2-a^2)/(E^2-b^2)) dE
    = 2(Ec1 - Ec2) + 2b ln((Ec2 + b)/d) - 2a ln((Ec1 + a)/d), from the antiderivative
    E ln(E^2-c^2) - 2E + c ln((E+c)/(E-c)) of ln(E^2 - c^2).
    """
    ec1 = np.sqrt(d**2 + a**2)
    ec2 = np.sqrt(d**2 + b**2)
    return (
        -2.0 * (b**2 - a**2) / (ec1 + ec2)
        + 2.0 * b * np.log((ec2 + b) / d)
        - 2.0 * a * np.log((ec1 + a) / d)
    )


def _one_minus_tanh(y):
    """1 - tanh y = 2 q/(1 + q), q = e^(-2y), for y >= 0 (no overflow)."""
    q = np.exp(-2.0 * y)
    return 2.0 * q / (1.0 + q)


def _log_panels(lo, hi):
    """Gauss-Legendre nodes u and weights w on [ln lo, ln hi] in _N_PANELS equal panels.

    lo, hi: arrays (n,), hi >= lo > 0. Returns arrays (n, _N_PANELS * 16); a zero-width
    interval gives zero weights.
    """
    ulo, uhi = np.log(lo), np.log(np.maximum(hi, lo))
    width = (uhi - ulo) / _N_PANELS
    k = np.arange(_N_PANELS)
    mid = ulo[:, None, None] + width[:, None, None] * (k[None, :, None] + 0.5)
    u = mid + 0.5 * width[:, None, None] * _GL_X[None, None, :]
    w = np.broadcast_to(0.5 * width[:, None, None] * _GL_W[None, None, :], u.shape)
    n = lo.shape[0]
    return u.reshape(n, -1), w.reshape(n, -1)


def ats_magnetization_integral(T, D_min, a, b):
    """The braces of Eq. (93), in kelvin (energy units of the ATS parameters).

    Parameters
    ----------
    T : float or array_like
        Temperature in kelvin (T = 0 allowed: the closed form).
    D_min : float or array_like
        Smallest asymmetry gap D_min (K).
    a, b : float or array_like
        D0_min phi and D0_max phi in kelvin (``ats.d0phi_kelvin``), 0 <= a <= b.

    Returns
    -------
    ndarray
        K = int_{Ec1}^{Ec2} tanh(E/2T) ln((E^2 - a^2)/D_min^2) dE
        + int_{Ec2}^inf tanh(E/2T) ln((E^2 - a^2)/(E^2 - b^2)) dE (zero at a = b = 0).

    Notes
    -----
    Eq. (93) of Jug, Bonfanti, Kob (2015), Sec. 7.1, split as K = K_0 - dK with K_0 the
    closed form at T = 0 and dK = int (1 - tanh(E/2T)) ln(...) dE, which decays like e^-E/T.
    dK is integrated by composite Gauss-Legendre in ln t (E^2 = a^2 + t^2 on [Ec1, Ec2]) and
    in ln s (E^2 = b^2 + s^2 above Ec2), so that the logarithmic edges at t = s = D_min are
    smooth; checked against ``ats_magnetization_integral_quad`` (scipy) to 1e-9.
    """
    T, d, a, b = np.broadcast_arrays(*(np.asarray(v, dtype=float) for v in (T, D_min, a, b)))
    shape = T.shape
    T, d, a, b = (v.ravel() for v in (T, d, a, b))
    k0 = _zero_temperature_integral(d, a, b)
    ec2 = np.sqrt(d**2 + b**2)
    e_max = ec2 + _TAIL * T
    # [Ec1, Ec2]: E^2 = a^2 + t^2, t in [d, sqrt(d^2 + b^2 - a^2)], ln((E^2-a^2)/d^2) = 2 ln(t/d)
    t_hi = np.sqrt(np.minimum(d**2 + b**2 - a**2, np.maximum(e_max**2 - a**2, d**2)))
    u, w = _log_panels(d, t_hi)
    t = np.exp(u)
    E = np.sqrt(a[:, None] ** 2 + t**2)
    y = E / (2.0 * np.maximum(T, 1e-300)[:, None])
    f1 = _one_minus_tanh(y) * 2.0 * np.log(t / d[:, None]) * t**2 / E
    # [Ec2, inf): E^2 = b^2 + s^2, s >= d, ln((E^2-a^2)/(E^2-b^2)) = log1p((b^2-a^2)/s^2)
    s_hi = np.sqrt(np.maximum(e_max**2 - b**2, d**2))
    u2, w2 = _log_panels(d, s_hi)
    s = np.exp(u2)
    E2 = np.sqrt(b[:, None] ** 2 + s**2)
    y2 = E2 / (2.0 * np.maximum(T, 1e-300)[:, None])
    f2 = _one_minus_tanh(y2) * np.log1p((b**2 - a**2)[:, None] / s**2) * s**2 / E2
    dk = (w * f1).sum(axis=1) + (w2 * f2).sum(axis=1)
    out = np.where(T > 0, k0 - dk, k0)
    return np.where(b > 0, out, 0.0).reshape(shape)


def ats_magnetization_integral_quad(T, D_min, a, b):
    """The braces of Eq. (93) by scipy quad (scalar reference of ``ats_magnetization_integral``).

    Parameters
    ----------
    T, D_min, a, b : float
        As in ``ats_magnetization_integral`` (T > 0, b > 0).

    Returns
    -------
    float
        The two integrals of Eq. (93) in kelvin, epsrel 1e-12; the second is split at
        Ec2 + 60 T, its tail beyond with tanh = 1 in closed form.

    Notes
    -----
    Eq. (93) of Jug, Bonfanti, Kob (2015) integrated directly in E; claim checks and tests
    compare it with the closed-form-plus-correction kernel.
    """
    from scipy import integrate

    ec1, ec2 = math.hypot(D_min, a), math.hypot(D_min, b)

    def f1(E):
        return math.tanh(E / (2 * T)) * math.log((E * E - a * a) / D_min**2)

    def f2(E):
        return math.tanh(E / (2 * T)) * math.log((E * E - a * a) / (E * E - b * b))

    cut = ec2 + _TAIL * T
    pts1 = [ec1 + (ec2 - ec1) * q for q in (1e-6, 1e-3, 0.1)]
    v1, _ = integrate.quad(f1, ec1, ec2, points=pts1, epsabs=0.0, epsrel=1e-12, limit=500)
    pts2 = [ec2 + D_min * q for q in (1e-6, 1e-3, 0.1, 1.0, 10.0) if ec2 + D_min * q < cut]
    v2, _ = integrate.quad(f2, ec2, cut, points=pts2, epsabs=0.0, epsrel=1e-12, limit=500)
    # tail: antiderivative of ln((E^2-a^2)/(E^2-b^2)) vanishes at infinity
    tail = -(
        cut * math.log((cut**2 - a * a) / (cut**2 - b * b))
        + 2 * a * math.atanh(a / cut)
        - 2 * b * math.atanh(b / cut)
    )
    return v1 + v2 + tail


def _phases(B, X_min, X_max, orientation_average, B_star):
    """a = D0min phi, b = D0max phi (K) and the effective field B sqrt(1 - (B/B*)^2/45)."""
    a = ats.d0phi_kelvin(B, X_min, orientation_average, B_star)
    b = ats.d0phi_kelvin(B, X_max, orientation_average, B_star)
    return a, b, np.asarray(B, dtype=float) * ats.high_field_factor(B, B_star)


def ats_magnetization(
    T,
    B,
    D_min,
    X_min,
    X_max,
    Pn=1.0,
    B_star=None,
    orientation_average=True,
    convention="thermodynamic",
):
    """ATS magnetization M_ATS(T, B), Eqs. (93)-(95).

    Parameters
    ----------
    T, B : float or array_like
        Temperature (K) and field (T); they broadcast. B = 0 gives 0.
    D_min : float or array_like
        D_min (K).
    X_min, X_max : float or array_like
        D0_min |q/e| S and D0_max |q/e| S (K A^2), as in Tables 10, 11, 14.
    Pn : float, optional
        P* n_ATS (per gram gives A m^2 g^-1).
    B_star : float or None, optional
        B* (T) of the high-field form, Eq. (95): B -> B sqrt(1 - (B/B*)^2/45); None = weak field.
    orientation_average : bool, optional
        phi -> phi/sqrt(3) (l.209), as in the C_p fits.
    convention : {"thermodynamic", "printed"}
        "printed": Eq. (93) as printed, M = pi P* n k_B K / B_eff with B_eff the high-field
        effective field (the literal "replacement of B"). "thermodynamic": -dF/dB of the
        same ensemble, (1/2) pi P* n k_B K / B_eff times dB_eff/dB (module docstring).

    Returns
    -------
    ndarray
        M_ATS in A m^2 per unit Pn.

    Notes
    -----
    Eqs. (93)-(95) of Jug, Bonfanti, Kob (2015), Sec. 7.1; Eq. (94) is Eq. (93) with y = E/2k_BT
    (the same number). The braces are ``ats_magnetization_integral``.
    """
    if convention not in CONVENTIONS:
        raise ValueError(f"convention must be one of {sorted(CONVENTIONS)}, not {convention!r}")
    B = np.asarray(B, dtype=float)
    a, b, B_eff = _phases(B, X_min, X_max, orientation_average, B_star)
    K = ats_magnetization_integral(T, D_min, a, b)
    with np.errstate(divide="ignore", invalid="ignore"):
        m = CONVENTIONS[convention] * math.pi * units.K_B * Pn * K / B_eff
    if convention == "thermodynamic" and B_star is not None:
        # d(B_eff)/dB for B_eff = B sqrt(1 - (B/B*)^2/45)
        r2 = (B / B_star) ** 2 / 45.0
        m = m * (1.0 - 2.0 * r2) / np.sqrt(np.maximum(1.0 - r2, 1e-300))
    return np.where(B_eff > 0, m, 0.0)


def ats_magnetization_free_energy(
    T, B, D_min, X_min, X_max, Pn=1.0, B_star=None, orientation_average=True, rel_step=1e-4
):
    """M_ATS = -dF/dB of effective two-level ATSs with the density of Eq. (13) (reference).

    Parameters
    ----------
    T, B : float
        Temperature (K) and field (T), scalars, B > 0.
    D_min, X_min, X_max, Pn, B_star, orientation_average
        As in ``ats_magnetization``.
    rel_step : float, optional
        Relative step of the central difference in B.

    Returns
    -------
    float
        M in A m^2 per unit Pn: F = -k_B T int g(E, B) ln(2 cosh(E/2T)) dE with g =
        ``ats.dos_ats`` (Eq. 13) at D0 phi from ``ats.d0phi_kelvin``; the difference
        g(E, B+h) - g(E, B-h) is integrated by scipy quad (the B-independent part cancels).

    Notes
    -----
    The statistical mechanics that defines Eq. (93) (Jug, Bonfanti, Kob 2015, l.789:
    M = n <-dH/dB>), evaluated independently of the closed forms. It equals
    ``ats_magnetization(..., convention="thermodynamic")`` and half the printed Eq. (93).
    """
    from scipy import integrate

    h = rel_step * B
    ratio = X_max / X_min

    def dos(E, field):
        a = float(ats.d0phi_kelvin(field, X_min, orientation_average, B_star))
        return ats.dos_ats(E, a / X_min, D_min, X_min, X_max) if a > 0 else 0.0

    def lncosh2(E):
        y = E / (2.0 * T)
        return y + math.log1p(math.exp(-2.0 * y))  # ln(2 cosh y)

    def integrand(E):
        return (float(dos(E, B + h)) - float(dos(E, B - h))) * lncosh2(E)

    edges = []
    for field in (B - h, B + h):
        a = float(ats.d0phi_kelvin(field, X_min, orientation_average, B_star))
        edges += [math.hypot(D_min, a), math.hypot(D_min, a * ratio)]
    edges = sorted(edges)
    lo, hi = D_min, edges[-1] + 200.0 * T
    pts = sorted(set(edges + [edges[-1] + q * T for q in (1.0, 10.0)]))
    val, _ = integrate.quad(integrand, lo, hi, points=pts, epsabs=0.0, epsrel=1e-10, limit=800)
    # tail beyond hi: g(B+h) - g(B-h) ~ c/E^3, ln 2cosh ~ E/2T -> int c/(2T E^2) = c/(2T hi)
    c = (float(dos(hi, B + h)) - float(dos(hi, B - h))) * hi**3
    val += c / (2.0 * T * hi)
    return units.K_B * T * Pn * val / (2.0 * h)


# --------------------------------------------------------------------------- Eqs. 96-97
def arrhenius_parameters(T, D_min0, X_min0, X_max0, B_star0, E0, T0, B_star_power=2.0):
    """Temperature-dependent ATS parameters of Eq. (97).

    Parameters
    ----------
    T : float or array_like
        Temperature (K).
    D_min0, X_min0, X_max0 : float
        D_min (K) and D0min,max |q/e| S (K A^2) at T0 (the tabulated values).
    B_star0 : float or None
        B* (T) at T0; None stays None.
    E0 : float
        Activation energy E_0/k_B (K) of N(T) = N_0 exp(-E_0/k_B T), Eq. (96).
    T0 : float
        Reference temperature (K) of the tabulated parameters.
    B_star_power : float, optional
        B*(T) = B*0 exp(+p (E0/T - E0/T0)): the text says only "a similar one for B*,
        containing two parameters proportional to N(T)"; B* is the field of phi = 1, so
        B* ~ 1/(|q| S) ~ N^-2 gives p = 2 (our reading).

    Returns
    -------
    dict
        D_min_K, X_min_K_A2, X_max_K_A2, B_star_T at T (arrays).

    Notes
    -----
    Eq. (97) of Jug, Bonfanti, Kob (2015), Sec. 7.1: D_min ~ N(T), D0 |q/e| S ~ N(T)^3.
    E0 = 0 returns the tabulated values at every T.
    """
    T = np.asarray(T, dtype=float)
    x = -E0 / T + E0 / T0  # ln N(T)/N(T0)
    out = {
        "D_min_K": D_min0 * np.exp(x),
        "X_min_K_A2": X_min0 * np.exp(3.0 * x),
        "X_max_K_A2": X_max0 * np.exp(3.0 * x),
        "B_star_T": None if B_star0 is None else B_star0 * np.exp(-B_star_power * x),
    }
    return out


DEFAULT_MODEL = {
    "orientation_average": True,  # phi -> phi/sqrt(3), as in the C_p fits (l.209)
    "convention": "thermodynamic",  # factor 1/2 of Eq. (93), see module docstring
    "B_star_power": 2.0,  # B*(T) law of Eq. (97), see arrhenius_parameters
    "high_field": True,  # Eq. (95) with the tabulated B*
    "fe2_J": FE2_J,
    "fe2_g": FE2_G,
    "fe3_J": FE3_J,
    "fe3_g": FE3_G,
}


def magnetization_contributions(T, B, params):
    """Contributions to the magnetization of a glass: Fe2+, Fe3+, ATS, offset and total.

    Parameters
    ----------
    T, B : float or array_like
        Temperature (K) and field (T); they broadcast.
    params : dict
        n_fe2_per_g, n_fe3_per_g, Pn_ats_per_g, D_min_K, X_min_K_A2, X_max_K_A2, B_star_T,
        E0_K, T0_K, offset_Am2_per_g (the rows of Tables 10, 11, 14) and the optional keys of
        ``DEFAULT_MODEL``.

    Returns
    -------
    dict of ndarray
        "fe2", "fe3" (Eq. 90), "ats" (Eqs. 93-95 with the Eq. 97 parameters at T), "offset"
        (the constant "vert. offset", residual Larmor diamagnetism) and "total", A m^2 g^-1.

    Notes
    -----
    The model fitted to the SQUID data in Sec. 7.2 of Jug, Bonfanti, Kob (2015): "Eq. (90)
    (for the Fe2+ and Fe3+ contributions) as well as Eq. (94) (for the ATSs')".
    """
    p = {**DEFAULT_MODEL, **params}
    T, B = np.broadcast_arrays(np.asarray(T, dtype=float), np.asarray(B, dtype=float))
    tp = arrhenius_parameters(
        T,
        p["D_min_K"],
        p["X_min_K_A2"],
        p["X_max_K_A2"],
        p["B_star_T"] if p["high_field"] else None,
        p["E0_K"],
        p["T0_K"],
        p["B_star_power"],
    )
    fe2 = paramagnetic_magnetization(T, B, p["fe2_J"], p["fe2_g"], p["n_fe2_per_g"])
    fe3 = paramagnetic_magnetization(T, B, p["fe3_J"], p["fe3_g"], p["n_fe3_per_g"])
    m_ats = ats_magnetization(
        T,
        B,
        tp["D_min_K"],
        tp["X_min_K_A2"],
        tp["X_max_K_A2"],
        p["Pn_ats_per_g"],
        tp["B_star_T"],
        p["orientation_average"],
        p["convention"],
    )
    offset = np.full(T.shape, float(p["offset_Am2_per_g"]))
    return {
        "fe2": fe2,
        "fe3": fe3,
        "ats": m_ats,
        "offset": offset,
        "total": fe2 + fe3 + m_ats + offset,
    }


def magnetization_model(x, variable="T", **params):
    """Total magnetization for the fit engine (``coldglass.fitting.fit``).

    Parameters
    ----------
    x : array_like
        T in kelvin (``variable="T"``, params has B_T) or B in tesla (``variable="B"``,
        params has T_K).
    variable : {"T", "B"}
        Which variable x is.
    **params
        As in ``magnetization_contributions`` plus B_T or T_K.

    Returns
    -------
    ndarray
        M_total in A m^2 g^-1.

    Notes
    -----
    The Sec. 7.2 fit model of Jug, Bonfanti, Kob (2015) (Figs. 21, 22, 25; Tables 10, 11, 14).
    """
    x = np.asarray(x, dtype=float)
    if variable == "T":
        return magnetization_contributions(x, params["B_T"], params)["total"]
    if variable == "B":
        return magnetization_contributions(params["T_K"], x, params)["total"]
    raise ValueError("variable must be 'T' or 'B'")


#: Row labels of Tables 10, 11, 14 (data/raw/magnetic_tunneling/tables) -> model keys.
TABLE_KEYS = {
    "n_Fe2+": "n_fe2_per_g",
    "n_Fe3+": "n_fe3_per_g",
    "Pstar_n_ATS": "Pn_ats_per_g",
    "D_min_K": "D_min_K",
    "X_min_K_A2": "X_min_K_A2",
    "X_max_K_A2": "X_max_K_A2",
    "B_star_T": "B_star_T",
    "E0_K": "E0_K",
}


def fit_parameters(rows, T0_K, model=None):
    """Model parameters of ``magnetization_contributions`` from a transcribed fit table.

    Parameters
    ----------
    rows : list of dict
        Rows ``{"quantity": label, "value": number}`` of Table 10, 11 or 14.
    T0_K : float
        Reference temperature of the tabulated parameters (Eq. 97).
    model : dict, optional
        Overrides of ``DEFAULT_MODEL`` (convention, orientation_average, ...).

    Returns
    -------
    dict
        Keys of ``TABLE_KEYS`` values, ``offset_Am2_per_g`` (the printed, negative "vert.
        offset"; the table stores its magnitude as ``minus_offset_Am2_per_g``), ``T0_K`` and
        the model switches.

    Notes
    -----
    Tables 10, 11, 14 of Jug, Bonfanti, Kob (2015), Sec. 7.2 (l.814-910).
    """
    values = {r["quantity"]: r["value"] for r in rows}
    out = {**DEFAULT_MODEL, **(model or {})}
    out.update({key: float(values[label]) for label, key in TABLE_KEYS.items()})
    out["offset_Am2_per_g"] = -float(values["minus_offset_Am2_per_g"])
    out["T0_K"] = float(T0_K)
    return out


#: What ``fit_series`` fits (Sec. 7.2: the tunnelling parameters come from the C_p fits). In
#: M(T) at one field both Fe species are Curie-like (z = g mu_B J B/k_B T < 0.4 for B <= 1 T,
#: T >= 4 K), so only sum n_J g^2 J(J+1) is determined: n_Fe3+ stays at its table value.
FIT_FREE = ("n_fe2_per_g", "Pn_ats_per_g", "offset_Am2_per_g")


def fit_series(T, M, B, params, sigma=None, free=FIT_FREE):
    """Refit a measured M(T) at field B with the model of ``magnetization_contributions``.

    Parameters
    ----------
    T, M : array_like
        Temperatures (K) and magnetization (A m^2 g^-1) of the series.
    B : float
        Field of the series (T).
    params : dict
        Starting point and fixed values (``fit_parameters`` of Table 10, 11 or 14).
    sigma : float or array_like, optional
        Errors of M (A m^2 g^-1); None: unweighted, covariance scaled by chi^2/dof.
    free : tuple of str, optional
        Fitted keys; concentrations on a log scale within a factor 20 of the start, the
        offset on a linear scale within +-10 times its start magnitude.

    Returns
    -------
    coldglass.fitting.FitResult
        Fitted values in the units of ``params``.

    Notes
    -----
    The Sec. 7.2 fit of Jug, Bonfanti, Kob (2015): "best-fitted with Eq. (90) ... as well as
    with Eq. (94) ..., using the parameters from the C_p-fits as input" (Tables 10, 11, 14).
    M is fitted in units of max|M| so that the residuals are of order one.
    """
    from coldglass import fitting

    T = np.asarray(T, dtype=float)
    M = np.asarray(M, dtype=float)
    scale = float(np.max(np.abs(M)))
    base = dict(params)

    def model(x, **kw):
        return magnetization_contributions(x, B, {**base, **kw})["total"] / scale

    plist = []
    for k in free:
        v = float(base[k])
        if k.startswith("offset"):
            span = 10.0 * max(abs(v), scale)
            plist.append(fitting.Parameter(k, v, -span, span, unit="A m^2/g"))
        else:
            plist.append(fitting.Parameter(k, v, v / 20.0, v * 20.0, log=True, unit="1/g"))
    s = None if sigma is None else np.asarray(sigma, dtype=float) / scale
    return fitting.fit(model, T, M / scale, plist, sigma=s)
