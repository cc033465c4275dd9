// The network view: actors and their ties as of the slider's year, drawn with Cytoscape.js.
// Positions are kept from one year to the next (known nodes stay put, new ones are laid out
// around them), so scrubbing through time shows the network grow rather than jump.

import { apiUrl, getJSON } from "./api.js";
import { actorCard, recordCard, showCards } from "./cards.js";
import { fill, h, notice, pretty } from "./dom.js";

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
const BLOC_COLOURS = ["#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#42d4f4", "#f032e6", "#9a6324", "#469990", "#800000"];
const KIND_COLOURS = { state: "#5b7fa6", organisation: "#8e6fb0" };
const PLAY_STEP_MS = 900;

const STYLE = [
  {
    selector: "node",
    style: {
      label: "data(id)",
      "background-color": "data(colour)",
      color: "#1d2733",
      "font-size": 11,
      "font-weight": 600,
      "text-valign": "bottom",
      "text-margin-y": 3,
      width: 26,
      height: 26,
      "border-width": 1.5,
      "border-color": "#ffffff",
    },
  },
  { selector: 'node[kind = "organisation"]', style: { shape: "round-rectangle", width: 34 } },
  { selector: "node.found", style: { "border-color": "#111", "border-width": 4 } },
  {
    selector: "edge",
    style: { "curve-style": "bezier", width: "data(width)", "line-color": "data(colour)", opacity: 0.85 },
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
  { selector: "edge:selected", style: { "overlay-color": "#000", "overlay-opacity": 0.15 } },
  { selector: ".faded", style: { opacity: 0.12 } },
];

export class NetworkView {
  constructor(root, panel, meta) {
    this.root = root;
    this.panel = panel;
    this.meta = meta;
    this.positions = new Map();
    this.network = null;
    this.blocs = new Map();
    this.playing = null;
    this.loading = Promise.resolve();
    this.el = {
      graph: root.querySelector("#graph"),
      status: root.querySelector("#network-status"),
      slider: root.querySelector("#as-of"),
      asOfLabel: root.querySelector("#as-of-label"),
      play: root.querySelector("#play"),
      kinds: [...root.querySelectorAll("input[name=edge-kind]")],
      provision: root.querySelector("#provision"),
      region: root.querySelector("#region"),
      search: root.querySelector("#actor-search"),
      actors: root.querySelector("#actor-list"),
      blocColours: root.querySelector("#bloc-colours"),
      png: root.querySelector("#export-png"),
      graphml: root.querySelector("#export-graphml"),
      legend: root.querySelector("#legend"),
    };
    this.cy = window.cytoscape({
      container: this.el.graph,
      style: STYLE,
      minZoom: 0.2,
      maxZoom: 4,
      boxSelectionEnabled: false,
    });
    this.setUpControls();
    this.cy.on("tap", "edge", (event) => this.showEdge(event.target));
    this.cy.on("tap", "node", (event) => this.showActor(event.target.id()));
  }

  setUpControls() {
    const { slider, provision, region, kinds } = this.el;
    const first = Number((this.meta.first_day || "2000").slice(0, 4));
    const last = Math.max(new Date().getFullYear(), Number((this.meta.last_day || "2000").slice(0, 4)));
    slider.min = String(first);
    slider.max = String(last);
    slider.value = String(last);
    slider.addEventListener("input", () => this.setYear(slider.value));
    fill(provision, h("option", { value: "" }, "any provision"), this.meta.provisions.map((p) => h("option", { value: p }, pretty(p))));
    fill(region, h("option", { value: "" }, "all regions"), this.meta.regions.map((r) => h("option", { value: r }, r)));
    for (const control of [provision, region, ...kinds]) control.addEventListener("change", () => this.render());
    this.el.blocColours.addEventListener("change", () => this.loadBlocs().then(() => this.render()));
    this.el.play.addEventListener("click", () => (this.playing ? this.stop() : this.play()));
    this.el.search.addEventListener("change", () => this.find(this.el.search.value));
    this.el.png.addEventListener("click", () => this.exportPng());
    this.drawLegend();
  }

  async start() {
    const actors = await getJSON("/actors", { limit: 1000 });
    fill(this.el.actors, actors.items.map((a) => h("option", { value: a.code }, `${a.name} (${a.region || a.kind})`)));
    await this.setYear(this.el.slider.value);
  }

  get year() {
    return this.el.slider.value;
  }

  /** Load and draw the network as of ``year`` (loads run one after another). */
  setYear(year) {
    this.el.slider.value = String(year);
    this.el.asOfLabel.textContent = String(year);
    this.loading = this.loading.then(() => this.load(String(year))).catch((error) => notice(this.el.status, error.message, "error"));
    return this.loading;
  }

  async load(year) {
    if (year !== this.year) return; // the slider moved on meanwhile: only its last value counts
    this.root.dataset.loading = "true";
    this.network = await getJSON("/network", { as_of: year });
    await this.loadBlocs();
    this.render();
    this.root.dataset.asOf = year;
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
    const elements = [
      ...nodes.map((n) => ({
        group: "nodes",
        data: {
          id: n.code,
          name: n.name,
          kind: n.kind || "state",
          region: n.region || "",
          bloc: this.blocs.get(n.code)?.id || "",
          colour: this.blocs.get(n.code)?.colour || KIND_COLOURS[n.kind] || KIND_COLOURS.state,
        },
      })),
      ...edges.map((e) => ({
        group: "edges",
        data: {
          id: `${e.kind}:${e.source}-${e.target}`,
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
      this.cy.add(elements);
    });
    this.place();
    const year = this.network.as_of;
    this.el.graphml.setAttribute("href", apiUrl("/network.graphml", { as_of: year, kind: this.singleKind() }));
    fill(this.el.status, `As of ${year}: ${nodes.length} actors, ${edges.length} ties`, this.filtersNote());
  }

  filtersNote() {
    const notes = [];
    if (this.el.provision.value) notes.push(`provision ${pretty(this.el.provision.value)}`);
    if (this.el.region.value) notes.push(`region ${this.el.region.value}`);
    return notes.length ? ` (filtered: ${notes.join(", ")})` : "";
  }

  singleKind() {
    const checked = this.el.kinds.filter((k) => k.checked);
    const plural = { agreement: "agreements", claim: "claims", trade: "trade" };
    return checked.length === 1 ? plural[checked[0].value] : null;
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
      fresh.forEach((node, i) => {
        const anchor = node.neighborhood("node").filter((n) => this.positions.has(n.id()))[0];
        const angle = (2 * Math.PI * i) / fresh.length;
        const base = anchor ? this.positions.get(anchor.id()) : { x: 0, y: 0 };
        const radius = anchor ? 60 : 220;
        node.position({ x: base.x + radius * Math.cos(angle), y: base.y + radius * Math.sin(angle) });
      });
      this.cy
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
          numIter: 2000,
        })
        .run();
    }
    this.cy.nodes().forEach((node) => {
      node.unlock();
      this.positions.set(node.id(), { ...node.position() });
    });
    this.cy.fit(undefined, 30);
  }

  showEdge(edge) {
    const data = edge.data();
    const what = { agreement: "agreements", claim: "claims of supply", trade: "trade" }[data.kind];
    const arrow = data.kind === "claim" ? "→" : "–";
    showCards(this.panel, `${data.source} ${arrow} ${data.target}: ${what}`, data.record_ids.map((id) => () => recordCard(id)));
  }

  showActor(code) {
    showCards(this.panel, code, [() => actorCard(code)]);
  }

  find(value) {
    const code = String(value || "").trim().toUpperCase().split(" ")[0];
    this.cy.nodes().removeClass("found");
    if (!code) return;
    const node = this.cy.getElementById(code);
    if (node.empty()) {
      notice(this.el.status, `${code} has no ties shown as of ${this.year} with these filters`);
      return;
    }
    node.addClass("found");
    this.cy.animate({ center: { eles: node }, zoom: Math.max(this.cy.zoom(), 1.2) }, { duration: 300 });
    this.showActor(code);
  }

  async play() {
    const { slider, play } = this.el;
    if (Number(slider.value) >= Number(slider.max)) slider.value = slider.min;
    play.textContent = "❚❚ Pause";
    play.setAttribute("aria-pressed", "true");
    this.playing = true;
    while (this.playing && Number(slider.value) <= Number(slider.max)) {
      const started = Date.now();
      await this.setYear(slider.value);
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
    const blob = this.cy.png({ output: "blob", bg: "#ffffff", full: true, scale: 2 });
    const url = URL.createObjectURL(blob);
    const link = h("a", { download: `blocwatch-network-${this.year}.png` });
    link.href = url; // a blob: URL made here, not data from the server
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 5000);
  }

  drawLegend() {
    const line = (colour, text, kind) => h("li", null, h("span", { class: `swatch ${kind}`, dataset: { colour } }), text);
    const items = [
      ...Object.entries(TIER_COLOURS).map(([tier, colour]) => line(colour, `agreement: ${tier}`, "solid")),
      ...Object.entries(STATUS_COLOURS).map(([status, colour]) => line(colour, `claim: ${status}`, "dashed")),
      line(TRADE_COLOUR, "trade (width: value)", "dotted"),
    ];
    fill(this.el.legend, items);
    // Colours are set through the CSSOM (allowed by the page's style policy), not markup.
    for (const swatch of this.el.legend.querySelectorAll(".swatch")) swatch.style.borderColor = swatch.dataset.colour;
  }
}

function edgeColour(edge) {
  if (edge.kind === "agreement") return TIER_COLOURS[edge.label] || TIER_COLOURS.unspecified;
  if (edge.kind === "claim") return STATUS_COLOURS[edge.label] || STATUS_COLOURS.alleged;
  return TRADE_COLOUR;
}

function edgeWidth(edge) {
  if (edge.kind === "agreement") return 1.5 + 6 * edge.weight;
  if (edge.kind === "claim") return 1.5 + 2.5 * edge.weight;
  return 1 + Math.min(6, Math.log10(1 + edge.weight) * 2.5); // billions of USD
}
