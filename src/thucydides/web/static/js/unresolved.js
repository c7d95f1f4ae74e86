// The names the dictionaries miss (GET /api/unresolved): read-only; recoding is a
// command-line action.

import { clearError, get, showError } from "./api.js";
import { $, clear, count, h } from "./dom.js";

// the sentence with the mention marked (the name, or "he" pointing back to it)
function example(ex) {
  const sentence = ex.sentence || "";
  const from = ex.start - ex.sentence_start;
  const to = ex.end - ex.sentence_start;
  const inside = ex.sentence_start !== null && from >= 0 && to <= sentence.length;
  const words = inside
    ? [sentence.slice(0, from), h("mark", { class: "actor" }, sentence.slice(from, to)),
      sentence.slice(to)]
    : [sentence];
  return h("li", {},
    h("span", { class: "muted" }, `${ex.article_id}:${ex.start}-${ex.end} `), ...words);
}

function row(u) {
  const suggested = u.code ? [u.code, u.sector].filter(Boolean).join(" ") : "?";
  return h("tr", { "data-testid": "unresolved-row", "data-name": u.name },
    h("th", { scope: "row" }, u.name),
    h("td", {}, u.kind),
    h("td", {}, `${u.events} / ${u.statements}`),
    h("td", {}, String(u.changes)),
    h("td", { "data-testid": "unresolved-code" }, suggested),
    h("td", {}, h("ul", {}, ...u.evidence.map((e) => h("li", {}, e)))),
    h("td", {}, h("ul", {}, ...u.examples.map(example))));
}

async function show() {
  const status = $("unresolved-status");
  status.textContent = "Loading…";
  clearError();
  try {
    const found = await get("/api/unresolved", {
      top: $("unresolved-top").value, since: $("unresolved-since").value,
    });
    clear($("unresolved-rows"), ...found.names.map(row));
    status.textContent = `${count(found.names.length, "name")} no dictionary knows`;
  } catch (error) {
    status.textContent = "";
    showError(error);
  }
}

$("unresolved-form").addEventListener("submit", (event) => {
  event.preventDefault();
  show();
});
show();
