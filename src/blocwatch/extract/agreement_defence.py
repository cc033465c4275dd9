"""Which agreement of a sentence its defence-clause words speak of: the clauses of each
agreement, pronoun openings ("It lacks a defence clause, unlike ..."), quoted names of
other documents."""

from __future__ import annotations

import re

from .agreement_anaphora import Antecedents
from .agreement_mention import AgreementMention
from .agreement_phrases import owned_cues
from .provisions import clause_spans, defense_stance
from .reading import Reading, SentenceView

_PRONOUN_OPENINGS = ("it ", "its ", "it’s ", "this ")


def pronoun_clause_defense(
    reading: Reading, view: SentenceView, found: list[AgreementMention], earlier: Antecedents
) -> None:
    """ "It does not include a defence clause, unlike the treaty with Pyongyang, which ...":
    the clauses before the first agreement named speak of the one the pronoun takes up."""
    target = earlier.last_told
    if not found or target is None or target.defense is not None:
        return
    contrast = _unlike_opening(view)
    if contrast is not None:
        # "Unlike Moscow's pact with Pyongyang, it does not oblige either side to ...": the
        # clauses after the contrast speak of the agreement the pronoun takes up; the one
        # named in the contrast is only set against it
        for m in found:
            if reading.doc[m.np_start].idx < view.start + contrast:
                m.defense = None
        rest = view.text[contrast:].lstrip(" ,").lower()
        if rest.startswith(_PRONOUN_OPENINGS):
            target.defense = defense_stance(view, (), (view.start + contrast, view.end))
        return
    if not view.text.lower().startswith(_PRONOUN_OPENINGS):
        return
    first = min(reading.doc[m.np_start].idx for m in found)
    clauses = [c for c in clause_spans(view) if c[1] <= first]
    if clauses:
        target.defense = defense_stance(view, (), (clauses[0][0], clauses[-1][1]))


def _unlike_opening(view: SentenceView) -> int | None:
    """The end (sentence characters) of an opening "Unlike X," contrast, or None."""
    if not view.text.lower().startswith("unlike "):
        return None
    comma = view.text.find(",")
    return comma if comma > 0 else None


def alone_in(reading: Reading, span: tuple[int, int], nps) -> bool:
    """Whether one agreement only is named inside ``span`` (document characters)."""
    return sum(span[0] <= reading.doc[o[0]].idx < span[1] for o in nps) == 1


def clauses_of(reading: Reading, view: SentenceView, np, nps) -> tuple[int, int] | None:
    """The clauses that speak of the agreement ``np`` (document characters): its own clause
    and the ones after it up to the next agreement's; the first agreement also takes the
    clauses before it, unless the sentence opens with a pronoun ("It lacks a defence clause,
    unlike the treaty with Pyongyang, which ..."). None when the sentence is one clause."""
    clauses = clause_spans(view)
    if len(clauses) < 2:
        return None
    at = reading.doc[np[0]].idx
    others = [reading.doc[o[0]].idx for o in nps if o is not np]
    k = next(i for i, (a, b) in enumerate(clauses) if a <= at < b or i == len(clauses) - 1)
    first, last = k, k
    while last + 1 < len(clauses) and not any(
        clauses[last + 1][0] <= o < clauses[last + 1][1] for o in others
    ):
        last += 1
    earlier_np = any(o < clauses[k][0] for o in others)
    if not earlier_np and not view.text.lower().startswith(_PRONOUN_OPENINGS):
        first = 0
    return clauses[first][0], clauses[last][1]


def owns_defense(reading: Reading, view: SentenceView, np, nps) -> bool:
    """Whether the sentence's defence-clause words are about this noun phrase (the nearest
    one) rather than another agreement it names."""
    cues = view.cues_of("defense_cues")
    return not cues or bool(owned_cues(cues, np, nps, reading, complements=True))


def defence_only_in_other_names(reading: Reading, view: SentenceView, np) -> bool:
    """Whether every defence word of the sentence lies in the quoted name of another
    document ("guided by the 'Treaty on Friendship' and the 'Protocol on Mutual
    Assistance'"): that clause is the other document's, not this one's."""
    cues = view.cues_of("defense_cues")
    at = reading.doc[np[0]].idx
    others = [q for q in _quoted_spans(view) if not q[0] <= at < q[1]]
    return bool(cues) and all(any(a <= c.start and c.end <= b for a, b in others) for c in cues)


_QUOTED = re.compile(r"(?<!\w)'[^']+'(?!\w)|\"[^\"]+\"|“[^”]+”|‘[^’]+’")


def _quoted_spans(view: SentenceView) -> list[tuple[int, int]]:
    """Document character spans of the quoted stretches of the sentence (quoted names)."""
    return [(view.start + m.start(), view.start + m.end()) for m in _QUOTED.finditer(view.text)]
