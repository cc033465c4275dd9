// The address is the state. Every view keeps what the user set in the location's #fragment:
//   #network?as_of=2023-05-01&kinds=agreement,claim&region=Europe&panel=edge:agreement:PRK-RUS
//   #claims?q=drones&status=contested&sort=status&desc=1   #timeline/RUS   #obligations/PRK?as_of=2025
// so that reload, Back/Forward and a pasted link give the same view. A change the user makes
// adds a history entry (typing replaces the current one, so Back is not a keystroke undo).

/** One part of the fragment, decoded; a malformed escape ("%zz") stays as written. */
function decodePart(part) {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** {name, rest, params} of a location hash ("#timeline/RUS?panel=actor:RUS"). */
export function parseHash(hash) {
  const text = String(hash || "").replace(/^#/, "");
  const cut = text.indexOf("?");
  const path = cut < 0 ? text : text.slice(0, cut);
  // Split before decoding: an encoded id may hold "/" (and "%", which a second decode breaks).
  const [name, ...rest] = (path || "network").split("/").map(decodePart);
  return { name, rest, params: new URLSearchParams(cut < 0 ? "" : text.slice(cut + 1)) };
}

/** The hash for a view name, its path parts and its parameters (empty ones left out). */
export function buildHash(name, rest, params) {
  const path = [name, ...(rest || []).filter((r) => r !== undefined && r !== null && r !== "")].map(encodeURIComponent).join("/");
  const kept = new URLSearchParams();
  for (const [key, value] of params instanceof URLSearchParams ? params : Object.entries(params || {})) {
    if (value !== null && value !== undefined && value !== "") kept.set(key, String(value));
  }
  const query = kept.toString();
  return `#${path}${query ? `?${query}` : ""}`;
}

let routed = null;
let router = null;

/** Route on Back/Forward, on links and on pasted addresses; each address is routed once. */
export function listen(route) {
  router = async () => {
    if (window.location.hash === routed) return;
    routed = window.location.hash;
    await route(parseHash(routed));
  };
  window.addEventListener("popstate", router);
  window.addEventListener("hashchange", router);
  return router;
}

/** Change some parameters of the current address (null removes one), without routing again:
 * the caller has already shown what the new address says. */
export function update(changes, { replace = false } = {}) {
  const { name, rest, params } = parseHash(window.location.hash);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === undefined || value === "" || value === false) params.delete(key);
    else params.set(key, String(value));
  }
  go(buildHash(name, rest, params), { replace, route: false });
}

/** Go to a hash: a new history entry (or the current one replaced), routed unless told not. */
export function go(hash, { replace = false, route = true } = {}) {
  if (hash === window.location.hash) return;
  if (!route) routed = hash;
  const url = `${window.location.pathname}${window.location.search}${hash}`;
  if (replace) window.history.replaceState(null, "", url);
  else window.history.pushState(null, "", url);
  if (route && router) router();
  window.dispatchEvent(new CustomEvent("blocwatch:state", { detail: hash }));
}

/** The current parameters. */
export function current() {
  return parseHash(window.location.hash);
}
