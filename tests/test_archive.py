"""The archived supplement: its metadata, and a rebuild of one paper from the unpacked zip."""

import hashlib
import json
import zipfile
from pathlib import Path

import pytest
import yaml
from conftest import run_snakemake

from coldglass import supplement
from coldglass.ledger import read_papers

REPO = Path(__file__).resolve().parents[1]


def test_every_registry_citation_parses():
    papers = read_papers(REPO / "data/raw/papers.csv")
    for key, paper in papers.items():
        parsed = supplement.parse_citation(paper["citation"])
        assert parsed["authors"] and parsed["title"], key
        assert all(a["family-names"][0].isupper() for a in parsed["authors"]), key
    first = supplement.parse_citation(papers["electrodynamics"]["citation"])
    assert [a["family-names"] for a in first["authors"]] == ["Lubchenko", "Silbey", "Wolynes"]
    assert first["year"] == 2005 and first["arxiv"] == "cond-mat/0506735"


def test_a_citation_in_another_form_is_refused():
    with pytest.raises(ValueError, match="Authors, Title"):
        supplement.parse_citation("Some paper without authors")


def test_locked_requirements_follow_the_dependency_closure():
    lines = supplement.locked_requirements()
    names = {line.split("==")[0] for line in lines}
    assert {"snakemake", "numpy", "scipy", "numba", "pandas", "markdown"} <= names
    assert "llvmlite" in names  # numba's own dependency: the closure, not just the top level
    assert "pytest" not in names and "coldglass" not in names  # test extra, the project
    assert all(line.count("==") == 1 for line in lines)


@pytest.mark.slow
def test_archive_rebuilds_a_paper_offline(repo_copy, tmp_path):
    built = run_snakemake(repo_copy, "--cores", "2", "electrodynamics", "--config", "quick=true")
    assert built.returncode == 0, built.stderr[-3000:]
    zip_path = tmp_path / "supplement.zip"
    summary = supplement.write_archive(repo_copy, zip_path)
    assert summary["results"] >= 5 and zip_path.stat().st_size == summary["bytes"]

    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(zip_path) as archive:
        archive.extractall(unpacked)
    (top,) = unpacked.iterdir()
    assert top.name == f"coldglass-{supplement.project_version(REPO)}"

    # Every file is in the manifest with its sha256, and nothing else is in the zip.
    manifest = dict(
        reversed(line.split("  ", 1)) for line in (top / "MANIFEST.sha256").read_text().splitlines()
    )
    files = {
        str(p.relative_to(top))
        for p in top.rglob("*")
        if p.is_file() and p.name != "MANIFEST.sha256"
    }
    assert files == set(manifest)
    for name, digest in manifest.items():
        assert hashlib.sha256((top / name).read_bytes()).hexdigest() == digest, name

    assert "MIT License" in (top / "LICENSE").read_text()
    cff = yaml.safe_load((top / "CITATION.cff").read_text())
    assert cff["cff-version"] == "1.2.0" and cff["license"] == "MIT"
    assert len(cff["references"]) == len(read_papers(REPO / "data/raw/papers.csv"))
    zenodo = json.loads((top / ".zenodo.json").read_text())
    assert zenodo["upload_type"] == "software" and zenodo["license"] == "MIT"
    assert {
        "identifier": "arXiv:cond-mat/0506735",
        "relation": "references",
        "scheme": "arxiv",
    } in (zenodo["related_identifiers"])
    assert "snakemake==" in (top / "requirements.lock").read_text()

    # The code tree has no results: rebuild electrodynamics from it with this environment's
    # snakemake (no download), and compare with the bundled results byte for byte.
    assert not (top / "results").exists()
    rebuilt = run_snakemake(top, "--cores", "2", "electrodynamics", "--config", "quick=true")
    assert rebuilt.returncode == 0, rebuilt.stderr[-3000:]
    bundled = sorted((top / "supplement/results/electrodynamics").rglob("*"))
    compared = 0
    for path in bundled:
        if path.is_file():
            relative = path.relative_to(top / "supplement")
            assert (top / relative).read_bytes() == path.read_bytes(), relative
            compared += 1
    assert compared >= 5
