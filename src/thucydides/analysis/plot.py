"""A dyad's series drawn: cooperation up, conflict down, mean Goldstein as a line."""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")  # files only, no display

from matplotlib.figure import Figure  # noqa: E402 (the backend is chosen first)

from .series import Dyad, Period  # noqa: E402

COOPERATION, CONFLICT, GOLDSTEIN = "#2b7bba", "#c8372d", "#333333"


def dyad_png(dyad: Dyad, periods: list[Period], by: str) -> bytes:
    """The PNG image of a dyad's periods (at least one)."""
    fig = Figure(figsize=(10, 4.8), dpi=100, layout="constrained")
    ax = fig.add_subplot()
    starts = [p.start for p in periods]
    width = {"day": 0.8, "week": 5, "month": 24, "year": 300}[by]
    ax.bar(starts, [p.cooperation for p in periods], width, color=COOPERATION,
           label="cooperation (quad 1-2)")
    ax.bar(starts, [-p.conflict for p in periods], width, color=CONFLICT,
           label="conflict (quad 3-4)")
    ax.axhline(0, color="black", linewidth=0.6)
    tallest = max(max(p.cooperation, p.conflict) for p in periods)
    ax.set_ylim(-1.1 * tallest, 1.1 * tallest)  # symmetric: zero level with Goldstein's zero
    ax.set_ylabel("events (conflict below zero)")
    scored = [p for p in periods if p.goldstein is not None]
    line = ax.twinx()
    line.plot([p.start for p in scored], [p.goldstein for p in scored], color=GOLDSTEIN,
              marker="o", markersize=3, linewidth=1.2, label="mean Goldstein")
    line.set_ylim(-10.5, 10.5)
    line.set_ylabel("mean Goldstein (-10 .. +10)")
    arrow = "->" if dyad.directed else "<->"
    ax.set_title(f"{dyad.a.upper()} {arrow} {dyad.b.upper()}: events per {by}")
    handles = ax.get_legend_handles_labels()[0] + line.get_legend_handles_labels()[0]
    ax.legend(handles=handles, loc="upper left", fontsize="small")
    fig.autofmt_xdate()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return buffer.getvalue()
