"""Claim registries, one module per paper key (docs/CONTRACTS.md).

Each module defines ``REGISTRY`` and one function per row of ``data/raw/<key>/claims.csv``;
the functions compute the claims by calling the physics modules, never from literals.

The contract of a claims module: docs/CONTRACTS.md, section "Claims".
"""

__all__ = []
