"""The analyst's desk (issue 12) in a real headless Chromium: the address keeps every view's
state, names find actors, tooltips explain the graph, cards dock beside the view, charts keep
monthly and yearly figures apart, the ties table is reachable by keyboard, exports hold what
is on screen. Each test saves a screenshot in ``tests/artifacts``; one of them is the README's
``docs/dashboard.png``.
"""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest

from analyse_support import sample_copy
from blocwatch.pipeline import ingest
from blocwatch.web import create_app
from blocwatch.web.server import BackgroundServer
from test_dashboard import (  # noqa: F401  (fixtures)
    TOKEN,
    artifacts,
    browser,
    playwright,
    shoot,
    wait_until,
)

DOCS = Path(__file__).parent.parent / "docs"

# Our own article: a monthly figure for a pair that also has yearly totals.
MONTHLY = {
    "id": "desk-chn-rus-december-trade",
    "title": "China-Russia trade dips in December",
    "published": "2025-01-14",
    "outlet": "Desk Test Wire",
    "text": "BEIJING (Desk Test Wire) - Trade between China and Russia came to $19.2 billion in "
    "December 2024, according to figures released by Chinese customs on Tuesday. The monthly "
    "total was lower than in November.",
}


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[str]:
    """The dashboard over the sample corpus and one monthly trade figure."""
    folder = tmp_path_factory.mktemp("desk")
    extra = folder / "monthly.jsonl"
    extra.write_text(json.dumps(MONTHLY) + "\n", encoding="utf-8")
    db = sample_copy(tmp_path_factory, "desk-sample")
    assert ingest([str(extra)], db=db).failed == 0
    with BackgroundServer(create_app(db, write_token=TOKEN)) as url:
        yield url


@pytest.fixture
def context(browser, server):  # noqa: F811
    context = browser.new_context(viewport={"width": 1440, "height": 900}, accept_downloads=True)
    yield context
    context.close()


def open_page(context, server: str, fragment: str = ""):
    """A page at an address, ready; script and console errors are collected."""
    page = context.new_page()
    page.problems = []
    page.on("pageerror", lambda exc: page.problems.append(f"page error: {exc}"))
    page.on("console", lambda m: m.type == "error" and page.problems.append(m.text))
    page.set_default_timeout(20_000)
    page.goto(f"{server}/{fragment}")
    page.wait_for_selector("body[data-ready=true]")
    return page


def hash_params(page) -> dict[str, str]:
    fragment = page.evaluate("location.hash")
    query = fragment.split("?", 1)[1] if "?" in fragment else ""
    return dict(p.split("=", 1) for p in query.split("&") if p)


def box(page, selector: str) -> dict:
    return page.locator(selector).bounding_box()


def overlaps(a: dict, b: dict) -> bool:
    return not (
        a["x"] + a["width"] <= b["x"]
        or b["x"] + b["width"] <= a["x"]
        or a["y"] + a["height"] <= b["y"]
        or b["y"] + b["height"] <= a["y"]
    )


def hover_element(page, element_id: str) -> None:
    """Move the real mouse onto a drawn node or the middle of a drawn edge."""
    point = page.evaluate(
        """(id) => {
            const el = blocwatch.cy.getElementById(id);
            const box = blocwatch.cy.container().getBoundingClientRect();
            const at = el.isNode() ? el.renderedPosition() : el.renderedMidpoint();
            return {x: box.left + at.x, y: box.top + at.y};
        }""",
        element_id,
    )
    page.mouse.move(point["x"] - 30, point["y"] - 30)
    page.mouse.move(point["x"], point["y"], steps=4)


# --- the address is the state ----------------------------------------------------------------


def test_reload_and_back_restore_the_network_state(context, server, artifacts):  # noqa: F811
    page = open_page(context, server, "#network")
    page.fill("#as-of-date", "2023-05-01")
    page.dispatch_event("#as-of-date", "change")
    page.wait_for_selector("#view-network[data-as-of='2023-05-01']:not([data-loading])")
    page.uncheck("input[name=edge-kind][value=trade]")
    page.select_option("#region", "Europe")
    params = hash_params(page)
    assert params["as_of"] == "2023-05-01" and params["region"] == "Europe"
    assert params["kinds"] == "agreement%2Cclaim%2Cexercise"
    page.evaluate("blocwatch.network.showEdge('agreement:BLR-RUS')")
    page.wait_for_selector("#card-panel[data-key='edge:agreement:BLR-RUS'] article.agreement")
    assert hash_params(page)["panel"] == "edge%3Aagreement%3ABLR-RUS"

    page.reload()
    page.wait_for_selector("body[data-ready=true]")
    page.wait_for_selector("#view-network[data-as-of='2023-05-01']:not([data-loading])")
    assert page.input_value("#as-of-date") == "2023-05-01"
    assert page.input_value("#region") == "Europe"
    assert not page.is_checked("input[name=edge-kind][value=trade]")
    assert page.is_checked("input[name=edge-kind][value=claim]")
    kinds = set(page.evaluate("blocwatch.cy.edges().map(e => e.data('kind'))"))
    assert "trade" not in kinds
    page.wait_for_selector("#card-panel[data-key='edge:agreement:BLR-RUS'] article.agreement")
    shoot(page, artifacts, "desk-state-reloaded")

    # Back: the card closes, then the region filter goes, as they came.
    page.go_back()
    wait_until(page, "document.querySelector('#card-panel').hidden")
    page.go_back()
    wait_until(page, "document.querySelector('#region').value === ''")
    assert page.input_value("#as-of-date") == "2023-05-01"
    page.go_forward()
    wait_until(page, "document.querySelector('#region').value === 'Europe'")
    assert not page.problems, page.problems


def test_a_pasted_link_opens_the_ledger_filtered_with_its_card(context, server, artifacts):  # noqa: F811
    link = "#claims?status=contested&sort=status&panel=record%3AC-PRK-to-RUS-arms_transfer"
    page = open_page(context, server, link)
    page.wait_for_selector("#card-panel article.claim[data-record='C-PRK-to-RUS-arms_transfer']")
    assert page.input_value("#claims-status") == "contested"
    statuses = page.locator("#claims-table tbody tr td:nth-child(6)").all_inner_texts()
    assert statuses and set(statuses) == {"contested"}
    copy = page.locator("#card-panel article.claim button.copy-link")
    assert "panel=record%3AC-PRK-to-RUS-arms_transfer" in copy.get_attribute("data-link")
    assert "status=contested" in copy.get_attribute("data-link")
    # Typing a filter is kept too, and survives a reload.
    page.fill("#claims-filter", "drones")
    assert hash_params(page)["q"] == "drones"
    page.reload()
    page.wait_for_selector("body[data-ready=true]")
    wait_until(page, "document.querySelector('#claims-table tbody')")
    assert page.input_value("#claims-filter") == "drones"
    shoot(page, artifacts, "desk-claims-link")
    assert not page.problems, page.problems


def test_actor_card_counts_link_to_the_filtered_views(context, server):
    page = open_page(context, server, "#network?panel=actor%3APRK")
    card = page.locator("#card-panel article.actor[data-actor='PRK']")
    card.wait_for()
    against = card.locator("a.count[data-count=claims]").first
    n = int(against.inner_text())
    against.click()
    page.wait_for_selector("#view-claims:not([hidden])")
    wait_until(page, "document.querySelectorAll('#claims-table tbody tr').length > 0")
    assert n >= 1 and page.locator("#claims-table tbody tr").count() == n
    assert "subject PRK" in page.locator("#claims-count").inner_text()
    page.go_back()
    card.wait_for()
    card.locator("a.count[data-count=network]").click()
    page.wait_for_selector("#ties-box[open]")
    rows = page.locator("#ties-table tbody tr")
    assert rows.count() >= 2
    assert all("PRK" in r for r in rows.all_inner_texts())
    assert not page.problems, page.problems


# --- the network -----------------------------------------------------------------------------


def test_find_accepts_names(context, server, artifacts):  # noqa: F811
    page = open_page(context, server, "#network")
    page.fill("#actor-search", "Iran")
    page.dispatch_event("#actor-search", "change")
    page.wait_for_selector("#card-panel article[data-actor='IRN']")
    assert page.evaluate("blocwatch.cy.getElementById('IRN').hasClass('found')")
    # Focus fades what is not IRN's neighbourhood.
    assert page.evaluate("blocwatch.cy.getElementById('RUS').hasClass('faded')") is False
    assert page.evaluate("blocwatch.cy.getElementById('AUS').hasClass('faded')") is True
    assert hash_params(page)["focus"] == "IRN"
    shoot(page, artifacts, "desk-find-iran")
    # An alias finds its state too: the seat of government, and the people seen card apart.
    page.fill("#actor-search", "Kremlin")
    page.dispatch_event("#actor-search", "change")
    page.wait_for_selector("#card-panel article[data-actor='RUS']")
    assert hash_params(page)["focus"] == "RUS"
    card = page.inner_text("#card-panel article[data-actor='RUS']")
    assert "People seen" in card and "Vladimir Putin" in card
    page.fill("#actor-search", "Atlantis")
    page.dispatch_event("#actor-search", "change")
    wait_until(page, "document.querySelector('#network-status').textContent.includes('Atlantis')")
    assert not page.problems, page.problems


def test_tooltips_name_the_treaty_and_count_sources(context, server, artifacts):  # noqa: F811
    page = open_page(context, server, "#network")
    hover_element(page, "agreement:PRK-RUS")
    tip = page.locator("#graph-tooltip")
    tip.wait_for()
    wait_until(page, "document.querySelector('#graph-tooltip .sources-count')")
    text = tip.inner_text()
    assert "Treaty on Comprehensive Strategic Partnership" in text
    assert "2024-06-19" in text and "defence clause: yes" in text
    assert "sources" in text
    shoot(page, artifacts, "desk-tooltip-edge")
    hover_element(page, "RUS")
    wait_until(page, "document.querySelector('#graph-tooltip').dataset.for === 'RUS'")
    assert "Russia (RUS)" in tip.inner_text()
    # Nodes are sized by their number of ties.
    sizes = page.evaluate("['RUS', 'IND'].map(c => blocwatch.cy.getElementById(c).data('size'))")
    assert sizes[0] > sizes[1]
    assert not page.problems, page.problems


def test_docked_panel_covers_neither_graph_nor_controls_nor_ledger(context, server, artifacts):  # noqa: F811
    page = open_page(context, server, "#network")
    page.evaluate("blocwatch.network.showEdge('agreement:PRK-RUS')")
    page.wait_for_selector("#card-panel article.agreement")
    wait_until(page, "document.body.classList.contains('docked')")
    page.wait_for_timeout(200)
    panel = box(page, "#card-panel")
    for selector in ("#graph", "#region", "#actor-search", "#as-of"):
        assert not overlaps(box(page, selector), panel), selector
    # The graph shrank to fit beside the pane: Cytoscape draws over the whole of it.
    canvas = page.evaluate("blocwatch.cy.width()")
    assert abs(canvas - box(page, "#graph")["width"]) < 4
    shoot(page, artifacts, "desk-docked-network")
    # The pane resizes from its handle, by keyboard too; the graph still clears it.
    page.focus(".pane-handle")
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("ArrowLeft")
    wider = box(page, "#card-panel")
    assert wider["width"] > panel["width"] + 40
    assert not overlaps(box(page, "#graph"), wider)
    page.click("nav a[data-view=claims]")
    page.locator("#claims-table tbody tr").first.click()
    page.wait_for_selector("#card-panel article.claim")
    panel = box(page, "#card-panel")
    for header in ("Denied", "Acknowledged"):
        assert not overlaps(box(page, f"#claims-table th:has-text('{header}')"), panel), header
    shoot(page, artifacts, "desk-docked-claims")
    assert not page.problems, page.problems


def test_the_ties_table_is_reached_by_keyboard(context, server, artifacts):  # noqa: F811
    page = open_page(context, server, "#network")
    page.focus("#export-gexf")
    for _ in range(12):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.tagName") == "SUMMARY":
            break
    assert page.evaluate("document.activeElement.parentElement.id") == "ties-box"
    page.keyboard.press("Enter")
    page.wait_for_selector("#ties-box[open]")
    # The "toggle" event that writes the address comes after the box opens: wait for it.
    page.wait_for_function("/[?&]table=1(&|$)/.test(location.hash)")
    assert hash_params(page)["table"] == "1"
    for _ in range(6):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.dataset.tie"):
            break
    record = page.evaluate("document.activeElement.dataset.tie")
    assert record
    page.keyboard.press("Enter")
    page.wait_for_selector(f"#card-panel article[data-record='{record}']")
    shoot(page, artifacts, "desk-ties-table")
    assert not page.problems, page.problems


def test_graph_exports_hold_the_filtered_view(context, server, artifacts):  # noqa: F811
    page = open_page(context, server, "#network?as_of=2024&kinds=agreement")
    page.wait_for_selector("#view-network[data-as-of='2024']:not([data-loading])")
    drawn = set(page.evaluate("blocwatch.cy.nodes().map(n => n.id())"))
    with page.expect_download() as got:
        page.click("#export-graphml")
    graph = nx.read_graphml(io.BytesIO(Path(got.value.path()).read_bytes()))
    assert graph.graph["as_of"] == "2024" and graph.graph["kinds"] == "agreement"
    assert set(graph.nodes) == drawn
    assert {d["kind"] for _, _, d in graph.edges(data=True)} == {"agreement"}
    with page.expect_download() as got:
        page.click("#export-gexf")
    root = ET.parse(got.value.path()).getroot()
    ns = {"g": "http://gexf.net/1.3"}
    assert {n.get("id") for n in root.iterfind(".//g:node", ns)} == drawn
    with page.expect_download() as got:
        page.click("#export-svg")
    svg = ET.parse(got.value.path()).getroot()
    labels = {t.text for t in svg.iter("{http://www.w3.org/2000/svg}text")}
    assert labels == drawn
    got.value.save_as(artifacts / "export-network-2024.svg")
    assert not page.problems, page.problems


# --- tables and charts -----------------------------------------------------------------------


def test_ledger_and_timeline_export_what_is_shown(context, server):
    page = open_page(context, server, "#claims?status=contested")
    wait_until(page, "document.querySelectorAll('#claims-table tbody tr').length > 0")
    shown = page.locator("#claims-table tbody tr").count()
    with page.expect_download() as got:
        page.click("#claims-export-csv")
    rows = list(csv.DictReader(io.StringIO(Path(got.value.path()).read_text(encoding="utf-8"))))
    assert len(rows) == shown and {r["status"] for r in rows} == {"contested"}
    with page.expect_download() as got:
        page.click("#claims-export-json")
    items = json.loads(Path(got.value.path()).read_text(encoding="utf-8"))
    assert [i["id"] for i in items] == [r["id"] for r in rows]
    page.goto(page.url.split("#")[0] + "#timeline/RUS")
    page.wait_for_selector("#view-timeline[data-actor='RUS']")
    with page.expect_download() as got:
        page.click("#timeline-export-csv")
    events = list(csv.DictReader(io.StringIO(Path(got.value.path()).read_text(encoding="utf-8"))))
    assert len(events) == page.locator("#timeline-events tbody tr").count()
    assert "2024-06-19" in {e["date"] for e in events}
    assert not page.problems, page.problems


def test_monthly_and_yearly_figures_are_separate_series(context, server, artifacts):  # noqa: F811
    page = open_page(context, server, "#timeline/RUS")
    page.wait_for_selector("#view-timeline[data-actor='RUS']")
    yearly = page.locator(".chart-box[data-metric=bilateral_trade][data-grain=yearly]")
    monthly = page.locator(".chart-box[data-metric=bilateral_trade][data-grain=monthly]")
    # The December figure (19.2 bn) is not a point on the line of yearly totals.
    assert "CHN–RUS" in yearly.inner_text() and "CHN–RUS" in monthly.inner_text()
    yearly_tips = yearly.locator("circle title").all_text_contents()
    assert any("2024: 244.8 bn USD" in t for t in yearly_tips)
    assert not any("2024-12" in t for t in yearly_tips)
    monthly_tips = monthly.locator("circle title").all_text_contents()
    assert any("2024-12: 19.2 bn USD" in t for t in monthly_tips)
    # Every chart carries dates on its x axis.
    for chart in page.locator("#timeline-charts svg.chart").all():
        assert chart.locator("text.x-tick").count() >= 1
    assert "e+" not in page.locator("#timeline-charts").inner_text()
    shoot(page, artifacts, "desk-timeline-split")
    # The measure card has its own chart, per grain.
    page.goto(page.url.split("#")[0] + "#timeline/RUS?panel=record%3AM-CHN-RUS-bilateral_trade")
    card = page.locator("#card-panel article.measure")
    card.wait_for()
    assert card.locator(".measure-charts svg.chart").count() == 2
    assert "146.9 bn USD" in card.inner_text()
    shoot(page, artifacts, "desk-measure-card")
    assert not page.problems, page.problems


def test_readme_screenshot(context, server, artifacts):  # noqa: F811
    """The README's picture of the dashboard: the network with a card docked beside it."""
    page = open_page(context, server, "#network?panel=edge%3Aagreement%3APRK-RUS")
    page.wait_for_selector("#card-panel article.agreement mark.sentence")
    hover_element(page, "agreement:PRK-RUS")
    page.locator("#graph-tooltip").wait_for()
    DOCS.mkdir(exist_ok=True)
    page.screenshot(path=str(DOCS / "dashboard.png"))
    shoot(page, artifacts, "desk-readme")
    assert (DOCS / "dashboard.png").read_bytes()[:4] == b"\x89PNG"
