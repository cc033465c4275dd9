"""Agreements that a state's forces are stationed abroad under ("US troops stationed in
South Korea under the 1953 treaty"): the forces' state and the host are the parties."""

from __future__ import annotations

from ..lang.en.words import agreements as en
from .actors import Mention
from .reading import Reading, SentenceView

_AUXILIARIES = en.AUXILIARIES


def stationed_pair(reading: Reading, view: SentenceView, np) -> list[list[str]]:
    """The parties of an agreement that a state's forces are abroad under ("US troops
    stationed in South Korea under the 1953 treaty", "the Russian base opened in Tajikistan
    under an earlier agreement"): the forces' state and the host named after "in" before
    "under"; [] unless the sentence says so."""
    start = np[0]
    under = next(
        (
            i
            for i in range(start - 1, max(view.tok, start - 5) - 1, -1)
            if reading.lower(i) == "under"
        ),
        None,
    )
    if under is None:
        return []
    owner = host = None
    for m in view.mentions:
        if m.tok >= under:
            break
        if not reading.lex.is_state(m.code):
            continue
        if owner is None and _owns_forces(reading, m):
            owner = m
        elif owner is not None and _after_host_word(reading, m):
            host = m
    if owner is None and reading.lower(view.tok) in ("it", "its"):
        # "The Russian base is in Tajikistan. It opened there under a 1993 agreement": the
        # pronoun stands for the forces the sentence before named
        owner = _forces_before(reading, view)
        host = next(
            (m for m in view.mentions if m.tok < under and _after_host_word(reading, m)), None
        )
    if owner is None or host is None or owner.code == host.code:
        return []
    return [[owner.code, host.code]]


def _after_host_word(reading: Reading, m: Mention) -> bool:
    """ "in Tajikistan", "to the Philippines": the mention names where forces are."""
    before = m.tok - 1 - (reading.lower(m.tok - 1) == "the")
    return reading.lex.is_state(m.code) and reading.lower(before) in en.HOST_BEFORE


def _forces_before(reading: Reading, view: SentenceView) -> Mention | None:
    """The state whose forces the sentence before names ("The Russian military base ...")."""
    if view.index == 0:
        return None
    prev = reading.sentences[view.index - 1]
    return next(
        (m for m in prev.mentions if reading.lex.is_state(m.code) and _owns_forces(reading, m)),
        None,
    )


def _owns_forces(reading: Reading, m: Mention) -> bool:
    """ "US troops", "American soldiers", "the Russian military base": the mention qualifies
    a noun for forces, directly or after one more modifier; or it is the subject of a verb
    of stationing ("Germany will station a brigade", "Russia has deployed jets")."""
    i = m.tok_end
    if reading.lower(i) in en.FORCE_NOUNS or (
        reading.doc[i].is_alpha and reading.lower(i + 1) in en.FORCE_NOUNS
    ):
        return True
    while reading.lower(i) in en.MODALS or reading.lower(i) in _AUXILIARIES:
        i += 1
    return reading.lower(i) in en.STATIONING_VERBS
