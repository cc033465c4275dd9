"""Finding states and organisations in text: names, demonyms, capitals and seats of power used
as metonyms, officials by name (resolved by their term at the article's date), and people
introduced in the text itself with a title ("Iranian President Masoud Pezeshkian")."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import cache, lru_cache

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, filter_spans

from ..base.lexicon import Lexicon, load_lexicon
from ..base.tables import read_table
from ..lang import DEFAULT_LANGUAGE, LANGUAGES
from ..lang.en.words import actors as en


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of text that stands for an actor."""

    start: int  # character offsets into the document text
    end: int
    code: str
    # name, demonym, capital, seat, org, agency, official, person: an actor (a state or a
    # listed organisation). non_state: a known non-state group, company or person (code: the
    # group's name from non_state_actors.tsv). dateline: where the story was filed.
    kind: str
    tok: int  # token index of the first token in the document's token stream
    tok_end: int

    @property
    def is_place_like(self) -> bool:
        return self.kind in ("capital", "seat")

    @property
    def is_non_state(self) -> bool:
        """A known non-state group, company or person ("the Houthis", "Sudanese rebels"):
        never a state, so a role it fills has no state code."""
        return self.kind == "non_state"


def tokenizer(lang: str = DEFAULT_LANGUAGE) -> spacy.language.Language:
    """A blank pipeline of language ``lang``: the tokenizer alone, fast enough to run on
    every text (one per language and process)."""
    return _tokenizer(lang)


@cache
def _tokenizer(lang: str) -> spacy.language.Language:
    nlp = spacy.blank(LANGUAGES[lang].spacy_blank)
    nlp.max_length = 50_000_000
    # Datelines glue words with dashes ("(Jiji Press)--Japan"): split them off.
    infixes = [*nlp.Defaults.infixes, r"--+", r"—", r"(?<=[)\]:])(?=[A-Z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return nlp


@cache
def _matcher(lang: str) -> tuple[PhraseMatcher, dict[str, tuple[str, str]]]:
    lex = load_lexicon(lang)
    nlp = tokenizer(lang)
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    labels: dict[str, tuple[str, str]] = {}
    forms: dict[str, tuple[str, str]] = dict(lex.aliases)
    for name in lex.officials:
        forms.setdefault(name, ("", "official"))
    for form, group in lex.non_state.items():
        forms.setdefault(form, (group.name, NON_STATE))
    for row in read_table("non_actor_phrases.tsv", lang):
        forms.setdefault(row["phrase"], ("", "none"))
    for form, (code, kind) in forms.items():
        if len(form) < 2:
            continue
        key = f"{kind}|{code}|{form}"
        labels[key] = (code, kind)
        variants = {form}
        if form.isupper() or kind in ("capital", "official"):
            variants.add(form.upper())  # datelines: "MOSCOW (Reuters) -"
        matcher.add(key, [nlp.make_doc(v) for v in variants])
    return matcher, labels


NON_STATE = "non_state"
DATELINE = "dateline"


@dataclass(frozen=True, slots=True)
class MentionSet:
    """What the first pass found: ``actors`` (states and organisations that can fill a role),
    ``non_state`` (known non-state groups, companies and people, and "<demonym> rebels"), and
    ``datelines`` (names in a dateline, "MOSCOW, Oct 2 (Reuters) -": no party to anything)."""

    actors: list[Mention]
    non_state: list[Mention]
    datelines: list[Mention]


def forget_vocabulary() -> None:
    """Start the tokenizer and the actor matcher afresh, with an empty vocabulary (matchers
    built on the old tokenizer's vocabulary must be rebuilt too)."""
    _tokenizer.cache_clear()
    _matcher.cache_clear()


def find_mentions(doc: Doc, on: dt.date | None, lex: Lexicon | None = None) -> list[Mention]:
    """Every actor mention in ``doc`` (a tokenised document), in text order, the longest match
    winning where two overlap. Officials resolve by their term on ``on``; people introduced with
    a title and a state in the text count for that state wherever they appear again. Names
    in a dateline and names that belong to a non-state group ("Yemen's Houthis", "Sudanese
    rebels") are left out: see :func:`find_all_mentions`."""
    return find_all_mentions(doc, on, lex).actors


def find_all_mentions(
    doc: Doc,
    on: dt.date | None,
    lex: Lexicon | None = None,
    text: str | None = None,
    lang: str = DEFAULT_LANGUAGE,
) -> MentionSet:
    """The actor mentions of :func:`find_mentions`, with the non-state mentions and the
    dateline mentions set apart, each list in text order. ``text``: the text ``doc`` was made
    from, if the caller has it (rebuilding it from the tokens costs time); ``lang``: the
    language whose names are matched (``doc`` is tokenised by its :func:`tokenizer`)."""
    lex = lex or load_lexicon(lang)
    source = doc.text if text is None else text
    matcher, labels = _matcher(lang)
    spans = []
    for match_id, s, e in matcher(doc):
        key = doc.vocab.strings[match_id]
        span = doc[s:e]
        span.label_ = key
        spans.append(span)
    mentions: list[Mention] = []
    non_state: list[Mention] = []
    for span in filter_spans(spans):
        code, kind = labels[span.label_]
        if kind == "none":
            continue
        if kind == "official":
            if _part_of_a_longer_name(doc, span.start, span.end, spans):
                continue
            if span.end < len(doc) and doc[span.end].text in _NAMED_PLACE_NOUNS:
                continue  # "Kenyatta International Convention Centre": a building
            if _another_given_name(doc, span.start, span.end, spans, lex, _name_of(span.label_)):
                continue
            code = lex.official(_name_of(span.label_), on) or ""
        if not code:
            continue
        mention = Mention(span.start_char, span.end_char, code, kind, span.start, span.end)
        (non_state if kind == NON_STATE else mentions).append(mention)
    mentions, non_state = _non_state_by_context(doc, mentions, non_state, lex)
    named = {i for m in mentions for i in range(m.tok, m.tok_end)}
    mentions = [
        m
        for m in mentions
        if not _names_a_place(doc, m, named)
        and not _names_something_else(doc, m, named, lex)
        and not _names_a_document(doc, m)
    ]
    mentions.extend(_elliptic_pairs(doc, mentions, lex))
    mentions.extend(_titled_people(doc, mentions, lex))
    mentions.extend(_contextual(doc, mentions, lex, source))
    mentions.extend(_short_forms(doc, mentions))
    mentions.sort(key=lambda m: m.start)
    mentions = _without_overlaps(mentions)
    mentions, datelines = _set_apart_datelines(source, mentions)
    return MentionSet(mentions, sorted(non_state, key=lambda m: m.start), datelines)


def _part_of_a_longer_name(doc: Doc, s: int, e: int, spans) -> bool:
    """An official's name joined by a hyphen to a capitalised word that starts another
    person's name: "Yunus" in "Yunus-Bek Yevkurov" is not Muhammad Yunus. "Putin-Xi talks"
    stays (the second word names a person too), and so does "the Modi-Sharif meeting" (no
    family name follows)."""
    if e + 2 >= len(doc) or doc[e].text not in ("-", "‐") or doc[e].whitespace_:
        return False
    given, family = doc[e + 1], doc[e + 2]
    if not (given.is_alpha and given.text[:1].isupper()):
        return False
    if any(sp.start <= e + 1 < sp.end for sp in spans):
        return False  # "Putin-Xi": two people named
    return family.is_alpha and family.text[:1].isupper() and family.text[1:].islower()


_NAMED_PLACE_NOUNS = en.NAMED_PLACE_NOUNS

_CALENDAR = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    gen adm col lt maj capt marshal comrade sir lord dame madam madame prof""".split()
)


def _another_given_name(doc: Doc, s: int, e: int, spans, lex: Lexicon, form: str) -> bool:
    """A family name alone from the officials table right after a given name that none of
    the officials of that name bears: "said Ali Yunus, a lawmaker" is not Muhammad Yunus
    ("Bashar Assad" stays Bashar al-Assad). A title-case headline ("Trump Meets Putin") is
    left alone: there the word before the given name is capitalised too."""
    if e - s != 1 or s < 2:
        return False
    prev, before = doc[s - 1], doc[s - 2]
    if not (prev.is_alpha and prev.text[:1].isupper() and prev.text[1:].islower()):
        return False
    if before.text[:1].isupper() or before.is_punct or "\n" in before.text_with_ws:
        return False  # a headline, or the given name opens the sentence
    if prev.lower_ in lex.title_starts or prev.lower_ in _HONORIFICS or prev.lower_ in _CALENDAR:
        return False  # "Mr Putin", "in January Putin said"
    if any(sp.start <= s - 1 < sp.end for sp in spans):
        return False
    given = {_plain(o.name.split()[0]) for o in lex.officials.get(form, ())}
    return _plain(prev.text) not in given


def _plain(word: str) -> str:
    """A word without its diacritics, lower case: "İlham" and "Ilham" are one given name."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)
    ).lower()


# --- non-state groups ------------------------------------------------------------------------

# "pro-Russian separatists", "anti-American protests": the state is what the words are for or
# against, not who acts.
_STANCE_PREFIXES = en.STANCE_PREFIXES
# "former Colombian soldiers": people who once served a state, now acting for someone else.
_FORMER = en.FORMER
_SERVICE_NOUNS = en.SERVICE_NOUNS
# "Lebanon's Iran-backed Hezbollah": the backer stays an actor, the home state does not.
_BACKING = en.BACKING
_HOME_LOOKBACK = 6


def _non_state_by_context(
    doc: Doc, mentions: list[Mention], non_state: list[Mention], lex: Lexicon
) -> tuple[list[Mention], list[Mention]]:
    """Actor mentions that belong to a non-state group move to the non-state list: the home
    state of a known group ("Yemen's Houthis", "Lebanese Hezbollah"), a demonym before a word
    such as "rebels" or "mercenaries" ("Syrian fighters", "Sudan's paramilitary"), "pro-" or
    "anti-" before a name, and "former" before a demonym and a word for soldiers."""
    by_end = {m.tok_end: i for i, m in enumerate(mentions)}
    moved: set[int] = set()
    groups: list[Mention] = []
    for ns in non_state:
        group = lex.non_state.get(doc[ns.tok : ns.tok_end].text)
        if group and group.absorbs and _absorbs_here(doc, ns, group.type):
            home = _home_state(doc, ns, mentions, by_end)
            owned = [home] if home is not None else []
        else:
            owned = _company_nationality(doc, ns, mentions, by_end)
        owned = [i for i in owned if i not in moved]
        if owned:
            moved.update(owned)
            first = mentions[min(owned)]
            ns = replace(ns, start=first.start, tok=first.tok)
        groups.append(ns)
    for i, m in enumerate(mentions):
        if i in moved:
            continue
        end = _non_state_phrase_end(doc, m, lex)
        if end is None and not _after_stance_prefix(doc, m):
            continue
        moved.add(i)
        if end is not None:
            last = doc[end - 1]
            label = doc[m.tok : end].text
            groups.append(Mention(m.start, last.idx + len(last), label, NON_STATE, m.tok, end))
    _moved_by_place(doc, mentions, groups, moved, lex)
    kept = [m for i, m in enumerate(mentions) if i not in moved]
    return kept, groups


_ARMED_GROUP_NOUNS = en.ARMED_GROUP_NOUNS


def _moved_by_place(
    doc: Doc, mentions: list[Mention], groups: list[Mention], moved: set[int], lex: Lexicon
) -> None:
    """States named right after "<armed group> in" ("the rebels in Yemen", "the Houthi
    militia in Yemen", "Kurdish militants in Syria and Iraq") are where the group is: they
    move to the non-state list as part of the group."""
    by_tok = {m.tok: i for i, m in enumerate(mentions)}
    group_ends = {g.tok_end for g in groups if _armed(lex, g)}
    for i, m in enumerate(mentions):
        if i in moved or m.kind != "name" or m.tok < 2 or doc[m.tok - 1].lower_ != "in":
            continue
        j = m.tok - 2
        if not (doc[j].lower_ in _ARMED_GROUP_NOUNS or j + 1 in group_ends):
            continue
        chain, glue = [i], []
        k = m.tok_end
        while k + 1 < len(doc) and doc[k].lower_ in ("and", ",") and (k + 1) in by_tok:
            nxt = by_tok[k + 1]
            if mentions[nxt].kind != "name":
                break
            chain.append(nxt)
            glue.append(doc[k].lower_)
            k = mentions[nxt].tok_end
        # "in Syria, Iraq and Turkey" is a list; "in Yemen, Saudi officials say" is not: a list
        # joined by commas ends with "and"
        if glue and glue[-1] != "and":
            chain = chain[: len(glue) - glue[::-1].index("and")] if "and" in glue else chain[:1]
        for c in chain:
            if c in moved:
                continue
            moved.add(c)
            place = mentions[c]
            groups.append(replace(place, code=f"{doc[j].text} in {place.code}", kind=NON_STATE))


def _armed(lex: Lexicon, group: Mention) -> bool:
    known = lex.non_state.get(group.code)
    if known is not None:
        return known.type == "armed_group"
    return group.code.split()[-1].lower() in _ARMED_GROUP_NOUNS  # "Kurdish militants"


# "Ethiopia's Tigray region", "Somalia's Puntland leader": a region takes in its state only
# before such a word ("Israel's Gaza offensive" is still Israel's).
_REGION_FOLLOWERS = en.REGION_FOLLOWERS


def _absorbs_here(doc: Doc, group: Mention, group_type: str) -> bool:
    if group_type != "region":
        return True
    return group.tok_end < len(doc) and doc[group.tok_end].lower_ in _REGION_FOLLOWERS


def _home_state(
    doc: Doc, group: Mention, mentions: list[Mention], by_end: dict[int, int]
) -> int | None:
    """The index of the state mention that names a group's home right before it: "Sudan's
    paramilitary RSF", "Lebanese Hezbollah", "Lebanon's Iran-backed Hezbollah" (Lebanon)."""
    j = group.tok  # the first token of the group or of the modifiers seen so far
    for _ in range(_HOME_LOOKBACK):
        i = by_end.get(j)
        if i is not None and mentions[i].kind == "demonym":
            return i
        prev = doc[j - 1] if j > 0 else None
        if prev is None:
            return None
        if prev.text in ("'s", "’s"):
            i = by_end.get(j - 1)
            return i if i is not None and mentions[i].kind in ("name", "capital") else None
        if prev.lower_ in _BACKING and j >= 2 and doc[j - 2].text == "-":
            backer = by_end.get(j - 2)
            j = mentions[backer].tok if backer is not None else j - 2
            continue
        # modifiers only ("paramilitary", "Iran-backed"): "North Korea's supply of weapons to
        # Hamas" names a supplier, not a home
        if not prev.is_lower or prev.is_stop:
            return None
        j -= 1
    return None


# "the French-German defence company KNDS": nationality adjectives of a named company.
_COMPANY_NOUNS = en.COMPANY_NOUNS


def _company_nationality(
    doc: Doc, company: Mention, mentions: list[Mention], by_end: dict[int, int]
) -> list[int]:
    """Indices of the demonyms in "<demonym>[-<demonym>] [modifiers] company <Name>": they
    say where a company is from; the company, not the state, is the actor."""
    j = company.tok
    if j == 0 or doc[j - 1].lower_ not in _COMPANY_NOUNS:
        return []
    j -= 1
    while j > 0 and by_end.get(j) is None and _modifier(doc[j - 1]):
        j -= 1
    found: list[int] = []
    while (i := by_end.get(j)) is not None and mentions[i].kind == "demonym":
        found.append(i)
        j = mentions[i].tok
        if j >= 2 and doc[j - 1].text in ("-", "–") and by_end.get(j - 1) is not None:
            j -= 1
            continue
        break
    return found


def _modifier(token) -> bool:
    """A lower-case modifier inside a noun phrase ("military-industrial", "telecoms")."""
    return token.text in ("-", "–") or (token.is_lower and not token.is_stop)


def _non_state_phrase_end(doc: Doc, m: Mention, lex: Lexicon) -> int | None:
    """The end of "<demonym> rebels", "<State>'s militias", "former <demonym> soldiers",
    "<State>'s leading carmaker", or None when the words after the mention are not such a
    group."""
    i = m.tok_end
    if m.kind == "name" and i < len(doc) and doc[i].text in ("'s", "’s"):
        i += 1
        end = _one_company_end(doc, i)
        if end is not None:
            return end
    elif m.kind == "name" and i < len(doc) and doc[i].lower_ in _ARMED_GROUP_NOUNS:
        return i + 1  # "Yemen rebels", "Libya militias": a name used as an adjective
    elif m.kind != "demonym":
        return None
    if i < len(doc) and doc[i].lower_ in lex.non_state_noun_starts:
        for n in (2, 1):
            if i + n <= len(doc) and doc[i : i + n].text.lower() in lex.non_state_nouns:
                return i + n
    if m.kind == "demonym" and m.tok > 0 and doc[m.tok - 1].lower_ in _FORMER and i < len(doc):
        if doc[i].lower_ in _SERVICE_NOUNS:
            return i + 1  # "former Colombian soldiers"
        title_end = _title_end(doc, i, lex)
        if title_end > i:
            return title_end  # "former Pakistani Prime Minister": no longer speaks for it
    return None


# One company described by its home state: "South Korea's leading carmaker", "Saudi
# Arabia's national oil company". Plural "companies" stays with the state (roles.py).
_ONE_COMPANY = en.ONE_COMPANY
# "Russia's state arms exporter", "China's state defence conglomerate", "Pakistan's central
# bank": organs of the state.
_STATE_ORGAN_MODIFIERS = en.STATE_ORGAN_MODIFIERS


def _one_company_end(doc: Doc, i: int) -> int | None:
    j = i
    while j < len(doc) and j - i < 4:
        if doc[j].lower_ in _ONE_COMPANY:
            return j + 1
        if not _modifier(doc[j]) or doc[j].lower_ in _STATE_ORGAN_MODIFIERS:
            return None
        j += 1
    return None


# "Russian-speaking", "Iranian-born", "Chinese-made": origin or language, not the state; the
# maker of a weapon is not who supplied it ("Russian-American" stays: it is as often a pair of
# states as a person's origin).
_ORIGIN_SUFFIXES = en.ORIGIN_SUFFIXES
# "a London-based think tank", "a UAE-registered company", "a Panama-flagged tanker": where a
# body or a ship is registered, not who acts.
_SEAT_SUFFIXES = en.SEAT_SUFFIXES
# "US-made", "Russia-built": where a product was made, whatever form the state's name takes
_MAKER_SUFFIXES = en.MAKER_SUFFIXES


def _after_stance_prefix(doc: Doc, m: Mention) -> bool:
    """ "pro-Russian", "anti-American", "Russian-speaking", "Iranian-born", "London-based":
    the state is a stance, an origin, a language or a place of registration."""
    if m.tok >= 2 and doc[m.tok - 1].text == "-" and doc[m.tok - 2].lower_ in _STANCE_PREFIXES:
        return True
    if m.tok_end + 1 >= len(doc) or doc[m.tok_end].text != "-":
        return False
    suffix = doc[m.tok_end + 1].lower_
    if suffix in _SEAT_SUFFIXES:
        return not _national_firms_after(doc, m.tok_end + 2)
    if suffix in _MAKER_SUFFIXES:
        return True  # "US-made helicopters", "Serbia-made shells": the maker, by any name
    return m.kind == "demonym" and suffix in _ORIGIN_SUFFIXES


# "China-based companies" stand for China as "Chinese companies" do (the gold convention);
# one "UAE-registered company" does not.
_NATIONAL_FIRMS = en.NATIONAL_FIRMS


def _national_firms_after(doc: Doc, i: int) -> bool:
    return any(t.lower_ in _NATIONAL_FIRMS for t in doc[i : i + 3])


# --- states named as places --------------------------------------------------------------------

# "from Turkish-held northern Syria": a region of a state, as an origin or as held by another.
_COMPASS = en.COMPASS
_HELD = en.HELD
# After "Savelletri, Italy": the end of the place phrase.
_PLACE_PHRASE_END = en.PLACE_PHRASE_END
_PLACE_PREPOSITIONS = en.PLACE_PREPOSITIONS


def _names_a_place(doc: Doc, m: Mention, named: set[int]) -> bool:
    """A state's name used for the country of a town ("in Savelletri, Italy, on Thursday")
    or for a region held by others or left from ("from Turkish-controlled northern Syria").
    "in eastern Congo" stays: it is where troops are, which a figure may need."""
    if m.kind != "name" or m.tok < 2:
        return False
    prev = doc[m.tok - 1]
    if prev.lower_ in _COMPASS:
        return doc[m.tok - 2].lower_ in _HELD
    if prev.text != "," or m.tok < 3 or (m.tok - 2) in named:
        return False
    town = doc[m.tok - 2]
    nxt = doc[m.tok_end].lower_ if m.tok_end < len(doc) else "."
    return (
        town.is_title
        and town.is_alpha
        and doc[m.tok - 3].lower_ in _PLACE_PREPOSITIONS
        and nxt in _PLACE_PHRASE_END
        and not heads_a_list_of_states(doc, m.tok_end, named)
    )


_INSTRUMENT_NAMES = en.INSTRUMENT_NAMES


def _names_a_document(doc: Doc, m: Mention) -> bool:
    """A capital or seat that opens a document's name ("the Ankara Declaration", "the
    Washington Treaty", "the Minsk agreements"): the city where it was drawn up, no party."""
    return m.is_place_like and m.tok_end < len(doc) and doc[m.tok_end].text in _INSTRUMENT_NAMES


def heads_a_list_of_states(doc: Doc, i: int, named: set[int]) -> bool:
    """Whether the words from token ``i`` (right after a state's name) go on with another
    state's name (", Peru and Bolivia", "and Peru"): the name is then one of a list of actors
    ("in Geneva, Chile, Peru and Bolivia signed"), not the country of the town before it ("in
    Savelletri, Italy, on Thursday"; "in Mombasa, Tanzania, and Peru" closes the place first).
    ``named``: the token indexes of actor names."""
    return i + 1 < len(doc) and doc[i].lower_ in (",", "and", "or", "&") and i + 1 in named


# --- names that are also people or US states ---------------------------------------------------

_HONORIFICS = en.HONORIFICS
_US_STATE_AFTER = en.US_STATE_AFTER
_US_SENATE_TITLES = en.US_SENATE_TITLES


def _names_something_else(doc: Doc, m: Mention, named: set[int], lex: Lexicon) -> bool:
    """ "Michael Jordan", "Chad Smith", "Mr Chad Johnson": a person; "Georgia's governor",
    "the US state of Georgia": the US state (``ambiguous_names.tsv``)."""
    if m.tok_end - m.tok != 1:
        return False
    senses = lex.ambiguous.get(doc[m.tok].text)
    if not senses:
        return False
    if "given_name" in senses and _is_person_name(doc, m, named, lex):
        return True
    return "us_state" in senses and _is_us_state(doc, m)


def _is_person_name(doc: Doc, m: Mention, named: set[int], lex: Lexicon) -> bool:
    if m.tok_end < len(doc):
        nxt = doc[m.tok_end]
        if (
            nxt.is_title
            and nxt.is_alpha
            and m.tok_end not in named
            and nxt.lower_ not in lex.title_starts
        ):
            return True  # "Jordan Bardella", "Chad Smith"
    if m.tok == 0:
        return False
    prev = doc[m.tok - 1]
    if prev.lower_.rstrip(".") in _HONORIFICS:
        return True
    before_prev = doc[m.tok - 2] if m.tok >= 2 else None
    starts_sentence = (
        before_prev is None or before_prev.is_punct or "\n" in before_prev.text_with_ws
    )
    return (
        prev.is_title
        and prev.is_alpha
        and (m.tok - 1) not in named
        and not starts_sentence
        and prev.lower_ not in lex.title_starts
        and prev.lower_ not in ("kingdom", "republic", "state", "of", "and")
    )  # "Michael Jordan"


def _is_us_state(doc: Doc, m: Mention) -> bool:
    after = [t.lower_ for t in doc[m.tok_end : m.tok_end + 2]]
    if after[:1] == ["state"] or (
        after[:1] in (["'s"], ["’s"]) and after[1:2] and after[1] in _US_STATE_AFTER
    ):
        return True
    before = [t.lower_.rstrip(".") for t in doc[max(0, m.tok - 5) : m.tok]]
    if before[-2:] == ["state", "of"]:
        return True  # "the US state of Georgia"
    return bool(before[-1:] == ["of"] and _US_SENATE_TITLES & set(before))


def _elliptic_pairs(doc: Doc, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """ "North and South Korea": the first word stands for "North Korea" too."""
    out = []
    for m in mentions:
        if m.kind != "name" or m.tok_end - m.tok != 2 or m.tok < 2:
            continue
        if doc[m.tok - 1].lower_ not in ("and", "or", "&"):
            continue
        first = doc[m.tok - 2]
        code, kind = lex.aliases.get(f"{first.text} {doc[m.tok + 1].text}", ("", ""))
        if code and kind == "name" and code != m.code:
            out.append(
                Mention(first.idx, first.idx + len(first), code, "name", first.i, first.i + 1)
            )
    return out


# --- datelines -------------------------------------------------------------------------------

_PLACE = r"[A-Z][\w.'’-]*(?:[ ][A-Z][\w.'’-]*){0,2}"
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
# "Oct. 2", "Oct 2, 2024", "2 October", "2 October 2024"
_DAY = rf"(?:{_MONTH}\.?[ ]\d{{1,2}}(?:,[ ]\d{{4}})?|\d{{1,2}}[ ]{_MONTH}(?:[ ]\d{{4}})?)"
# At the start of a line (after a "date 2024-06-19" header, if any): one or more places,
# an optional region ("JAKARTA, Indonesia"), date ("Oct. 2"), agency ("(Reuters)", "/TASS/")
# and a dash or colon.
_DATELINE = re.compile(
    r"(?m)^[ \t]*(?:date[ ]\d{4}(?:-\d\d){0,2}[ ]+)?"
    rf"(?P<places>{_PLACE}(?:[ ]?/[ ]?{_PLACE})*)"
    # "JAKARTA, Indonesia", "Maputo [Mozambique]", "Washington, DC [US]": a region or two
    rf"(?P<region>(?:,[ ]{_PLACE}|,?[ ]\[{_PLACE}\]){{1,2}})?"
    rf"(?P<date>,?[ ]{_DAY}\.?)?"
    # "Accra, July 31, GNA –": an agency's bare acronym after a comma, before the dash
    r"(?:[ ]*(?P<agency>\([^()\n]{1,60}\)|/[A-Za-z][\w ]{0,20}/\.?"
    r"|,[ ][A-Z]{2,8}(?=[ ]*(?:—|–|--|-)))"
    r"(?P<sep>[ ]*(?:—|–|--|-|:))?"
    # "Tokyo |", "KABUL •", "Warsaw –", "Thimphu:", "Washington, DC [US], March 7 :"
    r"|(?P<bare>[ ]+(?:—|–|--|-|\||•)|(?:—|–|--)|[ ]?:[ ])"
    # "SEOUL, South Korea The North Korean ...": an upper-case place and its region with the
    # dash lost in copying (accepted only so, see _is_dateline)
    r"|(?P<nosep>(?=[ ][A-Z])))"
)

# Inside a line, after a headline run into the story: upper-case places with an agency or a
# date, "... treaty MOSCOW (AP) —", "... talks SEOUL, June 26 (Yonhap) --".
_INLINE_DATELINE = re.compile(
    r"(?<![\w.])(?P<places>[A-Z][A-Z'’-]{2,}(?:[ /][A-Z][A-Z'’-]+){0,2})"
    rf"(?P<region>,[ ]{_PLACE})??"
    # "BISHKEK. March 13 (Interfax) -", "MOSCOW, September 14. /TASS/."
    rf"(?:(?P<date>[.,][ ]{_MONTH}\.?[ ]\d{{1,2}}\.?)[ ]*"
    r"(?P<agency>\([\w .]{2,20}\)|/[A-Z][\w ]{1,20}/\.?)?"
    r"|[ ]*(?P<agency2>\([A-Z][\w.]*(?:[ ][A-Z][\w.]*){0,2}\)))"
    r"(?:[ ]*(?:—|–|--|-)|(?<=/)|(?<=/\.))"
)

# Anywhere, right after a capital's name: its day and an agency or a dash, "... Buenos Aires,
# Dec 3 (AFP) China and ...", "... Islamabad, April 22, 2019: Chinese ...", "... CREDIT Minsk,
# June 11 (EFE) – Belarus ..." (not after a lower-case word: "talks in Moscow, May 9 - ...").
_DATED_DATELINE = re.compile(
    rf"(?P<region>,[ ]{_PLACE})??"
    rf"(?P<date>,[ ]{_DAY}\.?)"
    r"(?:[ ]*(?P<agency>\([A-Z][\w .]{1,20}\))[ ]*(?:—|–|--|-|:)?"
    r"|[ ]*(?:—|–|--|-|:))[ ]+(?=[A-Z])"
)

# After a sentence or a headline's full stop, a capital in capitals with an agency's brackets
# and no dash after them, or with a bullet: "... the region. MOSCOW (Sputnik) Iran's deputy
# ...", "... aircraft. TEL AVIV (UrduPoint News / Sputnik - 3rd May) ...", "... ground.
# KABUL • The ..." (only a capital's name counts: "NATO (the alliance)" stays a name).
_AGENCY_DATELINE = re.compile(
    r"[.!?][’'\"”]?[ \t]+(?P<places>[A-Z][A-Z'’-]{2,}(?:[ ][A-Z][A-Z'’-]+)?)"
    r"(?:[ ]*(?P<agency>\([A-Z][^()\n]{1,60}\))(?=[ ]+[A-Z])|[ ]+•)"
)


# A headline run into the story on one line, the dateline a title-case capital after the
# headline's last word: "... Deal as 'Aggression'. Harare — A maritime access agreement ...",
# "... missiles. Tehran: Iran's foreign minister ...". Only a capital's name counts (see
# _dateline_spans), with a spaced dash or a colon and a capital letter after it.
_MIDLINE_DATELINE = re.compile(
    r"(?:[.!?][’'\"”]?|[’'\"”][.!?]?)[ \t]+"
    r"(?P<places>[A-Z][\w'’-]+(?:[ ][A-Z][\w'’-]+)?)"
    rf"(?P<region>,[ ]{_PLACE})?"
    r"(?:[ ]+(?:—|–|--|-)[ ]+|:[ ]+)(?=[A-Z])"
)


# A capital in capitals after a headline run into the story with no full stop, and a dash or
# a colon after it: "... record achieved KABUL: Kazakh media ...", "... space mission
# ISLAMABAD - Pakistan has ...", "... (Photo: AFP) KUALA LUMPUR: Thailand and ...".
_RUN_IN_DATELINE = re.compile(r"[ ]*(?:—|–|--|-|:)[ ]+(?=[A-Z])")


def _upper_case(name: str) -> bool:
    letters = "".join(ch for ch in name if ch.isalpha())
    return len(letters) > 2 and letters.isupper()


def _set_apart_datelines(text: str, mentions: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    spans = list(_dateline_spans(text, mentions))
    if not spans:
        return mentions, []
    kept, datelines = [], []
    for m in mentions:
        if any(s <= m.start and m.end <= e for s, e in spans):
            datelines.append(replace(m, kind=DATELINE))
        else:
            kept.append(m)
    return kept, datelines


def _dateline_spans(text: str, mentions: list[Mention]):
    """(start, end) of the place part of every dateline: "MOSCOW, Oct 2 (Reuters) -",
    "SEOUL —", "WASHINGTON:", "Warsaw –", "Manila, July 8 (Jiji Press)--",
    "SAMARKAND, Uzbekistan, Sept. 16 (Xinhua) --", "Moscow, 5 May --", "Maputo [Mozambique],
    July 29 (ANI):". A title-case line start counts only with a
    date, or an agency and a dash, or where it is a capital followed by a spaced dash or a
    colon; "Japan:" heading a paragraph stays a name."""
    kinds = {m.start: m.kind for m in mentions}
    for match in _DATELINE.finditer(text):
        start = match.start("places")
        end = match.end("region") if match.group("region") else match.end("places")
        if _is_dateline(match, kinds.get(start) == "capital"):
            yield start, end
            yield from _agency_span(match, "agency")
    for match in _INLINE_DATELINE.finditer(text):
        end = match.end("region") if match.group("region") else match.end("places")
        yield match.start("places"), end
        yield from _agency_span(match, "agency")
        yield from _agency_span(match, "agency2")
    for m in mentions:
        if m.kind != "capital" or _after_a_lower_case_word(text, m.start):
            continue
        match = _DATED_DATELINE.match(text, m.end)
        if match:
            yield m.start, match.end("region") if match.group("region") else m.end
            yield from _agency_span(match, "agency")
    for match in _AGENCY_DATELINE.finditer(text):
        if kinds.get(match.start("places")) == "capital":
            yield match.start("places"), match.end("places")
            yield from _agency_span(match, "agency")
    for match in _MIDLINE_DATELINE.finditer(text):
        start = match.start("places")
        if kinds.get(start) == "capital":
            end = match.end("region") if match.group("region") else match.end("places")
            yield start, end
    for m in mentions:
        upper = m.kind == "capital" and _upper_case(text[m.start : m.end])
        if upper and _RUN_IN_DATELINE.match(text, m.end):
            yield m.start, m.end


def _after_a_lower_case_word(text: str, start: int) -> bool:
    """Whether the word before ``start`` on its line begins in lower case: "talks in Moscow,
    May 9 - ..." tells a place in a sentence, not where the story was filed."""
    before = text[text.rfind("\n", 0, start) + 1 : start].split()
    return bool(before) and before[-1][:1].islower() and before[-1][-1:] not in ".!?:"


def _agency_span(match: re.Match, group: str):
    """The outlet in a dateline's brackets ("(KCNA)", "(Xinhua)"): where the story came
    from, no party to it."""
    if match.group(group) and match.group(group).startswith(("(", "/")):
        yield match.start(group), match.end(group)


def _is_dateline(match: re.Match, starts_with_capital: bool) -> bool:
    places, bare = match.group("places"), match.group("bare") or ""
    letters = "".join(ch for ch in places if ch.isalpha())
    if match.group("nosep") is not None:
        # an all-caps headline ("NATO, EU AGREE ...") is no dateline: the region is title-case
        region = "".join(ch for ch in match.group("region") or "" if ch.isalpha())
        return (
            letters.isupper() and len(letters) > 2 and region[:1].isupper() and not region.isupper()
        )
    if letters.isupper() and len(letters) > 2 and "." not in places:
        return True  # "MOSCOW -", "SEOUL/WASHINGTON (Reuters)"; "U.S." is an abbreviation
    if match.group("date") or (match.group("agency") and match.group("sep")):
        return True  # "Manila, July 8 (Jiji Press)--", "Manila (Reuters) -"
    # A title-case name and a bracket with no dash is no dateline: "Germany ($40.1 billion),
    # France ..." lists figures, "Anthony Albanese (l)" captions a photo.
    return starts_with_capital and bare[:1] in (" ", ":")  # "Warsaw –", "Thimphu:"


def _contextual(doc: Doc, mentions: list[Mention], lex: Lexicon, text: str) -> list[Mention]:
    """Short forms that name a state only where the text is about it or its region: "the
    North" in an article that names North or South Korea, "the Islamic Republic" in one that
    names Iran (``contextual_aliases.tsv``). Matched after "the", not before another
    capitalised word."""
    present = {m.code for m in mentions}
    rules = {alias: code for alias, (code, context) in lex.contextual.items() if present & context}
    if not rules:
        return []
    covered = {i for m in mentions for i in range(m.tok, m.tok_end)}
    out = []
    # a search of the text, not a walk over every token: this runs on most documents
    for match in _contextual_pattern(tuple(sorted(rules))).finditer(text):
        span = doc.char_span(match.start("alias"), match.end("alias"))
        if span is None or any(i in covered for i in range(span.start, span.end)):
            continue
        if span.end < len(doc) and doc[span.end].text[:1].isupper():
            continue  # "the North Atlantic": part of a longer name
        code = rules[match.group("alias")]
        out.append(Mention(span.start_char, span.end_char, code, "name", span.start, span.end))
    return out


@lru_cache(maxsize=64)
def _contextual_pattern(aliases: tuple[str, ...]) -> re.Pattern:
    names = "|".join(re.escape(a) for a in sorted(aliases, key=len, reverse=True))
    return re.compile(rf"\b[Tt]he\s+(?P<alias>{names})\b")


# "the Export-Import Bank of India (Exim Bank)", "the Saudi Fund for Development [SFD]": a
# bracketed short form right after an agency's or organisation's full name stands for it
# wherever the text uses it, before or after ("Exim Bank has provided ...").
_SHORT_FORM_KINDS = frozenset(("agency", "org"))
_BRACKETS = {"(": ")", "[": "]"}
_SHORT_FORM_MAX = 4


def _short_forms(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    covered = {i for m in mentions for i in range(m.tok, m.tok_end)}
    forms: dict[tuple[str, ...], tuple[str, str]] = {}
    for m in mentions:
        i = m.tok_end
        if m.kind not in _SHORT_FORM_KINDS or i >= len(doc) or doc[i].text not in _BRACKETS:
            continue
        close = _BRACKETS[doc[i].text]
        j = i + 1
        while j < len(doc) and j - i <= _SHORT_FORM_MAX and doc[j].text != close:
            j += 1
        words = doc[i + 1 : j]
        if (
            j >= len(doc)
            or doc[j].text != close
            or not len(words)
            or not words[0].text[:1].isupper()
            or not all(t.is_alpha or t.text in (".", "-") for t in words)
            or any(t.i in covered for t in words)
        ):
            continue
        forms.setdefault(tuple(t.text for t in words), (m.code, m.kind))
    if not forms:
        return []
    out = []
    firsts = {form[0] for form in forms}
    for token in doc:
        if token.text not in firsts or token.i in covered:
            continue
        for form, (code, kind) in forms.items():
            end = token.i + len(form)
            if form[0] != token.text or end > len(doc):
                continue
            if tuple(t.text for t in doc[token.i : end]) != form:
                continue
            if any(k in covered for k in range(token.i, end)):
                continue
            last = doc[end - 1]
            out.append(Mention(token.idx, last.idx + len(last), code, kind, token.i, end))
            covered.update(range(token.i, end))
            break
    return out


def _name_of(label: str) -> str:
    return label.split("|", 2)[2]


# Titles that introduce a person; "forces" or "government" introduce an organ, not a name.
_PERSON_ROLES = frozenset(
    ("head_of_state", "head_of_government", "minister", "official", "spokesperson", "diplomat")
)
# People introduced in the article: "<Demonym|State|State's> <Title ...> <Name Name>".
_NAME_TOKEN_MAX = 4


def _titled_people(doc: Doc, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    covered = {i for m in mentions for i in range(m.tok, m.tok_end)}
    introduced: dict[str, str] = {}
    found: list[Mention] = []
    for m in mentions:
        if m.kind not in ("name", "demonym", "seat", "agency", "org"):
            continue
        i = m.tok_end
        if i < len(doc) and doc[i].text in ("'s", "’s"):
            i += 1
        title_end = _title_end(doc, i, lex)
        if title_end == i:
            continue
        if title_end < len(doc) and doc[title_end].text == ",":
            title_end += 1  # "Ghana's foreign minister, Samuel Ablakwa, said"
        name = _person_name(doc, title_end, covered)
        if name is None:
            continue
        s, e = name
        found.append(Mention(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), m.code, "person", s, e))
        full = doc[s:e].text
        introduced[full] = m.code
        # The name alone later: the last token ("Sogavare"), or the first where the family
        # name leads ("Pak" of "Pak Myong Ho").
        introduced.setdefault(doc[e - 1].text, m.code)
        introduced.setdefault(doc[s].text, m.code)
    for m, (s, e) in _people_of_states(doc, mentions, covered, lex):
        found.append(Mention(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), m.code, "person", s, e))
        introduced.setdefault(doc[s:e].text, m.code)
        introduced.setdefault(doc[e - 1].text, m.code)
    leaders: dict[str, str] = {}
    for m in mentions:
        # "Prime Minister Shehbaz Sharif ... Erdogan and Sharif signed": an official named in
        # full goes by the family name later in the text, even where the table leaves the
        # short form out because it is ambiguous (Nawaz and Shehbaz Sharif)
        if (
            m.kind == "official"
            and m.tok_end - m.tok >= 2
            and doc[m.tok_end - 1].is_alpha
            and _leads(lex, doc[m.tok : m.tok_end].text)
        ):
            leaders.setdefault(doc[m.tok_end - 1].text, m.code)
    for name, code in leaders.items():
        introduced.setdefault(name, code)
    if not introduced:
        return found
    taken = covered | {i for f in found for i in range(f.tok, f.tok_end)}
    for token in doc:
        code = introduced.get(token.text)
        if code and token.text in leaders and _another_first_name(doc, token.i, lex):
            continue  # "Minister of Investment Ashraf Salman": another person of that name
        if code and token.i not in taken and token.text[:1].isupper():
            found.append(
                Mention(token.idx, token.idx + len(token), code, "person", token.i, token.i + 1)
            )
    return found


def _another_first_name(doc: Doc, i: int, lex: Lexicon) -> bool:
    """Whether a capitalised word that is no title word stands right before token ``i``."""
    if i == 0:
        return False
    prev = doc[i - 1]
    if not (prev.is_alpha and prev.text[:1].isupper()):
        return False
    return not any(prev.lower_ in t.lower().split() for t in lex.titles)


_LEADER_ROLES = frozenset(("head_of_state", "head_of_government", "supreme_leader"))


def _leads(lex: Lexicon, name: str) -> bool:
    """Whether the official of this name heads a state (whose family name alone stands for
    the state in news; a minister's or spokesman's names the speaker, seldom a party)."""
    return any(t.role in _LEADER_ROLES for t in lex.officials.get(name, ()))


def _people_of_states(
    doc: Doc, mentions: list[Mention], covered: set[int], lex: Lexicon
) -> list[tuple[Mention, tuple[int, int]]]:
    """ "Foreign Minister Samuel Ablakwa of Ghana": a titled name right before "of <State>";
    "the foreign minister of Ghana, Samuel Ablakwa, said": a name in apposition after
    "<title> of <State>"."""
    out = []
    for m in mentions:
        if m.kind != "name" or m.tok < 2 or doc[m.tok - 1].lower_ != "of":
            continue
        after = _apposed_name(doc, m, covered, lex)
        if after is not None:
            out.append((m, after))
            continue
        if m.tok < 4:
            continue
        end = m.tok - 1
        for start in range(end - 2, max(0, end - _NAME_TOKEN_MAX) - 1, -1):
            if not all(_name_token(doc, i, covered) for i in range(start, end)):
                break
            if any(_title_end(doc, t, lex) == start for t in range(max(0, start - 4), start)):
                out.append((m, (start, end)))
                break
    return out


# How far before "of <State>" a title may start: "the chief of the National Security Service
# of Armenia, Andranik Simonyan".
_APPOSED_TITLE_LOOKBACK = 7


def _apposed_name(doc: Doc, m: Mention, covered: set[int], lex: Lexicon) -> tuple[int, int] | None:
    """The name after "<title> [of the Body] of <State>, " and before a comma or a verb
    ("..., Ivan Tertel, said"; "..., Ivan Tertel said")."""
    i = m.tok_end
    if i + 2 >= len(doc) or doc[i].text != ",":
        return None
    end = i + 1
    while end < len(doc) and end - i - 1 < _NAME_TOKEN_MAX and _name_token(doc, end, covered):
        end += 1
    if end - i - 1 < 2 or end >= len(doc):
        return None
    if doc[end].text != "," and not (doc[end].is_lower and doc[end].is_alpha):
        return None
    start = m.tok - 1  # the "of"
    for t in range(max(0, start - _APPOSED_TITLE_LOOKBACK), start):
        if _title_end(doc, t, lex) > t and not any(
            doc[k].text in (",", ";", ".") for k in range(t, start)
        ):
            return i + 1, end
    return None


def _name_token(doc: Doc, i: int, covered: set[int]) -> bool:
    return doc[i].text[:1].isupper() and doc[i].is_alpha and i not in covered


def _title_end(doc: Doc, i: int, lex: Lexicon) -> int:
    """The token index after a run of title words starting at ``i`` (``i`` if none)."""
    if i >= len(doc) or doc[i].lower_ not in lex.title_starts:
        return i
    best = i
    j = i
    while j < len(doc) and j - i < 5:
        j += 1
        phrase = doc[i:j].text
        role = lex.titles.get(phrase) or lex.titles.get(phrase.lower())
        if role in _PERSON_ROLES:
            best = j
        elif role == "institution" and j < len(doc) and doc[j].lower_ in lex.title_starts:
            # "Foreign Ministry spokesman", "Defence Ministry official": a person of the body
            person_end = _title_end(doc, j, lex)
            if person_end > j:
                best = max(best, person_end)
        elif not doc[j - 1].text[:1].isalpha():
            break
    return best


def _person_name(doc: Doc, i: int, covered: set[int]) -> tuple[int, int] | None:
    j = i
    while (
        j < len(doc)
        and j - i < _NAME_TOKEN_MAX
        and doc[j].text[:1].isupper()
        and doc[j].is_alpha
        and j not in covered
    ):
        j += 1
    if j - i < 2:  # a single capitalised word after a title is too often not a name
        return None
    return i, j


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            if (m.end - m.start) > (out[-1].end - out[-1].start):
                out[-1] = m
            continue
        out.append(m)
    return out
