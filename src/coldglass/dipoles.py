"""Electric dipole moment of a tunnelling centre (Lubchenko, Silbey & Wolynes 2005).

Lubchenko, Silbey & Wolynes (2005), arXiv:cond-mat/0506735 ("electrodynamics"). A tunnelling centre is a compact
region of (xi/a)^3 beads; in a transition every bead moves by about the Lindemann length
d_L, so each of the N_d = (xi/a)^3/2 bead-pair "bonds" (partial charges +-zeta q, length
a) rotates by d_L/a. The bond dipole changes add as a random walk (Eq. 1).

SI units: charges in C, lengths in m, dipoles in C m (``units.coulomb_metre_to_debye``
converts).
"""

import math


def reorienting_pairs(xi_over_a):
    """N_d = (xi/a)^3 / 2, the number of bead pairs that rotate (l.45)."""
    return xi_over_a**3 / 2.0


def universal_dipole_factor(xi_over_a, lindemann_ratio):
    """[(xi/a)^3/2]^(1/2) (d_L/a), "nearly universally (!) equal to unity" (l.52)."""
    return math.sqrt(reorienting_pairs(xi_over_a)) * lindemann_ratio


def bond_dipole(zeta, charge, bond_length):
    """Elemental bond dipole mu_mol = zeta q a (l.45)."""
    return zeta * charge * bond_length


def transition_dipole(zeta, charge, bond_length, xi_over_a, lindemann_ratio):
    """Transition dipole mu_T = zeta (q a) [(xi/a)^3/2]^(1/2) (d_L/a), Eq. (1) = Eq. (6).

    Each bond dipole change is Delta mu = mu_mol (d_L/a), and N_d of them add as a
    random walk in 3D.
    """
    return bond_dipole(zeta, charge, bond_length) * universal_dipole_factor(
        xi_over_a, lindemann_ratio
    )


def transition_dipole_as_printed_l45(zeta, charge, bond_length, xi_over_a, lindemann_ratio):
    """mu_T built from l.45 as printed, Delta mu = zeta mu_mol (d_L/a) with mu_mol = zeta q a.

    This carries zeta^2 and contradicts Eqs. (1) and (6) and l.80 (mu_i = zeta q a); kept
    only so that the erratum can show its numbers.
    """
    return zeta * transition_dipole(zeta, charge, bond_length, xi_over_a, lindemann_ratio)


def reaction_field_factor(eps_ext, eps_tls):
    """Dielectric factor of Eq. (4): 3 eps_TLS (2 eps_ext + 1) / [(2 eps_TLS + 1)(2 eps_ext + eps_TLS)].

    It is the ratio of the cavity closures of Eq. (2) (region of volume xi^3 in a medium
    eps_ext) and Eq. (3) (one bead pair, eps_ext = eps_TLS). It is 1 when eps_ext = eps_TLS,
    which is the statement of Eqs. (5)-(6) with eps_TLS(omega -> infinity) = eps_infinity.
    Works on numpy arrays and complex permittivities.
    """
    return (
        3.0 * eps_tls * (2.0 * eps_ext + 1.0) / ((2.0 * eps_tls + 1.0) * (2.0 * eps_ext + eps_tls))
    )


def cavity_fluctuation(eps_tls, eps_ext, volume):
    """Right-hand side of Eq. (2): (eps_TLS - 1)(2 eps_ext + 1) V / [4 pi (2 eps_ext + eps_TLS)].

    Gaussian units; it equals <M_z^2>/k_B T for a sphere of volume V at omega = 0. With
    eps_ext = eps_TLS it is the Kirkwood-Froehlich formula of Eq. (3).
    """
    return (
        (eps_tls - 1.0)
        * (2.0 * eps_ext + 1.0)
        * volume
        / (4.0 * math.pi * (2.0 * eps_ext + eps_tls))
    )


def piezoelectric_transition_dipole(beta_bar_cgs, bond_length_cm, xi_over_a, lindemann_ratio):
    """mu_T = (beta_bar a^3) [(xi/a)^3/2]^(1/2) (d_L/a), Eq. (18), in statC cm (Gaussian).

    beta_bar is the local piezoelectric coupling in esu (statV/cm); with Eq. (19),
    zeta q a = beta_bar a^3.
    """
    return beta_bar_cgs * bond_length_cm**3 * universal_dipole_factor(xi_over_a, lindemann_ratio)


def field_energy(dipole, field):
    """Interaction energy |mu E| of a dipole (C m) with a field (V/m), in J (l.210)."""
    return abs(dipole * field)
