# Paper `magnetic_tunneling` (seed ../shared/seeds/003_9a4df0a98ca5c9f7.txt).
# Its rules are added here and in workflow/rules/magnetic_tunneling/*.smk.

for _part in part_files("magnetic_tunneling"):

    include: _part


rule magnetic_tunneling:
    input:
        paper_target("magnetic_tunneling"),
