"""The SLURM profile leaves partition and account to the user and needs no accounting."""

import tomllib
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]


def test_slurm_profile_has_no_site_specific_values():
    profile = yaml.safe_load((REPO / "workflow/profiles/slurm/config.yaml").read_text())
    assert profile["executor"] == "slurm"
    # sacct waits forever on a cluster without an accounting database; squeue does not.
    assert profile["slurm-status-command"] == "squeue"
    resources = profile["default-resources"]
    assert resources["slurm_partition"] == "" and resources["slurm_account"] == ""


def test_slurm_plugin_is_an_optional_extra():
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    assert not any("slurm" in dep for dep in project["dependencies"])
    assert any(
        dep.startswith("snakemake-executor-plugin-slurm")
        for dep in project["optional-dependencies"]["slurm"]
    )
    assert (REPO / "scripts/ci/slurm-smoke.sh").stat().st_mode & 0o111
