// The dashboard: one page, five views chosen by the address's #fragment:
//   #network  #claims  #timeline/RUS  #obligations/PRK  #documents  #doc/ID[/START-END]

import { getJSON } from "./api.js";
import { ClaimsView } from "./claims.js";
import { notice } from "./dom.js";
import { NetworkView } from "./network.js";
import { ObligationsView } from "./obligations.js";
import { ReaderView } from "./reader.js";
import { TimelineView } from "./timeline.js";

const VIEWS = ["network", "claims", "timeline", "obligations", "documents"];

// One part of the location hash, decoded; a malformed escape ("%zz") stays as written.
function decodePart(part) {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

async function main() {
  const panel = document.querySelector("#card-panel");
  const status = document.querySelector("#app-status");
  let meta;
  try {
    meta = await getJSON("/");
  } catch (error) {
    notice(status, `cannot reach the API: ${error.message}`, "error");
    return;
  }
  status.textContent = `${meta.documents} documents · ${meta.agreements} agreements · ${meta.claims} claims · ${meta.measures} series`;
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

  const route = async () => {
    // Split before decoding: an encoded id may hold "/" (and "%", which a second decode breaks).
    const [name, ...rest] = (window.location.hash.slice(1) || "network").split("/").map(decodePart);
    const view = name === "doc" ? "documents" : VIEWS.includes(name) ? name : "network";
    for (const v of VIEWS) document.querySelector(`#view-${v}`).hidden = v !== view;
    for (const tab of document.querySelectorAll("nav a[data-view]")) {
      tab.setAttribute("aria-current", tab.dataset.view === view ? "page" : "false");
    }
    if (view === "network") network.cy.resize();
    if (view === "claims") await claims.start();
    if (view === "timeline") await timeline.show(rest[0]);
    if (view === "obligations") await obligations.show(rest[0]);
    if (view === "documents") {
      if (name === "doc" && rest[0]) {
        const [start, end] = (rest[1] || "").split("-").map(Number);
        await reader.show(rest[0], Number.isFinite(start) && Number.isFinite(end) ? { start, end } : null);
      } else {
        await reader.start();
      }
    }
    document.body.dataset.view = view;
  };
  window.addEventListener("hashchange", route);
  await route();
  await network.start();
  document.body.dataset.ready = "true";
}

main();
