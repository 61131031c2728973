"""quantum_theory rule scripts: plot scripts stay light, compute scripts stay small."""

import ast
from pathlib import Path

import pytest

SCRIPTS = Path("scripts/quantum_theory")
MINE = ("fig01", "fig04", "fig08", "fig10", "fig11")


def imported_modules(path):
    tree = ast.parse(path.read_text())
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("fig", MINE)
def test_plot_scripts_import_no_numba_or_scipy(fig):
    modules = imported_modules(SCRIPTS / f"{fig}.py")
    assert not modules & {"numba", "scipy"}
    assert "coldglass" in modules


@pytest.mark.parametrize("fig", MINE)
def test_compute_scripts_import_no_matplotlib(fig):
    modules = imported_modules(SCRIPTS / f"{fig}_data.py")
    assert "matplotlib" not in modules
