"""First render of the dashboard's network at 200, 500 and 2,000 nodes, in a real headless
Chromium (Debian's ``/usr/bin/chromium``, driven by Playwright).

The page is the real dashboard served by uvicorn over the sample corpus; only the answer of
``/api/v1/network/page`` is replaced (Playwright's request routing) by a synthetic network of N
actors and about 3.5 N ties (agreements of every tier, claims, trade; a few hubs with many ties
as in the real data, seeded), so that what is timed is the page, not the query (the query is
timed by bench/query_latency.py). Times per size, median of --runs fresh pages:

- first render: from navigation to the network drawn (``data-as-of`` set: data parsed,
  Cytoscape elements built, layout run, fitted);
- redraw: a filter change (the claims unticked and ticked again: the positions are kept);
- pan frame: mean time per frame of 30 programmatic pan steps (responsiveness when moved);
- labels shown: nodes whose label is drawn at the fitted zoom (Cytoscape's
  ``min-zoomed-font-size`` hides the small ones: labels thin out as the graph grows).

    .venv/bin/python bench/dashboard_render.py [--sizes 200 500 2000] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

from blocwatch.pipeline import ingest
from blocwatch.sample import corpus_path
from blocwatch.web import create_app
from blocwatch.web.server import BackgroundServer

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync"]
TIERS = ["defence", "non-aggression", "consultation", "military", "cooperation", "unspecified"]
KIND_NAMES = ["agreements", "claims", "trade"]
REGIONS = ["Europe", "Asia", "Africa", "Americas", "Middle East", "Oceania"]


def synthetic_network(n: int, seed: int = 7) -> dict:
    """A network page as /api/v1/network/page gives it, holding the whole synthetic network
    (n nodes, ~3.5 n edges, hubs first), so the drawing of N actors is what is measured."""
    rng = random.Random(seed)
    codes = [f"X{i:04d}" for i in range(n)]
    nodes = [
        {"code": c, "name": f"State {c}", "kind": "state", "region": rng.choice(REGIONS)}
        for c in codes
    ]
    seen: set[tuple[str, str, str]] = set()
    edges = []
    while len(edges) < int(3.5 * n):
        # Preferential: low indices are hubs (a few states with many ties).
        a, b = (codes[min(int(rng.paretovariate(0.9)) - 1, n - 1)], rng.choice(codes))
        kind = rng.choices(["agreement", "claim", "trade"], [6, 2, 2])[0]
        if a == b or (a, b, kind) in seen or (b, a, kind) in seen:
            continue
        seen.add((a, b, kind))
        rid = f"{kind[0].upper()}-{a}-{b}"
        if kind == "agreement":
            tier = rng.choice(TIERS)
            detail = {
                "id": rid,
                "name": f"Treaty {len(edges)}",
                "kind": "treaty",
                "signed": f"{rng.randint(1950, 2024)}-01-01",
                "status": "in_force",
                "defense": tier == "defence",
                "provisions": [],
                "tier": tier,
                "weight": 0.5,
            }
            label = tier
        elif kind == "claim":
            detail = {
                "id": rid,
                "action": "arms_transfer",
                "items": [],
                "status": "alleged",
                "claimants": [],
                "denied_by": [],
                "acknowledged_by": [],
                "weight": 0.4,
            }
            label = "alleged"
        else:
            detail = {
                "id": rid,
                "value": 1e9,
                "unit": "USD",
                "period": "2024",
                "reported": "2025-01-01",
                "doc_ids": [],
            }
            label = "2024"
        edges.append(
            {
                "kind": kind,
                "source": a,
                "target": b,
                "directed": kind == "claim",
                "weight": 0.5 if kind != "trade" else 1.0,
                "label": label,
                "record_ids": [rid],
                "details": [detail],
            }
        )
    totals = {k: sum(e["kind"] == k.rstrip("s") for e in edges) for k in KIND_NAMES}
    return {
        "as_of": "2026",
        "kind": None,
        "region": None,
        "min_weight": None,
        "offset": 0,
        "limit": len(edges),
        "total": len(edges),
        "totals": totals,
        "nodes": nodes,
        "edges": edges,
    }


def measure(browser, url: str, body: str) -> dict:
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    page = context.new_page()
    page.route(
        "**/api/v1/network/page?*",
        lambda route: route.fulfill(status=200, content_type="application/json", body=body),
    )
    page.set_default_timeout(300_000)
    start = time.perf_counter()
    page.goto(url + "/#network")
    page.wait_for_selector("#view-network[data-as-of]:not([data-loading])")
    first = time.perf_counter() - start
    start = time.perf_counter()
    page.uncheck("input[name=edge-kind][value=claim]")
    page.check("input[name=edge-kind][value=claim]")
    redraw = (time.perf_counter() - start) / 2
    frame = page.evaluate("""async () => {
        const cy = blocwatch.cy; const t0 = performance.now();
        for (let i = 0; i < 30; i++) {
            cy.panBy({x: 5, y: 3});
            await new Promise((r) => requestAnimationFrame(r));
        }
        return (performance.now() - t0) / 30;
    }""")
    labels = page.evaluate("""() => {
        const z = blocwatch.cy.zoom();
        return blocwatch.cy.nodes().filter((n) => n.data('font') * z >= 8).length;
    }""")
    context.close()
    return {"first": first, "redraw": redraw, "frame_ms": frame, "labels": labels}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 500, 2000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "sample.db")
        ingest([str(corpus_path())], db=db)
        with BackgroundServer(create_app(db)) as url, sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            print(
                f"{'nodes':>6} {'edges':>6} {'first render s':>15} {'redraw s':>9} "
                f"{'pan frame ms':>13} {'labels shown':>13}"
            )
            for n in args.sizes:
                net = synthetic_network(n)
                body = json.dumps(net)
                runs = [measure(browser, url, body) for _ in range(args.runs)]
                med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
                print(
                    f"{n:>6} {len(net['edges']):>6} {med['first']:>15.2f} "
                    f"{med['redraw']:>9.2f} {med['frame_ms']:>13.1f} {int(med['labels']):>13}"
                )
            browser.close()


if __name__ == "__main__":
    main()
