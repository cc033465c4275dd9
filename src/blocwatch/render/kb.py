"""Knowledge-base records in the terminal: agreements, claims (with ledgers), measure series,
an actor's profile, a timeline, the sentences behind a record, changes, an export summary.

Everything that comes from articles (names, places, sentences, titles, URLs) is untrusted:
it goes into ``rich.text.Text`` cells, never parsed as markup. Conflicting values are marked
with ``≠`` and listed with the documents that state them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.text import Text

from ..kinds import kind as registered_kind
from .fit import FitTable

NONE = "—"
CONFLICT = "≠"


def amount(value: float) -> str:
    """A figure as people read it: 244.8 bn, 61 bn, 11,000."""
    for size, word in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
        if abs(value) >= size:
            return f"{value / size:,.4g} {word}"
    return f"{value:,.6g}"


# What a missing reported date is shown as: the source gives no publication date.
UNDATED = "undated"


def _t(value: Any, style: str = "") -> Text:
    if value is None or value == "" or value == []:
        return Text(NONE, style="dim")
    if isinstance(value, (list, tuple)):
        value = ", ".join(str(v) for v in value)
    return Text(str(value), style=style)


def _table(title: str | None = None) -> FitTable:
    """A table that fits the terminal (:class:`~.fit.FitTable`)."""
    return FitTable(
        title=Text(title, style="bold") if title else None,
        title_justify="left",
        header_style="bold",
        box=None,
        pad_edge=False,
        show_edge=False,
    )


def _id_column(table: FitTable, records: Sequence[Any], name: str = "id", attr: str = "id") -> None:
    # Ids are what `blocwatch sources` takes: never folded, never cut.
    width = max((len(getattr(r, attr)) for r in records), default=2)
    table.add_column(name, whole=True, min_width=width, style="cyan")


def _marked(value: Any, conflict: bool) -> Text:
    text = _t(value)
    if conflict:
        text.append(f" {CONFLICT}", style="bold yellow")
    return text


def _defense(value: bool | None) -> str | None:
    return None if value is None else ("yes" if value else "no")


def _sources(record: Any) -> Text:
    return Text(f"{record.n_independent_sources}/{record.n_sources}")


def _day(value: str | None) -> Text:
    """A reported date, or "undated" for a source without a publication date."""
    return Text(UNDATED, style="dim") if not value else Text(str(value))


def _reported(record: Any) -> Text:
    first, last = record.first_reported, record.last_reported
    if not first:
        return _day(None)
    return _t(first if first == last else f"{first} … {last}")


def _conflict_lines(record: Any) -> list[Text]:
    lines = []
    for attribute, entries in record.conflicts.items():
        line = Text(f"  {CONFLICT} {record.id} {attribute}: ", style="yellow")
        for i, entry in enumerate(entries):
            if i:
                line.append(" vs ", style="yellow")
            value = entry["value"]
            line.append(_defense(value) if isinstance(value, bool) else str(value), style="bold")
            line.append(f" ({', '.join(entry['doc_ids'])})")
        lines.append(line)
    return lines


def agreements_table(console: Console, records: Sequence[Any], title: str | None = None) -> None:
    """Agreements: id, parties, name (or kind), signed, defence, status, sources
    (independent/all), provisions; conflicts (signing date, place, defence) listed below
    with the documents on each side. Places and reported dates are in ``--json``."""
    if not records:
        console.print(Text("no agreements", style="dim"))
        return
    table = _table(title)
    _id_column(table, records)
    table.add_column("parties", whole=True)
    table.add_column("name / kind", ratio=3)
    table.add_column("signed", whole=True)
    table.add_column("def.", whole=True)
    table.add_column("status", whole=True, keep=2)
    table.add_column("src", justify="right", whole=True, keep=3)
    table.add_column("provisions", ratio=2, keep=1)
    for a in records:
        name = _t(a.name) if a.name else Text(a.kind, style="dim")
        table.add_row(
            Text(a.id, style="cyan"),
            Text("-".join(a.parties) if len(a.parties) <= 4 else f"{len(a.parties)} parties"),
            name,
            _marked(a.signed, a.signed_conflict),
            _marked(_defense(a.defense), a.defense_conflict),
            _t(a.status),
            _sources(a),
            _t(a.provisions),
        )
    console.print(table)
    for a in records:
        for line in _conflict_lines(a):
            console.print(line)
        for other in a.replaced_by:
            ended = a.ended or NONE
            console.print(Text(f"  {a.id} replaced by {other} (ended {ended})", style="dim"))


def _flow(subject: list[str], beneficiary: list[str]) -> str:
    return (
        " → ".join(["+".join(subject), "+".join(beneficiary)]) if beneficiary else "+".join(subject)
    )


def claims_table(
    console: Console, records: Sequence[Any], title: str | None = None, ledger: bool = False
) -> None:
    """Claims: id (subject, beneficiary, action), items, claimants, status, denied by,
    acknowledged by, sources (independent/all), first reported; with ``ledger`` each
    claim's stance ledger below."""
    if not records:
        console.print(Text("no claims", style="dim"))
        return
    table = _table(title)
    _id_column(table, records)
    table.add_column("items", keep=1)
    table.add_column("claimants")
    table.add_column("status", whole=True)
    table.add_column("denied by", keep=1)
    table.add_column("acknowledged", keep=2)
    table.add_column("src", justify="right", whole=True, keep=3)
    table.add_column("reported", whole=True, keep=2)
    styles = {"contested": "yellow", "acknowledged": "green", "alleged": ""}
    for c in records:
        table.add_row(
            Text(c.id, style="cyan"),
            _t(c.items),
            _t(c.claimants or "(outlet)"),
            _t(c.status, styles.get(c.status, "")),
            _t(c.denied_by),
            _t(c.acknowledged_by),
            _sources(c),
            _day(c.first_reported),
        )
    console.print(table)
    if ledger:
        for c in records:
            console.print()
            ledger_table(console, c)


def ledger_table(console: Console, claim: Any) -> None:
    """One claim's stance ledger: reported date, actor, stance, document."""
    table = _table(f"ledger of {claim.id}")
    for name, keep in (("reported", 0), ("actor", 0), ("stance", 0), ("document", 1)):
        table.add_column(name, whole=True, keep=keep)
    table.add_column("answers", keep=2)
    for e in claim.ledger:
        table.add_row(
            _day(e["reported"]),
            _t(e["actor"] or "(outlet)"),
            _t(e["stance"]),
            _t(e["doc_id"]),
            _t(e["answers"]),
        )
    console.print(table)


def measures_table(console: Console, records: Sequence[Any], title: str | None = None) -> None:
    """Measure series, one line per point: series id (actors and metric), period, value,
    unit, sources (independent/all), first reported; ≠ marks values that disagree for a
    period."""
    if not records:
        console.print(Text("no measures", style="dim"))
        return
    table = _table(title)
    _id_column(table, records)
    for name, keep in (("period", 0), ("value", 0), ("unit", 1), ("src", 3), ("reported", 2)):
        justify = "right" if name == "value" else "left"
        table.add_column(name, whole=True, keep=keep, justify=justify)
    for m in records:
        for p in m.points:
            table.add_row(
                Text(m.id, style="cyan"),
                _t(p["period"] or "undated"),
                _marked(amount(p["value"]), p["conflict"]),
                _t(m.unit),
                Text(f"{p['n_independent_sources']}/{p['n_sources']}"),
                _day(p["reported"]),
            )
    console.print(table)


def actors_table(console: Console, actors: Sequence[dict[str, Any]]) -> None:
    """Actors: code, name, kind, region, how many agreements, claims and measure series name
    it, and the names a search matched (an alias, a capital, an official)."""
    if not actors:
        console.print(Text("no actors", style="dim"))
        return
    table = _table()
    table.add_column("code", whole=True, style="cyan")
    table.add_column("name")
    table.add_column("kind", whole=True, keep=3)
    table.add_column("region", keep=2)
    for name in ("agreements", "claims", "measures"):
        table.add_column(name, whole=True, justify="right", keep=1)
    searched = any("aliases" in a for a in actors)
    if searched:
        table.add_column("matched names")
    for a in actors:
        cells = [
            Text(a["code"]),
            _t(a["name"]),
            _t(a["kind"]),
            _t(a["region"]),
            *(Text(str(a.get(n, 0))) for n in ("agreements", "claims", "measures")),
        ]
        if searched:
            cells.append(_t(a.get("aliases")))
        table.add_row(*cells)
    console.print(table)


_DATE_FIELDS = frozenset(["signed", "start", "end", "period", "first_reported", "last_reported"])


def records_table(console: Console, records: Sequence[Any], what: str) -> None:
    """Records of any kind, one line each: the id, the kind's gold-schema fields, its status
    and its number of sources (the rest is in ``--json``)."""
    if not records:
        console.print(Text(f"no {what}", style="dim"))
        return
    first = records[0].to_dict()
    wanted = (*registered_kind(first["type"]).gold_fields, "status", "n_sources")
    columns = [k for k in wanted if k in first]
    table = _table()
    _id_column(table, records)
    for i, name in enumerate(columns):
        # the kind's first fields matter most; dates are never cut; the rest give way first
        table.add_column(
            "src" if name == "n_sources" else name.replace("_", " "),
            keep=0 if i < 2 else (1 if name in ("status", "start", "signed") else 2),
            whole=name in _DATE_FIELDS,
        )
    for record in records:
        row = record.to_dict()
        table.add_row(Text(record.id, style="cyan"), *(_t(row.get(name)) for name in columns))
    console.print(table)


def actor_view(console: Console, profile: Any) -> None:
    """An actor's profile: name, kind, region, names seen, partners, then its agreements,
    claims by role and measure series."""
    head = Text()
    head.append(profile.code, style="bold cyan")
    head.append(f"  {profile.name}", style="bold")
    head.append(f"  ({profile.kind or 'unknown'}{', ' + profile.region if profile.region else ''})")
    console.print(head)
    names = ", ".join(f"{n} ×{k}" for n, k in profile.names_seen.items())
    console.print(Text.assemble(("names seen: ", "bold"), names or NONE))
    people = ", ".join(f"{n} ×{k}" for n, k in profile.people_seen.items())
    console.print(Text.assemble(("people seen: ", "bold"), people or NONE))
    partners = ", ".join(f"{p} ×{k}" for p, k in profile.partners.items())
    console.print(Text.assemble(("agreement partners: ", "bold"), partners or NONE))
    console.print()
    agreements_table(console, profile.agreements, title="agreements")
    for title, records in (
        ("claims against it (subject)", profile.claims_as_subject),
        ("claims it makes (claimant)", profile.claims_as_claimant),
        ("claims it benefits from (beneficiary)", profile.claims_as_beneficiary),
        ("claims it denies", profile.claims_denied),
        ("claims it acknowledges", profile.claims_acknowledged),
    ):
        if records:
            console.print()
            claims_table(console, records, title=title)
    if profile.measures:
        console.print()
        measures_table(console, profile.measures, title="measures")


def timeline_table(console: Console, events: Sequence[Any], code: str) -> None:
    """Dated events: date, clock (valid: when it happened; reported: when it was said),
    kind, record, summary."""
    if not events:
        console.print(Text(f"no dated events for {code}", style="dim"))
        return
    table = _table(f"timeline of {code}")
    for name, keep in (("date", 0), ("clock", 2), ("event", 0)):
        table.add_column(name, whole=True, keep=keep)
    _id_column(table, events, "record", "record_id")
    table.add_column("summary")
    for e in events:
        table.add_row(
            _marked(e.date, e.conflict),
            Text(e.time, style="dim" if e.time == "reported" else ""),
            _t(e.kind),
            Text(e.record_id, style="cyan"),
            _t(e.summary),
        )
    console.print(table)


def sources_view(console: Console, record_id: str, sentences: Sequence[Any]) -> None:
    """Every sentence behind a record, grouped by document: its title, outlet, date, URL and
    what it states, then the sentences with their role and character span."""
    if not sentences:
        console.print(Text(f"no sentences stored for {record_id}", style="dim"))
        return
    console.print(Text(f"sources of {record_id}", style="bold"))
    current = None
    for s in sentences:
        if (s.doc_id, s.report_id) != current:
            current = (s.doc_id, s.report_id)
            console.print()
            head = Text()
            head.append(s.doc_id, style="cyan")
            if s.origin_doc != s.doc_id:
                head.append(f" (copy of {s.origin_doc})", style="yellow")
            head.append("  ")
            head.append(s.title or NONE, style="bold")
            console.print(head)
            console.print(Text(f"  {s.published or UNDATED} · {s.outlet or NONE}"))
            if s.url:
                console.print(Text(f"  {s.url}", style="blue"))
            if s.states:
                states = "; ".join(f"{k}: {_state(v)}" for k, v in s.states.items() if k != "point")
                console.print(Text(f"  states: {states}", style="dim"))
        line = Text(f"  [{s.role}] ", style="magenta")
        line.append(s.sentence)
        line.append(f"  ({s.start}-{s.end})", style="dim")
        console.print(line)


def _state(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) if v else "(outlet)" for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def changes_table(console: Console, changes: Sequence[Any], since: str) -> None:
    """Records new or changed since a reported date, with what changed."""
    if not changes:
        console.print(Text(f"nothing new since {since}", style="dim"))
        return
    table = _table(f"new or changed since {since}")
    _id_column(table, changes, "record", "record_id")
    table.add_column("change", whole=True)
    table.add_column("summary")
    table.add_column("what", keep=1)
    table.add_column("reported", whole=True, keep=2)
    for c in changes:
        table.add_row(
            Text(c.record_id, style="cyan"),
            Text(c.change, style="green" if c.change == "new" else "yellow"),
            _t(c.summary),
            _t("; ".join(c.details)),
            _t(c.last_reported),
        )
    console.print(table)


def export_summary(console: Console, summary: dict[str, Any]) -> None:
    """One line: what was written where."""
    counts = ", ".join(f"{v:,} {k}" for k, v in summary.items() if isinstance(v, int))
    console.print(Text(f"exported {summary['format']} to {summary['path']}: {counts}"))
