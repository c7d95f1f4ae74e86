// The map: the events the event filters select, counted per place, each place a disc over
// the countries' outlines (Natural Earth 1:110m, data/countries.geojson), its area the
// events, its colour their plover_quad; a click lists the place's events.

import { clearError, get, showError } from "./api.js";
import { $, actorLabel, clear, count, h, svg } from "./dom.js";

const TOP = 85;  // latitudes shown: 85 N to 60 S, longitudes all
const BOTTOM = -60;
const SCALE = 3;  // SVG units a degree
const WIDTH = 360 * SCALE;
const HEIGHT = (TOP - BOTTOM) * SCALE;
const FIELDS = ["actor", "recipient", "type", "quad", "since", "until", "q", "country", "place",
  "actor_country", "min_confidence"];
const state = { request: 0, listed: 0, onOpen: null, filter: {} };

export async function initMap({ onOpen }) {
  state.onOpen = onOpen;
  const form = $("event-filters");
  form.addEventListener("submit", () => showMap());
  form.addEventListener("reset", () => setTimeout(showMap));  // after the fields are cleared
  const chart = $("map");
  chart.setAttribute("viewBox", `0 0 ${WIDTH} ${HEIGHT}`);
  $("map-fit").addEventListener("click", fit);
  $("map-world").addEventListener("click", () => zoom(0, 0, WIDTH));
  const response = await fetch("data/countries.geojson");
  const outlines = await response.json();
  clear(chart, svg("g", { class: "countries" }, ...outlines.features.map(country)),
    svg("g", { id: "map-points" }));
  return showMap();
}

// The filters of the event table, as they are now.
function readFilter() {
  const form = $("event-filters");
  const filter = { both: form.elements.both.checked || "" };
  // codes or names (russia): the server reads both
  for (const name of FIELDS) filter[name] = form.elements[name].value.trim();
  return filter;
}

function project([lon, lat]) {
  return [((lon + 180) * SCALE).toFixed(1), ((TOP - lat) * SCALE).toFixed(1)];
}

function country(feature) {
  const { type, coordinates } = feature.geometry;
  const polygons = type === "MultiPolygon" ? coordinates : [coordinates];
  const d = polygons.flat().map((ring) => `M${ring.map(project).join("L")}Z`).join("");
  return svg("path", { d, "fill-rule": "evenodd" }, svg("title", {}, feature.properties.name));
}

// Draw the places of the events the filters select now.
export async function showMap() {
  const request = ++state.request;
  const filter = readFilter();
  $("map-status").textContent = "Loading…";
  let data;
  try {
    data = await get("/api/map", { ...filter, limit: 2000 });
  } catch (error) {
    if (request === state.request) showError(error);
    return;
  }
  if (request !== state.request) return;
  clearError();
  state.filter = filter;
  const most = Math.max(1, ...data.points.map((p) => p.events));
  clear($("map-points"), ...data.points.map((p) => point(p, most)));
  zoom(0, 0, WIDTH);
  clear($("map-events"));
  $("map-status").textContent = `${count(data.located, "event")} at `
    + `${count(data.points.length, "place")}; ${count(data.unlocated, "event")} without a `
    + "place on the map. Click a place to list its events.";
}

// Show the box from (x, y), `width` wide, at the map's proportions; discs keep their size
// on the screen.
function zoom(x, y, width) {
  const height = width * HEIGHT / WIDTH;
  const left = Math.max(0, Math.min(x, WIDTH - width));
  const top = Math.max(0, Math.min(y, HEIGHT - height));
  $("map").setAttribute("viewBox", `${left} ${top} ${width} ${height}`);
  for (const disc of $("map-points").children) {
    disc.setAttribute("r", (disc.dataset.r * width / WIDTH).toFixed(2));
  }
  $("map").dataset.zoom = (WIDTH / width).toFixed(2);
}

// Zoom to the places shown, with a margin.
function fit() {
  const discs = [...$("map-points").children];
  if (!discs.length) return;
  const xs = discs.map((d) => Number(d.dataset.x));
  const ys = discs.map((d) => Number(d.dataset.y));
  const margin = 10 * SCALE;
  const [x0, x1] = [Math.min(...xs) - margin, Math.max(...xs) + margin];
  const [y0, y1] = [Math.min(...ys) - margin, Math.max(...ys) + margin];
  const width = Math.min(WIDTH, Math.max(x1 - x0, (y1 - y0) * WIDTH / HEIGHT, 30 * SCALE));
  zoom((x0 + x1) / 2 - width / 2, (y0 + y1) / 2 - width * HEIGHT / WIDTH / 2, width);
}

function point(p, most) {
  const [x, y] = project([p.lon, p.lat]);
  const where = [p.name, p.country].filter(Boolean).join(", ");
  const label = `${where}: ${count(p.events, "event")}, mostly plover_quad ${p.quad}`;
  const open = () => listPlace(p);
  const r = (2.5 + 10 * Math.sqrt(p.events / most)).toFixed(1);
  return svg("circle", { cx: x, cy: y, r, "data-r": r, "data-x": x, "data-y": y,
    class: `place q${p.quad}`, "data-testid": "map-point", "data-location-id": p.location_id,
    "data-events": p.events, "data-quad": p.quad, tabindex: "0", role: "button",
    "aria-label": label, onclick: open,
    onkeydown: (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        open();
      }
    } }, svg("title", {}, label));
}

async function listPlace(p) {
  const request = ++state.listed;
  let events;
  try {
    events = await get(`/api/map/${encodeURIComponent(p.location_id)}/events`,
      { ...state.filter, limit: 100 });
  } catch (error) {
    if (request === state.listed) showError(error);
    return;
  }
  if (request !== state.listed) return;
  clearError();
  const where = [p.name, p.country].filter(Boolean).join(", ");
  clear($("map-events"),
    h("h3", { "data-testid": "map-place" }, `${where}: ${count(p.events, "event")}`
      + (events.length < p.events ? ` (the newest ${events.length})` : "")),
    h("ul", { class: "events-of-article" }, ...events.map((e) => h("li", {},
      h("button", { type: "button", class: "link", "data-testid": "map-event",
        "data-event-id": e.id, onclick: () => state.onOpen(e) },
      `${e.date || "undated"} ${e.type} ${actorLabel(e.actor)} → ${actorLabel(e.recipient)}`
        + (e.trigger?.text ? ` '${e.trigger.text}'` : ""))))));
  $("map-events").scrollIntoView({ block: "nearest" });
}
