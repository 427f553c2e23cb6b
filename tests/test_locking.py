"""One writer at a time, a killed build never costs the previous index, readers never see false damage."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from conftest import FakeEmbedder
from statement_qa.errors import IndexProblem
from statement_qa.index import build, load

TESTS = Path(__file__).parent
pytestmark = pytest.mark.slow  # real processes, killed and raced: about a minute

# A build in its own process; KILL_AT names the step at which it SIGKILLs itself.
BUILDER = textwrap.dedent("""
    import os, signal, sys, time
    sys.path.insert(0, {tests!r})
    from conftest import FakeEmbedder
    from statement_qa import index

    kill_at = os.environ.get("KILL_AT", "")

    def die():
        os.kill(os.getpid(), signal.SIGKILL)

    class Slow(FakeEmbedder):
        def embed(self, texts):
            if kill_at == "embedding":
                die()
            time.sleep(float(os.environ.get("EMBED_DELAY", "0")))
            return super().embed(texts)

    real_rename, real_replace = os.rename, os.replace

    def rename(a, b):
        if kill_at == "before-rename":
            die()
        real_rename(a, b)
        if kill_at == "after-rename":
            die()

    def replace(a, b):
        if kill_at == "before-switch":
            die()
        real_replace(a, b)
        if kill_at == "after-switch":
            die()

    index.os.rename, index.os.replace = rename, replace
    index.build(sys.argv[1], sys.argv[2], Slow())
""")


def _builder(corpus: Path, index_dir: Path, **env) -> subprocess.Popen:
    script = BUILDER.format(tests=str(TESTS))
    return subprocess.Popen([sys.executable, "-c", script, str(corpus), str(index_dir)],
                            env={**os.environ, **{k.upper(): str(v) for k, v in env.items()}},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.mark.parametrize("kill_at", ["embedding", "before-rename", "after-rename", "before-switch"])
def test_a_build_killed_at_any_step_leaves_the_previous_index_whole(corpus_copy, tmp_path, kill_at):
    index_dir = tmp_path / "index"
    build(corpus_copy, index_dir, FakeEmbedder())
    before = load(index_dir, FakeEmbedder())
    (corpus_copy / "extra.md").write_text("# Extra\n\n## Recommendation\n\nA fictional new statement here.\n")
    process = _builder(corpus_copy, index_dir, kill_at=kill_at)
    assert process.wait(60) == -signal.SIGKILL
    after = load(index_dir, FakeEmbedder())
    assert after.generation == before.generation and set(after.documents) == set(before.documents)
    # The next build cleans what the killed one left and publishes.
    build(corpus_copy, index_dir, FakeEmbedder())
    assert "extra" in load(index_dir, FakeEmbedder()).documents
    assert not [p for p in index_dir.iterdir() if p.name.startswith((".building-", ".CURRENT-"))]
    assert len(list(index_dir.glob("gen-*"))) <= 2


def test_a_build_killed_right_after_the_switch_has_published_a_whole_index(corpus_copy, tmp_path):
    index_dir = tmp_path / "index"
    build(corpus_copy, index_dir, FakeEmbedder())
    (corpus_copy / "extra.md").write_text("# Extra\n\n## Recommendation\n\nA fictional new statement here.\n")
    assert _builder(corpus_copy, index_dir, kill_at="after-switch").wait(60) == -signal.SIGKILL
    assert "extra" in load(index_dir, FakeEmbedder()).documents


def test_two_builds_at_once_both_succeed_one_after_the_other(corpus_copy, tmp_path):
    index_dir = tmp_path / "index"
    for _ in range(2):
        pair = [_builder(corpus_copy, index_dir, embed_delay=0.2) for _ in range(2)]
        results = [(p.wait(120), p.stderr.read().decode()) for p in pair]
        assert [code for code, _ in results] == [0, 0]
        assert not any("Traceback" in err for _, err in results)
        index = load(index_dir, FakeEmbedder())
        assert len(index.documents) == 13
    assert len(list(index_dir.glob("gen-*"))) == 2  # the live one and the one before it
    assert not [p for p in index_dir.iterdir() if p.name.startswith((".building-", ".CURRENT-"))]


def test_readers_never_see_a_false_damaged_during_rebuilds(corpus_copy, tmp_path):
    index_dir = tmp_path / "index"
    build(corpus_copy, index_dir, FakeEmbedder())
    problems, loads, stop = [], [0], threading.Event()

    def reader():
        while not stop.is_set():
            try:
                load(index_dir, FakeEmbedder())
                loads[0] += 1
            except IndexProblem as exc:
                problems.append(str(exc))

    threads = [threading.Thread(target=reader) for _ in range(2)]
    for thread in threads:
        thread.start()
    try:
        for n in range(6):
            (corpus_copy / "extra.md").write_text(f"# Extra {n}\n\n## Recommendation\n\nFictional text {n}.\n")
            assert _builder(corpus_copy, index_dir).wait(60) == 0
            time.sleep(0.05)
    finally:
        stop.set()
        for thread in threads:
            thread.join()
    assert problems == [] and loads[0] > 0
