"""Anomalous tunneling systems (ATS): three-welled tunneling with an Aharonov-Bohm phase.

Jug, Bonfanti, Kob (2015) ("magnetic_tunneling"), Sec. 3, l.94-151; the same
model is used by Jug & Paliienko (2013) ("mixed_alkali"). Nothing here is
specific to one paper or one glass: every function takes its parameters.

Conventions
-----------
* Energies (``E``, ``E_i``, ``D``, ``D0``, cutoffs) are in kelvin (E/k_B), as in the papers'
  tables; multiply by ``units.K_B`` for joule.
* ``phi`` is the Aharonov-Bohm phase (rad) of Eq. (7). Every physical result of the
  effective two-level description depends on ``D0`` and ``phi`` only through the product
  ``D0*phi`` (and the ratio ``D0_max/D0_min``). The tables give ``X = D0 |q/e| S`` in K A^2,
  so pass ``D0 = X`` and ``phi = phase_per_area(B)`` (= 2 pi e B / h in A^-2): the products
  are then the physical ``D0 phi`` in kelvin. ``d0phi_kelvin(B, X)`` does exactly that.
* The orientational average (l.209, l.358) is phi -> phi/sqrt(3); the high-field
  replacement is Eq. (20).

Functions
---------
hamiltonian            Eq. (6) (Eq. 5 at phi = 0), 3x3 Hermitian matrix.
viete_levels           Eq. (8), exact eigenvalues (trigonometric/Viete solution).
exact_gap              E_1 - E_0 from Eq. (8).
effective_gap          Eq. (9), both the printed un-rescaled and the rescaled form.
parameter_density      Eq. (10).
dos_ats                Eq. (13), g_ATS(E, phi) (magnetic part of Eq. 12).
dos_ats_d0phi2         the D0^2 phi^2-weighted density (the phi^2 term of Eqs. 45-47).
cutoff_energies        E_c1, E_c2 (l.151).
phase_per_area, ab_phase, d0phi_kelvin, orientational_phase, high_field_phi_squared,
high_field_factor      unit conversion B <-> phi (Eq. 7), Eq. (20).
"""

from __future__ import annotations

import math

import numpy as np

from coldglass import units

__all__ = [
    "KAPPA_PER_T_PER_A2",
    "hamiltonian",
    "viete_levels",
    "exact_gap",
    "effective_gap",
    "parameter_density",
    "cutoff_energies",
    "critical_phases",
    "dos_ats",
    "dos_ats_d0phi2",
    "phase_per_area",
    "ab_phase",
    "orientational_phase",
    "high_field_phi_squared",
    "high_field_factor",
    "d0phi_kelvin",
    "magnetic_moment_bohr",
    "triangle_wells",
    "three_well_potential",
    "tetrahedron_wells",
    "four_well_potential",
    "cellular_cartoon",
]

#: 2 pi e / h times 1 A^2: phase per tesla per A^2 of |q/e| S (Eq. 7), 1.519267e-5.
KAPPA_PER_T_PER_A2 = 2.0 * math.pi * units.E_CHARGE / units.H_PLANCK * units.ANGSTROM**2


# --------------------------------------------------------------------------- Eqs. 5-9
def hamiltonian(E1, E2, E3, D0, phi=0.0):
    """Three-welled tunneling Hamiltonian with Peierls phases, Eq. (6) (Eq. 5 for phi = 0).

    H_12 = H_23 = H_31 = D0 exp(+i phi/3), the conjugates below the diagonal.
    Returns a complex 3x3 array (scalars in, any consistent energy unit).
    """
    p = D0 * np.exp(1j * phi / 3.0)
    pc = np.conj(p)
    return np.array([[E1, p, pc], [pc, E2, p], [p, pc, E3]], dtype=complex)


def viete_levels(E1, E2, E3, D0, phi):
    """Exact eigenvalues of Eq. (6) from Viete's trigonometric solution, Eq. (8).

    The printed Eq. (8) assumes a traceless Hamiltonian (E1 + E2 + E3 = 0) and reads
    sum_{i != j} E_i E_j over ordered pairs (= -D^2 then). For a non-zero trace the mean
    asymmetry is removed first and added back to every level (a trivial shift).

    Arrays broadcast. Returns an array of shape (..., 3) sorted ascending
    (E_0 < E_1 < E_2). Requires D0 != 0.
    """
    E1, E2, E3, D0, phi = np.broadcast_arrays(
        *(np.asarray(v, dtype=float) for v in (E1, E2, E3, D0, phi))
    )
    mean = (E1 + E2 + E3) / 3.0
    e1, e2, e3 = E1 - mean, E2 - mean, E3 - mean
    s_ordered = 2.0 * (e1 * e2 + e2 * e3 + e3 * e1)  # sum over ordered pairs i != j
    root = np.sqrt(1.0 - s_ordered / (6.0 * D0**2))
    cos_theta = (np.cos(phi) + e1 * e2 * e3 / (2.0 * D0**3)) / root**3
    theta = np.arccos(np.clip(cos_theta, -1.0, 1.0))
    ks = np.array([0.0, 2.0 * np.pi / 3.0, -2.0 * np.pi / 3.0])
    levels = 2.0 * D0[..., None] * root[..., None] * np.cos(theta[..., None] / 3.0 + ks)
    return np.sort(levels, axis=-1) + mean[..., None]


def exact_gap(E1, E2, E3, D0, phi):
    """Lowest gap E_1 - E_0 of Eq. (6) from the exact levels of Eq. (8)."""
    lv = viete_levels(E1, E2, E3, D0, phi)
    return lv[..., 1] - lv[..., 0]


def effective_gap(D, D0, phi, rescaled=True):
    """Effective two-level gap of the weak-field, near-degenerate limit, Eq. (9).

    rescaled=False: (2/sqrt 3) sqrt(D0^2 phi^2 + D^2/2) (the first, printed form, with
    D^2 = E_1^2 + E_2^2 + E_3^2); rescaled=True: sqrt(D0^2 phi^2 + D^2), the form used in
    Eq. (13) and everywhere after it ("a trivial rescaling of D0 and of the E_i").
    """
    D = np.asarray(D, dtype=float)
    x = np.asarray(D0, dtype=float) * np.asarray(phi, dtype=float)
    if rescaled:
        return np.sqrt(x**2 + D**2)
    return 2.0 / math.sqrt(3.0) * np.sqrt(x**2 + 0.5 * D**2)


def parameter_density(E1, E2, E3, D0, P_star=1.0):
    """Near-degenerate parameter distribution, Eq. (10): P*/(D0 (E1^2 + E2^2 + E3^2))."""
    return P_star / (
        np.asarray(D0, float)
        * (np.asarray(E1, float) ** 2 + np.asarray(E2, float) ** 2 + np.asarray(E3, float) ** 2)
    )


# --------------------------------------------------------------------------- Eq. 13
def cutoff_energies(phi, D_min, D0_min, D0_max):
    """E_c1 = sqrt(D_min^2 + D0_min^2 phi^2), E_c2 = sqrt(D_min^2 + D0_max^2 phi^2) (l.151)."""
    phi = np.asarray(phi, dtype=float)
    return (np.sqrt(D_min**2 + (D0_min * phi) ** 2), np.sqrt(D_min**2 + (D0_max * phi) ** 2))


def critical_phases(E, D_min, D0_min, D0_max):
    """Phases at which a gap E meets the cutoffs: E = E_c2 at phi = sqrt(E^2 - D_min^2)/D0_max
    (the cusp of g_ATS(phi), Fig. 6) and E = E_c1 at sqrt(E^2 - D_min^2)/D0_min (g_ATS -> 0)."""
    root = np.sqrt(np.asarray(E, dtype=float) ** 2 - D_min**2)
    return root / D0_max, root / D0_min


def _gap_bounds(E, phi, D0_min, D0_max):
    """Broadcast E and phi, and the phase-rescaled tunnelling bounds.

    a = D0_min phi, b = D0_max phi.
    """
    E, phi = np.broadcast_arrays(np.asarray(E, dtype=float), np.asarray(phi, dtype=float))
    return E, phi, D0_min * phi, D0_max * phi


def dos_ats(E, phi, D_min, D0_min, D0_max, P_star=1.0):
    """Magnetic part of the density of states g_ATS(E, phi), Eq. (13) (per ATS, times P*).

    g = (2 pi P*/E) ln( D0max/D0min sqrt((E^2 - a^2)/(E^2 - b^2)) )             E > E_c2
      = (2 pi P*/E) ln( sqrt((E^2 - a^2)(E^2 - D_min^2)) / (a D_min) )          E_c1 <= E <= E_c2
      = 0                                                                      E < E_c1
    with a = D0_min phi, b = D0_max phi. At phi = 0 it reduces to
    (2 pi P*/E) ln(D0max/D0min) theta(E - D_min). It is the result of integrating
    Eq. (10) with the rescaled gap sqrt(D^2 + D0^2 phi^2), D >= D_min,
    D0_min <= D0 <= D0_max, and int d^2E/D^2 -> 2 pi int dD/D ("after a suitable
    renormalization of parameters", l.151). Arrays broadcast; energies in one unit.
    """
    E, phi, a, b = _gap_bounds(E, phi, D0_min, D0_max)
    ec1, ec2 = cutoff_energies(phi, D_min, D0_min, D0_max)
    out = np.zeros(E.shape)
    with np.errstate(divide="ignore", invalid="ignore"):
        hi = E > ec2
        mid = (E >= ec1) & ~hi & (phi > 0)
        e2 = E**2
        out = np.where(hi, np.log(D0_max / D0_min) + 0.5 * np.log((e2 - a**2) / (e2 - b**2)), out)
        out = np.where(mid, 0.5 * np.log((e2 - a**2) * (e2 - D_min**2)) - np.log(a * D_min), out)
        out = np.where(hi | mid, 2.0 * np.pi * P_star * out / E, 0.0)
    return out


def dos_ats_d0phi2(E, phi, D_min, D0_min, D0_max, P_star=1.0):
    """D0^2 phi^2-weighted density h(E) = 2 pi P* int dD/D dD0/D0 D0^2 phi^2 delta(E - gap).

    The phi^2 ("second") term of Eq. (45) with n_w = 3 and the alpha_0 term of Eqs. (46)-(47):
    h = pi P* E ln((E^2 - a^2)/(E^2 - u^2)), u = b for E > E_c2 and u^2 = E^2 - D_min^2 for
    E_c1 <= E <= E_c2; zero below E_c1 and at phi = 0. (dos_ats is the unweighted density;
    the E^2 g(E) + h(E) combination is the bracket [E^2 + D0^2 phi^2] of Eq. 46.)
    """
    E, phi, a, b = _gap_bounds(E, phi, D0_min, D0_max)
    ec1, ec2 = cutoff_energies(phi, D_min, D0_min, D0_max)
    with np.errstate(divide="ignore", invalid="ignore"):
        hi = E > ec2
        mid = (E >= ec1) & ~hi & (phi > 0)
        e2 = E**2
        val = np.where(
            hi,
            np.log((e2 - a**2) / (e2 - b**2)),
            np.where(mid, np.log((e2 - a**2) / D_min**2), 0.0),
        )
        return np.where(hi | mid, np.pi * P_star * E * val, 0.0)


# --------------------------------------------------------------------------- B <-> phi
def phase_per_area(B_T):
    """2 pi e B / h in rad per A^2 of |q/e| S (Eq. 7 with Phi = B S, Phi_0 = h/|q|)."""
    return KAPPA_PER_T_PER_A2 * np.asarray(B_T, dtype=float)


def ab_phase(B_T, qS_over_e_A2, cos_angle=1.0):
    """Aharonov-Bohm phase phi = 2 pi B |q| S cos(angle)/h, Eq. (7); S in A^2, q in units of e."""
    return phase_per_area(B_T) * qS_over_e_A2 * cos_angle


def orientational_phase(phi):
    """Orientational average of the ATS areas, phi -> phi/sqrt(3) (cos^2 -> 1/3, l.209)."""
    return np.asarray(phi, dtype=float) / math.sqrt(3.0)


def high_field_phi_squared(phi):
    """First high-field replacement of Eq. (20): phi^2 -> phi^2 (1 - phi^2/27).

    It is the expansion of the exact E_i = 0 gap 2 sqrt(3) D0 sin(phi/3) of Eq. (8):
    [2 sqrt3 sin(phi/3)]^2 = (4/3) phi^2 (1 - phi^2/27 + O(phi^4)).
    """
    phi = np.asarray(phi, dtype=float)
    return phi**2 * (1.0 - phi**2 / 27.0)


def high_field_factor(B_T, B_star_T=None, clip=True):
    """sqrt{1 - (B/B*)^2/45}: the orientation-averaged high-field factor of Eq. (20) on phi.

    Eq. (20): phi^2 -> (1/3) phi^2 {1 - (B/B*)^2/45}; the 1/45 = (1/27)(<cos^4>/<cos^2>) with
    <cos^4>/<cos^2> = 3/5, and B* is the field of phi = 1. None means the weak-field formula
    (factor 1). The bracket is negative beyond B = sqrt(45) B*; clip=True sets it to 0 there.
    """
    B = np.asarray(B_T, dtype=float)
    if B_star_T is None:
        return np.ones_like(B)
    f = 1.0 - (B / B_star_T) ** 2 / 45.0
    if clip:
        f = np.maximum(f, 0.0)
    return np.sqrt(f)


def d0phi_kelvin(B_T, X_K_A2, orientation_average=True, B_star_T=None):
    """D0 phi in kelvin from B (T) and the tabulated X = D0 |q/e| S (K A^2).

    D0 phi = 2 pi e B X / h (x 1e-20 m^2/A^2) = 1.519267e-5 B X; divided by sqrt(3) for the
    orientational average and multiplied by high_field_factor(B, B*) (Eq. 20) if B* given.
    """
    val = phase_per_area(B_T) * np.asarray(X_K_A2, dtype=float)
    if orientation_average:
        val = orientational_phase(val)
    return val * high_field_factor(B_T, B_star_T)


def magnetic_moment_bohr(X_K_A2):
    """ATS orbital moment mu_ATS = (pi/phi_0) |q/e| S D0 of Eq. (89), in Bohr magnetons.

    phi_0 = h/e; X = D0 |q/e| S in K A^2: mu = pi e k_B X 1e-20 / h (= 1.130889e-5 mu_B per K A^2).
    """
    return (
        math.pi
        * units.E_CHARGE
        / units.H_PLANCK
        * units.K_B
        * units.ANGSTROM**2
        * np.asarray(X_K_A2, dtype=float)
        / units.MU_B
    )


# --------------------------------------------------------------------------- schematics
def triangle_wells(side=1.0):
    """Vertices of an equilateral triangle of the given side, centred at the origin (Fig. 3)."""
    r = side / math.sqrt(3.0)
    ang = np.pi / 2 + 2 * np.pi * np.arange(3) / 3
    return np.column_stack([r * np.cos(ang), r * np.sin(ang)])


def three_well_potential(
    x, y, depths=(1.0, 1.0, 1.0), width=0.22, side=1.0, barrier=0.35, barrier_width=0.18
):
    """Model three-welled potential (TWP) of Fig. 3 (the paper gives no formula; this is ours):

    V(r) = -sum_k V_k exp(-|r - r_k|^2 / 2 w^2) + V_c exp(-r^2 / 2 s^2),
    r_k the vertices of an equilateral triangle of side ``side``, near-equal depths V_k
    (near-degenerate wells, E_1 ~ E_2 ~ E_3, l.66) and a central bump V_c (the interstice
    centre avoided by the charged particles, l.29). Energies in units of the well depth.
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    V = barrier * np.exp(-(x**2 + y**2) / (2 * barrier_width**2))
    for (xk, yk), vk in zip(triangle_wells(side), depths):
        V = V - vk * np.exp(-((x - xk) ** 2 + (y - yk) ** 2) / (2 * width**2))
    return V


def tetrahedron_wells(distortion=0.08, rng=None):
    """Vertices of a regular tetrahedron (circumradius 1), each displaced by ``distortion``
    times a random unit vector (Fig. 2b: "distorted tetrahedral configuration")."""
    v = np.array([[1, 1, 1], [1, -1, -1], [-1, 1, -1], [-1, -1, 1]], dtype=float) / math.sqrt(3)
    if distortion and rng is not None:
        d = rng.normal(size=(4, 3))
        v = v + distortion * d / np.linalg.norm(d, axis=1, keepdims=True)
    return v


def four_well_potential(
    x, y, z, wells, depths=(1.0, 0.95, 1.05, 0.9), width=0.3, barrier=0.8, barrier_width=0.35
):
    """Model tetrahedral four-welled potential (TFWP) of Fig. 2b (our stated model):
    V = V_c exp(-r^2/2s^2) - sum_k V_k exp(-|r - a_k|^2/2w^2), a_k = ``wells`` (4 x 3)."""
    V = barrier * np.exp(-(x**2 + y**2 + z**2) / (2 * barrier_width**2))
    for (ax_, ay, az), vk in zip(wells, depths):
        V = V - vk * np.exp(-((x - ax_) ** 2 + (y - ay) ** 2 + (z - az) ** 2) / (2 * width**2))
    return V


def cellular_cartoon(n_cells=24, rng=None, shrink=0.86, lloyd_steps=6):
    """2D cartoon of the cellular structure (Fig. 2a): Lloyd-relaxed Voronoi cells in the unit
    square, each shrunk towards its centroid (the RERs; the gaps between them are the
    interstitial regions) and the Voronoi vertices where three cells meet (the interstices
    hosting the ATS quasi-particles). Returns (list of (N_i, 2) polygons, (M, 2) vertices)."""
    from scipy.spatial import Voronoi

    rng = np.random.default_rng(rng)
    pts = rng.uniform(0, 1, size=(n_cells, 2))

    def mirrored(p):
        return np.vstack([p, p * [-1, 1], p * [1, -1], [2, 0] + p * [-1, 1], [0, 2] + p * [1, -1]])

    def cells(p):
        vor = Voronoi(mirrored(p))
        polys = []
        for i in range(len(p)):
            region = vor.regions[vor.point_region[i]]
            polys.append(vor.vertices[region])
        return polys, vor

    for _ in range(lloyd_steps):
        polys, _ = cells(pts)
        pts = np.array([poly.mean(axis=0) for poly in polys])
    polys, vor = cells(pts)
    shrunk = []
    for poly in polys:
        c = poly.mean(axis=0)
        ang = np.arctan2(poly[:, 1] - c[1], poly[:, 0] - c[0])
        poly = poly[np.argsort(ang)]
        shrunk.append(c + shrink * (poly - c))
    verts = vor.vertices[
        (vor.vertices[:, 0] > 0.02)
        & (vor.vertices[:, 0] < 0.98)
        & (vor.vertices[:, 1] > 0.02)
        & (vor.vertices[:, 1] < 0.98)
    ]
    return shrunk, verts
