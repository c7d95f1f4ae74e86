"""Records drawn as HTML for a notebook (Jupyter calls a record's `_repr_html_`): the
sentence with the trigger, actor and recipient marked in the dashboard's colours, then a
compact table. Self-contained: inline styles only, no script, no file fetched; every text
is escaped."""

from __future__ import annotations

from html import escape

from .records import Actor, CodedArticle, Event, Span, Statement

# the dashboard's article view (web/static/style.css)
MARK = {"trigger": "background:#ffd43b;box-shadow:inset 0 -2px 0 #b08800",
        "actor": "background:#a5d8ff;box-shadow:inset 0 -2px 0 #1c64a8",
        "recipient": "background:#ffc9c9;box-shadow:inset 0 -2px 0 #b02a2a",
        "speaker": "background:#a5d8ff;box-shadow:inset 0 -2px 0 #1c64a8"}
CELL = "padding:1px 8px;text-align:left;border-bottom:1px solid #ddd"
BOX = "font-family:sans-serif;font-size:13px;line-height:1.5;margin:4px 0"


def actor_label(actor: Actor) -> str:
    code = "/".join(p for p in (actor.code, actor.sector) if p) or "?"
    return f"{code} ({actor.name})" if actor.name else code


def _placed(evidence: Span, role: str, start: int | None, end: int | None, text: str | None,
            taken: list[tuple[int, int, str]]) -> None:
    """Add a mark at the record's offsets, else at the first free occurrence of its words in
    the sentence (as the dashboard does); nothing when neither fits."""
    def free(a: int, b: int) -> bool:
        return evidence.start <= a < b <= evidence.end and \
            all(b <= s or e <= a for s, e, _ in taken)

    if start is not None and end is not None and free(start, end):
        taken.append((start, end, role))
        return
    if not text:
        return
    at = evidence.text.lower().find(text.lower())
    while at >= 0:
        if free(evidence.start + at, evidence.start + at + len(text)):
            taken.append((evidence.start + at, evidence.start + at + len(text), role))
            return
        at = evidence.text.lower().find(text.lower(), at + 1)


def marked_sentence(evidence: Span, marks: list[tuple[int, int, str]]) -> str:
    """The sentence as HTML, each mark a <mark class="role">."""
    parts, at = [], 0
    for start, end, role in sorted(marks):
        a, b = start - evidence.start, end - evidence.start
        parts.append(escape(evidence.text[at:a]))
        parts.append(f'<mark class="{role}" title="{role}" style="{MARK[role]}">'
                     f"{escape(evidence.text[a:b])}</mark>")
        at = b
    parts.append(escape(evidence.text[at:]))
    return "".join(parts)


def _sides(marks: list, evidence: Span, sides: list[tuple[str, Actor]]) -> None:
    for role, actor in sides:
        _placed(evidence, role, actor.start, actor.end, actor.text, marks)


def _table(rows: list[tuple[str, object]]) -> str:
    cells = "".join(f'<tr><th style="{CELL}">{escape(k)}</th>'
                    f'<td style="{CELL}">{escape("" if v is None else str(v))}</td></tr>'
                    for k, v in rows)
    return f'<table style="border-collapse:collapse;font-size:12px">{cells}</table>'


def event_html(e: Event) -> str:
    marks: list[tuple[int, int, str]] = []
    _placed(e.evidence, "trigger", e.trigger.start, e.trigger.end, e.trigger.text, marks)
    _sides(marks, e.evidence, [("actor", e.actor), ("recipient", e.recipient)])
    place = e.location and "/".join(p for p in (e.location.name, e.location.country) if p)
    rows = [("type", f"{e.type}" + (f" ({e.mode})" if e.mode else "")),
            ("CAMEO", f"{e.cameo} (quad {e.quad}, Goldstein {e.goldstein})"),
            ("actor → recipient", f"{actor_label(e.actor)} → {actor_label(e.recipient)}"),
            ("date", e.date if e.date else "undated"), ("place", place or "–"),
            ("asserted", f"{e.asserted} ({e.polarity}, {e.modality})"),
            ("confidence", e.confidence)]
    return (f'<div class="thucydides-event" style="{BOX}">'
            f"<p>{marked_sentence(e.evidence, marks)}</p>{_table(rows)}</div>")


def statement_html(s: Statement) -> str:
    marks: list[tuple[int, int, str]] = []
    _placed(s.evidence, "trigger", s.trigger.start, s.trigger.end, s.trigger.text, marks)
    _sides(marks, s.evidence, [("speaker", s.speaker)])
    words = f"“{s.content.text}”" if s.direct else s.content.text
    return (f'<div class="thucydides-statement" style="{BOX}">'
            f"<p>{marked_sentence(s.evidence, marks)}</p>"
            f"<p><b>{escape(actor_label(s.speaker))}</b> {escape(s.verb)}: "
            f"{escape(words)}</p></div>")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def article_html(coded: CodedArticle) -> str:
    a = coded.article
    head = " · ".join(escape(p) for p in (a.title or a.id, a.date, a.source) if p)
    events = "".join(event_html(e) for e in coded.events) or "<p>No events.</p>"
    statements = "".join(statement_html(s) for s in coded.statements)
    return (f'<div class="thucydides-article" style="{BOX}"><p><b>{head}</b> – '
            f"{_count(len(coded.events), 'event')}, "
            f"{_count(len(coded.statements), 'statement')}</p>"
            f"{events}{statements}</div>")
