"""The report as a reader sees it: headless Chromium opens every result of the report app.

Builds electrodynamics (a figure and a claims ledger), two tables of magnetic_tunneling and
the summaries and front page (quick grids), writes the report zip, unpacks it, serves it on
127.0.0.1 and lets tests/browser/report_check.js click through every result. Skipped, with
the reason, where Chromium is not installed (`apt-get install chromium`; .ci/run does it).
"""

import functools
import html
import json
import re
import shutil
import subprocess
import threading
import zipfile
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from conftest import run_snakemake

CHECKER = Path(__file__).with_name("browser") / "report_check.js"
TARGETS = [
    "electrodynamics",
    "results/pages/magnetic_tunneling/table01.html",
    "results/pages/magnetic_tunneling/table05.html",
    "results/pages/front.html",
    "results/pages/status.html",
    "results/pages/claims.html",
    "results/pages/figures.html",
]
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium():
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture
def served_report(repo_copy, tmp_path):
    """The report of TARGETS, unpacked, with the checker injected, served on 127.0.0.1."""
    if chromium() is None:
        pytest.skip("chromium is not installed (apt-get install chromium): report not checked")
    built = run_snakemake(repo_copy, "--cores", "2", *TARGETS, "--config", "quick=true")
    assert built.returncode == 0, built.stderr[-3000:]
    report = run_snakemake(
        repo_copy, "--cores", "1", *TARGETS, "--config", "quick=true", "--report", "report.zip"
    )
    assert report.returncode == 0, report.stderr[-3000:]
    site = tmp_path / "site"
    with zipfile.ZipFile(repo_copy / "report.zip") as archive:
        archive.extractall(site)
    page = (site / "report/report.html").read_text()
    end = page.rfind("</body>")  # the last one: the app's scripts contain the string too
    (site / "report/check.html").write_text(
        page[:end] + f"<script>{CHECKER.read_text()}</script>" + page[end:]
    )
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield repo_copy, f"http://127.0.0.1:{server.server_address[1]}/report/check.html"
    finally:
        server.shutdown()
        thread.join()


@pytest.mark.slow
def test_every_figure_caption_and_table_is_shown(served_report, tmp_path):
    repo, url = served_report
    dom = subprocess.run(
        [
            chromium(),
            *CHROMIUM_FLAGS,
            f"--user-data-dir={tmp_path / 'chromium'}",
            "--virtual-time-budget=60000",
            "--dump-dom",
            url,
        ],
        capture_output=True,
        text=True,
        timeout=300,
    ).stdout
    found = re.search(r'<pre id="coldglass-check">(.*?)</pre>', dom, re.S)
    assert found, "the checker did not run in the browser"
    seen = json.loads(html.unescape(found.group(1)))

    # The front page: the status table and the errata of each paper that has some.
    front = seen["front"]
    assert "What is reproduced" in front and "Errata per paper" in front
    assert "electrodynamics" in front and "errata: C11" in front

    results = {item["path"]: item for item in seen["results"]}
    expected = {
        "results/electrodynamics/figures/fig01.png",
        "results/pages/electrodynamics/claims.html",
        "results/pages/magnetic_tunneling/table01.html",
        "results/pages/magnetic_tunneling/table05.html",
        "results/pages/front.html",
        "results/pages/status.html",
        "results/pages/claims.html",
        "results/pages/figures.html",
    }
    assert expected <= set(results), f"missing from the report: {expected - set(results)}"
    for path, item in results.items():
        assert item["status"] == 200, f"{path}: file missing from the report ({item})"
        assert item["caption_shown"] and item["caption_times"] == 1, f"{path}: caption {item}"
        assert "caption" not in item["params"], f"{path}: caption repeated as a job parameter"
        if item["mime"].startswith("image/"):
            assert item["width"] > 0, f"{path}: image does not load"
        else:
            assert item["tables"] >= 1, f"{path}: no table rendered"

    figure = results["results/electrodynamics/figures/fig01.png"]
    assert figure["caption"].startswith("Fig. 1 of Lubchenko, Silbey & Wolynes (2005)")
    assert "43 claims (match:" in results["results/pages/electrodynamics/claims.html"]["text"]
    assert "Table 1" in results["results/pages/magnetic_tunneling/table01.html"]["text"]
    assert (repo / "report.zip").stat().st_size > 100_000
