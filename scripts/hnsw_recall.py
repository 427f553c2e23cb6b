"""Exact against approximate (HNSW) search on an index's vectors: recall@10 and search time per question.

    .venv/bin/python scripts/hnsw_recall.py INDEX_DIR CORPUS_DOCS [--grow 50000]

The questions are generated for the corpus the benchmark wrote (synthetic.py, FICTIONAL) and
embedded with the ONNX export of the bundled model. `--grow N` adds noisy copies of the
vectors up to N (there to test a size before a corpus of it exists; near-duplicates make it
harder than real text). Prints numbers; decides nothing. See docs/PERFORMANCE.md.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import numpy as np

# The graphs measured: (M, efConstruction). (32, 80) was built above 20,000 passages until the tenth pass, (64, 200) since.
GRAPHS = ((32, 80), (64, 200))
DEPTHS = (128, 192, 256, 384, 512)


def main() -> None:
    """Measure flat search and each of GRAPHS at each efSearch of DEPTHS."""
    import faiss

    from statement_qa.embedding_onnx import OnnxEmbedder
    from statement_qa.index import load
    from statement_qa.synthetic import questions, write_corpus

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index", type=Path)
    parser.add_argument("documents", type=int, help="documents of the generated corpus the index was built from")
    parser.add_argument("--grow", type=int, default=0)
    args = parser.parse_args()
    faiss.omp_set_num_threads(1)
    index = load(args.index)
    vectors = index.vectors.reconstruct_n(0, index.vectors.ntotal)
    with tempfile.TemporaryDirectory() as folder:
        asked = [q["question"] for q in questions(write_corpus(Path(folder), args.documents), 200)]
    queries = OnnxEmbedder().embed(asked).astype(np.float32)
    rng = np.random.default_rng(0)
    parts = [vectors]
    while sum(len(p) for p in parts) < args.grow:
        noisy = vectors + rng.normal(0, 0.6 / np.sqrt(vectors.shape[1]), vectors.shape).astype(np.float32)
        parts.append(noisy / np.linalg.norm(noisy, axis=1, keepdims=True))
    data = np.vstack(parts)[: max(args.grow, len(vectors))]
    flat = faiss.IndexFlatIP(data.shape[1])
    flat.add(data)
    _, truth = flat.search(queries, 10)

    def per_question_ms(searcher) -> float:
        began = time.perf_counter()
        for query in queries[:50]:
            searcher.search(query[None], 40)
        return (time.perf_counter() - began) / 50 * 1000

    print(f"{len(data):,} vectors: exact search {per_question_ms(flat):.2f} ms a question")
    for m, construction in GRAPHS:
        graph = faiss.IndexHNSWFlat(data.shape[1], m, faiss.METRIC_INNER_PRODUCT)
        graph.hnsw.efConstruction = construction
        began = time.perf_counter()
        graph.add(data)
        print(f"HNSW M {m}, efConstruction {construction}: built in {time.perf_counter() - began:.1f} s")
        for depth in DEPTHS:
            graph.hnsw.efSearch = depth
            _, found = graph.search(queries, 10)
            recall = np.mean([len(set(a) & set(b)) / 10 for a, b in zip(truth, found)])
            print(f"  efSearch {depth}: recall@10 {recall:.4f}, {per_question_ms(graph):.3f} ms a question")


if __name__ == "__main__":
    main()
