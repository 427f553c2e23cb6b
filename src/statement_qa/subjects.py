"""What each statement is about, and which of those subjects a question names.

A statement's subjects are its aliases (found at ingest: product names, codes, INN names,
company, trial names). Each alias is a *product* (what the statement is about) or a
*company* (whose product it is): naming Acme does not make "Acme's AC-12" a question
about Acme's AC-88. The index is built once at load: question n-grams are looked up in a
dict, and fuzzy matches come from rapidfuzz's `process` over the names, never from a loop
over documents.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache

from statement_qa.documents import Document
from statement_qa.frequencies import LANGUAGES as WORD_LIST_LANGUAGES
from statement_qa.glossary import GLOSSARY, base_forms, gloss, glossed
from statement_qa.language import FUNCTION_WORDS
from statement_qa.lexicon import compact, in_one_case, is_common_word, normalise, word_frequency, words
from statement_qa.romanise import UNSPELT, romanised, script_key
from statement_qa.structure.subjects import REGISTRY_NUMBER, defined_names
from statement_qa.structure.words import BODY_WORDS
from statement_qa.vocabulary import (
    BIOLOGY_NAMES,
    CORPORATE_WORDS,
    INN_SUFFIXES,
    KNOWN_MEDICINES,
    LEADING_FORMS,
    PRODUCT_FORMS,
    SAME_MAKER,
)

PRODUCT = "product"
COMPANY = "company"
UNKNOWN = "unknown"

# Words that never name what a statement is about, whatever a title makes of them.
GENERIC = frozenset(
    ["position", "statement", "statements", "recommendation", "recommendations", "update", "updated", "our", "the", "view", "advice", "treatment", "treatments", "therapy", "therapies", "als", "mnd", "als", "mnd", "motor", "neurone", "neuron", "disease", "clinical", "trial", "trials", "news", "press", "release", "summary", "background", "council", "association", "society", "alliance", "foundation", "general", "joint", "public", "official", "interim", "draft", "final", "revised"]
)
# Words every organisation's name shares: what is left names one organisation.
ORGANISATION_WORDS = frozenset(
    """the of and for in international national alliance association associations society societies foundation
    trust charity network council federation coalition union group committee scientific advisory medical research
    als mnd motor neurone neuron disease diseases people with patients patient fictive fictional e v inc ltd
    helpline helplines hotline support friends circle club centre center service services team forum handbook""".split()
)
# A product code as people write it: 'AC-12', 'AB12', 'tx 410', 'AMX0035'.
CODE = re.compile(r"(?<![\w-])([A-Za-z]{1,6})[- ]?(\d{1,5}[A-Za-z]?)(?![\w-])")
# A code as a question may write one, also with two letter groups ('OGT-C8' when a statement is on OGT-C9),
# and joined to the word it qualifies, as Dutch and German write compounds ('de TRM-83-crème').
QUESTION_CODE = re.compile(r"(?<![A-Za-z0-9_\u00c0-\u024f-])([A-Za-z]{1,6}(?:-[A-Za-z]{1,3})?)[- ]?(\d{1,5}[A-Za-z]?)(?![A-Za-z0-9_\u00c0-\u024f]|-\d)")
# Letter parts that make a code of ordinary words: 'phase 2', 'cohort 3', 'covid 19'.
NOT_CODE_LETTERS = frozenset(
    ["phase", "cohort", "part", "page", "step", "stage", "type", "week", "weeks", "day", "days", "year", "years", "month", "months", "covid", "sars", "version", "v", "q", "als", "mnd", "fvc", "alsfrs", "n", "p", "no", "nr", "number", "point", "points", "grade", "level", "age", "aged", "top", "room", "ward", "apt"]
)

# Months and seasons (of the letter groups a code can have, in the languages questions come in): 'May 2025',
# 'spring 2022', 'mayo 2025' before a year or a day are dates, not codes.
DATE_LETTERS = frozenset(
    """jan feb mar apr may jun jul aug sep sept oct nov dec march april june july august spring summer autumn winter
    fall enero marzo abril mayo junio julio agosto mars avril mai juin juil aout januar marz juni juli maart mei
    maio junho julho aprile maggio giugno luglio""".split()
)


def _a_date(letters: str, digits: str) -> bool:
    """'May 2025', 'June 3': a month or season before a year or a day of the month."""
    return letters.lower() in DATE_LETTERS and (
        bool(re.fullmatch(r"(?:19|20)\d\d", digits)) or (digits.isdigit() and 1 <= int(digits) <= 31))


# Languages that write a noun after a name as one word with it ('drelosinepleister').
COMPOUND_LANGUAGES = frozenset({"de", "nl", "sv", "da", "nb", "is", "af", "fi"})
# Languages that add case endings to a name itself ('halvecitinibről', 'virelatidot', 'trevonastatia').
CASE_LANGUAGES = frozenset({"hu", "fi", "et", "tr", "pl", "cs", "sk", "sl", "hr", "ro", "lv", "lt", "el", "eu"})

# A name's last consonant as Polish softens it before a case ending, as `compact` writes it: 'welmoracyt' → 'welmoracycie'
# ('ci'), 'kalnor' → 'kalnorze', 'dervad' → 'dervadzie', 'trelok' → 'treloce', 'ventrag' → 'ventradze'.
SOFTENED_CONSONANTS = (("c", "t"), ("c", "k"), ("rz", "r"), ("dz", "d"), ("dz", "g"), ("sc", "st"), ("sz", "ch"))

# A name with a short suffix after a hyphen, a number after a plus, or a number and a plus: 'Renacyte-J', 'Lumagene-8',
# 'Vexora-XR', 'Axo+ 4', 'Vigorel 60+'.
_SUFFIXED = re.compile(
    r"(?<![\w+-])(?:([^\W\d_][^\W_]{3,})-([A-Za-z0-9]{1,3})|([^\W\d_]{3,})\+{1,2} ?(\d{1,3})|([^\W\d_]{3,}) (\d{1,3})\+)(?![\w+-])"
)


def _stem_and_suffix(match: re.Match[str]) -> tuple[str, str]:
    """The stem and suffix keys of a `_SUFFIXED` match, whichever way it is written."""
    groups = match.groups()
    at = next(i for i in (0, 2, 4) if groups[i] is not None)
    return compact(groups[at]), compact(groups[at + 1])


# A name with a plus and a number in a question: 'Sleep+ 3', 'neuro+2'.
_PLUS_NAME = re.compile(r"(?<![\w+-])[^\W\d_]{3,}\+{1,2} ?\d{1,3}(?![\w+])")


# Longest substring of a name indexed for the typo filter (SubjectIndex._within_edits).
SUBSTRING = 3


# Greek and Cyrillic letters by their usual Latin spelling (lower case, accents removed first).
_LATIN = str.maketrans({
    **dict(zip("αβγδεζηικλμνξοπρστυφω", "avgdeziiklmnxoprstyfo")),
    "ς": "s", "θ": "th", "χ": "ch", "ψ": "ps",
    **dict(zip("абвгдезийклмнопрстуфыэіїґ", "abvgdeziiklmnoprstufyeiig")),
    "ё": "e", "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ь": "", "ю": "yu",
    "я": "ya", "є": "ye",
})


def latin(text: str) -> str:
    """Greek and Cyrillic letters of a text spelt in Latin ones ('ιβροδαξίνη' → 'ivrodaxini'); the rest as it is."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_LATIN)


# How one sound is spelt in the languages questions come in: 'ibrodaksynę' (Polish) is 'ibrodaxin', 'trevonastaatti'
# (Finnish) 'trevonastat', 'halvesitinib' 'halvecitinib', Greek 'ιβροδαξίνη' ('ivrodaxini') 'ibrodaxin', the ee of English and
# Dutch ('korvadeen') the i of 'korvadine'. Applied in order, to a
# normalised word.
_SPELLINGS = tuple((re.compile(pattern), spelling) for pattern, spelling in (
    (r"ph", "f"), (r"th", "t"), (r"qu", "kw"), (r"ck", "k"), (r"x", "ks"), (r"c(?=[eiy])", "s"),
    (r"c", "k"), (r"y", "i"), (r"ee", "i"), (r"w", "b"), (r"v", "b"), (r"z", "s"), (r"(.)\1+", r"\1")))


@lru_cache(maxsize=4096)
def sound_key(word: str) -> str:
    """A coined name as it sounds, whatever the language spells it, without its ending vowels (an inflection's or
    a language's own: 'losmeratidă', 'sotraverini', 'ibrodaxina'): 'ibrodaxin' and 'ibrodaksynie' → 'ibrodaksin'."""
    key = word
    for pattern, spelling in _SPELLINGS:  # compiled once: the sounds of every name are worked out on first need
        key = pattern.sub(spelling, key)
    return key.rstrip("aeiou")


# The known medicines by how they sound (`sound_key`), where the sound is long enough to be a name.
_MEDICINE_SOUNDS = {sound_key(m): m for m in sorted(KNOWN_MEDICINES) if len(sound_key(m)) >= 6}


def latin_spelling(name: str) -> str:
    """A statement's name as questions are read (`SubjectIndex.mentions`), in Latin letters: a name in Greek or Cyrillic
    letters by its Latin spelling ('Σοτραβερίνη' → 'sotraverini'), whose letters `compact` would drop."""
    return name if name.isascii() else latin(name)


def name_key(name: str) -> str:
    """A statement's name as one key, in Latin letters."""
    return compact(latin_spelling(name))


@dataclass(frozen=True)
class Mention:
    """A name in a question: the statements it names (none for an unknown name) and how."""

    text: str
    key: str
    kind: str  # product | company | unknown
    doc_ids: tuple[str, ...] = ()
    score: float = 1.0


def subject_terms(document: Document) -> list[str]:
    """Coined names and codes a statement is about though ingestion gave no alias for them.

    A statement is about the made-up names in its title and its position, and those it
    repeats (three times or more); a name in passing ('unlike riluzole') is not its subject.
    The organisation's own name never is.
    """
    position = document.recommendation
    focus = " ".join([document.title, document.section_text(position) if position else ""])
    body = " ".join(document.section_text(s) for s in document.sections)
    own = set(words(document.organisation or ""))
    # (a gene or protein written like a code, 'SOD1', 'TDP-43', is what a therapy acts on, never its name)
    found: list[str] = [m.group(0) for m in CODE.finditer(focus)
                        if is_code(m.group(0)) and _CAPITAL.search(m.group(1)) and compact(m.group(0)) not in BIOLOGY_NAMES]
    counts: dict[str, int] = {}
    for token in _BODY_TOKEN.findall(body):
        key = _token_key(token)
        counts[key] = counts.get(key, 0) + 1
    focus_words = set(words(focus))
    # The word lists tell a made-up word from an everyday one in seven languages only. In the others
    # a capital at the start of a sentence or a line says little ('Lääke', Finnish for medicine, and
    # 'Kehotamme', we urge, open sentences): there a name is one written with a capital after a word,
    # or a word of the title ('Sufravetid hakkında derneğimizin görüşü') that the glossary does not
    # know as a word of the language ('Kannanotto', a position statement).
    language = document.language or "en"
    listed = language in WORD_LIST_LANGUAGES
    capitalised = set() if listed else {
        _token_key(m.group(0)) for m in _AFTER_A_WORD.finditer(f"{focus}\n{body}") if m.group(0)[0].isupper()}
    if not listed:
        capitalised |= {key for key in map(_token_key, _NAME_TOKEN.findall(document.title)) if not gloss(key, language)}
    # French, Spanish, Italian, Portuguese and Dutch write a medicine's name in lower case ('la quarvelidone'): there a
    # made-up word the glossary does not know, that a heading or the title gives and the text repeats, is a name.
    headed = focus_words | set(words(" ".join(s.name for s in document.sections)))
    lower_case_names = listed and language != "en"
    for token in dict.fromkeys(_NAME_TOKEN.findall(f"{focus} {body}")):
        key = _token_key(token)
        if len(key) < 5 or key in own or key in GENERIC or " " in key or key in BIOLOGY_NAMES or key.isdigit():
            continue  # (a number, '01632' of a phone number, names nothing)
        written_as_name = bool(_NAME_SHAPE.search(token)) or (token[0].isupper() and (listed or key in capitalised))
        lower_case_name = lower_case_names and token.islower() and len(key) >= 8 and key in headed \
            and counts.get(key, 0) >= 3 and not gloss(key, language)
        if not (((written_as_name or lower_case_name) and is_coined(token)) or inn_shaped(key)) \
                or is_common_word(key, threshold=2.5):
            continue
        if key in focus_words or counts.get(key, 0) >= 3:
            found.append(token)
    # A trial named by the first letters of the statement's product ('GORBE-2' of gorbeximod, 'the BRIVO-3 study' of
    # Brivomelin), wherever the text gives it: the statement's subject too. (Another product's code shares the
    # product's code letters, 'GBX-22' beside 'GBX-27', never its name's.)
    names = [compact(n) for n in (*found, *document.aliases) if not is_code(n)]
    for match in CODE.finditer(body):
        letters = match.group(1)
        if len(letters) >= 4 and letters.isupper() and is_code(match.group(0)) \
                and any(n.startswith(letters.lower()) and n != letters.lower() for n in names):
            found.append(match.group(0))
    return list(dict.fromkeys(found))


# What around a name says it is a company's: "Acme is a biotech company", "Acme Therapeutics
# Inc", "the sponsor, a company called Acme". Each is a fixed pattern found once per document;
# a name is then checked at the places they matched, instead of compiling three patterns per
# name (11,000 compilations at 2,000 statements, more than `re`'s cache holds).
_IS_A_COMPANY = (r"[®™]?,?\s+(?:is|was|are)\s+an?\s+(?:[\w-]+\s+){0,4}?"
                 r"(?:company|firm|biotech|start-?up|manufacturer|developer|sponsor|laborator)")
# A corporate word as part of a name is written with a capital ('Pellham Therapeutics', 'Quillon
# Bio', 'Acme GmbH'), so 'the AstroRx group' of a trial stays a product.
_CORPORATE_NAME_WORDS = sorted(
    {form for word in CORPORATE_WORDS for form in (word.capitalize(), word.upper())} | {"GmbH"}, key=len, reverse=True
)
_CORPORATE_AFTER = r"\s+(?:[A-Z][\w-]*\s+){0,2}(?:" + "|".join(_CORPORATE_NAME_WORDS) + r")\b\.?"
# "developed by **Quillon Bio**", "made by Pellham": what follows is the company.
_MADE_BY = r"(?:developed|made|manufactured|marketed|produced|owned)\s+by\s+(?:the\s+)?[*_\"'“]{0,2}"
_COMPANY_BEFORE = rf"(?:\b(?:company|firm|manufacturer|developer|sponsor)\s+(?:called\s+)?|\b{_MADE_BY})"
# "Pellham also makes Pellvoxa": what comes before is the company.
# What a company "also" does with another product: one list for the two patterns below.
_ALSO_VERBS = r"makes?|markets?|develops?|manufactures?|produces?|sells?|advertises?|promotes?|push(?:es)?|offers?"
_ALSO_MAKES = rf"[*_\"'”]{{0,2}}\s+also\s+(?:{_ALSO_VERBS})\b"
# The same patterns cut where a name would begin or end, for `_CompanyContext`.
_ENDS_BEFORE_IS_A_COMPANY = re.compile(rf"(?=\b(?:{_IS_A_COMPANY}|{_ALSO_MAKES}))", re.IGNORECASE)
_ENDS_BEFORE_CORPORATE = re.compile(rf"(?={_CORPORATE_AFTER})")
_COMPANY_NOUN = re.compile(r"\b(?:company|firm|manufacturer|developer|sponsor)\s+", re.IGNORECASE)
_CALLED = re.compile(r"called\s+", re.IGNORECASE)
_MADE_BY_WORDS = re.compile(r"\b(?:developed|made|manufactured|marketed|produced|owned)\s+by\s+", re.IGNORECASE)
_THE = re.compile(r"the\s+", re.IGNORECASE)
_QUOTES_BEFORE = frozenset("*_\"'“")
_BOUNDARY = re.compile(r"\b")
# Names the places above are exact for: printable ASCII that begins and ends with a letter or
# digit (so no quote or underscore of the patterns can be part of the name). Others ask `re`.
_PLAIN_NAME = re.compile(r"[A-Za-z0-9](?:[ -~]*[A-Za-z0-9])?")
_CAPITAL = re.compile(r"[A-Z]")
_BODY_TOKEN = re.compile(r"[^\W_][\w-]*[^\W_]")
_NAME_TOKEN = re.compile(r"[^\W_][\w]*[^\W_]")
_NAME_SHAPE = re.compile(r"[a-z][A-Z]|\d")
# A word after another word of the same sentence and line ('the Luminacel trial', 'of Luminacel, which').
_AFTER_A_WORD = re.compile(r"(?:(?<=[^\W_][ \t])|(?<=[^\W_][,;(][ \t])|(?<=[^\W_] [\"'“‘(]))[^\W\d_][\w-]*")
_TITLE_PARTS = re.compile(r"\s+[–—-]\s+|:\s+")


class _CompanyContext:
    """Where, in one document's text, a name would be said to be a company's."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.ends_is_a = [m.start() for m in _ENDS_BEFORE_IS_A_COMPANY.finditer(text)]
        self.ends_corporate = [m.start() for m in _ENDS_BEFORE_CORPORATE.finditer(text)]
        starts = []
        for match in _COMPANY_NOUN.finditer(text):
            starts.append(match.end())
            called = _CALLED.match(text, match.end())
            if called:
                starts.append(called.end())
        for match in _MADE_BY_WORDS.finditer(text):
            the = _THE.match(text, match.end())
            for after in (match.end(), *([the.end()] if the else [])):
                starts.append(after)  # then up to two quotes or marks of emphasis: '**Quillon Bio**'
                for quotes in (1, 2):
                    if all(c in _QUOTES_BEFORE for c in text[after : after + quotes]) and after + quotes <= len(text):
                        starts.append(after + quotes)
        self.starts_after_company = starts

    def says_company(self, name: str) -> bool:
        """True when the text says `name` is a company (as the three patterns of `_said_company` would)."""
        if not _PLAIN_NAME.fullmatch(name):
            return _said_company(name, self.text)
        text, length, lowered = self.text, len(name), name.lower()

        def same(start: int, case_sensitive: bool) -> bool | None:
            written = text[start : start + length]
            if case_sensitive:
                return written == name
            # Outside ASCII, `re.IGNORECASE` knows foldings `lower()` does not (the Kelvin sign): ask `re`.
            return written.lower() == lowered if written.isascii() else None

        for ends, case_sensitive in ((self.ends_is_a, False), (self.ends_corporate, True)):
            for end in ends:
                if end >= length and _BOUNDARY.match(text, end - length):
                    verdict = same(end - length, case_sensitive)
                    if verdict is None:
                        return _said_company(name, text)
                    if verdict:
                        return True
        for start in self.starts_after_company:
            if start + length <= len(text) and _BOUNDARY.match(text, start + length):
                verdict = same(start, False)
                if verdict is None:
                    return _said_company(name, text)
                if verdict:
                    return True
        return False


def _said_company(name: str, text: str) -> bool:
    """The three patterns written out for one name: the reference `_CompanyContext` must agree with."""
    name = re.escape(name)
    return bool(
        re.search(rf"\b{name}\b(?:{_IS_A_COMPANY}|{_ALSO_MAKES})", text, re.IGNORECASE)
        or re.search(rf"\b{name}{_CORPORATE_AFTER}", text)
        or re.search(rf"{_COMPANY_BEFORE}{name}\b", text, re.IGNORECASE)
    )


_COMPANY_NAME = re.compile(
    r"\b((?:[A-Z][\w-]+\s+){1,2}?)(?:" + "|".join(_CORPORATE_NAME_WORDS) + r")\b"
)
# 'Glowpath also sell the Cinder': a name that also makes or sells something is a company's, corporate word or none.
_NAME_ALSO_MAKES = re.compile(rf"(?<![\w-])([A-Z][a-z][\w-]+)(?:['’]s)?{_ALSO_MAKES}")


def company_keys(document: Document) -> set[str]:
    """Keys of the companies a text names with a corporate word ('Aurel Biologics', 'Pellham
    Therapeutics Ltd'): the whole name, and its first word when that is a name of its own."""
    own = set(words(document.organisation or ""))
    found: set[str] = set()
    for match in _COMPANY_NAME.finditer(document.text):
        parts = match.group(0).split()
        while len(parts) > 1 and _everyday(normalise(parts[0]), own):
            parts = parts[1:]  # 'The Acme Company', 'By Acme Bio'
        if len(parts) < 2:
            continue
        first = normalise(parts[0])
        if _everyday(first, own):
            continue
        found.add(compact(" ".join(parts)))
        if len(first) >= 4:
            found.add(first)
    # Never a word of its own product's names or title ('the Ember also sells', 'The Corran Clinic's Nerve Renewal
    # course' beside 'Corran also sells Renewal Night cream': the title's name is what the statement is about).
    names = {w for name in (*document.aliases, document.title) for w in words(name)}
    for match in _NAME_ALSO_MAKES.finditer(document.text):
        first = normalise(match.group(1))
        if len(first) >= 4 and not _everyday(first, own) and first not in names:
            found.add(first)
    return found


def _generic(name: str, language: str | None) -> bool:
    """Whether a name is only words that never name a subject, in English or, by their glosses, in the statement's
    language ('postura', 'Unser Standpunkt': position)."""
    parts = words(name)
    if not parts or compact(name) in GENERIC:
        return True
    # Everyday words only ('Gene therapy', 'Hospital bag', 'Lunch Club': a page's heading taken for its title), unless
    # written as a name is (inner capitals or digits, 'HushCollar') or as one word in capitals (a trial, 'PHOENIX').
    plain = not _NAME_SHAPE.search(name) and not (len(parts) == 1 and name.strip().isupper())
    if plain and all(is_common_word(w, threshold=3.5) for w in parts):
        return True
    closed = FUNCTION_WORDS.get(language or "en", frozenset())

    def generic(word: str) -> bool:
        if word in GENERIC or word in closed:
            return True
        english = words(" ".join(gloss(word, language))) if language and language != "en" else []
        return bool(english) and set(english) <= GENERIC

    return all(generic(w) for w in parts)


def _everyday(word: str, organisation: set[str]) -> bool:
    return word in GENERIC or word in organisation or word in ORGANISATION_WORDS or is_common_word(word, threshold=3.5)


# Sentences in which a statement says what it is NOT about: 'Pellham also makes Pellvoxa, a
# migraine medicine, which is not covered here', 'QB-5120 ... is not discussed here'.
EXCLUSION_CUES = re.compile(
    r"\bnot\s+(?:\w+\s+)?(?:covered|discussed|included|addressed|considered|part\s+of|the\s+subject)"
    r"|\b(?:does|do)\s+not\s+(?:cover|discuss|include|address|apply)|\bdoesn'?t\s+(?:cover|apply)"
    r"|\boutside\s+(?:the\s+)?scope"
    r"|\b(?:different|separate|unrelated)\s+(?:\w+\s+)?(?:product|medicine|drug|compound|therapy|treatment|tablet|capsule"
    r"|pill|injection|infusion|spray|supplement|device)s?\b"
    # 'The Tingara FacePen … has nothing to do with ALS', 'sans rapport avec la SLA'.
    r"|\bnothing\s+to\s+do\s+with\b|\bunrelated\s+to\b|\bnot\s+related\s+to\b|\bsans\s+rapport\b"
    r"|\bnichts\s+(?:mit\s+\S+\s+)?zu\s+tun\b|\bniets\s+te\s+maken\b|\bnada\s+que\s+ver\b|\bnada\s+a\s+ver\b"
    r"|\bniente\s+a\s+che\s+(?:fare|vedere)\b"
    rf"|\balso\s+(?:{_ALSO_VERBS}|has|have)\b"
    r"|\bnicht\s+(?:Gegenstand|behandelt|berücksichtigt|berücksichtigt)|\bne\s+(?:couvre|concerne|traite)\s+pas"
    r"|\bn'est\s+pas\s+(?:couvert|concerné|traité)|\bno\s+(?:cubre|trata|incluye|aborda)\b"
    r"|\bnon\s+(?:copre|riguarda|tratta|è\s+trattat)|\bnão\s+(?:cobre|abrange|trata|é\s+abordad)"
    r"|\bniet\s+(?:behandeld|besproken|bedoeld)\b"
    # Another product of the same maker: 'ABV-57 est un inhalateur contre l'asthme du même laboratoire'.
    rf"|\b(?:{SAME_MAKER})"
    # Names set beside the subject so that nobody takes one for the other: 'Not to be mixed up with: the Halcyon knee
    # wrap', 'Nicht verwechseln: der … Schlaf-Tee', 'à ne pas confondre avec …'.
    r"|\b(?:mixed|muddled)\s+up\s+with\b|\bconfused\s+with\b|\bnicht\s+(?:zu\s+)?verwechseln\b"
    r"|\bne\s+pas\s+confondre\b|\bno\s+(?:hay\s+que\s+)?confundir\b|\bnão\s+confundir\b|\bnon\s+confondere\b"
    r"|\bniet\s+(?:te\s+)?verwarren\b"
    # What the organisation says it has no view on, or is none of its business: 'We have no view on Halverton's knee
    # injection', 'HelixHome's family-tree kit - not our business'.
    r"|\bno\s+(?:view|position|opinion|stance|statement|guidance)\s+on\b|\bnot\s+our\s+(?:business|concern|remit)\b"
    # '… the Detox Glow Wrap, a beauty treatment and not something we have looked at'.
    r"|\bnot\s+(?:something|one|anything)\s+(?:that\s+)?we\s+(?:have\s+|'ve\s+)?(?:looked\s+at|reviewed|assessed|considered)\b",
    re.IGNORECASE,
)
# The same said of a product the sentence before named, by a pronoun: 'VX-9 is an eye cream. This statement does not
# cover it.', '… du même laboratoire. Cette carte ne le concerne pas.' The sentence before is read for its names too.
EXCLUDES_IT = re.compile(
    r"\b(?:does|do)\s+not\s+(?:cover|discuss|include|address|apply\s+to|concern)\s+(?:it|them)\b"
    r"|\bdoesn['’]?t\s+(?:cover|apply\s+to|concern)\s+(?:it|them)\b"
    r"|\bne\s+(?:l['’]|le\s+|la\s+|les\s+)(?:couvre|concerne|traite|vise)\s+pas\b"
    r"|\bno\s+(?:lo|la|los|las)\s+(?:cubre|trata|incluye|aborda)\b"
    r"|\b(?:betrifft|behandelt|umfasst)\s+(?:es|ihn|sie)\s+nicht\b|\bgilt\s+nicht\s+für\s+(?:es|ihn|sie)\b"
    r"|\bgaat\s+(?:er|daar)\s+niet\s+over\b|\bgeldt\s+(?:er|daar)\s+niet\s+voor\b"
    r"|\bnão\s+(?:o|a|os|as)\s+(?:cobre|abrange|trata|inclui)\b|\bnão\s+(?:se\s+)?(?:aplica|refere)\s+a\s+(?:ele|ela)\b"
    r"|\bnon\s+(?:lo|la|li|le)\s+(?:copre|riguarda|tratta|include)\b"
    # 'Halverton also advertises a knee injection. We have no view on that.', '… We haven't looked at any of those.'
    r"|\bno\s+(?:view|position|opinion)\s+on\s+(?:that|it|them|those|these)\b"
    r"|\b(?:haven['’]?t|have\s+not)\s+looked\s+at\s+(?:any\s+of\s+)?(?:it|them|that|those|these)\b",
    re.IGNORECASE,
)
NOT_A_RANGE = frozenset({"statement", "position", "recommendation", "update", "trial", "trials", "study", "results"})
# A name and the capitalised word after it: 'Axonyl Joint', 'KineSleeve Recover', 'Serenthia Night'.
_RANGE_NAME = re.compile(r"\b([A-Z][\w-]{3,})\s+([A-Z][a-z]{2,})\b")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?;])\s+|\n\s*\n")


def excluded_names(document: Document, context: _CompanyContext | None = None) -> set[str]:
    """Keys of the names a statement says it does not cover: another product of the company.

    Codes and coined names in a sentence that says so ('Pellham also makes Pellvoxa, which is
    not covered here'). The statement's own names (its title's words, its aliases) and the
    company behind its product stay its subjects even in such a sentence ('this statement on
    Glentamide does not cover children').
    """
    own = {compact(a) for a in document.aliases} | {compact(t) for t in _BODY_TOKEN.findall(document.title)}
    own |= {compact(t) for t in _BODY_TOKEN.findall(document.organisation or "")}  # 'Kingsmere' of Kingsmere ALS Alliance
    # A name the position itself advises on is the statement's subject, whatever a sentence elsewhere adds
    # ('Marlowe also sells Serenthia Night gummies' beside advice on Serenthia spray).
    position = document.section_text(document.recommendation) if document.recommendation is not None else ""
    own |= {w for sentence in _excluding(_SENTENCE_BREAK.split(position), keep=False) for w in words(sentence)}
    # So is a name its text writes outside such sentences too ('HelixHome's advert says …' beside 'don't confuse it with
    # HelixHome's family-tree kit - not our business'): the maker of its own product. (A word of a range is read
    # against its own names only: a page that speaks of joints still sets 'Axonyl Joint' aside.)
    sentences = _SENTENCE_BREAK.split(document.text)
    written = own | {compact(t) for sentence in _excluding(sentences, keep=False) for t in _BODY_TOKEN.findall(sentence)}
    context = context or _CompanyContext(document.text)
    names = {compact(a) for a in document.aliases}
    found: set[str] = set()
    for sentence in _excluding(sentences):
        # The statement's own name with another word of the range: 'Hartwell also sells Axonyl Joint, a different product'.
        for match in _RANGE_NAME.finditer(sentence):
            name, word = match.group(1), match.group(2)
            key = compact(f"{name} {word}")
            if compact(name) in own and key not in own and compact(word) not in own and word.lower() not in NOT_A_RANGE \
                    and not is_common_word(normalise(name), threshold=3.5):
                found.add(key)
        for token in _BODY_TOKEN.findall(sentence):
            key = compact(token)
            if key in written or key in GENERIC or key in BIOLOGY_NAMES or len(key) < 3:
                continue
            if (is_code(token) and _CAPITAL.search(token)) or (
                len(key) >= 5 and (token[0].isupper() or inn_shaped(key) or _looks_alike(key, names)) and is_coined(token)
                and not is_common_word(key, threshold=2.5) and not context.says_company(token)
            ):  # (a drug's name may be written in lower case: 'often confused with zentorib', beside zantorib)
                found.add(key)
    return found


def _looks_alike(key: str, names: set[str]) -> bool:
    """A name one or two letters from one of the statement's own ('zentorib' beside 'zantorib'): in a sentence on
    what the statement does not cover, the look-alike it warns of, however it is written."""
    from rapidfuzz.distance import Levenshtein

    return any(len(name) >= 6 and 0 < Levenshtein.distance(key, name, score_cutoff=2) <= 2 for name in names)


def _excluding(sentences: list[str], keep: bool = True) -> list[str]:
    """The sentences that say what a statement does not cover (or, with `keep=False`, the others): a sentence with an
    exclusion cue, and the one before a sentence that excludes 'it' by a pronoun."""
    cued = [bool(EXCLUSION_CUES.search(s)) for s in sentences]
    for i in range(1, len(sentences)):
        if EXCLUDES_IT.search(sentences[i]):
            cued[i] = cued[i - 1] = True
    return [s for s, c in zip(sentences, cued, strict=True) if c == keep]


def covering_text(text: str) -> str:
    """A text without its sentences that say what it does not cover ('Goldcomb's face masks are a separate treatment;
    we have no view on them'): what is left speaks of the statement's own product."""
    return " ".join(_excluding(_SENTENCE_BREAK.split(text), keep=False))


# A name in a sentence on what a statement does not cover: in double quotes ('a "knee renewal" injection'), two
# capitalised words or more ('the Kelpwise Skin Serum', 'der Waldquell Schlaf-Tee'), or one after 'the' ('Glowpath also
# sell the Cinder, a heated foot warmer').
_ASIDE_NAME = re.compile(r"[\"“„«]\s*([^\"“”„«»\n]{2,40}?)\s*[\"”“»]|\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*)+)"
                         r"|(?<=\bthe )([A-Z][a-z][\w-]{2,})\b")


def set_aside_names(text: str) -> list[str]:
    """The names a text writes in its sentences on what it does not cover (`set_aside_text`), as written."""
    return [name for m in _ASIDE_NAME.finditer(set_aside_text(text)) if (name := m.group(1) or m.group(2) or m.group(3))
            and not (m.group(3) and (name.lower() in ORGANISATION_WORDS or name.lower() in BODY_WORDS
                                     or name.lower() in GENERIC))]  # ('the Network', 'the Board': the organisation)


def set_aside_text(text: str) -> str:
    """The sentences of a text that say what it does not cover ('Tickhaven also sells a food-intolerance test. This
    guide does not cover it.'): the complement of `covering_text`."""
    return " ".join(_excluding(_SENTENCE_BREAK.split(text), keep=True))


@lru_cache(maxsize=1 << 16)
def _token_key(token: str) -> str:
    """A token normalised, remembered: statements share most of their words."""
    return normalise(token)


def _company_names(document: Document, names: list[str] | None = None,
                   context: _CompanyContext | None = None) -> set[str]:
    """Keys of the names (aliases by default) that name the company behind the product, not the product."""
    found: set[str] = set()
    context = context or _CompanyContext(document.text)
    parts = [p.strip() for p in _TITLE_PARTS.split(document.title) if p.strip()]
    own = set(words(document.organisation or ""))
    for alias in (document.aliases if names is None else names):
        key = compact(alias)
        if not key or is_code(alias):
            continue
        if context.says_company(alias):
            found.add(key)
        elif len(parts) >= 2 and compact(parts[0]) == key and any(
                _product_like(p, own) and not _generic(p, document.language) for p in parts[1:]):
            found.add(key)  # "Kadimastem – AstroRx": the company, then its product (not "MioNerva – stav Udruge")
    return found


def _product_like(text: str, organisation: set[str] | frozenset[str] = frozenset()) -> bool:
    """Whether a text has a code or a coined word, the organisation's own ('where Brading MND Group stands') aside."""
    return any(is_code(t) or (is_coined(t) and normalise(t) not in organisation) for t in re.findall(r"[\w-]+", text))


def is_code(text: str) -> bool:
    """A development code: letters and digits ('AB-12', 'AMX0035'), not 'phase 2'."""
    match = CODE.fullmatch(text.strip())
    return match is not None and match.group(1).lower() not in NOT_CODE_LETTERS and not (
        " " in match.group(0) and _a_date(match.group(1), match.group(2)))


def is_coined(token: str) -> bool:
    """A made-up name: inner capitals or digits ('AstroRx', 'CuATSM'), or no everyday word."""
    if re.search(r"[a-z][A-Z]|[A-Za-z]\d|\d[A-Za-z]", token) and len(token) >= 4:
        return True
    word = normalise(token)
    return len(word) >= 5 and " " not in word and not is_common_word(word)


def inn_shaped(word: str) -> bool:
    """A lower-case drug name by its ending ('tofersen', 'riluzole', 'masitinib')."""
    return len(word) >= 7 and word.endswith(INN_SUFFIXES) and not is_common_word(word, threshold=2.5)


@lru_cache(maxsize=2048)
def near_common_word(word: str) -> bool:
    """True when one edit turns `word` into an everyday word: a typo, not a name ('efficasy')."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    candidates = {a + b[1:] for a, b in splits if b}
    candidates |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    candidates |= {a + c + b[1:] for a, b in splits if b for c in letters}
    candidates |= {a + c + b for a, b in splits for c in letters}
    candidates.discard(word)
    return any(len(c) >= 4 and word_frequency(c) >= 3.0 for c in candidates)


class SubjectIndex:
    """Every statement's names, looked up by key; fuzzy matching over names only."""

    def __init__(self, documents: Iterable[Document]) -> None:
        documents = list(documents)
        self._documents = documents
        self.by_key: dict[str, dict[str, str]] = {}
        self.vocabulary: set[str] = set()
        self.general: set[str] = set()
        # Names statements say they do not cover (key → those statements): a question naming
        # one asks about something no statement is about.
        self.excluded: dict[str, set[str]] = {}
        for document in documents:
            context = _CompanyContext(document.text)
            companies = _company_names(document, context=context)
            excluded = excluded_names(document, context)
            for key in excluded:
                self.excluded.setdefault(key, set()).add(document.id)
            product_names = 0
            own_key = compact(document.organisation or "")
            for written in document.aliases:
                if UNSPELT.search(written):
                    # '타레몰린', 'הלבורפין': asked about as written, and (Hangul, kana) as spelt in Latin letters.
                    for key in (script_key(written), compact(romanised(written) or "")):
                        if len(key) >= (2 if UNSPELT.search(key) else 5) and key not in excluded:
                            self.by_key.setdefault(key, {}).setdefault(document.id, PRODUCT)
                            product_names += 1
                    continue
                alias = latin_spelling(written)  # 'Σοτραβερίνη' is asked about as 'sotraverine'
                key = compact(alias)
                if own_key and key.startswith(own_key):
                    continue  # (the organisation's name in a title, 'Walsingham MND Friends - Answers Booklet', or its forum's)
                if (first := _named_alone(document.text, alias)) and first not in excluded and key not in companies \
                        and not context.says_company(alias.split()[0]):  # ('Corran also sells …': the company's name)
                    # 'The Ember is an infrared heat wrap': the first word of the name ('Ember wrap'), an everyday word,
                    # is the product's name where the text writes it so (asked about by it only as a name, with a
                    # capital: `mentions`).
                    self.by_key.setdefault(first, {}).setdefault(document.id, PRODUCT)
                    product_names += 1
                if (form := LEADING_FORMS.match(written)) and (named := written[form.end():]) and named[0].isupper() \
                        and len(named_key := compact(latin_spelling(named))) >= 5 and named_key not in excluded:
                    # 'Viên nang Sen Bạc' (capsules, the form first): 'Sen Bạc' is asked about alone.
                    self.by_key.setdefault(named_key, {}).setdefault(document.id, PRODUCT)
                if len(key) < 3 or _generic(alias, document.language) or key in excluded:
                    continue
                if not is_code(alias) and len(key) < 4:
                    continue
                kind = COMPANY if key in companies else PRODUCT
                product_names += kind == PRODUCT
                self.by_key.setdefault(key, {})[document.id] = kind
                # "Lumagene-7" is also asked about as "lumagene": the name without its number.
                stem = re.sub(r"\d+[a-z]?$", "", key)
                if stem != key and len(stem) >= 6 and not is_common_word(stem, threshold=3.0):
                    self.by_key.setdefault(stem, {}).setdefault(document.id, kind)
                if kind == COMPANY:
                    # "Acme Biotherapeutics" is also asked about as "Acme": its first word, when
                    # that is a name and not an everyday word.
                    short_key = words(alias)[0] if words(alias) else key
                    if short_key != key and len(short_key) >= 4 and not is_common_word(short_key, threshold=3.5):
                        self.by_key.setdefault(short_key, {}).setdefault(document.id, COMPANY)
            # Names the statement is about that ingestion gave no alias for ('Ivarestat' in a letter's body).
            extra = [t for t in subject_terms(document)
                     if (key := name_key(t)) not in excluded and document.id not in self.by_key.get(key, {})]
            extra_companies = _company_names(document, extra, context)
            for term in extra:
                key = name_key(term)
                kind = COMPANY if key in extra_companies else PRODUCT
                product_names += kind == PRODUCT
                self.by_key.setdefault(key, {}).setdefault(document.id, kind)
            # The company named in the text ('developed by Aurel Biologics'), though no alias names it.
            for key in sorted(company_keys(document)):  # a set: sorted, so a build does not depend on the hash seed
                self.by_key.setdefault(key, {}).setdefault(document.id, COMPANY)
            if not product_names:
                self.general.add(document.id)
            stated = stated_text(document)
            self.vocabulary.update(words(stated))
            if document.language and document.language != "en" and document.language in GLOSSARY:
                # What it says in English too: 'turmeric' is a word of a Dutch statement that writes 'kurkuma'.
                self.vocabulary.update(words(" ".join(glossed(stated, document.language)[0])))
        # An organisation's name is no company's, though a page names it as it names makers ('the Sandhaven MND Group
        # says …' in another organisation's readme): naming it asks for that organisation's word.
        # (Nor its first word, as a company is also asked about by its first: 'Sandhaven'.)
        organisations = {compact(d.organisation) for d in self._documents if d.organisation} | {
            first for d in self._documents if d.organisation and (first := next(iter(words(d.organisation)), ""))
            and len(first) >= 4 and not is_common_word(first, threshold=3.5)}
        for organisation in organisations:
            kinds = self.by_key.get(organisation, {})
            for doc_id in [d for d, kind in kinds.items() if kind == COMPANY]:
                del kinds[doc_id]
            if organisation in self.by_key and not kinds:
                del self.by_key[organisation]
        self.excluded = {key: ids for key, ids in self.excluded.items() if key not in self.by_key}
        # Fuzzy matching is for coined names only: a code one digit away is another product.
        self.keys = _fuzzy_keys(self.by_key)
        # Organisations by the distinctive words of their names ('northern lights' of the
        # Northern Lights ALS Society), to tell two organisations' statements on one product apart.
        # A name word of its own ('graustark') is enough; ordinary words only together ('northern lights').
        self.organisation_phrases: dict[str, set[str]] = {}
        for document in self._documents:
            kept = [w for w in words(document.organisation or "") if w not in ORGANISATION_WORDS]
            own = [w for w in kept if len(w) >= 4 and not is_common_word(w, threshold=3.0)]
            for phrase in own or ([" ".join(kept)] if len(" ".join(kept)) >= 4 else []):
                self.organisation_phrases.setdefault(phrase, set()).add(document.id)
        self.coined = sorted(w for w in self.vocabulary if len(w) >= 5 and not is_common_word(w))

    def tables(self) -> dict:
        """What this index holds, as JSON-ready data (stored with the index by tables.py)."""
        return {
            "by_key": self.by_key,
            "vocabulary": sorted(self.vocabulary),
            "general": sorted(self.general),
            "organisation_phrases": {p: sorted(ids) for p, ids in self.organisation_phrases.items()},
            "coined": self.coined,
            "excluded": {key: sorted(ids) for key, ids in self.excluded.items()},
        }

    @classmethod
    def from_tables(cls, tables: dict, documents: dict[str, Document]) -> SubjectIndex:
        """The index `tables()` describes, for these documents; ValueError when it is not of that shape."""
        index = cls.__new__(cls)
        index._documents = list(documents.values())
        by_key = tables["by_key"]
        if not isinstance(by_key, dict) or not all(
            isinstance(key, str) and isinstance(owners, dict)
            and all(doc_id in documents and kind in (PRODUCT, COMPANY) for doc_id, kind in owners.items())
            for key, owners in by_key.items()
        ):
            raise ValueError("names of statements not in the index")
        phrases = tables["organisation_phrases"]
        if not isinstance(phrases, dict) or not all(
            isinstance(ids, list) and all(i in documents for i in ids) for ids in phrases.values()
        ):
            raise ValueError("organisations of statements not in the index")
        index.by_key = by_key
        index.vocabulary = set(_words_of(tables["vocabulary"]))
        index.general = set(_words_of(tables["general"]))
        if not index.general <= documents.keys():
            raise ValueError("general statements not in the index")
        index.organisation_phrases = {phrase: set(ids) for phrase, ids in phrases.items()}
        index.coined = _words_of(tables["coined"])
        excluded = tables.get("excluded", {})
        if not isinstance(excluded, dict) or not all(
            isinstance(ids, list) and all(i in documents for i in ids) for ids in excluded.values()
        ):
            raise ValueError("excluded names of statements not in the index")
        index.excluded = {key: set(ids) for key, ids in excluded.items()}
        index.keys = _fuzzy_keys(index.by_key)
        return index

    @cached_property
    def _product_keys_of(self) -> dict[str, frozenset[str]]:
        """Each statement's product (or topic) keys, from one pass over the names."""
        keys_of: dict[str, set[str]] = {}
        for key, owners in self.by_key.items():
            for owner, kind in owners.items():
                if kind == PRODUCT:
                    keys_of.setdefault(owner, set()).add(key)
        return {owner: frozenset(keys) for owner, keys in keys_of.items()}

    @cached_property
    def code_letters(self) -> frozenset[str]:
        """The letters before the number of every code a statement is about ('ogtc' of 'ogtc9')."""
        return frozenset(m.group(1) for key in self.by_key if (m := re.fullmatch(r"([a-z]+)\d+[a-z]?", key)))

    def product_keys(self, doc_id: str) -> frozenset[str]:
        """The keys of the products (or topics) a statement is about."""
        return self._product_keys_of.get(doc_id, frozenset())

    def mentions(self, question: str, language: str = "en") -> list[Mention]:
        """The names in a question: statements' names (exact, typo, part) and unknown product names."""
        from rapidfuzz import process
        from rapidfuzz.distance import Levenshtein

        written = words(question)
        one_case = in_one_case(question)
        capitalised = _capitalised_words(question)
        # A name written in Greek or Cyrillic letters ('ιβροδαξίνη') is looked up by its Latin spelling;
        # those words are never taken for unknown names (the rules for those read Latin-script languages).
        tokens = written if question.isascii() else words(latin(question))
        covered = [False] * len(tokens)
        found: dict[str, Mention] = {}
        for mention, at in self._siblings(question, tokens):
            covered[at : at + 2] = [True, True]
            found.setdefault(mention.key, mention)
        # Longest n-grams first, so 'astro rx' is one name and not two words; every exact name first, then
        # the near ones, so 'en de KineSleeve Recover' finds the excluded 'KineSleeve Recover', not 'de kinesleeve'.
        for fuzzy, n in [(False, n) for n in range(4, 0, -1)] + [(True, n) for n in range(4, 0, -1)]:
            for i in range(len(tokens) - n + 1):
                if any(covered[i : i + n]):
                    continue
                gram = "".join(tokens[i : i + n])
                hit = None if fuzzy else self._exact(gram)
                if hit is not None and n == 1 and not one_case and gram not in capitalised \
                        and is_common_word(gram, threshold=3.0):
                    hit = None  # an everyday word names a product only as a name: 'Back to the Ember', not 'embers'
                if hit is None and not fuzzy and gram in self.excluded:
                    # A name a statement says it does not cover ('Pellvoxa'): never fuzzily
                    # another statement's name, always a name no statement is about.
                    hit = Mention(_as_written(question, tokens[i : i + n]), gram, UNKNOWN)
                allowed = (2 if len(gram) >= 8 else 1) if n == 1 else (2 if len(gram) >= 12 else 1)
                near: list[str] | None = None
                if (fuzzy and len(gram) >= 5 and self.keys and not any(c.isdigit() for c in gram)
                        and not (n > 1 and (len(tokens[i]) <= 2 or len(tokens[i + n - 1]) <= 2))
                        # A phrase can only be a near name (no case ending or sound, below): with no name near it,
                        # the word list is not asked whether it is an everyday word (most phrases of a question).
                        and (n == 1 or (near := self._within_edits(gram, allowed)))
                        and not is_common_word(gram, threshold=3.0)):
                    candidates = near if near is not None else self._within_edits(gram, allowed)
                    match = process.extractOne(gram, candidates, scorer=Levenshtein.distance, score_cutoff=allowed)
                    if match and len(match[0]) >= 6 and not (n == 1 and near_common_word(gram) and allowed < 2):
                        hit = self._mention(" ".join(tokens[i : i + n]), match[0], 0.9)
                    elif n == 1 and language in CASE_LANGUAGES and (stem_key := self._inflected(gram)) is not None:
                        # The name with a case ending ('halvecitinibről', 'virelatidot', 'trevonastatia').
                        hit = self._mention(gram, stem_key, 0.9)
                    elif n == 1 and len(gram) >= 6 and sound_key(gram) in self._sounds:
                        # The name as another language spells it: one name sounding so, never a common word.
                        hit = self._mention(gram, self._sounds[sound_key(gram)], 0.9)
                    elif n == 1 and language in COMPOUND_LANGUAGES and (head_key := self._compound_head(gram, language)):
                        # The name at the head of a compound ('drelosinepleister': drelosine + pleister, a patch).
                        hit = self._mention(gram, head_key, 0.9)
                if hit is not None:
                    covered[i : i + n] = [True] * n
                    found.setdefault(hit.key, hit)
        if tokens is not written:
            known = set(written)
            tokens = [t if t in known else "" for t in tokens]
        if UNSPELT.search(question):
            # A name in Hangul, Hebrew, kana …: found by its letters, with whatever particle or prefix is joined to it.
            letters = script_key(question)
            for key in self._script_keys:
                if key in letters:
                    found.setdefault(key, self._mention(key, key, 1.0))
        for name in self.unknown_names(question, tokens, covered, language, capitalised):
            found.setdefault(name.key, name)
        return list(found.values())

    @cached_property
    def _script_keys(self) -> tuple[str, ...]:
        """The statements' names written in a script `words` leaves out, longest first."""
        return tuple(sorted((k for k in self.by_key if UNSPELT.search(k)), key=len, reverse=True))

    def _compound_head(self, token: str, language: str) -> str | None:
        """The key of a statement's name that a compound word begins with, when the rest of the word is a word of the
        language's glossary ('drelosinepleister', 'Sorbazelintabletten'): the name as written, or as the language
        spells it (by its sound), of six letters or more, in the languages that write such nouns as one word
        (COMPOUND_LANGUAGES)."""
        table = GLOSSARY.get(language)
        if not table or len(token) < 9:
            return None
        for cut in range(len(token) - 3, 5, -1):
            head, tail = token[:cut], token[cut:]
            if tail not in table and not any(b in table for b in base_forms(tail, language)):
                continue
            for candidate in (head, head[:-1]) if head[-1] in "sen" else (head,):  # a joining letter: 'Sorbazelins-'
                if len(candidate) >= 6 and candidate in self.by_key:
                    return candidate
                if len(candidate) >= 6 and sound_key(candidate) in self._sounds:
                    return self._sounds[sound_key(candidate)]
        return None

    def _siblings(self, question: str, tokens: list[str]) -> list[tuple[Mention, int]]:
        """Names that differ from a statement's name in their short suffix only ('Renacyte-J' beside 'Renacyte-M',
        'Lumagene-8' beside 'Lumagene-7'): another product of the same family, which no statement is about. Each
        with the position of its two tokens."""
        found = []
        for match in _SUFFIXED.finditer(question):
            stem, suffix = _stem_and_suffix(match)
            if not stem or stem + suffix in self.by_key:
                continue
            family = self._keys_by_stem.get(stem, ())
            if any(key != stem + suffix for key in family):
                at = next((i for i in range(len(tokens) - 1) if tokens[i] == stem and tokens[i + 1] == suffix), None)
                if at is not None:
                    found.append((Mention(match.group(0), stem + suffix, UNKNOWN), at))
        return found

    @cached_property
    def _keys_by_stem(self) -> dict[str, tuple[str, ...]]:
        """Statements' names written as a stem and a short suffix ('Renacyte-M', 'Lumagene-7', 'Vigorel 50+'), as keys
        by their stem's key. Only names written so: 'Quillaro' is no sibling of the trial 'QUILL-C9'."""
        by_stem: dict[str, list[str]] = {}
        for document in self._documents:
            for alias in document.aliases:
                match = _SUFFIXED.fullmatch(alias.strip())
                if match and compact(alias) in self.by_key:
                    by_stem.setdefault(_stem_and_suffix(match)[0], []).append(compact(alias))
        return {stem: tuple(keys) for stem, keys in by_stem.items()}

    def organisations_in(self, normalised: str) -> set[str]:
        """Ids of the statements whose organisation the (normalised) question names."""
        padded = f" {normalised} "
        found: set[str] = set()
        for phrase, doc_ids in self.organisation_phrases.items():
            if f" {phrase} " in padded:
                found |= doc_ids
        return found

    def names_another(self, heading: str, doc_id: str) -> bool:
        """Whether a section heading of this statement names another statement's product and none of its own
        ("What about ORV-318?" in the zentrivax statement): that section speaks for the other statement."""
        tokens = words(heading)
        own = other = False
        for n in range(1, 5):
            for i in range(len(tokens) - n + 1):
                owners = self.by_key.get("".join(tokens[i : i + n]))
                if owners and doc_id in owners:
                    own = True
                elif owners and PRODUCT in owners.values():
                    other = True
        return other and not own

    def _exact(self, gram: str) -> Mention | None:
        return self._mention(gram, gram, 1.0) if gram in self.by_key else None

    def _mention(self, text: str, key: str, score: float) -> Mention:
        owners = self.by_key[key]
        kind = PRODUCT if PRODUCT in owners.values() else COMPANY
        return Mention(text, key, kind, tuple(sorted(owners)), score)

    def unknown_names(self, question: str, tokens: list[str], covered: list[bool], language: str = "en",
                      capitalised: set[str] | None = None) -> list[Mention]:
        """Product-like names in the question that no statement is about ('tofersen', 'AC-12').

        In English, a rare word written like a name counts too. In other languages only a
        code, a drug-name ending or inner capitals do: German writes every noun with a
        capital, and compounds ('Stammzellspritzen') are rare words that name nothing.
        """
        names: list[Mention] = []
        known_words = {t for t, c in zip(tokens, covered) if c}
        for match in QUESTION_CODE.finditer(question):
            key = (match.group(1) + match.group(2)).lower().replace("-", "")
            if "-" in match.group(1):
                # Two letter groups ('OGT-C8'): a code only beside a statement's code of the same letters
                # ('OGT-C9'); else a trial's name ('QUILL-C9') or a prefix ('anti-TDP-43') is not a product.
                if key[: -len(match.group(2))] not in self.code_letters:
                    continue
            if match.group(1).lower() in NOT_CODE_LETTERS or key in self.by_key or match.group(1).lower() in known_words \
                    or key in known_words:
                continue  # (or the code is part of a statement's name: 'h2' of 'h2 flow' for H2Flow)
            if " " in match.group(0) and _a_date(match.group(1), match.group(2)):
                continue  # 'approved in Europe in May 2025'
            if key in BIOLOGY_NAMES or _names_a_target(question, match.start(), match.end()):
                continue  # 'TDP-43', 'SOD1', 'a pill that blocks RIPK1': what a therapy acts on, not a product
            if not re.search(r"[A-Z]", match.group(1)) and " " in match.group(0) \
                    and match.group(1).lower() not in self.code_letters:
                continue  # 'room 12', 'in 2023': lower-case words before a number are not codes (but 'znb 341' is
                # one, when a statement's code has those letters: 'ZNB-340')
            letters = match.group(1).replace("-", "")
            if letters.isdigit() or (len(letters) > 3 and is_common_word(letters.lower())):
                continue
            names.append(Mention(match.group(0), key, UNKNOWN))
        for match in REGISTRY_NUMBER.finditer(question):
            # A trial's registry number no statement gives: a trial no statement is about.
            key = compact(match.group(0))
            if key not in self.by_key and not any(key == m.key for m in names):
                names.append(Mention(match.group(0), key, UNKNOWN))
        for match in _PLUS_NAME.finditer(question):
            # A name with a plus and a number ('Sleep+ 3'), written so only of a product, whatever its word.
            key = compact(match.group(0))
            if key not in self.by_key and not any(key == m.key for m in names):
                names.append(Mention(match.group(0), key, UNKNOWN))
        capitalised = _capitalised_words(question) if capitalised is None else capitalised
        inner_capitals = {normalise(w) for w in re.findall(r"\b\w*[a-z][A-Z]\w*", question)}
        describes = bool(PRODUCT_FORMS & set(tokens))
        written = {normalise(w): w for w in re.findall(r"[^\W_]+", question)}
        for token, is_covered in zip(tokens, covered):
            if is_covered or token.isdigit() or len(token) < 5 or token in self.by_key or token in BIOLOGY_NAMES:
                continue  # ('ALSFRS', a scale written as a word, is what a therapy is measured by, no product)
            if any(token in m.key for m in names) or token in self.organisation_phrases:
                continue  # part of a name already found, or an organisation's own name
            # German writes every noun with a capital; other languages, like English, only names.
            # A medicine no statement mentions; one a statement does may be what its product contains
            # ('capsules with vitamin B3', 'a cannabis mouth spray'), when the question describes a product. Asked
            # about by itself ('the latest on tofersen for SOD1 ALS?'), a medicine a statement only mentions beside
            # its own product is still no statement's subject.
            medicine = token in KNOWN_MEDICINES and (token not in self.vocabulary or not describes)
            if language != "en" and not medicine and len(token) >= 6:
                # The medicine as another language writes it ('baclofeno', 'morfina', 'melatonine'), by its sound.
                known = _MEDICINE_SOUNDS.get(sound_key(token))
                medicine = known is not None and known not in self.vocabulary and token not in self.vocabulary
            if language != "en" and not (medicine or inn_shaped(token) or token in inner_capitals
                                         or (language != "de" and token in capitalised)):
                continue
            if medicine or inn_shaped(token) or (
                token not in self.vocabulary
                and not is_common_word(token)
                and len(token) >= 6
                and (token in capitalised or not near_common_word(token))
                and not self._typo_of_corpus_word(token)
            ):
                names.append(Mention(written.get(token, token), token, UNKNOWN))
        return names

    def _typo_of_corpus_word(self, token: str) -> bool:
        from rapidfuzz import process
        from rapidfuzz.fuzz import ratio

        # ratio ≥ 80 needs |a − b| ≤ 0.2 (a + b) of the two lengths: only words of 2/3 to 3/2 the length can.
        candidates = self._near_in_length("coined", (2 * len(token)) // 3, (3 * len(token) + 1) // 2)
        return bool(candidates) and process.extractOne(token, candidates, scorer=ratio, score_cutoff=80) is not None

    def _within_edits(self, gram: str, edits: int) -> list[str]:
        """The fuzzy keys that could be within `edits` of `gram`, in `self.keys` order (so ties resolve as over all).

        An exact filter: cut `gram` into edits + 1 pieces; each edit changes at most one piece, so
        a key within that distance contains one piece unchanged, and with it every short
        substring of that piece. The keys holding a piece's rarest substring (and of a length
        within `edits`) are all that can match, so the comparisons no longer grow with the corpus.
        """
        pieces = edits + 1
        if len(gram) < 2 * pieces:  # a piece too short to be indexed: every key of a near length
            return self._near_in_length("keys", len(gram) - edits, len(gram) + edits)
        postings = self._key_substrings
        shortest, longest = len(gram) - edits, len(gram) + edits
        bounds = [round(i * len(gram) / pieces) for i in range(pieces + 1)]
        found: set[int] = set()
        for start, end in zip(bounds, bounds[1:]):
            piece = gram[start:end]
            size = min(SUBSTRING, len(piece))
            rarest: tuple[int, ...] | None = None
            for i in range(len(piece) - size + 1):
                lengths, positions = postings.get(piece[i : i + size], ((), ()))
                near = positions[bisect_left(lengths, shortest) : bisect_right(lengths, longest)]
                if rarest is None or len(near) < len(rarest):
                    rarest = near
            found.update(rarest or ())
        keys = self.keys
        return [keys[i] for i in sorted(found)]

    def _inflected(self, token: str) -> str | None:
        """The coined name (six letters or more) a token is, followed by an ending of up to four letters: the case and
        possessive endings Hungarian, Finnish or Polish add to a name ('virelatidot', 'trevonastatia'). Only for
        those languages: in English 'trevonastatone' is another name. (`mentions` asks only for tokens without
        digits, so what is cut off is letters.)"""
        for cut in range(len(token) - 1, max(5, len(token) - 5), -1):
            stem = token[:cut]
            if stem in self.by_key:
                return stem
            # Polish softens a name's last consonant before an ending ('welmoracyt' → 'o welmoracycie').
            for softened, consonant in SOFTENED_CONSONANTS:
                if stem.endswith(softened) and (key := stem[: -len(softened)] + consonant) in self.by_key:
                    return key
        return None

    @cached_property
    def _sounds(self) -> dict[str, str]:
        """The fuzzy keys by how they sound (`sound_key`), where one key alone sounds so and the sound is long enough
        to be a name (six letters or more)."""
        by_sound: dict[str, list[str]] = {}
        for key in self.keys:
            by_sound.setdefault(sound_key(key), []).append(key)
        return {sound: keys[0] for sound, keys in by_sound.items() if len(keys) == 1 and len(sound) >= 6}

    @cached_property
    def _key_substrings(self) -> dict[str, tuple[tuple[int, ...], tuple[int, ...]]]:
        """Every substring of two to SUBSTRING characters of the fuzzy keys -> the lengths and the positions of the
        keys holding it, by length and then position (so the keys of a range of lengths are one slice)."""
        postings: dict[str, list[int]] = {}
        for position, key in enumerate(self.keys):
            seen = {key[i : i + size] for size in range(2, SUBSTRING + 1) for i in range(len(key) - size + 1)}
            for piece in seen:
                postings.setdefault(piece, []).append(position)
        length = [len(key) for key in self.keys]
        by_length = {}
        for piece, positions in postings.items():
            positions.sort(key=length.__getitem__)  # stable: by position within one length
            by_length[piece] = (tuple(map(length.__getitem__, positions)), tuple(positions))
        return by_length

    def _near_in_length(self, names: str, shortest: int, longest: int) -> list[str]:
        """`self.keys` or `self.coined` of these lengths only, in their order (so ties resolve as over all).

        A typo within the allowed distance cannot change a word's length by more than that
        distance, so the words left out could never match: at 2,000 statements this is a
        tenth of the names to compare for each word of each question.
        """
        spans = self.__dict__.setdefault("_spans", {})
        found = spans.get((names, shortest, longest))
        if found is None:
            found = spans[(names, shortest, longest)] = [w for w in getattr(self, names) if shortest <= len(w) <= longest]
        return found


def _fuzzy_keys(by_key: dict[str, dict[str, str]]) -> list[str]:
    """The names typos are matched against: coined ones only, since a code one digit away is another product."""
    return sorted(k for k in by_key if len(k) >= 5 and not any(c.isdigit() for c in k))


def _words_of(values) -> list[str]:
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise ValueError("a list that is not of words")
    return values


def _as_written(question: str, tokens: list[str]) -> str:
    """Normalised tokens as the question wrote them ('orx', '090' → 'ORX-090'), else joined."""
    match = re.search(r"[\W_]*".join(re.escape(t) for t in tokens), question, re.IGNORECASE)
    return match.group(0) if match else " ".join(tokens)


# 'blocks RIPK1', 'a RIPK1 inhibitor', 'anti-CD40', 'bloquea RIPK1': a code said to be acted on is
# the therapy's target (a gene, a protein, a receptor), never a product that no statement is about.
_ACTS_ON = re.compile(
    r"(?:\b(?:block|blocks|blocking|blocked|inhibit|inhibits|inhibiting|target|targets|targeting|targetting|"
    r"against|lowers|lowering|reduces|reducing|silences|silencing|activates|activating|boosts|"
    r"bloquea|bloquean|inhibe|inhiben|contra|bloque|bloquent|ciblant|cible|hemmt|hemmen|blockiert|"
    r"blockieren|gegen|remt|remmen|blokkeert|blokkeren|tegen|bloqueia|bloqueiam|blocca|bloccano|inibisce|"
    r"inibiscono|blokuje|blokujacy|hamuje|blockerar|hammar)\s+|\banti-?)$",
    re.IGNORECASE,
)
_ACTED_ON_BY = re.compile(
    r"^[-\s]+(?:inhibitor|inhibitors|blocker|blockers|antagonist|antagonists|agonist|agonists|antibody|antibodies|"
    r"antisense|inhibidor|inhibidores|inhibiteur|inhibiteurs|hemmer|remmer|inibitore|inibitori|inibidor|inibidores)\b",
    re.IGNORECASE,
)


def _names_a_target(text: str, start: int, end: int) -> bool:
    """Whether the code at text[start:end] is said to be acted on ('blocks RIPK1', 'RIPK1 inhibitor')."""
    return bool(_ACTS_ON.search(text[max(0, start - 30):start]) or _ACTED_ON_BY.match(text[end:end + 30]))


def _named_alone(text: str, alias: str) -> str | None:
    """The first word of a name ('Ember wrap', or 'Lantern' alone where the text defines it), an everyday word, when
    the text writes it alone as a name: with a capital and without the rest of the name at least twice, and so at least twice as often as in small
    letters ('a different sort of ember'). Its key, or None."""
    parts = alias.split()
    if not parts or not parts[0][:1].isupper() or not parts[0].isalpha() or len(parts[0]) < 4:
        return None
    key = normalise(parts[0])
    if not is_common_word(key, threshold=2.0) or key in ORGANISATION_WORDS or key in GENERIC:
        return None  # (a coined first word is a name already: 'Corvane' of 'Corvane Gold')
    if len(parts) == 1 and alias not in defined_names(text):
        return None  # ('Booklet' of a title is no name)
    # (alone: not followed by the rest of the name, 'Nerve Renewal course' is never 'Nerve')
    rest = rf"(?![\s-]+{re.escape(parts[1])}\b)" if len(parts) > 1 else ""
    capitalised = len(re.findall(rf"\b{re.escape(parts[0])}\b{rest}", text))
    small = len(re.findall(rf"\b{re.escape(parts[0].lower())}\b", text))
    return key if capitalised >= 2 and capitalised >= 2 * small else None


def _capitalised_words(text: str) -> set[str]:
    """Normalised words written with a capital inside a sentence (names), or with inner capitals."""
    found = set()
    for match in re.finditer(r"(?<=[^\s.!?¿¡:])(\s+)([A-Z][\w]+)|\b(\w*[a-z][A-Z]\w*)", text):
        word = match.group(2) or match.group(3)
        found.add(normalise(word))
    return found


def stated_text(document: Document, subjects: SubjectIndex | None = None) -> str:
    """A statement's own words: title, names and sections, without the page around them (nor, given the
    subject index, its sections on another statement's product)."""
    sections = [s for s in document.sections if not (subjects and subjects.names_another(s.name, document.id))]
    return " ".join([document.title, *document.aliases, *(document.section_text(s) for s in sections)])
