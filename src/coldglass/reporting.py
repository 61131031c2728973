"""HTML pages of the Snakemake report: ledgers, tables and the front page, readable in a browser.

The report (``snakemake --report results/report.zip``) shows HTML results in a frame; these
functions turn the project's CSV and Markdown outputs into small self-contained pages.
Specified in docs/CONTRACTS.md, "Departures from the original design" (the report is for reading).
"""

import html

import markdown
import pandas as pd

__all__ = ["STYLE", "html_page", "markdown_html", "table_html", "claims_html"]

#: One style for every page: readable tables, statuses in colour.
STYLE = """
body { font-family: system-ui, sans-serif; font-size: 14px; margin: 1em; color: #111; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em 0; }
th, td { border: 1px solid #bbb; padding: 3px 6px; vertical-align: top; text-align: left; }
th { background: #eee; }
td.status-match { background: #d9f2d9; }
td.status-erratum { background: #fde2c8; }
td.status-not_computable { background: #e6e6e6; }
td.status-mismatch { background: #f8c0c0; font-weight: bold; }
.scroll { overflow-x: auto; }
"""


def html_page(title, body):
    """A complete HTML page with the report's style.

    Parameters
    ----------
    title : str
        Page title (plain text; escaped), also the page's first heading.
    body : str
        HTML of the page's content.

    Returns
    -------
    str
        The page.

    Notes
    -----
    Self-contained (no external resource): the report is read offline.
    """
    title = html.escape(title)
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f"<style>{STYLE}</style></head>\n<body>\n<h1>{title}</h1>\n{body}\n</body></html>\n"
    )


def markdown_html(text):
    """Markdown (ledgers, errata, status table) as an HTML fragment.

    Parameters
    ----------
    text : str
        Markdown, with pipe tables.

    Returns
    -------
    str
        HTML fragment; tables are wrapped in a horizontally scrolling ``div``.

    Notes
    -----
    Uses the ``markdown`` package with its ``tables`` extension.
    """
    fragment = markdown.markdown(text, extensions=["tables"])
    return fragment.replace("<table>", '<div class="scroll"><table>').replace(
        "</table>", "</table></div>"
    )


def table_html(frame):
    """A table (a transcribed or recomputed paper table) as an HTML fragment.

    Parameters
    ----------
    frame : pandas.DataFrame
        The table as read from its CSV.

    Returns
    -------
    str
        HTML ``table`` in a scrolling ``div``; missing values are blank.

    Notes
    -----
    Values are escaped; the index is not shown.
    """
    table = frame.to_html(index=False, na_rep="", border=0, escape=True)
    return f'<div class="scroll">{table}</div>'


def claims_html(claims):
    """A paper's evaluated claims ledger as an HTML fragment, the status cell coloured.

    Parameters
    ----------
    claims : pandas.DataFrame
        ``results/<key>/claims.parquet`` (columns ``claim_id, printed_value,
        reproduced_value, status, note, ...``).

    Returns
    -------
    str
        A count of claims per status followed by the ledger as an HTML table.

    Notes
    -----
    The statuses are those of ``coldglass.ledger`` (match, erratum, not_computable,
    mismatch); see docs/CONTRACTS.md, "Claims".
    """
    counts = claims["status"].value_counts()
    summary = ", ".join(f"{html.escape(str(s))}: {n}" for s, n in counts.items())
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in claims.columns)
    rows = []
    for record in claims.itertuples(index=False):
        cells = []
        for column, value in zip(claims.columns, record):
            text = "" if pd.isna(value) else html.escape(str(value))
            css = f' class="status-{text}"' if column == "status" else ""
            cells.append(f"<td{css}>{text}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return (
        f"<p>{len(claims)} claims ({summary}).</p>\n"
        f'<div class="scroll"><table><thead><tr>{head}</tr></thead>\n<tbody>\n'
        + "\n".join(rows)
        + "\n</tbody></table></div>"
    )
