"""Rule ledger_claims: recompute every claim of one paper and judge it."""

from coldglass import ledger
from coldglass.io import load_yaml, script_logger

log = script_logger(snakemake.log[0])
paper = snakemake.params.paper
ctx = ledger.ClaimContext(
    materials=load_yaml(snakemake.input.materials),
    config=snakemake.params.paper_config,
    inputs=dict(snakemake.params.computed),
)
claims = ledger.read_claims(snakemake.input.claims)
result = ledger.evaluate(
    claims, ledger.load_registry(paper), ctx, ledger.documented_errata(snakemake.input.errata)
)
result.to_parquet(snakemake.output.parquet, index=False)
result.to_csv(snakemake.output.table, index=False)
log.info("%s: %d claims, %s", paper, len(result), ledger.status_counts(result))
for row in result[result.status == "mismatch"].itertuples():
    log.warning(
        "mismatch %s: printed %s, reproduced %s",
        row.claim_id,
        row.printed_value,
        row.reproduced_value,
    )
