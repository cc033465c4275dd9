// Small SVG charts (no library): lines of measure series over time, bars per year. Every
// chart has dated x-axis labels; values read as "146.9 bn USD"; one line is one metric at one
// period grain (a monthly figure never joins a line of yearly ones).

import { formatValue, h, s } from "./dom.js";

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { left: 64, right: 16, top: 14, bottom: 28 };
const COLOURS = ["#3a78b5", "#c0392b", "#3a9a5b", "#8e44ad", "#d9822b", "#2c3e50"];

function dateValue(text) {
  // "2024", "2024-06" and "2024-06-19" as fractional years.
  const [y, m = 7, d = 1] = String(text).split("-").map(Number);
  return y + (m - 1) / 12 + (d - 1) / 365;
}

function short(value) {
  const abs = Math.abs(value);
  if (abs >= 1e3 && abs < 1e6) return `${(value / 1e3).toLocaleString("en", { maximumFractionDigits: 1 })}k`;
  return formatValue(value, "");
}

const GRAINS = { 4: "yearly", 7: "monthly", 10: "daily" };

/** The period grain of a figure's date: "yearly" (2024), "monthly" (2024-06), "daily". */
export function grain(period) {
  return GRAINS[String(period || "").length] || "undated";
}

/** Split points [{date, value, ...}] into one group per grain, largest grain first. */
export function byGrain(points) {
  const groups = new Map();
  for (const p of points) {
    const g = grain(p.date);
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g).push(p);
  }
  const order = ["yearly", "monthly", "daily", "undated"];
  return [...groups].sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]));
}

/** Date ticks for [x0, x1] in fractional years: years, or months when the span is short. */
function dateTicks(x0, x1) {
  const span = x1 - x0;
  if (span <= 2.5) {
    const ticks = [];
    const step = span <= 1 ? 1 : 3;
    for (let t = Math.ceil(x0 * 12); t <= Math.floor(x1 * 12); t += step) {
      const y = Math.floor(t / 12);
      ticks.push({ at: t / 12, label: `${y}-${String((t % 12) + 1).padStart(2, "0")}` });
    }
    if (ticks.length) return ticks;
  }
  const every = Math.max(1, Math.round(span / 8));
  const ticks = [];
  for (let year = Math.ceil(x0); year <= Math.floor(x1); year += every) ticks.push({ at: year, label: String(year) });
  return ticks.length ? ticks : [{ at: (x0 + x1) / 2, label: String(Math.floor((x0 + x1) / 2)) }];
}

/** A line chart of several series, each {label, points: [{date, value, conflict}]}, one
 * unit. Points whose sources disagree are drawn as open red rings. */
export function lineChart(series, unit) {
  const all = series.flatMap((x) => x.points);
  if (!all.length) return h("p", { class: "muted" }, "no dated figures");
  const xs = all.map((p) => dateValue(p.date));
  let [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  if (x0 === x1) [x0, x1] = [x0 - 0.5, x1 + 0.5];
  const pad = (x1 - x0) * 0.04;
  [x0, x1] = [x0 - pad, x1 + pad];
  const y1 = Math.max(...all.map((p) => p.value)) * 1.1 || 1;
  const x = (v) => PAD.left + ((v - x0) / (x1 - x0)) * (WIDTH - PAD.left - PAD.right);
  const y = (v) => HEIGHT - PAD.bottom - (v / y1) * (HEIGHT - PAD.top - PAD.bottom);
  const svg = s("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: "chart", role: "img" });
  svg.append(s("title", null, `${series.map((x) => x.label).join(", ")} (${unit})`));
  for (let i = 0; i <= 4; i += 1) {
    const v = (y1 * i) / 4;
    svg.append(s("line", { x1: PAD.left, x2: WIDTH - PAD.right, y1: y(v), y2: y(v), class: "grid" }));
    svg.append(s("text", { x: PAD.left - 6, y: y(v) + 4, class: "axis", "text-anchor": "end" }, `${short(v)}`));
  }
  for (const tick of dateTicks(x0, x1)) {
    svg.append(s("line", { x1: x(tick.at), x2: x(tick.at), y1: HEIGHT - PAD.bottom, y2: HEIGHT - PAD.bottom + 4, class: "grid" }));
    svg.append(s("text", { x: x(tick.at), y: HEIGHT - 8, class: "axis x-tick", "text-anchor": "middle" }, tick.label));
  }
  series.forEach((one, i) => {
    const colour = COLOURS[i % COLOURS.length];
    const points = [...one.points].sort((a, b) => dateValue(a.date) - dateValue(b.date));
    svg.append(s("polyline", { points: points.map((p) => `${x(dateValue(p.date))},${y(p.value)}`).join(" "), fill: "none", stroke: colour, "stroke-width": 2, class: "series", "data-series": one.label }));
    for (const p of points) {
      const tip = s("title", null, `${one.label} ${p.date}: ${formatValue(p.value, unit)}${p.conflict ? " (sources disagree)" : ""}`);
      const mark = p.conflict
        ? { cx: x(dateValue(p.date)), cy: y(p.value), r: 6, fill: "#fff", stroke: "#c0392b", "stroke-width": 3, class: "point conflict" }
        : { cx: x(dateValue(p.date)), cy: y(p.value), r: 4, fill: colour, class: "point" };
      svg.append(s("circle", mark, tip));
    }
  });
  const legend = h(
    "ul",
    { class: "chart-legend" },
    series.map((one, i) => {
      const swatch = h("span", { class: "swatch solid" });
      swatch.style.borderColor = COLOURS[i % COLOURS.length];
      return h("li", null, swatch, `${one.label} (${unit})`);
    }),
    all.some((p) => p.conflict) ? h("li", { class: "conflict" }, "○ sources disagree") : null,
  );
  return h("figure", { class: "chart-figure" }, svg, legend);
}

/** A bar chart of {label, value, title} bars. */
export function barChart(bars, unit) {
  if (!bars.length) return h("p", { class: "muted" }, "nothing to chart");
  const top = Math.max(...bars.map((b) => b.value), 1);
  const band = (WIDTH - PAD.left - PAD.right) / bars.length;
  const y = (v) => HEIGHT - PAD.bottom - (v / top) * (HEIGHT - PAD.top - PAD.bottom);
  const svg = s("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: "chart", role: "img" });
  svg.append(s("title", null, unit));
  for (let i = 0; i <= 4; i += 1) {
    const v = (top * i) / 4;
    svg.append(s("line", { x1: PAD.left, x2: WIDTH - PAD.right, y1: y(v), y2: y(v), class: "grid" }));
    svg.append(s("text", { x: PAD.left - 6, y: y(v) + 4, class: "axis", "text-anchor": "end" }, short(v)));
  }
  // Label every bar while they fit, else every n-th: the axis always carries dates.
  const every = Math.max(1, Math.ceil(bars.length / 16));
  bars.forEach((bar, i) => {
    const x = PAD.left + i * band + band * 0.15;
    svg.append(s("rect", { x, y: y(bar.value), width: band * 0.7, height: y(0) - y(bar.value), class: "bar" }, s("title", null, bar.title || `${bar.label}: ${bar.value}`)));
    if (i % every === 0) svg.append(s("text", { x: x + band * 0.35, y: HEIGHT - 8, class: "axis x-tick", "text-anchor": "middle" }, bar.label));
  });
  return h("figure", { class: "chart-figure" }, svg, h("figcaption", null, unit));
}
