"""Every data figure shows its experimental points or says that it does not (issue 7).

For each figure whose figures.csv row is ``data_and_theory`` and built (not pending): either
a digitized series of that figure exists in ``data/raw/<key>/digitized/`` and the figure
draws it (its name in the legend), or the figure states on its face "Data not shown
(source: ...)" (``plotting.note_data_not_shown``, recorded in the layout JSON by
``plotting.check_layout``), and its report caption says the same.
"""

import json
import re
import shutil

import pytest
from conftest import COPY_IGNORE, REPO, run_snakemake

from coldglass import ledger
from coldglass.io import read_digitized


def data_figures():
    """(paper, figure id) of every built figure with experimental data."""
    out = []
    for path in sorted((REPO / "data/raw").glob("*/figures.csv")):
        for row in ledger.read_figures(path):
            if row["kind"] == "data_and_theory" and row["status"] != "pending":
                out.append((path.parent.name, row["id"]))
    return out


def series(paper, fig, root=REPO):
    """Names (sidecar ``series``) of the digitized series of a figure."""
    folder = root / f"data/raw/{paper}/digitized"
    return [read_digitized(p)[1]["series"] for p in sorted(folder.glob(f"{fig}*.csv"))]


def test_the_ledgers_list_data_figures():
    papers = {paper for paper, _ in data_figures()}
    assert {"quantum_theory", "magnetic_tunneling", "mixed_alkali"} <= papers


@pytest.mark.parametrize("paper,fig", data_figures())
def test_caption_names_the_source_of_absent_data(paper, fig):
    caption = " ".join((REPO / f"workflow/report/{paper}/{fig}.rst").read_text().split())
    if not series(paper, fig):
        assert re.search(r"Data not shown \(source: [^)]", caption), f"{paper}/{fig}.rst"


@pytest.mark.parametrize("paper,fig", data_figures())
def test_plot_script_draws_series_or_the_note(paper, fig):
    folder = REPO / f"scripts/{paper}"
    script = (folder / f"{fig}.py").read_text()
    helpers = re.findall(r"^from (_\w+) import", script, flags=re.M)
    text = script + "".join((folder / f"{h}.py").read_text() for h in helpers)
    assert "note_data_not_shown(" in text
    assert "draw_digitized(" in text or "digitized_series(" in text


@pytest.mark.slow
def test_rendered_data_figures_show_points_or_say_why(tmp_path):
    """Render every data figure (quick grids) and read what its layout report saw."""
    root = tmp_path / "repo"
    shutil.copytree(REPO, root, ignore=COPY_IGNORE)
    targets = [f"results/{p}/figures/{f}.pdf" for p, f in data_figures()]
    run = run_snakemake(root, "--cores", "1", *targets, "--config", "quick=true")
    assert run.returncode == 0, run.stderr[-4000:]
    for paper, fig in data_figures():
        report = json.loads((root / f"results/{paper}/figures/{fig}.layout.json").read_text())
        names = series(paper, fig, root)
        if names:
            assert set(names) <= set(report["legend_labels"]), f"{paper}/{fig}"
        else:
            notes = report["data_not_shown"]
            assert notes and all("(source: " in n for n in notes), f"{paper}/{fig}"
