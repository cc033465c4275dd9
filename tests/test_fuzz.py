"""Property-based tests (hypothesis): every reader and ``extract()`` take arbitrary bytes or
text and give a result or a :class:`BlocwatchError`, never another exception (issue 16).

Bounded so CI stays quick: a fixed number of examples per property, a deadline per example,
and derandomized runs (the same examples every time, so a failure is reproducible; the
examples still cover far more than hand-written cases).
"""

from __future__ import annotations

import gzip
import io
import os
from datetime import timedelta

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from blocwatch.errors import BlocwatchError
from blocwatch.extract import extract
from blocwatch.ingest.base import InputError, Skipped
from blocwatch.ingest.feed import read_feed
from blocwatch.ingest.html import read_html
from blocwatch.ingest.jsonl import read_jsonl
from blocwatch.ingest.sources import checked, read_inputs
from blocwatch.ingest.txt import read_txt
from blocwatch.ingest.warc import read_warc
from blocwatch.model import Document, Extraction

# $BLOCWATCH_FUZZ_EXAMPLES runs more (and fresh random) examples, for a longer hunt by hand.
_EXAMPLES = int(os.environ.get("BLOCWATCH_FUZZ_EXAMPLES", "0"))
BOUNDED = settings(
    max_examples=_EXAMPLES or 60,
    deadline=timedelta(seconds=20),
    derandomize=not _EXAMPLES,
    suppress_health_check=[HealthCheck.too_slow],
)
SLOW_BOUNDED = settings(BOUNDED, max_examples=_EXAMPLES or 25)

# Pieces of the formats the readers know, so that examples get past the first check often.
FRAGMENTS = [
    b"",
    b"\x00",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\n",
    b"\r\n",
    b"{",
    b"}",
    b'{"id": "a", "text": "',
    b'"}',
    b"\\u0000",
    b"\\ud800",
    b"<html><body><p>",
    b"</p></body></html>",
    b"<?xml version='1.0'?>",
    b"<rss version='2.0'><channel><item><description>",
    b"</description></item></channel></rss>",
    b"<feed xmlns='http://www.w3.org/2005/Atom'><entry><content>",
    b"Published: 2024-06-19\n",
    b"Russia and North Korea signed a treaty in Pyongyang. ",
    b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\n",
    "Ünïcødé ".encode(),
    b"\x1b[31m",
    b"\xc3\x28",
]
DATA = st.one_of(
    st.binary(max_size=4000),
    st.lists(st.sampled_from(FRAGMENTS) | st.binary(max_size=40), max_size=30).map(b"".join),
)
WORDS = [
    "Russia",
    "North Korea",
    "Iran",
    "NATO",
    "signed",
    "treaty",
    "denied",
    "supplied",
    "missiles",
    "troops",
    "$240 billion",
    "trade",
    "in 2024",
    "on 19 June",
    "the two countries",
    "mutual defence",
    ".",
    ",",
    "\n\n",
    "not",
    "allegedly",
    "[/]",
]
TEXT = st.one_of(
    st.text(max_size=3000),
    st.lists(st.sampled_from(WORDS) | st.text(max_size=12), max_size=120).map(" ".join),
)


def settled(read) -> list:
    """Every item ``read()`` gives, or the BlocwatchError it raised, as a list: anything
    else propagates and fails the property."""
    try:
        items = list(read())
    except BlocwatchError:
        return []
    for item in items:
        assert isinstance(item, Document | InputError | Skipped), type(item)
        if isinstance(item, Document):
            # What the ingest loop stores goes through the common rule: it must hold.
            result = checked(item)
            assert isinstance(result, Document | InputError)
    return items


def one(reader):
    return lambda: [reader()]


@BOUNDED
@given(DATA)
def test_txt_reader(data):
    settled(one(lambda: read_txt(data, origin="f.txt", doc_id="f")))


@SLOW_BOUNDED
@given(DATA)
def test_html_reader(data):
    settled(one(lambda: read_html(data, origin="f.html", doc_id="f")))


@BOUNDED
@given(DATA)
def test_jsonl_reader(data):
    settled(lambda: read_jsonl(io.BytesIO(data), origin="f.jsonl"))


@SLOW_BOUNDED
@given(DATA)
def test_feed_reader(data):
    settled(lambda: read_feed(data, origin="f.rss", stem="f"))


@BOUNDED
@given(DATA, st.booleans())
# Found by this test: warcio raised AttributeError on a response record without a URI.
@example(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\n", False)
@example(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\n", True)
def test_warc_reader(data, compressed):
    if compressed:
        data = gzip.compress(data)
    settled(lambda: read_warc(io.BytesIO(data), origin="f.warc", stem="f"))


@SLOW_BOUNDED
@given(DATA)
def test_any_input_on_standard_input(data):
    # Recognised by its first bytes, as ingest, extract and POST do.
    settled(lambda: read_inputs(["-"], stdin=io.BytesIO(data)))


@SLOW_BOUNDED
@given(TEXT, st.sampled_from([None, "2024-06-19", "2024", "junk", "9999-99-99"]))
def test_extract_takes_any_text(text, published):
    try:
        result = extract("fuzz", text, published)
    except BlocwatchError:
        return
    assert isinstance(result, Extraction)
    for fact in (*result.agreements, *result.claims, *result.measures):
        for ev in fact.evidence:
            assert 0 <= ev.start <= ev.end <= len(text)
    result.to_dict()
