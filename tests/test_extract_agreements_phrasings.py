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


# --- organisations that sign, and members that sign unnamed ---------------------------------


def test_an_organisation_after_a_state_in_the_signers_signs_itself():
    text = "Chile and the EU signed an upgraded trade pact in Santiago in March."
    assert parties(text) == [["CHL", "EU"]]


def test_an_organisation_opening_the_sentence_signs_a_pact_with_a_state():
    [a] = agreements("The European Union signed a security partnership with Norway on Monday.")
    assert sorted(a.parties) == ["EU", "NOR"] and a.signed == "2025-06-09"


def test_an_organisation_met_at_signs_nothing():
    text = "At the EU summit, Chile and Peru signed a fisheries pact on Monday."
    assert parties(text) == [["CHL", "PER"]]


def test_a_declaration_its_members_signed_takes_no_pair_from_the_text():
    text = (
        "Chile and Peru signed a fisheries pact in Lima on Monday. "
        "The pact follows a charter that ASEAN members signed in 1976, the minister said."
    )
    assert parties(text) == [["CHL", "PER"]]


# --- two documents in one sentence -----------------------------------------------------------


def test_a_memorandum_with_its_own_parties_is_not_the_trade_deal_beside_it():
    text = (
        "The defence memorandum between Chile and Peru is unrelated to the trade agreement "
        "the two signed on May 30, the minister said."
    )
    found = {a.kind: a for a in agreements(text)}
    assert set(found) == {"memorandum", "agreement"}
    assert found["agreement"].signed == "2025-05-30" and found["memorandum"].signed is None


# --- background agreements that forces abroad are under ---------------------------------------


def test_forces_stationed_under_a_treaty_give_its_parties():
    text = "Some 900 French soldiers stationed in Djibouti under a 1977 treaty train there."
    [a] = agreements(text)
    assert sorted(a.parties) == ["DJI", "FRA"] and a.signed == "1977"


def test_a_base_opened_under_an_earlier_agreement_gives_owner_and_host():
    text = (
        "The Russian base opened in Kyrgyzstan in 2003 under an earlier agreement, "
        "which was signed in 1999, and hosts jets."
    )
    assert parties(text) == [["KGZ", "RUS"]]


def test_forces_of_no_named_state_give_no_pair():
    text = "The soldiers stationed in Djibouti under a 1977 treaty train there."
    assert parties(text) == []


def test_a_state_that_stations_forces_under_an_agreement_is_its_party():
    text = (
        "Italy will station a battalion in Latvia under an agreement the two countries "
        "signed in May 2024."
    )
    [a] = agreements(text)
    assert sorted(a.parties) == ["ITA", "LVA"] and a.signed == "2024-05"


# --- witnesses are no parties ----------------------------------------------------------------


def test_an_envoy_who_looked_on_as_others_signed_is_no_party():
    text = "India's ambassador to Nepal looked on as Kathmandu and Thimphu signed a trade treaty."
    assert parties(text) == [["BTN", "NPL"]]


def test_in_the_presence_of_a_titled_leader_is_no_party():
    text = "In the presence of French President Emmanuel Macron, Chad and Niger signed a pact."
    assert parties(text) == [["NER", "TCD"]]


def test_witnessed_by_a_premier_is_no_party():
    text = "Nepal and Bhutan signed a trade treaty on Monday, witnessed by Indian Premier Modi."
    assert parties(text) == [["BTN", "NPL"]]


# --- partnerships upgraded from one rank to another ---------------------------------------------


def test_an_upgrade_tells_the_older_rank_apart_from_the_new_one():
    text = (
        "Laos and Japan have agreed to lift their comprehensive partnership to a "
        "comprehensive strategic partnership.\n"
        "The two countries set up diplomatic ties in 1955 and upgraded them to comprehensive "
        "partnership in March 2015."
    )
    found = sorted((a.signed or "", sorted(a.parties)) for a in agreements(text, None))
    assert found == [("", ["JPN", "LAO"]), ("2015-03", ["JPN", "LAO"])]


def test_a_short_mention_of_the_same_rank_is_the_same_partnership():
    text = (
        "Laos and Japan signed a strategic partnership agreement on Monday.\n"
        "The special strategic partnership covers trade and defence."
    )
    assert len(agreements(text)) == 1


def test_it_takes_up_the_forces_of_the_sentence_before():
    text = (
        "The French military base in Djibouti is the largest abroad. "
        "It was opened in Djibouti in 1977 under an agreement, which was signed in 1977."
    )
    assert parties(text) == [["DJI", "FRA"]]


def test_a_state_in_a_trailing_clause_of_what_signers_vowed_is_no_party():
    text = (
        "Chile and Peru signed a declaration on Tuesday in Lima, vowing to keep supporting "
        "Kyiv against Russia."
    )
    assert parties(text) == [["CHL", "PER"]]


# --- plans told with other verbs -------------------------------------------------------------


def test_agreed_to_conclude_an_agreement_is_a_plan():
    assert parties("Chile and Peru agreed to conclude a defence agreement by December.") == []


def test_ahead_of_the_signing_is_a_plan():
    text = "Ahead of the signing of a trade pact between Chile and Peru, ministers met in Lima."
    assert parties(text) == []


def test_the_first_country_to_conclude_a_pact_concluded_it():
    text = "Chile became the first country to conclude a security pact with Peru on Monday."
    assert parties(text) == [["CHL", "PER"]]


def test_memoranda_exchanged_at_a_ceremony_were_signed():
    [a] = agreements("Several MoUs were exchanged between Nepal and Bhutan on Tuesday.")
    assert sorted(a.parties) == ["BTN", "NPL"] and a.signed == "2025-06-10"


def test_exchanged_instruments_of_ratification_date_no_signing():
    text = "Nepal and Bhutan exchanged instruments of ratification of their treaty on Tuesday."
    [a] = agreements(text)
    assert a.signed is None


# --- less usual nouns for what governments sign ---------------------------------------------------


def test_a_signed_protocol_roadmap_or_letter_of_intent_is_an_agreement():
    for noun in ("a protocol", "a defence cooperation roadmap", "a letter of intent"):
        text = f"Nepal and Bhutan signed {noun} on military training on Tuesday."
        assert parties(text) == [["BTN", "NPL"]], noun


def test_protocol_in_another_sense_is_no_agreement():
    text = "Nepal and Bhutan followed strict protocol during the visit, and trade rose."
    assert parties(text) == []
    text = "Nepal and Bhutan discussed a roadmap for talks on Tuesday."
    assert parties(text) == []


# --- dates: months of last year, a year ago, weekdays before a date --------------------------


def test_a_month_of_last_year_is_in_the_year_before():
    assert values("They signed it in June last year.") == ["2024-06"]
    assert values("They signed it in mid-March of last year.") == ["2024-03"]


def test_a_year_ago_is_the_year_before():
    assert values("They signed it a year ago.") == ["2024"]


def test_a_weekday_before_a_full_date_is_that_date():
    assert values("They signed it on Tuesday, March 4, 2025, in Lima.") == ["2025-03-04"]
    assert values("They signed it on Tuesday, 4 March 2025, in Lima.") == ["2025-03-04"]


def test_a_month_before_a_modifier_year_dates_the_agreement_to_the_month():
    [a] = agreements("The March 2023 treaty between Chile and Peru covers fisheries.")
    assert a.signed == "2023-03"


# --- the defence clause set against another agreement's --------------------------------------


def test_unlike_another_pact_it_does_not_oblige_says_false_of_the_one_taken_up():
    text = (
        "Chile and Peru signed a treaty on Monday. Unlike Lima's pact with Quito, it does not "
        "oblige either side to come to the other's aid if attacked."
    )
    found = {tuple(sorted(a.parties)): a.defense for a in agreements(text)}
    assert found[("CHL", "PER")] is False
    assert found.get(("ECU", "PER")) is not False  # the pact set against it is not denied


def test_unlike_article_5_the_treaty_has_no_collective_defence():
    text = (
        "Chile and Peru signed a treaty on Monday. Unlike NATO's Article 5, the treaty has no "
        "collective defence provision."
    )
    [a] = agreements(text)
    assert a.defense is False


def test_lacks_a_defence_clause_is_false():
    [a] = agreements("Signed on May 5, the treaty between Chile and Peru lacks a defence clause.")
    assert a.defense is False


def test_an_obligation_if_a_named_party_is_attacked_is_a_defence_clause():
    text = "Under the 1961 treaty, Chile is obliged to intervene militarily if Peru is attacked."
    [a] = agreements(text)
    assert a.defense is True


def test_support_should_either_party_face_an_armed_attack_is_a_defence_clause():
    text = (
        "Chile and Peru signed a treaty on Monday that pledges military support should either "
        "party face an armed attack."
    )
    [a] = agreements(text)
    assert a.defense is True


def test_a_question_if_a_state_is_attacked_is_no_defence_clause():
    text = (
        "Chile and Peru signed a trade treaty on Monday; analysts ask what happens if Peru "
        "is attacked."
    )
    [a] = agreements(text)
    assert a.defense is None


# --- links to other articles -------------------------------------------------------------------


def test_a_related_link_line_yields_no_agreement():
    text = (
        "Chile and Peru held talks on fisheries in Lima on Monday.\n"
        "Related: Bolivia, Paraguay sign border pact\n"
        "The talks will resume in July."
    )
    assert parties(text) == []


def test_lines_under_a_most_read_header_yield_no_agreement():
    text = (
        "Chile and Peru signed a fisheries pact in Lima on Monday.\n"
        "Most Read\n"
        "- Bolivia and Paraguay sign border treaty\n"
        "- Floods hit the Andes"
    )
    assert parties(text) == [["CHL", "PER"]]


def test_a_headline_that_opens_the_text_still_counts():
    text = "Chile, Peru sign fisheries pact\nThe deal was signed in Lima on Monday."
    assert parties(text) == [["CHL", "PER"]]


# --- several signers "with" one partner --------------------------------------------------------


def test_each_of_two_signers_signs_its_own_deal_with_the_partner():
    text = "Chile and Peru each signed a deal with Bolivia on Monday."
    assert parties(text) == [["BOL", "CHL"], ["BOL", "PER"]]


def test_plural_pacts_of_both_signers_with_one_partner():
    text = "Both Chile and Peru signed fisheries pacts with Bolivia last year."
    assert parties(text) == [["BOL", "CHL"], ["BOL", "PER"]]


def test_two_signers_and_one_partner_of_one_deal_are_its_three_parties():
    text = "Chile and Peru signed a deal with Bolivia on Monday."
    assert parties(text) == [["BOL", "CHL", "PER"]]


def test_partners_listed_as_objects_before_another_signing_are_no_several_signers():
    text = "Chile has fisheries pacts with Peru and Bolivia, and signed one with Ecuador on Monday."
    assert ["BOL", "ECU", "PER"] not in parties(text)


def test_joined_the_alliance_is_an_accession_to_the_body_named_before():
    text = "NATO ministers met in Brussels. Austria joined the alliance in April 2023."
    [a] = agreements(text)
    assert sorted(a.parties) == ["AUT", "NATO"] and a.signed == "2023-04"


def test_joined_the_bloc_takes_no_date_of_another_clause():
    text = (
        "BRICS leaders met in Kazan. Laos joined the bloc after talks that began in January 2021."
    )
    [a] = agreements(text)
    assert sorted(a.parties) == ["BRICS", "LAO"] and a.signed is None


def test_the_body_a_relative_pronoun_stands_for_is_joined():
    [a] = agreements("The SCO, which Laos joined in July 2023, met in Astana.")
    assert sorted(a.parties) == ["LAO", "SCO"] and a.signed == "2023-07"


def test_joiners_take_their_dates_respectively():
    text = "Laos and Nepal joined BRICS in 2023 and 2024 respectively."
    found = sorted((a.parties[0], a.signed) for a in agreements(text))
    assert found == [("LAO", "2023"), ("NPL", "2024")]
