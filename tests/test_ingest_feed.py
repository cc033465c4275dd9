"""RSS and Atom feeds: each entry with text is a document; a non-feed is an error."""

from __future__ import annotations

import io

import pytest

from blocwatch.ingest import InputError, ingest, read_inputs
from blocwatch.ingest.ids import short_hash
from blocwatch.model import Document


def test_rss_entries(ingest_fixtures):
    path = ingest_fixtures / "feeds" / "harbour-wire.rss"
    docs = list(read_inputs([str(path)]))
    assert len(docs) == 2 and all(isinstance(doc, Document) for doc in docs)
    ports, smuggling = docs
    link = "https://harbour-wire.test/region/2024/06/19/ports-customs-data"
    assert ports.id == f"harbour-wire-{short_hash(link)}"
    assert ports.url == link
    assert ports.origin == f"{path}#entry 1"
    assert ports.title == "Ports agree to share customs data"  # markup in the title stripped
    assert ports.source == "Harbour Wire - Region"
    assert ports.lang == "en"
    # The publisher's day (23:30 at -05:00), not the UTC one.
    assert ports.published == "2024-06-19"
    # content:encoded wins over the shorter description; <br> is a line break; scripts go.
    assert ports.text == (
        "The port authorities of two neighbouring states agreed on Wednesday to share customs"
        " data on containers in real time.\n\n"
        "Officials said the system would be tested for six months\n"
        "before it is extended to rail freight."
    )
    assert smuggling.title == "Minister rejects [bold]smuggling[/] claims"
    assert smuggling.published == "2024-06-20"
    assert smuggling.text == (
        "The interior minister rejected claims that fuel was being smuggled across the strait."
    )


def test_entry_without_text_is_skipped_not_failed(engine, ingest_fixtures):
    summary = ingest(engine, [str(ingest_fixtures / "feeds" / "harbour-wire.rss")])
    assert (summary.read, summary.new, summary.skipped, summary.failed) == (2, 2, 1, 0)


def test_atom_entries(ingest_fixtures):
    path = ingest_fixtures / "feeds" / "valley-herald.atom"
    commission, plain = list(read_inputs([str(path)]))
    assert commission.title == "Commission on water levels meets for the first time"
    assert commission.url == "https://valley-herald.test/2024/03/13/water-commission"
    assert commission.published == "2024-03-13"  # <published>, not <updated>
    assert commission.source == "Valley Herald"
    assert commission.lang == "en"  # xml:lang="en-GB"
    assert commission.text == (
        "The joint commission set up by the river border treaty met for the first time on"
        " Wednesday in the border town.\n\nWater levels\n\nFishing rights"
    )
    # A text construct is kept as written ("<" is not markup), and an entry without a link
    # takes its id from its text.
    assert plain.text == "A plain text entry with 3 < 4 kept as written."
    assert plain.url is None
    assert plain.id == f"valley-herald-{short_hash(plain.text)}"
    assert plain.published == "2024-03-14"


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        (
            "sitemap.xml",
            b'<?xml version="1.0"?><urlset><url><loc>https://a.test/</loc></url></urlset>',
            "not an RSS or Atom feed",
        ),
        ("broken.rss", b"<rss><channel><title>Cut", "not a readable RSS or Atom feed"),
        ("prose.feed", b"This is not XML at all, just words.", "not a readable RSS or Atom feed"),
    ],
)
def test_a_file_that_is_not_a_feed_is_an_error(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    (item,) = list(read_inputs([str(path)]))
    assert isinstance(item, InputError)
    assert item.origin == str(path)
    assert item.reason.startswith(reason)


def test_standard_input_with_a_feed_root_is_read_as_a_feed(ingest_fixtures):
    data = (ingest_fixtures / "feeds" / "valley-herald.atom").read_bytes()
    docs = list(read_inputs(["-"], stdin=io.BytesIO(data)))
    assert [doc.origin for doc in docs] == ["-#entry 1", "-#entry 2"]
    assert docs[0].id.startswith("stdin-")


def test_the_same_feed_twice_adds_nothing(engine, ingest_fixtures):
    feeds = str(ingest_fixtures / "feeds")
    first = ingest(engine, [feeds])
    again = ingest(engine, [feeds])
    assert first.new == 4
    assert (again.new, again.duplicate) == (0, 4)
