# One plot rule for every figure of every paper: results/<key>/data/<fig>.parquet (and any
# digitized series of that figure) -> results/<key>/figures/<fig>.{pdf,png}, drawn by
# scripts/<key>/<fig>.py, captioned by workflow/report/<key>/<fig>.rst (included by
# workflow/report/figure.rst, so that the caption is shown once, not also as a job parameter).
# plotting.save_figure writes <fig>.layout.json beside them: the layout check
# (tests/test_figure_style.py). Ids figSNN are supplementary figures (not in the paper), marked
# so on their face and in the ledger.


rule figure:
    input:
        unpack(figure_inputs),
    output:
        pdf="results/{key}/figures/{fig}.pdf",
        layout="results/{key}/figures/{fig}.layout.json",
        png=report(
            "results/{key}/figures/{fig}.png",
            caption="../report/figure.rst",
            category="{key}",
            subcategory="Figures",
        ),
    log:
        "results/logs/{key}/{fig}.log",
    benchmark:
        "results/benchmarks/{key}/{fig}.tsv"
    wildcard_constraints:
        key="|".join(PAPERS),
        fig=r"figS?\d\d[a-z]?",
    conda:
        CONDA_ENV
    script:
        "../../scripts/{wildcards.key}/{wildcards.fig}.py"
