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


#: A synthetic series per data figure (tests only, never in data/raw): (sidecar figure, series
#: name, x unit, y unit, model, x values). Names and models follow what each plot script matches
#: (magnetic_tunneling: glass and temperature in the name, a table row in the model). Fig. 7 of
#: magnetic_tunneling is left out: its series is refitted before drawing
#: (tests/test_magnetic_tunneling_ledger.py::test_fig07_draws_the_refitted_curve).
SYNTHETIC = {
    **{
        ("quantum_theory", f): (f, f"test series {f}", "1", "1", None, (0.5, 0.6))
        for f in ("fig01", "fig05", "fig06", "fig07", "fig08")
    },
    ("magnetic_tunneling", "fig08"): (
        "fig08",
        "test AlBaSiO",
        "T",
        "1",
        "ats_delta_epsilon table05 AlBaSiO 50",
        (0.01, 0.1),
    ),
    ("magnetic_tunneling", "fig09"): (
        "fig09",
        "test AlBaSiO 94 mK",
        "T",
        "1",
        "ats_delta_epsilon table05 AlBaSiO 94",
        (0.01, 0.1),
    ),
    ("magnetic_tunneling", "fig10"): (
        "fig10",
        "test SiO2 70 mK",
        "T",
        "1",
        "ats_delta_epsilon table06 SiO2+xCyHz 70",
        (0.01, 0.1),
    ),
    ("magnetic_tunneling", "fig11"): (
        "fig11a",
        "test AlBaSiO 96 mK",
        "T",
        "1",
        "ats_loss table07 AlBaSiO 96",
        (0.01, 0.1),
    ),
}


def _write_series(root, paper, fig):
    figure, name, x_unit, y_unit, model, (x0, x1) = SYNTHETIC[(paper, fig)]
    folder = root / f"data/raw/{paper}/digitized"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{figure}_synthetic.csv").write_text(f"x,y\n{x0},1.0\n{x1},2.0\n")
    (folder / f"{figure}_synthetic.yaml").write_text(
        f"source: synthetic (test)\nfigure: {figure}\nseries: {name}\nx_unit: '{x_unit}'\n"
        f"y_unit: '{y_unit}'\ndigitized_by: test\nmethod: generated\n"
        + (f"model: {model}\n" if model else "")
    )
    return name


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """Every data figure rendered twice in a scratch copy (quick grids): as the repository is,
    then with one synthetic series added per figure of SYNTHETIC. Returns both layout reports
    and the names of the added series."""
    root = tmp_path_factory.mktemp("digitized") / "repo"
    shutil.copytree(REPO, root, ignore=COPY_IGNORE)
    targets = [f"results/{p}/figures/{f}.pdf" for p, f in data_figures()]

    def layouts():
        run = run_snakemake(root, "--cores", "1", *targets, "--config", "quick=true")
        assert run.returncode == 0, run.stderr[-4000:]
        return {
            (p, f): json.loads((root / f"results/{p}/figures/{f}.layout.json").read_text())
            for p, f in data_figures()
        }

    plain = layouts()
    names = {key: _write_series(root, *key) for key in SYNTHETIC if key in plain}
    return root, plain, layouts(), names


def test_every_data_figure_but_one_gets_a_synthetic_series():
    missing = set(data_figures()) - set(SYNTHETIC)
    assert missing <= {("magnetic_tunneling", "fig07")} | NO_SYNTHETIC_YET, missing


#: Data figures built after this test was written, whose added-series path is not yet
#: exercised here (their fit rules were checked by hand with a temporary series; the
#: magnetization refit of Figs. 21, 22, 25 has its own slow test in
#: tests/test_magnetic_tunneling_magnetization.py; mixed_alkali Figs. 7-9 and 12 refit every
#: series, so a series needs a fit model and enough points: their digitized -> fit -> table
#: path is tested in tests/test_mixed_alkali_workflow.py). The set may only shrink.
NO_SYNTHETIC_YET = (
    {
        ("magnetic_tunneling", f)
        for f in ("fig16", "fig17", "fig20", "fig21", "fig22", "fig23", "fig25")
    }
    | {("mixed_alkali", f) for f in ("fig07", "fig08", "fig09", "fig10", "fig12", "fig13")}
    | {("quantum_theory", f) for f in ("fig15", "fig19", "fig20")}
)


def test_no_synthetic_yet_only_lists_data_figures():
    assert NO_SYNTHETIC_YET <= set(data_figures())


@pytest.mark.slow
def test_rendered_data_figures_show_points_or_say_why(rendered):
    """As the repository is: each data figure draws its series or says the data are absent."""
    root, plain, _, _ = rendered
    for paper, fig in data_figures():
        report = plain[(paper, fig)]
        names = series(paper, fig, REPO)
        if names:
            assert set(names) <= set(report["legend_labels"]), f"{paper}/{fig}"
        else:
            notes = report["data_not_shown"]
            assert notes and all("(source: " in n for n in notes), f"{paper}/{fig}"


@pytest.mark.slow
@pytest.mark.parametrize("key", sorted(SYNTHETIC))
def test_added_series_is_drawn_and_replaces_a_note(rendered, key):
    """A series added in the documented format appears in the legend under its name, and
    the panel it lands on loses its "Data not shown" note."""
    _, plain, with_series, names = rendered
    if key not in names:
        pytest.skip(f"{key} is not a built data figure")
    after = with_series[key]
    assert names[key] in after["legend_labels"], after["legend_labels"]
    assert len(after["data_not_shown"]) < max(len(plain[key]["data_not_shown"]), 1)
    assert not after["problems"], after["problems"]
