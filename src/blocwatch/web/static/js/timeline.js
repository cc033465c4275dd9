// An actor's timeline: its dated events on both clocks, a chart of its figures (trade, troops
// ...) over time, and its partnerships per year.

import { getJSON } from "./api.js";
import { recordCard, showCards } from "./cards.js";
import { barChart, byGrain, lineChart } from "./charts.js";
import { fill, h, notice, pretty } from "./dom.js";
import { exportButtons } from "./exports.js";

export class TimelineView {
  constructor(root, panel) {
    this.root = root;
    this.panel = panel;
    this.el = {
      actor: root.querySelector("#timeline-actor"),
      charts: root.querySelector("#timeline-charts"),
      events: root.querySelector("#timeline-events"),
      title: root.querySelector("#timeline-title"),
    };
    this.events = [];
    this.el.title.after(
      exportButtons(
        () => `blocwatch-timeline-${this.root.dataset.actor || "none"}`,
        () => this.events.map((e) => ({ ...e })),
        ["date", "time", "kind", "summary", "record_id", "conflict", "doc_ids"],
        "timeline-export",
      ),
    );
    this.el.actor.addEventListener("change", () => {
      window.location.hash = `#timeline/${encodeURIComponent(this.el.actor.value)}`;
    });
  }

  setActors(actors) {
    fill(this.el.actor, h("option", { value: "" }, "choose an actor …"), actors.map((a) => h("option", { value: a.code }, `${a.name} (${a.code})`)));
  }

  async show(code) {
    if (!code) {
      notice(this.el.events, "Choose an actor to see its timeline.");
      fill(this.el.charts);
      return;
    }
    this.el.actor.value = code;
    notice(this.el.events, "loading …");
    fill(this.el.charts);
    try {
      const year = new Date().getFullYear();
      const [events, measures, growth] = await Promise.all([
        getJSON(`/actors/${encodeURIComponent(code)}/timeline`, { limit: 1000 }),
        getJSON("/measures", { actor: code, limit: 1000 }),
        getJSON(`/actors/${encodeURIComponent(code)}/growth`, { start: year - 14, end: year }),
      ]);
      this.el.title.textContent = `Timeline: ${growth.name} (${growth.actor})`;
      this.drawCharts(measures.items, growth);
      this.drawEvents(events.items);
      this.root.dataset.actor = code;
    } catch (error) {
      notice(this.el.events, error.message, "error");
    }
  }

  drawCharts(series, growth) {
    // One chart per metric, unit and period grain: a monthly figure is not a point on a line
    // of yearly totals. Undated figures are charted at their report date, on their own.
    const byMetric = new Map();
    for (const m of series) {
      const points = m.points.map((p) => ({ date: p.period || p.reported, value: p.value, conflict: p.conflict, undated: !p.period })).filter((p) => p.date);
      for (const [g, group] of byGrain(points.filter((p) => !p.undated))) add(byMetric, `${m.metric}|${m.unit}|${g}`, m, group);
      const undated = points.filter((p) => p.undated);
      if (undated.length) add(byMetric, `${m.metric}|${m.unit}|reported`, m, undated);
    }
    const charts = [...byMetric].map(([key, lines]) => {
      const [metric, unit, g] = key.split("|");
      const caption = g === "reported" ? "undated figures, by report date" : `${g} figures`;
      return h("section", { class: "chart-box", dataset: { metric, grain: g } }, h("h3", null, `${pretty(metric)} `, h("small", { class: "muted" }, caption)), lineChart(lines, unit));
    });
    const bars = growth.years.map((y) => ({
      label: `'${String(y.year).slice(2)}`,
      value: y.strength,
      title: `${y.year}: ${y.n_partners} partners (${y.partners.map((p) => `${p.partner} ${p.tier}`).join(", ") || "none"})`,
    }));
    charts.push(h("section", { class: "chart-box" }, h("h3", null, "Partnerships: strength per year"), barChart(bars, "sum of partners' weights (defence 1.0 … unspecified 0.1)")));
    fill(this.el.charts, charts);
  }

  drawEvents(events) {
    this.events = events;
    if (!events.length) {
      notice(this.el.events, "No dated events.");
      return;
    }
    const rows = events.map((e) => {
      const open = h("button", { type: "button", class: "link" }, e.record_id);
      open.addEventListener("click", () => showCards(this.panel, e.record_id, [() => recordCard(e.record_id)], { key: `record:${e.record_id}` }));
      return h(
        "tr",
        { class: `event ${e.time}` },
        h("td", { class: "date" }, e.date),
        h("td", null, h("span", { class: `clock ${e.time}`, title: e.time === "valid" ? "when it happened" : "when it was reported" }, e.time)),
        h("td", null, pretty(e.kind)),
        h("td", null, e.summary, e.conflict ? h("span", { class: "conflict" }, " ⚠") : null),
        h("td", null, open),
        h("td", null, e.doc_ids.slice(0, 3).map((d, i) => [i ? ", " : "", h("a", { href: `#doc/${encodeURIComponent(d)}` }, d)]), e.doc_ids.length > 3 ? ` +${e.doc_ids.length - 3}` : ""),
      );
    });
    fill(
      this.el.events,
      h(
        "table",
        { class: "events" },
        h("thead", null, h("tr", null, ["Date", "Clock", "Event", "Summary", "Record", "Documents"].map((t) => h("th", null, t)))),
        h("tbody", null, rows),
      ),
    );
  }
}

function add(charts, key, series, points) {
  if (!charts.has(key)) charts.set(key, []);
  charts.get(key).push({ label: series.actors.join("–"), points });
}
