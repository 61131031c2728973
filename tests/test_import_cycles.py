"""No import cycles inside coldglass: every `import` of every module, read statically (ast).

A cycle makes the import order decide which names exist (a module half-initialised when the
other one reads it); modules that need the same things import a third module instead (e.g.
``claims/magnetic_tunneling_inputs.py``). Imports inside functions count too: they are
deferred, not absent.
"""

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = "coldglass"


def module_name(path, root=SRC):
    """Dotted name of the module in ``path`` (a package's ``__init__`` is the package)."""
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(path, name, known):
    """The modules of ``known`` that the source in ``path`` imports (absolute or relative)."""
    is_package = path.name == "__init__.py"
    package = name if is_package else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                stem = ".".join(base + ([node.module] if node.module else []))
            else:
                stem = node.module or ""
            # `from pkg import mod` imports the module pkg.mod when it is one
            targets = [stem] + [f"{stem}.{alias.name}" for alias in node.names]
        else:
            continue
        for target in targets:
            # importing a.b.c runs a, a.b and a.b.c
            pieces = target.split(".")
            for i in range(1, len(pieces) + 1):
                candidate = ".".join(pieces[:i])
                if candidate in known and candidate != name:
                    found.add(candidate)
    return found


def import_graph(root=SRC, package=PACKAGE):
    """{module: set of modules it imports} for every module of ``package`` under ``root``."""
    paths = {module_name(p, root): p for p in sorted((root / package).rglob("*.py"))}
    graph = {name: imported_modules(path, name, paths) for name, path in paths.items()}
    # a package's __init__ runs before any of its submodules: that edge is not a cycle
    for name in graph:
        graph[name] = {m for m in graph[name] if not name.startswith(m + ".")}
    return graph


def find_cycles(graph):
    """Every elementary cycle found by depth-first search, each as a list [a, b, ..., a]."""
    cycles, seen = [], set()
    state = {}  # 1: on the current path, 2: finished

    def visit(node, path):
        state[node] = 1
        path.append(node)
        for succ in sorted(graph.get(node, ())):
            if state.get(succ) == 1:
                cycle = path[path.index(succ) :] + [succ]
                key = frozenset(cycle)
                if key not in seen:
                    seen.add(key)
                    cycles.append(cycle)
            elif state.get(succ) is None:
                visit(succ, path)
        path.pop()
        state[node] = 2

    for node in sorted(graph):
        if state.get(node) is None:
            visit(node, [])
    return cycles


def test_cycle_finder_finds_a_cycle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert find_cycles(graph) == [["a", "b", "c", "a"]]
    assert find_cycles({"a": {"a"}}) == [["a", "a"]]
    assert find_cycles({"a": {"b"}, "b": set(), "c": {"a", "b"}}) == []


def test_import_graph_reads_relative_and_from_imports(tmp_path):
    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "sub" / "__init__.py").write_text("")
    (pkg / "one.py").write_text("from pkg.sub import two\n")
    (pkg / "sub" / "two.py").write_text("def f():\n    from .. import one\n")
    graph = import_graph(tmp_path, "pkg")
    assert graph["pkg.one"] == {"pkg.sub", "pkg.sub.two"}
    assert "pkg.one" in graph["pkg.sub.two"]
    assert find_cycles(graph) == [["pkg.one", "pkg.sub.two", "pkg.one"]]


def test_graph_covers_every_module():
    graph = import_graph()
    names = set(graph)
    assert {"coldglass.heat_capacity", "coldglass.claims.magnetic_tunneling"} <= names
    assert "coldglass.ats" in graph["coldglass.heat_capacity"]


@pytest.mark.parametrize("package", [PACKAGE])
def test_no_import_cycles(package):
    cycles = find_cycles(import_graph(SRC, package))
    assert not cycles, "import cycles: " + "; ".join(" -> ".join(c) for c in cycles)
