"""A spreadsheet exported as CSV and saved as text (a helpline's answers sheet, a committee's decision log).

The export may open with comment lines ('# answers.csv - exported from …') or Excel's 'sep=;' line; then a header row names the columns
('id,topic,caller_question,committee_answer,agreed,last_checked,notes') and each row below it is one record, its
cells separated by commas (or semicolons, or tabs) and quoted when they hold one ('"…, …"', a quote mark doubled
inside). Each record is a part of the document: the cell of a subject column ('topic') heads it, its other cells
with words are its paragraphs, in the file's own text (a quoted cell without its marks), so a position that is one
cell is quoted as that cell. The header's names say which cells date a record ('agreed', 'approved') and which record
a review ('last_checked', 'reviewed'): the record that answers on the document's subject is dated by them.
"""

from __future__ import annotations

import re

from statement_qa.structure import HEADING, LINE, Block, Extracted, clean_line, parse_date, word_count
from statement_qa.structure.organisation import named_in
from statement_qa.structure.vocabulary import advice_sentences, subject_terms

# A column's name, by what its cells are (names are compared lower-case, with '_', '-' and spaces alike).
SUBJECT_COLUMNS = ("topic", "subject", "title", "thema", "onderwerp", "tema", "argomento", "sujet", "temat", "aihe")
QUESTION_COLUMNS = ("question", "frage", "vraag", "domanda", "pregunta", "pergunta", "pytanie", "kysymys")
ISSUED_COLUMNS = ("agreed", "approved", "decided", "adopted", "date agreed", "agreed on", "beschlossen", "vastgesteld",
                  "aprobado", "approvato", "adopté", "approuvé", "zatwierdzono", "data", "date", "datum", "fecha")
REVIEWED_COLUMNS = ("last checked", "reviewed", "last reviewed", "checked", "re checked", "geprüft", "überprüft",
                    "herzien", "gecontroleerd", "revisado", "revisto", "verificato", "rivisto", "revu", "vérifié",
                    "sprawdzono")
DELIMITERS = (",", ";", "\t")
COMMENT = re.compile(r"^\s*#")
COLUMN_NAME = re.compile(r"^\s*(?=[^\W\d])[\w#/()'’ -]{1,40}$")
SEPARATOR_LINE = re.compile(r"^sep=([,;\t|])\s*$")
# A review cell says the record was looked at again and left as it was, or is only a date.
NO_CHANGE = re.compile(r"no\s+change|unchanged|keine\s+änderung|ungeändert|geen\s+wijziging|sin\s+cambios|"
                       r"senza\s+modifiche|sans\s+changement|bez\s+zmian|re-?read|^\W*[\d./-]+\W*$", re.IGNORECASE)


def _column_name(cell: str) -> str:
    return re.sub(r"[\s_-]+", " ", cell.strip().strip('"')).strip().lower()


def _cells(text: str, start: int, delimiter: str) -> tuple[list[tuple[int, int]], int]:
    """One record's cells as (start, end) spans of their content (a quoted cell's without its marks), and where the
    next record starts (a quoted cell may run over line breaks)."""
    cells: list[tuple[int, int]] = []
    at = start
    while True:
        if at < len(text) and text[at] == '"':
            end = at + 1
            while True:
                end = text.find('"', end)
                if end == -1:
                    return cells, len(text)  # (an unclosed quote: no record)
                if text.startswith('""', end):
                    end += 2
                    continue
                break
            cells.append((at + 1, end))
            at = end + 1
        else:
            stop = len(text)
            for mark in (delimiter, "\n"):
                found = text.find(mark, at)
                if found != -1:
                    stop = min(stop, found)
            cells.append((at, len(text[at:stop].rstrip("\r")) + at))
            at = stop
        if at >= len(text) or text[at] == "\n":
            return cells, at + 1
        if text[at] == "\r":
            return cells, at + 2
        at += 1  # past the delimiter


def _records(text: str) -> tuple[int, list[list[tuple[int, int]]], str] | None:
    """(where the header starts, the records with the header first, the delimiter) of a CSV export, or None."""
    offset = 0
    declared = None
    for line in text.split("\n"):
        if line.strip() and not COMMENT.match(line):
            said = SEPARATOR_LINE.match(line)
            if said is None or declared is not None:
                break
            declared = said.group(1)  # Excel's first line, 'sep=;': the delimiter, said outright
        offset += len(line) + 1
    header_end = text.find("\n", offset)
    header_line = text[offset : header_end if header_end != -1 else len(text)]
    delimiter = declared or max(DELIMITERS, key=header_line.count)
    if header_line.count(delimiter) < 2:
        return None
    records: list[list[tuple[int, int]]] = []
    at = offset
    while at < len(text) and len(records) < 2000:
        line_end = text.find("\n", at)
        line_end = len(text) if line_end == -1 else line_end
        if not text[at:line_end].strip():
            at = line_end + 1  # (a blank line between records)
            continue
        cells, at = _cells(text, at, delimiter)
        records.append(cells)
        if len(records) == 1 and (len(cells) < 3 or not all(COLUMN_NAME.match(text[a:b]) for a, b in cells)):
            return None  # a header names every column, in a word or two, with no sentence's stops
    width = len(records[0]) if records else 0
    whole = [r for r in records[1:] if len(r) == width]
    if width < 3 or len(whole) < 2 or len(whole) < 0.8 * (len(records) - 1):
        return None
    return offset, [records[0], *whole], delimiter


def looks_like_csv_export(text: str) -> bool:
    """A spreadsheet saved as CSV: a header row of three or more short column names, then two or more records of as
    many cells, after any '#' comment lines."""
    return _records(text) is not None


def _find(names: list[str], wanted: tuple[str, ...], *besides: int | None) -> int | None:
    """The first column named as wanted, whole or by one of its words ('caller question'), other than those besides."""
    whole = next((n for n, name in enumerate(names) if name in wanted and n not in besides), None)
    return whole if whole is not None else next(
        (n for n, name in enumerate(names) if set(name.split()) & set(wanted) and n not in besides), None)


def read_csv_export(text: str) -> Extracted:
    """Blocks of a CSV export as offsets into its own text: the comment lines at the top, then per record its subject
    cell as a heading and its other cells with words as paragraphs; the answering record's dates from its columns."""
    found = _records(text)
    assert found is not None  # looks_like_csv_export said so
    offset, records, _ = found
    header, rows = records[0], records[1:]
    names = [_column_name(text[a:b]) for a, b in header]
    # (without a subject column, the question a record answers is what it is about)
    subject = _find(names, SUBJECT_COLUMNS)
    subject = subject if subject is not None else _find(names, QUESTION_COLUMNS)
    reviewed_at = _find(names, REVIEWED_COLUMNS, subject)
    issued_at = _find(names, ISSUED_COLUMNS, subject, reviewed_at)
    blocks: list[Block] = []
    at = 0
    for line in text[:offset].split("\n"):
        said = line.lstrip("#").strip()
        if said and not SEPARATOR_LINE.match(line):
            start = at + line.index(said)
            blocks.append(Block(start, start + len(said), LINE, small=True))
        at += len(line) + 1
    for row in rows:
        for n, (a, b) in enumerate(row):
            said = text[a:b]
            if n == subject and said.strip():
                blocks.append(Block(a, b, HEADING, 2))
            elif n not in (issued_at, reviewed_at) and word_count(said) >= 2 and re.search(r"[^\W\d_]{2}", said):
                blocks.append(Block(a, b, LINE))
    # The record that answers on the document's subject: the one whose cells give the most advice on it.
    terms = subject_terms(text)
    scored = [(sum(advice_sentences(text[a:b], terms) for n, (a, b) in enumerate(row) if n != subject), row) for row in rows]
    best = max(scored, key=lambda pair: pair[0], default=(0, []))
    date = reviewed = None
    if best[0]:
        row = best[1]
        date = parse_date(text[slice(*row[issued_at])]) if issued_at is not None else None
        checked = text[slice(*row[reviewed_at])] if reviewed_at is not None else ""
        reviewed = parse_date(checked) if checked.strip() and NO_CHANGE.search(checked) else None
    # Titled by what the answering record is about, in the sheet's words; else by the export's first comment line.
    named = text[slice(*best[1][subject])].strip() if best[0] and subject is not None else ""
    title = clean_line(named) if named else next((clean_line(text[b.start : b.end]) for b in blocks if b.small), None)
    return Extracted(
        text=text,
        blocks=blocks,
        title=title,
        organisation=named_in(text[:offset]) if offset else None,  # the sheet's owner, as its export's comment names it
        date=date,
        own_date=date is not None,
        reviewed=reviewed if reviewed and reviewed != date else None,
        body=(blocks[0].start, blocks[-1].end) if blocks else (0, len(text)),
        breaks=tuple(a for row in rows for a, _ in row[1:]),  # (a quote never runs from one cell into the next)
        layout=True,
    )
