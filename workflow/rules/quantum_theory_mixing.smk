# Paper `quantum_theory`, Secs. V-VI and Appendix B: quantum mixing of a tunnelling centre with
# its ripplons (Figs. 21-23), the cut-off of the linear coupling (Fig. 24) and the elastic
# Casimir expansivity of silica (figS01, not in the paper). Included by workflow/Snakefile
# after quantum_theory.smk (which defines the paper's target and CLAIM_INPUTS entry).

QT_MIXING_FIGS = {  # figure -> physics computed by its data rule (config section figNN)
    "fig21": "levels of a tunnelling centre with its ripplons, Eqs. (58)-(61)",
    "fig22": "bare vs effective asymmetry and the Jacobian, Eqs. (59), (61), (66)",
    "fig23": "level crossing vs temperature (Sec. V.B caricature), Eqs. (33), (59)",
    "fig24": "[j_1'(kR)]^2, Appendix B",
    "figS01": "linear expansivity and Grueneisen parameter of silica, Eqs. (75)-(82)",
}


rule quantum_theory_mixing_data:
    input:
        materials="config/materials.yaml",
    output:
        data_file("quantum_theory", "{qtmix}"),
    log:
        logfile("quantum_theory", "{qtmix}_data"),
    benchmark:
        benchfile("quantum_theory", "{qtmix}_data")
    wildcard_constraints:
        qtmix="|".join(QT_MIXING_FIGS),
    conda:
        CONDA_ENV
    params:
        section=lambda wildcards: config["quantum_theory"][wildcards.qtmix],
        quick=config["quick"],
    script:
        "../../scripts/quantum_theory/{wildcards.qtmix}_data.py"


PAPER_TARGETS["quantum_theory"] += figure_files("quantum_theory", QT_MIXING_FIGS)

#: Every figure's data, for the figure statements of the claims ledger.
CLAIM_INPUTS["quantum_theory"].update(
    {fig: data_file("quantum_theory", fig) for fig in QT_MIXING_FIGS}
)
