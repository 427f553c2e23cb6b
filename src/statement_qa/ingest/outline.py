"""An outliner's export (OPML: an outline saved by an outliner such as OmniOutliner, Workflowy, Dynalist or Logseq,
often saved as .txt): what its nodes say.

The file is XML: a <head> with the outline's title, dates and owner, and a <body> of nested <outline> nodes. What a
person wrote is each node's 'text' attribute (and the note some outliners keep beside it, '_note'); the markup, the
expansion state and the spec's address are the tool's. The nodes are read into text, one a line, in the outline's
order, and that text is what is quoted: a node with nodes under it heads them (its depth its rank), so a decision
written as the points under a node is that node's section. The head's title is the title; the part of it that names
an organisation (a 'Meeting - Org' title) is who issued it.
"""

from __future__ import annotations

import re

from statement_qa.structure import HEADING, ITEM, LINE, RULE, Block, Extracted, clean_line
from statement_qa.structure.organisation import organisation_name, split_outside_quotes

OPML = re.compile(r"\A(?:\ufeff)?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*<opml\b", re.IGNORECASE | re.DOTALL)
DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
# The attributes outliners keep a node's words in: OPML's own 'text', a 'title' some tools write instead, and the
# note under a node ('_note': Workflowy, Dynalist, OmniOutliner).
NODE_WORDS = ("text", "title")
NODE_NOTE = "_note"
# Inline markup some outliners leave in a node's text ('<b>Besluit</b>'): how it looks, not what it says.
INLINE_TAG = re.compile(r"</?(?:b|i|u|em|strong|span|a|br|mark|code|s)\b[^<>]*>", re.IGNORECASE)
# OPML's RFC 822 dates ('Thu, 05 Nov 2026 20:10:00 GMT').
RFC822 = re.compile(r"(?:\w{3},\s*)?(?P<d>\d{1,2})\s+(?P<m>[A-Za-z]{3})\w*\s+(?P<y>\d{4})")
MONTHS = {m: n for n, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}


def looks_like_opml(text: str) -> bool:
    """An OPML file: its root element is <opml>, with outline nodes in it."""
    return bool(OPML.match(text[:4000])) and "<outline" in text


def _said(value: str | None) -> str:
    return clean_line(INLINE_TAG.sub("", value or ""))


def _month(value: str | None) -> str | None:
    found = RFC822.search(value or "")
    month = MONTHS.get(found["m"].lower()) if found else None
    return f"{found['y']}-{month:02d}" if found and month else None


def read_opml(text: str) -> Extracted:
    """An outline read as the text its nodes hold, titled by its head's title."""
    import lxml.etree

    parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    root = lxml.etree.fromstring(DECLARATION.sub("", text).encode("utf-8"), parser)
    if root is None:
        return Extracted(text="", blocks=[])
    head_title = _said(root.findtext("head/title"))
    parts: list[tuple[str, str, int]] = []
    if head_title:
        parts.append((head_title, HEADING, 1))

    def walk(node, depth: int) -> None:
        for child in node:
            if not isinstance(child.tag, str) or child.tag.rsplit("}", 1)[-1] != "outline":
                continue
            words = next((said for name in NODE_WORDS if (said := _said(child.get(name)))), "")
            below = [c for c in child if isinstance(c.tag, str) and c.tag.rsplit("}", 1)[-1] == "outline"]
            if words:
                # A node with nodes under it heads them; a leaf is a point of its parent's list.
                parts.append((words, HEADING if below else (ITEM if depth > 1 else LINE), min(depth + 1, 6)))
            note = child.get(NODE_NOTE)
            parts.extend((line, LINE, 0) for line in (clean_line(n) for n in (note or "").split("\n")) if line)
            walk(child, depth + 1)
            if below:
                parts.append(("", RULE, 0))  # its nodes end: what follows is not under it

    body = root.find("body")
    walk(body if body is not None else root, 1)
    said, blocks = "", []
    for words, kind, level in parts:
        if kind == RULE:
            blocks.append(Block(len(said), len(said), RULE))
            continue
        blocks.append(Block(len(said), len(said) + len(words), kind, level if kind == HEADING else 0))
        said += words + "\n\n"
    title, site_name = head_title or None, None
    if head_title:
        # 'Bestuursoverleg november 2026 - ALS-groep De Kwartel': the part shaped like an organisation's name says who
        # keeps the outline; the rest is what it is.
        pieces = [clean_line(p) for p in split_outside_quotes(head_title) if p.strip()]
        named = [(p, found) for p in pieces if (found := organisation_name(p)) and found[1]]
        if len(pieces) > 1 and len(named) == 1:
            site_name = named[0][1][0]
            title = " - ".join(p for p in pieces if p != named[0][0])
    owner = organisation_name(root.findtext("head/ownerName") or "")
    if site_name is None and owner and owner[1]:
        site_name = owner[0]
    return Extracted(text=said, blocks=blocks, title=title, site_name=site_name,
                     date=_month(root.findtext("head/dateCreated")), body=(0, len(said)), layout=True)
