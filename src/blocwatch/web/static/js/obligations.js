// Who is bound to come to a state's aid as of a date: defenders with the clause, article and
// sentences behind each bond, consultation partners, second-order chains, and partners whose
// agreements bind to neither.

import { getJSON } from "./api.js";
import { agreementCard, showCards } from "./cards.js";
import { fill, h, notice, yesNo } from "./dom.js";
import { update } from "./state.js";

export class ObligationsView {
  constructor(root, panel, yearOf) {
    this.root = root;
    this.panel = panel;
    this.yearOf = yearOf; // the network slider's year: the default date
    this.el = {
      target: root.querySelector("#obligations-target"),
      asOf: root.querySelector("#obligations-as-of"),
      result: root.querySelector("#obligations-result"),
    };
    this.el.target.addEventListener("change", () => {
      const asOf = this.el.asOf.value.trim();
      window.location.hash = `#obligations/${encodeURIComponent(this.el.target.value)}${asOf ? `?as_of=${encodeURIComponent(asOf)}` : ""}`;
    });
    this.el.asOf.addEventListener("change", () => {
      update({ as_of: this.el.asOf.value.trim() });
      this.show(this.el.target.value);
    });
  }

  setActors(actors) {
    const states = actors.filter((a) => a.kind === "state");
    fill(this.el.target, h("option", { value: "" }, "choose a state …"), states.map((a) => h("option", { value: a.code }, `${a.name} (${a.code})`)));
  }

  async show(code, params) {
    if (params?.get("as_of")) this.el.asOf.value = params.get("as_of");
    if (!this.el.asOf.value) this.el.asOf.value = this.yearOf();
    if (!code) {
      notice(this.el.result, "Choose a state: who is bound to defend it?");
      return;
    }
    this.el.target.value = code;
    notice(this.el.result, "loading …");
    try {
      const o = await getJSON(`/actors/${encodeURIComponent(code)}/obligations`, { as_of: this.el.asOf.value.trim() || null });
      fill(
        this.el.result,
        h("h3", null, `If ${o.name} is attacked (as of ${o.as_of})`),
        section("Bound to defend it", o.defenders, (d) => defender(d, this.panel)),
        section("Bound to consult", o.consultation, (d) => defender(d, this.panel)),
        section("Second order (bound to a defender)", o.second_order, (c) =>
          h("li", null, h("strong", null, c.actor), ` → ${c.via} → ${o.target}: `, c.steps.map((b, i) => [i ? "; " : "", bondLink(b, this.panel)])),
        ),
        section("Partners not bound to defend it", o.partners, (p) =>
          h("li", null, h("strong", null, `${p.name} (${p.actor})`), ": ", bondLink({ agreement_id: p.agreement_id, agreement: p.agreement }, this.panel), ` — defence clause: ${yesNo(p.defense)}`, quotes(p.sources)),
        ),
      );
      this.root.dataset.target = o.target;
    } catch (error) {
      notice(this.el.result, error.message, "error");
    }
  }
}

function section(title, items, render) {
  return h("section", { class: "obligation-group" }, h("h4", null, `${title} (${items.length})`), items.length ? h("ul", null, items.map(render)) : h("p", { class: "muted" }, "none"));
}

function bondLink(bond, panel) {
  const button = h("button", { type: "button", class: "link" }, bond.agreement || bond.agreement_id);
  button.addEventListener("click", () => showCards(panel, bond.agreement_id, [() => agreementCard(bond.agreement_id)], { key: `record:${bond.agreement_id}` }));
  return button;
}

function quotes(sources) {
  if (!sources || !sources.length) return null;
  return h(
    "ul",
    { class: "quotes" },
    sources.map((src) =>
      h("li", null, h("a", { href: `#doc/${encodeURIComponent(src.doc_id)}` }, src.title || src.doc_id), ` (${src.published || "undated"}): `, src.sentences.map((t) => h("q", null, t))),
    ),
  );
}

function defender(d, panel) {
  return h(
    "li",
    { class: "defender", dataset: { actor: d.actor } },
    h("strong", null, `${d.name} (${d.actor})`),
    h(
      "ul",
      null,
      d.bonds.map((b) =>
        h(
          "li",
          null,
          bondLink(b, panel),
          ` signed ${b.signed || "?"}`,
          b.article ? `, ${b.article}` : "",
          b.via ? `, through ${b.via}` : "",
          b.in_force === true ? ", in force" : b.in_force === false ? ", signed, not yet in force" : "",
          b.contradicted_by.length ? h("span", { class: "conflict" }, ` ⚠ denied by ${b.contradicted_by.join(", ")}`) : null,
          quotes(b.sources),
        ),
      ),
    ),
  );
}
