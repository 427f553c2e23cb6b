"""Which statements a question names, and which names in it no statement knows.

Product and company names are the strongest evidence there is: "astro rx", "tirasolon",
"Qu'en est-il d'AstroRx ?" all name one statement. A coined name that no statement
mentions ("tofersen") says the question is about something the corpus does not cover.
"""

from __future__ import annotations

from statement_qa.documents import Document
from statement_qa.lexicon import is_common_word, normalise, words


def stated_text(document: Document) -> str:
    """A statement's own words: title, names and sections, without the page around them.

    Page menus name other therapies ("Biogen – Tofersen") that the corpus has no statement on.
    """
    return " ".join([document.title, *document.aliases, *(document.section_text(s) for s in document.sections)])


def is_typo_of(typed: str, name: str, max_edits: int | None = None) -> bool:
    """True when `typed` is `name` with a typo or two ('tirasolon', 'velmersin').

    Words run together from several question words ('neuro said') get at most
    `max_edits`: two edits there would match names by accident ('neuroband').
    """
    from rapidfuzz.distance import Levenshtein
    from rapidfuzz.fuzz import ratio

    if max_edits is not None:
        return Levenshtein.distance(typed, name, score_cutoff=max_edits) <= max_edits
    allowed = 2 if len(name) >= 8 else 1
    return Levenshtein.distance(typed, name, score_cutoff=allowed) <= allowed or ratio(typed, name) >= (
        80 if len(name) >= 8 else 85
    )


class NameMatcher:
    """Exact and fuzzy matching of the corpus's names inside questions."""

    def __init__(self, documents: dict[str, Document]) -> None:
        self.corpus_words = frozenset(w for d in documents.values() for w in words(stated_text(d)))
        self.coined_words = frozenset(w for w in self.corpus_words if len(w) >= 5 and not is_common_word(w))
        self.names = {
            doc_id: [n for n in (normalise(a).replace(" ", "") for a in d.aliases + (d.title,)) if usable_name(n)]
            for doc_id, d in documents.items()
        }

    def scores(self, question: str) -> dict[str, float]:
        """How strongly the question names each document (1 exact, 0.9 typo, 0.8 part of a name)."""
        tokens = words(question)
        grams = {
            "".join(tokens[i : i + n]) for n in range(1, 5) for i in range(len(tokens) - n + 1)
        }
        grams = {g for g in grams if len(g) >= 4}
        scores: dict[str, float] = {}
        for doc_id, names in self.names.items():
            best = 0.0
            for name in names:
                for gram in grams:
                    if gram == name:
                        best = 1.0
                    elif len(name) >= 6 and len(gram) >= 5 and is_typo_of(
                        gram, name, max_edits=None if gram in tokens else (2 if len(gram) >= 12 else 1)
                    ):
                        best = max(best, 0.9)
                    elif len(gram) >= 6 and gram in name and len(gram) >= 0.5 * len(name):
                        best = max(best, 0.8)
            if best:
                scores[doc_id] = best
        return scores

    def unknown(self, question: str) -> list[str]:
        """Name-like words in the question that neither the corpus nor English knows ('tofersen')."""
        from rapidfuzz import process
        from rapidfuzz.fuzz import ratio

        unknown = []
        for word in words(question):
            # Drug names are long coined words; short unknown words are mostly slang or typos.
            if len(word) < 6 or word.isdigit() or word in self.corpus_words or is_common_word(word):
                continue
            # A typo of one of the corpus's own coined names ('tirasolon') is that name; a word
            # merely close to an everyday word ('nurown' ~ 'neuron') is not rescued by it.
            close = process.extractOne(word, self.coined_words, scorer=ratio, score_cutoff=80)
            if close is None:
                unknown.append(word)
        return unknown


def usable_name(compact: str) -> bool:
    """A name that is an everyday word ("position", "update") says nothing about which statement."""
    return len(compact) >= 4 and not is_common_word(compact, threshold=4.0)
