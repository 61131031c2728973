# Paper `mixed_alkali` (seed ../shared/seeds/004_0dd7ef247d1d1ca0.txt).
# Its rules are added here and in workflow/rules/mixed_alkali/*.smk.

for _part in part_files("mixed_alkali"):

    include: _part


rule mixed_alkali:
    input:
        paper_target("mixed_alkali"),
