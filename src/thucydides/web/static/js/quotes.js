// Statements: who said what, searched by speaker and words, paged with the server's cursor.

import { clearError, get, showError } from "./api.js";
import { $, actorLabel, clear, count, h } from "./dom.js";

const PAGE = 50;
const state = { cursor: null, shown: 0, request: 0, onOpen: null, loaded: false };

export function initQuotes({ onOpen }) {
  state.onOpen = onOpen;
  $("quote-filters").addEventListener("submit", (event) => {
    event.preventDefault();
    load();
  });
  $("quotes-more").addEventListener("click", () => nextPage(state.request));
}

// The first time the tab is shown
export function showQuotes() {
  if (!state.loaded) load();
}

function load() {
  state.loaded = true;
  state.request += 1;
  state.cursor = null;
  state.shown = 0;
  clear($("quotes-list"));
  $("quotes-status").textContent = "Loading…";
  return nextPage(state.request);
}

async function nextPage(request) {
  const form = $("quote-filters");
  let page;
  try {
    page = await get("/api/quotes", { speaker: form.elements.speaker.value.trim(),
      q: form.elements.q.value.trim(), limit: PAGE, cursor: state.cursor });
  } catch (error) {
    if (request === state.request) showError(error);
    return;
  }
  if (request !== state.request) return;
  clearError();
  state.cursor = page.next;
  state.shown += page.quotes.length;
  $("quotes-list").append(...page.quotes.map(item));
  $("quotes-more").hidden = !page.next;
  $("quotes-status").textContent = state.shown
    ? `${count(state.shown, "statement")} shown${page.next ? "; more below" : ""}.`
    : "No statements match.";
}

function item(statement) {
  return h("li", { "data-testid": "quote" },
    h("p", { class: "said" },
      h("strong", { "data-testid": "quote-speaker-name" }, actorLabel(statement.speaker)),
      ` ${statement.verb}${statement.direct ? "" : " (reported)"}: `,
      h("q", {}, statement.content?.text || "")),
    h("p", { class: "muted" }, `${statement.date || "undated"} · ${statement.source || ""} · `,
      h("button", { type: "button", class: "link", "data-testid": "quote-open",
        onclick: () => state.onOpen(statement) }, statement.title || "the article")));
}
