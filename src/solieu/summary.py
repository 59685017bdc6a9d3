"""What a run says about each dataset: plain values, and the same in words.

One place for the wording of a run's outcome, whoever shows it: ``solieu run`` prints
:func:`summarise`'s ``said``, the Prefect flow turns :func:`summary_markdown` and
:func:`change_rows` into artifacts, and a test or a notebook reads the plain values.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from solieu.diff import short_key, short_row
from solieu.publish import PublishResult
from solieu.report import Report

MAX_CHANGE_ROWS = 500  # a change table is for reading; changes.json has everything
MAX_PROBLEMS = 50


def count(report: Any, what: str) -> int:
    """``errors`` or ``warnings`` of a validation report (0 when there is none)."""
    return int(getattr(report, what, 0) or 0)


def said(result: PublishResult) -> str:
    """The outcome of publishing one dataset in a few words."""
    words = {
        "published": f"published version {result.version}",
        "up_to_date": f"up to date: nothing changed since version {result.version}",
        "dry_run": f"dry run: version {result.version} validated, nothing published",
        "rejected": f"validation failed ({count(result.report, 'errors')} error(s)): "
        "nothing published",
    }.get(result.status, result.status)
    if result.unused_note:  # an operator's note must not vanish without a word
        words += f"; the release note was not used: {result.unused_note!r}"
    return words


def summarise(
    name: str, sources: int, tables: Mapping[str, Any], result: PublishResult, *,
    extracted: int, cached: int, held_back: Mapping[str, list[str]] | None = None,
) -> dict[str, Any]:
    """One dataset's outcome as plain values (JSON-ready): a run's return value.
    ``sources``: how many it has; ``tables``: the tables, or their row counts;
    ``held_back``: the reports left out of the version, with the reasons."""
    held = {sid: list(reasons) for sid, reasons in (held_back or {}).items()}
    words = said(result)
    if held:
        words += f"; {len(held)} report(s) held back: {', '.join(sorted(held))}"
    return {
        "dataset": name,
        "status": result.status,
        "version": result.version,
        "said": words,
        "sources": sources,
        "extracted": extracted,
        "cached": cached,
        "rows": {name: n if isinstance(n, int) else len(n) for name, n in tables.items()},
        "warnings": count(result.report, "warnings"),
        "path": str(result.path) if result.path else None,
        "summary": result.summary or "",
        "held_back": held,
        "notes": list(result.notes),  # repairs and the sources' warnings
    }


def failure_message(summaries: list[dict[str, Any]]) -> str | None:
    """One sentence per dataset that did not validate or held a report back, or None."""
    parts = []
    for s in summaries:
        if s["status"] == "rejected":
            parts.append(f"{s['dataset']}: {s['said']}; the report is in the run's artifacts "
                         f"and in {s['path']}/validation.json")
        for sid, reasons in (s.get("held_back") or {}).items():
            parts.append(f"{s['dataset']}: report {sid} held back (its rows are not in the "
                         f"version; the others are): {reasons[0]}"
                         + (f" (and {len(reasons) - 1} more)" if len(reasons) > 1 else ""))
    return "; ".join(parts) or None


def problems_markdown(report: Report | None, severity: str) -> str:
    """The report's problems of one severity, one bullet each (at most MAX_PROBLEMS)."""
    problems = [p for p in (report.problems if report else []) if p.severity == severity]
    lines = [f"- **{p.check}** ({p.where()}): {p.message}" for p in problems[:MAX_PROBLEMS]]
    if len(problems) > MAX_PROBLEMS:
        lines.append(f"- ... and {len(problems) - MAX_PROBLEMS} more (see validation.json)")
    return "\n".join(lines) + "\n\n"


def summary_markdown(summary: dict[str, Any], report: Report | None) -> str:
    """A dataset's run in markdown: outcome, sources, rows per table, the version's
    changes, and the validation report's errors (if rejected) and warnings."""
    rows = "\n".join(f"| {table} | {n} |" for table, n in summary["rows"].items())
    markdown = (
        f"# {summary['dataset']}: {summary['said']}\n\n"
        f"Sources: {summary['sources']} ({summary['extracted']} extracted, "
        f"{summary['cached']} unchanged and read from the cache)\n\n"
        f"| table | rows |\n|---|---|\n{rows}\n\n"
    )
    if summary["summary"]:
        markdown += f"{summary['summary']}\n\n"
    held = summary.get("held_back") or {}
    if held:
        markdown += f"## Reports held back ({len(held)})\n\n" + "".join(
            f"- **{sid}**: " + " ".join(reasons) + "\n" for sid, reasons in held.items()) + "\n"
    if summary["status"] == "rejected":
        markdown += "## Validation report\n\n" + problems_markdown(report, "error")
    if summary["warnings"]:
        markdown += (f"## Warnings ({summary['warnings']})\n\n"
                     + problems_markdown(report, "warning"))
    return markdown


def _row(key: str, change: str, field: str = "", old: Any = "", new: Any = "",
         table: str = "") -> dict[str, Any]:
    # The short key first, the table last: at normal width a reader sees what changed.
    return {"key": key, "change": change, "field": field, "old": old, "new": new,
            "table": table}


def change_rows(changes: dict[str, Any]) -> list[dict[str, Any]]:
    """The changes as table rows: a count per table, then value by value (capped), each
    led by a short key (an indicator and period, a figure's id or number; see
    :func:`solieu.diff.short_key`), then the metadata.

    >>> change_rows({})[0]["new"]
    'no changes since the previous version'
    """
    counts = changes.get("counts") or {}
    rows: list[dict[str, Any]] = [
        _row(t, "rows", new=", ".join(f"{n} {what}" for what, n in c.items()), table=t)
        for t, c in sorted(counts.items()) if any(c.values())
    ]
    detail: list[dict[str, Any]] = []
    for t, diff in sorted((changes.get("tables") or {}).items()):
        key = diff.get("key") or []
        for what in ("added", "removed"):
            for row in diff.get(what, []):
                detail.append(_row(short_row(t, row, key), what, table=t))
        for c in diff.get("changed", []):
            detail.append(_row(short_key(t, c["key"]), "changed", c["field"], c["old"], c["new"],
                               table=t))
    rows += detail[:MAX_CHANGE_ROWS]
    if len(detail) > MAX_CHANGE_ROWS:
        rows.append(_row("see changes.json", f"... {len(detail) - MAX_CHANGE_ROWS} more"))
    for m in changes.get("metadata") or []:
        rows.append(_row(m["path"], "metadata", old=m["old"], new=m["new"],
                         table="datapackage.json"))
    return rows or [_row("", "none", new="no changes since the previous version")]
