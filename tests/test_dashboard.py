"""The dashboard in a real headless Chromium (Debian's ``chromium``, driven by Playwright),
served by a real uvicorn server over a knowledge base built from the sample corpus.

Each view is saved as a screenshot in ``$BLOCWATCH_ARTIFACTS`` (default ``tests/artifacts``).
Without Chromium the tests are skipped, except on CI (``CI=true``), where they fail.
"""

from __future__ import annotations

import io
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import networkx as nx
import pytest

from analyse_support import sample_copy
from blocwatch.web import create_app
from blocwatch.web.server import BackgroundServer

CHROMIUM = os.environ.get("BLOCWATCH_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TOKEN = "dashboard-test-token"
TIMEOUT_MS = 20_000


def _need(reason: str) -> None:
    """Skip for want of the browser, or fail on CI, where it must be installed."""
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason}: required on CI (.ci/chromium.sh installs it)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def playwright():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _need("Playwright for Python is not installed (pip install -e '.[dev]')")
    if not (shutil.which(CHROMIUM) or Path(CHROMIUM).is_file()):
        _need(f"no Chromium at {CHROMIUM}: apt-get install chromium (or set BLOCWATCH_CHROMIUM)")
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="module")
def browser(playwright):
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[str]:
    """The dashboard over the sample corpus, with a write token, on a free local port."""
    db = sample_copy(tmp_path_factory, "dashboard")  # the server takes a posted document
    with BackgroundServer(create_app(db, write_token=TOKEN)) as url:
        yield url


@pytest.fixture(scope="module")
def artifacts() -> Path:
    folder = Path(os.environ.get("BLOCWATCH_ARTIFACTS") or Path(__file__).parent / "artifacts")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def page(browser, server):
    """A fresh page on the dashboard, ready; the test fails on any script error or console
    error (a refused Content-Security-Policy included)."""
    context = browser.new_context(viewport={"width": 1400, "height": 900}, accept_downloads=True)
    page = context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    page.on(
        "console", lambda m: problems.append(f"console: {m.text}") if m.type == "error" else None
    )
    page.set_default_timeout(TIMEOUT_MS)
    page.goto(server + "/")
    page.wait_for_selector("body[data-ready=true]")
    yield page
    context.close()
    assert not problems, problems


def wait_until(page, expression: str, timeout_ms: int = TIMEOUT_MS) -> None:
    """Poll a JavaScript expression until it is truthy. (Playwright's wait_for_function
    evaluates strings with eval, which the page's Content-Security-Policy refuses.)"""
    import time

    deadline = time.monotonic() + timeout_ms / 1000
    while not page.evaluate(expression):
        if time.monotonic() > deadline:
            raise AssertionError(f"still false after {timeout_ms} ms: {expression}")
        page.wait_for_timeout(50)


def shoot(page, artifacts: Path, name: str) -> Path:
    path = artifacts / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def network_as_of(page, year: str) -> None:
    """Move the slider to ``year`` as a user would and wait for the network to redraw."""
    page.locator("#as-of").fill(year)
    page.wait_for_selector(f"#view-network[data-as-of='{year}']:not([data-loading])")


def drawn_record_ids(page) -> set[str]:
    return set(page.evaluate("blocwatch.cy.edges().map(e => e.data('record_ids')).flat()"))


def click_edge(page, edge_id: str) -> None:
    """A real mouse click on the middle of a drawn edge."""
    point = page.evaluate(
        """(id) => {
            const edge = blocwatch.cy.getElementById(id);
            const box = blocwatch.cy.container().getBoundingClientRect();
            const mid = edge.renderedMidpoint();
            return {x: box.left + mid.x, y: box.top + mid.y};
        }""",
        edge_id,
    )
    page.mouse.click(point["x"], point["y"])


# --- the network -----------------------------------------------------------------------------


def test_network_renders_the_sample_states(page, artifacts):
    nodes = set(page.evaluate("blocwatch.cy.nodes().map(n => n.id())"))
    assert {"RUS", "PRK", "CHN", "IRN", "BLR", "USA", "FIN", "NATO"} <= nodes
    kinds = set(page.evaluate("blocwatch.cy.edges().map(e => e.data('kind'))"))
    assert kinds == {"agreement", "claim", "trade", "exercise"}
    assert page.locator("#network-status").inner_text().startswith("As of")
    shoot(page, artifacts, "network")


def test_slider_to_2023_removes_the_2024_and_2025_treaties(page, artifacts):
    before = drawn_record_ids(page)
    assert {"A-PRK-RUS-2024", "A-IRN-RUS-2025"} <= before
    network_as_of(page, "2023")
    after = drawn_record_ids(page)
    assert "A-PRK-RUS-2024" not in after
    assert "A-IRN-RUS-2025" not in after
    # The older treaties between the same states are still drawn.
    edge = page.evaluate("blocwatch.cy.getElementById('agreement:PRK-RUS').data('record_ids')")
    assert edge == ["A-PRK-RUS-2000"]
    assert page.locator("#as-of-label").inner_text() == "2023"
    shoot(page, artifacts, "network-2023")


def test_clicking_the_rus_prk_edge_shows_its_card_with_the_source_sentence(page, artifacts):
    click_edge(page, "agreement:PRK-RUS")
    card = page.locator("#card-panel article[data-record='A-PRK-RUS-2024']")
    card.wait_for()
    assert "PRK – RUS: agreements" in page.locator("#card-panel h2").inner_text()
    assert "Defence clause" in card.inner_text()
    sentence = card.locator("mark.sentence").first
    sentence.wait_for()
    assert "Treaty on Comprehensive Strategic Partnership" in card.locator(".sources").inner_text()
    assert card.locator("a.doc-link[data-doc='rus-prk-treaty-signed']").count() >= 1
    # Issue 11: the 2000 treaty it replaced is no card of the edge now, and the card says so.
    assert "Replaces" in card.inner_text() and "A-PRK-RUS-2000" in card.inner_text()
    assert page.locator("#card-panel article[data-record='A-PRK-RUS-2000']").count() == 0
    shoot(page, artifacts, "network-card")
    # The sentence's document link opens the reader at that sentence.
    card.locator(".sources a.doc-link[data-doc='rus-prk-treaty-signed']").first.click()
    page.wait_for_selector("#view-documents[data-doc='rus-prk-treaty-signed']")
    assert page.locator("#document mark.focus").count() == 1


def test_filters_and_actor_search(page):
    # One tie checkbox per kind of edge the server's registry lists (GET /kinds).
    boxes = page.evaluate(
        "[...document.querySelectorAll('input[name=edge-kind]')].map(b => b.value)"
    )
    assert boxes == ["agreement", "claim", "trade", "exercise"]
    page.uncheck("input[name=edge-kind][value=claim]")
    page.uncheck("input[name=edge-kind][value=trade]")
    page.uncheck("input[name=edge-kind][value=exercise]")
    assert set(page.evaluate("blocwatch.cy.edges().map(e => e.data('kind'))")) == {"agreement"}
    page.select_option("#provision", "mutual_defense")
    tiers = set(page.evaluate("blocwatch.cy.edges().map(e => e.data('label'))"))
    assert tiers == {"defence"}
    page.select_option("#region", "Europe")  # asked of the server: a new page
    wait_for_page_of(page, "Europe")
    nodes = set(page.evaluate("blocwatch.cy.nodes().map(n => n.id())"))
    assert "FIN" in nodes and "PHL" not in nodes
    page.select_option("#region", "")
    wait_for_page_of(page, "")
    page.fill("#actor-search", "PRK")
    page.dispatch_event("#actor-search", "change")
    page.wait_for_selector("#card-panel article[data-actor='PRK']")
    assert page.evaluate("blocwatch.cy.getElementById('PRK').hasClass('found')")


def wait_for_page_of(page, region: str) -> None:
    """Wait until the network page of ``region`` ("" for all) is drawn."""
    wait_until(
        page,
        f"(blocwatch.network.network.region || '') === '{region}'"
        " && !document.querySelector('#view-network').dataset.loading",
    )


def test_network_asks_for_a_page_and_says_how_many_of_the_total_it_shows(page, server):
    asked: list[str] = []
    page.on("request", lambda r: asked.append(r.url) if "/network" in r.url else None)
    network_as_of(page, "2024")
    assert any("/api/v1/network/page?" in u and "limit=500" in u for u in asked), asked
    assert not any("/api/v1/network?" in u for u in asked), asked
    total = httpx.get(server + "/api/v1/network/page", params={"as_of": "2024"}).json()["total"]
    drawn = page.evaluate("blocwatch.cy.edges().length")
    shown = page.locator("#network-shown")
    assert shown.inner_text() == f"Showing the {total} strongest of {total} ties."
    assert drawn == total > 3 and page.locator("#network-more").is_hidden()
    # A smaller page: "of N" stays the total, and the button asks for the rest.
    page.evaluate("blocwatch.network.limit = 3; blocwatch.network.setAsOf('2024')")
    wait_until(page, "blocwatch.cy.edges().length === 3")
    assert shown.inner_text() == f"Showing the 3 strongest of {total} ties."
    more = page.locator("#network-more")
    assert more.inner_text() == f"Show {total - 3} more"
    more.click()
    wait_until(page, f"blocwatch.cy.edges().length === {total}")
    assert more.is_hidden() and "limit=503" in asked[-1]
    page.select_option("#region", "Europe")
    wait_for_page_of(page, "Europe")
    assert shown.inner_text().endswith(" ties in Europe.")
    assert "region=Europe" in asked[-1]


def test_bloc_colouring(page, artifacts):
    page.check("#bloc-colours")
    wait_until(page, "blocwatch.cy.getElementById('RUS').data('bloc') !== ''")
    same = page.evaluate("['RUS', 'BLR'].map(c => blocwatch.cy.getElementById(c).data('bloc'))")
    assert same[0] == same[1]
    shoot(page, artifacts, "network-blocs")


def test_play_shows_the_network_grow(page):
    last = page.locator("#as-of").get_attribute("max")
    page.locator("#as-of").fill(str(int(last) - 2))
    page.wait_for_selector(f"#view-network[data-as-of='{int(last) - 2}']")
    page.click("#play")
    page.wait_for_selector(f"#view-network[data-as-of='{last}']")
    wait_until(page, "document.querySelector('#play').textContent.includes('Play')")


def test_exports_png_and_graphml(page, artifacts):
    network_as_of(page, "2024")
    with page.expect_download() as png:
        page.click("#export-png")
    saved = artifacts / "export-network-2024.png"
    png.value.save_as(saved)
    assert saved.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with page.expect_download() as graphml:
        page.click("#export-graphml")
    graph = nx.read_graphml(io.BytesIO(Path(graphml.value.path()).read_bytes()))
    assert graph.graph["as_of"] == "2024"
    assert graph.has_edge("PRK", "RUS") and not graph.has_node("SAU")


# --- the other views -------------------------------------------------------------------------


def test_claims_ledger_lists_the_denial(page, artifacts):
    page.click("nav a[data-view=claims]")
    row = page.locator("tr[data-record='C-PRK-to-RUS-arms_transfer']")
    row.wait_for()
    denials = row.locator("td.denials").inner_text()
    assert "RUS" in denials and "2024-06-19" in denials
    assert "contested" in row.inner_text()
    shoot(page, artifacts, "claims-ledger")
    # Sorting by status puts the acknowledged claim first; filtering narrows the rows.
    page.click("button.sort[data-key=status]")
    first = page.locator("#claims-table tbody tr").first
    assert first.get_attribute("data-record") == "C-PRK-to-RUS-troop_deployment"
    page.fill("#claims-filter", "drones")
    assert page.locator("#claims-table tbody tr").count() == 1
    page.fill("#claims-filter", "")
    page.select_option("#claims-status", "acknowledged")
    assert page.locator("#claims-table tbody tr").count() == 1
    page.locator("#claims-table tbody tr").first.click()
    ledger = page.locator("#card-panel table.ledger")
    ledger.wait_for()
    assert "acknowledges" in ledger.inner_text()


def test_timeline_and_measures_chart(page, artifacts):
    page.goto(page.url.split("#")[0] + "#timeline/RUS")
    page.wait_for_selector("#view-timeline[data-actor='RUS']")
    assert page.locator("#timeline-charts svg.chart polyline").count() >= 1
    assert "bilateral trade" in page.locator("#timeline-charts").inner_text()
    events = page.locator("#timeline-events tbody tr")
    assert events.count() > 10
    assert "2024-06-19" in page.locator("#timeline-events").inner_text()
    shoot(page, artifacts, "timeline-RUS")


def test_obligations_view(page, artifacts):
    page.goto(page.url.split("#")[0] + "#obligations")
    page.fill("#obligations-as-of", "2025")
    page.select_option("#obligations-target", "PRK")
    page.wait_for_selector("#view-obligations[data-target='PRK'] li.defender[data-actor='RUS']")
    defenders = page.locator("li.defender").evaluate_all("els => els.map(e => e.dataset.actor)")
    assert defenders[:2] == ["CHN", "RUS"]
    assert "Article 4" in page.locator("#obligations-result").inner_text()
    shoot(page, artifacts, "obligations-PRK")
    page.fill("#obligations-as-of", "2023")
    page.dispatch_event("#obligations-as-of", "change")
    wait_until(
        page,
        "!document.querySelector(\"li.defender[data-actor='RUS']\") && "
        "document.querySelector(\"li.defender[data-actor='CHN']\")",
    )


def test_obligations_ask_for_a_page_of_chains_and_show_more(page):
    asked: list[str] = []
    page.on("request", lambda r: asked.append(r.url) if "/obligations" in r.url else None)
    page.goto(page.url.split("#")[0] + "#obligations")
    page.evaluate("blocwatch.obligations.chains = 30")
    page.evaluate("window.location.hash = '#obligations/USA?as_of=2025-06-01'")
    page.wait_for_selector("#view-obligations[data-target='USA'] .second-order li")
    assert len(asked) == 1 and "/obligations/page" in asked[0]
    assert "limit=30" in asked[-1]
    chains = "#obligations-result .second-order ul.chains > li"
    heading = page.locator("#obligations-result .second-order h4").inner_text()
    total = int(heading.rsplit("(", 1)[1].rstrip(")").replace(",", ""))
    assert total > 30 and page.locator(chains).count() == 30
    assert f"Showing 30 of {total} chains" in page.locator(".chains-shown").inner_text()
    page.click(".chains-more")
    wait_until(page, f"document.querySelectorAll('{chains}').length === {min(60, total)}")
    assert "offset=30" in asked[-1]
    shown = page.locator(".chains-shown").inner_text()
    assert f"Showing {min(60, total)} of {total} chains" in shown


def test_document_reader_highlights_the_facts(page, artifacts):
    page.click("nav a[data-view=documents]")
    page.fill("#search-query", "Kursk")
    page.click("#search-form button")
    page.wait_for_selector("#search-results .doc-link")
    page.locator("#search-results .doc-link").first.click()
    page.wait_for_selector("#view-documents[data-doc]")
    assert page.locator("#document mark.fact").count() >= 2
    assert page.locator("#document .doc-facts li").count() >= 1
    shoot(page, artifacts, "document-reader")


def test_api_docs_page_renders_offline(page, server, artifacts):
    """/docs is Swagger UI from the package's vendored copy: it renders with no network."""
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    page.goto(server + "/docs")
    page.wait_for_selector(".swagger-ui .opblock")
    assert page.locator(".swagger-ui .opblock").count() > 15
    assert all(url.startswith(server) for url in requested), requested
    shoot(page, artifacts, "api-docs")


# --- untrusted text ----------------------------------------------------------------------------

HOSTILE_TITLE = "<script>window.__pwned = 'title'</script>Russia and Belarus sign pact"
HOSTILE_TEXT = (
    "MINSK, March 3 - Russia and Belarus signed a treaty on energy cooperation on Monday "
    "<script>window.__pwned = 'script'</script> the two governments said. "
    '<img src="x" onerror="window.__pwned = \'img\'"> Officials gave no details.'
)


def test_an_ingested_article_with_a_script_tag_runs_nothing(page, server, artifacts):
    response = httpx.post(
        f"{server}/api/v1/documents",
        json={
            "documents": [
                {
                    "id": "hostile-article",
                    "title": HOSTILE_TITLE,
                    "text": HOSTILE_TEXT,
                    "published": "2025-03-03",
                    "source": "<b>Evil Wire</b>",
                    "url": "javascript:window.__pwned='url'",
                }
            ]
        },
        headers={"Authorization": f"Bearer {TOKEN}"},
        timeout=120,
    )
    assert response.status_code == 200 and response.json()["new"] == 1, response.text
    page.goto(page.url.split("#")[0] + "#doc/hostile-article")
    page.wait_for_selector("#view-documents[data-doc='hostile-article']")
    shown = page.locator("#document").inner_text()
    assert "<script>window.__pwned = 'script'</script>" in shown
    assert '<img src="x" onerror=' in shown
    assert HOSTILE_TITLE in page.locator("#document .doc-title").inner_text()
    assert page.locator("#document script, #document img, #search-results img").count() == 0
    # The article's own link is not followed as script.
    assert page.locator("#document a[href^='javascript']").count() == 0
    # The same text in a record card and in the document list.
    record = page.locator("#document .doc-facts button.link").first
    if record.count():
        record.click()
        page.wait_for_selector("#card-panel .sources mark.sentence")
        assert "<script>" in page.locator("#card-panel").inner_text()
    page.fill("#search-query", "Belarus energy")
    page.click("#search-form button")
    page.wait_for_selector("#search-results .doc-link")
    page.wait_for_timeout(300)  # an onerror handler would have fired by now
    assert page.evaluate("window.__pwned") is None
    shoot(page, artifacts, "hostile-article")


# Ids are opaque (issue 16): each opens in the reader from a link and from a typed address.
ODD_IDS = ["reuters/2024/abc", "what?now", "frag#ment", "100%-sure", "two  spaces", "Ünï-ид-記事"]


def test_documents_with_any_id_open_in_the_reader(page, server):
    from urllib.parse import quote

    documents = [
        {"id": doc_id, "title": f"Odd id {i}", "text": f"Story {i}: officials met in Minsk."}
        for i, doc_id in enumerate(ODD_IDS)
    ]
    response = httpx.post(
        f"{server}/api/v1/documents",
        json={"documents": documents},
        headers={"Authorization": f"Bearer {TOKEN}"},
        timeout=120,
    )
    assert response.status_code == 200, response.text
    for i, doc_id in enumerate(ODD_IDS):
        page.goto(page.url.split("#")[0] + "#doc/" + quote(doc_id, safe=""))
        shown = page.locator("#view-documents")
        page.wait_for_function(
            "id => document.querySelector('#view-documents').dataset.doc === id", arg=doc_id
        )
        assert shown.locator(".doc-title").inner_text() == f"Odd id {i}"


def test_an_undated_article_shows_as_undated_and_moves_no_status(page, server, artifacts):
    # Issue 11: an article without a publication date is not "today's news". (Last in the
    # file: it adds a document to the shared store.)
    response = httpx.post(
        f"{server}/api/v1/documents",
        json={
            "documents": [
                {
                    "id": "undated-denial",
                    "text": "The United States said North Korea had sent troops to Russia's "
                    "Kursk region. Pyongyang denied sending any soldiers.",
                }
            ]
        },
        headers={"Authorization": f"Bearer {TOKEN}"},
        timeout=120,
    )
    assert response.status_code == 200 and response.json()["new"] == 1, response.text
    claim = httpx.get(f"{server}/api/v1/claims", params={"subject": "PRK"}, timeout=30).json()
    (troops,) = [c for c in claim["items"] if c["id"] == "C-PRK-to-RUS-troop_deployment"]
    undated = [e for e in troops["ledger"] if e["doc_id"] == "undated-denial"]
    assert undated and all(e["reported"] is None for e in undated)
    assert troops["status"] == "acknowledged"
    page.reload()
    page.wait_for_selector("body[data-ready=true]")
    page.click("nav a[data-view=claims]")
    row = page.locator("tr[data-record='C-PRK-to-RUS-troop_deployment']")
    row.wait_for()
    assert "acknowledged" in row.inner_text()
    row.click()
    ledger = page.locator("#card-panel table.ledger")
    ledger.wait_for()
    rows = ledger.locator("tbody tr", has_text="undated-denial")
    assert rows.count() >= 1
    assert {rows.nth(i).locator("td").first.inner_text() for i in range(rows.count())} == {
        "undated"
    }
    shoot(page, artifacts, "claims-undated")
