// The event table: filters, pages fetched with the server's cursor, a row opens its article.

import { clearError, get, showError } from "./api.js";
import { $, actorLabel, clear, count, h } from "./dom.js";

const PAGE = 50;
const FIELDS = ["actor", "recipient", "type", "quad", "since", "until", "q", "country", "place",
  "actor_country", "min_confidence"];

const state = { streams: [], seen: new Set(), shown: 0, request: 0, onOpen: null };

export async function initEvents({ onOpen }) {
  state.onOpen = onOpen;
  const form = $("event-filters");
  const types = await get("/api/types");
  form.elements.type.append(...types.map((t) => h("option", { value: t.name }, t.name)));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    load();
  });
  form.addEventListener("reset", () => setTimeout(load));  // after the fields are cleared
  $("events-more").addEventListener("click", () => nextPage(state.request));
  return load();
}

// Show the events a filter selects, e.g. one dyad in one period chosen on the timeline.
export function filterEvents(filter) {
  const form = $("event-filters");
  for (const name of FIELDS) form.elements[name].value = filter[name] ?? "";
  form.elements.both.checked = Boolean(filter.both);
  $("events-heading").scrollIntoView({ block: "nearest" });
  return load();
}

function readForm() {
  const form = $("event-filters");
  const filter = { both: form.elements.both.checked };
  // codes or names (russia): the server reads both
  for (const name of FIELDS) filter[name] = form.elements[name].value.trim();
  return filter;
}

// One query, or two when both directions of a pair (or either side of one actor) are asked for.
function queries(filter) {
  const { actor, recipient, both, ...rest } = filter;
  const base = { ...rest, limit: PAGE };
  const forward = { ...base, actor, recipient };
  if (!both || (!actor && !recipient) || actor === recipient) return [forward];
  return [forward, { ...base, actor: recipient, recipient: actor }];
}

function load() {
  state.request += 1;
  state.streams = queries(readForm()).map((params) => ({ params, cursor: null, done: false }));
  state.seen = new Set();
  state.shown = 0;
  clear($("events-body"));
  $("events-status").textContent = "Loading…";
  return nextPage(state.request);
}

async function nextPage(request) {
  const live = state.streams.filter((s) => !s.done);
  let pages;
  try {
    pages = await Promise.all(
      live.map((s) => get("/api/events", { ...s.params, cursor: s.cursor })));
  } catch (error) {
    if (request === state.request) showError(error);
    return;
  }
  if (request !== state.request) return;  // the filters changed meanwhile
  clearError();
  pages.forEach((page, i) => Object.assign(live[i], { cursor: page.next, done: !page.next }));
  const events = pages.flatMap((page) => page.events).filter((e) => !state.seen.has(e.id));
  if (pages.length > 1) events.sort((x, y) => (x.date || "~").localeCompare(y.date || "~"));
  for (const event of events) state.seen.add(event.id);
  $("events-body").append(...events.map(row));
  state.shown += events.length;
  const more = state.streams.some((s) => !s.done);
  $("events-more").hidden = !more;
  $("events-status").textContent = state.shown
    ? `${count(state.shown, "event")} shown${more ? "; more below" : ""}. `
      + "Choose one to read its article."
    : "No events match these filters.";
}

function row(event) {
  const open = () => {
    for (const other of $("events-body").querySelectorAll("tr.selected")) {
      other.classList.remove("selected");
    }
    tr.classList.add("selected");
    state.onOpen(event);
  };
  const tr = h("tr", { "data-testid": "event-row", "data-event-id": event.id,
    "data-article-id": event.article_id, "data-actor": event.actor?.code,
    "data-recipient": event.recipient?.code, "data-type": event.type, "data-date": event.date,
    onclick: open },
    h("td", { class: "nowrap", title: precisionNote(event) }, shownDate(event)),
    h("td", {}, h("span", { class: `quad q${event.quad}`, title: `plover_quad ${event.quad}` },
      event.type)),
    h("td", {}, `${actorLabel(event.actor)} → ${actorLabel(event.recipient)}`),
    h("td", {}, h("button", { type: "button", class: "link", "data-testid": "event-open",
      "aria-label": `Read the article: ${event.trigger?.text || event.type}` },
    event.trigger?.text || event.type)),
    h("td", { class: "source" }, event.source || event.title || ""));
  return tr;
}

// a date as precise as the text made it: "2015" for "the 2015 deal", not 2015-01-01
function shownDate(event) {
  if (!event.date) return "–";
  return { year: event.date.slice(0, 4), month: event.date.slice(0, 7) }[event.date_precision]
    || event.date;
}

function precisionNote(event) {
  return event.date_precision && event.date_precision !== "day"
    ? `dated to the ${event.date_precision} only` : "";
}
