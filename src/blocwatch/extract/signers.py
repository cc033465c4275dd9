"""Who signs: parties bound by a noun phrase's own words ("a pact with X", "between X and
Y", "Japan-U.S."), the run of actors before the signing verb, the subject from the parse
in sentences that name three states or more, signers described rather than named."""

from __future__ import annotations

from itertools import combinations, pairwise

from ..base.tables import words_of_kind
from ..lang.en.words import agreements as en
from .actors import Mention
from .agreement_phrases import owned_cues
from .bystanders import (
    attribution_span,
    background_spans,
    fronted_host,
    is_mediator,
    party_mentions,
)
from .party_lists import GROUPINGS, exemplified, listed_after
from .reading import Cue, Reading, SentenceView
from .roles import (
    codes,
    governing_subject,
    is_role_candidate,
    mention_group_before,
    subject_mentions,
)

_LIST_WORDS = en.LIST_WORDS
_AUXILIARIES = en.AUXILIARIES
_SIGNS_A_DOCUMENT = en.SIGNS_A_DOCUMENT
_PLURAL_TERMS = en.PLURAL_TERMS


def paired_elsewhere(reading: Reading, view: SentenceView, nps) -> set[str]:
    """States listed after "between" or "among" that no agreement noun phrase governs
    ("relations between X and Y", "the border between X and Y")."""
    ends = {np[1] + k for np in nps for k in range(4)}
    out: set[str] = set()
    for i in range(view.tok, view.tok_end):
        if reading.lower(i) in ("between", "among") and i not in ends:
            out.update(m.code for m in listed_after(reading, view, i + 1))
    return out


_RECIPROCAL = en.RECIPROCAL


def _including_partners(reading: Reading, view: SentenceView, end: int) -> int | None:
    """ "signed 19 military deals in Africa, including with Ethiopia, Nigeria and Zimbabwe":
    after a plural agreement noun and a short place or time phrase, ", including (with)"
    opens the partners; returns the token where their list starts."""
    for j in range(end, min(end + 8, view.tok_end - 1)):
        word = reading.lower(j)
        if word == "including" and reading.lower(j - 1) == ",":
            return j + 1 + (reading.lower(j + 1) == "with")
        if not (reading.doc[j].is_alpha or word in (",", "-")):
            return None
    return None


def np_parties(reading: Reading, view: SentenceView, np) -> list[list[str]]:
    """Party lists bound to one noun phrase by its own words, or [] to use the sentence's:
    "between X and Y", "with X and Y" (one agreement each when the noun is plural), a
    hyphenated prefix ("Japan-U.S. Status of Forces Agreement"), "treaty allies X and Y"."""
    start, end, _kind = np
    doc = reading.doc
    plural = doc[end - 1].lower_ in _PLURAL_TERMS
    after = doc[end].lower_ if end < len(doc) else ""
    after_i = end
    allies = after in ("ally", "allies", "partner", "partners")
    if allies:
        after_i, after, plural = end + 1, "with", True
    # Skip a short qualifier: "agreements only with", "pact signed last year with".
    j = end
    if j + 2 < view.tok_end and doc[j].text == "(" and doc[j + 2].text == ")":
        j += 3  # "the Visiting Forces Agreement (VFA) it has with the United States"
    reach = j + 3
    while j < min(reach, view.tok_end) and doc[j].lower_ not in _LIST_WORDS:
        if doc[j].text == "," and _absolute_with(reading, view, j + 1):
            break  # ", with Russia and Iran due to ink a similar one": another clause
        j += 1
    including = _including_partners(reading, view, end) if plural else None
    if j < view.tok_end and doc[j].lower_ in _LIST_WORDS:
        after, after_i = doc[j].lower_, j + 1
    elif including is not None:
        after, after_i = "with", including
    elif after not in _LIST_WORDS:
        late = _between_after_verb(reading, view, end)
        if late is not None:
            after, after_i = "between", late
    if after == "with" and (reading.lower(after_i), reading.lower(after_i + 1)) in _RECIPROCAL:
        # "Japan, Australia and India signed pacts with one another": each pair, or one
        # agreement among them all when the noun is singular
        states = codes([m for m in party_mentions(reading, view) if m.tok < start])
        if plural and len(states) > 2:
            return [list(p) for p in combinations(states, 2)]
        return [states] if len(states) >= 2 else []
    if after in _LIST_WORDS:
        listed = listed_after(reading, view, after_i)
        if listed:
            background = background_spans(reading, view)
            # an adjunct's states are no parties of the sentence's agreement, but they are of
            # an agreement named in the adjunct itself ("following an accord with Chile")
            listed = [
                m
                for m in listed
                if not any(
                    a <= m.tok < b and not (a <= start < b and reading.lower(a) in _OPENERS)
                    for a, b in background
                )
            ]
        if listed:
            inner = [
                m
                for m in view.mentions
                if end <= m.tok < after_i - 1 and reading.lex.is_state(m.code)
            ]
            described = None
            if after == "with" and not inner:
                described = _described_signer(reading, view, start, {m.code for m in listed})
            if described == []:
                return UNRESOLVED
            anchor = described or (
                inner[:1]
                or _possessor(reading, view, start, listed)
                or _subject_anchor(reading, view, np, listed)
                or _anchor(reading, view, start)
                or (_signing_body(reading, view, start) if after == "with" else [])
            )
            if not anchor and after == "with":
                anchor = _passive_agent(reading, view, listed) or _last_state_before(
                    reading, view, {m.code for m in listed}
                )
            if after != "with":
                return [codes(listed)]
            several = _several_signers(reading, view, start, listed) if not inner else []
            if several:
                # "Japan and Australia each signed a deal with the Philippines", "Both
                # Australia and Japan signed pacts with Manila": each signer with the partner;
                # "Japan and Australia signed a deal with the Philippines": one among all
                if plural or "each" in reading.lowers(several[-1].tok_end, start):
                    return [[s, c] for s in codes(several) for c in codes(listed)]
                return [codes(several + listed)]
            if after == "with" and exemplified(reading, view, after_i, listed):
                # "a big arms deal with countries like India and France": partners named as
                # examples of a kind of partner are each a partner of their own deal
                plural = True
            if plural and anchor:
                return [[anchor[0].code, c] for c in codes(listed) if c != anchor[0].code]
            if plural and after == "with" and len(codes(listed)) >= 2:
                # "the Senate approved treaties with Britain and with Australia": each partner
                # is bound to a signer the sentence does not name, not to the others
                return UNRESOLVED
            return [codes(anchor[:1] + listed)] if anchor else [codes(listed)]
    if allies:
        described = _ally_of_prefix(reading, view, start)
        if described:
            return [described]  # "the Philippines, a US treaty ally": Manila and Washington
        # "treaty allies in Southeast Asia", "its oldest treaty ally": allies with no list of
        # their own name no one agreement, whatever states the sentence names
        return UNRESOLVED
    prefix = [
        m for m in view.mentions if start - 6 <= m.tok < start and reading.lex.is_state(m.code)
    ]
    # "Javier Gonzalez-Olaechea signed the memorandum": a verb between the hyphen and the
    # noun phrase makes the hyphen part of a name, not a prefix of parties.
    verb_toks = [c.tok for c in view.cues_of("agreement_verbs") if c.tok < start]
    hyphenated = [
        m
        for m in prefix
        if reading.token_text(m.tok_end) in ("-", "–")
        and not is_mediator(reading, m)
        and not any(m.tok_end < v for v in verb_toks)
    ]
    if hyphenated:
        chain = hyphenated + [m for m in prefix if m.tok > hyphenated[-1].tok]
        return [codes(chain)]
    return []


def _between_after_verb(reading: Reading, view: SentenceView, end: int) -> int | None:
    """ "A pact was signed in Rome on Monday between Italy, Malta and Tunisia": the
    token after a "between" or "among" that follows the noun phrase's own passive signing
    verb, with only a place or a date between them."""
    if reading.token_text(end) == "(" and reading.token_text(end + 2) == ")":
        end += 3  # "agreement (IGA) has been signed"
    verbs = [
        c
        for c in view.cues_of("agreement_verbs", "signed")
        if end <= c.tok <= end + 3 and reading.lower(c.tok - 1) in _BE_PASSIVE
    ]
    if not verbs:
        return None
    named = {m.tok: m for m in view.mentions}
    i = verbs[0].tok_end
    while i < min(view.tok_end, verbs[0].tok_end + 10):
        word = reading.lower(i)
        if word in ("between", "among"):
            return i + 1
        m = named.get(i)
        if m is not None:
            if m.kind != "capital" or reading.lower(i - 1) not in ("in", "at"):
                return None  # a state named first: no place, another role
            i = m.tok_end
            continue
        tok = reading.doc[i]
        if not (tok.is_alpha or tok.like_num or word == ","):
            return None
        if tok.is_alpha and tok.is_lower and word not in _PLACE_OR_TIME_WORDS:
            return None
        i += 1
    return None


_BE_PASSIVE = frozenset(("was", "were", "been", "is", "are", "be"))


def _ally_of_prefix(reading: Reading, view: SentenceView, start: int) -> list[str]:
    """ "The Philippines, a US treaty ally, ...", "South Korea has been a US treaty ally since
    1953": the state named right before "treaty ally" and the state the phrase describes (the
    one before ", a" or before the copula) are the treaty's parties."""
    prefix = next(
        (m for m in view.mentions if m.tok_end == start and reading.lex.is_state(m.code)), None
    )
    if prefix is None or reading.lower(prefix.tok - 1) not in ("a", "an"):
        return []
    i = prefix.tok - 2
    while i > view.tok and reading.lower(i) in _COPULA_WORDS:
        i -= 1
    if i == prefix.tok - 2 and reading.lower(i) != ",":
        return []  # neither ", a US treaty ally" nor "is a US treaty ally"
    if reading.lower(i) == ",":
        i -= 1
    described = next(
        (m for m in view.mentions if m.tok_end == i + 1 and reading.lex.is_state(m.code)), None
    )
    if described is None or described.code == prefix.code:
        return []
    return [described.code, prefix.code]


_COPULA_WORDS = frozenset(
    "is was has have been remains remained became long also still now already".split()
)


def _passive_agent(reading: Reading, view: SentenceView, listed) -> list[Mention]:
    """ "A defence pact with Japan was ratified by the Philippine Senate": the state (or its
    body) after "by" of the passive step that follows the partner list."""
    end = max(m.tok_end for m in listed)
    partners = {m.code for m in listed}
    for c in view.cues_of("agreement_verbs"):
        if not end <= c.tok <= end + 3 or reading.lower(c.tok - 1) not in _BE_PASSIVE:
            continue
        if reading.lower(c.tok_end) != "by":
            continue
        return [
            m
            for m in party_mentions(reading, view)
            if c.tok_end < m.tok <= c.tok_end + 3 and m.code not in partners
        ][:1]
    return []


_PLACE_OR_TIME_WORDS = en.PLACE_OR_TIME_WORDS
_OPENERS = en.BACKGROUND_OPENERS
_AGREEMENT_HEADS = words_of_kind("agreement_words.tsv", "agreement_head")
_DESCRIPTIVE_HEADS = en.DESCRIPTIVE_HEADS
# The signer is a state described, not named, and the article leaves open which: no record.
UNRESOLVED: list[list[str]] = [[]]


def _several_signers(reading: Reading, view: SentenceView, np_start: int, listed) -> list:
    """The states, two or more, that sign "with" the listed partner: the plain list of
    states right before the signing verb of the noun phrase ("Japan and Australia (each)
    signed a deal with ..."); [] when fewer or not a plain list."""
    verbs = [
        c
        for c in view.cues_of("agreement_verbs", "signed")
        if np_start - 5 <= c.tok < np_start and c.text.lower() in _SIGNS_A_DOCUMENT
    ]
    if not verbs:
        return []
    partners = {m.code for m in listed}
    group = [
        m
        for m in mention_group_before(reading, view, verbs[-1].tok, max_gap=3)
        if reading.lex.is_state(m.code) and is_role_candidate(reading, m)
    ]
    glue = {",", "and", "the", "both", "each", "have", "has", "had", "also", "jointly"}
    if len(group) < 2 or any(m.code in partners for m in group):
        return []
    i = group[0].tok - 1
    while i >= view.tok and reading.lower(i) in ("the", "both"):
        i -= 1
    if i >= view.tok and reading.lower(i) not in (",", ";", "that", "when", "after", "as"):
        return []  # "agreements with Australia and Britain, and signed one": objects
    gaps = [reading.lower(i) for a, b in pairwise(group) for i in range(a.tok_end, b.tok)]
    gaps += reading.lowers(group[-1].tok_end, verbs[-1].tok)
    if not all(w in glue for w in gaps):
        return []
    return group


def _described_signer(
    reading: Reading, view: SentenceView, np_start: int, partners: set[str]
) -> list[Mention] | None:
    """ "after the East Asian nation signed similar pacts with Australia": the signer is a
    state described, not named. It is the one state the article names besides the partners;
    [] when the article names more (no telling which); None when the signer is not described."""
    verbs = [c for c in view.cues_of("agreement_verbs") if np_start - 4 <= c.tok < np_start]
    if not verbs:
        return None
    i = verbs[-1].tok - 1
    while i > view.tok and reading.lower(i) in _AUXILIARIES:
        i -= 1
    if reading.lower(i) not in _DESCRIPTIVE_HEADS:
        return None
    names = {t for m in view.mentions for t in range(m.tok, m.tok_end)}
    j = i - 1
    while j > view.tok and j >= i - 4 and reading.lower(j) != "the":
        if not reading.doc[j].is_alpha or j in names:
            return None  # "Japan's neighbour", "the US-allied nation": named, not described
        j -= 1
    if reading.lower(j) != "the":
        return None
    states: dict[str, Mention] = {}
    for other in reading.sentences:
        for m in other.mentions:
            if m.code not in partners and reading.lex.is_state(m.code):
                states.setdefault(m.code, m) if is_role_candidate(reading, m) else None
    return list(states.values()) if len(states) == 1 else []


def signers_before_verb(reading: Reading, view: SentenceView, np, nps) -> list[str]:
    """The states that sign: the run of actors right before the noun phrase's own verb
    ("Modi and the Japanese prime minister signed", "The Danish, Dutch and Belgian
    governments jointly said")."""
    verbs = owned_cues(view.cues_of("agreement_verbs"), np, nps)
    if not verbs:
        return []
    group = (
        subject_mentions(reading, view, verbs[0].start)
        if names_three_states(reading, view)
        else None
    )
    if group is None:  # no parse asked or none to tell: the run of actors before the verb
        group = mention_group_before(reading, view, verbs[0].tok, max_gap=10)
    sources = attribution_span(reading, view, verbs[0].tok)
    background = background_spans(reading, view)
    return codes(
        [
            m
            for m in group
            if m.tok not in sources
            and not any(a <= m.tok < b for a, b in background)
            and (reading.lex.is_state(m.code) or _co_signing_body(reading, m, group))
            and is_role_candidate(reading, m)
            and not is_mediator(reading, m)
        ]
    )


def _auxiliary_or_adverb(reading: Reading, i: int) -> bool:
    return reading.lower(i) in _AUXILIARIES or reading.lower(i).endswith("ly")


def members_sign(reading: Reading, view: SentenceView, np, nps) -> bool:
    """Whether the signers are an organisation's members, unnamed ("the declaration that
    ASEAN members signed in 1971", "EU member states have ratified the pact"): the states the
    sentence or the text names besides are no parties of it."""
    verbs = owned_cues(view.cues_of("agreement_verbs"), np, nps)
    if not verbs:
        return False
    i = verbs[0].tok - 1
    while i > view.tok and _auxiliary_or_adverb(reading, i):
        i -= 1
    if reading.lower(i) not in en.MEMBER_WORDS:
        return False
    i -= reading.lower(i - 1) == "member"  # "member states", "member countries"
    return any(
        m.tok_end == i and reading.lex.types.get(m.code) == "organisation" for m in view.mentions
    )


def _co_signing_body(reading: Reading, m: Mention, group: list[Mention]) -> bool:
    """ "The European Union and Kenya signed ...", "Kenya and the EU signed ...": an
    organisation named by name in a list of signers beside a state signs itself (not "at the
    EU summit, France and Germany signed")."""
    if m.kind != "org" or reading.lex.types.get(m.code) != "organisation":
        return False
    if reading.lower(m.tok_end) == "and":
        return (
            reading.lower(m.tok - 1) not in _NOT_SIGNER_BEFORE
            and reading.lower(m.tok - 2) not in _NOT_SIGNER_BEFORE
            and any(reading.lex.is_state(o.code) and o.tok > m.tok for o in group)
        )
    before = m.tok - 1 - (reading.lower(m.tok - 1) == "the")
    return reading.lower(before) == "and" and any(
        reading.lex.is_state(o.code) and o.tok_end == before for o in group
    )


_NOT_SIGNER_BEFORE = ("to", "of", "at", "in", "from", "with")


def _signing_body(reading: Reading, view: SentenceView, np_start: int) -> list[Mention]:
    """ "The European Union signed a partnership with Japan": an organisation that is the
    subject right before the signing verb (auxiliaries and adverbs between) signs itself."""
    verbs = [
        c
        for c in view.cues_of("agreement_verbs")
        if c.value == "signed" and np_start - 8 <= c.tok < np_start
    ]
    if not verbs:
        return []
    for m in view.mentions:
        if m.kind != "org" or reading.lex.types.get(m.code) != "organisation":
            continue
        if m.tok > view.tok + 1 or reading.lex.is_state(m.code) or m.code in GROUPINGS:
            continue  # the sentence's opening subject only ("The EU", "ASEAN")
        between = range(m.tok_end, verbs[0].tok)
        if all(_auxiliary_or_adverb(reading, i) for i in between):
            return [m]
    return []


def _last_state_before(reading: Reading, view: SentenceView, besides: set[str]) -> list[Mention]:
    """ "the treaty with Moscow" in an article about North Korea: the other party is the state
    the text was last about."""
    for prev in reversed(reading.sentences[max(0, view.index - 3) : view.index]):
        for m in prev.mentions:
            if (
                reading.lex.is_state(m.code)
                and m.code not in besides
                and is_role_candidate(reading, m)
            ):
                return [m]
    return []


def signatories_named(reading: Reading, view: SentenceView, verb: Cue) -> list[str]:
    """The people who signed, as the text names them: "Putin and North Korean leader Kim
    Jong Un signed"."""
    group = mention_group_before(reading, view, verb.tok, max_gap=10)
    return [reading.text[m.start : m.end] for m in group if m.kind in ("official", "person")]


def names_three_states(reading: Reading, view: SentenceView) -> bool:
    """Whether the sentence names three states or more: only then can the words around an
    agreement leave its parties in doubt, and only then is the (dear) parse asked for."""
    seen: set[str] = set()
    for m in view.mentions:
        if reading.lex.is_state(m.code):
            seen.add(m.code)
            if len(seen) >= 3:
                return True
    return False


def _subject_anchor(reading: Reading, view: SentenceView, np, listed) -> list[Mention]:
    """The state that makes an agreement "with" others: the subject of the verb governing the
    noun phrase, from the parse (a relative pronoun stands for its antecedent)."""
    if not names_three_states(reading, view):
        return []
    group = governing_subject(reading, view, reading.doc[np[0]].idx)
    if not group:
        return []
    partners = {m.code for m in listed}
    return [
        m
        for m in group
        if reading.lex.is_state(m.code)
        and m.code not in partners
        and is_role_candidate(reading, m)
        and not _partner_of_another(reading, m, np[0])
    ][:1]


def _possessor(reading: Reading, view: SentenceView, np_start: int, listed) -> list[Mention]:
    """ "similar to Australia's pact with the Solomon Islands", "Ukraine's bilateral
    agreements with Russia": the state whose possessive opens the noun phrase holds the
    agreement with the partners listed after it, whoever the sentence is about."""
    partners = {m.code for m in listed}
    for m in view.mentions:
        if m.tok >= np_start or reading.lower(m.tok_end) not in ("'s", "’s"):
            continue
        between = range(m.tok_end + 1, np_start)
        if len(between) > 4 or not all(
            reading.doc[i].is_lower or reading.doc[i].like_num or reading.token_text(i) == "-"
            for i in between
        ):
            continue  # "Australia's pact", "Ukraine's bilateral agreements", no other noun
        if reading.lex.is_state(m.code) and m.code not in partners:
            return [m]
    return []


def _anchor(reading: Reading, view: SentenceView, np_start: int) -> list[Mention]:
    """The actor the sentence is about, before the noun phrase: its first state mention."""
    return [
        m
        for m in view.mentions
        if m.tok < np_start
        and reading.lex.is_state(m.code)
        and (is_role_candidate(reading, m) or fronted_host(reading, view, m))
        # "its RAA with Japan is akin to the VFA it has with the US": a partner named after
        # "with" is the partner of another agreement, not the actor of this one
        and not _partner_of_another(reading, m, np_start)
    ][:1]


def _partner_of_another(reading: Reading, m: Mention, np_start: int) -> bool:
    i = m.tok - 1
    if reading.lower(i) == "the":
        i -= 1
    if reading.lower(i) != "with":
        return False
    words = reading.lowers(m.tok_end, np_start)
    return any(w in _AGREEMENT_HEADS for w in reading.lowers(max(0, i - 4), i)) and bool(words)


def _absolute_with(reading: Reading, view: SentenceView, i: int) -> bool:
    """ "..., with Russia and Iran due to ink a similar document": "with" after a comma
    opens a clause of its own (its actors followed by a predicate), not a partner list."""
    if reading.lower(i) != "with":
        return False
    listed = listed_after(reading, view, i + 1)
    if not listed:
        return False
    j = max(m.tok_end for m in listed)
    return reading.lower(j) in _ABSOLUTE_PREDICATES


_ABSOLUTE_PREDICATES = en.ABSOLUTE_PREDICATES


_UNNAMED_SIGNERS = words_of_kind("agreement_words.tsv", "unnamed_signer")
_FIRM_SIGNING = words_of_kind("agreement_words.tsv", "firm_signing")
_UNNAMED_COSIGNERS = words_of_kind("agreement_words.tsv", "unnamed_cosigner")


def signers_unnamed(reading: Reading, view: SentenceView, signing: list[Cue]) -> bool:
    """Whether a document was put to paper by signers the sentence does not name: a pronoun
    subject ("They signed a trade deal", "We have signed 12 agreements") or a passive without
    a state for its agent ("three memoranda were signed after the talks"). The pair the text
    named just before is then the one that signed."""
    for c in signing:
        if c.text.lower() not in _FIRM_SIGNING:
            continue
        i, passive = c.tok - 1, False
        while i >= view.tok and (
            _auxiliary_or_adverb(reading, i) or reading.lower(i) in _BE_PASSIVE
        ):
            passive = passive or reading.lower(i) in _BE_PASSIVE
            i -= 1
        if i >= view.tok and reading.lower(i) in _UNNAMED_SIGNERS:
            return True
        if passive and not _state_agent(reading, view, c.tok_end):
            return True
        # "he and President Ruto signed", "Ruto and he signed": one signer named
        words = reading.lowers(max(view.tok, i - 5), i + 1)
        if any(
            (a in _UNNAMED_COSIGNERS and b == "and") or (a == "and" and b in _UNNAMED_COSIGNERS)
            for a, b in pairwise(words)
        ):
            return True
    return False


def _state_agent(reading: Reading, view: SentenceView, after: int) -> bool:
    """ "was signed by Kenya's foreign minister": a passive whose agent names a state."""
    if reading.lower(after) != "by":
        return False
    return any(after < m.tok <= after + 6 for m in view.mentions)
