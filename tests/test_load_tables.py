"""What retrieval works out at load is the same, however fast it is worked out.

The faster paths (names checked at fixed places instead of a pattern per name, ASCII
normalised without decomposition) are compared with the plain definitions they replace.
"""

from __future__ import annotations

import random
import re
import unicodedata

import pytest

from conftest import FIXTURES
from statement_qa.ingest import read_corpus
from statement_qa.lexicon import normalise
from statement_qa.subjects import _CompanyContext, _said_company


def _normalise_by_definition(text: str) -> str:
    for letter, plain in {"ł": "l", "Ł": "L", "ß": "ss", "ẞ": "SS", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE",
                          "œ": "oe", "Œ": "OE", "đ": "d", "Đ": "D", "ı": "i", "ð": "d", "Ð": "D", "þ": "th",
                          "Þ": "Th"}.items():
        text = text.replace(letter, plain)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def test_normalise_is_its_definition():
    rng = random.Random(11)
    alphabet = "aAbZ09 -_.,’®™éÉçÇñÑüßẞİıſ\u212aÅ\u0301\u0308ǅﬁ①²ΩωДд漢\t\nłŁøæœđðÐþÞ"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert normalise(text) == _normalise_by_definition(text), repr(text)


# Fictional names and companies, written for this test.
@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Acme is a biotech company based in Ruritania.", "Acme", True),
        ("ACME, is an innovative small start-up firm.", "acme", True),
        ("Acme® is a Ruritanian developer of gene therapy.", "Acme", True),
        ("Acmeology is a company.", "Acme", False),
        ("The sponsor, a company called Acme, said so.", "Acme", True),
        ("The company acme ran the trial.", "ACME", True),
        ("The company Acmex ran the trial.", "Acme", False),
        ("Trial run by Acme Therapeutics Inc.", "Acme", True),
        ("Trial run by Acme Northern Star Bio in 2020.", "Acme", True),
        ("Trial run by Acme Therapeutics.", "Acme", True),  # a capitalised corporate word ends a company's name
        ("Results in the Acme therapeutics arm.", "Acme", False),  # written small, it is not part of a name
        ("Results in the Acme group were better.", "Acme", False),  # a trial's treatment group
        ("Trial run by acme Therapeutics.", "Acme", False),  # the corporate word follows the name as written
        ("Trial run by xAcme Therapeutics.", "Acme", False),
        ("Made by Acme therapeutics.", "Acme", True),  # made by: the company follows
        ("It is developed by **Acme Bio** in Ruritania.", "Acme Bio", True),
        ("developed by the Acme lab", "Acme", True),
        ("Acme also makes Zentrofil, a migraine medicine.", "Acme", True),
        ("Acme makes Zentrofil.", "Acme", False),
        ("Made by xAcme therapeutics.", "Acme", False),
        ("It was developed by The Acme Company in 2019.", "The Acme Company", True),  # 'the' is part of the name
        ("It was developed by the Acme lab.", "the Acme", True),
        ("It is made by __Acme__.", "Acme", False),  # an underscore is a word character: the name does not end a word
        ("It is made by 'Acme'.", "Acme", True),
        ("It is made by ***Acme.", "Acme", False),  # no more than two marks
        ("It was developed by called Acme.", "Acme", False),  # 'called' follows 'company', not 'developed by'
        ("Acme_ also makes Zentrofil.", "Acme", False),
        ("Acme, also makes Zentrofil.", "Acme", False),
        ('"Acme" also makes Zentrofil.', "Acme", True),
        ("Lumagene-7 is a gene therapy.", "Lumagene-7", False),
        ("Lumagene-7 is a gene therapy company.", "Lumagene-7", True),
        ("\u212acme is a company.", "kcme", True),  # the Kelvin sign folds to k under re.IGNORECASE
        ("(AC-12) is a company.", "(AC-12)", False),
        ("Acme Bio is a company.", "Acme Bio", True),
        ("Acme", "Acme", False),
        ("firm called", "called", True),
    ],
)
def test_a_name_said_to_be_a_company(text, name, expected):
    assert _said_company(name, text) is expected
    assert _CompanyContext(text).says_company(name) is expected


@pytest.mark.parametrize("corpus", ["corpus", "blind-a/corpus", "blind-b/corpus"])
def test_company_places_agree_with_the_patterns_on_fixture_statements(corpus):
    documents, _ = read_corpus(FIXTURES / corpus)
    checked = 0
    for document in documents:
        context = _CompanyContext(document.text)
        names = set(document.aliases) | set(re.findall(r"\b[A-Z][\w-]+(?: [A-Z][\w-]+)?", document.text))
        for name in sorted(names):
            assert context.says_company(name) == _said_company(name, document.text), (document.id, name)
            checked += 1
    assert checked > 100


def _resolve_status_pairwise(documents):
    """resolve_status as first written: every pair of one group's statements compared, for reference."""
    from dataclasses import replace

    from statement_qa.documents import CURRENT, STATEMENT, SUPERSEDED, WITHDRAWN
    from statement_qa.subjects import SubjectIndex
    from statement_qa.supersession import _organisation

    by_id = {d.id: d for d in documents}
    index = SubjectIndex(documents)
    successor = {}
    for document in documents:
        for replaced_id in document.supersedes:
            if replaced_id in by_id and replaced_id != document.id:
                successor[replaced_id] = document.id
        if document.superseded_by and document.superseded_by in by_id:
            successor[document.id] = document.superseded_by
    statements = [d for d in documents if d.kind == STATEMENT and d.status != WITHDRAWN and _organisation(d) and d.date]

    def subject_keys(document):
        keys = {key for key, owners in index.by_key.items() if owners.get(document.id) == "product"}
        return keys or {"title:" + re.sub(r"\b(?:19|20)\d\d\b", "", normalise(document.title)).strip()}

    keys = {d.id: subject_keys(d) for d in statements}
    for newer in statements:
        for older in statements:
            if (older.id in successor or older.id == newer.id or not keys[older.id] & keys[newer.id]
                    or not (older.date or "") < (newer.date or "")
                    or (_organisation(older), older.language or "") != (_organisation(newer), newer.language or "")):
                continue
            successor[older.id] = newer.id

    def newest(doc_id):
        seen = {doc_id}
        while doc_id in successor and successor[doc_id] not in seen:
            doc_id = successor[doc_id]
            seen.add(doc_id)
        return doc_id

    replaced = {}
    for old_id, new_id in successor.items():
        replaced.setdefault(new_id, []).append(old_id)
    resolved = []
    for document in documents:
        if document.status == WITHDRAWN:
            resolved.append(document)
        elif document.id in successor:
            resolved.append(replace(document, status=SUPERSEDED, superseded_by=newest(document.id)))
        else:
            supersedes = tuple(sorted(set(document.supersedes) | set(replaced.get(document.id, ()))))
            status = CURRENT if document.status != SUPERSEDED else SUPERSEDED
            resolved.append(replace(document, status=status, supersedes=supersedes))
    return resolved


@pytest.mark.parametrize("corpus", ["corpus", "blind-a/corpus", "blind-b/corpus"])
def test_supersession_by_shared_subjects_is_the_pairwise_comparison(corpus):
    from statement_qa.supersession import resolve_status

    documents, _ = read_corpus(FIXTURES / corpus)
    assert resolve_status(documents) == _resolve_status_pairwise(documents)


def test_supersession_on_many_versions_is_the_pairwise_comparison(tmp_path):
    """Several organisations' versions of the same products, in shuffled order (FICTIONAL statements)."""
    from dataclasses import replace

    from statement_qa.supersession import resolve_status
    from statement_qa.synthetic import write_corpus

    write_corpus(tmp_path / "c", 30, seed=3)
    documents, _ = read_corpus(tmp_path / "c")
    rng = random.Random(5)
    versions = []
    for n, document in enumerate(documents):
        for year in ("2019", "2021", "2023")[: 1 + n % 3]:
            versions.append(replace(document, id=f"{document.id}-{year}", date=f"{year}-0{1 + n % 9}",
                                    organisation=documents[n % 4].organisation))
    rng.shuffle(versions)
    resolved = resolve_status(versions)
    assert resolved == _resolve_status_pairwise(versions)
    assert sum(d.status == "superseded" for d in resolved) > 10


def test_fuzzy_matches_over_names_near_in_length_are_those_over_all_names(tmp_path):
    """Typos of the names, and other words, matched as `mentions` does: over all names, over those near in
    length, and over those the substring filter lets through (`_within_edits`, one and two edits)."""
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein
    from rapidfuzz.fuzz import ratio

    from statement_qa.subjects import SubjectIndex
    from statement_qa.synthetic import write_corpus

    write_corpus(tmp_path / "c", 60, seed=7)
    documents = [*read_corpus(tmp_path / "c")[0], *read_corpus(FIXTURES / "blind-b" / "corpus")[0]]
    index = SubjectIndex(documents)
    rng = random.Random(3)
    letters = "abcdefghijklmnopqrstuvwxyz"
    probes = set(rng.sample(sorted(index.vocabulary), 300))
    for word in [*index.keys, *rng.sample(index.coined, min(200, len(index.coined)))]:
        i = rng.randrange(len(word))
        j = rng.randrange(len(word))
        probes |= {word, word[:i] + word[i + 1 :], word[:i] + rng.choice(letters) + word[i + 1 :],
                   word[:i] + rng.choice(letters) + word[i:], word + rng.choice(letters) * 2, word[:-3],
                   (word[:i] + rng.choice(letters) + word[i + 1 :])[:j] + (word[:i] + rng.choice(letters) + word[i + 1 :])[j + 1 :]}
    matched = 0
    for probe in sorted(p for p in probes if len(p) >= 3):
        for allowed in (1, 2):
            near = index._near_in_length("keys", len(probe) - allowed, len(probe) + allowed)
            over_all = process.extractOne(probe, index.keys, scorer=Levenshtein.distance, score_cutoff=allowed)
            found = process.extractOne(probe, near, scorer=Levenshtein.distance, score_cutoff=allowed)
            # The name and its distance (`mentions` reads only those; the position is in another list).
            assert (found and found[:2]) == (over_all and over_all[:2]), probe
            filtered = index._within_edits(probe, allowed)
            assert set(filtered) <= set(near) and len(filtered) <= len(near)
            found = process.extractOne(probe, filtered, scorer=Levenshtein.distance, score_cutoff=allowed)
            assert (found and found[:2]) == (over_all and over_all[:2]), (probe, allowed)
            matched += over_all is not None
        near = index._near_in_length("coined", (2 * len(probe)) // 3, (3 * len(probe) + 1) // 2)
        over_all = process.extractOne(probe, index.coined, scorer=ratio, score_cutoff=80)
        assert (process.extractOne(probe, near, scorer=ratio, score_cutoff=80) is None) == (over_all is None), probe
    assert matched > 100
