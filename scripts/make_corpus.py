#!/usr/bin/env python
"""Write a synthetic corpus of FICTIONAL statements and a matching questions file.

    .venv/bin/python scripts/make_corpus.py 2000 /tmp/corpus-2k --questions /tmp/questions-2k.jsonl --seed 0

Every company, product and organisation is invented (statement_qa/synthetic.py); the corpus is
for benchmarks only and never goes into corpus/. Same seed and size: the same files, byte for byte.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from statement_qa.synthetic import questions, write_corpus, write_questions


def main() -> None:
    """Parse the arguments and write the corpus (and questions)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("documents", type=int, help="number of statements (about 5 passages each)")
    parser.add_argument("folder", type=Path, help="folder to write the Markdown files into (created)")
    parser.add_argument("--questions", type=Path, help="also write a questions file (JSON Lines) here")
    parser.add_argument("--count", type=int, default=60, help="number of questions (default: 60)")
    parser.add_argument("--seed", type=int, default=0, help="seed (default: 0)")
    args = parser.parse_args()
    statements = write_corpus(args.folder, args.documents, args.seed)
    print(f"Wrote {len(statements)} fictional statements into {args.folder}/.")
    if args.questions:
        write_questions(args.questions, questions(statements, args.count, args.seed))
        print(f"Wrote {args.count} questions to {args.questions}.")


if __name__ == "__main__":
    main()
