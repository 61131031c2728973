"""coldglass: the physics library behind the reproduction pipeline.

Modules are organised by physics, not by paper (see docs/DESIGN.md): ``units`` holds
constants and conversions, ``rfot`` the random first-order transition constants,
``tls`` the standard tunnelling model, and so on. SI units inside, conversions only
in ``units``.

The conventions every module follows: docs/CONTRACTS.md, section "Library".
"""

__all__ = ["__version__"]

__version__ = "0.1.0"
