"""Which actor mentions in a sentence can fill a role, judged from the words around them.

An actor named as a place ("signed in Moscow"), as the target of a war ("the invasion of
Ukraine") or as the origin of something ("switched ties from Taiwan") is not a party to what
the sentence reports; a demonym is a state only when it qualifies something that acts for the
state ("Iranian President", "Russian forces"), not "Russian news agency".
"""

from __future__ import annotations

import re
from functools import cache

from ..base.tables import cue_table
from ..lang.en.words import roles as en
from .actors import Mention, heads_a_list_of_states
from .reading import Reading, SentenceView

# A mention right after one of these words is a location or a target, not an actor.
_NOT_ACTOR_BEFORE = en.NOT_ACTOR_BEFORE
_NOT_ACTOR_AFTER_PHRASE = (
    ("invasion", "of"),
    ("war", "on"),
    ("war", "in"),
    ("attack", "on"),
    ("attacks", "on"),
    ("visit", "to"),
    ("trip", "to"),
    ("adversaries", "of"),
    ("ambassador", "to"),
    ("envoy", "to"),
    ("influence", "in"),
    ("sanctions", "on"),
    ("sanctions", "against"),
    ("north", "of"),
    ("south", "of"),
    ("east", "of"),
    ("west", "of"),
    ("coast", "of"),
    ("border", "with"),
    ("conflict", "over"),
    ("in", "eastern"),
    ("in", "western"),
    ("in", "northern"),
    ("in", "southern"),
    ("in", "central"),
    ("in", "northeastern"),
    ("in", "northwestern"),
    ("in", "southeastern"),
    ("in", "southwestern"),
)
# Words after "in" that make the capital a government after all: "the government in Kyiv".
_GOVERNMENT_BEFORE_IN = en.GOVERNMENT_BEFORE_IN
# Nouns that make a demonym stand for its state.
_STATE_NOUNS = en.STATE_NOUNS


def is_role_candidate(reading: Reading, m: Mention, *, place_ok: bool = False) -> bool:
    """Whether mention ``m`` can stand for an actor of what its sentence reports."""
    if is_dateline(reading, m):
        return False
    prev = reading.lower(m.tok - 1)
    if prev in _NOT_ACTOR_BEFORE:
        if prev == "in" and reading.lower(m.tok - 2) in _GOVERNMENT_BEFORE_IN:
            return True
        return place_ok
    prev2 = (reading.lower(m.tok - 2), prev)
    if prev2 in _NOT_ACTOR_AFTER_PHRASE:
        return place_ok and prev2[0] == "in"  # "in eastern Congo" is still a place
    if _after_place_name(reading, m):
        return place_ok
    if m.kind == "demonym":
        return _demonym_acts(reading, m)
    return not _possessor_of_others(reading, m)


_AFTER_PLACE = en.AFTER_PLACE


def _town_word(t) -> bool:
    return t.text[:1].isupper() and t.is_alpha and t.lower_ not in _DATE_WORDS


_DATE_WORDS = en.DATE_WORDS


def _after_place_name(reading: Reading, m: Mention) -> bool:
    """ "in Savelletri, Italy", "SAMARKAND, Uzbekistan, Sept. 16": the state that locates a
    town named just before it (after "in"/"at", or opening a line) is a place."""
    if m.kind != "name" or reading.lower(m.tok - 1) != ",":
        return False
    after = reading.doc[m.tok_end] if m.tok_end < len(reading.doc) else None
    if after is not None and not (after.is_punct or after.is_space or after.lower_ in _AFTER_PLACE):
        return False  # "in Paris, France and Germany signed": a list, not a town's country
    if heads_a_list_of_states(reading.doc, m.tok_end, _named_tokens(reading, m)):
        return False  # "in Geneva, Chile, Peru and Bolivia signed": a list too
    i = m.tok - 2
    while i >= 0 and i > m.tok - 5 and _town_word(reading.doc[i]):
        i -= 1
    if i == m.tok - 2:
        return False  # no capitalised name before the comma
    if reading.lower(i) in ("in", "at", "near", "outside"):
        return True
    # a dateline: "SAMARKAND, Uzbekistan, Sept. 16 (Xinhua) --"
    town = [reading.token_text(j) for j in range(i + 1, m.tok - 1)]
    line_start = i < 0 or "\n" in reading.token_text(i)
    dateline_end = reading.token_text(m.tok_end)[:1] in (",", "(", "—", "-", "–")
    return line_start and dateline_end and all(w.isalpha() and w.isupper() for w in town)


def _named_tokens(reading: Reading, m: Mention) -> set[int]:
    """The token indexes of the actor names in the sentence of mention ``m``."""
    for view in reading.sentences:
        if view.tok <= m.tok < view.tok_end:
            return {i for n in view.mentions for i in range(n.tok, n.tok_end)}
    return set()


# "weapons to Armenia's rivals": the state owns the noun that fills the role, and is not it.
_OTHERS_OF = en.OTHERS_OF


def _possessor_of_others(reading: Reading, m: Mention) -> bool:
    after = reading.lower(m.tok_end)
    return after in ("'s", "’s", "'") and reading.lower(m.tok_end + 1) in _OTHERS_OF


def is_dateline(reading: Reading, m: Mention) -> bool:
    """ "LONDON —", "KINSHASA (CPA) -", "SEOUL/WASHINGTON (Reuters)": where the story was
    filed, at the start of a line, in capitals."""
    text = reading.text[m.start : m.end]
    if _in_source_credit(reading, m):
        return True
    if not (text.isupper() and len(text) > 3 and "." not in text):
        return False  # "U.S." is an abbreviation, not a dateline
    line_start = reading.text.rfind("\n", 0, m.start) + 1
    before = reading.text[line_start : m.start].strip(" /")
    if _PAIR_HYPHEN.match(reading.text, m.end):
        return False  # "ASEAN-China trade": one half of a pair, not where the story was filed
    after = reading.text[m.end : m.end + 3].lstrip()
    return (not before or before.isupper()) and after[:1] in ("—", "-", "–", "(", ",", ":", "/")


def _in_source_credit(reading: Reading, m: Mention) -> bool:
    """ "DOHA, (Some Outlet / QNA - 3rd May, 2022)", "(Wire- Kuwait News Agency
    (KUNA))": a name inside the brackets that credit the outlets, opening a
    line or right after its dateline, is who filed the story, not an actor of it."""
    if reading.text.rfind("(", max(0, m.start - 80), m.start) == -1:
        return False  # the common case, told cheaply: no bracket just before
    line_start = reading.text.rfind("\n", 0, m.start) + 1
    before = reading.text[line_start : m.start]
    if "(" not in before or len(before) > 80:
        return False
    opening = before.index("(")
    if not _CREDIT_OPENING.match(before[:opening]) or ")" in before[opening:]:
        return False
    close = reading.text.find(")", m.end, m.end + 80)
    if close == -1 or "\n" in reading.text[m.end : close]:
        return False
    credit = reading.text[line_start + opening : close]
    return bool(before[:opening].strip()) or "/" in credit or bool(_OUTLET_WORD.search(credit))


# What may stand before a source credit's bracket on its line: nothing, or a dateline in
# capitals ("ABU DHABI,", "KINSHASA", "SEOUL/WASHINGTON").
_OUTLET_WORD = re.compile(r"\b(?:News|Agency|Press|Media|Radio|TV|MENAFN|Reuters|AFP|AP)\b")
_CREDIT_OPENING = re.compile(r"^\s*(?:[A-Z][A-Z.'/ -]*[A-Z],?\s*)?$")


# A hyphen joined to a name on both sides ("ASEAN-China", "NATO-Russia"): a dateline's dash
# stands apart ("LONDON -", "LONDON — ")
_PAIR_HYPHEN = re.compile(r"[-–][A-Z][a-z]")


def _demonym_acts(reading: Reading, m: Mention) -> bool:
    i = _after_demonym_chain(reading, m.tok_end)
    nxt = reading.lower(i)
    if nxt in _STATE_NOUNS and reading.lower(i + 1) not in ("-", "–"):
        return True
    if nxt in ("-", "–", "and", ","):
        return True  # a list that goes on past what a few words show
    nxt_text = reading.token_text(i)
    # "North Korean leader Kim", "Chinese President Xi": a capitalised title.
    return bool(nxt_text[:1].isupper()) and nxt_text.lower() in reading.lex.titles


def _after_demonym_chain(reading: Reading, i: int) -> int:
    """The token after a chain of demonyms and a compound modifier: "French-German
    military-industrial company" ends at "company", "Russian and Chinese officials" at
    "officials"."""
    for _ in range(4):
        if reading.lower(i) in ("-", "–", "and", ",") and reading.token_text(i + 1)[:1].isupper():
            i += 2
        else:
            break
    while reading.lower(i + 1) in ("-", "–") and reading.doc[i].is_alpha:
        i += 2  # "military-industrial"
    return i


@cache
def _words_of(table: str) -> frozenset[str]:
    return frozenset(cue for cue, _ in cue_table(table))


def is_company_noun(word: str) -> bool:
    """Whether lower-case ``word`` names a company ("shipbuilder", "firm")."""
    return word in _words_of("company_nouns.tsv")


def owns_a_company(reading: Reading, m: Mention) -> bool:
    """ "Saudi Arabia's national oil company", "South Korea's leading carmaker": the state
    stands as the owner of a company named right after it, not as an actor."""
    if reading.lower(m.tok_end) not in ("'s", "’s"):
        return False
    for i in range(m.tok_end + 1, m.tok_end + 5):
        word = reading.doc[i] if i < len(reading.doc) else None
        if word is None or not (word.is_alpha or word.text in ("-", "–")):
            return False
        if is_company_noun(word.lower_):
            return True
    return False


def state_mentions(reading: Reading, view: SentenceView, **kw) -> list[Mention]:
    """Mentions of states in the sentence that can fill a role."""
    return [
        m
        for m in view.mentions
        if reading.lex.is_state(m.code) and is_role_candidate(reading, m, **kw)
    ]


def codes(mentions: list[Mention]) -> list[str]:
    """Codes of ``mentions`` in order of first appearance, without repeats."""
    seen: dict[str, None] = {}
    for m in mentions:
        seen.setdefault(m.code, None)
    return list(seen)


def mention_group_before(
    reading: Reading, view: SentenceView, tok: int, *, max_gap: int = 6
) -> list[Mention]:
    """The run of actor mentions that ends just before token ``tok``: "The U.S. and South
    Korea allege", "Iran's Foreign Minister Abbas Araqchi denied". Titles, names,
    possessives and conjunctions may stand between them; a verb or clause break may not."""
    before = [m for m in view.mentions if m.tok_end <= tok]
    group: list[Mention] = []
    limit = tok
    for m in reversed(before):
        gap = [reading.doc[i] for i in range(m.tok_end, limit)]
        if len(gap) > max_gap or any(_breaks_group(t.text) for t in gap):
            break
        group.append(m)
        limit = m.tok
    group.reverse()
    return group


# Verbs that end a run of actor mentions: what precedes them is another clause's.
_CLAUSE_VERBS = en.CLAUSE_VERBS


_CLAUSE_BREAKS = en.CLAUSE_BREAKS


def _breaks_group(token: str) -> bool:
    low = token.lower()
    return low in _CLAUSE_VERBS or low in _CLAUSE_BREAKS


def mentions_after(view: SentenceView, tok: int, window: int = 8) -> list[Mention]:
    """Mentions starting within ``window`` tokens after token ``tok``."""
    return [m for m in view.mentions if tok <= m.tok < tok + window]


# --- roles from the dependency parse (candidate sentences only) -------------------------------

_RELATIVE = en.RELATIVE
_SUBJECTS = ("nsubj", "nsubjpass")


def subject_mentions(reading: Reading, view: SentenceView, char: int) -> list[Mention] | None:
    """The actor mentions that are the subject of the verb at document character ``char``,
    from the dependency parse: the subject's whole phrase with its conjuncts ("Putin and
    North Korean leader Kim"), the passive agent ("was signed by X and Y"), a relative
    pronoun's antecedent ("Somalia, which announced an alliance"), the shared subject of
    joined verbs ("met and signed"). [] when the verb has a subject naming no actor ("The
    meeting adopted"); None when the parse cannot tell (no parse, no subject found)."""
    parse = view.parse()
    token = parse.token_at(char) if parse is not None else None
    if token is None:
        return None
    verb = token.head if token.dep_ in ("aux", "auxpass") else token
    for _ in range(4):  # climb through joined verbs and participles to the one with a subject
        found = _subject_phrases(verb)
        if found:
            break
        if verb.dep_ not in ("conj", "xcomp", "advcl", "acl") or verb.head is verb:
            return None
        verb = verb.head
    else:
        return None
    out: list[Mention] = []
    for phrase in found:
        if phrase.lower_ in _RELATIVE and verb.dep_ == "relcl":
            phrase = verb.head  # "Somalia, which announced": Somalia
        start = parse.doc_char(phrase.left_edge)
        end = parse.doc_char(phrase.right_edge) + len(phrase.right_edge.text)
        out.extend(m for m in view.mentions if start <= m.start and m.end <= end)
    return out


def _subject_phrases(verb) -> list:
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return agents or subjects


def governing_subject(reading: Reading, view: SentenceView, char: int) -> list[Mention] | None:
    """The actor mentions that are the subject of the verb governing the word at document
    character ``char`` ("Somalia, which announced a new alliance with Egypt": Somalia for
    "alliance"); None when the parse cannot tell."""
    parse = view.parse()
    token = parse.token_at(char) if parse is not None else None
    for _ in range(6):
        if token is None or token.pos_ in ("VERB", "AUX"):
            break
        token = token.head if token.head is not token else None
    if token is None or token.pos_ not in ("VERB", "AUX"):
        return None
    return subject_mentions(reading, view, parse.doc_char(token))
