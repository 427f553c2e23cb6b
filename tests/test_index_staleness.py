"""Staleness keyed by each corpus file's stat: unchanged files are not read, a touch is no change."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from statement_qa import index as index_module
from statement_qa.index import build, load, stale_files
from statement_qa.ingest import corpus_files

HOUR_NS = 3600 * 10**9


def _backdate(folder: Path, by_ns: int = HOUR_NS) -> None:
    """Every file's mtime an hour back, as a corpus edited before the build (not in its last seconds)."""
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            info = path.stat()
            os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns - by_ns))


def _built(corpus: Path, tmp_path: Path, fake_embedder):
    _backdate(corpus)
    build(corpus, tmp_path / "index", fake_embedder)
    return load(tmp_path / "index")


def _rewrite_same_size(path: Path) -> None:
    data = path.read_bytes()
    index = data.index(b"e")
    path.write_bytes(data[:index] + b"E" + data[index + 1 :])


def _counting_hashes(monkeypatch) -> list[str]:
    read: list[str] = []
    original = index_module._hash_listed

    def counting(listed, max_file_bytes, sidecar):
        read.append(listed.name)
        return original(listed, max_file_bytes, sidecar)

    monkeypatch.setattr(index_module, "_hash_listed", counting)
    return read


def test_the_build_records_each_files_size_and_mtime(corpus_copy, tmp_path, fake_embedder):
    index = _built(corpus_copy, tmp_path, fake_embedder)
    corpus = index.manifest["corpus"]
    assert set(corpus["stats"]) == set(corpus["files"])
    info = (corpus_copy / "meridale-mitovance.md").stat()
    assert corpus["stats"]["meridale-mitovance.md"] == [info.st_size, info.st_mtime_ns]


def test_unchanged_files_are_not_read(corpus_copy, tmp_path, fake_embedder, monkeypatch):
    index = _built(corpus_copy, tmp_path, fake_embedder)
    read = _counting_hashes(monkeypatch)
    assert stale_files(index, corpus_copy) == []
    assert read == []


def test_a_touched_but_unchanged_file_is_read_and_not_stale(corpus_copy, tmp_path, fake_embedder, monkeypatch):
    index = _built(corpus_copy, tmp_path, fake_embedder)
    (corpus_copy / "kadimastem-astrorx.txt").touch()
    read = _counting_hashes(monkeypatch)
    assert stale_files(index, corpus_copy) == []
    assert read == ["kadimastem-astrorx.txt"]


@pytest.mark.parametrize("name", ["meridale-mitovance.md", "valmera-ventrocel.meta.json"])
def test_a_file_changed_to_the_same_size_is_stale(corpus_copy, tmp_path, fake_embedder, name):
    index = _built(corpus_copy, tmp_path, fake_embedder)
    _rewrite_same_size(corpus_copy / name)
    assert stale_files(index, corpus_copy) == [name]


def test_added_and_removed_files_are_stale(corpus_copy, tmp_path, fake_embedder):
    index = _built(corpus_copy, tmp_path, fake_embedder)
    (corpus_copy / "new-statement.md").write_text("# New\n\nSome text here.\n")
    (corpus_copy / "kettleby-lumagene.html").unlink()
    assert stale_files(index, corpus_copy) == ["kettleby-lumagene.html", "new-statement.md"]


def test_the_accepted_blind_spot_and_an_index_without_stats(corpus_copy, tmp_path, fake_embedder):
    """Other content of the same size given back the recorded mtime goes unnoticed (documented);
    an index built before the stats were recorded hashes every file and sees it."""
    index = _built(corpus_copy, tmp_path, fake_embedder)
    target = corpus_copy / "northfold-velmirsen.txt"
    before = target.stat()
    _rewrite_same_size(target)
    os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert stale_files(index, corpus_copy) == []
    del index.manifest["corpus"]["stats"]
    assert stale_files(index, corpus_copy) == ["northfold-velmirsen.txt"]


def test_a_file_written_just_before_its_hash_has_no_recorded_stat(corpus_copy, tmp_path, fake_embedder, monkeypatch):
    """Within the settling time of the build's hashing (ten minutes here, so that the build's own time
    does not matter) a file gets no stat: the next check reads it."""
    monkeypatch.setattr(index_module, "STAT_SETTLE_NS", 600 * 10**9)
    _backdate(corpus_copy)
    fresh = corpus_copy / "nordmark-neurorenova.txt"
    fresh.touch()
    build(corpus_copy, tmp_path / "index", fake_embedder)
    index = load(tmp_path / "index")
    assert "nordmark-neurorenova.txt" in index.manifest["corpus"]["files"]
    assert "nordmark-neurorenova.txt" not in index.manifest["corpus"]["stats"]
    assert len(index.manifest["corpus"]["stats"]) == len(index.manifest["corpus"]["files"]) - 1
    read = _counting_hashes(monkeypatch)
    assert stale_files(index, corpus_copy) == []
    assert read == ["nordmark-neurorenova.txt"]


def _old_listing(root: Path) -> list[str]:
    """The files the hashes covered before the scandir listing: `corpus_files`, then `rglob('*.meta.json')`."""
    names = [p.relative_to(root).as_posix() for p in corpus_files(root)]
    names += [p.relative_to(root).as_posix() for p in sorted(root.rglob("*.meta.json"))
              if not p.is_symlink() and p.is_file()]
    return names


def test_the_listing_counts_the_files_ingest_counts(tmp_path):
    root = tmp_path / "corpus"
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "a-folder.md").mkdir()
    outside = tmp_path / "outside"
    outside.mkdir()
    for name in ("b.md", "a.txt", "README.md", "LICENSE", "changelog.txt", ".dot.md", "x.meta.json", "X.META.JSON",
                 ".meta.json", "sub/c.html", "sub/deeper/d.pdf", "sub/d.meta.json", "sub/readme", ".hidden/e.md",
                 ".hidden/e.meta.json", "a-folder.md/f.md", "sub/B.md", "sub/a b.md"):
        (root / name).write_text("text", encoding="utf-8")
    (outside / "g.md").write_text("text", encoding="utf-8")
    (outside / "g.meta.json").write_text("{}", encoding="utf-8")
    (root / "link.md").symlink_to(outside / "g.md")
    (root / "link.meta.json").symlink_to(outside / "g.meta.json")
    (root / "linked-folder").symlink_to(outside, target_is_directory=True)
    (root / "dangling.md").symlink_to(tmp_path / "nowhere.md")
    os.mkfifo(root / "pipe.md")
    listed = [entry.name for entry in index_module._corpus_listing(root)]
    assert listed == _old_listing(root)
    assert "sub/c.html" in listed and "sub/d.meta.json" in listed and ".hidden/e.meta.json" in listed
    assert not {"link.md", "linked-folder/g.md", ".hidden/e.md", "README.md", "pipe.md"} & set(listed)


def test_the_listing_of_the_fixture_corpus_is_the_old_one(corpus_copy):
    assert [entry.name for entry in index_module._corpus_listing(corpus_copy)] == _old_listing(corpus_copy)


def test_a_malformed_stats_record_is_refused(corpus_copy, tmp_path, fake_embedder):
    import json

    from statement_qa.errors import IndexProblem

    _built(corpus_copy, tmp_path, fake_embedder)
    generation = tmp_path / "index" / (tmp_path / "index" / "CURRENT").read_text().strip()
    manifest = json.loads((generation / "manifest.json").read_text(encoding="utf-8"))
    manifest["corpus"]["stats"]["meridale-mitovance.md"] = ["12", 3]
    (generation / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(IndexProblem, match=r"damaged \(manifest.json has no valid corpus record\)"):
        load(tmp_path / "index")
