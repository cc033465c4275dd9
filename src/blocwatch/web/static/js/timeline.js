// An actor's timeline: its dated events on both clocks, a chart of its figures (trade, troops
// ...) over time, and its partnerships per year.

import { getJSON } from "./api.js";
import { recordCard, showCards } from "./cards.js";
import { barChart, lineChart } from "./charts.js";
import { fill, h, notice, pretty } from "./dom.js";

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
    const byMetric = new Map();
    for (const m of series) {
      const key = `${m.metric}|${m.unit}`;
      const points = m.points.filter((p) => p.period || p.reported).map((p) => ({ date: p.period || p.reported, value: p.value }));
      if (!byMetric.has(key)) byMetric.set(key, []);
      byMetric.get(key).push({ label: m.actors.join("–"), points });
    }
    const charts = [...byMetric].map(([key, lines]) => {
      const [metric, unit] = key.split("|");
      return h("section", { class: "chart-box" }, h("h3", null, pretty(metric)), lineChart(lines, unit));
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
