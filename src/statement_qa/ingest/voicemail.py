"""A voicemail box exported as text (a visual-voicemail app's or a phone system's export, with transcriptions).

The export opens with a header of fields ('Mailbox: X MND Support - helpline mobile', 'Exported: 21/11/2026 16:02 by
admin (X MND Support)'); then each message under a line that numbers it and says when it came and from whom ('[3]
SAVED   Wed 18/11/2026 08:55   From: 01632 960 901 (Ian - chair)   Length 1:48', 'Message 2 of 5 - Received …
- From …'), its own fields ('Transcription confidence: high') and its transcription, often in quotation marks; a foot
of notes may close it. A message's header heads it, as a heading heads a section; the transcription is its one
paragraph, inside its quotation marks; fields are not content. The mailbox's field names whose box it is, and the
header of the message that advises on the subject says when it was said.
"""

from __future__ import annotations

import re

from statement_qa.ingest.markup import lines_with_offsets
from statement_qa.structure import HEADING, LINE, Block, Extracted, clean_line, parse_date, word_count
from statement_qa.structure.organisation import organisation_name
from statement_qa.structure.vocabulary import advice_sentences, subject_terms

# What an export calls a voicemail box or a message, in the languages statements come in.
MAILBOX_WORDS: tuple[str, ...] = (
    "voicemail", "voice mail", "voice message", "voice messages", "mailbox", "answerphone", "answering machine",
    "mailbox", "mobilbox", "sprachnachricht", "sprachnachrichten", "anrufbeantworter", "voicemailbox", "voicemailberichten",
    "messagerie vocale", "messages vocaux", "segreteria telefonica", "messaggi vocali", "buzón de voz", "mensajes de voz",
    "correio de voz", "poczta głosowa", "wiadomości głosowe",
)
MESSAGE_WORDS: tuple[str, ...] = ("message", "voicemail", "nachricht", "bericht", "messaggio", "mensaje", "mensagem",
                                  "wiadomość", "msg")
FROM_WORDS: tuple[str, ...] = ("from", "caller", "von", "anrufer", "van", "beller", "de", "da", "chiamante", "od")
MAILBOX = re.compile(rf"\b(?:{'|'.join(MAILBOX_WORDS)})\b", re.IGNORECASE)
# A message's header line: its number ('[3]', '#3', 'Message 3 of 5') and who it came from ('From: …'); or, unnumbered,
# what it is, who from, and when ('Voicemail from Ian (chair) - 18 Nov 2026, 08:55 (1:48)').
MESSAGE = re.compile(
    rf"^[ \t]*(?:(?:\[\d{{1,3}}\]|#\d{{1,3}}\b|(?:{'|'.join(MESSAGE_WORDS)})\s*#?\s*\d{{1,3}}\b"
    rf"(?:\s*(?:of|von|van|di|de|z|/)\s*\d{{1,3}})?).*?\b(?:{'|'.join(FROM_WORDS)})\s*:\s*\S"
    rf"|(?:new\s+|saved\s+)?(?:{'|'.join(MAILBOX_WORDS + MESSAGE_WORDS)})\s+(?:{'|'.join(FROM_WORDS)})\s+\S.*\d:\d\d)",
    re.IGNORECASE,
)
# A field that gives the transcription itself ('Transcript: Hi all, it's Ian. …'): its value is what was said.
TRANSCRIPT_FIELDS = ("transcript", "transcription", "text", "transkript", "transkription", "transcriptie", "trascrizione",
                     "transcripción", "transcrição", "transkrypcja")
# A field of the export's or a message's: a short label, a colon, its value ('Transcription confidence: high').
FIELD = re.compile(r"^[ \t]*(?P<label>[^\W\d_][\w .’'/-]{0,30}?)[ \t]*:[ \t]+(?P<value>\S.*?)[ \t]*$")
RULE = re.compile(r"^[ \t]*([=\-_*~#])\1{7,}[ \t]*$")
MAILBOX_FIELDS = ("mailbox", "box", "account", "line", "mobilbox", "postvak", "casella", "buzón", "skrzynka")


def looks_like_voicemail(text: str) -> bool:
    """A voicemail export: its first lines say it is one (a mailbox, voicemail), and two or more message headers follow."""
    head = "\n".join(text.splitlines()[:8])
    return bool(MAILBOX.search(head)) and sum(1 for line in text.splitlines() if MESSAGE.match(line)) >= 2


def read_voicemail(text: str) -> Extracted:
    """Blocks of a voicemail export as offsets into its own text: each message's header a heading, its transcription
    (inside its quotation marks) a paragraph; the header's and the messages' fields, and the foot's notes, are fine print."""
    blocks: list[Block] = []
    mailbox: str | None = None
    paragraph: list[tuple[int, int]] = []
    in_message = False
    small = True  # above the first message, and below the rule that closes the last: the export's own notes

    def flush() -> None:
        if not paragraph:
            return
        start, end = paragraph[0][0], paragraph[-1][1]
        said = text[start:end]
        # (a transcription in quotation marks: the words are what is inside them)
        if not small and len(said) > 2 and said[0] in "\"“„«»" and said[-1] in "\"”“«»":
            start, end = start + 1, end - 1
        blocks.append(Block(start, end, LINE, small=small))
        paragraph.clear()

    for start, line in lines_with_offsets(text):
        stripped = line.strip()
        if not stripped or RULE.match(line):
            flush()
            if RULE.match(line) and in_message:
                small, in_message = True, False  # the rule under the last message: the foot
            continue
        if MESSAGE.match(line):
            flush()
            indent = len(line) - len(line.lstrip())
            blocks.append(Block(start + indent, start + len(line.rstrip()), HEADING, 2))
            small, in_message = False, True
            continue
        field = FIELD.match(line)
        if field and not small and field.group("label").strip().lower() in TRANSCRIPT_FIELDS \
                and word_count(field.group("value")) >= 6:
            flush()
            paragraph.append((start + field.start("value"), start + field.end("value")))
            continue
        # (a message's own fields are short, 'Transcription confidence: high'; 'Hi all: it's Ian, …' opens what was said)
        if field and word_count(field.group("label")) <= 4 and (small or not paragraph and word_count(field.group("value")) <= 6):
            flush()
            if mailbox is None and field.group("label").strip().lower() in MAILBOX_FIELDS:
                mailbox = field.group("value")
            if small:
                blocks.append(Block(start + field.start(), start + field.end("value"), LINE, small=True))
            continue  # (a message's own fields are no part of what was said)
        indent = len(line) - len(line.lstrip())
        paragraph.append((start + indent, start + len(line.rstrip())))
    flush()
    # The message that gives advice on the export's subject is dated by its header: when it was said.
    terms = subject_terms(text)
    said = [(advice_sentences(text[b.start : b.end], terms), n) for n, b in enumerate(blocks) if b.kind == LINE and not b.small]
    advising = max(said, default=(0, 0))
    heading = next((b for b in reversed(blocks[: advising[1]]) if b.kind == HEADING), None) if advising[0] else None
    named = organisation_name(re.split(r"\s+[-–—|]\s+|\s*\(", mailbox)[0]) if mailbox else None
    return Extracted(
        text=text,
        blocks=blocks,
        title=clean_line(mailbox) if mailbox else None,
        organisation=named[0] if named else None,
        date=parse_date(text[heading.start : heading.end]) if heading else None,
        body=(blocks[0].start, blocks[-1].end) if blocks else (0, len(text)),
        layout=True,
    )
