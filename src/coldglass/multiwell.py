"""Four-welled (square) tunnelling system in a field and coherent tunnelling clusters.

Jug & Paliienko (2013), "mixed_alkali", Appendix: the square 4LS with nearest-neighbour
hopping D0 and next-nearest-neighbour hopping D1 threaded by an Aharonov-Bohm phase phi
(Eqs. A.1-A.7, Fig. 14), and the renormalisation rules for a cluster of N coherently
tunnelling systems (Eqs. A.9-A.19, Fig. 15). The equations are lost from the text and
reconstructed from its words (Peierls phase phi/4 per n.n. bond around the square loop;
"one replaces [the n.n.n. phase factor] with [cos(phi/2)]"; "the renormalized tunneling
parameter is the sum"; the asymmetry is the sum plus the interaction energy times the
number of pairs). The three-welled system is ``coldglass.ats``.
"""

from __future__ import annotations

import itertools

import numpy as np

__all__ = [
    "square_hamiltonian",
    "square_levels",
    "interacting_tls_hamiltonian",
    "coherent_projection",
    "coherent_cluster",
]


def square_hamiltonian(E, D0, D1, phi):
    """The 4LS Hamiltonian on a square in a field (4x4 Hermitian).

    Parameters
    ----------
    E : sequence of 4 floats
        Well energies E1..E4 (sum zero in the paper).
    D0, D1 : float
        Nearest- and next-nearest-neighbour hopping.
    phi : float
        Aharonov-Bohm phase through the square.

    Returns
    -------
    ndarray, complex, shape (4, 4)
        H_{j,j+1} = D0 exp(i phi/4) around the loop 1-2-3-4-1, H_{13} = H_{24} =
        D1 cos(phi/2) (the symmetrised n.n.n. Peierls factor).

    Notes
    -----
    Eq. (4) at phi = 0 and Eq. (A.1).
    """
    H = np.diag(np.asarray(E, float)).astype(complex)
    t = D0 * np.exp(1j * phi / 4.0)
    for j in range(4):
        k = (j + 1) % 4
        H[j, k] = t
        H[k, j] = np.conj(t)
    d = D1 * np.cos(phi / 2.0)
    H[0, 2] = H[2, 0] = d
    H[1, 3] = H[3, 1] = d
    return H


def square_levels(D0, D1, phi):
    """Closed-form levels of the symmetric square (all E_i = 0), sorted.

    Parameters
    ----------
    D0, D1 : float
    phi : array_like

    Returns
    -------
    ndarray, shape phi.shape + (4,)
        E_m = 2 D0 cos(pi m/2 + phi/4) + (-1)^m D1 cos(phi/2), m = 0..3, ascending.

    Notes
    -----
    Eqs. (A.5) and, for D1 = D0, (A.7): at phi = 0 the levels are -2D0 + D1, -D1 (twice),
    2D0 + D1; for D1 = D0 the lowest level -D0 is three-fold (the tetrahedral mimic).
    """
    phi = np.asarray(phi, float)[..., None]
    m = np.arange(4)
    lv = 2.0 * D0 * np.cos(np.pi * m / 2.0 + phi / 4.0) + (-1.0) ** m * D1 * np.cos(phi / 2.0)
    return np.sort(lv, axis=-1)


def interacting_tls_hamiltonian(delta, delta0, J):
    """N interacting 2LS in the well basis, sum_i (Delta_i sz_i + Delta0_i sx_i) +
    sum_{i<j} J_ij sz_i sz_j (overall factor -1/2 dropped, as in the Appendix).

    Parameters
    ----------
    delta, delta0 : sequence of N floats
        Asymmetries and tunnelling elements.
    J : ndarray (N, N)
        Pair couplings (upper triangle used).

    Returns
    -------
    ndarray (2^N, 2^N)
        Basis ordered as binary numbers, bit 0 = left well (sz = +1), bit 1 = right.

    Notes
    -----
    Eqs. (A.12), (A.14).
    """
    delta = np.asarray(delta, float)
    delta0 = np.asarray(delta0, float)
    n = delta.size
    dim = 2**n
    H = np.zeros((dim, dim))
    for s in range(dim):
        sz = np.array([1.0 if not (s >> i) & 1 else -1.0 for i in range(n)])
        H[s, s] = delta @ sz + sum(
            J[i, j] * sz[i] * sz[j] for i, j in itertools.combinations(range(n), 2)
        )
        for i in range(n):
            H[s ^ (1 << i), s] += delta0[i]
    return H


def coherent_projection(delta, delta0, J):
    """Diagonal elements of the N-2LS Hamiltonian on the all-left and all-right states.

    Parameters
    ----------
    delta, delta0, J : see ``interacting_tls_hamiltonian``

    Returns
    -------
    (float, float)
        <L..L|H|L..L> and <R..R|H|R..R>: +/- sum Delta_i plus the sum of the pair
        couplings (J N(N-1)/2 for equal couplings).

    Notes
    -----
    The renormalised asymmetry of Eqs. (A.13), (A.15)-(A.16).
    """
    H = interacting_tls_hamiltonian(delta, delta0, J)
    return float(H[0, 0]), float(H[-1, -1])


def coherent_cluster(D0, E, q, S):
    """Parameters of the fictitious particle replacing N coherently tunnelling 3LS.

    Parameters
    ----------
    D0 : array_like (N,)
        Tunnelling parameters of the members.
    E : array_like (N, 3)
        Well energies of the members.
    q, S : array_like (N,)
        Charges (in e) and flux-threaded areas of the members.

    Returns
    -------
    dict
        ``D0`` = sum D0_i, ``E`` = sum_i E_i (per well), ``q`` = sum q_i, ``S`` = sum S_i,
        ``D0qS`` = their product (~ N^3 for equal members).

    Notes
    -----
    Eqs. (A.9)-(A.11), (A.17)-(A.19) (interaction corrections neglected "for a
    sufficiently weak [J] and moderate values of N", l.109).
    """
    D0 = np.asarray(D0, float)
    out = {
        "D0": float(D0.sum()),
        "E": np.asarray(E, float).sum(axis=0),
        "q": float(np.sum(q)),
        "S": float(np.sum(S)),
    }
    out["D0qS"] = out["D0"] * out["q"] * out["S"]
    return out
