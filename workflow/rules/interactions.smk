# Paper `interactions` (Schechter & Stamp, arXiv:0801.4944): Figs. 1-2 (schematics), the
# supplementary outputs figS01-figS05 and tableS01-tableS03 (not in the paper), the claims.

for _part in part_files("interactions"):

    include: _part


INTERACTIONS_TABLES = [
    f"results/interactions/tables/{name}.{ext}"
    for name in ("tableS01", "tableS02", "tableS03")
    for ext in ("csv", "md")
]


# Geometry of the schematics and the S/tau split of the plaquette state energies.
rule interactions_schematics:
    output:
        fig01=data_file("interactions", "fig01"),
        fig02=data_file("interactions", "fig02"),
    log:
        logfile("interactions", "schematics"),
    benchmark:
        benchfile("interactions", "schematics")
    conda:
        CONDA_ENV
    params:
        paper_config=config["interactions"],
    script:
        "../../scripts/interactions/schematics.py"


# Kernels: closed forms vs regulated momentum sums; tensor coefficients; scalar integrals.
rule interactions_kernels:
    output:
        angular=data_file("interactions", "figS01"),
        radial=data_file("interactions", "figS02"),
        table_s01_csv="results/interactions/tables/tableS01.csv",
        table_s01_md="results/interactions/tables/tableS01.md",
        table_s02_csv="results/interactions/tables/tableS02.csv",
        table_s02_md="results/interactions/tables/tableS02.md",
    log:
        logfile("interactions", "kernels"),
    benchmark:
        benchfile("interactions", "kernels")
    conda:
        CONDA_ENV
    params:
        paper_config=config["interactions"],
        quick=config["quick"],
    script:
        "../../scripts/interactions/kernels.py"


# Monte Carlo of the random fields B, h_zz, b_eta, b_gamma vs concentration.
rule interactions_random_fields:
    output:
        summary=data_file("interactions", "random_fields"),
        histograms=data_file("interactions", "figS03"),
    log:
        logfile("interactions", "random_fields"),
    benchmark:
        benchfile("interactions", "random_fields")
    conda:
        CONDA_ENV
    params:
        paper_config=config["interactions"],
        quick=config["quick"],
    script:
        "../../scripts/interactions/random_fields.py"


# Energy hierarchy vs x and the energy-scale table.
rule interactions_hierarchy:
    input:
        summary=data_file("interactions", "random_fields"),
    output:
        figure=data_file("interactions", "figS05"),
        table_csv="results/interactions/tables/tableS03.csv",
        table_md="results/interactions/tables/tableS03.md",
    log:
        logfile("interactions", "hierarchy"),
    benchmark:
        benchfile("interactions", "hierarchy")
    conda:
        CONDA_ENV
    params:
        paper_config=config["interactions"],
    script:
        "../../scripts/interactions/hierarchy.py"


FIGURE_DATA["interactions"]["figS04"] = data_file("interactions", "random_fields")
CLAIM_INPUTS["interactions"] = {
    name: data_file("interactions", name)
    for name in ("fig01", "fig02", "figS01", "figS02", "figS03", "random_fields", "figS05")
}
PAPER_TARGETS["interactions"] += figure_files(
    "interactions", ["fig01", "fig02", "figS01", "figS02", "figS03", "figS04", "figS05"]
)
PAPER_TARGETS["interactions"] += INTERACTIONS_TABLES


rule interactions:
    input:
        paper_target("interactions"),
