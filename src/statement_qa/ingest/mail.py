"""An e-mail saved as text: its header, and which message of a thread is the document.

A message opens with a header block ('From:', 'Sent:', 'To:', 'Subject:' …). A reply or a
forward holds earlier messages below it, each after a separator ('-----Original
Message-----', '---------- Forwarded message ---------', 'Begin forwarded message:') or an
attribution ('On 5 March, Jane wrote:'), often quoted with '>' on every line.

In a forward (its subject says so: 'FW:', 'Fwd:', 'WG:' …) the innermost message is the
document and the notes of the people who passed it on are furniture; in anything else the
newest message is the document and what it quotes is not part of it. Headers, separators and
quote markers are never content. The markers are blanked (same length, so every offset still
points into the file) and a break is set at each one inside the document: a quote of quoted
lines is shown line by line, each piece exactly as the file prints it, never joined across a
marker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from statement_qa.structure import read_date_line
from statement_qa.structure.words import MAIL_HEADERS

MAIL_HEADER = re.compile(rf"^\s*({'|'.join(map(re.escape, MAIL_HEADERS))})\s*:\s*(.*)$", re.IGNORECASE)
# Any header field ('Importance: High', 'X-Priority: 1', 'Reply-To: …') inside a block of known ones.
ANY_HEADER = re.compile(r"^\s*[A-Za-z][\w-]{0,30}(?:\s[\w-]+)?\s*:\s")
QUOTE_MARKER = re.compile(r"^(?:[ \t]*>)+[ \t]?")
# Subject prefixes, per language: a forward (FW, Fwd; WG, TR, RV, ENC, I, Doorst) and a reply (RE, AW, SV, Antw, R).
FORWARD_PREFIXES = ("fwd?", "wg", "tr", "rv", "enc", "i", "doorst", "vs", "vb")
REPLY_PREFIXES = ("re", "aw", "sv", "antw", "r", "ynt")
PREFIXES = re.compile(rf"^(?:\s*(?:{'|'.join(FORWARD_PREFIXES + REPLY_PREFIXES)})\s*(?:\[\d+\])?\s*:\s*)+", re.IGNORECASE)
FORWARDED = re.compile(rf"^\s*(?:{'|'.join(FORWARD_PREFIXES)})\s*:", re.IGNORECASE)
# The lines that introduce an earlier message: a dashed or ruled caption, or a client's lead line.
SEPARATOR = re.compile(r"^\s*(?:-{2,}|_{2,}|={2,})\s*[^\W\d_][^-_=]*?\s*(?:-{2,}|_{2,}|={2,})\s*$|^\s*_{10,}\s*$")
LEAD_LINES = (r"begin\s+forwarded\s+message", r"anfang\s+der\s+weitergeleiteten\s+nachricht",
              r"d[ée]but\s+du\s+message\s+r[ée]exp[ée]di[ée]", r"inicio\s+del\s+mensaje\s+reenviado",
              r"begin\s+doorgestuurd\s+bericht", r"inizio\s+messaggio\s+inoltrato", r"in[íi]cio\s+da\s+mensagem\s+reencaminhada")
FORWARD_LEAD = re.compile(rf"^\s*(?:{'|'.join(LEAD_LINES)})\s*:\s*$", re.IGNORECASE)
WROTE = ("wrote", "schrieb", r"a\s+[ée]crit", r"escribi[óo]", "schreef", r"ha\s+scritto", "escreveu", "skrev", "napisa[łl]")
ATTRIBUTION = re.compile(rf"^\s*\S.{{4,240}}\s(?:{'|'.join(WROTE)})\s*:\s*$", re.IGNORECASE)


# A FidoNet echomail export (GoldED, timEd …): an 'AREA:' line, kludges ('MSGID:', 'PID:'), a header of 'From :', 'To :',
# 'Subj :' (the sender's line giving the node's address and the date: 'From : X   2:9999/101.3   Fri 25 Jul 25 21:14'),
# a rule of '=', the text quoted with the writer's initials (' AM> '), then the tearline ('--- GoldED'), the origin
# line (' * Origin: …') and the routing lines ('SEEN-BY:', 'PATH:'): none of them is what the message says.
FIDO_AREA = re.compile(r"^\s*AREA:\S+\s*$")
FIDO_FROM = re.compile(r"^(?P<name>.+?)\s{2,}(?P<address>\d{1,5}:\d{1,5}/\d{1,5}(?:\.\d{1,5})?(?:@\S+)?)"
                       r"(?:\s+(?P<date>.+?))?\s*$")
FIDO_CONTROL = re.compile(r"^(?:\s*={5,}\s*|---(?:\s.*)?|\s\*\s+Origin:.*|SEEN-BY:.*|PATH:.*|\x01.*|\s*AREA:\S+\s*)$")
FIDO_QUOTE = re.compile(r"^(?:[ \t]?[A-Za-z]{0,3}>)+[ \t]?")
FIDO_ATTRIBUTION = re.compile(rf"^\s*\S.{{4,240}}\s(?:{'|'.join(WROTE)})(?:\s+to\s+[^:]{{1,40}})?\s*:\s*$", re.IGNORECASE)
# What a sysop writes after a name for the role it posts in ('Kenmure ALS Circle Sec'): not part of the name.
FIDO_ROLE = re.compile(r"\s+(?:sec|secy|secretary|chair|admin|sysop|mod|moderator|office|desk)\.?$", re.IGNORECASE)


def _fidonet(text: str) -> bool:
    """An echomail message: its header's sender line gives a FidoNet address, under an 'AREA:' line or kludges."""
    lines = [line for line in text.split("\n")[:20] if line.strip()]
    return bool(lines) and any(
        (known := MAIL_HEADER.match(line)) and MAIL_HEADERS.get(known.group(1).lower()) == "from"
        and FIDO_FROM.match(known.group(2).strip()) for line in lines)


def _fido_date(said: str) -> str:
    """'Fri 25 Jul 25 21:14' → '25 Jul 2025': the two-digit year FidoNet writes, in full."""
    return re.sub(r"\b(\d{1,2}\s+[A-Za-z]{3,9})\s+(\d{2})\b(?!:)",
                  lambda m: f"{m.group(1)} {('19' if int(m.group(2)) >= 80 else '20')}{m.group(2)}", said)


@dataclass(frozen=True)
class _Message:
    first: int  # its first line (the header's, or the attribution's)
    body: int  # the first line after its header
    depth: int  # how many quote markers its lines carry
    fields: dict[str, str]


@dataclass(frozen=True)
class Thread:
    """An e-mail read as text: the file with quote markers blanked, and where the document is in it."""

    text: str  # the file, its quote markers blanked: same length, same offsets
    scan: str  # the same with everything but the document message's own lines blanked
    subject: str | None
    date: str | None
    sender: str | None
    breaks: tuple[int, ...]


def header_fields(fields: dict[str, str]) -> tuple[str | None, str, str | None]:
    """A header's subject without its 'RE:'/'FW:' prefixes, its date, and its sender without the address."""
    subject = PREFIXES.sub("", fields["subject"]).strip() if fields.get("subject") else None
    sender = re.sub(r"<[^>]*>|\S+@\S+", "", fields.get("from", "")).strip(' "') or None
    return subject or None, fields.get("date", ""), sender


def read_thread(text: str) -> Thread | None:
    """The e-mail in a text that opens with a header block; None for any other text."""
    rows: list[tuple[int, int, int, int]] = []  # start, end, depth, where the line's own text starts
    offset = 0
    fido = _fidonet(text)
    quote_marker = FIDO_QUOTE if fido else QUOTE_MARKER
    for line in text.split("\n"):
        marker = quote_marker.match(line) if not (fido and FIDO_CONTROL.match(line)) else None
        rows.append((offset, offset + len(line), marker.group().count(">") if marker else 0,
                     offset + (marker.end() if marker else 0)))
        offset += len(line) + 1
    messages = _messages(text, rows)
    top = next((n for n, row in enumerate(rows) if text[row[0] : row[1]].strip()
                and not (fido and FIDO_AREA.match(text[row[0] : row[1]]))), None)
    if not messages or messages[0].first != top or not messages[0].fields.get("subject") and not messages[0].fields.get("from"):
        return None
    forward = bool(FORWARDED.match(messages[0].fields.get("subject", "")))
    chosen = messages[-1] if forward else messages[0]
    following = next((m.first for m in messages if m.first > chosen.first), len(rows))
    own: list[int] = []
    for n in range(chosen.body, following):
        start, end, depth, content = rows[n]
        line = text[content:end]
        if depth < chosen.depth and line.strip():
            break  # back in the message that quoted it
        if fido and (FIDO_CONTROL.match(text[start:end]) or FIDO_ATTRIBUTION.match(line)):
            continue
        if depth == chosen.depth and not (SEPARATOR.match(line) or FORWARD_LEAD.match(line) or ATTRIBUTION.match(line)):
            own.append(n)
    dequoted = list(text)
    for start, end, depth, content in rows:
        dequoted[start:content] = " " * (content - start)
    scan = [c if c == "\n" else " " for c in dequoted]
    for n in own:
        start, end, _, content = rows[n]
        scan[content:end] = dequoted[content:end]
    subject, date, sender = header_fields(chosen.fields or messages[0].fields)
    if fido and sender and (found := FIDO_FROM.match(sender)):
        sender = FIDO_ROLE.sub("", found.group("name").strip()) or found.group("name").strip()
        date = date or _fido_date(found.group("date") or "")
    # The header dates the message; a date line of the document's own (its signature's) dates the document.
    dated_itself = any(read_date_line(text[rows[n][3] : rows[n][1]]) for n in own)
    return Thread(
        text="".join(dequoted),
        scan="".join(scan),
        subject=subject,
        date=None if dated_itself else date,
        sender=sender,
        breaks=tuple(rows[n][0] for n in own if rows[n][2] and text[rows[n][3] : rows[n][1]].strip()),
    )


def _messages(text: str, rows: list[tuple[int, int, int, int]]) -> list[_Message]:
    """Every message in the text, in order: a header block of two or more fields naming a sender or a
    subject, or an attribution line over quoted text."""
    messages: list[_Message] = []
    n = 0
    while n < len(rows):
        depth = rows[n][2]
        fields: dict[str, str] = {}
        k = n
        while k < len(rows) and rows[k][2] == depth and ANY_HEADER.match(line := text[rows[k][3] : rows[k][1]]):
            if known := MAIL_HEADER.match(line):
                fields.setdefault(MAIL_HEADERS[known.group(1).lower()], known.group(2).strip())
            k += 1
        if k - n >= 2 and len(fields) >= 2 and ("from" in fields or "subject" in fields):
            messages.append(_Message(n, k, depth, fields))
            n = k
            continue
        if ATTRIBUTION.match(text[rows[n][3] : rows[n][1]]):
            quoted = next((m for m in range(n + 1, len(rows)) if text[rows[m][3] : rows[m][1]].strip()), None)
            if quoted is not None and rows[quoted][2] > depth:
                messages.append(_Message(n, n + 1, rows[quoted][2], {}))
        n += 1
    return messages
