"""Compare what ingestion extracts with tests/fixtures/expected.json (also used by test_ingest)."""
import json, re, sys
from pathlib import Path
from statement_qa.ingest import read_document

FIXTURES = Path(__file__).parent / "fixtures"

def collapse(text):
    return re.sub(r"\s+", " ", text).strip()

def differences(name, want, doc):
    found = []
    got = {"title": doc.title, "organisation": doc.organisation, "date": doc.date, "kind": doc.kind,
           "sections": [s.name for s in doc.sections], "url": doc.url}
    for key, value in got.items():
        if key in want and want[key] != value:
            found.append(f"{name}: {key} {value!r} != {want[key]!r}")
    aliases = {a.lower() for a in doc.aliases}
    for alias in want.get("aliases", []):
        if alias.lower() not in aliases:
            found.append(f"{name}: alias {alias!r} missing from {sorted(aliases)}")
    rec = doc.recommendation
    if want.get("recommendation_starts"):
        text = collapse(doc.section_text(rec)) if rec else ""
        if not text.startswith(collapse(want["recommendation_starts"])) or not text.endswith(collapse(want["recommendation_ends"])):
            found.append(f"{name}: recommendation {text[:60]!r}...{text[-60:]!r}")
    if want.get("recommendation_page") and rec:
        if doc.page_at(rec.start) != want["recommendation_page"]:
            found.append(f"{name}: recommendation page {doc.page_at(rec.start)}")
    return found

if __name__ == "__main__":
    expected = json.loads((FIXTURES / "expected.json").read_text())
    problems = []
    for name, want in expected.items():
        if "sidecar_for" in want:
            continue
        doc = read_document(FIXTURES / "corpus" / name, FIXTURES / "corpus")
        problems += differences(name, want, doc)
    print("\n".join(problems) or "all good")
