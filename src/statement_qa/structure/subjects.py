"""What a statement is about: product names, codes (with and without hyphen), INN names, companies, trials.

Never generic words: a title "AB-12 (zorvexamab): our position" gives AB-12, AB12,
AB 12 and zorvexamab, not "our position". The generic words are a table in words.py.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from statement_qa.lexicon import compact, is_common_word
from statement_qa.romanise import UNSPELT
from statement_qa.structure.words import GENERIC_WORDS, MONTHS, PLATFORMS, SEASONS
from statement_qa.vocabulary import INN_SUFFIXES, PRODUCT_KINDS

_MARK = re.compile(r"([A-Z][\w-]*[A-Za-z0-9])\s?[®™]")
_SPLIT_TITLE = re.compile(r"\s+[–—-]\s+|:\s+|\s+\|\s+|\s*\(([^()]*)\)\s*")
# Development codes: "LMG-7", "CLB-310", "AB12", "QT 204"; a year is never a code.
CODE = re.compile(r"(?<![\w-])([A-Z]{1,6})([- ]?)(\d{1,5}[A-Z]?)(?![\w-])")
# Codes given in brackets in the text: "(LMG-7)", "(development code CLB-310)".
_BRACKETED_CODE = re.compile(r"\((?:[^()]{0,40}\s)?([A-Z]{1,6}-?\d{1,5}[A-Z]?)\)")
# Codes the text introduces as the product's code: "Under the code PMX-71 it is being tested", "halomirsen, code
# HMR-9, made by …", "the code name is NSR-61", "Entwicklungscode KMT-12", "código RBM-40". Another product of the
# company is named without the word ("also sells PMX-75").
_INTRODUCED_CODE = re.compile(
    r"(?i:\b(?:(?:development\s+|research\s+)?code(?:\s*-?\s*name[ds]?)?|codenamed?|entwicklungscode|(?:nom\s+de\s+)?code|"
    r"c[oó]digo|codice|kod|koodi)\b)(?:\s+(?:is|was|est|ist|es|è|é|on)\b)?\s*[:=]?\s*([A-Z]{1,6}-?\d{1,5}[A-Z]?)(?![\w-])"
)
# A code the text gives a name right after it, first in its brackets ('tirzomapine (TZM-330 on the trial paperwork)'),
# or says the name is ('Hexavolin is HXV-17.'): the code of that name.
# (also of the name with a release mark: 'ravestrin LA (RVS-771, a once-a-week capsule)')
_CODE_AFTER_NAME = re.compile(r"([^\W\d_]{4,}(?: (?!(?:AN|AND|AT|BY|FOR|IN|IS|OF|ON|OR|THE|TO)\b)[A-Z]{2,3})?)\s*\(([A-Z]{1,6}-?\d{1,5}[A-Z]?)(?![\w-])[^()]{0,60}\)")
_NAME_IS_CODE = re.compile(r"([^\W\d_]{4,})\s+(?:is|est|ist|es|è|é|is\s+also)\s+([A-Z]{1,6}-\d{1,5}[A-Z]?)(?=[.;,]\s|[.;,]?$|\s+(?:on|in)\s+the\s)", re.MULTILINE)
# An INN in brackets after a name: "Zorvex (zorvexamab)".
_INN = re.compile(r"([A-Z][\w-]+)[®™]?\s*\(([a-z][a-z-]{4,30})\)")
# A product the text defines by its kind and its seller ('The Lantern is a red-light visor sold by Brightwick Ltd',
# 'Halo is a cooling collar made by …'): its name, though an everyday word, names it.
_DEFINED = re.compile(
    r"(?<![\w-])(?:[Tt]he\s+)?([A-Z][a-z][\w-]{2,})\s+(?:is|was)\s+an?\s+(?:[\w-]+\s+){0,3}?(?:"
    + "|".join(sorted(PRODUCT_KINDS | {"visor", "visors", "drink", "drinks", "supplement", "device", "machine"}, key=len, reverse=True))
    + r")\b[^.\n]{0,40}?\b(?:sold|made|marketed|developed|produced|offered|advertised)\s+(?:online\s+)?by\b"
)
# A name in a script without spaces or capitals to tell it (Hangul, Hebrew, kana …) given its code in brackets:
# '타레몰린(TAR-115)에 대한 운영위원회 의견', 'הלבורפין (HVP-227)', 'ハルボラピン（HVP-227）'.
# (with the vowel signs and points Devanagari, Thai, Hebrew and Arabic write as marks: 'हल्वोरापिन')
_SCRIPT_NAME_BEFORE_CODE = re.compile(
    r"((?:[^\W\d_A-Za-z]|[\u0900-\u097f\u0e00-\u0e7f\u0591-\u05c7\u064b-\u065f\u0670]){2,})"
    r"\s*[(（]\s*[A-Z]{1,6}-?\d{1,5}[A-Z]?\s*[)）]")
# A trial's number in a registry ('NCT99005281', 'ISRCTN12345678'): the trial of the statement's product, asked about by it.
REGISTRY_NUMBER = re.compile(r"(?<![\w-])(?:NCT\d{8}|ISRCTN\d{8}|ACTRN\d{14}|DRKS\d{8}|ChiCTR[\d-]{8,16}|jRCT\d{10}|CTRI/[\d/]{10,16})(?![\w-])",
                             re.IGNORECASE)
# A word in katakana, as Japanese writes a foreign name ('ハルボラピン'): a name of the statement when its title gives it and its
# text repeats it (katakana runs are names and loanwords; Japanese writes no spaces between words to tell them by).
_KATAKANA_RUN = re.compile(r"[\u30a1-\u30fa\u30fc]{4,}")
# A name with a plus and a number ('Axo+ 3', 'Neuro+2', 'Vigorel 50+'): a product of a line, named so again and again.
_PLUS_NAME = re.compile(r"(?<![\w+-])[A-Z][A-Za-z]{1,15}(?:\+{1,2} ?\d{1,3}| \d{1,3}\+)(?![\w+])")
_LATIN_WORD = re.compile(r"[A-Za-zÀ-ɏ]+(?:-[A-Za-zÀ-ɏ]+)*")
_TRIAL = re.compile(r"\b([A-Z][A-Z0-9-]{2,}(?:\s+[A-Z][A-Z0-9-]{1,})?)\s+(?:trial|study|studie|estudio|essai|studio)\b")
_GENERIC_LEAD = re.compile(
    r"^(?:(?:our|the|a|an|new|updated?|latest)\s+)*(?:position(?:\s+statement)?|statement|view|advice|recommendations?|"
    r"update|policy)s?(?:\s+(?:on|about|regarding|concerning|for))?\s+",
    re.IGNORECASE,
)


# The same product under another name: sold as a brand in a country, or renamed by its company ("In Nederland wordt
# het verkocht als Osmavia, in België als Trelosma", "marketed under the brand name Kelvora", "Velquorin (formerly
# Zentrax)"). The name is one capitalised word; one followed by another capitalised word is a longer proper name
# ("known as Lou Gehrig's disease", "called Motor Neurone Disease").
# It ends its phrase: what follows is punctuation or a word that links ('… as Osmavia in the Netherlands'); 'sold as
# Miracle cures' is a description.
_BRAND = (r"[«\"“„]?([A-Z](?=[A-Za-z-]*[a-z])[A-Za-z][A-Za-z0-9-]{2,})(?![\w-])[»\"”“]?(?=\s*$|\s*[^\w\s]|\s+(?:in|and|or|by|from|"
          r"since|en|of|bij|door|sinds|und|oder|von|seit|et|ou|par|depuis|y|o|por|desde|e|ou|da|dal|dalla|dai|"
          r"verkauft|vertrieben|verkocht|erhältlich|verkrijgbaar)\b)")
_SOLD_AS = re.compile(
    r"\b(?:sold|marketed|distributed|branded|verkocht|verkrijgbaar|vendu|commercialis[ée]e?|"
    r"vendid[oa]|comercializad[oa]|vendut[oa]|commercializzat[oa]|s[ei]\s+(?:vend|commercialis|comercializ|commercializz)[ea])\s+"
    r"(?:(?:in|im|en|au|aux|em|no|na|nel|nei)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+)?"
    r"(?:as|als|comme|como|come|under\s+the\s+(?:brand\s+|trade\s+)?names?|sous\s+le\s+nom(?:\s+de)?|unter\s+dem\s+"
    r"(?:Marken)?[Nn]amen|onder\s+de\s+(?:merk)?naam|con\s+(?:el|il|o)\s+nom(?:bre|e)(?:\s+(?:de|di|comercial|commerciale))?|"
    r"sob\s+o\s+nome(?:\s+de)?|bajo\s+el\s+nombre(?:\s+de)?)\s+" + _BRAND
    # (German and Dutch put the verb last: 'in België als Trelosma verkocht', 'unter dem Namen „Ferolix“ verkauft'; not
    # German 'als', whose nouns are capitalised: 'als Tablette erhältlich')
    + r"|\b(?:als|onder\s+de\s+(?:merk)?naam)\s+" + _BRAND + r"(?=\s+(?:verkocht|verkrijgbaar)\b)"
    + r"|\bunter\s+dem\s+(?:Marken)?[Nn]amen\s+" + _BRAND + r"(?=\s+(?:verkauft|vertrieben|erhältlich)\b)"
    + r"|\b(?:brand|trade)\s+names?\s*(?:is\s+|:\s*)?" + _BRAND
    + r"|\b(?:merknaam|Handelsname|Markenname|nom\s+commercial|nombre\s+comercial|nome\s+commerciale|nome\s+comercial)"
    r"\s*(?:is\s+|ist\s+|est\s+|es\s+|è\s+|é\s+|:\s*)?" + _BRAND
    + r"|\b(?i:formerly|previously|originally|renamed\s+from|früher|vormals|ehemals|anciennement|antes|anteriormente|"
    r"precedentemente|voorheen|vroeger)(?:\s+(?i:known\s+as|called|named|sold\s+as|bekannt\s+als|genannt|appel[ée]e?|"
    r"llamad[oa]|conocid[oa]\s+como|chiamat[oa]|bekend\s+als|genaamd))?\s+" + _BRAND
)
# After the first, more in the same sentence: '…, in België als Trelosma', '… and as Kelvora in Spain'.
_AS_TOO = re.compile(r"\b(?:as|als|comme|como|come)\s+" + _BRAND)
# A sentence about another of the company's products is not about this one.
_ANOTHER = re.compile(r"(?i)\b(?:other|another|andere[ns]?|anderes?|autres?|otr[oa]s?|altr[oi]|altra|outr[oa]s?)\b")


def _sold_as(text: str, own: list[str]) -> list[str]:
    """Other names the statement gives its own product (a brand in another country, its name before a renaming): only
    in a sentence of a paragraph that names the product by then, and that speaks of no other product."""
    words = re.compile(r"[^\W_]{4,}|[A-Z]{1,6}-?\d{1,5}")
    keys = {w.casefold() for name in own for w in words.findall(name)} - GENERIC_WORDS
    found: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text):
        for first in _SOLD_AS.finditer(paragraph):
            start = max(paragraph.rfind(". ", 0, first.start()), paragraph.rfind("\n", 0, first.start())) + 1
            end = min((i for i in (paragraph.find(". ", first.end()), paragraph.find("\n", first.end())) if i >= 0),
                      default=len(paragraph))
            sentence = paragraph[start:end]
            if _ANOTHER.search(sentence) or not keys & {w.casefold() for w in words.findall(paragraph[:end])}:
                continue
            found += [name for name in first.groups() if name]
            found += _AS_TOO.findall(paragraph, first.end(), end)
    return [name for name in found if name.casefold() not in keys and not _generic(name)]


def _generic(phrase: str) -> bool:
    words = re.findall(r"[^\W_]+", phrase.casefold())
    return not words or all(w in GENERIC_WORDS or w.isdigit() for w in words)


def _trim(phrase: str) -> str:
    """A title part without the generic words at its ends: 'our position on Zorvex' → 'Zorvex'."""
    phrase = _GENERIC_LEAD.sub("", phrase.strip(" \"“”'‘’"))
    words = phrase.split()
    while words and _generic(words[0]):
        words.pop(0)
    while words and _generic(words[-1]):
        words.pop()
    return " ".join(words).strip(" ,;\"“”'‘’")


def _name_like(phrase: str) -> bool:
    """A phrase with a proper name in it: a capitalised word after the first, a coined word, a code."""
    tokens = phrase.split()
    return bool(
        CODE.search(phrase)
        or any(re.search(r"[a-z][A-Z]|[A-Za-z]\d|\d[A-Za-z]", t) for t in tokens)
        or any(t[:1].isupper() for t in tokens[1:])
        or (tokens and tokens[0][:1].isupper() and len(tokens) <= 2)
    )


def _coined_in(part: str) -> bool:
    """Whether a title part may name something: one word in Latin letters ('velmistat', kept as before), a capitalised
    word ('Ketovane ketone drink') or a word shaped like a medicine's name ('Society line on ilvocastat'). A part of
    lower-case words with none of those ('poziția asociației', 'vårt standpunkt', 'clinic offer members keep
    asking') describes. (No word-frequency list here: the parser stays free of numpy, see parse_cache.)"""
    tokens = part.split()
    return any(_LATIN_WORD.fullmatch(token) and (len(tokens) == 1 or token[:1].isupper()
                                                 or token.casefold().endswith(INN_SUFFIXES)) for token in tokens)


# Pronouns: a title part with one and no name in it is a clause ('what we think', 'has anyone tried it?').
_PRONOUNS = frozenset("i we you he she it they me us them our your my their anyone someone everyone nous vous wir sie "
                      "ihr nosotros ustedes wij jullie noi voi nós".split())


# Words that open what a product is for ('for cramps in MND', 'gegen Spastik'): an indication, never a name;
# and words that open a clause ('what the Circle thinks', 'where the Trust stands'): a clause names nothing.
_PURPOSE = frozenset("for against para contra pour contre für fur gegen voor tegen per contro dla przeciw".split())
_CLAUSE = frozenset("what where why how when who which whether".split())


def _everyday(phrase: str) -> bool:
    tokens = phrase.split()
    if tokens and tokens[0].casefold() in _PURPOSE | _CLAUSE:
        return True
    return phrase.rstrip().endswith("?") or bool(_PRONOUNS & {t.casefold().strip("?!.,") for t in tokens}) and not any(
        t[:1].isupper() for t in tokens[1:])


_WHEN = frozenset({*(m for names in MONTHS.values() for m in names), *SEASONS})


def _dating(part: str) -> bool:
    """'October 2025', 'Lanyon News, Summer 2025' split at its comma: a month or season and a year."""
    words = part.strip(" -–—|:,").split()
    return 2 <= len(words) <= 3 and bool(re.fullmatch(r"(?:19|20)\d\d", words[-1])) and words[-2].casefold() in _WHEN


def code_variants(code: str) -> list[str]:
    """'AB-12' → ['AB-12', 'AB12', 'AB 12']: how people write the same development code."""
    match = CODE.fullmatch(code)
    if not match:
        return [code]
    letters, _, digits = match.groups()
    return [f"{letters}-{digits}", f"{letters}{digits}", f"{letters} {digits}"]


def names_in(title: str, text: str, given: list[str]) -> tuple[str, ...]:
    """Product and company names a document is about: title parts, marked names, codes, INNs, trials, given aliases."""
    names: list[str] = list(given)
    plain_title = re.sub(r"[®™]", "", title)
    pieces = [p for p in _SPLIT_TITLE.split(plain_title) if p and p.strip()]
    # "Duravelin: what we think": a clause names nothing, whatever is left of it once trimmed.
    # ('… - October 2025', '(Lanyon News, Summer 2025)': a part that dates the title names nothing)
    # (nor does the platform a meeting or a page was on, '… drop-in (Zoom) …')
    pieces = [p for p in pieces if not _dating(p) and p.strip(" -–—|:,").casefold() not in PLATFORMS]
    parts = [_trim(re.sub(r"[“”\"]", "", p)) for p in pieces if not _everyday(p)]
    parts = [p for p in parts if p and not _generic(p)]
    # Of a title that names something ('Elmadrostat (ELD-12) hakkında derneğimizin görüşü', 'Renacyte-M: the clinic
    # offer members keep asking about'), only the parts that may name it (a proper name, a code, a capitalised or
    # medicine-shaped word, a single word); its other parts describe, in whatever language. A title naming nothing ('Stem cell clinics – what to know') is about all its parts.
    naming = [p for p in parts if _name_like(p) or (len(parts) > 1 and _coined_in(p))]
    for part in naming or (parts if len(parts) > 1 else []):
        if len(part.split()) <= 6:
            names.append(part)
    names.extend(re.findall(r"[“\"]([^”\"]{3,40})[”\"]", plain_title))  # Early Access and “Right to Try” Laws
    # A marked name counts when the statement is about it (named more than once), not when
    # it merely points elsewhere ("Further reading: … NeuroMyoGraft®").
    marked = _MARK.findall(text)
    names.extend(n for n in marked if marked.count(n) > 1 or n.lower() in title.lower())
    codes = [m.group() for m in CODE.finditer(plain_title) if not re.fullmatch(r"(?:19|20)\d\d", m.group(3))]
    title_codes = {compact(c) for c in codes}
    codes += _BRACKETED_CODE.findall(text) + _INTRODUCED_CODE.findall(text)
    # (only of a name the title gives, or the text names again and again: another product's code beside its own name
    # is another product)
    titled = {w.casefold() for w in re.findall(r"[^\W\d_]{4,}", plain_title)}
    said = Counter(w.casefold() for w in re.findall(r"[^\W\d_]{4,}", text))
    for pattern in (_CODE_AFTER_NAME, _NAME_IS_CODE):
        for name, code in pattern.findall(text):
            word = name.split()[0].casefold()
            if word in titled or said[word] >= 4 and word not in GENERIC_WORDS:
                codes.append(code)
                if " " in name:
                    names.append(name)  # 'ravestrin LA', a product of its own with its own code
            elif compact(code) in title_codes and word not in GENERIC_WORDS and not is_common_word(word):
                # The title's code, with the name a summary in another script's page gives it ('הלבורפין (HVP-227)' titled,
                # 'board position on halvorapine (HVP-227)' in its English summary): that name is the product's.
                names.append(name)
    for code in codes:
        if "-" in code or any(c.isdigit() for c in code) and len(code) >= 3:
            names.extend(code_variants(code))
    for part in parts:
        for token in re.findall(r"[\w-]+", part):
            # Coined names: inner capitals or digits (AstroRx, AMX0035, CuATSM).
            if re.search(r"[a-z][A-Z]|[A-Za-z]\d|\d[A-Za-z]", token) and len(token) >= 4:
                names.append(token)
    known = {n.casefold() for n in names}
    for name, inn in _INN.findall(f"{title}\n{text}"):
        if name.casefold() in known or name.casefold() in title.casefold():
            names.append(inn)
    names.extend(t for t in _TRIAL.findall(text) if not _generic(t))
    names.extend(_sold_as(text, names))
    names.extend(defined_names(text))
    names.extend(m.group(0).upper() for m in REGISTRY_NUMBER.finditer(text))
    names.extend(n for n in _SCRIPT_NAME_BEFORE_CODE.findall(f"{plain_title}\n{text}") if UNSPELT.search(n))
    names.extend(n for n in _KATAKANA_RUN.findall(plain_title) if text.count(n) >= 3)
    plus = Counter(_PLUS_NAME.findall(f"{plain_title}\n{text}"))
    names.extend(name for name, count in plus.items() if count >= 2)
    return _unique(names)


def defined_names(text: str) -> list[str]:
    """Names the text defines as a product sold by someone ('The Lantern is a red-light visor sold by …'), and names
    again and again (one defined once in passing is another product's)."""
    return [n for n in dict.fromkeys(_DEFINED.findall(text)) if len(re.findall(rf"\b{re.escape(n)}\b", text)) >= 3]


def _unique(names: list[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for name in names:
        name = unicodedata.normalize("NFKC", re.sub(r"[®™]", "", name))
        name = re.sub(r"\s+", " ", name).strip(" \"“”'‘’,;:")
        key = name.casefold()
        if len(re.sub(r"\W+", "", key)) >= 3 and not _generic(name) and key not in seen:
            seen[key] = name
    return tuple(seen.values())
