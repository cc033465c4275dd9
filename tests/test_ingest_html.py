"""Web pages: the article's paragraphs without page furniture, metadata from the page."""

from __future__ import annotations

import io

import pytest

from blocwatch.ingest import InputError, read_inputs
from blocwatch.ingest.boilerplate import is_boilerplate
from blocwatch.model import Document

# Furniture on the fixture pages that must not reach a document's text.
FURNITURE = [
    "Share this Post",
    "3 Min Read",
    "Leave a Comment",
    "Your email address will not be published",
    "Save my name",
    "Post Comment",
    "Related Posts",
    "Port strike enters second week",  # a related-article link
    "Subscribe",
    "Newsletter",
    "Privacy Policy",
    "All rights reserved",
    "Facebook",
    "Advertisement",
    "News ID",
    "Your Comment",
    "You are replying to",
    "4 + 1 =",
    "Most read",
    "Read more",
    "You must be logged in",
    "Tags:",
    "Mira Okafor",  # byline
]


def read_one(path) -> Document:
    items = list(read_inputs([str(path)]))
    assert len(items) == 1 and isinstance(items[0], Document), items
    return items[0]


def test_article_page_metadata(ingest_fixtures):
    doc = read_one(ingest_fixtures / "html" / "coastal-ledger-patrols.html")
    assert doc.id == "coastal-ledger-patrols"
    assert doc.title == "Harbour states agree joint coastguard patrols"  # og:title, no site suffix
    assert doc.published == "2023-03-14"  # article:published_time
    assert doc.source == "The Coastal Ledger"  # og:site_name
    assert doc.url == "https://coastal-ledger.test/region/2023/03/14/joint-patrols"  # canonical
    assert doc.lang == "en"  # <html lang="en-GB">


def test_paragraphs_kept_apart_and_furniture_gone(ingest_fixtures):
    doc = read_one(ingest_fixtures / "html" / "coastal-ledger-patrols.html")
    paragraphs = doc.text.split("\n\n")
    assert len(paragraphs) == 5
    assert paragraphs[0].startswith("VALMORA — The governments of Estavia and Norland")
    assert paragraphs[2].startswith("“This is about fishermen and smugglers")  # entities decoded
    assert paragraphs[-1].endswith("which the government has so far refused.")
    assert all("\n" not in paragraph for paragraph in paragraphs)
    # The headline is the title, not the first line of the text.
    assert "Harbour states agree" not in doc.text
    for furniture in FURNITURE:
        assert furniture not in doc.text, furniture


def test_furniture_inside_the_article_body_is_removed(ingest_fixtures):
    doc = read_one(ingest_fixtures / "html" / "riverside-monitor-grain.html")
    assert doc.title == "Ministers open talks on grain corridor"
    assert doc.published == "2024-02-05"
    assert doc.source == "Riverside Monitor"
    assert doc.url == "https://riverside-monitor.test/news/8812"
    paragraphs = doc.text.split("\n\n")
    assert len(paragraphs) == 4
    assert paragraphs[0].startswith("BRENHOLT – Trade ministers")
    assert paragraphs[-1].endswith("the talks were strictly commercial.")
    for furniture in FURNITURE:
        assert furniture not in doc.text, furniture


def test_widgets_between_paragraphs_and_markup_like_text(ingest_fixtures):
    doc = read_one(ingest_fixtures / "html" / "steppe-post-pipeline.html")
    assert doc.title == "Envoys trade barbs over [bold]pipeline[/]"
    assert doc.published == "2022-11-03"
    assert doc.source == "Steppe Post"
    assert doc.url is None  # the page has no canonical link
    paragraphs = doc.text.split("\n\n")
    assert len(paragraphs) == 3
    assert "an exchange that [bold]surprised[/] diplomats" in paragraphs[0]
    for furniture in FURNITURE:
        assert furniture not in doc.text, furniture


def page(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body><article>{body}</article></body></html>"


LONG = "Delegations met again in the capital and discussed the border crossing. " * 4


def test_no_date_is_guessed_from_the_text(tmp_path):
    path = tmp_path / "undated.html"
    table = "<table><tr><td>Year</td><td>Trade</td></tr><tr><td>2023</td><td>4.1</td></tr></table>"
    path.write_text(page(f"<h1>Talks resume</h1><p>{LONG}</p>{table}"), encoding="utf-8")
    doc = read_one(path)
    assert doc.published is None
    assert doc.title == "Talks resume"
    assert doc.text.split("\n\n") == [" ".join(LONG.split()), "Year | Trade\n2023 | 4.1"]


def test_line_breaks_lists_and_subheadings(tmp_path):
    path = tmp_path / "structure.html"
    body = (
        f"<h1>Summit ends</h1><p>{LONG}</p><h2>What was agreed</h2>"
        "<p>First line<br>second line</p><ul><li>Point A</li><li>Point B</li></ul>"
    )
    path.write_text(page(body, "<title>Summit ends</title>"), encoding="utf-8")
    doc = read_one(path)
    assert doc.text.split("\n\n")[1:] == [
        "What was agreed",
        "First line\nsecond line",
        "Point A\nPoint B",
    ]


def test_declared_8_bit_charset_is_honoured(tmp_path):
    path = tmp_path / "latin1.html"
    text = "La délégation est arrivée à Genève pour les négociations sur la frontière. " * 3
    path.write_bytes(
        page(f"<p>{text}</p>", '<meta charset="iso-8859-1"><title>Genève</title>').encode("latin-1")
    )
    doc = read_one(path)
    assert doc.title == "Genève"
    assert doc.text == " ".join(text.split())


def test_page_without_article_text_is_an_input_error(tmp_path):
    path = tmp_path / "empty-page.html"
    path.write_text("<html><head><title>Nothing</title></head><body></body></html>")
    (item,) = read_inputs([str(path)])
    assert isinstance(item, InputError)
    assert str(item) == f"{path}: no article text found in the page"


@pytest.mark.parametrize(
    "line",
    [
        "Share this Post",
        "Share this article: Facebook Twitter",
        "Facebook Twitter LinkedIn",
        "3 Min Read",
        "Reading time: 4 minutes",
        "Leave a Comment",
        "Leave a Reply",
        "You must be logged in to post a comment.",
        "Your Comment",
        "You are replying to: .",
        "4 + 1 =",
        "Advertisement",
        "News ID 196907",
        "Related Posts",
        "Read more: Pipeline talks collapse again",
        "© 2023 The Coastal Ledger. All rights reserved.",
        "Tags: maritime, Estavia",
    ],
)
def test_furniture_lines_are_recognised(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "The minister said he would share this post on his own account.",
        "Copyright holders sued the state broadcaster.",
        "Comments by the envoy angered the host government.",
        "Read the full treaty text, the ministry urged.",
        "Advertisement revenue fell by a third, the company said.",
        "In the talks, X said nothing.",
    ],
)
def test_sentences_that_mention_furniture_words_are_kept(line):
    assert not is_boilerplate(line)


def test_standard_input_html(ingest_fixtures):
    data = (ingest_fixtures / "html" / "riverside-monitor-grain.html").read_bytes()
    (doc,) = read_inputs(["-"], stdin=io.BytesIO(b"\n  " + data))
    assert doc.origin == "-" and doc.id.startswith("stdin-")
    assert doc.title == "Ministers open talks on grain corridor"
    assert doc.text.startswith("BRENHOLT")
