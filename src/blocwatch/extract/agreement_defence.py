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
    """The end (sentence characters) of an opening "Unlike X," contrast, or None; a
    connective may stand before it ("But unlike X,", "However, unlike X,")."""
    opening = _CONNECTIVE.match(view.text)
    at = opening.end() if opening else 0
    if not view.text.lower().startswith("unlike ", at):
        return None
    comma = view.text.find(",", at)
    return comma if comma > 0 else None


# Words that join a sentence to the one before without changing what it says.
_CONNECTIVE = re.compile(r"(?:but|and|yet|however|still|though)\b,?\s+", re.IGNORECASE)


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
    """Whether the sentence's defence-clause words are about this noun phrase rather than
    another agreement it names: the agreement the parse makes the words' clause speak of
    (``_clause_owner``), else the nearest noun phrase."""
    cues = view.cues_of("defense_cues")
    if not cues or len(nps) < 2:
        return True
    nearest = set(map(id, owned_cues(cues, np, nps, reading, complements=True)))
    # words in or right before a noun phrase ("a mutual defence treaty") are its own; only
    # the others need the parse (asked for only then: it is the dear step)
    loose = [c for c in cues if not any(o[0] - 5 <= c.tok < o[1] for o in nps)]
    heads = _np_heads(reading, view, nps) if loose else {}
    for c in cues:
        owner = _clause_owner(reading, view, c, heads) if c in loose else None
        if (owner is np) if owner is not None else id(c) in nearest:
            return True
    return False


def _np_heads(reading: Reading, view: SentenceView, nps) -> dict:
    """The parse's head token of each agreement noun phrase (empty without a parse)."""
    parse = view.parse()
    if parse is None:
        return {}
    heads = {}
    for o in nps:
        head = reading.phrase_head(parse, o[0], o[1])
        if head is not None:
            heads[head.i] = o
    return heads


def _clause_owner(reading: Reading, view: SentenceView, cue, heads: dict):
    """The agreement noun phrase whose clause holds the defence words at ``cue``, by the
    parse: the nearest verb above the words whose subject is an agreement ("the agreement
    with Iran does not provide for ... military assistance in the event of aggression"; a
    relative pronoun stands for the noun it hangs on), or that an "under" phrase puts under
    one ("Under Article 2 of the agreement, both will assist each other if ... attacked").
    An agreement named inside that clause ("the creation of a military alliance", "Article
    51 of the UN Charter") is what the clause mentions, not what it describes. None when
    the parse names no such agreement. Words inside an agreement's own noun phrase ("would
    not affect the Mutual Defense Cooperation Agreement") are that agreement's."""
    if not heads:
        return None
    parse = view.parse()
    word = parse.token_at(reading.doc[cue.tok].idx) if parse is not None else None
    if word is None:
        return None
    for up in (word, *word.ancestors):
        if up.i in heads:
            return heads[up.i]  # the words are of a noun phrase: "a mutual defence treaty"
        if up.pos_ not in ("VERB", "AUX"):
            continue
        for child in up.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                subject = child
                if subject.tag_ in ("WDT", "WP") and up.dep_ == "relcl":
                    subject = up.head  # "a treaty that obliges ...": the treaty
                if subject.i in heads:
                    return heads[subject.i]
            elif child.dep_ == "prep" and child.lower_ == "under":
                for t in child.subtree:
                    if t.i in heads:
                        return heads[t.i]
    return None


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
    """Document character spans of the quoted names of the sentence: quoted stretches of a
    name's length. A longer quote ("Both parties provide to each other help and assistance
    ... if an armed attack is taking place") cites a text's words, not a document's name."""
    return [
        (view.start + m.start(), view.start + m.end())
        for m in _QUOTED.finditer(view.text)
        if len(m.group().split()) <= _NAME_WORDS
    ]


# The most words a quoted document name runs to ("the 'Treaty on Friendship, Cooperation and
# Mutual Assistance between ...'").
_NAME_WORDS = 16
