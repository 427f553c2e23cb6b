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
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def test_normalise_is_its_definition():
    rng = random.Random(11)
    alphabet = "aAbZ09 -_.,’®™éÉçÇñÑüßẞİıſ\u212aÅ\u0301\u0308ǅﬁ①²ΩωДд漢\t\n"
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
        ("Made by Acme Therapeutics inc.", "Acme", True),
        ("Made by Acme therapeutics.", "Acme", True),
        ("Made by Acme Northern Star bio in 2020.", "Acme", True),
        ("Made by Acme Therapeutics.", "Acme", False),  # the corporate words are matched as written
        ("Made by acme therapeutics.", "Acme", False),
        ("Made by xAcme therapeutics.", "Acme", False),
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
