"""Markdown: front matter for metadata, '#' headings for sections."""

from __future__ import annotations

import logging
import re

from statement_qa.structure import (
    HEADING,
    ITEM,
    LINE,
    RULE,
    Block,
    Extracted,
    clean_line,
    is_known_heading,
    parse_date,
    word_count,
)
from statement_qa.structure.dates import _role, find_dates
from statement_qa.structure.vocabulary import is_label

log = logging.getLogger(__name__)

FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
ATX_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t#]*$")
LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
# An outliner's (Logseq's) page and block properties: "title:: …", "approved:: [[Oct 14th, 2024]]", "id:: 6710c1aa-…".
PROPERTY = re.compile(r"^[ \t]*(?:[-*+][ \t]+)?([\w-]+)::(?:[ \t]+(.*?))?[ \t]*$")
# An outliner writes every heading as a bullet: "- ## Committee line".
BULLET_HEADING = re.compile(r"^\s*[-*+]\s+(#{1,6})[ \t]+(.+?)[ \t#]*$")
COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
# A container's fences (HackMD's ':::success' … ':::', a Docusaurus admonition, a Pandoc fenced div '::: {.note}'), a
# table-of-contents marker ('[TOC]', '[[_TOC_]]') and HackMD's '###### tags: `a` `b`' line: markup, never text.
CONTAINER_FENCE = re.compile(r"^:{3,}[ \t]*(?:\{[^{}]*\}|[\w-]+(?:\[[^\[\]]*\])?(?:[ \t]+\S.*)?)?[ \t]*$")
# ... whose title is given in brackets (Starlight's and Docusaurus 3's ':::tip[What we advise]'): the box's heading.
FENCE_TITLE = re.compile(r"^:{3,}[ \t]*[\w-]+\[(?P<title>[^\[\]]*\S[^\[\]]*)\][ \t]*$")
# MDX (Docusaurus, Nextra, Astro): a line that is one JSX or HTML tag alone ('<Callout type="position" title="X says">',
# '</TabItem>', '<ShareBar channels={[…]} />') is markup around text, never text; nor is an ES module line
# ('import Tabs from '@theme/Tabs';'). An opening tag's title or label is the heading of what it holds.
TAG_LINE = re.compile(r"^<(?P<close>/)?(?P<name>[A-Za-z][\w.:-]*)(?P<attributes>\s[^<>]*?)?\s*(?P<empty>/)?>$")
TAG_TITLE = re.compile(r"""\b(?:title|label|heading|summary)=(?:"(?P<double>[^"]+)"|'(?P<single>[^']+)')""")
MODULE_LINE = re.compile(r"""^(?:import\s+(?:[\w*{}\s,]+\s+from\s+)?['"][^'"]+['"]|export\s+(?:const|default|function)\b.*);?$""")
TOC_MARKER = re.compile(r"^(?:\[toc\]|\[\[_toc_\]\]|\$\{toc\}|\[\[toc\]\])$", re.IGNORECASE)
TAGS_LINE = re.compile(r"^#{1,6}[ \t]+tags:[ \t]*(?:`[^`]*`[ \t]*)+$", re.IGNORECASE)
# A repository README's first heading is often the repository's name ('owner/name'), not what the text is about.
REPOSITORY_NAME = re.compile(r"^[\w.-]+/[\w.-]+$")
# A list of dated changes ('- **2024-10-03** — Statement approved by the Board'): it dates the text.
CHANGELOG = re.compile(
    r"^(?:change\s*log|changes|history|(?:version|revision|document|change)\s+history|release\s+notes|"
    r"historique(?:\s+des\s+(?:versions|modifications))?|historial(?:\s+de\s+(?:cambios|versiones))?|"
    r"änderungs(?:historie|verlauf|protokoll)|versionsgeschichte|versiegeschiedenis|wijzigingen|ändringshistorik|"
    r"cronologia(?:\s+delle\s+modifiche)?|hist[oó]rico(?:\s+de\s+(?:altera[çc][õo]es|vers[õo]es))?|historia\s+zmian)$",
    re.IGNORECASE,
)
# A review entry that changed nothing: 'Reviewed by the Committee; no changes to the guidance'.
NO_CHANGE = re.compile(
    r"\b(?:no\s+changes?|unchanged|sin\s+cambios|sans\s+(?:changement|modification)|aucun(?:e)?\s+(?:changement|modification)|"
    r"keine\s+änderung(?:en)?|unverändert|geen\s+wijziging(?:en)?|ongewijzigd|inga\s+ändringar|oförändrad|"
    r"sem\s+altera[çc][õo]es|nessuna\s+modifica|invariat[oa]|bez\s+zmian)\b",
    re.IGNORECASE,
)
# Front-matter keys per field, in the languages we read (a Dutch site writes 'datum:', 'organisatie:').
FRONT_MATTER_KEYS: dict[str, tuple[str, ...]] = {
    "title": ("title", "titel", "titre", "título", "titulo", "titolo", "tytuł"),
    "organisation": ("organisation", "organization", "org", "publisher", "organisatie", "uitgever", "herausgeber",
                     "organización", "organizacion", "organização", "organizacao", "organizzazione", "organizacja"),
    "author": ("author", "auteur", "autor", "autore"),
    "date": ("date", "published", "approved", "adopted", "publishdate", "pubdate", "date_published", "datum", "fecha", "data",
             "gepubliceerd", "veröffentlicht", "publié", "publicado", "publicada", "pubblicato", "opublikowano"),
    "reviewed": ("reviewed", "last_reviewed", "lastreviewed", "herzien", "überprüft", "revisado", "revisada",
                 "révisé", "rivisto", "relu"),
    "url": ("url", "link", "source", "bron", "quelle", "fuente", "fonte"),
}


def front_matter(text: str) -> tuple[dict, int]:
    """The YAML front matter as a dict, and where the Markdown after it starts."""
    match = FRONT_MATTER.match(text)
    if not match:
        return page_properties(text)
    import yaml

    try:
        data = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        log.warning("ignoring unreadable front matter: %s", exc)
        return {}, match.end()
    return (data if isinstance(data, dict) else {}), match.end()


def page_properties(text: str) -> tuple[dict, int]:
    """An outliner page's opening 'key:: value' lines as front matter ('[[links]]' read as their words)."""
    meta: dict = {}
    offset = 0
    for line in text.split("\n"):
        found = PROPERTY.match(line)
        if not found or line[:1].isspace() or line.lstrip().startswith(("-", "*", "+")):
            break
        meta[found.group(1)] = re.sub(r"\[\[([^\[\]]*)\]\]", r"\1", found.group(2) or "") or None
        offset += len(line) + 1
    return meta, min(offset, len(text))


def read_markdown(text: str) -> Extracted:
    """Blocks of a Markdown file, as offsets into the file's own text."""
    meta, offset = front_matter(text)
    # Comments are not content; blank them (same length) so offsets still hold.
    scan = COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)
    blocks: list[Block] = []
    paragraph: list[tuple[int, int]] = []

    def flush() -> None:
        if not paragraph:
            return
        lines = [text[a:b] for a, b in paragraph]
        # Hard line breaks, or lines too short to be wrapped prose, are lines of their own
        # (a signature: "**Society**  \nScientific Committee  \nAugust 2022").
        hard = any(text[b : b + 2] == "  " or text[b - 1 : b] == "\\" for a, b in paragraph[:-1])
        if hard or all(word_count(line) < 8 for line in lines):
            blocks.extend(Block(a, b, LINE) for a, b in paragraph)
        else:
            blocks.append(Block(paragraph[0][0], paragraph[-1][1], LINE))
        paragraph.clear()

    position = offset
    titled_open: list[str] = []  # the components open now that gave their title as a heading
    for line in scan[offset:].split("\n"):
        start, position = position, position + len(line) + 1
        stripped = line.strip()
        if not stripped:
            flush()
            continue
        setext = re.fullmatch(r"=+|-+", stripped)
        if setext and len(paragraph) == 1:
            # "Background\n----------": the line above is a heading (= level 1, - level 2).
            heading_start, heading_end = paragraph.pop()
            blocks.append(Block(heading_start, heading_end, HEADING, 1 if stripped[0] == "=" else 2))
            continue
        if re.fullmatch(r"(?:[-*_]\s*){3,}", stripped):
            flush()
            blocks.append(Block(start, start, RULE))
            continue
        lead = len(line) - len(line.lstrip())
        if CONTAINER_FENCE.match(stripped) or TOC_MARKER.match(stripped) or TAGS_LINE.match(stripped):
            flush()  # the box a container draws ends its paragraph; its fence is not text
            fence_title = FENCE_TITLE.match(stripped)
            if fence_title:
                at = start + lead + fence_title.start("title")
                title = fence_title.group("title")
                at += len(title) - len(title.lstrip())
                blocks.append(Block(at, at + len(title.strip()), HEADING, 6))
            continue
        tag = TAG_LINE.match(stripped)
        if tag or MODULE_LINE.match(stripped):
            flush()
            titled = TAG_TITLE.search(tag.group("attributes") or "") if tag and not tag.group("close") and not tag.group("empty") else None
            if tag and titled:
                at = start + lead + tag.start("attributes") + titled.start("double" if titled.group("double") else "single")
                blocks.append(Block(at, at + len(titled.group("double") or titled.group("single")), HEADING, 6))
                titled_open.append(tag.group("name"))
            elif tag and tag.group("close") and titled_open and titled_open[-1] == tag.group("name"):
                titled_open.pop()
                blocks.append(Block(start, start, RULE))  # the box ends: what follows is not under its title
            continue
        if PROPERTY.match(line):
            flush()  # an outliner block's properties ("id:: …", "position:: …") are not text
            continue
        heading = ATX_HEADING.match(stripped) or BULLET_HEADING.match(line)
        if heading:
            flush()
            name_start = start + line.index(heading.group(2), lead)
            blocks.append(Block(name_start, name_start + len(heading.group(2)), HEADING, len(heading.group(1))))
        elif LIST_ITEM.match(line):
            flush()
            blocks.append(Block(start + lead, start + len(line.rstrip()), ITEM))
        else:
            paragraph.append((start + lead, start + len(line.rstrip())))
    flush()

    keyed = {re.sub(r"[\s-]+", "_", str(key).strip().casefold()): value for key, value in meta.items()}

    def value(name: str):
        return next((keyed[key] for key in FRONT_MATTER_KEYS[name] if keyed.get(key)), None)

    def field(name: str) -> str | None:
        found = value(name)
        return str(found) if found is not None else None

    aliases = meta.get("aliases") or []
    issued, reviewed = changelog_dates(text, blocks)
    return Extracted(
        text=text,
        blocks=blocks,
        title=field("title") or _title_below_repository_name(text, blocks) or _title_slide(text, blocks, meta),
        organisation=field("organisation"),
        # An author may be a person: it names the organisation only when nothing better does.
        site_name=field("author"),
        date=_meta_date(value("date")) or issued,
        reviewed=_meta_date(value("reviewed")) or reviewed,
        url=field("url"),
        aliases=[str(a) for a in aliases] if isinstance(aliases, list) else [str(aliases)],
        body=(offset, len(text)),
    )


def _meta_date(value) -> str | None:
    if value is None:
        return None
    if hasattr(value, "year") and hasattr(value, "month"):
        return f"{value.year:04d}-{value.month:02d}"
    return parse_date(str(value))


# Small words a subtitle may open with that read on after a colon in lower case ("X: what it is, what we know").
SUBTITLE_OPENERS = frozenset({"what", "how", "why", "when", "where", "who", "the", "a", "an", "our", "your", "and",
                              "for", "about", "everything", "questions", "answers"})


def _title_slide(text: str, blocks: list[Block], meta: dict) -> str | None:
    """A slide deck's title slide (Marp, Slidev, reveal.js: slides split by '---' rules, or front matter that says
    'marp: true'): its '#' heading and the '##' subtitle right under it are one title ('Kembrotide (KBT-303): what it
    is, what we know, what we think')."""
    slides = sum(1 for b in blocks if b.kind == RULE)
    if not (meta.get("marp") is True or slides >= 3):
        return None
    headings = [i for i, b in enumerate(blocks) if b.kind != RULE]
    if len(headings) < 2:
        return None
    first, second = blocks[headings[0]], blocks[headings[1]]
    if first.kind != HEADING or second.kind != HEADING or first.level != 1 or second.level != 2:
        return None
    title, subtitle = clean_line(text[first.start : first.end]), clean_line(text[second.start : second.end])
    if is_known_heading(subtitle) or word_count(subtitle) > 12:
        return None
    # A title slide holds a line or two (who speaks, when) before the next slide, never the first section's prose.
    after = blocks[headings[1] + 1 :]
    slide = after[: next((n for n, b in enumerate(after) if b.kind in (RULE, HEADING)), len(after))]
    if any(word_count(text[b.start : b.end]) > 12 for b in slide) or len(slide) > 3:
        return None
    opener = subtitle.split()[0]
    if opener.casefold() in SUBTITLE_OPENERS and opener[1:].islower():
        subtitle = opener.casefold() + subtitle[len(opener) :]
    return f"{title.rstrip(':')}: {subtitle}"


def _title_below_repository_name(text: str, blocks: list[Block]) -> str | None:
    """Under a first heading that is a repository's name ('owner/name'), the first heading naming something."""
    headings = [block for block in blocks if block.kind == HEADING]
    if not headings or not REPOSITORY_NAME.match(text[headings[0].start : headings[0].end].strip()):
        return None
    for block in headings[1:]:
        name = clean_line(text[block.start : block.end])
        if word_count(name) >= 2 and not is_known_heading(name) and not is_label(name) \
                and not re.fullmatch(r"(?:table\s+of\s+)?contents|contenido|inhalt|sommaire|inhoud", name, re.IGNORECASE):
            return name
    return None


def changelog_dates(text: str, blocks: list[Block]) -> tuple[str | None, str | None]:
    """From the items of a changelog section: the month of the newest change, and of a later review that changed nothing.

    An entry is a date, then what happened ('2024-10-03 — Statement approved by the Board'):
    an approval, publication or update dates the words; a review that changed nothing is a review.
    """
    changed: list[str] = []
    reviews: list[str] = []
    level = None
    for block in blocks:
        if block.kind == HEADING:
            name = clean_line(text[block.start : block.end])
            if level is not None and block.level <= level:
                level = None
            if CHANGELOG.match(name):
                level = block.level
            continue
        if level is None or block.kind != ITEM:
            continue
        entry = re.sub(r"[*_`]", "", LIST_ITEM.sub("", text[block.start : block.end])).strip()
        dates = find_dates(entry)
        if not dates or dates[0][0] != 0:
            continue
        _, end, month = dates[0]
        what = re.split(r"[;(.:,]", entry[end:].strip(" \t–—-:|"), maxsplit=1)[0].strip()
        role = _role(what)
        if role == "reviewed" and NO_CHANGE.search(entry[end:]):
            reviews.append(month)
        elif role in ("issued", "updated", "reviewed"):
            changed.append(month)
    issued = max(changed, default=None)
    reviewed = max((month for month in reviews if issued is None or month > issued), default=None)
    return issued, reviewed
