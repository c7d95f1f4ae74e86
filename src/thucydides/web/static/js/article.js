// The article view: the evidence sentence with the chosen record's trigger, actor and
// recipient marked, the whole text below, and the article's statements and events.

import { clearError, get, showError } from "./api.js";
import { $, actorLabel, clear, count, fmt, h } from "./dom.js";

const state = { request: 0 };

export function showEvent(event) {
  return open(event.article_id, (article) =>
    article.events.find((e) => e.id === event.id) || event);
}

export function showStatement(statement) {
  return open(statement.article_id, (article) => ({
    ...(article.statements.find((s) => s.id === statement.id) || statement), isStatement: true,
  }));
}

async function open(articleId, pick) {
  const request = ++state.request;
  $("article").replaceChildren(h("p", { class: "muted" }, "Loading the article…"));
  try {
    const article = await get(`/api/articles/${encodeURIComponent(articleId)}`);
    if (request !== state.request) return;
    clearError();
    render(article, pick(article));
  } catch (error) {
    if (request === state.request) showError(error);
  }
}

function render(article, chosen) {
  const sides = chosen.isStatement
    ? [["actor", chosen.speaker]]
    : [["actor", chosen.actor], ["recipient", chosen.recipient]];
  const marks = placeMarks(chosen.evidence, chosen.trigger, sides);
  const missing = sides.filter(([role]) => !marks.some((m) => m.role === role))
    .map(([role, side]) => `${role} ${actorLabel(side)}`);
  clear($("article"),
    h("h3", { "data-testid": "article-title" }, article.title || "(untitled)"),
    meta(article),
    h("p", { class: "chosen", "data-testid": "chosen" },
      chosen.isStatement ? statementLine(chosen) : eventLine(chosen)),
    h("blockquote", { class: "evidence", "data-testid": "evidence" },
      ...marked(chosen.evidence, marks)),
    missing.length
      ? h("p", { class: "muted" }, `Not named in the sentence: ${missing.join("; ")}.`) : null,
    h("h4", {}, "Article text"),
    fullText(article.text, chosen.evidence),
    h("h4", {}, `Statements in this article (${article.statements.length})`),
    statementList(article),
    h("h4", {}, `Events in this article (${article.events.length})`),
    eventList(article, chosen));
  const sentence = $("article").querySelector("mark.sentence");
  if (sentence) sentence.scrollIntoView({ block: "nearest" });
  if (chosen.cluster_id) showReports(chosen);
}

// The other articles that report the same real-world event (its cluster), under the sentence.
async function showReports(chosen) {
  const request = state.request;
  const box = h("div", { class: "reports", "data-testid": "cluster-reports" },
    h("p", { class: "muted" }, "Looking for other reports of this event…"));
  $("article").querySelector("[data-testid=evidence]").after(box);
  let found;
  try {
    found = await get(`/api/clusters/${encodeURIComponent(chosen.cluster_id)}`);
  } catch (error) {
    if (request === state.request) showError(error);
    return;
  }
  if (request !== state.request) return;
  const others = new Map();
  for (const e of found.events) {
    if (e.article_id !== chosen.article_id && !others.has(e.article_id)) others.set(e.article_id, e);
  }
  const c = found.cluster;
  const heading = `Reported by ${count(c.num_articles, "article")} from `
    + `${count(c.num_sources, "source")} (${c.first_date}${c.last_date !== c.first_date
      ? ` to ${c.last_date}` : ""})`;
  clear(box, h("p", { class: "muted", "data-testid": "cluster-summary" }, heading
    + (others.size ? "; the others:" : "; no other article.")),
  others.size ? h("ul", { class: "events-of-article" }, ...[...others.values()].map((e) =>
    h("li", {}, h("button", { type: "button", class: "link", "data-testid": "cluster-report",
      onclick: () => showEvent(e) }, e.title || e.article_id),
    ` ${[e.source, e.published].filter(Boolean).join(" · ")}: “${e.trigger?.text || ""}”`)))
    : null);
}

function meta(article) {
  const parts = [article.date, article.source].filter(Boolean).join(" · ");
  const safe = /^https?:\/\//i.test(article.url || "");
  return h("p", { class: "muted" }, parts,
    safe ? [" · ", h("a", { href: article.url, target: "_blank", rel: "noopener noreferrer" },
      "original")] : null);
}

function eventLine(e) {
  const place = e.location ? ` in ${e.location.name}` : "";
  return `${e.date || "undated"}: ${actorLabel(e.actor)} ${e.type} ${actorLabel(e.recipient)}`
    + `${place} (plover_quad ${e.quad}, CAMEO ${e.cameo}, Goldstein ${fmt(e.goldstein)}, `
    + `${e.modality || "actual"}, confidence ${fmt(e.confidence, 2)})`;
}

function statementLine(s) {
  return `${s.date || "undated"}: ${actorLabel(s.speaker)} ${s.verb} `
    + `${s.direct ? "(quoted)" : "(reported)"}: “${s.content?.text || ""}”`;
}

// Marks as [start, end) offsets into the article: the trigger first, then each side where
// the record places it, else at the first free occurrence of its words in the sentence.
function placeMarks(evidence, trigger, sides) {
  const marks = [];
  const add = (role, start, end) => {
    if (start === null || start === undefined || end <= start) return false;
    if (start < evidence.start || end > evidence.end) return false;
    if (marks.some((m) => start < m.end && m.start < end)) return false;
    marks.push({ role, start, end });
    return true;
  };
  if (trigger) add("trigger", trigger.start, trigger.end);
  for (const [role, side] of sides) {
    if (!side || add(role, side.start, side.end) || !side.text) continue;
    findFree(evidence, side.text, (start, end) => add(role, start, end));
  }
  return marks.sort((x, y) => x.start - y.start);
}

function findFree(evidence, words, tryAt) {
  for (const text of [evidence.text, evidence.text.toLowerCase()]) {
    const needle = text === evidence.text ? words : words.toLowerCase();
    for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      if (tryAt(evidence.start + i, evidence.start + i + needle.length)) return;
    }
  }
}

function marked(evidence, marks) {
  const nodes = [];
  let at = 0;
  for (const m of marks) {
    const start = m.start - evidence.start;
    const end = m.end - evidence.start;
    nodes.push(evidence.text.slice(at, start),
      h("mark", { class: m.role, "data-testid": `mark-${m.role}`, title: m.role },
        evidence.text.slice(start, end)));
    at = end;
  }
  nodes.push(evidence.text.slice(at));
  return nodes.filter((n) => n !== "");
}

function fullText(text, evidence) {
  const box = h("div", { class: "fulltext", "data-testid": "article-text", tabindex: "0" });
  const ok = evidence && evidence.start >= 0 && evidence.end <= text.length;
  if (!ok) {
    box.append(text);
    return box;
  }
  box.append(text.slice(0, evidence.start),
    h("mark", { class: "sentence" }, text.slice(evidence.start, evidence.end)),
    text.slice(evidence.end));
  return box;
}

function statementList(article) {
  if (!article.statements.length) return h("p", { class: "muted" }, "None.");
  return h("ul", { class: "quotes", "data-testid": "article-statements" },
    ...article.statements.map((s) => h("li", {},
      h("button", { type: "button", class: "link", onclick: () => render(article,
        { ...s, isStatement: true }) }, actorLabel(s.speaker)),
      ` ${s.verb}: `, h("q", {}, s.content?.text || ""))));
}

function eventList(article, chosen) {
  return h("ul", { class: "events-of-article" },
    ...article.events.map((e) => h("li", { class: e.id === chosen.id ? "current" : null },
      h("button", { type: "button", class: "link", onclick: () => render(article, e) },
        `${e.type}: ${actorLabel(e.actor)} → ${actorLabel(e.recipient)}`),
      ` “${e.trigger?.text || ""}”${e.asserted === false ? " (not asserted)" : ""}`)));
}
