// Who is bound to come to a state's aid as of a date: defenders with the clause, article and
// sentences behind each bond, consultation partners, second-order chains, and partners whose
// agreements bind to neither. The chains (a hundred thousand for a state of many allies) are
// asked for a page at a time (GET /actors/X/obligations/page): how many there are, and "show
// more" for the next page.

import { getJSON } from "./api.js";
import { agreementCard, showCards } from "./cards.js";
import { fill, h, notice, yesNo } from "./dom.js";
import { update } from "./state.js";

// Second-order chains asked for at first, and how many more each "show more" asks.
const CHAINS = 200;
const COUNT = new Intl.NumberFormat("en");

export class ObligationsView {
  constructor(root, panel, yearOf) {
    this.root = root;
    this.panel = panel;
    this.yearOf = yearOf; // the network slider's year: the default date
    this.chains = CHAINS; // second-order chains per page
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
    const asOf = this.el.asOf.value.trim() || null;
    try {
      const o = await getJSON(`/actors/${encodeURIComponent(code)}/obligations/page`, { as_of: asOf, limit: this.chains });
      const chains = h("ul", { class: "chains" });
      const shown = h("span", { class: "chains-shown" });
      const more = h("button", { type: "button", class: "chains-more" });
      const chain = (c) => h("li", { dataset: { actor: c.actor, via: c.via } }, h("strong", null, c.actor), ` → ${c.via} → ${o.target}: `, c.steps.map((b, i) => [i ? "; " : "", bondLink(b, this.panel)]));
      const total = o.totals.second_order;
      const step = this.chains;
      let count = 0;
      const add = (page) => {
        chains.append(...page.second_order.map(chain));
        count += page.second_order.length;
        shown.textContent = `Showing ${COUNT.format(count)} of ${COUNT.format(total)} chains, binding ${COUNT.format(o.totals.second_order_actors)} actors.`;
        more.hidden = count >= total;
        more.textContent = `Show ${COUNT.format(Math.min(step, total - count))} more`;
      };
      more.addEventListener("click", async () => {
        more.disabled = true;
        try {
          add(await getJSON(`/actors/${encodeURIComponent(code)}/obligations/page`, { as_of: o.as_of, limit: step, offset: count }));
        } catch (error) {
          shown.textContent = error.message;
        } finally {
          more.disabled = false;
        }
      });
      add(o);
      fill(
        this.el.result,
        h("h3", null, `If ${o.name} is attacked (as of ${o.as_of})`),
        section("Bound to defend it", o.defenders, (d) => defender(d, this.panel)),
        section("Bound to consult", o.consultation, (d) => defender(d, this.panel)),
        h(
          "section",
          { class: "obligation-group second-order" },
          h("h4", null, `Second order (bound to a defender) (${COUNT.format(total)})`),
          total ? [chains, h("p", { class: "muted" }, shown, " ", more)] : h("p", { class: "muted" }, "none"),
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
