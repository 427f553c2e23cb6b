"""Embedding models side by side on retrieval ranking: dense-only hit@1 and MRR per document.

Usage:
    .venv/bin/python scripts/compare_models.py [--models M ...] [--set NAME=QUESTIONS:CORPUS ...]
                                               [--hybrid] [--json] [--cache DIR]

For every question set with expected documents (dev and validation over tests/fixtures/corpus,
the independent set, and blind-a / blind-b when their questions exist), each model's index
is built with `statement_qa.index.build`; a document's dense score is its best passage's
cosine similarity to the question (questions through `embed_query` when the model has it).
hit@1 and MRR are over in-scope questions, overall and per language (the question's
"language" field, else `detect_language`). Out-of-scope questions (expected null) only feed
the score distribution: how far apart the top cosine of answerable and unanswerable
questions lies (ROC AUC), which says how much a threshold on the dense score can decide.
`--hybrid` also ranks with the current Retriever (names, coverage, BM25 and dense fused).
This measures ranking only, never the answer policy.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures"
DEFAULT_MODELS = ("all-MiniLM-L6-v2", "multilingual-e5-small")
DEFAULT_SETS = (
    ("dev", FIXTURES / "questions" / "dev.jsonl", FIXTURES / "corpus"),
    ("validation", FIXTURES / "questions" / "validation.jsonl", FIXTURES / "corpus"),
    ("independent", FIXTURES / "independent" / "questions.jsonl", FIXTURES / "independent" / "corpus"),
    ("blind-a", FIXTURES / "blind-a" / "questions.jsonl", FIXTURES / "blind-a" / "corpus"),
    ("blind-b", FIXTURES / "blind-b" / "questions.jsonl", FIXTURES / "blind-b" / "corpus"),
)


@dataclass(frozen=True)
class Question:
    """One question, the names of the documents that answer it (empty: none), its language and kind."""

    text: str
    expected: tuple[str, ...]
    language: str
    category: str


@dataclass
class Tally:
    """Reciprocal ranks of in-scope questions; hit@1 and MRR come from them."""

    ranks: list[float] = field(default_factory=list)

    def add(self, rank: int | None) -> None:
        self.ranks.append(1.0 / rank if rank else 0.0)

    def summary(self) -> dict:
        n = len(self.ranks)
        return {
            "n": n,
            "hit_at_1": round(sum(r == 1.0 for r in self.ranks) / n, 3) if n else None,
            "mrr": round(sum(self.ranks) / n, 3) if n else None,
        }


class QueriesAsEmbed:
    """Hands an embedder to code that calls `embed` for questions, so they get the query side."""

    def __init__(self, embedder, scale: float = 1.0) -> None:
        self._embedder = embedder
        self._scale = scale  # multiplies every cosine of a question alike: spreads a compressed model's scores
        self.model_id = embedder.model_id
        self.weights_sha256 = embedder.weights_sha256
        self.dimension = embedder.dimension

    def embed(self, texts):
        return self._scale * getattr(self._embedder, "embed_query", self._embedder.embed)(texts)


def read_questions(path: Path) -> list[Question]:
    """A question file's rows (the same JSON Lines as `statement-qa eval` reads)."""
    from statement_qa.language import detect_language

    questions = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        expected = [row["expected"], *(row.get("acceptable") or [])] if row.get("expected") else []
        questions.append(Question(
            row["question"],
            tuple(expected),
            row.get("language") or detect_language(row["question"]),
            row.get("category") or row.get("type") or "",
        ))
    return questions


def document_ids(index) -> dict[str, str]:
    """Every name a question file may use for a document (id, file, duplicate file) → its id."""
    from statement_qa.ingest import document_id

    ids = {}
    for document in index.documents.values():
        for name in (document.id, document.source, *document.duplicates):
            ids[name] = document.id
            ids[document_id(name)] = document.id
    return ids


def dense_document_ranking(index, question_vectors: np.ndarray) -> list[list[tuple[str, float]]]:
    """Per question, documents ordered by their best passage's cosine similarity."""
    total = index.vectors.ntotal
    scores, ids = index.vectors.search(np.ascontiguousarray(question_vectors, dtype=np.float32), total)
    rankings = []
    for row_scores, row_ids in zip(scores, ids):
        best: dict[str, float] = {}
        for score, passage_id in zip(row_scores, row_ids):
            if passage_id < 0:
                continue
            doc_id = index.passages[passage_id].doc_id
            if doc_id not in best:  # FAISS returns passages best first
                best[doc_id] = float(score)
        rankings.append(sorted(best.items(), key=lambda item: (-item[1], item[0])))
    return rankings


def rank_of(ranking: list[str], expected: set[str]) -> int | None:
    """1-based rank of the first expected document, None when none is ranked."""
    return next((i for i, doc_id in enumerate(ranking, 1) if doc_id in expected), None)


def roc_auc(positive: list[float], negative: list[float]) -> float | None:
    """Probability that an answerable question's top score beats an unanswerable one's."""
    if not positive or not negative:
        return None
    pos, neg = np.asarray(positive)[:, None], np.asarray(negative)[None, :]
    return round(float(((pos > neg).sum() + 0.5 * (pos == neg).sum()) / (pos.size * neg.size)), 3)


def percentiles(values: list[float]) -> dict:
    if not values:
        return {}
    p = np.percentile(values, [5, 50, 95])
    return {"min": round(float(min(values)), 3), "p5": round(float(p[0]), 3), "p50": round(float(p[1]), 3),
            "p95": round(float(p[2]), 3), "max": round(float(max(values)), 3)}


def evaluate_set(name: str, questions: list[Question], corpus: Path, embedder, cache: Path, hybrid: bool,
                 misses: bool = False, scale: float = 1.0) -> dict:
    """One model on one question set: dense (and hybrid) rank tallies and score distributions."""
    from statement_qa.index import build, load

    folder = cache / f"{embedder.model_id.replace('/', '_')}--{corpus.resolve().as_posix().replace('/', '_')}"
    started = time.perf_counter()
    report = build(corpus, folder, embedder)
    built = time.perf_counter() - started
    index = load(folder, embedder)
    ids = document_ids(index)
    embed_query = getattr(embedder, "embed_query", embedder.embed)
    started = time.perf_counter()
    vectors = np.vstack([embed_query([q.text]) for q in questions])  # one at a time, as `ask` does
    per_question_ms = 1000 * (time.perf_counter() - started) / max(1, len(questions))
    rankings = dense_document_ranking(index, vectors)
    retriever = None
    if hybrid:
        from statement_qa.retrieval import Retriever

        retriever = Retriever(index, QueriesAsEmbed(embedder, scale), mode="hybrid")

    tallies: dict[str, dict[str, Tally]] = {"dense": {}, "hybrid": {}}
    answerable, unanswerable, correct_top, all_cosines, unresolved, missed = [], [], [], [], [], []
    for question, ranking, vector in zip(questions, rankings, vectors):
        top = ranking[0][1] if ranking else float("nan")
        all_cosines.extend(score for _, score in ranking)
        if not question.expected:
            unanswerable.append(top)
            continue
        answerable.append(top)
        expected = {ids.get(n) for n in question.expected} - {None}
        if not expected:
            unresolved.append(question.expected[0])
        groups = ("all", f"lang:{question.language}", f"category:{question.category}")
        dense_rank = rank_of([d for d, _ in ranking], expected)
        if dense_rank == 1:
            correct_top.append(top)
        elif misses:
            missed.append({"question": question.text, "language": question.language, "expected": sorted(expected),
                           "got": ranking[0][0] if ranking else None, "rank": dense_rank})
        for group in groups:
            tallies["dense"].setdefault(group, Tally()).add(dense_rank)
        if retriever is not None:
            hybrid_rank = rank_of([hit.doc_id for hit in retriever.rank(question.text)], expected)
            for group in groups:
                tallies["hybrid"].setdefault(group, Tally()).add(hybrid_rank)
    return {
        "set": name,
        "model": embedder.model_id,
        "documents": report.documents,
        "passages": report.passages,
        "build_seconds": round(built, 2),
        "question_ms": round(per_question_ms, 1),
        "hybrid_dense_scale": scale,
        "out_of_scope": len(unanswerable),
        "unresolved_expected": sorted(set(unresolved)),
        "dense_misses": missed,
        "dense": {group: tally.summary() for group, tally in sorted(tallies["dense"].items())},
        "hybrid": {group: tally.summary() for group, tally in sorted(tallies["hybrid"].items())},
        "scores": {
            "top_in_scope": percentiles(answerable),
            "top_correct": percentiles(correct_top),
            "top_out_of_scope": percentiles(unanswerable),
            "all_documents": percentiles(all_cosines),
            "auc_in_vs_out": roc_auc(answerable, unanswerable),
        },
    }


def table(results: list[dict], models: list[str], retriever: str) -> list[str]:
    """Markdown rows: set, language, n, then hit@1 / MRR per model."""
    short = {m: m.replace("all-MiniLM-L6-v2", "MiniLM").replace("multilingual-e5-small", "e5-small") for m in models}
    header = "| set | questions | " + " | ".join(f"{short[m]} hit@1 | {short[m]} MRR" for m in models) + " |"
    lines = [header, "|" + " --- |" * (2 + 2 * len(models))]
    by_key = {(r["set"], r["model"]): r for r in results}
    for set_name in dict.fromkeys(r["set"] for r in results):
        groups = [g for g in by_key[(set_name, models[0])][retriever] if g == "all" or g.startswith("lang:")]
        for group in sorted(groups, key=lambda g: (g != "all", g)):
            n = by_key[(set_name, models[0])][retriever][group]["n"]
            cells = []
            for m in models:
                row = by_key[(set_name, m)][retriever].get(group, {})
                cells.append(f"{row.get('hit_at_1', 0):.3f} | {row.get('mrr', 0):.3f}")
            label = set_name if group == "all" else f"  {group[5:]}"
            lines.append(f"| {label} | {n} | " + " | ".join(cells) + " |")
    return lines


def distribution_table(results: list[dict], models: list[str]) -> list[str]:
    """Per set and model: top cosine of in-scope vs out-of-scope questions, and their AUC."""
    lines = [("| set | model | top cosine, in scope (p5 / p50 / p95) | top cosine, out of scope (p5 / p50 / p95) "
             "| all question–document cosines (p5 / p50 / p95) | AUC in vs out |"),
             "| --- | --- | --- | --- | --- | --- |"]
    for r in results:
        s = r["scores"]

        def span(d: dict) -> str:
            return f"{d['p5']:.2f} / {d['p50']:.2f} / {d['p95']:.2f}" if d else "–"

        auc = f"{s['auc_in_vs_out']:.3f}" if s["auc_in_vs_out"] is not None else "–"
        lines.append(f"| {r['set']} | {r['model']} | {span(s['top_in_scope'])} | {span(s['top_out_of_scope'])} "
                     f"| {span(s['all_documents'])} | {auc} |")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--models", nargs="+", default=list(DEFAULT_MODELS), help="names or folders for make_embedder")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=QUESTIONS:CORPUS",
                        help="an extra question set; only these when given")
    parser.add_argument("--hybrid", action="store_true", help="also rank with the current hybrid Retriever")
    parser.add_argument("--scale", action="append", default=[], metavar="MODEL=FACTOR",
                        help="in --hybrid, multiply MODEL's cosines by FACTOR (a compressed model's spread)")
    parser.add_argument("--from-json", type=Path, default=None, metavar="FILE",
                        help="print the tables of an earlier --json run instead of measuring")
    parser.add_argument("--json", action="store_true", help="print the full results as JSON")
    parser.add_argument("--misses", action="store_true",
                        help="list dense misses in --json (leave off for held-out sets you must not study)")
    parser.add_argument("--cache", type=Path, default=None, help="folder for the indexes (default: a temporary one)")
    args = parser.parse_args(argv)

    if args.from_json:
        saved = json.loads(args.from_json.read_text(encoding="utf-8"))
        print_tables(saved["results"], saved["models"], any(r["hybrid"] for r in saved["results"]))
        return 0

    from statement_qa.embedding import make_embedder

    sets = []
    for spec in args.set:
        name, _, paths = spec.partition("=")
        questions, _, corpus = paths.partition(":")
        sets.append((name, Path(questions), Path(corpus)))
    if not sets:
        sets = [s for s in DEFAULT_SETS if s[1].is_file() and s[2].is_dir()]
        missing = [s[0] for s in DEFAULT_SETS if s not in sets]
        if missing:
            print(f"skipped (no questions or corpus yet): {', '.join(missing)}", file=sys.stderr)

    cache_root = args.cache or Path(tempfile.mkdtemp(prefix="compare-models-"))
    results = []
    embedders = [make_embedder(m) for m in args.models]
    scales = {model: float(factor) for model, _, factor in (spec.partition("=") for spec in args.scale)}
    models = [e.model_id for e in embedders]
    for name, questions_path, corpus in sets:
        questions = read_questions(questions_path)
        for embedder in embedders:
            print(f"{name}: {embedder.model_id} …", file=sys.stderr)
            results.append(evaluate_set(name, questions, corpus, embedder, cache_root, args.hybrid, args.misses,
                                        scales.get(embedder.model_id, 1.0)))

    if args.json:
        print(json.dumps({"models": models, "results": results}, indent=1, ensure_ascii=False))
        return 0
    print_tables(results, models, args.hybrid)
    for r in results:
        if r["unresolved_expected"]:
            print(f"warning: {r['set']}: expected documents not in the index: {r['unresolved_expected']}", file=sys.stderr)
    return 0


def print_tables(results: list[dict], models: list[str], hybrid: bool) -> None:
    """The three tables: dense ranking, hybrid ranking, score distributions; then speed."""
    print("Dense only: a document's score is its best passage's cosine similarity.\n")
    print("\n".join(table(results, models, "dense")))
    if hybrid:
        print("\nHybrid (the current Retriever's fusion of dense, names, coverage and BM25):\n")
        print("\n".join(table(results, models, "hybrid")))
    print("\nScore distributions (dense):\n")
    print("\n".join(distribution_table(results, models)))
    print("\nSpeed (this machine): " + "; ".join(
        f"{r['set']} {r['model']}: build {r['build_seconds']} s for {r['passages']} passages, "
        f"{r['question_ms']} ms a question" for r in results))


if __name__ == "__main__":
    sys.exit(main())
