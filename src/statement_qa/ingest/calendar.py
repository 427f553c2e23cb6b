"""An iCalendar file (RFC 5545: a shared calendar exported as .ics, often saved as .txt): what its events say.

The file is a calendar's source: folded lines ('DESCRIPTION:… ' continued on lines that start with a space),
escaped text ('\\,' '\\n'), and the furniture of time zones, alarms, ids and stamps. What a person wrote in it is
the calendar's name and description and each event's summary, time, place and description: those are read into
text (unfolded, unescaped) and that text is read like any other (ingest/text.py), so a position written in an
event's description is found by its content. The calendar's name is its title; an event's organiser (its 'CN')
is a name for who issued it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from statement_qa.structure import HEADING, LINE, Block, Extracted

BEGIN = re.compile(r"\A\s*BEGIN:VCALENDAR\s*$", re.IGNORECASE | re.MULTILINE)
# A content line: a name, its parameters (';TZID=Europe/London', ';CN="Name"'), then ':' and the value.
CONTENT_LINE = re.compile(r'^(?P<name>[A-Za-z0-9-]+)(?P<params>(?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*)(?:,(?:"[^"]*"|[^";:,]*))*)*):'
                          r"(?P<value>.*)$")
# Components whose properties are the software's, never what anyone wrote to be read (a reminder's text repeats its event).
FURNITURE = {"VTIMEZONE", "STANDARD", "DAYLIGHT", "VALARM"}
EVENTS = {"VEVENT", "VTODO", "VJOURNAL"}
STAMP = re.compile(r"^(?P<y>\d{4})(?P<m>\d\d)(?P<d>\d\d)(?:T(?P<H>\d\d)(?P<M>\d\d)\d\d)?Z?$")


def looks_like_calendar(text: str) -> bool:
    """An iCalendar file: it opens with 'BEGIN:VCALENDAR' and closes its calendar."""
    return bool(BEGIN.match(text[:200])) and re.search(r"^END:VCALENDAR\s*$", text, re.IGNORECASE | re.MULTILINE) is not None


def unfold(text: str) -> list[str]:
    """The file's logical lines: a line that starts with a space or a tab continues the one above (RFC 5545 §3.1)."""
    lines: list[str] = []
    for line in re.split(r"\r\n|\n|\r", text):
        if line[:1] in (" ", "\t") and lines:
            lines[-1] += line[1:]
        else:
            lines.append(line)
    return lines


def unescape(value: str) -> str:
    """A TEXT value as written: '\\n' a new line, '\\,' '\\;' '\\\\' the character itself."""
    return re.sub(r"\\([nN,;\\:])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _param(params: str, name: str) -> str | None:
    found = re.search(rf';{name}=(?:"([^"]*)"|([^";:,]*))', params, re.IGNORECASE)
    return (found.group(1) if found.group(1) is not None else found.group(2)).strip() or None if found else None


def _when(value: str) -> str:
    """'20251018T093000' as '2025-10-18 09:30'; anything else as written."""
    found = STAMP.match(value.strip())
    if not found:
        return value.strip()
    day = f"{found['y']}-{found['m']}-{found['d']}"
    return f"{day} {found['H']}:{found['M']}" if found["H"] else day


@dataclass
class _Event:
    summary: str = ""
    start: str = ""
    end: str = ""
    location: str = ""
    description: str = ""
    organiser: str | None = None


@dataclass
class _Calendar:
    name: str = ""
    description: str = ""
    events: list[_Event] = field(default_factory=list)


def parse_calendar(text: str) -> _Calendar:
    """The calendar's name and description and its events' written fields, in the file's order."""
    calendar = _Calendar()
    stack: list[str] = []
    event: _Event | None = None
    for line in unfold(text):
        found = CONTENT_LINE.match(line)
        if not found:
            continue
        name, params, value = found.group("name").upper(), found.group("params"), found.group("value")
        if name == "BEGIN":
            stack.append(value.strip().upper())
            if stack[-1] in EVENTS and not FURNITURE & set(stack):
                event = _Event()
            continue
        if name == "END":
            closed = stack.pop() if stack else ""
            if closed in EVENTS and event is not None:
                calendar.events.append(event)
                event = None
            continue
        if FURNITURE & set(stack):
            continue
        said = unescape(value).strip()
        if event is None:
            if name in ("X-WR-CALNAME", "NAME") and not calendar.name:
                calendar.name = said
            elif name in ("X-WR-CALDESC", "DESCRIPTION") and not calendar.description:
                calendar.description = said
        elif name == "SUMMARY":
            event.summary = said
        elif name == "DTSTART":
            event.start = _when(value)
        elif name == "DTEND":
            event.end = _when(value)
        elif name == "LOCATION":
            event.location = said
        elif name == "DESCRIPTION":
            event.description = said
        elif name == "ORGANIZER":
            event.organiser = _param(params, "CN")
    return calendar


def calendar_text(calendar: _Calendar) -> tuple[str, list[Block]]:
    """The calendar as a page: its name (the title), its description, then each event's summary as a heading over its
    time and place and its description, one paragraph a line of the description."""
    parts: list[tuple[str, str, int]] = []
    if calendar.name:
        parts.append((calendar.name, HEADING, 1))
    parts += [(p.strip(), LINE, 0) for p in calendar.description.split("\n") if p.strip()]
    for event in calendar.events:
        if event.summary:
            parts.append((event.summary, HEADING, 2))
        when = event.start + (f" to {event.end}" if event.end and event.end != event.start else "")
        place = ", ".join(p for p in (when, event.location) if p)
        if place:
            parts.append((place, "", 0))  # (the calendar's own fields: when the event is, not when its words were written)
        parts += [(p.strip(), LINE, 0) for p in event.description.split("\n") if p.strip()]
    text, blocks = "", []
    for said, kind, level in parts:
        if kind:
            blocks.append(Block(len(text), len(text) + len(said), kind, level))
        text += said + "\n\n"
    return text, blocks


def read_calendar(text: str) -> Extracted:
    """An iCalendar file read as the text its people wrote, titled by the calendar's name."""
    calendar = parse_calendar(text)
    said, blocks = calendar_text(calendar)
    organisers = [e.organiser for e in calendar.events if e.organiser and "@" not in e.organiser]
    title = calendar.name or next((e.summary for e in calendar.events if e.summary), None)
    return Extracted(text=said, blocks=blocks, title=title, site_name=organisers[0] if organisers else None,
                     body=(0, len(said)), layout=True)
