"""Recovery after a crash: `make all` killed with SIGKILL mid-run, then run again.

The second `make all` (the README command) must finish by itself (no --unlock, no
--rerun-incomplete by hand) and leave every output byte-identical to an uninterrupted run.
"""

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import COPY_IGNORE, REPO

#: Not outputs of the computation: run times, logs, the report archive (zip timestamps).
NOT_COMPARED = ("results/benchmarks/", "results/logs/", "results/report.zip")


def digests(root):
    """sha256 of every file under results/, by path relative to root."""
    out = {}
    for path in sorted((root / "results").rglob("*")):
        name = path.relative_to(root).as_posix()
        if path.is_file() and not name.startswith(NOT_COMPARED):
            out[name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def make_all(root, stamp, **popen):
    """`make all` in quick mode with the test's environment (never reinstalls it)."""
    venv = Path(sys.executable).parent.parent
    command = [
        "make",
        "all",
        f"VENV={venv}",
        f"STAMP={stamp}",
        "PYTHON=false",  # if make wanted to (re)create the environment, fail instead
        "SNAKEMAKE_ARGS=--config quick=true",
    ]
    return subprocess.Popen(command, cwd=root, text=True, **popen)


def wait_until(condition, timeout, step=0.2):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(step)
    return False


@pytest.mark.slow
def test_make_all_recovers_after_kill_9(tmp_path, quick_build):
    root = tmp_path / "repo"
    shutil.copytree(REPO, root, ignore=COPY_IGNORE)
    stamp = tmp_path / "installed-stamp"
    stamp.touch()
    benchmarks = root / "results/benchmarks"
    incomplete = root / ".snakemake/incomplete"

    def finished_jobs():
        return len(list(benchmarks.rglob("*.tsv"))) if benchmarks.exists() else 0

    def killable():
        # a few jobs done and at least one running (its outputs marked incomplete)
        return finished_jobs() >= 3 and incomplete.exists() and any(incomplete.iterdir())

    log = (tmp_path / "first.log").open("w")
    first = make_all(root, stamp, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        assert wait_until(killable, timeout=1800), "the run ended before it could be killed"
        os.killpg(first.pid, signal.SIGKILL)  # make, snakemake and every running job
    finally:
        first.wait()
        log.close()
    assert first.returncode == -signal.SIGKILL
    # What a crash leaves: Snakemake's locks and the running jobs' incomplete markers.
    assert any((root / ".snakemake/locks").iterdir())
    assert any(incomplete.iterdir())
    before = {p: p.stat().st_mtime_ns for p in (root / "results").rglob("*.parquet")}

    second = make_all(root, stamp, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    output, _ = second.communicate(timeout=3600)
    assert second.returncode == 0, output[-4000:]
    assert "removed" in output and "stale lock" in output
    assert "coldglass: claims per status" in output
    assert (root / "results/report.zip").stat().st_size > 0
    kept = [p for p, mtime in before.items() if p.stat().st_mtime_ns == mtime]
    assert kept, "the second run recomputed everything instead of resuming"

    recovered, reference = digests(root), digests(quick_build)
    assert sorted(recovered) == sorted(reference)
    differ = [name for name in reference if recovered[name] != reference[name]]
    assert not differ, differ
