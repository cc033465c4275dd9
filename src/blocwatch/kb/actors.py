"""An actor's profile (names seen, agreements, partners, claims by role, measures) and its
timeline (dated events on both clocks: valid time and reported time)."""

from __future__ import annotations

import re

from sqlalchemy import Connection, and_, select

from ..base import dates
from ..base.lexicon import Lexicon
from ..kinds import KINDS
from ..store.schema import claim_parties, evidence
from . import validate
from .agreements import find_agreements
from .claims import find_claims, load_claims
from .measures import find_measures
from .records import ActorProfile, Records, TimelineEvent

# Sentences read to find the names an actor goes by: enough for a profile, bounded.
NAME_SAMPLE = 5000


def actor_profile(conn: Connection, code: str) -> ActorProfile:
    """Everything the knowledge base holds about ``code``. Raises BlocwatchError for an
    unknown code."""
    from ..base.lexicon import load_lexicon

    code = validate.actor(code)
    lex = load_lexicon()
    names, people = _names_seen(conn, code, lex)
    agreements = find_agreements(conn, party=[code])
    partners: dict[str, int] = {}
    for a in agreements:
        for p in a.parties:
            if p != code:
                partners[p] = partners.get(p, 0) + 1
    by_role = {
        "subject": find_claims(conn, subject=code),
        "claimant": find_claims(conn, claimant=code),
        "beneficiary": find_claims(conn, beneficiary=code),
    }
    return ActorProfile(
        code=code,
        name=lex.names.get(code, code),
        kind=lex.types.get(code, ""),
        region=lex.regions.get(code) or None,
        names_seen=names,
        people_seen=people,
        agreements=agreements,
        partners=dict(sorted(partners.items(), key=lambda kv: (-kv[1], kv[0]))),
        claims_as_subject=by_role["subject"],
        claims_as_claimant=by_role["claimant"],
        claims_as_beneficiary=by_role["beneficiary"],
        claims_denied=find_claims(conn, denied_by=code),
        claims_acknowledged=load_claims(conn, _claim_ids(conn, code, "acknowledger")),
        measures=find_measures(conn, actor=code),
    )


def _claim_ids(conn: Connection, code: str, role: str) -> list[str]:
    query = select(claim_parties.c.claim_id).where(
        claim_parties.c.actor == code, claim_parties.c.role == role
    )
    return list(conn.execute(query.order_by(claim_parties.c.claim_id)).scalars())


def _sentences(conn: Connection, code: str) -> list[str]:
    """Evidence sentences of the records the actor is part of (a bounded sample)."""
    out: dict[tuple[str, int, str], str] = {}
    for k in KINDS:
        fact_type, parties, sources, fk = k.name, k.table("parties"), k.table("sources"), k.fk
        records = select(parties.c[fk]).where(parties.c.actor == code)
        reports = select(sources.c.report_id).where(sources.c[fk].in_(records))
        query = (
            select(evidence.c.doc_id, evidence.c.start, evidence.c.sentence)
            .where(and_(evidence.c.fact_type == fact_type, evidence.c.fact_id.in_(reports)))
            .limit(NAME_SAMPLE)
        )
        for doc_id, start, sentence in conn.execute(query):
            out[(doc_id, start, sentence)] = sentence
    return list(out.values())[:NAME_SAMPLE]


def _names_seen(conn: Connection, code: str, lex: Lexicon) -> tuple[dict[str, int], dict[str, int]]:
    """How often each name the lexicon knows for ``code`` occurs in the sentences behind its
    records: the actor's own names (its name, aliases, capital or seat of government), and
    apart from them the people who spoke or acted for it (officials, leaders)."""
    forms = {alias for alias, (c, _) in lex.aliases.items() if c == code}
    forms.add(lex.names.get(code, code))
    people = {name for name, terms in lex.officials.items() if any(t.code == code for t in terms)}
    sentences = _sentences(conn, code)
    return _counted(forms - people, sentences), _counted(people, sentences)


def _counted(forms: set[str], sentences: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for form in sorted(forms):
        pattern = re.compile(rf"(?<!\w){re.escape(form)}(?!\w)")
        n = sum(len(pattern.findall(s)) for s in sentences)
        if n:
            counts[form] = n
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _flow(subject: list[str], beneficiary: list[str]) -> str:
    return f"{'+'.join(subject)} -> {'+'.join(beneficiary)}" if beneficiary else "+".join(subject)


def timeline(conn: Connection, code: str) -> Records:
    """The dated events that involve ``code``, oldest first: every registered kind's, by its
    ``timeline`` hook (lifecycle steps of agreements and figures of series' periods on the
    valid clock; stances on claims and undated figures on the reported clock). Undated
    steps are left out."""
    code = validate.actor(code)
    events: list[TimelineEvent] = []
    for k in KINDS:
        if k.timeline:
            events.extend(k.hook("timeline")(conn, code))
    events.sort(key=lambda e: (dates.sort_key(e.date), e.time, e.kind, e.record_id))
    return Records(events)


def agreement_timeline(conn: Connection, code: str) -> list[TimelineEvent]:
    """The dated lifecycle steps of the agreements ``code`` is a party to."""
    events: list[TimelineEvent] = []
    for a in find_agreements(conn, party=[code]):
        label = a.name or a.kind
        others = [p for p in a.parties if p != code]
        for e in a.events:
            if e["date"]:
                events.append(
                    TimelineEvent(
                        date=e["date"],
                        time="valid",
                        kind=e["kind"],
                        record_id=a.id,
                        summary=f"{e['kind']}: {label} with {', '.join(others) or '-'}",
                        actors=list(a.parties),
                        doc_ids=e["doc_ids"],
                        conflict=e["conflict"],
                    )
                )
    return events


def claim_timeline(conn: Connection, code: str) -> list[TimelineEvent]:
    """The reported stances on the claims ``code`` is part of (in any role)."""
    events: list[TimelineEvent] = []
    claim_ids = sorted(
        set(
            conn.execute(
                select(claim_parties.c.claim_id).where(claim_parties.c.actor == code)
            ).scalars()
        )
    )
    for c in load_claims(conn, claim_ids):
        grouped: dict[tuple[str, str], tuple[list[str], list[str]]] = {}
        for entry in c.ledger:
            if not entry["reported"]:
                continue
            actors, docs = grouped.setdefault((entry["reported"], entry["stance"]), ([], []))
            name = entry["actor"] or "(outlet)"
            if name not in actors:
                actors.append(name)
            if entry["doc_id"] not in docs:
                docs.append(entry["doc_id"])
        for (reported, stance), (actors, docs) in grouped.items():
            events.append(
                TimelineEvent(
                    date=reported,
                    time="reported",
                    kind=f"claim {stance}",
                    record_id=c.id,
                    summary=f"{', '.join(actors)} {stance}: {_flow(c.subject, c.beneficiary)}"
                    f" {c.action}",
                    actors=[a for a in actors if a != "(outlet)"],
                    doc_ids=docs,
                )
            )
    return events


def measure_timeline(conn: Connection, code: str) -> list[TimelineEvent]:
    """The figures of the series ``code`` is in: by period, else by report date."""
    events: list[TimelineEvent] = []
    for m in find_measures(conn, actor=code):
        for p in m.points:
            date = p["period"] or p["reported"]
            if not date:
                continue
            events.append(
                TimelineEvent(
                    date=date,
                    time="valid" if p["period"] else "reported",
                    kind="measure",
                    record_id=m.id,
                    summary=f"{m.metric} {'-'.join(m.actors)}: {p['value']:,.6g} {m.unit}",
                    actors=list(m.actors),
                    doc_ids=p["doc_ids"],
                    conflict=p["conflict"],
                )
            )
    return events
