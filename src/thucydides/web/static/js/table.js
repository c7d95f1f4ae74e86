// Tables sortable by any column (click a heading; again to reverse), kept sorted as rows
// come in, and downloadable as CSV exactly as shown.

import { $, h } from "./dom.js";

// A cell's sort key: its data-sort, else its text; "–" (nothing) sorts last either way.
function key(row, column) {
  const cell = row.cells[column];
  const text = cell?.dataset.sort ?? cell?.textContent.trim() ?? "";
  return text === "–" ? "" : text;
}

function compare(x, y, descending) {
  if (!x || !y) return !x - !y;  // empty last
  const order = x.localeCompare(y, "en", { numeric: true, sensitivity: "base" });
  return descending ? -order : order;
}

// `note`: the element that says how the rows are sorted.
export function sortable(table, note, { column = 0, descending = false } = {}) {
  const body = table.tBodies[0];
  const headings = [...table.tHead.rows[0].cells];
  const names = headings.map((th) => th.textContent.trim());
  const state = { column, descending };
  const sort = () => {
    const rows = [...body.rows];
    const sorted = [...rows].sort((x, y) =>
      compare(key(x, state.column), key(y, state.column), state.descending));
    if (sorted.some((row, i) => row !== rows[i])) body.append(...sorted);  // else no change
    headings.forEach((th, i) => th.setAttribute("aria-sort", i === state.column
      ? (state.descending ? "descending" : "ascending") : "none"));
    const way = state.column === 0
      ? (state.descending ? "newest first" : "oldest first")
      : (state.descending ? "Z to A" : "A to Z");
    note.textContent = `Sorted by ${names[state.column].toLowerCase()}, ${way}, undated `
      + "last; click a heading to sort by it.";
  };
  headings.forEach((th, i) => {
    const label = th.textContent;
    th.replaceChildren(h("button", { type: "button", class: "sort",
      "data-testid": "sort-column", title: `Sort by ${label.toLowerCase()}`,
      onclick: () => {
        state.descending = state.column === i ? !state.descending : i === 0;
        state.column = i;
        sort();
      } }, label));
  });
  // rows added (a new filter, more pages) take their place; a sorted table is not touched,
  // so the sort's own moves end here
  new MutationObserver(sort).observe(body, { childList: true });
  sort();
}

function csvCell(text) {
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

// The table's rows as shown (in their order), with the attributes named in `extra` (the
// ids a row carries) as further columns.
export function tableCsv(table, extra = []) {
  const names = [...table.tHead.rows[0].cells].map((th) => th.textContent.trim());
  const lines = [[...names, ...extra.map((a) => a.replace(/^data-/, ""))]];
  for (const row of table.tBodies[0].rows) {
    lines.push([...[...row.cells].map((td) => td.textContent.trim().replace(/^–$/, "")),
      ...extra.map((a) => row.getAttribute(a) ?? "")]);
  }
  return `${lines.map((line) => line.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

export function downloadButton(button, table, name, extra) {
  $(button).addEventListener("click", () => {
    const blob = new Blob([tableCsv(table, extra)], { type: "text/csv;charset=utf-8" });
    const link = h("a", { href: URL.createObjectURL(blob), download: name });
    document.body.append(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(link.href);
  });
}
