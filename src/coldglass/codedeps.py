"""Which library files a script runs: static import analysis, for exact reruns.

The workflow adds, to every rule that runs a script, the files of the ``coldglass`` modules
the script imports, directly or through other ``coldglass`` modules, as inputs
(docs/CONTRACTS.md, "Library code is an input"), so that editing ``src/coldglass/ats.py``
reruns exactly the rules whose scripts use it. The analysis reads the source with
:mod:`ast` and never imports the modules it analyses.

Every ``import`` statement counts, including those inside functions (they run when the
function is called), and a package's ``__init__.py`` counts whenever one of its modules is
imported (Python runs it first). ``importlib.import_module("coldglass.x")`` with a literal
name counts too; a module chosen at run time (a computed name) cannot be seen, so a rule
that loads one declares it (the claims rule: ``coldglass.claims.<key>``).
"""

import ast
import hashlib
import json
import os
from pathlib import Path

__all__ = ["imported_modules", "library_closure", "load_cache", "module_file", "save_cache"]


def module_file(name, src):
    """The source file of module ``name`` under the source root ``src``, if it exists.

    Parameters
    ----------
    name : str
        Dotted module name, e.g. ``"coldglass.claims.quantum_theory"``.
    src : str or Path
        The folder that holds the top-level package (``src/``).

    Returns
    -------
    Path or None
        ``<src>/<a>/<b>.py`` or ``<src>/<a>/<b>/__init__.py``; None when neither exists
        (the name is then an attribute of its package, not a module).

    Notes
    -----
    Infrastructure of the workflow, not physics: no paper equation.
    """
    base = Path(src, *name.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _package_chain(name):
    """``"a.b.c"`` -> ``["a", "a.b", "a.b.c"]``: importing a module runs its packages."""
    parts = name.split(".")
    return [".".join(parts[: i + 1]) for i in range(len(parts))]


def _absolute(node, current):
    """The absolute module name of an ``ImportFrom`` (relative imports resolved)."""
    if node.level == 0:
        return node.module or ""
    if current is None:
        return ""
    package = current.split(".")
    # A module's own package is its name minus the last part (a package's is itself,
    # but relative imports are only resolved from modules here, see library_closure).
    base = package[: len(package) - node.level]
    return ".".join(base + ([node.module] if node.module else []))


def imported_modules(path, current=None, cache=None):
    """Every module name the file ``path`` imports, with its parent packages.

    Parameters
    ----------
    path : str or Path
        A Python source file (a rule's script or a library module).
    current : str, optional
        The dotted name of ``path`` when it is a module of a package (to resolve relative
        imports); None for a script.
    cache : dict, optional
        Answers already known, keyed by the file's content hash and ``current``
        (updated in place; see ``load_cache``).

    Returns
    -------
    set of str
        Absolute dotted names: ``from a.b import c`` gives ``a``, ``a.b`` and ``a.b.c``
        (``c`` may be an attribute rather than a module: callers check for a file).

    Notes
    -----
    Static: the file is parsed with :mod:`ast`, nothing is imported.
    """
    source = Path(path).read_bytes()
    key = f"{hashlib.sha256(source).hexdigest()} {current}"
    if cache is not None and key in cache:
        return set(cache[key])
    names = set()
    if current is not None and Path(path).name == "__init__.py":
        current = f"{current}.__init__"  # relative imports of a package start at itself
    for node in ast.walk(ast.parse(source, filename=str(path))):
        if isinstance(node, ast.Import):
            found = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(node, current)
            found = [base] + [f"{base}.{alias.name}" for alias in node.names]
        elif _is_literal_import_module(node):
            found = [node.args[0].value]
        else:
            continue
        for name in filter(None, found):
            names.update(_package_chain(name))
    if cache is not None:
        cache[key] = sorted(names)
    return names


def _is_literal_import_module(node):
    """``importlib.import_module("a.b")`` or ``import_module("a.b")`` with a literal name."""
    return (
        isinstance(node, ast.Call)
        and getattr(node.func, "attr", getattr(node.func, "id", None)) == "import_module"
        and bool(node.args)
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    )


def library_closure(entries, src, package="coldglass", cache=None):
    """The files that ``entries`` run, following imports transitively.

    Parameters
    ----------
    entries : iterable of str or Path
        Scripts (paths ending in ``.py``) and/or dotted module names of the package.
    src : str or Path
        The folder that holds the package (``src/``).
    package : str
        The top-level package whose files are collected.
    cache : dict, optional
        Passed to ``imported_modules``: with it, a file is parsed only when its content
        is new.

    Returns
    -------
    list of Path
        The package's source files that run (``.py``, packages' ``__init__.py``
        included), plus the helper modules a script imports from its own folder (e.g.
        ``scripts/<key>/_helpers.py``, put on ``sys.path`` by the script); sorted, each
        once. Module entries are part of the result; script entries are not.

    Notes
    -----
    A worklist over the import graph.
    """
    modules, scripts = [], []
    for entry in map(str, entries):
        if entry.endswith(".py"):
            scripts.append(entry)
        else:
            modules.extend(_package_chain(entry))
    files, seen_scripts = set(), set()
    while scripts:
        script = Path(scripts.pop())
        if script in seen_scripts:
            continue
        seen_scripts.add(script)
        for name in imported_modules(script, cache=cache):
            helper = script.parent / f"{name}.py"
            if name == package or name.startswith(f"{package}."):
                modules.append(name)
            elif "." not in name and helper.is_file():
                files.add(helper)
                scripts.append(str(helper))
    seen = set()
    while modules:
        name = modules.pop()
        if name in seen:
            continue
        seen.add(name)
        path = module_file(name, src)
        if path is None:
            continue
        files.add(path)
        modules.extend(
            module
            for module in imported_modules(path, current=name, cache=cache)
            if module.split(".")[0] == package and module not in seen
        )
    return sorted(files)


def load_cache(path):
    """The import cache saved by ``save_cache`` (an empty dict if absent or unreadable).

    Parameters
    ----------
    path : str or Path
        The JSON file (the workflow keeps it in ``.snakemake/``).

    Returns
    -------
    dict
        ``{"<sha256> <current>": [module names]}``.

    Notes
    -----
    Parsing every library file costs about 0.2 s (more on a loaded machine); the cache
    keeps a no-op run fast. Keys are content hashes, so a stale entry is never used.
    """
    try:
        cache = json.loads(Path(path).read_text())
    except (OSError, ValueError):
        return {}
    return cache if isinstance(cache, dict) else {}


def save_cache(cache, path):
    """Write ``cache`` to ``path`` atomically (a concurrent reader sees old or new).

    Parameters
    ----------
    cache : dict
        As returned by ``load_cache`` and filled by ``library_closure``.
    path : str or Path
        The JSON file.

    Returns
    -------
    None

    Notes
    -----
    Written through a temporary file in the same folder and ``os.replace``.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(cache, sort_keys=True))
    os.replace(tmp, path)
