// Dyad picker and timeline: cooperation up, conflict down, mean Goldstein as a line.

import { clearError, get, showError } from "./api.js";
import { $, clear, count, fmt, h, svg } from "./dom.js";

const WIDTH = 1200;
const HEIGHT = 250;
const MARGIN = { left: 48, right: 48, top: 14, bottom: 28 };
const PLOT_H = HEIGHT - MARGIN.top - MARGIN.bottom;
const DAY_MS = 86400000;

const state = { points: [], focus: -1, dyad: null, request: 0, onPeriod: null, listed: [] };

export function initTimeline({ onPeriod }) {
  state.onPeriod = onPeriod;
  $("dyad-select").addEventListener("change", pickListed);
  $("dyad-form").addEventListener("submit", (event) => {
    event.preventDefault();
    show();
  });
  for (const id of ["dyad-by", "dyad-directed"]) $(id).addEventListener("change", show);
  const chart = $("timeline");
  chart.addEventListener("mousemove", (event) => setFocus(periodAt(event)));
  chart.addEventListener("mouseleave", () => setFocus(-1));
  chart.addEventListener("click", (event) => choose(periodAt(event)));
  chart.addEventListener("keydown", onKey);
  return loadDyads();
}

async function loadDyads() {
  const { dyads } = await get("/api/dyads", { limit: 20 });
  state.listed = dyads;
  const select = $("dyad-select");
  clear(select, h("option", { value: "" }, dyads.length ? "— choose —" : "no dyads yet"),
    ...dyads.map((d) => h("option", { value: `${d.a}|${d.b}` },
      `${d.a} – ${d.b}: ${count(d.events, "event")} (${d.cooperation} coop., `
        + `${d.conflict} confl.)`)));
  const preferred = dyads.find((d) => isPair(d, "RUS", "NATO")) || dyads[0];
  if (!preferred) return;
  select.value = `${preferred.a}|${preferred.b}`;
  pickListed();
}

function isPair(dyad, x, y) {
  return (dyad.a === x && dyad.b === y) || (dyad.a === y && dyad.b === x);
}

function pickListed() {
  const value = $("dyad-select").value;
  if (!value) return;
  let [a, b] = value.split("|");
  if (a === "NATO" && b === "RUS") [a, b] = [b, a];  // read as the founding question: RUS-NATO
  $("dyad-a").value = a;
  $("dyad-b").value = b;
  show();
}

async function show() {
  const a = $("dyad-a").value.trim().toUpperCase();
  const b = $("dyad-b").value.trim().toUpperCase();
  if (!a || !b) {
    $("timeline-summary").textContent = "Choose a dyad, or type two actor codes.";
    return;
  }
  const request = ++state.request;
  const by = $("dyad-by").value;
  const directed = $("dyad-directed").checked;
  try {
    const data = await get(`/api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/series`,
      { by, directed, since: $("dyad-since").value, until: $("dyad-until").value });
    if (request !== state.request) return;  // a newer choice is on its way
    clearError();
    state.dyad = { a, b, by, directed };
    render(data.periods.filter((p) => p.start));
  } catch (error) {
    showError(error);
  }
}

// The dyad list counts every event of a pair, the chart only those dated at least to its
// period (a year alone is no week): say how many are left off, so that the two counts agree
// (only for the list's own count: both directions, no dates chosen).
function undatedNote(charted) {
  const { a, b, directed } = state.dyad;
  const listed = state.listed.find((d) => isPair(d, a, b));
  if (!listed || directed || $("dyad-since").value || $("dyad-until").value) return "";
  const undated = listed.events - charted;
  return undated > 0
    ? `; ${count(undated, "undated event")} (or dated only to a longer period) not on the `
      + `chart (${listed.events} in all, as in the list)`
    : "";
}

function dayMs(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  return Date.UTC(y, m - 1, d);
}

function isoDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

function periodEnd(startMs, by) {  // the first day after the period
  if (by === "day") return startMs + DAY_MS;
  if (by === "week") return startMs + 7 * DAY_MS;
  const start = new Date(startMs);
  return Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1);
}

function render(periods) {
  const chart = $("timeline");
  chart.setAttribute("viewBox", `0 0 ${WIDTH} ${HEIGHT}`);
  state.focus = -1;
  $("timeline-tip").hidden = true;
  const { a, b, by, directed } = state.dyad;
  const arrow = directed ? "→" : "–";
  state.points = periods.map((p) => {
    const t0 = dayMs(p.start);
    return { period: p, t0, t1: periodEnd(t0, by) };
  });
  if (!state.points.length) {
    clear(chart, svg("text", { x: WIDTH / 2, y: HEIGHT / 2, "text-anchor": "middle",
      class: "empty" }, `No events between ${a} and ${b}.`));
    $("timeline-summary").textContent = `${a} ${arrow} ${b}: no events${undatedNote(0)}.`;
    return;
  }
  const scale = scales(state.points);
  state.scale = scale;
  clear(chart, ...axes(scale, by), ...bars(scale), ...goldsteinLine(scale),
    svg("rect", { id: "timeline-cursor", class: "cursor", x: 0, y: MARGIN.top, width: 0,
      height: PLOT_H, visibility: "hidden" }));
  const total = periods.reduce((n, p) => n + p.events, 0);
  $("timeline-summary").textContent = `${a} ${arrow} ${b}: ${count(total, "event")} in `
    + `${count(periods.length, by)} with events${undatedNote(total)}. Hover a ${by} for `
    + "its counts; click it to list its events.";
}

// Time as drawn: an empty stretch longer than GAP_PERIODS periods is drawn that short (and
// marked), so that one reference to an old date ("the 1990 treaty") does not squeeze the rest
// of the series into a sliver. Knots are [time, drawn time] pairs, both increasing.
const GAP_PERIODS = 3;

function knotsOf(points) {
  const knots = [[points[0].t0, 0]];
  const gaps = [];
  let drawn = 0;
  let end = points[0].t0;
  for (const { t0, t1 } of points) {
    if (t0 > end) {
      const cap = GAP_PERIODS * (t1 - t0);
      if (t0 - end > cap) gaps.push(drawn + cap / 2);
      drawn += Math.min(t0 - end, cap);
      knots.push([t0, drawn]);
    }
    drawn += t1 - t0;
    knots.push([t1, drawn]);
    end = t1;
  }
  return { knots, gaps };
}

function along(knots, value, from, to) {  // piecewise-linear from knot column `from` to `to`
  let i = 1;
  while (i < knots.length - 1 && knots[i][from] < value) i++;
  const [a, b] = [knots[i - 1], knots[i]];
  const share = b[from] === a[from] ? 0 : (value - a[from]) / (b[from] - a[from]);
  return a[to] + share * (b[to] - a[to]);
}

function scales(points) {
  const { knots, gaps } = knotsOf(points);
  const total = knots[knots.length - 1][1];
  const peak = Math.max(1, ...points.map((p) => Math.max(p.period.cooperation, p.period.conflict)));
  const span = WIDTH - MARGIN.left - MARGIN.right;
  const xOfDrawn = (drawn) => MARGIN.left + (drawn / total) * span;
  return {
    peak, span,
    gaps: gaps.map(xOfDrawn),
    x: (t) => xOfDrawn(along(knots, t, 0, 1)),
    t: (x) => along(knots, ((x - MARGIN.left) / span) * total, 1, 0),
    y: (count) => MARGIN.top + ((peak - count) / (2 * peak)) * PLOT_H,
    g: (score) => MARGIN.top + ((10 - score) / 20) * PLOT_H,
  };
}

function axes(s, by) {
  const right = WIDTH - MARGIN.right;
  const zero = s.y(0);
  const nodes = [svg("line", { class: "zero", x1: MARGIN.left, x2: right, y1: zero, y2: zero })];
  const half = Math.round(s.peak / 2);
  const counts = [...new Set([s.peak, half, 0, -half, -s.peak])];
  for (const c of counts) {
    nodes.push(svg("text", { class: "tick", x: MARGIN.left - 6, y: s.y(c) + 4,
      "text-anchor": "end" }, String(Math.abs(c))));
  }
  for (const g of [10, 5, 0, -5, -10]) {
    nodes.push(svg("text", { class: "tick gs", x: right + 6, y: s.g(g) + 4 },
      g > 0 ? `+${g}` : String(g)));
  }
  const ticks = 6;
  for (let i = 0; i <= ticks; i++) {
    const x = MARGIN.left + (s.span * i) / ticks;
    const label = isoDay(s.t(x)).slice(0, by === "month" ? 7 : 10);
    const anchor = i === 0 ? "start" : i === ticks ? "end" : "middle";
    nodes.push(svg("text", { class: "tick", x, y: HEIGHT - 8, "text-anchor": anchor }, label));
  }
  for (const x of s.gaps) {  // a stretch without events, drawn short
    nodes.push(svg("line", { class: "gap", "data-testid": "timeline-gap", x1: x, x2: x,
      y1: MARGIN.top, y2: MARGIN.top + PLOT_H }));
  }
  const across = (text, y) => svg("text", { class: "axis-title", x: 12, y, "text-anchor": "middle",
    transform: `rotate(-90 12 ${y})` }, text);
  nodes.push(across("cooperation", s.y(s.peak / 2)), across("conflict", s.y(-s.peak / 2)));
  return nodes;
}

function bars(s) {
  const nodes = [];
  for (const { period, t0, t1 } of state.points) {
    const full = s.x(t1) - s.x(t0);
    const width = Math.max(1.5, full - Math.min(2, full * 0.15));
    const x = s.x(t0) + (full - width) / 2;
    if (period.cooperation) {
      nodes.push(svg("rect", { class: "bar coop", "data-start": period.start, x, width,
        y: s.y(period.cooperation), height: s.y(0) - s.y(period.cooperation) }));
    }
    if (period.conflict) {
      nodes.push(svg("rect", { class: "bar conflict", "data-start": period.start, x, width,
        y: s.y(0), height: s.y(-period.conflict) - s.y(0) }));
    }
  }
  return nodes;
}

function goldsteinLine(s) {
  const scored = state.points.filter((p) => p.period.goldstein !== null);
  if (!scored.length) return [];
  const mid = (p) => s.x((p.t0 + p.t1) / 2).toFixed(1);
  const broken = (p, i) => i === 0 || p.t0 - scored[i - 1].t1 > GAP_PERIODS * (p.t1 - p.t0);
  const path = scored.map((p, i) =>
    `${broken(p, i) ? "M" : "L"}${mid(p)},${s.g(p.period.goldstein).toFixed(1)}`);
  const line = svg("path", { class: "gs-line", d: path.join(" ") });
  const { t0, t1 } = state.points[0];
  if (s.x(t1) - s.x(t0) < 4) return [line];  // too many periods: dots would hide the bars
  return [line,
    ...scored.map((p) => svg("circle", { class: "gs-point", "data-start": p.period.start,
      cx: mid(p), cy: s.g(p.period.goldstein), r: 3 }))];
}

function periodAt(event) {
  const chart = $("timeline");
  if (!state.points.length || !chart.getScreenCTM()) return -1;
  const at = new DOMPoint(event.clientX, event.clientY).matrixTransform(
    chart.getScreenCTM().inverse());
  const t = state.scale.t(at.x);
  let best = -1;
  let distance = Infinity;
  state.points.forEach((p, i) => {
    const d = t < p.t0 ? p.t0 - t : t >= p.t1 ? t - p.t1 : 0;
    if (d < distance) [best, distance] = [i, d];
  });
  return best;
}

function setFocus(index) {
  state.focus = index;
  const tip = $("timeline-tip");
  const cursor = $("timeline-cursor");
  if (index < 0 || !cursor) {
    tip.hidden = true;
    if (cursor) cursor.setAttribute("visibility", "hidden");
    return;
  }
  const { period, t0, t1 } = state.points[index];
  const s = state.scale;
  cursor.setAttribute("x", s.x(t0));
  cursor.setAttribute("width", Math.max(1.5, s.x(t1) - s.x(t0)));
  cursor.setAttribute("visibility", "visible");
  clear(tip, ...tipLines(period, t1));
  tip.hidden = false;
  const chart = $("timeline");
  const px = (s.x((t0 + t1) / 2) / WIDTH) * chart.clientWidth;
  tip.style.left = `${Math.min(Math.max(px - 110, 0), chart.clientWidth - 230)}px`;
}

function tipLines(period, end) {
  const q = period.quads || {};
  const types = Object.entries(period.types || {}).sort((x, y) => y[1] - x[1]).slice(0, 4);
  const last = isoDay(end - DAY_MS);
  return [
    h("strong", {}, last === period.start ? period.start : `${period.start} – ${last}`),
    h("span", { "data-testid": "tip-events" }, count(period.events, "event")),
    h("span", { class: "coop-text", "data-testid": "tip-coop" },
      `cooperation ${period.cooperation} (verbal ${q["1"] || 0}, material ${q["2"] || 0})`),
    h("span", { class: "conflict-text", "data-testid": "tip-conflict" },
      `conflict ${period.conflict} (verbal ${q["3"] || 0}, material ${q["4"] || 0})`),
    h("span", {}, `mean Goldstein ${fmt(period.goldstein)}`),
    types.length ? h("span", { class: "muted" }, types.map(([t, n]) => `${t} ${n}`).join(", "))
      : null,
  ];
}

function onKey(event) {
  const last = state.points.length - 1;
  if (last < 0) return;
  const moves = { ArrowRight: state.focus + 1, ArrowLeft: state.focus - 1, Home: 0, End: last };
  if (event.key in moves) {
    event.preventDefault();
    setFocus(Math.min(last, Math.max(0, moves[event.key])));
  } else if ((event.key === "Enter" || event.key === " ") && state.focus >= 0) {
    event.preventDefault();
    choose(state.focus);
  }
}

function choose(index) {
  if (index < 0) return;
  const { t0, t1 } = state.points[index];
  const { a, b, directed } = state.dyad;
  state.onPeriod({ actor: a, recipient: b, both: !directed, since: isoDay(t0),
    until: isoDay(t1 - DAY_MS) });
}
