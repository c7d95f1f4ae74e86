// Wires the panels together: the timeline and the network choose what the event table
// lists; the table and the statements open articles.

import { get, showError } from "./api.js";
import { showEvent, showStatement } from "./article.js";
import { $ } from "./dom.js";
import { filterEvents, initEvents } from "./events.js";
import { initMap, showMap } from "./map.js";
import { initNetwork, showNetwork } from "./network.js";
import { initQuotes, showQuotes } from "./quotes.js";
import { downloadButton, sortable } from "./table.js";
import { initTimeline } from "./timeline.js";

const TABS = { "tab-events": () => {}, "tab-quotes": showQuotes, "tab-network": showNetwork };

function selectTab(id) {
  for (const tab of document.querySelectorAll('[role="tab"]')) {
    const chosen = tab.id === id;
    tab.setAttribute("aria-selected", String(chosen));
    tab.tabIndex = chosen ? 0 : -1;
    $(tab.getAttribute("aria-controls")).hidden = !chosen;
  }
  TABS[id]();
}

function initTabs() {
  const tabs = [...document.querySelectorAll('[role="tab"]')];
  tabs.forEach((tab, i) => {
    tab.addEventListener("click", () => selectTab(tab.id));
    tab.addEventListener("keydown", (event) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      if (!step) return;
      const next = tabs[(i + step + tabs.length) % tabs.length];
      next.focus();
      selectTab(next.id);
    });
  });
}

async function showHealth() {
  const health = await get("/api/health");
  $("health").textContent = `${health.events.toLocaleString("en")} events from `
    + `${health.articles.toLocaleString("en")} articles`;
}

initTabs();
sortable($("events-table"), $("events-sort"), { column: 0, descending: true });
downloadButton("events-csv", $("events-table"), "events.csv",
  ["data-event-id", "data-article-id"]);
initQuotes({ onOpen: (statement) => {
  selectTab("tab-events");
  showStatement(statement);
} });
// the event table and the map show what the filters select
function filterAll(filter) {
  const listed = filterEvents(filter);  // sets the filter fields at once
  showMap();
  return listed;
}

initNetwork({ onEdge: (source, target) => {
  selectTab("tab-events");
  filterAll({ actor: source, recipient: target });
} });
Promise.all([
  showHealth(),
  initEvents({ onOpen: showEvent }),
  initTimeline({ onPeriod: filterAll }),
  initMap({ onOpen: (event) => {
    $("article-panel").scrollIntoView({ block: "start" });
    return showEvent(event);
  } }),
]).catch(showError);
