"""Which dates of a signing sentence belong to the signing's own clause, from the parse.

"Kenya announced on Friday that it had signed a pact with Somalia in March": "Friday" is a
date of "announced", "March" a date of "signed". The token distance that picks a signing
date elsewhere cannot tell them apart; the dependency tree can. Asked only for sentences
where a date could belong to another step (two dates, or one date and a reporting verb or
a lifecycle step such as "entered into force"), so few sentences are parsed for it.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lang.en.words import agreements as en_agreements
from ..lang.en.words import signing_dates as en
from .reading import Cue, Reading, SentenceView

_OTHER_STEP_WORDS = en.OTHER_STEP_WORDS
_SUBJECTS = ("nsubj", "nsubjpass", "expl")
_SOFT_SIGN = en_agreements.SOFT_SIGN
_SIGNING_NOUNS = en.SIGNING_NOUNS


def dates_of_other_clauses(
    reading: Reading, view: SentenceView, np, signing: list[Cue]
) -> frozenset[int] | None:
    """:func:`foreign_dates` where the parse leaves the signing a date of its own, else
    None (a parse that would leave no date is too sure a verdict to act on alone)."""
    foreign = foreign_dates(reading, view, np, signing)
    if foreign is None:
        return None
    if len(foreign) == len(reading.dates(view)) and not _all_of_steps(reading, view):
        return None
    return foreign


def _all_of_steps(reading: Reading, view: SentenceView) -> bool:
    """Whether every date of the sentence hangs from a lifecycle step's verb ("came into
    force on Wednesday", "ratified on Tuesday"): such dates are the steps', and a signing
    the sentence gives no date of its own is undated (gold-schema: ratification and entry
    into force leave ``signed`` null)."""
    parse = view.parse()
    if parse is None:
        return False
    steps = set()
    for c in view.cues_of("agreement_verbs"):
        if c.value in ("signed", "accession"):
            continue
        for i in range(c.tok, c.tok_end):
            t = parse.token_at(reading.doc[i].idx)
            if t is not None:
                steps.add(t.i)
    if not steps:
        return False
    for d in reading.dates(view):
        span = parse.span(d.start, d.end)
        if span is None or not len(span):
            return False
        own, path = _clause_verb(span.root)
        if not any(t.i in steps for t in path) and (own is None or own.i not in steps):
            return False
    return True


def foreign_dates(
    reading: Reading, view: SentenceView, np, signing: list[Cue]
) -> frozenset[int] | None:
    """Character starts of the sentence's dates that the parse puts in another clause than
    the verb that signs the agreement of noun phrase ``np`` (a reporting verb's "on Friday",
    "entered into force on Monday", "in force since 2022"). None when the sentence needs no
    parse or the parse finds no signing verb tied to the agreement: the caller then keeps
    its token-distance rule."""
    dates = reading.dates(view)
    if not dates or not signing:
        return None
    if not _competing(view, len(dates)):
        return None
    nominal = all(c.text.lower() in _SIGNING_NOUNS for c in signing)
    parse = view.parse()
    if parse is None:
        return None
    root = reading.phrase_head(parse, np[0], np[1])
    if root is None:
        return None
    # "announced a pact they had signed in March": a verb that only signs loosely
    # ("announced", "agreed") gives way to one that signs outright
    ordered = sorted(signing, key=lambda c: c.text.lower() in _SOFT_SIGN)
    verbs = [parse.token_at(reading.doc[c.tok].idx) for c in ordered]
    verb = next((v for v in verbs if v is not None and _signs(v, root)), None)
    if verb is not None and verb.lower_ in _SOFT_SIGN and ordered[0].text.lower() not in _SOFT_SIGN:
        # the parse ties only "announced" to the agreement, not the verb that signs it
        # outright ("the accord with Togo, which the two signed on Friday"): the caller's
        # token distance from the signing verb decides
        return None
    if verb is None and nominal:
        return _dates_off_the_noun(parse, dates, verbs, root)
    if verb is None:
        return None
    return frozenset(
        d.start for d, span in _date_spans(parse, dates) if _of_another_clause(span, verb)
    )


def _dates_off_the_noun(parse, dates, nouns, root) -> frozenset[int] | None:
    """ "The signing of the pact comes months after the two fought a war in May": with only a
    noun telling the signing ("signing" of the agreement), a date whose way up to its verb
    does not pass that noun belongs to another clause; all may, and then none dates it."""
    noun = next((n for n in nouns if n is not None and _governs(n, root)), None)
    if noun is None:
        return None
    foreign = set()
    for d, span in _date_spans(parse, dates):
        own, path = _clause_verb(span.root)
        if own is None or any(t.i == noun.i for t in path):
            continue
        if noun.head.i == own.i and noun.dep_ in _SUBJECTS:
            continue  # "the signing ... took place on Monday": the noun's own verb
        foreign.add(d.start)
    return frozenset(foreign)


def _date_spans(parse, dates):
    """Each date with its span in the parse (dates the parse cannot place are left out)."""
    for d in dates:
        span = parse.span(d.start, d.end)
        if span is not None and len(span):
            yield d, span


def _governs(noun: Token, root: Token) -> bool:
    """ "the signing of the pact": the agreement hangs from the noun (through "of")."""
    head = root.head
    return head.i == noun.i or (head.dep_ == "prep" and head.head.i == noun.i)


def _competing(view: SentenceView, n_dates: int) -> bool:
    """Whether the parse can change the signing date: two dates to choose between, or one
    that a lifecycle step may own (a lone date the parse puts elsewhere is kept otherwise,
    so a sentence with one date and no step is not worth parsing)."""
    if n_dates >= 2:
        return True
    return any(c.value not in ("signed", "accession") for c in view.cues_of("agreement_verbs"))


def _signs(verb: Token, root: Token) -> bool:
    """Whether the verb ``verb`` tells the signing of the agreement headed by ``root``: the
    agreement is its object or subject ("signed a pact", "the pact was signed"), or the verb
    modifies it ("the pact signed in 2019", "the pact they signed")."""
    if verb.pos_ != "VERB":
        return False
    own = _clause_verb(root)[0]
    if (own is not None and own.i == verb.i) or verb.head.i == root.i:
        return True
    if verb.dep_ == "relcl" and verb.head.dep_ == "pobj" and verb.head.head.head.i == root.i:
        # "the agreement with Poland, which the two sides signed": the parser hangs the
        # relative clause on the partner's name; a state is not what gets signed
        return True
    # "the pact came into force ..., six months after it was signed": the pronoun subject
    # of a clause under the agreement's own verb
    return (
        own is not None
        and verb.dep_ in ("advcl", "ccomp", "conj")
        and verb.head.i == own.i
        and any(c.dep_ in _SUBJECTS and c.lower_ in ("it", "they") for c in verb.children)
    )


def _clause_verb(tok: Token) -> tuple[Token | None, list[Token]]:
    """The first verb above ``tok`` in the tree, and the tokens passed on the way."""
    path = []
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ == "VERB":
            return tok, path
        path.append(tok)
    return None, path


def _of_another_clause(span, verb: Token) -> bool:
    if span.start <= verb.head.i < span.end:
        return False  # "in June, when they signed a treaty": the clause tells of the date
    own, path = _clause_verb(span.root)
    if any(t.lower_ in _OTHER_STEP_WORDS for t in path):
        return True  # "in force since 2022", "after talks began in 2022"
    if own is None or own.i == verb.i:
        return False
    if own.dep_ == "pcomp" and own.head.head.i == verb.i:
        # "signed a protocol on expanding cooperation at a Jan. 5 meeting": a gerund after a
        # preposition of the signing verb is no clause of its own; its date is the signing's
        return False
    if _at_the_time_of(verb, own) or _at_the_time_of(own, verb):
        return False  # "revived the commitment in June, when they signed a treaty"
    return not (_shares_subject(own, verb) or _shares_subject(verb, own))


def _at_the_time_of(clause: Token, main: Token) -> bool:
    """A "when" clause under the main verb happens at the main verb's time."""
    return (
        clause.dep_ == "advcl"
        and clause.head.i == main.i
        and any(c.lower_ == "when" for c in clause.children)
    )


def _shares_subject(later: Token, earlier: Token) -> bool:
    """ "met in Lima on Monday and signed a pact": a conjoined verb with no subject of its own
    shares the first verb's adverbs of time."""
    return (
        later.dep_ == "conj"
        and later.head.i == earlier.i
        and not any(c.dep_ in _SUBJECTS for c in later.children)
    )
