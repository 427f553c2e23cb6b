"""The lines that close a statement: organisation, dates, valedictions, signatories, contact strips.

They are read from the bottom up. A closing run is made only of such lines (and at
most two short paragraphs below them, a translation disclaimer say); the first prose
paragraph, heading or list item above it ends the run. The statement's sections stop
where the run starts, so a quote never takes the signature with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from statement_qa.structure.blocks import (
    HEADING,
    ITEM,
    RULE,
    Block,
    clean_line,
    looks_like_prose,
    word_count,
)
from statement_qa.structure.dates import DateLine, is_date_label, read_date_line, with_labels
from statement_qa.structure.vocabulary import (
    is_chrome,
    is_closing,
    is_governing_body,
    is_known_heading,
    is_organisation,
    is_person,
)


def name_like(text: str) -> bool:
    """A short line that can only be a name: capitalised, no sentence, no number, no heading word."""
    line = clean_line(text)
    unabbreviated = re.sub(r"(?:\b[A-Za-z]{1,3}\.)+$", "", line)
    return (
        0 < word_count(line) <= 10
        and line[:1].isupper()
        and not re.search(r"[.!?;:]\s*$", unabbreviated)
        and not re.search(r"\d", line)
        and not is_known_heading(line)
        and not is_person(line)
        and not is_closing(line)
        and not is_chrome(line)
        and not is_date_label(line)
    )


def signatory_parts(text: str) -> list[str]:
    """The names in a signature line that joins an organisation and its committee:
    'X Society – Medical and Scientific Committee' → ['X Society', 'Medical and Scientific Committee'];
    [] for any other line."""
    parts = [p for p in re.split(r"\s+[–—|·-]\s+|,\s+", clean_line(text)) if p.strip()]
    if len(parts) < 2 or not all(is_organisation(p) or is_governing_body(p) for p in parts):
        return []
    return parts if any(is_organisation(p) for p in parts) else []


@dataclass(frozen=True)
class Closing:
    """Where the closing run starts (block index and offset) and what it says."""

    first: int
    start: int
    organisation: str | None
    dates: tuple[DateLine, ...]
    governing_body_only: bool = False
    # The run's lines, top to bottom ("On behalf of the Board of the X Society", "Jane Roe, Chair").
    lines: tuple[str, ...] = ()


def _closing_kind(text: str) -> str | None:
    """'date', 'name' or 'other' for a line that can be part of a closing run; None when it can't."""
    if text.rstrip().endswith(":") and not is_date_label(text):
        return None  # "Our view, agreed by the trustees on 6 September 2022:" introduces what follows
    if re.match(r"^\s*\[\d{1,3}\]", text):
        return None  # "[1] X Pharma, press release, 14 June 2022": a reference, not a signature
    if read_date_line(text):
        return "date"
    if is_organisation(text) or is_governing_body(text) or signatory_parts(text) or _strip_head(text):
        return "name"
    if is_closing(text) or is_date_label(text):
        return "other"
    if name_like(text):
        return "maybe"
    return None


STRIP = re.compile(r"\s+[·|•]\s+")


def _strip_head(text: str) -> str | None:
    """The organisation that leads a contact strip ('X Society Research Team · www.x.example · Helpline 01632 …')."""
    parts = STRIP.split(clean_line(text))
    return parts[0] if len(parts) > 1 and is_organisation(parts[0]) and is_closing(text) else None


def signs(text: str) -> bool:
    """A line that signs, dates or closes a statement rather than saying something in it."""
    return _closing_kind(text) in ("date", "name", "other")


def find_closing(text: str, blocks: list[Block]) -> Closing | None:
    """The closing run at the end of blocks, or None when the text just ends."""
    i = len(blocks) - 1
    trailing_prose = 0
    run: list[int] = []
    anchored = False
    while i >= 0:
        block = blocks[i]
        line = text[block.start : block.end]
        # A name set in bold (a minor heading by layout) can still sign.
        marked = block.kind in (ITEM, RULE) or block.quote or (block.kind == HEADING and block.level < 5)
        kind = None if marked else _closing_kind(line)
        if kind in ("date", "name", "other"):
            anchored = anchored or kind in ("date", "name")
            run.append(i)
        elif kind == "maybe" and run and _closing_kind(text[blocks[run[-1]].start : blocks[run[-1]].end]) in ("date", "name"):
            run.append(i)  # a name without an organisation word, right above a date or a name ("MND Scotland")
        elif not anchored and not run and block.kind not in (HEADING, RULE) and (
            looks_like_prose(line) and trailing_prose < 2 or word_count(line) <= 12 and not looks_like_prose(line)
        ):
            trailing_prose += looks_like_prose(line)  # a disclaimer or address below the signature
        elif not anchored and run:
            return None
        else:
            break
        i -= 1
    if not anchored or not run or run[-1] == 0:
        return None
    first = run[-1]
    lines = [clean_line(text[blocks[j].start : blocks[j].end]) for j in sorted(run)]
    above = text[blocks[first - 1].start : blocks[first - 1].end]
    return Closing(first, blocks[first].start, *_organisation(lines, above), lines=tuple(lines))


def _organisation(lines: list[str], above: str = "") -> tuple[str | None, tuple[DateLine, ...], bool]:
    """The organisation that signs, from the run's lines: a name line, else a date line's prefix. (A date's label
    may end the line above the run: 'Nächste Überprüfung: Mai 2026 / Prossima revisione:' over 'maggio 2026.')"""
    dates = tuple(d for line in with_labels([above, *lines])[1:] if (d := read_date_line(line)))
    lines = [part for line in lines for part in (signatory_parts(line) or [_strip_head(line) or line])]
    names = [line for line in lines if not read_date_line(line) and (is_organisation(line) or name_like(line))]
    organisations = [n for n in names if not is_governing_body(n)]
    prefixes = [strip_the(d.prefix) for d in dates if d.prefix and (is_organisation(d.prefix) or name_like(d.prefix))]
    strong = [n for n in organisations if is_organisation(n)] + [p for p in prefixes if is_organisation(p)]
    if strong:
        return strip_the(strong[0]), dates, False
    if organisations:
        return strip_the(organisations[0]), dates, False
    if prefixes and not any(is_governing_body(n) for n in names):
        return prefixes[0], dates, False
    return None, dates, bool(names) or any(is_person(line) for line in lines)


def strip_the(name: str) -> str:
    """'The X Union' → 'X Union', 'A Asociación X' → 'Asociación X', 'L'Association X' → 'Association X' (how
    organisations are listed: without the article a sentence sets before the name); other names as they are."""
    name = clean_line(name).strip("—–-· ")
    return ARTICLE.sub("", name)


# The definite article before a name, in the languages we read ('the', 'la', 'die', 'het', Galician and Portuguese 'a').
ARTICLE = re.compile(r"^(?:(?i:the|la|le|les|el|los|las|die|der|das|het|il|lo|gli)\s+|(?:De|A|O|Os|As)\s+|(?i:l)['’]\s*)"
                     r"(?=[A-ZÀ-Ý])")
