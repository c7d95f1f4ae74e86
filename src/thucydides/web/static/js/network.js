// Who acts on whom: actors on a circle, an arrow per directed pair, its width by the
// events, its colour by their mean Goldstein score.

import { clearError, get, showError } from "./api.js";
import { $, clear, count, fmt, goldsteinColour, h, svg } from "./dom.js";

const SIZE = 640;
const RADIUS = 240;
const state = { request: 0, onEdge: null, loaded: false };

export function initNetwork({ onEdge }) {
  state.onEdge = onEdge;
  $("network-form").addEventListener("submit", (event) => {
    event.preventDefault();
    load();
  });
}

// The first time the tab is shown
export function showNetwork() {
  if (!state.loaded) load();
}

async function load() {
  state.loaded = true;
  const request = ++state.request;
  const form = $("network-form");
  try {
    const data = await get("/api/network", { limit: form.elements.limit.value,
      since: form.elements.since.value, until: form.elements.until.value });
    if (request !== state.request) return;
    clearError();
    draw(data);
  } catch (error) {
    if (request === state.request) showError(error);
  }
}

// The busiest actor at the top, the next ones spread round the circle (a stride coprime
// with the count visits every place once), ties by code: the same data, the same picture.
function layout(nodes) {
  const sorted = [...nodes].sort((x, y) => y.events - x.events || x.code.localeCompare(y.code));
  const n = sorted.length;
  let stride = Math.max(1, Math.round(n * 0.38));
  while (gcd(stride, n) > 1) stride += 1;
  const places = new Map();
  sorted.forEach((node, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * ((i * stride) % n)) / n;
    places.set(node.code, { node, angle, x: SIZE / 2 + RADIUS * Math.cos(angle),
      y: SIZE / 2 + RADIUS * Math.sin(angle) });
  });
  return places;
}

function gcd(a, b) {
  return b ? gcd(b, a % b) : a;
}

function draw({ nodes, edges }) {
  const chart = $("network");
  chart.setAttribute("viewBox", `0 0 ${SIZE} ${SIZE}`);
  const places = layout(nodes);
  const most = Math.max(1, ...edges.map((e) => e.events));
  const mostNode = Math.max(1, ...nodes.map((n) => n.events));
  const drawn = edges.filter((e) => places.has(e.source) && places.has(e.target)
    && e.source !== e.target);
  clear(chart, svg("defs", {}, ...drawn.map((e, i) => arrowHead(i, e))),
    ...drawn.map((e, i) => edge(e, i, places, most)),
    ...[...places.values()].map((p) => node(p, mostNode)));
  widthLegend(most);
  $("network-status").textContent = `${count(places.size, "actor")}, `
    + `${count(drawn.length, "directed pair")}. `
    + "Hover an arrow for its counts; click it to list its events.";
}

function arrowHead(i, e) {
  return svg("marker", { id: `arrow-${i}`, viewBox: "0 0 10 10", refX: 9, refY: 5,
    markerWidth: 9, markerHeight: 9, markerUnits: "userSpaceOnUse", orient: "auto" },
  svg("path", { d: "M0,0 L10,5 L0,10 z", fill: goldsteinColour(e.goldstein) }));
}

// A gentle curve, bent to the right of its direction, so that A→B and B→A stay apart.
function edge(e, i, places, most) {
  const a = places.get(e.source);
  const b = places.get(e.target);
  const [dx, dy] = [b.x - a.x, b.y - a.y];
  const length = Math.hypot(dx, dy) || 1;
  const bend = 0.12 * length;
  const cx = (a.x + b.x) / 2 - (dy / length) * bend;
  const cy = (a.y + b.y) / 2 + (dx / length) * bend;
  const end = shorten(b, cx, cy, 10);
  const width = edgeWidth(e.events, most);
  const label = `${e.source} → ${e.target}: ${count(e.events, "event")}, `
    + `mean Goldstein ${fmt(e.goldstein)}`;
  return svg("path", { class: "edge", "data-testid": "network-edge", "data-source": e.source,
    "data-target": e.target, d: `M${a.x},${a.y} Q${cx},${cy} ${end.x},${end.y}`,
    stroke: goldsteinColour(e.goldstein), "stroke-width": width.toFixed(1),
    "marker-end": `url(#arrow-${i})`, tabindex: "0", role: "button", "aria-label": label,
    onclick: () => state.onEdge(e.source, e.target),
    onkeydown: (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        state.onEdge(e.source, e.target);
      }
    } }, svg("title", {}, label));
}

function edgeWidth(events, most) {  // square-root scale: the area of a stroke grows with n
  return 1 + 7 * Math.sqrt(events / most);
}

// What the widths mean: an arrow of one event, of half the most, of the most.
function widthLegend(most) {
  const samples = [...new Set([1, Math.round(most / 2), most])].filter((n) => n >= 1);
  clear($("network-widths"), "width: events, e.g. ", ...samples.map((n) =>
    h("span", { class: "width-sample", "data-testid": "network-width" },
      svg("svg", { width: 36, height: 12, "aria-hidden": "true" },
        svg("line", { x1: 2, y1: 6, x2: 34, y2: 6, stroke: "#555",
          "stroke-width": edgeWidth(n, most).toFixed(1) })),
      ` ${count(n, "event")}`)));
}

function shorten(to, fromX, fromY, by) {  // stop the arrow at the node's rim
  const [dx, dy] = [to.x - fromX, to.y - fromY];
  const length = Math.hypot(dx, dy) || 1;
  return { x: to.x - (dx / length) * by, y: to.y - (dy / length) * by };
}

function node({ node: n, angle, x, y }, most) {
  const r = 4 + 6 * Math.sqrt(n.events / most);
  const outward = 14 + r;
  const lx = x + outward * Math.cos(angle);
  const ly = y + outward * Math.sin(angle) + 4;
  const anchor = Math.abs(Math.cos(angle)) < 0.3 ? "middle" : Math.cos(angle) > 0 ? "start" : "end";
  const name = n.name && n.name !== n.code ? `${n.name} (${n.code})` : n.code;
  return svg("g", { class: "node", "data-testid": "network-node", "data-code": n.code },
    svg("circle", { cx: x, cy: y, r: r.toFixed(1) }),
    svg("text", { x: lx, y: ly, "text-anchor": anchor }, n.code),
    svg("title", {}, `${name}: ${count(n.events, "event")}`));
}
