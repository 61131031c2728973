"""Interactions between tunnelling centres.

Electrodynamics paper (arXiv:cond-mat/0506735), Sec. III: the phonon-mediated ("elastic") and the
electric dipole-dipole interaction of two centres a distance r apart, both ~1/r^3 with
numerical constants omitted as in the paper (Eqs. 21-22).
"""


def elastic_interaction(glass_transition_energy, bead_spacing, distance):
    """H_elast ~ g^2/(rho c_s^2 r^3) = T_g (a/r)^3, Eq. (21) (energies in J, lengths in m)."""
    return glass_transition_energy * (bead_spacing / distance) ** 3


def electric_interaction(zeta_squared, cohesive_energy, bead_spacing, distance):
    """H_elect ~ zeta^2 rho c_s^2 a^3 (a/r)^3, Eq. (22); ``cohesive_energy`` = rho c_s^2 a^3."""
    return zeta_squared * cohesive_energy * (bead_spacing / distance) ** 3


def electric_to_elastic_ratio(zeta_squared, cohesive_energy, glass_transition_energy):
    """H_elect / H_elast = zeta^2 rho c_s^2 a^3 / T_g, independent of r (l.240)."""
    return zeta_squared * cohesive_energy / glass_transition_energy
