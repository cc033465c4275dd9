// The network view: actors and their ties as of a date (the slider's year or a typed full
// date), drawn with Cytoscape.js. Positions are kept from one date to the next (known nodes
// stay put, new ones are laid out around them), so scrubbing through time shows the network
// grow rather than jump. Everything set here is kept in the address (state.js).

import { getJSON, recordPath } from "./api.js";
import { actorCard, recordCard, showCards } from "./cards.js";
import { fill, formatValue, h, notice, pretty, yesNo } from "./dom.js";
import { download, exportButtons, gexf, graphml, svgDrawing } from "./exports.js";
import { update } from "./state.js";

const TIER_COLOURS = {
  defence: "#b5322a",
  "non-aggression": "#d9822b",
  consultation: "#c7a02a",
  military: "#7a4fa3",
  cooperation: "#4a8bb5",
  unspecified: "#9aa3ab",
};
const STATUS_COLOURS = { acknowledged: "#7d1010", alleged: "#e0701b", contested: "#6b7f99" };
const TRADE_COLOUR = "#3a9a5b";
// Ties of further kinds (exercises ...): a colour each, in the order the server lists them.
const MORE_COLOURS = ["#2b7a78", "#a0522d", "#556b2f", "#8b3a62"];
const BLOC_COLOURS = ["#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#42d4f4", "#f032e6", "#9a6324", "#469990", "#800000"];
const KIND_COLOURS = { state: "#5b7fa6", organisation: "#8e6fb0" };
const PLAY_STEP_MS = 900;

// Above this many new nodes the force layout runs fewer rounds: a first picture in time
// matters more than a settled one (bench/dashboard_render.py measures it).
const BIG = 150;
// Above this many, rings instead of forces (and a lighter drawing while moved).
const HUGE = 400;
// Labels kept readable at the fitted zoom of a large network.
const LABELLED = 40;
// The strongest ties asked of the server at first (GET /network/page), and how many more
// each "show more" asks; the server gives at most MOST in one page.
const PAGE = 500;
const MOST = 5000;
const COUNT = new Intl.NumberFormat("en");

const STYLE = [
  {
    selector: "node",
    style: {
      label: "data(id)",
      "background-color": "data(colour)",
      color: "#1d2733",
      "font-size": "data(font)",
      "font-weight": 600,
      // Labels above the node, with a white halo so that no edge line crosses the letters.
      "text-valign": "top",
      "text-margin-y": -3,
      "text-outline-color": "#ffffff",
      "text-outline-width": 2.5,
      "text-outline-opacity": 0.9,
      // Small labels vanish when zoomed out: the big actors keep theirs (labels thin out).
      "min-zoomed-font-size": 8,
      width: "data(size)",
      height: "data(size)",
      "border-width": 1.5,
      "border-color": "#ffffff",
      "z-index": 10,
    },
  },
  { selector: 'node[kind = "organisation"]', style: { shape: "round-rectangle" } },
  { selector: "node.found", style: { "border-color": "#111", "border-width": 4 } },
  {
    selector: "edge",
    style: { "curve-style": "bezier", width: "data(width)", "line-color": "data(colour)", opacity: 0.85, "z-index": 1 },
  },
  {
    selector: 'edge[kind = "claim"]',
    style: {
      "line-style": "dashed",
      "target-arrow-shape": "triangle",
      "target-arrow-color": "data(colour)",
      "arrow-scale": 1.2,
    },
  },
  { selector: 'edge[kind = "trade"]', style: { "line-style": "dotted" } },
  // Large networks: straight, cheap edges (no curves or arrows to compute).
  { selector: "edge.lite", style: { "curve-style": "haystack", "haystack-radius": 0, "line-style": "solid" } },
  { selector: "edge:selected", style: { "overlay-color": "#000", "overlay-opacity": 0.15 } },
  { selector: ".hovered", style: { "overlay-color": "#2f5d8a", "overlay-opacity": 0.12 } },
  { selector: ".faded", style: { opacity: 0.1, "text-opacity": 0.15 } },
];

export class NetworkView {
  constructor(root, panel, meta) {
    this.root = root;
    this.panel = panel;
    this.meta = meta;
    // The kinds of tie: those of the server's fact kinds whose records draw edges.
    this.tieKinds = (meta.kinds || []).filter((k) => k.edges).map((k) => ({ edge: k.edges, label: k.network }));
    this.allKinds = this.tieKinds.map((k) => k.edge);
    fill(
      root.querySelector("#edge-kinds"),
      h("legend", null, "Ties"),
      this.tieKinds.map((k) => h("label", null, h("input", { type: "checkbox", name: "edge-kind", value: k.edge, checked: true }), ` ${k.label}`)),
    );
    this.positions = new Map();
    this.network = null;
    this.limit = PAGE;
    this.asOf = null;
    this.focus = "";
    this.blocs = new Map();
    this.playing = null;
    this.loading = Promise.resolve();
    this.sources = new Map();
    this.el = {
      graph: root.querySelector("#graph"),
      status: root.querySelector("#network-status"),
      shown: root.querySelector("#network-shown"),
      more: root.querySelector("#network-more"),
      slider: root.querySelector("#as-of"),
      ticks: root.querySelector("#as-of-ticks"),
      tickLabels: root.querySelector("#as-of-tick-labels"),
      date: root.querySelector("#as-of-date"),
      asOfLabel: root.querySelector("#as-of-label"),
      play: root.querySelector("#play"),
      kinds: [...root.querySelectorAll("input[name=edge-kind]")],
      provision: root.querySelector("#provision"),
      region: root.querySelector("#region"),
      search: root.querySelector("#actor-search"),
      actors: root.querySelector("#actor-list"),
      blocColours: root.querySelector("#bloc-colours"),
      png: root.querySelector("#export-png"),
      svg: root.querySelector("#export-svg"),
      graphml: root.querySelector("#export-graphml"),
      gexf: root.querySelector("#export-gexf"),
      legend: root.querySelector("#legend"),
      tooltip: root.querySelector("#graph-tooltip"),
      tableBox: root.querySelector("#ties-box"),
      table: root.querySelector("#ties-table"),
      tableNote: root.querySelector("#ties-note"),
    };
    this.cy = window.cytoscape({
      container: this.el.graph,
      style: STYLE,
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      // Large networks stay responsive while panned or zoomed.
      hideEdgesOnViewport: false,
      textureOnViewport: false,
    });
    this.setUpControls();
    this.cy.on("tap", "edge", (event) => this.showEdge(event.target.id()));
    this.cy.on("tap", "node", (event) => this.select(event.target.id()));
    this.cy.on("tap", (event) => event.target === this.cy && this.select(""));
    this.cy.on("mouseover", "node, edge", (event) => this.hover(event));
    this.cy.on("mouseout", "node, edge", (event) => this.unhover(event));
    window.addEventListener("resize", () => this.cy.resize());
  }

  setUpControls() {
    const { slider, provision, region, kinds, date } = this.el;
    const first = Number((this.meta.first_day || "2000").slice(0, 4));
    const last = Math.max(new Date().getFullYear(), Number((this.meta.last_day || "2000").slice(0, 4)));
    slider.min = String(first);
    slider.max = String(last);
    slider.value = String(last);
    date.min = `${first}-01-01`;
    date.max = `${last}-12-31`;
    this.drawTicks(first, last);
    slider.addEventListener("input", () => this.setAsOf(slider.value, { push: true }));
    date.addEventListener("change", () => date.value && this.setAsOf(date.value, { push: true }));
    fill(provision, h("option", { value: "" }, "any provision"), this.meta.provisions.map((p) => h("option", { value: p }, pretty(p))));
    fill(region, h("option", { value: "" }, "all regions"), this.meta.regions.map((r) => h("option", { value: r }, r)));
    for (const control of [provision, ...kinds]) control.addEventListener("change", () => this.changed());
    // The region is asked of the server: the page holds the strongest ties of that region.
    region.addEventListener("change", () => {
      this.limit = PAGE;
      update(this.state());
      this.setAsOf(this.asOf);
    });
    this.el.more.addEventListener("click", () => {
      this.limit = Math.min(MOST, this.limit + PAGE);
      this.setAsOf(this.asOf);
    });
    this.el.blocColours.addEventListener("change", () => this.loadBlocs().then(() => this.changed()));
    this.el.play.addEventListener("click", () => (this.playing ? this.stop() : this.play()));
    this.el.search.addEventListener("change", () => this.find(this.el.search.value));
    this.el.png.addEventListener("click", () => this.exportPng());
    this.el.svg.addEventListener("click", () => this.exportDrawing());
    this.el.graphml.addEventListener("click", () => this.exportGraph("graphml"));
    this.el.gexf.addEventListener("click", () => this.exportGraph("gexf"));
    this.el.tableBox.addEventListener("toggle", () => {
      update({ table: this.el.tableBox.open ? "1" : null });
      this.drawTable();
    });
    this.el.tableNote.after(exportButtons(() => `blocwatch-ties-${this.asOf}`, () => this.tableRows(), TABLE_COLUMNS, "ties-export"));
    this.drawLegend();
  }

  /** Ticks on the time control: one per decade, labelled. */
  drawTicks(first, last) {
    const decades = [];
    for (let y = Math.ceil(first / 10) * 10; y <= last; y += 10) decades.push(y);
    const marks = [first, ...decades.filter((y) => y !== first && y !== last), last];
    fill(this.el.ticks, marks.map((y) => h("option", { value: String(y), label: String(y) })));
    fill(this.el.tickLabels, marks.map((y) => h("span", { dataset: { year: String(y) } }, String(y))));
    for (const label of this.el.tickLabels.children) {
      label.style.left = `${((Number(label.dataset.year) - first) / Math.max(1, last - first)) * 100}%`;
    }
  }

  setActors(actors) {
    fill(this.el.actors, actors.map((a) => h("option", { value: a.code }, `${a.name} (${a.region || a.kind})`)));
  }

  get year() {
    return this.el.slider.value;
  }

  /** The state of this view, as the address keeps it (defaults left out). */
  state() {
    const kinds = this.el.kinds.filter((k) => k.checked).map((k) => k.value);
    return {
      as_of: this.asOf === this.el.slider.max ? null : this.asOf,
      kinds: kinds.length === this.allKinds.length ? null : kinds.join(",") || "none",
      provision: this.el.provision.value,
      region: this.el.region.value,
      bloc: this.el.blocColours.checked ? "1" : null,
      focus: this.focus || null,
      table: this.el.tableBox.open ? "1" : null,
    };
  }

  /** Set every control from the address's parameters, then load and draw. */
  async applyState(params) {
    const kinds = params.get("kinds") ? params.get("kinds").split(",") : this.allKinds;
    for (const k of this.el.kinds) k.checked = kinds.includes(k.value);
    this.el.provision.value = params.get("provision") || "";
    this.el.region.value = params.get("region") || "";
    this.el.blocColours.checked = params.get("bloc") === "1";
    this.el.tableBox.open = params.get("table") === "1";
    this.focus = (params.get("focus") || "").toUpperCase();
    const asOf = params.get("as_of") || this.el.slider.max;
    const region = (this.network && this.network.region) || "";
    if (asOf !== this.asOf || !this.network || region !== this.el.region.value) await this.setAsOf(asOf);
    else {
      await this.loadBlocs();
      this.render();
    }
    this.cy.resize();
  }

  /** A control changed: redraw and keep the new state in the address. */
  changed() {
    this.render();
    update(this.state());
  }

  /** Load and draw the network as of a year or a date (loads run one after another). */
  setAsOf(value, { push = false } = {}) {
    const asOf = String(value);
    this.asOf = asOf;
    this.el.slider.value = asOf.slice(0, 4);
    this.el.date.value = asOf.length === 10 ? asOf : "";
    this.el.asOfLabel.textContent = asOf;
    if (push) update(this.state(), { replace: this.playing === true });
    this.loading = this.loading.then(() => this.load(asOf)).catch((error) => notice(this.el.status, error.message, "error"));
    return this.loading;
  }

  /** Kept for callers that move by whole years. */
  setYear(year) {
    return this.setAsOf(String(year));
  }

  async load(asOf) {
    if (asOf !== this.asOf) return; // the control moved on meanwhile: only its last value counts
    this.root.dataset.loading = "true";
    // The strongest ties only, with how many there are in all: what is drawn is asked for.
    this.network = await getJSON("/network/page", { as_of: asOf, region: this.el.region.value, limit: this.limit });
    await this.loadBlocs();
    this.render();
    this.root.dataset.asOf = asOf;
    delete this.root.dataset.loading;
  }

  async loadBlocs() {
    this.blocs = new Map();
    if (!this.el.blocColours.checked || !this.network) return;
    const found = await getJSON("/blocs", { as_of: this.network.as_of });
    found.blocs.forEach((bloc, i) => {
      for (const code of bloc.members) this.blocs.set(code, { id: bloc.id, colour: BLOC_COLOURS[i % BLOC_COLOURS.length] });
    });
  }

  /** The edges and nodes the filters let through. */
  visible() {
    const kinds = new Set(this.el.kinds.filter((k) => k.checked).map((k) => k.value));
    const provision = this.el.provision.value;
    const region = this.el.region.value;
    const byCode = new Map(this.network.nodes.map((n) => [n.code, n]));
    const inRegion = (code) => !region || (byCode.get(code)?.region || "") === region;
    const edges = this.network.edges.filter((e) => {
      if (!kinds.has(e.kind)) return false;
      if (provision && e.kind === "agreement" && !e.details.some((d) => d.provisions.includes(provision))) return false;
      if (provision && e.kind !== "agreement") return false;
      return inRegion(e.source) || inRegion(e.target);
    });
    const codes = new Set(edges.flatMap((e) => [e.source, e.target]));
    return { nodes: this.network.nodes.filter((n) => codes.has(n.code)), edges };
  }

  render() {
    if (!this.network) return;
    const { nodes, edges } = this.visible();
    const degree = new Map();
    for (const e of edges) for (const c of [e.source, e.target]) degree.set(c, (degree.get(c) || 0) + 1);
    this.edgeDetails = new Map(edges.map((e) => [edgeId(e), e]));
    const elements = [
      ...nodes.map((n) => {
        const d = degree.get(n.code) || 0;
        return {
          group: "nodes",
          data: {
            id: n.code,
            name: n.name,
            kind: n.kind || "state",
            region: n.region || "",
            degree: d,
            // Area grows with the number of ties; the label with it, so big actors keep theirs.
            size: Math.round(14 + 7 * Math.sqrt(d)),
            font: Math.round(Math.min(20, 9 + 1.6 * Math.sqrt(d))),
            bloc: this.blocs.get(n.code)?.id || "",
            colour: this.blocs.get(n.code)?.colour || KIND_COLOURS[n.kind] || KIND_COLOURS.state,
          },
        };
      }),
      ...edges.map((e) => ({
        group: "edges",
        data: {
          id: edgeId(e),
          source: e.source,
          target: e.target,
          kind: e.kind,
          label: e.label,
          weight: e.weight,
          record_ids: e.record_ids,
          colour: edgeColour(e),
          width: edgeWidth(e),
        },
      })),
    ];
    this.cy.batch(() => {
      this.cy.elements().remove();
      const added = this.cy.add(elements);
      if (nodes.length > HUGE) added.edges().addClass("lite");
    });
    this.place();
    this.applyFocus();
    this.drawTable(edges);
    this.drawLegend();
    fill(this.el.status, `As of ${this.network.as_of}: ${nodes.length} actors, ${edges.length} ties`, this.filtersNote());
    this.drawPageNote();
  }

  /** How many ties the page holds of how many there are, and a way to ask for more. */
  drawPageNote() {
    const { edges, total } = this.network;
    const where = this.network.region ? ` in ${this.network.region}` : "";
    this.el.shown.textContent = `Showing the ${COUNT.format(edges.length)} strongest of ${COUNT.format(total)} ties${where}.`;
    this.el.more.hidden = edges.length >= total;
    this.el.more.disabled = this.limit >= MOST;
    this.el.more.textContent = this.limit >= MOST ? `${COUNT.format(MOST)} is the most drawn` : `Show ${COUNT.format(Math.min(PAGE, total - edges.length))} more`;
  }

  filtersNote() {
    const notes = [];
    if (this.el.provision.value) notes.push(`provision ${pretty(this.el.provision.value)}`);
    if (this.el.region.value) notes.push(`region ${this.el.region.value}`);
    return notes.length ? ` (filtered: ${notes.join(", ")})` : "";
  }

  /** Known nodes where they were; new ones laid out around them, then remembered. */
  place() {
    const fresh = [];
    this.cy.nodes().forEach((node) => {
      const known = this.positions.get(node.id());
      if (known) {
        node.position(known);
        node.lock();
      } else {
        fresh.push(node);
      }
    });
    if (fresh.length) {
      // Start each new node next to a placed neighbour (or on a circle) so the layout,
      // which is not randomised, gives the same picture every time.
      const ring = 220 + 12 * Math.sqrt(fresh.length) * 10;
      fresh.forEach((node, i) => {
        const anchor = node.neighborhood("node").filter((n) => this.positions.has(n.id()))[0];
        const angle = (2 * Math.PI * i) / fresh.length;
        const base = anchor ? this.positions.get(anchor.id()) : { x: 0, y: 0 };
        const radius = anchor ? 60 : ring * (0.5 + ((i * 7919) % 97) / 194);
        node.position({ x: base.x + radius * Math.cos(angle), y: base.y + radius * Math.sin(angle) });
      });
      const big = fresh.length > BIG;
      if (fresh.length > HUGE) {
        // The force layout grows with the square of the nodes: rings by number of ties
        // (hubs in the middle) draw 2,000 actors at once; a node's neighbours stay near.
        this.cy.nodes().filter((n) => !n.locked()).layout({ name: "concentric", concentric: (n) => n.data("degree"), levelWidth: () => 2, minNodeSpacing: 6, fit: false, animate: false }).run();
      } else this.cy
        .layout({
          name: "cose",
          randomize: false,
          animate: false,
          fit: false,
          nodeRepulsion: () => 60000,
          nodeOverlap: 20,
          idealEdgeLength: () => 70,
          edgeElasticity: () => 100,
          gravity: 0.8,
          componentSpacing: 50,
          numIter: big ? 150 : 2000,
          coolingFactor: big ? 0.9 : 0.99,
        })
        .run();
    }
    this.cy.nodes().forEach((node) => {
      node.unlock();
      this.positions.set(node.id(), { ...node.position() });
    });
    this.cy.fit(undefined, 30);
    this.thinLabels();
  }

  /** On a large network at the fitted zoom, only the actors with most ties keep a readable
   * label; the rest show theirs as the user zooms in (min-zoomed-font-size). */
  thinLabels() {
    const nodes = this.cy.nodes();
    const big = nodes.length > BIG;
    const renderer = this.cy.renderer();
    // Responsive while panned or zoomed: edges hidden and a bitmap moved during the gesture.
    renderer.hideEdgesOnViewport = nodes.length > HUGE;
    if (!big) return;
    const zoom = this.cy.zoom();
    const top = nodes.sort((a, b) => b.data("degree") - a.data("degree")).slice(0, LABELLED);
    this.cy.batch(() => top.forEach((n) => n.data("font", Math.max(n.data("font"), 10 / zoom))));
  }

  /** The card of an edge ("agreement:PRK-RUS"), its id kept in the address. */
  async showEdge(id, { restore = false } = {}) {
    await this.loading;
    const edge = this.cy.getElementById(id);
    if (edge.empty()) {
      notice(this.el.status, `${id} is not drawn as of ${this.asOf} with these filters`);
      return;
    }
    const data = edge.data();
    const what = { agreement: "agreements", claim: "claims of supply", trade: "trade" }[data.kind] || this.tieKinds.find((k) => k.edge === data.kind)?.label || data.kind;
    const arrow = data.kind === "claim" ? "→" : "–";
    this.cy.elements().unselect();
    edge.select();
    await showCards(this.panel, `${data.source} ${arrow} ${data.target}: ${what}`, data.record_ids.map((rid) => () => recordCard(rid)), { key: `edge:${id}`, restore });
  }

  /** Focus an actor: its neighbourhood stays, the rest fades; its card opens. */
  select(code) {
    this.focus = code;
    this.applyFocus();
    this.drawTable(this.visible().edges);
    update({ focus: code || null });
    if (code) showCards(this.panel, code, [() => actorCard(code)], { key: `actor:${code}` });
  }

  applyFocus() {
    this.cy.batch(() => {
      this.cy.elements().removeClass("faded");
      this.cy.nodes().removeClass("found");
      if (!this.focus) return;
      const node = this.cy.getElementById(this.focus);
      if (node.empty()) return;
      node.addClass("found");
      this.cy.elements().not(node.closedNeighborhood()).addClass("faded");
    });
  }

  /** Find an actor by code, name or alias (the API resolves names: /actors?q=). */
  async find(value) {
    await this.loading; // a region just chosen: its page first
    const typed = String(value || "").trim();
    if (!typed) return this.select("");
    let code = typed.toUpperCase();
    if (this.cy.getElementById(code).empty()) {
      const found = (await getJSON("/actors", { q: typed, limit: 20 })).items;
      const drawn = found.find((a) => !this.cy.getElementById(a.code).empty());
      if (!drawn) {
        const known = found[0];
        notice(this.el.status, known ? `${known.name} (${known.code}) has no ties shown as of ${this.asOf} with these filters` : `no actor is called "${typed}"`);
        return;
      }
      code = drawn.code;
    }
    const node = this.cy.getElementById(code);
    this.cy.animate({ center: { eles: node }, zoom: Math.max(this.cy.zoom(), 1.2) }, { duration: 300 });
    this.select(code);
  }

  hover(event) {
    const target = event.target;
    target.addClass("hovered");
    const tip = this.el.tooltip;
    const lines = target.isNode() ? nodeTip(target.data()) : edgeTip(this.edgeDetails.get(target.id()), this.sources);
    fill(tip, lines.map((l) => h("div", null, l)));
    const point = event.renderedPosition || target.renderedMidpoint?.() || { x: 0, y: 0 };
    tip.style.left = `${Math.round(point.x + 14)}px`;
    tip.style.top = `${Math.round(point.y + 14)}px`;
    tip.hidden = false;
    tip.dataset.for = target.id();
    if (target.isEdge()) this.countSources(target.id());
  }

  unhover(event) {
    event.target.removeClass("hovered");
    this.el.tooltip.hidden = true;
  }

  /** Fill in the number of sources of each record on a hovered edge (fetched once each). */
  async countSources(id) {
    const edge = this.edgeDetails.get(id);
    await Promise.all(
      edge.record_ids.map(async (rid) => {
        if (!this.sources.has(rid)) this.sources.set(rid, getJSON(recordPath(rid)).then((r) => r.n_sources).catch(() => null));
        await this.sources.get(rid);
      }),
    );
    const counts = await Promise.all(edge.record_ids.map((rid) => this.sources.get(rid)));
    if (this.el.tooltip.dataset.for !== id || this.el.tooltip.hidden) return;
    const total = counts.reduce((a, b) => a + (b || 0), 0);
    const line = this.el.tooltip.querySelector(".sources-count") || h("div", { class: "sources-count" });
    line.textContent = `${total} source${total === 1 ? "" : "s"}`;
    this.el.tooltip.append(line);
  }

  /** The table alternative to the graph: one row per record of the drawn ties. */
  tableRows() {
    if (!this.network) return [];
    const rows = new Map();
    for (const e of this.visible().edges) {
      if (this.focus && e.source !== this.focus && e.target !== this.focus) continue;
      for (const d of e.details) {
        const row = rows.get(d.id) || { record: d.id, kind: e.kind, actors: [], what: detailWhat(e.kind, d), date: detailDate(e.kind, d), label: e.label, edge: edgeId(e) };
        for (const c of [e.source, e.target]) if (!row.actors.includes(c)) row.actors.push(c);
        rows.set(d.id, row);
      }
    }
    return [...rows.values()].sort((a, b) => a.kind.localeCompare(b.kind) || String(a.date).localeCompare(String(b.date)));
  }

  drawTable() {
    // Built when open (a table of thousands of rows costs more than the drawing).
    if (!this.el.tableBox.open) {
      this.el.tableNote.textContent = "";
      return;
    }
    const rows = this.tableRows();
    this.el.tableNote.textContent = `${rows.length} records${this.focus ? ` involving ${this.focus}` : ""}, as of ${this.asOf}`;
    const body = rows.map((r) => {
      const tr = h(
        "tr",
        { tabindex: "0", dataset: { tie: r.record, edge: r.edge } },
        h("td", null, r.kind),
        h("td", null, r.actors.join(", ")),
        h("td", null, r.what),
        h("td", null, r.date || "undated"),
        h("td", null, pretty(r.label)),
        h("td", null, r.record),
      );
      const open = () => showCards(this.panel, r.record, [() => recordCard(r.record)], { key: `record:${r.record}` });
      tr.addEventListener("click", open);
      tr.addEventListener("keydown", (event) => event.key === "Enter" && open());
      return tr;
    });
    fill(
      this.el.table,
      h("caption", { class: "muted" }, "The drawn ties, one row per record (Tab to a row, Enter opens its card)"),
      h("thead", null, h("tr", null, ["Kind", "Actors", "What", "Date", "Tier / status", "Record"].map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", null, body),
    );
  }

  async play() {
    const { slider, play } = this.el;
    if (Number(slider.value) >= Number(slider.max)) slider.value = slider.min;
    play.textContent = "❚❚ Pause";
    play.setAttribute("aria-pressed", "true");
    this.playing = true;
    while (this.playing && Number(slider.value) <= Number(slider.max)) {
      const started = Date.now();
      await this.setAsOf(slider.value, { push: true });
      await new Promise((done) => setTimeout(done, Math.max(0, PLAY_STEP_MS - (Date.now() - started))));
      if (!this.playing || Number(slider.value) >= Number(slider.max)) break;
      slider.value = String(Number(slider.value) + 1);
    }
    this.stop();
  }

  stop() {
    this.playing = false;
    this.el.play.textContent = "▶ Play";
    this.el.play.setAttribute("aria-pressed", "false");
  }

  exportPng() {
    download(`blocwatch-network-${this.asOf}.png`, this.cy.png({ output: "blob", bg: "#ffffff", full: true, scale: 2 }));
  }

  /** Nodes and edges as drawn, for the graph exports. */
  drawn() {
    const nodes = this.cy.nodes().map((n) => ({ ...n.data(), ...n.position() }));
    const edges = this.cy.edges().map((e) => ({ ...e.data() }));
    return { nodes, edges };
  }

  exportGraph(format) {
    const { nodes, edges } = this.drawn();
    const graph = { as_of: this.network.as_of, ...Object.fromEntries(Object.entries(this.state()).filter(([k, v]) => v && k !== "as_of" && k !== "table")) };
    if (format === "graphml") download(`blocwatch-network-${this.asOf}.graphml`, graphml(nodes, edges, graph), "application/graphml+xml");
    else download(`blocwatch-network-${this.asOf}.gexf`, gexf(nodes, edges, graph), "application/gexf+xml");
  }

  exportDrawing() {
    const { nodes, edges } = this.drawn();
    if (!nodes.length) return;
    download(`blocwatch-network-${this.asOf}.svg`, svgDrawing(nodes, edges, `blocwatch network as of ${this.asOf}`), "image/svg+xml");
  }

  drawLegend() {
    const line = (colour, text, kind) => h("li", null, h("span", { class: `swatch ${kind}`, dataset: { colour } }), text);
    const dot = (colour, text, shape) => h("li", null, h("span", { class: `dot ${shape}`, dataset: { colour } }), text);
    const blocs = [...new Map([...this.blocs.values()].map((b) => [b.id, b.colour]))];
    const items = [
      h("li", { class: "legend-head" }, "Nodes:"),
      ...(blocs.length ? blocs.map(([id, colour]) => dot(colour, `bloc ${id}`, "round")) : [dot(KIND_COLOURS.state, "state", "round"), dot(KIND_COLOURS.organisation, "organisation", "square")]),
      h("li", { class: "muted" }, "size: number of ties"),
      h("li", { class: "legend-head" }, "Edges:"),
      ...Object.entries(TIER_COLOURS).map(([tier, colour]) => line(colour, `agreement: ${tier}`, "solid")),
      ...Object.entries(STATUS_COLOURS).map(([status, colour]) => line(colour, `claim: ${status}`, "dashed")),
      line(TRADE_COLOUR, "trade (width: value)", "dotted"),
      ...this.tieKinds.filter((k) => !BUILT_IN.includes(k.edge)).map((k) => line(edgeColour({ kind: k.edge }), k.label, "solid")),
    ];
    fill(this.el.legend, items);
    // Colours are set through the CSSOM (allowed by the page's style policy), not markup.
    for (const swatch of this.el.legend.querySelectorAll(".swatch")) swatch.style.borderColor = swatch.dataset.colour;
    for (const swatch of this.el.legend.querySelectorAll(".dot")) swatch.style.backgroundColor = swatch.dataset.colour;
  }
}

const TABLE_COLUMNS = ["record", "kind", "actors", "what", "date", "label"];

function edgeId(e) {
  return `${e.kind}:${e.source}-${e.target}`;
}

// The kinds of tie drawn and described in their own way here; others by name, date and label.
const BUILT_IN = ["agreement", "claim", "trade"];
let moreKinds = [];

function detailWhat(kind, d) {
  if (kind === "agreement") return d.name || pretty(d.kind);
  if (kind === "claim") return `${pretty(d.action)}${d.items?.length ? `: ${d.items.join(", ")}` : ""}`;
  if (kind !== "trade") return d.name || pretty(d.label || kind);
  return `${formatValue(d.value, d.unit)}${d.period ? ` (${d.period})` : ""}`;
}

function detailDate(kind, d) {
  if (kind === "agreement") return d.signed || "";
  if (kind === "trade") return d.period || d.reported || "";
  return d.date || "";
}

function nodeTip(d) {
  return [`${d.name} (${d.id})`, `${d.kind}${d.region ? ` · ${d.region}` : ""}`, `${d.degree} tie${d.degree === 1 ? "" : "s"} shown`];
}

function edgeTip(edge) {
  if (!edge) return [];
  const head = `${edge.source} ${edge.kind === "claim" ? "→" : "–"} ${edge.target}`;
  const lines = [head];
  for (const d of edge.details.slice(0, 4)) {
    if (edge.kind === "agreement") {
      lines.push(`${d.name || pretty(d.kind)} · signed ${d.signed || "undated"} · defence clause: ${yesNo(d.defense)}`);
    } else if (edge.kind === "claim") {
      lines.push(`${detailWhat("claim", d)} · ${d.status} · alleged by ${(d.claimants || []).join(", ") || "the outlet"}`);
    } else if (edge.kind === "trade") {
      lines.push(`trade ${detailWhat("trade", d)}`);
    } else {
      lines.push([detailWhat(edge.kind, d), detailDate(edge.kind, d)].filter(Boolean).join(" · "));
    }
  }
  if (edge.details.length > 4) lines.push(`+${edge.details.length - 4} more`);
  return lines;
}

function edgeColour(edge) {
  if (edge.kind === "agreement") return TIER_COLOURS[edge.label] || TIER_COLOURS.unspecified;
  if (edge.kind === "claim") return STATUS_COLOURS[edge.label] || STATUS_COLOURS.alleged;
  if (edge.kind === "trade") return TRADE_COLOUR;
  if (!moreKinds.includes(edge.kind)) moreKinds.push(edge.kind);
  return MORE_COLOURS[moreKinds.indexOf(edge.kind) % MORE_COLOURS.length];
}

function edgeWidth(edge) {
  if (edge.kind === "agreement") return 1.5 + 6 * edge.weight;
  if (edge.kind === "claim") return 1.5 + 2.5 * edge.weight;
  if (edge.kind !== "trade") return 1.5 + 4 * edge.weight;
  return 1 + Math.min(6, Math.log10(1 + edge.weight) * 2.5); // billions of USD
}
