"""A mail filter's script whose auto-reply holds the text (a Sieve script's 'vacation', an Exim filter's 'vacation' or
'mail'), as a webmail's filter panel or a server exports it.

The script is the mail server's: its comments, its tests and its actions are how mail is sorted, never what the
organisation says. What it says is the text of the reply it sends back: Sieve's 'text:' block (its lines up to a
line holding only '.', RFC 5228 §2.4.2) or the quoted string that ends the 'vacation' action, an Exim filter's
'text "…"'. The reply's ':subject' (Exim's 'subject') names it. Offsets are into the script's own text.
"""

from __future__ import annotations

import re

from statement_qa.structure import LINE, Block, Extracted, clean_line

SIEVE_REQUIRE = re.compile(r"^[ \t]*require[ \t]+(?:\[[^\]]*\]|\"[^\"]*\")[ \t]*;", re.MULTILINE)
EXIM_FILTER = re.compile(r"\A\s*#[ \t]*Exim[ \t]+filter\b", re.IGNORECASE)
AUTOREPLY = re.compile(r"(?<![\w:-])(?:vacation|mail)\b(?=[^;]*?(?::subject|\bsubject|\btext))", re.IGNORECASE)
SUBJECT = re.compile(r"(?::subject|\bsubject)[ \t]+\"(?P<subject>(?:[^\"\\\n]|\\.){1,200})\"")
# Sieve's multi-line string: 'text:' at the end of a line, its lines up to a line of one '.'.
MULTILINE = re.compile(r"\btext:[ \t]*(?:#[^\n]*)?\n(?P<said>.*?)^\.\r?$", re.MULTILINE | re.DOTALL)
# A quoted string of the reply: the last argument of Sieve's 'vacation' (before its ';'), Exim's 'text "…"'.
# (a line may end in an escaped newline and a continuation, '…\\n\\' in Exim's strings: escapes, not words)
QUOTED_REPLY = re.compile(r"(?:\btext[ \t]+|[ \t\n])\"(?P<said>(?:[^\"\\]|\\[\s\S]){20,})\"[ \t]*(?:;|$)", re.MULTILINE)
LINE_ESCAPES = re.compile(r"(?:\\n)*\\?[ \t]*$")


def looks_like_mail_filter(text: str) -> bool:
    """A Sieve script ('require [...]' and a 'vacation' action) or an Exim filter with an auto-reply."""
    head = text[:20000]
    return bool(SIEVE_REQUIRE.search(head) or EXIM_FILTER.match(head)) and bool(AUTOREPLY.search(head)) \
        and bool(MULTILINE.search(head) or QUOTED_REPLY.search(head))


def read_mail_filter(text: str) -> Extracted:
    """Blocks of the auto-reply a mail filter sends (see the module's docstring): its paragraphs, titled by its subject."""
    action = AUTOREPLY.search(text)
    start = action.start() if action else 0
    subject = SUBJECT.search(text, start)
    after = subject.end() if subject else start  # (the reply's text follows its subject, itself a quoted string)
    reply = MULTILINE.search(text, start) or QUOTED_REPLY.search(text, after)
    blocks: list[Block] = []
    if reply:
        begin, end = reply.span("said")
        quoted = reply.re is QUOTED_REPLY
        # (a quoted string's lines are its paragraphs, each without the escapes that end it; a 'text:' block's paragraphs
        # are its lines between blank lines)
        paragraphs = r"[^\n]+" if quoted else r"(?:[^\n]*\S[^\n]*(?:\n|$))+"
        for found in re.finditer(paragraphs, text[begin:end]):
            said = LINE_ESCAPES.sub("", found.group()) if quoted else found.group().rstrip()
            lead = len(said) - len(said.lstrip())
            if said.strip():
                blocks.append(Block(begin + found.start() + lead, begin + found.start() + len(said), LINE))
    return Extracted(
        text=text,
        blocks=blocks,
        title=clean_line(subject.group("subject")) if subject else None,
        body=(blocks[0].start, blocks[-1].end) if blocks else (0, len(text)),
    )
