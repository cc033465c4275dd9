"""Dates with their precision: absolute ones as written, relative ones resolved against the
publication date, and nothing at all for a relative date when that date is unknown."""

from __future__ import annotations

import pytest

from blocwatch.extract import extract
from blocwatch.extract.dates import find_dates

# A Thursday.
PUBLISHED = "2024-06-20"


def values(text: str, published: str | None = PUBLISHED) -> list[str]:
    return [d.value for d in find_dates(text, 0, len(text), published)]


def found(text: str, published: str | None = PUBLISHED) -> list[tuple[str, str, bool]]:
    return [
        (text[d.start : d.end], d.value, d.relative)
        for d in find_dates(text, 0, len(text), published)
    ]


# --- absolute dates -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, value",
    [
        ("The accord was signed on February 4, 2022 in Beijing.", "2022-02-04"),
        ("The accord was signed on 4 February 2022 in Beijing.", "2022-02-04"),
        ("The accord was signed on Feb. 4, 2022 in Beijing.", "2022-02-04"),
        ("The accord was signed on 2022-02-04 in Beijing.", "2022-02-04"),
        ("Talks resumed in June 2024 after a long pause.", "2024-06"),
        ("The two sides first met in 2001.", "2001"),
        ("The pact dates from July 16th, 2001.", "2001-07-16"),
    ],
)
def test_absolute_dates_with_their_precision(text, value):
    assert values(text) == [value]


@pytest.mark.parametrize("published", [PUBLISHED, None])
def test_absolute_dates_need_no_publication_date(published):
    text = "It was signed in June 2024 and first drafted on February 4, 2022."
    assert found(text, published) == [
        ("June 2024", "2024-06", False),
        ("February 4, 2022", "2022-02-04", False),
    ]


def test_a_full_date_is_one_mention_not_also_a_year():
    assert found("Signed on February 4, 2022.") == [("February 4, 2022", "2022-02-04", False)]


@pytest.mark.parametrize(
    "text",
    [
        "A 2,001-page report was leaked.",
        "The package is worth $2022 million.",
        "Support rose to 2024% in one poll.",
    ],
)
def test_numbers_that_are_not_years(text):
    assert values(text) == []


def test_invalid_day_gives_no_full_date():
    assert "2023-02-30" not in values("It was ratified on 30 February 2023.")


def test_only_the_requested_slice_is_searched():
    text = "Signed on February 4, 2022. Ratified in June 2024."
    second = text.index("Ratified")
    assert [d.value for d in find_dates(text, second, len(text), PUBLISHED)] == ["2024-06"]


# --- relative to the publication date -------------------------------------------------------


@pytest.mark.parametrize(
    "text, value",
    [
        ("The leaders met on Wednesday.", "2024-06-19"),
        ("The leaders met on Monday.", "2024-06-17"),
        ("The leaders met on Thursday.", "2024-06-20"),  # the publication day itself
        ("The ministers met last month.", "2024-05"),
        ("Trade fell last year.", "2023"),
        ("The deal was agreed earlier this year.", "2024"),
        # A month not later than the publication month is this year's ...
        ("The treaty was signed in March.", "2024-03"),
        ("The treaty was signed in June.", "2024-06"),
        # ... a later one is last year's.
        ("The treaty was signed in September.", "2023-09"),
        ("The treaty was signed earlier in October.", "2023-10"),
        ("The treaty was signed earlier this month.", "2024-06"),
        ("The envoys met yesterday.", "2024-06-19"),
        ("The summit took place on June 19.", "2024-06-19"),
        ("The summit took place on December 3.", "2023-12-03"),
        ("It was agreed in March of this year.", "2024-03"),
    ],
)
def test_relative_dates_resolve_against_the_publication_date(text, value):
    [(_surface, got, relative)] = found(text)
    assert (got, relative) == (value, True)


def test_last_month_in_january_is_december_of_the_previous_year():
    assert values("The ministers met last month.", "2024-01-15") == ["2023-12"]


def test_in_december_read_in_january_is_last_year():
    assert values("The treaty was signed in December.", "2024-01-15") == ["2023-12"]


@pytest.mark.parametrize(
    "text",
    [
        "The leaders met on Wednesday.",
        "The ministers met last month.",
        "Trade fell last year.",
        "The treaty was signed in March.",
        "The treaty was signed earlier this month.",
        "The envoys met yesterday.",
        "The summit took place on June 19.",
    ],
)
def test_relative_dates_without_publication_date_give_nothing(text):
    assert values(text, None) == []


def test_year_precise_publication_date_resolves_only_year_relative_dates():
    assert values("Trade fell last year.", "2024") == ["2023"]
    assert values("The ministers met last month.", "2024") == []
    assert values("The leaders met on Wednesday.", "2024") == []
    assert values("The treaty was signed in March.", "2024") == []


def test_month_precise_publication_date_resolves_no_weekday():
    assert values("The ministers met last month.", "2024-06") == ["2024-05"]
    assert values("The leaders met on Wednesday.", "2024-06") == []


def test_month_and_day_in_the_publication_month_of_a_month_precise_date():
    assert values("The summit took place on June 19.", "2024-06") == ["2024-06-19"]


def test_mid_month():
    assert values("The drills began in mid-March.") == ["2024-03"]


def test_a_decade_is_not_a_year():
    assert values("The two states drew apart in the 1990s.") == []


# --- through the extractor: a signing date ---------------------------------------------------

SIGNING = "Russia and North Korea signed a treaty in Pyongyang on Wednesday."


def test_relative_signing_date_is_resolved_in_an_agreement():
    [agreement] = extract("d1", SIGNING, PUBLISHED).agreements
    assert agreement.signed == "2024-06-19"


def test_relative_signing_date_without_publication_date_is_none():
    [agreement] = extract("d1", SIGNING, None).agreements
    assert agreement.signed is None


def test_last_month_signing_date_has_month_precision():
    text = "Russia and North Korea signed a treaty in Pyongyang last month."
    [agreement] = extract("d1", text, "2024-07-02").agreements
    assert agreement.signed == "2024-06"


@pytest.mark.parametrize(
    "text, published, value",
    [
        ("The two leaders signed it in Minsk last December.", "2025-03-07", "2024-12"),
        ("They met last March, a year before this visit.", "2025-03-07", "2024-03"),
        ("The ministers met last February.", "2025-03-07", "2025-02"),
    ],
)
def test_last_and_a_month_name_is_the_latest_such_month_before_publication(text, published, value):
    assert values(text, published) == [value]


def test_a_month_name_after_last_needs_a_month_precise_publication_date():
    assert values("The two leaders signed it last December.", "2025") == []


@pytest.mark.parametrize(
    "text, published, value",
    [
        # A plan names the next such day ...
        ("The president will visit Moscow on January 17 to sign it.", "2025-01-13", "2025-01-17"),
        ("The ministers are due to meet on Friday.", "2024-06-18", "2024-06-21"),
        ("Talks are set to begin on March 3.", "2025-12-20", "2026-03-03"),
        # ... a report the last one.
        ("The president visited Moscow on January 17.", "2025-01-13", "2024-01-17"),
        ("The ministers met on Friday.", "2024-06-18", "2024-06-14"),
    ],
)
def test_a_day_without_a_year_in_a_plan_is_the_next_one(text, published, value):
    assert values(text, published)[-1] == value


def test_a_sentence_part_without_digits_or_month_names_still_gives_its_dates():
    # find_dates skips the patterns that need a digit or a month name when the part of the
    # text it reads has none: the other patterns still find theirs, and only in that part.
    text = "Talks ended on Monday. They resume in March 2025. Both met last month."
    first, second, third = (0, 22), (23, 49), (50, len(text))
    assert [d.kind for d in find_dates(text, *first, PUBLISHED)] == ["weekday"]
    assert [d.value for d in find_dates(text, *second, PUBLISHED)] == ["2025-03"]
    assert [d.value for d in find_dates(text, *third, PUBLISHED)] == ["2024-05"]
    assert [d.value for d in find_dates("Signed in 2019 at the summit.", 0, 29, None)] == ["2019"]


def test_a_day_first_slashed_date_is_read_day_first():
    from blocwatch.extract.dates import find_dates

    text = "signed on 17/01/2025"
    assert [d.value for d in find_dates(text, 0, len(text), None)] == ["2025-01-17"]


def test_mid_year_gives_the_year():
    from blocwatch.extract.dates import find_dates

    text = "signed in mid-2023 and renewed in early-2024"
    assert [d.value for d in find_dates(text, 0, len(text), None)] == ["2023", "2024"]


def test_spelled_out_years_ago_count_back_from_publication():
    from blocwatch.extract.dates import find_dates

    text = "The pact was sealed five years ago in Lima."
    assert [d.value for d in find_dates(text, 0, len(text), "2024-12-06")] == ["2019"]
