"""Analytics in the terminal: the network as of a date, blocs, obligations (who is bound to
defend whom, and why), the alignment of two actors, an actor's partnerships by year.

As in :mod:`.kb`, everything that comes from articles (names, sentences, titles) goes into
``rich.text.Text``, never parsed as markup. Record ids are printed whole: they are what
``blocwatch sources`` takes. ``--json`` gives every field; these views group and shorten.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.text import Text

from .kb import NONE, UNDATED, _t, _table

# Sentences quoted per source document in the obligations view (all are in --json).
QUOTED = 2


def _codes(codes: Sequence[str]) -> str:
    return ", ".join(codes) if codes else NONE


def _records(console: Console, record_ids: Sequence[str]) -> None:
    console.print(
        Text.assemble(("records: ", "bold"), (", ".join(record_ids) or NONE, "cyan")),
        soft_wrap=True,
    )


# --- network --------------------------------------------------------------------------------


def network_view(console: Console, net: Any) -> None:
    """Edges of the network, strongest first within each kind, with their records."""
    what = net.kind or "agreements, claims, trade"
    console.print(
        Text(f"network as of {net.as_of} ({what}): {len(net.nodes)} actors, {len(net.edges)} ties")
    )
    _edge_table(console, sorted(net.edges, key=lambda e: (e.kind, -e.weight, e.source, e.target)))


def network_page_view(console: Console, page: Any) -> None:
    """A page of the network: which ties of how many, the totals per kind, then the page's
    edges strongest first."""
    what = page.kind or "every kind"
    where = f", region {page.region}" if page.region else ""
    weight = f", weight at least {page.min_weight:g}" if page.min_weight is not None else ""
    shown = f"{page.offset + 1}-{page.offset + len(page.edges)}" if page.edges else "none"
    console.print(
        Text(
            f"network as of {page.as_of} ({what}{where}{weight}): ties {shown} "
            f"of {page.total:,}, strongest first"
        )
    )
    console.print(
        Text("totals: " + ", ".join(f"{k} {n:,}" for k, n in page.totals.items()), style="dim")
    )
    _edge_table(console, page.edges)


def _edge_table(console: Console, edges: Sequence[Any]) -> None:
    if not edges:
        return
    table = _table()
    table.add_column("kind", whole=True)
    table.add_column("tie", whole=True)
    table.add_column("weight", justify="right", whole=True)
    table.add_column("label", keep=1)
    table.add_column("records", style="cyan", keep=2)
    for e in edges:
        arrow = "->" if e.directed else "--"
        table.add_row(
            e.kind,
            f"{e.source} {arrow} {e.target}",
            f"{e.weight:g}",
            _t(e.label),
            ", ".join(e.record_ids),
        )
    console.print(table)


# --- blocs ----------------------------------------------------------------------------------


def _bloc_table(console: Console, found: Sequence[Any], title: str) -> None:
    if not found:
        console.print(Text(f"{title}: no agreements in force, no blocs", style="dim"))
        return
    table = _table(title)
    table.add_column("bloc", whole=True)
    table.add_column("core", whole=True, keep=1)
    table.add_column("members", ratio=2)
    table.add_column("ties", justify="right", whole=True, keep=2)
    table.add_column("records", style="cyan", ratio=2, keep=3)
    for b in found:
        table.add_row(
            b.id, b.core, _codes(b.members), f"{b.internal_weight:g}", ", ".join(b.record_ids)
        )
    console.print(table)


def blocs_view(console: Console, result: Any) -> None:
    """Blocs as of the date, the actors bridging them, and changes since the other date."""
    _bloc_table(console, result.blocs, f"blocs as of {result.as_of}")
    if result.bridges:
        console.print()
        table = _table("bridges")
        table.add_column("actor", whole=True)
        table.add_column("bloc", whole=True)
        table.add_column("betweenness", justify="right", whole=True, keep=1)
        table.add_column("ties to other blocs", ratio=1)
        for b in result.bridges:
            links = "; ".join(
                f"{x['partner']} ({x['bloc']}, {x['tier']}: {', '.join(x['record_ids'])})"
                for x in b.links
            )
            table.add_row(b.actor, b.bloc, f"{b.betweenness:g}", Text(links))
        console.print(table)
    c = result.comparison
    if c is not None:
        console.print()
        other = c.before if c.after == result.as_of else c.after
        _bloc_table(
            console, c.blocs_before if other == c.before else c.blocs_after, f"blocs as of {other}"
        )
        console.print()
        console.print(Text(f"from {c.before} to {c.after}", style="bold"))
        for m in c.matches:
            if m["before"]:
                how = f"continues {m['before']} of {c.before} (overlap {m['overlap']:g})"
            else:
                how = "is new"
            console.print(Text(f"  {m['after']} of {c.after} {how}"))
        for change in c.changes:
            was, now = change.before or NONE, change.after or NONE
            console.print(Text(f"  {change.actor} {change.change}: {was} -> {now}"))
        if not c.changes:
            console.print(Text("  no actor changed bloc", style="dim"))
    _records(console, result.record_ids)


# --- obligations ----------------------------------------------------------------------------


def _basis(bond: Any) -> Text:
    """One line naming what binds: the agreement (or treaty of the table), its article, the
    organisation it runs through, and whether it is in force."""
    line = Text("  ")
    if bond.agreement_id:
        line.append(bond.agreement_id, style="cyan")
        line.append(f" {bond.agreement}")
    else:
        line.append(bond.agreement, style="bold")
    if bond.article:
        line.append(f", {bond.article}")
    if bond.via:
        line.append(f", through {bond.via}")
    if bond.signed:
        line.append(f", signed {bond.signed}")
    if bond.in_force is True:
        line.append(f", in force{' since ' + bond.in_force_from if bond.in_force_from else ''}")
    elif bond.in_force is False:
        line.append(f", not yet in force (from {bond.in_force_from})", style="yellow")
    else:
        line.append(", entry into force not reported", style="dim")
    return line


def _label(bond: Any) -> str:
    """A bond's agreement in a few words: its record id and name, or the treaty's article."""
    if bond.agreement_id:
        return f"{bond.agreement_id} {bond.agreement}"
    return f"{bond.agreement}, {bond.article} ({bond.via})"


def _quote_sources(console: Console, sources: Sequence[dict], indent: str = "    ") -> None:
    for doc in sources:
        head = Text(indent)
        head.append(doc["doc_id"], style="cyan")
        head.append(f" ({doc.get('published') or UNDATED}, {doc.get('outlet') or NONE})")
        console.print(head, soft_wrap=True)
        for sentence in doc["sentences"][:QUOTED]:
            console.print(Text(f'{indent}  "{sentence}"'), soft_wrap=True)
        if len(doc["sentences"]) > QUOTED:
            console.print(Text(f"{indent}  (+{len(doc['sentences']) - QUOTED} more)", style="dim"))


def _bond_groups(defenders: Sequence[Any]) -> list[tuple[Any, list[str]]]:
    """(a bond standing for its agreement, the actors bound under it), by agreement. A few
    actors are shown with their names, many by code."""
    groups: dict[tuple, tuple[Any, list[Any]]] = {}
    for d in defenders:
        for b in d.bonds:
            key = (b.agreement_id, b.agreement, b.via)
            groups.setdefault(key, (b, []))[1].append(d)
    out = []
    for bond, found in sorted(groups.values(), key=lambda g: g[0].sort_key()):
        few = len(found) <= 5
        out.append((bond, [f"{d.actor} ({d.name})" if few else d.actor for d in found]))
    return out


def _chains_view(console: Console, o: Any) -> None:
    """Second-order chains, actors with the same allies and agreements on one line."""
    by_actor: dict[str, tuple[set[str], set[str]]] = {}
    for c in o.second_order:
        vias, basis = by_actor.setdefault(c.actor, (set(), set()))
        vias.add(c.via)
        first = c.steps[0]
        label = first.agreement_id or first.agreement
        if first.in_force is False:
            label += " (not yet in force)"
        basis.add(label)
    lines: dict[tuple, list[str]] = {}
    for actor, (vias, basis) in by_actor.items():
        lines.setdefault((tuple(sorted(vias)), tuple(sorted(basis))), []).append(actor)
    for (vias, basis), actors in lines.items():
        # The second step (ally -> target) is a defender's bond, listed above with sources.
        line = Text(f"  {_codes(actors)} -> {_codes(vias)} -> {o.target}: first step under ")
        line.append(", ".join(basis), style="cyan")
        console.print(line, soft_wrap=True)


def _bonds_view(console: Console, defenders: Sequence[Any]) -> None:
    for bond, actors in _bond_groups(defenders):
        console.print(_basis(bond), soft_wrap=True)
        console.print(Text(f"    bound: {_codes(actors)}"), soft_wrap=True)
        if bond.treaty:
            console.print(
                Text(f"    source: {bond.treaty['source']} ({bond.treaty['table']})", style="dim"),
                soft_wrap=True,
            )
            tables = sorted({m["table"] for m in bond.membership})
            console.print(Text(f"    members on the date: {_codes(tables)}", style="dim"))
        elif bond.membership:
            for m in bond.membership:
                if m["basis"] == "accession":
                    joined = f"{m['actor']} joined {m['org']} {m['joined'] or ''}"
                    console.print(Text(f"    {joined}: {m['record_id']}"))
        if bond.contradicted_by:
            console.print(
                Text(f"    denied by: {_codes(bond.contradicted_by)}", style="yellow"),
                soft_wrap=True,
            )
        _quote_sources(console, bond.sources)


def obligations_view(console: Console, o: Any, second_order: Any = None) -> None:
    """Who is bound to aid the target: by agreement, with articles and quoted sources;
    ``second_order`` shows the second-order chains (default: every chain of ``o``)."""
    console.print(Text(f"if {o.name} ({o.target}) is attacked on {o.as_of}", style="bold"))
    if o.organisations:
        console.print(Text(f"under the collective defence of: {_codes(o.organisations)}"))
    console.print()
    console.print(Text(f"bound to defend {o.target} ({len(o.defenders)}):", style="bold"))
    if o.defenders:
        _bonds_view(console, o.defenders)
    else:
        console.print(Text("  no state is bound by a defence clause", style="dim"))
    if o.consultation:
        console.print()
        console.print(Text(f"bound only to consult ({len(o.consultation)}):", style="bold"))
        _bonds_view(console, o.consultation)
    if second_order is not None:
        second_order(console, o)
    elif o.second_order:
        console.print()
        console.print(Text("bound to defend a defender of it (second order):", style="bold"))
        _chains_view(console, o)
    if o.partners:
        console.print()
        console.print(Text("partners not bound to defend it:", style="bold"))
        for p in o.partners:
            line = Text("  ")
            line.append(p.actor)
            line.append(" ")
            line.append(p.agreement_id, style="cyan")
            line.append(f" {p.agreement} ({p.tier}")
            if p.defense is False:
                line.append("; no defence clause, its sources say", style="yellow")
            line.append(")")
            console.print(line, soft_wrap=True)
            _quote_sources(console, p.sources)
    console.print()
    _records(console, o.record_ids)


def obligations_page_view(console: Console, o: Any) -> None:
    """:func:`obligations_view` with a page of the second-order chains and their totals."""
    obligations_view(console, o, _chains_page_view)


def _chains_page_view(console: Console, o: Any) -> None:
    total = o.totals["second_order"]
    if not total:
        return
    shown = f"{o.offset + 1}-{o.offset + len(o.second_order)}" if o.second_order else "none"
    console.print()
    console.print(
        Text(
            f"bound to defend a defender of it (second order): chains {shown} of {total:,}, "
            f"binding {o.totals['second_order_actors']:,} actors",
            style="bold",
        ),
        soft_wrap=True,
    )
    through = ", ".join(f"{v} {n:,}" for v, n in o.second_order_by_via.items())
    console.print(Text(f"  chains through each defender: {through}", style="dim"), soft_wrap=True)
    _chains_view(console, o)


def conflicts_view(console: Console, c: Any) -> None:
    """Actors bound to both sides if the attacker attacks the target."""
    console.print(Text(f"if {c.attacker} attacks {c.target} on {c.as_of}", style="bold"))
    if c.attacker_bound_to_target:
        console.print(Text(f"{c.attacker} is itself bound to defend {c.target}:", style="yellow"))
        for bond in c.attacker_bound_to_target:
            console.print(_basis(bond), soft_wrap=True)
    console.print(Text(f"bound to defend both sides ({len(c.conflicts)}):", style="bold"))
    if not c.conflicts:
        console.print(Text("  none", style="dim"))
    # Actors bound to both by the same agreements share one entry (an alliance's members).
    groups: dict[tuple, list[str]] = {}
    for x in c.conflicts:
        key = (tuple(_label(b) for b in x.to_target), tuple(_label(b) for b in x.to_attacker))
        groups.setdefault(key, []).append(x.actor)
    for (to_target, to_attacker), actors in groups.items():
        console.print(Text(f"  {_codes(actors)}"), soft_wrap=True)
        for side, labels in ((c.target, to_target), (c.attacker, to_attacker)):
            console.print(Text(f"    to {side}: {'; '.join(labels)}"), soft_wrap=True)
    for side, found in ((c.target, c.target_defenders), (c.attacker, c.attacker_defenders)):
        console.print(
            Text(f"defenders of {side}: {_codes([d.actor for d in found])}"), soft_wrap=True
        )
    _records(console, c.record_ids)


# --- alignment and growth -------------------------------------------------------------------


def alignment_view(console: Console, a: Any) -> None:
    """The score per year and its parts, then the facts behind each year."""
    table = _table(f"alignment of {a.a} and {a.b}, {a.start}-{a.end}")
    for name in ("year", "score", "agreements", "supply", "allegations", "trade"):
        table.add_column(name, justify="right", whole=True)
    for y in a.years:
        table.add_row(
            str(y.year),
            f"{y.score:g}",
            f"{y.agreements:g}",
            f"{y.supply:g}",
            f"{y.allegations:g}",
            f"{y.trade:g}",
        )
    console.print(table)
    facts = _table()
    facts.add_column("year", whole=True)
    facts.add_column("type", whole=True, keep=2)
    facts.add_column("record", style="cyan", whole=True)
    facts.add_column("weight", justify="right", whole=True, keep=1)
    facts.add_column("adds", justify="right", whole=True)
    facts.add_column("what", ratio=1, keep=1)
    for y in a.years:
        for f in y.facts:
            facts.add_row(
                str(y.year),
                f.type,
                f.record_id,
                f"{f.weight:g}",
                f"{f.contribution:g}",
                Text(f.detail),
            )
    if facts.row_count:
        console.print()
        console.print(facts)
    else:
        console.print(Text("no agreements, claims or trade tie them", style="dim"))


def growth_view(console: Console, g: Any) -> None:
    """Partners per year: count, summed strength, defence partners, new partners."""
    table = _table(f"partnerships of {g.name} ({g.actor}), {g.start}-{g.end}")
    table.add_column("year", whole=True)
    table.add_column("partners", justify="right", whole=True)
    table.add_column("strength", justify="right", whole=True)
    table.add_column("defence", keep=1)
    table.add_column("new", keep=2)
    table.add_column("partner (tier: records)", ratio=1)
    for y in g.years:
        partners = "; ".join(
            f"{p.partner} ({p.tier}: {', '.join(p.agreement_ids)})" for p in y.partners
        )
        table.add_row(
            str(y.year),
            str(y.n_partners),
            f"{y.strength:g}",
            _codes(y.defence_partners),
            _codes(y.new_partners),
            Text(partners or NONE),
        )
    console.print(table)
