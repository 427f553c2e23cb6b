"""The `statement-qa` command: build, list, ask, eval, calibrate, serve.

Each command reads its arguments, calls one library function and prints the result.
Errors a user can act on are one line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from statement_qa.errors import StatementQAError

DEFAULT_CORPUS = Path("corpus")
DEFAULT_INDEX = Path("index")


def _err(message: str) -> None:
    print(message, file=sys.stderr)


def cmd_build(args: argparse.Namespace) -> int:
    from statement_qa.embedding import make_embedder
    from statement_qa.index import build
    from statement_qa.settings import Settings, read_settings

    embedder = make_embedder(args.model)
    bars = []

    def on_total(total: int) -> None:
        # A bar only when there is embedding to wait for (none on an unchanged corpus).
        if total and not args.quiet:
            from tqdm import tqdm

            bars.append(tqdm(total=total, unit="passage", desc="Embedding", file=sys.stderr, leave=False))

    report = build(
        args.corpus, args.index, embedder,
        settings=(read_settings(args.settings) if args.settings else Settings()).to_dict(),
        progress=lambda n: bars[0].update(n) if bars else None, on_total=on_total,
        max_file_bytes=int(args.max_file_mb * 1_000_000),
    )
    for bar in bars:
        bar.close()
    print(report.summary(args.index))
    for duplicate, original in report.duplicates:
        print(f"Same content: {duplicate} is indexed once, as {original}.")
    for skipped in report.skipped:
        print(f"Skipped {skipped.source}: {skipped.reason}")
    if report.skipped and args.strict:
        _err(f"{len(report.skipped)} file(s) could not be indexed (--strict).")
        return 1
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from statement_qa.index import load

    index = load(args.index)
    for document in index.documents.values():
        if args.json:
            print(json.dumps(document.summary(), ensure_ascii=False))
        else:
            details = ", ".join(p for p in (document.organisation, document.date, document.kind) if p)
            print(f"{document.id}\t{document.title} ({details})\t{document.source}")
    return 0


def format_answer(answer, old_after_years: int = 3) -> str:
    """An answer as plain text for a terminal or a helpline screen, rendered from its fields."""
    from statement_qa.answer import ANSWERED, citation_text, month_year
    from statement_qa.i18n import t
    from statement_qa.ui_html import age_note

    language = answer.language
    if answer.outcome != ANSWERED:
        lines = [answer.message]
        if answer.related:
            lead = t("ambiguous_heading" if answer.ambiguous else "decline_related", language)
            lines.append(lead + " " + "; ".join(r.title for r in answer.related))
        return "\n".join(lines)
    lines = [answer.message, ""]
    lines += [f"“{excerpt.text}”" for excerpt in answer.excerpts] or [f"“{answer.quote}”"]
    lines += ["", f"Source: {citation_text(answer.statement, language)}"]
    if answer.statement.reviewed:  # the issue date is in the citation already
        lines.append(t("last_reviewed", language, when=month_year(answer.statement.reviewed, language)) + ".")
    old = age_note(answer.statement, language, years=old_after_years)
    if old:
        lines.append(old)
    for replaced in answer.replaces:
        lines.append(t("replaces", language, when=month_year(replaced.date, language) or replaced.title))
    if answer.alternatives:
        lines.append("Also matching: " + "; ".join(a.title for a in answer.alternatives))
    lines.append(t("disclaimer", language))
    return "\n".join(lines)


def _ask_corpus(args: argparse.Namespace) -> Path | None:
    """The corpus `ask` compares the index with (and builds from only when it is the user's choice).

    --corpus given: that folder. An existing index: the corpus recorded in its manifest. No
    index: corpus/ only for the default index/ (first use); a mistyped --index is never built.
    """
    from statement_qa.errors import IndexProblem
    from statement_qa.index import CURRENT, recorded_corpus

    index = Path(args.index)
    if index.exists() and not index.is_dir():
        raise IndexProblem(f"No index in {index}: it is a file, not an index folder.")
    if args.corpus is not None:
        return args.corpus
    if (index / CURRENT).exists():
        return recorded_corpus(index)
    if index == DEFAULT_INDEX:
        return DEFAULT_CORPUS
    raise IndexProblem(f"No index in {index}/; run `statement-qa build --index {index}` first, "
                       "or pass --corpus to build it from a folder.")


def _stdin_questions():
    """Lines of stdin as text; bytes that are not UTF-8 become U+FFFD rather than an error."""
    import io

    stream = getattr(sys.stdin, "buffer", None)
    lines = io.TextIOWrapper(stream, encoding="utf-8", errors="replace") if stream else sys.stdin
    for line in lines:
        yield line.strip()


def cmd_ask(args: argparse.Namespace) -> int:
    from statement_qa.answer import open_assistant
    from statement_qa.limits import clean_question

    if args.question is not None and not clean_question(args.question)[0]:
        _err("The question is empty; ask something like: statement-qa ask \"Is <therapy> proven?\"")
        return 2
    assistant = open_assistant(args.index, _ask_corpus(args), args.model, args.retriever, notice=_err)
    questions = [args.question] if args.question is not None else _stdin_questions()
    first, failed = True, 0
    about = earlier = None  # with --conversation, the statement the previous answer was about, the last one answered
    for number, question in enumerate(questions, 1):
        if not clean_question(question)[0]:
            continue
        # One bad line never loses the rest of a batch: say what failed, go on.
        try:
            answer = assistant.answer(question, about=about, earlier=earlier)
            if args.conversation:
                about = answer.about
                earlier = about or earlier
            if args.json:
                shown = json.dumps(answer.to_json(), ensure_ascii=False)
            else:
                shown = ("" if first else "\n") + format_answer(answer, assistant.settings.old_after_years)
            print(shown.encode("utf-8", "replace").decode("utf-8"), flush=True)
        except Exception as exc:  # noqa: BLE001 - whatever one line does, the next ones are still answered
            failed += 1
            detail = " ".join(str(exc).split())[:200] or type(exc).__name__
            _err(f"error: question {number} could not be answered ({detail})")
            continue
        first = False
    return 1 if failed else 0


def _pct(value: float | None) -> str:
    return "  –  " if value is None else f"{value:.3f}"


def format_report(report) -> str:
    """An evaluation report as a table: overall, per category, per language."""
    head = (f"{'group':<18} {'n':>4} {'hit@1':>6} {'MRR':>6} {'declined':>8} {'wrongly':>8} "
            f"{'urgent':>6} {'not-cov':>7} {'wrong-st':>8}")
    lines = [f"retriever {report.retriever}", head]

    def row(name: str, s) -> str:
        return (f"{name:<18} {s.questions:>4} {_pct(s.hit_at_1):>6} {_pct(s.mrr):>6} "
                f"{_pct(s.declined_out_of_scope):>8} {_pct(s.wrongly_declined):>8} {_pct(s.urgent_routed):>6} "
                f"{_pct(s.not_covered_reported):>7} {_pct(s.wrong_statement):>8}")

    lines.append(row("ALL", report.overall))
    lines += [row(f"  {name}", s) for name, s in report.categories.items()]
    if report.languages:
        lines += [row(f"  lang {name}", s) for name, s in report.languages.items()]
    return "\n".join(lines)


def _print_misses(report) -> None:
    for miss in report.misses:
        got = miss.got or miss.outcome
        print(f"  miss [{miss.category}] {miss.question[:120]!r}: expected {miss.expected or 'decline'}, got {got}")


def cmd_eval(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from statement_qa.answer import Assistant
    from statement_qa.embedding import make_embedder
    from statement_qa.evaluation import (
        ask_conversations,
        evaluate,
        file_kind,
        load_conversations,
        load_questions,
        read_rows,
        report,
        score_documents,
    )
    from statement_qa.index import load

    rows = read_rows(args.questions)
    kind = file_kind(rows)
    embedder = make_embedder(args.model)
    index = load(args.index, embedder)
    if kind == "documents":
        scores = score_documents(Assistant(index, embedder), rows)
        if args.json:
            print(json.dumps(asdict(scores), ensure_ascii=False))
            return 0
        right = sum(r for r, _ in scores.fields.values())
        checked = sum(c for _, c in scores.fields.values())
        print(f"documents {scores.found}/{scores.documents} indexed; fields right {right}/{checked} "
              f"({right / max(1, checked):.3f}); recommendation quoted {scores.recommendation_quoted[0]}/"
              f"{scores.recommendation_quoted[1]}; forbidden phrases quoted {scores.forbidden_quoted}")
        for name, (r, c) in scores.fields.items():
            print(f"  {name:<13} {r}/{c}")
        if not args.quiet:
            for problem in scores.problems:
                print(f"  problem {problem}")
        return 0
    modes = ("hybrid", "dense", "bm25") if args.retriever == "all" else (args.retriever,)
    for mode in modes:
        assistant = Assistant(index, embedder, mode)
        if kind == "conversations":
            questions, outcomes = ask_conversations(assistant, load_conversations(args.questions, assistant))
            result = report(mode, questions, outcomes)
        else:
            result = evaluate(assistant, load_questions(args.questions, assistant))
        if args.json:
            print(json.dumps(asdict(result), ensure_ascii=False))
        else:
            print(format_report(result))
            if not args.quiet:
                _print_misses(result)
    return 0


def cmd_calibrate(args: argparse.Namespace) -> int:
    from datetime import date

    from statement_qa.answer import Assistant
    from statement_qa.embedding import make_embedder
    from statement_qa.errors import ConfigError
    from statement_qa.evaluation import calibrate, load_questions
    from statement_qa.index import load
    from statement_qa.settings import write_settings

    indexes = args.index or [DEFAULT_INDEX]
    if len(indexes) != len(args.questions):
        raise ConfigError("Give one --index per question file, in the same order.")
    embedder = make_embedder(args.model)
    sets = []
    for questions, index in zip(args.questions, indexes):
        assistant = Assistant(load(index, embedder), embedder)
        sets.append((assistant, load_questions(questions, assistant)))
    settings, balanced = calibrate(sets)
    print(f"threshold {settings.threshold}  general margin {settings.general_margin}  "
          f"minimum cosine {settings.min_dense}  balanced accuracy {balanced:.3f}")
    write_settings(args.output, settings, {"calibrated_on": [Path(q).as_posix() for q in args.questions],
                                           "calibrated_at": date.today().isoformat()})
    print(f"Wrote {args.output}; record it in an index with `statement-qa build --settings {args.output}`.")
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from statement_qa import bench

    if args.from_json is not None:
        print(bench.table(bench.report_from_json(json.loads(args.from_json.read_text(encoding="utf-8")))))
        return 0
    if args.questions is not None:
        # An existing index and a questions file: answers (and, with --cold, a cold start) on it.
        reports = bench.BenchReport(
            model=args.model or "all-MiniLM-L6-v2", build_model="–", machine=bench.machine(), command=" ".join(sys.argv),
            results=(bench.bench_index(args.index, args.questions, args.model, args.repeat or 3, args.cold,
                                       args.profile),))
    else:
        sizes = bench.SMOKE_SIZES if args.smoke else (bench.parse_sizes(args.sizes) if args.sizes else bench.DEFAULT_SIZES)
        reports = bench.run(
            sizes, model=args.model, build_model=args.build_model, workdir=args.workdir, seed=args.seed,
            questions=args.count or (12 if args.smoke else 60), repeat=args.repeat or 1,
            cold_runs=args.cold if args.cold is not None else (1 if args.smoke else 3),
            cold_sizes=sizes[:1] if args.smoke else None, reuse_index=args.reuse_index, profile_top=args.profile,
            faiss_threads=args.faiss_threads,
            batch_questions=args.batch if args.batch is not None else (5 if args.smoke else bench.BATCH_QUESTIONS),
            rebuild=not args.no_rebuild,
            command=" ".join(["statement-qa", *sys.argv[1:]]),
            progress=(lambda message: None) if args.json or args.quiet else (lambda message: _err(message)),
        )
    print(json.dumps(asdict(reports), ensure_ascii=False, indent=1) if args.json else bench.table(reports))
    return 0


def _print_action(result) -> None:
    """One line for what a staff action did, then the rebuild's summary."""
    print(f"{result.action}: {result.id} ({result.source})" + "".join(f"; {n}" for n in result.notes))
    report = result.report
    if report is not None:
        print(report.summary(report.index_dir))
        for skipped in report.skipped:
            print(f"Skipped {skipped.source}: {skipped.reason}")


def cmd_add(args: argparse.Namespace) -> int:
    from statement_qa import staff
    from statement_qa.ingest import read_regular_file

    try:
        data = read_regular_file(args.file, staff.MAX_UPLOAD_BYTES)
    except StatementQAError as exc:
        raise staff.StaffActionError(f"Cannot add {args.file}: {exc}.") from exc
    meta = {"url": args.url, "aliases": args.alias, "supersedes": args.supersedes, "date": args.date,
            "reviewed": args.reviewed, "title": args.title, "organisation": args.organisation}
    _print_action(staff.add(args.corpus, args.index, data, args.file.name, meta, data_folder=args.data,
                            by=args.by, why=args.why))
    return 0


def cmd_staff_action(args: argparse.Namespace) -> int:
    from statement_qa import staff

    action = {"withdraw": staff.withdraw, "restore": staff.restore, "remove": staff.remove}[args.command]
    _print_action(action(args.corpus, args.index, args.id, why=args.why, by=args.by, data_folder=args.data))
    return 0


def _since(text: str | None):
    from datetime import UTC, datetime

    from statement_qa.errors import ConfigError

    if not text:
        return None
    try:
        return datetime.fromisoformat(text).replace(tzinfo=UTC)
    except ValueError as exc:
        raise ConfigError(f"--since {text!r} is not a date; give it as YYYY-MM-DD.") from exc


def cmd_unanswered(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from statement_qa.embedding import make_embedder
    from statement_qa.feedback import group_questions, open_store, write_csv
    from statement_qa.index import load

    questions = open_store(args.data).declined(_since(args.since))
    model = None
    if questions:
        try:
            model = load(args.index).manifest["model"]["id"]  # group with the model the index was built with
        except StatementQAError:
            pass
    groups = group_questions(questions, make_embedder(model)) if questions else []
    if args.csv:
        write_csv(args.csv, groups)
    for group in groups:
        if args.json:
            print(json.dumps(asdict(group), ensure_ascii=False))
        else:
            print(f"{group.count} × “{group.question}” (last asked {group.last_asked[:10]})")
            for example in group.examples[1:]:
                print(f"    also: “{example}”")
    if not groups and not args.json:
        print("No declined questions recorded" + (f" since {args.since}." if args.since else "."))
    return 0


def cmd_staff_password(args: argparse.Namespace) -> int:
    import getpass

    from statement_qa.staff_auth import HASH_ENV, hash_password

    if sys.stdin.isatty():
        password = getpass.getpass("Staff password: ")
        if getpass.getpass("Again: ") != password:
            _err("The two passwords differ; nothing was made.")
            return 1
    else:
        password = sys.stdin.readline().rstrip("\n")
    print(hash_password(password))
    if sys.stdin.isatty():
        _err(f"Set it as {HASH_ENV} for `statement-qa serve`; the Staff tab exists only then.")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from statement_qa.errors import IndexProblem
    from statement_qa.index import CURRENT

    if args.no_build and not (Path(args.index) / CURRENT).exists():
        # A replica serves the index it was handed; it never builds one at start-up.
        raise IndexProblem(f"No index in {args.index}/ and --no-build: build it once with `statement-qa build`, "
                           "copy the folder here and start again.")
    from statement_qa.ui import launch

    launch(index_dir=args.index, corpus_dir=args.corpus, model=args.model, host=args.host, port=args.port,
           data=args.data, record=False if args.no_record else None)
    return 0


def parser() -> argparse.ArgumentParser:
    """The argument parser; its help text is the CLI reference in the README."""

    root = argparse.ArgumentParser(
        prog="statement-qa",
        description="Answer questions about ALS/MND therapies with organisations' own published statements.",
    )
    root.add_argument("-v", "--verbose", action="store_true", help="log what the library does")
    commands = root.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def common(sub, corpus: bool = True, model: bool = True) -> None:
        sub.add_argument("--index", type=Path, default=DEFAULT_INDEX, help="index folder (default: index/)")
        if corpus:
            sub.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="corpus folder (default: corpus/)")
        if model:
            sub.add_argument("--model", default=None, help="all-MiniLM-L6-v2 (bundled, the default), "
                             "multilingual-e5-small, all-MiniLM-L6-v2-onnx, or a local sentence-transformers model folder")

    build = commands.add_parser("build", help="index the corpus (incremental)")
    common(build)
    build.add_argument("--strict", action="store_true", help="exit 1 when any file was skipped")
    build.add_argument("--max-file-mb", type=float, default=5.0, metavar="MB",
                       help="skip corpus files larger than this (default: 5)")
    build.add_argument("--settings", type=Path, default=None,
                       help="settings file from `statement-qa calibrate` to record in the index (default: built-in)")
    build.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    build.set_defaults(run=cmd_build)

    listing = commands.add_parser("list", help="one line per indexed document")
    common(listing, corpus=False, model=False)
    listing.add_argument("--json", action="store_true", help="one JSON object per line")
    listing.set_defaults(run=cmd_list)

    ask = commands.add_parser("ask", help="answer a question (or one per stdin line)")
    common(ask)
    ask.set_defaults(corpus=None)  # None: the corpus the index was built from (see _ask_corpus)
    ask.add_argument("question", nargs="?", metavar="QUESTION", help="the question; omit to read stdin")
    ask.add_argument("--json", action="store_true", help="one JSON object per answer")
    ask.add_argument("--conversation", action="store_true",
                     help="read stdin lines as one conversation: each a follow-up of the statement the last answer was about")
    ask.add_argument("--retriever", choices=("hybrid", "dense", "bm25"), default="hybrid", help=argparse.SUPPRESS)
    ask.set_defaults(run=cmd_ask)

    evaluate = commands.add_parser(
        "eval", help="per-category numbers for a questions, conversations or expected-documents file")
    common(evaluate, corpus=False)
    evaluate.add_argument("questions", type=Path, metavar="QUESTIONS.jsonl")
    evaluate.add_argument("--retriever", choices=("hybrid", "dense", "bm25", "all"), default="hybrid")
    evaluate.add_argument("--json", action="store_true", help="one JSON report per retriever")
    evaluate.add_argument("-q", "--quiet", action="store_true", help="numbers only, no list of misses")
    evaluate.set_defaults(run=cmd_eval)

    calibrate = commands.add_parser(
        "calibrate", help="choose the decline settings on development question files (one --index each)")
    calibrate.add_argument("questions", type=Path, nargs="+", metavar="QUESTIONS.jsonl")
    calibrate.add_argument("--index", type=Path, action="append", default=None,
                           help="index the question file before it is asked on (repeat, in order; default: index/)")
    calibrate.add_argument("--model", default=None, help="embedding model (as for build)")
    calibrate.add_argument("--output", type=Path, required=True,
                           help="settings file to write (record it with `build --settings FILE`)")
    calibrate.set_defaults(run=cmd_calibrate)

    bench = commands.add_parser(
        "bench", help="answer time, build throughput and cold start on generated corpora, as ratios to the bare model")
    common(bench, corpus=False)
    bench.add_argument("questions", type=Path, nargs="?", default=None, metavar="QUESTIONS.jsonl",
                       help="measure this questions file on --index instead of generated corpora")
    bench.add_argument("--sizes", default=None, metavar="N,N,...",
                       help="corpus sizes in passages, e.g. 1k,10k,50k (the default; about 5 passages a statement)")
    bench.add_argument("--smoke", action="store_true", help="tiny sizes (50, 200 passages) and one cold start, for CI")
    bench.add_argument("--build-model", default=None,
                       help="model that embeds the generated corpora (same weights as --model; default: --model)")
    bench.add_argument("--workdir", type=Path, default=None,
                       help="keep the generated corpora and indexes here (default: a temporary folder, removed)")
    bench.add_argument("--reuse-index", action="store_true",
                       help="with --workdir: measure an index already built there instead of building it again")
    bench.add_argument("--seed", type=int, default=0, help="seed of the generated corpora (default: 0)")
    bench.add_argument("--count", type=int, default=None, help="questions per corpus (default: 60; smoke 12)")
    bench.add_argument("--repeat", type=int, default=None, help="times to ask each question (default: 1; 3 on --index)")
    bench.add_argument("--cold", type=int, default=None, metavar="RUNS",
                       help="paired cold-start runs of `ask` and the bare model (default: 3; smoke 1; 0: none)")
    bench.add_argument("--profile", type=int, default=0, metavar="TOP",
                       help="profile answering with cProfile and show the TOP costliest functions per question")
    bench.add_argument("--faiss-threads", type=int, default=None, metavar="N",
                       help="set faiss's OpenMP threads before answering (an experiment; default: faiss's own)")
    bench.add_argument("--batch", type=int, default=None, metavar="N",
                       help="questions of the batch `ask` beside the bare model encoding them one by one "
                            "(default: 330; smoke 5; 0: not measured)")
    bench.add_argument("--no-rebuild", action="store_true", help="skip the rebuild after one file changed")
    bench.add_argument("--json", action="store_true", help="the report as JSON")
    bench.add_argument("--from-json", type=Path, default=None, metavar="FILE",
                       help="print the tables of a report saved with --json, measuring nothing")
    bench.add_argument("-q", "--quiet", action="store_true", help="no progress lines")
    bench.set_defaults(run=cmd_bench)

    def staffing(sub) -> None:
        common(sub, model=False)
        sub.add_argument("--data", type=Path, default=None,
                         help="data folder for the audit log, outside the index (default: $STATEMENT_QA_DATA or data/)")
        sub.add_argument("--by", default=None, help="who is acting, for the audit log (default: your login name)")
        sub.add_argument("--why", default=None, help="why, for the audit log")

    add = commands.add_parser("add", help="copy a statement into the corpus with its metadata, and update the index")
    add.add_argument("file", type=Path, metavar="FILE", help="PDF, HTML, Markdown or text (checked by content)")
    staffing(add)
    add.add_argument("--url", help="the statement's public address")
    add.add_argument("--alias", action="append", default=[], metavar="A",
                     help="another name the statement is known by (repeat for more)")
    add.add_argument("--supersedes", action="append", default=[], metavar="ID",
                     help="id of the statement this one replaces (repeat for more)")
    add.add_argument("--date", help="issue date, YYYY-MM")
    add.add_argument("--reviewed", help="last reviewed, YYYY-MM")
    add.add_argument("--title", help="title, when the document's own is wrong")
    add.add_argument("--organisation", help="organisation, when the document does not say")
    add.set_defaults(run=cmd_add)
    for name, what in (("withdraw", "mark a statement withdrawn: never quoted again (reversible with restore)"),
                       ("restore", "undo withdraw, remove or supersession of a statement"),
                       ("remove", "move a statement out of the corpus into corpus/.removed/ (reversible)")):
        action = commands.add_parser(name, help=what)
        action.add_argument("id", metavar="ID", help="the statement's id (see `statement-qa list`)")
        staffing(action)
        action.set_defaults(run=cmd_staff_action)

    unanswered = commands.add_parser("unanswered", help="declined questions grouped by meaning, most frequent first")
    common(unanswered, corpus=False, model=False)
    unanswered.add_argument("--data", type=Path, default=None,
                            help="data folder holding questions.sqlite (default: $STATEMENT_QA_DATA or data/)")
    unanswered.add_argument("--since", metavar="DATE", help="only questions asked on or after DATE (YYYY-MM-DD)")
    unanswered.add_argument("--json", action="store_true", help="one JSON object per group")
    unanswered.add_argument("--csv", type=Path, metavar="FILE", help="also write the groups to a CSV file")
    unanswered.set_defaults(run=cmd_unanswered)

    password = commands.add_parser(
        "staff-password", help="make the scrypt hash for STATEMENT_QA_STAFF_PASSWORD_HASH (reads the password)")
    password.set_defaults(run=cmd_staff_password)

    serve = commands.add_parser("serve", help="run the web app")
    common(serve)
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    serve.add_argument("--port", type=int, default=7860, help="port (default: 7860)")
    serve.add_argument("--data", type=Path, default=None,
                       help="data folder for the questions database, outside the index (default: data/)")
    serve.add_argument("--no-record", action="store_true",
                       help="record no declined questions or 'Was this helpful?' answers (also STATEMENT_QA_RECORD=0)")
    serve.add_argument("--no-build", action="store_true",
                       help="refuse to start when the index is missing, instead of building it (replicas)")
    serve.set_defaults(run=cmd_serve)
    return root


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; returns the exit code."""
    args = parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.ERROR, format="%(levelname)s: %(message)s")
    # The library's own warnings (a file decoded from another encoding) are for the user to see.
    logging.getLogger("statement_qa").setLevel(logging.INFO if args.verbose else logging.WARNING)
    logging.getLogger("bm25s").setLevel(logging.INFO if args.verbose else logging.ERROR)  # it defaults to DEBUG
    try:
        return args.run(args)
    except StatementQAError as exc:
        _err(f"error: {exc}")
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
