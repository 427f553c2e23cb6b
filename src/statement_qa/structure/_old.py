"""From a reader's blocks to a Document: title, sections, signature (organisation, date), kind.

Every reader (scraped page text, HTML, PDF, Markdown) produces the same thing: the
document's extracted text and a list of blocks (spans of that text). The rules here
work on the shape of a statement, not on any one site's wording.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from statement_qa.documents import RESOURCE, STATEMENT, Document, Section, is_position_heading

HEADING = "heading"  # marked up as a heading by the source (HTML h2, Markdown ##)
LINE = "line"  # a line or paragraph whose role is not marked up
ITEM = "item"  # a list item
RULE = "rule"  # a thematic break (Markdown ---): ends the section before it


@dataclass(frozen=True)
class Block:
    """A span [start, end) of the extracted text, with what the source said it was."""

    start: int
    end: int
    kind: str = LINE
    level: int = 0


@dataclass
class Extracted:
    """What a reader found: the text, its blocks, and any metadata the format gave."""

    text: str
    blocks: list[Block]
    title: str | None = None
    organisation: str | None = None
    site_name: str | None = None
    date: str | None = None
    url: str | None = None
    aliases: list[str] = field(default_factory=list)
    page_starts: tuple[int, ...] = ()
    body: tuple[int, int] | None = None
    # A byline outside the main text ("A statement by X · 11 September 2023").
    byline: str | None = None


MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = r"(?:\d{1,2}(?:st|nd|rd|th)?,?)"
_DATE = (
    rf"(?:{_DAY}\s+(?P<month1>{_MONTH_NAMES})\.?\s+(?P<year1>(?:19|20)\d\d)"
    rf"|(?P<month2>{_MONTH_NAMES})\.?\s+(?:{_DAY}\s+)?(?P<year2>(?:19|20)\d\d)"
    r"|(?P<iso_year>(?:19|20)\d\d)-(?P<iso_month>[01]\d)(?:-[0-3]\d)?)"
)
_PREFIX_WORDS = (
    r"(?:statement\s+)?(?:issued|published|posted|updated|last\s+updated|reviewed|last\s+reviewed|"
    r"revised|last\s+revised|modified|last\s+modified|approved|adopted|endorsed|date|dated|"
    r"statement\s+date)(?:\s+(?:on|in))?\s*:?\s*"
)
_DATE_PREFIX = rf"(?:{_PREFIX_WORDS})?"
DATE_LINE = re.compile(rf"^\s*{_DATE_PREFIX}{_DATE}\s*\.?\s*$", re.IGNORECASE)
# "Northfold ALS Society, March 2022", "A statement by the X Union · 11 September 2023"
SIGNED_DATE_LINE = re.compile(
    rf"^\s*[—–-]?\s*(?:(?:an?\s+)?(?:statement|position|published|written|issued)?\s*by\s+)?"
    rf"(?P<org>[^\d,|–—·]{{3,90}}?)\s*(?:,|\||–|—|-|·)\s*{_DATE_PREFIX}{_DATE}\s*\.?\s*$",
    re.IGNORECASE,
)
# "Published: 14 June 2021 | Last updated: 2 February 2023": a byline, dated by its first date.
BYLINE = re.compile(rf"^\s*{_PREFIX_WORDS}{_DATE}", re.IGNORECASE)
ANY_DATE = re.compile(_DATE, re.IGNORECASE)

# Common section names, so a short line like "Background" is taken as a heading
# even when the text after it is short.
SECTION_VOCABULARY = re.compile(
    r"^(?:background|summary|introduction|overview|context|key\s+points|conclusions?|"
    r"discussion|evidence|current\s+status|status|update|updates|latest\s+update|results|"
    r"about\s+.{1,40}|references|further\s+information|more\s+information|next\s+steps|"
    r"what\s+.{1,60}\?|why\s+.{1,60}\?|how\s+.{1,60}\?)\s*:?$",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"[.!;,]\s*[\"'”’)]?\s*$")


def clean_line(text: str) -> str:
    """One line of display text: whitespace and Markdown emphasis collapsed, trailing colon dropped."""
    line = re.sub(r"\s+", " ", text).strip()
    line = re.sub(r"^([*_]{1,3})(.+?)\1$", r"\2", line.rstrip("\\ ")).strip()
    return line.rstrip(":").strip()


def copyright_holder(text: str) -> str | None:
    """Who a page's copyright line names: '© 2018–2024 The X Society. All rights reserved.' → 'X Society'."""
    match = re.search(
        r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)\d\d)?\s*,?\s*)?"
        r"(?:the\s+)?([A-Z][^\n.|©]{2,80}?)\s*(?:\.|\||,|\n|all rights|$)",
        text,
        re.IGNORECASE,
    )
    return clean_line(match.group(1)) if match else None


def word_count(text: str) -> int:
    """Words in a span of text."""
    return len(re.findall(r"[^\W_]+", text))


def parse_date(text: str) -> str | None:
    """The ISO month ('2020-09') of the first date in text, or None."""
    match = ANY_DATE.search(text)
    if not match:
        return None
    if match.group("iso_year"):
        month = int(match.group("iso_month"))
        if not 1 <= month <= 12:
            return None
        return f"{match.group('iso_year')}-{month:02d}"
    month = MONTHS[(match.group("month1") or match.group("month2")).lower()]
    year = match.group("year1") or match.group("year2")
    return f"{year}-{month:02d}"


def looks_like_heading(text: str) -> bool:
    """A short line that names a part of the document rather than saying something."""
    line = clean_line(text)
    if not line or len(line) > 80 or word_count(line) > 10:
        return False
    if text.strip().endswith(":") and word_count(line) >= 4:
        return False  # "The council advises that:" leads into a list; it heads nothing
    if SENTENCE_END.search(text.strip()) and not text.strip().endswith(":"):
        return False
    if DATE_LINE.match(line) or re.match(r"^[\W\d]+$", line):
        return False
    first = line[0]
    return first.isupper() or first.isdigit()


def looks_like_prose(text: str) -> bool:
    """A line that reads as a sentence or more of running text."""
    text = text.strip()
    return word_count(text) >= 12 and bool(
        re.search(r"[.!?;:][\"'”’)\]]*$", text) or re.search(r"\w[.!?][\"'”’)]*\s+[\"“(]?[A-Z]", text)
    )


@dataclass(frozen=True)
class Signature:
    """The organisation and date that close a statement, and where they start."""

    start: int
    date: str | None
    organisation: str | None


def dated_line(line: str) -> tuple[str | None, str] | None:
    """(organisation or None, ISO month) for a date line, a byline or a signed date line."""
    line = clean_line(line)
    if word_count(line) > 20:
        return None
    if DATE_LINE.match(line) or BYLINE.match(line):
        date = parse_date(line)
        return (None, date) if date else None
    signed = SIGNED_DATE_LINE.match(line)
    if signed:
        organisation = clean_line(signed.group("org")).strip("—–-· ")
        if SECTION_VOCABULARY.match(organisation) or is_position_heading(organisation):
            return None  # "Update – March 2022" heads a dated section; it signs nothing
        organisation = re.sub(r"^the\s+(?=[A-Z])", "", organisation) if organisation.lower().startswith("the ") else organisation
        return (organisation or None, parse_date(line))
    return None


def _organisation_like(text: str, block: Block) -> bool:
    line = clean_line(text)
    # "ALS-Hilfe Nordmark e.V." or "Acme Inc." end in an abbreviation, not a sentence.
    unabbreviated = re.sub(r"(?:\b[A-Za-z]{1,4}\.)+$", "", line)
    return (
        block.kind in (LINE,)
        and 0 < word_count(line) <= 12
        and not SENTENCE_END.search(unabbreviated)
        and not looks_like_prose(line)
        and not is_position_heading(line)
        and not SECTION_VOCABULARY.match(line)
        and dated_line(line) is None
    )


def find_signature(text: str, blocks: list[Block]) -> Signature | None:
    """The closing 'Organisation / Month Year' lines of a statement, if it has them.

    A signature is a date line with no heading and at most two paragraphs (a
    translation disclaimer, say) after it; dates inside the prose never count. The
    organisation is on the date line ("Society, March 2022") or up to two short
    lines above it ("Society / Scientific Committee / March 2022").
    """
    prose_after = [0] * (len(blocks) + 1)
    heading_after = [False] * (len(blocks) + 1)
    for i in range(len(blocks) - 1, -1, -1):
        line = clean_line(text[blocks[i].start : blocks[i].end])
        prose_after[i] = prose_after[i + 1] + looks_like_prose(line)
        heading_after[i] = heading_after[i + 1] or blocks[i].kind == HEADING or (
            is_position_heading(line) or bool(SECTION_VOCABULARY.match(line))
        )
    for i, block in enumerate(blocks):
        if i == 0 or prose_after[i + 1] > 2 or heading_after[i + 1] or prose_after[0] == prose_after[i]:
            continue
        found = dated_line(text[block.start : block.end])
        if not found:
            continue
        organisation, date = found
        start = block.start
        above = [j for j in (i - 1, i - 2) if j >= 0]
        lines_above = []
        for j in above:
            if not _organisation_like(text[blocks[j].start : blocks[j].end], blocks[j]):
                break
            lines_above.append(j)
        if lines_above:
            # The top line names the organisation; a place on the date line does not.
            top = lines_above[-1]
            organisation = clean_line(text[blocks[top].start : blocks[top].end])
            start = blocks[top].start
        return Signature(start, date, organisation)
    return None


def heading_indices(text: str, blocks: list[Block]) -> list[int]:
    """Which blocks are section headings: marked up, or short lines that introduce text."""
    if any(b.kind == HEADING for b in blocks):
        return [i for i, b in enumerate(blocks) if b.kind == HEADING]
    found = []
    for i, block in enumerate(blocks):
        if block.kind != LINE:
            continue
        line = text[block.start : block.end]
        if not looks_like_heading(line):
            continue
        name = clean_line(line)
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        introduces_prose = following is not None and (
            looks_like_prose(text[following.start : following.end]) or following.kind == ITEM
        )
        known = bool(is_position_heading(name) or SECTION_VOCABULARY.match(name))
        # Right under a known heading, a short line is that section's first line, not a
        # heading of its own that would leave "Recommendation" empty.
        if found and found[-1] == i - 1 and not known and _known_heading(text, blocks[i - 1]):
            continue
        if known or introduces_prose:
            found.append(i)
    return found


def _known_heading(text: str, block: Block) -> bool:
    name = clean_line(text[block.start : block.end])
    return bool(is_position_heading(name) or SECTION_VOCABULARY.match(name))


def _sections(text: str, blocks: list[Block]) -> list[Section]:
    heads = heading_indices(text, blocks)
    boundaries = sorted(set(heads) | {i for i, b in enumerate(blocks) if b.kind == RULE})
    sections: list[Section] = []
    if blocks and (not boundaries or boundaries[0] > 0):
        lead = blocks[: boundaries[0] if boundaries else len(blocks)]
        # Text before the first heading is a section only if it says something
        # (a subtitle or byline alone is not).
        if not heads or any(looks_like_prose(text[b.start : b.end]) for b in lead):
            sections.append(Section("Introduction" if heads else "Text", lead[0].start, lead[-1].end))
    for n, first in enumerate(boundaries):
        if blocks[first].kind == RULE:
            continue  # what follows a rule before the next heading is an aside, not the section
        end = boundaries[n + 1] if n + 1 < len(boundaries) else len(blocks)
        body = [b for b in blocks[first + 1 : end] if b.kind != RULE]
        if body:
            name = clean_line(text[blocks[first].start : blocks[first].end])
            sections.append(Section(name, body[0].start, body[-1].end))
    return sections


def _take_title(text: str, blocks: list[Block], title: str | None) -> tuple[str | None, list[Block]]:
    """The title, and the blocks after it (a title line near the top is not content)."""
    if title:
        for i, block in enumerate(blocks[:4]):
            if clean_line(text[block.start : block.end]) == title:
                return title, blocks[i + 1 :]
        return title, blocks
    for i, block in enumerate(blocks[:4]):
        if _known_heading(text, block):
            break  # the document starts with its first section: it has no title line
        if (block.kind == HEADING and block.level <= 1) or (
            block.kind == LINE and looks_like_heading(text[block.start : block.end])
        ):
            return clean_line(text[block.start : block.end]), blocks[i + 1 :]
    return None, blocks


def assemble(extracted: Extracted, *, doc_id: str, source: str, sha256: str, fallback_title: str) -> Document:
    """Turn a reader's blocks into a Document with sections, signature and kind."""
    text = extracted.text
    blocks = [b for b in extracted.blocks if b.kind == RULE or text[b.start : b.end].strip()]
    title, blocks = _take_title(text, blocks, extracted.title and clean_line(extracted.title))
    title = title or fallback_title

    signature = find_signature(text, blocks)
    content = [b for b in blocks if not signature or b.end <= signature.start]
    sections = _sections(text, content)

    byline = dated_line(extracted.byline) if extracted.byline else None
    top_line = next((found for b in blocks[:4] if (found := dated_line(text[b.start : b.end]))), None)
    dated = [d for d in (signature and (signature.organisation, signature.date), byline, top_line) if d]
    date = extracted.date or next((d for _, d in dated if d), None)
    organisation = (
        extracted.organisation
        or next((o for o, _ in dated if o), None)
        or extracted.site_name
    )
    kind = STATEMENT if any(is_position_heading(s.name) for s in sections) else RESOURCE
    return Document(
        id=doc_id,
        title=title,
        organisation=organisation,
        date=date,
        kind=kind,
        source=source,
        url=extracted.url,
        text=text,
        sections=tuple(sections),
        aliases=names_in(title, text[slice(*extracted.body)] if extracted.body else text, extracted.aliases),
        sha256=sha256,
        page_starts=extracted.page_starts,
        body=extracted.body,
    )


_MARK = re.compile(r"([A-Z][\w-]*[A-Za-z0-9])\s?[®™]")
_SPLIT_TITLE = re.compile(r"\s+[–—-]\s+|:\s+|\s+\|\s+")
# Development codes given in brackets: "(LMG-7)", "(development code CLB-310)", "(also called LMG-7)".
_CODE = re.compile(r"\((?:[^()]{0,40}\s)?([A-Z]{2,6}-\d{1,5}[A-Z]?)\)")


def names_in(title: str, text: str, given: list[str]) -> tuple[str, ...]:
    """Product and company names a document is about: title parts, marked names, codes, given aliases."""
    names: list[str] = list(given)
    plain_title = re.sub(r"[®™]", "", title)
    parts = [p.strip(" \"“”'") for p in _SPLIT_TITLE.split(plain_title) if p.strip()]
    for part in parts if len(parts) > 1 else []:
        names.append(part)
        outside = re.sub(r"\s*\([^)]*\)", "", part).strip()
        if outside != part:
            names.append(outside)
            names.extend(re.findall(r"\(([^)]+)\)", part))
    names.extend(re.findall(r"[“\"]([^”\"]{3,40})[”\"]", plain_title))  # Early Access and “Right to Try” Laws
    # A marked name counts when the statement is about it (named more than once), not when
    # it merely points elsewhere ("Further reading: … NeuroMyoGraft®"). A bracketed code
    # defines a name ("Lumagene-7 (also called LMG-7)").
    marked = _MARK.findall(text)
    names.extend(n for n in marked if marked.count(n) > 1 or n.lower() in title.lower())
    names.extend(_CODE.findall(text))
    names.extend(_CODE.findall(title))
    for part in parts:
        for token in re.findall(r"[\w-]+", part):
            # Coined names: inner capitals or digits (AstroRx, AMX0035, CuATSM).
            if re.search(r"[a-z][A-Z]|[A-Za-z]\d|\d[A-Za-z]", token) and len(token) >= 4:
                names.append(token)
    seen: dict[str, str] = {}
    for name in names:
        name = unicodedata.normalize("NFKC", re.sub(r"[®™]", "", name)).strip(" \"“”")
        key = re.sub(r"\W+", "", name.lower())
        if len(key) >= 3 and key not in seen:
            seen[key] = name
    return tuple(seen.values())
