"""The giver and the receiver of an amount handed over (aid, a loan, an arms deal), read from
the dependency parse: the subject of the verb that hands it over gives it ("Kuwait extended a
loan"), unless the verb is one of receiving ("Pakistan secured a deposit"); the indirect
object, "to" or "for" receives it ("gives Egypt a loan", "$1bn to Ukraine"); "from" and a
passive "by" name the giver. A state named elsewhere in the sentence (the venue, a broker, a
state compared with, the one that welcomes the loan) has no role in the figure.

Asked only for a sentence that names at least two actors around an amount of a kind that is
handed over; where the parse does not name both sides, the word rules decide.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..base.tables import words_of_kind
from ..lang.en.words.measure_roles import HOST_PREPOSITIONS, RECEIVER_PREPOSITIONS, SAYING_VERBS
from .actors import Mention
from .quantities import Quantity
from .reading import SentenceView
from .syntax import Parse

# Dependencies that tie a figure's words to the noun it is the amount of ("a $5bn loan":
# "$", "5" and "billion" hang from "loan")
_INSIDE_FIGURE = frozenset({"quantmod", "compound", "nummod", "nmod", "amod"})
# "a loan of $2bn", "aid worth $675m", "pledges of $2bn in aid": the noun the amount measures
_OF_WORDS = frozenset({"of", "worth", "totalling", "totaling", "valued"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# A verb whose subject is that of the verb it depends on ("agreed to lend", "will help to fund")
_SHARED_SUBJECT = frozenset({"xcomp", "conj"})
_PRONOUNS = frozenset({"it", "they"})
# Lemmas of verbs whose subject gives ("Kuwait extended a loan"), receives ("Pakistan secured
# a deposit") or, for troops, has them somewhere and sends them ("France keeps 1,500 soldiers
# in Chad")
HANDING_VERBS = words_of_kind("measure_roles.tsv", "handing_verb")
RECEIVING_VERBS = words_of_kind("measure_roles.tsv", "receiving_verb")
STATIONING_VERBS = words_of_kind("measure_roles.tsv", "stationing_verb")
WITHDRAWING_VERBS = words_of_kind("measure_roles.tsv", "withdrawing_verb")


def parsed_sides(
    view: SentenceView, q: Quantity, mentions: list[Mention], troops: bool = False
) -> list[str] | None:
    """[giver(s)..., receiver] of amount ``q`` as the parse says, or None when the parse
    does not name both among ``mentions``. ``troops``: a count of troops, whose host may be
    named by "in" ("France keeps 1,500 soldiers in Chad") and whose sender may be the subject
    of a verb of having or stationing."""
    found = _figure_token(view, q)
    if found is None:
        return None
    parse, token = found
    noun = _figure_noun(token)
    givers: list[Token] = []
    receivers: list[Token] = []
    _from_prepositions(noun, givers, receivers, troops)
    givers += [c for c in noun.children if c.dep_ == "poss"]  # "Japan's $500m loan"
    verb = _verb_of(noun)
    if verb is not None:
        # "in" names the host only after a verb of having or stationing ("keeps 1,500
        # soldiers in Chad"; not "recruited in Chad and sent to Libya")
        stationed = troops and verb.lemma_.lower() in STATIONING_VERBS | {"deploy"}
        _from_prepositions(verb, givers, receivers, stationed)
        for c in (c for c in verb.children if c.dep_ == "dative"):
            # "gives Egypt a loan"; "give $400m to Morocco" (a "to" the parser calls dative)
            receivers += [o for o in c.children if o.dep_ == "pobj"] if c.pos_ == "ADP" else [c]
        if noun.dep_ == "pobj":  # "provide Kyiv with $2bn": the object receives
            receivers += [c for c in verb.children if c.dep_ == "dobj"]
        givers += [c for a in verb.children if a.dep_ == "agent" for c in a.children]
        subject = _subject(verb)
        lemma = verb.lemma_.lower()
        if subject is not None and lemma in RECEIVING_VERBS:
            receivers.extend(_with_conjuncts(subject))  # "Pakistan secured a deposit"
        elif (
            subject is not None
            and not givers
            and (lemma in HANDING_VERBS or (troops and lemma in STATIONING_VERBS))
        ):
            givers.extend(_with_conjuncts(subject))  # "Kuwait extended a loan"
    giver_codes = _codes(parse, givers, mentions)
    receiver_codes = [c for c in _codes(parse, receivers, mentions) if c not in giver_codes]
    if not giver_codes or len(receiver_codes) != 1:
        return None
    return [*giver_codes, receiver_codes[0]]


def _figure_token(view: SentenceView, q: Quantity) -> tuple[Parse, Token] | None:
    """The sentence's parse and the token where amount ``q`` starts; None without a parse."""
    parse = view.parse()
    if parse is None:
        return None
    token = parse.token_at(view.start + q.start)
    return None if token is None else (parse, token)


def _figure_noun(token: Token) -> Token:
    """The noun an amount is the amount of: up from its own words, then across "of" or
    "worth" to the noun before ("a loan of $2bn")."""
    node = token
    for _ in range(6):
        if node.dep_ in _INSIDE_FIGURE and node.head is not node:
            node = node.head
        elif (
            node.dep_ == "pobj"
            and node.head.lower_ in _OF_WORDS
            and node.head.head.pos_ in ("NOUN", "PROPN")
        ):
            node = node.head.head
        elif node.dep_ == "npadvmod" and node.head.lower_ == "worth":  # "worth $675m"
            node = node.head.head if node.head.head is not node.head else node
            break
        else:
            break
    return node


def _verb_of(noun: Token) -> Token | None:
    """The verb that hands the amount over: the one the noun is the object of, directly or
    through "with" ("provide Kyiv with $2bn")."""
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass", "attr", "oprd") and head.pos_ in ("VERB", "AUX"):
        return head
    if noun.dep_ == "pobj" and head.lower_ == "with" and head.head.pos_ == "VERB":
        return head.head
    return None


def _subject(verb: Token) -> Token | None:
    node = verb
    for _ in range(3):
        # the subject nearest the verb ("Echoing Paris, Canada pledged": a parse may make
        # both subjects)
        subjects = [c for c in node.children if c.dep_ in _SUBJECTS]
        subject = min(subjects, key=lambda c: abs(node.i - c.i), default=None)
        if subject is not None and subject.lower_ in _PRONOUNS and node.dep_ == "ccomp":
            # "Algeria announced it will deliver": the pronoun stands for the subject of the
            # verb of saying
            node = node.head
            continue
        if subject is not None:
            return None if subject.dep_ == "nsubjpass" else subject
        if node.dep_ not in _SHARED_SUBJECT or node.head is node:
            return None
        node = node.head
    return None


def _from_prepositions(
    node: Token, givers: list[Token], receivers: list[Token], troops: bool = False
) -> None:
    for prep in (c for c in node.children if c.dep_ == "prep"):
        objects = [o for p in prep.children if p.dep_ == "pobj" for o in _with_conjuncts(p)]
        word = prep.lower_
        if word == "from":
            givers.extend(objects)
        elif word in RECEIVER_PREPOSITIONS or (troops and word in HOST_PREPOSITIONS):
            receivers.extend(objects)


def _with_conjuncts(token: Token) -> list[Token]:
    """ "Saudi Arabia and the UAE": the token and the states listed with it."""
    return [token, *token.conjuncts]


def _codes(parse: Parse, tokens: list[Token], mentions: list[Mention]) -> list[str]:
    """The actors the tokens name (a mention covering the token)."""
    out: list[str] = []
    for t in tokens:
        at = parse.doc_char(t)
        code = next((m.code for m in mentions if m.start <= at < m.end), None)
        if code is not None and code not in out:
            out.append(code)
    return out


# Prepositions after a flow's noun that name a side: "trade with Russia", "between Kazakhstan
# and Russia", "exports to the UAE", "imports from China"
_FLOW_PREPOSITIONS = frozenset({"with", "between", "to", "from", "among"})
# A figure's own words, or "in"/"of" before the flow it is the amount of ("$60bn in trade")
_FLOW_OF = frozenset({"in", "of"})
_POSSESSIVE_PRONOUNS = frozenset({"its", "their"})


def parsed_flow_sides(view: SentenceView, q: Quantity, mentions: list[Mention]) -> list[str] | None:
    """The two sides of a flow of trade as the noun phrase of the flow names them ("trade
    between Kazakhstan and Russia reached $28bn", "its trade with China fell to $267bn" after
    "South Korea saw"), or None when that phrase does not name exactly two."""
    found = _figure_token(view, q)
    if found is None:
        return None
    parse, token = found
    flow = _flow_noun(_figure_noun(token))
    if flow is None:
        return None
    named: list[Token] = []
    for c in flow.children:
        if c.dep_ in ("amod", "compound", "nmod"):
            named.append(c)
        elif c.dep_ == "poss":
            named.append(_possessor(c))
        elif c.dep_ == "prep" and c.lower_ in _FLOW_PREPOSITIONS:
            named += [o for p in c.children if p.dep_ == "pobj" for o in _with_conjuncts(p)]
    codes = _codes(parse, named, mentions)
    if len(codes) == 1 and not any(c.dep_ in ("poss", "amod", "compound") for c in named):
        # "Turkey's president said trade with Russia hit $60bn": the partner only; the owner
        # is the state of whoever says it
        owner = _speaker_code(parse, flow, mentions)
        if owner is not None and owner != codes[0]:
            return [owner, codes[0]]
    return codes if len(codes) == 2 else None


def _speaker_code(parse: Parse, flow: Token, mentions: list[Mention]) -> str | None:
    """The state of the subject of the verb of saying a flow's clause depends on ("Turkey's
    president said", "Kazakh President Tokayev told"), when one state names it."""
    node = flow.head
    for _ in range(3):
        if node.dep_ != "ccomp" or node.head is node:
            node = node.head
            continue
        verb = node.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or verb.lemma_.lower() not in SAYING_VERBS:
            return None
        words = [w for w in subject.subtree if w.i <= subject.i]  # "Kazakh President Tokayev"
        codes = _codes(parse, words, mentions)
        return codes[0] if len(codes) == 1 else None
    return None


def _flow_noun(figure: Token) -> Token | None:
    """The noun of the flow a figure measures: the subject of the verb it completes ("trade
    reached $5bn", "exports stood at $5bn", "were worth $5bn"), or the noun after "in" or
    "of" ("$60bn in trade")."""
    for c in figure.children:
        if c.dep_ == "prep" and c.lower_ in _FLOW_OF:
            pobj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ == "NOUN":
                return pobj
    if figure.pos_ in ("VERB", "AUX"):  # "were worth $5bn", read up to the verb already
        verb = figure
    elif figure.dep_ in ("dobj", "attr", "oprd"):  # "reached $5bn"
        verb = figure.head
    elif _completes_through_head(figure):  # "rose to $5bn", "stood at", "worth $5bn"
        verb = figure.head.head
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    # ("trade" may be tagged a verb even as a subject)
    return subject if subject is not None and subject.pos_ in ("NOUN", "VERB") else None


def _completes_through_head(figure: Token) -> bool:
    return (figure.dep_ == "pobj" and figure.head.dep_ == "prep") or (
        figure.dep_ == "npadvmod" and figure.head.lower_ == "worth"
    )


def _possessor(token: Token) -> Token:
    """ "its trade": the subject of the nearest verb above that has one ("South Korea saw its
    trade fall"); a named possessor stands for itself."""
    if token.lower_ not in _POSSESSIVE_PRONOUNS:
        return token
    node = token.head
    for _ in range(4):
        node = node.head
        subject = next((c for c in node.children if c.dep_ == "nsubj" and c.i < token.i), None)
        if subject is not None:
            return subject
        if node.head is node:
            break
    return token
