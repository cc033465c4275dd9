"""Web archives: HTML responses become documents; everything else is passed over."""

from __future__ import annotations

import gzip

import pytest

from blocwatch import config
from blocwatch.ingest import InputError, ingest, read_inputs
from blocwatch.ingest.ids import short_hash
from blocwatch.model import Document

ARTICLE_URI = "https://coastal-ledger.test/region/2023/03/14/joint-patrols?utm_source=feed"
UNDATED_URI = "https://riverside-monitor.test/news/undated"

UNDATED_PAGE = (
    "<html><head><title>Border crossing reopens</title></head><body><article>"
    "<h1>Border crossing reopens</h1>"
    + "<p>The main crossing between the two states reopened to lorries on Monday after a"
    " week of repairs, customs officers said at the checkpoint.</p>"
    * 3
    + "</article></body></html>"
)


@pytest.fixture
def crawl(tmp_path, ingest_fixtures, make_warc):
    def build(name: str = "crawl.warc.gz", *, gzip: bool = True):
        article = (ingest_fixtures / "html" / "coastal-ledger-patrols.html").read_bytes()
        records = [
            dict(uri=ARTICLE_URI, rec_type="request"),
            dict(uri=ARTICLE_URI, payload=article, warc_date="2023-03-20T10:00:00Z"),
            dict(
                uri="https://coastal-ledger.test/logo.png",
                payload=b"\x89PNG\r\n\x1a\n" + b"\0" * 40,
                content_type="image/png",
            ),  # fmt: skip
            dict(
                uri="https://coastal-ledger.test/gone",
                payload=b"<html>Not found</html>",
                status="404 Not Found",
            ),  # fmt: skip
            dict(uri=UNDATED_URI, payload=UNDATED_PAGE.encode(), warc_date="2024-05-02T08:00:00Z"),
        ]
        return make_warc(tmp_path / name, records, gzip=gzip)

    return build


@pytest.mark.parametrize(("name", "compressed"), [("crawl.warc.gz", True), ("crawl.warc", False)])
def test_html_responses_become_documents(crawl, name, compressed):
    path = crawl(name, gzip=compressed)
    docs = list(read_inputs([str(path)]))
    assert len(docs) == 2 and all(isinstance(doc, Document) for doc in docs)
    article, undated = docs
    # Record 1 is warcinfo, 2 the request, 3 the article's response.
    assert article.origin == f"{path}#record 3"
    assert article.id == f"crawl-{short_hash(ARTICLE_URI)}"
    assert article.url == ARTICLE_URI  # the captured URI, not the page's canonical link
    assert article.title == "Harbour states agree joint coastguard patrols"
    assert article.published == "2023-03-14"  # the page's own date wins over WARC-Date
    assert article.source == "The Coastal Ledger"
    assert article.text.startswith("VALMORA — The governments of Estavia and Norland")
    assert "Share this Post" not in article.text
    assert undated.origin == f"{path}#record 6"
    assert undated.published == "2024-05-02"  # WARC-Date as the fallback
    assert undated.title == "Border crossing reopens"


def test_other_records_are_skipped(engine, crawl):
    summary = ingest(engine, [str(crawl())])
    # The image and the 404 page are skipped; warcinfo and request records are not inputs.
    assert (summary.read, summary.new, summary.skipped, summary.failed) == (2, 2, 2, 0)


def test_charset_from_the_http_header(tmp_path, make_warc):
    body = "La délégation est arrivée à Genève pour les négociations sur la frontière. " * 3
    page = f"<html><head><title>Genève</title></head><body><p>{body}</p></body></html>"
    path = make_warc(
        tmp_path / "latin.warc.gz",
        [
            dict(
                uri="https://a.test/geneve",
                payload=page.encode("latin-1"),
                content_type="text/html; charset=ISO-8859-1",
            )
        ],
    )
    (doc,) = list(read_inputs([str(path)]))
    assert doc.text == " ".join(body.split())


def test_record_over_the_size_limit(tmp_path, make_warc, monkeypatch):
    monkeypatch.setattr(config, "MAX_DOCUMENT_BYTES", 2000)
    small = UNDATED_PAGE.encode()
    assert len(small) < 2000
    path = make_warc(
        tmp_path / "mixed.warc.gz",
        [
            dict(uri="https://a.test/big", payload=b"<html><body>" + b"<p>words</p>" * 400),
            dict(uri=UNDATED_URI, payload=small),
        ],
    )
    error, doc = list(read_inputs([str(path)]))
    assert isinstance(error, InputError)
    assert str(error).startswith(f"{path}#record 2: too large: over the limit")
    assert isinstance(doc, Document) and doc.origin == f"{path}#record 3"


def test_not_a_warc_file(tmp_path):
    path = tmp_path / "notes.warc"
    path.write_text("These are my notes, not an archive.\n")
    (item,) = list(read_inputs([str(path)]))
    assert str(item) == f"{path}: not a WARC file (it does not start with a WARC/1.x record)"


def test_truncated_archive_keeps_the_records_before_the_cut(crawl, tmp_path):
    whole = crawl("whole.warc", gzip=False).read_bytes()
    cut_at = whole.index(b"Border crossing reopens") + 10
    path = tmp_path / "cut.warc"
    path.write_bytes(whole[:cut_at])
    items = list(read_inputs([str(path)]))
    assert isinstance(items[0], Document)
    assert isinstance(items[-1], InputError)
    assert items[-1].origin == f"{path}#record 6"
    assert "truncated WARC record" in items[-1].reason


def test_whole_file_gzip_is_explained(crawl, tmp_path):
    plain = crawl("plain.warc", gzip=False).read_bytes()
    path = tmp_path / "whole-gzip.warc.gz"
    path.write_bytes(gzip.compress(plain))
    items = list(read_inputs([str(path)]))
    assert isinstance(items[-1], InputError)
    assert "not per record" in items[-1].reason and "warcio recompress" in items[-1].reason
