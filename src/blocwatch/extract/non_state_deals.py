"""Deals a breakaway region or an armed group is a party to ("the MoU between Ethiopia and
Somaliland", "a truce with the Houthis"): no agreement between states, so the state their
parties lack is not taken from elsewhere in the text."""

from __future__ import annotations

from ..base.tables import words_of_kind
from .reading import Reading, SentenceView

# Kinds of non-state actor that make a deal theirs, not one between states: a breakaway region
# ("the MoU between Ethiopia and Somaliland") or an armed group ("a truce with the Houthis").
_NON_STATE_PARTIES = frozenset(("region", "armed_group"))
_LIST_STARTS = words_of_kind("agreement_words.tsv", "party_list_start")
_LIST_LINKS = words_of_kind("agreement_words.tsv", "party_list_link")


def _in_own_list(reading: Reading, view: SentenceView, np, m) -> bool:
    """Whether the non-state actor ``m`` is one of the agreement noun's own parties: the list
    opens right after the noun (party_list_start: "with", "between", "by") and runs to the
    actor through nothing but states and linking words (party_list_link: "and", "'s",
    "breakaway", ...): "between Ethiopia and Somaliland", "with Somalia's breakaway region of
    Somaliland", "by the breakaway Somaliland region". Any other word ends the list ("with
    Somalia to fight al-Shabaab", "with Djibouti after talks with Somaliland"); a comma goes
    on only to a state ("with Egypt, Somalia and ...", not "with Somalia, and the rebels")."""
    if reading.lower(np[1]) not in _LIST_STARTS:
        return False
    states = {t for s in view.mentions for t in range(s.tok, s.tok_end)}
    serial = False  # a comma of the list was followed by a state
    for i in range(np[1] + 1, m.tok):
        if i in states:
            continue
        word = reading.lower(i)
        if word == ",":
            if i + 1 in states:
                serial = True
            elif not (serial and reading.lower(i + 1) == "and"):
                return False
        elif word not in _LIST_LINKS:
            return False
    return True


def with_non_state_party(reading: Reading, view: SentenceView, np) -> bool:
    """ "the MoU between Ethiopia and Somaliland", "an agreement by the breakaway Somaliland
    region", "Somaliland, a self-declared republic, reached an accord with Kenya": a breakaway
    region or an armed group (non_state_actors.tsv) among the agreement's own parties makes it
    no agreement between states, so the state its parties lack is not taken from elsewhere."""
    for m in view.non_state:
        group = reading.known_group(m)
        if group is None or group.type not in _NON_STATE_PARTIES:
            continue
        if np[1] <= m.tok <= np[1] + 8:
            if _in_own_list(reading, view, np, m):
                return True
        elif (
            m.tok_end <= np[0] and np[0] - m.tok_end <= 10 and _subject_signs(reading, view, m, np)
        ):
            return True
    return False


def _subject_signs(reading: Reading, view: SentenceView, m, np) -> bool:
    """Whether the non-state actor is the subject of the verb that takes up the agreement
    ("Somaliland, a self-declared republic, reached a port accord"): a signing verb between
    the two, no state named between them, and the actor the subject of that verb in the
    parse (not "Chad, which has long fought the rebels, signed a deal with Niger", where the
    group is the object of a clause of its own). Unparsed, no state may come before it."""
    states = {t for s in view.mentions for t in range(s.tok, s.tok_end)}
    if any(t in states for t in range(m.tok_end, np[0])):
        return False
    verbs = [c for c in view.cues_of("agreement_verbs") if m.tok_end <= c.tok < np[0]]
    if not verbs:
        return False
    parse = view.parse()
    if parse is None:
        return not any(t in states for t in range(view.tok, m.tok))
    head = reading.phrase_head(parse, m.tok, m.tok_end)
    if head is None or head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb_chars = {reading.doc[c.tok].idx for c in verbs}
    return parse.doc_char(head.head) in verb_chars
