// Record cards: an agreement, a claim, a measure series or an actor, each with the sentences
// behind it shown in their context and linked to the document reader.

import { getDocument, getJSON, recordPath } from "./api.js";
import { byGrain, lineChart } from "./charts.js";
import { codes, fill, formatValue, h, notice, pretty, yesNo } from "./dom.js";
import { buildHash, current, update } from "./state.js";

// Characters of the document shown on each side of a source sentence.
const CONTEXT = 220;
// Sentences shown at first per record; the rest behind a button.
const FIRST_SOURCES = 4;

function rows(pairs) {
  return h(
    "dl",
    { class: "facts" },
    pairs
      .filter(([, value]) => value !== null && value !== undefined && value !== "")
      .map(([label, value]) => [h("dt", null, label), h("dd", null, value)]),
  );
}

function conflictMark(flag) {
  return flag ? h("span", { class: "conflict", title: "sources disagree" }, " ⚠ sources disagree") : null;
}

function docLink(docId, text, span) {
  const target = span ? `#doc/${encodeURIComponent(docId)}/${span.start}-${span.end}` : `#doc/${encodeURIComponent(docId)}`;
  return h("a", { href: target, class: "doc-link", dataset: { doc: docId } }, text || docId);
}

/** One source sentence with the text around it, the sentence marked. */
async function sourceEntry(source) {
  const head = h(
    "div",
    { class: "source-head" },
    docLink(source.doc_id, source.title || source.doc_id, source),
    h("span", { class: "muted" }, ` · ${source.published || "undated"} · ${source.outlet || ""}`),
    source.role !== "fact" ? h("span", { class: `stance ${source.role}` }, ` ${source.role}`) : null,
  );
  const context = h("p", { class: "context" });
  const entry = h("li", { class: "source", dataset: { doc: source.doc_id } }, head, context);
  try {
    const found = await getDocument(source.doc_id);
    const text = found.document.text;
    if (text.slice(source.start, source.end) !== source.sentence) throw new Error("offsets");
    const from = Math.max(0, source.start - CONTEXT);
    const to = Math.min(text.length, source.end + CONTEXT);
    fill(
      context,
      from > 0 ? "… " : "",
      text.slice(from, source.start),
      h("mark", { class: "sentence" }, source.sentence),
      text.slice(source.end, to),
      to < text.length ? " …" : "",
    );
  } catch {
    fill(context, h("mark", { class: "sentence" }, source.sentence));
  }
  return entry;
}

async function sourcesSection(recordId) {
  const section = h("section", { class: "sources" }, h("h4", null, "Sources"));
  const list = h("ol", { class: "source-list" });
  section.append(list);
  let sources;
  try {
    sources = (await getJSON(`/records/${encodeURIComponent(recordId)}/sources`, { limit: 1000 })).items;
  } catch (error) {
    section.append(h("p", { class: "notice error" }, error.message));
    return section;
  }
  const show = async (items) => {
    for (const entry of await Promise.all(items.map(sourceEntry))) list.append(entry);
  };
  await show(sources.slice(0, FIRST_SOURCES));
  if (sources.length > FIRST_SOURCES) {
    const more = h("button", { type: "button", class: "link" }, `show all ${sources.length} sentences`);
    more.addEventListener("click", async () => {
      more.remove();
      await show(sources.slice(FIRST_SOURCES));
    });
    section.append(more);
  }
  return section;
}

function conflictsSection(conflicts) {
  const entries = Object.entries(conflicts || {});
  if (!entries.length) return null;
  return h(
    "section",
    { class: "conflicts" },
    h("h4", null, "Conflicting sources"),
    h(
      "ul",
      null,
      entries.map(([attribute, values]) =>
        h(
          "li",
          null,
          h("strong", null, pretty(attribute)),
          ": ",
          values.map((v, i) => [
            i ? "; " : "",
            h("span", { class: "value" }, String(v.value)),
            " (",
            v.doc_ids.map((d, j) => [j ? ", " : "", docLink(d)]),
            ")",
          ]),
        ),
      ),
    ),
  );
}

export async function agreementCard(id) {
  const a = await getJSON(recordPath(id));
  const card = h(
    "article",
    { class: "card agreement", dataset: { record: a.id } },
    h("h3", null, a.name || pretty(a.kind), " ", h("small", { class: "muted" }, a.id)),
    rows([
      ["Parties", codes(a.parties)],
      ["Kind", pretty(a.kind)],
      ["Signed", [a.signed || "—", conflictMark(a.signed_conflict)]],
      ["Place", a.place ? [a.place, conflictMark(a.place_conflict)] : null],
      ["Status", pretty(a.status)],
      ["In force from", a.in_force_from],
      ["Ended", a.ended],
      ["Replaces", a.replaces && a.replaces.length ? a.replaces.join(", ") : null],
      ["Replaced by", a.replaced_by && a.replaced_by.length ? a.replaced_by.join(", ") : null],
      [
        "Defence clause",
        h("span", { class: `defence defence-${yesNo(a.defense).replace(" ", "-")}` }, yesNo(a.defense), conflictMark(a.defense_conflict)),
      ],
      ["Provisions", a.provisions.length ? a.provisions.map((p) => h("span", { class: "chip" }, pretty(p))) : "—"],
      ["Reported", reportedSpan(a)],
      ["Sources", `${a.n_sources} (${a.n_independent_sources} independent)`],
    ]),
    a.events.length
      ? h(
          "section",
          { class: "lifecycle" },
          h("h4", null, "Lifecycle"),
          h(
            "ol",
            null,
            a.events.map((e) =>
              h("li", null, h("span", { class: "date" }, e.date || "undated"), " ", pretty(e.kind), ` (${e.n_sources} source${e.n_sources === 1 ? "" : "s"})`, conflictMark(e.conflict)),
            ),
          ),
        )
      : null,
    conflictsSection(a.conflicts),
  );
  card.append(await sourcesSection(a.id));
  return card;
}

/** When a record was reported: "undated" when none of its sources gives a publication date. */
function reportedSpan(r) {
  if (!r.first_reported) return "undated";
  return r.first_reported === r.last_reported ? r.first_reported : `${r.first_reported} – ${r.last_reported}`;
}

export function ledgerTable(ledger) {
  return h(
    "table",
    { class: "ledger" },
    h("thead", null, h("tr", null, ["Reported", "Who", "Stance", "Document"].map((t) => h("th", null, t)))),
    h(
      "tbody",
      null,
      ledger.map((e) =>
        h(
          "tr",
          { class: `stance-${e.stance}` },
          h("td", null, e.reported || "undated"),
          h("td", null, e.actor || "(the outlet)"),
          h("td", null, h("span", { class: `stance ${e.stance}` }, e.stance)),
          h("td", null, docLink(e.doc_id)),
        ),
      ),
    ),
  );
}

export async function claimCard(id) {
  const c = await getJSON(recordPath(id));
  const flow = c.beneficiary.length ? `${codes(c.subject)} → ${codes(c.beneficiary)}` : codes(c.subject);
  const card = h(
    "article",
    { class: "card claim", dataset: { record: c.id } },
    h("h3", null, `${flow}: ${pretty(c.action)}`, " ", h("small", { class: "muted" }, c.id)),
    rows([
      ["Status", [h("span", { class: `status ${c.status}` }, c.status), c.status_since ? ` since ${c.status_since}` : c.status === "alleged" ? "" : " (undated)"]],
      ["What", codes(c.items)],
      ["Alleged by", codes(c.claimants)],
      ["Denied by", codes(c.denied_by)],
      ["Acknowledged by", codes(c.acknowledged_by)],
      ["Reported", reportedSpan(c)],
      ["Sources", `${c.n_sources} (${c.n_independent_sources} independent)`],
    ]),
    h("section", null, h("h4", null, "Stance ledger"), ledgerTable(c.ledger)),
  );
  card.append(await sourcesSection(c.id));
  return card;
}

export async function measureCard(id) {
  const m = await getJSON(recordPath(id));
  const card = h(
    "article",
    { class: "card measure", dataset: { record: m.id } },
    h("h3", null, `${pretty(m.metric)}: ${m.actors.join("–")}`, " ", h("small", { class: "muted" }, m.id)),
    measureCharts(m),
    h(
      "table",
      { class: "points" },
      h("thead", null, h("tr", null, ["Period", "Value", "Reported", "Sources"].map((t) => h("th", null, t)))),
      h(
        "tbody",
        null,
        m.points.map((p) =>
          h(
            "tr",
            null,
            h("td", null, p.period || "—"),
            h("td", { class: "num", title: `${Number(p.value).toLocaleString("en")} ${m.unit}` }, formatValue(p.value, m.unit), conflictMark(p.conflict)),
            h("td", null, p.reported || "undated"),
            h("td", null, p.doc_ids.map((d, i) => [i ? ", " : "", docLink(d)])),
          ),
        ),
      ),
    ),
  );
  card.append(await sourcesSection(m.id));
  return card;
}

/** The measure's dated figures as charts, one per period grain, conflicts marked. */
function measureCharts(m) {
  const dated = m.points.filter((p) => p.period).map((p) => ({ date: p.period, value: p.value, conflict: p.conflict }));
  if (!dated.length) return null;
  return h(
    "div",
    { class: "measure-charts" },
    byGrain(dated).map(([g, points]) => h("section", { class: "chart-box", dataset: { grain: g } }, h("h4", null, `${g} figures`), lineChart([{ label: m.actors.join("–"), points }], m.unit))),
  );
}

export function recordCard(id) {
  const kind = id.split("-", 1)[0];
  if (kind === "A") return agreementCard(id);
  if (kind === "C") return claimCard(id);
  if (kind === "M") return measureCard(id);
  return anyRecordCard(id);
}

// Fields of a record that its card shows in its own way (or not at all).
const NOT_SHOWN = new Set(["id", "type", "confidence"]);

/** A record of any other kind (exercises ...): its plain fields, then its sentences. */
async function anyRecordCard(id) {
  const r = await getJSON(recordPath(id));
  const shown = (value) => (Array.isArray(value) ? value.join(", ") : typeof value === "object" && value !== null ? null : value);
  const card = h(
    "article",
    { class: `card ${r.type}`, dataset: { record: r.id } },
    h("h3", null, `${pretty(r.type)}: ${r.name || ""}`, " ", h("small", { class: "muted" }, r.id)),
    rows(Object.entries(r).filter(([k]) => !NOT_SHOWN.has(k)).map(([k, v]) => [pretty(k), shown(v)])),
  );
  card.append(await sourcesSection(r.id));
  return card;
}

/** A link to a view's address with parameters. */
function viewLink(text, name, rest, params, attrs) {
  return h("a", { href: buildHash(name, rest, params), ...attrs }, text);
}

export async function actorCard(code) {
  const p = await getJSON(`/actors/${encodeURIComponent(code)}`);
  const partners = Object.entries(p.partners);
  const c = p.code;
  const count = (list, name, params) => viewLink(String(list.length), name, [], params, { class: "count", dataset: { count: name } });
  return h(
    "article",
    { class: "card actor", dataset: { actor: p.code } },
    h("h3", null, p.name, " ", h("small", { class: "muted" }, p.code)),
    rows([
      ["Kind", p.kind],
      ["Region", p.region],
      ["Agreements", count(p.agreements, "network", { kinds: "agreement", focus: c, table: 1 })],
      ["Partners", partners.length ? partners.map(([code, n], i) => [i ? ", " : "", `${code} (${n})`]) : "—"],
      ["Claims against", count(p.claims_as_subject, "claims", { subject: c })],
      ["Claims made", count(p.claims_as_claimant, "claims", { claimant: c })],
      ["Denials", count(p.claims_denied, "claims", { denier: c })],
      ["Names seen", Object.keys(p.names_seen).slice(0, 8).join(", ") || "—"],
      ["People seen", Object.keys(p.people_seen || {}).slice(0, 8).join(", ") || "—"],
    ]),
    h(
      "p",
      { class: "actions" },
      viewLink("Timeline", "timeline", [c], {}),
      " · ",
      viewLink("Who defends it", "obligations", [c], {}),
    ),
  );
}

/** The docked side pane: a handle on its left edge resizes it (drag, or arrow keys). */
export function setUpPanel(panel) {
  const handle = h("div", { class: "pane-handle", role: "separator", "aria-orientation": "vertical", "aria-label": "resize the card pane", tabindex: "0" });
  const width = (px) => {
    const clamped = Math.max(260, Math.min(window.innerWidth * 0.7, px));
    document.documentElement.style.setProperty("--pane-width", `${Math.round(clamped)}px`);
    window.dispatchEvent(new Event("resize"));
  };
  handle.addEventListener("pointerdown", (event) => {
    handle.setPointerCapture(event.pointerId);
    const move = (e) => width(window.innerWidth - e.clientX - 16);
    const up = () => {
      handle.removeEventListener("pointermove", move);
      handle.removeEventListener("pointerup", up);
    };
    handle.addEventListener("pointermove", move);
    handle.addEventListener("pointerup", up);
  });
  handle.addEventListener("keydown", (event) => {
    const now = panel.getBoundingClientRect().width;
    if (event.key === "ArrowLeft") width(now + 40);
    if (event.key === "ArrowRight") width(now - 40);
  });
  panel.before(handle);
  panel.handle = handle;
}

/** The address of this view with one card open: what "copy link" copies. */
function cardLink(key) {
  const { name, rest, params } = current();
  params.set("panel", key);
  return `${window.location.origin}${window.location.pathname}${buildHash(name, rest, params)}`;
}

function copyButton(key) {
  const link = cardLink(key);
  const button = h("button", { type: "button", class: "copy-link", dataset: { link }, title: link }, "Copy link");
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(link);
      button.textContent = "Link copied";
    } catch {
      // No clipboard (plain http, or refused): show the link, selected, to copy by hand.
      const field = h("input", { class: "link-field", value: link, readonly: true, "aria-label": "link to this card" });
      button.replaceWith(field);
      field.select();
    }
  });
  return button;
}

function cardKey(card) {
  if (card.dataset.record) return `record:${card.dataset.record}`;
  if (card.dataset.actor) return `actor:${card.dataset.actor}`;
  return null;
}

/** Show cards in the docked pane: a heading, then one card per record, loaded in order.
 * ``key`` names what is shown in the address ("panel=..."), unless it is being restored. */
export async function showCards(panel, heading, loaders, { key = null, restore = false } = {}) {
  panel.hidden = false;
  document.body.classList.add("docked");
  window.dispatchEvent(new Event("resize"));
  if (key) panel.dataset.key = key;
  if (key && !restore) update({ panel: key });
  const close = h("button", { type: "button", class: "close", title: "close", "aria-label": "close" }, "×");
  close.addEventListener("click", () => {
    panel.hidden = true;
    delete panel.dataset.key;
    document.body.classList.remove("docked");
    window.dispatchEvent(new Event("resize"));
    update({ panel: null });
  });
  const tools = h("p", { class: "pane-tools" }, key ? copyButton(key) : null);
  const body = h("div", { class: "cards" });
  fill(panel, close, h("h2", null, heading), tools, body);
  notice(body, "loading …");
  try {
    const cards = await Promise.all(loaders.map((load) => load()));
    for (const card of cards) {
      const own = cardKey(card);
      if (own) card.querySelector("h3")?.after(h("p", { class: "card-tools" }, copyButton(own)));
    }
    fill(body, cards);
  } catch (error) {
    notice(body, error.message, "error");
  }
  panel.dataset.loaded = heading;
}
