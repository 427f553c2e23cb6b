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
from statement_qa.structure.dates import read_date_line
from statement_qa.structure.organisation import named_in, organisation_name
from statement_qa.structure.vocabulary import is_governing_body, is_organisation

TIMESTAMP = r"[\[(]?\d{1,2}:\d\d(?::\d\d)?(?:[.,]\d{1,3})?[\])]?"
# A speaker's label: a name (words that start with a capital, or 'Speaker 2'), an optional role in brackets.
TURN = re.compile(
    rf"^[ \t]*(?:(?P<time>{TIMESTAMP})[ \t]*[-–—]?[ \t]*)?"
    r"(?P<speaker>[A-ZÀ-Ý][\w.'’-]*(?:[ \t]+(?:[A-ZÀ-Ý][\w.'’-]*|\d{1,2}|de|van|von|da|di|le|la|del|der|den)){0,5}"
    r"(?:[ \t]*\([^()\n]{1,40}\))?)[ \t]*:[ \t]+(?=\S)"
    # ... or, as Otter.ai exports it, the name and then the time on a line of their own, the words below ('Maureen Pask
    # 00:04', 'Speaker 2  00:21')
    r"|^(?P<alone>[A-ZÀ-Ý][\w.'’-]*(?:[ \t]+(?:[A-ZÀ-Ý][\w.'’-]*|\d{1,2})){0,4})[ \t]+(?P<stamp>\d{1,2}:\d\d(?::\d\d)?)[ \t]*$"
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
    return {n: m for n, m in found.items() if _timed(m) or speakers[_speaker(m)] >= 2}


def _speaker(match: re.Match) -> str:
    return re.sub(r"\s+", " ", match.group("speaker") or match.group("alone")).strip().casefold()


def _timed(match: re.Match) -> bool:
    return bool(match.group("time") or match.group("stamp"))


def looks_like_transcript(text: str) -> bool:
    """Speakers' turns: four or more timed labels, or six or more turns by two or more speakers who alternate."""
    lines = text.splitlines()
    turns = _turns(lines)
    timed = sum(1 for m in turns.values() if _timed(m))
    order = [_speaker(turns[n]) for n in sorted(turns)]
    changes = sum(1 for a, b in zip(order, order[1:]) if a != b)
    return timed >= 4 or len(turns) >= 6 and len(set(order)) >= 2 and changes >= 3


# A speaker introduced with their role and organisation, as a caption or a script's note sets it ('[CAM 1. ASTON: DR JANE
# ROE / CHAIR, X MND SOCIETY]', 'Jane Roe / Chair, X Society'): the person, then the role and whom they speak for.
AFFILIATION = re.compile(r"(?P<who>[^\[\]/\n:.]{2,40}?)\s*/\s*(?P<role>[^\[\]/\n,]{2,40}),\s*(?P<org>[^\[\]/\n]{3,80}?)\s*(?:\]|$)",
                         re.MULTILINE)


def _speakers_organisation(text: str, speakers: set[str]) -> str | None:
    """The one organisation the speakers are introduced as speaking for (a guest's caption names their society; a
    presenter's names only their role), when exactly one is: who the transcript's position is from, not the channel
    or the show that carries it."""
    named = set()
    for found in AFFILIATION.finditer(text):
        who = {w.casefold() for w in re.findall(r"[^\W\d_]+", found["who"])}
        organisation = organisation_name(found["org"])
        if organisation and organisation[1] and any(set(s.casefold().split()) & who for s in speakers if s):
            named.add(organisation[0])
    return named.pop() if len(named) == 1 else None


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
            name = "speaker" if label.group("speaker") else "alone"
            if _speaker(label) != speaking:
                name_start = start + label.start(name)
                blocks.append(Block(name_start, name_start + len(label.group(name).rstrip()), HEADING, 2))
            else:
                # The same speaker again under a new timestamp goes on with the same turn: the repeated label is
                # blanked (same length) so the turn reads on, and a quote is still cut where it stood.
                shown[start : start + label.end()] = " " * label.end()
                breaks.append(start)
            in_turn, speaking = True, _speaker(label)
            if label.end() < len(line.rstrip()):  # (a label alone on its line: the words follow below it)
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
        elif in_turn and paragraph and text[paragraph[-1][0] : paragraph[-1][1]].endswith(":"):
            flush()  # a line of a turn that ends with a colon announces what the speaker reads out below it
        paragraph.append((start + indent, start + len(line.rstrip())))
    flush()
    session = next((line for line in header if word_count(line) <= 24 and parse_date(line)), None)
    session_line = read_date_line(session) if session else None
    return Extracted(
        text="".join(shown),
        blocks=blocks,
        title=_title(header),
        site_name=_speakers_organisation(text, speakers),
        # (the session's date, when it reads as a date line, is a byline's: a position read out in it may say when it
        # was agreed, and that dates it)
        date=parse_date(session) if session and session_line is None else None,
        byline=session if session_line is not None else None,
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
    # (a line that is a date, 'Recorded: 13 March 2025', is none; a title with its month in it, 'Ebberley monthly
    # meeting - October 2025', is one)
    headed = [clean_line(line) for line in header if looks_like_heading(line) and (not parse_date(line) or _dated_title(line))]
    # (the body that holds the session, 'NORTHERN REGIONAL HEALTH SCRUTINY COMMITTEE' over 'Oral evidence: X', is who
    # sits, not what the session is called)
    return next((line for line in headed if not (is_organisation(line) or is_governing_body(line))), None) or next(iter(headed), None)


def _dated_title(line: str) -> bool:
    """A name of three words or more, then its date ('Ebberley monthly meeting - October 2025')."""
    dated = read_date_line(line)
    prefix = dated.prefix or "" if dated is not None else ""
    return dated is not None and word_count(prefix) >= 3 and dated.first("plain") is not None and not prefix.rstrip().endswith(":")


def _turn_block(text: str, start: int, end: int) -> Block:
    """A turn's paragraph; one that is wholly a quotation is a quote, its marks outside the block."""
    opening, closing = text[start], text[end - 1]
    inner = text[start + 1 : end - 1]
    if QUOTES.get(opening) == closing and closing not in inner and (opening == closing or opening not in inner):
        return Block(start + 1, end - 1, LINE, quote=True)
    return Block(start, end, LINE)


# A caption file (SubRip .srt, WebVTT): numbered cues, each a time range over a line or two of what is said.
CUE_TIME = re.compile(r"^\s*(?:\d{1,2}:)?\d{1,2}:\d\d[,.]\d{1,3}\s+-->\s+(?:\d{1,2}:)?\d{1,2}:\d\d[,.]\d{1,3}(?:\s+.*)?$")
# A caption that shows text on screen ('[ON SCREEN TEXT: …]', '[TEXT ON SCREEN: …]', '[CAPTION CARD: …]'): the words
# the organisation puts up, set apart from what is said; any other bracketed caption ('[gentle piano music]') is a
# sound, not words.
ON_SCREEN = re.compile(r"^\[\s*(?:on[\s-]screen(?:\s+text)?|text\s+on\s+screen|screen\s+text|caption\s+card|title\s+card|"
                       r"card|slide|graphic|lower\s+third)\s*:\s*(?P<text>.*?)\s*\]?$", re.IGNORECASE | re.DOTALL)
SOUND = re.compile(r"\[[^\[\]]*\]|♪[^♪]*♪?")
# WebVTT's cue markup: a voice ('<v Teresa>', '<v.loud Rui>'), a class, italics, bold, underline, a language, ruby and
# a timestamp inside a cue ('<00:00:05.200>'); the words between are what is said, the tags are not.
VTT_TAG = re.compile(r"</?(?:v|c|i|b|u|lang|ruby|rt)(?:[.\s][^<>\n]*)?>|<\d{1,2}:\d\d(?::\d\d)?[.,]\d{1,3}>")
# A WebVTT header's comment, style or region block ('NOTE …', 'STYLE', 'REGION'): the caption writer's, not the header's.
VTT_BLOCK = re.compile(r"^(?:NOTE|STYLE|REGION)(?:[ \t]|$)")


def looks_like_captions(text: str) -> bool:
    """Three or more cue timings ('00:00:04,400 --> 00:00:08,900')."""
    return sum(1 for line in text.splitlines()[:200] if CUE_TIME.match(line)) >= 3


def read_captions(text: str) -> Extracted:
    """A caption file: what is said, joined into paragraphs that end with a sentence at a cue's end; each on-screen
    text card a block of its own (a short one, without a full stop, heads what follows it, its date set apart); sounds,
    cue numbers and timings left out. The header above the first cue gives the title in quotation marks and the
    organisation among its parts."""
    lines = text.splitlines()
    first_cue = next(n for n, line in enumerate(lines) if CUE_TIME.match(line))
    header: list[str] = []
    aside = False  # inside a WebVTT NOTE, STYLE or REGION block, which runs to the next blank line
    for line in lines[:first_cue]:
        aside = bool(line.strip()) and (aside or bool(VTT_BLOCK.match(line.strip())))
        if line.strip() and not aside and not line.strip().isdigit():
            header.append(re.sub(r"^WEBVTT(?:\s+[-–—]\s+|\s+|$)", "", line.strip()) or line.strip())
    header = [line for line in header if line != "WEBVTT"]
    cues: list[list[str]] = []
    for n, line in enumerate(lines[first_cue:]):
        if CUE_TIME.match(line):
            cues.append([])
        elif line.strip() and cues and not (line.strip().isdigit() and n + 1 < len(lines) - first_cue
                                            and CUE_TIME.match(lines[first_cue + n + 1])):
            cues[-1].append(line.strip())
    parts: list[str] = []
    blocks: list[Block] = []
    length = 0

    def add(line: str, kind: str = LINE, level: int = 0) -> None:
        nonlocal length
        if parts:
            parts.append("\n\n")
            length += 2
        blocks.append(Block(length, length + len(line), kind, level))
        parts.append(line)
        length += len(line)

    spoken: list[str] = []
    carded = False  # the cue before showed a card

    def said() -> None:
        if spoken:
            add(" ".join(spoken))
            spoken.clear()

    for cue in cues:
        # A card may run over several lines of a cue, and one cue may show two cards.
        cards = re.findall(r"\[[^\[\]]*\]", "\n".join(cue))
        words = clean_line(SOUND.sub(" ", VTT_TAG.sub("", " ".join(cue))))
        if words and blocks and blocks[-1].kind == LINE and any(b.kind == HEADING for b in blocks[-2:-1]) and carded:
            blocks.append(Block(length, length, RULE))  # what is said after a card is not under the card's heading
        carded = False
        for card in cards:
            shown = ON_SCREEN.match(card)
            if shown:
                carded = True
                said()
                card_words = clean_line(shown.group("text"))
                dated = read_date_line(card_words)
                cut = re.search(r",\s*(?=[^,]*$)", card_words)
                if dated and dated.prefix and cut and looks_like_heading(card_words[: cut.start()]):
                    # 'X position, agreed 16 June 2025': the date dates the card, the rest heads what the card says
                    add(card_words[cut.end() :])
                    add(card_words[: cut.start()], HEADING, 2)
                elif card_words:
                    add(card_words, HEADING if looks_like_heading(card_words) and not re.search(r"[.!?]$", card_words) else LINE, 2)
        if words:
            spoken.append(words)
            if re.search(r"[.!?][\"”’)]?$", words):
                said()
    said()
    joined = "".join(parts)
    titled = next((m.group(1) for line in header if (m := re.search(r"[\"“]([^\"“”]{3,160})[\"”]", line))), None)
    return Extracted(
        text=joined,
        blocks=blocks,
        title=titled,
        site_name=next((name for line in header for part in re.split(r"\s+[-–—|·]\s+", line) if (name := named_in(part))),
                       None),
        byline=next((line for line in header if parse_date(line)), None),
        body=(0, len(joined)),
        layout=True,
    )
