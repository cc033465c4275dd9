"""Agreements: parties, kind, signing date and place, the defence clause (true, negated or
hedged false, silent None), provisions from the closed list, proposed and negotiated
agreements left out, background agreements kept, ratification without a signing date, NATO
accession, plural pacts, and evidence spans that point at the right sentences."""

from __future__ import annotations

import pytest

from blocwatch.extract import extract
from blocwatch.model import AGREEMENT_KINDS, PROVISIONS, Agreement


def agreements(text: str, published: str | None = "2024-06-20") -> list[Agreement]:
    return extract("a", text, published).agreements


def one(text: str, published: str | None = "2024-06-20") -> Agreement:
    found = agreements(text, published)
    assert len(found) == 1, [(a.parties, a.signed) for a in found]
    return found[0]


def by_parties(found: list[Agreement]) -> dict[frozenset[str], Agreement]:
    return {frozenset(a.parties): a for a in found}


# --- a signed agreement: parties, kind, date, place -----------------------------------------

TREATY = (
    "Russia and North Korea signed a treaty in Pyongyang on Wednesday, during the first visit "
    "by a Russian leader in 24 years."
)


def test_signed_treaty_with_relative_date_and_place():
    a = one(TREATY, "2024-06-20")
    assert set(a.parties) == {"RUS", "PRK"}
    assert a.kind == "treaty"
    assert a.signed == "2024-06-19"
    assert a.place == "Pyongyang"
    assert a.status == "signed"


def test_signed_treaty_with_absolute_date():
    text = "China and Russia signed a treaty of friendship in Moscow on 16 July 2001."
    a = one(text, "2024-06-20")
    assert set(a.parties) == {"CHN", "RUS"}
    assert (a.kind, a.signed, a.place) == ("treaty", "2001-07-16", "Moscow")


@pytest.mark.parametrize(
    "text, kind",
    [
        ("India and Japan signed a memorandum of understanding in Tokyo on Tuesday.", "memorandum"),
        ("Egypt and Turkey signed a trade agreement in Ankara on Tuesday.", "agreement"),
        ("Saudi Arabia and Pakistan signed a defence pact in Riyadh on Tuesday.", "pact"),
        ("China and Russia signed a joint statement in Beijing on Tuesday.", "joint_statement"),
    ],
)
def test_kind(text, kind):
    a = one(text, "2024-06-20")
    assert a.kind == kind
    assert a.kind in AGREEMENT_KINDS
    assert a.signed == "2024-06-18"


def test_issued_joint_statement():
    a = one("China and Russia issued a joint statement in Beijing on Tuesday.", "2024-06-20")
    assert set(a.parties) == {"CHN", "RUS"}
    assert (a.kind, a.signed) == ("joint_statement", "2024-06-18")


def test_named_agreement():
    text = (
        "Japan and Britain signed the Reciprocal Access Agreement in London on January 11, "
        "2023, which lets their forces train together."
    )
    a = one(text)
    assert a.name == "Reciprocal Access Agreement"
    assert set(a.parties) == {"JPN", "GBR"}
    assert a.signed == "2023-01-11"


def test_name_in_a_sentence_with_many_proper_names():
    text = "The Philippines and the United States signed their Mutual Defense Treaty in 1951."
    assert one(text).name == "Mutual Defense Treaty"


def test_no_date_in_the_text_leaves_signed_none():
    a = one("Egypt and Turkey have signed a trade agreement.", "2024-06-20")
    assert set(a.parties) == {"EGY", "TUR"}
    assert a.signed is None


def test_a_meeting_is_not_an_agreement():
    text = "The foreign ministers of Egypt and Turkey met in Cairo on Monday to discuss Gaza."
    assert agreements(text) == []


# --- the defence clause ---------------------------------------------------------------------

SIGNED_RUS_IRN = (
    "Russia and Iran signed a comprehensive strategic partnership treaty in Moscow on Friday."
)


@pytest.mark.parametrize(
    "text",
    [
        TREATY + " The pact includes a mutual defence clause.",
        "Russia and North Korea signed a treaty in Pyongyang on Wednesday that obliges each "
        "side to provide military assistance if attacked.",
        "The Philippines and the United States signed their Mutual Defense Treaty in 1951.",
    ],
)
def test_defence_clause_true(text):
    a = one(text)
    assert a.defense is True
    assert "mutual_defense" in a.provisions


@pytest.mark.parametrize(
    "second",
    [
        "The treaty stops short of a formal military alliance.",
        "The treaty does not include a mutual defence clause.",
        "The treaty lacks a mutual defense clause.",
    ],
)
def test_defence_clause_negated_or_hedged_is_false(second):
    a = one(f"{SIGNED_RUS_IRN} {second}", "2025-01-18")
    assert set(a.parties) == {"RUS", "IRN"}
    assert a.defense is False
    assert "mutual_defense" not in a.provisions


def test_lacking_a_defence_clause_in_the_signing_sentence():
    text = (
        "Australia and Fiji signed a status of forces agreement in Suva on Monday, "
        "lacking a mutual defense clause."
    )
    a = one(text, "2024-07-10")
    assert a.defense is False
    assert a.signed == "2024-07-08"


def test_stops_short_in_the_signing_sentence():
    text = (
        "The treaty Russia and Iran signed in Moscow on Friday stops short of a formal "
        "military alliance."
    )
    a = one(text, "2025-01-18")
    assert set(a.parties) == {"RUS", "IRN"}
    assert a.defense is False


def test_defence_clause_silent_is_none():
    a = one(SIGNED_RUS_IRN + " It covers trade, energy and transport.", "2025-01-18")
    assert a.defense is None
    assert "mutual_defense" not in a.provisions


# --- provisions -----------------------------------------------------------------------------


def test_provisions_listed_in_a_later_sentence():
    a = one(SIGNED_RUS_IRN + " It covers trade, energy and transport.", "2025-01-18")
    assert a.provisions == ["energy", "trade", "transport"]


def test_provisions_after_provides_for():
    text = (
        "Australia and Papua New Guinea signed a security pact in Canberra on Friday. The pact "
        "provides for intelligence sharing, joint military exercises and access to military bases."
    )
    a = one(text, "2024-06-20")
    assert {"intelligence_sharing", "military_exercises", "basing"} <= set(a.provisions)
    assert set(a.provisions) <= set(PROVISIONS)
    assert "trade" not in a.provisions


def test_provisions_in_the_signing_sentence():
    text = (
        "China and Pakistan signed an agreement on Monday covering space cooperation and "
        "satellite navigation."
    )
    a = one(text, "2024-06-20")
    assert a.provisions == ["satellite", "space"]


def test_no_provisions_when_the_text_names_none():
    assert one(TREATY).provisions == []


def test_provisions_under_the_pact_will():
    text = (
        "Under the pact signed on Friday, Australia and Papua New Guinea will share "
        "intelligence, hold joint military exercises and allow each other's forces to use "
        "their bases."
    )
    a = one(text, "2024-06-20")
    assert {"intelligence_sharing", "military_exercises", "basing"} <= set(a.provisions)


# --- proposed or under negotiation: not agreements ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "India and Brazil will sign a defence cooperation agreement next month, officials said.",
        "Armenia and France are negotiating a security pact, diplomats said.",
        "Vietnam and Indonesia are close to finalizing a maritime agreement.",
        "Germany and Poland are expected to sign an energy agreement in Berlin.",
        "Kenya proposed a trade pact with Ethiopia on Tuesday.",
        "Talks on a free trade agreement between Britain and India resumed on Monday.",
    ],
)
def test_proposed_or_negotiated_agreement_is_not_output(text):
    assert agreements(text) == []


def test_signed_agreement_kept_and_planned_one_dropped_in_the_same_text():
    text = (
        "Vietnam and the Philippines signed a coast guard agreement in Hanoi on January 30, "
        "2024. The two countries will sign a defence pact next year, officials said."
    )
    a = one(text, "2024-02-01")
    assert set(a.parties) == {"VNM", "PHL"}
    assert a.signed == "2024-01-30"
    assert a.kind == "agreement"


# --- background agreements ------------------------------------------------------------------


def test_background_treaty_counts_with_its_year():
    text = (
        "North Korea and Russia signed a treaty in Pyongyang on Wednesday that includes a "
        "mutual defence clause. Pyongyang already has a similar provision in the 1961 treaty it "
        "signed with China."
    )
    found = by_parties(agreements(text, "2024-06-20"))
    assert set(found) == {frozenset({"PRK", "RUS"}), frozenset({"PRK", "CHN"})}
    assert found[frozenset({"PRK", "RUS"})].signed == "2024-06-19"
    assert found[frozenset({"PRK", "CHN"})].signed == "1961"
    assert found[frozenset({"PRK", "CHN"})].kind == "treaty"


def test_background_treaty_of_friendship():
    text = (
        "North Korea and Russia signed a treaty in Pyongyang on Wednesday. North Korea's only "
        "other such treaty is its 1961 treaty of friendship with China."
    )
    found = by_parties(agreements(text, "2024-06-20"))
    assert found[frozenset({"PRK", "CHN"})].signed == "1961"


def test_background_treaty_after_similar_clause_exists_in():
    text = (
        "North Korea and Russia signed a treaty in Pyongyang on Wednesday that includes a "
        "mutual defence clause. A similar clause exists in North Korea's 1961 treaty with China."
    )
    found = by_parties(agreements(text, "2024-06-20"))
    assert found[frozenset({"PRK", "CHN"})].signed == "1961"


def test_background_treaty_with_implicit_party():
    text = (
        "North Korea and Russia signed a treaty in Pyongyang on Wednesday that includes a "
        "mutual defence clause. A similar clause exists in the 1961 treaty with China."
    )
    found = by_parties(agreements(text, "2024-06-20"))
    assert found[frozenset({"PRK", "CHN"})].signed == "1961"


# --- ratification, accession, plural pacts --------------------------------------------------


def test_ratification_without_signing_date_leaves_signed_none():
    text = (
        "Russia's parliament ratified the strategic partnership treaty with Iran on April 8, 2025."
    )
    a = one(text, "2025-04-10")
    assert set(a.parties) == {"RUS", "IRN"}
    assert a.signed is None
    assert a.status == "ratified"
    assert [(e.kind, e.date) for e in a.events] == [("ratified", "2025-04-08")]


def test_nato_accession_joined():
    a = one(
        "Sweden joined NATO on March 7, 2024, ending two centuries of neutrality.", "2024-03-08"
    )
    assert a.parties == ["SWE", "NATO"]
    assert a.kind == "accession"
    assert a.signed == "2024-03-07"
    # the sentence says nothing of Article 5: the schema leaves the defence clause open
    assert a.defense is None


def test_nato_accession_became_the_member():
    a = one("Finland became the 31st member state of NATO on April 4, 2023.", "2023-04-05")
    assert a.parties == ["FIN", "NATO"]
    assert (a.kind, a.signed) == ("accession", "2023-04-04")


def test_nato_accession_possessive():
    a = one("Finland became NATO's 31st member on April 4, 2023.", "2023-04-05")
    assert a.parties == ["FIN", "NATO"]
    assert (a.kind, a.signed) == ("accession", "2023-04-04")


def test_plural_pacts_with_two_states_are_two_bilateral_agreements():
    text = "Russia has signed pacts with North Korea and Iran in the past year."
    found = agreements(text, "2025-03-01")
    assert sorted(sorted(a.parties) for a in found) == [["IRN", "RUS"], ["PRK", "RUS"]]
    assert all(a.kind == "pact" for a in found)


def test_plural_security_pacts_keep_their_provision():
    text = "China signed security pacts with the Solomon Islands and Vanuatu."
    found = by_parties(agreements(text, "2025-03-01"))
    assert set(found) == {frozenset({"CHN", "SLB"}), frozenset({"CHN", "VUT"})}
    assert all(a.provisions == ["security_cooperation"] for a in found.values())


# --- evidence -------------------------------------------------------------------------------

EVIDENCE_TEXT = (
    "  SEOUL, June 20.\n\n"
    "Russia and North Korea signed a treaty in Pyongyang on Wednesday.  "
    "The pact includes a mutual defence clause.\n"
    "Analysts in Seoul were alarmed."
)


def test_evidence_spans_are_exact_slices_of_the_text():
    a = one(EVIDENCE_TEXT, "2024-06-20")
    assert a.evidence
    for e in a.evidence:
        assert EVIDENCE_TEXT[e.start : e.end] == e.sentence


def test_evidence_points_at_the_signing_and_the_clause_sentences():
    a = one(EVIDENCE_TEXT, "2024-06-20")
    assert [e.sentence for e in a.evidence] == [
        "Russia and North Korea signed a treaty in Pyongyang on Wednesday.",
        "The pact includes a mutual defence clause.",
    ]
    assert a.defense is True
    [event] = [e for e in a.events if e.kind == "signed"]
    assert event.date == "2024-06-19"
    assert event.evidence[0].sentence.startswith("Russia and North Korea signed")


def test_confidence_is_a_probability():
    a = one(EVIDENCE_TEXT, "2024-06-20")
    assert 0.0 < a.confidence <= 1.0


def test_it_takes_up_the_main_agreement_past_a_generic_one_and_a_background_one():
    found = agreements(
        "Japan and Vietnam signed a Comprehensive Strategic Partnership agreement in Hanoi on "
        "Tuesday. The agreement replaces a cooperation framework the two governments "
        "concluded in 2009. It also covers cooperation in energy and trade, and it bars each "
        "side from joining any agreement with a third country aimed at the other."
    )
    by_year = {(a.signed or "")[:4]: a for a in found}
    assert {"energy", "trade"} <= set(by_year["2024"].provisions)
    others = [a for year, a in by_year.items() if year != "2024"]
    assert not any({"energy", "trade"} & set(a.provisions) for a in others)


def test_a_negated_obligation_to_defend_is_no_defence_clause():
    found = agreements(
        "India and Russia signed a friendship treaty in New Delhi on 9 August 1971. "
        "It does not, however, oblige either country to defend the other."
    )
    assert [(a.parties, a.defense) for a in found] == [(["IND", "RUS"], False)]


def test_a_passing_mention_that_denies_an_alliance_sets_the_defence_clause():
    found = agreements(
        "Britain, Italy and Japan announced a partnership to build a fighter jet on Friday. "
        "Officials said the three countries expect a first flight in 2035. "
        "The Britain-Italy-Japan partnership is an industrial project rather than an alliance."
    )
    (a,) = found
    assert a.defense is False


# --- a plan beside a past agreement ----------------------------------------------------------

REPLACED = (
    "Once signed and ratified, the new pact is meant to replace the Treaty on the Basis of "
    "Relations, which Russia and Iran concluded in March 2001 in Moscow."
)


def test_a_relative_clause_tells_a_past_signing_despite_a_plan_in_the_sentence():
    a = one(REPLACED, "2025-01-13")
    assert set(a.parties) == {"RUS", "IRN"}
    assert a.signed == "2001-03"
    assert a.status == "signed"  # the plan's "ratified" is not this treaty's


def test_a_name_runs_on_through_of_the_and_on_the():
    assert one(REPLACED, "2025-01-13").name == "Treaty on the Basis of Relations"


def test_a_plan_to_sign_and_ratify_is_not_output():
    text = "Once signed and ratified, a treaty between Russia and Iran would last twenty years."
    assert agreements(text, "2025-01-13") == []


def test_an_article_starts_a_new_agreement_phrase():
    text = "The accord replaces the Treaty of Amity, which Russia and Iran concluded in 2001."
    names = [a.name for a in agreements(text)]
    assert "Treaty of Amity" in names
    assert not any(n and n.startswith("accord") for n in names)


def test_last_and_a_month_name_dates_a_signing():
    text = "Russia and Belarus signed the security guarantees treaty in Minsk last December."
    assert one(text, "2025-03-14").signed == "2024-12"


def test_several_agreements_listed_with_their_own_years_take_their_own():
    text = "Tokyo signed similar agreements with Australia in 2022 and with Britain in 2023."
    found = by_parties(agreements(text, "2024-07-08"))
    assert found[frozenset({"JPN", "AUS"})].signed == "2022"
    assert found[frozenset({"JPN", "GBR"})].signed == "2023"


def test_a_grouping_before_the_noun_names_an_agreement_mentioned_in_passing():
    text = "The statement criticised the AUKUS security partnership between the three allies."
    a = one(text, "2022-02-05")
    assert a.name == "AUKUS"
    assert set(a.parties) == {"AUS", "GBR", "USA"}
    assert a.signed is None


def test_a_passing_definite_mention_without_a_name_is_still_left_out():
    text = "The statement criticised the security partnership between Australia and Britain."
    assert agreements(text, "2022-02-05") == []


# --- what a partnership covers, told in the sentences after it ---------------------------------

PARTNERSHIP = (
    "Canada, Britain and Australia announced a new security partnership on Tuesday. "
    "Under the arrangement, Ottawa and London will share submarine propulsion technology with "
    "Australia, which plans to build six of the boats in Perth. The three governments will "
    "also work together on cyber defence, artificial intelligence and quantum computing."
)


def test_a_plan_in_a_clause_on_someone_else_leaves_the_agreement_reported():
    a = one(PARTNERSHIP, "2025-05-14")
    assert set(a.parties) == {"CAN", "GBR", "AUS"}
    assert a.status == "signed"


def test_provisions_under_the_arrangement_and_work_together_on():
    provisions = set(one(PARTNERSHIP, "2025-05-14").provisions)
    assert {"military_technical", "technology", "ai"} <= provisions


def test_an_agreement_that_will_allow_joint_training_covers_exercises():
    text = (
        "Australia and Indonesia signed a defence cooperation agreement on Monday that will "
        "allow their forces to operate from each other's territory for joint training."
    )
    assert "military_exercises" in one(text, "2024-08-30").provisions


def test_a_pledge_not_to_help_an_aggressor_is_neutrality():
    text = (
        "Armenia and India signed a strategic partnership treaty on Friday. Under it, if either "
        "comes under attack, each side undertakes to give the aggressor no military help."
    )
    assert "neutrality" in one(text, "2025-03-07").provisions


def test_nuclear_power_is_energy_and_nuclear():
    text = "Turkey and Hungary signed an agreement on Monday to cooperate in gas and nuclear power."
    assert {"energy", "nuclear"} <= set(one(text, "2025-03-03").provisions)


def test_a_sentence_opening_under_an_agreement_tells_what_it_provides():
    text = (
        "Under the Visiting Forces Agreement between Japan and Australia, signed in Tokyo on "
        "January 6, 2022, Australian forces may rotate through Japanese bases and pre-position "
        "equipment."
    )
    assert "basing" in one(text, "2024-02-01").provisions


def test_a_long_lead_sentence_with_one_date_dates_its_one_agreement():
    text = (
        "Vladimir Putin and Xi Jinping declared on Friday that the ties between Russia and "
        "China know no bounds, laying out their common reading of world affairs and of the "
        "threats they both face in a lengthy joint statement issued in Beijing that evening."
    )
    assert one(text, "2022-02-05").signed == "2022-02-04"


def test_a_date_far_from_the_signing_with_another_date_nearer_is_not_taken():
    text = (
        "On Friday the foreign ministers of both countries, meeting for the third time since "
        "the war began and after months of quiet preparation by their staffs in both capitals, "
        "said that Russia and China had signed a trade pact in 2019."
    )
    assert one(text, "2022-02-05").signed == "2019"


def test_no_comparable_commitment_after_a_defence_clause_is_no_defence_clause():
    text = (
        "Russia and North Korea signed a treaty on Wednesday. If either is attacked, the other "
        "will provide military assistance without delay. It replaces a treaty that the two "
        "governments concluded in 2000, which contained no comparable commitment."
    )
    [older] = [a for a in agreements(text, "2024-06-20") if a.signed == "2000"]
    assert older.defense is False


def test_no_such_commitment_without_a_defence_clause_before_says_nothing():
    text = (
        "Brazil and Argentina signed a trade treaty in 2001 on tariffs and quotas. It contained "
        "no such commitment."
    )
    assert one(text, "2024-06-20").defense is None


def test_a_named_declaration_signed_by_two_states_is_an_agreement_named_without_its_date():
    text = (
        "Turkey and Azerbaijan signed the Shusha Declaration on June 15, 2021, pledging to "
        "help each other if either is attacked."
    )
    a = one(text, "2021-06-16")
    assert (a.kind, a.name, a.signed, a.defense) == (
        "joint_statement",
        "Shusha Declaration",
        "2021-06-15",
        True,
    )


def test_a_declaration_of_war_is_no_agreement():
    assert agreements("Germany's declaration of war on the United States came in 1941.") == []


def test_an_accession_ratified_by_a_third_state_stays_one_accession():
    text = (
        "Sweden's accession to NATO was completed on March 7, 2024, after Hungary's parliament "
        "ratified it."
    )
    a = one(text, "2024-03-08")
    assert (set(a.parties), a.kind, a.signed) == ({"SWE", "NATO"}, "accession", "2024-03-07")


def test_a_capital_in_an_agreements_name_is_no_party():
    text = "The United States withdrew from the Paris climate agreement in 2017."
    assert all("FRA" not in a.parties for a in agreements(text))


def test_capitals_that_sign_are_still_parties():
    a = one("Moscow and Beijing signed a treaty in 2001.", "2024-01-01")
    assert set(a.parties) == {"RUS", "CHN"}


def test_a_year_before_an_article_does_not_date_the_agreement_after_it():
    text = "Since talks began in 2019 the trade deal between Russia and China has stayed in force."
    assert [a.signed for a in agreements(text)] in ([], [None])
