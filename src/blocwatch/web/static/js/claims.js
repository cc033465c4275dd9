// The claims ledger: every allegation with claimant, subject, beneficiary, what, status and
// the dated denials and acknowledgements; sortable by any column, filterable.

import { getJSON } from "./api.js";
import { claimCard, showCards } from "./cards.js";
import { fill, h, notice, pretty } from "./dom.js";
import { exportButtons } from "./exports.js";
import { update } from "./state.js";

// Filters by an actor's role, from an actor card's counts: ?subject=RUS, ?claimant=USA ...
const ROLES = {
  subject: (c, code) => c.subject.includes(code),
  claimant: (c, code) => c.claimants.includes(code),
  denier: (c, code) => c.denied_by.includes(code),
  beneficiary: (c, code) => c.beneficiary.includes(code),
};

const COLUMNS = [
  { key: "first_reported", label: "First reported" },
  { key: "claimants", label: "Alleged by" },
  { key: "subject", label: "Subject" },
  { key: "beneficiary", label: "To" },
  { key: "what", label: "What" },
  { key: "status", label: "Status" },
  { key: "denials", label: "Denied" },
  { key: "acknowledgements", label: "Acknowledged" },
  { key: "n_sources", label: "Sources" },
];

/** The dated stances of one kind from a ledger: "RUS 2024-06-19", each actor's first date. */
function stances(ledger, stance) {
  const first = new Map();
  for (const e of ledger) if (e.stance === stance && e.actor && !first.has(e.actor)) first.set(e.actor, e.reported || "undated");
  return [...first].map(([actor, date]) => ({ actor, date }));
}

function row(claim) {
  return {
    claim,
    first_reported: claim.first_reported || "",
    claimants: claim.claimants.join(", ") || "(outlet)",
    subject: claim.subject.join(", "),
    beneficiary: claim.beneficiary.join(", "),
    what: `${pretty(claim.action)}${claim.items.length ? `: ${claim.items.join(", ")}` : ""}`,
    status: claim.status,
    denials: stances(claim.ledger, "denies"),
    acknowledgements: stances(claim.ledger, "acknowledges"),
    n_sources: claim.n_sources,
  };
}

function sortValue(r, key) {
  const value = r[key];
  if (Array.isArray(value)) return value.map((s) => `${s.actor} ${s.date}`).join(" ");
  return value;
}

function searchable(r) {
  return [r.first_reported, r.claimants, r.subject, r.beneficiary, r.what, r.status, sortValue(r, "denials"), sortValue(r, "acknowledgements"), r.claim.id]
    .join(" ")
    .toLowerCase();
}

export class ClaimsView {
  constructor(root, panel, meta) {
    this.root = root;
    this.panel = panel;
    this.rows = [];
    this.sort = { key: "first_reported", ascending: true };
    this.el = {
      table: root.querySelector("#claims-table"),
      filter: root.querySelector("#claims-filter"),
      status: root.querySelector("#claims-status"),
      action: root.querySelector("#claims-action"),
      count: root.querySelector("#claims-count"),
    };
    fill(this.el.status, h("option", { value: "" }, "any status"), meta.claim_statuses.map((s) => h("option", { value: s }, s)));
    fill(this.el.action, h("option", { value: "" }, "any action"), meta.claim_actions.map((a) => h("option", { value: a }, pretty(a))));
    this.roles = {};
    this.el.count.after(exportButtons(() => "blocwatch-claims", () => this.shown().map(exported), EXPORT_COLUMNS, "claims-export"));
    this.el.filter.addEventListener("input", () => this.changed(true));
    this.el.status.addEventListener("change", () => this.changed());
    this.el.action.addEventListener("change", () => this.changed());
  }

  /** Show the ledger as the address's parameters say. */
  async start(params = new URLSearchParams()) {
    this.el.filter.value = params.get("q") || "";
    this.el.status.value = params.get("status") || "";
    this.el.action.value = params.get("action") || "";
    this.sort = { key: params.get("sort") || "first_reported", ascending: params.get("desc") !== "1" };
    this.roles = Object.fromEntries(Object.keys(ROLES).filter((r) => params.get(r)).map((r) => [r, params.get(r)]));
    if (!this.loaded) {
      notice(this.el.count, "loading …");
      const found = await getJSON("/claims", { limit: 1000 });
      this.rows = found.items.map(row);
      this.loaded = true;
    }
    this.render();
  }

  /** A control changed: redraw and write the state into the address. */
  changed(typing = false) {
    update(this.state(), { replace: typing });
    this.render();
  }

  state() {
    const { key, ascending } = this.sort;
    return {
      q: this.el.filter.value.trim(),
      status: this.el.status.value,
      action: this.el.action.value,
      sort: key === "first_reported" ? null : key,
      desc: ascending ? null : "1",
      ...Object.fromEntries(Object.keys(ROLES).map((r) => [r, this.roles[r] || null])),
    };
  }

  /** The rows the filters let through, in the chosen order. */
  shown() {
    const text = this.el.filter.value.trim().toLowerCase();
    const status = this.el.status.value;
    const action = this.el.action.value;
    const roles = Object.entries(this.roles);
    const shown = this.rows.filter(
      (r) =>
        (!status || r.status === status) &&
        (!action || r.claim.action === action) &&
        (!text || searchable(r).includes(text)) &&
        roles.every(([role, code]) => ROLES[role](r.claim, code)),
    );
    const { key, ascending } = this.sort;
    shown.sort((a, b) => {
      const x = sortValue(a, key);
      const y = sortValue(b, key);
      // An undated first report sorts last whichever way the column is sorted.
      if (key === "first_reported" && !x !== !y) return !x ? 1 : -1;
      const order = typeof x === "number" ? x - y : String(x).localeCompare(String(y));
      return ascending ? order : -order;
    });
    return shown;
  }

  render() {
    const shown = this.shown();
    const { key, ascending } = this.sort;
    const header = h(
      "tr",
      null,
      COLUMNS.map((c) => {
        const th = h("th", { scope: "col", "aria-sort": c.key === key ? (ascending ? "ascending" : "descending") : "none" });
        const button = h("button", { type: "button", class: "sort", dataset: { key: c.key } }, c.label, c.key === key ? (ascending ? " ▲" : " ▼") : "");
        button.addEventListener("click", () => {
          this.sort = { key: c.key, ascending: this.sort.key === c.key ? !this.sort.ascending : true };
          this.changed();
        });
        th.append(button);
        return th;
      }),
    );
    const body = shown.map((r) => {
      const tr = h(
        "tr",
        { class: `claim-row status-${r.status}`, dataset: { record: r.claim.id }, tabindex: "0" },
        h("td", null, r.first_reported || "undated"),
        h("td", null, r.claimants),
        h("td", null, r.subject),
        h("td", null, r.beneficiary || "—"),
        h("td", null, r.what),
        h("td", null, h("span", { class: `status ${r.status}` }, r.status)),
        h("td", { class: "denials" }, stanceList(r.denials)),
        h("td", { class: "acknowledgements" }, stanceList(r.acknowledgements)),
        h("td", { class: "num" }, String(r.n_sources)),
      );
      const open = () => showCards(this.panel, "Claim", [() => claimCard(r.claim.id)], { key: `record:${r.claim.id}` });
      tr.addEventListener("click", open);
      tr.addEventListener("keydown", (event) => event.key === "Enter" && open());
      return tr;
    });
    fill(this.el.table, h("thead", null, header), h("tbody", null, body));
    const roles = Object.entries(this.roles).map(([role, code]) => `${role} ${code}`);
    this.el.count.textContent = `${shown.length} of ${this.rows.length} claims${roles.length ? ` (${roles.join(", ")})` : ""}`;
  }
}

function stanceList(list) {
  if (!list.length) return "—";
  return h(
    "ul",
    { class: "stances" },
    list.map((s) => h("li", null, h("strong", null, s.actor), " ", h("span", { class: "date" }, s.date))),
  );
}

const EXPORT_COLUMNS = ["id", "first_reported", "claimants", "subject", "beneficiary", "action", "items", "status", "denied_by", "acknowledged_by", "n_sources"];

/** A ledger row as exported: the claim's own fields, lists kept as lists (joined in CSV). */
function exported(r) {
  const c = r.claim;
  return Object.fromEntries(EXPORT_COLUMNS.map((k) => [k, c[k] ?? null]));
}
