// Exports of what is on screen, made in the page: tables as CSV or JSON, the graph as
// GraphML, GEXF or SVG. Nothing is fetched again: the file holds exactly the filtered view.

import { h } from "./dom.js";

/** Offer a file to save. */
export function download(filename, content, type) {
  const blob = content instanceof Blob ? content : new Blob([content], { type });
  const url = URL.createObjectURL(blob);
  const link = h("a", { download: filename });
  link.href = url; // a blob: URL made here, not data from the server
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 5000);
}

function csvCell(value) {
  const text = value === null || value === undefined ? "" : Array.isArray(value) ? value.join("; ") : String(value);
  // Quote when needed; a leading = + - @ is prefixed so a spreadsheet won't run it as a formula.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows (objects) as CSV with the given columns, header first. */
export function toCsv(rows, columns) {
  const lines = [columns.map(csvCell).join(",")];
  for (const row of rows) lines.push(columns.map((c) => csvCell(row[c])).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

/** Two buttons, CSV and JSON, exporting ``rows()`` (called at click time) as ``name``. */
export function exportButtons(name, rows, columns, idPrefix) {
  const csv = h("button", { type: "button", id: `${idPrefix}-csv`, class: "export" }, "CSV");
  const json = h("button", { type: "button", id: `${idPrefix}-json`, class: "export" }, "JSON");
  csv.addEventListener("click", () => download(`${name()}.csv`, toCsv(rows(), columns), "text/csv"));
  json.addEventListener("click", () => download(`${name()}.json`, `${JSON.stringify(rows(), null, 1)}\n`, "application/json"));
  return h("span", { class: "exports" }, "Export ", csv, " ", json);
}

function xml(text) {
  return String(text ?? "")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");
}

const NODE_KEYS = ["name", "kind", "region"];
const EDGE_KEYS = ["kind", "label", "weight", "record_ids"];

/** GraphML of nodes [{id, name, kind, region}] and edges [{source, target, kind, ...}]. */
export function graphml(nodes, edges, graphData) {
  const keys = [
    ...Object.keys(graphData).map((k) => `<key id="g_${k}" for="graph" attr.name="${k}" attr.type="string"/>`),
    ...NODE_KEYS.map((k) => `<key id="n_${k}" for="node" attr.name="${k}" attr.type="string"/>`),
    ...EDGE_KEYS.map((k) => `<key id="e_${k}" for="edge" attr.name="${k}" attr.type="${k === "weight" ? "double" : "string"}"/>`),
  ];
  const data = (prefix, obj, names) => names.map((k) => `<data key="${prefix}_${k}">${xml(Array.isArray(obj[k]) ? obj[k].join(" ") : obj[k])}</data>`).join("");
  const body = [
    ...nodes.map((n) => `<node id="${xml(n.id)}">${data("n", n, NODE_KEYS)}</node>`),
    ...edges.map((e, i) => `<edge id="e${i}" source="${xml(e.source)}" target="${xml(e.target)}">${data("e", e, EDGE_KEYS)}</edge>`),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
${keys.join("\n")}
<graph id="blocwatch" edgedefault="undirected">${data("g", graphData, Object.keys(graphData))}
${body.join("\n")}
</graph>
</graphml>
`;
}

/** GEXF 1.3 of the same, with the drawn positions. */
export function gexf(nodes, edges, graphData) {
  const attrs = (cls, names) => `<attributes class="${cls}">${names.map((k, i) => `<attribute id="${i}" title="${k}" type="string"/>`).join("")}</attributes>`;
  const values = (obj, names) => `<attvalues>${names.map((k, i) => `<attvalue for="${i}" value="${xml(Array.isArray(obj[k]) ? obj[k].join(" ") : obj[k])}"/>`).join("")}</attvalues>`;
  const edgeNames = EDGE_KEYS.filter((k) => k !== "weight");
  return `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
<meta><creator>blocwatch</creator><description>${xml(Object.entries(graphData).map(([k, v]) => `${k}=${v}`).join(" "))}</description></meta>
<graph defaultedgetype="undirected" mode="static">
${attrs("node", NODE_KEYS)}
${attrs("edge", edgeNames)}
<nodes>
${nodes.map((n) => `<node id="${xml(n.id)}" label="${xml(n.name || n.id)}">${values(n, NODE_KEYS)}${n.x === undefined ? "" : `<viz:position x="${n.x.toFixed(1)}" y="${(-n.y).toFixed(1)}" z="0"/>`}</node>`).join("\n")}
</nodes>
<edges>
${edges.map((e, i) => `<edge id="${i}" source="${xml(e.source)}" target="${xml(e.target)}" weight="${Number(e.weight) || 1}">${values(e, edgeNames)}</edge>`).join("\n")}
</edges>
</graph>
</gexf>
`;
}

/** An SVG drawing of the graph as laid out: [{id, x, y, size, colour}], edges with colour. */
export function svgDrawing(nodes, edges, title) {
  const at = new Map(nodes.map((n) => [n.id, n]));
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const pad = 40;
  const [x0, y0] = [Math.min(...xs) - pad, Math.min(...ys) - pad];
  const [w, hgt] = [Math.max(...xs) - x0 + pad, Math.max(...ys) - y0 + pad];
  const lines = edges.map((e) => {
    const [a, b] = [at.get(e.source), at.get(e.target)];
    const dash = e.kind === "claim" ? ' stroke-dasharray="6 4"' : e.kind === "trade" ? ' stroke-dasharray="2 3"' : "";
    return `<line x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${b.x.toFixed(1)}" y2="${b.y.toFixed(1)}" stroke="${xml(e.colour)}" stroke-width="${Number(e.width).toFixed(1)}" opacity="0.8"${dash}/>`;
  });
  const dots = nodes.map(
    (n) =>
      `<circle cx="${n.x.toFixed(1)}" cy="${n.y.toFixed(1)}" r="${(n.size / 2).toFixed(1)}" fill="${xml(n.colour)}" stroke="#fff"/>` +
      `<text x="${n.x.toFixed(1)}" y="${(n.y - n.size / 2 - 3).toFixed(1)}" text-anchor="middle" font-size="11" font-family="sans-serif" font-weight="600" stroke="#fff" stroke-width="3" paint-order="stroke">${xml(n.id)}</text>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x0.toFixed(0)} ${y0.toFixed(0)} ${w.toFixed(0)} ${hgt.toFixed(0)}" width="${w.toFixed(0)}" height="${hgt.toFixed(0)}">
<title>${xml(title)}</title>
<rect x="${x0.toFixed(0)}" y="${y0.toFixed(0)}" width="${w.toFixed(0)}" height="${hgt.toFixed(0)}" fill="#fff"/>
${lines.join("\n")}
${dots.join("\n")}
</svg>
`;
}
