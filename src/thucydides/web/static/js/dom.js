// Building DOM nodes. Text always goes in as text nodes: data is never parsed as HTML.

const SVG_NS = "http://www.w3.org/2000/svg";

function fill(node, props, children) {
  for (const [key, value] of Object.entries(props || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function h(tag, props, ...children) {
  return fill(document.createElement(tag), props, children);
}

export function svg(tag, props, ...children) {
  return fill(document.createElementNS(SVG_NS, tag), props, children);
}

export function $(id) {
  return document.getElementById(id);
}

export function clear(node, ...children) {
  node.replaceChildren(...children.filter((c) => c !== null && c !== undefined));
  return node;
}

// "1 event", "2 events"
export function count(n, noun) {
  return `${n.toLocaleString("en")} ${noun}${n === 1 ? "" : "s"}`;
}

export function fmt(value, digits = 1) {
  return value === null || value === undefined ? "–" : Number(value).toFixed(digits);
}

// "RUS", "Vladimir Putin (RUS)" or "?" for an unknown side
export function actorLabel(side) {
  if (!side) return "?";
  const code = side.code || side.sector;
  if (side.name && code && side.name !== code) return `${side.name} (${code})`;
  return side.name || code || side.text || "?";
}

// A colour for a mean Goldstein score: red (conflict, -10) through grey to green (+10).
export function goldsteinColour(score) {
  if (score === null || score === undefined) return "#888";
  const t = Math.max(-1, Math.min(1, score / 10));
  const grey = [136, 136, 136];
  const end = t < 0 ? [200, 30, 30] : [20, 140, 60];
  const mix = grey.map((g, i) => Math.round(g + (end[i] - g) * Math.abs(t)));
  return `rgb(${mix.join(",")})`;
}
