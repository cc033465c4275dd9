"""Whether an agreement named in a sentence is a plan (proposed, under negotiation) or a step
already taken (signed, ratified): the proposal cue or the past-tense step that governs its
noun phrase decides."""

from __future__ import annotations

from itertools import pairwise

from ..base.tables import words_of_kind
from ..lang.en.words import plans as en
from .reading import Cue, Reading, SentenceView
from .signing_dates import year_before

# Lifecycle words that override a proposal cue when nearer to the agreement ("signed").
_PAST = en.PAST
_BASE_SIGN = en.BASE_SIGN  # "put" is past tense too: "will put" is a proposal cue


_ENDING_OR_KEEPING = en.ENDING_OR_KEEPING
_UNTAKEN_BEFORE = en.UNTAKEN_BEFORE
_ENDING_GAP_WORDS = en.ENDING_GAP_WORDS
_ENDING_STOP_WORDS = en.ENDING_STOP_WORDS


def ended_or_kept(reading: Reading, view: SentenceView, np) -> bool:
    """ "said it would scrap its defence accord with Paris", "threatened to pull out
    from the treaty", "may not renew its defence deal": a step that only an existing
    agreement can take, planned, threatened or denied right before the noun phrase. The step
    is not taken, but the agreement exists (a background agreement, not a plan)."""
    inside = {t for m in view.mentions for t in range(m.tok, m.tok_end)}
    for i in range(np[0] - 1, max(view.tok, np[0] - 7) - 1, -1):
        word = reading.lower(i)
        if word in _ENDING_OR_KEEPING:
            return reading.lower(i - 1) in _UNTAKEN_BEFORE
        modifier = (word.replace("-", "").isalpha() and word == reading.token_text(i)) or word in (
            "-",
            "–",
        )
        if i in inside or word in _ENDING_GAP_WORDS:
            continue
        if not modifier or word in _ENDING_STOP_WORDS:
            return False
    return False


def plan_or_report(reading: Reading, view: SentenceView, np, nps) -> str:
    """'proposed' when a proposal cue governs the noun phrase (it is nearer than any word
    of a step already taken), else 'reported'. A bare "sign" ("will visit ... and sign a
    treaty") is a plan too, except in a headline ("Ukraine, UK sign ...")."""
    proposals = view.cues_of("proposal_cues")
    verbs = view.cues_of("agreement_verbs")
    # "has not been signed": a signing word inside a proposal phrase is no signing.
    # "once signed and ratified": a step joined to a plan is planned too.
    # "a soon-to-be-inked deal": the step glued on by a hyphen is planned too.
    planned = [
        (p.tok, p.tok_end + 2 if reading.lower(p.tok_end) in ("and", "or", "-") else p.tok_end)
        for p in proposals
    ]
    # "will be finalized", "could be ratified": a step under a modal is yet to be taken
    modal = [c for c in verbs if _under_modal(reading, c) or _future_signing(reading, view, c)]
    proposals = proposals + modal
    past = [
        c
        for c in verbs
        if c.text.lower().split()[0] in _PAST
        and not any(s <= c.tok < e for s, e in planned)
        and c not in modal
    ]
    base = [
        c for c in verbs if c.text.lower() in _BASE_SIGN and not _historic_present(reading, view, c)
    ]
    base = [c for c in base if not ranked_signer(reading, c) and not _agreed_rank(reading, c)]
    if base and not past and not _is_headline(reading, view):
        proposals = proposals + base
    elif not past:
        # "Vietnam, US to elevate ties to ...": "to" before the bare verb plans it, in a
        # headline too
        proposals = proposals + [c for c in base if reading.lower(c.tok - 1) == "to"]
    # A plan told in a clause well after the noun phrase is someone else's: "Under the
    # arrangement, they will share technology with Australia, which plans to build ...".
    proposals = [c for c in proposals if not _in_clause_on_another(reading, np, c)]
    # "The agreement ... aims to enhance cooperation", "the deal is expected to boost trade":
    # a plan told of what an agreement will do, after it as its subject, is no plan to make it.
    proposals = [c for c in proposals if not _plan_of_the_agreement_s_own(reading, np, c)]
    # "the third agreement to be signed ... after the 2016 memorandum": what a plan is
    # compared with, or comes after, is not planned.
    proposals = [c for c in proposals if not _set_apart(reading, np, c)]
    # "became the latest country to sign a pact with Ukraine": a rank among signers is a
    # signing done, not planned.
    proposals = [c for c in proposals if not ranked_signer(reading, c)]
    steps = [
        c
        for c in verbs
        if c not in modal and c not in proposals and not any(s <= c.tok < e for s, e in planned)
    ]
    if proposals and steps:
        # "In a joint statement issued by A, B and C, it was announced that they will leave
        # the bloc as soon as possible": a plan told in a clause of its own is not the plan
        # of an agreement that a step of its own clause tells
        proposals = [c for c in proposals if not _in_a_clause_apart(reading, view, np, c, steps)]
    if proposals and _of_a_past_year(reading, np):
        return "reported"  # "to take ahead from a 2005 pact": that pact exists
    if not proposals:
        return "reported"
    if not past:
        return "proposed"
    if any(_describes(reading, np, c) for c in past):
        return "reported"
    nearest_proposal = min(_distance(c, np) for c in proposals)
    nearest_past = min(_distance(c, np) for c in past)
    return "proposed" if nearest_proposal < nearest_past else "reported"


_RANKS = en.RANKS
_SIGNER_NOUNS = en.SIGNER_NOUNS


def ranked_signer(reading: Reading, cue: Cue) -> bool:
    """ "the first country to sign", "the latest nation to join": a "to" cue right after a
    ranked signer, in a clause of "became" or "is" (not "will be the first to sign")."""
    if cue.text.lower().startswith("to "):
        i = cue.tok - 1
    elif reading.lower(cue.tok - 1) == "to":
        i = cue.tok - 2  # the bare "sign" of "to sign"
    else:
        return False
    # back to the rank over the signer noun, its adjectives and a place after it: "the second
    # country in Latin America to sign", "the first Latin American nation to sign", "the
    # first to sign"
    end = i
    while i > end - 7 and not _rank_word(reading, i):
        if i < 0 or not reading.doc[i].is_alpha:
            return False  # (a cue at the text's start has no words before it)
        i -= 1
    if not _rank_word(reading, i):
        return False
    between = reading.lowers(i + 1, end + 1)
    if between and _SIGNER_NOUNS.isdisjoint(between):
        return False  # "the first time to sign": no signer ranked
    while _rank_word(reading, i):
        i -= 1
    if reading.lower(i) != "the":
        return False
    if reading.lower(i - 1) in ("became", "becomes", "is", "was", "becoming"):
        return True
    # "This makes Peru the second country to sign such a deal" (not "will make")
    j = i - 1
    while j > i - 5 and j >= 0 and reading.doc[j].is_alpha and reading.doc[j].text[:1].isupper():
        j -= 1
    return j < i - 1 and reading.lower(j) in ("makes", "made", "making")


def _rank_word(reading: Reading, i: int) -> bool:
    """Whether token ``i`` ranks ("first", "latest", "31st"); none before the text's start
    (a negative index would read the text's last tokens)."""
    return i >= 0 and (reading.lower(i) in _RANKS or reading.doc[i].like_num)


def _agreed_rank(reading: Reading, cue: Cue) -> bool:
    """ "agreed to elevate ties to a comprehensive strategic partnership": the new rank is what
    was agreed, a step taken."""
    return (
        cue.text.lower() in _ELEVATIONS
        and reading.lower(cue.tok - 1) == "to"
        and reading.lower(cue.tok - 2) in _DECIDED
    )


_ELEVATIONS = en.ELEVATIONS
_DECIDED = en.DECIDED


def _historic_present(reading: Reading, view: SentenceView, cue: Cue) -> bool:
    """ "India and Australia sign three pacts ... on Thursday": a bare "sign" after its
    subject, in a sentence that names a past day, reports a signing in the present tense
    news leads use (not "to sign", "will ... and sign")."""
    if reading.lower(cue.tok - 1) in _NOT_A_SUBJECT_END:
        return False
    published = reading.published_date
    if published is not None and any(
        d.value[:4].isdigit() and d.value <= published.isoformat()[: len(d.value)]
        for d in reading.dates(view)
    ):
        return True
    words = set(reading.lowers(view.tok, view.tok_end))
    return published is None and bool(words & _PAST_DAYS)


_NOT_A_SUBJECT_END = en.NOT_A_SUBJECT_END
_PAST_DAYS = en.PAST_DAYS


def _under_modal(reading: Reading, cue: Cue) -> bool:
    """ "will be finalized", "would be ratified", "is to be signed": a step word right after a
    modal or future auxiliary and "be"."""
    return reading.lower(cue.tok - 1) == "be" and reading.lower(cue.tok - 2) in _FUTURE


_FUTURE = en.FUTURE
_ADJECTIVES_OF_STEP = words_of_kind("agreement_words.tsv", "step_adjective")


def _no_date_set(reading: Reading, view: SentenceView, det: int) -> bool:
    """ "No date is fixed for the official signing": a step whose date is still open."""
    if reading.lower(det - 1) != "for":
        return False
    words = reading.lowers(max(view.tok, det - 8), det - 1)
    return "set" in words and ("no" in words or "not" in words or "yet" in words)


def _future_signing(reading: Reading, view: SentenceView, cue: Cue) -> bool:
    """ "The signing of the memorandum will happen on Monday", "the signing of the pact is
    scheduled for May": a signing noun whose clause goes on in the future is yet to come."""
    if cue.text.lower() not in _STEP_NOUNS:
        return False
    i = cue.tok - 1
    if reading.lower(i) in _ADJECTIVES_OF_STEP:
        i -= 1  # "the formal signing"
    if reading.lower(i) not in ("the", "a"):
        return False
    if _no_date_set(reading, view, i):
        return True  # "No date has been set for the signing of the deal"
    if _witnessed_later(reading, view, cue):
        return True  # "Xi will ... and witness the signing of agreements"
    for i in range(cue.tok_end, min(cue.tok_end + 12, view.tok_end)):
        word = reading.lower(i)
        if word == "," and reading.lower(i + 1) == "which":
            continue  # "the signing of the deal, which would take place after ..."
        if word in (",", ";", ":", "was", "were", "has", "had", "took"):
            return False
        if word in ("will", "would"):
            # "will take place", "will be held" (not "will boost trade": what it brings)
            after = reading.lowers(i + 1, i + 3)
            return after[:1] in (["take"], ["happen"], ["occur"]) or after in _HELD
        if word in ("is", "are") and reading.lower(i + 1) in _SCHEDULED:
            return True
    return False


_HELD = (["be", "held"], ["be", "hosted"], ["be", "organised"], ["be", "organized"])


def _witnessed_later(reading: Reading, view: SentenceView, cue: Cue) -> bool:
    """ "The leader will meet the president and witness the signing of agreements", "the two
    presidents are set to oversee the signing of deals": a signing noun that is the object of
    a verb still to come (under "will", "would", "to", or joined to such a verb) has not
    happened. The verb and its modal come from the parse, so a modal several verbs back in a
    list of the visit's steps reaches the signing too."""
    parse = view.parse()
    if parse is None:
        return False
    tok = parse.token_at(reading.doc[cue.tok].idx)
    if tok is None or tok.dep_ not in ("dobj", "pobj"):
        return False
    verb = tok.head
    if tok.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head  # "preside over the signing"
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        if _to_come(verb):
            return True
        verb = verb.head  # "will meet ..., tour ... and witness the signing"
    return _to_come(verb)


def _to_come(verb) -> bool:
    """A verb whose own auxiliaries put it ahead: "will witness", "to oversee"."""
    if verb.tag_ in ("VBD", "VBN", "VBZ", "VBP") and not any(
        c.dep_ == "aux" for c in verb.children
    ):
        return False
    return any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in verb.children)


_STEP_NOUNS = en.STEP_NOUNS
_SCHEDULED = en.SCHEDULED


# Words after a plan cue that make the plan one of making or changing an agreement.
_STEPS = en.STEPS


_MODALS = en.MODALS


def _plan_of_the_agreement_s_own(reading: Reading, np, cue: Cue) -> bool:
    """The plan cue comes after the noun phrase and no step of an agreement's life follows it:
    the plan is something the agreement does, not a plan to make it."""
    if cue.tok < np[1]:
        return False
    words = cue.text.lower().split()
    takes_a_verb = words[-1] == "to" or " ".join(words) in _MODALS
    if not takes_a_verb or any(w.startswith(("sign", "ratif", "put")) for w in words):
        return False
    ahead = [reading.lower(i) for i in range(cue.tok_end, cue.tok_end + 4)]
    return not any(w in _STEPS for w in ahead)


_APART = en.APART


def _set_apart(reading: Reading, np, cue: Cue) -> bool:
    """A word of comparison or sequence stands between the plan cue and the noun phrase."""
    if cue.tok_end <= np[0]:
        between = range(cue.tok_end, np[0])
    else:
        return False
    return any(reading.lower(i) in _APART and not _modifier(reading, i, np) for i in between)


def _modifier(reading: Reading, i: int, np) -> bool:
    """ "proposed a similar pact": a word after the article of the noun phrase describes it;
    it sets nothing apart from the plan."""
    return np[0] - 3 <= i and reading.lower(i - 1) in ("a", "an", "the")


def _of_a_past_year(reading: Reading, np) -> bool:
    """A year before the publication year among the noun phrase's modifiers."""
    year = year_before(reading, np[0])
    if year is None:
        return False
    published = reading.published_date
    return published is None or int(year) < published.year


def _in_clause_on_another(reading: Reading, np, cue: Cue) -> bool:
    """The cue is in a relative clause on something named well after the noun phrase."""
    if cue.tok - np[1] <= 6:
        return False
    words = [reading.lower(i) for i in range(np[1] + 3, cue.tok)]
    return any(w == "," and n in ("which", "who") for w, n in pairwise(words))


def _in_a_clause_apart(reading: Reading, view: SentenceView, np, cue: Cue, steps) -> bool:
    """Whether the parse ties a step already taken to the noun phrase ("the statement issued
    by A, B and C", "signed a pact") and puts the plan cue in a clause apart from it, neither
    the other's clause nor inside it ("... said the three will quit the bloc": "will" plans
    the quitting, not the statement). A cue whose verb governs the noun phrase ("will sign a
    pact") or sits in a clause on it ("the pact, which will be signed") plans it. Without a
    parse, the cue stays."""
    if _distance(cue, np) <= 3:
        return False  # "will sign a pact", "plans to ink the deal": no parse needed
    parse = view.parse()
    if parse is None:
        return False
    root = reading.phrase_head(parse, np[0], np[1])
    if root is None:
        return False

    def tied(c: Cue) -> bool | None:
        verb = _clause_verb_of(parse.token_at(reading.doc[c.tok].idx))
        if verb is None:
            return None
        return verb.i == root.i or verb in root.ancestors or root in verb.ancestors

    if tied(cue) is not False:
        return False
    return any(tied(c) for c in steps)


def _clause_verb_of(tok):
    """The verb of the clause a token belongs to (the token itself when it is one)."""
    while tok is not None:
        if tok.pos_ == "VERB":
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _describes(reading: Reading, np, cue: Cue) -> bool:
    """The step is told in a relative clause on the noun phrase: "the treaty, which Russia
    and Iran concluded in 2001", whatever a plan elsewhere in the sentence says."""
    i = np[1]
    while i < cue.tok and (
        reading.doc[i].text[:1].isupper() or reading.lower(i) in ("on", "of", "for", "the", "and")
    ):
        i += 1  # the rest of its name: "the Treaty on the Foundations of Relations"
    between = [reading.lower(j) for j in range(i, cue.tok)]
    if between[:1] == [","]:
        between = between[1:]
    return bool(between) and between[0] in ("which", "that") and len(between) <= 8


def _distance(cue: Cue, np) -> int:
    return np[0] - cue.tok_end if cue.tok_end <= np[0] else max(0, cue.tok - np[1])


def _is_headline(reading: Reading, view: SentenceView) -> bool:
    """The first line of the text, or a line in title case."""
    unfinished = not view.text.rstrip().endswith((".", "!", "?", '"', "”"))
    return (view.sentence.paragraph == 0 and unfinished) or title_case(reading, view)


def title_case(reading: Reading, view: SentenceView) -> bool:
    if view.text.rstrip().endswith((".", "!", "?", ",", ";", ":")):
        return False  # a headline has no closing stop; an item of a list ends in a comma
    words = [t for t in reading.doc[view.tok : view.tok_end] if t.is_alpha and len(t) > 3]
    return len(words) >= 4 and sum(t.text[:1].isupper() for t in words) / len(words) > 0.7
