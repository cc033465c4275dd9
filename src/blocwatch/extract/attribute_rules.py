"""spaCy's attribute ruler, compiled into table look-ups: the same output, faster.

The English model's ``attribute_ruler`` pipe sets POS, MORPH and LEMMA from each token's tag,
lower-case form and dependency label, with a spaCy ``Matcher`` over its 179 patterns. On the
short sentences the extractor parses, that Matcher costs about as much as the tagger. Its
patterns are almost all one-token tests of those three attributes, so the answer for a token
depends only on a few of its attribute values (and, for a handful of two-token patterns, on its
neighbour's): it is worked out once for each distinct combination and then looked up.

The patterns are read from the loaded pipe, never written here, and applied as spaCy applies
them (``spacy/pipeline/attributeruler.py``): all matches are found on the tagged and parsed
sentence first, then applied in the order of their pattern's number, a later one overriding an
earlier one, each to the token at its index in the match. A pattern this module does not
understand (an operator such as ``OP``, an extension attribute) leaves spaCy's own pipe in
place (:func:`compile_ruler` answers None).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy
from spacy.attrs import IDS, LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs
from spacy.vocab import Vocab

FACTORY = "blocwatch_attribute_rules"
LEMMA_FACTORY = "blocwatch_remembered_lemmas"
# What a rule lemma depends on (the word, its POS, its morphology), and the lemma so far.
_LEMMA_KEY = [ORTH, POS, MORPH, LEMMA]
# Attributes a pattern may test: spaCy's string attributes (compared by their hash) and
# boolean lexeme flags (compared as 0/1).
_STRING_ATTRS = ("ORTH", "LOWER", "NORM", "TAG", "DEP", "POS", "LEMMA", "SHAPE")
_FLAG_ATTRS = ("IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE")
# Distinct attribute combinations remembered before the memory starts afresh (every new word
# is a new combination; a long run must not grow without bound).
_MEMO_LIMIT = 100_000

Test = Callable[[tuple[int, ...]], bool]


class Unsupported(ValueError):
    """A pattern uses matcher syntax this module does not compile."""


def compile_ruler(ruler: AttributeRuler) -> CompiledRules | None:
    """The ruler's patterns as look-up tables, or None if one of them cannot be compiled."""
    try:
        return CompiledRules(ruler)
    except Unsupported:
        return None


class CompiledRules:
    """A pipeline component that gives every token the attributes ``ruler`` would give it."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.strings = ruler.vocab.strings
        patterns = ruler.patterns
        used = sorted({key for p in patterns for spec in _specs(p) for key in spec})
        unknown = [name for name in used if name not in _STRING_ATTRS + _FLAG_ATTRS]
        if unknown:
            raise Unsupported(f"pattern attributes {unknown}")
        self.attrs = [IDS[name] for name in used]
        column = {name: i for i, name in enumerate(used)}
        # Every token test of every pattern, with what a match means: a one-token rule's
        # (rule number, attributes), or a longer pattern's (pattern, position) in self.multi.
        self.tests: list[tuple[Test, tuple]] = []
        # Longer patterns: (rule number, length, index of the token they set, attributes).
        self.multi: list[tuple[int, int, int, dict]] = []
        # A test that needs one of a few values in a column is tried only on those values.
        self.by_value: dict[tuple[int, int], list[int]] = {}
        self.everywhere: list[int] = []
        for number, pattern in enumerate(patterns):
            attrs = ruler.attrs[number]  # normalised by spaCy (hashes, morphology added)
            index = ruler.indices[number]
            for specs in pattern["patterns"]:
                if not -len(specs) <= index < len(specs):
                    raise Unsupported(f"pattern {number}: index {index} outside the match")
                if len(specs) == 1:
                    self._add_test(specs[0], column, ("rule", number, attrs))
                    continue
                self.multi.append((number, len(specs), index % len(specs), attrs))
                for k, spec in enumerate(specs):
                    self._add_test(spec, column, ("part", len(self.multi) - 1, k))
        self._memo: dict[tuple[int, ...], _Found] = {}
        self._outcomes: dict[tuple[int, ...], _Found] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        found = [self._lookup(tuple(row)) for row in doc.to_array(self.attrs).tolist()]
        longer = self._longer_matches(found) if self.multi else {}
        for i, token in enumerate(doc):
            attrs = found[i].attrs
            if i in longer:
                attrs = _merged(sorted(found[i].rules + longer[i], key=lambda r: r[0]))
            if attrs:
                set_token_attrs(token, attrs)
        return doc

    def _lookup(self, key: tuple[int, ...]) -> _Found:
        """What the rules say about a token with the attribute values ``key``."""
        hit = self._memo.get(key)
        if hit is None:
            if len(self._memo) >= _MEMO_LIMIT:
                self._memo.clear()
            hit = self._memo[key] = self._evaluate(key)
        return hit

    def _evaluate(self, key: tuple[int, ...]) -> _Found:
        ids = set(self.everywhere)
        for col, value in enumerate(key):
            ids.update(self.by_value.get((col, value), ()))
        matched = tuple(i for i in sorted(ids) if self.tests[i][0](key))
        found = self._outcomes.get(matched)  # many combinations share one outcome
        if found is None:
            meanings = [self.tests[i][1] for i in matched]
            rules = sorted((m[1:] for m in meanings if m[0] == "rule"), key=lambda r: r[0])
            parts = frozenset(m[1:] for m in meanings if m[0] == "part")
            starts = tuple(p for p, k in parts if k == 0)
            found = self._outcomes[matched] = _Found(_merged(rules), rules, parts, starts)
        return found

    def _longer_matches(self, found: list[_Found]) -> dict[int, list[tuple[int, dict]]]:
        """Token index -> the (rule number, attributes) of longer patterns that set it."""
        out: dict[int, list[tuple[int, dict]]] = {}
        for start, first in enumerate(found):
            for p in first.starts:
                number, size, index, attrs = self.multi[p]
                if start + size <= len(found) and all(
                    (p, k) in found[start + k].parts for k in range(1, size)
                ):
                    out.setdefault(start + index, []).append((number, attrs))
        return out

    def _add_test(self, spec: dict, column: dict[str, int], meaning: tuple) -> None:
        tests = [self._attr_test(name, value, column[name]) for name, value in spec.items()]
        i = len(self.tests)
        self.tests.append((lambda key: all(test(key) for test in tests), meaning))
        needed = _needed_values(spec)
        if needed is None:
            self.everywhere.append(i)
            return
        name, values = needed
        for value in values:
            self.by_value.setdefault((column[name], value), []).append(i)

    def _attr_test(self, name: str, value: Any, col: int) -> Test:
        if name in _FLAG_ATTRS:
            if not isinstance(value, bool):
                raise Unsupported(f"{name}: {value!r}")
            flag = int(value)
            return lambda key: key[col] == flag
        if name not in _STRING_ATTRS:
            raise Unsupported(f"attribute {name}")
        if isinstance(value, str):
            wanted = get_string_id(value)
            return lambda key: key[col] == wanted
        if not isinstance(value, dict) or len(value) != 1:
            raise Unsupported(f"{name}: {value!r}")
        ((op, arg),) = value.items()
        if op == "IN":
            allowed = frozenset(get_string_id(v) for v in arg)
            return lambda key: key[col] in allowed
        if op == "NOT_IN":
            barred = frozenset(get_string_id(v) for v in arg)
            return lambda key: key[col] not in barred
        if op == "REGEX":
            regex, strings = re.compile(arg), self.strings
            return lambda key: bool(regex.search(strings[key[col]]))
        raise Unsupported(f"{name}: operator {op}")


@dataclass(frozen=True, slots=True)
class _Found:
    """What the rules say about one combination of attribute values."""

    attrs: dict  # the merged attributes of the one-token rules that match
    rules: list[tuple[int, dict]]  # those rules, (rule number, attributes), in order
    parts: frozenset[tuple[int, int]]  # (longer pattern, position) pairs it satisfies
    starts: tuple[int, ...]  # the longer patterns it can start


def _needed_values(spec: dict) -> tuple[str, list[int]] | None:
    """An attribute of ``spec`` that must take one of a few values, and those values (as
    hashes); LOWER first (the narrowest), then TAG; None if no attribute is restricted that way."""
    for name in sorted(spec, key=lambda n: (n != "LOWER", n != "TAG", n)):
        value = spec[name]
        if name in _FLAG_ATTRS:
            continue
        if isinstance(value, str):
            return name, [get_string_id(value)]
        if isinstance(value, dict) and set(value) == {"IN"}:
            return name, [get_string_id(v) for v in value["IN"]]
    return None


def _specs(pattern: dict) -> list[dict]:
    return [spec for specs in pattern["patterns"] for spec in specs]


def _merged(rules: list[tuple[int, dict]]) -> dict:
    """The attributes set by ``rules`` applied in order: a later rule overrides an earlier."""
    merged: dict = {}
    for _, attrs in rules:
        merged.update(attrs)
    return merged


class RememberedLemmas:
    """spaCy's rule lemmatizer with a memory: a token's lemma is a function of its word, POS
    and morphology (``Lemmatizer.rule_lemmatize``), so it is worked out once for each such
    combination and then looked up, and written without building a Token for every word."""

    def __init__(self, vocab: Vocab, lemmatizer: Lemmatizer | None = None) -> None:
        self.lemmatizer = lemmatizer  # set by remember_lemmas()
        self.strings = vocab.strings
        self._memo: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array(_LEMMA_KEY).tolist()
        lemmas = [lemma for *_, lemma in rows]
        overwrite = self.lemmatizer.overwrite
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma and not overwrite:
                continue
            found = self._memo.get((orth, pos, morph))
            if found is None:
                if len(self._memo) >= _MEMO_LIMIT:
                    self._memo.clear()
                word = self.lemmatizer.lemmatize(doc[i])[0]
                found = self._memo[(orth, pos, morph)] = self.strings.add(word)
            lemmas[i] = found
        doc.from_array([LEMMA], numpy.array(lemmas, dtype=numpy.uint64))
        return doc


def remember_lemmas(nlp: Language, name: str = "lemmatizer") -> None:
    """Give ``nlp``'s rule lemmatizer ``name`` a memory (the same lemmas, faster)."""
    lemmatizer = nlp.get_pipe(name)
    if isinstance(lemmatizer, Lemmatizer) and lemmatizer.mode == "rule":
        nlp.replace_pipe(name, LEMMA_FACTORY).lemmatizer = lemmatizer


@Language.factory(LEMMA_FACTORY)
def _make_lemmas(nlp: Language, name: str) -> RememberedLemmas:
    return RememberedLemmas(nlp.vocab)


@Language.factory(FACTORY, default_config={"patterns": []})
def _make(nlp: Language, name: str, patterns: list) -> CompiledRules | AttributeRuler:
    """The compiled form of an attribute ruler holding ``patterns`` (spaCy's own ruler if
    they cannot be compiled)."""
    ruler = AttributeRuler(nlp.vocab, name)
    ruler.add_patterns(patterns)
    return compile_ruler(ruler) or ruler


def install(nlp: Language, name: str = "attribute_ruler") -> None:
    """Replace spaCy's attribute ruler ``name`` in ``nlp`` by its compiled form (the same
    patterns, so the same output)."""
    nlp.replace_pipe(name, FACTORY, config={"patterns": nlp.get_pipe(name).patterns})
