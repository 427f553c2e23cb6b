"""Bad corpus files are skipped by name with the reason; the rest is indexed. No file stops a build."""

from __future__ import annotations

import io
import os
import tempfile
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import FIXTURES
from statement_qa.ingest import read_corpus

GOOD = FIXTURES / "bad" / "good-statement.md"


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.md").write_bytes(GOOD.read_bytes())
    return corpus


def _reasons(corpus: Path, **kwargs) -> tuple[list[str], dict[str, str]]:
    documents, skipped = read_corpus(corpus, **kwargs)
    return [d.source for d in documents], {s.source: s.reason for s in skipped}


def _statement_pdf(password: str | None = None, user_password: str = "") -> bytes:
    """A small fictional statement as PDF, optionally AES-256 encrypted."""
    from fpdf import FPDF
    from pypdf import PdfReader, PdfWriter

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    # Fictional statement for tests only.
    for line in ("Zentrova Position Statement", "Recommendation",
                 "The fictional Zentrova Trust does not recommend Zentrocel outside a clinical trial.",
                 "Zentrova Trust, March 2023"):
        pdf.multi_cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    data = bytes(pdf.output())
    if password is None:
        return data
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user_password, owner_password=password, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _flate_bomb(megabytes: int = 300) -> bytes:
    """A one-page PDF whose content stream inflates to `megabytes` of zeros (about 300 kB on disk)."""
    packer = zlib.compressobj(9)
    chunk = b"\0" * (1 << 20)
    stream = b"".join(packer.compress(chunk) for _ in range(megabytes)) + packer.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_a_symlink_to_etc_passwd_is_skipped_by_name(tmp_path):
    corpus = _corpus(tmp_path)
    (corpus / "passwd.txt").symlink_to("/etc/passwd")
    (corpus / "inside-link.md").symlink_to(corpus / "good.md")
    sources, reasons = _reasons(corpus)
    assert sources == ["good.md"]
    assert reasons == {
        "inside-link.md": "it is a symbolic link; only regular files inside the corpus folder are read",
        "passwd.txt": "it is a symbolic link; only regular files inside the corpus folder are read",
    }


def test_a_linked_folder_resolving_outside_is_skipped_and_not_walked(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.md").write_text("# Secret\n\n## Recommendation\n\nNot for the corpus.\n")
    corpus = _corpus(tmp_path)
    (corpus / "linked").symlink_to(outside, target_is_directory=True)
    sources, reasons = _reasons(corpus)
    assert sources == ["good.md"]
    assert reasons == {"linked": "it is a symbolic link; only regular files inside the corpus folder are read"}


def test_a_fifo_is_skipped_not_waited_on(tmp_path):
    corpus = _corpus(tmp_path)
    os.mkfifo(corpus / "pipe.txt")
    assert _reasons(corpus)[1] == {"pipe.txt": "it is not a regular file"}


def test_a_file_over_the_size_limit_is_skipped_with_the_reason(tmp_path):
    corpus = _corpus(tmp_path)
    (corpus / "huge.txt").write_bytes(b"word " * 1_300_000)  # 6.5 MB
    sources, reasons = _reasons(corpus)
    assert sources == ["good.md"]
    assert reasons["huge.txt"] == ("it is 6.5 MB, over the 5 MB limit (raise it with "
                                   "`statement-qa build --max-file-mb`)")
    assert "huge.txt" not in _reasons(corpus, max_file_bytes=10_000_000)[1]


def test_an_encrypted_pdf_with_an_empty_password_is_read(tmp_path):
    corpus = _corpus(tmp_path)
    (corpus / "zentrova.pdf").write_bytes(_statement_pdf(password="owner-only"))
    documents, skipped = read_corpus(corpus)
    assert skipped == []
    pdf = next(d for d in documents if d.source == "zentrova.pdf")
    assert "does not recommend Zentrocel" in pdf.text


def test_an_encrypted_pdf_with_a_real_password_is_skipped_as_encrypted(tmp_path):
    corpus = _corpus(tmp_path)
    (corpus / "locked.pdf").write_bytes(_statement_pdf(password="owner", user_password="secret"))
    sources, reasons = _reasons(corpus)
    assert sources == ["good.md"]
    assert reasons == {"locked.pdf": "it is encrypted with a password; add an unencrypted copy"}


def test_a_flatedecode_bomb_is_skipped_and_the_rest_indexed(tmp_path):
    corpus = _corpus(tmp_path)
    (corpus / "bomb.pdf").write_bytes(_flate_bomb())
    (corpus / "broken.pdf").write_bytes((FIXTURES / "bad" / "broken.pdf").read_bytes())
    (corpus / "statement.pdf").write_bytes(_statement_pdf())
    sources, reasons = _reasons(corpus)
    assert sources == ["good.md", "statement.pdf"]
    assert "too large when decompressed" in reasons["bomb.pdf"]
    assert reasons["broken.pdf"].startswith("not a readable PDF")


def test_a_pdf_that_takes_too_long_is_skipped(tmp_path):
    from statement_qa.errors import IngestError
    from statement_qa.ingest.sandbox import read_pdf_sandboxed

    with pytest.raises(IngestError, match=r"reading it took longer than 0 s"):
        read_pdf_sandboxed(_statement_pdf(), timeout=0.001)


def test_any_reader_failure_is_a_named_skip(tmp_path, monkeypatch):
    from statement_qa.ingest import markdown

    corpus = _corpus(tmp_path)
    (corpus / "other.md").write_text("# Other\n\nText.\n")

    def broken(text, *args, **kwargs):
        raise ZeroDivisionError("division by zero\ninside the reader")

    monkeypatch.setattr(markdown, "read_markdown", broken)
    sources, reasons = _reasons(corpus)
    assert sources == []
    assert reasons["other.md"] == "the reader failed on it (ZeroDivisionError: division by zero inside the reader)"


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".pdf"])
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=3000),
                      st.text(max_size=2000).map(lambda t: t.encode("utf-8", "surrogatepass")),
                      st.sampled_from([b"%PDF-1.4\n", b"<html><h1>", b"---\ntitle: [\n---\n", b"# \n## Recommendation\n"])
                      .flatmap(lambda head: st.binary(max_size=500).map(lambda tail: head + tail))))
def test_any_bytes_give_a_document_or_a_named_skip(suffix, data):
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / f"file{suffix}").write_bytes(data)
        documents, skipped = read_corpus(Path(folder))
    assert len(documents) + len(skipped) == 1
    for skip in skipped:
        assert skip.source == f"file{suffix}" and skip.reason and "\n" not in skip.reason
    for document in documents:
        for section in document.sections:
            assert 0 <= section.start <= section.end <= len(document.text)
