"""Dates: find explicit date-shaped strings, let dateparser read them, and say what each one dates.

Only strings shaped like a date count ("2 February 2023", "October 2, 2023", "marzo de
2024", "12.02.2024", "03/2024", "2023-05"): a year alone, or a number in a sentence, is
never a date. Month names come from the per-language table in words.py; dateparser
turns the string into a month. The words before a date say what it is: issued,
updated, last reviewed, next review. A season ("Issue 41 | Autumn 2023") reads as its
middle month, with the role "season": it dates a page only when nothing says more.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from statement_qa.structure.blocks import Block, clean_line, word_count
from statement_qa.structure.words import (
    DATE_ROLES,
    MONTH_FORMS,
    MONTHS,
    PICTURE_WORDS,
    SEASONS,
    TOUCH_WORDS,
    UNCHANGED_WORDS,
    WEEKDAYS,
    YEAR_FIRST_MONTHS,
)

LANGUAGES = list(MONTHS)
_MONTH = "|".join(sorted({m for names in MONTHS.values() for m in names}, key=len, reverse=True))
# Hungarian writes the year first, with a full stop: "2025. március 18.", "2025. március 14-én" (a case ending).
_MONTH_YEAR_FIRST = "|".join(sorted(MONTHS["hu"], key=len, reverse=True))
_MONTH_FORM = re.compile(rf"\b(?:{'|'.join(MONTH_FORMS)})\b", re.IGNORECASE)
_YEAR = r"(?:19|20)\d\d"
_YEAR_FIRST_MONTH = {name: n for n, forms in enumerate(YEAR_FIRST_MONTHS, 1) for name in forms}
# "2025 m. rugpjūčio 20 d.", "2026 m. rugpjūtis" (Lithuanian: the year, "m." for metai, the month, the day and "d.").
_LT_DATE = (rf"(?P<lt_year>(?:19|20)\d\d)\s*m\.\s+(?P<lt_month>{'|'.join(sorted(_YEAR_FIRST_MONTH, key=len, reverse=True))})"
            rf"(?:\s+\d{{1,2}}\s*d\.?)?")
LT_DATE = re.compile(_LT_DATE, re.IGNORECASE)
# Basque writes the year first with its case ending, then the month, in the genitive before a day ('2025eko uztailaren
# 3an') and alone ('2026ko uztaila'): the month's stem, January first.
_EU_MONTHS = ("urtarril", "otsail", "martxo", "apiril", "maiatz", "ekain", "uztail", "abuztu", "irail", "urri", "azaro",
              "abendu")
_EU_DATE = (rf"(?P<eu_year>(?:19|20)\d\d)e?ko\s+(?P<eu_month>{'|'.join(_EU_MONTHS)})[a-z]*"
            rf"(?:\s+\d{{1,2}}(?:an|ean|a)?(?![\w/-]))?")
EU_DATE = re.compile(_EU_DATE, re.IGNORECASE)
_SEASON = "|".join(sorted(SEASONS, key=len, reverse=True))
# "Autumn 2023", "Winter 2023/24", "otoño de 2024": one pattern for finding a season date and for reading it.
_SEASON_DATE = rf"(?P<season>{_SEASON})\s+(?:(?:de|del|di)\s+)?(?P<season_year>{_YEAR})(?P<later>/(?:{_YEAR}|\d\d))?"
SEASON_DATE = re.compile(_SEASON_DATE, re.IGNORECASE)
_DAY = r"\d{1,2}(?:st|nd|rd|th|er|º|°|\.)?"
DATE_SHAPE = re.compile(
    # (Japanese and Chinese set no space between a date and the words around it: "事務局が2024年7月9日に")
    rf"(?<![^\W\u3040-\u30ff\u4e00-\u9fff]|[/.-])(?:"
    # (a meeting's days: "15-16 May 2025")
    rf"(?:\d{{1,2}}\s*[-–]\s*)?{_DAY}\s+(?:de\s+|ta['’]\s*)?(?:{_MONTH})\.?,?\s+(?:del?\s+)?{_YEAR}"  # 2 février 2023, 27th April 2023, 1. März 2022
    rf"|(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR}"  # October 2, 2023
    rf"|(?:{_MONTH})\s+\d{{1,2}}\s+\d{{1,2}}:\d\d(?::\d\d)?\s+(?:[A-Z]{{2,5}}\s+)?{_YEAR}"  # Oct 15 09:12:44 BST 2024 (a mail archive)
    rf"|(?:{_MONTH})\.?,?\s+(?:del?\s+)?{_YEAR}"  # March 2022, marzo de 2024, juny del 2024
    rf"|{_SEASON_DATE}"  # Autumn 2023, Winter 2023/24, otoño de 2024
    rf"|\d{{1,2}}[./-]\d{{1,2}}[./-]{_YEAR}"  # 12.02.2024, 02/03/2024
    rf"|\d{{1,2}}\.\s\d{{1,2}}\.\s{_YEAR}"  # 18. 9. 2024 (Slovenian, Czech, Croatian)
    rf"|(?:0?[1-9]|1[0-2])[/.]{_YEAR}"  # 03/2024
    rf"|{_YEAR}-[01]\d(?:-[0-3]\d)?"  # 2023-05-09
    rf"|{_YEAR}/[01]?\d/[0-3]?\d"  # 2024/11/21 (a wiki's edit stamp)
    rf"|{_YEAR}\s*年\s*(?:0?[1-9]|1[0-2])\s*月(?:\s*[0-3]?\d\s*日)?"  # 2024年7月 9日 (Japanese, Chinese)
    rf"|{_YEAR}\s*년\s*(?:0?[1-9]|1[0-2])\s*월(?:\s*[0-3]?\d\s*일)?"  # 2026년 10월 8일 (Korean)
    rf"|{_YEAR}\.\s?(?:0?[1-9]|1[0-2])\.\s?[0-3]?\d\.(?=\s|$)"  # 2026. 10. 12. (Korean: year, month, day, each with its dot)
    rf"|{_LT_DATE}"  # 2025 m. rugpjūčio 20 d.
    rf"|{_EU_DATE}"  # 2025eko uztailaren 3an
    rf"|{_YEAR}\.\s+(?:{_MONTH_YEAR_FIRST})\.?(?:\s+\d{{1,2}}\.?(?:-[^\W\d_]{{1,3}})?)?"  # 2025. március 18.
    rf")(?:(?<=[年月日년월일.])|(?![\w/-]))",
    re.IGNORECASE,
)
ROLES = {
    # "Reviewed: …", and "Agreed by the committee, 8 October 2020": a comma may set the date off its label too.
    role: re.compile(rf"(?:{'|'.join(p for patterns in table.values() for p in patterns)})\s*[:,]?\s*$", re.IGNORECASE)
    for role, table in DATE_ROLES.items()
}
# Checked in this order: "Last reviewed" must not read as "reviewed … updated", "Review date" as issued.
ROLE_ORDER = ("next_review", "reviewed", "updated", "received", "printed", "issued")
SEPARATORS = " \t|,;–—-·•:()[]@"
# "Last updated: 2 February 2023 (links checked)": the page was touched, its words were not.
TOUCHED = re.compile(rf"^\s*\([^()]*\b(?:{'|'.join(TOUCH_WORDS)})\b[^()]*\)", re.IGNORECASE)
# (a line of fields may go on: "Reviewed: 15 January 2025, no change | Next review: …")
# ("Reviewed 3 June 2025 – wording unchanged": what did not change may be named first)
# ("Pregledano 2. listopada 2025. – bez izmjena": a year may end with its ordinal dot, as Croatian writes it)
# A wiki's revision counter before its edit stamp ("page revision: 7, last edited: 04 Nov 2023"): the software's.
REVISION = re.compile(r"\brevision\s*[:#]?\s*\d+\b", re.IGNORECASE)
PICTURE = re.compile(rf"^\s*[\[(]\s*(?:{'|'.join(PICTURE_WORDS)})\s*[:.–—-]", re.IGNORECASE)
UNCHANGED = re.compile(rf"^\.?\s*[,;:–—-]\s*(?:(?:the\s+)?(?:wording|text|advice|position|statement|content|guidance)\s+)?"
                       rf"(?:{'|'.join(UNCHANGED_WORDS)})\s*[.|·•]?\s*$", re.IGNORECASE)


@lru_cache(maxsize=4096)
def to_month(shape: str) -> str | None:
    """'2 février 2023' → '2023-02', or None when dateparser cannot read it as a real date."""
    import dateparser

    written = re.match(r"((?:19|20)\d\d)\s*(?:年|년|\.)\s*(\d{1,2})\s*(?:月|월|\.)", shape)
    if written:  # the year and month are numbers, whatever the language
        return f"{written.group(1)}-{int(written.group(2)):02d}"
    lithuanian = LT_DATE.match(shape)
    if lithuanian:
        return f"{lithuanian['lt_year']}-{_YEAR_FIRST_MONTH[lithuanian['lt_month'].casefold()]:02d}"
    basque = EU_DATE.match(shape)
    if basque:
        return f"{basque['eu_year']}-{_EU_MONTHS.index(basque['eu_month'].casefold()) + 1:02d}"
    season = SEASON_DATE.match(shape)
    if season:  # "Autumn 2023": a season is a month by convention (words.SEASONS), not something dateparser reads
        month = SEASONS[season["season"].casefold()]
        year = int(season["season_year"]) + (1 if month == 1 and season["later"] else 0)  # "Winter 2023/24": January 2024
        return f"{year}-{month:02d}"
    shape = re.sub(r"\s\d{1,2}:\d\d(?::\d\d)?\s+(?:[A-Z]{2,5}\s+)?(?=\d{4}$)", " ", shape)  # 'Oct 15 09:12:44 BST 2024'
    shape = re.sub(r"^\d{1,2}\s*[-–]\s*(?=\d)", "", shape)  # '15-16 May 2025': the month of the days
    shape = re.sub(r"(?<=\d)\s+ta['’]\s*", " ", shape)  # "23 ta' Settembru 2025": Maltese's 'of', which dateparser does not read

    settings = {"PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "DMY", "REQUIRE_PARTS": ["month", "year"]}
    # The languages whose month the date names first: another language may read the word as something else (Turkish
    # 'Mart', March, is a time zone's abbreviation to the others, and '12 Mart 2024' became December).
    words = {w.casefold() for w in re.findall(r"[^\W\d_]+", shape)}
    own = [language for language in LANGUAGES if words & set(MONTHS[language])]
    parsed = dateparser.parse(shape, languages=own, settings=settings) if own else None
    parsed = parsed or dateparser.parse(shape, languages=LANGUAGES, settings=settings)
    if parsed is None:  # "14. veebruaril 2025": a case ending dateparser does not know, read as the nominative
        named = _MONTH_FORM.sub(lambda m: MONTH_FORMS[m.group().casefold()], shape)
        parsed = dateparser.parse(named, languages=LANGUAGES, settings=settings) if named != shape else None
    return f"{parsed.year:04d}-{parsed.month:02d}" if parsed else None


MALTESE_IN = re.compile(r"(?<![^\W\d_])(fi[tl]|sa[tl]|mi[tl])-(?=\d)", re.IGNORECASE)


# Where one sentence ends and another starts: not after a day's number ('Am 14. Oktober 2025 …', 'Beschluss des
# Vorstands vom 17. Juni 2025.', '4. veljače 2025').
# (not after a year's Polish 'r.', roku, when the sentence goes on in lower case: '18 listopada 2026 r. i niczego nie
# zmienił')
SENTENCE_BREAK = re.compile(r"(?<=[.;])(?<!\b\d\.)(?<!\b\d\d\.)(?!(?<=\d\sr\.)\s+[a-ząćęłńóśźż])\s+")


def find_dates(text: str) -> list[tuple[int, int, str]]:
    """Every explicit date in text, as (start, end, 'YYYY-MM')."""
    found = []
    # (Maltese joins 'in' to the day, 'fit-23 ta' Settembru 2025': the same offsets with a space for the hyphen)
    for match in DATE_SHAPE.finditer(MALTESE_IN.sub(r"\1 ", text)):
        month = to_month(re.sub(r"\s+", " ", match.group()).strip())
        if month:
            found.append((match.start(), match.end(), month))
    return found


def parse_date(text: str) -> str | None:
    """The ISO month ('2020-09') of the first date in text, or None."""
    dates = find_dates(text)
    return dates[0][2] if dates else None


def _role(label: str) -> str | None:
    for role in ROLE_ORDER:
        match = ROLES[role].search(label)
        if match and (match.start() == 0 or not label[match.start() - 1].isalnum()):
            return role
    return None


def is_date_label(text: str) -> bool:
    """A field label that names a date without giving it: 'Last reviewed', 'Date reviewed', 'Date of issue:'."""
    line = clean_line(text)
    return bool(line) and word_count(line) <= 4 and not find_dates(line) and _role(line) is not None


INLINE_TAG = re.compile(r"</?[A-Za-z][\w.:-]*(?:\s[^<>]*)?/?>")
SENDER_ADDRESS = re.compile(r"\s*<[^<>@\s]+@[^<>\s]+>\s*")


@dataclass(frozen=True)
class DateLine:
    """A line that is about dates: each date with its role, and the name before the first ("Society, May 2022")."""

    dates: tuple[tuple[str, str], ...]
    prefix: str | None

    def first(self, *roles: str) -> str | None:
        """The first date with one of these roles."""
        return next((month for role, month in self.dates if role in roles), None)


_DAYS = "|".join(sorted({re.escape(d) for days in WEEKDAYS.values() for d in days}, key=len, reverse=True))
WEEKDAY = re.compile(rf"(?<![\w-])(?:{_DAYS})\.?,?\s+(?=\d|(?:{_MONTH})\b)", re.IGNORECASE)


# The abbreviation Bulgarian, Russian, Ukrainian and Polish write after a year ('8 октомври 2025 г.', '2025 р.',
# 'marzec 2027 r.'), or the word itself ('14 жовтня 2025 року', 'в октябре 2025 года', 'w marcu 2027 roku').
YEAR_MARK = re.compile(r"(?<=\d{4})\s*(?:г|р|r)\.(?=[\s,;)]|$)|(?<=\d{4})\s+(?:року|рік|года|году|год|roku)(?![\w-])")


def read_date_line(line: str) -> DateLine | None:
    """The dates of a short line made of labels, dates and at most a name; None for a sentence."""
    # A message header's sender ("X Group <hello@x.example> Mon, 9 Jun 2025 at 19:14"): the address sets the name off.
    # ("<p className="byline">Issued <strong>May 2024</strong></p>": HTML set in Markdown marks the words up, it says nothing)
    line = WEEKDAY.sub("", SENDER_ADDRESS.sub(" · ", clean_line(INLINE_TAG.sub(" ", line))))
    line = YEAR_MARK.sub("", line)  # ('8 октомври 2025 г.': the year's own abbreviation, not a word after the date)
    if not line or word_count(line) > 24 or PICTURE.match(line):
        return None  # (a picture's placeholder dates the picture: "[Photo: the Club's walk, September 2023]")
    dates = find_dates(line)
    if not dates:
        return None
    roles: list[tuple[str, str]] = []
    prefix = None
    position = 0
    for n, (start, end, month) in enumerate(dates):
        # ('Edited 25 Oct 2026 (fixed a hashtag) · Posted 23 Oct 2026': a note in brackets belongs to the date before it)
        label = re.sub(r"^\s*\([^()]*\)", "", line[position:start]) if n else line[position:start]
        role = _role(label)
        if role:
            found = ROLES[role].search(label)
            label = label[: found.start()] if found else label
        residue = label.strip(SEPARATORS)
        if not re.search(r"\w", residue):
            residue = ""  # "✔ Reviewed 9 June 2025": a badge's icon, not a name before the date
        if n and residue == ".":
            residue = ""  # "…, November 2024. Next review: November 2026.": the first field's sentence ended
        if n == 0 and residue and re.search(r":\s*$", line[position:start]) and not re.search(r"[,|–—·]", label) \
                and word_count(residue) <= 6:
            pass  # "Version date: 3 May 2024", "Date of issue: …": one field label, not a name before a date
        elif n == 0 and residue:
            # "Northfold ALS Society, March 2022", "By the X Union · 11 September 2023", "Kürzberg, 5 July 2021"
            # (a longer one only as a byline before a label: names, no sentence)
            if role is None and (not re.search(r"[,|–—·:(@-]\s*$", label) or word_count(residue) > 12) \
                    or word_count(residue) > 12 and (word_count(residue) > 24 or re.search(r"[.!?;]", residue)):
                return None
            prefix = re.sub(r"^(?:(?:an?\s+)?(?:statement|position|published|written|issued)?\s*by\s+)", "", residue,
                            flags=re.IGNORECASE).strip(SEPARATORS) or None
            if prefix and re.search(r",\s+[^\W\d_]+$", prefix) and prefix.split()[-1].islower():
                prefix = None
            if prefix and role and word_count(prefix) == 1 and not re.search(r"[,|–—·:(@-]\s*$", label):
                prefix = None  # "Script reviewed 30 April 2025", "Page updated …": a word of the label, not a name
            if prefix and word_count(prefix) > 12:
                prefix = None  # a long byline before its label ('A, B and the X evidence group Published 9 September 2024'): no one name  # "The Society's position, as approved …", "Η θέση …, όπως εγκρίθηκε …": a sentence, no name
        elif residue and not re.fullmatch(r"(?:and|et|und|y|e|en)", residue, re.IGNORECASE) and not UNCHANGED.match(label):
            return None  # words between two dates that are not a label: a sentence
        if role == "updated" and (TOUCHED.match(line[end:]) or REVISION.search(line[position:start])):
            role = "touched"  # read by nothing: not the date of the words (nor a wiki's "page revision: 7, last edited")
        elif role == "updated" and UNCHANGED.match(re.split(r"[|·•]", line[end:])[0]):
            role = "reviewed"  # "Aktualizované 20. 2. 2025 – stanovisko bez zmeny": looked at, the words kept
        if SEASON_DATE.match(line, start):
            role = "season"  # "Issue 38 | Summer 2024 (published June 2024)": a month only when nothing says more
        roles.append((role or "plain", month))
        position = end
    if not _metadata_tail(re.sub(r"\([^()]*\)", "", line[position:])):  # "(links checked)" may follow
        return None
    return DateLine(tuple(roles), prefix)


# A sentence that says when a body agreed the text and when it looked at it again: "This was agreed by the X board on
# 12 May 2025 and checked again by the board on 8 September 2025, with nothing to change."
_AGREED_CLAUSE = re.compile(r"\b(?:agreed|approved|adopted|endorsed|signed\s+off|onartu\w*|"
                            # ('Aprovada pela direção a 30 de abril de 2025.', 'Approvato dal consiglio il …', 'Adopté par …')
                            r"approvat[oaie]|aprobad[oa]s?|acordad[oa]s?|aprovad[oa]s?|approuv[ée]e?s?|adopt[ée]e?s?|beschlossen|"
                            r"verabschiedet|goedgekeurd?|vastgesteld|besloten|decis[oa]\s+(?:da|dal|dalla|dai)|"
                            # (Maltese: 'Il-kumitat qabel fuq din il-pożizzjoni …', the committee agreed on this position)
                            r"qabel\s+fuq|qbilna|approva|approvat[a]?|"
                            # a vote ('Avis voté par le bureau le 7 octobre 2025.', 'Voted by the committee on …')
                            r"voted|vot[ée]e?s?|votad[oa]s?|votat[oaie]|"
                            # (Albanian: 'Vendosur nga kryesia më 9 shtator 2025.', decided by the board)
                            r"vendosur|vendosi|miratuar|miratoi|"
                            # (Polish: 'Zarząd przyjął to stanowisko 7 października 2026 r.', the board adopted this
                            # position; 'zatwierdzone przez zarząd', approved by the board)
                            r"przyj[aąeę][łl]\w*|przyj[eę]t[eoaiy]|zatwierdzi\w*|zatwierdzon[eoaiy]|uchwali\w*|uchwalon[eoaiy]|"
                            # a decision's own word, with whose ('Decisione del direttivo del 3 giugno 2025.', 'Beschluss des
                            # Vorstands vom 17. Juni 2025')
                            r"decisione|deliberazione|beschluss|besluit|décision|decisión|decisão|"
                            # (Hebrew and Arabic: 'החלטת הוועד המנהל מיום 19 באוקטובר 2026', the board's decision of …;
                            # 'אושר על ידי הוועד', approved by; 'قرار مجلس الإدارة بتاريخ …', 'اعتمدته اللجنة في …')
                            r"החלטת|החלטה|הוחלט|אושרה?|قرار|اعتمد\w*|أقر\w*|وافق\w*)\b", re.IGNORECASE)
# A language that sets its verb after the date ('Zuzendaritza-batzordeak 2025eko uztailaren 3an onartua', Basque: approved
# by the board on 3 July 2025).
_AGREED_AFTER = re.compile(r"\s*(?:onartu\w*|adostu\w*)\b", re.IGNORECASE)
_CHECKED_CLAUSE = re.compile(r"\b(?:checked\s+again|re-?checked|re-?read|read\s+(?:(?:it|this|them)\s+)?(?:(?:through|over)\s+)?again|reviewed|looked\s+(?:at\s+(?:it\s+|this\s+)?again|over)|"
                             r"reaffirmed|re-?confirmed|"
                             # ('Revista pela direção a 15 de setembro de 2025, sem alterações.', 'Revisado …', 'Überprüft …')
                             # ('La junta lo revisó de nuevo el 10 de noviembre de 2026 sin cambios.', 'volvió a leerlo')
                             r"revis[óo]|volvi(?:ó|o|eron)\s+a\s+(?:leer|revisar|mirar)\w*|"
                             r"revist[oa]s?|revisad[oa]s?|rivist[oa]|riesaminat[oa]|rilett[oa]|réexaminée?s?|(?:erneut\s+)?(?:über|ge|nachge)?prüft|"
                             r"herzien|opnieuw\s+bekeken|"
                             # ('A direção voltou a ler este texto a 23 de setembro de 2025 e não mudou nada.')
                             r"voltou\s+a\s+ler|voltaram\s+a\s+ler|relid[oa]|releu|"
                             # (Albanian: 'Kryesia e rilexoi më 4 nëntor 2025', the board read it again)
                             r"rilexoi|rilexuar|rishikoi|rishikuar|"
                             # (Polish: 'Zarząd przeczytał ten tekst ponownie 18 listopada 2026 r.', the board read this
                             # text again; 'ponownie przejrzał', looked through it again)
                             r"(?:przeczyta|przejrza|omówi|rozpatrzy)\w*(?:\s+\w+){0,3}?\s+ponownie|"
                             r"ponownie\s+(?:przeczyta|przejrza|omówi|rozpatrzy|sprawdz)\w*|zweryfikowa\w*|"
                             # ('The committee went through this page again on …', 'hat der Vorstand den Text noch einmal
                             # gelesen')
                             r"went\s+(?:through|over)\s+(?:it|this|the\s+\w+|this\s+\w+)\s+again|"
                             # ('Read through again at the members' meeting on 12 November 2026; no change.', 'Relu
                             # par le bureau le …, sans changement', 'Opnieuw doorgelezen op …; niets veranderd')
                             r"relue?s?|relu\s+à\s+nouveau|(?:opnieuw\s+|nog\s+eens\s+)?doorgelezen|opnieuw\s+gelezen|"
                             r"(?:noch\s+einmal|erneut)\s+(?:gelesen|durchgelesen|durchgesehen|durchgegangen))\b",
                             re.IGNORECASE)
_UNCHANGED_SAID = re.compile(rf"\b(?:{'|'.join(UNCHANGED_WORDS)})\b|\breaffirmed\b|\bre-?confirmed\b", re.IGNORECASE)


_REAFFIRMED = re.compile(r"\b(?:reaffirmed|re-?confirmed)\b", re.IGNORECASE)


def read_sign_off(sentence: str) -> DateLine | None:
    """The dates of one sentence that signs a text off in words (a form's or a post's own line, not a field line):
    the date after 'agreed', 'approved' … is the issue date, the date after 'checked again', 'reviewed' … a review
    when the sentence says nothing changed; None for a sentence that says neither or runs long."""
    line = clean_line(sentence)
    # (a review in a sentence of its own, 'Checked again by the trustees on 12 November 2025 and left unchanged.', signs
    # it off too)
    if word_count(line) > 45 or not (_AGREED_CLAUSE.search(line) or _CHECKED_CLAUSE.search(line) and _UNCHANGED_SAID.search(line)):
        return None
    roles: list[tuple[str, str]] = []
    position = 0
    for start, end, month in find_dates(line):
        before = line[position:start]
        # ('Reconfirmed by the board on 8 October 2025': confirmed again is unchanged, whatever follows the date)
        if _CHECKED_CLAUSE.search(before) and (_UNCHANGED_SAID.search(line[end:]) or _REAFFIRMED.search(before)):
            roles.append(("reviewed", month))
        elif _CHECKED_CLAUSE.match(line[end:].lstrip()) and _UNCHANGED_SAID.search(line[end:]):
            # the verb after its date, as German sets it ('Vom Vorstand am 30. September 2025 erneut geprüft, unverändert.')
            roles.append(("reviewed", month))
        elif (not position and not before.strip(" ,") or re.fullmatch(r"\s*(?:am|on|le|el|il|op)\s*", before, re.IGNORECASE)) \
                and _CHECKED_CLAUSE.search(line[end:]) and _UNCHANGED_SAID.search(line[end:]) \
                and not _AGREED_CLAUSE.search(line[end:]):
            # ('Am 14. Oktober 2025 hat der Vorstand den Text noch einmal gelesen und nichts geändert.': the date first,
            # then who looked at it again and changed nothing)
            roles.append(("reviewed", month))
        elif _AGREED_CLAUSE.search(before) and not _CHECKED_CLAUSE.search(before) or _AGREED_AFTER.match(line[end:]):
            roles.append(("issued", month))
        position = end
    return DateLine(tuple(roles), None) if roles else None


def _metadata_tail(tail: str) -> bool:
    """What may follow a date on a date line: nothing, or short fields set off by separators
    ("· 14 revisions", "| by Kinship Research Team | 6 min read")."""
    # "… at 10:15", "… kl. 10:22 AM", "… by Jane Roe": a time, or who posted it; or the hours of a programme or an
    # event ("…, 14:00-16:00").
    tail = re.sub(r"^\s*[,–—-]?\s*(?:at\s+|um\s+|à\s+|a\s+las\s+|alle\s+|om\s+|às\s+|kl\.?\s+|klo\.?\s+|v\s+|a\s+les\s+)?\d{1,2}[:.h]\d{2}(?::\d{2})?"
                  r"(?:\s*[ap]\.?m\.?|\s*uhr)?(?:\s*[-–—]\s*\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?|\s*uhr)?)?", "", tail,
                  flags=re.IGNORECASE)
    # ("Publié le …, par" with the name dropped by the reader: the word alone)
    tail = re.sub(r"^\s*,?\s*(?:by|par|von|por|door|di|da)(?:\s+[^|·•:;–—]{1,40}|\s*$)",
                  lambda m: "" if word_count(m.group()) <= 5 else m.group(), tail, flags=re.IGNORECASE)
    tail = UNCHANGED.sub("", tail)  # "Last reviewed: January 2025 – no change"
    # ("Reviewed 2 Feb 2025 – no change · owner: …": more fields may follow it)
    field = re.match(r"[^|·•]*", tail)
    if field and field.end() < len(tail) and UNCHANGED.match(field.group()):
        tail = tail[field.end() :]
    tail = SOONER.sub("", tail)  # "Next review: June 2026, or sooner if the trial reports."
    # "APPROVED by the Board on 18.03.2025 (minute 25/031) - now public": a status of a word or three after a dash
    tail = re.sub(r"^\s*[–—-]\s+(?:[^\W\d_]+\s*){1,3}$", "", tail)
    if word_count(tail) == 0:
        return True
    parts = re.split(r"\s*[|·•]\s*", tail.strip())
    return not parts[0].strip(SEPARATORS) and all(
        (word_count(p) <= 5 or word_count(p) <= 10 and _name_shaped(p)) and not re.search(r"[.!?]\s*$", p) for p in parts[1:]
    )


SOONER = re.compile(r"^\s*,?\s*(?:or|ou|oder|o|of|lub)\s+(?:sooner|earlier|before|plus\s+t[ôo]t|fr[üu]her|antes|eerder|prima|wcze[śs]niej)\b.*$",
                    re.IGNORECASE)


def _name_shaped(part: str) -> bool:
    """'Orchard Vale MND Trust Research Team': a who, every word but a joiner capitalised."""
    words = part.split()
    return sum(not w[0].isupper() for w in words) <= 1


def labelled_lines(text: str, blocks: list[Block]) -> list[str]:
    """Each block's line, with a date label set on the line above it put in front
    ("Last reviewed" over "March 2025 – no change" reads "Last reviewed March 2025 – no change")."""
    return with_labels([text[b.start : b.end] for b in blocks])


def with_labels(lines: list[str]) -> list[str]:
    """Lines with a date label set on the line above put in front; so is a label that ends the line above, the line
    broken after it ('Nächste Überprüfung: Mai 2026 / Prossima revisione:' over 'maggio 2026.')."""
    labelled = []
    for n, line in enumerate(lines):
        tail = re.split(r"\s+[/|·•]\s+|(?<=[.;])\s+", clean_line(lines[n - 1]))[-1] if n else ""
        if n and is_date_label(lines[n - 1]):
            line = f"{lines[n - 1]} {line}"
        elif tail != clean_line(lines[n - 1]) and lines[n - 1].rstrip().endswith(":") and is_date_label(tail) \
                and find_dates(line[:40]):
            line = f"{tail} {line}"
        labelled.append(line)
    return labelled


# A press release's dateline: "SALTCOMBE, England, Feb. 11, 2025 /WireDesk/ --", "LONDON, 3 March 2024 –".
DATELINE = re.compile(r"^\s*(?:[A-ZÀ-Ý][\w.'’ -]{1,40},\s*){1,3}(?P<date>[^,/–—]{4,24}?(?:,\s*(?:19|20)\d\d)?)\s*"
                      r"(?:/[^/\n]{2,40}/)?\s*(?:--|–|—|-)\s")


def dateline(paragraph: str) -> DateLine | None:
    """The date a press release's opening dateline gives, as an issue date."""
    match = DATELINE.match(paragraph)
    dates = find_dates(match.group(0)) if match else []
    return DateLine((("issued", dates[0][2]),), None) if dates else None
