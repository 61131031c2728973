"""Phonon-mediated interactions of defects in an isotropic elastic medium.

Schechter & Stamp, "What are the interactions in quantum glasses?" (arXiv:0801.4944), Secs.
III-IV.  Defects couple linearly to strain (orientation coupling gamma, volume coupling eta,
Eq. 7) and to the strain gradient (zeta, Eq. 8).  Eliminating acoustic phonons with
longitudinal and transverse sound velocities ``c_l != c_t`` at second order gives

* the S-S Ising kernel U^zz ~ 1/R^3 (Eqs. 13-17),
* the S-volume random-field kernel U^z0 ~ 1/R^3 (Eqs. 19-28),
* the S-tau kernel U^Stau ~ 1/R^4, odd in R (Eqs. 32-58),
* the volume-tau kernel U_etatau ~ 1/R^4 (Eqs. 64-69),
* the tau-tau kernel J ~ 1/R^5 (Eq. 72; the paper gives only its order of magnitude).

Every kernel is written here three ways:

1. **closed form in real space** (``*_closed``): contractions of derivatives of the Kelvin
   Green's function of isotropic elasticity,
   G_ag(R) = [delta_ag / (c_t^2 R) + (1/2)(1/c_l^2 - 1/c_t^2) d_a d_g R] / (4 pi rho),
   which is the Fourier transform of the static response of Eq. (12)-(14);
2. **the paper's own tensor forms** (Eqs. 16, 26, 36 with 46 and 50-58, 60, 66): with the
   printed or the corrected coefficients, so that printed and corrected can be compared;
3. **the momentum sum itself** (``momentum_sum``), evaluated by quadrature with a Gaussian
   regulator exp(-eps q^2): the radial integral is done exactly (Hermite functions), the
   angular one by Gauss-Legendre x trapezoid quadrature; the regulator error is exactly linear
   in eps for the 1/q^4 parts (and exponentially small for the harmonic 1/q^2 parts), so a
   two-point Richardson extrapolation in eps removes it.

Units: any consistent set; the defaults rho = c_l = 1.  Coupling tensors: gamma (3, 3),
eta scalar, zeta (3, 3, 3) with zeta[a, b, d] multiplying d_b d_d X_a (Eq. 8).
R = x_1 - x_2 (l.169); for the S-tau and eta-tau kernels site 1 is the S (or volume) defect
and site 2 the tau defect, as in Eqs. (32)-(34) and (64).
"""

import functools
import math

import numpy as np

__all__ = [
    "F_COEFFICIENTS_CORRECTED",
    "F_COEFFICIENTS_PRINTED",
    "F_RELATIONS_CORRECTED",
    "F_RELATIONS_PRINTED",
    "G_COEFFICIENTS",
    "I_COEFFICIENTS",
    "SCALAR_INTEGRALS",
    "contraction_coefficients",
    "eq16_ising_kernel",
    "eq26_volume_kernel",
    "eq36_s_tau_kernel",
    "eq60_prefactors",
    "eq66_volume_tau_kernel",
    "energy_hierarchy",
    "isotropic_basis",
    "kelvin_derivative",
    "momentum_sum",
    "plaquette_projection",
    "polarisation_sum_residual",
    "radial_derivative",
    "regulated_scalar_integral",
    "scalar_integral",
    "solve_coefficients",
    "tensor_F",
    "tensor_G",
    "tensor_I",
    "u_eta_tau_closed",
    "u_s_tau_closed",
    "u_tau_tau_closed",
    "u_z0_closed",
    "u_zz_closed",
]

PI2 = math.pi**2
#: Eq. (25): I = a delta + b n n with a = 2 pi^2, b = -6 pi^2 (l.248).
I_COEFFICIENTS = (2.0 * PI2, -6.0 * PI2)
#: Eq. (46): G = A (delta n)_3 + B n n n with A = 6 pi^2, B = -30 pi^2 (l.377).
G_COEFFICIENTS = (6.0 * PI2, -30.0 * PI2)
#: Eq. (58) as printed (l.433-437): a = 24 pi^2/5, b = -138 pi^2/5, c = 1092 pi^2/5.
F_COEFFICIENTS_PRINTED = (24.0 * PI2 / 5.0, -138.0 * PI2 / 5.0, 1092.0 * PI2 / 5.0)
#: F = pi^2 R^4 d^5 R: a = 3 pi^2, b = -15 pi^2, c = 105 pi^2 (see errata.md).
F_COEFFICIENTS_CORRECTED = (3.0 * PI2, -15.0 * PI2, 105.0 * PI2)
#: The three linear relations (coefficients of a, b, c; right-hand side / pi^2):
#: Eqs. (53), (55), (57) as printed, and with the n^5 contraction recounted (15, not 12).
F_RELATIONS_PRINTED = (((35, 14, 1), 0.0), ((21, 12, 1), -12.0), ((12, 10, 1), 0.0))
F_RELATIONS_CORRECTED = (((35, 14, 1), 0.0), ((21, 12, 1), -12.0), ((15, 10, 1), 0.0))
#: The scalar integrals of Eqs. (23), (45), (52), (56) as printed, in units of pi^2:
#: name -> (angular power m of q_z/q, radial power s, parity, printed value / pi^2).
SCALAR_INTEGRALS = {
    "Eq. 23": (2, 0, "cos", -4.0),
    "Eq. 45": (3, 1, "sin", -12.0),
    "Eq. 52": (1, 1, "sin", 0.0),
    "Eq. 56": (5, 1, "sin", 0.0),
}


# --- homogeneous isotropic tensors -------------------------------------------------------


def _matchings(rank, pairs):
    """All ways to place ``pairs`` disjoint index pairs among ``rank`` positions.

    Returns a list of (pairs, singles) tuples of position indices.
    """

    def split(positions, wanted):
        if wanted == 0:
            yield (), tuple(positions)
            return
        if len(positions) < 2 * wanted:
            return
        first, rest = positions[0], positions[1:]
        for k, partner in enumerate(rest):
            for chosen, singles in split(rest[:k] + rest[k + 1 :], wanted - 1):
                yield ((first, partner), *chosen), singles
        for chosen, singles in split(rest, wanted):
            yield chosen, (first, *singles)

    return list(split(tuple(range(rank)), pairs))


def isotropic_basis(rank, pairs, n):
    """Sum over all distinct placements of ``pairs`` deltas and ``rank - 2 pairs`` n's.

    Parameters
    ----------
    rank : int
        Tensor rank.
    pairs : int
        Number of Kronecker deltas in each term.
    n : array_like, shape (3,)
        Unit vector.

    Returns
    -------
    numpy.ndarray, shape (3,) * rank
        E.g. rank 5, pairs 2: the 15-term F^a of Eq. (51); pairs 1: the 10-term F^b;
        pairs 0: F^c = n n n n n.  Rank 3, pairs 1: the bracket of Eq. (41).

    Notes
    -----
    Terms are enumerated explicitly (no symmetrisation factor), as the paper's Eq. (51).
    """
    n = np.asarray(n, dtype=float)
    delta = np.eye(3)
    total = np.zeros((3,) * rank)
    for chosen, singles in _matchings(rank, pairs):
        factors = [delta] * len(chosen) + [n] * len(singles)
        order = [i for pair in chosen for i in pair] + list(singles)
        term = factors[0]
        for f in factors[1:]:
            term = np.multiply.outer(term, f)
        total += np.transpose(term, np.argsort(order))
    return total


def radial_derivative(power, rank, vector):
    """Cartesian derivative tensor d_{i1} ... d_{ik} |R|^p at R = ``vector``.

    Parameters
    ----------
    power : float
        Exponent p (p = -1 for 1/R, p = 1 for R).
    rank : int
        Number of derivatives k.
    vector : array_like, shape (3,)
        The point R (not at the origin).

    Returns
    -------
    numpy.ndarray, shape (3,) * rank

    Notes
    -----
    d^k R^p = R^(p-k) sum_m C_km S_m(n), with S_m the basis of ``isotropic_basis`` with m
    deltas and C_km = prod_{j=0}^{k-m-1} (p - 2 j).  Gives the identities used for
    Eqs. (25), (46) and (58): R^3 d^2(1/R) = 3 n n - delta, R^4 d^3(1/R) = 3 (delta n)_3 -
    15 n n n, R^4 d^5 R = 3 F^a - 15 F^b + 105 F^c.
    """
    vector = np.asarray(vector, dtype=float)
    r = float(np.linalg.norm(vector))
    n = vector / r
    total = np.zeros((3,) * rank)
    for m in range(rank // 2 + 1):
        coefficient = math.prod(power - 2 * j for j in range(rank - m))
        if coefficient:
            total += coefficient * isotropic_basis(rank, m, n)
    return total * r ** (power - rank)


def tensor_I(n, coefficients=I_COEFFICIENTS):
    """I_ab = a delta_ab + b n_a n_b (Eq. 21 ansatz; Eq. 25 with the default a, b).

    Parameters
    ----------
    n : array_like, shape (3,)
        Unit vector along R.
    coefficients : tuple of float
        (a, b); default ``I_COEFFICIENTS`` = (2 pi^2, -6 pi^2) of Eq. (25).

    Returns
    -------
    numpy.ndarray, shape (3, 3)
        The symmetric tensor I_ab(n) (dimensionless; multiplies 1/R^3 in Eq. 26).

    Notes
    -----
    Eq. (21) is the isotropic ansatz for the angular integral of Eqs. (20)-(23); Eq. (25)
    fixes a = 2 pi^2, b = -6 pi^2 (l.248) from the trace and the n n contraction.
    """
    a, b = coefficients
    return a * isotropic_basis(2, 1, n) + b * isotropic_basis(2, 0, n)


def tensor_G(n, coefficients=G_COEFFICIENTS):
    """G_bde = A (delta n)_3 + B n n n (Eq. 41; Eq. 46 with the default A, B).

    Parameters
    ----------
    n : array_like, shape (3,)
        Unit vector along R.
    coefficients : tuple of float
        (A, B); default ``G_COEFFICIENTS`` = (6 pi^2, -30 pi^2) of Eq. (46).

    Returns
    -------
    numpy.ndarray, shape (3, 3, 3)
        The symmetric rank-3 tensor G_bde(n); (delta n)_3 is the 3-term sum
        delta_bd n_e + delta_be n_d + delta_de n_b.

    Notes
    -----
    Eq. (41) is the isotropic ansatz for the rank-3 angular integral of the S-tau kernel;
    Eq. (46) (l.377) gives A = 6 pi^2, B = -30 pi^2 from the contractions of Eqs. (42)-(45).
    """
    a, b = coefficients
    return a * isotropic_basis(3, 1, n) + b * isotropic_basis(3, 0, n)


def tensor_F(n, coefficients=F_COEFFICIENTS_CORRECTED):
    """F = a F^a + b F^b + c F^c (Eqs. 50-51) with given (a, b, c) (Eq. 58 or corrected).

    Parameters
    ----------
    n : array_like, shape (3,)
        Unit vector along R.
    coefficients : tuple of float
        (a, b, c); default ``F_COEFFICIENTS_CORRECTED`` = (3, -15, 105) pi^2, or
        ``F_COEFFICIENTS_PRINTED`` = (24, -138, 1092) pi^2 / 5 of Eq. (58).

    Returns
    -------
    numpy.ndarray, shape (3, 3, 3, 3, 3)
        The rank-5 tensor F_abgde(n): F^a has 15 terms with two deltas, F^b 10 terms with one
        delta, F^c = n n n n n (Eq. 51).

    Notes
    -----
    Eqs. (50)-(51) define the ansatz; Eq. (58) (l.433-437) prints the coefficients. The
    corrected ones follow from F = pi^2 R^4 d^5 R (see ``radial_derivative`` and errata.md).
    """
    a, b, c = coefficients
    return (
        a * isotropic_basis(5, 2, n) + b * isotropic_basis(5, 1, n) + c * isotropic_basis(5, 0, n)
    )


def contraction_coefficients(n):
    """The contractions of F^a, F^b, F^c that give Eqs. (53), (55), (57).

    Parameters
    ----------
    n : array_like, shape (3,)
        Unit vector.

    Returns
    -------
    dict
        name -> (value for F^a, F^b, F^c): "Eq. 53" sum F_aabbe n_e, "Eq. 55"
        sum F_aagde n_g n_d n_e, "Eq. 57" sum F n n n n n.  The paper prints (35, 14, 1),
        (21, 12, 1), (12, 10, 1).

    Notes
    -----
    Eqs. (53), (55), (57): the left-hand sides of the three linear relations for (a, b, c).
    The recount of the n^5 contraction of F^a gives 15, not the printed 12 (Eq. 57), which
    is the origin of ``F_RELATIONS_CORRECTED``.
    """
    n = np.asarray(n, dtype=float)
    out = {"Eq. 53": [], "Eq. 55": [], "Eq. 57": []}
    for pairs in (2, 1, 0):
        t = isotropic_basis(5, pairs, n)
        out["Eq. 53"].append(np.einsum("aabbe,e->", t, n))
        out["Eq. 55"].append(np.einsum("aagde,g,d,e->", t, n, n, n))
        out["Eq. 57"].append(np.einsum("abgde,a,b,g,d,e->", t, n, n, n, n, n))
    return {k: tuple(float(x) for x in v) for k, v in out.items()}


def solve_coefficients(relations):
    """Solve three linear relations for (a, b, c) (Eq. 58).

    Parameters
    ----------
    relations : sequence of ((int, int, int), float)
        Coefficients of a, b, c and the right-hand side in units of pi^2
        (``F_RELATIONS_PRINTED`` or ``F_RELATIONS_CORRECTED``).

    Returns
    -------
    tuple of float
        (a, b, c), in absolute units (pi^2 restored).

    Notes
    -----
    The relations are Eqs. (53), (55), (57) with the scalar integrals of Eqs. (52) and (56)
    on the right; their solution is Eq. (58) (l.433-437).
    """
    matrix = np.array([r[0] for r in relations], dtype=float)
    rhs = np.array([r[1] for r in relations], dtype=float) * PI2
    return tuple(float(x) for x in np.linalg.solve(matrix, rhs))


# --- polarisation sum --------------------------------------------------------------------


def polarisation_sum_residual(q):
    """Largest deviation from Eq. (12) over a set of wave vectors.

    Parameters
    ----------
    q : array_like, shape (N, 3)
        Wave vectors (non-zero; any units, only directions matter).

    Returns
    -------
    float
        max |sum_perp e_a e_b - (delta_ab - q_a q_b / q^2)| with the two transverse
        polarisations built as an explicit orthonormal triad (Gram-Schmidt).

    Notes
    -----
    Eq. (12): the completeness of the polarisation vectors, sum over the two transverse
    branches of e_a e_b = delta_ab - q_a q_b / q^2, used to write the phonon sum of Eq. (14)
    with c_l and c_t separated.  Zero to rounding for a correct triad.
    """
    q = np.asarray(q, dtype=float)
    e_l = q / np.linalg.norm(q, axis=1)[:, None]
    helper = np.where(np.abs(e_l[:, [0]]) < 0.9, [[1.0, 0.0, 0.0]], [[0.0, 1.0, 0.0]])
    e_1 = helper - np.sum(helper * e_l, axis=1)[:, None] * e_l
    e_1 /= np.linalg.norm(e_1, axis=1)[:, None]
    e_2 = np.cross(e_l, e_1)
    transverse = np.einsum("na,nb->nab", e_1, e_1) + np.einsum("na,nb->nab", e_2, e_2)
    target = np.eye(3)[None] - np.einsum("na,nb->nab", e_l, e_l)
    return float(np.max(np.abs(transverse - target)))


# --- real-space closed forms (Kelvin Green's function) -----------------------------------


def kelvin_derivative(rank, vector, c_l=1.0, c_t=1.0, rho=1.0):
    """d^k G_ag(R): derivatives of the static isotropic Green's function.

    Parameters
    ----------
    rank : int
        Number of derivatives k (acting on R).
    vector : array_like, shape (3,)
        R (not at the origin), in the length unit of c_l, c_t, rho.
    c_l, c_t, rho : float
        Longitudinal and transverse sound velocities, mass density.

    Returns
    -------
    numpy.ndarray, shape (3, 3) + (3,) * rank
        Index order (a, g, i1, ..., ik).

    Notes
    -----
    G_ag = [delta_ag / (c_t^2 R) + (1/2)(1/c_l^2 - 1/c_t^2) d_a d_g R] / (4 pi rho) is
    (1/rho) int d^3q/(2 pi)^3 e^{iq.R} [(1/c_l^2 - 1/c_t^2) q_a q_g / q^2 + delta_ag / c_t^2]
    / q^2, the static response of Eqs. (12)-(14) (using FT[1/q^2] = 1/(4 pi R),
    FT[1/q^4] = -R/(8 pi)).
    """
    delta_inv = 1.0 / c_l**2 - 1.0 / c_t**2
    harmonic = np.multiply.outer(np.eye(3), radial_derivative(-1, rank, vector)) / c_t**2
    biharmonic = 0.5 * delta_inv * radial_derivative(1, rank + 2, vector)
    return (harmonic + biharmonic) / (4.0 * math.pi * rho)


def u_zz_closed(gamma_1, gamma_2, vector, c_l=1.0, c_t=1.0, rho=1.0):
    """Ising kernel U^zz_12 = gamma_1^ab gamma_2^gd d_b d_d G_ag(R) (Eqs. 13-16, corrected).

    Parameters
    ----------
    gamma_1, gamma_2 : array_like, shape (3, 3)
        Strain couplings (orientation part, Eq. 7) of defects 1 and 2, energy units.
    vector : array_like, shape (3,)
        R = x_1 - x_2 (l.169).
    c_l, c_t, rho : float
        Longitudinal and transverse sound velocities, mass density.

    Returns
    -------
    float
        U^zz_12 in units of gamma^2 / (rho c^2 R^3), i.e. energy.

    Notes
    -----
    Equals Eq. (16) with the second prefactor +1/(8 pi rho) (printed: -1/(4 pi rho) and a
    garbled "2[...]" group; see errata.md).  Even in R.
    """
    d2g = kelvin_derivative(2, vector, c_l, c_t, rho)
    return float(np.einsum("ab,gd,agbd->", gamma_1, gamma_2, d2g))


def u_z0_closed(gamma, eta, vector, c_l=1.0, c_t=1.0, rho=1.0):
    """Random-field kernel U^z0 = eta gamma^gd d_a d_d G_ag(R) (Eqs. 19, 26).

    Parameters
    ----------
    gamma : array_like, shape (3, 3)
        Strain coupling of the S defect (Eq. 7).
    eta : float
        Volume coupling of the other defect (Eq. 7).
    vector : array_like, shape (3,)
        R between the two defects.
    c_l, c_t, rho : float
        Longitudinal and transverse sound velocities, mass density.

    Returns
    -------
    float
        U^z0 (energy, ~ eta gamma / (rho c_l^2 R^3)).

    Notes
    -----
    Eqs. (19)-(26).  R points from the volume (eta) defect to the S defect or back: the
    kernel is even.  Only c_l survives, as in Eq. (26).
    """
    d2g = kelvin_derivative(2, vector, c_l, c_t, rho)
    return float(eta * np.einsum("gd,agad->", gamma, d2g))


def u_s_tau_closed(gamma, zeta, vector, c_l=1.0, c_t=1.0, rho=1.0):
    """S-tau kernel U^Stau_12 = -gamma_1^ab zeta_2^gde d_b d_d d_e G_ag(R) (Eqs. 34-36).

    Parameters
    ----------
    gamma : array_like, shape (3, 3)
        Strain coupling of the S defect (site 1, Eq. 7).
    zeta : array_like, shape (3, 3, 3)
        Strain-gradient coupling of the tau defect (site 2, Eq. 8), zeta[a, b, d] multiplying
        d_b d_d X_a.
    vector : array_like, shape (3,)
        R = r_S - r_tau.
    c_l, c_t, rho : float
        Longitudinal and transverse sound velocities, mass density.

    Returns
    -------
    float
        U^Stau (energy, ~ gamma zeta / (rho c^2 R^4)).

    Notes
    -----
    Eqs. (32)-(36).  R = r_S - r_tau; odd in R (l.317).
    """
    d3g = kelvin_derivative(3, vector, c_l, c_t, rho)
    return float(-np.einsum("ab,gde,agbde->", gamma, zeta, d3g))


def u_eta_tau_closed(eta, zeta, vector, c_l=1.0, c_t=1.0, rho=1.0):
    """Volume-tau kernel U_etatau = -eta zeta^gde d_a d_d d_e G_ag(R) (Eqs. 65-66).

    Parameters
    ----------
    eta : float
        Volume coupling of site 1 (Eq. 7).
    zeta : array_like, shape (3, 3, 3)
        Strain-gradient coupling of the tau defect at site 2 (Eq. 8).
    vector : array_like, shape (3,)
        R = r_eta - r_tau.
    c_l, c_t, rho : float
        Longitudinal and transverse sound velocities, mass density.

    Returns
    -------
    float
        U_etatau (energy, ~ eta zeta / (rho c_l^2 R^4)).

    Notes
    -----
    Eqs. (64)-(66).  Reduces to -eta zeta^gde d_g d_d d_e (1/R) / (4 pi rho c_l^2):
    only c_l appears (l.483).
    """
    d3g = kelvin_derivative(3, vector, c_l, c_t, rho)
    return float(-eta * np.einsum("gde,agade->", zeta, d3g))


def u_tau_tau_closed(zeta_1, zeta_2, vector, c_l=1.0, c_t=1.0, rho=1.0):
    """tau-tau kernel J_12 = -zeta_1^abe zeta_2^gdh d_b d_e d_d d_h G_ag(R).

    Parameters
    ----------
    zeta_1, zeta_2 : array_like, shape (3, 3, 3)
        Strain-gradient couplings of the two tau defects (Eq. 8).
    vector : array_like, shape (3,)
        R = x_1 - x_2.
    c_l, c_t, rho : float
        Longitudinal and transverse sound velocities, mass density.

    Returns
    -------
    float
        J_12 (energy, ~ zeta^2 / (rho c^2 R^5)).

    Notes
    -----
    Not in the paper, which gives only J ~ zeta^2 / (rho c^2 R^5) (Eq. 72, l.514-517).
    Vertex of the gradient coupling: -q_b q_e zeta^abe (Eq. 33), so the pair product is
    q^4 and the kernel is even in R.
    """
    d4g = kelvin_derivative(4, vector, c_l, c_t, rho)
    return float(-np.einsum("abe,gdh,agbedh->", zeta_1, zeta_2, d4g))


# --- the paper's own tensor forms --------------------------------------------------------


def eq16_ising_kernel(gamma_1, gamma_2, vector, c_l=1.0, c_t=1.0, rho=1.0, printed=False):
    """U^zz = g^zz(n) / R^3 with g^zz of Eq. (16), printed or corrected second prefactor.

    Parameters
    ----------
    gamma_1, gamma_2 : array_like, shape (3, 3)
        Strain couplings of the two S defects (Eq. 7).
    vector : array_like, shape (3,)
        R = x_1 - x_2 (l.169).
    c_l, c_t, rho : float
        Longitudinal and transverse sound velocities, mass density.
    printed : bool
        True: the printed prefactor -1/(4 pi rho) of the (1/c_l^2 - 1/c_t^2) bracket (the
        unreadable "2[...]" group dropped); False: +1/(8 pi rho), as Eq. (14) implies.

    Returns
    -------
    float
        U^zz (energy).  With ``printed=False`` equal to ``u_zz_closed``.

    Notes
    -----
    Eq. (16) (Sec. III.A): a 1/c_t^2 term with (delta - 3 n n) and a (1/c_l^2 - 1/c_t^2)
    term with the rank-4 bracket -(delta delta)_3 + 3 (delta n n)_6 - 15 n n n n.  The
    printed prefactor is an erratum (errata.md).
    """
    vector = np.asarray(vector, dtype=float)
    r = float(np.linalg.norm(vector))
    n = vector / r
    first = -np.einsum("ab,ad,bd->", gamma_1, gamma_2, np.eye(3) - 3.0 * np.outer(n, n))
    first /= 4.0 * math.pi * rho * c_t**2
    bracket = (
        -isotropic_basis(4, 2, n) + 3.0 * isotropic_basis(4, 1, n) - 15.0 * isotropic_basis(4, 0, n)
    )
    prefactor = -1.0 / (4.0 * math.pi * rho) if printed else 1.0 / (8.0 * math.pi * rho)
    second = prefactor * (1.0 / c_l**2 - 1.0 / c_t**2)
    second *= np.einsum("ab,gd,abgd->", gamma_1, gamma_2, bracket)
    return float((first + second) / r**3)


def eq26_volume_kernel(gamma, eta, vector, c_l=1.0, rho=1.0, coefficients=I_COEFFICIENTS):
    """U^z0 from Eqs. (19)-(21): -(eta / rho c_l^2) gamma^ab I_ab / ((2 pi)^3 R^3).

    Parameters
    ----------
    gamma : array_like, shape (3, 3)
        Strain coupling of the S defect (Eq. 7).
    eta : float
        Volume coupling of the other defect (Eq. 7).
    vector : array_like, shape (3,)
        R between the defects.
    c_l, rho : float
        Longitudinal sound velocity and mass density (c_t drops out).
    coefficients : tuple of float
        (a, b) of the I tensor, default ``I_COEFFICIENTS`` of Eq. (25).

    Returns
    -------
    float
        U^z0 (energy).

    Notes
    -----
    With the default (a, b) of Eq. (25) this is Eq. (26); it then agrees with
    ``u_z0_closed``.
    """
    vector = np.asarray(vector, dtype=float)
    r = float(np.linalg.norm(vector))
    tensor = tensor_I(vector / r, coefficients)
    return float(
        -eta * np.einsum("ab,ab->", gamma, tensor) / (8.0 * math.pi**3 * rho * c_l**2 * r**3)
    )


def eq36_s_tau_kernel(
    gamma, zeta, vector, c_l=1.0, c_t=1.0, rho=1.0, f_coefficients=F_COEFFICIENTS_CORRECTED
):
    """U^Stau of Eq. (36) with the tensors of Eqs. (39), (46), (48), (50).

    Parameters
    ----------
    gamma : array_like, shape (3, 3)
        Strain coupling of the S defect (Eq. 7).
    zeta : array_like, shape (3, 3, 3)
        Strain-gradient coupling of the tau defect (Eq. 8).
    vector : array_like, shape (3,)
        R = r_S - r_tau.
    c_l, c_t, rho : float
        Longitudinal and transverse sound velocities, mass density.
    f_coefficients : tuple of float
        (a, b, c) of Eq. (50): ``F_COEFFICIENTS_PRINTED`` (Eq. 58) or the corrected ones.

    Returns
    -------
    float
        -(1 / 8 pi^3 rho R^4) gamma^ab zeta^gde [(1/c_l^2 - 1/c_t^2) F_abgde +
        delta_ag G_bde / c_t^2] (energy).

    Notes
    -----
    Eqs. (36), (39), (48) give the structure, Eq. (46) the G tensor and Eqs. (50)-(58) the F
    tensor.  With the corrected F coefficients it equals ``u_s_tau_closed``.
    """
    vector = np.asarray(vector, dtype=float)
    r = float(np.linalg.norm(vector))
    n = vector / r
    f = tensor_F(n, f_coefficients)
    g = tensor_G(n)
    value = (1.0 / c_l**2 - 1.0 / c_t**2) * np.einsum("ab,gde,abgde->", gamma, zeta, f)
    value += np.einsum("ab,ade,bde->", gamma, zeta, g) / c_t**2
    return float(-value / (8.0 * math.pi**3 * rho * r**4))


def eq60_prefactors(rho=1.0, c_t=1.0):
    """Prefactors of the F and G terms of Eq. (60): printed and as Eqs. (36), (39), (48) imply.

    Parameters
    ----------
    rho : float
        Mass density.
    c_t : float
        Transverse sound velocity.

    Returns
    -------
    dict
        "printed": (V/(2 pi^3 N M), 2 pi^2 / c_t^2) = (1/(2 pi^3 rho), 2 pi^2/c_t^2) times
        the overall 1/(2 pi^3 rho); "consistent": 1/(8 pi^3 rho) and 1/c_t^2.  Each entry is
        (coefficient of the F term, coefficient of the G term) including the overall factor.

    Notes
    -----
    Eq. (60) (Sec. IV.A, l.448; the random field b_i on tau from the frozen S) restates the
    S-tau kernel; its prefactors differ from those of Eq. (36) with Eqs. (39) and (48),
    which the "consistent" entry reproduces.
    """
    printed = 1.0 / (2.0 * math.pi**3 * rho)
    consistent = 1.0 / (8.0 * math.pi**3 * rho)
    return {
        "printed": (printed, printed * 2.0 * PI2 / c_t**2),
        "consistent": (consistent, consistent / c_t**2),
    }


def eq66_volume_tau_kernel(eta, zeta, vector, c_l=1.0, rho=1.0):
    """U_etatau of Eq. (66): -G_gde eta zeta^gde / (8 pi^3 rho R^4 c_l^2), G of Eq. (46).

    Parameters
    ----------
    eta : float
        Volume coupling of site 1 (Eq. 7).
    zeta : array_like, shape (3, 3, 3)
        Strain-gradient coupling of the tau defect at site 2 (Eq. 8).
    vector : array_like, shape (3,)
        R = r_eta - r_tau.
    c_l, rho : float
        Longitudinal sound velocity and mass density.

    Returns
    -------
    float
        U_etatau (energy).

    Notes
    -----
    Eq. (66) with the G tensor of Eq. (46); equals ``u_eta_tau_closed`` (only c_l enters,
    l.483).
    """
    vector = np.asarray(vector, dtype=float)
    r = float(np.linalg.norm(vector))
    g = tensor_G(vector / r)
    return float(-eta * np.einsum("gde,gde->", zeta, g) / (8.0 * math.pi**3 * rho * c_l**2 * r**4))


# --- the momentum sums by regulated quadrature -------------------------------------------


@functools.lru_cache(maxsize=8)
def _composite_legendre(n_panels, order=16):
    """Composite Gauss-Legendre nodes and weights on [-1, 1] (``n_panels`` equal panels)."""
    x, w = np.polynomial.legendre.leggauss(order)
    edges = np.linspace(-1.0, 1.0, n_panels + 1)
    half = 0.5 * np.diff(edges)
    mid = 0.5 * (edges[1:] + edges[:-1])
    return (mid[:, None] + half[:, None] * x).ravel(), (half[:, None] * w).ravel()


def _sphere_rule(axis, n_mu, n_phi):
    """Quadrature nodes q_hat (shape (n_mu n_phi, 3)), mu = q_hat.axis and weights."""
    axis = np.asarray(axis, dtype=float)
    axis = axis / np.linalg.norm(axis)
    helper = np.array([1.0, 0.0, 0.0]) if abs(axis[0]) < 0.9 else np.array([0.0, 1.0, 0.0])
    e_1 = helper - helper.dot(axis) * axis
    e_1 /= np.linalg.norm(e_1)
    e_2 = np.cross(axis, e_1)
    mu, w_mu = _composite_legendre(max(n_mu // 16, 1))
    phi = 2.0 * math.pi * np.arange(n_phi) / n_phi
    mu_g, phi_g = np.meshgrid(mu, phi, indexing="ij")
    s = np.sqrt(1.0 - mu_g**2)
    q_hat = (
        mu_g[..., None] * axis
        + (s * np.cos(phi_g))[..., None] * e_1
        + (s * np.sin(phi_g))[..., None] * e_2
    ).reshape(-1, 3)
    weights = np.repeat(w_mu, n_phi) * (2.0 * math.pi / n_phi)
    return q_hat, mu_g.ravel(), weights


def _radial_line_integral(power, k, eps):
    """int_{-inf}^{inf} q^power e^{i q k - eps q^2} dq (exact; Hermite functions)."""
    u = k / (2.0 * math.sqrt(eps))
    coefficients = np.zeros(power + 1)
    coefficients[power] = 1.0
    hermite = np.polynomial.hermite.hermval(u, coefficients)
    return (
        (1j**power)
        * (2.0 * math.sqrt(eps)) ** (-power)
        * hermite
        * np.exp(-(u**2))
        * math.sqrt(math.pi / eps)
    )


def _regulated_transform(angular, degree, vector, eps, n_mu, n_phi):
    """int d^3q/(2 pi)^3 q^degree A(q_hat) e^{i q.R} e^{-eps q^2} for a homogeneous kernel."""
    vector = np.asarray(vector, dtype=float)
    r = float(np.linalg.norm(vector))
    q_hat, mu, weights = _sphere_rule(vector, n_mu, n_phi)
    radial = _radial_line_integral(degree + 2, r * mu, eps)
    total = 0.5 * np.sum(weights * angular(q_hat) * radial)
    return total / (2.0 * math.pi) ** 3


def momentum_sum(kind, vector, couplings, c_l=1.0, c_t=1.0, rho=1.0, eps=None, n_mu=1600):
    """A kernel evaluated directly from its momentum sum (Eqs. 14, 19, 35, 65, tau-tau).

    Parameters
    ----------
    kind : {"zz", "z0", "Stau", "etatau", "tautau"}
        Eq. (14) (couplings gamma_1, gamma_2), Eq. (19) (gamma, eta), Eq. (35) (gamma,
        zeta), Eq. (65) (eta, zeta), and the zeta-zeta sum (zeta_1, zeta_2).
    vector : array_like, shape (3,)
        R (same conventions as the closed forms).
    couplings : tuple
        The two coupling tensors, in the order above.
    c_l, c_t, rho : float
        Longitudinal and transverse sound velocities, mass density.
    eps : float, optional
        Regulator exp(-eps q^2); default (|R| / 12)^2.  The result is Richardson-extrapolated
        from eps and eps / 2 (the regulator error of the 1/q^4 parts is exactly linear in eps;
        that of the 1/q^2 parts is O(exp(-R^2 / 4 eps))).
    n_mu : int
        Gauss-Legendre nodes in cos(angle to R) (composite rule, 16 per panel).

    Returns
    -------
    float
        (1/rho) int d^3q/(2 pi)^3 ... with Sum_q/(N M) -> int d^3q / ((2 pi)^3 rho): the real
        part (cos kernels) or the imaginary part (sin kernels) of the transform.

    Notes
    -----
    An independent check of the closed forms: the radial integral is done exactly
    (Hermite functions), the angular one by Gauss-Legendre x trapezoid (32 azimuths).
    Raises ValueError for an unknown ``kind``.
    """
    vector = np.asarray(vector, dtype=float)
    r = float(np.linalg.norm(vector))
    if eps is None:
        eps = (r / 12.0) ** 2
    delta_inv = 1.0 / c_l**2 - 1.0 / c_t**2
    first, second = couplings

    def response(q_hat, left, right):
        """left_a right_g [delta_inv q_a q_g + delta_ag / c_t^2] / rho (Eq. 12 summed)."""
        return (
            -(
                delta_inv * np.sum(left * q_hat, axis=1) * np.sum(right * q_hat, axis=1)
                + np.sum(left * right, axis=1) / c_t**2
            )
            / rho
        )

    if kind == "zz":

        def angular(q):
            return response(q, q @ np.asarray(first).T, q @ np.asarray(second).T)

        degree, part = 0, np.real
    elif kind == "z0":

        def angular(q):
            return response(q, second * q, q @ np.asarray(first).T)

        degree, part = 0, np.real
    elif kind == "Stau":

        def angular(q):
            return response(q, q @ np.asarray(first).T, np.einsum("gde,nd,ne->ng", second, q, q))

        degree, part = 1, np.imag
    elif kind == "etatau":

        def angular(q):
            return response(q, first * q, np.einsum("gde,nd,ne->ng", second, q, q))

        degree, part = 1, np.imag
    elif kind == "tautau":

        def angular(q):
            return response(
                q,
                np.einsum("abe,nb,ne->na", first, q, q),
                np.einsum("gde,nd,ne->ng", second, q, q),
            )

        degree, part = 2, np.real
    else:
        raise ValueError(f"unknown kernel kind {kind!r}")

    # The Stau vertex product (i q_b)(-q_d q_e)^* e^{iqR} = -i q^3 e^{iqR}: its real part
    # is q^3 sin(q.R), i.e. the imaginary part of the transform with +q^3.
    n_phi = 32
    full = part(_regulated_transform(angular, degree, vector, eps, n_mu, n_phi))
    half = part(_regulated_transform(angular, degree, vector, eps / 2.0, n_mu, n_phi))
    return float(2.0 * half - full)


def regulated_scalar_integral(name, eps, n_mu=4000):
    """One scalar integral of Eqs. (23), (45), (52), (56) with the regulator exp(-eps q^2).

    Parameters
    ----------
    name : str
        Key of ``SCALAR_INTEGRALS``.
    eps : float
        Regulator (units of R^2 with R = 1).
    n_mu : int
        Gauss-Legendre nodes in mu = q_z / q (composite rule, 16 per panel).

    Returns
    -------
    float
        int d^3q (q_z/q)^m q^s {cos, sin}(q_z) e^{-eps q^2} in units of pi^2 (n = z, R = 1).

    Notes
    -----
    The printed values are Eq. (23): -4, Eq. (45): -12, Eq. (52): 0, Eq. (56): 0 (units of
    pi^2, ``SCALAR_INTEGRALS``).  Azimuth integrated analytically, radial line integral exact.
    """
    power, degree, parity, _ = SCALAR_INTEGRALS[name]
    mu, w = _composite_legendre(max(n_mu // 16, 1))
    # azimuth integrates to 2 pi; the full-line radial integral needs the factor 1/2
    line = _radial_line_integral(degree + 2, mu, eps)
    value = 0.5 * 2.0 * math.pi * np.sum(w * mu**power * line)
    value = value.real if parity == "cos" else value.imag
    return float(value / PI2)


def scalar_integral(name, eps=0.005):
    """Richardson extrapolation eps -> 0 of ``regulated_scalar_integral`` (units of pi^2).

    Parameters
    ----------
    name : str
        Key of ``SCALAR_INTEGRALS`` ("Eq. 23", "Eq. 45", "Eq. 52", "Eq. 56").
    eps : float
        Larger of the two regulators (the other is eps / 2).

    Returns
    -------
    float
        The integral in units of pi^2, to compare with the printed value.

    Notes
    -----
    Eqs. (23), (45), (52) converge exponentially in eps; Eq. (56) (a 1/q^4 kernel)
    linearly, which the extrapolation 2 I(eps/2) - I(eps) removes.
    """
    return 2.0 * regulated_scalar_integral(name, eps / 2.0) - regulated_scalar_integral(name, eps)


# --- the plaquette defect and the energy hierarchy ---------------------------------------


def plaquette_projection(strain, gradient):
    """Energies of the four plaquette states split into 1, S^z, tau^z and S^z tau^z parts.

    Parameters
    ----------
    strain : array_like, shape (3, 3)
        Uniform symmetric strain eps_ab (couples through gamma_0 d d, Eq. 7).
    gradient : array_like, shape (3, 3, 3)
        Strain gradient d_b eps_ad, index order (a, b, d) (couples through zeta_0 d d d,
        Eq. 8).

    Returns
    -------
    dict
        "strain" and "gradient": the coefficients (1, S^z, tau^z, S^z tau^z) of the state
        energies E_k = -d_k.eps.d_k and E_k = -d_ka d_kb d_kd d_b eps_ad, for the four states
        d_k at 45 + 90 k degrees of Fig. 1 (S = which diagonal, tau = which end).

    Notes
    -----
    Sec. II.A (l.95-97, l.140): uniform strain cannot distinguish states rotated by 180 deg
    (no linear tau coupling, "to first order in the displacement the two opposite sites are
    equivalent", Fig. 1 caption), the gradient couples only to tau.
    """
    angles = np.deg2rad(45.0 + 90.0 * np.arange(4))
    d = np.stack([np.cos(angles), np.sin(angles), np.zeros(4)], axis=1)
    s_z = np.array([1.0, -1.0, 1.0, -1.0])
    tau_z = np.array([1.0, 1.0, -1.0, -1.0])
    basis = np.stack([np.ones(4), s_z, tau_z, s_z * tau_z], axis=1)
    energies = {
        "strain": -np.einsum("ka,ab,kb->k", d, strain, d),
        "gradient": -np.einsum("ka,kb,kd,abd->k", d, d, d, gradient),
    }
    return {k: tuple(float(c) for c in basis.T @ e / 4.0) for k, e in energies.items()}


def energy_hierarchy(x, a_d_over_a0, u0=1.0):
    """Typical energies of the terms of Eq. (74) vs concentration (Secs. III-IV).

    Parameters
    ----------
    x : float or array_like
        Concentration.
    a_d_over_a0 : float
        Defect-dynamics length over lattice length (l.142).
    u0 : float
        Energy scale U_0 (l.142, l.274).

    Returns
    -------
    dict
        "ising" = x U_0 (U^zz and B, l.274), "random_field_tau" = (a_d/a_0) x^(4/3) U_0
        (b, Eqs. 63, 69: zeta/l_d^4 with zeta ~ U_0 a_d, l_d = a_0 x^(-1/3)), "tau_tau" =
        (a_d/a_0)^2 x^(5/3) U_0 (J, Eq. 72), "zeta_suppression" = a_d x^(1/3)/a_0 (l.142).
        Arrays have the shape of ``x``; energies in the unit of ``u0``.

    Notes
    -----
    Eq. (74) is the low-energy effective Hamiltonian of Sec. IV.B (l.529); the scalings
    are those of Eqs. (63), (69), (72) at the typical distance l_d = a_0 x^(-1/3).
    """
    x = np.asarray(x, dtype=float)
    return {
        "ising": x * u0,
        "random_field_tau": a_d_over_a0 * x ** (4.0 / 3.0) * u0,
        "tau_tau": a_d_over_a0**2 * x ** (5.0 / 3.0) * u0,
        "zeta_suppression": a_d_over_a0 * x ** (1.0 / 3.0),
    }
