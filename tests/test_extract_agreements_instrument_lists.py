"""A list after a colon that spells out, one by one, the documents a plural told as signed
stands for one agreement per item: "These are: MoU on ..., MoU on ...", "All the memoranda
signed are as follows: A; B; C", "three other agreements were exchanged: A; B; and C". The
plural is their sum, not one more record. Sentences written for the tests."""

from __future__ import annotations

from blocwatch.extract import extract


def records(text: str, published: str | None = "2023-05-10") -> list[tuple[frozenset, str | None]]:
    return [(frozenset(a.parties), a.signed) for a in extract("t", text, published).agreements]


GHA_TGO = frozenset(("GHA", "TGO"))


def test_items_opening_with_an_agreement_noun_are_one_record_each():
    text = (
        "Ghana and Togo on Tuesday signed three memoranda of understanding during the visit. "
        "These are: MoU on fisheries research, MoU on customs training between the two "
        "revenue authorities and MoU on cooperation in renewable power."
    )
    assert records(text) == [(GHA_TGO, "2023-05-09")] * 3


def test_a_list_split_by_semicolons_after_the_plural_gives_each_document():
    text = (
        "Ghana and Togo signed several accords during the state visit in Accra. "
        "All the MoUs signed are as follows: Cocoa Marketing; Border Policing; "
        "Coastal Fisheries; Teacher Training."
    )
    assert len(records(text)) == 4


def test_other_documents_listed_are_besides_the_one_told_before():
    text = (
        "Ghana and Togo signed a power trade agreement on 9 May 2023. Three other agreements "
        "were exchanged on the occasion: Agreement on Grant Assistance for Rural Schools; "
        "Launch Service Agreement for a Weather Satellite; and MoU on Solar Energy."
    )
    found = records(text)
    assert len(found) == 4 and {parties for parties, _ in found} == {GHA_TGO}
    assert found[0] == (GHA_TGO, "2023-05-09")


def test_a_list_of_the_fields_an_agreement_covers_is_no_list_of_documents():
    text = (
        "Ghana and Togo signed a trade agreement on Tuesday. The agreement covers: "
        "tariffs; customs; transit of goods."
    )
    assert len(records(text)) == 1


def test_a_list_of_topics_after_no_agreement_noun_adds_nothing():
    text = (
        "Ghana and Togo signed a security pact on Tuesday. The leaders discussed: "
        "border crime; piracy; refugees."
    )
    assert len(records(text)) == 1


def test_a_lowercase_list_after_signed_agreements_tells_what_they_cover():
    text = (
        "Ghana and Togo signed three agreements on Tuesday. The agreements provide for: "
        "joint patrols; exchange of intelligence; training of officers."
    )
    assert len(records(text)) == 3
