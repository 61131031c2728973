"""Write the archived supplement (code, data, locked dependencies, citation, results).

Usage: ``python scripts/archive.py [--output dist/coldglass-<version>.zip]`` from the
repository root after a run (``make archive`` runs ``make all`` first). See
``coldglass.supplement`` for what the zip holds.
"""

import argparse
import sys
from pathlib import Path

from coldglass import supplement

ROOT = Path(__file__).resolve().parents[1]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, help="zip to write (default: dist/...)")
    args = parser.parse_args()
    version = supplement.project_version(ROOT)
    output = args.output or ROOT / "dist" / f"coldglass-{version}.zip"
    try:
        summary = supplement.write_archive(ROOT, output)
    except (FileNotFoundError, ValueError) as error:
        sys.exit(f"coldglass: archive: {error}")
    print(
        f"{output}: {summary['files']} files ({summary['results']} in the results bundle), "
        f"{summary['bytes'] / 1e6:.1f} MB"
    )


if __name__ == "__main__":
    main()
