"""The archived supplement: one zip a journal or Zenodo accepts, no conda needed.

``make archive`` (or ``python scripts/archive.py``) writes ``dist/coldglass-<version>.zip``:
the code, configs and raw data (every file of the repository), a locked list of the Python
dependencies, ``CITATION.cff`` and ``.zenodo.json`` generated from the paper registry
``data/raw/papers.csv``, the ``LICENSE``, and the results bundle (figures, tables, ledgers,
report) under ``supplement/``, with ``MANIFEST.sha256`` over every file. README.md,
"Archiving", and docs/CONTRACTS.md, "Environment", describe its use.
"""

import hashlib
import importlib.metadata
import json
import re
import subprocess
import zipfile
from pathlib import Path

import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from coldglass.ledger import read_papers

__all__ = [
    "RESULT_PATTERNS",
    "project_version",
    "parse_citation",
    "locked_requirements",
    "citation_cff",
    "zenodo_json",
    "source_files",
    "result_files",
    "write_archive",
]

#: The results bundle: figures, their data, tables, fits, ledgers, summaries and the report.
RESULT_PATTERNS = (
    "results/*/figures/*.pdf",
    "results/*/figures/*.png",
    "results/*/data/*.parquet",
    "results/*/tables/*",
    "results/*/fits/*",
    "results/*/claims.csv",
    "results/*/claims.parquet",
    "results/*.md",
    "results/report.zip",
    "results/pages/**/*.html",
)
#: Never part of the code tree (environments, caches, outputs).
_SKIP_PARTS = {".git", ".venv", ".venv-slurm", ".snakemake", "results", "dist", "__pycache__"}
_TITLE = "coldglass: a runnable reproduction of five papers on the quantum physics of glasses"
_DESCRIPTION = (
    "A Snakemake workflow that recomputes every figure, table and numeric claim of five "
    "papers on the low-temperature quantum physics of glasses from their equations, with a "
    "claims ledger per paper and errata where a paper is wrong."
)


def parse_citation(citation):
    """Split a registry citation into authors, title, year and arXiv identifier.

    Parameters
    ----------
    citation : str
        ``citation`` column of ``data/raw/papers.csv``:
        ``"<A. Author, B. Author and C. Author>, <Title> (<details>)"``.

    Returns
    -------
    dict
        ``authors`` (list of {"given-names", "family-names"}), ``title``, ``year`` (int or
        None) and ``arxiv`` (str or None).

    Notes
    -----
    Authors are initials followed by a family name, separated by ``,``, ``and`` or ``&``.
    """
    author = r"(?:[A-Z]\.\s?)+[A-Z][\w'-]+"
    match = re.fullmatch(
        rf"(?P<authors>{author}(?:(?:,\s|\sand\s|\s&\s){author})*),\s(?P<title>.+?)"
        r"\s\((?P<details>[^()]*)\)",
        citation.strip(),
    )
    if match is None:
        raise ValueError(f"citation not in the form 'Authors, Title (details)': {citation!r}")
    names = re.split(r",\s|\sand\s|\s&\s", match["authors"])
    authors = []
    for name in names:
        given, family = name.rsplit(" ", 1) if " " in name else ("", name)
        authors.append({"given-names": given.strip(), "family-names": family})
    year = re.search(r"\b(19|20)\d\d\b", match["details"])
    arxiv = re.search(r"arXiv:\s?([\w./-]+)", match["details"])
    return {
        "authors": authors,
        "title": match["title"],
        "year": int(year.group(0)) if year else None,
        "arxiv": arxiv.group(1) if arxiv else None,
    }


def locked_requirements(package="coldglass", extras=()):
    """The installed versions of a package's dependency closure, ``name==version`` lines.

    Parameters
    ----------
    package : str
        Distribution whose runtime requirements (and those of ``extras``) are followed.
    extras : sequence of str
        Extras of ``package`` to include.

    Returns
    -------
    list of str
        Sorted ``name==version`` of every distribution reached, ``package`` excluded: what
        ``pip freeze`` prints for this environment, filtered to the closure.

    Notes
    -----
    Requirement markers are evaluated for this interpreter; an extra of a dependency is
    followed when the requirement names it.
    """
    pins = {}
    todo = [(package, tuple(extras))]
    seen = set()
    while todo:
        name, wanted = todo.pop()
        key = (canonicalize_name(name), wanted)
        if key in seen:
            continue
        seen.add(key)
        try:
            dist = importlib.metadata.distribution(name)
        except importlib.metadata.PackageNotFoundError:
            continue
        if canonicalize_name(name) != canonicalize_name(package):
            pins[canonicalize_name(dist.metadata["Name"])] = dist.version
        for line in dist.requires or []:
            requirement = Requirement(line)
            environments = [{"extra": extra} for extra in ("", *wanted)]
            if requirement.marker is None or any(
                requirement.marker.evaluate(env) for env in environments
            ):
                todo.append((requirement.name, tuple(sorted(requirement.extras))))
    return [f"{name}=={version}" for name, version in sorted(pins.items())]


def project_version(root):
    """The version in ``root/pyproject.toml``."""
    text = (root / "pyproject.toml").read_text()
    return re.search(r'^version\s*=\s*"([^"]+)"', text, re.MULTILINE).group(1)


def _git(root, *args):
    try:
        out = subprocess.run(
            ["git", *args], cwd=root, capture_output=True, text=True, check=True, timeout=30
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None


def citation_cff(papers, version, commit=None, date=None):
    """``CITATION.cff`` of the supplement, with each reproduced paper as a reference.

    Parameters
    ----------
    papers : dict
        ``coldglass.ledger.read_papers`` of ``data/raw/papers.csv``.
    version : str
        The project's version (pyproject.toml).
    commit : str, optional
        Git commit of the archived code.
    date : str, optional
        Release date ``YYYY-MM-DD`` (the commit's date).

    Returns
    -------
    str
        YAML text in the Citation File Format 1.2.0.

    Notes
    -----
    The authors of this reproduction are given as the entity "coldglass contributors".
    """
    cff = {
        "cff-version": "1.2.0",
        "message": "If you use this supplement, cite it and the original papers below.",
        "type": "software",
        "title": _TITLE,
        "abstract": _DESCRIPTION,
        "authors": [{"name": "coldglass contributors"}],
        "version": version,
        "license": "MIT",
        "keywords": ["two-level systems", "glasses", "RFOT", "reproducibility", "Snakemake"],
    }
    if commit:
        cff["commit"] = commit
    if date:
        cff["date-released"] = date
    references = []
    for key, paper in papers.items():
        parsed = parse_citation(paper["citation"])
        reference = {
            "type": "article",
            "title": parsed["title"],
            "authors": parsed["authors"],
            "notes": f"reproduced as '{key}': {paper['citation']}",
        }
        if parsed["year"]:
            reference["year"] = parsed["year"]
        if parsed["arxiv"]:
            reference["identifiers"] = [
                {"type": "other", "value": f"arXiv:{parsed['arxiv']}", "description": "arXiv"}
            ]
            reference["url"] = f"https://arxiv.org/abs/{parsed['arxiv']}"
        references.append(reference)
    cff["references"] = references
    return yaml.safe_dump(cff, sort_keys=False, allow_unicode=True)


def zenodo_json(papers, version, commit=None):
    """``.zenodo.json`` deposit metadata of the supplement.

    Parameters
    ----------
    papers : dict
        ``coldglass.ledger.read_papers`` of ``data/raw/papers.csv``.
    version : str
        The project's version.
    commit : str, optional
        Git commit of the archived code, named in the notes.

    Returns
    -------
    str
        JSON text: title, upload type, description, creators, license, version, keywords,
        the reproduced papers as ``references`` and their arXiv identifiers as related
        identifiers.

    Notes
    -----
    Field names of Zenodo's deposit metadata (``upload_type``, ``creators``, ...).
    """
    related = [
        {"identifier": f"arXiv:{p['arxiv']}", "relation": "references", "scheme": "arxiv"}
        for p in (parse_citation(paper["citation"]) for paper in papers.values())
        if p["arxiv"]
    ]
    metadata = {
        "title": _TITLE,
        "upload_type": "software",
        "description": _DESCRIPTION,
        "creators": [{"name": "coldglass contributors"}],
        "license": "MIT",
        "version": version,
        "keywords": ["two-level systems", "glasses", "RFOT", "reproducibility", "Snakemake"],
        "references": [paper["citation"] for paper in papers.values()],
        "related_identifiers": related,
        "notes": f"Code at commit {commit}." if commit else "Code from an unversioned tree.",
    }
    return json.dumps(metadata, indent=2, ensure_ascii=False) + "\n"


def source_files(root):
    """The code tree: files git tracks or would track, else every file outside outputs.

    Parameters
    ----------
    root : pathlib.Path
        Repository root.

    Returns
    -------
    list of pathlib.Path
        Paths relative to ``root``, sorted; environments, caches and results excluded.
    """
    listed = _git(root, "ls-files", "--cached", "--others", "--exclude-standard")
    if listed:
        paths = [Path(line) for line in listed.splitlines()]
    else:
        paths = [p.relative_to(root) for p in root.rglob("*") if p.is_file()]
    return sorted(
        p
        for p in paths
        if (root / p).is_file()
        and not _SKIP_PARTS.intersection(p.parts)
        and not any(part.endswith(".egg-info") for part in p.parts)
    )


def result_files(root):
    """The results bundle present under ``root/results`` (RESULT_PATTERNS), sorted."""
    found = {p.relative_to(root) for pattern in RESULT_PATTERNS for p in root.glob(pattern)}
    return sorted(p for p in found if (root / p).is_file())


def _sha256(data):
    return hashlib.sha256(data).hexdigest()


def write_archive(root, output):
    """Write the supplement zip.

    Parameters
    ----------
    root : pathlib.Path
        Repository root (with ``results/`` from a run).
    output : pathlib.Path
        The zip to write; its top folder is ``coldglass-<version>/``.

    Returns
    -------
    dict
        ``files`` (number of files), ``results`` (files in the results bundle),
        ``bytes`` (size of the zip).

    Notes
    -----
    Inside: the code tree; ``LICENSE``, ``CITATION.cff``, ``.zenodo.json`` and
    ``requirements.lock`` (generated, replacing any file of the same name);
    ``supplement/results/...``; ``MANIFEST.sha256`` (``sha256sum -c`` format) over all of it.
    Entries carry a fixed date, so the same inputs give the same zip.
    """
    root = Path(root)
    version = project_version(root)
    commit = _git(root, "rev-parse", "HEAD")
    date = _git(root, "log", "-1", "--format=%cs")
    papers = read_papers(root / "data/raw/papers.csv")
    results = result_files(root)
    if not results:
        raise FileNotFoundError("no results to bundle: run `make all` (or snakemake) first")
    generated = {
        "LICENSE": (root / "LICENSE").read_bytes(),
        "CITATION.cff": citation_cff(papers, version, commit, date).encode(),
        ".zenodo.json": zenodo_json(papers, version, commit).encode(),
        "requirements.lock": (
            "# Python packages of the environment that produced these results (coldglass's\n"
            "# dependency closure): pip install -r requirements.lock && pip install -e .\n"
            + "\n".join(locked_requirements())
            + "\n"
        ).encode(),
    }
    entries = {str(p): (root / p).read_bytes() for p in source_files(root)}
    entries.update(generated)
    entries.update({f"supplement/{p}": (root / p).read_bytes() for p in results})
    manifest = "".join(f"{_sha256(data)}  {name}\n" for name, data in sorted(entries.items()))
    entries["MANIFEST.sha256"] = manifest.encode()
    modes = {str(p): (root / p).stat().st_mode & 0o777 for p in source_files(root)}
    top = f"coldglass-{version}"
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(output, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in sorted(entries.items()):
            info = zipfile.ZipInfo(f"{top}/{name}", date_time=(2000, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = modes.get(name, 0o644) << 16
            archive.writestr(info, data)
    return {"files": len(entries), "results": len(results), "bytes": output.stat().st_size}
