"""The first pass's word look-ups (``Reading.lower``, ``token_text``) answer as the token
array does, with "" outside the document, on every call."""

from blocwatch.extract.reading import read


def test_words_match_the_tokens_and_are_empty_outside():
    text = "Ankara and Baku signed a TRANSIT accord on Tuesday."
    reading = read("d1", text, None)
    n = len(reading.doc)
    for _ in range(2):  # the first call builds the look-up, the next ones use it
        assert [reading.token_text(i) for i in range(n)] == [t.text for t in reading.doc]
        assert [reading.lower(i) for i in range(n)] == [t.lower_ for t in reading.doc]
        assert reading.lower(-1) == reading.token_text(-1) == ""
        assert reading.lower(n) == reading.token_text(n + 5) == ""
    assert reading.lowers(0, 3) == ["ankara", "and", "baku"]


def test_cue_look_ups_follow_a_changed_cue_list():
    reading = read("d2", "Ankara and Baku signed a transit accord.", None)
    view = reading.sentences[0]
    assert view.has("agreement_terms") and view.cues_of("agreement_terms")
    view.cues = [c for c in view.cues if c.table != "agreement_terms"]
    assert not view.has("agreement_terms") and view.cues_of("agreement_terms") == []
