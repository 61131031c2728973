"""Validation of config/config.yaml, the per-paper configs and materials.yaml."""

import shutil

import pytest
from conftest import REPO

from coldglass import config as cfg
from coldglass.io import InputError, load_yaml

PAPERS = ["electrodynamics", "quantum_theory", "interactions", "magnetic_tunneling", "mixed_alkali"]


def test_repository_configuration_is_valid():
    merged = cfg.load_workflow_config(load_yaml(REPO / "config/config.yaml"), PAPERS, REPO)
    assert merged["electrodynamics"]["generic"]["zeta"] == 0.1


@pytest.fixture
def scratch(tmp_path):
    for folder in ("config", "workflow/schemas"):
        shutil.copytree(REPO / folder, tmp_path / folder)
    return tmp_path


def test_unknown_global_key(scratch):
    config = {**load_yaml(scratch / "config/config.yaml"), "qiuck": True}
    with pytest.raises(InputError, match=r"config/config.yaml, field 'qiuck': unknown key"):
        cfg.load_workflow_config(config, PAPERS, scratch)


def test_wrong_type_in_paper_config(scratch):
    path = scratch / "config/papers/electrodynamics.yaml"
    path.write_text(path.read_text().replace("zeta: 0.1 ", "zeta: small "))
    with pytest.raises(InputError, match=r"field 'generic.zeta': 'small' is not of type number"):
        cfg.load_workflow_config(load_yaml(scratch / "config/config.yaml"), PAPERS, scratch)


def test_unknown_key_in_paper_config(scratch):
    path = scratch / "config/papers/electrodynamics.yaml"
    path.write_text(path.read_text() + "extra: 1\n")
    with pytest.raises(
        InputError, match=r"electrodynamics.yaml, row \d+, field 'extra': unknown key"
    ):
        cfg.load_workflow_config(load_yaml(scratch / "config/config.yaml"), PAPERS, scratch)


def test_exponent_without_sign_is_caught_in_materials(scratch):
    path = scratch / "config/materials.yaml"
    path.write_text(path.read_text().replace("8.8e+11", "8.8e11"))
    with pytest.raises(
        InputError, match=r"materials.yaml, row 17, field 'alpha_quartz.lambda_xxxx_dyn_per_cm2'"
    ):
        cfg.load_workflow_config(load_yaml(scratch / "config/config.yaml"), PAPERS, scratch)


def test_command_line_values_override_and_are_validated(scratch):
    config = {
        **load_yaml(scratch / "config/config.yaml"),
        "electrodynamics": {"fig01": {"domains_across": 9}},
    }
    with pytest.raises(InputError, match="domains_across"):
        cfg.load_workflow_config(config, PAPERS, scratch)


def test_quick_switch_from_the_command_line_is_a_boolean(scratch):
    config = {**load_yaml(scratch / "config/config.yaml"), "quick": "true"}
    assert cfg.load_workflow_config(config, PAPERS, scratch)["quick"] is True
