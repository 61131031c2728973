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
    """Free energy density F = 1/2 lambda u u - (1/8 pi) eps E E + beta E u, Eq. (7).

    Parameters
    ----------
    stiffness : ndarray, shape (3, 3, 3, 3)
        Elastic stiffness tensor lambda_iklm in dyn/cm^2.
    eps : ndarray, shape (3, 3)
        Dielectric tensor eps_ik (dimensionless, symmetric, positive definite).
    beta : ndarray, shape (3, 3, 3)
        Piezoelectric tensor beta_i,kl in statV/cm (esu), symmetric in the strain indices k, l.
    strain : ndarray, shape (3, 3)
        Symmetric strain tensor u_ik (dimensionless).
    field : ndarray, shape (3,)
        Electric field E_i in statV/cm.

    Returns
    -------
    float
        F in erg/cm^3 (Gaussian units).

    Notes
    -----
    Eq. (7) of the electrodynamics paper (Lubchenko, Silbey, Wolynes), Sec. II.B: the elastic,
    dielectric and piezoelectric (beta_i,kl E_i u_kl) terms of a locally non-centrosymmetric
    medium.
    """
    elastic = 0.5 * np.einsum("iklm,ik,lm->", stiffness, strain, strain)
    dielectric = -np.einsum("ik,i,k->", eps, field, field) / (8.0 * math.pi)
    coupling = np.einsum("ikl,i,kl->", beta, field, strain)
    return elastic + dielectric + coupling


def displacement_field(eps, beta, strain, field):
    """D = -4 pi dF/dE = eps E - 4 pi beta u for the F of Eq. (7).

    Parameters
    ----------
    eps : ndarray, shape (3, 3)
        Dielectric tensor eps_ik (dimensionless, symmetric, positive definite).
    beta : ndarray, shape (3, 3, 3)
        Piezoelectric tensor beta_i,kl in statV/cm (esu), symmetric in the strain indices k, l.
    strain : ndarray, shape (3, 3)
        Symmetric strain tensor u_ik (dimensionless).
    field : ndarray, shape (3,)
        Electric field E_i in statV/cm.

    Returns
    -------
    ndarray, shape (3,)
        Electric displacement D_i in statV/cm.

    Notes
    -----
    D = -4 pi dF/dE of Eq. (7) of the electrodynamics paper (Sec. II.B, l.115, the text
    before Eq. 9): D_i = eps_ik E_k - 4 pi beta_i,kl u_kl.
    """
    return eps @ field - 4.0 * math.pi * np.einsum("ikl,kl->i", beta, strain)


def internal_field(eps, beta, strain):
    """E = 4 pi eps^-1 beta u, the field at D = 0, Eq. (9).

    Parameters
    ----------
    eps : ndarray, shape (3, 3)
        Dielectric tensor eps_ik (dimensionless, symmetric, positive definite).
    beta : ndarray, shape (3, 3, 3)
        Piezoelectric tensor beta_i,kl in statV/cm (esu), symmetric in the strain indices k, l.
    strain : ndarray, shape (3, 3)
        Symmetric strain tensor u_ik (dimensionless).

    Returns
    -------
    ndarray, shape (3,)
        Internal field E_i in statV/cm created by the strain when no free charges are
        present (D = 0).

    Notes
    -----
    Eq. (9) of the electrodynamics paper (Sec. II.B), from D = 0 (l.115);
    solved with ``numpy.linalg.solve`` rather than an explicit inverse.
    """
    return 4.0 * math.pi * np.linalg.solve(eps, np.einsum("kij,ij->k", beta, strain))


def dressed_stiffness(stiffness, eps, beta):
    """lambda' = lambda + 4 pi eps^-1_mn beta_m,ij beta_n,kl, Eq. (11).

    Parameters
    ----------
    stiffness : ndarray, shape (3, 3, 3, 3)
        Elastic stiffness tensor lambda_iklm in dyn/cm^2.
    eps : ndarray, shape (3, 3)
        Dielectric tensor eps_ik (dimensionless, symmetric, positive definite).
    beta : ndarray, shape (3, 3, 3)
        Piezoelectric tensor beta_i,kl in statV/cm (esu), symmetric in the strain indices k, l.

    Returns
    -------
    ndarray, shape (3, 3, 3, 3)
        The stiffness lambda'_ijkl in dyn/cm^2 including the Coulomb energy of the internal
        field of Eq. (9).

    Notes
    -----
    Eq. (11) of the electrodynamics paper: inserting the field of Eq. (9) into Eq. (7)
    stiffens the lattice by the Coulomb term.
    """
    eps_inv = np.linalg.inv(eps)
    return stiffness + 4.0 * math.pi * np.einsum("mn,mij,nkl->ijkl", eps_inv, beta, beta)


def coulomb_stiffness(beta, eps):
    """(4 pi / eps) beta^2, the Coulomb part of one stiffness component (l.132).

    Parameters
    ----------
    beta : float or array_like
        Scalar piezoelectric constant in statV/cm (esu).
    eps : float or array_like
        Scalar dielectric constant (dimensionless).

    Returns
    -------
    float or ndarray
        Coulomb stiffness in dyn/cm^2 (broadcast shape of the inputs).

    Notes
    -----
    Scalar (isotropic) form of the second term of Eq. (11), as used in the electrodynamics
    paper at l.132.
    """
    return 4.0 * math.pi * beta**2 / eps


def coulomb_share(beta, stiffness, eps):
    """(4 pi / eps) beta^2 / lambda, the Coulomb fraction of the stiffness (l.132).

    This is what l.139 calls zeta^2 ("approximately equal to 1/100 in silica, as we just
    saw"); see ``partial_charge_squared_as_printed`` for Eq. (12) as printed.

    Parameters
    ----------
    beta : float or array_like
        Scalar piezoelectric constant in statV/cm (esu).
    stiffness : float or array_like
        Elastic modulus lambda in dyn/cm^2.
    eps : float or array_like
        Scalar dielectric constant (dimensionless).

    Returns
    -------
    float or ndarray
        Dimensionless fraction (4 pi/eps) beta^2/lambda (broadcast shape of the inputs).

    Notes
    -----
    Electrodynamics paper l.132 (the ratio) and l.139 (its value ~1/100 in silica,
    identified with zeta^2).
    """
    return coulomb_stiffness(beta, eps) / stiffness


def partial_charge_squared_as_printed(beta, stiffness):
    """zeta^2 = beta^2 / lambda, Eq. (12) exactly as printed (without 4 pi / eps).

    Parameters
    ----------
    beta : float or array_like
        Scalar piezoelectric constant in statV/cm (esu).
    stiffness : float or array_like
        Elastic modulus lambda in dyn/cm^2.

    Returns
    -------
    float or ndarray
        Dimensionless beta^2/lambda (broadcast shape of the inputs).

    Notes
    -----
    Eq. (12) of the electrodynamics paper as printed; it differs from the l.132 ratio
    (`coulomb_share`) by the factor 4 pi/eps.
    """
    return beta**2 / stiffness


def strain_free_energy(stiffness, eps, beta, strain):
    """F = 1/2 lambda'_ij,kl u_ij u_kl, Eq. (10), with lambda' of Eq. (11).

    Parameters
    ----------
    stiffness : ndarray, shape (3, 3, 3, 3)
        Elastic stiffness tensor lambda_iklm in dyn/cm^2.
    eps : ndarray, shape (3, 3)
        Dielectric tensor eps_ik (dimensionless, symmetric, positive definite).
    beta : ndarray, shape (3, 3, 3)
        Piezoelectric tensor beta_i,kl in statV/cm (esu), symmetric in the strain indices k, l.
    strain : ndarray, shape (3, 3)
        Symmetric strain tensor u_ik (dimensionless).

    Returns
    -------
    float
        Free energy density in erg/cm^3 of the strained medium at D = 0.

    Notes
    -----
    Eq. (10) of the electrodynamics paper: Eq. (7) with the internal field of Eq. (9)
    eliminated, i.e. the elastic energy with the dressed stiffness of Eq. (11).
    """
    return 0.5 * np.einsum("ijkl,ij,kl->", dressed_stiffness(stiffness, eps, beta), strain, strain)


def random_stable_tensors(rng):
    """Random tensors for checking Eqs. (7)-(11): a positive-definite stiffness (as a 9x9
    form) and permittivity, beta symmetric in its strain indices, a symmetric strain.

    Parameters
    ----------
    rng : numpy.random.Generator
        Seeded generator supplying the normal deviates.

    Returns
    -------
    stiffness : ndarray, shape (3, 3, 3, 3)
        lambda_iklm, positive definite as a 9x9 quadratic form (arbitrary units).
    eps : ndarray, shape (3, 3)
        Symmetric positive-definite dielectric tensor.
    beta : ndarray, shape (3, 3, 3)
        Piezoelectric tensor, symmetric in its last two indices.
    strain : ndarray, shape (3, 3)
        Symmetric strain u_ik.

    Notes
    -----
    Test inputs for the identities between Eqs. (7), (9), (10) and (11) of the
    electrodynamics paper (Sec. II.B); positive-definite forms make Eq. (10) a minimum, the
    stability condition on lambda' stated at l.256.
    """
    form = rng.normal(size=(9, 9))
    stiffness = (form @ form.T + 9.0 * np.eye(9)).reshape(3, 3, 3, 3)
    root = rng.normal(size=(3, 3))
    eps = root @ root.T + 3.0 * np.eye(3)
    beta = rng.normal(size=(3, 3, 3))
    beta = 0.5 * (beta + beta.transpose(0, 2, 1))
    strain = rng.normal(size=(3, 3))
    return stiffness, eps, beta, 0.5 * (strain + strain.T)
