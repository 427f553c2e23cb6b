"""The benchmark's shape: generated corpora, `bench --smoke` tables and JSON. No timing is asserted."""

from __future__ import annotations

import json
import sys

import pytest

from statement_qa import bench
from statement_qa.cli import main
from statement_qa.synthetic import questions, write_corpus


@pytest.fixture
def fast_bench(monkeypatch, fake_embedder):
    """The fake embedder for building and answering; trivial processes stand in for the cold starts."""
    import statement_qa.embedding

    monkeypatch.setattr(statement_qa.embedding, "make_embedder", lambda model=None: fake_embedder)
    monkeypatch.setattr(bench, "ask_command", lambda index_dir, question, model: [sys.executable, "-c", "pass"])
    monkeypatch.setattr(bench, "BASELINE", "x = {question!r}")
    # The batch `ask` reads its questions on stdin: a child that counts them stands in for it.
    monkeypatch.setattr(bench, "batch_command", lambda index_dir, model: [
        sys.executable, "-c", "import sys; sys.exit(0 if len(sys.stdin.read().splitlines()) == 5 else 3)"])
    monkeypatch.setattr(bench, "BATCH_BASELINE", "open({path!r}).read()")


def test_generated_corpus_is_deterministic_and_grows_by_prefix(tmp_path):
    small = write_corpus(tmp_path / "a", 6, seed=3)
    large = write_corpus(tmp_path / "b", 9, seed=3)
    assert [s.file for s in large[:6]] == [s.file for s in small]
    for made in small:
        assert (tmp_path / "a" / made.file).read_bytes() == (tmp_path / "b" / made.file).read_bytes()
    text = (tmp_path / "a" / small[0].file).read_text(encoding="utf-8")
    assert "FICTIONAL" in text and "## Background" in text and "## Recommendation" in text
    assert write_corpus(tmp_path / "c", 6, seed=4)[0].product != small[0].product


def test_generated_questions_cover_named_lay_and_out_of_scope(tmp_path):
    statements = write_corpus(tmp_path / "corpus", 20)
    rows = questions(statements, 30)
    assert {r["category"] for r in rows} == {"named", "lay", "out_of_scope"}
    files = {s.file for s in statements}
    assert all((r["expected"] in files) == (r["category"] != "out_of_scope") for r in rows)
    assert rows == questions(statements, 30)


def test_generated_statements_are_read_as_statements_of_about_five_passages(tmp_path, fake_embedder):
    from statement_qa.index import build, load

    statements = write_corpus(tmp_path / "corpus", 8)
    report = build(tmp_path / "corpus", tmp_path / "index", fake_embedder)
    assert report.documents == 8 and not report.skipped
    assert 4 <= report.passages / report.documents <= 6
    index = load(tmp_path / "index")
    for document in index.documents.values():
        made = next(s for s in statements if s.file == document.source.split("/")[-1])
        assert document.kind == "statement" and document.organisation == made.organisation
        assert made.product in document.aliases


@pytest.mark.parametrize("text, sizes", [("1k,10k,50k", (1000, 10000, 50000)), ("50, 200", (50, 200)),
                                         ("2.5k", (2500,))])
def test_sizes(text, sizes):
    assert bench.parse_sizes(text) == sizes


def test_bench_smoke_prints_five_tables(fast_bench, capsys):
    assert main(["bench", "--smoke", "-q"]) == 0
    out = capsys.readouterr().out
    tables = [block for block in out.split("\n\n") if block.startswith("|")]
    assert len(tables) == 5  # answers, build, cold start, batch ask, rebuild
    answers, builds, cold, batch, rebuild = ([line for line in t.splitlines()[2:]] for t in tables)
    assert len(answers) == 2 and len(builds) == 2 and len(cold) == 1 and len(batch) == 1 and len(rebuild) == 2
    assert batch[0].startswith("| 50 passages / 10 docs | 5 |") and "exited" not in batch[0]
    assert rebuild[0].startswith("| 50 passages / 10 docs | 10 |") and rebuild[1].startswith("| 200 passages / 40 docs | 40 |")
    assert all("%" in row for row in rebuild)
    assert answers[0].startswith("| 50 passages / 10 docs |") and answers[1].startswith("| 200 passages / 40 docs |")
    assert all(row.count("|") == 12 for row in answers)
    assert all("×" in row for row in answers + builds + cold)


def test_bench_smoke_json(fast_bench, capsys, tmp_path):
    assert main(["bench", "--smoke", "--json", "--count", "5", "--profile", "3"]) == 0
    printed = capsys.readouterr().out
    report = json.loads(printed)
    (tmp_path / "report.json").write_text(printed, encoding="utf-8")
    assert main(["bench", "--from-json", str(tmp_path / "report.json")]) == 0
    assert capsys.readouterr().out == bench.table(bench.report_from_json(report)) + "\n"
    assert set(report) == {"model", "build_model", "machine", "command", "results"}
    assert report["machine"]["cpus"] >= 1
    first, second = report["results"]
    assert (first["documents"], first["passages"], second["documents"]) == (10, 50, 40)
    for result in (first, second):
        assert result["questions"] == 5 and result["build_ratio"] > 0 and result["p50_ratio"] > 0
        assert set(result["answer"]) == {"p50_ms", "p95_ms"} and 0 < len(result["profile"]) <= 3
    assert first["cold"]["runs"] == 1 and first["cold"]["exit_code"] == 0 and second["cold"] is None
    assert first["batch"]["questions"] == 5 and first["batch"]["exit_code"] == 0 and second["batch"] is None
    for result in (first, second):
        rebuild = result["rebuild"]
        # One file of the corpus changed: only its changed passages are embedded again.
        assert rebuild["files"] == result["documents"] and 1 <= rebuild["embedded"] <= 2
        assert rebuild["full_build_s"] > 0 and rebuild["ratio"] > 0


def test_bench_without_batch_or_rebuild(fast_bench, capsys):
    assert main(["bench", "--smoke", "--json", "--count", "3", "--batch", "0", "--no-rebuild", "--cold", "0"]) == 0
    for result in json.loads(capsys.readouterr().out)["results"]:
        assert result["batch"] is None and result["rebuild"] is None and result["cold"] is None


def test_cold_start_measures_the_childs_own_memory():
    _, small, code = bench._run_measured([sys.executable, "-c", "pass"])
    _, large, _ = bench._run_measured([sys.executable, "-c", "x = bytearray(200 * 2**20)"])
    assert code == 0 and small < 100 < 150 < large


def test_a_question_that_raises_is_named_and_left_out_of_the_timings(fake_embedder):
    class Answer:
        answered, statement = False, None

        def to_json(self):
            return {}

    class Assistant:
        class retriever:  # noqa: N801 - the attribute measure_answers reads
            embedder = fake_embedder

        def answer(self, text):
            if text == "breaks":
                raise IndexError("list index out of range")
            return Answer()

    asked = [{"question": q} for q in ("one", "two", "breaks", "three")]
    answer, encode, _, _, _, failed = bench.measure_answers(Assistant(), asked)
    assert failed == ("'breaks': IndexError: list index out of range",)
    assert answer.p50_ms >= 0 and encode.p50_ms >= 0
