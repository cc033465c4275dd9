"""Joining NATO carries a defence clause only where the story says so (gold schema: ``defense``
is true when the text describes assistance if a party is attacked)."""

from __future__ import annotations

from blocwatch.extract import extract


def _accessions(text: str):
    doc = extract("t", text, "2024-03-08")
    return [a for a in doc.agreements if a.kind == "accession"]


def test_joining_nato_without_a_word_on_defence_leaves_the_clause_open():
    text = (
        "Sweden formally became a member of NATO on Thursday in Washington. "
        "The prime minister handed over the accession papers at the State Department."
    )
    (a,) = _accessions(text)
    assert a.parties == ["SWE", "NATO"]
    assert a.defense is None
    assert "mutual_defense" not in a.provisions


def test_a_story_that_tells_article_5_gives_the_accession_its_defence_clause():
    text = (
        "Sweden formally became a member of NATO on Thursday in Washington. "
        "Membership puts the country under Article 5, by which an armed attack on one ally "
        "counts as an attack on them all."
    )
    (a,) = _accessions(text)
    assert a.defense is True
    assert "mutual_defense" in a.provisions
