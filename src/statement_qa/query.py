"""A question, analysed once: every signal and the answer policy read this object.

Cleaning (length, control characters), language, urgency, the names it mentions (known
statements' subjects and unknown product names), other diseases and the details it asks
about (cost, dose, ...) are found here and nowhere else.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from dataclasses import dataclass
from functools import lru_cache

from statement_qa.glossary import base_forms, gloss, glossed
from statement_qa.language import FUNCTION_WORDS, SHARED_WORDS, language_of
from statement_qa.lexicon import FUNCTION_WORDS as ENGLISH_FUNCTION_WORDS
from statement_qa.lexicon import content_words, is_common_word, labelled_pairs, normalise, stem, words
from statement_qa.limits import MAX_QUESTION_CHARS, clean_question
from statement_qa.romanise import UNSPELT, script_key
from statement_qa.subjects import COMPANY, PRODUCT, UNKNOWN, Mention, SubjectIndex, latin
from statement_qa.urgent import Urgency, detect_urgency
from statement_qa.vocabulary import (
    CITIES,
    CLOSING_WORDS,
    COURTESY_WORDS,
    DETAIL_TOPICS,
    DISEASE_WORDS,
    LAY_TERMS,
    NATIONALITIES,
    NATIONALITIES_ELSEWHERE,
    OTHER_DISEASES,
    PRODUCT_FORMS,
    SCRIPT_CONDITIONS,
    SCRIPT_DISEASE_NAMES,
    THANKS_OR_BYE,
)


@dataclass(frozen=True)
class Query:
    """One question, cleaned and analysed."""

    text: str
    normalised: str
    words: tuple[str, ...]
    content: tuple[str, ...]
    pairs: frozenset[str]
    language: str
    urgency: Urgency | None
    truncated: bool
    mentions: tuple[Mention, ...]
    diseases: tuple[str, ...]
    details: tuple[str, ...]
    # English equivalents of the domain words of a question in another language (glossary.py).
    glosses: tuple[str, ...] = ()
    # The question's own topic words that those glosses translate ('tableta' for 'tablet pill').
    translated: frozenset[str] = frozenset()
    # Whether it names ALS/MND itself, and the ids of statements whose organisation it names.
    names_disease: bool = False
    organisations: frozenset[str] = frozenset()
    # Thanks or a goodbye ('thanks, that's helpful', 'gracias'): not a question.
    closing: bool = False
    # The language its script or words show; None when nothing does ('112?', 'ALS'), and then `language` is English.
    written_in: str | None = None
    # An English message with clauses in another language: its English clauses and those clauses' glosses, what the
    # model reads well ('Mi tío has ELA, ¿cómo se diagnostica?' → 'Mi tío has ELA (ALS MND; diagnosis)'); else ''.
    english_reading: str = ""

    @property
    def embedding_text(self) -> str:
        """What the model reads: the question, and for another language its English domain terms."""
        return f"{self.text} ({'; '.join(self.glosses)})" if self.glosses else self.text

    @property
    def topic_glosses(self) -> tuple[str, ...]:
        """The glosses that name a topic: all but the disease's own name ('ALS MND'), which every statement shares,
        and the words of asking for an opinion ('advise advice', 'recommend'), which any statement answers."""
        return tuple(g for g in self.glosses if names_a_topic(g))

    @property
    def products(self) -> list[Mention]:
        """Statements' product (or topic) names the question mentions."""
        return [m for m in self.mentions if m.kind == PRODUCT]

    @property
    def companies(self) -> list[Mention]:
        """Companies with a statement that the question mentions."""
        return [m for m in self.mentions if m.kind == COMPANY]

    @property
    def unknown(self) -> list[Mention]:
        """Product-like names no statement is about."""
        return [m for m in self.mentions if m.kind == UNKNOWN]

    @property
    def describes_one_product(self) -> bool:
        """Whether it describes one product ('a nasal spray with a peptide'), not a kind of product ('supplements')."""
        return any(w in PRODUCT_FORMS and not w.endswith("s") for w in self.words)

    @property
    def describes_product(self) -> bool:
        """Whether it describes a product by its form ('the capsule you swallow'), in English or in its glosses."""
        return any(w in PRODUCT_FORMS for w in self.words)

    @property
    def names_anything(self) -> bool:
        """True when the question names a product, company or other disease."""
        return bool(self.mentions or self.diseases)


# The words of asking for an organisation's opinion, as glosses give them (lexicon.content_words forms).
ASKING_WORDS = frozenset(content_words("advise advice recommend recommendation position opinion view stance think"))

# "My sister has MS, not ALS": a disease named only to say it is not the one asked about.
NEGATED_DISEASE = re.compile(
    rf"\s(?:not|no|without|nicht|kein|keine|pas|sans|sin|niet|geen|sem|senza|nie)\s+(?:{'|'.join(map(re.escape, DISEASE_WORDS))})(?=\s)"
)


def _phrases_in(normalised: str, table: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    padded = f" {normalised} "
    return tuple(label for label, variants in table.items() if any(f" {v} " in padded for v in variants))


# What someone already takes for another condition ('with her thyroid tablets', 'his epilepsy medication'): a medicine
# beside the product asked about, not the condition it is asked for. Said with whose it is: 'a good migraine tablet'
# and 'the hair-regrowth treatment' ask about the condition.
MEDICINE_WORDS = r"tablets?|pills?|medications?|medicines?|meds|drugs?"
_TAKEN_FOR = re.compile(rf"(?= (?:{MEDICINE_WORDS}|inhalers?|injections?)\b)")
_WHOSE = (" my", " his", " her", " their", " your", " our")


def named_apart(padded: str, variant: str, excused: Callable[[int, int], bool]) -> bool:
    """Whether a normalised, padded text writes a variant as whole words somewhere `excused` does not set aside (it is
    given the offsets of the space before the variant and of the space after it)."""
    at = padded.find(f" {variant} ")
    while at >= 0:
        if not excused(at, at + len(variant) + 1):
            return True
        at = padded.find(f" {variant} ", at + 1)
    return False


@lru_cache(maxsize=1)
def _variants_by_first_word() -> dict[str, list[tuple[str, str]]]:
    """OTHER_DISEASES' (label, variant) pairs by the variant's first word."""
    found: dict[str, list[tuple[str, str]]] = {}
    for label, variants in OTHER_DISEASES.items():
        for variant in variants:
            found.setdefault(variant.split()[0], []).append((label, variant))
    return found


def _conditions_in(normalised: str) -> tuple[str, ...]:
    """Other conditions a question asks about (OTHER_DISEASES), but for those it names by their medicine."""
    padded = f" {normalised} "

    def taken_for(at: int, end: int) -> bool:
        return bool(_TAKEN_FOR.match(padded, end)) and padded[:at].endswith(_WHOSE)

    def asked(variant: str) -> bool:
        return named_apart(padded, variant, taken_for)

    # Only the variants whose first word the question writes can be in it: a look-up, not a walk over them all.
    by_first = _variants_by_first_word()
    candidates = {label for token in set(padded.split()) for label, variant in by_first.get(token, ()) if asked(variant)}
    listed = tuple(label for label in OTHER_DISEASES if label in candidates)
    variants = [v for label in listed for v in OTHER_DISEASES[label]]
    return listed + tuple(dict.fromkeys(s for s in _syndromes_in(padded) if not any(v in s for v in variants)))


# Cyrillic and Greek letters: a question in them is read for other conditions by its Latin spelling.
_OTHER_SCRIPT = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")


# ALS/MND in Cyrillic or Greek letters, by their Latin spelling: 'БАС' (Russian, Ukrainian), 'АЛС' (Serbian,
# Bulgarian), 'ΑΜΣ' (Greek), 'амиотрофический': the names the disease is known by.
_DISEASE_TRANSLITERATED = re.compile(r"\b(?:bas|als|mnd|ams|amiotrof\w*|amyotrof\w*)\b")


@lru_cache(maxsize=1)
def _condition_stems() -> tuple[tuple[str, str], ...]:
    """(stem, label) of OTHER_DISEASES' one-word variants of five letters or more, their last vowels cut: the stem a
    Slavic or Greek case ending follows ('astm' of 'astma': Serbian 'астме', Russian 'астмой')."""
    found = []
    for label, variants in OTHER_DISEASES.items():
        for variant in variants:
            root = variant.rstrip("aeiouy")
            if " " not in variant and len(variant) >= 5 and len(root) >= 4:
                found.append((root, label))
    return tuple(dict.fromkeys(found))


def _conditions_transliterated(spelled: str) -> tuple[str, ...]:
    """Other conditions a question in Cyrillic or Greek letters names ('Да ли занториб помаже код астме?': asthma), in
    its Latin spelling ('da li zantorib pomazhe kod astme?'), each word by a condition's stem and at most three letters
    of ending."""
    found = []
    for word in re.findall(r"[a-z]+", spelled):
        for root, label in _condition_stems():
            if word.startswith(root) and len(word) - len(root) <= 3 and label not in found:
                found.append(label)
    return tuple(found)


@lru_cache(maxsize=1)
def _script_names() -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    """SCRIPT_CONDITIONS as (letters, label) and SCRIPT_DISEASE_NAMES, as `script_key` writes a question's letters."""
    conditions = tuple((script_key(v), label) for label, variants in SCRIPT_CONDITIONS.items() for v in variants)
    return conditions, tuple(script_key(n) for n in SCRIPT_DISEASE_NAMES)


def _conditions_in_script(letters: str) -> tuple[str, ...]:
    """Other conditions a question in Hangul, Hebrew, Arabic … names ('타레몰린이 알츠하이머병에도 효과가 있나요?')."""
    return tuple(dict.fromkeys(label for variant, label in _script_names()[0] if variant and variant in letters))


# A syndrome the question names by its name, whether OTHER_DISEASES lists it or not ('carpal tunnel syndrome',
# 'síndrome de Sjögren', 'Tourette-Syndrom'): another condition. Not the ALS/MND words' own ('locked-in syndrome').
_SYNDROME = re.compile(r" ((?:[a-z]+ ){1,2})(?:syndrome|syndroom|syndrom|syndromet) "
                       r"| (?:syndrome|sindrome|syndroom|syndrom) (?:de |di |del |van |d )?([a-z]{3,}) ")
_LEAD_WORDS = ENGLISH_FUNCTION_WORDS | frozenset(
    "help helps treat treats cure cures ease eases relieve against good safe people patients someone".split())
_NOT_ANOTHER_SYNDROME = frozenset({"locked", "in", "als", "mnd", "motor", "neurone", "neuron", "lou", "gehrig",
                                   "gehrigs", "pseudobulbar", "split", "hand", "flail", "arm", "leg"})


def _syndromes_in(padded: str) -> list[str]:
    """The syndromes a (normalised, padded) question names, each as its few words before or after 'syndrome'."""
    found = []
    for match in _SYNDROME.finditer(padded):
        said = match.group(0).split()
        if match.group(1):
            while len(said) > 1 and (said[0] in _LEAD_WORDS or len(said[0]) < 3):
                said = said[1:]
            name = said[:-1]
        else:
            name = said[-1:]
        if name and not _NOT_ANOTHER_SYNDROME & set(name) and not _LEAD_WORDS & set(name):
            found.append(" ".join(said))
    return found


_STOPWORD_LISTS = {"es": "STOPWORDS_SPANISH", "fr": "STOPWORDS_FRENCH", "de": "STOPWORDS_GERMAN",
                   "nl": "STOPWORDS_DUTCH", "pt": "STOPWORDS_PORTUGUESE", "it": "STOPWORDS_ITALIAN",
                   "sv": "STOPWORDS_SWEDISH", "da": "STOPWORDS_DANISH", "nb": "STOPWORDS_NORWEGIAN",
                   "tr": "STOPWORDS_TURKISH"}


@lru_cache(maxsize=32)
def stopwords(language: str) -> frozenset[str]:
    """A language's function words, normalised ('más' → 'mas'); empty for English (BM25 drops those).

    bm25s's lists where it has one; else the everyday words language detection counts (language.py), so a
    Romanian question's 'care', 'despre', 'pe' do not match a Romanian statement word for word."""
    if language in _STOPWORD_LISTS:
        from bm25s import stopwords as lists

        found = getattr(lists, _STOPWORD_LISTS[language])
    elif language != "en" and language in FUNCTION_WORDS:
        found = FUNCTION_WORDS[language] | SHARED_WORDS.get(language, frozenset())
    else:
        return frozenset()
    # German and Dutch "als" and Portuguese "ela" are also the disease's name: kept.
    return frozenset(w for word in found for w in words(word)) - set(DISEASE_WORDS)


# The disease's own words: every statement is about ALS/MND, so they tell none from another.
DISEASE_CONTENT = frozenset(w for name in DISEASE_WORDS for w in content_words(name)) - {"disease"}


def names_a_topic(gloss: str) -> bool:
    """Whether an English gloss names a topic: not the disease's own name ('ALS MND'), which every statement shares,
    nor the words of asking for an opinion ('advise advice', 'recommend'), which any statement answers."""
    return not set(content_words(gloss)) - {"disease"} <= DISEASE_CONTENT | ASKING_WORDS


def _topic_words(own: str, english: str, language: str, translated: frozenset[str],
                 vocabulary: Container[str] | None) -> tuple[str, ...]:
    """The question's topic words: its own, and for another language the English of its glosses.

    A word the glossary translated counts once, by its English gloss, unless the corpus itself uses
    it (a Dutch statement's 'epilepsiemiddel'): counted twice, an untranslated Spanish 'tableta'
    weighed as a topic no statement covers, and pushed every question in another language below
    the answer threshold. Nor do the disease's words count there: 'ELA' glossed 'ALS MND' is in
    every statement, and made '¿Qué causa la ELA?' look covered by whichever came first.
    """
    content = tuple(content_words(f"{own} {english}"))
    if language == "en":
        return content
    return tuple(t for t in content if t not in DISEASE_CONTENT
                 and (t not in translated or (vocabulary is not None and t in vocabulary)))


# Each nationality's words in English, and as other languages write it ('roemenie', 'rumaenische', 'norsk').
_FORMS_ELSEWHERE = {group: tuple(NATIONALITIES_ELSEWHERE.get(group[0], "").split()) for group in NATIONALITIES}
_NATIONALITY_OF = {word: group for group in NATIONALITIES for word in (*group, *_FORMS_ELSEWHERE[group])}
# A city says its country ('a Dublin company'), but has no other words of its own to add to a question.
_CITY_OF = {city: group for group in NATIONALITIES for city in CITIES.get(group[0], "").split()}
_PLACE_OF = {**_CITY_OF, **_NATIONALITY_OF}  # (a nationality's word before a city's of the same spelling)
# Every word of a nationality, country or city, in any language: where something comes from, never what it is.
NATIONALITY_WORDS = frozenset(_PLACE_OF)


def nationalities_in(normalised: str) -> frozenset[str]:
    """The nationalities a normalised text names in any language ('uit roemenie', 'canadense'), each by its group's first
    English word ('romanian', 'canadian')."""
    return frozenset(_PLACE_OF[w][0] for w in normalised.split() if w in _PLACE_OF)


def _nationality_kin(normalised: str, vocabulary: Container[str] | None = None) -> list[str]:
    """For each nationality or country the text names, in any language, the other words for it: its English words
    ('danish' → 'denmark'), and the other languages' words the corpus uses ('norwegian' → 'norsk' beside a Norwegian
    statement); not every language's, which would outweigh the rest of the question."""
    found = [w for w in dict.fromkeys(normalised.split()) if w in _PLACE_OF]
    kin: list[str] = []
    for word in found:
        group = _PLACE_OF[word]
        used = [f for f in _FORMS_ELSEWHERE[group] if vocabulary is not None and stem(f) in vocabulary]
        kin.extend(k for k in (*group, *used) if k != word and k not in found and k not in kin)
    return kin


def _a_word_of(name: str, language: str, glossed_words: set[str]) -> bool:
    """Whether a name-shaped word is a word of the question's language: an everyday word with a case ending
    ('Facebooku'), or one the glossary translates into everyday English ('infusen', Dutch for infusions: 'infusion
    drip'); a medicine's name it translates ('riluzol': 'riluzole') stays a name."""
    if name.isalpha() and language != "en" and any(
            is_common_word(form, threshold=3.5) for form in base_forms(name, language)[1:]):
        return True  # 'Facebooku' (Polish locative): an everyday name inflected, no product
    if normalise(name) not in {normalise(w) for w in glossed_words}:
        return False
    english = [w for g in gloss(name, language) for w in g.split()]
    return bool(english) and all(is_common_word(w, threshold=2.5) for w in english)


# Where a message may switch language: at a sentence's or a clause's end, and at Spanish opening marks.
_CLAUSE = re.compile(r"[.?!;,\u00bf\u00a1]+")
_ENGLISH_FUNCTION_WORDS = FUNCTION_WORDS["en"] | ENGLISH_FUNCTION_WORDS


def _other_language_parts(text: str) -> tuple[list[str], set[str], str]:
    """The glosses of the clauses of an English message written in another language ('Mi tío has ELA, ¿cómo se
    diagnostica? How do doctors test for it?'): what they ask, in English, as a question in that language would have;
    and, where there are any, the message's English reading (`Query.english_reading`)."""
    found: list[str] = []
    sources: set[str] = set()
    english = []
    others = []
    clauses = [c.strip() for c in _CLAUSE.split(text) if c.strip()]
    if len(clauses) < 2:
        return found, sources, ""  # one clause: the whole message's language, read already
    for clause in clauses:
        language = language_of(clause, "")
        # A clause is in another language when its function words say so, two that are no English words or one and no
        # English function word: a word or two tip an English clause ('A Turkish company makes a once-a-day pill', French).
        tokens = set(re.findall(r"[^\W\d_]+", clause.lower()))
        english_words = tokens & _ENGLISH_FUNCTION_WORDS
        theirs = len(tokens & FUNCTION_WORDS.get(language, frozenset()) - _ENGLISH_FUNCTION_WORDS) if language else 0
        if language and language != "en" and (theirs >= 2 or (theirs and not english_words)):
            others.append(language)
        else:
            english.append(clause)
    # The whole message in each language a clause is in: its words cross the clauses ('Mi tío has ELA, ¿cómo …').
    for language in dict.fromkeys(others):
        language_glosses, language_sources = glossed(text, language)
        found += [g for g in language_glosses if g not in found]
        sources |= language_sources
    reading = f"{'. '.join(english)} ({'; '.join(found)})" if found else ""
    return found, sources, reading


def analyse(question: str, subjects: SubjectIndex, max_chars: int = MAX_QUESTION_CHARS,
            vocabulary: Container[str] | None = None) -> Query:
    """Clean and analyse a question once; `vocabulary` is the corpus's topic words, where known."""
    text, truncated = clean_question(question, max_chars)
    normalised = normalise(text)
    # A question in Greek or Japanese is not English: its script says which it is, where function words cannot.
    written_in = language_of(text, "") if text else ""
    language = written_in or "en"
    if language != "en" and text:
        glosses_found, sources = glossed(text, language)
        english_reading = ""
    else:
        glosses_found, sources, english_reading = _other_language_parts(text)
    glosses = tuple(glosses_found)
    translated = frozenset(content_words(" ".join(sources)))
    # The technical words for the everyday phrases it uses ('energy factories' → mitochondria).
    read = f"{normalised} {normalise(' '.join(glosses))}"
    english = " ".join([*glosses, *_nationality_kin(read, vocabulary), *_phrases_in(read, LAY_TERMS)])
    spoken = f"{normalised} {normalise(english)}"  # the question and the English added to it
    asks = {label: topic["asks"] for label, topic in DETAIL_TOPICS.items()}
    # A Spanish question's "sobre", "para", "los" would match any Spanish statement word for
    # word: the lexical signals read its words without its own language's function words.
    own = " ".join(w for w in words(text) if w not in stopwords(language))
    # A question in Cyrillic or Greek letters is read for other conditions and the disease by its Latin spelling.
    transliterated = latin(text) if _OTHER_SCRIPT.search(text) else ""
    # One in Hangul, Hebrew, Arabic … by the letters of the conditions' names in those scripts.
    letters = script_key(text) if UNSPELT.search(text) else ""
    diseases = _conditions_in(spoken) or _conditions_transliterated(transliterated) or _conditions_in_script(letters)
    # "Ménière's disease" is a disease the question names, not a product no statement is about.
    disease_words = {w for d in diseases for variant in OTHER_DISEASES.get(d, (d,)) for w in variant.split()}
    mentions = tuple(m for m in subjects.mentions(text, language)
                     if not (m.kind == UNKNOWN and (set(normalise(m.text).split()) <= disease_words
                                                    or _a_word_of(m.text, language, sources)))) if text else ()
    return Query(
        text=text,
        normalised=normalised,
        words=tuple(words(f"{own} {english}")),
        content=_topic_words(own, english, language, translated, vocabulary),
        pairs=frozenset(labelled_pairs(text)),
        language=language,
        urgency=detect_urgency(text) if text else None,
        truncated=truncated,
        mentions=mentions,
        diseases=diseases,
        details=_phrases_in(spoken, asks),
        glosses=glosses,
        translated=translated,
        names_disease=_phrases_in(NEGATED_DISEASE.sub(" ", f" {spoken} "), {"ALS": DISEASE_WORDS}) != ()
        or bool(_DISEASE_TRANSLITERATED.search(transliterated)) or any(n in letters for n in _script_names()[1]),
        organisations=frozenset(subjects.organisations_in(normalised)),
        english_reading=english_reading,
        closing=bool(normalised) and (all(w in CLOSING_WORDS for w in normalised.split()) or (
            bool(THANKS_OR_BYE & set(normalised.split()))
            and all(w in CLOSING_WORDS or w in COURTESY_WORDS for w in normalised.split()))),
        written_in=written_in or None,
    )
