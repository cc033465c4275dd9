"""The parser's rule lemmatizer with its index of known lemmas held as sets
(extract/syntax.py ``_lemma_index_as_sets``): the same lemmas as spaCy's own, faster."""

from __future__ import annotations

from blocwatch.extract.model import load_model
from blocwatch.extract.syntax import parser

# Written for this test: plural nouns, verb forms and comparatives, some of them rare.
SENTENCE = (
    "The frigates and corvettes were refitted while the envoys haggled over levies, "
    "tariffs and the sturdier, costlier howitzers the juntas stockpiled."
)


def test_the_index_is_sets_and_the_lemmas_are_spacys():
    ours = parser()
    index = ours.get_pipe("lemmatizer").lemmatizer.lookups.get_table("lemma_index")
    assert isinstance(index.get("noun"), frozenset) and "frigate" in index.get("noun")
    theirs = load_model(exclude=["ner"])
    assert isinstance(theirs.get_pipe("lemmatizer").lookups.get_table("lemma_index")["noun"], list)
    lemmas = [t.lemma_ for t in ours(SENTENCE)]
    assert lemmas == [t.lemma_ for t in theirs(SENTENCE)]
    assert {"frigate", "refit", "envoy", "howitzer", "stockpile"} <= set(lemmas)
