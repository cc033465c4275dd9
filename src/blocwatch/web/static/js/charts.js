// Small SVG charts (no library): lines of measure series over time, bars per year.

import { h, s } from "./dom.js";

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
  if (abs >= 1e9) return `${(value / 1e9).toLocaleString("en", { maximumFractionDigits: 1 })}bn`;
  if (abs >= 1e6) return `${(value / 1e6).toLocaleString("en", { maximumFractionDigits: 1 })}m`;
  if (abs >= 1e3) return `${(value / 1e3).toLocaleString("en", { maximumFractionDigits: 1 })}k`;
  return value.toLocaleString("en", { maximumFractionDigits: 2 });
}

/** A line chart of several series, each {label, points: [{date, value}]}, one unit. */
export function lineChart(series, unit) {
  const all = series.flatMap((x) => x.points);
  if (!all.length) return h("p", { class: "muted" }, "no dated figures");
  const xs = all.map((p) => dateValue(p.date));
  let [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  if (x0 === x1) [x0, x1] = [x0 - 1, x1 + 1];
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
  for (let year = Math.ceil(x0); year <= Math.floor(x1); year += Math.max(1, Math.round((x1 - x0) / 8))) {
    svg.append(s("text", { x: x(year), y: HEIGHT - 8, class: "axis", "text-anchor": "middle" }, String(year)));
  }
  series.forEach((one, i) => {
    const colour = COLOURS[i % COLOURS.length];
    const points = [...one.points].sort((a, b) => dateValue(a.date) - dateValue(b.date));
    svg.append(s("polyline", { points: points.map((p) => `${x(dateValue(p.date))},${y(p.value)}`).join(" "), fill: "none", stroke: colour, "stroke-width": 2 }));
    for (const p of points) {
      svg.append(s("circle", { cx: x(dateValue(p.date)), cy: y(p.value), r: 4, fill: colour }, s("title", null, `${one.label} ${p.date}: ${p.value.toLocaleString("en")} ${unit}`)));
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
  bars.forEach((bar, i) => {
    const x = PAD.left + i * band + band * 0.15;
    svg.append(s("rect", { x, y: y(bar.value), width: band * 0.7, height: y(0) - y(bar.value), class: "bar" }, s("title", null, bar.title || `${bar.label}: ${bar.value}`)));
    svg.append(s("text", { x: x + band * 0.35, y: HEIGHT - 8, class: "axis", "text-anchor": "middle" }, bar.label));
  });
  return h("figure", { class: "chart-figure" }, svg, h("figcaption", null, unit));
}
