# Claims and figure ledgers of every paper, and their aggregation.


wildcard_constraints:
    key="|".join(PAPERS),


rule ledger_claims:
    input:
        unpack(claims_inputs),
    output:
        parquet="results/{key}/claims.parquet",
        # In the report as HTML: results/pages/{key}/claims.html (workflow/rules/report.smk).
        table="results/{key}/claims.csv",
    log:
        "results/logs/{key}/claims.log",
    benchmark:
        "results/benchmarks/{key}/claims.tsv"
    conda:
        CONDA_ENV
    params:
        paper=lambda wildcards: wildcards.key,
        paper_config=lambda wildcards: config[wildcards.key],
        computed=lambda wildcards: CLAIM_INPUTS[wildcards.key],
    script:
        "../../scripts/ledger/claims.py"


rule ledger_claims_summary:
    input:
        ledgers=[f"results/{key}/claims.parquet" for key in papers_with_claims()],
    output:
        "results/claims.md",
    log:
        "results/logs/claims_summary.log",
    benchmark:
        "results/benchmarks/claims_summary.tsv"
    conda:
        CONDA_ENV
    script:
        "../../scripts/ledger/claims_summary.py"


rule ledger_figures_summary:
    input:
        figures=[f"data/raw/{key}/figures.csv" for key in config["papers"]],
    output:
        "results/figures.md",
    log:
        "results/logs/figures_summary.log",
    benchmark:
        "results/benchmarks/figures_summary.tsv"
    conda:
        CONDA_ENV
    script:
        "../../scripts/ledger/figures_summary.py"


rule ledger_status:
    input:
        papers="data/raw/papers.csv",
        claims=[f"results/{key}/claims.parquet" for key in papers_with_claims()],
        figures=[f"data/raw/{key}/figures.csv" for key in config["papers"]],
    output:
        "results/status.md",
    log:
        "results/logs/status.log",
    benchmark:
        "results/benchmarks/status.tsv"
    conda:
        CONDA_ENV
    script:
        "../../scripts/ledger/status.py"
