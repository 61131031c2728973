"""coldglass.codedeps: the library files a script runs, from its imports (no import done)."""

from pathlib import Path

import pytest
from conftest import REPO

from coldglass.codedeps import imported_modules, library_closure, load_cache, save_cache


def write(root, relative, text=""):
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


@pytest.fixture
def tree(tmp_path):
    """A package `pkg` whose modules import each other in every supported way."""
    src = tmp_path / "src"
    write(src, "pkg/__init__.py", '__version__ = "1"\n')
    write(src, "pkg/leaf.py", "import math\n")
    write(src, "pkg/mid.py", "from pkg import leaf\n")
    write(src, "pkg/lazy.py", "def f():\n    from . import mid\n    return mid\n")
    write(src, "pkg/sub/__init__.py", "from .inner import thing\n")
    write(src, "pkg/sub/inner.py", "from ..leaf import x\nthing = 1\n")
    write(src, "pkg/unused.py", "raise RuntimeError('never imported')\n")
    write(src, "pkg/dynamic.py", "import importlib\nimportlib.import_module('pkg.unused')\n")
    write(src, "pkg/attr.py", "from pkg import __version__\n")
    scripts = tmp_path / "scripts"
    write(scripts, "_helper.py", "import pkg.sub\n")
    write(scripts, "run.py", "import sys\nfrom _helper import y\nfrom pkg.lazy import f\n")
    return tmp_path


def names(files, root):
    return sorted(str(Path(f).relative_to(root)) for f in files)


def test_transitive_relative_and_lazy_imports(tree):
    files = library_closure([tree / "scripts/run.py"], tree / "src", package="pkg")
    assert names(files, tree) == [
        "scripts/_helper.py",
        "src/pkg/__init__.py",
        "src/pkg/lazy.py",
        "src/pkg/leaf.py",
        "src/pkg/mid.py",
        "src/pkg/sub/__init__.py",
        "src/pkg/sub/inner.py",
    ]


def test_module_entries_and_literal_import_module(tree):
    files = library_closure(["pkg.dynamic"], tree / "src", package="pkg")
    assert names(files, tree) == ["src/pkg/__init__.py", "src/pkg/dynamic.py", "src/pkg/unused.py"]


def test_an_attribute_of_the_package_is_not_a_module(tree):
    files = library_closure(["pkg.attr"], tree / "src", package="pkg")
    assert names(files, tree) == ["src/pkg/__init__.py", "src/pkg/attr.py"]


def test_nothing_is_imported(tree):
    # pkg.unused raises on import: reaching it statically must not run it.
    assert "src/pkg/unused.py" in names(
        library_closure(["pkg.dynamic"], tree / "src", package="pkg"), tree
    )


def test_imported_modules_lists_parent_packages(tree):
    assert imported_modules(tree / "src/pkg/sub/inner.py", current="pkg.sub.inner") >= {
        "pkg",
        "pkg.leaf",
        "pkg.leaf.x",
    }


def test_cache_is_used_and_keyed_by_content(tree, tmp_path):
    cache = {}
    library_closure(["pkg.mid"], tree / "src", package="pkg", cache=cache)
    assert cache
    # A cached answer is used without parsing: poison it and see it come back.
    key = next(k for k in cache if k.endswith(" pkg.mid"))
    cache[key] = ["pkg", "pkg.unused"]
    poisoned = library_closure(["pkg.mid"], tree / "src", package="pkg", cache=cache)
    assert "src/pkg/unused.py" in names(poisoned, tree)
    # New content, new key: the poisoned entry is not used any more.
    write(tree / "src", "pkg/mid.py", "from pkg import leaf  # edited\n")
    fresh = library_closure(["pkg.mid"], tree / "src", package="pkg", cache=cache)
    assert "src/pkg/unused.py" not in names(fresh, tree)
    path = tmp_path / "cache/imports.json"
    save_cache(cache, path)
    assert load_cache(path) == cache
    path.write_text("{not json")
    assert load_cache(path) == {}


def test_every_rule_script_of_the_repository_uses_the_library():
    cache = {}
    for script in sorted((REPO / "scripts").glob("*/*.py")):
        if script.parent.name == "dev":  # developer tools, not rule scripts
            continue
        files = library_closure([script], REPO / "src", cache=cache)
        if "from coldglass" in script.read_text() or "import coldglass" in script.read_text():
            assert REPO / "src/coldglass/__init__.py" in files, script
        assert all(Path(f).is_file() for f in files), script
