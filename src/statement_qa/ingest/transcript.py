"""A transcript saved as text (a webinar, a podcast, a meeting): a header, then speakers' turns.

A turn opens with a speaker's label, often after a timestamp: '[00:07:02] DR JANE ROE:',
'00:07 Jane Roe:', 'JANE ROE:'. The label heads what that speaker says, as a heading heads a
section, until another speaker's; the timestamp is furniture and a speaker's label is never
the title. The title and
date are the header's, above the first turn ('Transcript: "Name of the session"', 'Recorded:
13 March 2025'); the speaker list there is not content. A turn that is wholly a quotation
(a position read aloud) is a quoted block, marks and all outside it. A bracketed note of its
own ('[... not transcribed here ...]', '[00:46:40] END OF RECORDING' without a speaker) is
the transcriber's, not the speakers': it is left out, and where text was skipped a quote is
cut in two.
"""

from __future__ import annotations

import re
from collections import Counter

from statement_qa.structure import (
    HEADING,
    LINE,
    RULE,
    Block,
    Extracted,
    clean_line,
    looks_like_heading,
    parse_date,
    word_count,
)
from statement_qa.structure.blocks import ANSWER_MARK, QUESTION_MARK

TIMESTAMP = r"[\[(]?\d{1,2}:\d\d(?::\d\d)?(?:[.,]\d{1,3})?[\])]?"
# A speaker's label: a name (words that start with a capital, or 'Speaker 2'), an optional role in brackets.
TURN = re.compile(
    rf"^[ \t]*(?:(?P<time>{TIMESTAMP})[ \t]*[-–—]?[ \t]*)?"
    r"(?P<speaker>[A-ZÀ-Ý][\w.'’-]*(?:[ \t]+(?:[A-ZÀ-Ý][\w.'’-]*|\d{1,2}|de|van|von|da|di|le|la|del|der|den)){0,5}"
    r"(?:[ \t]*\([^()\n]{1,40}\))?)[ \t]*:[ \t]+(?=\S)"
)
# A line that is the transcriber's own note: wholly in brackets, or a timestamp with no speaker.
NOTE = re.compile(rf"^[ \t]*(?:\[[^\]\n]*\]|{TIMESTAMP}[ \t]+[^:\n]*)[ \t]*$")
DECORATION = re.compile(r"^\s*[=\-_*~#.·]{3,}\s*$")
# The title given in quotation marks after a label ('Transcript: "…"', 'Webinar: “…”').
QUOTED_TITLE = re.compile(r"^[^\"“”:]{1,40}:\s*[\"“](?P<title>[^\"“”]{3,160})[\"”]\s*$")
QUOTES = {'"': '"', "“": "”", "„": "“", "«": "»", "‘": "’", "'": "'"}


def _turns(lines: list[str]) -> dict[int, re.Match]:
    """{line number: label match} for the lines that open a turn."""
    found = {n: m for n, line in enumerate(lines) if (m := TURN.match(line))
             and not QUESTION_MARK.match(line) and not ANSWER_MARK.match(line)}
    speakers = Counter(_speaker(m) for m in found.values())
    # A label counts when it is timed, or when its speaker takes more than one turn.
    return {n: m for n, m in found.items() if m.group("time") or speakers[_speaker(m)] >= 2}


def _speaker(match: re.Match) -> str:
    return re.sub(r"\s+", " ", match.group("speaker")).strip().casefold()


def looks_like_transcript(text: str) -> bool:
    """Speakers' turns: four or more timed labels, or six or more turns by two or more speakers who alternate."""
    lines = text.splitlines()
    turns = _turns(lines)
    timed = sum(1 for m in turns.values() if m.group("time"))
    order = [_speaker(turns[n]) for n in sorted(turns)]
    changes = sum(1 for a, b in zip(order, order[1:]) if a != b)
    return timed >= 4 or len(turns) >= 6 and len(set(order)) >= 2 and changes >= 3


def read_transcript(text: str) -> Extracted:
    """Blocks of a transcript as offsets into its own text: each speaker's label heads their turn."""
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    turns = _turns(lines)
    first_turn = min(turns, default=len(lines))
    speakers = {_speaker(m) for m in turns.values()}
    blocks: list[Block] = []
    breaks: list[int] = []
    paragraph: list[tuple[int, int]] = []
    in_turn = False
    speaking: str | None = None
    shown = list(text)

    def flush() -> None:
        if paragraph:
            blocks.append(_turn_block(text, paragraph[0][0], paragraph[-1][1]) if in_turn
                          else Block(paragraph[0][0], paragraph[-1][1], LINE))
            paragraph.clear()

    header: list[str] = []
    for n, line in enumerate(lines):
        start = starts[n]
        stripped = line.strip()
        if not stripped or DECORATION.match(line):
            flush()
            if stripped and in_turn:
                blocks.append(Block(start, start, RULE))  # a rule ends the turns: what follows is the footer
                in_turn, speaking = False, None
            continue
        if n < first_turn:
            if _lists_speaker(stripped, speakers) or stripped.endswith(":") and word_count(stripped) <= 3:
                flush()
                continue  # the speaker list and its label
            header.append(stripped)
        label = turns.get(n)
        if label:
            flush()
            if _speaker(label) != speaking:
                name_start = start + label.start("speaker")
                blocks.append(Block(name_start, name_start + len(label.group("speaker").rstrip()), HEADING, 2))
            else:
                # The same speaker again under a new timestamp goes on with the same turn: the repeated label is
                # blanked (same length) so the turn reads on, and a quote is still cut where it stood.
                shown[start : start + label.end()] = " " * label.end()
                breaks.append(start)
            in_turn, speaking = True, _speaker(label)
            paragraph.append((start + label.end(), start + len(line.rstrip())))
            continue
        if NOTE.match(line):
            flush()
            breaks.append(start)
            speaking = None  # after a gap, whoever speaks next opens a turn
            continue
        indent = len(line) - len(line.lstrip())
        if not in_turn and paragraph and not stripped[0].islower():
            flush()  # outside the turns (header, footer) a line is its own unless it wraps on in lower case
        paragraph.append((start + indent, start + len(line.rstrip())))
    flush()
    return Extracted(
        text="".join(shown),
        blocks=blocks,
        title=_title(header),
        date=next((month for line in header if word_count(line) <= 24 and (month := parse_date(line))), None),
        body=(blocks[0].start, blocks[-1].end) if blocks else (0, len(text)),
        breaks=tuple(breaks),
        layout=True,
    )


def _lists_speaker(line: str, speakers: set[str]) -> bool:
    """A header line that introduces a speaker ('FIONA DEWAR - host, Head of Support')."""
    folded = re.sub(r"\s+", " ", line).casefold()
    return any(folded.startswith(name) and not folded[len(name) : len(name) + 1].isalnum() for name in speakers)


def _title(header: list[str]) -> str | None:
    """The header's title: a name in quotation marks after a label, else its first heading-like line."""
    for line in header:
        quoted = QUOTED_TITLE.match(line)
        if quoted:
            return clean_line(quoted.group("title"))
    return next((clean_line(line) for line in header if looks_like_heading(line) and not parse_date(line)), None)


def _turn_block(text: str, start: int, end: int) -> Block:
    """A turn's paragraph; one that is wholly a quotation is a quote, its marks outside the block."""
    opening, closing = text[start], text[end - 1]
    inner = text[start + 1 : end - 1]
    if QUOTES.get(opening) == closing and closing not in inner and (opening == closing or opening not in inner):
        return Block(start + 1, end - 1, LINE, quote=True)
    return Block(start, end, LINE)
