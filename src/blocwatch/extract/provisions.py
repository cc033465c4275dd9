"""What an agreement binds its parties to: the defence clause and the areas of cooperation."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lang.en.words import provisions as en
from . import weapon_models
from .plans import title_case
from .reading import Reading, SentenceView

_NEGATORS = en.NEGATORS
# Single words that name a provision only where the text lists what an agreement covers; a
# bare "defence" in "defence treaty allies" says nothing about the treaty's content.
_NOT_AS_MODIFIER = en.NOT_AS_MODIFIER
# Inside a defence-clause phrase ("a mutual defence clause", "security guarantees") these
# words describe the clause, not a separate area of cooperation.
_GENERIC_IN_DEFENSE = en.GENERIC_IN_DEFENSE
# Words that state the treaty's subject even inside its name ("the Intermediate Nuclear Forces
# Treaty" limits nuclear arms); other words of a name ("the Logistics Exchange Memorandum")
# stay a name, not a list of provisions.
_NAMED_SUBJECTS = en.NAMED_SUBJECTS
# Provisions that are themselves a refusal: "not to help the aggressor" states neutrality.
_REFUSALS = en.REFUSALS
_REFUSED_ACTS = en.REFUSED_ACTS
# "the intelligence service said", "the defence minister announced": a one-word cue naming
# a body that speaks.
_BODY_NOUNS = en.BODY_NOUNS
_SPEECH_VERBS = en.SPEECH_VERBS
_OFFICE_HEADS = en.OFFICE_HEADS
_OFFICE_JOINERS = en.OFFICE_JOINERS


def _names_a_speaker(reading: Reading, cue) -> bool:
    """The one-word cue names a body that speaks ("Ukraine's military intelligence service
    said", "France's defense minister announced"): the source of a report, no provision."""
    if " " in cue.text or reading.lower(cue.tok_end) not in _BODY_NOUNS:
        return False
    return any(reading.lower(i) in _SPEECH_VERBS for i in range(cue.tok_end + 1, cue.tok_end + 4))


def _names_an_office(reading: Reading, cue) -> bool:
    """The cue is a word of the name of an office, a body or a firm: "the Turkish Energy
    Ministry", "Trade and Integration Ministry", "the Minister of Investment, Industry and
    Trade", "the Department of Defense", "American defense companies". The name's head
    follows the cue (over other capitalised words of the name and "and", "&", ",") or
    stands before an "of"/"for" that opens the name."""
    capital = reading.token_text(cue.tok)[:1].isupper()
    i = cue.tok_end
    for _ in range(5):
        word = reading.lower(i)
        if word in _OFFICE_HEADS:
            return True
        # a lower-case cue joins only its own phrase: "foreign and defence ministries"
        if word in _OFFICE_JOINERS or (capital and reading.token_text(i)[:1].isupper()):
            i += 1
            continue
        break
    if not capital:
        return False
    i = cue.tok - 1
    for _ in range(6):
        word = reading.lower(i)
        if word in ("of", "for"):
            return reading.lower(i - 1) in _OFFICE_HEADS
        if word in _OFFICE_JOINERS or reading.token_text(i)[:1].isupper():
            i -= 1
            continue
        break
    return False


def defense_stance(
    view: SentenceView,
    before: Sequence[SentenceView] = (),
    span: tuple[int, int] | None = None,
) -> bool | None:
    """True when the sentence describes assistance if a party is attacked, False when it says
    an agreement lacks or stops short of such a commitment, None when it is silent. A phrase
    that points back ("no comparable commitment") says False only when one of the sentences
    ``before`` describes such a commitment. With ``span`` (document characters), only the
    words inside it count: the clauses that speak of one agreement."""
    lo, hi = span or (view.start, view.end)

    def inside(c) -> bool:
        return lo <= c.start and c.end <= hi

    text = view.text.lower()
    negatives = [c for c in view.cues_of("defense_cues", "negative") if inside(c)]
    if negatives or _denies_alliance(text[lo - view.start : hi - view.start]):
        return False
    pointing_back = [c for c in view.cues_of("defense_cues", "negative_after_defence") if inside(c)]
    if pointing_back and any(defense_stance(b) for b in before):
        return False
    # "a memorandum providing a framework for military assistance": aid, not a defence
    # clause; assistance is one only where the sentence says it answers an attack
    answers_attack = bool(_ATTACK_WORDS.search(text))
    positives = [
        (c.start - view.start, c.end - view.start)
        for c in view.cues_of("defense_cues", "positive")
        if inside(c)
        and (
            answers_attack
            or c.text.lower() not in _ASSISTANCE_ONLY
            # "the 1970 treaty of friendship and mutual assistance": the name says so
            or _NAMED_BY.search(text[max(0, c.start - view.start - 60) : c.start - view.start])
        )
    ]
    positives += [
        m.span() for m in _ATTACK_ON_A_PARTY.finditer(text, lo - view.start, hi - view.start)
    ]
    if any(inside(c) for c in view.cues_of("provision_cues", "neutrality")):
        # "not to provide assistance to the aggressor in the event of aggression against one
        # of the parties": the attack is the condition of a refusal to help the attacker
        # (neutrality), not of help to the party attacked
        positives = [(a, b) for a, b in positives if _PLEDGE_WORDS.search(text[a:b])]
    # "Unlike NATO's Article 5, the treaty has no collective defence clause": what the
    # agreement is set against is not what it holds
    contrasts = [(m.start(), text.find(",", m.end())) for m in _UNLIKE.finditer(text)]
    positives = [
        (a, b) for a, b in positives if not any(s <= a and b <= e for s, e in contrasts if e > 0)
    ]
    if not positives:
        return None
    return any(not _negated_in_clause(text, start, end) for start, end in positives)


# Assistance when a party is attacked, in the shapes news gives it beyond the cue table: "if
# either country faces an outside attack or the threat of one", "should
# either side come under armed attack", "in case of aggression against any of the parties".
_ATTACK_ON_A_PARTY = re.compile(en.ATTACK_ON_A_PARTY, re.IGNORECASE)


_UNLIKE = re.compile(r"\bunlike\b")
# Words of a pledge of help in a defence phrase; the other phrases name only the attack.
_PLEDGE_WORDS = re.compile(r"defen[cds]|assist|\baid\b|help|guarantee|commitment|support")
_ASSISTANCE_ONLY = en.ASSISTANCE_ONLY
_ATTACK_WORDS = re.compile(en.ATTACK_WORDS, re.IGNORECASE)
_NAMED_BY = re.compile(r"\b(?:treaty|pact|agreement|accord|convention)\s+(?:of|on|for)\b[^,.;]*$")


def _clause_cuts(text: str) -> list[int]:
    """Where clauses begin in ``text``; a relative clause also ends at its closing comma."""
    cuts = []
    for m in _CLAUSE_START.finditer(text):
        cuts.append(m.start())
        if m.group().startswith(",") and m.group().split()[-1] in ("which", "who"):
            close = text.find(",", m.end())
            if close > 0:
                cuts.append(close)
    return sorted(set(cuts))


def clause_spans(view: SentenceView) -> list[tuple[int, int]]:
    """The sentence cut into clauses (document characters) at the words that open one."""
    bounds = [0, *_clause_cuts(view.text.lower()), len(view.text)]
    return [
        (view.start + a, view.start + b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a
    ]


# Where a clause begins: what is negated before one of these is another clause's business.
_CLAUSE_START = re.compile(
    r"(?:[;:]|,\s+(?:which|who|unlike|whereas|while|but|though|although|as)\b"
    r"|\b(?:but|whereas|while|unlike|although|though)\b)"
)
# Words that negate a commitment named later in their clause ("lacks any clause obliging
# either side to defend the other", "stops well short of a defence pledge", "the absence of").
_CLAUSE_NEGATORS = re.compile(
    r"\b(?:no|not|never|neither|nor|without|lacks?|lacking|absence|absent|short of"
    r"|rather than|instead of|free of|excludes?|excluding|omits?|n[’']t)\b|n[’']t\b"
)
# ... or after it: "a mutual defence clause is absent", "was left out of the text".
_NEGATED_AFTER = re.compile(
    r"^[\w\s-]{0,20}?\b(?:is|was|are|were|remains)\s+(?:absent|missing|omitted|excluded"
    r"|left out|dropped)\b"
)


_NOT_AS_AS = re.compile(r"\bnot\s+(?:as|so)\s+[\w-]+(?:\s+[\w-]+)?\s+as\b")


def _negated_in_clause(text: str, start: int, end: int) -> bool:
    """Whether the defence phrase at ``start``..``end`` of the sentence ``text`` is negated
    within its own clause: a negator between the clause's start and the phrase, or a word of
    absence right after it. A plan or denial in another clause does not reach it."""
    clause_start = max((c for c in _clause_cuts(text) if c < start), default=0)
    # "were not as substantial as an agreement ... pledging mutual aid": the negator denies
    # the comparison, the thing compared with is told as it is
    compared = [m.end() for m in _NOT_AS_AS.finditer(text, clause_start, start)]
    clause_start = max([clause_start, *compared])
    if _CLAUSE_NEGATORS.search(text, clause_start, start):
        return True
    return bool(_NEGATED_AFTER.match(text[end:]))


# "does not create a military alliance", "rather than an alliance", "no pledge ... to come to
# the other's defence", "not building a military bloc", "does not, however, oblige either
# country to defend the other".
_ALLIANCE_DENIED = re.compile(
    r"\b(?:not|no|never|rather than|instead of|non)\b[\w\s,'’-]{0,40}?"
    r"\b(?:alliance|bloc|come to (?:the other|one another|each other)[’']?s? (?:defen[cs]e|aid)"
    r"|(?:oblige|obliges|obligate|obligates|commit|commits|bind|binds|require|requires)"
    r"[\w\s,'’-]{0,30}?\bdefen[cd]\w*)\b",
    re.IGNORECASE,
)


def _denies_alliance(text: str) -> bool:
    return bool(_ALLIANCE_DENIED.search(text))


def provisions_in(
    reading: Reading,
    view: SentenceView,
    np: tuple[int, int, str] | None,
    segment_end: int | None = None,
) -> set[str]:
    """Provisions (gold-schema closed list) the sentence states for the agreement named by
    the noun phrase ``np`` (token span), or for the agreement it continues when ``np`` is None.
    With several agreements in one sentence, a noun phrase owns the words up to
    ``segment_end`` (the next agreement's noun phrase)."""
    defense = view.cues_of("defense_cues")
    cues = [
        c
        for c in view.cues_of("provision_cues")
        if not (
            c.text.lower() in _GENERIC_IN_DEFENSE
            and any(d.tok <= c.tok < d.tok_end for d in defense)
        )
        and (segment_end is None or c.tok < segment_end)
        and not _names_a_speaker(reading, c)
        and not _names_an_office(reading, c)
    ]
    arms = np is not None and _arms_sale(reading, view, np, segment_end)
    if not cues:
        return {"arms_supply"} if arms else set()
    inclusions = view.cues_of("inclusion_cues")
    if np is not None:
        # "... will benefit from the deepening of our defence relations": a purpose verb made
        # a noun names an effect, not what the agreement is for
        inclusions = [
            i
            for i in inclusions
            if i.tok_end >= np[1]
            and not (i.value == "purpose" and reading.lower(i.tok - 1) in _DETERMINERS)
        ]
    else:
        # "It will also bolster the kingdom's ability ...": a purpose said in a later sentence
        # is the speaker's hope, not a list of what the agreement covers
        inclusions = [i for i in inclusions if i.value != "purpose"]
    # "Under the Enhanced Defense Cooperation Agreement, signed in 2014, U.S. forces may
    # rotate through Philippine bases": what follows is what the agreement provides.
    opens_under = np is not None and _opens_with_under(reading, view, np)
    bullet = view.text.lstrip()[:1] in ("•", "·", "-", "–", "*", "▪")
    found: set[str] = {"arms_supply"} if arms else set()
    if np is None:
        # "He expressed his country's desire for cooperation in tourism": a wish told after
        # the agreement's sentence is a wish, not what the agreement covers
        cues = [c for c in cues if not _wished(reading, view, c.tok)]
    for cue in cues:
        if reading.lower(cue.tok - 1) == "-" and reading.lower(cue.tok - 2) == "non":
            continue  # "non-oil exports": the cue's area denied by the prefix
        if (
            _negated(reading, cue.tok)
            and cue.value not in _REFUSALS
            and cue.text.lower() not in _REFUSED_ACTS
        ):
            continue
        if bullet and np is None:
            found.add(cue.value)
        elif np is not None and np[0] - 5 <= cue.tok < np[0]:
            # "a trade and energy pact" says what it covers; "the Logistics Exchange
            # Memorandum" is a name, and a name is not a list of provisions.
            if cue.text.lower() not in _NOT_AS_MODIFIER and (
                cue.value in _NAMED_SUBJECTS or not _in_proper_name(reading, view, cue, np)
            ):
                found.add(cue.value)
        elif (
            (np is not None and _right_after(reading, view, np, cue.tok))
            or any(
                i.tok_end <= cue.tok and not _clause_break(reading, i.tok_end, cue.tok)
                for i in inclusions
            )
            or (opens_under and cue.tok >= np[1])
            or (np is not None and cue.tok >= np[1] and _is_cooperation_phrase(cue.text))
            or (np is not None and cue.tok >= np[1] and _granted_by(reading, view, np, cue.tok))
            or (np is not None and cue.tok >= np[1] and _its_own_clause(reading, view, np, cue.tok))
            or (np is not None and cue.tok >= np[1] and _signed_for(reading, view, np, cue.tok))
            or (np is not None and cue.tok < np[0] and _done_under(reading, view, np, cue.tok))
        ):
            found.add(cue.value)
    return found


def _wished(reading: Reading, view: SentenceView, tok: int) -> bool:
    """The cue at ``tok`` lies (by the parse) under a word of wish or prospect: "expressed
    readiness to strengthen defence ties", "stressed the need to explore cooperation in
    energy", "there are promising areas for cooperation such as energy". Parsed only where
    the sentence holds such a word."""
    if _WISH_WORDS.isdisjoint(reading.lowers(view.tok, view.tok_end)):
        return False
    parse = view.parse()
    word = parse.token_at(reading.doc[tok].idx) if parse is not None else None
    if word is None:
        return False
    for up in word.ancestors:
        if up.lower_ in _WISH_WORDS or any(
            c.dep_ == "amod" and c.lower_ in _WISH_WORDS for c in up.children
        ):
            return True
    return False


_WISH_WORDS = en.WISH_WORDS
_RELATIVE_OPENERS = en.RELATIVE_OPENERS
_DETERMINERS = en.DETERMINERS


def _clause_break(reading: Reading, start: int, end: int) -> bool:
    """A relative clause opens between tokens ``start`` and ``end`` (", which focused on
    trade"): what it lists is said of something else than the agreement's cooperation."""
    return any(
        reading.lower(i) in _RELATIVE_OPENERS and reading.lower(i - 1) == ","
        for i in range(start + 1, end)
    )


def _arms_sale(reading: Reading, view: SentenceView, np, segment_end: int | None) -> bool:
    """ "an arms deal", "a $8 billion deal to sell 42 jets", "a contract for Yerevan to
    purchase artillery": the agreement sells weapons."""
    items = [
        c
        for c in view.cues_of("supplied_items", "arms_transfer")
        if reading.lower(c.tok_end) not in _NOT_A_SALE  # "an arms control treaty"
    ]
    if any(np[0] - 3 <= c.tok < np[0] for c in items):
        return True
    end = min(segment_end or view.tok_end, view.tok_end)
    if _sold_by_its_infinitive(reading, view, np, items, end):
        return True
    # "a defence sales agreement", "under a foreign military sale": a sale of the military
    if any(
        reading.lower(i) in _SALE_WORDS
        and reading.lower(i - 1) in _MILITARY_SELLERS
        and reading.lower(i - 2) not in _HEDGES  # "opening the way for possible military sales"
        and not _negated(reading, i)
        for i in (*range(max(view.tok + 1, np[0] - 2), np[0]), *range(np[1], end))
    ):
        return True
    for i in range(np[1], end):
        word = reading.lower(i)
        # "a contract for 180 tanks", "a deal for 42 Rafale jets": the agreement's own object
        if word not in _SALE_WORDS and not (word == "for" and i == np[1]):
            continue
        ahead = range(i + 1, min(end, i + 9))
        if any(reading.lower(j) in _NOT_A_SALE for j in ahead):
            continue  # "a treaty for the elimination of missiles"
        if word == "for" and any(reading.lower(j) in _MAKING_WORDS for j in ahead):
            continue  # "a deal for a drone factory": making weapons, not selling them
        if any(c.tok in ahead for c in items) or any(
            reading.lower(j) in _ARMS_PLATFORMS for j in ahead
        ):
            return True
    return False


_SALE_WORDS = en.SALE_WORDS
_ACQUIRING = en.ACQUIRING_VERBS


def _sold_by_its_infinitive(reading: Reading, view: SentenceView, np, items, end: int) -> bool:
    """ "a contract to supply the S-400 systems", "agreements with Turkey to acquire armed
    drones", "an agreement to transfer hundreds of missiles": an infinitive hanging on the
    agreement's noun (by the parse) whose verb moves goods and whose object names weapons (a
    supplied item, a weapon model, a platform). Parsed only where the words after the noun
    hold such a verb."""
    forms = [i for i in range(np[1], end) if reading.lower(i) in _ACQUIRING]
    if not forms:
        return False
    found = _noun_and_cue(reading, view, np, forms[0])
    if found is None:
        return False
    head = found[0]
    # the infinitive hangs on the noun, or on the verb whose object the noun is: "signed a
    # contract on Monday to supply ..."
    hung = [t for t in head.children if t.dep_ == "acl"]
    if head.dep_ == "dobj":
        hung += [t for t in head.head.children if t.dep_ in ("advcl", "xcomp") and t.i > head.i]
    for verb in hung:
        if not (verb.lemma_.lower() in _ACQUIRING and _infinitive(verb)):
            continue
        offset = view.parse().offset  # the parse's characters start at the sentence's
        lo = offset + verb.left_edge.idx
        hi = offset + verb.right_edge.idx + len(verb.right_edge.text)
        said = reading.text[lo:hi]
        if (
            any(lo <= c.start and c.end <= hi for c in items)
            or weapon_models.MODEL.search(said)
            or any(w.lower_ in _ARMS_PLATFORMS for w in verb.subtree)
        ):
            return True
    return False


_NOT_A_SALE = en.NOT_A_SALE
_ARMS_PLATFORMS = en.ARMS_PLATFORMS
_MILITARY_SELLERS = en.MILITARY_SELLERS
_MAKING_WORDS = en.MAKING_WORDS
_HEDGES = en.HEDGES


def _in_proper_name(reading: Reading, view: SentenceView, cue, np: tuple[int, int, str]) -> bool:
    """The cue and every word from it to the agreement word are capitalised (a name), in a
    sentence that is not a headline."""
    if title_case(reading, view):
        return False
    words = [reading.doc[i] for i in range(cue.tok, np[1])]
    capitalised = all(
        t.text[:1].isupper() or not t.is_alpha or t.lower_ in ("of", "on", "for", "and", "the")
        for t in words
    )
    return capitalised and reading.doc[np[1] - 1].text[:1].isupper()


def _opens_with_under(reading: Reading, view: SentenceView, np: tuple[int, int, str]) -> bool:
    """ "Under the pact, ...", "Japan: According to their pact, ...": the sentence opens with
    what the agreement provides."""
    for i in range(view.tok, min(view.tok + 3, np[0])):
        word = reading.lower(i)
        if word == "under" or (word == "according" and reading.lower(i + 1) == "to"):
            return np[0] - i <= 8
    return False


def _is_cooperation_phrase(text: str) -> bool:
    """ "defence cooperation", "police cooperation": named areas of cooperation."""
    words = text.lower().split()
    return len(words) >= 2 and words[-1] in ("cooperation", "co-operation", "collaboration")


def _granted_by(reading: Reading, view: SentenceView, np: tuple[int, int, str], tok: int) -> bool:
    """ "the EDCA, which gives U.S. forces access to military bases", "a deal allowing joint
    exercises", "an agreement to provide Egypt with a loan": the cue sits in a clause that
    hangs on the agreement's noun (relative or participial, by the parse) and whose verb says
    what the agreement grants or covers."""
    found = _noun_and_cue(reading, view, np, tok)
    if found is None:
        return False
    head, word = found
    # the noun and what stands beside it: "the Enhanced Defense Cooperation Agreement (EDCA),
    # which ..." hangs the clause on the acronym
    owners = {head, *(t for t in head.children if t.dep_ == "appos")}
    for up in word.ancestors:
        if up.dep_ in ("relcl", "acl") and up.head in owners:
            # "an agreement to avoid double taxation", "a deal to build a power plant": an
            # infinitive on the noun says what the agreement is for, whatever its verb
            purpose = up.dep_ == "acl" and _infinitive(up)
            # ... not of one sought: "we are exploring an agreement to extend the railway"
            sought = head.dep_ == "dobj" and head.head.lemma_.lower() in _SEEKING_VERBS
            if purpose and up.lemma_.lower() not in _MAKING_OF_IT and not sought:
                return True
            return up.lemma_.lower() in _GRANTING_VERBS
        if up == head:
            return False
    return False


_GRANTING_VERBS = en.GRANTING_VERBS
_MAKING_OF_IT = en.MAKING_OF_IT
_SEEKING_VERBS = en.SEEKING_VERBS


def _signed_for(reading: Reading, view: SentenceView, np, tok: int) -> bool:
    """ "documents were signed for developing oil and gas fields", "signed a deal with Qatar
    in 2017 for a supply of LNG", "signed a deal with Tashkent to build a power plant": the
    purpose of the signing (by the parse: a "for" phrase or an infinitive on the signing
    verb whose object, or passive subject, is the agreement) is what the agreement is for."""
    found = _noun_and_cue(reading, view, np, tok)
    if found is None:
        return False
    head, word = found
    verb = head.head
    if head.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in _SIGNING_VERBS:
        return False
    for part in verb.children:
        if part.i < head.i or word not in part.subtree:
            continue
        if part.dep_ == "prep" and part.lower_ == "for":
            return True
        if part.dep_ in ("advcl", "xcomp") and _infinitive(part):
            return part.lemma_.lower() not in _MAKING_OF_IT
    return False


_SIGNING_VERBS = en.SIGNING_VERBS


def _infinitive(verb) -> bool:
    """The verb is a to-infinitive ("to supply", "to build")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _expected(verb) -> bool:
    """ "officials have said the document will cover security cooperation": what someone
    says a document will or may hold (a modal verb in a clause that a speech verb reports)
    is a prospect, not what a signed agreement states."""
    modal = any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children)
    return modal and verb.dep_ == "ccomp" and verb.head.lower_ in _SPEECH_VERBS


_MODALS = frozenset(("will", "would", "could", "may", "might", "should"))


def _its_own_clause(reading: Reading, view: SentenceView, np, tok: int) -> bool:
    """ "The memorandum aims to formalise joint military exercises", "the deal provides a
    legal framework for ... technology transfer": the cue is in the object of a clause whose
    subject is the agreement (by the parse), through a verb that says what it grants or
    covers (``GRANTING_VERBS``)."""
    found = _noun_and_cue(reading, view, np, tok)
    if found is None:
        return False
    head, word = found
    if _stated_by(word, head):
        return True  # the cue is the stated clause's verb: "... states that both will consult"
    path = []
    for up in word.ancestors:
        if up.pos_ not in ("VERB", "AUX"):
            continue
        path.append(up)
        if any(c.dep_ in ("nsubj", "nsubjpass") and c == head for c in up.children):
            # "asked whether the pact covered nuclear weapons": a question states nothing
            asked = any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in up.children)
            granting = any(v.lemma_.lower() in _GRANTING_VERBS for v in path)
            return word.i > up.i and granting and not asked and not _expected(up)
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in up.children):
            # a clause of its own subject is another's words ("... which Russia says it
            # needs"), unless the agreement itself says it: "The declaration states that
            # the two sides will consult each other"
            return _stated_by(up, head) and word.i > up.head.i
    return False


def _stated_by(clause, head) -> bool:
    """The clause (by the parse) is what the agreement whose noun is ``head`` says: the
    complement of a stating verb ("states", "stipulates", "says", "specifies") whose subject
    is that noun, and not a question ("asks whether")."""
    verb = clause.head
    if clause.dep_ != "ccomp" or verb.lemma_.lower() not in _STATING_VERBS:
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children):
        return False
    return any(c.dep_ == "nsubj" and c == head for c in verb.children)


_STATING_VERBS = en.STATING_VERBS


def _noun_and_cue(reading: Reading, view: SentenceView, np: tuple[int, int, str], tok: int):
    """The parse's head of the agreement's noun phrase and its token of the cue at ``tok``
    (None when the sentence has no parse or either is not found)."""
    parse = view.parse()
    if parse is None:
        return None
    head = reading.phrase_head(parse, np[0], np[1])
    word = parse.token_at(reading.doc[tok].idx)
    return None if head is None or word is None else (head, word)


def _done_under(reading: Reading, view: SentenceView, np: tuple[int, int, str], tok: int) -> bool:
    """ "French ships may use two more naval ports under the 2019 accord", "Chile sent
    troops to an air base as part of a defence pact": what the
    clause does under the agreement (by the parse: the words of the verb the "under", "as
    part of", "in accordance with" phrase hangs on) is what the agreement provides."""
    found = _noun_and_cue(reading, view, np, tok)
    if found is None or found[0].dep_ != "pobj":
        return False
    head, word = found
    prep = head.head
    lead = prep.lower_
    if lead == "of" and prep.head.lower_ == "part":
        lead = "part of"
    elif lead in ("with", "to") and prep.head.lower_ in ("accordance", "line", "pursuant"):
        lead = prep.head.lower_
    if lead not in _UNDER_WORDS:
        return False
    verb = next((t for t in prep.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or word in head.subtree or word not in verb.subtree or word.i > prep.i:
        return False
    # "The Agreement will enable transfers ... under the AUKUS partnership": a sentence that
    # names another agreement before this one tells what that one provides
    return not any(c.tok_end <= np[0] for c in view.cues_of("agreement_terms"))


_UNDER_WORDS = en.UNDER_WORDS


def _right_after(reading: Reading, view: SentenceView, np: tuple[int, int, str], tok: int) -> bool:
    """ "agreement on police cooperation", "pact for trade and energy", "32 agreements on
    infrastructure, mining, trade, ... civil aviation and finance", "seven MoUs (memoranda)
    on issues related to railways, space and science", "deals spanning transport and power":
    the cue is an item of the list the words after the agreement's noun open, which runs
    to the end of that phrase (a clause's verb, a relative or reporting word, or a
    sentence stop closes it)."""
    start = np[1]
    if reading.lower(start) == ")":
        start += 1  # the noun is itself the acronym in brackets: "... (MoUs) on railways"
    elif reading.lower(start) == "(":
        # an acronym or count in brackets after the noun: "Memorandum of Understanding (MoUs)"
        close = next(
            (i for i in range(start + 1, min(tok, start + 6)) if reading.lower(i) == ")"), None
        )
        if close is None:
            return False
        start = close + 1
    start = _past_parties(reading, start, tok)
    # "a pact in which both pledge ...", "a deal under which ...": a clause of the agreement
    clause = reading.lower(start + 1) == "which" and reading.lower(start) in ("in", "under")
    if not (reading.lower(start) in _LIST_LEADS or clause) or tok > start + _LIST_SPAN:
        return False
    if tok <= start + clause:
        return False
    if clause and reading.lower(tok) in _GENERIC_IN_DEFENSE:
        return False  # "a treaty under which Russia guarantees the security of Belarus"
    if reading.doc[start + 1].like_num:
        return False  # "signed an agreement in 2018, ...": a date, not a list
    cue = reading.doc[tok]
    if tok > start + 1 and cue.text.istitle() and not title_case(reading, view):
        return False  # "..., Logistics Exchange Memorandum": the name of the next agreement
    for i in range(start + 1 + clause, tok):
        token = reading.doc[i]
        if token.is_punct and token.text not in _LIST_PUNCT:
            return False
        if token.lower_ in _LIST_ENDS and not clause:
            return False
    return True


def _past_parties(reading: Reading, start: int, tok: int) -> int:
    """ "an agreement with Venezuela on military-technical cooperation", "a deal between the
    two governments for oil and gas exploration": the party phrase after the agreement's
    noun, skipped to the list it opens (the token of its lead word); ``start`` itself when no
    such phrase stands there. The party phrase holds names and their words only: no
    participle, no clause or list word, no stop, no number ("a deal with China in 2018")."""
    if reading.lower(start) not in ("with", "between"):
        return start
    for i in range(start + 1, min(tok, start + _PARTY_SPAN)):
        token = reading.doc[i]
        word = token.lower_
        if word in _LEADS_AFTER_PARTIES and i > start + 1:
            return i
        if (
            (token.is_punct and word not in _PARTY_PUNCT)
            or word in _LIST_ENDS
            or word in _LIST_LEADS
            or token.like_num
            # a lower-case participle opens a clause: "a deal with China signed on Monday"
            or (word.endswith("ed") and token.text.islower())
        ):
            return start
    return start


_LEADS_AFTER_PARTIES = en.LEADS_AFTER_PARTIES
_PARTY_PUNCT = frozenset(("-", "'", "’", "&"))
_PARTY_SPAN = 12


_LIST_LEADS = en.LIST_LEADS
_LIST_ENDS = en.LIST_ENDS
_LIST_PUNCT = en.LIST_PUNCT
_LIST_SPAN = 40


def _negated(reading: Reading, tok: int) -> bool:
    return any(reading.lower(i) in _NEGATORS for i in range(max(0, tok - 5), tok))
