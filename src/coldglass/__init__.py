"""coldglass: the physics library behind the reproduction pipeline.

Modules are organised by physics, not by paper (see docs/DESIGN.md): ``units`` holds
constants and conversions, ``rfot`` the random first-order transition constants,
``tls`` the standard tunnelling model, and so on. SI units inside, conversions only
in ``units``.

The conventions every module follows: docs/CONTRACTS.md, section "Library".
"""

import hashlib
import os
import shutil
from pathlib import Path

__all__ = ["__version__"]

__version__ = "0.1.0"


def _numba_cache_dir(package=Path(__file__).parent):
    """Where numba keeps this package's compiled kernels: ``__pycache__/numba-<key>``, the
    key hashing the source of every module that uses numba.

    Numba invalidates a cached kernel when its own file changes, not when a kernel it calls
    in another module does (``plateau._kappa`` calling ``scattering_dos._excited``): the old
    machine code would be loaded and an edited physics module would rerun its rules with
    stale numbers. One cache per state of all numba modules makes every edit a fresh compile.
    """
    digest = hashlib.sha256()
    for path in sorted(package.glob("*.py")):
        text = path.read_bytes()
        if b"numba" in text:
            digest.update(path.name.encode() + b"\0" + text)
    return package / "__pycache__" / f"numba-{digest.hexdigest()[:16]}"


def _use_keyed_numba_cache():
    """Point NUMBA_CACHE_DIR at ``_numba_cache_dir()`` (before numba is imported) and remove
    the caches of earlier sources, unless the user chose a cache directory or the package
    folder is read-only."""
    if "NUMBA_CACHE_DIR" in os.environ or not os.access(Path(__file__).parent, os.W_OK):
        return
    current = _numba_cache_dir()
    for old in current.parent.glob("numba-*"):  # kernels of earlier sources
        if old != current:
            shutil.rmtree(old, ignore_errors=True)
    os.environ["NUMBA_CACHE_DIR"] = str(current)


_use_keyed_numba_cache()
