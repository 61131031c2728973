"""Electric dipole moment of a tunnelling centre (Lubchenko, Silbey & Wolynes 2005).

Lubchenko, Silbey & Wolynes (2005), arXiv:cond-mat/0506735 ("electrodynamics"). A tunnelling
centre is a compact region of (xi/a)^3 beads; in a transition every bead moves by about the
Lindemann length d_L, so each of the N_d = (xi/a)^3/2 bead-pair "bonds" (partial charges
+-zeta q, length a) rotates by d_L/a. The bond dipole changes add as a random walk (Eq. 1).

SI units: charges in C, lengths in m, dipoles in C m (``units.coulomb_metre_to_debye``
converts).
"""

import math

__all__ = [
    "reorienting_pairs",
    "universal_dipole_factor",
    "bond_dipole",
    "transition_dipole",
    "transition_dipole_as_printed_l45",
    "reaction_field_factor",
    "cavity_fluctuation",
    "piezoelectric_transition_dipole",
    "field_energy",
]


def reorienting_pairs(xi_over_a):
    """Number of bead pairs that rotate in a transition, N_d = (xi/a)^3/2.

    Parameters
    ----------
    xi_over_a : float or array_like
        Size of the tunnelling centre xi in units of the bead size a.

    Returns
    -------
    float or ndarray
        N_d = (xi/a)^3 / 2.

    Notes
    -----
    l.45 of the electrodynamics paper (Lubchenko, Silbey, Wolynes, arXiv:cond-mat/0506735).
    """
    return xi_over_a**3 / 2.0


def universal_dipole_factor(xi_over_a, lindemann_ratio):
    """The factor [(xi/a)^3/2]^(1/2) (d_L/a) of Eq. (1).

    Parameters
    ----------
    xi_over_a : float or array_like
        xi/a.
    lindemann_ratio : float
        d_L/a.

    Returns
    -------
    float or ndarray
        sqrt(N_d) d_L/a, "nearly universally (!) equal to unity".

    Notes
    -----
    Eq. (1) and l.52 of the electrodynamics paper (Lubchenko, Silbey, Wolynes,
    arXiv:cond-mat/0506735).
    """
    return math.sqrt(reorienting_pairs(xi_over_a)) * lindemann_ratio


def bond_dipole(zeta, charge, bond_length):
    """Elemental bond dipole mu_mol = zeta q a.

    Parameters
    ----------
    zeta : float
        Partial charge in units of ``charge``.
    charge : float
        Elementary charge q in C.
    bond_length : float
        Bond length a in m.

    Returns
    -------
    float
        mu_mol in C m.

    Notes
    -----
    l.45 (and l.80, mu_i = zeta q a) of the electrodynamics paper (Lubchenko, Silbey,
    Wolynes, arXiv:cond-mat/0506735).
    """
    return zeta * charge * bond_length


def transition_dipole(zeta, charge, bond_length, xi_over_a, lindemann_ratio):
    """Transition dipole mu_T = zeta (q a) [(xi/a)^3/2]^(1/2) (d_L/a), Eq. (1) = Eq. (6).

    Parameters
    ----------
    zeta, charge, bond_length : float
        As in ``bond_dipole``.
    xi_over_a, lindemann_ratio : float
        xi/a and d_L/a.

    Returns
    -------
    float
        mu_T in C m.

    Notes
    -----
    Eqs. (1) and (6) of the electrodynamics paper (Lubchenko, Silbey, Wolynes,
    arXiv:cond-mat/0506735): each bond dipole change is Delta mu = mu_mol (d_L/a), and N_d
    of them add as a random walk in 3D.
    """
    return bond_dipole(zeta, charge, bond_length) * universal_dipole_factor(
        xi_over_a, lindemann_ratio
    )


def transition_dipole_as_printed_l45(zeta, charge, bond_length, xi_over_a, lindemann_ratio):
    """mu_T built from l.45 as printed: Delta mu = zeta mu_mol (d_L/a), mu_mol = zeta q a.

    Parameters
    ----------
    zeta, charge, bond_length, xi_over_a, lindemann_ratio : float
        As in ``transition_dipole``.

    Returns
    -------
    float
        zeta times ``transition_dipole`` (C m).

    Notes
    -----
    l.45 of the electrodynamics paper (Lubchenko, Silbey, Wolynes, arXiv:cond-mat/0506735)
    as printed carries zeta^2 and contradicts Eqs. (1) and (6) and l.80
    (mu_i = zeta q a); kept only so that the erratum can show its numbers.
    """
    return zeta * transition_dipole(zeta, charge, bond_length, xi_over_a, lindemann_ratio)


def reaction_field_factor(eps_ext, eps_tls):
    """Dielectric factor of Eq. (4).

    Parameters
    ----------
    eps_ext : float, complex or array_like
        Permittivity of the medium around the region.
    eps_tls : float, complex or array_like
        Permittivity of the tunnelling systems.

    Returns
    -------
    float, complex or ndarray
        3 eps_TLS (2 eps_ext + 1) / [(2 eps_TLS + 1)(2 eps_ext + eps_TLS)].

    Notes
    -----
    Eq. (4) of the electrodynamics paper (Lubchenko, Silbey, Wolynes,
    arXiv:cond-mat/0506735): the ratio of the cavity closures of Eq. (2) (region of volume
    xi^3 in a
    medium eps_ext) and Eq. (3) (one bead pair, eps_ext = eps_TLS). It is 1 when
    eps_ext = eps_TLS, which is the statement of Eqs. (5)-(6) with
    eps_TLS(omega -> infinity) = eps_infinity.
    """
    return (
        3.0 * eps_tls * (2.0 * eps_ext + 1.0) / ((2.0 * eps_tls + 1.0) * (2.0 * eps_ext + eps_tls))
    )


def cavity_fluctuation(eps_tls, eps_ext, volume):
    """Right-hand side of Eq. (2): (eps_TLS - 1)(2 eps_ext + 1) V / [4 pi (2 eps_ext + eps_TLS)].

    Parameters
    ----------
    eps_tls, eps_ext : float or array_like
        Permittivities of the tunnelling systems and of the surrounding medium.
    volume : float
        Volume V of the sphere (Gaussian units).

    Returns
    -------
    float or ndarray
        <M_z^2>/k_B T for a sphere of volume V at omega = 0.

    Notes
    -----
    Eq. (2) of the electrodynamics paper (Lubchenko, Silbey, Wolynes,
    arXiv:cond-mat/0506735); with eps_ext = eps_TLS it is the Kirkwood-Froehlich formula of
    Eq. (3).
    """
    return (
        (eps_tls - 1.0)
        * (2.0 * eps_ext + 1.0)
        * volume
        / (4.0 * math.pi * (2.0 * eps_ext + eps_tls))
    )


def piezoelectric_transition_dipole(beta_bar_cgs, bond_length_cm, xi_over_a, lindemann_ratio):
    """mu_T = (beta_bar a^3) [(xi/a)^3/2]^(1/2) (d_L/a), Eq. (18), Gaussian units.

    Parameters
    ----------
    beta_bar_cgs : float
        Local piezoelectric coupling in esu (statV/cm).
    bond_length_cm : float
        a in cm.
    xi_over_a, lindemann_ratio : float
        xi/a and d_L/a.

    Returns
    -------
    float
        mu_T in statC cm.

    Notes
    -----
    Eq. (18) of the electrodynamics paper (Lubchenko, Silbey, Wolynes,
    arXiv:cond-mat/0506735); with Eq. (19), zeta q a = beta_bar a^3.
    """
    return beta_bar_cgs * bond_length_cm**3 * universal_dipole_factor(xi_over_a, lindemann_ratio)


def field_energy(dipole, field):
    """Interaction energy |mu E| of a dipole with a field.

    Parameters
    ----------
    dipole : float or array_like
        mu in C m.
    field : float or array_like
        E in V/m.

    Returns
    -------
    float or ndarray
        |mu E| in J.

    Notes
    -----
    l.210 of the electrodynamics paper (Lubchenko, Silbey, Wolynes, arXiv:cond-mat/0506735).
    """
    return abs(dipole * field)
