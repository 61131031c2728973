# The report as a reader sees it (`snakemake --report results/report.zip`): the claims
# ledgers, the tables and the summaries as HTML pages, and a front page (status table and
# errata) that workflow/report/workflow.rst shows first. Figures: workflow/rules/figures.smk.
import re

#: Tables each paper's target builds (results/<key>/tables/<table>.csv), found in its targets.
REPORT_TABLES = {
    key: sorted(
        re.fullmatch(rf"results/{key}/tables/(\w+)\.csv", path).group(1)
        for path in PAPER_TARGETS[key]
        if re.fullmatch(rf"results/{key}/tables/(\w+)\.csv", path)
    )
    for key in PAPERS
}
#: The report's summary pages: results/<name>.md -> results/pages/<name>.html.
REPORT_SUMMARIES = {
    "status": "Status of every paper",
    "claims": "Every claim of every paper",
    "figures": "Every figure and table",
}
REPORT_PAGES = ["results/pages/front.html"] + [
    f"results/pages/{name}.html" for name in REPORT_SUMMARIES
]
for _key in PAPERS:
    PAPER_TARGETS[_key] += [f"results/pages/{_key}/{t}.html" for t in REPORT_TABLES[_key]]
    if ledger_outputs(_key):
        PAPER_TARGETS[_key].append(f"results/pages/{_key}/claims.html")


rule report_claims:
    input:
        claims="results/{key}/claims.parquet",
    output:
        report(
            "results/pages/{key}/claims.html",
            caption="../report/claims.rst",
            category="{key}",
            subcategory="Claims ledger",
        ),
    log:
        "results/logs/{key}/report_claims.log",
    benchmark:
        "results/benchmarks/{key}/report_claims.tsv"
    wildcard_constraints:
        key="|".join(PAPERS),
    conda:
        CONDA_ENV
    script:
        "../../scripts/report/claims_html.py"


rule report_table:
    input:
        table="results/{key}/tables/{table}.csv",
        # The table's caption, where the paper's module wrote one.
        caption=lambda wildcards: [
            path
            for path in [f"workflow/report/{wildcards.key}/{wildcards.table}.rst"]
            if Path(path).exists()
        ],
    output:
        report(
            "results/pages/{key}/{table}.html",
            caption="../report/table.rst",
            category="{key}",
            subcategory="Tables",
        ),
    log:
        "results/logs/{key}/report_{table}.log",
    benchmark:
        "results/benchmarks/{key}/report_{table}.tsv"
    wildcard_constraints:
        key="|".join(PAPERS),
        table=r"tableS?\d+\w*",
    conda:
        CONDA_ENV
    script:
        "../../scripts/report/table_html.py"


rule report_summary:
    input:
        "results/{name}.md",
    output:
        report(
            "results/pages/{name}.html",
            caption="../report/summary.rst",
            category="Overview",
        ),
    log:
        "results/logs/report_{name}.log",
    benchmark:
        "results/benchmarks/report_{name}.tsv"
    wildcard_constraints:
        name="|".join(REPORT_SUMMARIES),
    conda:
        CONDA_ENV
    params:
        title=lambda wildcards: REPORT_SUMMARIES[wildcards.name],
    script:
        "../../scripts/report/markdown_html.py"


rule report_front:
    input:
        papers="data/raw/papers.csv",
        status="results/status.md",
        errata=[
            f"data/raw/{key}/errata.md"
            for key in config["papers"]
            if Path(f"data/raw/{key}/errata.md").exists()
        ],
    output:
        report(
            "results/pages/front.html",
            caption="../report/front.rst",
            category="Overview",
        ),
    log:
        "results/logs/report_front.log",
    benchmark:
        "results/benchmarks/report_front.tsv"
    conda:
        CONDA_ENV
    script:
        "../../scripts/report/front_html.py"
