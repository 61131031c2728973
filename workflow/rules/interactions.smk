# Paper `interactions` (seed ../shared/seeds/002_365e03ec096c6a50.txt).
# Its rules are added here and in workflow/rules/interactions/*.smk.

for _part in part_files("interactions"):

    include: _part


rule interactions:
    input:
        paper_target("interactions"),
