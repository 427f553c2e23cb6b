"""What staff do to keep the corpus current: add, withdraw, restore, remove; each one audited.

Every action changes only files in the corpus folder (the statement and its sidecar
`name.meta.json`, written atomically under a dot-name first, so a build never reads half a
file) and then rebuilds the index incrementally; `index.build` takes the index lock, and the
running app keeps answering from the previous generation until the new one is published.

Nothing is ever overwritten or deleted: a new file gets a free name (`name-2.pdf`), a
withdrawal is a sidecar field, and `remove` moves the file and its sidecar into
`corpus/.removed/` (dot folders are never read), so each action can be undone.

Each action appends one line to the audit log (JSON Lines: when, who, action, id, why),
kept in the data folder, outside the index folder, so a rebuild never touches it.
"""

from __future__ import annotations

import getpass
import json
import logging
import os
import re
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlparse

from statement_qa.errors import ConfigError, StatementQAError
from statement_qa.index import BuildReport
from statement_qa.ingest import (
    DEFAULT_MAX_FILE_BYTES,
    HTML_SUFFIXES,
    MARKDOWN_SUFFIXES,
    content_hash,
    corpus_files,
    document_id,
)
from statement_qa.structure import parse_date

log = logging.getLogger(__name__)

DEFAULT_DATA = Path("data")
DATA_ENV = "STATEMENT_QA_DATA"
AUDIT_FILE = "audit.jsonl"
REMOVED = ".removed"
MAX_UPLOAD_BYTES = DEFAULT_MAX_FILE_BYTES
MAX_NAME_CHARS = 80
MAX_WHY_CHARS = 1000
# Sidecar fields staff may set, and how many aliases at most.
META_FIELDS = ("title", "organisation", "date", "reviewed", "url", "aliases", "supersedes")
MAX_ALIASES = 30
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)
_HTML_ANYWHERE = re.compile(rb"<(?:html|body|article|main|h1)\b[^>]*>", re.IGNORECASE)


class StaffActionError(StatementQAError):
    """A staff action cannot be done as asked (a file of the wrong type, an unknown statement id…)."""


@dataclass(frozen=True)
class ActionResult:
    """What one staff action did: the statement's id, the corpus file it touched, the rebuild."""

    action: str
    id: str
    source: str
    report: BuildReport | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)


# --- Where things live ---------------------------------------------------------------------


def data_dir(path: Path | None = None) -> Path:
    """The data folder (audit log, questions database): --data, else $STATEMENT_QA_DATA, else data/."""
    if path is not None:
        return Path(path)
    return Path(os.environ.get(DATA_ENV) or DEFAULT_DATA)


def check_data_dir(data: Path, index_dir: Path | None = None, corpus_dir: Path | None = None) -> Path:
    """Refuse a data folder inside the index (a rebuild would lose it) or the corpus (it would be read)."""
    resolved = Path(data).resolve()
    for folder, what in ((index_dir, "index"), (corpus_dir, "corpus")):
        if folder is not None and resolved.is_relative_to(Path(folder).resolve()):
            raise ConfigError(f"The data folder {data} is inside the {what} folder {folder}; "
                              "give another one with --data.")
    return Path(data)


def who(by: str | None = None) -> str:
    """Who is acting: --by, else the login name."""
    if by and by.strip():
        return " ".join(by.split())[:100]
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return os.environ.get("USER") or "unknown"


def audit(data: Path, action: str, doc_id: str, by: str | None = None, why: str | None = None,
          **details) -> dict:
    """Append one action to the audit log (JSON Lines) and return the entry."""
    entry = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "who": who(by),
        "action": action,
        "id": doc_id,
        "why": (" ".join(why.split())[:MAX_WHY_CHARS] if why else None),
        **{k: v for k, v in details.items() if v not in (None, "", [], ())},
    }
    Path(data).mkdir(parents=True, exist_ok=True)
    line = json.dumps(entry, ensure_ascii=False) + "\n"
    # One write of one line with O_APPEND: concurrent actions never interleave within a line.
    descriptor = os.open(Path(data) / AUDIT_FILE, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o640)
    try:
        os.write(descriptor, line.encode("utf-8"))
    finally:
        os.close(descriptor)
    return entry


def audit_log(data: Path) -> list[dict]:
    """Every entry of the audit log, oldest first."""
    path = Path(data) / AUDIT_FILE
    if not path.is_file():
        return []
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            entries.append(json.loads(line))
        except ValueError:
            continue
    return entries


# --- Files in, checked by content -----------------------------------------------------------


def detect_suffix(data: bytes, filename: str = "") -> str:
    """The corpus suffix for a file, from its content: .pdf, .html, .md or .txt; refuses anything else."""
    if not data.strip():
        raise StaffActionError("The file is empty.")
    claimed = Path(filename).suffix.lower()
    if data.startswith(b"%PDF-"):
        return ".pdf"
    if claimed == ".pdf":
        raise StaffActionError(f"{Path(filename).name} is named .pdf but is not a PDF.")
    if b"\x00" in data[:8192]:
        raise StaffActionError("The file is not a PDF, HTML, Markdown or text file.")
    try:
        data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            data.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise StaffActionError("The file is not a PDF, HTML, Markdown or text file.") from exc
    head = data[:8192]
    if _HTML_START.match(head) or (claimed in HTML_SUFFIXES and _HTML_ANYWHERE.search(head)):
        return ".html"
    if claimed in MARKDOWN_SUFFIXES or head.lstrip().startswith(b"---\n") or re.search(rb"(?m)^#{1,3} \S", head):
        return ".md"
    return ".txt"


def safe_stem(filename: str) -> str:
    """A file name stem that is safe anywhere: lower-case letters, digits and dashes."""
    stem = Path(filename.replace("\\", "/")).name
    stem = stem.rsplit(".", 1)[0] if "." in stem else stem
    stem = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")[:MAX_NAME_CHARS].strip("-")
    return stem or "statement"


def _taken(corpus_dir: Path, stem: str, removed: bool = True) -> bool:
    """True when a file with this stem exists (any suffix: the id comes from the stem), also among removed ones."""
    for folder in (corpus_dir, corpus_dir / REMOVED) if removed else (corpus_dir,):
        if folder.is_dir() and any(p.name.split(".")[0].lower() == stem or document_id(p.name) == stem
                                   for p in folder.iterdir()):
            return True
    return False


def _free_path(corpus_dir: Path, stem: str, suffix: str) -> Path:
    candidate, number = stem, 1
    while _taken(corpus_dir, candidate):
        number += 1
        candidate = f"{stem}-{number}"
    return corpus_dir / f"{candidate}{suffix}"


def _same_content(corpus_dir: Path, data: bytes) -> str | None:
    """The corpus file with exactly this content, if any (it would only be collapsed as a duplicate)."""
    digest = content_hash(data)
    for path in corpus_files(corpus_dir):
        try:
            if path.stat().st_size == len(data) and content_hash(path.read_bytes()) == digest:
                return path.relative_to(corpus_dir).as_posix()
        except OSError:
            continue
    return None


def _write_new(path: Path, data: bytes) -> None:
    """Write a file that must not exist yet, atomically: never overwrites, never half-written."""
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    with open(temporary, "xb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    try:
        os.link(temporary, path)  # fails if the name was taken meanwhile
    except FileExistsError as exc:
        raise StaffActionError(f"{path.name} appeared in the corpus meanwhile; try again.") from exc
    finally:
        temporary.unlink(missing_ok=True)


def _write_json(path: Path, data: dict) -> None:
    """Replace a sidecar atomically."""
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    temporary.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(temporary, path)


# --- Sidecars ------------------------------------------------------------------------------


def sidecar_path(path: Path) -> Path:
    """The sidecar of a corpus file: the existing one (either naming), else `name.meta.json`."""
    for candidate in (path.with_suffix(".meta.json"), path.with_name(path.name + ".meta.json")):
        if candidate.is_file() and not candidate.is_symlink():
            return candidate
    return path.with_suffix(".meta.json")


def read_sidecar(path: Path) -> dict:
    """The sidecar of a corpus file as a dict ({} when there is none)."""
    candidate = sidecar_path(path)
    if not candidate.is_file():
        return {}
    try:
        data = json.loads(candidate.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StaffActionError(f"The sidecar {candidate.name} is not valid JSON ({exc}); fix it by hand.") from exc
    if not isinstance(data, dict):
        raise StaffActionError(f"The sidecar {candidate.name} must hold a JSON object; fix it by hand.")
    return data


def clean_metadata(meta: dict) -> dict:
    """Staff-given metadata, checked: dates as YYYY-MM, http(s) URLs, aliases a list of short names."""
    cleaned: dict = {}
    for key in ("title", "organisation"):
        value = " ".join(str(meta.get(key) or "").split())
        if value:
            cleaned[key] = value[:300]
    for key in ("date", "reviewed"):
        value = str(meta.get(key) or "").strip()
        if value:
            month = parse_date(value) or (value if re.fullmatch(r"(?:19|20)\d\d", value) else None)
            if month is None:
                raise StaffActionError(f"The {key} {value!r} is not a date; give it as YYYY-MM, e.g. 2024-05.")
            cleaned[key] = month
    url = str(meta.get("url") or "").strip()
    if url:
        parsed = urlparse(url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise StaffActionError(f"The URL {url!r} is not a web address; give it as https://….")
        cleaned["url"] = url
    aliases = meta.get("aliases") or []
    aliases = [aliases] if isinstance(aliases, str) else list(aliases)
    aliases = list(dict.fromkeys(" ".join(str(a).split())[:100] for a in aliases if str(a).strip()))
    if len(aliases) > MAX_ALIASES:
        raise StaffActionError(f"At most {MAX_ALIASES} aliases, please.")
    if aliases:
        cleaned["aliases"] = aliases
    supersedes = meta.get("supersedes") or []
    supersedes = [supersedes] if isinstance(supersedes, str) else list(supersedes)
    if supersedes:
        cleaned["supersedes"] = [document_id(str(s)) for s in supersedes]
    return cleaned


# --- Finding a statement by id -------------------------------------------------------------


def find_file(corpus_dir: Path, doc_id: str, index_dir: Path | None = None, folder: str | None = None) -> Path:
    """The corpus file a statement id comes from (in `folder` under the corpus, e.g. .removed)."""
    corpus_dir = Path(corpus_dir)
    if folder is not None:
        root = corpus_dir / folder
        if root.is_dir():
            for path in sorted(root.iterdir()):
                if path.is_file() and not path.name.endswith(".meta.json") and not path.name.startswith(".") \
                        and document_id(path.name) == doc_id:
                    return path
        raise StaffActionError(f"No removed statement {doc_id!r} in {root}.")
    if not corpus_dir.is_dir():
        raise StaffActionError(f"No corpus folder at {corpus_dir}.")
    for path in corpus_files(corpus_dir):
        if document_id(path.relative_to(corpus_dir).as_posix()) == doc_id:
            return path
    # One file may hold several statements; the index knows which file each came from.
    if index_dir is not None:
        from statement_qa.index import load

        try:
            document = load(Path(index_dir)).documents.get(doc_id)
        except StatementQAError:
            document = None
        if document is not None and (corpus_dir / document.source).is_file():
            return corpus_dir / document.source
    raise StaffActionError(f"No statement {doc_id!r} in {corpus_dir}; see `statement-qa list` for the ids.")


# --- Rebuilding ----------------------------------------------------------------------------


def rebuild(corpus_dir: Path, index_dir: Path, embedder=None) -> BuildReport:
    """Update the index incrementally, with the model and settings it was built with."""
    from statement_qa.index import build, load
    from statement_qa.settings import Settings

    settings, model = Settings().to_dict(), None
    try:
        manifest = load(Path(index_dir)).manifest
        settings, model = manifest.get("settings") or settings, manifest["model"]["id"]
    except StatementQAError:
        pass  # no index yet: the default model and settings
    if embedder is None:
        from statement_qa.embedding import make_embedder

        embedder = make_embedder(model)
    return build(Path(corpus_dir), Path(index_dir), embedder, settings=settings)


# --- The actions ---------------------------------------------------------------------------


def add(corpus_dir: Path, index_dir: Path, data: bytes, filename: str, meta: dict | None = None, *,
        data_folder: Path | None = None, by: str | None = None, why: str | None = None, embedder=None,
        max_bytes: int = MAX_UPLOAD_BYTES, update_index: bool = True) -> ActionResult:
    """Put a statement into the corpus under a safe new name with its sidecar, and update the index."""
    corpus_dir = Path(corpus_dir)
    if len(data) > max_bytes:
        raise StaffActionError(f"The file is {len(data) / 1_000_000:.1f} MB, over the "
                               f"{max_bytes / 1_000_000:g} MB limit.")
    suffix = detect_suffix(data, filename)
    cleaned = clean_metadata(meta or {})
    for older in cleaned.get("supersedes", []):
        find_file(corpus_dir, older, index_dir)  # refuse an unknown id before anything is written
    data_folder = check_data_dir(data_dir(data_folder), index_dir, corpus_dir)
    corpus_dir.mkdir(parents=True, exist_ok=True)
    same = _same_content(corpus_dir, data)
    if same is not None:
        raise StaffActionError(f"This file is in the corpus already, as {same}.")
    path = _free_path(corpus_dir, safe_stem(filename), suffix)
    if cleaned:
        # The sidecar first: the statement is never indexed without what staff said about it.
        sidecar = path.with_suffix(".meta.json")
        _write_json(sidecar, cleaned)
    try:
        _write_new(path, data)
    except BaseException:
        if cleaned:
            sidecar.unlink(missing_ok=True)
        raise
    source = path.relative_to(corpus_dir).as_posix()
    doc_id = document_id(source)
    audit(data_folder, "add", doc_id, by, why, source=source, supersedes=cleaned.get("supersedes"))
    report = rebuild(corpus_dir, index_dir, embedder) if update_index else None
    return ActionResult("add", doc_id, source, report)


def edit(corpus_dir: Path, index_dir: Path, doc_id: str, meta: dict, *, data_folder: Path | None = None,
         by: str | None = None, why: str | None = None, embedder=None, update_index: bool = True) -> ActionResult:
    """Change a statement's metadata (title, organisation, date, reviewed, url, aliases, supersedes)."""
    path = find_file(corpus_dir, doc_id, index_dir)
    data_folder = check_data_dir(data_dir(data_folder), index_dir, corpus_dir)
    sidecar = read_sidecar(path)
    given = {k: v for k, v in meta.items() if k in META_FIELDS}
    cleaned = clean_metadata(given)
    for key in given:  # an empty value clears the field
        sidecar.pop(key, None)
    sidecar.update(cleaned)
    _write_json(sidecar_path(path), sidecar)
    audit(data_folder, "edit", doc_id, by, why, fields=sorted(given))
    report = rebuild(corpus_dir, index_dir, embedder) if update_index else None
    return ActionResult("edit", doc_id, path.relative_to(corpus_dir).as_posix(), report)


def withdraw(corpus_dir: Path, index_dir: Path, doc_id: str, *, why: str | None = None, by: str | None = None,
             data_folder: Path | None = None, embedder=None, update_index: bool = True) -> ActionResult:
    """Mark a statement withdrawn (never quoted again); `restore` undoes it."""
    path = find_file(corpus_dir, doc_id, index_dir)
    data_folder = check_data_dir(data_dir(data_folder), index_dir, corpus_dir)
    sidecar = read_sidecar(path)
    sidecar["status"] = "withdrawn"
    _write_json(sidecar_path(path), sidecar)
    audit(data_folder, "withdraw", doc_id, by, why)
    report = rebuild(corpus_dir, index_dir, embedder) if update_index else None
    return ActionResult("withdraw", doc_id, path.relative_to(corpus_dir).as_posix(), report)


def restore(corpus_dir: Path, index_dir: Path, doc_id: str, *, why: str | None = None, by: str | None = None,
            data_folder: Path | None = None, embedder=None, update_index: bool = True) -> ActionResult:
    """Undo withdraw, remove or a sidecar's supersession: the statement stands again."""
    corpus_dir = Path(corpus_dir)
    data_folder = check_data_dir(data_dir(data_folder), index_dir, corpus_dir)
    notes = []
    try:
        path = find_file(corpus_dir, doc_id, index_dir)
    except StaffActionError:
        removed = find_file(corpus_dir, doc_id, folder=REMOVED)
        sidecar = sidecar_path(removed)
        path = corpus_dir / removed.name
        if _taken(corpus_dir, removed.name.split(".")[0].lower(), removed=False):
            raise StaffActionError(f"Cannot restore {removed.name}: a file of that name is in the corpus again.")
        if sidecar.is_file():
            os.rename(sidecar, sidecar_path(path))
        os.rename(removed, path)
        notes.append(f"moved {removed.name} back from {REMOVED}/")
    meta = read_sidecar(path)
    if meta.get("status") in ("withdrawn", "superseded") or meta.get("superseded_by"):
        meta.pop("status", None)
        meta.pop("superseded_by", None)
        _write_json(sidecar_path(path), meta)
        notes.append("no longer withdrawn or superseded")
    # A newer statement's sidecar may name this one as superseded: take that back too.
    for other in corpus_files(corpus_dir):
        other_meta = read_sidecar(other) if sidecar_path(other).is_file() else {}
        replaced = other_meta.get("supersedes")
        replaced = [replaced] if isinstance(replaced, str) else list(replaced or [])
        if doc_id in [document_id(str(r)) for r in replaced]:
            kept = [r for r in replaced if document_id(str(r)) != doc_id]
            if kept:
                other_meta["supersedes"] = kept
            else:
                other_meta.pop("supersedes")
            _write_json(sidecar_path(other), other_meta)
            notes.append(f"{document_id(other.relative_to(corpus_dir).as_posix())} no longer supersedes it")
    audit(data_folder, "restore", doc_id, by, why)
    report = rebuild(corpus_dir, index_dir, embedder) if update_index else None
    return ActionResult("restore", doc_id, path.relative_to(corpus_dir).as_posix(), report, tuple(notes))


def remove(corpus_dir: Path, index_dir: Path, doc_id: str, *, why: str | None = None, by: str | None = None,
           data_folder: Path | None = None, embedder=None, update_index: bool = True) -> ActionResult:
    """Move a statement and its sidecar to corpus/.removed/ (never read; `restore` brings it back)."""
    corpus_dir = Path(corpus_dir)
    path = find_file(corpus_dir, doc_id, index_dir)
    if path.parent != corpus_dir:
        raise StaffActionError(f"{doc_id} is in a subfolder; move {path.relative_to(corpus_dir)} by hand.")
    data_folder = check_data_dir(data_dir(data_folder), index_dir, corpus_dir)
    (corpus_dir / REMOVED).mkdir(exist_ok=True)
    target = corpus_dir / REMOVED / path.name
    if target.exists():
        raise StaffActionError(f"{REMOVED}/{path.name} exists already; restore or move it first.")
    sidecar = sidecar_path(path)
    if sidecar.is_file():
        os.rename(sidecar, corpus_dir / REMOVED / sidecar.name)
    os.rename(path, target)
    audit(data_folder, "remove", doc_id, by, why, source=path.name)
    report = rebuild(corpus_dir, index_dir, embedder) if update_index else None
    return ActionResult("remove", doc_id, path.name, report)


# --- Preview: exactly what patients would get, from a temporary index ------------------------


@dataclass(frozen=True)
class Preview:
    """A statement as the app would show it, before it is published: its document and answers to questions."""

    document: object  # Document
    recommendation: str | None
    answers: tuple  # (question, Answer) pairs; the first answers the statement's own button
    source: str
    skipped: str | None = None


def preview(corpus_dir: Path, index_dir: Path, data: bytes, filename: str, meta: dict | None,
            questions: list[str], embedder, max_bytes: int = MAX_UPLOAD_BYTES) -> Preview:
    """Read, index and ask as publishing would, on a temporary copy: nothing in the corpus or index changes."""
    import shutil
    import tempfile

    from statement_qa.answer import Assistant
    from statement_qa.index import CURRENT, build, load
    from statement_qa.settings import Settings

    if len(data) > max_bytes:
        raise StaffActionError(f"The file is {len(data) / 1_000_000:.1f} MB, over the "
                               f"{max_bytes / 1_000_000:g} MB limit.")
    suffix = detect_suffix(data, filename)
    cleaned = clean_metadata(meta or {})
    with tempfile.TemporaryDirectory(prefix="sqa-preview-") as temporary:
        corpus, index = Path(temporary) / "corpus", Path(temporary) / "index"
        if Path(corpus_dir).is_dir():
            shutil.copytree(corpus_dir, corpus, symlinks=True, ignore=shutil.ignore_patterns(".*"))
        else:
            corpus.mkdir()
        settings = Settings().to_dict()
        live = Path(index_dir) / CURRENT
        if live.is_file():  # start from the live index, so only the new statement is embedded
            index.mkdir()
            generation = live.read_text(encoding="ascii").strip()
            shutil.copytree(Path(index_dir) / generation, index / generation)
            shutil.copy(live, index / CURRENT)
            settings = load(index).manifest.get("settings") or settings
        path = _free_path(corpus, safe_stem(filename), suffix)
        if cleaned:
            _write_json(path.with_suffix(".meta.json"), cleaned)
        path.write_bytes(data)
        source = path.relative_to(corpus).as_posix()
        report = build(corpus, index, embedder, settings=settings)
        skipped = next((s.reason for s in report.skipped if s.source == source), None)
        if skipped:
            return Preview(None, None, (), source, skipped)
        assistant = Assistant(load(index, embedder), embedder)
        doc_id = document_id(source)
        document = assistant.index.documents.get(doc_id)
        if document is None:  # identical to a statement already there, or several statements in one file
            document = next((d for d in assistant.index.documents.values() if d.source == source), None)
        if document is None:
            return Preview(None, None, (), source, "it has the same content as a statement already published")
        recommendation = document.section_text(document.recommendation) if document.recommendation else None
        answers = [("", assistant.answer_about(document.id))]
        answers += [(q, assistant.answer(q)) for q in questions if q and q.strip()]
        return Preview(document, recommendation, tuple(answers), source)
