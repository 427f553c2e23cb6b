"""Chat exports (a WhatsApp group's .txt, a Telegram Desktop HTML export): messages by senders, in order.

An organisation posts a statement to its members' group as one long message or as a few in a row
('1/3', '2/3', '3/3'); members reply below it. The statement is the organisation's own messages:
those of the sender the chat is named for or that is named like an organisation, else of the
group's admin (a name marked 'admin', the sender who created the group), else of whoever wrote
the longest message. Of that sender's first run of messages (until someone else writes), the
statement starts at the message whose first line is a title ('*NeuroKelp – our statement*', a
bold line, or a short line of its own over a long message) and runs to the end of the run, each message its own stretch of text (a quote is cut
between two messages). The chat's own lines (the encryption notice, 'X created group', settings
changes, '<Media omitted>', 'This message was deleted') are never text. The title is that first
line, the date the first statement message's, the organisation the sender when it is named
like one, else the chat's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from statement_qa.structure import LINE, Block, Extracted, clean_line, looks_like_heading, word_count
from statement_qa.structure.organisation import named_in, organisation_name

# '14/11/2024, 19:02 - Name: text' (Android), '[14/11/2024, 19:02:11] Name: text' (iPhone), '11/14/24, 7:02 PM - …'.
WHATSAPP_LINE = re.compile(
    r"^\u200e?\[?(?P<day>\d{1,2})[/.-](?P<month>\d{1,2})[/.-](?P<year>\d{2,4}),?\s+"
    r"(?P<time>\d{1,2}[:.]\d\d(?:[:.]\d\d)?(?:\s?[APap]\.?[Mm]\.?)?)\]?\s*(?:[-–]\s+)?(?P<rest>.*)$"
)
SENDER = re.compile(r"^(?P<sender>[^:]{1,60}?):\s(?P<text>.*)$")
# What the app itself writes into a chat, never a member's words.
APP_LINES = re.compile(
    r"^(?:<?(?:media|image|video|audio|sticker|gif|document)\s+omitted>?|this\s+message\s+was\s+deleted|"
    r"you\s+deleted\s+this\s+message|<attached:[^>]*>|null|missed\s+(?:voice|video)\s+call|"
    # the iPhone export posts the encryption notice as the group's own first message
    r"messages\s+(?:and\s+calls\s+)?(?:to\s+this\s+(?:group|chat)\s+)?are\s+(?:now\s+secured\s+with\s+)?end-to-end\s+encrypt.*)\s*$",
    re.IGNORECASE,
)
CREATED = re.compile(r"^(?P<sender>.+?)\s+created\s+(?:the\s+)?group\s+[\"“](?P<name>[^\"”]+)[\"”]", re.IGNORECASE)
ADMIN = re.compile(r"\badmin(?:istrator)?\b", re.IGNORECASE)
BOLD = re.compile(r"^\*(?P<inner>[^*\n]{3,160})\*$")


@dataclass
class Message:
    """One message: who sent it, when (as 'YYYY-MM'), its lines, and whether its first line is set in bold."""

    sender: str
    month: str | None
    lines: list[str] = field(default_factory=list)
    bold_first: bool = False


def statement_run(messages: list[Message], chat_name: str | None, creator: str | None = None,
                  pinned: str | None = None) -> tuple[int, int] | None:
    """Which messages (start, end) are the organisation's statement, or None when no sender posts one; a sender
    whose message the channel pinned (a Discord statements channel) states it before any other."""
    if not messages:
        return None
    senders = list(dict.fromkeys(m.sender for m in messages))
    named = chat_name.casefold() if chat_name else ""
    shaped = [s for s in senders if (found := organisation_name(s)) and found[1]]
    chosen = (
        (pinned if pinned in senders else None)
        or next((s for s in senders if named and s.casefold() in named), None)
        or (shaped[0] if shaped else None)
        or next((s for s in senders if ADMIN.search(s)), None)
        or (creator if creator in senders else None)
        or max(messages, key=lambda m: word_count(" ".join(m.lines))).sender
    )
    first = next(i for i, m in enumerate(messages) if m.sender == chosen)
    end = first
    while end < len(messages) and messages[end].sender == chosen:
        end += 1
    titled = next((i for i in range(first, end) if messages[i].bold_first and word_count(messages[i].lines[0]) >= 2), None)
    return (titled if titled is not None else first), end


def looks_like_whatsapp(text: str) -> bool:
    """Most of the text's opening lines start with a chat export's date and time."""
    lines = [line for line in text.splitlines()[:40] if line.strip()]
    return len(lines) >= 3 and sum(bool(WHATSAPP_LINE.match(line)) for line in lines) >= 0.5 * len(lines)


def _month(day: str, month: str, year: str) -> str | None:
    d, m, y = int(day), int(month), int(year)
    y += 2000 if y < 100 else 0
    if m > 12 and d <= 12:
        d, m = m, d  # a US export: month first
    return f"{y:04d}-{m:02d}" if 1 <= m <= 12 and 1990 <= y <= 2100 else None


def read_whatsapp(text: str) -> Extracted | None:
    """A WhatsApp chat export read as the organisation's statement in it; None when no sender posts one."""
    messages: list[Message] = []
    chat_name = creator = None
    for raw in text.splitlines():
        line = raw.strip().replace("\u200e", "")
        stamp = WHATSAPP_LINE.match(line)
        if not stamp:
            if messages and line and not APP_LINES.match(line):
                messages[-1].lines.append(line)  # a message of several lines goes on
            elif messages and not line and messages[-1].lines and messages[-1].lines[-1]:
                messages[-1].lines.append("")  # a paragraph break inside a message
            continue
        rest = stamp.group("rest")
        said = SENDER.match(rest)
        if not said:  # the app's own line: encryption notice, group created, settings changed
            created = CREATED.match(rest)
            if created:
                creator, chat_name = created.group("sender").strip(), created.group("name").strip()
            messages.append(Message("", None))  # it still ends a run of messages
            continue
        body = said.group("text").strip()
        message = Message(said.group("sender").strip(), _month(stamp.group("day"), stamp.group("month"), stamp.group("year")))
        if body and not APP_LINES.match(body):
            message.lines.append(body)
            message.bold_first = bool(BOLD.match(body))
        messages.append(message)
    spoken = [m for m in messages if m.sender]
    if len(spoken) < 2:
        return None
    for message in spoken:
        # A long message that opens with a line of its own shaped like a title ('NeuroKelp – our statement', no
        # bold marks) is titled by it as a bold first line would be.
        if not message.bold_first and len(message.lines) > 2 and message.lines[1] == "" \
                and looks_like_heading(message.lines[0]) and word_count(" ".join(message.lines)) >= 60:
            message.bold_first = True
    messages = [m for m in messages if m.sender and m.lines]
    run = statement_run(messages, chat_name, creator)
    if run is None:
        return None
    start, end = run
    parts: list[str] = []
    blocks: list[Block] = []
    breaks: list[int] = []
    length = 0
    for n, message in enumerate(messages[start:end]):
        paragraphs = re.split(r"\n\s*\n", "\n".join(message.lines))
        for k, paragraph in enumerate(paragraphs):
            line = clean_line(paragraph.replace("\n", " "))
            if not line:
                continue
            if parts:
                parts.append("\n\n")
                length += 2
                if k == 0:
                    breaks.append(length)  # another message: a quote never runs across two
            inner = BOLD.match(line) if n == 0 and not blocks else None
            line = inner.group("inner").strip() if inner else line
            blocks.append(Block(length, length + len(line), LINE))
            parts.append(line)
            length += len(line)
    if not blocks:
        return None
    extracted_text = "".join(parts)
    first = messages[start]
    title = clean_line(extracted_text[blocks[0].start : blocks[0].end]) if first.bold_first else None
    sender = organisation_name(first.sender)
    group = organisation_name(chat_name) if chat_name else None
    return Extracted(
        text=extracted_text,
        blocks=blocks,
        title=title,
        site_name=(sender[0] if sender and sender[1] else None) or (group[0] if group else None),
        byline=first.month,
        body=(0, len(extracted_text)),
        breaks=tuple(breaks),
    )


def has_class(name: str) -> str:
    """An XPath test that an element's class list holds `name` as a whole word."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


def telegram_statement(tree) -> tuple[str, str | None, list, str | None] | None:
    """A Telegram Desktop export ('message default' divs, each with its sender's 'from_name' unless it is 'joined'
    to the one above): (the sender who states it, the chat's name, the text elements of the statement's messages,
    the first one's date line), or None for any other page."""
    from statement_qa.structure.dates import find_dates

    found = tree.xpath(f"//div[{has_class('message')} and {has_class('default')}]")
    if len(found) < 2:
        return None
    header = tree.xpath(f"//div[{has_class('page_header')}]")
    chat_name = clean_line(header[0].text_content()) if header else None
    messages: list[Message] = []
    texts: list = []
    stamps: list[str | None] = []
    sender = ""
    for element in found:
        body = element.xpath(f"./div[{has_class('body')}]")
        if not body:
            continue
        named = body[0].xpath(f"./div[{has_class('from_name')}]")
        if named:
            sender = clean_line(named[0].text_content())
        elif "joined" not in (element.get("class") or "").split():
            sender = ""  # neither named nor joined to the message above: whose it is is unknown
        text = body[0].xpath(f"./div[{has_class('text')}]")
        stamp = body[0].xpath(f"./div[{has_class('date')}]/@title")
        dated = find_dates(stamp[0]) if stamp else []
        lines = [clean_line(text[0].text_content())] if text else []
        first_bold = bool(text) and bool(text[0].xpath("./*[1][self::strong or self::b]")) and not (text[0].text or "").strip()
        messages.append(Message(sender, None, lines if lines and lines[0] else [], first_bold))
        texts.append(text[0] if text else None)
        stamps.append(stamp[0][dated[0][0] : dated[0][1]] if dated else None)
    keep = [i for i, m in enumerate(messages) if m.sender and m.lines]
    run = statement_run([messages[i] for i in keep], chat_name)
    if run is None:
        return None
    chosen = [keep[i] for i in range(*run)]
    return messages[chosen[0]].sender, chat_name, [texts[i] for i in chosen], stamps[chosen[0]]


# A sender that is a part of the group the chat is of ("Selbury Committee" in the "Selbury ALS Huddle" server).
BODY_SENDER = re.compile(r"\b(?:committee|board|trustees|team|mods|moderators|admins?|staff)\s*$", re.IGNORECASE)


def speaks_for(sender: str, chat_name: str | None) -> bool:
    """True when the sender is a body of the group the chat is named for ('Selbury Committee' posting in 'Selbury ALS
    Huddle'): the group, not its committee, states it."""
    if not chat_name or not BODY_SENDER.search(sender):
        return False
    own = {w.casefold() for w in re.findall(r"[^\W\d_]{3,}", BODY_SENDER.sub("", sender))}
    return bool(own & {w.casefold() for w in re.findall(r"[^\W\d_]{3,}", chat_name)})


def discord_statement(tree) -> tuple[str, str | None, list, str | None] | None:
    """A DiscordChatExporter HTML export ('chatlog__message-container' divs; a message without a header is its
    sender's, grouped under the one above; 'preamble' names the server first): as telegram_statement. The channel's
    pinned messages are the statement's; a reply's quoted preview, a forwarded embed and system lines are not text."""
    from statement_qa.structure.dates import find_dates

    found = tree.xpath(f"//div[{has_class('chatlog__message-container')}]")
    if len(found) < 2:
        return None
    preamble = tree.xpath(f"//div[{has_class('preamble__entry')}]")
    chat_name = clean_line(preamble[0].text_content()) if preamble else None
    messages: list[Message] = []
    texts: list = []
    stamps: list[str | None] = []
    pinned = None
    sender = ""
    for element in found:
        classes = (element.get("class") or "").split()
        if "chatlog__message-container--system" in classes:
            continue
        author = element.xpath(f".//div[{has_class('chatlog__header')}]/*[{has_class('chatlog__author')}]")
        if author:
            sender = clean_line(author[0].text_content())
        content = element.xpath(f".//div[{has_class('chatlog__content')}]")
        shown = element.xpath(f".//*[{has_class('chatlog__timestamp')}]") or element.xpath(
            f".//*[{has_class('chatlog__short-timestamp')}]/@title")
        stamp = clean_line(shown[0] if isinstance(shown[0], str) else shown[0].text_content()) if shown else ""
        dated = find_dates(stamp)
        line = clean_line(content[0].text_content()) if content else ""
        holder = content[0].xpath(f"./*[{has_class('chatlog__markdown-preserve')}]") if content else []
        holder = holder[0] if holder else (content[0] if content else None)
        first_bold = holder is not None and bool(holder.xpath("./*[1][self::strong or self::b]")) \
            and not (holder.text or "").strip()
        if line and pinned is None and "chatlog__message-container--pinned" in classes:
            pinned = sender
        messages.append(Message(sender, None, [line] if line else [], first_bold))
        texts.append(content[0] if content else None)
        stamps.append(stamp[dated[0][0] : dated[0][1]] if dated else None)
    keep = [i for i, m in enumerate(messages) if m.sender and m.lines]
    run = statement_run([messages[i] for i in keep], chat_name, pinned=pinned)
    if run is None:
        return None
    chosen = [keep[i] for i in range(*run)]
    return messages[chosen[0]].sender, chat_name, [texts[i] for i in chosen], stamps[chosen[0]]


# An IRC client's log (Irssi, WeeChat, HexChat, mIRC): '19:00 <@nick> text', '[19:00] <nick> text', '-!-' and '***'
# lines for joins, quits and topics, '--- Log opened Thu Dec 12 18:55:02 2024'.
IRC_STAMP = r"(?:\[?(?:(?:19|20)\d\d-\d\d-\d\d[ T])?\d{1,2}:\d\d(?::\d\d)?\]?\s+)?"
IRC_SAID = re.compile(rf"^{IRC_STAMP}<(?P<mode>[@+%&~])?\s*(?P<nick>[^<>\s]+)\s*>\s?(?P<text>.*)$")
IRC_EVENT = re.compile(rf"^(?:{IRC_STAMP}(?:-!-|\*\*\*|-->|<--|--|\*)\s|---\s+(?:log|day)\s|\*{{4}}\s+(?:begin|ending)\s+logging)",
                       re.IGNORECASE)
IRC_TOPIC = re.compile(r"\btopic(?:\s+for\s+(?P<channel>[#&][^\s:]+))?\s*(?:is)?\s*:\s*(?P<topic>.+)$", re.IGNORECASE)
IRC_OPENED = re.compile(r"^(?:---\s+log\s+opened|\*{4}\s+begin\s+logging\s+at)\s+(?P<when>.+)$", re.IGNORECASE)
IRC_NAMES = re.compile(r"\[\s*@(?P<nick>[^\s\]]+)\s*\]")
# A service account that posts reminders ('tarrock_bot', 'ChanServ'): never who states anything.
IRC_BOT = re.compile(r"(?:^|[_-])bot(?:$|[_-]|\d)|bot$|serv$", re.IGNORECASE)
# A message that opens with a label announcing what follows ('[OFFICIAL] our position, copy exactly: …'): the label
# heads the message's words, as a bold run-in heading would.
ANNOUNCED = re.compile(r"^(?P<label>[^:]{3,80}?\b(?:position|statement|stance|recommendations?|advice|view|line)\b[^:]{0,40}):\s+(?=\S)",
                       re.IGNORECASE)


def looks_like_irc(text: str) -> bool:
    """Most of the text's opening lines are an IRC log's: a nick's message or the client's event lines."""
    lines = [line for line in text.splitlines()[:40] if line.strip()]
    said = sum(bool(IRC_SAID.match(line)) for line in lines)
    return len(lines) >= 5 and said >= 3 and said + sum(bool(IRC_EVENT.match(line)) for line in lines) >= 0.7 * len(lines)


def read_irc(text: str) -> Extracted | None:
    """An IRC log read as the statement of the channel's operator who speaks most (not a bot): that operator's
    messages, each its own stretch of text; None when nobody speaks as an operator."""
    from statement_qa.structure.dates import parse_date

    said: list[tuple[str, str]] = []
    operators: set[str] = set()
    topic = month = None
    for raw in text.splitlines():
        line = raw.strip()
        message = IRC_SAID.match(line)
        if message:
            if message.group("mode") == "@":
                operators.add(message.group("nick"))
            if message.group("text").strip():
                said.append((message.group("nick"), message.group("text").strip()))
            continue
        opened = IRC_OPENED.match(line)
        if opened and month is None:
            month = parse_date(opened.group("when"))
        found = IRC_TOPIC.search(line) if IRC_EVENT.match(line) else None
        if found and topic is None:
            topic = found.group("topic")
        operators.update(IRC_NAMES.findall(line) if line.count("[") >= 2 and not message else ())
    people = [nick for nick in operators if not IRC_BOT.search(nick)]
    words: dict[str, int] = {}
    for nick, words_said in said:
        words[nick] = words.get(nick, 0) + word_count(words_said)
    speaker = max(people, key=lambda nick: words.get(nick, 0), default=None)
    if speaker is None or not words.get(speaker):
        return None
    parts: list[str] = []
    blocks: list[Block] = []
    breaks: list[int] = []
    length = 0
    for nick, line in said:
        if nick != speaker:
            continue
        if parts:
            parts.append("\n\n")
            length += 2
            breaks.append(length)  # another message: a quote never runs across two
        label = ANNOUNCED.match(line)
        blocks.append(Block(length, length + len(line), LINE, lead=len(label.group("label")) + 1 if label else 0))
        parts.append(line)
        length += len(line)
    joined = "".join(parts)
    named = named_in(re.split(r"\s+\|\s+", topic)[0]) if topic else None
    return Extracted(
        text=joined,
        blocks=blocks,
        title=clean_line(re.split(r"\s+\|\s+", topic)[0]) if topic else None,
        site_name=named,
        byline=month,
        body=(0, len(joined)),
        breaks=tuple(breaks),
    )
