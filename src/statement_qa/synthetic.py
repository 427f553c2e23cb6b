"""Synthetic corpora of FICTIONAL position statements, for measuring speed at any size.

Every company, product, code, trial and organisation here is invented from syllables; any
resemblance to a real one is chance. The text is not advice and never goes into `corpus/`.

Each statement is a Markdown file with front matter (title, aliases), a Background and a
Recommendation section, and a signature line (organisation, month and year): about five
passages each under passages.py's 70-word grouping. Document `i` depends only on the seed
and `i`, so a corpus of 2,000 documents is the first 2,000 of one of 10,000, and a run is
reproducible byte for byte.

The questions file is in the evaluation format ({"question", "expected", "category"}):
named (a product or code), lay (what the therapy is, in everyday words) and out-of-scope
(invented names that no statement is about, small talk, general questions).
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

PASSAGES_PER_DOCUMENT = 5  # what the templates below give, on average (checked by the benchmark)

_FIRST = ("vel", "mor", "tra", "zen", "qui", "lum", "dar", "ost", "pel", "rin", "sav", "tor", "ulm", "vex", "bri",
          "cal", "dov", "fen", "gal", "hel", "jor", "kev", "lor", "nav", "oph", "pra", "rel", "sol", "tez", "wim",
          "yor", "zan", "cre", "dru", "fla", "glo", "kra", "ple", "sny", "tro")
_MIDDLE = ("a", "e", "i", "o", "u", "ar", "en", "il", "or", "um", "ax", "ev")
_ENDINGS = {
    "aso": ("rsen", "nersen", "tirsen"),
    "cells": ("cel", "gracel", "stemcel"),
    "pill": ("stat", "zolid", "mivant"),
    "gene": ("gene", "vecogene", "parvec"),
    "supplement": ("vance", "vita", "nutra"),
    "antibody": ("zumab", "limab", "tumab"),
    "device": ("stim", "pulse", "wave"),
}
_PLACE_A = ("Ash", "Bel", "Cor", "Dun", "Elm", "Fair", "Glen", "Hol", "Kes", "Lin", "Mar", "Nor", "Oak", "Pen",
            "Quar", "Ros", "Sten", "Tal", "Wyn", "Brae", "Cal", "Dray", "Fen", "Hart")
_PLACE_B = ("brook", "dale", "field", "ford", "gate", "haven", "holm", "ley", "mere", "moor", "ridge", "stead",
            "ton", "vale", "wick", "combe")
_CORPORATE = ("Therapeutics", "Biosciences", "Pharma", "Cell Sciences", "Neurotech", "Biologics", "Genomics", "Health")
_ORG_KIND = ("MND Association", "ALS Society", "MND Network", "ALS Alliance", "Motor Neurone Disease Trust",
             "ALS Patients' Union")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")

# What each kind of therapy is, in the statement's words and in a patient's.
_KINDS = {
    "aso": {
        "what": "an antisense oligonucleotide designed to lower the amount of a faulty protein made by the {gene} gene",
        "given": "by injection into the spinal fluid (intrathecal injection) every {weeks} weeks",
        "lay": "the spinal injection that switches off the faulty {gene} gene",
    },
    "cells": {
        "what": "a cell therapy made from each person's own {tissue} cells, grown and primed in a laboratory",
        "given": "by repeated injections into the spinal fluid, {doses} times over a year",
        "lay": "stem cell injections made from my own {tissue}",
    },
    "pill": {
        "what": "a small-molecule medicine said to protect motor neurones from {stress}",
        "given": "as a tablet taken by mouth {daily}",
        "lay": "a tablet that protects nerve cells from {stress}",
    },
    "gene": {
        "what": "a gene therapy that uses a harmless virus to deliver a working copy of the {gene} gene",
        "given": "once, by infusion into the spinal fluid under anaesthetic",
        "lay": "a one-off gene treatment for the {gene} gene",
    },
    "supplement": {
        "what": "a dietary supplement containing {ingredients}, sold online",
        "given": "as a powder mixed into food {daily}",
        "lay": "a supplement powder with {ingredients} sold on the internet",
    },
    "antibody": {
        "what": "a monoclonal antibody designed to clear misfolded {protein} from nerve cells",
        "given": "by intravenous infusion in hospital every {weeks} weeks",
        "lay": "a monthly hospital drip that clears {protein}",
    },
    "device": {
        "what": "a wearable device that delivers electrical stimulation to the {muscle} muscles",
        "given": "worn for {hours} hours a day at home",
        "lay": "a wearable gadget that stimulates the {muscle} muscles",
    },
}
_FILL = {
    "gene": ("SOD1", "FUS", "C9orf72", "TARDBP", "ATXN2", "KIF5A", "NEK1", "TBK1"),
    "tissue": ("bone marrow", "fat tissue", "blood", "skin"),
    "stress": ("oxidative stress", "inflammation", "excess glutamate", "mitochondrial damage"),
    "ingredients": ("creatine and ubiquinol", "curcumin and vitamin E", "a ketone ester", "green tea extract"),
    "protein": ("TDP-43", "SOD1 protein", "neurofilament", "dipeptide repeats"),
    "muscle": ("breathing", "leg", "hand", "swallowing"),
    "weeks": ("4", "6", "8", "12"),
    "doses": ("three", "four", "six"),
    "daily": ("twice a day", "once a day", "three times a day"),
    "hours": ("two", "four", "eight"),
}
_EVIDENCE = (
    ("an open-label Phase 1 study of {n} participants", "reported that the treatment was reasonably well tolerated",
     "An open-label study without a comparison group cannot show whether {product} slows the disease."),
    ("a randomised, placebo-controlled Phase 2 trial of {n} participants",
     "did not meet its primary endpoint, the rate of decline on the ALSFRS-R scale",
     "The trial did not show that {product} slows ALS/MND, and claims of benefit in subgroups need a new trial."),
    ("a Phase 3 trial of {n} participants", "reported a small difference in a secondary measure only",
     "A difference in a secondary measure alone is not enough to show that {product} works."),
    ("an online survey of {n} customers", "said that most respondents felt better after three months",
     "Surveys and testimonials cannot show whether {product} works, because there is no comparison group."),
)
_SMALL_TALK = ("hello", "thanks, that helps", "who are you?", "good morning", "what can you do?")
_GENERAL = ("How fast does ALS usually progress?", "What is the life expectancy with MND?",
            "Is ALS hereditary?", "How is motor neurone disease diagnosed?", "What causes ALS?")


@dataclass(frozen=True)
class Statement:
    """One generated statement: its file name and the names a question may use."""

    file: str
    product: str
    code: str
    company: str
    organisation: str
    lay: str


def _rng(seed: int, *parts: object) -> random.Random:
    return random.Random("|".join(str(p) for p in (seed, *parts)))


def _coined(rng: random.Random, kind: str) -> str:
    stem = rng.choice(_FIRST) + rng.choice(_MIDDLE) + rng.choice(_FIRST)[:2]
    return (stem + rng.choice(_ENDINGS[kind])).capitalize()


def organisations(seed: int, count: int = 40) -> list[str]:
    """The invented patient organisations that sign the statements."""
    rng = _rng(seed, "organisations")
    names: list[str] = []
    while len(names) < count:
        name = f"{rng.choice(_PLACE_A)}{rng.choice(_PLACE_B)} {rng.choice(_ORG_KIND)}"
        if name not in names:
            names.append(name)
    return names


def _unique_names(seed: int, count: int) -> tuple[list[str], list[str]]:
    """Products and codes for `count` statements, unique, each depending only on (seed, i)."""
    products: list[str] = []
    codes: list[str] = []
    used: set[str] = set()
    for i in range(count):
        rng = _rng(seed, "names", i)
        kind = list(_KINDS)[i % len(_KINDS)]
        while True:
            product = _coined(rng, kind)
            code = f"{rng.choice('ABCDEFGHJKLMNPRSTVWXZ')}{rng.choice('ABCDEFGHJKLMNPRSTVWXZ')}-{rng.randint(10, 9999)}"
            if product.lower() not in used and code not in used:
                used.update((product.lower(), code))
                break
        products.append(product)
        codes.append(code)
    return products, codes


def statement(seed: int, i: int, product: str, code: str, orgs: list[str]) -> tuple[Statement, str]:
    """Statement `i` and its Markdown text."""
    rng = _rng(seed, "statement", i)
    kind = list(_KINDS)[i % len(_KINDS)]
    fill = {k: rng.choice(v) for k, v in _FILL.items()}
    what = _KINDS[kind]["what"].format(**fill)
    given = _KINDS[kind]["given"].format(**fill)
    lay = _KINDS[kind]["lay"].format(**fill)
    company = f"{rng.choice(_PLACE_A)}{rng.choice(_PLACE_B)} {rng.choice(_CORPORATE)}"
    organisation = orgs[i % len(orgs)]
    study, result, verdict = rng.choice(_EVIDENCE)
    study = study.format(n=rng.randint(12, 400))
    verdict = verdict.format(product=product)
    year, month = rng.randint(2015, 2025), rng.randint(1, 12)
    file = f"{company.split()[0].lower()}-{product.lower()}.md"
    title = f"{company} – {product} ({code})"
    text = f"""---
title: "{title}"
aliases:
  - {product}
  - {code}
  - {company}
---
<!-- FICTIONAL: generated by statement_qa.synthetic for benchmarks; invented company, product and organisation. Not advice. -->

# {title}

## Background

{product} (also known as {code}) is {what}. It is being developed by {company}, which describes it as a possible treatment for ALS/MND. {product} is given {given}.

In {_MONTHS[(month + 5) % 12]} {year - 1}, {company} announced the results of {study}. The company {result}. The results have not yet been published in a peer-reviewed journal, and the full data have not been shared with independent researchers.

Some people living with ALS/MND have asked whether they can obtain {product} outside a clinical trial, through early access or by travelling abroad. {company} has said it plans further studies but has not said when they will start or which countries will take part. Side effects reported so far include headache, nausea and tiredness, and the long-term safety of {product} is not known.

## Recommendation

{verdict} The {organisation} does not recommend {product} outside a properly controlled clinical trial at this time. People interested in {product} should talk to their neurologist or care team before making any decision, and should be cautious of clinics that charge for unproven treatments.

Anyone taking part in a trial of {code} should be told clearly what is known and what is not, and should be free to leave the trial at any time. We will review this statement when new evidence is published.

**{organisation}**, {_MONTHS[month - 1]} {year}
"""
    return Statement(file, product, code, company, organisation, lay), text


def write_corpus(folder: Path, documents: int, seed: int = 0) -> list[Statement]:
    """Write `documents` fictional statements into `folder` (created); returns what was written."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    orgs = organisations(seed)
    products, codes = _unique_names(seed, documents)
    written = []
    for i in range(documents):
        made, text = statement(seed, i, products[i], codes[i], orgs)
        path = folder / made.file
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
        written.append(made)
    return written


def questions(statements: list[Statement], count: int = 60, seed: int = 0) -> list[dict]:
    """Questions in the evaluation format: about 40% named, 30% lay, 30% out of scope."""
    rng = _rng(seed, "questions", len(statements))
    known = {s.product.lower() for s in statements} | {s.code for s in statements}
    rows: list[dict] = []
    for n in range(count):
        share = n % 10
        if share < 4 and statements:
            s = rng.choice(statements)
            text = rng.choice((f"Is {s.product} proven?", f"What does the {s.organisation} say about {s.code}?",
                               f"{s.product} evidence", f"should i try {s.product.lower()} from {s.company}"))
            rows.append({"question": text, "expected": s.file, "category": "named"})
        elif share < 7 and statements:
            s = rng.choice(statements)
            rows.append({"question": f"Is {s.lay} worth trying?", "expected": s.file, "category": "lay"})
        else:
            kind = rng.choice(list(_KINDS))
            name = _coined(rng, kind)
            while name.lower() in known:
                name = _coined(rng, kind)
            text = rng.choice((f"Is {name} proven for ALS?", rng.choice(_SMALL_TALK), rng.choice(_GENERAL)))
            rows.append({"question": text, "expected": None, "category": "out_of_scope"})
    return rows


def write_questions(path: Path, rows: list[dict]) -> None:
    """Write questions as JSON Lines."""
    Path(path).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
