"""Local piezoelectricity and the Coulomb share of the stiffness (electrodynamics, Eqs. 7-12).

Gaussian units as in the paper: stiffness lambda in dyn/cm^2, piezoelectric tensor beta in
esu (statV/cm, "beta has the dimensions of electric field", l.118), dielectric tensor
eps dimensionless. Tensors are numpy arrays: lambda[i,k,l,m], eps[i,k], beta[i,k,l],
strain u[i,k].
"""

import math

import numpy as np

__all__ = [
    "free_energy_density",
    "displacement_field",
    "internal_field",
    "dressed_stiffness",
    "coulomb_stiffness",
    "coulomb_share",
    "partial_charge_squared_as_printed",
    "strain_free_energy",
    "random_stable_tensors",
]


def free_energy_density(stiffness, eps, beta, strain, field):
    """F = 1/2 lambda u u - (1/8 pi) eps E E + beta E u, Eq. (7)."""
    elastic = 0.5 * np.einsum("iklm,ik,lm->", stiffness, strain, strain)
    dielectric = -np.einsum("ik,i,k->", eps, field, field) / (8.0 * math.pi)
    coupling = np.einsum("ikl,i,kl->", beta, field, strain)
    return elastic + dielectric + coupling


def displacement_field(eps, beta, strain, field):
    """D = -4 pi dF/dE = eps E - 4 pi beta u for the F of Eq. (7)."""
    return eps @ field - 4.0 * math.pi * np.einsum("ikl,kl->i", beta, strain)


def internal_field(eps, beta, strain):
    """E = 4 pi eps^-1 beta u, the field at D = 0, Eq. (9)."""
    return 4.0 * math.pi * np.linalg.solve(eps, np.einsum("kij,ij->k", beta, strain))


def dressed_stiffness(stiffness, eps, beta):
    """lambda' = lambda + 4 pi eps^-1_mn beta_m,ij beta_n,kl, Eq. (11)."""
    eps_inv = np.linalg.inv(eps)
    return stiffness + 4.0 * math.pi * np.einsum("mn,mij,nkl->ijkl", eps_inv, beta, beta)


def coulomb_stiffness(beta, eps):
    """(4 pi / eps) beta^2, the Coulomb part of one stiffness component (l.132)."""
    return 4.0 * math.pi * beta**2 / eps


def coulomb_share(beta, stiffness, eps):
    """(4 pi / eps) beta^2 / lambda, the Coulomb fraction of the stiffness (l.132).

    This is what l.139 calls zeta^2 ("approximately equal to 1/100 in silica, as we just
    saw"); see ``partial_charge_squared_as_printed`` for Eq. (12) as printed.
    """
    return coulomb_stiffness(beta, eps) / stiffness


def partial_charge_squared_as_printed(beta, stiffness):
    """zeta^2 = beta^2 / lambda, Eq. (12) exactly as printed (without 4 pi / eps)."""
    return beta**2 / stiffness


def strain_free_energy(stiffness, eps, beta, strain):
    """F = 1/2 lambda'_ij,kl u_ij u_kl, Eq. (10), with lambda' of Eq. (11)."""
    return 0.5 * np.einsum("ijkl,ij,kl->", dressed_stiffness(stiffness, eps, beta), strain, strain)


def random_stable_tensors(rng):
    """Random tensors for checking Eqs. (7)-(11): a positive-definite stiffness (as a 9x9
    form) and permittivity, beta symmetric in its strain indices, a symmetric strain."""
    form = rng.normal(size=(9, 9))
    stiffness = (form @ form.T + 9.0 * np.eye(9)).reshape(3, 3, 3, 3)
    root = rng.normal(size=(3, 3))
    eps = root @ root.T + 3.0 * np.eye(3)
    beta = rng.normal(size=(3, 3, 3))
    beta = 0.5 * (beta + beta.transpose(0, 2, 1))
    strain = rng.normal(size=(3, 3))
    return stiffness, eps, beta, 0.5 * (strain + strain.T)
