"""spaCy's attribute ruler compiled into look-up tables, and its lemmatizer with a memory
(extract/attribute_rules.py), give every token exactly what spaCy's own pipes give it.

The model's ruler is compared on real-ish text: sentences written for this test, the sample
corpus, and the real-news dev files when they are beside the repository (``../shared/dev/``;
the study and tuning files only). A small ruler of overlapping patterns checks the order in
which rules override each other.
"""

import json
from functools import lru_cache
from pathlib import Path

import pytest
from spacy.lang.en import English
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from blocwatch.extract.attribute_rules import CompiledRules, RememberedLemmas, compile_ruler
from blocwatch.extract.model import load_model
from blocwatch.extract.sentences import split_sentences
from blocwatch.extract.syntax import MAX_PARSED_CHARS, parser

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "src" / "blocwatch" / "sample" / "gold.jsonl"
DEV = REPO.parent / "shared" / "dev"
DEV_FILES = ("news.jsonl", "seed.jsonl", "news2-study.jsonl", "news3-study.jsonl")

# Our own sentences, chosen for the ruler's rarer patterns: contractions, auxiliaries,
# expletive "there", pronouns by case, determiners used as pronouns, colloquial forms,
# stray whitespace.
OWN = [
    "I told them that we'd have signed it if they hadn't walked out.",
    "There were no talks, and there's no plan to hold any, an aide said.",
    "It is what it is: nobody expected anything from the summit.",
    "They ain't gonna ratify it, y'all know that, and we gotta wait.",
    "Let's see whether Ankara does what it said it would do.",
    "He'd been warned; she had not, and neither had I.",
    "Somebody must've leaked it, or someone could have guessed.",
    "That is the deal those two governments signed, and this is theirs.",
    "Which of these accords has Manila ratified, and which ones hasn't it?",
    "Nothin' came of it, said an ol' diplomat who'd seen 'em all.",
    "C'mon, the minister said, it's been done before and it'll be done again.",
    "Do they have enough?  Does Hanoi?\tDid anybody ask Tokyo?",
    "Being a party to the pact, Vietnam gets a say; it got one in 2019 too.",
    "Me? I'd rather you asked him yourself, or asked them themselves.",
    "The pact, which was signed in Minsk, binds both states to consult each other.",
    "Whose troops are these, and whose drones were seen over the border?",
    "We'll see, once the parliament has voted, whether the treaty holds.",
    "Brazil's and India's envoys met, but neither would say what was agreed.",
    "  Officials   said\n\nthe text is being revised .",
    "Is it true that Tehran shipped missiles, or was that a rumour?",
]


@lru_cache(maxsize=1)
def spacy_pipeline():
    """The same model with spaCy's own attribute ruler."""
    return load_model(exclude=["ner"])


def _texts() -> list[str]:
    texts = list(OWN)
    files = [SAMPLE] + [DEV / name for name in DEV_FILES if (DEV / name).exists()]
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line).get("text") or ""
            texts += [text[s.start : s.end] for s in split_sentences(text)]
    return [t for t in texts if t and len(t) <= MAX_PARSED_CHARS]


def _annotations(doc: Doc) -> list[tuple]:
    return [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


def test_the_parser_runs_the_compiled_ruler_and_remembered_lemmas():
    assert isinstance(parser().get_pipe("attribute_ruler"), CompiledRules)
    assert isinstance(parser().get_pipe("lemmatizer"), RememberedLemmas)
    assert parser().pipe_names == spacy_pipeline().pipe_names


def test_parser_annotates_like_spacys_own_pipes():
    texts = _texts()
    assert len(texts) >= 300  # several hundred sentences even without the dev files
    ours = parser().pipe(texts)
    theirs = spacy_pipeline().pipe(texts)
    tokens = 0
    for text, a, b in zip(texts, ours, theirs, strict=True):
        assert _annotations(a) == _annotations(b), text
        tokens += len(a)
    assert tokens > 5000


def test_dev_files_are_compared_when_present():
    if not (DEV / "news.jsonl").exists():
        pytest.skip(f"{DEV} is not here (the real-news dev files live outside the repository)")
    assert len(_texts()) > 1000


def _small_ruler(nlp) -> AttributeRuler:
    ruler = AttributeRuler(nlp.vocab)
    ruler.add([[{"TAG": "NN"}]], {"POS": "NOUN", "MORPH": "Number=Sing"})
    ruler.add([[{"LOWER": {"IN": ["deal", "pact"]}}]], {"LEMMA": "agreement"})
    ruler.add([[{"TAG": "NN", "DEP": {"NOT_IN": ["dobj"]}}]], {"POS": "PROPN"})
    ruler.add([[{"LOWER": "the"}, {"TAG": "NN"}]], {"MORPH": "Definite=Def"}, index=-1)
    ruler.add([[{"LOWER": {"REGEX": "^sign"}}]], {"LEMMA": "sign", "TAG": "VBD"})
    ruler.add([[{"IS_SPACE": True}]], {"POS": "SPACE", "DEP": "dep"})
    ruler.add([[{"TAG": "NN"}]], {"LEMMA": "thing"})  # later: overrides the lemma above
    return ruler


def _tagged(nlp, words, tags, deps, heads) -> Doc:
    return Doc(nlp.vocab, words=words, tags=tags, deps=deps, heads=heads)


def test_later_rules_override_earlier_ones_as_in_spacy():
    nlp = English()
    ruler = _small_ruler(nlp)
    compiled = compile_ruler(ruler)
    assert compiled is not None
    sentences = [
        (
            ["They", "signed", "the", "deal", "today"],
            ["PRP", "VBD", "DT", "NN", "NN"],
            ["nsubj", "ROOT", "det", "dobj", "npadvmod"],
            [1, 1, 3, 1, 1],
        ),
        (
            ["The", "pact", "signs", " ", "off"],
            ["DT", "NN", "VBZ", "_SP", "RP"],
            ["det", "nsubj", "ROOT", "", "prt"],
            [1, 2, 2, 2, 2],
        ),
    ]
    for words, tags, deps, heads in sentences:
        expected = ruler(_tagged(nlp, words, tags, deps, heads))
        got = compiled(_tagged(nlp, words, tags, deps, heads))
        assert _annotations(got) == _annotations(expected)
    lemmas = [t.lemma_ for t in ruler(_tagged(nlp, *sentences[0]))]
    assert lemmas[3] == "thing" and lemmas[1] == "sign"  # the later rule won; the regex hit


def test_a_pattern_it_cannot_compile_keeps_spacys_ruler():
    nlp = English()
    ruler = AttributeRuler(nlp.vocab)
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"POS": "ADV"})
    assert compile_ruler(ruler) is None
