# magnetic_tunneling, dielectric part (Secs. 5.2-5.3, Figs. 8-11 and the fits of digitized
# series). Included by workflow/rules/magnetic_tunneling.smk.

MT_TABLES = "data/raw/magnetic_tunneling/tables"
MT_DIELECTRIC_PARAMETERS = "data/raw/magnetic_tunneling/dielectric_parameters.yaml"
MT_DIGITIZED = "data/raw/magnetic_tunneling/digitized"
#: Digitized series handled here: file names starting with these figure ids.
MT_DIELECTRIC_FIGS = ("fig08", "fig09", "fig10", "fig11")


def mt_digitized_names():
    """Names of the digitized series present (no file means no fit jobs)."""
    if not Path(MT_DIGITIZED).is_dir():
        return []
    names = glob_wildcards(f"{MT_DIGITIZED}/{{name}}.csv").name
    return sorted(n for n in names if n.startswith(MT_DIELECTRIC_FIGS) and "/" not in n)


def mt_digitized_for(fig):
    """Input function: the digitized CSVs (and sidecars) of one figure, by file-name prefix."""

    def inputs(wildcards):
        names = [n for n in mt_digitized_names() if n.startswith(fig)]
        return [f"{MT_DIGITIZED}/{n}.csv" for n in names] + [f"{MT_DIGITIZED}/{n}.yaml" for n in names]

    return inputs


def mt_digitized_csv(fig):
    def inputs(wildcards):
        return [f"{MT_DIGITIZED}/{n}.csv" for n in mt_digitized_names() if n.startswith(fig)]

    return inputs


rule magnetic_tunneling_dielectric_curves:
    input:
        parameters=MT_DIELECTRIC_PARAMETERS,
        table05=f"{MT_TABLES}/table05.csv",
        table06=f"{MT_TABLES}/table06.csv",
        table07=f"{MT_TABLES}/table07.csv",
    output:
        fig08=data_file("magnetic_tunneling", "fig08"),
        fig09=data_file("magnetic_tunneling", "fig09"),
        fig10=data_file("magnetic_tunneling", "fig10"),
        fig11=data_file("magnetic_tunneling", "fig11"),
    params:
        quick=config["quick"],
    log:
        logfile("magnetic_tunneling", "dielectric_curves"),
    benchmark:
        benchfile("magnetic_tunneling", "dielectric_curves")
    script:
        "../../../scripts/magnetic_tunneling/dielectric_curves.py"


rule magnetic_tunneling_fig08:
    input:
        curves=data_file("magnetic_tunneling", "fig08"),
        digitized=mt_digitized_csv("fig08"),
        sidecars=mt_digitized_for("fig08"),
    output:
        pdf=figure_pdf("magnetic_tunneling", "fig08"),
        png=report(
            figure_png("magnetic_tunneling", "fig08"),
            caption=caption("magnetic_tunneling", "fig08"),
            category="magnetic_tunneling",
            subcategory="Figures",
        ),
    log:
        logfile("magnetic_tunneling", "fig08"),
    benchmark:
        benchfile("magnetic_tunneling", "fig08")
    script:
        "../../../scripts/magnetic_tunneling/fig08.py"


rule magnetic_tunneling_fig09:
    input:
        curves=data_file("magnetic_tunneling", "fig09"),
        digitized=mt_digitized_csv("fig09"),
        sidecars=mt_digitized_for("fig09"),
    output:
        pdf=figure_pdf("magnetic_tunneling", "fig09"),
        png=report(
            figure_png("magnetic_tunneling", "fig09"),
            caption=caption("magnetic_tunneling", "fig09"),
            category="magnetic_tunneling",
            subcategory="Figures",
        ),
    params:
        figure="fig09",
        y_scale=1e-5,
        log_x=True,
    log:
        logfile("magnetic_tunneling", "fig09"),
    benchmark:
        benchfile("magnetic_tunneling", "fig09")
    script:
        "../../../scripts/magnetic_tunneling/fig09_10.py"


rule magnetic_tunneling_fig10:
    input:
        curves=data_file("magnetic_tunneling", "fig10"),
        digitized=mt_digitized_csv("fig10"),
        sidecars=mt_digitized_for("fig10"),
    output:
        pdf=figure_pdf("magnetic_tunneling", "fig10"),
        png=report(
            figure_png("magnetic_tunneling", "fig10"),
            caption=caption("magnetic_tunneling", "fig10"),
            category="magnetic_tunneling",
            subcategory="Figures",
        ),
    params:
        figure="fig10",
        y_scale=1e-4,
        log_x=False,
    log:
        logfile("magnetic_tunneling", "fig10"),
    benchmark:
        benchfile("magnetic_tunneling", "fig10")
    script:
        "../../../scripts/magnetic_tunneling/fig09_10.py"


rule magnetic_tunneling_fig11:
    input:
        curves=data_file("magnetic_tunneling", "fig11"),
        digitized=mt_digitized_csv("fig11"),
        sidecars=mt_digitized_for("fig11"),
    output:
        pdf=figure_pdf("magnetic_tunneling", "fig11"),
        png=report(
            figure_png("magnetic_tunneling", "fig11"),
            caption=caption("magnetic_tunneling", "fig11"),
            category="magnetic_tunneling",
            subcategory="Figures",
        ),
    log:
        logfile("magnetic_tunneling", "fig11"),
    benchmark:
        benchfile("magnetic_tunneling", "fig11")
    script:
        "../../../scripts/magnetic_tunneling/fig11.py"


rule magnetic_tunneling_fit_digitized:
    """Refit every digitized series data/raw/magnetic_tunneling/digitized/<name>.csv."""
    input:
        csv=f"{MT_DIGITIZED}/{{name}}.csv",
        sidecar=f"{MT_DIGITIZED}/{{name}}.yaml",
        parameters=MT_DIELECTRIC_PARAMETERS,
        table05=f"{MT_TABLES}/table05.csv",
        table06=f"{MT_TABLES}/table06.csv",
        table07=f"{MT_TABLES}/table07.csv",
    output:
        "results/magnetic_tunneling/fits/{name}.csv",
    wildcard_constraints:
        name="fig(08|09|10|11)[^/]*",
    log:
        logfile("magnetic_tunneling", "fit_{name}"),
    benchmark:
        benchfile("magnetic_tunneling", "fit_{name}")
    script:
        "../../../scripts/magnetic_tunneling/fit_digitized.py"


PAPER_TARGETS["magnetic_tunneling"] += [
    figure_pdf("magnetic_tunneling", fig) for fig in ("fig08", "fig09", "fig10", "fig11")
] + [
    figure_png("magnetic_tunneling", fig) for fig in ("fig08", "fig09", "fig10", "fig11")
] + [f"results/magnetic_tunneling/fits/{name}.csv" for name in mt_digitized_names()]
