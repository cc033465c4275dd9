"""Sentences after an agreement's that add to it: what it covers, "It was signed on ...",
"The signing ceremony took place on ..."."""

from __future__ import annotations

from ..lang.en.words import agreements as en
from ..model import Event
from .agreement_anaphora import Antecedents
from .agreement_mention import AgreementMention
from .bystanders import party_mentions
from .provisions import defense_stance, provisions_in
from .reading import Reading, SentenceView
from .roles import codes
from .signing_dates import nearest_date

_SOFT_SIGN = en.SOFT_SIGN


def _pronoun_signed(reading: Reading, view: SentenceView, last: AgreementMention | None) -> None:
    """ "It was signed on December 3, 1997 in Ottawa": the date of the agreement the
    sentence before named, when that one had none."""
    if last is None or last.signed or last.strength == "proposed" or view.has("proposal_cues"):
        return
    verbs = view.cues_of("agreement_verbs", "signed")
    if not verbs or verbs[0].text.lower() in _SOFT_SIGN:
        return
    passive = {"was", "were", "been", "is"} & set(reading.lowers(verbs[0].tok - 3, verbs[0].tok))
    if not passive and reading.lower(verbs[0].tok_end) != "it":
        return  # "It is noted that two ministers signed a protocol": not "it" that was signed
    date = nearest_date(reading, view, verbs[0].tok, [], None)
    if date:
        last.signed = date
        last.events.append(Event("signed", date, [view.evidence()]))
        last.strength = "strong"


def _pronoun_after_opening(reading: Reading, view: SentenceView) -> bool:
    """ "In May, it was signed by ...", "The two sides signed it in 2021": the agreement of
    the sentence before taken up by "it", after a short opening adverbial or as the object of
    the signing verb."""
    words = reading.lowers(view.tok, min(view.tok_end, view.tok + 7))
    if "," in words[1:5] and words[words.index(",") + 1 : words.index(",") + 2] == ["it"]:
        return True
    verbs = view.cues_of("agreement_verbs", "signed")
    return bool(verbs) and reading.lower(verbs[0].tok_end) == "it" and verbs[0].tok - view.tok <= 5


_CEREMONY_WORDS = en.CEREMONY_WORDS


def _ceremony_date(reading: Reading, view: SentenceView, last: AgreementMention) -> None:
    """ "The signing ceremony took place in New Delhi on April 28, 2025" right after the
    agreement's sentence: the date of its signing, when that sentence gave none."""
    if last.signed or last.strength == "proposed" or view.has("proposal_cues"):
        return
    words = reading.lowers(view.tok, view.tok_end)
    if "signing" not in words or _CEREMONY_WORDS.isdisjoint(words):
        return
    at = words.index("signing")
    if at > 2:
        # "the signing" must be what the sentence is about, its subject, or the date must
        # follow "signing ceremony" ("..., he said during the signing ceremony on Thursday")
        date = _date_right_after_ceremony(reading, view, view.tok + at)
    else:
        date = nearest_date(reading, view, view.tok + at, [], None)
    if date:
        last.signed = date
        last.events.append(Event("signed", date, [view.evidence()]))


def _date_right_after_ceremony(reading: Reading, view: SentenceView, signing: int) -> str | None:
    if reading.lower(signing + 1) != "ceremony":
        return None
    for d in reading.dates(view):
        span = reading.doc.char_span(d.start, d.end, alignment_mode="expand")
        if span is not None and signing + 2 <= span.start <= signing + 4:
            return d.value
    return None


def continue_provisions(
    reading: Reading, view: SentenceView, earlier: Antecedents, listed: bool
) -> None:
    """A sentence right after an agreement that goes on to say what it covers ("... and
    announced cooperation on satellite development"), or an item of a list the agreement's
    sentence opened with a colon, adds to that agreement when every state it names is a
    party."""
    last = earlier.last
    if last is None:
        return
    if view.text.split(maxsplit=1)[0] in ("It", "Its") or _pronoun_after_opening(reading, view):
        # "It also covers ...": the pronoun takes up the agreement the article is about, not
        # one it named in passing ("The treaty replaces a treaty concluded in 2000").
        _pronoun_signed(reading, view, last if last.view.index == view.index - 1 else None)
        last = earlier.last_told or last
    if listed:
        last.provisions |= provisions_in(reading, view, None)
        return
    if last.view.index == view.index - 1:
        _ceremony_date(reading, view, last)
    named = set(codes(party_mentions(reading, view)))
    if not named <= set(last.parties):
        return
    if view.has("inclusion_cues"):
        last.provisions |= provisions_in(reading, view, None)
    stance = defense_stance(view)
    if stance is not None and last.defense is None:
        last.defense = stance  # "Under Article 4 of the document, if one side is attacked ..."
