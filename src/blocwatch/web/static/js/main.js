// The dashboard: one page, five views chosen by the address's #fragment:
//   #network  #claims  #timeline/RUS  #obligations/PRK  #documents  #doc/ID[/START-END]
// each with its state in parameters after "?" (state.js); "panel=" names the open card.

import { getJSON } from "./api.js";
import { actorCard, recordCard, setUpPanel, showCards } from "./cards.js";
import { ClaimsView } from "./claims.js";
import { notice } from "./dom.js";
import { NetworkView } from "./network.js";
import { ObligationsView } from "./obligations.js";
import { ReaderView } from "./reader.js";
import { listen } from "./state.js";
import { TimelineView } from "./timeline.js";

const VIEWS = ["network", "claims", "timeline", "obligations", "documents"];

/** Open the card the address names (or close the panel when it names none). */
async function openPanel(panel, network, key) {
  if (!key) {
    panel.hidden = true;
    delete panel.dataset.key;
    document.body.classList.remove("docked");
    return;
  }
  if (panel.dataset.key === key && !panel.hidden) return;
  const [kind, ...parts] = key.split(":");
  const id = parts.join(":");
  if (kind === "edge") await network.showEdge(id, { restore: true });
  else if (kind === "actor") await showCards(panel, id, [() => actorCard(id)], { key, restore: true });
  else if (kind === "record") await showCards(panel, id, [() => recordCard(id)], { key, restore: true });
}

/** Keep each tab's link on the state its view was last left in. */
function rememberTab(view) {
  const tab = document.querySelector(`nav a[data-view=${view}]`);
  if (tab) tab.setAttribute("href", window.location.hash || `#${view}`);
}

async function main() {
  const panel = document.querySelector("#card-panel");
  const status = document.querySelector("#app-status");
  let meta;
  try {
    meta = await getJSON("/");
    // The kinds of fact and of network tie are the server's (its registry), not a list kept here.
    meta.kinds = await getJSON("/kinds");
  } catch (error) {
    notice(status, `cannot reach the API: ${error.message}`, "error");
    return;
  }
  status.textContent = `${meta.documents} documents · ${meta.agreements} agreements · ${meta.claims} claims · ${meta.measures} series`;
  setUpPanel(panel);
  const network = new NetworkView(document.querySelector("#view-network"), panel, meta);
  const claims = new ClaimsView(document.querySelector("#view-claims"), panel, meta);
  const timeline = new TimelineView(document.querySelector("#view-timeline"), panel);
  const obligations = new ObligationsView(document.querySelector("#view-obligations"), panel, () => network.year);
  const reader = new ReaderView(document.querySelector("#view-documents"), panel);
  // For tests and the curious: the graph and the views.
  window.blocwatch = { cy: network.cy, network, claims, timeline, obligations, reader };

  const actors = (await getJSON("/actors", { limit: 1000 })).items;
  timeline.setActors(actors);
  obligations.setActors(actors);
  network.setActors(actors);

  const route = async ({ name, rest, params }) => {
    const view = name === "doc" ? "documents" : VIEWS.includes(name) ? name : "network";
    for (const v of VIEWS) document.querySelector(`#view-${v}`).hidden = v !== view;
    for (const tab of document.querySelectorAll("nav a[data-view]")) {
      tab.setAttribute("aria-current", tab.dataset.view === view ? "page" : "false");
    }
    document.body.dataset.view = view;
    if (view === "network") await network.applyState(params);
    if (view === "claims") await claims.start(params);
    if (view === "timeline") await timeline.show(rest[0], params);
    if (view === "obligations") await obligations.show(rest[0], params);
    if (view === "documents") {
      if (name === "doc" && rest[0]) {
        const [start, end] = (rest[1] || "").split("-").map(Number);
        await reader.show(rest[0], Number.isFinite(start) && Number.isFinite(end) ? { start, end } : null);
      } else {
        await reader.start();
      }
    }
    if (view !== "network" && !network.network) await network.applyState(new URLSearchParams());
    await openPanel(panel, network, params.get("panel"));
    rememberTab(view);
    document.body.dataset.routed = window.location.hash;
  };
  window.addEventListener("blocwatch:state", () => rememberTab(document.body.dataset.view));
  const router = listen(route);
  await router();
  document.body.dataset.ready = "true";
}

main();

