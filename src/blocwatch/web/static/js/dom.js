// Building the page safely. Everything shown comes from articles and is untrusted: text is
// only ever set as text nodes (textContent), attributes only through setAttribute on a fixed
// list of names, and links only to http(s) or this app. Nothing here parses HTML.

const SVG_NS = "http://www.w3.org/2000/svg";

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

function setAttrs(el, attrs) {
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "class") el.className = value;
    else if (name === "dataset") Object.assign(el.dataset, value);
    else if (name.startsWith("on")) el.addEventListener(name.slice(2), value);
    else if (name === "href") el.setAttribute("href", safeHref(value));
    else el.setAttribute(name, value === true ? "" : String(value));
  }
  return el;
}

/** An HTML element: h("a", {href: "#doc/x", class: "doc"}, "text", child, ...). */
export function h(tag, attrs, ...children) {
  return append(setAttrs(document.createElement(tag), attrs), children);
}

/** An SVG element, the same way. */
export function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value !== null && value !== undefined) el.setAttribute(name, String(value));
  }
  return append(el, children);
}

/** Replace an element's children. */
export function fill(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

/** A link target that cannot run script: in-app (#..., /...) or http(s); else nothing. */
export function safeHref(value) {
  const text = String(value);
  if (text.startsWith("#") || (text.startsWith("/") && !text.startsWith("//"))) return text;
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : "#";
  } catch {
    return "#";
  }
}

/** A text with the spans [start, end) wrapped in <mark>; spans are {start, end, ...attrs}. */
export function marked(text, spans, markAttrs) {
  const out = [];
  let at = 0;
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const span of sorted) {
    if (span.end <= at) continue; // nested or repeated: the outer mark already covers it
    const start = Math.max(span.start, at);
    if (start > at) out.push(text.slice(at, start));
    out.push(h("mark", markAttrs ? markAttrs(span) : null, text.slice(start, span.end)));
    at = span.end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

export function codes(list) {
  return (list || []).join(", ") || "—";
}

export function yesNo(value) {
  if (value === true) return "yes";
  if (value === false) return "no";
  return "not stated";
}

export function pretty(word) {
  return String(word ?? "—").replaceAll("_", " ");
}

/** A status message in a container ("loading", an error). */
export function notice(el, text, kind = "info") {
  fill(el, h("p", { class: `notice ${kind}` }, text));
}

/** "146.9 bn USD": a figure with its unit, in words a reader takes in at a glance. */
export function formatValue(value, unit) {
  const v = Number(value);
  const abs = Math.abs(v);
  const fmt = (x) => x.toLocaleString("en", { maximumFractionDigits: 1 });
  const num = abs >= 1e12 ? `${fmt(v / 1e12)} tn` : abs >= 1e9 ? `${fmt(v / 1e9)} bn` : abs >= 1e6 ? `${fmt(v / 1e6)} m` : v.toLocaleString("en", { maximumFractionDigits: 2 });
  return unit ? `${num} ${unit}` : num;
}
