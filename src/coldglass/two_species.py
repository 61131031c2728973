"""Two-species tunnelling model at zero field: standard 2LS plus anomalous (ATS) systems.

Jug & Paliienko (2013), "mixed_alkali": dielectric constant (Sec. 3, Eqs. 8-19), heat
capacity (Sec. 4, Eqs. 21-31), composition laws (Sec. 3, Eq. 20; Sec. 4) and the ATS dipole
from the ratio of prefactors (Sec. 5). The equations are lost from the paper's text; they
are the zero-field (phi = 0) forms of the magnetic_tunneling model, which this module reuses
unchanged (``coldglass.dielectric`` for the 2LS terms and the ATS relaxation rate,
``coldglass.heat_capacity`` for the ATS shoulder).

Conventions: energies and temperatures in kelvin; omega in rad/s.
* ``A_2LS`` = P_bar p0^2/(eps0 eps_r) (dimensionless), the ``C`` of ``dielectric.stm_*``;
  slopes per ln T are -2 A_2LS/3 (resonant) and +A_2LS (relaxational).
* ``A_ATS`` = pi P* p1^2 ln(D0max/D0min)/(eps0 eps_r) in K (Eq. 14 reconstructed);
  RES = (A_ATS/2) int_{Dmin}^inf dE/E^2 tanh(E/2T),
  REL = (A_ATS/4T) int_{Dmin}^inf dE/E sech^2(E/2T)/(1 + omega^2 tau^2),
  tau^-1 = Gamma E^3 (E^2 - D^2/6) coth(E/2T) at D = E (``dielectric.ats_relaxation_rate``,
  magnetic_tunneling Eq. 55 at phi = 0: (5/6) Gamma E^5 coth(E/2T)), Gamma in (s K^5)^-1.
* Heat capacities per gram: B_ph (J g^-1 K^-4), B_2LS (J g^-1 K^-2), B_ATS (J g^-1 K^-1),
  ``fe_scale`` = n_Fe k_B (J g^-1 K^-1) and ``delta_bar`` (K) of the Fe-centre distribution.
"""

from __future__ import annotations

import math

import numpy as np
from numba import njit

from coldglass import dielectric, tls, units
from coldglass import heat_capacity as hc

__all__ = [
    "DIELECTRIC_PARTS",
    "ats_resonant",
    "ats_relaxational",
    "dielectric_response",
    "v_shape",
    "fe_center_heat_capacity",
    "ats_heat_capacity",
    "heat_capacity",
    "debye_prefactor",
    "ats_prefactor",
    "tls_prefactor",
    "phonon_prefactor",
    "ats_dipole",
    "elementary_dipole_debye",
    "dielectric_fit_model",
    "heat_capacity_fit_model",
]

#: Column names of ``dielectric_response``.
DIELECTRIC_PARTS = ("tls_res", "tls_rel", "ats_res", "ats_rel")

_GL_X, _GL_W = np.polynomial.legendre.leggauss(10)
_E_TOP = 80.0  # integrate E up to D_min + 80 T: sech^2 and 1 - tanh are below e^-80 there
_PANEL = 0.05  # ln E panel width (tau ~ E^-5 switches over ~0.2 in ln E)


# ============================================================================ dielectric
@njit(cache=True)
def _ats_kernel(T_arr, d_min, omega, gamma, gx, gw):
    """Per T: int_{Dmin} dE/E^2 (1 - tanh(E/2T)) and int dE/E sech^2 /(1 + (omega tau)^2)."""
    n = T_arr.size
    res_tail = np.zeros(n)
    rel = np.zeros(n)
    for it in range(n):
        T = T_arr[it]
        lo = math.log(d_min)
        hi = math.log(d_min + _E_TOP * T)
        n_p = max(4, int(math.ceil((hi - lo) / _PANEL)))
        h = (hi - lo) / n_p
        a = 0.0
        b = 0.0
        for i in range(n_p):
            for k in range(gx.size):
                E = math.exp(lo + (i + 0.5 * (gx[k] + 1.0)) * h)
                w = 0.5 * h * gw[k]  # dE/E = d ln E
                y = E / (2.0 * T)
                q = math.exp(-2.0 * y)
                a += w * 2.0 * q / (1.0 + q) / E  # (1 - tanh y)/E^2 dE = (1 - tanh)/E dlnE
                sech2 = 4.0 * q / ((1.0 + q) * (1.0 + q))
                rate = gamma * E**3 * (E * E - E * E / 6.0) * (1.0 + q) / (1.0 - q)
                wt = omega / rate
                b += w * sech2 / (1.0 + wt * wt)
        res_tail[it] = a
        rel[it] = b
    return res_tail, rel


def _ats_integrals(T, D_min, omega, Gamma):
    T = np.atleast_1d(np.asarray(T, float))
    return _ats_kernel(T, float(D_min), float(omega), float(Gamma), _GL_X, _GL_W)


def ats_resonant(T, A_ATS, D_min):
    """Resonant ATS part of delta eps'/eps' at zero field.

    Parameters
    ----------
    T : array_like
        Temperature, K.
    A_ATS : float
        Prefactor pi P* p1^2 ln(D0max/D0min)/(eps0 eps_r), K.
    D_min : float
        Lowest ATS gap, K.

    Returns
    -------
    ndarray
        (A_ATS/2) int_{D_min}^inf dE tanh(E/2T)/E^2 (-> A_ATS/(2 D_min) for T << D_min).

    Notes
    -----
    Eq. (14), first line (reconstructed from magnetic_tunneling Eqs. 46-48 at phi = 0:
    the orientation factor of the 3LS dipole is 1/2 there).
    """
    tail, _ = _ats_integrals(T, D_min, 1.0, 1.0)
    return 0.5 * A_ATS * (1.0 / D_min - tail)


def ats_relaxational(T, A_ATS, D_min, omega, Gamma):
    """Relaxational ATS part of delta eps'/eps' at zero field (numba kernel).

    Parameters
    ----------
    T : array_like
        Temperature, K.
    A_ATS : float
        Prefactor, K (see ``ats_resonant``).
    D_min : float
        Lowest ATS gap, K.
    omega : float
        Angular frequency, rad/s.
    Gamma : float
        ATS relaxation constant, (s K^5)^-1: tau^-1 = (5/6) Gamma E^5 coth(E/2T).

    Returns
    -------
    ndarray
        (A_ATS/4T) int_{D_min}^inf dE/E sech^2(E/2T)/(1 + omega^2 tau^2).

    Notes
    -----
    Eqs. (14)-(15) (reconstructed: magnetic_tunneling Eqs. 54-55 at phi = 0, where D = E
    and the relaxation time is single-valued at each E).
    """
    T = np.atleast_1d(np.asarray(T, float))
    _, rel = _ats_integrals(T, D_min, omega, Gamma)
    return A_ATS / (4.0 * T) * rel


def dielectric_response(T, *, A_2LS, delta0_min, E_max, gamma_s_K3, omega, A_ATS, D_min, Gamma):
    """The four parts of delta eps'/eps' of the two-species model at zero field.

    Parameters
    ----------
    T : array_like
        Temperatures, K.
    A_2LS : float
        P_bar p0^2/(eps0 eps_r).
    delta0_min, E_max : float
        2LS cutoffs, K.
    gamma_s_K3 : float
        2LS elastic constant (tau^-1 = Delta0^2 E coth(E/2T)/gamma), s K^3.
    omega : float
        rad/s.
    A_ATS, D_min, Gamma : float
        ATS prefactor (K), lowest gap (K) and relaxation constant ((s K^5)^-1);
        A_ATS = 0 gives the standard tunnelling model.

    Returns
    -------
    dict of ndarray
        ``tls_res``, ``tls_rel``, ``ats_res``, ``ats_rel`` (each up to an additive constant:
        the measured quantity is referred to the minimum, l.51).

    Notes
    -----
    Eq. (8) (``dielectric.stm_resonant``, ``dielectric.stm_relaxational``) plus Eq. (14).
    """
    T = np.atleast_1d(np.asarray(T, float))
    out = {
        "tls_res": np.atleast_1d(dielectric.stm_resonant(T, A_2LS, delta0_min, E_max)),
        "tls_rel": np.atleast_1d(
            dielectric.stm_relaxational(T, A_2LS, omega, gamma_s_K3, delta0_min, E_max)
        ),
    }
    if A_ATS > 0.0:
        out["ats_res"] = ats_resonant(T, A_ATS, D_min)
        out["ats_rel"] = ats_relaxational(T, A_ATS, D_min, omega, Gamma)
    else:
        out["ats_res"] = np.zeros_like(T)
        out["ats_rel"] = np.zeros_like(T)
    return out


def v_shape(T, y, inner=0.3, outer=1.0):
    """Slopes of a V-shaped curve on a log10 T axis, their ratio and the rounding of the V.

    Parameters
    ----------
    T, y : array_like
        Temperatures (increasing) and delta eps'/eps'.
    inner, outer : float
        Fit windows in decades from the minimum T0: below [T0 10^-outer, T0 10^-inner],
        above [T0 10^inner, T0 10^outer].

    Returns
    -------
    dict
        ``T0`` (the lowest-T local minimum, parabolic refinement in log T), ``slope_below``,
        ``slope_above`` (per decade), ``ratio`` = slope_below/slope_above (-2 for the STM),
        ``rounding`` = (y(T0) - y_V)/|slope_below| in decades, y_V the value where the two
        fitted lines cross (0 for a sharp V).

    Notes
    -----
    The -2 : 1 (STM, l.51-53) and about -1 : 1 (multicomponent glasses, l.55, l.59) slope
    ratios of Sec. 3.
    """
    T = np.asarray(T, float)
    y = np.asarray(y, float)
    lt = np.log10(T)
    interior = np.nonzero((y[1:-1] <= y[:-2]) & (y[1:-1] <= y[2:]))[0]
    if interior.size == 0:
        raise ValueError("no minimum inside the temperature grid")
    i = int(interior[0]) + 1
    c = np.polyfit(lt[i - 1 : i + 2], y[i - 1 : i + 2], 2)
    l0 = -c[1] / (2.0 * c[0]) if c[0] > 0 else lt[i]
    lo = (lt >= l0 - outer) & (lt <= l0 - inner)
    hi = (lt >= l0 + inner) & (lt <= l0 + outer)
    if lo.sum() < 3 or hi.sum() < 3:
        raise ValueError("fit windows outside the temperature grid")
    s_lo, c_lo = np.polyfit(lt[lo], y[lo], 1)
    s_hi, c_hi = np.polyfit(lt[hi], y[hi], 1)
    l_cross = (c_lo - c_hi) / (s_hi - s_lo)
    y_v = s_lo * l_cross + c_lo
    y_min = float(np.polyval(c, l0)) if c[0] > 0 else float(y[i])
    return {
        "T0": float(10.0**l0),
        "slope_below": float(s_lo),
        "slope_above": float(s_hi),
        "ratio": float(s_lo / s_hi),
        "rounding": float((y_min - y_v) / abs(s_lo)),
    }


# ============================================================================ heat capacity
def _fe_reduced(t):
    """t^2 int_0^inf y^3 e^(-t y) sech^2(y) dy, t = 2T/delta_bar (ln y panels)."""
    t = np.atleast_1d(np.asarray(t, float))
    out = np.empty_like(t)
    for n, tt in enumerate(t):
        lo = math.log(1e-7 * min(1.0, 1.0 / tt))
        hi = math.log(min(40.0, 200.0 / tt))
        m = max(8, int(math.ceil((hi - lo) / 0.1)))
        edges = np.linspace(lo, hi, m + 1)
        half = 0.5 * np.diff(edges)
        u = ((edges[:-1] + edges[1:]) / 2)[:, None] + half[:, None] * _GL_X[None, :]
        w = half[:, None] * _GL_W[None, :]
        y = np.exp(u)
        out[n] = tt**2 * np.sum(w * y**4 * np.exp(-tt * y) * tls.sech2(y))
    return out


def fe_center_heat_capacity(T, fe_scale, delta_bar):
    """Heat capacity of the trace [FeO4]0 centres with the one-parameter splitting law.

    Parameters
    ----------
    T : array_like
        K.
    fe_scale : float
        n_Fe k_B, J g^-1 K^-1 (n_Fe the centres per gram).
    delta_bar : float
        Most probable splitting, K.

    Returns
    -------
    ndarray
        fe_scale int_0^inf dDelta f(Delta) (Delta/2T)^2 sech^2(Delta/2T),
        f = (Delta/delta_bar^2) exp(-Delta/delta_bar): ~ T^2 at low T and
        1.5 fe_scale (delta_bar/T)^2 at high T.

    Notes
    -----
    Eqs. (27)-(30) (reconstructed: two levels split by Delta, "Poisson" distribution with
    a maximum at delta_bar that vanishes at 0 and infinity, l.73).
    """
    T = np.asarray(T, float)
    return fe_scale * _fe_reduced(2.0 * T / delta_bar).reshape(T.shape)


def ats_heat_capacity(T, B_ATS, D_min):
    """ATS heat capacity at zero field, the "shoulder".

    Parameters
    ----------
    T : array_like
        K.
    B_ATS : float
        2 pi k_B P* n_ATS ln(D0max/D0min), J g^-1 K^-1.
    D_min : float
        K.

    Returns
    -------
    ndarray
        B_ATS [ln 2 - I(D_min/2T)], I(a) = a tanh a - ln cosh a (-> B_ATS ln 2 for
        T >> D_min).

    Notes
    -----
    Eq. (26) = magnetic_tunneling Eq. (19) at phi = 0 (``heat_capacity.tail_J``).
    """
    return B_ATS * hc.tail_J(D_min / (2.0 * np.asarray(T, float)))


def heat_capacity(T, *, B_ph, B_2LS, B_ATS=0.0, D_min=1.0, fe_scale=0.0, delta_bar=1.0):
    """C_p = B_ph T^3 + B_2LS T + C_ATS(T) + C_Fe(T), with its parts.

    Parameters
    ----------
    T : array_like
        K.
    B_ph, B_2LS, B_ATS, D_min, fe_scale, delta_bar : float
        See the module conventions; B_ATS = fe_scale = 0 gives Eq. (21) (pure SiO2).

    Returns
    -------
    dict of ndarray
        ``phonon``, ``tls``, ``ats``, ``fe`` and ``total`` (J g^-1 K^-1).

    Notes
    -----
    Eq. (31) = (21) + (26) + (30).
    """
    T = np.asarray(T, float)
    parts = {
        "phonon": B_ph * T**3,
        "tls": B_2LS * T,
        "ats": ats_heat_capacity(T, B_ATS, D_min) if B_ATS else np.zeros_like(T),
        "fe": fe_center_heat_capacity(T, fe_scale, delta_bar) if fe_scale else np.zeros_like(T),
    }
    parts["total"] = parts["phonon"] + parts["tls"] + parts["ats"] + parts["fe"]
    return parts


def debye_prefactor(theta_D, atoms_per_formula, molar_mass_g_per_mol):
    """Debye T^3 coefficient per gram, (12 pi^4/5) R (atoms/molar mass) / theta_D^3.

    Parameters
    ----------
    theta_D : float
        Debye temperature, K.
    atoms_per_formula : int
    molar_mass_g_per_mol : float

    Returns
    -------
    float
        B_ph in J g^-1 K^-4.

    Notes
    -----
    The phonon term of Eq. (21) ("Debye-type contribution from the acoustic phonons", l.65).
    """
    return (
        12.0
        * math.pi**4
        / 5.0
        * units.GAS_CONSTANT
        * atoms_per_formula
        / molar_mass_g_per_mol
        / theta_D**3
    )


# ============================================================================ composition
def ats_prefactor(x, a):
    """ATS prefactor linear in the alkali fraction, a x.

    Parameters
    ----------
    x : array_like
        Molar fraction of alkali oxide.
    a : float

    Returns
    -------
    ndarray

    Notes
    -----
    Sec. 3 (l.61, "scales linearly with x") and Sec. 4 (B_ATS = b x, l.79).
    """
    return a * np.asarray(x, float)


def tls_prefactor(x, A0, B, kappa):
    """2LS prefactor with dilution-induced 2LS, A0 (1 - x) + B x^kappa.

    Parameters
    ----------
    x : array_like
    A0, B, kappa : float
        The three fitting parameters of l.61.

    Returns
    -------
    ndarray

    Notes
    -----
    Sec. 3 (l.61, reconstructed: "a decrease like [1 - x] would be expected", new 2LS ~
    x^kappa on the NF/NM interfaces, Eq. 20); Sec. 4 for B_2LS (l.79).
    """
    x = np.asarray(x, float)
    return A0 * (1.0 - x) + B * x**kappa


def phonon_prefactor(x, B_nf, B_nm, C, kappa):
    """Phonon prefactor: NF and NM phonons linear in composition plus an interface term.

    Parameters
    ----------
    x : array_like
    B_nf, B_nm, C, kappa : float

    Returns
    -------
    ndarray
        B_nf (1 - x) + B_nm x + C x^kappa.

    Notes
    -----
    Sec. 4 (l.71, l.81: "increases linearly", "decrease linearly like (1 - x)", a term
    proportional to x^kappa).
    """
    x = np.asarray(x, float)
    return B_nf * (1.0 - x) + B_nm * x + C * x**kappa


def ats_dipole(A_ATS_K, B_ATS, rho_g_per_m3, eps_r):
    """ATS dipole from the ratio of the dielectric and heat-capacity ATS prefactors.

    Parameters
    ----------
    A_ATS_K : float
        Dielectric prefactor, K (pi P* n_ATS rho p1^2 ln r/(eps0 eps_r)/k_B).
    B_ATS : float
        Heat-capacity prefactor 2 pi k_B P* n_ATS ln r, J g^-1 K^-1.
    rho_g_per_m3 : float
        Mass density, g m^-3.
    eps_r : float
        Relative permittivity.

    Returns
    -------
    float
        p1 in debye: p1^2 = 2 k_B eps0 eps_r (k_B A_ATS)/(rho B_ATS).

    Notes
    -----
    Sec. 5 (l.87): the ratio is independent of x if both prefactors are linear in x.
    """
    from scipy.constants import epsilon_0

    p_sq = 2.0 * units.K_B * epsilon_0 * eps_r * units.K_B * A_ATS_K / (rho_g_per_m3 * B_ATS)
    return math.sqrt(p_sq) / units.DEBYE


def elementary_dipole_debye():
    """The elementary atomic dipole e a_B in debye.

    Returns
    -------
    float
        e a_B / (1 D) = 2.54.

    Notes
    -----
    Sec. 5, l.87 (the value is lost from the text).
    """
    from scipy.constants import physical_constants

    return units.E_CHARGE * physical_constants["Bohr radius"][0] / units.DEBYE


# ============================================================================ fit models
def dielectric_fit_model(omega, delta0_min, E_max, gamma_s_K3):
    """Model of a measured delta eps'/eps'(T) curve for ``coldglass.fitting.fit``.

    Parameters
    ----------
    omega : float
        rad/s of the series.
    delta0_min, E_max, gamma_s_K3 : float
        2LS constants held fixed, as in the paper's fits (l.61: Delta0_min and gamma from
        the SiO2 fit, independent of x and omega).

    Returns
    -------
    callable
        ``f(T, A_2LS, A_ATS, D_min, Gamma, offset)``: the four parts of
        ``dielectric_response`` plus a constant (the reference eps'(T0) of the data).

    Notes
    -----
    Eqs. (8), (14), (15): the model behind Table 1.
    """

    def model(T, A_2LS, A_ATS, D_min, Gamma, offset=0.0):
        parts = dielectric_response(
            T,
            A_2LS=A_2LS,
            delta0_min=delta0_min,
            E_max=E_max,
            gamma_s_K3=gamma_s_K3,
            omega=omega,
            A_ATS=A_ATS,
            D_min=D_min,
            Gamma=Gamma,
        )
        return offset + sum(parts.values())

    return model


def heat_capacity_fit_model():
    """Model of a measured C_p(T) curve for ``coldglass.fitting.fit``.

    Returns
    -------
    callable
        ``f(T, B_ph, B_2LS, B_ATS, D_min, fe_scale, delta_bar)`` = ``heat_capacity(...)``
        total, J g^-1 K^-1.

    Notes
    -----
    Eq. (31): the model behind Table 2 (Eq. 21 with B_ATS = fe_scale = 0).
    """

    def model(T, B_ph, B_2LS, B_ATS=0.0, D_min=1.0, fe_scale=0.0, delta_bar=1.0):
        return heat_capacity(
            T,
            B_ph=B_ph,
            B_2LS=B_2LS,
            B_ATS=B_ATS,
            D_min=D_min,
            fe_scale=fe_scale,
            delta_bar=delta_bar,
        )["total"]

    return model
