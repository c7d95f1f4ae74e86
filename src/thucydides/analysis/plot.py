"""A dyad's series drawn: cooperation up, conflict down, mean Goldstein as a line."""

from __future__ import annotations

import io
import math

import matplotlib

matplotlib.use("Agg")  # files only, no display

from matplotlib.figure import Figure  # noqa: E402 (the backend is chosen first)

from .series import Dyad, Period, period_index  # noqa: E402

COOPERATION, CONFLICT, GOLDSTEIN = "#2b7bba", "#c8372d", "#333333"
MAX_LABELS = 12
LABEL = {"day": "%Y-%m-%d", "week": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}


def _gaps(periods: list[Period], by: str) -> list[int]:
    """The positions after which periods without events were left out."""
    return [i for i, (p, q) in enumerate(zip(periods, periods[1:], strict=False))
            if period_index(q.start, by) - period_index(p.start, by) != 1]


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
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return buffer.getvalue()


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
