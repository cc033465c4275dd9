"""The dependency parse of candidate sentences (extract/syntax.py)."""

from blocwatch.extract.reading import read
from blocwatch.extract.syntax import MAX_PARSED_CHARS


def test_parse_maps_tokens_to_document_offsets():
    text = "Quiet day. Brazil and Chile signed a pact that was welcomed by Peru."
    reading = read("d", text, None)
    view = reading.sentences[1]
    parse = view.parse()
    assert parse is view.parse()  # made once, kept on the sentence
    chile = next(m for m in view.mentions if m.code == "CHL")
    head = parse.head_of(chile.start, chile.end)
    assert head.text == "Chile" and head.dep_ == "conj"
    by = next(t for t in parse.doc if t.text == "by")
    assert text[parse.doc_char(by) : parse.doc_char(by) + 2] == "by"
    assert parse.token_at(text.index("Peru")).text == "Peru"


def test_overlong_sentence_is_not_parsed():
    text = "word " * (MAX_PARSED_CHARS // 4)
    view = read("d", text, None).sentences[0]
    assert view.parse() is None
