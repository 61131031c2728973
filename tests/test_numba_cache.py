"""Compiled kernels are cached per state of every numba module (coldglass/__init__.py).

Numba alone would keep a kernel compiled against an older version of a kernel it calls in
another module; the cache directory's key must change with any numba module's source and
only then.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import coldglass
from coldglass import _numba_cache_dir

PACKAGE = Path(coldglass.__file__).parent


def test_numba_reads_the_keyed_cache_directory():
    code = "import coldglass, numba; print(numba.config.CACHE_DIR)"
    env = {k: v for k, v in os.environ.items() if k != "NUMBA_CACHE_DIR"}
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == str(_numba_cache_dir())


def test_the_key_follows_numba_modules_only(tmp_path):
    for name in ("plateau.py", "scattering_dos.py", "units.py"):
        shutil.copy(PACKAGE / name, tmp_path / name)
    first = _numba_cache_dir(tmp_path)
    assert first.parent == tmp_path / "__pycache__"
    (tmp_path / "units.py").write_text((PACKAGE / "units.py").read_text() + "\n# edit\n")
    assert _numba_cache_dir(tmp_path) == first  # no numba in units.py
    callee = tmp_path / "scattering_dos.py"
    callee.write_text(callee.read_text() + "\n# an edit of a called kernel's module\n")
    assert _numba_cache_dir(tmp_path) != first
