"""Obligations: if X is attacked, who is bound to come to its aid, and why.

A *bond* is one actor bound to aid another under one agreement in force on the date (in force
as the knowledge base reads it: signed, or otherwise started, and not ended; ``in_force``
says whether its entry into force was reported by then). Bonds run between the parties of an
agreement with a defence clause (:func:`.weights.has_defence`), every party to every other:

- a state party is bound itself;
- an organisation party stands for its members on the date, read from the lexicon's
  membership table (``lang/shared/members.tsv``; each member's row and the table's source
  are cited). Members of one organisation are not bound to each other by an agreement the
  organisation signs with someone else, only to that someone;
- an accession (a state joining an organisation, e.g. Finland and NATO) binds the joining
  state and the organisation's other members on the date to each other; the state's
  membership is cited from the accession agreement's sources;
- an organisation whose founding treaty has a collective-defence clause (the table
  ``analyse/collective_defence.tsv``: NATO's Article 5, the CSTO's Article 4, the EU's Article
  42(7)) binds its members on the date to each other. Such a bond has no knowledge-base
  record (``agreement_id`` None); its ``treaty`` names the treaty, article and the table's
  source, and ``membership`` cites both members' rows of the membership table. The news may
  add its own bond for the same pair (Finland's accession, with the articles reporting it).

For a target X the report lists:

- ``defenders``: actors with a bond to X under a defence clause, each bond with its
  agreement, the article of the text its sources cite ("Article 4"), how the actors belong to
  the organisation it runs through, and its sources (the documents stating the clause and
  their sentences about it, :mod:`.evidence`);
- ``consultation``: actors bound only to consult with X (agreements in force with the
  provision ``consultation`` and no defence clause), when not already defenders;
- ``second_order``: chains A -> B -> X where B is a defender of X and A is bound to defend B
  (A neither X nor a defender of X itself), each step a bond;
- ``partners``: the other parties of X's remaining agreements in force, with no defence or
  consultation clause (``defense`` false where the sources deny one), so that a treaty that
  does *not* bind is shown as such; never an actor already listed as bound (a treaty that
  has been replaced is in force on no date from its successor's start).

:func:`conflicting_commitments` answers "if Y attacks X, who is bound to both sides?": actors
with a direct defence bond to the target and one to the attacker, and any bond of the attacker
itself to the target.
"""

from __future__ import annotations

import itertools
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import Connection, Text, cast, or_, select

from ..base import dates
from ..base.collection import gc_paused
from ..kb import validate
from ..kb.agreements import load_agreements
from ..kb.records import AgreementRecord
from ..kb.sources import sources_by_record
from ..store.driver import driver_rows as store_rows
from ..store.schema import agreements as agreement_table
from ..store.schema import edge_spans
from . import weights
from .common import actor_info, as_of_date, connection, state, unique
from .evidence import articles, commitment_sources
from .membership import (
    DEFENCE_TABLE,
    MEMBERS_TABLE,
    CollectiveDefence,
    Membership,
    collective_defence_on,
    known_organisation,
    members_on,
    organisations_of,
)
from .network import driver_rows, holding_on

DEFENCE = "defence"
CONSULTATION = "consultation"


@dataclass
class Bond:
    """``bound`` is bound to aid ``protects`` under agreement ``agreement_id`` (None: under an
    organisation's collective-defence treaty, named in ``treaty``, from its table).

    ``in_force``: True when the agreement's entry into force was reported on or before the
    date (or it is an accession), False when reported for a later date (signed, not yet in
    force), None when no source reports it. ``via``: the organisation the bond runs through
    (a party standing for its members); ``membership`` then says how each side belongs to it
    (basis "accession": the agreement itself, with its documents; basis "members table": the
    row of members.tsv and its source). ``contradicted_by``: documents that deny the clause
    where the sources disagree."""

    bound: str
    protects: str
    clause: str  # defence | consultation
    agreement_id: str | None
    agreement: str
    kind: str
    signed: str | None
    in_force_from: str | None
    in_force: bool | None
    via: str | None = None
    membership: list[dict[str, Any]] = field(default_factory=list)
    article: str | None = None
    articles: list[str] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)
    contradicted_by: list[str] = field(default_factory=list)
    treaty: dict[str, Any] | None = None

    @property
    def record_ids(self) -> list[str]:
        """The knowledge-base records behind the bond: its agreement and accessions cited
        for membership."""
        extra = [m["record_id"] for m in self.membership if m.get("record_id")]
        return unique(i for i in [self.agreement_id, *extra] if i)

    def sort_key(self) -> tuple:
        # Agreements of the knowledge base first (by id), then treaties of the table.
        return (self.agreement_id is None, self.agreement_id or "", self.agreement)


@dataclass
class Defender:
    """An actor bound to aid the target, with every bond that binds it (one per agreement)."""

    actor: str
    name: str
    bonds: list[Bond]


@dataclass
class Chain:
    """A second-order commitment: ``steps`` are [actor -> via, via -> target]."""

    actor: str
    name: str
    via: str
    steps: list[Bond]


@dataclass
class Partner:
    """A party of an agreement in force with the target that binds to neither defence nor
    consultation (``defense`` false: its sources deny a defence clause)."""

    actor: str
    name: str
    agreement_id: str
    agreement: str
    defense: bool | None
    tier: str
    sources: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Obligations:
    """Who is bound to come to ``target``'s aid on ``as_of`` (see the module docstring).
    ``organisations``: the organisations whose collective defence covers the target (a
    defender's bond runs through them)."""

    target: str
    name: str
    as_of: str
    defenders: list[Defender]
    consultation: list[Defender]
    second_order: list[Chain]
    partners: list[Partner]
    organisations: list[str]
    record_ids: list[str]
    membership_table: str = MEMBERS_TABLE
    defence_table: str = DEFENCE_TABLE

    def defender(self, code: str) -> Defender | None:
        return next((d for d in self.defenders if d.actor == code), None)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Conflict:
    """An actor bound to defend both the target and the attacker."""

    actor: str
    name: str
    to_target: list[Bond]
    to_attacker: list[Bond]


@dataclass
class ConflictingCommitments:
    """If ``attacker`` attacks ``target`` on ``as_of``: the actors bound to both
    (``conflicts``), the attacker's own bonds to the target, and each side's defenders."""

    attacker: str
    target: str
    as_of: str
    conflicts: list[Conflict]
    attacker_bound_to_target: list[Bond]
    target_defenders: list[Defender]
    attacker_defenders: list[Defender]
    record_ids: list[str]
    membership_table: str = MEMBERS_TABLE
    defence_table: str = DEFENCE_TABLE

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# --- bonds --------------------------------------------------------------------------------


def _in_force(a: AgreementRecord, as_of: str) -> bool | None:
    if a.kind == "accession":
        return True  # membership begins on joining
    if a.in_force_from:
        return dates.first_day(a.in_force_from) <= dates.last_day(as_of)
    return None


def _accession_membership(a: AgreementRecord, code: str, org: str) -> dict[str, Any]:
    return {
        "actor": code,
        "org": org,
        "basis": "accession",
        "record_id": a.id,
        "joined": a.signed or a.valid_from,
    }


def _table_membership(m: Membership, accessions: dict[tuple[str, str], str]) -> dict[str, Any]:
    return {
        "actor": m.member,
        "org": m.org,
        "basis": "members table",
        "joined": m.joined,
        "left": m.left,
        "source": m.source,
        "table": m.table,
        # Where the knowledge base also holds the member's accession, it is cited too.
        "record_id": accessions.get((m.member, m.org)),
    }


# (actor, via org, how it belongs: its row of the members table, or the accession's
# citation); a row becomes its citation only in a bond (an organisation's side is its members).
Side = list[tuple[str, str | None, Membership | dict[str, Any] | None]]


def _sides(
    a: AgreementRecord,
    as_of: str,
    accessions: dict[tuple[str, str], str],
    members: dict[str, Side] | None = None,
) -> list[Side]:
    """Each party of ``a`` as the actors it stands for on the date (``members``: the sides
    of organisations met so far, on that date)."""
    from ..base.lexicon import load_lexicon

    lex = load_lexicon()
    parties = sorted(set(a.parties))
    orgs = [p for p in parties if lex.types.get(p) == "organisation"]
    sides: list[Side] = []
    members = {} if members is None else members
    for party in parties:
        if party in orgs and known_organisation(party):
            if party not in members:
                members[party] = [(m.member, party, m) for m in members_on(party, as_of)]
            sides.append(members[party])
        elif a.kind == "accession" and len(orgs) == 1 and party not in orgs:
            sides.append([(party, orgs[0], _accession_membership(a, party, orgs[0]))])
        else:
            sides.append([(party, None, None)])
    return sides


def _cited(how: Membership | dict[str, Any] | None, accessions) -> dict[str, Any] | None:
    if isinstance(how, Membership):
        return _table_membership(how, accessions)
    return how


def bonds_of(
    a: AgreementRecord,
    clause: str,
    as_of: str,
    accessions: dict[tuple[str, str], str],
    protecting: set[str] | None = None,
    ignoring: frozenset[str] = frozenset(),
    members: dict[str, Side] | None = None,
) -> list[Bond]:
    """Every bond agreement ``a`` creates on ``as_of`` (both ways between the actors of
    every two of its parties), without sources; only those protecting an actor of
    ``protecting``, when given, and none binding an actor of ``ignoring`` (``members``: a
    cache of organisations' members on the date, kept by the caller)."""
    out: dict[tuple[str, str], Bond] = {}
    for left, right in itertools.combinations(_sides(a, as_of, accessions, members), 2):
        # With ``protecting``, an actor of neither is paired only with those of it (in the
        # same order: where a pair is met twice, the first meeting gives the bond).
        guarded = right if protecting is None else [x for x in right if x[0] in protecting]
        for u, via_u, how_u in left:
            pairs = right if protecting is None or u in protecting else guarded
            for v, via_v, how_v in pairs:
                if u == v:
                    continue
                for bound, protects, hows in ((u, v, (how_u, how_v)), (v, u, (how_v, how_u))):
                    if (bound, protects) in out:
                        continue
                    if protecting is not None and protects not in protecting:
                        continue
                    if bound in ignoring:
                        continue
                    cited = [_cited(h, accessions) for h in hows]
                    out[(bound, protects)] = Bond(
                        bound=bound,
                        protects=protects,
                        clause=clause,
                        agreement_id=a.id,
                        agreement=a.name or a.kind,
                        kind=a.kind,
                        signed=a.signed,
                        in_force_from=a.in_force_from,
                        in_force=_in_force(a, as_of),
                        via=via_u or via_v,
                        membership=[h for h in cited if h],
                    )
    return [out[k] for k in sorted(out)]


def treaty_bonds(treaty: CollectiveDefence, as_of: str, protects: str | None = None) -> list[Bond]:
    """The bonds an organisation's collective-defence treaty creates on ``as_of``: every
    member on the date bound to every other, each side's membership cited from the table
    (only those protecting ``protects``, when given)."""
    members = members_on(treaty.org, as_of)
    basis = {
        "org": treaty.org,
        "treaty": treaty.treaty,
        "article": treaty.article,
        "in_force": treaty.in_force,
        "source": treaty.source,
        "table": treaty.table,
    }
    out = []
    pairs = itertools.permutations(members, 2)
    if protects is not None:
        # In the same order: each member bound to the one protected.
        pairs = ((u, v) for v in members if v.member == protects for u in members if u is not v)
    for u, v in pairs:
        out.append(
            Bond(
                bound=u.member,
                protects=v.member,
                clause=DEFENCE,
                agreement_id=None,
                agreement=treaty.treaty,
                kind="treaty",
                signed=None,
                in_force_from=treaty.in_force,
                in_force=True,
                via=treaty.org,
                membership=[_table_membership(m, {}) for m in (u, v)],
                article=treaty.article,
                articles=[treaty.article],
                treaty=dict(basis),
            )
        )
    return out


def _accessions(agreements: list[AgreementRecord]) -> dict[tuple[str, str], str]:
    """(state, organisation) -> id of the accession agreement in force, from ``agreements``."""
    return _accession_map((a.id, a.parties) for a in agreements if a.kind == "accession")


def _accession_map(found: Iterable[tuple[str, list[str]]]) -> dict[tuple[str, str], str]:
    """(state, organisation) -> the least id of the accessions ``found`` (id, parties)
    with one organisation among their parties that the state joined."""
    from ..base.lexicon import load_lexicon

    types = load_lexicon().types
    out: dict[tuple[str, str], str] = {}
    for record_id, parties in sorted(found):
        orgs = [p for p in parties if types.get(p) == "organisation"]
        for p in parties:
            if p not in orgs and len(orgs) == 1:
                out.setdefault((p, orgs[0]), record_id)
    return out


def _accessions_on(conn: Connection, as_of: str, floor: float | None) -> dict[tuple[str, str], str]:
    """:func:`_accessions` of the accessions in force on ``as_of`` (of at least confidence
    ``floor``), their ids and parties read alone (through ``ix_agreements_kind_day``)."""
    a = agreement_table.c
    # The parties as their JSON text, parsed in one go: thousands of accessions on a late
    # day, where PostgreSQL's driver parsed each value on its own (and SQLAlchemy made a
    # row of each).
    query = select(a.id, cast(a.parties, Text)).where(
        a.kind == "accession",
        a.start_day <= dates.last_day(as_of),
        or_(a.end_day.is_(None), a.end_day >= dates.first_day(as_of)),
    )
    if floor is not None:
        query = query.where(a.confidence >= floor)
    rows = list(store_rows(conn, query))
    parties = json.loads("[" + ",".join([p for _, p in rows]) + "]")
    return _accession_map(zip([i for i, _ in rows], parties, strict=True))


_MAY_CONSULT = ("non-aggression", CONSULTATION)
# The tiers whose agreements bind neither to defend nor to consult.
_NOT_CONSULT = tuple(name for name, _ in weights.TIERS if name not in (DEFENCE, *_MAY_CONSULT))


class _Bonds:
    """The bonds of agreements in force on a date, read for one actor at a time from the
    as-of index (``edge_spans``): the defence edges of the day (read once, from the index
    by tier) that touch the actor or an organisation it belongs to, and the agreements that
    involve it. Records come without their lifecycle events (bonds read parties,
    provisions and dates only)."""

    def __init__(self, conn: Connection, as_of: str, min_confidence: float | None = None):
        self.conn = conn
        self.as_of = as_of
        self.floor = validate.min_confidence(min_confidence)  # records below it: left out
        self.accessions = _accessions_on(conn, as_of, self.floor)
        # Records read so far (an accession is read only when a bond runs under it).
        self.agreements: dict[str, AgreementRecord] = {}
        self._loaded: set[str] = set()
        self.members: dict[str, Side] = {}  # organisation -> its side on the date
        # Defence bonds by whom they protect, for each actor covered: those of the treaties
        # of the table and those of the agreements that protect it (an agreement read for
        # several actors gives each only the bonds protecting it).
        self._treaties = collective_defence_on(as_of)
        self._protecting: dict[str, list[Bond]] = {}
        self._covered: set[str] = set()
        self._defence: dict[str, set[str]] | None = None
        self._parties: dict[str, set[str]] = {}

    def _defence_ids(self, parties: set[str]) -> list[str]:
        """Ids of the agreements with a defence clause in force tying one of ``parties`` to
        anyone: the day's defence edges read once from the index (``ix_edge_spans_tier``),
        then looked up by party."""
        if self._defence is None:
            s = edge_spans.c
            query = select(s.record_id, s.source, s.target).where(
                s.edge_kind == "agreement", s.label == DEFENCE, *holding_on(self.as_of)
            )
            # Tens of thousands of rows on a late day: no empty set made per row.
            defence: defaultdict[str, set[str]] = defaultdict(set)
            ends_of = self._parties
            for record_id, source, target in driver_rows(self.conn, query, "ix_edge_spans_tier"):
                defence[source].add(record_id)
                defence[target].add(record_id)
                # A row per pair of parties: together they name every party of the record.
                ends = ends_of.get(record_id)
                if ends is None:
                    ends_of[record_id] = {source, target}
                else:
                    ends.add(source)
                    ends.add(target)
            self._defence = dict(defence)
        return sorted({i for p in parties for i in self._defence.get(p, ())})

    def defence_parties(self, parties: set[str]) -> dict[str, set[str]]:
        """Record id -> its parties, for every agreement with a defence clause in force
        tying one of ``parties`` to anyone (from the day's defence edges, records unread)."""
        return {i: self._parties[i] for i in self._defence_ids(parties)}

    def _ends(self, parties: set[str], labels: tuple[str, ...]) -> dict[str, set[str]]:
        """Record id -> its parties, for the agreements in force of a tier of ``labels``
        tying one of ``parties`` to anyone (from the index, by source, then by target: each
        from its own index; a party's rows name every other party of its agreement)."""
        s = edge_spans.c
        found: dict[str, set[str]] = {}
        for end in (s.source, s.target):
            query = select(s.record_id, s.source, s.target).where(
                s.edge_kind == "agreement",
                end.in_(sorted(parties)),
                *holding_on(self.as_of),
                s.label.in_(labels),
            )
            index = f"ix_edge_spans_{end.name}_tier"
            for record_id, source, target in driver_rows(self.conn, query, index):
                found.setdefault(record_id, set()).update((source, target))
        return found

    def _load(self, ids: list[str]) -> list[AgreementRecord]:
        # each record read once, kept or not (one below the floor is not read again)
        missing = [i for i in ids if i not in self._loaded]
        self._loaded.update(missing)
        for a in self._confident(load_agreements(self.conn, missing, full=False)):
            self.agreements[a.id] = a
        return [self.agreements[i] for i in ids if i in self.agreements]

    def _confident(self, found: list[AgreementRecord]) -> list[AgreementRecord]:
        """``found`` without the records below the confidence floor (all when none)."""
        return [a for a in found if self.floor is None or a.confidence >= self.floor]

    def cover(self, codes: list[str], ignoring: frozenset[str] = frozenset()) -> None:
        """Read the agreements with a defence clause in force whose parties include one of
        ``codes`` or an organisation it belongs to, and index their bonds protecting
        ``codes`` (a bond protects an actor only under an agreement that names it or an
        organisation it belongs to: those are all read here), but none binding an actor of
        ``ignoring`` (bonds the caller will not look at)."""
        new = {c for c in codes if c not in self._covered}
        if not new:
            return
        for code in sorted(new):
            self._protecting.setdefault(code, []).extend(self.treaty_bonds(code))
        parties = {p for c in new for p in (c, *organisations_of(c, self.as_of))}
        for a in self._load(self._defence_ids(parties)):
            for bond in bonds_of(
                a, DEFENCE, self.as_of, self.accessions, new, ignoring, self.members
            ):
                self._protecting.setdefault(bond.protects, []).append(bond)
        self._covered |= new

    def treaty_bonds(self, code: str) -> list[Bond]:
        """The bonds protecting ``code`` under the collective-defence treaties of the table."""
        return [b for t in self._treaties for b in treaty_bonds(t, self.as_of, code)]

    def protecting(self, code: str) -> list[Bond]:
        """Every defence bond protecting ``code`` on the date: under the agreements with a
        defence clause whose parties include it or an organisation it belongs to, and under
        the collective-defence treaties of the table (in no particular order)."""
        self.cover([code])
        return self._protecting.get(code, [])

    def defenders(self, code: str) -> dict[str, list[Bond]]:
        """Actor -> its defence bonds to ``code``, sorted by actor."""
        out: dict[str, list[Bond]] = {}
        for bond in self.protecting(code):
            out.setdefault(bond.bound, []).append(bond)
        return {k: sorted(v, key=Bond.sort_key) for k, v in sorted(out.items())}

    def involving(self, code: str, aside: frozenset[str]) -> tuple[list, list]:
        """The agreements in force without a defence clause that may bind an actor not of
        ``aside`` to consult with ``code``: those of a tier that may hold a consultation
        clause (consultation, or non-aggression above it) tying ``code``, or an organisation
        it belongs to on the date (or acceded to), to such an actor; and, apart, (party,
        record id) for the other parties of ``code``'s remaining agreements in force, by
        record id (their records unread)."""
        orgs = _organisations_of(code, self.as_of, self.accessions)
        own = self._ends({code}, _MAY_CONSULT)
        through = self._ends(set(orgs), _MAY_CONSULT) if orgs else {}
        cache: dict[str, frozenset[str]] = {}
        consult = sorted(
            {*own, *(i for i, ends in through.items() if _may_bind(ends, code, aside, self, cache))}
        )
        rest = self._ends({code}, _NOT_CONSULT)
        others = [(p, i) for i in sorted(rest) for p in sorted(rest[i] - {code})]
        return self._load(consult), others

    def side(self, party: str, cache: dict[str, frozenset[str]]) -> frozenset[str]:
        """The actors ``party`` stands for on the date (as :func:`_sides`: an organisation
        of the membership table stands for its members, any other party for itself);
        ``cache``: the sides met so far, by party."""
        side = cache.get(party)
        if side is None:
            from ..base.lexicon import load_lexicon

            if load_lexicon().types.get(party) == "organisation" and known_organisation(party):
                side = frozenset(m.member for m in members_on(party, self.as_of))
            else:
                side = frozenset((party,))
            cache[party] = side
        return side


def _may_bind(
    parties: set[str], code: str, aside: frozenset[str], index: _Bonds, cache: dict
) -> bool:
    """Whether an agreement of ``parties`` binds an actor neither ``code`` nor of ``aside``
    to ``code`` (the two on different sides)."""
    sides = [index.side(p, cache) for p in parties]
    for i, side in enumerate(sides):
        if code in side:
            for j, other in enumerate(sides):
                if j != i and other - aside - {code}:
                    return True
    return False


def _organisations_of(code: str, as_of: str, accessions: dict[tuple[str, str], str]) -> list[str]:
    """The table's organisations of ``code`` on the date, and those it acceded to."""
    orgs = set(organisations_of(code, as_of))
    orgs |= {org for (member, org) in accessions if member == code}
    return sorted(orgs)


# --- sources ------------------------------------------------------------------------------


def _attach_sources(conn: Connection, bonds: list[Bond], agreements: dict[str, AgreementRecord]):
    """Fill in each bond's sources, articles and contradicting documents."""
    ids = sorted({b.agreement_id for b in bonds if b.agreement_id})
    sentences = sources_by_record(conn, "agreement", ids) if ids else {}
    cache: dict[tuple[str, str], tuple[list, list[str], list[str]]] = {}
    for b in bonds:
        if b.agreement_id is None:
            continue  # a treaty of the table: its basis is cited in b.treaty
        key = (b.agreement_id, b.clause)
        if key not in cache:
            cache[key] = _sources_of(agreements[b.agreement_id], b.clause, sentences)
        b.sources, b.articles, b.contradicted_by = (list(x) for x in cache[key])
        b.article = b.articles[0] if b.articles else None


def _stating(found: list, value: bool) -> set[int]:
    return {s.report_id for s in found if s.states.get("defense") is value}


def _sources_of(a: AgreementRecord, clause: str, sentences: dict) -> tuple[list, list, list]:
    found = sentences.get(a.id, [])
    stating = _stating(found, True) if clause == DEFENCE else None
    docs = commitment_sources(found, clause, stating)
    cited = articles([s for d in docs for s in d["sentences"]])
    denying = []
    if clause == DEFENCE and a.defense_conflict:
        denies = _stating(found, False)
        denying = sorted({s.doc_id for s in found if s.report_id in denies})
    return docs, cited, denying


# --- the questions ------------------------------------------------------------------------


def obligations(
    source: Any, target: str, as_of: str | None = None, min_confidence: float | None = None
) -> Obligations:
    """If ``target`` (a state) is attacked on ``as_of`` (default today), who is bound to
    come to its aid: defenders, consultation-only partners, second-order chains and the
    partners bound to neither, each with its agreements and sources; agreements of less
    than ``min_confidence`` are left out (collective-defence treaties read from the
    membership tables are not records and always count). Raises BlocwatchError for an
    unknown code, an organisation, or a bad date or confidence."""
    target = state(target, "target")
    as_of = as_of_date(as_of)
    floor = validate.min_confidence(min_confidence)
    # Tens of thousands of chains and their bonds, none of them garbage: no collection
    # walks them.
    with gc_paused():
        return _obligations_of_day(source, target, as_of, floor)


def _obligations_of_day(source: Any, target: str, as_of: str, floor: float | None) -> Obligations:
    """:func:`obligations`, its arguments checked."""
    with connection(source) as conn:
        index = _Bonds(conn, as_of, floor)
        direct = index.defenders(target)
        # Of the bonds protecting a defender, a chain takes only those of the others.
        index.cover(list(direct), ignoring=frozenset([target, *direct]))
        chains: list[Chain] = []
        # Tens of thousands of chains for a state of many allies: each name is looked up
        # once, and the chains are sorted by actor and via only. Within one (actor, via),
        # the product of two lists sorted by bond (defenders() sorts them) is already in
        # (first step, second step) order, and the sort is stable.
        names: dict[str, str] = {}
        for via, to_target in direct.items():
            for actor, to_via in index.defenders(via).items():
                if actor == target or actor in direct:
                    continue
                if actor not in names:
                    names[actor] = actor_info(actor).name
                for first, then in itertools.product(to_via, to_target):
                    chains.append(Chain(actor, names[actor], via, [first, then]))
        chains.sort(key=lambda c: (c.actor, c.via))
        consulting, partners = first_order_rest(conn, index, target, direct)
        bonds = [b for bs in direct.values() for b in bs]
        bonds += [b for c in chains for b in c.steps]
        bonds += [b for bs in consulting.values() for b in bs]
        # A bond is in many chains: each one once.
        bonds = list({id(b): b for b in bonds}.values())
        _attach_sources(conn, bonds, index.agreements)
    record_ids = {i for b in bonds for i in b.record_ids} | {p.agreement_id for p in partners}
    return Obligations(
        target=target,
        name=actor_info(target).name,
        as_of=as_of,
        defenders=_as_defenders(direct),
        consultation=_as_defenders(consulting),
        second_order=chains,
        partners=partners,
        organisations=sorted({b.via for bs in direct.values() for b in bs if b.via}),
        record_ids=sorted(record_ids),
    )


def first_order_rest(
    conn: Connection, index: _Bonds, target: str, direct: dict[str, list[Bond]]
) -> tuple[dict[str, list[Bond]], list[Partner]]:
    """Beside the defenders ``direct`` of ``target``: who is bound only to consult with it
    (actor -> bonds, consultation sources to be attached) and the partners bound to
    neither (sorted by actor and agreement, with the sources of a denied clause)."""
    as_of = index.as_of
    consulting: dict[str, list[Bond]] = {}
    aside = frozenset(direct)
    may_consult, others = index.involving(target, aside)
    partnered: list[tuple[str, AgreementRecord]] = []
    for a in may_consult:
        if "consultation" in a.provisions:
            # Only the bonds protecting the target, of actors not bound to defend it (an
            # organisation's agreement binds its members to many: those are not built).
            found = bonds_of(
                a, CONSULTATION, as_of, index.accessions, {target}, aside, index.members
            )
            for bond in found:
                consulting.setdefault(bond.bound, []).append(bond)
        elif target in a.parties:
            partnered.extend((p, a) for p in sorted(set(a.parties) - {target}))
    # "Bound to neither" means it: a state bound (or bound to consult) under one agreement
    # is no unbound partner under another on the same date (a treaty signed but not yet in
    # force beside the one it is to replace). Only agreements with such a partner are read.
    unbound = [(p, i) for p, i in others if p not in direct and p not in consulting]
    found = {a.id: a for a in index._load(sorted({i for _, i in unbound}))}
    partnered += [(p, found[i]) for p, i in unbound if i in found]
    partners = [
        Partner(
            actor=p,
            name=actor_info(p).name,
            agreement_id=a.id,
            agreement=a.name or a.kind,
            defense=a.defense,
            tier=weights.tier(a),
        )
        for p, a in partnered
        if p not in direct and p not in consulting
    ]
    _attach_partner_sources(conn, partners, index.agreements)
    partners.sort(key=lambda p: (p.actor, p.agreement_id))
    return consulting, partners


def _as_defenders(by_actor: dict[str, list[Bond]]) -> list[Defender]:
    return [
        Defender(actor, actor_info(actor).name, sorted(bonds, key=Bond.sort_key))
        for actor, bonds in sorted(by_actor.items())
    ]


def _attach_partner_sources(
    conn: Connection, partners: list[Partner], agreements: dict[str, AgreementRecord]
) -> None:
    # Only a denied defence clause is worth quoting: it is the reason the partner is not bound.
    ids = sorted({p.agreement_id for p in partners if p.defense is False})
    if not ids:
        return
    sentences = sources_by_record(conn, "agreement", ids)
    for p in partners:
        if p.defense is False:
            found = sentences.get(p.agreement_id, [])
            p.sources = commitment_sources(found, DEFENCE, _stating(found, False))


def conflicting_commitments(
    source: Any,
    attacker: str,
    target: str,
    as_of: str | None = None,
    min_confidence: float | None = None,
) -> ConflictingCommitments:
    """If ``attacker`` attacks ``target`` on ``as_of`` (default today): the actors bound by
    a defence clause to both sides, with their bonds to each; the attacker's own bonds to
    the target; and both sides' defenders (agreements of at least ``min_confidence``, as
    :func:`obligations`). Raises BlocwatchError for unknown codes, an organisation, the
    same state on both sides, or a bad date or confidence."""
    from ..errors import BlocwatchError

    attacker = state(attacker, "attacker")
    target = state(target, "target")
    if attacker == target:
        raise BlocwatchError(f"attacker and target are both {target}")
    as_of = as_of_date(as_of)
    floor = validate.min_confidence(min_confidence)
    with connection(source) as conn:
        index = _Bonds(conn, as_of, floor)
        for_target = index.defenders(target)
        for_attacker = index.defenders(attacker)
        own = for_target.pop(attacker, [])
        for_attacker.pop(target, None)
        conflicts = [
            Conflict(code, actor_info(code).name, for_target[code], for_attacker[code])
            for code in sorted(set(for_target) & set(for_attacker))
        ]
        bonds = [b for bs in (*for_target.values(), *for_attacker.values()) for b in bs] + own
        _attach_sources(conn, bonds, index.agreements)
    return ConflictingCommitments(
        attacker=attacker,
        target=target,
        as_of=as_of,
        conflicts=conflicts,
        attacker_bound_to_target=own,
        target_defenders=_as_defenders(for_target),
        attacker_defenders=_as_defenders(for_attacker),
        record_ids=sorted({i for b in bonds for i in b.record_ids}),
    )
