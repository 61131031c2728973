"""Shared fixtures: the repository root and a runner for Snakemake in a scratch copy."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
# The scipy reference implementations live in benchmarks/references.py (tests and
# benchmarks share them; the library does not ship them).
sys.path.insert(0, str(REPO / "benchmarks"))
SNAKEMAKE = str(Path(sys.executable).with_name("snakemake"))
COPY_IGNORE = shutil.ignore_patterns(
    ".git", ".venv", "results", ".snakemake", "__pycache__", "*.egg-info", ".pytest_cache"
)


@pytest.fixture
def repo_copy(tmp_path):
    """A scratch copy of the repository (without results, caches or the venv)."""
    target = tmp_path / "repo"
    shutil.copytree(REPO, target, ignore=COPY_IGNORE)
    return target


def run_snakemake(workdir, *args, timeout=900):
    """Run snakemake in ``workdir``; returns the CompletedProcess (text, both streams)."""
    return subprocess.run(
        [SNAKEMAKE, "--nolock", *args], cwd=workdir, capture_output=True, text=True, timeout=timeout
    )


@pytest.fixture(scope="session")
def quick_build(tmp_path_factory):
    """One uninterrupted quick run of the whole workflow (rule all) in a scratch copy.

    Shared by the tests that read built results (ledgers, README table, crash recovery).
    """
    root = tmp_path_factory.mktemp("quick_build") / "repo"
    shutil.copytree(REPO, root, ignore=COPY_IGNORE)
    result = run_snakemake(root, "--cores", "2", "--config", "quick=true", timeout=3600)
    assert result.returncode == 0, result.stderr[-4000:]
    return root
