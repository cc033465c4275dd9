"""Which nouns name an agreement, and of what kind (issue 10): "documents" signed by a pair
(not documents that show something), "memorandums" counting their documents, an exchange of
notes, a kind denied by "rather than"; agreements "reached" in general are understandings, no
documents. Each test is a sentence written for it, none copied from an article."""

from __future__ import annotations

from extract_support import agreements, every_agreement, kinds


def test_documents_signed_by_a_pair_are_an_agreement():
    text = "Chile and Peru signed several documents on fisheries and customs in Lima."
    assert [frozenset(a.parties) for a in agreements(text)] == [frozenset({"CHL", "PER"})]


def test_documents_that_show_something_are_no_agreement():
    assert agreements("Leaked documents show that Chile sold boats to Peru.") == []


def test_memorandums_is_a_plural_that_counts_its_documents():
    found = agreements("Chile and Peru signed two memorandums in Lima on Monday.")
    assert [a.kind for a in found] == ["memorandum", "memorandum"]


def test_an_exchange_of_notes_is_an_agreement_signed():
    found = every_agreement("Ghana and Togo today signed an Exchange of Notes for a road loan.")
    assert [(sorted(a.parties), a.kind, a.signed) for a in found] == [
        (["GHA", "TGO"], "other", "2024-06-21")
    ]


def test_rather_than_still_denies_a_kind_of_agreement():
    found = every_agreement("Ghana and Togo formed a partnership rather than an alliance.")
    assert [a.kind for a in found] == ["partnership"]


def test_agreements_reached_in_general_are_understandings_not_documents():
    text = (
        "Envoys of Laos and Vietnam will look at how Laos and Vietnam are putting into "
        "practice agreements reached by their leaders on river shipping."
    )
    assert kinds(text) == []
