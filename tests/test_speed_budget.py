"""Speed budget: plot jobs start lean, and every kernel benchmark reports in one format."""

import re
import subprocess
import sys

from conftest import REPO

from coldglass.codedeps import imported_modules, library_closure

HEAVY_FOR_PLOTS = {"numba", "scipy"}


def plot_scripts():
    """Scripts run by the generic `figure` rule (scripts/<key>/figNN.py)."""
    return [
        p for p in sorted(REPO.glob("scripts/*/*.py")) if re.fullmatch(r"fig\d\d[a-z]?", p.stem)
    ]


def module_name(path):
    parts = path.relative_to(REPO / "src").with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def test_plot_jobs_load_neither_numba_nor_scipy():
    assert plot_scripts()
    cache, modules = {}, set()
    for script in plot_scripts():
        files = library_closure([script], REPO / "src", cache=cache)
        helpers = [f for f in files if REPO / "src" not in f.parents]
        for path in [script, *helpers]:
            direct = {name.split(".")[0] for name in imported_modules(path)}
            assert not direct & HEAVY_FOR_PLOTS, (path, direct & HEAVY_FOR_PLOTS)
        modules |= {module_name(f) for f in files if REPO / "src" in f.parents}
    # What importing those library modules loads (module-level imports, run for real).
    code = "import sys\n" + "".join(f"import {m}\n" for m in sorted(modules))
    code += "print(' '.join(sorted({n.split('.')[0] for n in sys.modules})))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert not set(result.stdout.split()) & HEAVY_FOR_PLOTS, sorted(modules)


def test_every_kernel_benchmark_uses_the_common_format():
    benchmarks = sorted((REPO / "benchmarks").glob("bench_*.py"))
    assert benchmarks
    for path in benchmarks:
        text = path.read_text()
        assert re.search(r"from _report import (best_of, )?finish, report", text), path.name
        assert "report(" in text and "finish(" in text, path.name


def test_report_format_and_exit_status(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text(
        f"import sys\nsys.path.insert(0, {str(REPO / 'benchmarks')!r})\n"
        "from _report import finish, report\n"
        "finish([report('fast and exact', 30.0, 1.0, 1e-12), report(sys.argv[1], "
        "float(sys.argv[2]), 1.0, float(sys.argv[3]))])\n"
    )

    def run(*args):
        return subprocess.run([sys.executable, probe, *args], capture_output=True, text=True)

    good = run("ok", "25", "1e-9")
    assert good.returncode == 0
    assert "speed-up: 25.0 x\nmax relative difference: 1.00e-09\n" in good.stdout
    assert run("slow", "19.9", "1e-12").returncode == 1
    assert run("inexact", "50", "2e-8").returncode == 1
