"""Claim roles and the allegation frame, read from the dependency parse of one sentence.

A supply word ("supplied", "shipments", "deployed") is a claim only inside an allegation
frame: somebody accuses, alleges, reports or sanctions (the subject of the verb, or the
"by" phrase of a passive), a marker says it is alleged or covert ("reportedly", "secretly",
"suspected"), or the actor concerned denies or admits it. The same tree gives who supplied
whom: the subject or passive agent of the supply verb, the "to X" / "for X" phrase, the
indirect object ("supplying Russia with arms"), the possessor of a noun ("Israel's supply").
Negation and modality ("could send", "plans to supply", "no evidence that") are scoped to
the clauses between the supply word and its frame.

Word lists live in ``lang/en/claim_syntax.tsv`` (one word a row, with its role) and
``lang/en/words/claim_syntax.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Token

from ..base.tables import read_table, words_of_kind
from ..lang.en.words import actors as actor_words
from ..lang.en.words import claim_syntax as en
from . import speaker_memory
from .actors import Mention
from .reading import Cue, Reading, SentenceView
from .roles import is_dateline
from .syntax import Parse


def _words(role: str) -> frozenset[str]:
    return words_of_kind("claim_syntax.tsv", role, column="role")


ALLEGE = _words("allege")  # verbs and nouns whose subject / possessor alleges
SAY = _words("say")  # verbs of saying: when the giver says it, it is an announcement
DENY = _words("deny")
ACKNOWLEDGE = _words("acknowledge")
MODAL = _words("modal")  # auxiliaries that make a clause hypothetical or future
PLAN = _words("plan")  # heads whose complement is not (yet) a fact
MARKER = _words("marker")  # "reportedly", "secretly", "alleged", "illicit"
STATE_NOUN = _words("state_noun")  # nouns that stand for their state: "Sudanese military"
NON_STATE = _words("non_state")  # modifiers that make forces non-state: "rebel", "paramilitary"
NOT_MILITARY = _words("not_military")  # "financial backing", "political support"
NOT_MILITARY_OBJECT = _words("not_military_object")  # "backs Serbia's stance", "the deal"
ATTRIBUTION = _words("attribution")  # ", Western officials allege."
VOICE = _words("voice")  # "renewed allegations", "imposed sanctions"
PLACE_HEAD = _words("place_head")
OUTLET = _words("outlet")  # "state media" speaks for its state; "Israeli media" do not
NEWS_HEAD = _words("news_head")  # "news agency", "news site": the press only after "news"
SEIZE = _words("seize")  # "the US Navy seized Iranian weapons bound for the Houthis"
LOCATED = _words("located")  # "companies based in China"
ROUTE = tuple(sorted(_words("route")))  # "sold to Russia via Armenia"
WAR_ACT = _words("war_act")  # "attacked with the support of Turkey"
DEPLOYED_BODY = _words("deployed_body")  # "troops in eastern Congo": where, not whose
_OFFICIAL_VOICE = en.OFFICIAL_VOICE  # "Russia's Far East", "Russia's Kursk Oblast": a place
_OTHERS_OF = en.OTHERS_OF
_QUANTITY_HEADS = en.QUANTITY_HEADS
# Verbs whose subject does what their object noun names: "involved in a weapons delivery".
_DOING = en.DOING
_PART_IN = en.PART_IN
_PRONOUNS = en.PRONOUNS
_ANAPHORIC_HEADS = en.ANAPHORIC_HEADS


@dataclass
class ClaimParse:
    """What the tree says about one supply word."""

    subject: list[Mention] = field(default_factory=list)
    beneficiary: list[Mention] = field(default_factory=list)
    recipient_phrase: bool = False  # a recipient is named, state or not ("to the RSF")
    subject_named: bool = False  # the parse found who supplied, state or not
    non_state_recipient: bool = False  # one of the recipients is no state ("the RSF")
    accusers: list[Mention] = field(default_factory=list)
    framed: bool = False  # an accuser, a marker, a denial or an admission governs it
    framed_by_marker: bool = False  # "reportedly", "secretly", "alleged"
    announced: bool = False  # the giver itself says it
    blocked: bool = False  # negated, hypothetical, planned or doubted
    stance_frame: str | None = None  # "denies" / "acknowledges" when such a verb governs it
    negated: bool = False  # blocked by a negation ("has not supplied"), not by modality
    pronoun_subject: bool = False  # who supplied is a pronoun ("Tehran says it has not ...")
    support_given: bool = False  # what is given is support or assistance, not named items
    nominal_support: bool = False  # the supply word is the noun "support" or "assistance"
    stance_actors: list[Mention] = field(default_factory=list)
    accusing: bool = False  # the frame is a word of accusing ("accused", "allegations")
    reciprocal: bool = False  # "X and Y accused each other of ...": each the other's accuser
    # document character offset of the head noun of what is given, as the parse sees it
    # ("half of the shells ... are supplied by X": the shells), for an item out of reach
    # of the token windows
    given_at: int | None = None


class _Tree:
    """One sentence's parse with the actor mentions placed on its tokens."""

    def __init__(self, reading: Reading, view: SentenceView, parse: Parse):
        self.reading = reading
        self.parse = parse
        self.at: dict[int, Mention] = {}
        for m in view.mentions:
            if is_dateline(reading, m) or _dateline_in_title_case(reading, m):
                continue  # "LONDON — The United States said": the parser may take it for a subject
            span = parse.span(m.start, m.end)
            if span is None:
                continue
            for t in span:
                self.at.setdefault(t.i, m)
        self.mentions = view.mentions
        self.view = view

    def is_state(self, m: Mention) -> bool:
        return self.reading.lex.is_state(m.code) and not is_dateline(self.reading, m)

    def actors(self, tok: Token, depth: int = 0) -> list[Mention]:
        """The actors a noun phrase headed by ``tok`` stands for: a name, its conjuncts and
        appositions, or a state noun's owner ("Sudan's army", "the Russian military"). A
        group named on its own ("the Rapid Support Forces") stands for no state."""
        if depth > 4:
            return []
        found: list[Mention] = []
        m = self.at.get(tok.i)
        if m is not None:
            found.append(m)
        elif self._stands_for_state(tok) and self._common(tok) and not self._non_state(tok):
            found += self.owners(tok) or self._named_before(tok) or self._holder(tok)
            # "the government in Kyiv", "a panel of UN monitors", "experts for the UN"
            # ("troops in eastern Congo" are there, not Congo's)
            owning = ("of", "for") if tok.lower_ in DEPLOYED_BODY else ("of", "in", "for")
            for g in _prep_objects(tok, owning) + self._located_in(tok):
                found += self.actors(g, depth + 1)
        elif tok.lower_ in _ORGANISATION_BODIES:
            # "a United Nations group of experts", "an EU team": a body an organisation
            # names as its own speaks for it (a state's "group" may be anyone's: "the
            # Russian group Wagner")
            found += [m for m in self.owners(tok) if m.kind == "org"]
        if tok.lower_ in _QUANTITY_HEADS:  # "a number of former Soviet states plus China"
            found += [m for g in _prep_objects(tok, ("of",)) for m in self.actors(g, depth + 1)]
        for child in tok.children:
            if child.dep_ in ("conj", "appos"):
                found += self.actors(child, depth + 1)
        return _unique(found)

    def _holder(self, tok: Token) -> list[Mention]:
        """ "Rwanda has 4,000 troops in eastern Congo": forces a state is said to have are
        its own."""
        head = tok.head
        if tok.lower_ not in DEPLOYED_BODY or tok.dep_ != "dobj" or head.lemma_ != "have":
            return []
        holder = _child(head, "nsubj")
        return [self.at[holder.i]] if holder is not None and holder.i in self.at else []

    @staticmethod
    def _located_in(tok: Token) -> list[Token]:
        """Where firms are said to be, as the state they stand for: "companies based in
        China", "the firms sanctioned ... are based in China and Turkey", "traders from
        Turkey", "intermediaries like Iran or North Korea"."""
        found = _prep_objects(tok, ("from", "like", "including"))
        for c in tok.children:  # "such as", parsed either way round
            if c.lower_ == "such":
                found += _prep_objects(c, ("as",))
            if c.lower_ == "as" and any(w.lower_ == "such" for w in c.children):
                found += [g for g in c.children if g.dep_ == "pobj"]
        for c in tok.children:
            if c.dep_ == "acl" and c.lower_ in LOCATED:
                found += _prep_objects(c, ("in",))
        head = tok.head
        if tok.dep_ in ("nsubj", "nsubjpass") and head.lower_ in LOCATED:
            found += _prep_objects(head, ("in",))
        return found

    def owners(self, tok: Token) -> list[Mention]:
        """Actors named as modifiers of ``tok``: "Sudan's army", "South Korean and U.S.
        intelligence", "UN experts"."""
        found = []
        for child in tok.children:
            if child.dep_ in ("poss", "amod", "compound", "nmod"):
                if child.i in self.at:
                    found.append(self.at[child.i])
                # "European and US officials": a conjunct may name a state the first does not
                found += [
                    self.at[c.i] for c in child.children if c.dep_ == "conj" and c.i in self.at
                ]
        return found

    def _named_before(self, tok: Token) -> list[Mention]:
        """ "Myanmar's junta has bought arms ... The regime imported jets from Russia": "the
        junta", "the regime", "the army" with no owner is the state last named as owning such
        a body, in this sentence or the few before; [] when none was."""
        if tok.lower_ not in _COREFERRING or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children
        ):
            return []
        reading, here = self.reading, self.parse.doc_char(tok)
        first = max(0, self.view.index - _COREFERENCE_SENTENCES)
        for view in reversed(reading.sentences[first : self.view.index + 1]):
            for m in reversed(view.mentions):
                if m.end > here or not self.is_state(m):
                    continue
                after = m.tok_end + (reading.token_text(m.tok_end) in ("'s", "’s"))
                if reading.lower(after) in _COREFERRING:
                    return [m]
        return []

    @staticmethod
    def _stands_for_state(tok: Token) -> bool:
        """A noun for an organ of a state ("army", "ministry"), or for the press only where
        it is the state's own ("state media", "official television")."""
        if is_outlet(tok):
            # "state media", "official television"; "state-run media" parses as "run" with
            # "state" under it
            return any(
                c.lower_ in _OFFICIAL_VOICE
                or any(g.lower_ in _OFFICIAL_VOICE and g.i < c.i for g in c.children)
                for c in tok.children
            )
        return tok.lower_ in STATE_NOUN

    def _common(self, tok: Token) -> bool:
        """A state noun used as a common noun, or a name owned by a state in the possessive
        ("Ukraine's Foreign Intelligence Service"), not a name of its own."""
        owned = any(c.dep_ == "poss" and c.i in self.at for c in tok.children)
        return tok.pos_ != "PROPN" or owned

    def _non_state(self, tok: Token) -> bool:
        return any(c.lower_ in NON_STATE for c in tok.children if c.dep_ in ("amod", "compound"))

    def states(self, tok: Token) -> list[Mention]:
        return [m for m in self.actors(tok) if self.is_state(m)]

    def _plural_before(self, tok: Token) -> list[Mention]:
        """The states of the nearest plural noun before ``tok`` that stands for states
        ("Indian companies"); [] when there is none."""
        for t in reversed(list(tok.doc[: tok.i])):
            if t.tag_ in ("NNS", "NNPS") and t.i not in self.at:
                found = self.states(t)
                if found:
                    return found
        return []

    def group_before(self, tok: Token, exclude: set[str]) -> list[Mention]:
        """The nearest subject before ``tok`` that stands for two states or more."""
        for t in reversed(list(tok.doc[: tok.i])):
            if t.dep_ in ("nsubj", "nsubjpass"):
                found = [m for m in self.states(t) if m.code not in exclude]
                if len({m.code for m in found}) >= 2:
                    return found
        return []

    def antecedent(self, tok: Token, exclude: set[str]) -> list[Mention]:
        """ "accusing it of ...", "denied that it sent", "accusing the Islamic republic":
        the nearest state named before the pronoun or description, not its accuser."""
        root = tok.sent.root
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if tok.dep_ == "poss":
            # "said Iran is lying about its supplying", "accused the US of a story on its
            # alleged transfer": a possessive refers to the nearest subject, accuser or not
            exclude, subjects = set(), []
            plural = self._plural_before(tok) if tok.lower_ == "their" else []
            if plural:
                return plural  # "sanctioned Indian firms over their supply": the firms
        for subj in subjects:
            found = [m for m in self.states(subj) if m.code not in exclude]
            if found and subj.i < tok.i:
                return found[:1]
        for t in reversed(list(tok.doc[: tok.i])):  # the nearest subject before it
            if t.dep_ in ("nsubj", "nsubjpass"):
                found = [m for m in self.states(t) if m.code not in exclude]
                if found:
                    return found[:1]
        char = self.parse.doc_char(tok)
        before = [m for m in self.mentions if m.end <= char and self.is_state(m)]
        for m in reversed(before):
            if m.code not in exclude:
                return [m]
        if tok.lower_ in _ANAPHORIC_HEADS and tok.i not in self.at:
            return self._subject_before(exclude)
        if tok.lower_ == "it" and tok.dep_ in ("nsubj", "nsubjpass") and not before:
            return self._opening_subject_before(exclude)
        return []

    def _opening_subject_before(self, exclude: set[str]) -> list[Mention]:
        """ "North Korea has become Moscow's key backer. It has sent shells to Russia": a
        subject "it" with no state before it in its sentence is the state the sentence
        before opens on, as its subject; [] when that sentence opens on anything else."""
        if self.view.index == 0:
            return []
        before = self.reading.sentences[self.view.index - 1]
        first = before.mentions[0] if before.mentions else None
        if first is None or not self.is_state(first) or first.code in exclude:
            return []
        opening = self.reading.lowers(before.tok, first.tok)
        if len(opening) > 2 or any(w not in _OPENERS for w in opening):
            return []
        return [first]

    def _subject_before(self, exclude: set[str]) -> list[Mention]:
        """ "Kazakhstan denied ... The denial followed accusations that Central Asia's largest
        economy was ...": a description of a state that names none in its own sentence is
        the state the sentence before opens on (its subject in news prose)."""
        first = max(0, self.view.index - _DESCRIPTION_SENTENCES)
        for view in reversed(self.reading.sentences[first : self.view.index]):
            states = [m for m in view.mentions if self.is_state(m) and m.code not in exclude]
            if states:
                return states[:1]
        return []


# Nouns for a body that speaks for the organisation named as its owner ("a UN group").
_ORGANISATION_BODIES = _words("organisation_body")
# Words a sentence may open on before its subject ("But Iran ...", "The US ...").
_OPENERS = frozenset(("the", "but", "and", "yet", "meanwhile", "still"))
# Nouns for a state's ruling or armed body that "the" refers back to ("the junta"), and how
# many sentences back the state named as their owner may stand.
_COREFERRING = frozenset(("junta", "regime", "army", "military"))
_COREFERENCE_SENTENCES = 4
_DESCRIPTION_SENTENCES = 2
_DATELINE_TAIL = re.compile(r"\s*(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|\((?:[A-Z]+/?)+\))")


def _dateline_in_title_case(reading: Reading, m: Mention) -> bool:
    """ "Kinshasa, Dec 23 (AFP) - ...": where the story was filed, at a line's start."""
    line_start = reading.text.rfind("\n", 0, m.start) + 1
    if reading.text[line_start : m.start].strip():
        return False
    return bool(_DATELINE_TAIL.match(reading.text, m.end))


def _press_of(t: Token) -> bool:
    """Whether a name or demonym only says whose press speaks ("Thai media", "Iranian
    newspapers"), not the state's own voice ("state media")."""
    head = t.head
    return is_outlet(head) and not _Tree._stands_for_state(head) and t.dep_ != "conj"


def is_outlet(tok: Token) -> bool:
    """A noun for the press: "media", "TV channel", or a word of it only with "news" before
    it ("Russian news agency", "a Turkish news site"; an intelligence agency is the state's)."""
    if tok.lower_ in OUTLET:
        return True
    return tok.lower_ in NEWS_HEAD and any(c.lower_ == "news" for c in tok.children)


def _unique(ms: list[Mention]) -> list[Mention]:
    seen: set[int] = set()
    out = []
    for m in ms:
        if m.start not in seen:
            seen.add(m.start)
            out.append(m)
    return out


def _child(tok: Token, *deps: str) -> Token | None:
    return next((c for c in tok.children if c.dep_ in deps), None)


def _prep_objects(tok: Token, words: tuple[str, ...]) -> list[Token]:
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "dative", "agent") and c.lower_ in words:
            out += [g for g in c.children if g.dep_ == "pobj"]
    return out


def _is_passive(tok: Token) -> bool:
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return True
    if _headline_passive(tok):
        return True
    # "weapons supplied by Iran" (but not "allegations that Russia had sent")
    bare = not any(c.dep_ in ("nsubj", "aux") for c in tok.children)
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and bare


def _headline_passive(tok: Token) -> bool:
    """ "Iran accused of supplying drones", "with Tehran accused of backing the rebels": a
    word of accusing with a subject, no auxiliary and no object is a passive (an active one
    needs whom it accuses, and a participle needs "has"), whatever the parser calls it."""
    if tok.tag_ not in ("VBN", "VBD") or tok.lower_ not in _ACCUSING:
        return False
    deps = {c.dep_ for c in tok.children}
    if "nsubj" not in deps or deps & {"aux", "dobj", "ccomp", "dative"}:
        return False
    # "accused of", "blamed for", "charged with": the act is named, the accused is not
    named = any(c.dep_ == "prep" and c.lower_ in ("of", "for", "with") for c in tok.children)
    return named or tok.tag_ == "VBN"


def _passive_subject(tok: Token) -> Token | None:
    return _child(tok, "nsubjpass") or (_child(tok, "nsubj") if _headline_passive(tok) else None)


def _is_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")


def read_claim(reading: Reading, view: SentenceView, cue: Cue) -> ClaimParse | None:
    """The parse's reading of supply word ``cue``; None when the sentence has no parse."""
    parse = view.parse()
    if parse is None:
        return None
    v = parse.head_of(cue.start, cue.end)
    if v is None:
        return None
    if cue.value == "deploy" and v.lower_ in ("fighting", "fought") and not _is_verb(v):
        return ClaimParse(blocked=True)  # "in fresh fighting": a war, not a deployment
    if v.lower_ in ("ship", "ships") and not _is_verb(v) and _modified(v):
        return ClaimParse(blocked=True)  # "North Korean ships": vessels, not shipping
    if v.lower_ == "help" and (not _is_verb(v) or _followed_by(v, ("from", "of"))):
        # "thanks to help from China", "with the help of": the noun, which the tagger may
        # take for a verb; only the verb's roles are read
        return ClaimParse(blocked=True)
    tree = _Tree(reading, view, parse)
    out = ClaimParse()
    _frame(tree, v, out)
    subject_tok, recipient_toks = _role_tokens(tree, v, cue)
    accuser_codes = {m.code for m in out.accusers}
    out.subject_named = subject_tok is not None
    out.pronoun_subject = subject_tok is not None and subject_tok.lower_ in _PRONOUNS
    if subject_tok is not None:
        out.subject = _subject_states(tree, subject_tok, accuser_codes)
    if subject_tok is not None and _reciprocal(subject_tok):
        # "India and Pakistan accused one another of supporting militants": each accuses
        # the other (the caller makes one claim for each)
        out.reciprocal = len({m.code for m in out.accusers if tree.is_state(m)}) >= 2
    if not out.subject and cue.value in ("give", "deploy") and _is_verb(v):
        # "weapons have been flowing from Iran to Russia", "shells were sent from Minsk":
        # no actor as subject or agent, so the source says who gave
        out.subject = [m for g in _prep_objects(v, ("from",)) for m in tree.states(g)]
    if not out.subject and cue.value in ("give", "get") and (_is_verb(v) or subject_tok is None):
        # "chips were sold to Russia via Armenia", "Russia obtains chips through
        # intermediaries like Kazakhstan", "the re-export of dual-use goods through
        # Kazakhstan to Russia": the route passes the goods on, as their giver (on a noun,
        # only when nobody is named as its giver)
        goods = _child(v, "dobj") if _is_verb(v) else next(iter(_prep_objects(v, ("of",))), None)
        routes = _prep_objects(v, ROUTE)
        routes += _prep_objects(goods, ROUTE) if goods is not None else []
        out.subject = [
            m for g in routes for m in _route_states(tree, g) if m.code not in accuser_codes
        ]
    recipient_toks = _state_object(tree, v, cue) + recipient_toks
    out.recipient_phrase = bool(recipient_toks)
    given_tok = _given(v) if _is_verb(v) and cue.value in ("give", "deploy") else None
    out.given_at = tree.parse.doc_char(given_tok) if given_tok is not None else None
    if v.lemma_ == "share" and not recipient_toks:
        out.blocked = True  # "Iran and Russia shared drone technology": each with the other
    if cue.value in ("deploy", "give") and _for_exercises(v):
        out.blocked = True  # "troops were deployed to Belarus for joint exercises"
    if cue.value == "give" and not recipient_toks and _armed_forces(subject_tok):
        out.blocked = True  # "the air forces sent fighter jets as escorts": their own, to no one
    givers = {m.code for m in out.subject}
    for r in recipient_toks:
        own = _child(r, "poss")
        if r.lower_ in _PRONOUNS:  # "denied reports that it received missiles"
            # "Venezuela said Iran was helping it": with no other state, the speaker
            states = tree.antecedent(r, givers | accuser_codes) or tree.antecedent(r, givers)
        elif r.lower_ in _ANAPHORIC_HEADS and own is not None and own.lower_ in _PRONOUNS:
            # "an Azeri official confirmed his country is using Israeli drones"
            states = [m for m in tree.antecedent(own, set()) if m.code not in givers]
        elif cue.value == "give" and _region_of(r):
            states = []  # "funnel weapons into eastern Congo": where they go, not to whom
        elif v.lemma_ == "fight" and r.dep_ == "pobj" and r.head.lower_ in ("in", "inside"):
            states = []  # "troops fighting in Ukraine": the battlefield, not whom they serve
        else:
            states = [m for m in tree.states(r) if m.code not in givers]
        owner = _child(r, "poss")
        if not states and owner is not None and r.lower_ not in _OTHERS_OF and not _group(tree, r):
            # "into Russia's Kursk region", "supporting Russia's war effort"
            states = [m for m in tree.states(owner) if m.code not in givers]
        if not states and r.lower_ in _ITEM_WORDS:
            # "chips ending up in Russian missiles": the state whose weapons they went into
            states = [m for m in tree.owners(r) if tree.is_state(m) and m.code not in givers]
        if states and not out.beneficiary:
            out.beneficiary = states
        # "to both the RSF and the Sudanese military": each recipient phrase on its own
        for part in [r, *[c for c in r.children if c.dep_ == "conj"]]:
            if _group(tree, part):
                out.non_state_recipient = True
    unnamed_receiver = not out.beneficiary and not out.non_state_recipient
    if cue.value == "get" and recipient_toks and unnamed_receiver:
        out.subject = []  # "the buyer imported arms from Russia": a receiver no one can name
    # "Paris supplies Caesar guns to Kyiv, said the French minister": the giver's own
    # announcement, not an allegation
    # a giver is never its own accuser by the speaker memory alone ("He said Iran had not
    # delivered ...", of Iran's minister): only a named speaker announces
    givers = {m.code for m in out.subject}
    out.accusers = [m for m in out.accusers if m.kind != REMEMBERED or m.code not in givers]
    givers_say_it = {m.code for m in out.accusers} <= {m.code for m in out.subject}
    if out.subject and out.accusers and out.stance_frame is None and givers_say_it:
        out.announced = not out.framed_by_marker
        out.framed = out.framed_by_marker
        out.accusers = []
    if any(c.lower_ in NOT_MILITARY for c in v.children if c.dep_ in ("amod", "compound")):
        out.blocked = True  # "financial backing", "political support"
    given = _child(v, "dobj")
    backed = [given] if given is not None else recipient_toks
    if given is not None and given.lower_ in ("that", "which") and v.dep_ == "relcl":
        backed = [v.head]  # "programmes that Russia has supported"
    if cue.value == "back" and any(r.lower_ in NOT_MILITARY_OBJECT for r in backed):
        out.blocked = True  # "backs Serbia's stance on Kosovo", "supported the deal"
    if given is not None and given.i in tree.at and _is_verb(v):
        # "providing Russia with significant support": what is given follows "with"
        given = next(iter(_prep_objects(v, ("with",)) + _prep_objects(given, ("with",))), given)
    if cue.value == "back" and not _is_verb(v) and v.lemma_ in _SUPPORT_NOUNS:
        _nominal_support(v, out)
    # "allegations China provides aid to Russia": aid is support only where charged or denied
    charged_aid = given is not None and given.lemma_ == "aid" and (out.accusing or out.stance_frame)
    # "sanctioned for supplying the Russian military": what is given goes unnamed; the armed
    # forces of another state are supplied, which is support to them
    armed = given is not None and cue.value == "give" and _armed_forces(given)
    if armed and given in _state_object(tree, v, cue):
        givers = {m.code for m in out.subject}
        out.support_given = any(m.code not in givers for m in tree.states(given))
    if given is not None and (given.lemma_ in _SUPPORT_NOUNS or charged_aid):
        out.support_given = True
        if any(c.lower_ in NOT_MILITARY for c in given.children if c.dep_ == "amod"):
            out.blocked = True  # "providing humanitarian assistance"
    return out


def _followed_by(tok: Token, words: tuple[str, ...]) -> bool:
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in words


def _reciprocal(tok: Token) -> bool:
    """ "one another", "each other"."""
    before = tok.doc[tok.i - 1].lower_ if tok.i > 0 else ""
    after = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
    pairs = (("one", "another"), ("each", "other"))
    return (before, tok.lower_) in pairs or (tok.lower_, after) in pairs


def _nominal_support(v: Token, out: ClaimParse) -> None:
    """ "Iran's military assistance to Russia", "the UAE's alleged support for the RSF":
    support named by a noun is a claim only when it is military or charged as a wrong, and
    (see the caller) has a state to receive it; "Chinese support for the plan" is none."""
    out.nominal_support = True
    military = (
        any(c.lower_ in _MILITARY_KINDS for c in v.children if c.dep_ in ("amod", "compound"))
        or _backed_act(v) is not None
    )
    if not (military or out.accusing or out.framed_by_marker):
        out.blocked = True


_MILITARY_KINDS = en.MILITARY_KINDS
_ARMED_FORCES = en.ARMED_FORCES
_ACCUSING = en.ACCUSING
_EXERCISES = en.EXERCISES


_COMPASS = actor_words.COMPASS | {"north", "south", "east", "west"}


def _region_of(r: Token) -> bool:
    """A place in a state, not the state: "into eastern Congo", "to northern Mali"."""
    return r.dep_ == "pobj" and any(c.dep_ == "amod" and c.lower_ in _COMPASS for c in r.children)


def _modified(noun: Token) -> bool:
    """Whether a noun has a determiner or modifier of its own ("the ships", "Korean ships"),
    as a verb the parser took for a noun ("Laos ships rifles") has not."""
    return any(c.dep_ in ("det", "amod", "nummod", "poss") for c in noun.children)


def _for_exercises(v: Token) -> bool:
    """Whether forces are sent for drills ("deployed to Belarus for joint exercises"): an
    exercise, not a deployment on another's side."""
    heads = [v, *(c for c in v.children if c.dep_ == "dobj")]
    purposes = [g for h in heads for g in _prep_objects(h, ("for",))]
    return any(g.lemma_.lower() in _EXERCISES for g in purposes)


def _armed_forces(tok: Token | None) -> bool:
    """Whether a subject is a state's armed forces, which send their own arms on missions."""
    return tok is not None and tok.lower_ in _ARMED_FORCES


def _state_object(tree: _Tree, v: Token, cue: Cue) -> list[Token]:
    """ "Turkey sold Addis Ababa dozens of drones": a state named as the object of a verb of
    giving is who receives, whatever else the parser made of the thing given."""
    obj = _child(v, "dobj") if cue.value == "give" and _is_verb(v) else None
    if obj is not None and _armed_forces(obj) and tree.states(obj):
        return [obj]  # "supplying the Russian military", "arming Sudan's army": whom it arms
    if obj is None or obj.i not in tree.at or not tree.is_state(tree.at[obj.i]):
        return []
    return [obj]


def _given(v: Token) -> Token | None:
    """What a verb of giving gives: its object, or the subject of its passive; through a
    share of it ("half of the shells")."""
    noun = _child(v, "dobj") or (_child(v, "nsubjpass") if _is_passive(v) else None)
    if noun is None:
        return None
    share = _prep_objects(noun, ("of",))
    return share[0] if share and noun.lower_ in _QUANTITY_HEADS | _SHARES else noun


_HELPING = frozenset(("help", "assist", "enable", "allow"))
_SHARES = frozenset(("half", "third", "quarter", "share", "bulk", "majority", "part"))


def _group(tree: _Tree, tok: Token) -> bool:
    """A recipient that is an armed group, not a state: a name the lexicon knows as a group
    ("Hezbollah"), or one news writes with "the" or an owner ("the RSF"), or forces qualified
    as rebel, paramilitary, militia. (A bare name the lexicon does not know is a place or a
    date: "to Nagorno-Karabakh", "from August to January".)"""
    if tok.i in tree.at:
        return False
    if tok.lower_ in STATE_NOUN and tree.owners(tok):
        # "Sudan's army" is the state's; "Burma's ethnic Wa army" a group in the state
        return tree._non_state(tok)
    if tok.dep_ == "pobj" and tok.head.lower_ == "for":
        # "for use in Ukraine", "for its war" are no recipients; "for the rebels" is
        return tok.lower_ in NON_STATE or tree._non_state(tok)
    if tok.pos_ == "PROPN":
        # "Russia's Far East": a place in the state that owns it, not a group of its own
        owned = any(c.dep_ == "poss" and c.i in tree.at for c in tok.children)
        if owned and tok.lower_ in PLACE_HEAD:
            return False
        # A name the lexicon knows as a group ("Hezbollah"), or one news writes with "the"
        # or an owner ("the RSF", "Libya's Tripoli Brigade"); a bare unknown name is a place
        # or a date ("deployed to Nagorno-Karabakh", "from August to January"), not whom
        # the supply serves
        determined = any(c.lower_ == "the" or c.dep_ == "poss" for c in tok.children)
        return _known_group(tree, tok) or determined
    return tok.lower_ in NON_STATE or tree._non_state(tok)


def _known_group(tree: _Tree, tok: Token) -> bool:
    """Whether ``tok`` is part of a name the lexicon knows as a non-state group, not as a
    region ("to Nagorno-Karabakh" is where the supply goes)."""
    char = tree.parse.doc_char(tok)
    for m in tree.view.non_state:
        if m.start <= char < m.end:
            known = tree.reading.known_group(m)
            return known is None or known.type != "region"
    return False


# Plural words for states that "their" refers back to a group with: "their countries".
_PLURAL_HEADS = _words("plural_head")


def _members(tree: _Tree, tok: Token) -> list[Mention]:
    """The states a plural word for states stands for: "X and Y are among the states that
    supply ...", "countries such as X and Y", "countries including X"."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "among":
        verb = tok.head.head
        subject = _child(verb, "nsubj") if verb.lemma_ == "be" else None
        return tree.states(subject) if subject is not None else []
    listed = _prep_objects(tok, ("including", "like", "as")) + [
        g for a in tok.children if a.lower_ == "such" for g in _prep_objects(a, ("as",))
    ]
    return [m for g in listed for m in tree.states(g)]


def _route_states(tree: _Tree, tok: Token) -> list[Mention]:
    """The states a route passes through: "via Armenia", "through intermediaries like Iran or
    North Korea", "through third countries such as Kazakhstan", "via middlemen in Turkey"."""
    named = tree.states(tok) or _members(tree, tok)
    if named or tok.i in tree.at or tok.lower_ not in STATE_NOUN:
        return named  # "through an airstrip in Chad": a place on the way, no intermediary
    return [m for g in _prep_objects(tok, ("in",)) for m in tree.states(g)]


def _subject_states(tree: _Tree, tok: Token, accusers: set[str]) -> list[Mention]:
    if tok.lower_ in _RELATIVES and tok.head.dep_ == "relcl":
        tok = tok.head.head  # "the UAE, which is accused of arming the RSF"
    named = [m for c in tok.children if c.dep_ == "appos" for m in tree.states(c)]
    if named and tok.lower_ in _ANAPHORIC_HEADS:
        return named  # "its eastern neighbour Sudan"
    if tok.lower_ in _PLURAL_HEADS and tok.i not in tree.at:
        members = _members(tree, tok)
        if members:
            return members
    own = _child(tok, "poss")
    if tok.lower_ in _PLURAL_HEADS and own is not None and own.lower_ == "their":
        # "Uganda and Rwanda denied claims that their countries funnel weapons": the
        # states named together before
        return tree.group_before(tok, accusers)
    if tok.lower_ in _ANAPHORIC_HEADS and any(tree.is_state(m) for m in tree.owners(tok)):
        # "the Iranian regime and the UAE", "Russia's state": the owner names the state,
        # and a list goes on to the others
        return tree.states(tok)
    if tok.lower_ in _PRONOUNS or (
        tok.lower_ in _ANAPHORIC_HEADS and tok.i not in tree.at and tok.pos_ != "PROPN"
    ):
        return tree.antecedent(tok, accusers)
    return tree.states(tok)


def _role_tokens(tree: _Tree, v: Token, cue: Cue) -> tuple[Token | None, list[Token]]:
    """(the subject's head token, recipient head tokens) for supply word ``v``."""
    if cue.value == "conduit":
        return _conduit_roles(v)
    if cue.value == "use":
        return _user_roles(v)
    if _gerund_on_item(v) and _gerund_object(v.head):
        return _gerund_as_modifier(v, cue)
    if _is_verb(v) or _gerund_taken_for_noun(v):
        return _verb_roles(v, cue)
    return _noun_roles(tree, v, cue)


def _gerund_on_item(v: Token) -> bool:
    """A gerund the parser hung on its object as a modifier: "denied supplying weapons" (a
    VBG modifier), "denied smuggling rifles" (tagged a noun, on a word of the items table)."""
    if v.dep_ not in ("amod", "compound") or v.head.i < v.i:
        return False
    if v.dep_ == "amod" and v.tag_ == "VBG":
        return True
    return v.lower_.endswith("ing") and v.head.lower_ in _ITEM_WORDS


def _gerund_taken_for_noun(v: Token) -> bool:
    """ "accused Uganda of shipping drones": a gerund with an object, tagged a noun."""
    return v.dep_ == "pcomp" and v.lower_.endswith("ing") and _child(v, "dobj") is not None


def _user_roles(v: Token) -> tuple[Token | None, list[Token]]:
    """ "Russia has fired North Korean missiles at Kyiv": the user received them; who made
    them (the item's qualifier, read by the caller) supplied them. No subject here."""
    if _is_passive(v):
        user = (_prep_objects(v, ("by",)) or [None])[0]
    else:
        user = _child(v, "nsubj") or _controller(v)
    return None, [user] if user is not None else []


def _conduit_roles(v: Token) -> tuple[Token | None, list[Token]]:
    """ "Kazakhstan is used as a conduit by Russia", "identified Armenia as a channel for
    Russia", "X was the main conduit for Moscow": the state said to be the route, and the
    state it serves."""
    recipients = _prep_objects(v, ("for", "by", "to"))
    subject = None
    if v.dep_ == "pobj" and v.head.lower_ == "as":
        verb = v.head.head
        recipients += _prep_objects(verb, ("by", "for"))
        if _is_passive(verb):
            subject = _child(verb, "nsubjpass")
        elif verb.lemma_ in ALLEGE or verb.lemma_ in ("name", "describe", "see", "view"):
            subject = _child(verb, "dobj")
        else:
            subject = _child(verb, "nsubj")
    elif v.dep_ == "attr":
        subject = _child(v.head, "nsubj")
    for r in list(recipients):  # "a channel for Russia to import": Russia is the subject
        if r.dep_ != "pobj":
            recipients.remove(r)
    if not recipients:  # "for Russia to import", parsed as the subject of "import"
        recipients = [c for c in v.subtree if c.dep_ == "nsubj" and c.head.i != v.i][:1]
    return subject, recipients


def _gerund_object(obj: Token) -> bool:
    """The noun a gerund taken for a modifier hangs on is what the clause does something
    with: its object, or the object of "with" after a verb of accusing."""
    if obj.dep_ == "dobj":
        return True
    # "charged X with shipping rockets", "accused X of shipping weapons"
    return obj.dep_ == "pobj" and obj.head.lower_ in ("with", "of") and _accusing(obj.head.head)


def _gerund_as_modifier(v: Token, cue: Cue) -> tuple[Token | None, list[Token]]:
    """ "Chad has denied supplying weapons to ...": the parser may make the gerund a modifier
    of its object; the clause it hangs on gives the roles."""
    obj = v.head
    # "charged X with shipping rockets": the object hangs on a preposition of the clause
    gov = obj.head.head if obj.dep_ == "pobj" else obj.head
    words = _IN if cue.value == "deploy" else _TO
    recipients = _prep_objects(gov, words) + _prep_objects(obj, words)
    if cue.value == "get":
        giver = _prep_objects(gov, ("from",)) + _prep_objects(obj, ("from",))
        receiver = _child(gov, "nsubj")
        return (giver[0] if giver else None), ([receiver] if receiver is not None else [])
    if gov.lemma_ in ALLEGE and not _is_passive(gov):
        return _child(gov, "dobj"), recipients
    return _child(gov, "nsubj", "nsubjpass"), recipients


_TO = ("to", "for", "into")
_IN = ("in", "into", "to", "inside", "alongside", "for")  # "alongside Sudan's army", "for Russia"


def _verb_roles(v: Token, cue: Cue) -> tuple[Token | None, list[Token]]:
    if cue.value == "get":
        giver = _prep_objects(v, ("from", "to") if cue.text.lower().endswith(" to") else ("from",))
        got = _child(v, "dobj")
        if not giver and got is not None:  # "obtained drones from Iran": "from" on the noun
            giver = _prep_objects(got, ("from",)) or [
                f for g in _prep_objects(got, ("of",)) for f in _prep_objects(g, ("from",))
            ]  # "imports most of its weapons from Russia"
        if not giver and got is not None:  # "imported arms worth $1 billion from Russia"
            giver = [f for t in got.subtree for f in _prep_objects(t, ("from",))][:1]
        receiver = _child(v, "nsubj") or _controller(v)
        return (giver[0] if giver else None), ([receiver] if receiver is not None else [])
    supplied = None  # the passive subject, when it is who receives
    supplied_users: list[Token] = []
    if _is_passive(v):
        # "supplied with drones by Iran": the parser may hang "by" on what is given
        agent = _prep_objects(v, ("by",)) or [
            a for w in _prep_objects(v, ("with",)) for a in _prep_objects(w, ("by",))
        ]
        patient = _child(v, "nsubjpass")
        if patient is not None and agent and not _receives(v, patient, cue):
            # "half of the shells Russia fires are supplied by Iran": who used what was given
            supplied_users = _users_of(patient)
        if patient is not None and _receives(v, patient, cue):
            # "Russia is being supplied with drones by Iran", "the Houthis are armed by Iran"
            subject, supplied = (agent[0] if agent else None), patient
        else:
            # "North Korean units had been deployed": the units stand for their state
            subject = agent[0] if agent else patient
    elif v.dep_ in ("ccomp", "xcomp") and v.head.lemma_ in ("use", "employ"):
        subject = _controller(v)
    else:
        subject = _child(v, "nsubj") or _controller(v)
    if subject is not None and subject.lower_ in _RELATIVES and v.dep_ == "relcl":
        subject = v.head  # "Chinese companies that supplied drone parts"
    elif subject is not None and subject.lower_ in _RELATIVES and _said_in_relative(v):
        subject = v.head.head  # "Turkish firms that it said had shipped goods"
    # "are ending up in Russia": a supply phrase that ends on "in" names where it goes
    ends_in = cue.text.lower().endswith(" in")
    recipients = _prep_objects(v, _IN if cue.value == "deploy" or ends_in else _TO)
    if ends_in:
        recipients += [o for p in v.children if p.dep_ == "prt" for o in _prep_objects(p, ("in",))]
    if v.lemma_ == "share":  # "sharing satellite imagery with Russia" ("with" on either)
        shared = _child(v, "dobj")
        recipients += _prep_objects(v, ("with",))
        recipients += _prep_objects(shared, ("with",)) if shared is not None else []
    if supplied is not None:
        recipients.insert(0, supplied)
    recipients += supplied_users
    dative = [c for c in v.children if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN")]
    obj = _child(v, "dobj")
    if obj is not None:  # "supplied munitions to the army": the parser may hang "to" on the noun
        recipients += _prep_objects(obj, _TO)
        for c in obj.children:
            if c.dep_ == "conj":
                recipients += _prep_objects(c, _TO)
    for c in v.children:  # "helping Russia obtain goods"
        if c.dep_ in ("ccomp", "xcomp") and v.lemma_ in ("help", "assist", "enable"):
            helped = _child(c, "nsubj")
            if helped is not None:
                recipients.append(helped)
    if obj is not None and (_prep_objects(v, ("with",)) or _prep_objects(obj, ("with",))):
        dative.append(obj)  # "supplying Russia with arms" ("with" on the verb or the object)
    if obj is not None:
        dative += _share_owner(obj)  # "supplies 80 percent of Pakistan's arms imports"
    for c in v.children:  # "sent fighters to help its ally Azerbaijan", "to help Russia avoid"
        if c.dep_ in ("advcl", "xcomp") and c.lemma_ in ("help", "support", "aid", "assist"):
            helped = _child(c, "dobj")
            if helped is None:
                inner = _child(c, "ccomp", "xcomp")
                helped = _child(inner, "nsubj") if inner is not None else None
            if helped is not None:
                recipients.append(helped)
    recipients += _on_side_of(v)
    if cue.value in ("back", "arm") and obj is not None:
        recipients.insert(0, obj)  # "backing the junta", "arming the rebels": whom it serves
    if obj is not None:
        recipients += _users_of(obj)  # "provided the drones that Russia used"
    recipients += _user_of_described(v)
    return subject, dative + recipients


def _user_of_described(v: Token) -> list[Token]:
    """Who uses what a participle describes: "the army has been using drones supplied by
    Iran", "Russia fired missiles, some of them sent by North Korea": the subject of the verb
    of using whose object the participle's noun is (or stands beside, as "those" does)."""
    if v.dep_ != "acl" or v.tag_ != "VBN":
        return []
    noun = v.head
    if noun.dep_ == "appos":
        noun = noun.head  # "drones, particularly those supplied by Iran"
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        noun = noun.head.head  # "some of them", "dozens of the drones"
    user = noun.head
    if noun.dep_ != "dobj" or user.lemma_ not in _USING:
        return []
    found = _child(user, "nsubj")
    return [found] if found is not None else []


def _said_in_relative(v: Token) -> bool:
    """Whether ``v`` is what a relative clause of saying reports: "firms that officials say
    supplied parts" (the parser hangs "that" on the reported verb)."""
    say = v.head
    return v.dep_ == "ccomp" and say.dep_ == "relcl" and say.lemma_ in SAY | ALLEGE


_SIDE_NOUNS = frozenset(("behalf", "support", "side"))


def _on_side_of(v: Token) -> list[Token]:
    """ "intervened on behalf of the Azeris", "fought in support of Baku", "on the side of
    the army": the one whose side the act takes, under a verb or its object."""
    heads = [v] + [c for c in v.children if c.dep_ == "dobj"]
    found = []
    for h in heads:
        for p in _prep_objects(h, ("on", "in")):
            if p.lower_ in _SIDE_NOUNS:
                found += _prep_objects(p, ("of",))
    return found


_RECEIVED_NOUNS = en.RECEIVED_NOUNS


def _share_owner(obj: Token) -> list[Token]:
    """Whose purchases a share given is part of: "80 percent of Pakistan's arms imports",
    "most of India's weapons"; [] for any other object."""
    if obj.lower_ not in _QUANTITY_HEADS | _SHARES | _PERCENT:
        return []
    owners = []
    for g in _prep_objects(obj, ("of",)):
        owner = _child(g, "poss")
        if owner is not None and g.lower_ in _RECEIVED_NOUNS:
            owners.append(owner)
    return owners


_PERCENT = frozenset(("percent", "per cent", "%", "pct"))
_SHARE_VERBS = frozenset(("account", "make", "represent", "comprise", "provide", "supply"))


def _share_giver(noun: Token) -> list[Token]:
    """Who gives a share of a state's imports: "Russia accounted for 36 percent of India's
    arms imports", "France made up a quarter of ..."; [] otherwise."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return []
    share = noun.head.head
    if share.lower_ not in _QUANTITY_HEADS | _SHARES | _PERCENT:
        return []
    verb = share.head.head if share.dep_ == "pobj" and share.head.lower_ == "for" else share.head
    if share.dep_ not in ("pobj", "dobj", "attr") or verb.lemma_ not in _SHARE_VERBS:
        return []
    subject = _child(verb, "nsubj")
    return [subject] if subject is not None else []


def _users_of(obj: Token) -> list[Token]:
    """Who used what was supplied, by a relative clause on it: "the drones that Russia
    launched at Kyiv", "the missiles the Houthis fired", "the shells used by Russia"; through
    a share of it: "half of the shells", "dozens of the drones"."""
    nouns = [obj, *_prep_objects(obj, ("of",))]
    users = []
    for noun in nouns:
        for c in noun.children:
            if c.lemma_ not in _USING:
                continue
            if c.dep_ == "relcl":
                users += [
                    s
                    for s in c.children
                    if s.dep_ == "nsubj" and s.lower_ not in ("that", "which", "who")
                ]
            elif c.dep_ == "acl" and c.tag_ == "VBN":
                users += _prep_objects(c, ("by",))
    return users


def _receives(v: Token, patient: Token, cue: Cue) -> bool:
    """Whether the passive subject of a supply verb is who receives, not what is given: always
    for backing and arming, and for giving when what is given follows "with" or the subject
    is a name ("Russia was supplied with shells", "Iran was supplied by China")."""
    if cue.value in ("back", "arm"):
        return True
    if cue.value != "give" or patient.lower_ in _ITEM_WORDS:
        return False  # "Rockets were delivered by Egypt": capitalised, still what is given
    return bool(_prep_objects(v, ("with",))) or patient.pos_ == "PROPN"


# The words of the items table ("rockets", "shells"): what is given, never who receives.
_ITEM_WORDS = frozenset(
    w.lower() for r in read_table("supplied_items.tsv") for w in r["cue"].split()
)


def _controller(v: Token) -> Token | None:
    """The subject a subjectless verb takes from the clause it hangs on: "X accused Y of
    sending" (Y), "Y was accused of sending" (Y), "X has sent and continues to send" (X)."""
    head = v.head
    if v.dep_ == "pcomp" and head.lower_ == "for":
        blamed = _blamed(head.head) or _blamed_noun(head.head)
        if blamed is not None:
            return blamed  # "sanctioned Chinese firms for supplying": the firms supplied
    # "charged Iran with supplying" reads as "accused Iran of supplying"
    accusal = head.lower_ == "of" or (head.lower_ == "with" and _accusing(head.head))
    if v.dep_ == "pcomp" and not accusal and head.head.i != head.i:
        gov = head.head  # "supporting the war by supplying components": who supports
        if _is_verb(gov) and _accusing(gov) and head.lower_ in ("by", "through"):
            # "accusing the UAE of complicity ... by arming the RSF": the accused did it
            return _child(gov, "nsubjpass") if _is_passive(gov) else _child(gov, "dobj")
        by_means = head.lower_ in ("by", "through") and gov.dep_ == "dobj"
        if not _is_verb(gov) and by_means and _is_verb(gov.head):
            # "violated the arms embargo by supplying ...": the parser may hang the means on
            # the object; who does the verb does it
            gov = gov.head
        helped = gov.dep_ in ("ccomp", "xcomp") and gov.head.lemma_ in _HELPING
        if head.lower_ in ("by", "through") and helped:
            gov = gov.head  # "is helping Moscow bolster its war by providing ...": the helper
        # "Iran is involved in supplying": the passive subject of the governing verb
        return _child(gov, "nsubj", "nsubjpass") or (_controller(gov) if _is_verb(gov) else None)
    if v.dep_ == "pcomp" and accusal:
        return _accused_by(head, v)
    gerund_noun = head.dep_ == "pobj" and head.lower_.endswith("ing")
    if v.dep_ == "conj" and gerund_noun and head.head.lower_ == "of":
        # "accuses Turkey of funding and arming factions": the parser may take the first
        # gerund for a noun after "of"; its conjunct is done by whom "of" names as doer
        return _accused_by(head.head, head)
    if v.dep_ in ("ccomp", "xcomp") and head.lemma_ in ("use", "employ"):
        return _child(head, "nsubj") or _controller(head)  # "using a proxy to deliver arms"
    if v.dep_ == "conj" and v.tag_ == "VBG" and _accusing(head) and _is_verb(head):
        # "accuses Chad of funding and arming militias": the parser may join the second
        # gerund to the verb of accusing; the accused does it, as it does the first
        accused = _child(head, "dobj")
        holders = [head] + ([accused] if accused is not None else [])  # "of" on either
        of_act = any(
            c.dep_ == "prep" and c.lower_ in ("of", "for") for h in holders for c in h.children
        )
        if accused is not None and of_act:
            return accused
    if v.dep_ in ("xcomp", "conj", "advcl") and head.i != v.i:
        if head.lemma_ in DENY | ACKNOWLEDGE:  # "denied sending", "admitted supplying"
            return _child(head, "nsubj")
        if v.dep_ == "advcl" and head.lemma_ in ALLEGE | SAY:
            return None
        # a conjunct shares its head's doer, however the head got it: "accused the US of
        # conducting coordination and providing logistical support"
        # "companies obtaining chips and exporting them": a conjunct of a participle on a
        # noun is done by that noun too
        shares = head.dep_ in ("xcomp", "conj") or (
            v.dep_ == "conj"
            and (head.dep_ == "pcomp" or (head.dep_ == "acl" and head.tag_ == "VBG"))
        )
        return _child(head, "nsubj", "nsubjpass") or (_controller(head) if shares else None)
    if v.dep_ == "acl" and v.tag_ == "VBG" and head.pos_ in ("NOUN", "PROPN"):
        # "reports of North Korea supplying shells", "a reaction to Iran sending missiles":
        # the parser may hang the gerund on the noun before the name; the name right before
        # the gerund, in a phrase under that noun, is who does it
        before = v.doc[v.i - 1] if v.i > 0 else None
        if (
            head.pos_ == "NOUN"
            and before is not None
            and before.pos_ == "PROPN"
            and before.dep_ == "pobj"
            and before.head.lower_ in _GERUND_DOER_PREPS
            and head in before.ancestors
        ):
            return before
        return head  # "evidence of the UAE supplying weapons"
    if v.dep_ in ("relcl", "acl") and head.pos_ in ("NOUN", "PROPN"):
        return None
    return None


_UNDER_WAY = _words("under_way")
# Prepositions whose object may be the doer of a gerund after it ("reports of Iran sending",
# "a reaction to Iran sending"); not places ("factions in Libya fighting": the factions fight)
_GERUND_DOER_PREPS = frozenset(("of", "to", "about", "over", "on", "after", "against", "for"))


def _accused_by(head: Token, v: Token) -> Token | None:
    """Who does the gerund ``v`` after the preposition ``head`` ("of", "with"): the one
    accused of it, or named with it ("evidence of the UAE supplying weapons")."""
    named = _child(head, "pobj")
    if named is not None and named.i != v.i:
        return named  # "evidence of the UAE supplying weapons"
    accuse = head.head
    if accuse.dep_ == "dobj" and _is_verb(accuse.head) and _accusing(accuse.head):
        # "accuses Chinese companies of supplying": the parser may hang "of" on the
        # accused rather than on the verb; the accused still did it
        return accuse
    if accuse.lemma_ in ALLEGE | DENY | ACKNOWLEDGE or accuse.lower_ in ALLEGE:
        if accuse.dep_ == "acl" and accuse.tag_ == "VBN" and accuse.head.pos_ == "NOUN":
            return accuse.head  # "Iranian firms accused of shipping drones"
        if _is_passive(accuse):
            return _passive_subject(accuse)
        obj = _child(accuse, "dobj")
        return obj if obj is not None else _child(accuse, "nsubj")
    agent = accuse.head if accuse.dep_ == "pobj" else None
    if agent is not None and agent.dep_ == "agent" and _accusing(agent.head):
        # "accused by UN experts of backing": the parser may hang "of" on the agent
        return _child(agent.head, "nsubjpass")
    if accuse.lower_ in _UNDER_WAY and accuse.dep_ == "pobj" and accuse.head.lower_ == "in":
        # "Russia is in the process of buying shells": the subject of the clause
        return _child(accuse.head.head, "nsubj")
    return None


def _accusing(t: Token) -> bool:
    return t.lemma_ in ALLEGE or t.lower_ in ALLEGE


def _blamed_noun(noun: Token) -> Token | None:
    """ "sanctioned (dozens of) Chinese entities for supplying": the parser may hang "for"
    on the object itself; the object of a verb of blaming is then whom it blames."""
    top = noun
    while top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.i != top.head.i:
        top = top.head.head  # "dozens of Chinese entities"
    if top.dep_ == "dobj" and _accusing(top.head):
        return noun
    return None


def _blamed(gov: Token) -> Token | None:
    """Whom a verb of blaming or sanctioning targets: "blamed Iran for", "sanctioned three
    firms for", "imposed sanctions on Iranian firms for"; None for other verbs."""
    if gov.lower_ in _LISTS and gov.dep_ == "pobj" and gov.head.lower_ in ("to", "on"):
        # "put three Iranian companies on an export blacklist for aiding": whom the list takes
        verb = gov.head.head
        if _is_verb(verb):
            return _child(verb, "dobj") or _child(verb, "nsubjpass")
    if _is_verb(gov) and any(o.lower_ in _LISTS for o in _prep_objects(gov, ("to", "on"))):
        # "added Chinese firms to the Entity List for supplying": the parser may hang "for"
        # on the verb; whom the list takes still did it
        return _child(gov, "dobj") or _child(gov, "nsubjpass")
    obj = _child(gov, "dobj")
    if obj is not None and obj.lemma_ in ALLEGE:  # "imposed sanctions on X for ..."
        on = _prep_objects(obj, _TARGET) or _prep_objects(gov, _TARGET)
        return on[0] if on else None
    if gov.lemma_ in ALLEGE or gov.lower_ in ALLEGE:
        if not _is_verb(gov):  # "sanctions on Chinese suppliers for selling ..."
            on = _prep_objects(gov, _TARGET)
            return on[0] if on else None
        if obj is None and gov.dep_ == "acl" and gov.tag_ == "VBN" and gov.head.pos_ == "NOUN":
            return gov.head  # "the companies sanctioned for supplying": the companies
        return obj if obj is not None else _child(gov, "nsubjpass")
    return None


_TARGET = en.SANCTION_TARGET
_LISTS = _words("trade_list")  # "the Entity List"
_USING = en.USING
_GROUNDS = ("over", "for")  # "sanctioned X over shipments", "blamed X for deliveries"
_SUPPORT_NOUNS = en.SUPPORT_NOUNS


def _noun_roles(tree: _Tree, v: Token, cue: Cue) -> tuple[Token | None, list[Token]]:
    """ "Israel's supply of weapons to Azerbaijan", "Iranian arms shipments to Russia",
    "transfers from Iran to Russia", "with the support of Turkey"."""
    if v.lemma_ in _AGENT_NOUNS:
        return _agent_noun_roles(v, cue)
    subject = None
    poss = _child(v, "poss")
    if poss is not None:
        subject = poss
    if subject is None:
        for t in [v, *[c for c in v.children if c.dep_ == "compound"]]:
            for c in t.children:
                if c.dep_ in ("amod", "compound", "nmod") and c.i in tree.at:
                    subject = c
                    break
            if subject is not None:
                break
    if subject is None and v.dep_ == "attr":  # "China was the top supplier of ..."
        subject = _child(v.head, "nsubj")
    if subject is None:
        giver = _prep_objects(v, ("from", "by") if cue.value != "back" else ("from", "by", "of"))
        subject = giver[0] if giver else None
    recipients = _prep_objects(v, _IN if cue.value == "deploy" else _TO)
    if v.lemma_ == "share":  # "sharing satellite imagery with Russia" ("with" on either)
        shared = _child(v, "dobj")
        recipients += _prep_objects(v, ("with",))
        recipients += _prep_objects(shared, ("with",)) if shared is not None else []
    if v.dep_ in ("nsubj", "nsubjpass"):  # "a shipment ... was destined for Egypt"
        recipients += _prep_objects(v.head, _TO)
    if cue.value == "get" and subject is not None:
        giver = _prep_objects(v, ("from",)) or _share_giver(v)
        return (giver or [None])[0], [subject]
    if subject is None:
        subject = _doer_of_noun(v)
    if not recipients and _played_part(v) is not None:
        recipients = _prep_objects(_played_part(v), _TO)  # the parser hangs "to" on "played"
    if not recipients and cue.value == "back" and (act := _backed_act(v)) is not None:
        recipients = [act]
    return subject, recipients


def _backed_act(v: Token) -> Token | None:
    """ "Azerbaijan's aggression with the support of Turkey", "Azerbaijan attacked with
    Turkish backing": support with which an act of war is done goes to whoever does it (the
    owner of the noun, the subject of the verb); None when the support is not so placed."""
    if v.dep_ != "pobj" or v.head.lower_ != "with" or v.head.head.lower_ not in WAR_ACT:
        return None
    act = v.head.head
    if not _is_verb(act):
        return _child(act, "poss")
    if _is_passive(act):
        agent = _prep_objects(act, ("by",))
        return agent[0] if agent else None
    return _child(act, "nsubj") or _controller(act)


def _played_part(v: Token) -> Token | None:
    """The verb of "played a role in <v>", "had a part in <v>"; None otherwise."""
    if v.dep_ != "pobj" or v.head.lower_ != "in" or v.head.head.lower_ not in _PART_IN:
        return None
    part = v.head.head
    ok = part.dep_ == "dobj" and part.head.lemma_ in ("play", "have", "take")
    return part.head if ok else None


_AGENT_NOUNS = en.AGENT_NOUNS


def _agent_noun_roles(v: Token, cue: Cue) -> tuple[Token | None, list[Token]]:
    """ "Belarus has emerged as Russia's leading supplier", "X is a major supplier of Y's
    arms", "named the UAE as the sole importer of howitzers from China": the one the noun
    describes supplies (or, for a buyer, receives); the possessor is the other side."""
    holder = _described(v)
    if holder is None and _blamed_noun(v) is not None:
        holder = v  # "sanctioned Chinese suppliers of drone parts to Russia"
    other = _child(v, "poss")
    if cue.value == "get":  # "importer", "buyer": the holder receives from "from" or owner
        bought = _prep_objects(v, ("of",))  # "buyer of howitzers from China"
        sources = _prep_objects(v, ("from",)) + [
            f for b in bought for f in _prep_objects(b, ("from",))
        ]
        giver = (sources or [other])[0]
        return giver, [holder] if holder is not None else []
    recipients = [other] if other is not None else []
    recipients += _prep_objects(v, _TO)
    for g in _prep_objects(v, ("of",)):  # "supplier of Russia's ammunition"
        recipients += _prep_objects(g, _TO)  # "supplier of arms to Azerbaijan"
        owner = _child(g, "poss")
        recipients += [owner] if owner is not None else []
    return holder, recipients


def _described(v: Token) -> Token | None:
    """The noun phrase an agent noun is said of: the subject of "is"/"became", of "emerged
    as", or the object of "named X as", "suggesting X as"."""
    if v.dep_ == "attr":
        # "accused Iran of being a supplier": a subjectless "being" takes its controller's
        being = _is_verb(v.head) and v.head.dep_ == "pcomp"
        return _child(v.head, "nsubj") or (_controller(v.head) if being else None)
    if v.dep_ == "pobj" and v.head.lower_ == "as":
        verb = v.head.head
        if _is_passive(verb):
            return _child(verb, "nsubjpass")
        return _child(verb, "dobj") or _child(verb, "nsubj")
    if v.dep_ == "appos":
        return v.head
    return None


def _doer_of_noun(v: Token) -> Token | None:
    """ "Iran denied it was involved in a weapons delivery", "accused Iran of arms
    deliveries", "denies the accusation of arms delivery": the actor of the clause the
    noun hangs on."""
    if v.dep_ == "pobj" and v.head.lower_ == "in" and v.head.head.lower_ in _PART_IN:
        owner = _child(v.head.head, "poss")
        if owner is not None:
            return owner  # "for their role in arms deliveries": whoever "their" is
        if _played_part(v) is not None:
            return _child(_played_part(v), "nsubj")  # "the UAE played a role in shipments"
    if v.dep_ == "pobj":
        gov = v.head.head
    elif v.dep_ == "dobj":
        gov = v.head
    else:
        return None
    grounds = v.dep_ == "pobj" and v.head.lower_ in _GROUNDS and gov.dep_ == "dobj"
    if grounds and _accusing(gov.head):  # "sanctioned Iranian entities over drone supplies"
        return gov
    if v.dep_ == "pobj" and v.head.lower_ in _GROUNDS and not _is_verb(gov) and _accusing(gov):
        # "imposed sanctions on Iranian entities over the transfer of missiles": whom the
        # sanctions target did it
        target = _prep_objects(gov, _TARGET)
        if target:
            return target[0]
    if not _is_verb(gov):
        return _doer_of_noun(gov) if gov.lower_ in ALLEGE else None
    if gov.lemma_ in ALLEGE or gov.lower_ in ALLEGE:
        return _child(gov, "nsubjpass") if _is_passive(gov) else _child(gov, "dobj")
    if gov.lemma_ in _DOING and gov.dep_ == "acl" and gov.head.pos_ in ("NOUN", "PROPN"):
        return gov.head  # "North Korean officials involved in arms transfers"
    if gov.lemma_ in DENY | ACKNOWLEDGE | _DOING:
        return _child(gov, "nsubj", "nsubjpass")
    return None  # "intercepted a shipment": the interceptor supplied nothing


# --- the frame ------------------------------------------------------------------------------


def _frame(tree: _Tree, v: Token, out: ClaimParse) -> None:
    """Walk from the supply word up to the sentence root: the first word of alleging,
    denying or admitting sets the frame; modality on the way blocks it."""
    # a suspicion ("may have sold") marks the act as alleged, as "reportedly" does
    out.framed_by_marker = _marked(v) or past_possibility(v)
    t = v
    path = [v]
    governed = False
    while True:
        if t.i != v.i and _governs_claim(tree, t, out):
            if not out.accusers and not _is_verb(t) and out.stance_frame is None:
                _speaker_above(tree, t, out)  # "monitors said that allegations of ..."
            governed = True
            break
        if t.i != v.i and _marked(t):
            out.framed_by_marker = True
        if t.head.i == t.i:
            break
        t = t.head
        path.append(t)
    out.blocked = _blocked(path, out)
    out.negated = out.blocked and _negated(path, out)
    out.framed = out.framed or out.framed_by_marker
    _according_to(tree, out)
    if not governed and not out.accusers and not out.blocked:
        _holder_of_clause(tree, path, out)
    if (not out.framed or not out.accusers) and out.stance_frame is None:
        # "Chinese firms were sanctioned for supplying ..., the State Department said": a
        # frame that names no one still has its speaker in the attribution
        _attribution_after(tree, v, out)
    if out.framed and not out.accusers and out.stance_frame is None:
        _cited_sources(tree, out)


def _holder_of_clause(tree: _Tree, path: list[Token], out: ClaimParse) -> None:
    """ "Washington has been insistent that Iran was supplying drones", "Kyiv sounded the
    alarm that ...", "Seoul is convinced that ...": whatever the words, the subject of the
    clause whose "that" complement holds the supply voices it (no verb list: the parse
    says who holds the clause)."""
    for low, t in zip(path, path[1:], strict=False):
        that = any(c.dep_ == "mark" and c.lower_ == "that" for c in low.children)
        # the parser makes a noun's "that" clause a relative one ("the alarm that ...")
        if low.dep_ != "ccomp" and not (low.dep_ in ("acl", "relcl") and that):
            continue
        holder = t
        if not _is_verb(holder) and holder.dep_ in ("dobj", "attr", "acomp"):
            holder = holder.head  # "sounded the alarm that", "was insistent that"
        if not _is_verb(holder) and holder.pos_ not in ("AUX", "ADJ"):
            return
        subjects = [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")]
        speakers = [m for s in subjects for m in tree.actors(s)]
        speakers = [m for m in speakers if tree.is_state(m)]
        # who holds the clause names the claimant of a supply something else frames or
        # reports, and frames nothing itself ("the Belarusian side recognizes that ... and
        # supports ...": a misparse would make a claim of a statement of policy)
        out.accusers = _unique(speakers)
        return


def _cited_sources(tree: _Tree, out: ClaimParse) -> None:
    """ "..., the Journal reported, citing US officials", "the paper cited South Korean
    intelligence as saying ...": whom an outlet cites alleges, not the outlet."""
    for t in tree.parse.doc:
        if t.lemma_.lower() != "cite" or not _is_verb(t):
            continue
        for obj in (c for c in t.children if c.dep_ == "dobj"):
            if _anonymous(obj):
                return  # "citing unidentified US officials": the outlet's own account
            cited = [m for m in tree.actors(obj) if tree.is_state(m)]
            if cited:
                out.accusers = cited
                return


def _attribution_after(tree: _Tree, v: Token, out: ClaimParse) -> None:
    """ "Iran has been arming the rebels, Western officials allege": a short clause of
    saying after the last comma attributes the whole sentence, whatever the parser made of
    it. Its actors are the accusers (none when the speakers are unnamed)."""
    doc = tree.parse.doc
    commas = [t.i for t in doc if t.text == "," and t.i > v.i]
    # the clause after the last comma, or one set between two commas ("..., the report
    # said, in particular when ...")
    ends = commas[1:] + [len(doc)]
    for start, end in zip(commas, ends, strict=False):
        tail = [t for t in doc[start + 1 : end] if not t.is_punct]
        if not 1 < len(tail) <= _LONG_ATTRIBUTION_WORDS:
            continue
        verbs = [t for t in tail if t.lower_ in ATTRIBUTION]
        if not verbs or tail[0].lower_ in ("which", "who", "as", "while", "after", "before"):
            continue
        if len(tail) > _ATTRIBUTION_WORDS and not _named_speaker_first(tree, tail, verbs[0]):
            continue
        if end < len(doc) and verbs[-1].i != tail[-1].i:
            continue  # between commas, only a clause that ends on its verb of saying
        out.framed = True
        # "the Working Group on Russian Sanctions reports": what a body is about is not who
        # speaks
        topic = next((t.i for t in tail if t.lower_ in _TOPIC_PREPOSITIONS), None)
        # whom the speaker tells ("told Agence France-Presse", "told the UN") is no speaker
        speakers = [
            t
            for t in tail
            if t.i in tree.at
            and (topic is None or t.i < topic)
            and t.i < verbs[0].i
            and not _press_of(t)
        ]
        if len(tail) > _ATTRIBUTION_WORDS:
            # a long speaker phrase names its state first ("Deputy Chief of the General
            # Staff of Ukraine Oleksiy ..."); a person's name after it may be ambiguous
            speakers = speakers[:1]
        out.accusers = _unique([tree.at[t.i] for t in speakers])
        if not out.accusers:
            # ", the spy agency added", ", Berg said": a speaker named in another sentence
            subj = _child(verbs[0], "nsubj")
            if subj is not None and subj in tail and not _press_of(subj):
                out.accusers = _remembered(tree, subj)
        return


_TOPIC_PREPOSITIONS = frozenset(("on", "about", "against", "over"))
_RELATIVES = frozenset(("that", "which", "who"))


_ATTRIBUTION_WORDS = 8  # "a senior US defence official told reporters on Tuesday"
# A longer clause attributes the sentence only when it opens on its speaker, an actor named
# before the verb of saying: ", the deputy chief of Ukraine's general staff announced at a
# briefing on Thursday."
_LONG_ATTRIBUTION_WORDS = 24


def _named_speaker_first(tree: _Tree, tail: list[Token], verb: Token) -> bool:
    """Whether an actor is named in the words before the verb of saying, and those words
    hold no other verb (the clause is "<speaker> <said> ...", not a clause of its own)."""
    before = [t for t in tail if t.i < verb.i]
    named = any(t.i in tree.at for t in before)
    return named and not any(_is_verb(t) and t.pos_ != "AUX" for t in before)


def _speaker_above(tree: _Tree, t: Token, out: ClaimParse) -> None:
    while t.head.i != t.i:
        t = t.head
        if _is_verb(t) and (t.lemma_ in SAY | ALLEGE or t.lower_ in ALLEGE):
            out.accusers = _speaker(tree, t, remember=True)
            return


def _first_person(verb: Token) -> bool:
    """Whether a verb's subject is "we", "I", or owned by "our", "my"."""
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        if subj.lower_ in ("we", "i") or any(
            c.dep_ == "poss" and c.lower_ in ("our", "my") for c in subj.children
        ):
            return True
    return False


def _marked(t: Token) -> bool:
    return any(
        c.lower_ in MARKER for c in t.children if c.dep_ in ("advmod", "amod", "acomp", "npadvmod")
    )


def _governs_claim(tree: _Tree, t: Token, out: ClaimParse) -> bool:
    lemma, low = t.lemma_.lower(), t.lower_
    if (lemma in DENY | ACKNOWLEDGE or low in DENY | ACKNOWLEDGE) and _non_answer(t):
        return True  # "declined to confirm", "could not confirm": no stance, no frame
    if _no_basis(t):
        # "there is no factual basis to allegations China provides ..., the embassy said"
        out.framed = True
        _denied_by_sayer(tree, out, t)
        return True
    if lemma in DENY or low in DENY:
        out.framed = True
        out.stance_frame = "denies"
        out.stance_actors = _speaker(tree, t)
        out.accusers = _nominal_accusers(tree, _child(t, "dobj"))
        return True
    if lemma in ACKNOWLEDGE or low in ACKNOWLEDGE:
        out.framed = True
        out.stance_frame = "acknowledges"
        out.stance_actors = _speaker(tree, t)
        return True
    if lemma in ALLEGE or low in ALLEGE:
        out.framed = True
        out.accusing = lemma in _ACCUSING or low in _ACCUSING
        if _is_verb(t):
            # the press reports a seizure
            out.accusers = _speaker(tree, t, remember=True) or out.accusers
            if not out.accusers and (_first_person(t) or _is_passive(t)):
                # "'Our assessments show that ...,' Gantz said": who says "our"; "the
                # briefing revealed that Russia is believed to have sent ...": who reports
                # the belief (a passive with no "by" agent names no believer)
                _speaker_above(tree, t, out)
        else:
            out.accusers = _nominal_accusers(tree, t) or _who_makes(tree, t) or out.accusers
            _answered_allegation(tree, t, out)
        return True
    if _is_verb(t) and (lemma in SEIZE or low in SEIZE):
        seizers = [m for m in _speaker(tree, t) if tree.is_state(m)]
        if seizers:
            # "the US Navy seized Iranian weapons bound for the Houthis": who seizes charges
            # the supply, as a state that sanctions over it does; a frame above may still
            # answer it ("rejected Britain's claim that it had seized ...")
            out.framed = out.accusing = True
            out.accusers = seizers
        return False
    obj = _child(t, "dobj") if _is_verb(t) and low in VOICE else None
    if obj is not None and obj.lemma_ in ALLEGE and _prep_objects(obj, _TARGET):
        out.framed = True  # "imposed sanctions on Iranian firms for shipping ..."
        out.accusers = _speaker(tree, t, remember=True)
        return True
    if lemma in SAY and _is_verb(t):
        speakers = _speaker(tree, t, remember=True)
        out.accusers = speakers or out.accusers  # "..., the Journal reported": the seizer
        # a speaker only the memory places ("he said") names who says it, but does not make
        # what is said an allegation
        named = [m for m in speakers if m.kind != REMEMBERED]
        out.framed = bool(named) and not _is_passive(t) or _is_passive(t) or _unnamed_says(t)
        return True
    return False


# Nouns that with "no" deny what they hang on: "no basis to allegations", "no truth in".
_NO_BASIS = _words("no_basis")


def _called_false(copula: Token) -> bool:
    return any(c.dep_ in ("acomp", "attr") and c.lower_ in _CALLED_FALSE for c in copula.children)


_CALLED_FALSE = _words("called_false")


def _no_basis(t: Token) -> bool:
    return t.lower_ in _NO_BASIS and any(c.dep_ == "det" and c.lower_ == "no" for c in t.children)


def _answered_allegation(tree: _Tree, noun: Token, out: ClaimParse) -> None:
    """ "China rejected accusations that it is aiding ...", "Seoul confirmed reports that
    ...": an allegation noun that is the object of a verb of denying or admitting is
    answered there, not made; the verb sets the stance (unless nobody takes it)."""
    verb = noun.head
    basis = verb.head if noun.dep_ == "pobj" else None
    if basis is not None and _no_basis(basis):
        # "there is no factual basis to claims that ..., the embassy said"
        _denied_by_sayer(tree, out, basis)
        return
    if noun.dep_ == "nsubj" and verb.lemma_ == "be" and _called_false(verb):
        # "the claim that Iran supplied missiles is false, its minister said"
        _denied_by_sayer(tree, out, verb)
        return
    if noun.dep_ != "dobj" or not _is_verb(verb) or _non_answer(verb):
        return
    word = verb.lemma_.lower()
    if word in DENY or verb.lower_ in DENY:
        out.stance_frame = "denies"
    elif word in ACKNOWLEDGE or verb.lower_ in ACKNOWLEDGE:
        out.stance_frame = "acknowledges"
    else:
        return
    out.stance_actors = _speaker(tree, verb)


def _who_makes(tree: _Tree, noun: Token) -> list[Mention]:
    """ "Erdogan renewed allegations that ...", "London imposed sanctions on ...": the
    subject of a verb of voicing whose object the allegation is ("faced criticism" is none)."""
    verb = noun.head
    if not _is_verb(verb) or verb.lower_ not in VOICE:
        return []
    if noun.dep_ == "nsubjpass":  # "the allegation ... was voiced by Jake Sullivan"
        return _speaker(tree, verb)
    if noun.dep_ != "dobj":
        return []
    return _speaker(tree, verb)


def _non_answer(t: Token) -> bool:
    negated = any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODAL) for c in t.children)
    declined = t.dep_ == "xcomp" and t.head.lemma_ in ("decline", "refuse", "fail")
    return negated or declined or _nobody_does(t)


def _nobody_does(t: Token) -> bool:
    """A stance verb whose subject is negated: "neither Moscow nor Minsk has confirmed it",
    "no government has denied it"; nobody took the stance."""
    for subj in (c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")):
        if any(c.lower_ in _NEGATING_DETERMINERS for c in subj.children):
            return True
        if subj.lower_ in ("none", "nobody", "neither"):
            return True
    return False


_NEGATING_DETERMINERS = frozenset(("neither", "no"))


def stance_negated(reading: Reading, view: SentenceView, cue: Cue) -> bool:
    """Whether the parse says a stance word is negated or hypothetical ("neither side has
    confirmed", "did not deny", "may confirm"): then it is no stance at all. False where the
    sentence has no parse or the word is no verb."""
    parse = view.parse()
    if parse is None:
        return False
    t = parse.head_of(cue.start, cue.end)
    if t is None or not _is_verb(t) or t.lemma_.lower() not in DENY | ACKNOWLEDGE:
        return False  # "has never sent", "not true": the negation is the denial itself
    return _non_answer(t)


def stance_about_else(reading: Reading, view: SentenceView, cue: Cue) -> bool:
    """Whether a verb of denying or admitting takes a clause that names no supply nor
    anything supplied ("denied sending arms but acknowledges it continues normal trade":
    the admission is of the trade). False where the sentence has no parse, the word is no
    verb or it takes no clause ("denied the allegations")."""
    parse = view.parse()
    if parse is None:
        return False
    t = parse.head_of(cue.start, cue.end)
    if t is None or not _is_verb(t):
        return False
    clauses = [c for c in t.children if c.dep_ in ("ccomp", "xcomp")]
    if not clauses or _child(t, "dobj") is not None:
        return False  # "denies Moscow's claims of ...": the object may be what is denied
    named = view.cues_of("supply_cues") + view.cues_of("supplied_items")
    for clause in clauses:
        start = parse.doc_char(clause.doc[clause.left_edge.i])
        last = clause.doc[clause.right_edge.i]
        end = parse.doc_char(last) + len(last.text)
        if any(start <= c.start < end for c in named):
            return False
    return True


def _speaker(tree: _Tree, verb: Token, remember: bool = False) -> list[Mention]:
    """Who says: the subject, the "by" agent of a passive, or the owner of the noun an
    "accusing ..." phrase hangs on ("a report by UN experts accusing ..."). ``remember``:
    a subject that refers to a speaker named in another sentence ("he", a bare family
    name, "the ministry") is placed by the document's speaker memory (for accusers only:
    who denies or admits is read as before)."""
    if _is_passive(verb):
        agents = _prep_objects(verb, ("by",))
        if not agents and verb.dep_ == "acl":
            # "sanctioned Chinese firms accused of supplying ...": the firms are accused;
            # who sanctions them accuses
            return _sanctioner(tree, verb.head)
        if not agents:
            agents = _agent_hung_lower(verb)
        # "accused ... by Chad's regional governor Ali Musa": the state in the title
        return [m for a in agents for m in (tree.actors(a) or _name_title_owners(tree, a))]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] or _quoted(verb)
    for subj in subjects:
        if subj.lower_ in ("which", "who", "that") and verb.dep_ == "relcl":
            subj = verb.head
        if _anonymous(subj):
            # "unnamed Israeli officials said ...": the outlet vouches for what its unnamed
            # sources say (as the studied gold codes it)
            return []
        # "U.S. claims", "a UN report" own what they say; "Syrian combatants" are no state
        # "French Minister ... Lecornu": a named person speaks for the state in their title
        # and the title outranks the name ("Sudanese Ambassador Mohamed" is Sudan's)
        if subj.pos_ == "PROPN" and subj.i not in tree.at and tree.owners(subj):
            found = tree.owners(subj)
        elif subj.pos_ == "PROPN" and subj.i not in tree.at and _title_owners(tree, subj):
            # "Ukraine's intelligence chief Kyrylo Budanov": the owner of the title
            found = _title_owners(tree, subj)
        elif subj.pos_ == "PROPN" and _name_title_owners(tree, subj):
            # "UN Special Envoy Lee Jong-ho says": the body in the title's compounds
            found = _name_title_owners(tree, subj)
        elif subj.lower_ in ALLEGE and subj.i not in tree.at:
            found = _nominal_accusers(tree, subj)
        elif subj.lower_ in _SPEAKING_PRONOUNS:
            # "Washington told allies that it believes ...": the state named before speaks;
            # "a group of UN experts says it has found ...": who says so
            above = verb.head if verb.dep_ == "ccomp" else None
            says = above is not None and _is_verb(above) and above.lemma_ in SAY | ALLEGE
            found = (_speaker(tree, above, remember) if says else []) or tree.antecedent(
                subj, set()
            )
        elif subj.lower_ in STATE_NOUN and _owner_pronoun(subj) is not None:
            # "India has not supplied weapons, its embassy said": the state named before
            found = tree.actors(subj) or tree.antecedent(_owner_pronoun(subj), set())
        else:
            found = tree.actors(subj)
        if not found and remember:
            # "He claimed ...", "Berg added ...", "the ministry said ...": a speaker named in
            # another sentence, as the document's speaker memory places them
            found = _remembered(tree, subj)
        if found:
            return found
    if subjects:
        return []
    named = [tree.at[c.i] for c in verb.children if c.dep_ == "compound" and c.i in tree.at]
    if named:
        return named  # "rejected US claims that ...", the parser taking "claims" for a verb
    if verb.dep_ == "acl":  # "allegations by Amnesty accusing it of ..."
        return _nominal_accusers(tree, verb.head)
    gerund = verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep"
    if verb.dep_ in ("advcl", "conj", "xcomp") or gerund:  # "Sudan cut ties, accusing it of ..."
        # "made headlines by claiming ...", "after accusing ...": the gerund after a
        # preposition is said by the subject of the clause the preposition hangs on
        head = verb.head.head if gerund else verb.head
        while not _is_verb(head) and head.head.i != head.i:
            head = head.head  # "went so far as to say": the parser hangs "say" on "far"
        found = _speaker(tree, head, remember) if head.i != verb.i else []
        # whom the verb accuses is not who accuses (a misparse may hang "but accused the
        # U.S. of ..." on a clause whose subject is the U.S.)
        accused = _child(verb, "dobj")
        taken = {m.code for m in tree.actors(accused)} if accused is not None else set()
        return [m for m in found if m.code not in taken]
    return []


_SPEAKING_PRONOUNS = frozenset(("it", "they"))


def _quoted(verb: Token) -> list[Token]:
    """ "Yonhap quoted the spy agency as saying that ...", "an official was quoted by Reuters
    as saying ...": who is quoted says it, not who quotes (the parser hangs the gerund on
    "as", and "as" on the verb of quoting)."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "as" or prep.head.lemma_.lower() not in _QUOTE:
        return []
    quote = prep.head
    return [c for c in quote.children if c.dep_ == ("nsubjpass" if _is_passive(quote) else "dobj")]


_QUOTE = frozenset(("quote", "cite"))


def _anonymous(subj: Token) -> bool:
    """A speaker the text marks as unnamed: "unnamed", "unidentified" or "anonymous"
    ("unidentified US and European officials"); "a US intelligence source" still speaks for
    its state."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ in _UNNAMED for c in subj.children)


_UNNAMED = _words("unnamed")


def _unnamed_says(verb: Token) -> bool:
    """Unnamed officials say it: an allegation still, with no claimant."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] or _quoted(verb)
    return any(_anonymous(s) for s in subjects)


# The kind of a mention made for a speaker named in another sentence: it speaks for its
# state here, but a giver is never its own accuser by the memory alone.
REMEMBERED = "remembered"


def _remembered(tree: _Tree, subj: Token) -> list[Mention]:
    """The state of a speaker the subject ``subj`` refers back to: "he"/"she", a bare family
    name, "the <agency noun>" (``speaker_memory``); [] when the memory places none."""
    if subj.i in tree.at:
        return []
    reading = tree.reading
    low = subj.lower_
    pronoun = low in speaker_memory.PERSON_PRONOUNS
    surname = (
        subj.pos_ == "PROPN"
        and subj.text[:1].isupper()
        and subj.is_alpha
        and not any(c.dep_ in ("compound", "amod", "poss", "det") for c in subj.children)
    )
    body = (
        low in speaker_memory.BODY_HEADS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children)
        and not any(c.dep_ in ("poss", "prep") or c.i in tree.at for c in subj.children)
    )
    # "the report said", "according to the document": the author of the report named before
    report = (
        low in speaker_memory.REPORT_HEADS
        and any(c.dep_ == "det" and c.lower_ in _REPORT_DETERMINERS for c in subj.children)
        and not any(
            c.dep_ in ("poss", "prep", "compound", "amod") or c.i in tree.at for c in subj.children
        )
    )
    if not (pronoun or surname or body or report):
        return []
    char = tree.parse.doc_char(subj)
    span = reading.doc.char_span(char, char + len(subj.text), alignment_mode="expand")
    if span is None:
        return []
    memory, here, tok = speaker_memory.memory(reading), tree.view.index, span.start
    if report:
        return [
            Mention(char, char + len(subj.text), code, REMEMBERED, span.start, span.end)
            for code in memory.report(here, tok)
        ]
    if pronoun:
        code = memory.pronoun(here, tok)
    elif surname:
        code = memory.surname(here, tok)
    else:
        code = memory.body(here, tok, low)
    if code is None or not reading.lex.is_state(code):
        return []
    return [Mention(char, char + len(subj.text), code, REMEMBERED, span.start, span.end)]


_REPORT_DETERMINERS = frozenset(("the", "this", "that"))


def _owner_pronoun(noun: Token) -> Token | None:
    own = _child(noun, "poss")
    return own if own is not None and own.lower_ in ("its", "their") else None


def _sanctioner(tree: _Tree, noun: Token) -> list[Mention]:
    """Who sanctions or blames the actors ``noun`` names: the subject of "sanctioned
    <noun>", "blacklisted <noun>", or who imposes "sanctions on <noun>"; [] otherwise."""
    if noun.dep_ == "dobj" and _is_verb(noun.head) and _accusing(noun.head):
        return _speaker(tree, noun.head)
    if noun.dep_ == "pobj" and noun.head.lower_ in _TARGET:
        measure = noun.head.head
        if not _is_verb(measure) and _accusing(measure):
            return _nominal_accusers(tree, measure) or _who_makes(tree, measure)
    return []


def _name_title_owners(tree: _Tree, name: Token, depth: int = 0) -> list[Mention]:
    """The actor named inside the title words before a person's name, however deep the
    parser nests them: "UN Special Envoy Lee Jong-ho" (UN may hang on "Lee", "Lee" on
    "ho"), "Chad's regional governor Ali Musa". Only the words before the name count,
    and only compounds, possessives and adjectives: the title, not a phrase after it."""
    if depth == 0 and (name.i in tree.at or name.pos_ != "PROPN"):
        return []
    found: list[Mention] = []
    for c in name.children:
        if c.i > name.i or c.dep_ not in _TITLE_DEPS:
            continue
        if c.i in tree.at:
            found.append(tree.at[c.i])
        elif depth < _TITLE_DEPTH:
            found += _name_title_owners(tree, c, depth + 1)
    return _unique(found)


_TITLE_DEPS = frozenset(("compound", "poss", "amod", "nmod"))
_TITLE_DEPTH = 3  # "UN" -> "Envoy" -> "Lee" -> "ho"


def _agent_hung_lower(verb: Token) -> list[Token]:
    """A passive's "by" agent the parser hung on the gerund after it ("was accused of
    arming the rebels by Chad's governor"): a "by" with a proper-noun object under the
    verb's "of" phrase ("by arming the rebels", a means, has a verb as its object)."""
    out = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"):
        for g in (c for c in prep.children if c.dep_ == "pcomp"):
            for by in (c for c in g.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"):
                out += [o for o in by.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
    return out


def _title_owners(tree: _Tree, name: Token) -> list[Mention]:
    """The states that own the title before a person's name: "Ukraine's intelligence chief
    Kyrylo Budanov", "Iran's foreign minister Abbas Araghchi"."""
    titles = [c for c in name.children if c.dep_ == "compound" and c.lower_ in STATE_NOUN]
    return [m for c in titles for m in tree.owners(c) if tree.is_state(m)]


def _nominal_accusers(tree: _Tree, noun: Token | None) -> list[Mention]:
    """ "the U.S. allegations", "Washington's claims", "a report by UN experts"."""
    if noun is None or (is_outlet(noun) and not _Tree._stands_for_state(noun)):
        return []  # "according to Thai media": the press, whoever's it is, alleges for itself
    if any(c.dep_ == "compound" and _press_word(c) for c in noun.children):
        # "a Japanese media report", "a Turkish newspaper story": the press's report, whoever's
        # press it is (a state's own press, "a state media report", still speaks for it)
        return []
    found = list(tree.actors(noun)) if noun.i in tree.at else []
    found += tree.owners(noun)
    owner = _child(noun, "poss")
    if not found and owner is not None and owner.lower_ in _PRONOUNS:
        found = tree.antecedent(owner, set())  # "Washington ... its concern that X ..."
    # "charges made by Congo", "accusations levelled by Kyiv": the agent of the participle
    voiced = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    for c in [*noun.children, *(a for v in voiced for a in v.children if a.dep_ == "agent")]:
        if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from"):
            for g in c.children:
                found += tree.actors(g)
                found += [
                    tree.at[x.i] for x in g.children if x.dep_ == "compound" and x.i in tree.at
                ]
    return _unique(found)


def _press_word(t: Token) -> bool:
    return (is_outlet(t) or t.lower_ == "news") and not _Tree._stands_for_state(t)


def _according_to(tree: _Tree, out: ClaimParse) -> None:
    for t in tree.parse.doc:
        if t.lower_ == "according" and t.i + 1 < len(tree.parse.doc):
            to = tree.parse.doc[t.i + 1]
            if to.lower_ == "to":
                out.framed = True
                for g in to.children:
                    out.accusers = (
                        out.accusers
                        or tree.actors(g)
                        or _nominal_accusers(tree, g)
                        or _remembered(tree, g)
                    )


def _blocked(path: list[Token], out: ClaimParse) -> bool:
    """Negation, modality, plans or doubt on the clauses between the supply word and its
    frame: "could send", "plans to supply", "did not deliver", "no evidence that"."""
    for i, t in enumerate(path):
        frame_word = i == len(path) - 1 and out.framed and i > 0
        if i == 1 and _presupposed(path[0]):
            break  # "Cairo's shipments of rockets to Russia could trigger sanctions"
        if i > 0 and _contrasted(path[i - 1], t):
            continue  # "does not sell arms, but sends troops": the negation is the other verb's
        hedged = past_possibility(t)
        for c in t.children:
            if c.dep_ == "aux" and c.lower_ in MODAL and not frame_word and not hedged:
                return True
            if c.dep_ == "neg" and not (frame_word and out.stance_frame):
                return True  # "did not send"; "did not accuse" (but "did not deny" is a stance)
            if c.dep_ == "det" and c.lower_ == "no" and not (frame_word and out.stance_frame):
                return True
            if c.dep_ == "mark" and c.lower_ in ("whether", "if", "unless"):
                return True
        if i > 0 and _alleged_deal(t, out):
            continue
        if i > 0 and (t.lemma_.lower() in PLAN or t.lower_ in PLAN):
            return True
    return _none_given(path[0])


def _alleged_deal(t: Token, out: ClaimParse) -> bool:
    """ "a leaked memo said Sofia had agreed to send shells to Kyiv": a deal to supply
    that someone else alleges, or the giver denies, is the allegation (the giver announcing
    it is not)."""
    if t.lower_ != "agreed" or t.tag_ not in ("VBD", "VBN"):
        return False
    givers = {m.code for m in out.subject}
    alleged = any(m.code not in givers for m in out.accusers)
    return alleged or out.stance_frame == "denies"


def _presupposed(v: Token) -> bool:
    """A supply noun owned by its giver and the subject of its clause ("Cairo's provision of
    weapons to Moscow may lead to sanctions"): the clause says what the supply may cause,
    and takes the supply as given; its verb's modality or negation is not the supply's."""
    subject = not _is_verb(v) and v.pos_ == "NOUN" and v.dep_ in ("nsubj", "nsubjpass")
    return subject and _child(v, "poss") is not None and _child(v, "poss").pos_ == "PROPN"


def past_possibility(t: Token) -> bool:
    """ "may have sold", "might have been shipped", "may be sending": a suspicion about a past
    or ongoing act, as outlets report allegations, not a plan or a hypothesis ("may sell",
    "would have sent", "will be sending" stay so)."""
    aux = [c.lower_ for c in t.children if c.dep_ in ("aux", "auxpass")]
    if t.tag_ == "VBN":
        return "have" in aux and any(a in _SUSPECTING_MODALS for a in aux)
    if t.tag_ == "VBG":  # "Belarus may be sending helicopters", "could be shipping arms"
        return "be" in aux and any(a in _SUSPECTING_ONGOING for a in aux)
    return False


_SUSPECTING_MODALS = frozenset(("may", "might"))
_SUSPECTING_ONGOING = _SUSPECTING_MODALS | {"could"}


def _contrasted(conjunct: Token, head: Token) -> bool:
    """A verb joined to ``head`` by "but" or "yet" ("does not supply arms, but sends goods"):
    the head's negation and modality are not the conjunct's."""
    if conjunct.dep_ != "conj" or not _is_verb(conjunct):
        return False
    return any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in head.children)


def _negated(path: list[Token], out: ClaimParse) -> bool:
    """Whether a negation on the clauses up to the frame blocks the supply word ("has not
    supplied", "sent no troops"), and no modality or plan does ("could not send" is none)."""
    negation = False
    for i, t in enumerate(path):
        frame_word = i == len(path) - 1 and out.framed and i > 0
        if frame_word or (i == 1 and _presupposed(path[0])):
            break
        for c in t.children:
            if c.dep_ == "aux" and c.lower_ in MODAL:
                return False
            negation |= c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no")
        if i > 0 and (t.lemma_.lower() in PLAN or t.lower_ in PLAN):
            return False
    return negation or _none_given(path[0])


def _none_given(v: Token) -> bool:
    """ "sold no drones", "sent no troops": what is given is none (but "no fewer than")."""
    given = _child(v, "dobj")
    if given is None:
        return False
    no = next((c for c in given.children if c.dep_ == "det" and c.lower_ == "no"), None)
    return no is not None and no.nbor().lower_ not in ("fewer", "less", "more")


def stance_speakers(reading: Reading, view: SentenceView, cue: Cue) -> list[Mention] | None:
    """Who denies or admits, by the parse: the subject of the stance verb (shared with a
    verb it is conjoined to), the passive agent; None when the sentence has no parse or the
    word is no verb."""
    parse = view.parse()
    if parse is None:
        return None
    t = parse.head_of(cue.start, cue.end)
    if t is not None and not _is_verb(t):
        # "called the reports a fabrication": who calls them so; "the reports are false,
        # the ambassador said": who says so
        t = _calling_verb(t) or _saying_verb(t)
    if t is None or not _is_verb(t):
        return None
    tree = _Tree(reading, view, parse)
    if t.dep_ == "conj" and _child(t, "nsubj") is None:
        t = t.head  # "have accused X ... but admit that ..."
    found = [m for m in _speaker(tree, t) if not is_dateline(reading, m)]
    subj = _child(t, "nsubj")
    if not found and subj is not None and subj.lower_ in _PRONOUNS:
        found = tree.antecedent(subj, set())  # "he denied": the speaker named before
    return found or None


def _saying_verb(word: Token) -> Token | None:
    """The verb of saying a word of denial is reported under ("the reports are not true,
    the ambassador said"), a few heads up; None when there is none."""
    t = word
    for _ in range(4):
        if t.head.i == t.i:
            return None
        t = t.head
        if _is_verb(t) and t.lemma_ in SAY:
            return t
    return None


def _calling_verb(word: Token) -> Token | None:
    """The verb of calling that a word of denial completes ("called the report a
    fabrication", "dismissed the claims as absurd", "described them as baseless"); None
    when the word hangs on no such verb (it then has no speaker from the parse)."""
    t = word
    for _ in range(4):  # the parser may hang the word on the verb of the reported clause
        if t.head.i == t.i:
            return None
        t = t.head
        if _is_verb(t) and t.lemma_ in en.CALLING_VERBS:
            return t
    return None


def _denied_by_sayer(tree: _Tree, out: ClaimParse, tok: Token) -> None:
    """A denial in the words of whoever says them: the subject of the verb of saying above
    ``tok`` ("the ministry said the reports were baseless"); none when no such verb."""
    out.stance_frame = "denies"
    sayer = next((h for h in tok.ancestors if _is_verb(h) and h.lemma_ in SAY), None)
    out.stance_actors = _speaker(tree, sayer) if sayer is not None else []
