"""Each value and each span stored once, in its own type: a defence clause is a boolean
from the extractor to the JSON (never the text "true"), and a lifecycle step's sentence is
an evidence row with the step as its role, read back with the record's sources."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from blocwatch.app import Blocwatch
from blocwatch.model import Event
from blocwatch.store.facts import facts_for_document
from blocwatch.store.schema import agreement_reports, agreement_values
from kb_support import add_doc, agreement, span, use_lexicon


@pytest.fixture(autouse=True)
def _lexicon(monkeypatch):
    use_lexicon(monkeypatch)


def test_a_defence_clause_stays_a_boolean_and_conflicts_keep_it(engine):
    add_doc(engine, "a", "2024-06-20", agreement(["PRK", "RUS"], "2024-06-19", defense=True))
    add_doc(engine, "b", "2024-06-21", agreement(["PRK", "RUS"], "2024-06-19", defense=False))
    with engine.connect() as conn:
        stored = conn.execute(
            select(agreement_values.c.value).where(agreement_values.c.attribute == "defense")
        ).scalars()
        assert sorted(stored) == [False, True]
    (record,) = Blocwatch(engine).agreements(["RUS"])
    assert record.defense_conflict
    assert {e["value"] for e in record.conflicts["defense"]} == {True, False}
    states = [s.states["defense"] for s in Blocwatch(engine).sources(record.id)]
    assert sorted(states) == [False, True]


def test_a_steps_own_sentence_is_evidence_once_and_read_back(engine):
    said = "Russia ratified the treaty with North Korea on November 9."
    fact = agreement(["PRK", "RUS"], "2024-06-19", events=[("signed", "2024-06-19")])
    fact.events.append(Event("ratified", "2024-11-09", [span(said, 100)]))
    add_doc(engine, "a", "2024-11-10", fact)
    with engine.connect() as conn:
        (events,) = conn.execute(select(agreement_reports.c.events)).scalars()
    assert all("evidence" not in e for e in events)
    roles = [
        (e["role"], e["sentence"])
        for e in facts_for_document(engine, "a")["agreements"][0]["evidence"]
    ]
    # The signing step's span is the fact's own sentence: stored once, as the fact's.
    assert [r for r, _ in roles] == ["fact", "ratified"] and roles[1][1] == said
    (record,) = Blocwatch(engine).agreements(["RUS"])
    sources = Blocwatch(engine).sources(record.id)
    assert [(s.role, s.sentence) for s in sources][-1] == ("ratified", said)
