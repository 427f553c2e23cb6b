"""One file, several statements: a translation below the original, or one section per therapy.

A bilingual page holds the statement twice; the translation is never part of the
original's position, so the blocks are cut where the language changes for good. A
page with positions on several therapies, one top-level heading each, becomes one
statement per therapy.
"""

from __future__ import annotations

import re
import unicodedata

from statement_qa.language import detect_language, unlisted_language
from statement_qa.structure.blocks import (
    HEADING,
    Block,
    clean_line,
    looks_like_prose,
    word_count,
)
from statement_qa.structure.dates import read_date_line
from statement_qa.structure.vocabulary import is_known_heading, is_position_heading
from statement_qa.structure.words import NEWSLETTER_WORDS

NO_LANGUAGE = "?"


def _language(text: str) -> str:
    return unlisted_language(text) or detect_language(text, default=NO_LANGUAGE)


def split_languages(text: str, blocks: list[Block]) -> list[tuple[str, list[Block]]]:
    """[(language, blocks)]: the original first, then a translation that follows it, if any."""
    spoken = [(i, _language(text[b.start : b.end])) for i, b in enumerate(blocks) if word_count(text[b.start : b.end]) >= 8
              and not _letters_only(text[b.start : b.end])]
    spoken = [(i, lang) for i, lang in spoken if lang != NO_LANGUAGE]
    if len(spoken) < 4:
        return [(_main_language(text, blocks), blocks)]
    # What the first paragraphs are written in (not an e-mail's header lines, which name more than they say).
    prose = [i for i, _ in spoken if looks_like_prose(text[blocks[i].start : blocks[i].end])]
    main = _main_language(text, blocks[: (prose[1] if len(prose) >= 2 else spoken[1][0]) + 1])
    for n, (i, lang) in enumerate(spoken):
        rest = [other for _, other in spoken[n:]]
        if lang == main or n < 2 or len(rest) < 2:
            continue
        if sum(other == lang for other in rest) < 0.8 * len(rest):
            continue
        if sum(word_count(text[blocks[j].start : blocks[j].end]) for j, other in spoken[n:] if other == lang) < 40:
            continue  # an address and a helpline line at the foot of the page are no translation
        if not any(looks_like_prose(text[blocks[j].start : blocks[j].end]) for j, _ in spoken[:n]):
            continue  # nor is what follows a few header lines (an e-mail's "From:", "Sent:") the translation
        said = {other: sum(word_count(text[blocks[j].start : blocks[j].end]) for j, o in spoken if o == other)
                for other in (main, lang)}
        if said[main] < 0.4 * said[lang]:
            continue  # a translation restates its original: a few lines read as another language on a page in this one
            # are no original (a carol's old words, 'O come, all ye faithful', taken for Italian, on an English sheet)
        before = sum(word_count(text[b.start : b.end]) for b in blocks[:i])
        if sum(word_count(text[b.start : b.end]) for b in blocks[i:]) < 0.5 * before:
            continue  # a translation restates the original: a signature and a footer below a long text are not one
        cut = i
        # The translation's title and headings sit just above its first paragraph; a heading that
        # outranks the translation's own (its title over its sections) belongs to it whatever its words.
        while cut > 0:
            above = blocks[cut - 1]
            line = text[above.start : above.end]
            if read_date_line(line) or looks_like_prose(line):
                break
            taken = [b.level for b in blocks[cut:i] if b.kind == HEADING]
            outranks = above.kind == HEADING and bool(taken) and above.level < min(taken)
            if _language(line) == lang or (above.kind == HEADING and _language(line) == NO_LANGUAGE) or outranks:
                cut -= 1
                continue
            break
        return [(main, blocks[:cut]), (lang, blocks[cut:])]
    return [(main, blocks)]


def _letters_only(line: str) -> bool:
    """A line of single letters set apart (a word-search grid's row 'H E R B S T L A U B X Q'): in no language."""
    words = line.split()
    return sum(len(w) == 1 for w in words) > 0.8 * len(words)


def _main_language(text: str, blocks: list[Block]) -> str:
    body = " ".join(text[b.start : b.end] for b in blocks if not _letters_only(text[b.start : b.end]))
    return (unlisted_language(body) or detect_language(body)) if body.strip() else "en"


def therapy_groups(text: str, blocks: list[Block], levels: dict[int, int], title: str) -> list[tuple[int, int]]:
    """[(first, end)] block ranges, one per therapy, when a page holds several statements; else [].

    Several top-level headings that are not ordinary section names ('Background') each
    head a statement when each holds a position heading below it, or when the page's
    title says, in the plural, that it holds several.
    """
    if not levels:
        return []
    top = min(levels.values())
    heads = [i for i, level in sorted(levels.items()) if level == top]
    subjects = [i for i in heads if not is_known_heading(text[blocks[i].start : blocks[i].end])]
    # Ordinary sections after the last subject ("See also", "References") close the last one; any other mix is one statement.
    if len(subjects) < 2 or heads[: len(subjects)] != subjects:
        return []
    groups = [(i, heads[n + 1] if n + 1 < len(heads) else len(blocks)) for n, i in enumerate(subjects)]
    with_position = [
        (a, b) for a, b in groups
        if any(j in levels and levels[j] > top and is_position_heading(text[blocks[j].start : blocks[j].end]) for j in range(a + 1, b))
    ]
    if len(with_position) >= 2:
        return groups
    # A title in the plural ("Our positions on three therapies"); "X: our position" is one statement.
    if re.search(r"\b(?:positions|statements|recommendations|views)\b", title, re.IGNORECASE):
        return [(a, b) for a, b in groups if b > a + 1]
    return []


NEWSLETTER = re.compile(rf"\b(?:{'|'.join(NEWSLETTER_WORDS)})\b", re.IGNORECASE)


def is_newsletter(text: str) -> bool:
    """Words that say a page is a newsletter ('Members' Newsletter', 'In this issue', 'Rundbrief')."""
    return bool(NEWSLETTER.search(text))


# What says a line beneath a publication's name describes an issue of it: 'Issue 38', 'Ausgabe 2/2024', 'The magazine of X'.
ISSUE_WORDS: tuple[str, ...] = (
    r"(?:issue|vol(?:ume)?\.?|edition|no\.|num[ée]ro|n[úu]mero|nummer|ausgabe|heft|jahrgang|edi[çc][ãa]o|edizione|editie)\s*\d+",
    r"magazine?", r"journal", r"zeitschrift", r"mitgliederzeitung", r"revista", r"tijdschrift", r"rivista",
)
ISSUE = re.compile(rf"\b(?:{'|'.join(ISSUE_WORDS)})\b", re.IGNORECASE)


def is_issue_line(text: str) -> bool:
    """A line that describes an issue of a periodical ('The magazine of X | Issue 38 | Summer 2024')."""
    return is_newsletter(text) or bool(ISSUE.search(text))


def position_item(text: str, blocks: list[Block], levels: dict[int, int], newsletter: bool = False) -> tuple[int, int] | None:
    """(first, end) of the one item that states a position on a page of items (a newsletter:
    "1. A word from our chair … 4. Our position on X … 6. Dates for your diary"); None for any other page.

    The items are three or more top-level headings, numbered in sequence unless the page says it is
    a newsletter, most of them not ordinary section names; exactly one of them is, or holds, a position heading.
    """
    if not levels:
        return None
    top = min(levels.values())
    heads = [i for i, level in sorted(levels.items()) if level == top]
    numbers = [number for i in heads if (number := _number(text[blocks[i].start : blocks[i].end])) is not None]
    numbered = len(numbers) == len(heads) and all(b == a + 1 for a, b in zip(numbers, numbers[1:]))
    if len(heads) < 3 or not (numbered or newsletter):
        return None
    names = [text[blocks[i].start : blocks[i].end] for i in heads]
    if sum(not is_known_heading(name) for name in names) * 2 < len(names):
        return None
    ends = [*heads[1:], len(blocks)]
    # The item headed as a position ("4. Our position on X"), or holding one ("X: what we know" … "Our advice").
    positions = [
        n for n, name in enumerate(names)
        if is_position_heading(name)
        or any(j in levels and is_position_heading(text[blocks[j].start : blocks[j].end]) for j in range(heads[n] + 1, ends[n]))
    ]
    if len(positions) != 1:
        return None
    n = positions[0]
    return heads[n], ends[n]


def _number(line: str) -> int | None:
    match = re.match(r"^\s*(\d{1,2})[.)]\s+\S", line)
    return int(match.group(1)) if match else None


def slug(name: str) -> str:
    """'Zorvex® (zorvexamab)' → 'zorvex-zorvexamab': the part of a document id a section names."""
    plain = unicodedata.normalize("NFKD", clean_line(name))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:60] or "section"
