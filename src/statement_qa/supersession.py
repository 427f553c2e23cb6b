"""Which statements are current: of one organisation's statements on one subject, the newest.

Two statements are on the same subject when they share a product name (an alias that is
not the company's) or, for statements on no product, the same title once years are set
aside; and they are in the same language (a translation supersedes nothing). A sidecar's
`supersedes`, `superseded_by` and `status` override what is found. An older text of the
organisation that is mostly about one statement's product (a leaflet read as background) is
replaced by that statement too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from statement_qa.documents import CURRENT, STATEMENT, SUPERSEDED, WITHDRAWN, Document
from statement_qa.lexicon import normalise
from statement_qa.subjects import SubjectIndex


def _subject_keys(document: Document, index: SubjectIndex) -> set[str]:
    keys = set(index.product_keys(document.id))
    if not keys:
        keys = {"title:" + re.sub(r"\b(?:19|20)\d\d\b", "", normalise(document.title)).strip()}
    return keys


def _title_keys(document: Document, keys: set[str]) -> set[str]:
    """The subject keys its title names ('Velastrin (CB-301): updated position' → velastrin, cb301)."""
    title = f" {normalise(document.title)} "
    compact_title = title.replace(" ", "")
    return {k for k in keys if f" {k} " in title or (len(k) >= 4 and k in compact_title)}


def _same_subject(older: Document, newer: Document, keys: dict[str, set[str]]) -> bool:
    """Whether two statements are on one subject: they share a name, and when their titles name
    their subjects, a name one of the titles gives. Two statements that share only a name
    mentioned in passing (the company behind two products, read as a name) are not versions
    of one another."""
    shared = keys[older.id] & keys[newer.id]
    if not shared:
        return False
    titled = _title_keys(older, keys[older.id]) | _title_keys(newer, keys[newer.id])
    return not titled or bool(shared & titled)


def _organisation(document: Document) -> str:
    return normalise(document.organisation or "")


# A text that says it replaces an earlier one on its subject: 'this page replaces it', 'replaces our 2023 leaflet',
# 'ersetzt …', 'sustituye …', 'remplace …', 'vervangt …', 'sostituisce …'.
REPLACES = re.compile(r"\b(?:replaces|supersedes|replacing|superseding|ersetzt|sustituye|reemplaza|remplace|vervangt|"
                      r"sostituisce|substitui)\b", re.IGNORECASE)


def _stem(organisation: str) -> str:
    """An organisation's name less its last word ('Clunton MND Wiki', 'Clunton MND Association' → 'clunton mnd'): one
    body's own names for itself and for its site differ in that word."""
    words = normalise(organisation).split()
    return " ".join(words[:-1]) if len(words) >= 3 else ""


def _said_to_replace(statements: list[Document], keys: dict[str, set[str]], successor: dict[str, str]) -> None:
    """An older statement on the same subject, in the same language, under another name of the same body (its wiki's
    name beside its own), is replaced by a newer one whose text says it replaces an earlier text."""
    for newer in statements:
        if not REPLACES.search(newer.text) or not _stem(newer.organisation or ""):
            continue
        for older in statements:
            if (older.id in successor or older.id == newer.id or _organisation(older) == _organisation(newer)
                    or _stem(older.organisation or "") != _stem(newer.organisation or "")
                    or (older.language or "") != (newer.language or "") or not (older.date or "") < (newer.date or "")
                    or not _same_subject(older, newer, keys)):
                continue
            successor[older.id] = newer.id


def _resources_superseded(documents: list[Document], groups: dict[tuple[str, str], list[Document]],
                          keys: dict[str, set[str]], index: SubjectIndex, successor: dict[str, str]) -> None:
    """An older text of an organisation on the product one of its statements is about is replaced by that
    statement: a 2022 leaflet on dortavimab by the 2025 statement on it, even when the leaflet was read
    as background. Only when the text is mostly about that product (at least half of its names are the
    statement's) and no other of the organisation's statements shares a name with it, so an overview of
    several products stays background."""
    for document in documents:
        if document.kind == STATEMENT or document.status == WITHDRAWN or document.id in successor:
            continue
        own = set(index.product_keys(document.id))
        group = groups.get((_organisation(document), document.language or ""), [])
        if not own or not document.date or not group:
            continue
        sharing = [s for s in group if own & keys[s.id]]
        newest = {_newest(s.id, successor) for s in sharing}
        if len(newest) != 1 or 2 * len(own & set().union(*(keys[s.id] for s in sharing))) < len(own):
            continue
        if document.date < max(s.date or "" for s in sharing):
            successor[document.id] = newest.pop()


def _newest(doc_id: str, successor: dict[str, str]) -> str:
    """The end of doc_id's chain of successors (2019 → 2021 → 2023), never round in a circle."""
    seen = {doc_id}
    while doc_id in successor and successor[doc_id] not in seen:
        doc_id = successor[doc_id]
        seen.add(doc_id)
    return doc_id


def resolve_status(documents: list[Document], subjects: SubjectIndex | None = None) -> list[Document]:
    """The documents with `status`, `superseded_by` and `supersedes` set; order kept.

    `subjects`: the documents' subject index, when the caller has one already.
    """
    by_id = {d.id: d for d in documents}
    index = subjects or SubjectIndex(documents)
    successor: dict[str, str] = {}
    # Sidecars first: what staff said wins over what the dates say.
    for document in documents:
        for replaced_id in document.supersedes:
            if replaced_id in by_id and replaced_id != document.id:
                successor[replaced_id] = document.id
        if document.superseded_by and document.superseded_by in by_id:
            successor[document.id] = document.superseded_by
    statements = [
        d for d in documents if d.kind == STATEMENT and d.status != WITHDRAWN and _organisation(d) and d.date
    ]
    keys = {d.id: _subject_keys(d, index) for d in statements}
    # Only one organisation's statements in one language can supersede each other: compare
    # within those groups, so a build does not grow with the square of the corpus.
    groups: dict[tuple[str, str], list[Document]] = {}
    for statement in statements:
        groups.setdefault((_organisation(statement), statement.language or ""), []).append(statement)
    for group in groups.values():
        # Within a group, only statements sharing a subject are compared (in the group's order).
        sharing: dict[str, list[int]] = {}
        for position, statement in enumerate(group):
            for key in keys[statement.id]:
                sharing.setdefault(key, []).append(position)
        for newer in group:
            for older in (group[p] for p in sorted({p for key in keys[newer.id] for p in sharing[key]})):
                if (
                    older.id in successor
                    or older.id == newer.id
                    or not _same_subject(older, newer, keys)
                    or not (older.date or "") < (newer.date or "")
                ):
                    continue
                successor[older.id] = newer.id
    _said_to_replace(statements, keys, successor)
    _resources_superseded(documents, groups, keys, index, successor)
    replaced: dict[str, list[str]] = {}
    for old_id, new_id in successor.items():
        replaced.setdefault(new_id, []).append(old_id)
    resolved = []
    for document in documents:
        if document.status == WITHDRAWN:
            resolved.append(document)
        elif document.id in successor:
            resolved.append(replace(document, status=SUPERSEDED, superseded_by=_newest(document.id, successor)))
        else:
            supersedes = tuple(sorted(set(document.supersedes) | set(replaced.get(document.id, ()))))
            resolved.append(replace(document, status=CURRENT if document.status != SUPERSEDED else SUPERSEDED,
                                    supersedes=supersedes))
    return resolved
