"""Documents in the terminal: the ingest summary, the document list, one document with its
facts, and an overview of the store.

Article text, titles, sources and file names are untrusted: every one of them goes into a
``rich.text.Text`` (never parsed as markup), so ``[bold]`` or ``[/]`` in an article prints
as itself and cannot break the output.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from rich.console import Console, Group
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from .fit import WIDE

NONE = "—"
_FACT_NOISE = {"id", "doc_id", "evidence"}
# Longer ids wrap in the list rather than squeeze the title out.
_MAX_ID_COLUMN = 40
_MIN_TITLE = 30
_COPY = "≈"


def ingest_summary(console: Console, summary: Any) -> None:
    """One line: documents read, new (near-duplicates among them), duplicates, skipped and
    failed inputs; counts that are zero are dimmed."""
    line = Text("ingest: ")
    parts = [
        (summary.read, "read", ""),
        (summary.new, "new", "green"),
        (summary.near_duplicate, "near-duplicate", "yellow"),
        (summary.duplicate, "duplicate", "cyan"),
        (summary.skipped, "skipped", "yellow"),
        (summary.failed, "failed", "bold red"),
    ]
    for i, (count, label, style) in enumerate(parts):
        if i:
            line.append(", ")
        line.append(f"{count:,} {label}", style=style if count else "dim")
    console.print(line)


def document_table(console: Console, rows: Sequence[Mapping[str, Any]]) -> None:
    """The documents of :func:`blocwatch.store.documents.list_documents` as a table: id,
    publication date, source, title (or the text's start), and ``≈ id`` for a
    near-duplicate of another document."""
    if not rows:
        console.print(Text("no documents", style="dim"))
        return
    copies = any(row.get("duplicate_of") for row in rows)
    # One line per document. Ids are never cut (they are what `docs show` takes); the
    # title keeps at least _MIN_TITLE columns, the source gets what is left up to 22, and
    # the title the rest, cut with an ellipsis.
    id_width = min(max(len(str(row.get("id"))) for row in rows), _MAX_ID_COLUMN)
    fixed = id_width + 10 + (1 if copies else 0)
    columns = 5 if copies else 4
    room = console.width - fixed - 2 * (columns - 1)
    longest_source = max(len(str(row.get("source") or NONE)) for row in rows)
    longest_title = max(len(str(row.get("title") or row.get("snippet") or NONE)) for row in rows)
    if console.width >= WIDE:  # drawn wide (--wide, or piped): nothing is cut
        source_width, title_width = max(longest_source, 6), max(longest_title, 5)
    else:
        source_width = max(min(room - _MIN_TITLE, longest_source, 22), 6)
        title_width = max(min(room - source_width, longest_title), 12)
    table = Table(show_edge=False, pad_edge=False, header_style="bold", box=None)
    table.add_column("id", overflow="fold", style="cyan", width=id_width)
    table.add_column("published", no_wrap=True, width=10)
    table.add_column("source", no_wrap=True, overflow="ellipsis", width=source_width)
    table.add_column("title", no_wrap=True, overflow="ellipsis", width=title_width)
    if copies:
        table.add_column("", no_wrap=True, width=1, style="yellow")
    for row in rows:
        title = row.get("title")
        shown = Text(title) if title else Text(row.get("snippet") or NONE, style="dim italic")
        shown.truncate(title_width, overflow="ellipsis")
        cells = [
            Text(str(row.get("id"))),
            _cell(row.get("published") or "undated"),
            _cell(row.get("source")),
            shown,
        ]
        if copies:
            cells.append(Text(_COPY if row.get("duplicate_of") else ""))
        table.add_row(*cells)
    console.print(table)
    noun = "document" if len(rows) == 1 else "documents"
    footer = Text(f"{len(rows)} {noun}", style="dim")
    if copies:
        footer.append(f"; {_COPY} near-duplicate of an earlier one (docs show ID names it)")
    console.print(footer)


def document_detail(
    console: Console, document: Mapping[str, Any], facts: Mapping[str, Any] | None
) -> None:
    """One document: its metadata, its text exactly as stored, and the facts read from it
    (agreements, claims, measures), each with the sentences that state it."""
    console.print(Text(document.get("title") or str(document.get("id")), style="bold"))
    meta = Table.grid(padding=(0, 2))
    meta.add_column(style="dim", no_wrap=True)
    meta.add_column(overflow="fold")
    labels = [
        ("id", "id"),
        ("published", "published"),
        ("source", "source"),
        ("url", "url"),
        ("lang", "language"),
        ("origin", "read from"),
        ("duplicate_of", "near-duplicate of"),
        ("ingested_at", "ingested"),
        ("extractor", "extractor"),
        ("content_hash", "content hash"),
    ]
    for key, label in labels:
        value = document.get(key)
        if value is None and key in {"duplicate_of", "lang", "url"}:
            continue
        if value is None and key == "published":
            value = "undated"  # no publication date: the ingest time below is not one
        meta.add_row(label, _cell(value))
    console.print(meta)
    console.print(Rule("text", style="dim"))
    console.print(Text(document.get("text") or ""), soft_wrap=False)
    console.print(Rule("facts", style="dim"))
    _facts(console, facts or {}, extracted=document.get("extractor") is not None)


def store_overview(console: Console, overview: Mapping[str, Any]) -> None:
    """A dict of what the store holds, rendered by shape: numbers and strings as a two-column
    table, a nested dict as its own table, a list of dicts as a table with a column per
    key, a list of plain values as one line."""
    scalars = Table(title="knowledge base", title_justify="left", show_header=False)
    scalars.add_column(style="bold")
    scalars.add_column(justify="right", overflow="fold")
    extra: list[Any] = []
    for key, value in overview.items():
        label = str(key).replace("_", " ")
        if isinstance(value, Mapping):
            extra.append(_mapping_table(label, value))
        elif (
            isinstance(value, list | tuple)
            and value
            and all(isinstance(item, Mapping) for item in value)
        ):
            extra.append(_records_table(label, value))
        elif isinstance(value, list | tuple):
            scalars.add_row(Text(label), Text(", ".join(map(str, value)) or NONE))
        else:
            scalars.add_row(Text(label), _cell(value))
    if scalars.row_count:
        console.print(scalars)
    for table in extra:
        console.print(table)


# --- facts -------------------------------------------------------------------------------


def _facts(console: Console, facts: Mapping[str, Any], *, extracted: bool) -> None:
    if not any(facts.get(kind) for kind in facts):
        note = "no facts found" if extracted else "not extracted yet (run: blocwatch reextract)"
        console.print(Text(note, style="dim"))
        return
    for kind, items in facts.items():
        if not items:
            continue
        console.print(Text(f"{kind} ({len(items)})", style="bold"))
        for fact in items:
            console.print(_fact(kind, fact))


def _fact(kind: str, fact: Mapping[str, Any]) -> Table:
    summary = {
        "agreements": _agreement,
        "claims": _claim,
        "measures": _measure,
    }.get(kind, _generic)(fact)
    lines: list[Any] = [summary]
    for span in fact.get("evidence") or []:
        sentence = span.get("sentence") if isinstance(span, Mapping) else None
        if not sentence:
            continue
        role = span.get("role")
        line = Text()
        if role and role != "fact":
            line.append(f"{role}: ", style="dim")
        line.append(f"“{' '.join(sentence.split())}”", style="italic")
        if span.get("start") is not None:
            line.append(f"  [{span.get('start')}:{span.get('end')}]", style="dim")
        lines.append(Padding(line, (0, 0, 0, 2)))
    # A grid keeps wrapped lines indented under the bullet.
    grid = Table.grid()
    grid.add_column(width=2, no_wrap=True)
    grid.add_column(overflow="fold")
    grid.add_row("•", Group(*lines))
    return grid


def _agreement(fact: Mapping[str, Any]) -> Text:
    text = Text(_names(fact.get("parties")), style="bold")
    text.append(f"  {fact.get('kind') or 'agreement'}")
    if fact.get("name"):
        text.append(f" “{fact['name']}”")
    if fact.get("status"):
        text.append(f", {fact['status']}")
    if fact.get("signed"):
        text.append(f" {fact['signed']}")
    if fact.get("place"):
        text.append(f" in {fact['place']}")
    if fact.get("defense") is not None:
        text.append("; mutual defence" if fact["defense"] else "; no defence clause")
    if fact.get("provisions"):
        text.append(f"; provisions: {_names(fact['provisions'])}")
    return _with_confidence(text, fact)


def _claim(fact: Mapping[str, Any]) -> Text:
    text = Text(_names(fact.get("claimant")) or "unnamed", style="bold")
    text.append(" allege ")
    text.append(_names(fact.get("subject")) or "?")
    text.append(f" {fact.get('action') or 'did something'}")
    if fact.get("what"):
        text.append(f" ({fact['what']})")
    if fact.get("beneficiary"):
        text.append(f" → {_names(fact['beneficiary'])}")
    if fact.get("denied_by"):
        text.append(f"; denied by {_names(fact['denied_by'])}", style="red")
    if fact.get("acknowledged_by"):
        text.append(f"; acknowledged by {_names(fact['acknowledged_by'])}", style="green")
    return _with_confidence(text, fact)


def _measure(fact: Mapping[str, Any]) -> Text:
    text = Text(_names(fact.get("actors")), style="bold")
    text.append(f"  {fact.get('metric') or 'measure'} = ")
    value = fact.get("value")
    text.append(f"{value:,.0f}" if isinstance(value, int | float) and value >= 1000 else str(value))
    if fact.get("unit"):
        text.append(f" {fact['unit']}")
    if fact.get("period"):
        text.append(f" ({fact['period']})")
    return _with_confidence(text, fact)


def _generic(fact: Mapping[str, Any]) -> Text:
    parts = [
        f"{key}={_plain(value)}"
        for key, value in fact.items()
        if key not in _FACT_NOISE and value not in (None, [], {}, "")
    ]
    return Text("; ".join(parts))


def _with_confidence(text: Text, fact: Mapping[str, Any]) -> Text:
    confidence = fact.get("confidence")
    if isinstance(confidence, int | float):
        text.append(f"  (confidence {confidence:.2f})", style="dim")
    return text


# --- helpers -----------------------------------------------------------------------------


def _names(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value)
    return "" if value is None else str(value)


def _plain(value: Any) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, default=str)


def _cell(value: Any) -> Text:
    if value is None or value == "":
        return Text(NONE, style="dim")
    if isinstance(value, int) and not isinstance(value, bool):
        return Text(f"{value:,}")
    return Text(str(value))


def _mapping_table(title: str, mapping: Mapping[str, Any]) -> Table:
    table = Table(title=title, title_justify="left", show_header=False)
    table.add_column(style="bold")
    table.add_column(justify="right", overflow="fold")
    for key, value in mapping.items():
        shown = _plain(value) if isinstance(value, Mapping | list | tuple) else value
        table.add_row(Text(str(key)), _cell(shown))
    return table


def _records_table(title: str, records: Sequence[Mapping[str, Any]]) -> Table:
    table = Table(title=title, title_justify="left")
    columns: list[str] = []
    for record in records:
        columns.extend(key for key in record if key not in columns)
    for column in columns:
        table.add_column(str(column), overflow="fold")
    for record in records:
        cells = []
        for column in columns:
            value = record.get(column)
            shown = _plain(value) if isinstance(value, Mapping | list | tuple) else value
            cells.append(_cell(shown))
        table.add_row(*cells)
    return table
