"""The public surface of coldglass: ``__all__`` per module, documented public functions.

Rules (docs/CONTRACTS.md, "Library"):

* every module declares ``__all__``; every name in it exists;
* a function or class defined in a module is public only if it is in ``__all__``; anything
  else is private (starts with ``_``). Claim functions are the exception: they are reached
  through the paper's ``REGISTRY`` (``@REGISTRY.claim("C12")``), never imported by name, so
  a claims module exports ``REGISTRY`` and its claim functions may keep readable names;
* every public function or class has a docstring. In a physics module the docstring names
  where its formula comes from: an equation, section, figure, table, line of the paper or
  a reference (``REFERENCE`` below). The infrastructure modules (``INFRASTRUCTURE``) have no
  paper behind them: their module docstring names the section of docs/CONTRACTS.md that
  specifies them;
* the modules in ``NUMPY_SECTIONS`` have NumPy-style docstrings on every public function
  (Parameters, Returns, Notes); the list grows as modules are converted.
"""

import importlib
import inspect
import pkgutil
import re

import pytest

import coldglass

#: What a docstring must name: an equation, section, figure, table, line of the paper, or
#: a reference (authors, year, DOI, arXiv, CODATA for the constants).
REFERENCE = re.compile(
    r"Eqs?\.|Secs?\.|Section|Figs?\.|Tables?\b|\bl\.\d+|et al\.|\(\d{4}\)|doi|arXiv|CODATA"
)
INFRASTRUCTURE = {
    "coldglass",
    "coldglass.claims",
    "coldglass.codedeps",
    "coldglass.config",
    "coldglass.digitized",
    "coldglass.fitting",
    "coldglass.io",
    "coldglass.ledger",
    "coldglass.plotting",
    "coldglass.reporting",
    "coldglass.supplement",
    "coldglass.validate",
}
NUMPY_SECTIONS = {
    "coldglass.dipoles",
    "coldglass.heat_capacity",
    "coldglass.interactions",
    "coldglass.landscape",
    "coldglass.phonons",
}
SECTION = re.compile(r"^\s*(Parameters|Returns|Notes)\n\s*-{3,}\s*$", re.M)

MODULES = sorted(
    ["coldglass"] + [m.name for m in pkgutil.walk_packages(coldglass.__path__, prefix="coldglass.")]
)


def _public_objects(module):
    """(name, object) for every function or class defined in ``module`` and in __all__."""
    for name in module.__all__:
        obj = getattr(module, name)
        func = getattr(obj, "py_func", obj)  # numba dispatchers
        if inspect.isfunction(func) or inspect.isclass(func):
            yield name, func


def _registered(module):
    registry = getattr(module, "REGISTRY", None)
    return set(registry.functions.values()) if registry is not None else set()


def test_reference_pattern():
    assert REFERENCE.search("Eq. (15) divided by k_B")
    assert REFERENCE.search("stated at l.330")
    assert REFERENCE.search("Jug, Bonfanti, Kob (2015)")
    assert not REFERENCE.search("A logger that writes lines to a file.")
    assert not REFERENCE.search("numbers in a table")  # lower-case 'table' is not Table 3


def test_every_module_is_found():
    assert {"coldglass.heat_capacity", "coldglass.claims.magnetic_tunneling"} <= set(MODULES)
    assert len(MODULES) >= 20


@pytest.mark.parametrize("name", MODULES)
def test_module_declares_all(name):
    module = importlib.import_module(name)
    assert isinstance(getattr(module, "__all__", None), list), f"{name} has no __all__"
    missing = [n for n in module.__all__ if not hasattr(module, n)]
    assert not missing, f"{name}.__all__ names what does not exist: {missing}"
    assert len(set(module.__all__)) == len(module.__all__), f"{name}.__all__ has duplicates"


@pytest.mark.parametrize("name", MODULES)
def test_public_means_exported(name):
    module = importlib.import_module(name)
    registered = _registered(module)
    stray = []
    for attr, obj in vars(module).items():
        func = getattr(obj, "py_func", obj)
        if attr.startswith("_") or not (inspect.isfunction(func) or inspect.isclass(func)):
            continue
        if getattr(func, "__module__", None) != name:
            continue  # imported, not defined here
        if attr not in module.__all__ and obj not in registered:
            stray.append(attr)
    assert not stray, f"{name}: public but not in __all__ (export or prefix with _): {stray}"


@pytest.mark.parametrize("name", MODULES)
def test_public_functions_are_documented(name):
    module = importlib.import_module(name)
    undocumented, unreferenced = [], []
    for attr, obj in _public_objects(module):
        doc = inspect.getdoc(obj) or ""
        if not doc.strip():
            undocumented.append(attr)
        elif name not in INFRASTRUCTURE and not REFERENCE.search(doc):
            unreferenced.append(attr)
    assert not undocumented, f"{name}: public without a docstring: {undocumented}"
    assert not unreferenced, (
        f"{name}: docstring names no equation, section, figure, table or reference: {unreferenced}"
    )
    if name in INFRASTRUCTURE:
        assert "CONTRACTS.md" in (module.__doc__ or ""), (
            f"{name}: an infrastructure module's docstring names its docs/CONTRACTS.md section"
        )


@pytest.mark.parametrize("name", sorted(NUMPY_SECTIONS))
def test_numpy_style_sections(name):
    module = importlib.import_module(name)
    incomplete = []
    for attr, obj in _public_objects(module):
        if inspect.isclass(obj):
            continue
        found = set(SECTION.findall(inspect.getdoc(obj) or ""))
        if found != {"Parameters", "Returns", "Notes"}:
            incomplete.append(f"{attr} (has {sorted(found)})")
    assert not incomplete, f"{name}: missing Parameters/Returns/Notes: {incomplete}"
