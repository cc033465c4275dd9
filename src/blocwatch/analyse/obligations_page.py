"""A page of the obligations of a state on a date: what an analyst reads first, whole, and
the second-order chains as totals and one page of them.

:func:`.obligations.obligations` answers with every second-order chain (A bound to defend B,
a defender of the target): for a state of many allies on a recent date that is a hundred
thousand chains, most of the answer's time and size. :func:`obligations_page` gives the same
defenders, consultation partners and unbound partners (each bond with its sources), and of
the chains: how many there are in all, how many run through each defender, how many actors
they bind, and the chains ``offset`` to ``offset + limit`` in the full answer's order (by
actor, then defender, then the agreements of each step). Pages laid end to end are the full
answer's chains, field by field.

The chains are counted from the defence edges of the day (the as-of index read through
``ix_edge_spans_tier``: one row per pair of parties of each agreement with a defence clause
in force), without reading the agreements: only those of the page's chains are read, and only
their sources are looked up.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import asdict, dataclass
from typing import Any

from ..base.collection import gc_paused
from ..errors import BlocwatchError
from ..kb import validate
from .common import actor_info, as_of_date, connection, state
from .membership import (
    DEFENCE_TABLE,
    MEMBERS_TABLE,
    organisations_by_member,
)
from .obligations import (
    DEFENCE,
    Bond,
    Chain,
    Defender,
    Obligations,
    Partner,
    _as_defenders,
    _attach_sources,
    _Bonds,
    bonds_of,
    first_order_rest,
    obligations,
)

MAX_PAGE = 5000


@dataclass
class ObligationsPage:
    """Who is bound to come to ``target``'s aid on ``as_of``, as :class:`.Obligations`
    (``defenders``, ``consultation``, ``partners``, ``organisations`` whole), with one page of
    the second-order chains: ``second_order`` holds those from ``offset``, at most
    ``limit``. ``totals``: how many defenders, consultation partners, unbound partners and
    chains the full answer holds, and how many distinct actors the chains bind
    (``second_order_actors``); ``second_order_by_via``: defender -> chains through it.
    ``record_ids``: the records behind what the page shows."""

    target: str
    name: str
    as_of: str
    defenders: list[Defender]
    consultation: list[Defender]
    partners: list[Partner]
    organisations: list[str]
    offset: int
    limit: int
    totals: dict[str, int]
    second_order_by_via: dict[str, int]
    second_order: list[Chain]
    record_ids: list[str]
    membership_table: str = MEMBERS_TABLE
    defence_table: str = DEFENCE_TABLE

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# What one second-order pair (actor, defender) is bound by: the ids of its agreements, and
# the bonds of the collective-defence treaties of the table (a few).
_Pair = tuple[list[str], list[Bond]]


def obligations_page(
    source: Any,
    target: str,
    as_of: str | None = None,
    min_confidence: float | None = None,
    *,
    limit: int = 200,
    offset: int = 0,
) -> ObligationsPage:
    """:func:`.obligations.obligations` of ``target`` on ``as_of`` (default today) with its
    second-order chains counted, and ``limit`` of them from ``offset`` in the full answer's
    order. With ``min_confidence`` (records' confidence is not in the index) the full
    answer is built and cut. Raises BlocwatchError for an unknown code, an organisation, a
    bad date, confidence or page."""
    target = state(target, "target")
    as_of = as_of_date(as_of)
    floor = validate.min_confidence(min_confidence)
    if not 0 <= limit <= MAX_PAGE or offset < 0:
        raise BlocwatchError(f"bad page: limit must be 0..{MAX_PAGE}, offset at least 0")
    if floor is not None:
        return page_of(obligations(source, target, as_of, floor), limit, offset)
    # Hundreds of thousands of bonds, sets and dicts for a state of many allies, none of
    # them garbage: no collection walks them (a third of the client's time on a late day).
    with gc_paused():
        return _page_of_day(source, target, as_of, limit, offset)


def _page_of_day(source: Any, target: str, as_of: str, limit: int, offset: int) -> ObligationsPage:
    """:func:`obligations_page` without a confidence floor, its arguments checked."""
    with connection(source) as conn:
        index = _Bonds(conn, as_of)
        direct = index.defenders(target)
        pairs = _second_order_pairs(index, target, direct)
        by_via: dict[str, int] = dict.fromkeys(direct, 0)
        chains_in: dict[tuple[str, str], int] = {}
        for (actor, via), (ids, treaties) in pairs.items():
            chains_in[(actor, via)] = n = (len(ids) + len(treaties)) * len(direct[via])
            by_via[via] += n
        chains = _page(index, direct, pairs, chains_in, limit, offset)
        consulting, partners = first_order_rest(conn, index, target, direct)
        bonds = [b for bs in direct.values() for b in bs]
        bonds += [b for c in chains for b in c.steps]
        bonds += [b for bs in consulting.values() for b in bs]
        bonds = list({id(b): b for b in bonds}.values())
        _attach_sources(conn, bonds, index.agreements)
    record_ids = {i for b in bonds for i in b.record_ids} | {p.agreement_id for p in partners}
    totals = {
        "defenders": len(direct),
        "consultation": len(consulting),
        "partners": len(partners),
        "second_order": sum(chains_in.values()),
        "second_order_actors": len({actor for actor, _ in pairs}),
    }
    return ObligationsPage(
        target=target,
        name=actor_info(target).name,
        as_of=as_of,
        defenders=_as_defenders(direct),
        consultation=_as_defenders(consulting),
        partners=partners,
        organisations=sorted({b.via for bs in direct.values() for b in bs if b.via}),
        offset=offset,
        limit=limit,
        totals=totals,
        second_order_by_via={v: n for v, n in by_via.items() if n},
        second_order=chains,
        record_ids=sorted(record_ids),
    )


def page_of(full: Obligations, limit: int, offset: int) -> ObligationsPage:
    """The page of ``full`` from ``offset`` (at most ``limit`` chains), with its totals."""
    chains = full.second_order[offset : offset + limit]
    by_via: dict[str, int] = {}
    for c in full.second_order:
        by_via[c.via] = by_via.get(c.via, 0) + 1
    shown = [b for d in (*full.defenders, *full.consultation) for b in d.bonds]
    shown += [b for c in chains for b in c.steps]
    record_ids = {i for b in shown for i in b.record_ids} | {p.agreement_id for p in full.partners}
    return ObligationsPage(
        target=full.target,
        name=full.name,
        as_of=full.as_of,
        defenders=full.defenders,
        consultation=full.consultation,
        partners=full.partners,
        organisations=full.organisations,
        offset=offset,
        limit=limit,
        totals={
            "defenders": len(full.defenders),
            "consultation": len(full.consultation),
            "partners": len(full.partners),
            "second_order": len(full.second_order),
            "second_order_actors": len({c.actor for c in full.second_order}),
        },
        second_order_by_via={v: by_via[v] for v in sorted(by_via)},
        second_order=chains,
        record_ids=sorted(record_ids),
    )


def _second_order_pairs(
    index: _Bonds, target: str, direct: dict[str, list[Bond]]
) -> dict[tuple[str, str], _Pair]:
    """(actor, defender) -> what binds the actor to defend that defender of ``target``, for
    every actor neither the target nor one of its defenders: the chains of the full answer
    are, per pair in sorted order, its bonds times the defender's bonds to the target."""
    skip = {target, *direct}
    out: dict[tuple[str, str], _Pair] = {}
    as_of = index.as_of
    # Bonds under the collective-defence treaties of the table: a few per defender.
    for via in direct:
        for bond in index.treaty_bonds(via):
            if bond.bound not in skip:
                out.setdefault((bond.bound, via), ([], []))[1].append(bond)
    orgs = organisations_by_member(as_of)
    parties = {p for via in direct for p in (via, *orgs.get(via, ()))}
    cache: dict[str, frozenset[str]] = {}
    plain: dict[str, bool] = {}  # party -> whether it stands for itself alone
    vias = frozenset(direct)
    ids_of: dict[tuple[str, str], list[str]] = defaultdict(list)
    for record_id, ends in index.defence_parties(parties).items():
        if len(ends) == 2:
            one, other = ends
            for p in (one, other):
                if p not in plain:
                    plain[p] = index.side(p, cache) == frozenset((p,))
            if plain[one] and plain[other]:
                # Two parties, neither an organisation: most treaties.
                if other in vias and one not in skip:
                    ids_of[(one, other)].append(record_id)
                if one in vias and other not in skip:
                    ids_of[(other, one)].append(record_id)
                continue
        sides = [index.side(p, cache) for p in sorted(ends)]
        bound_to: set[tuple[str, str]] = set()
        for i, side in enumerate(sides):
            protected = side & vias
            if not protected:
                continue
            others = frozenset().union(*(s for j, s in enumerate(sides) if j != i))
            for actor in others - skip:
                bound_to.update((actor, via) for via in protected if via != actor)
        for key in bound_to:
            ids_of[key].append(record_id)
    for key, ids in ids_of.items():
        out.setdefault(key, ([], []))[0].extend(ids)
    return out


def _page(
    index: _Bonds,
    direct: dict[str, list[Bond]],
    pairs: dict[tuple[str, str], _Pair],
    chains_in: dict[tuple[str, str], int],
    limit: int,
    offset: int,
) -> list[Chain]:
    """The chains ``offset`` to ``offset + limit`` in the full answer's order: the pairs
    sorted by actor and defender, each pair's chains the product of its bonds and the
    defender's bonds to the target, both sorted by agreement."""
    wanted: list[tuple[tuple[str, str], int, int]] = []  # pair, first chain, end (in pair)
    start, end, seen = offset, offset + limit, 0
    for key in sorted(pairs):
        n = chains_in[key]
        if seen + n > start and seen < end:
            wanted.append((key, max(start - seen, 0), min(end - seen, n)))
        seen += n
        if seen >= end:
            break
    if not wanted:
        return []
    ids = sorted({i for key, _, _ in wanted for i in pairs[key][0]})
    agreements = {a.id: a for a in index._load(ids)}
    built: dict[tuple[str, str, str], Bond] = {}  # (record id, bound, defender) -> bond
    chains: list[Chain] = []
    for (actor, via), first, last in wanted:
        ids, treaties = pairs[(actor, via)]
        to_via = list(treaties)
        for i in ids:
            key = (i, actor, via)
            if key not in built:
                a = agreements[i]
                found = bonds_of(
                    a, DEFENCE, index.as_of, index.accessions, {via}, members=index.members
                )
                for bond in found:
                    built[(i, bond.bound, via)] = bond
            to_via.append(built[key])
        to_via.sort(key=Bond.sort_key)
        name = actor_info(actor).name
        product = itertools.product(to_via, direct[via])
        for one, then in itertools.islice(product, first, last):
            chains.append(Chain(actor, name, via, [one, then]))
    return chains
