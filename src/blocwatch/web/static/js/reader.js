// The document reader: find documents (full-text search or the newest), read one with every
// extracted fact's sentences highlighted, and open the record each fact went into.

import { getDocument, getJSON } from "./api.js";
import { recordCard, showCards } from "./cards.js";
import { codes, fill, h, marked, notice, pretty, safeHref } from "./dom.js";

export class ReaderView {
  constructor(root, panel) {
    this.root = root;
    this.panel = panel;
    this.el = {
      form: root.querySelector("#search-form"),
      query: root.querySelector("#search-query"),
      results: root.querySelector("#search-results"),
      doc: root.querySelector("#document"),
    };
    this.el.form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.search(this.el.query.value);
    });
  }

  async start() {
    if (!this.listed) await this.search("");
    this.listed = true;
  }

  async search(query) {
    notice(this.el.results, "loading …");
    try {
      const items = query.trim()
        ? (await getJSON("/search", { q: query, limit: 50 })).items
        : (await getJSON("/documents", { limit: 100 })).items;
      if (!items.length) {
        notice(this.el.results, "No documents found.");
        return;
      }
      fill(
        this.el.results,
        h(
          "ul",
          { class: "doc-list" },
          items.map((d) =>
            h(
              "li",
              null,
              h("a", { href: `#doc/${encodeURIComponent(d.id)}`, class: "doc-link" }, d.title || d.id),
              h("div", { class: "muted" }, `${d.published || "undated"} · ${d.source || d.id}`),
              d.snippet ? h("div", { class: "snippet" }, snippet(d.snippet)) : null,
            ),
          ),
        ),
      );
    } catch (error) {
      notice(this.el.results, error.message, "error");
    }
  }

  async show(docId, span) {
    this.start();
    notice(this.el.doc, "loading …");
    let found;
    try {
      found = await getDocument(docId);
    } catch (error) {
      notice(this.el.doc, error.message, "error");
      return;
    }
    const doc = found.document;
    const facts = Object.entries(found.facts).flatMap(([plural, rows]) => rows.map((f) => ({ ...f, type: plural.slice(0, -1) })));
    const spans = facts.flatMap((f, i) => f.evidence.map((e) => ({ ...e, fact: i, type: f.type })));
    const text = h(
      "div",
      { class: "doc-text" },
      marked(doc.text, spans, (sp) => ({ class: `fact ${sp.type} ${sp.role}`, dataset: { fact: String(sp.fact), start: String(sp.start) }, title: `${sp.type} (${sp.role})` })),
    );
    // A document's URL is shown as a link only when it is http(s); any other is plain text.
    const linkable = doc.url && safeHref(doc.url) !== "#";
    const url = linkable ? h("a", { href: doc.url, rel: "noopener noreferrer", target: "_blank" }, doc.url) : doc.url;
    fill(
      this.el.doc,
      h("h2", { class: "doc-title" }, doc.title || doc.id),
      h("p", { class: "muted" }, `${doc.published || "undated"} · ${doc.source || "unknown source"} · ${doc.id} `, url),
      doc.duplicate_of ? h("p", { class: "notice" }, "Near-duplicate of ", h("a", { href: `#doc/${encodeURIComponent(doc.duplicate_of)}` }, doc.duplicate_of)) : null,
      h("div", { class: "reader" }, text, h("aside", { class: "doc-facts" }, h("h3", null, `Facts read (${facts.length})`), h("ol", null, facts.map((f, i) => this.factItem(f, i, text))))),
    );
    this.root.dataset.doc = doc.id;
    if (span) {
      const mark = text.querySelector(`mark[data-start="${Number(span.start)}"]`);
      if (mark) {
        mark.classList.add("focus");
        mark.scrollIntoView({ block: "center" });
      }
    }
  }

  factItem(fact, index, text) {
    const item = h("li", { class: `fact-item ${fact.type}`, dataset: { fact: String(index) } }, h("span", { class: `badge ${fact.type}` }, fact.type), " ", describe(fact));
    if (fact.record_id) {
      const open = h("button", { type: "button", class: "link" }, fact.record_id);
      open.addEventListener("click", () => showCards(this.panel, fact.record_id, [() => recordCard(fact.record_id)], { key: `record:${fact.record_id}` }));
      item.append(" → ", open);
    }
    item.addEventListener("mouseenter", () => {
      for (const m of text.querySelectorAll(`mark[data-fact="${index}"]`)) m.classList.add("focus");
    });
    item.addEventListener("mouseleave", () => {
      for (const m of text.querySelectorAll("mark.focus")) m.classList.remove("focus");
    });
    return item;
  }
}

function describe(fact) {
  if (fact.type === "agreement") return `${codes(fact.parties)}: ${fact.name || pretty(fact.kind)} (${fact.signed || "undated"})`;
  if (fact.type === "claim") {
    const to = fact.beneficiary && fact.beneficiary.length ? ` → ${codes(fact.beneficiary)}` : "";
    return `${codes(fact.subject)}${to}: ${pretty(fact.action)}, alleged by ${codes(fact.claimant)}`;
  }
  if (fact.type === "measure") return `${pretty(fact.metric)} ${codes(fact.actors)}: ${Number(fact.value).toLocaleString("en")} ${fact.unit || ""} (${fact.period || "undated"})`;
  // Any other kind: its states (the first list of codes), then its name or a date.
  const actors = Object.values(fact).find((v) => Array.isArray(v) && v.every((c) => typeof c === "string"));
  return `${codes(actors || [])}: ${fact.name || pretty(fact.type)} (${fact.start || fact.date || "undated"})`;
}

// Search snippets mark matches as [word]: shown as <mark>, the rest as text.
function snippet(text) {
  return text.split(/(\[[^\]]*\])/).map((part) => (part.startsWith("[") && part.endsWith("]") ? h("mark", null, part.slice(1, -1)) : part));
}
