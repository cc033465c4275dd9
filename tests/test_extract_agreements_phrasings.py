"""Agreement reading on phrasing classes met in real news outlets' copy, each test a sentence
written for it (none copied): days told as "the 8th", accessions, organisations that sign,
related-headline lines, one agreement told as an upgrade of ties."""

from __future__ import annotations

from blocwatch.extract import extract
from blocwatch.extract.dates import find_dates
from blocwatch.model import Agreement

PUBLISHED = "2025-06-11"  # a Wednesday


def agreements(text: str, published: str | None = PUBLISHED) -> list[Agreement]:
    return extract("p", text, published).agreements


def values(text: str, published: str | None = PUBLISHED) -> list[str]:
    return [d.value for d in find_dates(text, 0, len(text), published)]


# --- a day of the month without its month ---------------------------------------------------


def test_on_the_8th_is_that_day_of_the_publication_month():
    assert values("The ministers signed it on the 8th in Dili.") == ["2025-06-08"]


def test_a_day_still_to_come_this_month_is_last_months():
    assert values("The ministers signed it on the 20th, the embassy said.") == ["2025-05-20"]


def test_a_plan_on_the_20th_is_this_months():
    assert values("The ministers will sign it on the 20th in Dili.") == ["2025-06-20"]


def test_of_this_month_keeps_the_publication_month():
    assert values("The ministers signed it on the 12th of this month.") == ["2025-06-12"]


def test_an_ordinal_before_a_noun_is_no_day():
    assert values("The deal was signed on the 3rd anniversary of the talks.") == []


def test_no_day_without_a_publication_day():
    assert values("The ministers signed it on the 8th in Dili.", "2025-06") == []


def test_a_memorandum_inked_on_the_8th_is_dated():
    text = "Timorese and Portuguese officials inked a memorandum on the 8th in Dili."
    [a] = agreements(text)
    assert sorted(a.parties) == ["PRT", "TLS"] and a.signed == "2025-06-08"


# --- accessions ----------------------------------------------------------------------------


def parties(text: str, published: str | None = PUBLISHED) -> list[list[str]]:
    return [sorted(a.parties) for a in agreements(text, published)]


def test_has_become_a_full_member_is_an_accession():
    assert parties("Laos has formally become a full member of BRICS.") == [["BRICS", "LAO"]]


def test_will_become_and_invited_to_become_are_plans():
    assert parties("Laos and Nepal will become full members of BRICS next year.") == []
    assert parties("The summit invited Laos to become a full member of BRICS.") == []
    assert parties("Laos has not yet become a member of BRICS.") == []


def test_acceded_to_the_alliance_is_an_accession():
    [a] = agreements("Austria acceded to NATO on Monday, its foreign ministry said.")
    assert sorted(a.parties) == ["AUT", "NATO"] and a.signed == "2025-06-09"


def test_became_members_takes_the_alliance_its_sentence_named_before():
    text = "Nepal declined to join BRICS, while Laos and Bhutan became members on January 1."
    assert parties(text, "2025-01-05") == [["BRICS", "LAO"], ["BRICS", "BTN"]]
