"""The lexicon: every way a text names a state or an organisation, assembled from the tables
in ``lang/`` (actors, aliases, officials with their terms, titles, memberships)."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from functools import cache
from typing import Any

from ..lang import DEFAULT_LANGUAGE
from .tables import read_table


@dataclass(frozen=True, slots=True)
class Official:
    name: str
    code: str
    role: str
    start: dt.date | None
    end: dt.date | None

    def serves_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class NonStateGroup:
    """A known non-state actor: an armed group, a company, a party or a person outside any
    government. ``absorbs``: a state named as its home right before it ("Yemen's Houthis",
    "Lebanese Hezbollah") is part of the group's name, not a second actor."""

    name: str
    type: str  # armed_group, company, political, person, media, ngo
    absorbs: bool


@dataclass
class Lexicon:
    """Names to codes. ``aliases`` maps a surface form to (code, kind); ``officials`` maps a
    person's name (full or short form) to the terms in which it stood for a state."""

    names: dict[str, str] = field(default_factory=dict)  # code -> display name
    types: dict[str, str] = field(default_factory=dict)  # code -> state | organisation
    regions: dict[str, str] = field(default_factory=dict)
    aliases: dict[str, tuple[str, str]] = field(default_factory=dict)
    officials: dict[str, list[Official]] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)  # title words -> role
    title_starts: frozenset[str] = frozenset()  # first words of the titles, lower case
    members: dict[str, list[tuple[str, str | None, str | None]]] = field(default_factory=dict)
    # alias -> (code, the codes at least one of which the text must name)
    contextual: dict[str, tuple[str, frozenset[str]]] = field(default_factory=dict)
    # surface form -> the non-state group it names (non_state_actors.tsv)
    non_state: dict[str, NonStateGroup] = field(default_factory=dict)
    # words after a demonym that make it a non-state group: "Syrian rebels" (non_state_nouns.tsv)
    non_state_nouns: frozenset[str] = frozenset()
    non_state_noun_starts: frozenset[str] = frozenset()
    # state names that are also a given name or a US state: alias -> {"given_name", ...}
    ambiguous: dict[str, frozenset[str]] = field(default_factory=dict)

    def is_state(self, code: str) -> bool:
        return self.types.get(code) == "state"

    def official(self, name: str, on: dt.date | None) -> str | None:
        """The code a person's name stands for on a date: the state (or organisation) they
        served then; without a date, the one code all their terms share, if any."""
        terms = self.officials.get(name)
        if not terms:
            return None
        if on is not None:
            serving = {t.code for t in terms if t.serves_on(on)}
            if not serving:
                # the elect speak for their state between election and inauguration
                serving = {t.code for t in terms if t.start and on < t.start <= on + _ELECT}
            if len(serving) == 1:
                return serving.pop()
            if serving or all(t.start and on < t.start for t in terms):
                return None  # nobody, or someone not yet in office, by that name
        codes = {t.code for t in terms}
        return codes.pop() if len(codes) == 1 else None


# How long before taking office a person-elect already stands for their state.
_ELECT = dt.timedelta(days=80)


def _date(value: str) -> dt.date | None:
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return dt.date(*parts)


def load_lexicon(lang: str = DEFAULT_LANGUAGE) -> Lexicon:
    """The lexicon of language ``lang`` assembled from the package's tables: the shared
    actors and memberships with that language's names (read once per process)."""
    return _load_lexicon(lang)


@cache
def _load_lexicon(lang: str) -> Lexicon:
    lex = Lexicon()
    for row in read_table("actors.tsv", lang):
        lex.names[row["code"]] = row["name"]
        lex.types[row["code"]] = row["type"]
        lex.regions[row["code"]] = row.get("region", "")
        lex.aliases.setdefault(row["name"], (row["code"], "name"))
    for row in read_table("aliases.tsv", lang):
        if row["code"] in lex.types:
            lex.aliases[row["alias"]] = (row["code"], row["kind"])
    for row in read_table("officials.tsv", lang):
        if row["code"] not in lex.types:
            continue
        official = Official(
            row["name"], row["code"], row["role"], _date(row["start"]), _date(row["end"])
        )
        for form in {row["name"], row.get("short", "")} - {""}:
            lex.officials.setdefault(form, []).append(official)
    for row in read_table("titles.tsv", lang):
        lex.titles[row["title"]] = row["role"]
    lex.title_starts = frozenset(t.split()[0].lower() for t in lex.titles if t.split())
    for row in read_table("contextual_aliases.tsv", lang):
        lex.contextual[row["alias"]] = (row["code"], frozenset(row["context"].split()))
    for row in read_table("non_state_actors.tsv", lang):
        group = NonStateGroup(row["group"], row["type"], row["absorbs"] == "yes")
        lex.non_state[row["form"]] = group
    lex.non_state_nouns = frozenset(row["noun"] for row in read_table("non_state_nouns.tsv", lang))
    lex.non_state_noun_starts = frozenset(n.split()[0] for n in lex.non_state_nouns)
    for row in read_table("ambiguous_names.tsv", lang):
        lex.ambiguous[row["alias"]] = lex.ambiguous.get(row["alias"], frozenset()) | {row["also"]}
    for row in read_table("members.tsv", lang):
        lex.members.setdefault(row["org"], []).append(
            (row["member"], row["joined"] or None, row["left"] or None)
        )
    return lex


@dataclass
class ActorInfo:
    """An actor as the lexicon knows it."""

    code: str
    name: str
    kind: str  # state | organisation | "" (a code the lexicon lacks)
    region: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def actor_info(code: str) -> ActorInfo:
    """An actor's name, kind and region from the lexicon (the code itself when unknown)."""
    lex = load_lexicon()
    return ActorInfo(
        code=code,
        name=lex.names.get(code, code),
        kind=lex.types.get(code, ""),
        region=lex.regions.get(code) or None,
    )
