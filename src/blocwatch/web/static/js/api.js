// The JSON API of this server. Errors arrive as {"detail": "..."}: they become Error(detail).

const API = "/api/v1";

export function apiUrl(path, params) {
  const url = new URL(API + path, window.location.origin);
  for (const [name, value] of Object.entries(params || {})) {
    if (value === null || value === undefined || value === "") continue;
    for (const one of Array.isArray(value) ? value : [value]) url.searchParams.append(name, one);
  }
  return url.pathname + url.search;
}

export async function getJSON(path, params) {
  const response = await fetch(apiUrl(path, params), { headers: { Accept: "application/json" } });
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    throw new Error((body && body.detail) || `${response.status} ${response.statusText}`);
  }
  return body;
}

// Documents are fetched for context by several views: once each.
const documents = new Map();

export function getDocument(id) {
  if (!documents.has(id)) {
    // By query parameter: an id is opaque ("/", "?", "#", "%", "..", spaces, any script).
    const pending = getJSON("/document", { id });
    pending.catch(() => documents.delete(id));
    documents.set(id, pending);
  }
  return documents.get(id);
}

// Any kind of record by id: the server knows the kinds (GET /kinds lists them).
export function recordPath(id) {
  return `/records/${encodeURIComponent(id)}`;
}
