"""A dyad's series drawn: cooperation up, conflict down, mean Goldstein as a line; and the
places of events on a map of the world's countries."""

from __future__ import annotations

import io
import json
import math
from functools import lru_cache

import matplotlib

matplotlib.use("Agg")  # files only, no display

from matplotlib.figure import Figure  # noqa: E402 (the backend is chosen first)

from ..web import STATIC  # noqa: E402
from .places import PlaceCounts  # noqa: E402
from .series import Dyad, Period, period_index  # noqa: E402

COOPERATION, CONFLICT, GOLDSTEIN = "#2b7bba", "#c8372d", "#333333"
MAX_LABELS = 12
LABEL = {"day": "%Y-%m-%d", "week": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}


def _gaps(periods: list[Period], by: str) -> list[int]:
    """The positions after which periods without events were left out."""
    return [i for i, (p, q) in enumerate(zip(periods, periods[1:], strict=False))
            if period_index(q.start, by) - period_index(p.start, by) != 1]


def _png(fig: Figure) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return buffer.getvalue()


def dyad_png(dyad: Dyad, periods: list[Period], by: str) -> bytes:
    """The PNG image of a dyad's periods (at least one): the periods that have events side
    by side, a dashed line where periods without any are left out (a reference to 1990 in
    a story of 2022 does not squeeze the rest into a sliver), the Goldstein line broken
    there."""
    fig = Figure(figsize=(10, 4.8), dpi=100, layout="constrained")
    ax = fig.add_subplot()
    xs = list(range(len(periods)))
    ax.bar(xs, [p.cooperation for p in periods], 0.8, color=COOPERATION,
           label="cooperation (quad 1-2)")
    ax.bar(xs, [-p.conflict for p in periods], 0.8, color=CONFLICT,
           label="conflict (quad 3-4)")
    ax.axhline(0, color="black", linewidth=0.6)
    gaps = _gaps(periods, by)
    for gap in gaps:
        ax.axvline(gap + 0.5, color="#999999", linewidth=0.8, linestyle="--")
    tallest = max(max(p.cooperation, p.conflict) for p in periods)
    ax.set_ylim(-1.1 * tallest, 1.1 * tallest)  # symmetric: zero level with Goldstein's zero
    ax.set_ylabel("events (conflict below zero)")
    step = max(1, -(-len(periods) // MAX_LABELS))
    ax.set_xticks(xs[::step], [p.start.strftime(LABEL[by]) for p in periods[::step]])
    ax.set_xlim(-0.6, len(periods) - 0.4)
    line = ax.twinx()
    line.plot(*_goldstein_line(periods, gaps), color=GOLDSTEIN, marker="o", markersize=3,
              linewidth=1.2, label="mean Goldstein")
    line.set_ylim(-10.5, 10.5)
    line.set_ylabel("mean Goldstein (-10 .. +10)")
    arrow = "->" if dyad.directed else "<->"
    ax.set_title(f"{dyad.a.upper()} {arrow} {dyad.b.upper()}: events per {by}"
                 + (" (dashed: periods without events left out)" if gaps else ""))
    handles = ax.get_legend_handles_labels()[0] + line.get_legend_handles_labels()[0]
    ax.legend(handles=handles, loc="upper left", fontsize="small")
    fig.autofmt_xdate()
    return _png(fig)


def _goldstein_line(periods: list[Period], gaps: list[int]) -> tuple[list, list]:
    """x and y of the mean Goldstein line, NaN (a break) across each gap."""
    xs: list[float] = []
    ys: list[float] = []
    for i, p in enumerate(periods):
        xs.append(i)
        ys.append(math.nan if p.goldstein is None else p.goldstein)
        if i in gaps:
            xs.append(i + 0.5)
            ys.append(math.nan)
    return xs, ys


# -- the map --------------------------------------------------------------------------------

OUTLINES = STATIC / "data" / "countries.geojson"  # Natural Earth 1:110m (its "source" says)
# plover_quad -> colour and name; the dashboard's map uses the same (web/static/style.css)
QUAD_COLOURS = {1: "#4a9fd8", 2: "#1f5f99", 3: "#f0a030", 4: "#c8372d"}
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
              4: "material conflict"}


@lru_cache(maxsize=1)
def country_rings() -> tuple[tuple[tuple[float, float], ...], ...]:
    """The outer and inner rings of every country's outline, as (lon, lat) points."""
    features = json.loads(OUTLINES.read_text(encoding="utf-8"))["features"]
    rings = []
    for feature in features:
        geometry = feature["geometry"]
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" \
            else [geometry["coordinates"]]
        rings += [tuple(map(tuple, ring)) for polygon in polygons for ring in polygon]
    return tuple(rings)


def map_png(counts: PlaceCounts, title: str) -> bytes:
    """Each place a disc over the countries' outlines: its area the number of events, its
    colour the plover_quad of most of them."""
    from matplotlib.collections import PolyCollection

    fig = Figure(figsize=(12, 6.4), dpi=100, layout="constrained")
    ax = fig.add_subplot()
    ax.add_collection(PolyCollection(country_rings(), facecolors="#eeeeea",
                                     edgecolors="#9a9a9a", linewidths=0.4))
    most = max((p.events for p in counts.points), default=1)
    for quad, colour in QUAD_COLOURS.items():
        points = [p for p in counts.points if p.quad == quad]
        ax.scatter([p.lon for p in points], [p.lat for p in points],
                   s=[20 + 600 * p.events / most for p in points], color=colour, alpha=0.75,
                   edgecolors="white", linewidths=0.6, zorder=3,
                   label=f"plover_quad {quad}: {QUAD_NAMES[quad]}")
    ax.set_xlim(-180, 180)
    ax.set_ylim(-60, 85)
    ax.set_aspect("equal")
    ax.set_xticks([])
    ax.set_yticks([])
    legend = ax.legend(loc="lower left", fontsize="small",
                       title="colour: most events' quad (PLOVER's, not GDELT's QuadClass); "
                             "area: events", title_fontsize="small")
    for handle in legend.legend_handles:
        handle.set_sizes([60])
    ax.set_title(f"{title}: {counts.located:,} events at {len(counts.points):,} places "
                 f"({counts.unlocated:,} without a place on the map)")
    return _png(fig)
