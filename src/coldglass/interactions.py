"""Interactions between tunnelling centres.

Electrodynamics paper (arXiv:cond-mat/0506735), Sec. III: the phonon-mediated ("elastic") and the
electric dipole-dipole interaction of two centres a distance r apart, both ~1/r^3 with
numerical constants omitted as in the paper (Eqs. 21-22).
"""

__all__ = ["elastic_interaction", "electric_interaction", "electric_to_elastic_ratio"]


def elastic_interaction(glass_transition_energy, bead_spacing, distance):
    """Phonon-mediated ("elastic") interaction of two tunnelling centres, Eq. (21).

    Parameters
    ----------
    glass_transition_energy : float or array_like
        k_B T_g in J (= g^2/(rho c_s^2 a^3) by marginal stability at T_g).
    bead_spacing : float
        The bead size a in m.
    distance : float or array_like
        Separation r in m.

    Returns
    -------
    float or ndarray
        H_elast ~ g^2/(rho c_s^2 r^3) = T_g (a/r)^3 in J (numerical constants omitted).

    Notes
    -----
    Eq. (21) of the electrodynamics paper (Lubchenko, Silbey, Wolynes, arXiv:cond-mat/0506735),
    Sec. III.
    """
    return glass_transition_energy * (bead_spacing / distance) ** 3


def electric_interaction(zeta_squared, cohesive_energy, bead_spacing, distance):
    """Electric dipole-dipole interaction of two tunnelling centres, Eq. (22).

    Parameters
    ----------
    zeta_squared : float
        zeta^2, the squared partial charge in units of e^2 (dimensionless).
    cohesive_energy : float
        rho c_s^2 a^3 in J.
    bead_spacing : float
        The bead size a in m.
    distance : float or array_like
        Separation r in m.

    Returns
    -------
    float or ndarray
        H_elect ~ zeta^2 rho c_s^2 a^3 (a/r)^3 in J (numerical constants omitted).

    Notes
    -----
    Eq. (22) of the electrodynamics paper (arXiv:cond-mat/0506735), Sec. III.
    """
    return zeta_squared * cohesive_energy * (bead_spacing / distance) ** 3


def electric_to_elastic_ratio(zeta_squared, cohesive_energy, glass_transition_energy):
    """Ratio of the electric to the elastic interaction, independent of r.

    Parameters
    ----------
    zeta_squared : float
        zeta^2 (dimensionless).
    cohesive_energy : float
        rho c_s^2 a^3 in J.
    glass_transition_energy : float
        k_B T_g in J.

    Returns
    -------
    float
        H_elect/H_elast = zeta^2 rho c_s^2 a^3/T_g.

    Notes
    -----
    Eqs. (21)-(22) and l.240 of the electrodynamics paper (arXiv:cond-mat/0506735).
    """
    return zeta_squared * cohesive_energy / glass_transition_energy
