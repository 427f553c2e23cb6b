"""Plain text, including web pages saved as text with their menus, sidebars and footers.

A scraped page is mostly chrome: menus and sidebars are runs of short list items,
footers start at a landmark line ("Footer", "Primary Sidebar", "© 2021 ..."). The
statement is the largest run of running text between them; its title is the short
line above it (pages often print it twice: page heading, then entry heading).
Text wrapped by hand (a newsletter, an FAQ) is joined back into paragraphs; an e-mail
saved as text gives its date and sender in its header, and its subject names it unless its
text carries a title of its own (ingest/mail.py: which message of a thread is the document).
A chat export is its organisation's own messages (ingest/chat.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from statement_qa.ingest.chat import looks_like_irc, looks_like_whatsapp, read_irc, read_whatsapp
from statement_qa.ingest.mail import MAIL_HEADER, read_thread
from statement_qa.ingest.transcript import looks_like_captions, looks_like_transcript, read_captions, read_transcript
from statement_qa.structure import (
    ITEM,
    LINE,
    Block,
    Extracted,
    clean_line,
    copyright_holder,
    is_known_heading,
    looks_like_heading,
    looks_like_prose,
    parse_date,
    read_date_line,
    word_count,
)
from statement_qa.structure.blocks import NUMBERING, TABLE_ROW
from statement_qa.structure.vocabulary import is_chrome, is_label, is_organisation, is_salutation, names_meeting
from statement_qa.structure.words import TITLE_FIELDS

BULLET = re.compile(r"^\s*(?:[•·▪◦●‣∙*+]|-(?=\s))\s+")
# Lines that begin the page furniture around the content (landmarks, widgets, legal lines).
CHROME = re.compile(
    r"^(?:skip\s+to\b.*|(?:primary|secondary)?\s*sidebar|footer|site\s+footer|header|"
    r"(?:main\s+)?navigation|(?:main\s+)?menu|search(?:\s+this\s+site)?|"
    r"(?:return|back)\s+to\s+top.*|latest\s+tweets|recent\s+tweets|tweets\s+by.*|follow\s+us.*|"
    r"share(?:\s+this(?:\s+page)?)?:?|related(?:\s+(?:posts|articles|pages|content))?:?|"
    r"reader\s+interactions|leave\s+a\s+(?:reply|comment)|you\s+may\s+also\s+like.*|recent\s+posts|"
    r"categories|archives|tags?:.*|keep\s+in\s+touch|stay\s+in\s+touch|newsletter(?:\s+sign[\s-]?up)?|"
    r"subscribe.*|sign\s+up\s+(?:for|to)\b.*|.*\bcookies?\b.*|accept(?:\s+all)?(?:\s+cookies)?|"
    r"privacy(?:\s+(?:notice|policy)).*|copyright\b.*|©.*|.*\ball\s+rights\s+reserved\b.*|"
    r"registered\s+(?:in|charity)\b.*|charity\s+(?:number|no\.?)\b.*|powered\s+by\b.*|"
    r"you\s+are\s+here\b.*|(?:latest|recent)\s+news|news|(?:upcoming\s+)?events|print(?:\s+this\s+page)?)$",
    re.IGNORECASE,
)
CALL_TO_ACTION = re.compile(
    r"^(?:click\s+here|read\s+more|learn\s+more|find\s+out\s+more|donate|please\s+donate|join|"
    r"contact(?:\s+us)?|members[’']?\s+log\s?in|log\s?in|register|home|menu|print(?:\s+this\s+page)?|"
    r"email|facebook|twitter|instagram|linkedin|youtube)\b",
    re.IGNORECASE,
)
BREADCRUMB = re.compile(r"\s(?:>|»|›|/)\s")
# A record's title field above its text ("Title        : Tezolavir - what we tell callers"): an export's own title.
TITLE_FIELD = re.compile(rf"^\s*(?:{'|'.join(TITLE_FIELDS)})\s*:\s+(?P<value>\S.{{2,150}}?)\s*$", re.IGNORECASE)
# A message line of a saved Zoom chat: '19:06:10 From Sue Tremayne (Host) to Everyone:'.
DATE_FIELD = re.compile(r"^\s*(?:draft\s+date|date|datum|fecha|data)\s*:\s+\S", re.IGNORECASE)
ZOOM_MESSAGE = re.compile(r"^\s*\d{1,2}:\d\d:\d\d\s+From\s+.{1,80}?\s+to\s+.{1,60}?:\s*$", re.MULTILINE)
# Underlines and separators drawn with characters ("=====", "--").
DECORATION = re.compile(r"^\s*[=\-_*~#.·]{2,}\s*$")
# A heading framed by the same rule characters on both sides ('=== PURECIRC COURSE ===', '*** Our view ***').
FRAMED_HEADING = re.compile(r"^\s*(?P<rule>[=*#~-])(?P=rule){2,}[ \t]+(?P<heading>[^=*#~\n]*?[^\W_][^=*#~\n]*?)[ \t]+(?P=rule){3,}\s*$")


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str
    bullet: bool

    @property
    def chrome(self) -> bool:
        if len(BREADCRUMB.findall(self.text)) >= 2:
            return True
        return bool(CHROME.match(clean_line(BULLET.sub("", self.text)))) and word_count(self.text) < 40

    @property
    def prose(self) -> bool:
        return looks_like_prose(self.text)


def _lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        if not line.strip() or DECORATION.match(line):
            continue
        start = match.start() + (len(line) - len(line.lstrip()))
        end = match.start() + len(line.rstrip())
        lines.append(_Line(start, end, text[start:end], bool(BULLET.match(line))))
    return _unwrapped(text, lines)


# Text wrapped by hand is at most this wide; wider lines are paragraphs of their own.
WRAP_WIDTH = 100


def _unwrapped(text: str, lines: list[_Line]) -> list[_Line]:
    """Lines of a hard-wrapped file joined back into their paragraphs.

    A line was wrapped when the next word would not have fitted on it (the way a text
    editor or an e-mail client fills lines): the line plus that word is wider than the
    widest line in the file. Blank lines, rules, bullets and short lines end paragraphs.
    """
    # (a row of a table drawn in text, its columns set apart by wide gaps, is laid out, not filled: it sets no width,
    # unless every line is one)
    rows = [bool(TABLE_ROW.search(line.text)) for line in lines]
    filled = [not row for row in rows] if not all(rows) else [True] * len(lines)
    width = max((_width(text, line) for line, fills in zip(lines, filled) if fills), default=0)
    if not lines or width > WRAP_WIDTH:
        return lines
    # The fill width is the widest line that was wrapped (one with another line of its paragraph under it): a wider
    # line that ends its paragraph (a mailing list's footer, 'To unsubscribe send an email to …') set no width.
    wrapped = max((_width(text, line) for (line, below), fills in zip(pairwise(lines), filled)
                   if text[line.end : below.start].count("\n") == 1 and not below.bullet and fills), default=0)
    if wrapped >= 0.8 * width:
        width = wrapped
    joined = [lines[0]]
    for line, row in zip(lines[1:], rows[1:]):
        previous = joined[-1]
        gap = text[previous.end : line.start]
        first_word = line.text.split()[0]
        if (
            gap.count("\n") == 1
            and not line.bullet
            and not previous.chrome
            and not row  # (a table's rows, each laid out on its own line)
            and not TABLE_ROW.search(text[text.rfind("\n", 0, previous.end) + 1 : previous.end])
            and (
                _width(text, previous) + 1 + len(first_word) > width
                # filled by hand a little short of the widest line, mid-sentence
                or _width(text, previous) >= 0.8 * width and not re.search(r"[.!?:;]\W*$", previous.text)
            )
        ):
            joined[-1] = _Line(previous.start, line.end, text[previous.start : line.end], previous.bullet)
        else:
            joined.append(line)
    return joined


def _width(text: str, line: _Line) -> int:
    """How wide the last printed line of a (possibly joined) line is, indentation included."""
    line_start = text.rfind("\n", 0, line.end) + 1
    return line.end - line_start


def _clusters(lines: list[_Line]) -> list[tuple[int, int]]:
    """Runs of lines [first, last] holding running text, split at chrome and menus."""
    clusters: list[tuple[int, int]] = []
    first = last = None
    short_bullets = 0
    for i, line in enumerate(lines):
        if line.chrome:
            breaker = True
        elif line.bullet and not line.prose:
            short_bullets += 1
            # Menus are long runs of short items; a short list inside a statement is not.
            breaker = short_bullets >= 5
        else:
            short_bullets = 0
            breaker = False
        if breaker:
            if first is not None:
                clusters.append((first, last if last is not None else first))
            first = last = None
            continue
        if line.prose and not line.bullet:
            first = i if first is None else first
            last = i
        elif first is not None and not line.bullet:
            last = i  # headings, signature lines between paragraphs
        elif first is not None:
            last = i  # a short list inside the statement
    if first is not None:
        clusters.append((first, last if last is not None else first))
    return clusters


def _weight(lines: list[_Line], span: tuple[int, int]) -> int:
    return sum(word_count(l.text) for l in lines[span[0] : span[1] + 1] if l.prose and not l.bullet)


def _is_heading_like(text: str) -> bool:
    name = clean_line(text)
    # "1.<TAB>Why we are publishing this" (Word's numbered heading saved as text) opens a section, not the document.
    numbered = bool(NUMBERING.match(text)) and 2 <= word_count(NUMBERING.sub("", name)) <= 12 and not looks_like_prose(text)
    return is_known_heading(name) or name.endswith("?") or numbered


# A table of contents as Word saves it as text: "3.<TAB>The HALVE-2 trial<TAB>2", or with leader dots "…….. 2".
CONTENTS_ENTRY = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?\S[^\t]{1,120}?(?:\t+|\s*\.{4,}\s*|\s*…+\s*)\d{1,3}\s*$")
CONTENTS_LABEL = re.compile(r"^(?:(?:table\s+of\s+)?contents|sisällys(?:luettelo)?|inhalt(?:sverzeichnis)?|sommaire|"
                            r"table\s+des\s+matières|[íi]ndice|contenido|spis\s+treści|innehåll|indhold|inhoud|tartalom|"
                            r"περιεχόμενα|cuprins|içindekiler)\s*:?$", re.IGNORECASE)
# A strapline under a title says what kind of document it is: "A statement for members, carers and professionals".
STRAPLINE = re.compile(r"^(?:an?|the)\s+(?:statement|position|guide|briefing|summary|update|leaflet|note|paper)\b",
                       re.IGNORECASE)


def _without_contents(lines: list[_Line]) -> list[_Line]:
    """The lines less a table of contents (three or more entries ending in a page number, and the label over them):
    it repeats the headings below it and is nobody's text."""
    entries = [bool(CONTENTS_ENTRY.match(line.text)) for line in lines]
    drop: set[int] = set()
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and entries[j]:
            j += 1
        run = [lines[k].text for k in range(i, j)]
        pages = [int(m.group()) for text in run if (m := re.search(r"\d+(?=\s*$)", text))]
        labelled = bool(i) and bool(CONTENTS_LABEL.match(clean_line(lines[i - 1].text)))
        # Page numbers that never go back, under a 'Contents' label or beside numbered or dotted entries: not a
        # table of figures ('Calls about X<TAB>45').
        if j - i >= 3 and pages == sorted(pages) and (
                labelled or all(NUMBERING.match(text) or re.search(r"\.{4,}|…", text) for text in run)):
            drop.update(range(i, j))
            if labelled:
                drop.add(i - 1)
        i = max(j, i + 1)
    return [line for n, line in enumerate(lines) if n not in drop]


def _title_before(lines: list[_Line], first: int) -> tuple[int | None, int]:
    """The title line above the content at line `first`, and the offset where the content starts."""
    preamble: list[int] = []
    i = first - 1
    while i >= 0 and not lines[i].bullet and not lines[i].chrome and not lines[i].prose:
        preamble.insert(0, i)
        i -= 1
    # The content's own opening heading ("Background") sits right above the first paragraph.
    start = first
    while preamble and _is_heading_like(lines[preamble[-1]].text):
        start = preamble.pop()
    # A table drawn in text between the header and the text (a running order, a fixture list): the title is above it.
    table = next((k for k, j in enumerate(preamble) if TABLE_ROW.search(lines[j].text)), None)
    keep = [
        j
        for j in (preamble[:table] if table else preamble)
        if not CALL_TO_ACTION.match(clean_line(lines[j].text))
        and not BREADCRUMB.search(lines[j].text)
        and (read_date_line(lines[j].text) is None or _dated_meeting(lines[j].text))
        and not is_chrome(lines[j].text)
        and not is_salutation(lines[j].text)
        and not MAIL_HEADER.match(lines[j].text)
        and not _field_row(lines[j].text)
    ]
    if not keep:
        return None, lines[start].start
    texts = [clean_line(lines[j].text) for j in keep]
    repeated = [j for j, t in zip(keep, texts) if texts.count(t) > 1]
    title = repeated[-1] if repeated else keep[-1]
    at = keep.index(title)
    if at and keep[at - 1] == title - 1 and STRAPLINE.match(clean_line(lines[title].text)):
        title = keep[at - 1]  # the title over its strapline
    elif at and keep[at - 1] == title - 1 and _names_writer(lines[title].text, lines[keep[at - 1]].text):
        title = keep[at - 1]  # the title over the name of who wrote it ('Stall crib - Whitby market' over 'X MND Group')
    # Lines between the title and the first heading (an "Updated: ..." byline) are content.
    return title, lines[title].end


def _title_over_subtitle(line: str, below: str) -> bool:
    """A short title line that ends with a colon over a line that goes on in small letters ('Corvalane:' over 'a new
    medicine that is being tested', an Easy Read cover's one idea a line): one title set over two lines."""
    head, rest = clean_line(line), clean_line(below)
    return (line.rstrip().endswith(":") and 1 <= word_count(head) <= 6 and rest[:1].islower()
            and word_count(rest) <= 12 and not looks_like_prose(below) and not read_date_line(rest))


def _dated_meeting(line: str) -> bool:
    """A line that names a meeting before its date ('Minutes of the committee meeting, 14 July 2026'): a record's title,
    not a line that only dates the text."""
    dated = read_date_line(line)
    if not dated or not dated.prefix or is_organisation(dated.prefix):
        return False
    # (the meeting is what the line opens by naming: 'Exported from Notes, 3 Jul 2025' names an app, not a meeting)
    opening = " ".join(dated.prefix.split()[:3])
    return names_meeting(opening) and not re.search(r"\b(?:from|by|via|in|with)\b", opening, re.IGNORECASE)


# A label of a field and its value, one of several on a line ('Presenter: Pat Roe   Producer/desk: Sam   Studio 1').
FIELD_PAIR = re.compile(r"(?:^|\s{2,}|\t)[^\W\d_][\w/&.'’ -]{0,24}:[ \t]+\S")


def _field_row(line: str) -> bool:
    """A line of two or more fields set apart by wide gaps ('Presenter: Pat Roe   Producer/desk: Sam   Studio 1'): a
    sheet's fields, what it records, not a title."""
    return len(FIELD_PAIR.findall(line.strip())) >= 2 and bool(re.search(r"\S(?:\s{3,}|\t)\S", line.strip()))


UNDERLINED = re.compile(r"\A\s*(?P<title>[^\n]*\S)[ \t]*\n[ \t]*(?P<rule>={3,})[ \t]*\n")


def _underlined_title(text: str) -> str | None:
    """The file's first line, underlined with a row of '=' as a writer sets a title in plain text
    ('TRANSCRIPTION OF A HANDWRITTEN LETTER' over '=====…'): the writer's own title, above any fields or legend."""
    found = UNDERLINED.match(text)
    if not found or len(found.group("rule")) < 0.7 * len(found.group("title").strip()):
        return None
    title = clean_line(found.group("title"))
    # (a header row with a clock and a date over a rule is a screen's or a report's banner, not a title)
    return title if not looks_like_prose(title) and word_count(title) <= 20 and not re.search(r"\d{1,2}:\d\d", title) \
        and read_date_line(title) is None else None


# A Markdown or Djot heading of the first rank ('# Hedgerow Neuro Complex: a pinned answer', an attribute block '{#answer}'
# after it or on the line above it).
ATX_TITLE = re.compile(r"^#[ \t]+(?P<title>[^\n]*?\S)(?:[ \t]+\{[^{}\n]*\})?[ \t]*$", re.MULTILINE)


def _atx_title(text: str) -> str | None:
    """The file's one heading of the first rank, marked the Markdown way ('# X' over '## …' sections): the writer's own
    title, above a byline set in italics or a date."""
    found = ATX_TITLE.findall(text)
    if len(found) != 1 or not re.search(r"^##[ \t]+\S", text, re.MULTILINE):
        return None
    title = clean_line(found[0])
    return title if not looks_like_prose(title) and word_count(title) <= 20 and read_date_line(title) is None else None


def _names_writer(line: str, above: str) -> bool:
    """A line that only names an organisation, under a line shaped like a title that names none: the writer's name
    under the note's own title, not its title."""
    name, over = clean_line(line), clean_line(above)
    return is_organisation(name) and word_count(name) <= 8 and not is_organisation(over) and not is_label(over) \
        and looks_like_heading(over) and word_count(over) >= 2 and not is_chrome(over)


# OpenPGP's clear-signed armour ("-----BEGIN PGP SIGNED MESSAGE-----" and its "Hash: SHA256" line above the text,
# the signature's block below it): the signing tool's, never a title or a line of what the message says.
ARMOUR = re.compile(r"^-----BEGIN PGP SIGNED MESSAGE-----[ \t]*\n(?:[A-Za-z-]+:[^\n]*\n)*"
                    r"|^-----BEGIN PGP SIGNATURE-----[ \t]*\n.*?^-----END PGP SIGNATURE-----[ \t]*$", re.MULTILINE | re.DOTALL)


# A teletext page saved as text: its header row ('P482  GORSLEY 482  Fri 14 Nov  19:02:31'), the rules and the service's
# banner between them, each subpage's counter ('2/3') and 'continued >', and the row of coloured-key links at the foot
# ('INDEX 100  NEWS 401  WEATHER 470'): the set's furniture, never what the page says.
TELETEXT_HEADER = re.compile(r"^\s*P\d{3}\b.{0,40}\b\d{2}:\d{2}(?::\d{2})?\s*$")
TELETEXT_FURNITURE = re.compile(r"^\s*(?:[=\-_]{8,}|\d{1,2}\s*/\s*\d{1,2}|(?:continued|more|cont(?:inues)?\.?|next\s+page)\s*>+"
                                r"|(?:[A-Z][A-Z&/ ]{1,14}\s+\d{3}\s+){2,}[A-Z][A-Z&/ ]{1,14}\s+\d{3})\s*$", re.IGNORECASE)
TELETEXT_RULE = re.compile(r"^\s*={8,}\s*$")


def _without_teletext(scan: str) -> str:
    """A teletext page's text with its furniture blanked (same offsets); any other text as it is. The banner between
    the rules at its top names the service and is blanked too: the page's own heading is its title."""
    lines = scan.split("\n")
    first = next((n for n, line in enumerate(lines) if line.strip()), None)
    if first is None or not TELETEXT_HEADER.match(lines[first]):
        return scan
    rules = [n for n, line in enumerate(lines) if TELETEXT_RULE.match(line)]
    banner = range(rules[0], rules[1] + 1) if len(rules) >= 2 and rules[1] - rules[0] <= 4 else range(0)
    kept = [" " * len(line) if n == first or n in banner or TELETEXT_FURNITURE.match(line) else line
            for n, line in enumerate(lines)]
    return "\n".join(kept)


# A shared editor's default text left at the top of a pad ('Welcome to Etherpad!', what the pad does, where to get
# involved), above the rule that starts the writers' own text: the tool's, never a title or a line of the document.
WELCOME = re.compile(r"^\s*(?:welcome\s+to|willkommen\s+(?:bei|in|zu)|bienvenue\s+(?:sur|dans|à)|bienvenid[oa]s?\s+a)"
                     r"\s+[^\n]{2,40}?[!.]?\s*$", re.IGNORECASE)
RULE_LINE = re.compile(r"^\s*[-=_*~]{8,}\s*$")


def _past_welcome(text: str, title: str | None) -> str | None:
    """The heading line under a tool's welcome text (the first line after the rule below it), when the title found is
    that welcome ('Welcome to Etherpad!'); else the title found."""
    if not title or not WELCOME.match(title):
        return title
    lines = text.split("\n")
    first = next((n for n, line in enumerate(lines) if line.strip() == title.strip()), None)
    if first is None:
        return title
    rule = next((n for n, line in enumerate(lines[first + 1 : first + 12], first + 1) if RULE_LINE.match(line)), None)
    below = next((line for line in lines[rule + 1 : rule + 4] if line.strip()), None) if rule is not None else None
    return clean_line(below) if below and not RULE_LINE.match(below) and looks_like_heading(below) else title


# A gophermap (RFC 1436 menus as gopher servers such as Gophernicus read them): a menu line is an item-type character,
# the text shown, then the selector, host and port set off by tabs; '!' opens the line that sets the menu's title.
GOPHER_ITEM = re.compile(r"^(?P<type>[0-9+:;<?ITdghips])(?P<shown>[^\t\n]*)\t[^\t\n]*\t[^\t\n]*\t\d+[ \t]*$", re.MULTILINE)
GOPHER_TITLE = re.compile(r"\A!(?=\S)(?P<title>[^\n]+)")


def _without_gopher(scan: str) -> tuple[str, str | None]:
    """A gophermap's text with its menu lines blanked (same offsets; an 'i' line keeps the words it shows) and its
    '!' mark taken off the menu's title, and that title; any other text as it is, and None. The menu is the server's
    furniture, its item types are no text, and its title names the menu (the site and the section), not a document."""
    if len(GOPHER_ITEM.findall(scan)) < 2:
        return scan, None

    def blank(found: re.Match[str]) -> str:
        if found["type"] == "i":
            return " " + found["shown"] + re.sub(r"[^\n]", " ", found.group()[1 + len(found["shown"]) :])
        return re.sub(r"[^\n]", " ", found.group())

    scan = GOPHER_ITEM.sub(blank, scan)
    title = GOPHER_TITLE.match(scan)
    if title is None:
        return scan, None
    return " " + scan[1:], clean_line(title["title"])


def _without_armour(scan: str, text: str) -> str:
    """The text to read lines from (scan) with the armour of a clear-signed message in text blanked (same offsets)."""
    for found in reversed(list(ARMOUR.finditer(text))):
        scan = scan[: found.start()] + re.sub(r"[^\n]", " ", found.group()) + scan[found.end() :]
    return scan


# A forum post saved as its BBCode source: '[size=150][b]Kinetra Coach app: should you pay for it?[/b][/size]' is the post's
# heading, set large and bold; the tags say how it looks.
BBCODE_TAG = re.compile(r"\[/?(?:b|i|u|size|color|font|quote|url|list|img|comment|hr|\*)(?:=[^\]]*)?\]", re.IGNORECASE)
BBCODE_HEADING = re.compile(r"^[ \t]*((?:\[(?:size|color|font)=[^\]]+\]|\[[bu]\])+)([^\[\]\n]{3,150})((?:\[/\w+\])+)[ \t]*$",
                            re.IGNORECASE | re.MULTILINE)


def _bbcode_title(text: str) -> str | None:
    """The first line of a BBCode post set wholly in bold and large type, without its tags; None for any other text."""
    if len(BBCODE_TAG.findall(text)) < 6:
        return None
    for found in BBCODE_HEADING.finditer(text):
        if "[b]" in found.group(1).lower() and re.search(r"\[size=", found.group(1), re.IGNORECASE):
            return clean_line(found.group(2))
    return None


def read_text(text: str) -> Extracted:
    """Find the statement inside a page's text: its title, its lines, its body span."""
    from statement_qa.ingest.autoreply import looks_like_mail_filter, read_mail_filter
    from statement_qa.ingest.calendar import looks_like_calendar, read_calendar
    from statement_qa.ingest.clippings import looks_like_clippings, read_clippings
    from statement_qa.ingest.markup import (
        looks_like_latex,
        looks_like_markup,
        looks_like_moinmoin,
        looks_like_texinfo,
        looks_like_troff,
        looks_like_txt2tags,
        read_latex,
        read_markup,
        read_texinfo,
        read_troff,
        read_txt2tags,
    )
    from statement_qa.ingest.outline import looks_like_opml, read_opml
    from statement_qa.ingest.rtf import looks_like_rtf, read_rtf
    from statement_qa.ingest.spreadsheet import looks_like_csv_export, read_csv_export
    from statement_qa.ingest.voicemail import looks_like_voicemail, read_voicemail

    if looks_like_rtf(text):
        return read_rtf(text)  # RTF source: read as the text it shows, its control words never text
    if looks_like_mail_filter(text):
        return read_mail_filter(text)  # a mail filter's script: the auto-reply it sends is the text, the script is not
    if looks_like_calendar(text):
        return read_calendar(text)  # an iCalendar file: its events' written fields, unfolded and unescaped
    if looks_like_clippings(text):
        return read_clippings(text)  # an e-reader's highlights: the words highlighted, never the device's lines
    if looks_like_opml(text):
        return read_opml(text)  # an outliner's OPML export: its nodes' text, each node with nodes under it heading them
    if looks_like_latex(text):
        return read_latex(text)  # LaTeX source: sectioning commands head its parts
    if looks_like_troff(text):
        return read_troff(text)  # troff/groff source: its macros are structure, never text
    if looks_like_texinfo(text):
        return read_texinfo(text)  # Texinfo source: its '@' commands are structure, never text
    if looks_like_csv_export(text):
        return read_csv_export(text)  # a spreadsheet saved as CSV: each record a part, headed by its subject cell
    if looks_like_voicemail(text):
        return read_voicemail(text)  # a voicemail box's export: each message a part, its transcription what was said
    if looks_like_moinmoin(text):
        return read_markup(text)  # a MoinMoin page's source: its '#' lines are instructions, '= X =' heads its parts
    if looks_like_txt2tags(text):
        return read_txt2tags(text)  # txt2tags source: its header names it, '= X =' heads its parts
    if looks_like_markup(text) and _without_teletext(text) == text:  # (a teletext page's rules underline no headings)
        return read_markup(text)  # reStructuredText, AsciiDoc, Org: the file marks its own headings
    if looks_like_whatsapp(text):
        chat = read_whatsapp(text)  # a group chat: the organisation's own messages are the statement
        if chat is not None:
            return chat
    if looks_like_captions(text):
        return read_captions(text)  # a video's captions: what is said, and the text cards shown on screen
    if looks_like_irc(text):
        log = read_irc(text)  # an IRC channel's log: its operator's messages are the statement
        if log is not None:
            return log
    # An e-mail: its headers, separators, quote markers and the messages that are not the document are
    # blanked in the text the lines are read from (same offsets); the stored text keeps all but the markers.
    mail = read_thread(text)
    if mail is None and looks_like_transcript(text):
        return read_transcript(text)  # speakers' turns: each label heads a turn
    scan = _without_armour(mail.scan if mail else text, text)
    scan, menu_title = _without_gopher(scan)
    without = _without_teletext(scan)
    teletext, scan = without != scan, without
    text = mail.text if mail else text
    lines = _without_contents(_lines(scan))
    clusters = _clusters(lines)
    if not clusters:
        blocks = [Block(l.start, l.end, ITEM if l.bullet else LINE) for l in lines]
        return Extracted(text=text, blocks=blocks, body=(0, len(text)))
    first, last = max(clusters, key=lambda span: _weight(lines, span))
    title_index, content_start = _title_before(lines, first)
    body_start = lines[title_index].start if title_index is not None else lines[first].start
    blocks = [Block(l.start, l.end, ITEM if l.bullet else LINE) for l in lines[: last + 1] if l.start >= content_start]
    site_name = next(
        (
            clean_line(l.text)
            for l in lines[: title_index if title_index is not None else first]
            if not l.bullet and not l.chrome and not CALL_TO_ACTION.match(clean_line(l.text))
            and not BREADCRUMB.search(l.text) and not TITLE_FIELD.match(l.text)  # ('Title: X' names the document)
        ),
        None,
    )
    if title_index is not None and site_name == clean_line(lines[title_index].text):
        site_name = None
    site_name = site_name or menu_title
    site_name = site_name or copyright_holder(scan)
    if teletext:
        site_name = None  # the lines above a teletext page's heading name the service that carries it, not who wrote it
    own_title = lines[title_index].text if title_index is not None else None
    if title_index and _title_over_subtitle(lines[title_index - 1].text, lines[title_index].text):
        own_title = f"{clean_line(lines[title_index - 1].text)}: {clean_line(lines[title_index].text)}"
    elif title_index is not None and title_index + 1 < len(lines) \
            and _title_over_subtitle(lines[title_index].text, lines[title_index + 1].text):
        own_title = f"{clean_line(lines[title_index].text)}: {clean_line(lines[title_index + 1].text)}"
    framed = next((found for line in lines[first : last + 1] if (found := FRAMED_HEADING.match(line.text))), None)
    if framed is not None and (own_title is None or clean_line(own_title) == menu_title):
        # No title line above the text (or only a gopher menu's), and a heading the writer framed with rules inside it
        # ('=== X ==='): its title.
        own_title = framed["heading"]
    # An export's record gives its title in a field above its text; the lines around it are the export's fields.
    field_title = next((m.group("value") for line in lines[:first] if (m := TITLE_FIELD.match(line.text))), None)
    if field_title and not mail:
        own_title = field_title
    # ... and its date in a field of its own (a screenplay's title page: 'Title:', 'Credit:', 'Draft date: 26 October
    # 2026'): when the copy was written, which dates the words when nothing in them says more.
    field_date = next((clean_line(line.text) for line in lines[:first] if DATE_FIELD.match(line.text)), None) \
        if field_title and not mail else None
    if not mail and len(ZOOM_MESSAGE.findall(text)) >= 3:
        # A saved meeting chat ('19:06:10 From Sue (Host) to Everyone:'): the line above its messages and the saver's
        # note is the meeting's name, what the export was titled by whoever saved it.
        first_line = next((line for line in lines if not line.bullet), None)
        if first_line is not None and looks_like_heading(first_line.text) and not ZOOM_MESSAGE.match(first_line.text):
            own_title = clean_line(first_line.text)
            site_name = None if site_name == own_title else site_name
    if not (mail or teletext):
        own_title = _underlined_title(text) or _atx_title(text) or own_title
    own_title = _past_welcome(text, own_title)
    own_title = own_title if own_title and not BBCODE_TAG.search(own_title) else _bbcode_title(text) or own_title
    if mail and not (own_title and looks_like_heading(own_title)):
        own_title = mail.subject or own_title  # the subject names the e-mail; a title in its text names the document
    return Extracted(
        text=text,
        blocks=blocks,
        title=own_title,
        site_name=(mail.sender if mail else None) or site_name,
        date=parse_date(mail.date or "") if mail else None,
        byline=field_date,
        body=(body_start, lines[last].end),
        breaks=mail.breaks if mail else (),
    )
