# Paper `electrodynamics` (seed ../shared/seeds/000_635470c1151ebeb5.txt): Fig. 1 and the
# claims ledger (computed in ledger.smk from src/coldglass/claims/electrodynamics.py).

for _part in part_files("electrodynamics"):

    include: _part


rule electrodynamics_fig01_geometry:
    conda:
        CONDA_ENV
    output:
        data_file("electrodynamics", "fig01"),
    params:
        fig01=config["electrodynamics"]["fig01"],
        seed=config["seed"],
    log:
        logfile("electrodynamics", "fig01_geometry"),
    benchmark:
        benchfile("electrodynamics", "fig01_geometry")
    script:
        "../../scripts/electrodynamics/fig01_geometry.py"


rule electrodynamics_fig01:
    conda:
        CONDA_ENV
    input:
        data_file("electrodynamics", "fig01"),
    output:
        pdf=figure_pdf("electrodynamics", "fig01"),
        png=report(
            figure_png("electrodynamics", "fig01"),
            caption=caption("electrodynamics", "fig01"),
            category="electrodynamics",
            subcategory="Figures",
        ),
    log:
        logfile("electrodynamics", "fig01"),
    benchmark:
        benchfile("electrodynamics", "fig01")
    script:
        "../../scripts/electrodynamics/fig01.py"


PAPER_TARGETS["electrodynamics"] += [
    figure_pdf("electrodynamics", "fig01"),
    figure_png("electrodynamics", "fig01"),
]


rule electrodynamics:
    input:
        paper_target("electrodynamics"),
