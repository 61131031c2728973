"""The repository is self-contained: nothing points outside it, every claim is findable."""

import re
import subprocess

import pytest
from conftest import REPO

from coldglass.ledger import read_claims, read_papers

# Built from parts so that this file does not match itself.
OUTSIDE = re.compile(
    "|".join(
        [
            re.escape(".." + "/shared"),
            re.escape("shared" + "/seeds"),
            re.escape("shared" + "/notes"),
            r"\b\d{3}_[0-9a-f]{16}\b",  # the name of a private text file of a paper
            r"(?<!docs/)\bDESIGN\.md",  # the design page is docs/DESIGN.md
        ]
    )
)


def tracked_files():
    try:
        out = subprocess.run(
            ["git", "ls-files"], cwd=REPO, capture_output=True, text=True, check=True
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    return [REPO / name for name in out.splitlines() if (REPO / name).is_file()]


def test_no_reference_outside_the_repository():
    offenders = []
    for path in tracked_files():
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        for number, line in enumerate(text.splitlines(), 1):
            if OUTSIDE.search(line):
                offenders.append(f"{path.relative_to(REPO)}:{number}: {line.strip()[:100]}")
    assert not offenders, "references outside the repository:\n" + "\n".join(offenders)


def test_the_pattern_catches_what_it_should():
    for line in (
        "see .." + "/shared/DESIGN" + ".md",
        "(seed 001_" + "f0f1d8b79b002117.txt)",
        "notes in shared" + "/notes/003.md",
        "the blueprint (DESIGN" + ".md)",
    ):
        assert OUTSIDE.search(line), line
    assert not OUTSIDE.search("see docs/DESIGN.md and arXiv:cond-mat/0506708, l.52")


def test_every_claim_has_a_quote_and_every_paper_a_citation():
    papers = read_papers(REPO / "data/raw/papers.csv")
    assert all(p["citation"] for p in papers.values())
    for key in papers:
        path = REPO / f"data/raw/{key}/claims.csv"
        if not path.exists():
            continue
        for claim in read_claims(path):
            words = claim.quote.split()
            assert 3 <= len(words) <= 30, (key, claim.claim_id, claim.quote)
