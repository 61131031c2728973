# Paper `electrodynamics` (arXiv:cond-mat/0506735): the geometry of
# Fig. 1 (drawn by the generic rule of figures.smk) and the claims ledger (ledger.smk).

for _part in part_files("electrodynamics"):

    include: _part


rule electrodynamics_fig01_geometry:
    output:
        data_file("electrodynamics", "fig01"),
    log:
        logfile("electrodynamics", "fig01_geometry"),
    benchmark:
        benchfile("electrodynamics", "fig01_geometry")
    conda:
        CONDA_ENV
    params:
        fig01=config["electrodynamics"]["fig01"],
        seed=config["seed"],
    script:
        "../../scripts/electrodynamics/fig01_geometry.py"


PAPER_TARGETS["electrodynamics"] += figure_files("electrodynamics", ["fig01"])
# Figure statements F01-F03 are computed from the figure's own geometry.
CLAIM_INPUTS["electrodynamics"]["fig01"] = data_file("electrodynamics", "fig01")


rule electrodynamics:
    input:
        paper_target("electrodynamics"),
