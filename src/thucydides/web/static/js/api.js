// The server's JSON API (/api). Every aggregation happens there; this only asks.

export class ApiError extends Error {}

// what the dashboard asks of a path unless told otherwise: the event table lists the
// newest events first (undated last), a page at a time
const DEFAULTS = { "/api/events": { order: "newest" } };

export async function get(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...DEFAULTS[path], ...params })) {
    if (value !== null && value !== undefined && value !== "") query.set(key, value);
  }
  const search = query.toString();
  const url = search ? `${path}?${search}` : path;
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  if (!response.ok) {
    let detail = response.statusText;
    try {
      detail = (await response.json()).detail ?? detail;
    } catch {
      // the body was not JSON: the status text says enough
    }
    throw new ApiError(`${url}: ${typeof detail === "string" ? detail : JSON.stringify(detail)}`);
  }
  return response.json();
}

export function showError(error) {
  const banner = document.getElementById("error");
  banner.textContent = error instanceof Error ? error.message : String(error);
  banner.hidden = false;
}

export function clearError() {
  const banner = document.getElementById("error");
  banner.hidden = true;
  banner.textContent = "";
}
