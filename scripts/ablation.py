"""Each part of hybrid retrieval switched off in turn, thresholds re-calibrated on dev each time.

Usage: .venv/bin/python scripts/ablation.py INDEX_DIR   (an index of tests/fixtures/corpus)
Prints dev and validation numbers per variant: what each part contributes.
"""

import sys
from pathlib import Path

from statement_qa import answer, names, retrieval
from statement_qa.answer import Assistant
from statement_qa.embedding import SentenceTransformerEmbedder
from statement_qa.evaluation import calibrate, evaluate, load_questions
from statement_qa.index import load

QUESTIONS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "questions"
VARIANTS = {
    "hybrid (all parts)": {},
    "without name matching": {"NAME_WEIGHT": 0.0, "NAME_HIT": 9.0},
    "without word coverage": {"COVERAGE_WEIGHT": 0.0},
    "without BM25": {"LEXICAL_WEIGHT": 0.0},
    "without the lead over the next statement": {"LEAD_WEIGHT": 0.0},
    "without the unknown-name rule": {"unknown": lambda self, question: []},
}


def main(index_dir: str) -> None:
    embedder = SentenceTransformerEmbedder()
    index = load(Path(index_dir), embedder)
    originals = {name: getattr(retrieval, name, None) for name in ("NAME_WEIGHT", "COVERAGE_WEIGHT", "LEXICAL_WEIGHT")}
    originals.update(NAME_HIT=answer.NAME_HIT, LEAD_WEIGHT=answer.LEAD_WEIGHT,
                     unknown=names.NameMatcher.unknown)
    for label, changes in VARIANTS.items():
        for name, value in {**originals, **changes}.items():
            if name == "unknown":
                names.NameMatcher.unknown = value
            elif name in ("NAME_HIT", "LEAD_WEIGHT"):
                setattr(answer, name, value)
            else:
                setattr(retrieval, name, value)
        assistant = Assistant(index, embedder)
        dev = load_questions(QUESTIONS / "dev.jsonl", assistant)
        assistant.threshold = calibrate(assistant, dev, "dev")
        for name in ("dev", "validation"):
            report = evaluate(assistant, load_questions(QUESTIONS / f"{name}.jsonl", assistant))
            print(f"{label:<42} {name:<10} hit@1 {report.hit_at_1:.3f}  out-of-scope declined "
                  f"{report.declined_out_of_scope:.3f}  wrongly declined {report.wrongly_declined:.3f}")


if __name__ == "__main__":
    main(sys.argv[1])
