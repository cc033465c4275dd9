"""Builders for knowledge-base tests: documents with hand-made facts, stored in a real SQLite
store through the same calls the pipeline makes (insert, replace_facts, resolve)."""

from __future__ import annotations

from sqlalchemy import Engine, select

from blocwatch.kinds import KINDS
from blocwatch.model import Agreement, Claim, Document, Event, Evidence, Extraction, Measure, Stance
from blocwatch.resolve import resolve_documents
from blocwatch.store import schema
from blocwatch.store.documents import insert_documents
from blocwatch.store.facts import replace_facts

# Every knowledge-base table: report blocks, then each registered kind's records and links.
KB_TABLES = [
    "report_blocks",
    *(table.name for k in KINDS for table in (k.hook("record_table"), *k.links().values())),
]


def span(sentence: str, start: int = 0) -> Evidence:
    return Evidence(start, start + len(sentence), sentence)


def agreement(
    parties,
    signed=None,
    *,
    name=None,
    kind="treaty",
    defense=None,
    place=None,
    provisions=(),
    events=(),
    sentence=None,
) -> Agreement:
    sentence = sentence or f"{' and '.join(parties)} signed a {kind} ({signed or 'undated'})."
    return Agreement(
        parties=list(parties),
        kind=kind,
        name=name,
        signed=signed,
        place=place,
        defense=defense,
        provisions=list(provisions),
        events=[Event(k, d, [span(sentence)]) for k, d in events],
        evidence=[span(sentence)],
        confidence=0.7,
    )


def claim(
    subject,
    beneficiary=(),
    action="arms_transfer",
    *,
    claimant=(),
    what=None,
    denied_by=(),
    acknowledged_by=(),
    sentence=None,
) -> Claim:
    sentence = sentence or f"{', '.join(claimant) or 'Officials'} say {subject[0]} sent {what}."
    stances = [
        Stance(a, "denies", span(f"{a} denied it.", 500 + 20 * i)) for i, a in enumerate(denied_by)
    ] + [
        Stance(a, "acknowledges", span(f"{a} confirmed it.", 700 + 20 * i))
        for i, a in enumerate(acknowledged_by)
    ]
    return Claim(
        claimant=list(claimant),
        subject=list(subject),
        beneficiary=list(beneficiary),
        action=action,
        what=what,
        denied_by=list(denied_by),
        acknowledged_by=list(acknowledged_by),
        hint=sentence[:40],
        stances=stances,
        evidence=[span(sentence)],
        confidence=0.6,
    )


def measure(actors, metric, value, unit="USD", period=None, sentence=None) -> Measure:
    sentence = sentence or f"{metric} between {' and '.join(actors)} was {value} {unit}."
    return Measure(
        actors=list(actors),
        metric=metric,
        value=value,
        unit=unit,
        period=period,
        evidence=[span(sentence)],
        confidence=0.8,
    )


def add_doc(
    engine: Engine,
    doc_id: str,
    published: str | None,
    *facts,
    duplicate_of: str | None = None,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
    resolve: bool = True,
) -> None:
    """Store one document with ``facts`` (agreements, claims, measures) and resolve it, in
    one transaction, as the ingest pipeline does."""
    extraction = Extraction(doc_id=doc_id)
    for f in facts:
        {Agreement: extraction.agreements, Claim: extraction.claims, Measure: extraction.measures}[
            type(f)
        ].append(f)
    with engine.begin() as conn:
        insert_documents(
            conn,
            [
                Document(
                    id=doc_id,
                    text=f"Text of {doc_id}.",
                    title=title or f"Title of {doc_id}",
                    url=url or f"https://news.test/{doc_id}",
                    published=published,
                    source=source or "News Test",
                    duplicate_of=duplicate_of,
                )
            ],
        )
        replace_facts(conn, extraction, "test")
        if resolve:
            resolve_documents(conn, [doc_id])


def replace(engine: Engine, doc_id: str, *facts) -> None:
    """Replace a stored document's facts (as a re-extraction does) and resolve it."""
    extraction = Extraction(doc_id=doc_id)
    for f in facts:
        {Agreement: extraction.agreements, Claim: extraction.claims, Measure: extraction.measures}[
            type(f)
        ].append(f)
    with engine.begin() as conn:
        replace_facts(conn, extraction, "test")
        resolve_documents(conn, [doc_id])


def dump(engine: Engine) -> dict[str, list[tuple]]:
    """Every knowledge-base table's rows, sorted, with report ids replaced by (document,
    rank of the report within its document) so that stores built separately compare."""
    with engine.connect() as conn:
        report_keys = {}
        for fact_type, table in ((k.name, k.hook("report_table")) for k in KINDS):
            rows = conn.execute(select(table.c.id, table.c.doc_id).order_by(table.c.id)).all()
            rank: dict[str, int] = {}
            for report_id, doc_id in rows:
                rank[doc_id] = rank.get(doc_id, 0) + 1
                report_keys[(fact_type, report_id)] = f"{doc_id}#{rank[doc_id]}"
        out = {}
        for name in KB_TABLES:
            table = schema.metadata.tables[name]
            fact_type = next((k.name for k in KINDS if name.startswith(k.name)), None)
            rows = []
            for row in conn.execute(select(table)).mappings():
                row = dict(row)
                if name == "report_blocks":
                    row["report_id"] = report_keys[(row["fact_type"], row["report_id"])]
                elif "report_id" in row:
                    row["report_id"] = report_keys[(fact_type, row["report_id"])]
                rows.append(tuple(sorted((k, repr(v)) for k, v in row.items())))
            out[name] = sorted(rows)
    return out


# Codes the knowledge-base tests use, for a stand-in lexicon while the extractor's actor
# tables are not in the tree (the real lexicon is used whenever it loads).
TEST_ACTORS = {
    "RUS": ("Russia", "state", "Europe"),
    "PRK": ("North Korea", "state", "Asia"),
    "KOR": ("South Korea", "state", "Asia"),
    "CHN": ("China", "state", "Asia"),
    "USA": ("United States", "state", "Americas"),
    "IRN": ("Iran", "state", "Asia"),
    "BLR": ("Belarus", "state", "Europe"),
    "FIN": ("Finland", "state", "Europe"),
    "SWE": ("Sweden", "state", "Europe"),
    "UKR": ("Ukraine", "state", "Europe"),
    "GBR": ("United Kingdom", "state", "Europe"),
    "AUS": ("Australia", "state", "Oceania"),
    "NATO": ("NATO", "organisation", ""),
}


def use_lexicon(monkeypatch) -> None:
    """Make sure actor codes can be validated: the real lexicon, or a stand-in with
    :data:`TEST_ACTORS` when the lexicon's tables are missing."""
    from blocwatch.base import lexicon

    try:
        lexicon.load_lexicon()
        return
    except FileNotFoundError:
        pass
    stand_in = lexicon.Lexicon()
    for code, (name, kind, region) in TEST_ACTORS.items():
        stand_in.names[code] = name
        stand_in.types[code] = kind
        stand_in.regions[code] = region
        stand_in.aliases[name] = (code, "name")
    stand_in.aliases["Moscow"] = ("RUS", "capital")
    stand_in.aliases["Pyongyang"] = ("PRK", "capital")
    monkeypatch.setattr(lexicon, "load_lexicon", lambda: stand_in)
