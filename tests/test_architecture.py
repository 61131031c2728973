"""docs/ARCHITECTURE.md is what scripts/dev/architecture.py writes from the workflow, and
the map it draws is right for the figures whose code we know."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _generator():
    spec = importlib.util.spec_from_file_location(
        "architecture", ROOT / "scripts" / "dev" / "architecture.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_file_is_generated():
    expected = _generator().render(ROOT)
    committed = (ROOT / "docs" / "ARCHITECTURE.md").read_text()
    assert committed == expected, (
        "docs/ARCHITECTURE.md is stale: run .venv/bin/python scripts/dev/architecture.py"
    )


def test_known_figures_map_to_their_code():
    gen = _generator()
    fig07 = {e["id"]: e for e in gen.entries("magnetic_tunneling", ROOT)}["fig07"]
    assert [name for name, _ in fig07["rules"]] == ["magnetic_tunneling_fig07_curves", "figure"]
    assert fig07["scripts"] == [
        "scripts/magnetic_tunneling/fig07_curves.py",
        "scripts/magnetic_tunneling/fig07.py",
    ]
    assert "heat_capacity.cbar" in fig07["library"]
    qt = {e["id"]: e for e in gen.entries("quantum_theory", ROOT)}
    assert qt["fig11"]["scripts"][0] == "scripts/quantum_theory/fig11_data.py"
    assert "tls.heat_capacity" in qt["fig11"]["library"]
    # Sec. IV figures: a rule in an included part file (workflow/rules/quantum_theory/)
    assert [name for name, _ in qt["fig12"]["rules"]] == ["quantum_theory_ripplon_data", "figure"]
    assert "plateau.conductivity_curves" in qt["fig19"]["library"]


def test_every_script_and_rule_named_exists():
    gen = _generator()
    rules = gen.parse_rules(ROOT)
    for key in ("electrodynamics", "quantum_theory", "magnetic_tunneling"):
        for e in gen.entries(key, ROOT):
            for script in e["scripts"]:
                assert (ROOT / script).exists(), f"{key} {e['id']}: {script} missing"
            for name, file in e["rules"]:
                assert name in rules and (ROOT / file).exists()


def test_rules_are_found_wherever_the_snakefile_is(tmp_path):
    # the rules are read from workflow/rules/ (the Snakefile may sit at the root or in
    # workflow/); a rule in a paper's sub-folder is found too
    rules_dir = tmp_path / "workflow" / "rules" / "demo"
    rules_dir.mkdir(parents=True)
    (rules_dir / "part.smk").write_text(
        'X = "demo"\n\n\nrule demo_fig01:\n    output:\n        data_file(X, "fig01"),\n'
        '    script:\n        "../../../scripts/demo/fig01_data.py"\n'
    )
    rules = _generator().parse_rules(tmp_path)
    assert rules["demo_fig01"]["outputs"] == ["results/demo/data/fig01.parquet"]
    assert rules["demo_fig01"]["script"] == "../../../scripts/demo/fig01_data.py"
