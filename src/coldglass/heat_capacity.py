"""Magnetic-field dependent heat capacity of multi-component glasses (TLS + ATS + Fe ions).

Jug, Bonfanti, Kob (2015) ("magnetic_tunneling"), Sec. 4, Eqs. (14)-(20); the
ATS terms are reused unchanged by Jug & Paliienko 2013 ("mixed_alkali").

Conventions: temperatures and ATS energies in kelvin; B in tesla; concentrations per gram,
so heat capacities come out in J K^-1 g^-1 (J/K per unit of the concentration passed).
The ATS parameters enter through a = D0_min phi and b = D0_max phi in kelvin (see
``coldglass.ats.d0phi_kelvin`` for the conversion from the tabulated D0 |q/e| S) and the
ratio D0_max/D0_min (needed at phi = 0).

Functions
---------
cp_single(E, T)                  Eq. (15), one two-level system, in units of k_B.
tls_heat_capacity(T, nP)         Eq. (14) with the constant STM density n_2LS P-bar.
heat_capacity_from_dos(g, T)     Eq. (14) by quadrature for any density g(E).
schottky_heat_capacity           Eq. (16), Fe2+/Fe3+ Zeeman multiplets (z switch, see below).
schottky_partition_function_heat_capacity   the same from the partition function (reference).
ats_heat_capacity                Eqs. (18)-(19): closed form, numba kernel (the hot loop).
ats_heat_capacity_quad           Eq. (17) by scipy quadrature (reference implementation).
ats_heat_capacity_closed_scipy   Eqs. (18)-(19) with the calI integrals by scipy (reference).
  The scipy references stay here because claims C16, C17 and C28 evaluate them at run
  time; references only tests and benchmarks use are in benchmarks/references.py.
ats_heat_capacity_zero_field     Eq. (19) at phi = 0 (the B = 0 law used by Jug & Paliienko 2013).
I_function, tail_J, calI         the pieces I(x), ln 2 - I(x) and calI(x, a) of Eq. (18);
  sech^2 is ``coldglass.tls.sech2``; the numba kernels compile the numpy sources of
  ``tls.sech2`` and ``tail_J`` (one implementation each).
total_heat_capacity, cbar        sum of the B-dependent terms; C-bar = C(B) - C(infinity) (l.167,
                                 l.219), or C(B) - C(B_ref) behind the B_ref_T switch.
heat_capacity_model(x, params)   vectorised C-bar model for the Fig. 7 fits.
cbar_peak(T, params)             field and height of the C-bar(B) maximum (Fig. 7).

The z of Eq. (16). The paper prints z = g mu_B J B / k_B T (l.176). With that z, Eq. (16) is
not the heat capacity of a (2J+1)-level Zeeman multiplet: the Schottky form
(z^2/4)[sinh^-2(z/2) - (2J+1)^2 sinh^-2((2J+1)z/2)] is exact for z = g mu_B B / k_B T (the
level spacing). ``z_convention="spacing"`` (default) is the physical one, ``"printed"`` the
one as printed; see data/raw/magnetic_tunneling/errata.md.
"""

from __future__ import annotations

import math

import numpy as np
from numba import njit

from coldglass import ats, tls, units

__all__ = [
    "FE2_J",
    "FE2_G",
    "FE3_J",
    "FE3_G",
    "MU_B_OVER_K_B",
    "cp_single",
    "tls_heat_capacity",
    "heat_capacity_from_dos",
    "schottky_heat_capacity",
    "schottky_partition_function_heat_capacity",
    "fe_heat_capacity",
    "tail_J",
    "ats_heat_capacity",
    "I_function",
    "ats_heat_capacity_zero_field",
    "calI",
    "calI_quad",
    "ats_heat_capacity_closed_scipy",
    "ats_heat_capacity_quad",
    "DEFAULT_MODEL",
    "total_heat_capacity",
    "cbar",
    "heat_capacity_model",
    "cbar_peak",
]

#: Fe2+ and Fe3+ in the glass: J = 2, g = 2 and J = 5/2, g = 2 (l.176,
#: orbital momentum fully quenched, as in crystalline SiO2 [51]).
FE2_J, FE2_G = 2.0, 2.0
FE3_J, FE3_G = 2.5, 2.0
#: mu_B/k_B in K/T.
MU_B_OVER_K_B = units.MU_B / units.K_B

_GL_N = 16
_GL_X, _GL_W = np.polynomial.legendre.leggauss(_GL_N)
_S_MAX = 25.0  # calI upper limit x + 25: sech^2 has decayed by e^-50 relative to y = x
_PANEL_MAX = 2.0  # widest Gauss-Legendre panel (e^-2s varies by e^-4 across it)


# --------------------------------------------------------------------------- elementary
def cp_single(E, T):
    """Heat capacity of one two-level system in units of k_B, Eq. (15) divided by k_B.

    Parameters
    ----------
    E : float or array_like
        Level splitting E/k_B in kelvin.
    T : float or array_like
        Temperature in kelvin (broadcasts with E).

    Returns
    -------
    ndarray
        (E/2T)^2 cosh^-2(E/2T), dimensionless.

    Notes
    -----
    Eq. (15) of Jug, Bonfanti, Kob (2015); the same function of x = E/T as Eq. (26) of the
    quantum_theory review, so it is computed by ``coldglass.tls.tls_heat_capacity``.
    """
    return tls.tls_heat_capacity(np.asarray(E, dtype=float) / np.asarray(T, dtype=float))


def tls_heat_capacity(T, nP_per_K):
    """Heat capacity of the standard two-level systems, Eq. (14) with a constant density.

    Parameters
    ----------
    T : float or array_like
        Temperature in kelvin.
    nP_per_K : float
        n_2LS P-bar, in states per kelvin per gram.

    Returns
    -------
    ndarray
        C = (pi^2/6) k_B^2 n P T in J K^-1 g^-1.

    Notes
    -----
    Eq. (14) with g_2LS = n_2LS P-bar constant (Jug, Bonfanti, Kob 2015, Sec. 4). It does not
    depend on B and cancels in C-bar (Fig. 7).
    """
    return math.pi**2 / 6.0 * units.K_B * nP_per_K * np.asarray(T, dtype=float)


def heat_capacity_from_dos(dos, T, E_max_over_T=80.0, points=None):
    """Heat capacity for any density of states by quadrature, Eq. (14).

    Parameters
    ----------
    dos : callable
        g(E), states per kelvin (per unit of the concentration), E in kelvin.
    T : float
        Temperature in kelvin.
    E_max_over_T : float, optional
        Upper limit of the integral in units of T (the integrand decays as e^-E/T).
    points : sequence of float, optional
        Break points of g(E) (for the ATS density: the cutoffs E_c1, E_c2 of Eq. 13).

    Returns
    -------
    float
        k_B int_0^inf g(E) C_p0(E, T) dE, in J/K per unit of the concentration.

    Notes
    -----
    Eq. (14) of Jug, Bonfanti, Kob (2015) with C_p0 of Eq. (15) (``cp_single``); scipy quad at
    epsrel 1e-12. Claim C16 checks Eq. (17) against it.
    """
    from scipy import integrate

    val, _ = integrate.quad(
        lambda E: dos(E) * cp_single(E, T),
        0.0,
        E_max_over_T * T,
        points=points,
        limit=400,
        epsabs=0.0,
        epsrel=1e-12,
    )
    return units.K_B * val


# --------------------------------------------------------------------------- Eq. 16
def _schottky_reduced(z, J):
    """(z^2/4)[sinh^-2(z/2) - N^2 sinh^-2(N z/2)], N = 2J+1, stable for small and large z."""
    z = np.abs(np.asarray(z, dtype=float))
    N = 2.0 * J + 1.0
    out = np.empty_like(z)
    small = z < 1e-3
    u = z[small] / 2.0
    # 1/sinh^2 u = 1/u^2 - 1/3 + u^2/15 - 2u^4/189
    out[small] = u**2 * (
        (N**2 - 1.0) / 3.0 + u**2 * (1.0 - N**4) / 15.0 + u**4 * 2.0 * (N**6 - 1.0) / 189.0
    )
    zz = z[~small]
    with np.errstate(over="ignore"):
        t1 = (zz / 2.0 / np.sinh(zz / 2.0)) ** 2
        t2 = (N * zz / 2.0 / np.sinh(N * zz / 2.0)) ** 2
    out[~small] = np.nan_to_num(t1) - np.nan_to_num(t2)
    return out


def schottky_heat_capacity(T, B, J, g, n=1.0, z_convention="spacing"):
    """Zeeman (Langevin-Schottky) heat capacity of n spin-J ions, Eq. (16).

    Parameters
    ----------
    T, B : float or array_like
        Temperature (K) and magnetic field (T); they broadcast.
    J, g : float
        Spin and Lande factor of the ion (Fe2+: 2, 2; Fe3+: 5/2, 2, l.176).
    n : float, optional
        Concentration (per gram gives J K^-1 g^-1).
    z_convention : {"spacing", "printed"}
        ``"spacing"``: z = g mu_B B/k_B T (the level spacing, physical); ``"printed"``:
        z = g mu_B J B/k_B T as printed at l.176.

    Returns
    -------
    ndarray
        n k_B (z^2/4)[sinh^-2(z/2) - (2J+1)^2 sinh^-2((2J+1)z/2)], in J/K per unit n.

    Notes
    -----
    Eq. (16) of Jug, Bonfanti, Kob (2015). Only the "spacing" z makes Eq. (16) the heat capacity
    of a (2J+1)-level Zeeman multiplet (claim C28, data/raw/magnetic_tunneling/errata.md).
    """
    T = np.asarray(T, dtype=float)
    B = np.asarray(B, dtype=float)
    if z_convention == "spacing":
        z = g * MU_B_OVER_K_B * B / T
    elif z_convention == "printed":
        z = g * MU_B_OVER_K_B * J * B / T
    else:
        raise ValueError(f"z_convention must be 'spacing' or 'printed', not {z_convention!r}")
    (z,) = np.broadcast_arrays(z)
    return n * units.K_B * _schottky_reduced(z, J).reshape(z.shape)


def schottky_partition_function_heat_capacity(T, B, J, g, n=1.0):
    """Zeeman heat capacity from the partition function (reference for Eq. 16).

    Parameters
    ----------
    T, B : float or array_like
        Temperature (K) and field (T); they broadcast.
    J, g : float
        Spin and Lande factor.
    n : float, optional
        Concentration.

    Returns
    -------
    ndarray
        n k_B beta^2 var(E_m) for the levels E_m = m g mu_B B, m = -J..J, in J/K per unit n.

    Notes
    -----
    The statistical-mechanics definition that decides the z of Eq. (16) (Jug, Bonfanti, Kob
    2015, l.176): claim C28 compares it with both conventions of ``schottky_heat_capacity``.
    """
    m = np.arange(-J, J + 0.5, 1.0)
    T = np.asarray(T, dtype=float)
    B = np.asarray(B, dtype=float)
    x = (g * MU_B_OVER_K_B * B / T)[..., None] * m  # E_m/k_B T
    x = x - x.max(axis=-1, keepdims=True)
    w = np.exp(x)
    w /= w.sum(axis=-1, keepdims=True)
    mean = (w * x).sum(axis=-1)
    var = (w * x**2).sum(axis=-1) - mean**2
    return n * units.K_B * var


def fe_heat_capacity(
    T, B, n_fe2, n_fe3, z_convention="spacing", fe2=(FE2_J, FE2_G), fe3=(FE3_J, FE3_G)
):
    """Heat capacity of the Fe2+ and Fe3+ impurities, C_Fe2+ + C_Fe3+ of Eq. (16).

    Parameters
    ----------
    T, B : float or array_like
        Temperature (K) and field (T).
    n_fe2, n_fe3 : float
        Concentrations (per gram gives J K^-1 g^-1).
    z_convention : {"spacing", "printed"}
        See ``schottky_heat_capacity``.
    fe2, fe3 : tuple of float
        (J, g) of each ion; default (2, 2) and (5/2, 2) as at l.176.

    Returns
    -------
    ndarray
        C_Fe2+ + C_Fe3+ in J/K per unit of the concentrations.

    Notes
    -----
    Eq. (16) of Jug, Bonfanti, Kob (2015) for each ion, with the spins and g factors of l.176.
    """
    return schottky_heat_capacity(
        T, B, fe2[0], fe2[1], n_fe2, z_convention
    ) + schottky_heat_capacity(T, B, fe3[0], fe3[1], n_fe3, z_convention)


# --------------------------------------------------------------------------- Eqs. 17-19
def tail_J(x):
    """J(x) = int_x^inf y sech^2 y dy = ln 2 - I(x), without cancellation (x >= 0).

    Parameters
    ----------
    x : float or array_like
        Lower limit (its absolute value is used).

    Returns
    -------
    float or ndarray
        x 2q/(1 + q) + ln(1 + q), q = e^(-2x).

    Notes
    -----
    I(x) = x tanh x - ln cosh x is the function of Eq. (18) (Jug, Bonfanti, Kob 2015, l.203);
    J = ln 2 - I is its tail, the form the kernels need. The same source runs on arrays and,
    compiled by numba, inside the Eq. (18)-(19) kernel.
    """
    x = np.abs(x)
    q = np.exp(-2.0 * x)
    return x * 2.0 * q / (1.0 + q) + np.log1p(q)


#: numba-compiled views of the numpy sources (one implementation each, scalar kernels).
_sech2 = njit(cache=True)(tls.sech2)
_tail_J = njit(cache=True)(tail_J)


@njit(cache=True)
def _calI(x, a, glx, glw):
    """calI(x, a) = int_x^inf y sech^2(y) ln(y^2 - a^2) dy for x >= a >= 0 (l.205).

    Composite Gauss-Legendre in s = y - x: geometric panels starting at the distance
    x - a of the logarithmic singularity (so every panel sees it at >= its width), then
    panels of width <= 2 up to s = 25.
    """
    delta = x - a
    w = delta
    if w < 1e-15:
        w = 1e-15
    if w > _PANEL_MAX:
        w = _PANEL_MAX
    total = 0.0
    lo = 0.0
    width = w
    n = glx.shape[0]
    while lo < _S_MAX:
        hi = lo + width
        half = 0.5 * width
        mid = lo + half
        acc = 0.0
        for k in range(n):
            s = mid + half * glx[k]
            y = x + s
            acc += glw[k] * y * _sech2(y) * (math.log(delta + s) + math.log(y + a))
        total += half * acc
        lo = hi
        width = min(lo, _PANEL_MAX)  # geometric (doubling) panels, then capped
    return total


@njit(cache=True)
def _c_ats_reduced(T, d_min, a, b, ln_ratio, glx, glw):
    """C_ATS/(2 pi P* n k_B) from Eqs. (18)-(19); a = D0min phi, b = D0max phi (K)."""
    xmin = d_min / (2.0 * T)
    if a <= 0.0 or b <= 0.0:
        return ln_ratio * _tail_J(xmin)  # phi -> 0: C~0 with x_c2 = x_min
    alpha = a / (2.0 * T)
    beta = b / (2.0 * T)
    xc1 = math.sqrt(xmin * xmin + alpha * alpha)
    xc2 = math.sqrt(xmin * xmin + beta * beta)
    jc1 = _tail_J(xc1)
    jc2 = _tail_J(xc2)
    c0 = ln_ratio * jc2  # Eq. (19)
    first = (jc2 - jc1) * math.log(xmin * alpha)  # [I(xc1) - I(xc2)] ln(xmin x0min phi)
    second = 0.5 * (
        _calI(xc1, xmin, glx, glw)
        - _calI(xc2, xmin, glx, glw)
        + _calI(xc1, alpha, glx, glw)
        - _calI(xc2, beta, glx, glw)
    )
    return c0 + first + second


@njit(cache=True)
def _c_ats_array(T, d_min, a, b, ln_ratio, glx, glw):
    out = np.empty(T.shape[0])
    for i in range(T.shape[0]):
        out[i] = _c_ats_reduced(T[i], d_min[i], a[i], b[i], ln_ratio[i], glx, glw)
    return out


def ats_heat_capacity(T, D_min, a, b, D0_ratio, Pn=1.0):
    """ATS heat capacity C_ATS(T, phi), Eqs. (18)-(19) (numba kernel).

    Parameters
    ----------
    T, D_min : float or array_like
        Temperature and the smallest ATS gap D_min, in kelvin.
    a, b : float or array_like
        D0_min phi and D0_max phi in kelvin (orientation-averaged and high-field corrected if
        wanted, see ``ats.d0phi_kelvin``); a = b = 0 is the B = 0 limit.
    D0_ratio : float or array_like
        D0_max/D0_min (= X_max/X_min).
    Pn : float, optional
        P* n_ATS (per gram gives J K^-1 g^-1).

    Returns
    -------
    ndarray
        C_ATS in J/K per unit Pn, shaped like the broadcast inputs.

    Notes
    -----
    Eqs. (18)-(19) of Jug, Bonfanti, Kob (2015), Sec. 4: the closed form in I(x) and the
    integrals calI(x, a) of l.205, evaluated by composite Gauss-Legendre (``_calI``). Agrees
    with Eq. (17) by scipy quad (``ats_heat_capacity_quad``) to 1e-10 (claim C17,
    benchmarks/bench_magnetic_tunneling_cp.py).
    """
    T, D_min, a, b, D0_ratio = np.broadcast_arrays(
        *(np.asarray(v, dtype=float) for v in (T, D_min, a, b, D0_ratio))
    )
    shape = T.shape
    red = _c_ats_array(
        T.ravel().copy(),
        D_min.ravel().copy(),
        a.ravel().copy(),
        b.ravel().copy(),
        np.log(D0_ratio).ravel().copy(),
        _GL_X,
        _GL_W,
    )
    return 2.0 * math.pi * units.K_B * np.asarray(Pn) * red.reshape(shape)


def I_function(x):
    """I(x) = x tanh x - ln cosh x of Eq. (18), overflow-safe.

    Parameters
    ----------
    x : float or array_like
        Argument (its absolute value is used).

    Returns
    -------
    ndarray
        I(x) = ln 2 - J(x) (see ``tail_J``).

    Notes
    -----
    The function I(x) of Eq. (18), defined at l.203 of Jug, Bonfanti, Kob (2015).
    """
    x = np.abs(np.asarray(x, dtype=float))
    return math.log(2.0) - tail_J(x)


def ats_heat_capacity_zero_field(T, D_min, D0_ratio, Pn=1.0):
    """ATS heat capacity at B = 0 (phi = 0): Eq. (19) with x_c2 = x_min.

    Parameters
    ----------
    T, D_min : float or array_like
        Temperature and the smallest ATS gap, in kelvin.
    D0_ratio : float or array_like
        D0_max/D0_min.
    Pn : float, optional
        P* n_ATS.

    Returns
    -------
    ndarray
        2 pi k_B P* n ln(D0max/D0min) [ln 2 - I(D_min/2 k_B T)] in J/K per unit Pn; it tends
        to the "shoulder" 2 pi k_B P* n ln(D0max/D0min) ln 2 for k_B T >> D_min.

    Notes
    -----
    Eq. (19) of Jug, Bonfanti, Kob (2015) at phi = 0, the B = 0 law the mixed_alkali paper
    reuses.
    """
    return (
        2.0
        * math.pi
        * units.K_B
        * np.asarray(Pn)
        * np.log(D0_ratio)
        * tail_J(np.asarray(D_min, dtype=float) / (2.0 * np.asarray(T, dtype=float)))
    )


def calI(x, a):
    """calI(x, a) = int_x^inf y sech^2 y ln(y^2 - a^2) dy, numba kernel (scalar).

    Parameters
    ----------
    x, a : float
        Lower limit and the logarithm's zero, x >= a >= 0 (reduced energies E/2T).

    Returns
    -------
    float
        The integral, by composite Gauss-Legendre with geometric panels at the log edge.

    Notes
    -----
    The integral calI of Eq. (18), defined at l.205 of Jug, Bonfanti, Kob (2015). Checked
    against ``calI_quad`` (scipy) in tests/test_heat_capacity.py.
    """
    return _calI(float(x), float(a), _GL_X, _GL_W)


def calI_quad(x, a):
    """calI(x, a) of Eq. (18) by scipy quad (reference of ``calI``).

    Parameters
    ----------
    x, a : float
        Lower limit and the logarithm's zero, x >= a >= 0.

    Returns
    -------
    float
        The integral, split at x + 1, epsrel 1e-13, up to x + 60.

    Notes
    -----
    The integral of l.205 of Jug, Bonfanti, Kob (2015). It stays in the library because claim
    C17 evaluates Eq. (18) with it (``ats_heat_capacity_closed_scipy``) at run time.
    """
    from scipy import integrate

    def f(y):
        return y * tls.sech2(y) * math.log(y * y - a * a)

    edge = x + 1.0
    v1, _ = integrate.quad(f, x, edge, epsabs=0.0, epsrel=1e-13, limit=400)
    v2, _ = integrate.quad(f, edge, x + 60.0, epsabs=0.0, epsrel=1e-13, limit=400)
    return v1 + v2


def ats_heat_capacity_closed_scipy(T, D_min, a, b, D0_ratio, Pn=1.0):
    """Eqs. (18)-(19) with the calI integrals by scipy quad (scalar reference).

    Parameters
    ----------
    T, D_min, a, b, D0_ratio, Pn : float
        As in ``ats_heat_capacity`` (scalars).

    Returns
    -------
    float
        C_ATS in J/K per unit Pn.

    Notes
    -----
    Eqs. (18)-(19) of Jug, Bonfanti, Kob (2015) evaluated independently of the numba kernel;
    claim C17 compares both with Eq. (17).
    """
    xmin = D_min / (2.0 * T)
    if a <= 0.0:
        red = math.log(D0_ratio) * float(_tail_J(xmin))
    else:
        al, be = a / (2.0 * T), b / (2.0 * T)
        xc1, xc2 = math.hypot(xmin, al), math.hypot(xmin, be)
        jc1, jc2 = float(_tail_J(xc1)), float(_tail_J(xc2))
        red = (
            math.log(D0_ratio) * jc2
            + (jc2 - jc1) * math.log(xmin * al)
            + 0.5
            * (
                calI_quad(xc1, xmin)
                - calI_quad(xc2, xmin)
                + calI_quad(xc1, al)
                - calI_quad(xc2, be)
            )
        )
    return 2.0 * math.pi * units.K_B * Pn * red


def ats_heat_capacity_quad(T, D_min, a, b, D0_ratio, Pn=1.0):
    """Eq. (17) by scipy quad over E (scalar reference; no singular integrand).

    Parameters
    ----------
    T, D_min, a, b, D0_ratio, Pn : float
        As in ``ats_heat_capacity`` (scalars); a <= 0 selects the B = 0 form.

    Returns
    -------
    float
        C_ATS in J/K per unit Pn.

    Notes
    -----
    Eq. (17) of Jug, Bonfanti, Kob (2015), energies in K::

        C = pi P* n / (4 k_B T^2) {
              int_{Ec1}^{Ec2} E sech^2(E/2T) ln[(E^2-a^2)(E^2-Dmin^2)/(Dmin^2 a^2)]
            + int_{Ec2}^inf E sech^2(E/2T) ln[ratio^2 (E^2-a^2)/(E^2-b^2)] }

    Claims C16 (Eq. 17 = Eq. 14) and C17 (Eq. 18 = Eq. 17) use it at run time.
    """
    from scipy import integrate

    if a <= 0.0:

        def f(E):
            return E * tls.sech2(E / (2 * T)) * 2.0 * math.log(D0_ratio)

        v, _ = integrate.quad(f, D_min, D_min + 80 * T, epsabs=0, epsrel=1e-13, limit=400)
        return math.pi * Pn * units.K_B / (4 * T * T) * v
    ec1 = math.hypot(D_min, a)
    ec2 = math.hypot(D_min, b)

    def f1(E):
        return (
            E
            * tls.sech2(E / (2 * T))
            * (math.log((E * E - a * a) / D_min**2) + math.log((E * E - D_min**2) / a**2))
        )

    def f2(E):
        return (
            E
            * tls.sech2(E / (2 * T))
            * (2 * math.log(D0_ratio) + math.log((E * E - a * a) / (E * E - b * b)))
        )

    pts = [ec1 + (ec2 - ec1) * t for t in (1e-8, 1e-6, 1e-4, 1e-2)]
    v1, _ = integrate.quad(f1, ec1, ec2, points=pts, epsabs=0, epsrel=1e-13, limit=400)
    v2, _ = integrate.quad(f2, ec2, ec2 + 80 * T, epsabs=0, epsrel=1e-13, limit=400)
    return math.pi * Pn * units.K_B / (4 * T * T) * (v1 + v2)


# --------------------------------------------------------------------------- Fig. 7 model
DEFAULT_MODEL = {
    "orientation_average": True,  # phi -> phi/sqrt(3) (l.209); False: none; "exact": cos average
    "B_star_T": None,  # weak-field formula; B* undetermined in the C_p fits (l.219)
    "B_ref_T": None,  # None: C-bar = C(B) - C(infinity) (l.167, l.219); 8.0: C(B) - C(8 T)
    "z_convention": "spacing",  # Eq. (16), see module docstring
    "fe2_J": FE2_J,
    "fe2_g": FE2_G,  # l.176
    "fe3_J": FE3_J,
    "fe3_g": FE3_G,  # l.176
}


def total_heat_capacity(T, B, params):
    """B-dependent heat capacity C_Fe2+ + C_Fe3+ + C_ATS, Eqs. (16) and (18).

    Parameters
    ----------
    T, B : float or array_like
        Temperature (K) and field (T); they broadcast.
    params : dict
        n_fe2_per_g, n_fe3_per_g, Pn_ats_per_g, D_min_K, X_min_K_A2, X_max_K_A2 and the
        optional keys of ``DEFAULT_MODEL`` (orientation_average, B_star_T, B_ref_T,
        z_convention, fe2_J, fe2_g, fe3_J, fe3_g).

    Returns
    -------
    ndarray
        C in J K^-1 g^-1. The 2LS and phonon terms do not depend on B and cancel in C-bar;
        they are not included.

    Notes
    -----
    Eqs. (16), (18)-(19) of Jug, Bonfanti, Kob (2015), with phi -> phi/sqrt3 (l.209) or the
    exact orientation average (``orientation_average="exact"``, l.358).
    """
    p = {**DEFAULT_MODEL, **params}
    T = np.asarray(T, dtype=float)
    B = np.asarray(B, dtype=float)
    T, B = np.broadcast_arrays(T, B)
    ratio = p["X_max_K_A2"] / p["X_min_K_A2"]
    if p["orientation_average"] == "exact":
        # uniform average over c = cos(angle between S and B) in [0, 1], phi -> phi c
        # (the "numerical" average the paper replaces by phi/sqrt3, l.209, l.358)
        nodes, weights = np.polynomial.legendre.leggauss(32)
        a1 = ats.d0phi_kelvin(B, p["X_min_K_A2"], False, p["B_star_T"])
        b1 = ats.d0phi_kelvin(B, p["X_max_K_A2"], False, p["B_star_T"])
        c_ats = sum(
            0.5
            * w
            * ats_heat_capacity(
                T, p["D_min_K"], a1 * 0.5 * (x + 1), b1 * 0.5 * (x + 1), ratio, p["Pn_ats_per_g"]
            )
            for x, w in zip(nodes, weights)
        )
    else:
        a = ats.d0phi_kelvin(B, p["X_min_K_A2"], bool(p["orientation_average"]), p["B_star_T"])
        b = ats.d0phi_kelvin(B, p["X_max_K_A2"], bool(p["orientation_average"]), p["B_star_T"])
        c_ats = ats_heat_capacity(T, p["D_min_K"], a, b, ratio, p["Pn_ats_per_g"])
    c_fe = fe_heat_capacity(
        T,
        B,
        p["n_fe2_per_g"],
        p["n_fe3_per_g"],
        p["z_convention"],
        (p["fe2_J"], p["fe2_g"]),
        (p["fe3_J"], p["fe3_g"]),
    )
    return c_ats + c_fe


def cbar(T, B, params):
    """C-bar(T, B) = C(T, B) - C(T, B -> infinity), the quantity of Fig. 7 (l.167, l.219).

    Parameters
    ----------
    T, B : array_like
        Temperature (K) and field (T), broadcast.
    params : dict
        As for :func:`total_heat_capacity`; ``B_ref_T`` (default None) selects the reference.

    Returns
    -------
    numpy.ndarray
        C-bar in J K^-1 g^-1.

    Notes
    -----
    The paper defines C-bar_p = C_p(B) - C_p(infinity) (l.167, l.219) and takes the data at
    the strongest applied field (8 T) for C_p(infinity). In the model every B-dependent term
    vanishes as B -> infinity: the Zeeman terms of Eq. (16) fall off as z^2 e^-z, and the ATS
    term of Eqs. (17)-(18) as the sech^2 weight above E_c1 = sqrt(D_min^2 + D0min^2 phi^2),
    which grows without bound in the weak-field form; so C(infinity) = 0 and C-bar = C
    (``B_ref_T=None``, the default). ``B_ref_T=8.0`` subtracts the model at 8 T instead, i.e.
    the weak-field formula far beyond its validity (about 1 T, l.211); see errata.md (C44).
    With the high-field replacement of Eq. (20) the model has no B -> infinity limit (the
    expansion turns phi^2 negative above sqrt(45) B*), so B_star_T needs a finite B_ref_T.
    """
    p = {**DEFAULT_MODEL, **params}
    if p["B_ref_T"] is None:
        if p["B_star_T"] is not None:
            raise ValueError("C(B -> infinity) needs the weak-field model (B_star_T=None)")
        return total_heat_capacity(T, B, p)
    return total_heat_capacity(T, B, p) - total_heat_capacity(T, p["B_ref_T"], p)


def heat_capacity_model(x, params, variable="B"):
    """Vectorised C-bar model for the Fig. 7 fits.

    Parameters
    ----------
    x : array_like
        B in tesla (``variable="B"``, params has T_K) or T in kelvin (``variable="T"``,
        params has B_T).
    params : dict
        As in ``total_heat_capacity`` plus T_K or B_T.
    variable : {"B", "T"}
        Which variable x is.

    Returns
    -------
    ndarray
        C-bar in J K^-1 g^-1.

    Notes
    -----
    The model of Fig. 7 (l.167), Eqs. (16) and (18), as fitted for Tables 2 and 4.
    """
    x = np.asarray(x, dtype=float)
    if variable == "B":
        return cbar(params["T_K"], x, params)
    if variable == "T":
        return cbar(x, params["B_T"], params)
    raise ValueError("variable must be 'B' or 'T'")


def cbar_peak(T, params, B_max=8.0):
    """Field and value of the maximum of C-bar(B) at temperature T.

    Parameters
    ----------
    T : float
        Temperature in kelvin.
    params : dict
        As in ``cbar``.
    B_max : float, optional
        Upper end of the field grid in tesla.

    Returns
    -------
    tuple of float
        (B_peak in T, C-bar at the peak in J K^-1 g^-1): grid of 801 fields, then golden
        section.

    Notes
    -----
    The maximum of the curves of Fig. 7 (Jug, Bonfanti, Kob 2015, l.167), written beside
    the curves by scripts/magnetic_tunneling/fig07_curves.py.
    """
    B = np.linspace(1e-3, B_max, 801)
    c = cbar(T, B, params)
    i = int(np.argmax(c))
    lo, hi = B[max(i - 1, 0)], B[min(i + 1, len(B) - 1)]
    gr = (math.sqrt(5) - 1) / 2
    for _ in range(60):
        m1 = hi - gr * (hi - lo)
        m2 = lo + gr * (hi - lo)
        if cbar(T, m1, params) > cbar(T, m2, params):
            hi = m2
        else:
            lo = m1
    Bp = 0.5 * (lo + hi)
    return Bp, float(cbar(T, Bp, params))
