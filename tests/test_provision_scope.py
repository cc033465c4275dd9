"""Provisions and the defence flag by mechanism (round 14): words inside an office's or a
firm's name, sales of weapons told by the agreement's own clause, and the defence clause of
the right agreement. Each test is a sentence written for it."""

from __future__ import annotations

from blocwatch.extract import extract


def agreements(text: str):
    return extract("g", text, "2024-06-20").agreements


def provisions(text: str) -> list[set[str]]:
    return [set(a.provisions) for a in agreements(text)]


def test_a_cue_word_in_an_office_name_is_no_provision():
    # the office's head after the cue
    text = (
        "Kenya and Uganda signed an agreement to deepen ties during a visit by the US "
        "Defense Secretary."
    )
    assert provisions(text) == [set()]
    # the office's head before "of", over the joined words of its name
    text = (
        "Kenya and Uganda signed an agreement to deepen ties, the Minister of Energy and "
        "Mines of Kenya said."
    )
    assert provisions(text) == [set()]


def test_an_office_name_after_the_cue_over_joined_words():
    text = (
        "Peru and Chile signed a deal to strengthen ties, the Commerce & Investment Ministry of "
        "Peru said on Monday."
    )
    assert provisions(text) == [set()]


def test_the_cue_itself_still_counts_outside_a_name():
    text = "Peru and Chile signed an agreement on Monday covering trade and investment."
    assert {"trade", "finance"} <= provisions(text)[0]


def defence(text: str) -> dict[tuple[str, ...], bool | None]:
    return {tuple(sorted(a.parties)): a.defense for a in agreements(text)}


def test_the_clause_whose_subject_is_the_agreement_owns_its_defence_words():
    # the alliance and the other pact are named inside the clause; the treaty is its subject
    text = (
        "Iran and Russia signed a partnership treaty in Moscow on Friday. But unlike the pact "
        "signed by Russia and North Korea, the treaty with Iran sets up no military alliance "
        "and gives no promise of military help should either side come under attack."
    )
    assert defence(text)[("IRN", "RUS")] is False


def test_a_long_quote_is_the_agreements_words_not_another_documents_name():
    text = (
        "Armenia and France signed a defence pact on Monday. Under Article 3 of the pact, the "
        'two states will help each other, "Each party shall give the other party help and '
        "assistance by all means at its disposal if both find that an armed attack is taking "
        'place against either of them."'
    )
    assert defence(text)[("ARM", "FRA")] is True


def test_an_attack_that_conditions_a_refusal_to_help_the_aggressor_is_no_defence_clause():
    text = (
        "Iran and Russia signed a partnership treaty in Moscow on Friday. In the event of "
        "aggression against either of them, each party undertakes not to provide any "
        "assistance to the aggressor."
    )
    assert defence(text)[("IRN", "RUS")] is None
    text = (
        "Iran and Russia signed a partnership treaty in Moscow on Friday. The treaty obliges "
        "each side to provide military assistance if the other is attacked, and not to help "
        "the aggressor."
    )
    assert defence(text)[("IRN", "RUS")] is True


def test_a_clause_whose_subject_is_the_agreement_tells_what_it_covers():
    text = (
        "Kenya and Uganda signed a defence memorandum in Nairobi on Monday. The memorandum "
        "aims to formalise joint military exercises and officer training."
    )
    assert "military_exercises" in provisions(text)[0]
    text = (
        "Kazakhstan and Uzbekistan signed a strategic treaty on Monday. The treaty settles the "
        "old border question by opening new rail links."
    )
    assert provisions(text) == [{"transport"}]
    text = (
        "Iran and Russia signed a treaty in Moscow on Friday. The treaty will open the way to "
        "joint exercises."
    )
    assert provisions(text) == [{"military_exercises"}]


def test_a_question_or_a_reported_prospect_of_the_agreement_states_nothing():
    text = (
        "Iran and Russia signed a treaty in Moscow on Friday. Officials have said the treaty "
        "will open the way to joint exercises."
    )
    assert provisions(text) == [set()]
    text = (
        "Saudi Arabia and Pakistan signed a defence pact on Wednesday. Officials would not say "
        "whether the pact opens the way to joint exercises."
    )
    assert provisions(text) == [set()]


def test_an_infinitive_on_the_agreement_noun_says_what_it_is_for():
    text = "India and Qatar also signed an agreement to avoid double taxation on Monday."
    assert provisions(text) == [{"finance"}]
    text = (
        "Estonia and Latvia signed an agreement on Friday to station allied jets at an air "
        "base near Riga."
    )
    assert provisions(text) == [{"basing"}]


def test_an_agreement_still_sought_tells_nothing_of_the_one_signed():
    text = (
        "Kenya and the UAE signed a trade pact in March. We are now exploring an agreement "
        "with the UAE to extend the railway, Ruto said."
    )
    assert provisions(text) == [{"trade"}]


def test_an_infinitive_that_moves_weapons_makes_the_agreement_an_arms_sale():
    text = "Egypt and France signed a contract on Monday to supply the K-9 systems to Cairo."
    assert provisions(text) == [{"arms_supply"}]
    text = "Armenia signed agreements with India to acquire armed drones and radars."
    assert provisions(text) == [{"arms_supply"}]


def test_goods_that_are_no_weapons_or_a_goal_of_another_verb_are_no_arms_sale():
    text = "Kenya and Uganda signed a deal to transfer grain and fertiliser."
    assert provisions(text) == [set()]
    text = "Australia and the US signed a pact in 2023 to help Australia acquire submarines."
    assert "arms_supply" not in provisions(text)[0]


def test_the_purpose_of_the_signing_is_what_the_agreement_is_for():
    text = (
        "Moscow signed a deal with Tashkent on Monday to be jointly engaged in building a "
        "nuclear power plant."
    )
    assert "nuclear" in provisions(text)[0]
    text = "Ghana signed a deal with Qatar on 12 May, 2019, for a supply of LNG until 2032."
    assert provisions(text) == [{"energy"}]
    text = (
        "Iran and Russia held talks in Moscow in May, and several documents were signed for "
        "developing oil fields."
    )
    assert provisions(text) == [{"energy"}]
    text = (
        "Japan, Britain and Italy signed a treaty on Thursday to set up a programme that aims "
        "to jointly develop a new fighter."
    )
    assert provisions(text) == [{"military_technical"}]


def test_a_signing_to_end_something_names_no_area():
    text = "Kenya and Uganda signed an agreement on Monday to end the dispute over fishing rights."
    assert provisions(text) == [set()]


def test_a_connective_before_an_opening_contrast_keeps_the_contrast():
    for opening in ("But unlike", "However, unlike", "Unlike"):
        text = (
            "Iran and Russia signed a partnership treaty in Moscow on Friday. "
            f"{opening} Moscow's pact with Pyongyang, it does not oblige either side to defend "
            "the other."
        )
        assert defence(text) == {("IRN", "RUS"): False, ("PRK", "RUS"): None}
