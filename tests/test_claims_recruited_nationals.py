"""One state's nationals recruited into another state's forces: a troop deployment from the
nationals' state to the recruiter, as the studied gold codes every such case. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from blocwatch.extract import extract


def pairs(text: str) -> list[tuple[list[str], list[str], str]]:
    return [(c.subject, c.beneficiary, c.action) for c in extract("f", text, None).claims]


@pytest.mark.parametrize(
    ("text", "giver", "taker"),
    [
        # the recruiter after "by"
        ("Kyiv said that 90 Chinese citizens had been recruited by Russia's army.", "CHN", "RUS"),
        # the recruiter before the word of recruiting
        (
            "Ukrainian intelligence said Russia has recruited some 4,000 Cuban nationals"
            " who now fight as mercenaries for Moscow.",
            "CUB",
            "RUS",
        ),
        # "to join" the recruiter's forces, past an aside
        (
            "Leaked files show a campaign to recruit some 300 Cuban mercenaries, most of them"
            " from rural provinces, to join Russian forces in Ukraine.",
            "CUB",
            "RUS",
        ),
        # "into" the recruiter's army
        ("Delhi said 150 Indian nationals had been recruited into the Russian army.", "IND", "RUS"),
    ],
)
def test_nationals_recruited_by_a_state(text, giver, taker):
    assert ([giver], [taker], "troop_deployment") in pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        # "fight in" names the battlefield, not whom they fight for
        "The RSF recruited Colombian mercenaries to fight in Sudan.",
        # a state's own people
        "Moscow recruited Russian prisoners into the Russian army.",
    ],
)
def test_no_recruiting_state_no_claim(text):
    assert all(a != "troop_deployment" or b for _, b, a in pairs(text))
    assert not any(s == ["COL"] for s, _, _ in pairs(text))
