"""States a sentence names that are no parties of its agreement: mediators ("a China-brokered
deal"), depositaries, sources cited, and states named in adjuncts that set the scene ("amid
Russia's war", ", a move that angered Baku")."""

from __future__ import annotations

from ..base.tables import words_of_kind
from ..lang.en.words import agreements as en
from .actors import Mention
from .reading import Reading, SentenceView
from .roles import is_dateline, is_role_candidate, owns_a_company


def party_mentions(reading: Reading, view: SentenceView) -> list[Mention]:
    background = background_spans(reading, view)
    speakers = speaker_mentions(reading, view)
    return [
        m
        for m in view.mentions
        if reading.lex.is_state(m.code)
        and (
            is_role_candidate(reading, m)
            or fronted_host(reading, view, m)
            or _demonym_of_bodies(reading, m)
        )
        and not owns_a_company(reading, m)
        and not is_mediator(reading, m)
        and not _depositary(reading, m)
        and not any(a <= m.tok < b for a, b in background)
        and m.tok not in speakers
    ]


_SPEAKER_VERBS = words_of_kind("agreement_words.tsv", "speaker_verb")
_STANDING_PRONOUNS = frozenset("it they we he she i".split())


def speaker_mentions(reading: Reading, view: SentenceView) -> set[int]:
    """First tokens of states that only speak of a deal others made: the subject of a verb of
    saying or praising ("the Turkish president announced a visit after the two neighbours
    signed ...") or its agent ("a truce hailed as historic by the US president"). A speaker
    stays a party when the clause it speaks holds fewer than two other parties ("Japan said
    it signed a deal with India") or when a pronoun there signs ("he said they signed")."""
    actors = [m for m in view.mentions if reading.lex.is_state(m.code) or m.kind == "org"]
    if len({m.code for m in actors}) < 3:
        return set()  # a speaker and two others, or no such role to read
    words = reading.lowers(view.tok, view.tok_end)
    if not any(w in _SPEAKER_VERBS for w in words):
        return set()
    return reading.kept(f"speakers@{view.tok}", lambda r: _speakers(r, view, actors))


def _speakers(reading: Reading, view: SentenceView, actors: list[Mention]) -> set[int]:
    parse = view.parse()
    if parse is None:
        return set()
    steps = {reading.doc[c.tok].idx for c in view.cues_of("agreement_verbs")}
    out: set[int] = set()
    for m in actors:
        t = reading.phrase_head(parse, m.tok, m.tok_end)
        if t is None:
            continue
        while t.dep_ in ("compound", "amod", "poss", "appos", "nmod") and t.head is not t:
            t = t.head
        verb = _spoken_verb(t)
        if verb is None:
            continue
        lo, hi = t.left_edge.idx + parse.offset, t.right_edge.idx + parse.offset
        others = {
            o.code for o in actors if o.code != m.code and not lo <= reading.doc[o.tok].idx <= hi
        }
        if len(others) < 2:
            continue
        if any(
            w.lower_ in _STANDING_PRONOUNS
            and w.dep_ == "nsubj"
            and w.head.idx + parse.offset in steps
            for w in verb.subtree
        ):
            continue  # "Tokyo said it had signed with Delhi and Canberra": the speaker signs
        out.add(m.tok)
    return out


def _spoken_verb(t):
    """The verb of saying or praising whose subject or "by" agent the phrase headed by token
    ``t`` is (None when it is neither): "the president announced", "hailed as a deal by X"."""
    if t.dep_ == "nsubj":
        return t.head if t.head.lower_ in _SPEAKER_VERBS else None
    if t.dep_ != "pobj" or t.head.lower_ != "by":
        return None
    up = t.head
    for _ in range(4):  # "hailed as a peace deal by X": "by" may hang on the noun
        up = up.head
        if up.lower_ in _SPEAKER_VERBS:
            return up
        if up.dep_ == "ROOT" or up.pos_ == "VERB":
            return None
    return None


def fronted_host(reading: Reading, view: SentenceView, m: Mention) -> bool:
    """ "In Niger, the new leadership ... revoked a military agreement with the US": a state
    that opens the sentence as its scene, followed by a government that names no state of its
    own, is the state that acts."""
    if m.tok - 1 != view.tok or reading.lower(view.tok) != "in" or reading.lower(m.tok_end) != ",":
        return False
    nxt = m.tok_end + 1 + (reading.lower(m.tok_end + 1) == "the")
    words = reading.lowers(nxt, min(nxt + 3, view.tok_end))
    if not any(w in _GOVERNMENTS for w in words):
        return False
    return not any(o.tok >= m.tok_end and o.tok < nxt + 3 for o in view.mentions)


_GOVERNMENTS = words_of_kind("agreement_words.tsv", "fronted_government")
_PLURAL_BODIES = words_of_kind("agreement_words.tsv", "plural_body")
_BODY_MODIFIERS = words_of_kind("agreement_words.tsv", "body_modifier")


def _demonym_of_bodies(reading: Reading, m: Mention) -> bool:
    """ "The Uzbek and Russian governments signed ...", "Russian and Malian defence ministers":
    a demonym in a list before a plural noun for the states' governments or their members
    names each state as an actor."""
    if m.kind != "demonym" or is_dateline(reading, m):
        return False
    i = m.tok_end
    for _ in range(4):  # "Uzbek and Russian", "Uzbek, Kazakh and Russian"
        if reading.lower(i) in ("and", ",") and reading.token_text(i + 1)[:1].isupper():
            i += 2
        else:
            break
    if i == m.tok_end and not (
        reading.lower(m.tok - 1) in ("and", ",") and reading.token_text(m.tok - 2)[:1].isupper()
    ):
        return False  # a list of demonyms, not "Russian ministers" alone
    if reading.lower(i) in _BODY_MODIFIERS:
        i += 1  # "defence ministers", "foreign ministers", "prime ministers"
    return reading.lower(i) in _PLURAL_BODIES


_ONLOOKER_VERBS = words_of_kind("agreement_words.tsv", "onlooker_verb")
_BACKGROUND_OPENERS = en.BACKGROUND_OPENERS
_SUMMING_NOUNS = en.SUMMING_NOUNS
_BACKGROUND_PHRASES = en.BACKGROUND_PHRASES


# The phrases by their first word: most tokens start none, and are passed over at one look-up.
_BACKGROUND_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _phrase in _BACKGROUND_PHRASES:
    _BACKGROUND_BY_FIRST.setdefault(_phrase[0], []).append(_phrase)


def _opens_background(reading: Reading, i: int) -> bool:
    """ "at a time of waning U.S. interest": a phrase that sets the scene as "amid" does."""
    phrases = _BACKGROUND_BY_FIRST.get(reading.lower(i))
    return bool(phrases) and any(tuple(reading.lowers(i, i + len(p))) == p for p in phrases)


_MEDIATION_NOUNS = en.MEDIATION_NOUNS


def _list_end(reading: Reading, view: SentenceView, i: int) -> int:
    """The token after a list of actors starting at token ``i`` ("Qatar, Egypt and the
    United States"): the brokers of a deal, no parties of it."""
    starts = {m.tok: m.tok_end for m in view.mentions}
    end = i
    while i < view.tok_end:
        if i in starts:
            i = end = starts[i]
        elif reading.lower(i) in ("and", ",", "the", "'s", "’s") or (
            reading.lower(i) in reading.lex.titles and reading.token_text(i)[:1].isupper()
        ):
            i += 1  # "US President Donald Trump": a title between the state and the person
        else:
            break
    return end


def background_spans(reading: Reading, view: SentenceView) -> list[tuple[int, int]]:
    """Token spans of adjuncts that set the scene rather than tell who agreed: "amid
    Russia's war" up to the next comma, ", a move that angered Baku and Moscow" to the
    sentence's end. States named there are context, never parties of the sentence's deal."""
    spans: list[tuple[int, int]] = modified_pairs(reading, view) + subordinate_spans(reading, view)
    for i in range(view.tok, view.tok_end):
        word = reading.lower(i)
        if word in _BACKGROUND_OPENERS or (
            word in _BACKGROUND_BY_FIRST and _opens_background(reading, i)
        ):
            end = next((j for j in range(i + 1, view.tok_end) if reading.lower(j) == ","), None)
            if end is None and i - view.tok < 2:
                continue  # "Amid the talks Japan and Australia signed ...": no edge to see
            spans.append((i, end if end is not None else view.tok_end))
        elif word in _DEPOSIT_VERBS:
            spans.extend(_depositary_span(reading, view, i))
        elif word in _RELATIVES and _describing_clause(reading, view, i):
            spans.append((i, view.tok_end))  # ", which includes Japan among its members"
        elif word == "," and _trailing_participle(reading, view, i + 1):
            spans.append((i, view.tok_end))  # ", vowing to keep supporting Kyiv"
        elif word == "as" and reading.lower(i - 1) in en.WITNESS_VERBS and i - 1 > view.tok:
            spans.append((view.tok, i))  # "the envoy looked on as X and Y signed"
        elif word == "as" and (onlookers := _onlookers_end(reading, view, i + 1)):
            spans.append((i, onlookers))  # "as Tanzania looked on"
        elif (
            word in _MEDIATED and reading.lower(i + 1) == "by" and not _guest_of(reading, view, i)
        ) or (word in _MEDIATION_NOUNS and reading.lower(i + 1) == "of"):
            end = _list_end(reading, view, i + 2)
            if i - view.tok < 4:
                # a fronted adjunct ends at its comma: "With the mediation of Peru, Chile
                # and Bolivia signed ..."
                end = next((j for j in range(i, end) if reading.lower(j) == ","), end)
            spans.append((i, end))
        elif (
            word == ","
            and reading.lower(i + 1) == "a"
            and reading.lower(i + 2) in _SUMMING_NOUNS
            and reading.lower(i + 3) in ("that", "which")
        ):
            spans.append((i, view.tok_end))
    return spans


_RELATIVES = words_of_kind("agreement_words.tsv", "describing_relative")
_SUBORDINATORS = words_of_kind("agreement_words.tsv", "scene_subordinator")


def subordinate_spans(reading: Reading, view: SentenceView) -> list[tuple[int, int]]:
    """Token spans of adverbial clauses that set the scene of a step ("a pact first signed in
    2007 when China's rise was less feared", "while Russia watched warily"): by the parse, a
    clause opened by a scene word, with no step of an agreement and no agreement noun in it.
    Read only in sentences that name three states or more (where a bystander can hide among
    the parties) and hold such a word."""
    if not (view.has("agreement_terms") or view.has("agreement_verbs")):
        return []  # no agreement told: no party to tell apart
    if not any(w in _SUBORDINATORS for w in reading.lowers(view.tok, view.tok_end)):
        return []
    if len({m.code for m in view.mentions if reading.lex.is_state(m.code)}) < 3:
        return []
    return reading.kept(f"subordinate@{view.tok}", lambda r: _subordinate_spans(r, view))


def _subordinate_spans(reading: Reading, view: SentenceView) -> list[tuple[int, int]]:
    parse = view.parse()
    if parse is None:
        return []
    cues = view.cues_of("agreement_verbs") + view.cues_of("agreement_terms")
    told = {reading.doc[c.tok].idx for c in cues}
    out: list[tuple[int, int]] = []
    for t in parse.doc:
        if t.lower_ not in _SUBORDINATORS or t.dep_ not in ("mark", "advmod"):
            continue
        clause = t.head
        if clause.dep_ != "advcl" or clause.left_edge.i != t.i:
            continue  # the word opens an adverbial clause of its own
        lo = parse.doc_char(clause.left_edge)
        hi = parse.doc_char(clause.right_edge) + len(clause.right_edge.text)
        if any(lo <= c < hi for c in told):
            continue  # "when Tokyo signed a pact with Manila": a step of its own
        toks = [i for i in range(view.tok, view.tok_end) if lo <= reading.doc[i].idx < hi]
        if toks:
            out.append((toks[0], toks[-1] + 1))
    return out


def _describing_clause(reading: Reading, view: SentenceView, i: int) -> bool:
    """Whether the relative pronoun at token ``i`` opens a clause that describes a party or
    the agreement after the step was told ("... joins the trade pact, which counts Japan and
    Australia among its members"; "with Serbia, which, like Hungary, is friendly to Moscow"):
    once two states are named before it, the states it names are context, no signers. Only
    with a comma at its edge (a clause set off), only after a word of the agreement and with none
    after it (the clause runs to the sentence's end)."""
    if reading.lower(i - 1) != "," and reading.lower(i + 1) != ",":
        return False
    cues = view.cues_of("agreement_verbs") + view.cues_of("agreement_terms")
    if not any(c.tok < i for c in cues) or any(c.tok > i for c in cues):
        return False  # "Unlike the accord X signed, which ..., the pact Y signed": another deal
    before = {m.code for m in view.mentions if m.tok < i and reading.lex.is_state(m.code)}
    return len(before) >= 2


def _onlookers_end(reading: Reading, view: SentenceView, i: int) -> int:
    """The token after "as <actors> looked on" / "as <actors> watched" from token ``i`` (0
    when the words there are no such clause): the onlookers of a signing, no parties."""
    j = _list_end(reading, view, i)
    if j == i:
        return 0
    words = reading.lowers(j, j + 2)
    if words[:2] == ["looked", "on"]:
        return j + 2
    if words[:1] and words[0] in _ONLOOKER_VERBS:
        return j + 1
    return 0


def _guest_of(reading: Reading, view: SentenceView, i: int) -> bool:
    """ "Prime Minister Sharif was hosted by President Erdogan": a leader received by another
    is that one's guest, and the host is the other side of the meeting, no broker of it (as
    in "talks hosted by Qatar")."""
    if reading.lower(i) != "hosted" or reading.lower(i - 1) not in ("was", "were"):
        return False
    return any(
        i - 6 <= m.tok and m.tok_end <= i - 1 and reading.lex.is_state(m.code)
        for m in view.mentions
    )  # "Kenya's president was hosted by ..."


def _trailing_participle(reading: Reading, view: SentenceView, i: int) -> bool:
    """Whether token ``i``, after a comma, opens a participle clause that tells what the
    signers meant or did besides ("vowing to keep supporting Kyiv", "pledging aid to
    Gaza"): the states it names are context. Only after a step of an agreement, not in a
    clause before it ("Speaking in Beijing, ...")."""
    if reading.lower(i) not in en.STANCE_PARTICIPLES and not _consequence(reading, view, i):
        return False
    return any(c.tok < i for c in view.cues_of("agreement_verbs"))


def _consequence(reading: Reading, view: SentenceView, i: int) -> bool:
    """ "..., putting Washington on a par with Beijing", "..., angering Greece": any
    participle clause after the step, once two states are named before it, tells what
    followed from it; its states are no parties. A participle that lists ("including") or
    is itself a step ("signing", "joining") opens no such clause."""
    word = reading.lower(i)
    if len(word) < 6 or not word.endswith("ing") or not reading.token_text(i).islower():
        return False
    if word in en.LIST_PARTICIPLES or any(c.tok == i for c in view.cues_of("agreement_verbs")):
        return False
    before = {m.code for m in view.mentions if m.tok < i and reading.lex.is_state(m.code)}
    return len(before) >= 2


_DEPOSIT_VERBS = en.DEPOSIT_VERBS
_DEPOSITARY_WORDS = en.DEPOSITARY_WORDS
_DEPOSIT_REACH = 12  # tokens from "deposited" to the "with" that names the keeper


def _depositary_span(reading: Reading, view: SentenceView, verb: int) -> list[tuple[int, int]]:
    """ "deposited its instrument of accession with the U.S. State Department in Washington,":
    the keeper of the treaty, from "with"/"in" to the next comma, names no party."""
    stop = min(verb + _DEPOSIT_REACH, view.tok_end)
    keeper = next(
        (j for j in range(verb + 1, stop) if reading.lower(j) in ("with", "in", "to")), None
    )
    if keeper is None:
        return []
    end = next((j for j in range(keeper + 1, view.tok_end) if reading.lower(j) == ","), None)
    return [(keeper, end if end is not None else view.tok_end)]


def _depositary(reading: Reading, m: Mention) -> bool:
    """ "the United States, the depositary of the treaty": the state is the treaty's keeper."""
    # ", the depositary of the treaty", ", which acts as depositary"
    return reading.lower(m.tok_end) == "," and any(
        reading.lower(m.tok_end + k) in _DEPOSITARY_WORDS for k in (1, 2, 3, 4, 5)
    )


_MEDIATED = en.MEDIATED


def is_mediator(reading: Reading, m: Mention) -> bool:
    """ "a China-brokered deal", "the Qatari-mediated truce": the state before the hyphen
    brought the parties together; it is not one of them."""
    if reading.token_text(m.tok_end) not in ("-", "–"):
        return False
    return reading.lower(m.tok_end + 1) in _MEDIATED


def attribution_span(reading: Reading, view: SentenceView, verb: int) -> range:
    """The tokens of a source the sentence cites before the verb ("According to AFP, Kyodo and
    Singapore's Straits Times, Japan and the Philippines signed"): from the attribution word
    to the last comma before the verb. The outlets and their countries sign nothing."""
    opening = next((i for i in range(view.tok, verb) if reading.lower(i) in _ATTRIBUTIONS), None)
    if opening is None:
        return range(0)
    commas = [i for i in range(opening, verb) if reading.token_text(i) == ","]
    return range(opening, commas[-1]) if commas else range(0)


_ATTRIBUTIONS = en.ATTRIBUTIONS


_PAIR_NOUNS = en.PAIR_NOUNS


def modified_pairs(reading: Reading, view: SentenceView) -> list[tuple[int, int]]:
    """Token spans of "the two U.S. allies", "both Asian neighbours": a pair named before,
    described by a modifier that names a state (the allies' patron, not one of them)."""
    low = view.text.lower()
    if "two" not in low and "both" not in low:
        return []
    out = []
    named = {m.tok: m.tok_end for m in view.mentions}
    for i in range(view.tok, view.tok_end - 2):
        if (reading.lower(i), reading.lower(i + 1)) != ("the", "two") and reading.lower(
            i
        ) != "both":
            continue
        j = i + 2 if reading.lower(i) == "the" else i + 1
        k = named.get(j)
        if k is not None and reading.lower(k) in _PAIR_NOUNS:
            out.append((i, k + 1))
    return out
