"""HTML: the page's main content as blocks whose kind comes from the markup.

Headings are what the page marks as headings: h1-h6, a paragraph that is entirely bold
(<p><strong>Background</strong></p>, a page builder's styled <span>s), an accordion's
<summary>, a <dt>. Page furniture (nav, header, footer, aside, forms, comment threads,
share bars, tag lists, post navigation, cookie banners, menus) is left out by element and
by class; where something visible was left out between two blocks, the text records a
break so a quote is cut there. Dates that tools guess from metadata are not used: the
statement's date comes from what the page prints, read from its markup only when the page
prints it in a form no reader can date ("Posted 5 months ago" in a <time datetime>). A forum
thread is read as the organisation's own post (its author ranked as staff); a microblog thread
(short posts with no headings, each with its account) as the first account's posts in a row, one
text titled by its first line, other accounts' replies left out. Bold words a paragraph opens with
('<b>Our view:</b> …') are marked on its block as a run-in heading. A page without
heading markup (a document export) has its headings in larger type, by inline style or its
own class rules. The site's name is the first organisation-shaped name among its linked data,
its site metadata, its <title> and its copyright line; a platform's name, or the maker named
in a software credit ("Powered by … © Vendor Ltd"), never is.
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from dataclasses import replace
from typing import Any

from statement_qa.ingest.chat import discord_statement, has_class, speaks_for, telegram_statement
from statement_qa.ingest.clippings import read_notebook
from statement_qa.structure import (
    HEADING,
    ITEM,
    LINE,
    Block,
    Extracted,
    clean_line,
    copyright_holder,
    is_position_heading,
    read_date_line,
    word_count,
)
from statement_qa.structure.dates import find_dates
from statement_qa.structure.organisation import named_in, organisation_name, split_outside_quotes, with_legal_form
from statement_qa.structure.vocabulary import ORGANISATION_WORD
from statement_qa.structure.words import MAIL_HEADERS, RELATIVE_DATES, STATUS_WORDS, SUBJECT_LABELS

# What separates a page title's parts ("Title | Site", "Site – Title").
TITLE_SEPARATOR = re.compile(r"\s+(?:[|–—·»-]|::)\s+|^\s*(?:[|–—·»-]|::)\s+|\s+(?:[|–—·»-]|::)\s*$")
INVISIBLE = {"script", "style", "noscript", "template", "svg", "head", "iframe", "button", "select", "input", "canvas"}
FURNITURE_TAGS = {"nav", "header", "footer", "aside", "form", "dialog", "menu"}
# Class, id and role words that mark page furniture (matched as whole words of the attribute).
FURNITURE_WORDS = {
    "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "sidebar", "widget", "widgets", "footer",
    "header", "masthead", "comment", "comments", "respond", "share", "sharing", "sharedaddy", "social", "tags",
    "tag", "tagcloud", "related", "pagination", "pager", "cookie", "cookies", "consent", "gdpr", "banner",
    "newsletter", "subscribe", "advert", "ads", "promo", "skip", "print", "complementary", "contentinfo",
    "search", "byline", "author", "postnav", "prev", "next", "previous", "disclaimer", "button",
    "editsection", "catlinks", "printfooter", "jump",  # a wiki's "[edit]" links, category bar and print footer
    "postprofile", "userinfo", "avatar",  # a forum post's author box: rank, post count, join date
    "popup", "modal", "offcanvas",  # a box laid over the page (a page builder's newsletter popup, a cookie dialog)
}
BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "details", "summary",
    "h1", "h2", "h3", "h4", "h5", "h6", "table", "tbody", "thead", "tr", "td", "th", "pre", "figure", "figcaption",
    "hr", "center", "address", "body", "html",
}
HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)", re.IGNORECASE)
# Class names a blog engine puts on a post to say what it is filed under or who wrote it ("tag-research",
# "category-news", "author-jane-doe"): on the post itself they describe the content, they do not mark furniture.
# Typepad prefixes them with the post's own class: "entry-author-jane_doe", "entry-category-research_news".
TAXONOMY_CLASS = re.compile(r"^(?:(?:entry|post)-)?(?:tag|category|author)-[\w-]+$")
POST_CLASSES = {"post", "hentry", "h-entry", "entry", "article", "type-post"}
# "wsite-not-footer", "no-sidebar", "without-header": a class that says what an element is not.
NEGATED = re.compile(r"(?:^|[-_])(?:not|no|non|without)[-_]([a-z]+)")
# A furniture word glued to another in one class name: "topnav", "leftnav", "submenu".
GLUED_FURNITURE = re.compile(r"^(?:top|left|right|side|sub|main|primary|secondary|global|site|utility|mega|mobile)"
                             r"(?:nav|navigation|menu|menubar|navbar)$")

# "next" and "previous" mark furniture only beside what they lead to: "nav-next", "prev-post".
SEQUENCE_WORDS = {"next", "prev", "previous"}
SEQUENCE_OF = {"nav", "post", "page", "link", "links", "article", "entry", "story", "pager", "navigation"}


POST_BODY = re.compile(r"\bpost[-_]?(?:content|body|message)\b", re.IGNORECASE)


def _words(element) -> set[str]:
    names = " ".join(element.get(name) or "" for name in ("class", "id", "role")).lower().split()
    if element.tag == "article" or POST_CLASSES & set(names):
        names = [name for name in names if not TAXONOMY_CLASS.match(name)]
    words = set()
    for name in names:
        # A BEM element class ("hero-banner__meta") names the part; the block ("hero-banner") is its ancestor's class.
        part = name.rpartition("__")[2]
        parts = set(re.findall(r"[a-z]+", NEGATED.sub("", part))) - ({"no", "not", "non", "without"} if NEGATED.search(part) else set())
        if not parts & SEQUENCE_OF:
            parts -= SEQUENCE_WORDS  # "field-next-review" is a field, "nav-next" a link to the next post
        words |= parts
    if {"back", "top"} <= words or {"to", "top"} <= words or words & {"totop", "backtotop", "scrolltop", "gotop"}:
        words.add("jump")  # "back2top", "scroll-to-top": a link back up the page
    return words | {"nav" for word in words if GLUED_FURNITURE.match(word)}


def _form_page(form) -> bool:
    """A form that is the page (an online form builder's: its title a heading, its description paragraphs of prose
    above the questions), not a search box or a comment or newsletter form beside the content: it holds the page's
    top heading and at least two paragraphs that come to 60 words."""
    headed = form.xpath(".//h1 | .//*[@role='heading'][@aria-level='1']")
    said = [" ".join(p.text_content().split()) for p in form.xpath(".//p")]
    prose = [line for line in said if word_count(line) >= 8]
    return bool(headed) and len(prose) >= 2 and sum(word_count(line) for line in prose) >= 60


def is_furniture(element) -> bool:
    """Page furniture by element or by its class, id or role words."""
    if element.tag == "form" and not element.xpath(".//input | .//textarea | .//select | .//button"):
        return False  # a form with nothing to fill in is a wrapper: old Reddit sets a post's text in one
    if element.tag == "form" and _form_page(element):
        return False  # a form page (a sign-up or survey form): its description is what the page says
    if element.tag == "aside" and _words(element) & CALLOUT_WORDS and not _words(element) & FURNITURE_WORDS \
            and element.xpath("ancestor::article | ancestor::main | ancestor::*[@role='main']"):
        return False  # a box set in the article's text ("quote-box", role="note") is part of what it says
    if element.tag in FURNITURE_TAGS:
        # A <header> in an article or in the main content, or one that holds a section's heading and no menu
        # (a CMS content element's "frame-header"), heads content; the site's header is furniture.
        # So does a document's title block (Pandoc's "title-block-header": its <h1>, subtitle, author and date), a
        # header whose <h1> links nowhere, beside no menu.
        return not (element.tag == "header" and (
            element.xpath("ancestor::article | ancestor::main | ancestor::*[@role='main']")
            or element.xpath(".//h2 | .//h3 | .//h4") and not element.xpath(".//nav | .//ul | .//form")
            or element.xpath(".//h1") and not element.xpath(".//h1//a | .//nav | .//ul | .//form | .//img")))
    if element.tag in ("a", "span") and _heading_text(element):
        return False  # a heading's own words set in a link to itself (mdBook's '<h2><a class="header" href="#…">'): the heading
    if element.get("id") in ("beta", "gamma") and element.xpath("ancestor::body[starts-with(@class, 'layout-')]"):
        return True  # Typepad's and Movable Type's sidebar columns ("alpha" holds the posts)
    words = _words(element)
    if words & PROFILE_WORDS or PROFILE_CLASSES & set((element.get("class") or "").lower().split()):
        return True  # a forum post's author box: name, rank, "Joined Nov 2019", message count
    if re.fullmatch(r"h[1-6]", element.tag):
        words -= {"header", "masthead"}  # "post-body-header": a heading named for what it is
    if words & TOP_WORDS and not words & (FURNITURE_WORDS - TOP_WORDS):
        # A page or entry header (or a hero banner) that holds the page's heading is where its title is, not furniture;
        # one whose only heading is the site's logo linking home (a wiki's header) is the site's.
        # So is a forum post's header row that wraps the post's own text (NodeBB's "post-header" around the avatar and
        # the post): a header never holds the words of what it heads.
        return not [h for h in element.xpath(".//h1 | .//h2 | .//*[@itemprop='headline']") if not _links_home(h)] \
            and not _holds_text(element)
    content = words & {"entry", "content", "article", "main", "body", "text"}
    if content and not words & (FURNITURE_WORDS - {"print"}):
        return False  # "print-content": the content of a printer-friendly page, not a print button
    if not words & FURNITURE_WORDS or (content and element.tag == "main"):
        return False
    if words & FURNITURE_WORDS == {"widget"} and words & BUILDER_WORDS:
        return False  # a page builder's module ("widget-span widget-type-cell", "elementor-widget-text-editor")
    # A wrapper named like furniture that holds the page's article ("widget Blog" on Blogger, "wy-nav-content-wrap"
    # on Sphinx) is the page's frame, not furniture.
    return not element.xpath(HOLDS_ARTICLE)


def _heading_text(element) -> bool:
    """An inline element that holds all of its heading's words (h1–h6): what the heading says, whatever its class."""
    parent = element.getparent()
    if parent is None or not re.fullmatch(r"h[1-6]", str(parent.tag)):
        return False
    said = " ".join(element.text_content().split())
    return bool(said) and said == " ".join(parent.text_content().split())


TOP_WORDS = {"header", "masthead", "banner"}
# What marks an element as a post's or an article's own text.
TEXT_MARKS = ".//*[@itemprop='text' or @itemprop='articleBody']"


def _holds_text(element) -> bool:
    """An element that holds a post's text of some length: marked as its text (itemprop) or classed as its content."""
    texts = element.xpath(TEXT_MARKS) or [e for e in element.iterdescendants()
                                          if isinstance(e.tag, str) and {"content", "text", "body"} & _words(e)]
    return any(word_count(e.text_content()) >= 40 for e in texts)


# A forum post's author box (XenForo's "message-user", "message-userExtras"): who posted, never what the post says.
PROFILE_WORDS = {"userdetails", "userextras", "userstats", "postprofile", "authorprofile", "postleft"}
PROFILE_CLASSES = {"message-user", "message-cell--user", "post-user", "post-userinfo"}
# Class and role words of a box set inside an article's text: a callout, a note, a highlighted quote.
CALLOUT_WORDS = {"note", "callout", "quote", "box", "highlight", "summary", "keypoint", "key", "notice", "admonition"}
# Words beside "widget" that make it a page builder's layout unit (HubSpot, Elementor), not a sidebar's widget.
# Elementor names every unit of a page "elementor-widget-<type>" in an "elementor-widget-container": its type says
# whether it is furniture ("…-breadcrumbs", "…-share-buttons"), "widget" alone never does.
BUILDER_WORDS = {"type", "cell", "module", "column", "span", "row", "dnd", "rich", "editor", "heading", "image",
                 "elementor", "container"}
LINE_BREAKS = re.compile(r"[\r\n]+")
SPACES = re.compile(r"[ \t\r\f\v\u00a0\u200b]+")
ANCHOR_MARKS = {"¶", "#", "§", "🔗", "¶¶"}
HOLDS_ARTICLE = (
    ".//main | .//article | .//*[@role='main'] | .//*[@itemprop='articleBody'] | .//*[@itemprop='blogPost']"
    f" | .//*[{has_class('post-body')}]"
)
FONT_SIZE = re.compile(r"font-size\s*:\s*([\d.]+)\s*(pt|px)", re.IGNORECASE)
CLASS_RULE = re.compile(r"\.([\w-]+)\s*\{([^{}]*)\}")


def class_styles(tree) -> dict[str, str]:
    """{class: declarations} from the page's own style sheets' one-class rules ('.c2{font-weight:700;font-size:16pt}'):
    how exported documents (Google Docs, Word) mark their headings."""
    sheet = " ".join(tree.xpath("//style/text()"))
    return {name: body for name, body in CLASS_RULE.findall(sheet)}


def _declarations(element, styles: dict[str, str]) -> str:
    classes = (element.get("class") or "").split()
    return ";".join([*(styles.get(c, "") for c in classes), element.get("style") or ""])


def _bold(element, styles: dict[str, str]) -> bool:
    return element.tag in ("strong", "b") or bool(BOLD_STYLE.search(_declarations(element, styles))) or (
        "bold" in (element.get("class") or "").lower()
    )


def _size(element, styles: dict[str, str]) -> float:
    """The font size an element sets, in points (0 when it sets none); the last declaration wins."""
    found = FONT_SIZE.findall(_declarations(element, styles))
    if not found:
        return 0.0
    value, unit = found[-1]
    return float(value) * (0.75 if unit.lower() == "px" else 1.0)


class _Builder:
    """Joins block texts into one extracted text, remembering each block's span and the breaks."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.blocks: list[Block] = []
        self.breaks: list[int] = []
        self.dropped = False
        self.sizes: list[float] = []  # each block's font size, where the page sets one

    def add(self, runs: list[tuple[str, bool, float]], kind: str, level: int = 0, quote: bool = False,
            pre: bool = False) -> None:
        """One block's text from (text, bold, size) runs; a '\\n' run (a <br>) starts a new line. Preformatted
        text (<pre>: a mail archive's body) is paragraphs between blank lines, without quoted '>' lines."""
        text = "".join(t for t, _, _ in runs)
        bold_chars = sum(len(re.sub(r"\s", "", t)) for t, b, _ in runs if b)
        sizes: Counter = Counter()
        for t, _, size in runs:
            sizes[size] += len(re.sub(r"\s", "", t))
        all_chars = len(re.sub(r"\s", "", text))
        if pre:
            lines = []
            for paragraph in re.split(r"\n[ \t]*\n", text):
                rows = [row.strip() for row in paragraph.split("\n") if row.strip()]
                kept = [row for row in rows if not row.startswith(">")]  # an earlier message, quoted
                if len(kept) > 1 and all(word_count(row) < 8 for row in kept):
                    lines.extend(kept)  # a signature: short lines of their own
                elif kept:
                    lines.append(" ".join(kept))
        else:
            lines = text.split("\n")
        lines = [line for line in (SPACES.sub(" ", line).strip() for line in lines) if line]
        if not lines:
            return
        all_bold = bool(all_chars) and bold_chars == all_chars
        if kind == LINE and len(lines) == 1 and all_bold and _heading_shaped(lines[0]):
            kind, level = HEADING, 6  # a paragraph that is all bold heads what follows it
        lead = 0 if pre or all_bold else _bold_lead(runs, lines[0])
        for line in lines:
            if self.parts:
                self.parts.append("\n\n")
                self.length += 2
            if self.dropped and self.blocks:
                self.breaks.append(self.length)
            self.dropped = False
            self.blocks.append(Block(self.length, self.length + len(line), kind, level, quote,
                                     strong=all_bold and kind == LINE, lead=lead if line is lines[0] else 0))
            self.sizes.append(sizes.most_common(1)[0][0] if sizes else 0.0)
            self.parts.append(line)
            self.length += len(line)

    @property
    def text(self) -> str:
        return "".join(self.parts)


# A forum's mark on a thread's title ('… view (pinned)', '[Sticky] …', '… [locked]'): the thread's state, not its words.
# A browser tab's count of unread notifications, saved with the page's title: '(1) ', '(12) ', '(99+) '.
NOTIFICATION_COUNT = re.compile(r"^\(\d{1,3}\+?\)\s+(?=\S)")


def _unquoted(line: str) -> str:
    """A line case-folded without its double quotation marks, to compare a title with a heading."""
    return re.sub(r"\s+", " ", re.sub(r"[\"“”„«»]", "", line)).casefold().strip()


FORUM_MARK = re.compile(r"^\s*[\[(](?:pinned|sticky|locked|closed|solved|featured)[\])]\s*|\s*[\[(](?:pinned|sticky|locked|"
                        r"closed|solved|featured)[\])]\s*$|\s+[-–—]\s+(?:pinned|sticky|locked|closed|solved|featured|"
                        r"angepinnt|wichtig|geschlossen|épinglé|fermé|fijado|cerrado|vastgezet|gesloten|fissato|chiuso)\s*$",
                        re.IGNORECASE)
# A reply's or a topic's label before a post's subject ('Re: X', 'Topic: X').
SUBJECT = re.compile(rf"^\s*(?:{'|'.join(SUBJECT_LABELS)})\s*:\s*(?=\S)", re.IGNORECASE)
# A board's name after its organisation's ('X ALS Circle Forum', 'X Society Message Board'): the organisation runs it.
BOARD_TAIL = re.compile(r"\s+(?:forums?|message\s+boards?|discussion\s+boards?|boards?|bulletin\s+board)$", re.IGNORECASE)


def _is_banner(heading: str, page_title: str) -> bool:
    """An <h1> that only names the organisation ('Associazione SLA Lucciola'), set with one more part of a few words
    in the page's <title> ('Fenradimab – Associazione SLA Lucciola'), not a site's 'Home'."""
    named = organisation_name(heading)
    if not named or not named[1] or clean_line(named[0]).casefold() != heading.casefold():
        return False
    parts = [p.strip() for p in re.split(r"\s+[|–—·-]\s+", page_title) if p.strip()]
    others = [p for p in parts if p.casefold() != heading.casefold()]
    return len(parts) == 2 and len(others) == 1 and 0 < word_count(others[0]) <= 6 and not re.fullmatch(
        r"home|homepage|welcome|start|accueil|startseite|inicio|benvenut[io]|welkom|about(?:\s+us)?", others[0], re.IGNORECASE)


# The part of a <title> after the page's heading that gives its standing (' - WITHDRAWN statement'), up to the next part.
PAGE_STATUS = re.compile(rf"\s+[|–—-]\s+(?=[^|–—]*\b(?i:{'|'.join(STATUS_WORDS)})\b)[^|–—]{{1,40}}?(?=\s+[|–—-]\s+|$)")


def _masthead_over_subject(h1: str, page_title: str) -> bool:
    """An <h1> that is a periodical's masthead with its issue ('Walesby Winter Update, November 2025'), under a <title>
    that gives the same name with what this issue is about ('Walesby Winter Update: two medicines, two answers', an
    e-mail's subject line): the issue's date is no title, the subject is."""
    for cut in re.finditer(r",\s+|\s+[|–—·-]\s+|\s+(?=\()", h1):
        name, issue = h1[: cut.start()].strip(), h1[cut.end() :].strip(" ()")
        if word_count(name) < 2 or not (read_date_line(issue) or re.fullmatch(r"(?:issue|no\.?|nr\.?|#)\s*\d+", issue, re.I)):
            continue
        rest = page_title[len(name) :] if page_title.casefold().startswith(name.casefold()) else ""
        subject = re.match(r"\s*(?::|\s[|–—-])\s+(?P<subject>\S.*)$", rest)
        return subject is not None and word_count(subject.group("subject")) >= 2 and not read_date_line(subject.group("subject"))
    return False


def _named_view(h1: str, page_title: str) -> str | None:
    """The page's name in <title> when it is the <h1>'s subject and the view on it ('<title>Sorbélidine : l'avis du
    bureau - Site</title>' over '<h1>Sorbélidine (SBL-227)</h1>'): what the page is, as its editor named it."""
    subject = re.sub(r"\s*\([^()]*\)\s*$", "", h1).strip().casefold()
    for part in split_outside_quotes(page_title, TITLE_SEPARATOR):
        head, colon, view = clean_line(part).partition(":")
        if colon and subject and head.strip().casefold() == subject and is_position_heading(view.strip()):
            return clean_line(part)
    return None


def _page_heading(tree, h1: str, page_title: str) -> str | None:
    """The heading under the <h1> that titles the page, when <title> is two parts, the second the <h1> exactly (the
    site's name set as its banner) and the first the start of a later <h2> or <h3> ('Quenlidase — Cumann X' over '<h1>Cumann
    X</h1>' and '<h2>Quenlidase (QLD-226): …</h2>'), or None."""
    parts = [clean_line(p) for p in re.split(r"\s+(?:[|–—·-]|::)\s+", page_title) if p.strip()]
    if len(parts) != 2 or parts[1].casefold() != h1.casefold() or parts[0].casefold() == h1.casefold():
        return None  # (the <h1> first, 'Post | Blog': the <h1> is the post's, the blog's name its subtitle)
    page = parts[0].casefold()
    for heading in tree.xpath("//h2 | //h3"):
        line = clean_line(heading.text_content())
        if line.casefold() == page and word_count(line) >= 3:
            return line  # (a blog's post, '<title>Post :: Blog</title>' over '<h1>Blog</h1>' and '<h2>Post</h2>')
        # (the heading saying more than the name: 'Fenradimab (FRD-12)', the name and its code, is what <title> names,
        # and <title> names the site beside it; 'Quenlidase (QLD-226): what is it, and what do we think?' titles the page)
        more = re.sub(r"^\s*\([^()]*\)", "", line[len(page) :]) if line.casefold().startswith(page) else ""
        if more[:1].strip() != "" and more[:1].isalnum():
            continue
        if word_count(more) >= 2:
            return line
    return None


def _page_of_chain(tree, title: str, text: str, blocks: list[Block], site_name: str | None) -> str | None:
    """The page's own heading, when <title> is "Page - Section - Area - Site - Platform" (a wiki's or a code host's:
    the page, then the path up to the site and the software serving it) and the content's first heading prints the
    page's name: two or more parts after it, one of them the site's name or a link the page shows, say where it is
    filed. None otherwise."""
    first = next((b for b in blocks[:6] if b.kind == HEADING), None)
    heading = clean_line(text[first.start : first.end]) if first else ""
    rest = title[len(heading) :] if heading and title.startswith(heading) else ""
    if not rest or not TITLE_SEPARATOR.match(rest):
        return None
    parts = [clean_line(p) for p in split_outside_quotes(rest, TITLE_SEPARATOR) if p.strip()]
    links = {clean_line(t).casefold() for t in tree.xpath("//a//text()")}
    filed = len(parts) >= 2 and any(p.casefold() in links or (site_name and p == site_name) for p in parts)
    return heading if filed else None


# The box a board prints a post's subject in ('message-subject', 'postsubject', 'topic-title', 'thread_title').
SUBJECT_BOX = re.compile(r"subject|topic|thread[-_]?title", re.IGNORECASE)


def _topic_in_title(tree, page_title: str) -> str | None:
    """The part of a <title> of several ('X Forum :: Topic', 'X Board - View topic - Topic') that a post's subject box
    prints, marks and reply labels aside ('Topic - sticky', 'Re: Topic'): the topic, the page's own name, where the
    page has no heading. None otherwise."""
    parts = {clean_line(p).casefold(): clean_line(p) for p in split_outside_quotes(page_title, TITLE_SEPARATOR) if p.strip()}
    if len(parts) < 2:
        return None
    for box in tree.xpath("//*[@class or @id]"):
        if not SUBJECT_BOX.search(f"{box.get('class', '')} {box.get('id', '')}"):
            continue
        said = clean_line(SUBJECT.sub("", FORUM_MARK.sub("", clean_line(box.text_content())))).casefold()
        if said in parts and word_count(said) >= 1 and not read_date_line(said):
            return parts[said]
    return None


def _without_board(name: str) -> str:
    """'X ALS Circle Forum' → 'X ALS Circle': a board's name is its organisation's and what it is, when what is left
    is named like an organisation ('X ALS Forum' stays: 'X ALS' names none)."""
    rest = BOARD_TAIL.sub("", name)
    named = organisation_name(rest) if rest != name else None
    return rest if named and named[1] else name


def _printed_part(title: str, text: str, blocks: list[Block]) -> str | None:
    """The part of a title of several ('Author - Post | Pod', a social network's post page) that one of the content's
    first lines prints on its own (the post's first line, under its date): what the page is called. Never a part that
    only names the organisation (a banner) or is a date."""
    parts = {clean_line(p) for p in split_outside_quotes(title, TITLE_SEPARATOR) if p.strip()}
    if len(parts) < 2:
        return None
    for block in blocks[:3]:
        # (a forum post's subject line, marked as the board marks a topic: 'X - sticky', 'Re: X')
        line = clean_line(SUBJECT.sub("", FORUM_MARK.sub("", text[block.start : block.end])))
        named = organisation_name(line)
        if line in parts and word_count(line) >= 3 and not (named and named[1]) and not read_date_line(line):
            return line
    return None


def _bold_lead(runs: list[tuple[str, bool, float]], first: str) -> int:
    """The length of the bold words a paragraph opens with before its plain text ('<b>Our view:</b> We …'):
    a run-in heading set by layout. 0 when the paragraph does not open in bold or the bold part is not short."""
    lead = []
    for text, bold, _ in runs:
        if not bold and text.strip():
            break
        lead.append(text)
    words = SPACES.sub(" ", LINE_BREAKS.sub(" ", "".join(lead))).strip()
    if not words or len(lead) == len(runs) or not 0 < word_count(words) <= 8 or not first.startswith(words):
        return 0
    return len(words)


def _heading_shaped(line: str) -> bool:
    # "What has changed since 2022" heads a section; "March 2022" in bold is a date.
    return 0 < word_count(line) <= 14 and not re.search(r"[.;,]\s*$", line) and not (
        re.search(r"\d{4}\s*$", line) and (word_count(line) <= 2 or read_date_line(line)))


def _glued(before: str, element) -> bool:
    """Two inline elements set side by side with no space would run a word into a capitalised one
    ('product)Published'): a page lays such items out apart (a meta row's spans), so they are read apart."""
    after = element.text_content()
    return bool(before) and not before[-1].isspace() and bool(after) and after[0].isupper() and (
        before[-1].isalnum() or before[-1] in ").:;!?”’\"'"
    )


def _walk(root, builder: _Builder, styles: dict[str, str], furniture=None) -> None:
    """The blocks of root's visible text, leaving out what `furniture` (is_furniture) says is page furniture."""
    furniture = furniture or is_furniture
    runs: list[tuple[str, bool, float]] = []
    context: dict[str, Any] = {"kind": LINE, "level": 0, "quote": False, "pre": False}

    def flush() -> None:
        if runs:
            builder.add(list(runs), context["kind"], context["level"], context["quote"], context["pre"])
            runs.clear()

    def visit(element, bold: bool, kind: str, level: int, quote: bool, size: float, pre: bool | str = False) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if not tag or tag in INVISIBLE:
            return
        if tag == "a" and element.text_content().strip() in ANCHOR_MARKS:
            return  # a heading's permalink ("¶" on Sphinx and MkDocs, "#" on Hugo and Docusaurus)
        if kind == HEADING and tag not in BLOCK_TAGS and (heading := next(element.iterancestors(*HEADING_TAGS), None)) is not None \
                and _spoken_label(element, heading):
            return  # ('<span class="voice">Subject</span>' in a subject line: read aloud, never shown)
        # The element chosen as the main content is walked whatever its classes say.
        if element is not root and tag != "body" and furniture(element):
            if element.text_content().strip():
                flush()
                builder.dropped = True  # something visible stood between the blocks on either side
            return
        is_block = tag in BLOCK_TAGS
        if tag == "br":
            runs.append(("\n", bold, size))
            return
        if is_block:
            flush()
            if re.fullmatch(r"h[1-6]", tag) and _is_caption(element):
                kind, level, pre = LINE, 0, True  # a post's caption set in a heading's tag: its paragraphs are text
            elif re.fullmatch(r"h[1-6]", tag):
                kind, level = HEADING, int(tag[1])
            elif tag in ("summary", "dt"):
                kind, level = HEADING, 6
            elif tag in ("td", "th") and _asks_in_first_column(element):
                kind, level = HEADING, 6  # a table of questions and answers (a helpline's standing answers): an FAQ
            elif tag == "li" and len(element.xpath("./div[normalize-space()]")) >= 2 \
                    and element.xpath("./div[.//p or .//ol or .//ul] | ./div/div[.//p or .//ol or .//ul]"):
                # A list as the page's layout: an item of several boxes of paragraphs (a forum's list of posts, bbPress's
                # <li class="bbp-body">, a post's header and its box) is no point of a list; one wrapper is (a CMS's).
                kind, level = LINE, 0
            elif tag == "li":
                kind, level = ITEM, 0
            elif tag == "blockquote":
                # (a forum engine's post body set in a <blockquote class="postcontent">: the post, not a quote in it)
                quote = quote or not POST_BODY.search(element.get("class") or "")
            elif "quote" in _words(element) and tag == "div":
                quote = True  # a forum's quote of an earlier post ('<div class="bbcode_quote">Originally Posted by …')
            elif tag in ("p", "dd", "td", "th", "pre", "figcaption", "div", "section", "address"):
                kind = kind if kind == ITEM else LINE
        bold = bold or _bold(element, styles)
        size = _size(element, styles) or size
        # (a webmail's plain-text body set in a box of <br> lines, '<div class="pre">' or 'white-space: pre-wrap': its
        # lines and blank lines are the <br>s, the source's own line breaks are spaces)
        pre = pre or tag == "pre" or ("lines" if tag == "div" and _plain_text_box(element) else False)
        context.update(kind=kind, level=level, quote=quote, pre=pre)

        def flowed(text: str) -> str:
            # A line break in the source is a space on the page (a word processor's export wraps its lines); only <pre> keeps it.
            return text if pre is True else LINE_BREAKS.sub(" ", text)

        if element.text:
            runs.append((flowed(element.text), bold, size))
        glued = False  # the previous child was an element that ended with no text after it
        for child in element:
            if glued and isinstance(child.tag, str) and child.tag not in BLOCK_TAGS and runs and _glued(runs[-1][0], child):
                runs.append((" ", bold, size))  # '<span>Type: general</span><span>Published: …</span>': two fields
            visit(child, bold, kind, level, quote, size, pre)
            glued = isinstance(child.tag, str) and child.tag not in BLOCK_TAGS and not child.tail
            context.update(kind=kind, level=level, quote=quote, pre=pre)
            if child.tail:
                runs.append((flowed(child.tail), bold, size))
        if is_block:
            flush()

    visit(root, False, LINE, 0, False, 0.0)
    flush()


PRE_WRAP = re.compile(r"white-space\s*:\s*pre", re.IGNORECASE)


def _plain_text_box(element) -> bool:
    """A box that shows a plain-text message as its sender wrapped it: class "pre" (Roundcube), or white-space: pre."""
    return "pre" in (element.get("class") or "").split() or bool(PRE_WRAP.search(element.get("style") or ""))


def _asks_in_first_column(cell) -> bool:
    """A table's first cell of a row of two whose text is a question ('Should I get X?' | 'We do not recommend X …'):
    it heads the answer beside it, as a <dt> does its <dd>."""
    row = cell.getparent()
    if row is None or row.tag != "tr":
        return False
    cells = [c for c in row if isinstance(c.tag, str) and c.tag in ("td", "th")]
    if len(cells) != 2 or cells[0] is not cell or cells[1].tag != "td":
        return False
    asked = clean_line(_visible_text(cell))
    return asked.endswith(("?", "？")) and 0 < word_count(asked) <= 14 and bool(clean_line(_visible_text(cells[1])))


def _visible_text(element) -> str:
    """The text an element shows: its own and its children's, without scripts, styles and other invisible parts."""
    parts: list[str] = []

    def visit(node) -> None:
        if not isinstance(node.tag, str) or node.tag in INVISIBLE:
            return
        parts.append(node.text or "")
        for child in node:
            visit(child)
            parts.append(child.tail or "")

    visit(element)
    return " ".join(parts)


def _sized_headings(text: str, builder: _Builder) -> list[Block]:
    """Blocks set in a larger font than the body text are headings, ranked by size (1 the largest):
    pages built of styled paragraphs (a Google Docs export, a page builder) mark headings no other way."""
    weights: Counter = Counter()
    for block, size in zip(builder.blocks, builder.sizes):
        weights[size] += block.end - block.start
    body = weights.most_common(1)[0][0] if weights else 0.0
    if not body:
        return builder.blocks
    larger = sorted({size for size in builder.sizes if size >= 1.15 * body}, reverse=True)
    blocks = []
    for block, size in zip(builder.blocks, builder.sizes):
        line = text[block.start : block.end]
        if block.kind in (LINE, HEADING) and size in larger and _heading_shaped(line) and block.level in (0, 6):
            block = replace(block, kind=HEADING, level=larger.index(size) + 1)
        blocks.append(block)
    return blocks


def _above_main(main) -> str | None:
    """A date line printed just above the main content, outside it ("Ændret den: tir, 14 jan, 2025" between a help
    centre article's heading and its body): the article's own date, where no byline or <time> gives one."""
    if main.tag in ("body", "html"):
        return None
    for sibling in list(main.itersiblings(preceding=True))[:4]:
        if not isinstance(sibling.tag, str) or sibling.tag in INVISIBLE or is_furniture(sibling):
            continue
        line = clean_line(_visible_text(sibling))
        if line and read_date_line(line):
            return line
    return None


def _open_dialog(tree):
    """A modal window open over the page (role="dialog" with aria-modal, an open <dialog>) that holds a heading and most
    of the page's words: the page is what it shows. (A cookie or sign-up box beside an article holds less.)"""
    body = tree.find(".//body")
    everything = word_count(_visible_text(body if body is not None else tree))
    for dialog in tree.xpath("//*[@role='dialog' and @aria-modal='true'] | //dialog[@open]"):
        said = word_count(_visible_text(dialog))
        if said >= 60 and 2 * said >= everything and dialog.xpath(".//h1 | .//h2"):
            return dialog
    return None


def _main(tree):
    """The element holding the page's main content: its article or main, else the body."""
    candidates = tree.xpath(
        "//article | //main | //*[@role='main'] | //*[@itemprop='articleBody'] | //*[contains(@itemtype, 'Article')]"
    )
    candidates = [c for c in candidates if not any(is_furniture(a) for a in c.iterancestors())]
    if candidates:
        best = max(candidates, key=lambda c: len(c.text_content()) - 50 * (c.tag == "main"))
        # A feed's page (a micro-blog's: the post, then shorter posts under it, each its own <article>): the post that
        # holds most of the main content's words is the page's; the others are other posts.
        articles = best.xpath("./article | ./*/article") if best.tag == "main" else []
        largest = max(articles, key=lambda a: len(a.text_content()), default=None)
        if len(articles) >= 2 and largest is not None and len(largest.text_content()) >= 0.8 * len(best.text_content()):
            return largest
        return best
    body = tree.find(".//body")
    return body if body is not None else tree


# A software credit in a page's footer ("Powered by phpBB® Forum Software © phpBB Limited", "Desenvolvido por
# Weebly"): its copyright is the software maker's, never the site's.
SOFTWARE_CREDITS: dict[str, tuple[str, ...]] = {
    "en": (r"powered\s+by", r"built\s+(?:with|on)", r"made\s+with", r"(?:forum|blog|website)\s+software", r"theme\s+by",
           r"hosted\s+by", r"site\s+by"),
    "fr": (r"propuls[ée]\s+par", r"r[ée]alis[ée]\s+avec", r"th[èe]me\s+par"),
    "de": (r"betrieben\s+mit", r"bereitgestellt\s+von", r"erstellt\s+mit", r"powered\s+by"),
    "es": (r"con\s+la\s+tecnolog[íi]a\s+de", r"creado\s+con", r"desarrollado\s+por", r"impulsado\s+por"),
    "nl": (r"mogelijk\s+gemaakt\s+door", r"gemaakt\s+met"),
    "pt": (r"desenvolvido\s+(?:por|com)", r"criado\s+com", r"tecnologia\s+d[oa]"),
    "it": (r"realizzato\s+con", r"creato\s+con", r"sviluppato\s+da"),
    "pl": (r"wspierane\s+przez", r"stworzone\s+(?:w|przez)"),
}
CREDIT = re.compile(rf"(?<!\w)(?:{'|'.join(p for patterns in SOFTWARE_CREDITS.values() for p in patterns)})(?!\w)", re.IGNORECASE)


def _without_credits(scopes: list) -> str:
    """The text of the footer(s), without the short elements that credit the site's software."""
    text = " ".join(scope.text_content() for scope in scopes)
    credits = [e.text_content() for scope in scopes for e in scope.iter()
               if isinstance(e.tag, str) and word_count(e.text_content()) <= 20 and CREDIT.search(e.text_content())]
    for credit in sorted(credits, key=len, reverse=True):
        text = text.replace(credit, " ")
    return text


GENERATOR_NAME = re.compile(r"^\s*([^\W\d_][\w.+-]*(?:\s+[^\W\d_][\w.+-]*){0,2}?)(?=\s+v?\d|\s*$)")
CREDITED_NAME = re.compile(rf"(?:{CREDIT.pattern})\s+([^\W\d_][\w.+-]*(?:\s+[A-Z][\w.+-]*){{0,2}})", re.IGNORECASE)


def _software_names(tree) -> list[str]:
    """The names of the software that made a page: its generator tag's ('Zulip 8.4 public archive' → 'Zulip') and the
    ones its credit lines name ('Powered by Zulip')."""
    names = [found.group(1) for content in tree.xpath("//meta[@name='generator']/@content")
             if (found := GENERATOR_NAME.match(content))]
    credits = [e.text_content() for e in tree.xpath("//body//*[not(*)]") if word_count(e.text_content()) <= 8]
    names += [found.group(1) for credit in credits if (found := CREDITED_NAME.search(credit))]
    return list(dict.fromkeys(names))


def _footer_name(footers: list) -> str | None:
    """The organisation a page's footer names most in its own sentences ("X Connect is the members' portal of the Y
    Society."), leaving out the ones that credit its software ("Powered By Z")."""
    text = "\n".join(_visible_text(footer) for footer in footers)
    said = [sentence for sentence in re.split(r"(?<=[.!?])\s+|\n+", text) if not CREDIT.search(sentence)]
    name = named_in("\n".join(said)) if said else None
    if not name:
        return None
    # "X MND Alliance Research Academy": a unit named after its organisation (no "of" between) belongs to it.
    last = list(ORGANISATION_WORD.finditer(name))[-1]
    tail = name[last.end() :]
    # ("Asociația Pacienților cu SLA Colțeni": a name that opens with its organisation word is named after it, whole)
    return name[: last.end()] if tail.strip() and last.start() > 0 \
        and not re.search(r"\b(?:of|for|and|de|du|des|der|für)\b", tail) else name


def _project_name(tree) -> str | None:
    """Who publishes a generated handbook, from the project's name in its header, without its version (Doxygen's '<div
    id="projectname">X Helpline handbook<span id="projectnumber">2026.4</span>', MkDocs' header topic): a last resort."""
    found = tree.xpath("//*[@id='projectname' or contains(concat(' ', normalize-space(@class), ' '), ' md-header__topic ')]")
    if not found:
        return None
    named = organisation_name(re.sub(r"\s+v?\d+(?:\.\d+)+\s*$", "", clean_line(found[0].text_content())))
    return named[0] if named and word_count(named[0]) >= 2 else None


def _content_heading(main, title: str | None, page_title: str | None) -> str | None:
    """The main content's first heading, when the page's <h1> stands outside the main content and <title> names
    both ("Topic - Forum name"): that <h1> is the site's name in its header bar, the heading is the page's title."""
    if main.tag in ("body", "html") or not title or not page_title or title not in page_title:
        return None
    if any(clean_line(h.text_content()) == title for h in main.xpath(".//h1")):
        return None
    # A post's title may be a link classed "title" (old Reddit) rather than a heading: the first one <title> also names.
    headings = main.xpath(f".//h1 | .//h2 | .//h3 | .//a[{has_class('title')}]")
    heading = next((line for h in headings if (line := clean_line(h.text_content()))
                    and (h.tag != "a" or line in page_title)), None)
    return heading if heading and heading != title and heading in page_title else None


# A forum thread's posts, each with its author's line or profile; the words of a rank that marks the
# organisation's own account ("Association staff", "Team", "Offizieller Account"), per language.
# Invision Community glues its prefixes on: "cPost" is a post, "ipsBadge" the author's "Staff" badge.
POST_WORDS = {"post", "message", "reply", "cpost"}
AUTHOR_WORDS = {"author", "username", "poster", "postprofile", "userinfo", "postauthor"}
# punBB and its forks (FluxBB, PanBB) glue their class words: a post is a 'blockpost', its author's column 'postleft'
# (name, rank, registration), its text 'postmsg'.
GLUED_POST_WORDS = {"blockpost"}
GLUED_AUTHOR_WORDS = {"postleft"}
# (SMF names a member's rank for its group, 'membergroup')
RANK_WORDS = {"rank", "role", "usertitle", "badge", "badges", "flair", "usergroup", "membergroup", "staff", "ipsbadge"}
STAFF_RANKS: dict[str, tuple[str, ...]] = {
    # ("Orrisdale Committee": the group's committee posting as the group)
    # (a moderator of the organisation's own forum posts for it: Vanilla's "Role_Moderator", phpBB's "Moderator")
    # (bbPress's site-owning role, 'Keymaster', kept in English on sites in every language)
    "en": ("staff", "team", "official", "administrator", "admin", "employee", "committee", "trustee", "moderators?", "keymaster"),
    "fr": ("équipe", "officiel(?:le)?", "personnel", "salariée?", "modérat(?:eur|rice)"),
    "de": ("mitarbeiter(?:in)?", "team", "offiziell(?:er)?", "moderator(?:in)?"),
    "es": ("equipo", "oficial", "personal", "moderador(?:a)?", "administrador(?:a)?"),
    "nl": ("medewerker", "team", "officieel", "moderator"),
    "pt": ("equipa", "equipe", "oficial", "funcionári[oa]", "moderador(?:a)?"),
    "it": ("staff", "ufficiale", "personale", "moderat(?:ore|rice)"),
    "pl": ("zespół", "oficjalny", "pracownik", "moderator"),
}
STAFF = re.compile(rf"(?<!\w)(?:{'|'.join(w for words in STAFF_RANKS.values() for w in words)})(?!\w)", re.IGNORECASE)
DATE_WORDS = {"author", "byline", "date", "time", "posted", "postdate", "published", "attribution", "meta"}


def _organisation_post(main):
    """In a forum thread (two or more posts, each with its author), the first post by the organisation's own
    account: one whose author's rank or badge names staff. None for any other page."""
    elements = [e for e in main.iterdescendants() if isinstance(e.tag, str)]
    holders = {a for e in elements if _words(e) & (AUTHOR_WORDS | GLUED_AUTHOR_WORDS) for a in e.iterancestors()}
    # (Vanilla's replies are "Comment"s under the opening "Discussion": a moderator's comment may be the post)
    tagged = {e for e in elements if e in holders and _words(e) & (POST_WORDS | GLUED_POST_WORDS | {"comment"})}
    posts = [e for e in elements if e in tagged and not any(a in tagged for a in e.iterancestors())]
    while len(posts) == 1 and (posts[0].tag in ("ol", "ul") or "list" in _words(posts[0])):
        # (the posts' list itself named for them, '<ol class="post-list">': the posts are the tagged ones right inside it;
        # not one post's comments under it, a blog post's)
        inside = [e for e in posts[0].iterdescendants() if e in tagged
                  and next(a for a in e.iterancestors() if a in tagged) is posts[0]]
        if not inside:
            break
        posts = inside
    if len(posts) < 2:
        return None
    for post in posts:
        ranks = [e for e in post.iter() if isinstance(e.tag, str) and (_words(e) & RANK_WORDS or {"user", "title"} <= _words(e))]
        labels = [clean_line(" ".join([e.text_content(), *e.xpath(".//img/@alt")])) for e in ranks]
        if not ranks and any(isinstance(e.tag, str) and SUBJECT_BOX.search(f"{e.get('class', '')} {e.get('id', '')}")
                             for e in post.iter()):
            # (a board that shows no ranks, each post under its subject, Phorum's 'Posted by: Moderator Linda': the name
            # the account posts under says it is staff, or does not; a chat's messages have no subjects)
            # ('Moderator Linda', 'Admin Quendon': the rank the name opens with, not an organisation's own account)
            labels = [label for e in post.iter() if isinstance(e.tag, str) and _words(e) & (AUTHOR_WORDS | GLUED_AUTHOR_WORDS)
                      and STAFF.match(label := POSTED_BY.sub("", clean_line(e.text_content())))]
        if any(word_count(label) <= 5 and STAFF.search(label) for label in labels):
            return post
    return None


# What a board prints before the author's name, and the note after it ('Posted by: X (IP Logged)').
POSTED_BY = re.compile(r"^(?:(?:posted|written|verfasst|geschrieben|publié|posté|escrito|publicado|geplaatst|scritto|inviato)\s+)?"
                       r"(?:by|von|par|por|door|da|di)\s*:?\s*|^(?:author|autor|auteur|autore)\s*:\s*|\s*\([^()]*\)$",
                       re.IGNORECASE)
NUMERIC_DAY = re.compile(r"(?<![\d/.-])(?P<first>\d{1,2})[-/](?P<second>\d{1,2})[-/](?P<year>(?:19|20)\d\d)(?![\d/-])")


def _month_first(element) -> bool:
    """The page writes its numeric dates month first ('09-28-2025', a US forum's): some date's second number is past
    12 and none's first is."""
    days = [(int(m["first"]), int(m["second"])) for m in NUMERIC_DAY.finditer(" ".join(element.getroottree().getroot().itertext()))]
    return any(second > 12 for _, second in days) and not any(first > 12 for first, _ in days) \
        and all(1 <= first <= 12 for first, _ in days)


def _post_date(post) -> str | None:
    """The date a post's own author line or <time> gives (not a profile's "Joined" date), or the header set just above
    it gives (bbPress sets each reply's date in a '<div class="bbp-reply-header">' before the reply's own box)."""
    above = post.getprevious()
    return _own_post_date(post) or (
        _own_post_date(above) if above is not None and isinstance(above.tag, str) and _words(above) & {"header", "meta"}
        and not _words(above) & (AUTHOR_WORDS | POST_WORDS - {"reply", "post"}) else None) or _post_header_date(post)


def _post_header_date(post) -> str | None:
    """The date of a post's header heading that only numbers and dates it (punBB, FluxBB: '<h2>#1 <a href="…#p2871">
    2026-11-04 19:12:40</a></h2>' over the post's box), when nothing else in the post is marked as its date."""
    for heading in post.xpath(".//h2 | .//h3 | .//h4")[:1]:
        line = clean_line(heading.text_content())
        found = find_dates(line)
        if found and not re.search(r"[^\W\d_]{3,}", line[: found[0][0]]):
            return line[found[0][0] : found[0][1]]
    return None


def _own_post_date(post) -> str | None:
    """The date a post's own author line or <time> gives."""
    for element in post.iter():
        if not isinstance(element.tag, str) or not (element.tag == "time" or _words(element) & DATE_WORDS):
            continue
        stamp = ISO_DAY.match((element.get("datetime") or "").strip())
        line = clean_line(element.text_content())
        numeric = NUMERIC_DAY.search(line)
        if numeric and _month_first(post):
            # ('10-09-2025, 06:03 PM' on a board that writes '09-28-2025' elsewhere: 9 October)
            return f"{numeric['year']}-{int(numeric['first']):02d}-{int(numeric['second']):02d}"
        found = find_dates(line)
        if found:
            return line[found[0][0] : found[0][1]]
        if stamp:
            return stamp.group()
    return None


# A microblog thread (Mastodon, Pleroma, Misskey, a Bluesky or X export): short posts in a row, each with its
# account's name or @handle, none with a heading of its own. The author's first posts in a row are the statement.
THREAD_POST_WORDS = POST_WORDS | {"status", "note", "toot", "tweet", "skeet"}
ACCOUNT_WORDS = AUTHOR_WORDS | {"account", "acct", "handle", "displayname", "screenname"}
TEXT_WORDS = {"content", "text", "body"}
HANDLE = re.compile(r"@([\w.-]+)")
# "🧵 1/6 Title", "1/ Title", "Title (1/5)", "Title 🧵": a thread's marks around its opening line.
THREAD_MARK = re.compile(r"^(?:🧵\s*)?(?:\(?\d{1,2}\s*/\s*\d{0,2}\)?\s+)?(?:🧵\s*)?")
THREAD_MARK_END = re.compile(r"(?:\s+(?:🧵|\(?\d{1,2}\s*/\s*\d{0,2}\)?))+\s*$")


def _account(element) -> bool:
    words = _words(element)
    return bool(words & ACCOUNT_WORDS) or {"display", "name"} <= words or {"user", "name"} <= words


def _author_key(post) -> str | None:
    """Who wrote a post: the @handle its author line gives (without the server: '@x@host' and '@x' are one
    account), else the name it shows."""
    shown = [clean_line(e.text_content()) for e in post.iter() if isinstance(e.tag, str) and _account(e)]
    handle = next((m.group(1).casefold() for line in shown if (m := HANDLE.search(line))), None)
    return handle or next((line.casefold() for line in shown if line), None)


def _author_name(post) -> str | None:
    """The name a post's author line shows beside the @handle ('Kestle Vale ALS Group @kestle@host · 2 May')."""
    for account in (e for e in post.iter() if isinstance(e.tag, str) and _account(e)):
        for holder in (account, account.getparent()):
            shown = " ".join(t for e in holder.iter() if isinstance(e.tag, str) and e.tag != "time"
                             for t in (e.text, e.tail if e is not holder else None) if t)
            name = clean_line(re.sub(r"@[\w.-]+(?:@[\w.-]+)?", " ", shown)).strip(" ·|•-–—")
            if name:
                return name
    return None


def _thread(tree) -> list | None:
    """A thread's opening posts by the account that started it, in order (two or more in a row; another account's
    reply ends them, as a comment would), when the page is a thread of short posts with no headings; else None."""
    body = tree.find(".//body")
    elements = [e for e in (body if body is not None else tree).iterdescendants() if isinstance(e.tag, str)]
    holders = {a for e in elements if _account(e) for a in e.iterancestors()}
    tagged = {e for e in elements if e in holders and _words(e) & THREAD_POST_WORDS}
    posts = [e for e in elements if e in tagged and not any(a in tagged for a in e.iterancestors())
             and not is_furniture(e) and not any(is_furniture(a) for a in e.iterancestors())]
    if len(posts) < 2:
        return None
    first = _author_key(posts[0])
    run = []
    for post in posts:
        if not first or _author_key(post) != first:
            break
        run.append(post)
    if len(run) < 2 or any(post.xpath(".//h1 | .//h2 | .//h3 | .//h4 | .//h5 | .//h6") for post in run) \
            or any(word_count(_visible_text(post)) > 400 for post in run):
        return None
    return run


def _post_texts(post) -> list:
    """What a post says: its text elements (not its author line, date and buttons), else the whole post."""
    texts = [e for e in post.iterdescendants() if isinstance(e.tag, str) and _words(e) & TEXT_WORDS and not _account(e)]
    return [e for e in texts if not any(a in texts for a in e.iterancestors())] or [post]


TRAILING_SYMBOLS = re.compile(r"[\s\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200d]+$")
LEADING_SYMBOLS = re.compile(r"^[\s\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200d]+")
# A saved social-network page post: Facebook marks the post's message for its ad preview ("data-ad-preview"), older
# saves its "userContent" / "post_message".
POST_MESSAGE = ("@data-ad-preview='message' or @data-ad-comet-preview='message' or @data-testid='post_message'"
                f" or {has_class('userContent')}")


def _page_post(tree) -> tuple[str, Any, str | None] | None:
    """A saved page post: (the name of the page that posted it, its message element, the date line above the
    message), else None. The post is the first role="article" not inside another; its poster the first heading in
    it that is wholly a link (the page)."""
    posts = tree.xpath(f"//*[@role='article'][.//*[{POST_MESSAGE}]][not(ancestor::*[@role='article'])]")
    if not posts:
        return None
    message = posts[0].xpath(f".//*[{POST_MESSAGE}]")[0]
    stamps = []
    for element in posts[0].iter():
        if element is message:
            break
        line = clean_line(element.text_content()) if isinstance(element.tag, str) else ""
        if line and read_date_line(line):
            stamps.append(line)
    for heading in posts[0].xpath(".//h2 | .//h3 | .//h4 | .//h5 | .//h6 | .//strong"):
        name = clean_line(heading.text_content())
        links = heading.xpath("ancestor-or-self::a | .//a")
        if name and links and clean_line(links[0].text_content()) == name:
            return name, message, (stamps[-1] if stamps else None)
    return None


def _thread_title(text: str, builder: _Builder) -> str | None:
    """A thread's title: its first post's opening line, when it is heading-shaped once the thread's marks
    ('🧵 1/6') are taken off; that line becomes the title heading."""
    if not builder.blocks:
        return None
    block = builder.blocks[0]
    line = text[block.start : block.end]
    start = len(line) - len(THREAD_MARK.sub("", line, count=1))
    end = len(line) - (found.end() - found.start() if (found := THREAD_MARK_END.search(line[start:])) else 0)
    title = line[start:end]
    end -= len(title) - len(TRAILING_SYMBOLS.sub("", title))  # 'SHOULD YOU BUY ONE? 🤔': the emoji is no part of it
    start += len(line[start:end]) - len(LEADING_SYMBOLS.sub("", line[start:end]))  # '📌 Statement: …'
    # "Statement: X — agreed by the committee, 8 August 2024": what follows the dash dates the post, it is no title.
    tail = re.search(r"\s+[—–|]\s+(?P<dated>[^—–|]+)$", line[start:end])
    if tail and read_date_line(tail.group("dated")):
        end = start + tail.start()
    title = line[start:end]
    if word_count(title) < 2 or not _heading_shaped(title):
        return None
    builder.blocks[0] = replace(block, start=block.start + start, end=block.start + end, kind=HEADING, level=1)
    return clean_line(title)


FURNITURE = "ancestor::nav or ancestor::footer or ancestor::aside or (ancestor::header and not(ancestor::article))"


HOME_PATHS = {"", "/", "/index.html", "/index.php", "/doku.php", "/wiki", "/wiki/"}


def _links_home(heading) -> bool:
    """A heading that is wholly a link to the site's home page, or holds its logo: the site's name, not a page's."""
    links = heading.xpath(".//a[@href]")
    if not links or clean_line(heading.text_content()) != clean_line(" ".join(a.text_content() for a in links)):
        return False
    from urllib.parse import parse_qs, urlsplit

    for link in links:
        href = urlsplit(link.get("href").strip())
        start = parse_qs(href.query).get("id", [""])[0] in ("start", "home", "main", "")
        # (a board's or a wiki's pages link home relative to themselves: 'index.php', './')
        path = href.path if href.path.startswith("/") or href.netloc else "/" + re.sub(r"^(?:\.{1,2}/)+", "", href.path)
        if link.xpath(".//img") or _words(link) & {"logo", "brand", "home"} or (
                path in HOME_PATHS and (not href.query or start) and not href.fragment):
            return True
    return False


# The class words of a status label set in a thread's or post's heading ("Sticky", "Pinned", "Solved", "Closed").
LABEL_WORDS = {"label", "badge", "prefix", "pill", "lozenge"}
# A class that hides its text from the eye and reads it to a screen reader only ('<h2 class="subject"><span
# class="voice">Subject</span>X</h2>' in a webmail client, 'sr-only', 'visually-hidden'): in a heading, a spoken label.
SCREEN_READER_CLASSES = {"voice", "sr-only", "screen-reader-text", "visually-hidden", "visuallyhidden", "element-invisible",
                         "hidden-visually", "u-hidden-visually", "a11y-hidden", "sr-text", "offscreen", "assistive-text"}


def _spoken_label(element, heading) -> bool:
    """A screen reader's label of one or two words set inside a heading that shows other text."""
    return (bool(set((element.get("class") or "").lower().split()) & SCREEN_READER_CLASSES)
            and 0 < word_count(clean_line(element.text_content())) <= 2
            and word_count(clean_line(heading.text_content())) > word_count(clean_line(element.text_content())))


def _without_labels(heading) -> str:
    """A heading's text without the status labels set in it (a forum's '<span class="label">Sticky</span> Topic'):
    a label says where the page is filed, it is no part of the title."""
    def label(e, within) -> bool:
        return isinstance(e.tag, str) and (_words(e) & LABEL_WORDS and 0 < word_count(clean_line(e.text_content())) <= 2
                                           or _spoken_label(e, within))

    labels = [e for e in heading.iterdescendants() if label(e, heading)]
    shown = heading.text_content()
    if not labels:
        return shown
    bare = copy.deepcopy(heading)
    for element in [e for e in bare.iterdescendants() if label(e, bare)]:
        element.drop_tree()
    rest = clean_line(bare.text_content())
    return rest if word_count(rest) >= 2 else shown


def _is_caption(element) -> bool:
    """A heading's tag around paragraphs set apart by blank lines (a social post's caption, which the site marks up as
    its <h1>: the whole message, its hashtags and all): text, not a heading. A heading is never several paragraphs."""
    paragraphs = [p for p in re.split(r"\n[ \t]*\n", _visible_text(element).strip()) if p.strip()]
    return len(paragraphs) >= 2 and word_count(" ".join(paragraphs)) > 40


def _heading_and_byline(tree) -> tuple[str | None, str | None]:
    """The page's own <h1> (in the article, else outside the site's header) and any byline."""
    h1 = (
        # (not a sidebar's inside the main element: Docsify's <aside class="sidebar"><h1 class="app-name"> names the site)
        tree.xpath("(//main//h1 | //article//h1 | //*[@role='main']//h1)[not(ancestor::aside or ancestor::nav)][1]")
        # A blog whose <h1> is the blog's name in its header titles each post in the post itself.
        # (so does a wiki's page title set apart from its text, Wikidot's <div id="page-title">: the text's <h1>s are
        # its sections)
        or tree.xpath(f"(//*[{has_class('post-title')}] | //*[{has_class('entry-title')}] | //*[@id='page-title']"
                      # Typepad's post heading: <h3 class="entry-header"> (a <header> of that class holds more than it)
                      f" | //*[self::h1 or self::h2 or self::h3][{has_class('entry-header')}])[1]")
        # A neighbourhood post's subject line, <div class="post-subject">, what its poster titled it (the page's one post:
        # a wall of posts, each with its subject, is titled otherwise).
        or (subjects if len(subjects := tree.xpath(f"//*[{has_class('post-subject')}]")) == 1 else [])
        # A wiki's <h1> that is its logo linking home names the site; the page's own <h1> follows it.
        or [h for h in tree.xpath(f"//h1[not({FURNITURE})]") if not _links_home(h)][:1]
        or tree.xpath(f"(//h1[not({FURNITURE})])[1]")
    )
    title = clean_line(_without_labels(h1[0])).rstrip("".join(ANCHOR_MARKS) + " ") if h1 and not _is_caption(h1[0]) else None
    marked = tree.xpath(
        # "byline" in any case, in the class or the id: "byline", "documentByLine" (Plone), "article-byline".
        f"(//*[(contains(translate(concat(@class, ' ', @id), 'BYLINE', 'byline'), 'byline') or contains(@class, 'entry-meta') "
        f"or contains(@class, 'post-meta') or contains(@class, 'posted-on')) and not({FURNITURE})]"
        f" | //time[not({FURNITURE})]/parent::*)[1]"
    )
    byline = clean_line(marked[0].text_content()) if marked else None
    if marked and not (byline and read_date_line(byline)):
        # A byline of several lines ("Written by …", "October 2, 2023", "Reviewed by …"): its date line.
        pieces = [clean_line(e.text_content()) for e in marked[0].iter() if isinstance(e.tag, str) and e is not marked[0]]
        byline = next((p for p in pieces if read_date_line(p)), byline)
    if not (byline and read_date_line(byline)):
        # "October 2, 2023 • 6 min read": the <time> alone is the date line.
        times = [clean_line(t.text_content()) for t in tree.xpath(f"//time[not({FURNITURE})]")[:1]]
        byline = next((t for t in times if read_date_line(t)), byline)
    if not (byline and read_date_line(byline)):
        # A blog's date set apart from its byline: Typepad's "date-header" over the post, Dreamwidth's "datetime"
        # beside the entry's title. The first one is the post's; those below it date comments.
        dated = [clean_line(e.text_content()) for e in tree.xpath(
            f"//*[{has_class('date-header')} or {has_class('datetime')} or {has_class('entry-date')}]"
            "[not(ancestor::nav or ancestor::aside or ancestor::footer)]")[:1]]
        byline = next((line for line in dated if read_date_line(line)), byline)
    if not (byline and read_date_line(byline)):
        byline = _stamped(tree, byline) or byline
    if not (byline and read_date_line(byline)):
        byline = _beside_heading(tree) or byline
    if not (byline and read_date_line(byline)):
        # A page dated only in its footer: "Ultimo aggiornamento: 05/06/2024", "Page last updated 3 May 2024".
        lines = [clean_line(e.text_content()) for e in tree.xpath("//footer//* | //*[contains(@class, 'footer')]//*")
                 if isinstance(e.tag, str) and len(e) == 0][:60]
        byline = next((line for line in lines if (d := read_date_line(line)) and d.first("issued", "updated")), byline)
    if not (byline and read_date_line(byline)):
        # A page's details box beside its text ("entity-meta" on a BookStack page: "Revision #6", "Created 14 June
        # 2023 by …", "Updated 11 February 2025 by …"): its latest creation or update date.
        lines = [clean_line(e.text_content()) for box in tree.xpath("//*[contains(@class, 'meta')]")[:10]
                 if "meta" in _words(box) for e in box.iter() if isinstance(e.tag, str)][:60]
        latest = [(month, line) for line in lines if (d := read_date_line(line)) and (month := d.first("issued", "updated"))]
        byline = max(latest)[1] if latest else byline
    if not (byline and read_date_line(byline)):
        # A docs page dates itself in its own footer: "Last updated on Jul 14, 2023 by …".
        labelled = [clean_line(e.text_content()) for t in tree.xpath("//time")[:5] for e in list(t.iterancestors())[:3]]
        byline = next((line for line in labelled if (d := read_date_line(line)) and d.first("issued", "updated")), byline)
    return title or None, byline


def _beside_heading(tree) -> str | None:
    """A date line printed right above or below the page's own <h1>, in a header or hero the reader leaves out as
    furniture (a site builder's "Equipment & gadgets · Jun 2, 2024 · 5 min read" over the heading)."""
    for heading in [h for h in tree.xpath("//h1") if not _links_home(h)][:1]:
        near = [*list(heading.itersiblings(preceding=True))[:2], *list(heading.itersiblings())[:2]]
        for element in near:
            if isinstance(element.tag, str) and element.tag not in INVISIBLE and len(element.text_content()) < 200:
                line = clean_line(_visible_text(element))
                if line and read_date_line(line):
                    return line
    return None


RELATIVE = re.compile(rf"(?<!\w)(?:{'|'.join(p for patterns in RELATIVE_DATES.values() for p in patterns)})(?!\w)",
                      re.IGNORECASE)
ISO_DAY = re.compile(r"(?:19|20)\d\d-[01]\d(?:-[0-3]\d)?")


def _stamped(tree, byline: str | None) -> str | None:
    """The date a page prints in a form no reader can date ("Posted 5 months ago"), from its markup: the
    datetime of the <time> element that prints it; for a byline that gives only a relative date and no
    <time>, the publication date of its metadata (article:published_time, datePublished)."""
    times = tree.xpath(f"//time[not({FURNITURE})]")[:3]
    for time in times:
        found = ISO_DAY.match((time.get("datetime") or "").strip())
        if found and not read_date_line(clean_line(time.text_content())):
            return found.group()
    shown = [byline or "", *(clean_line(t.text_content()) for t in times)]
    if not any(RELATIVE.search(line) for line in shown):
        return None  # a date the page never shows is a tool's guess, not the statement's date
    given = [*tree.xpath("//meta[@property='article:published_time' or @itemprop='datePublished' or @name='date']/@content"),
             *re.findall(r'"datePublished"\s*:\s*"([^"]+)"', " ".join(tree.xpath("//script[@type='application/ld+json']/text()")))]
    return next((found.group() for value in given if (found := ISO_DAY.match(value.strip()))), None)


ORGANISATION_TYPES = {"organization", "ngo", "medicalorganization", "corporation", "newsmediaorganization",
                      "educationalorganization", "governmentorganization"}


def _linked_data_names(tree) -> list[str]:
    """Names of the organisations a page's linked data (JSON-LD) gives: its publisher, an Organization."""
    import json

    names: list[str] = []

    def walk(node, key: str = "") -> None:
        if isinstance(node, list):
            for item in node:
                walk(item, key)
        elif isinstance(node, dict):
            kinds = node.get("@type")
            kinds = {str(k).lower() for k in (kinds if isinstance(kinds, list) else [kinds]) if k}
            if isinstance(node.get("name"), str) and (kinds & ORGANISATION_TYPES or key == "publisher"):
                names.append(node["name"])
            for name, value in node.items():
                walk(value, name)

    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        try:
            walk(json.loads(script))
        except ValueError:
            continue
    return names


# A field of a message's header as a webmail client's message view shows it, its label in a cell or a term of its own
# ('Subject:' beside '<b>X</b>', SquirrelMail, Horde, Rainloop, Roundcube) or before its value on one line.
HEADER_FIELD = re.compile(rf"^\s*({'|'.join(map(re.escape, MAIL_HEADERS))})\s*(?::\s*(.*)|:?\s*)$", re.IGNORECASE)


def _message_subject(tree) -> str | None:
    """The subject of the message a webmail client's page shows: a cell, a term or a bold label 'Subject' (in the
    languages of MAIL_HEADERS) beside its value, among two or more other fields of the message's header (from, date,
    to). The client names itself (and the folder) in <title>; the subject names the message."""
    fields: dict[str, str] = {}
    for label in tree.iter("td", "th", "dt", "strong", "b", "label", "span"):
        # (a label is a few words in its own element or in the one element inside it, '<td><b>Subject:</b></td>': read
        # without walking a layout cell's whole subtree)
        if len(label) > 1 or len(label) == 1 and (len(label[0]) or (label[0].tail or "").strip()):
            continue
        said = (label.text or "") + ((label[0].text or "") if len(label) else "")
        if len(said) > 24:
            continue
        found = HEADER_FIELD.match(said.replace("\u00a0", " "))
        if not found or found.group(2):
            continue
        holder = label
        while holder is not None and holder.getnext() is None and holder.getparent() is not None \
                and holder.getparent().tag in ("strong", "b", "span", "td", "th", "dt", "label"):
            holder = holder.getparent()
        value = holder.getnext() if holder is not None else None
        said = clean_line(_visible_text(value)) if value is not None else ""
        if said and word_count(said) <= 25:
            fields.setdefault(MAIL_HEADERS[found.group(1).lower()], said)
    return fields.get("subject") if len(fields.keys() - {"subject"}) >= 2 else None


def read_html(html: str) -> Extracted:
    """Main content and metadata of an HTML page."""
    import lxml.html

    # (an XHTML page's XML declaration names the encoding of bytes already decoded: lxml refuses it on text)
    tree = lxml.html.fromstring(re.sub(r"\A\ufeff?\s*<\?xml[^>]*\?>", "", html))
    notebook = read_notebook(tree)
    if notebook is not None:
        return notebook  # an e-reader's notebook export: the book's highlighted words, never the headings it files them under
    title, byline = _heading_and_byline(tree)
    has_h1 = title is not None
    footers = tree.xpath("//footer")
    holder = copyright_holder(_without_credits(footers or [tree]))

    def meta(*names: str) -> str | None:
        for name in names:
            values = tree.xpath(f"//meta[@property='{name}' or @name='{name}']/@content")
            if values and values[0].strip():
                return clean_line(values[0])
        return None

    page_title = clean_line(" ".join(tree.xpath("//title/text()"))) or None
    if page_title:
        # A saved tab's unread count before the page's own title ('(1) Is X worth it?', '(12) Facebook'): the site's.
        page_title = NOTIFICATION_COUNT.sub("", page_title) or page_title
    main = _main(tree)
    title = _content_heading(main, title, page_title) or title
    if title is None and page_title:
        title = _topic_in_title(tree, page_title)  # a board's topic page: '<title>X Forum :: Topic</title>'
    dialog = _open_dialog(tree)
    if dialog is not None:
        # A card opened over a board (a Trello card's window): what the page shows is the card, titled by its heading.
        main = dialog
        title = next((line for h in dialog.xpath(".//h1 | .//h2") if (line := clean_line(h.text_content()))), title)
    shared = meta("og:title")
    if title and shared and page_title and title.casefold() not in shared.casefold() \
            and shared.casefold() not in title.casefold() and shared in page_title and title in page_title:
        title = shared  # "<title>Blog name — Post</title>", og:title "Post": the <h1> is the blog's name
    elif title and page_title and (page_heading := _page_heading(tree, title, page_title)):
        # "<title>Page — Site</title>" over "<h1>Site</h1>" (a hand-made site's banner, whatever words its name is
        # made of), the page's own heading below opening with what <title> calls the page: that heading is the title.
        title = page_heading
    elif title and page_title and title != page_title and _is_banner(title, page_title):
        # A one-page site's banner: its <h1> names only the organisation, and "<title>Fenradimab – Org</title>" says
        # what the page is about.
        title = page_title
    elif title and shared and page_title and clean_line(shared) == page_title \
            and title.casefold() not in page_title.casefold() and page_title.casefold() not in title.casefold() \
            and any(clean_line(h.text_content()) == page_title for h in tree.xpath("//h1 | //h2 | //h3")):
        # A board's topic: <title> and og:title agree on the topic, which a heading prints; the <h1> is the board's
        # name in its header ("X Group - Members' Forum").
        title = page_title
    elif title and shared and page_title and shared in page_title and title.casefold() not in page_title.casefold() \
            and title.casefold() not in shared.casefold() \
            and any(clean_line(h.text_content()) == shared for h in tree.xpath("//h2 | //h3")):
        # A community's space over its post ('<h1>Ask the committee</h1>' over '<h2>X: the answer</h2>'): <title> and
        # og:title name the post, which a heading under the space's prints; the space's name is a category.
        title = shared
    if title and page_title and _masthead_over_subject(title, page_title):
        title = page_title
    elif title and page_title and (viewed := _named_view(title, page_title)):
        title = viewed
    elif title and page_title and (status := PAGE_STATUS.match(page_title[len(title) :])) \
            and page_title.startswith(title):
        title = title + status.group()  # '<h1>X</h1>' in '<title>X - WITHDRAWN statement - Site': what the page is called
    if title:
        title = FORUM_MARK.sub("", title) or title
    declared = [meta(name) for name in ("og:site_name", "application-name", "publisher")]
    in_title: list[str] = []
    if page_title:
        # "Title | Site", "Site – Title", "Title | by Author | Publication | Platform": the parts left
        # once the page's heading is taken out, the last first.
        rest = page_title.replace(title, " ") if title and title in page_title else page_title
        if rest != page_title:
            rest = re.sub(r"^\s*\(([^()]+)\)\s*$", r"\1", rest)  # "Post (Blog)" (Typepad): the blog, unbracketed
        parts = [p for p in split_outside_quotes(rest, TITLE_SEPARATOR) if p.strip()]
        # "Site - Page" (Google Sites): the part the page's heading also names is the page, whichever side it is on.
        named = [p for p in parts if title and len(parts) > 1 and clean_line(p).casefold() in title.casefold()]
        if rest == page_title and len(named) == 1:
            in_title = [clean_line(p) for p in reversed(parts) if p is not named[0]]
        elif rest != page_title or len(parts) > 1:
            in_title = [clean_line(p) for p in reversed(parts if rest != page_title else parts[1:])]
        in_title = [_without_board(p) for p in in_title]
    # The first name shaped like an organisation wins; a platform ('Medium') never does.
    linked = _linked_data_names(tree)
    # Last, the site's logo: a picture's alt text, in a link to the home page or a box named for the logo ('<div
    # id="logo"><a href="/"><img alt="X ALS Fellowship Forum">'), or a picture whose file is named for it (a newsletter's
    # masthead, '<img src="…/logo.png" alt="Stichting X">'), names the site when no text does.
    logos = [clean_line(alt) for alt in tree.xpath(
        "//*[contains(translate(concat(@id, ' ', @class), 'LOGO', 'logo'), 'logo')]//img/@alt"
        " | //header//a[@href='/' or contains(@href, 'index.')]//img/@alt"
        " | //img[contains(translate(@src, 'LOGO', 'logo'), 'logo')][not(ancestor::footer)]/@alt")[:3]]
    # (and a board's or a wiki's <h1> that is only a link home names the site: 'Osmington ALS Friends forum')
    banners = [clean_line(h.text_content()) for h in tree.xpath("//h1") if _links_home(h)][:1]
    # A part of the page's title that its logo's alt text repeats is the site's name, whichever other part the heading
    # names too ('Shorwell MND Support - November news' over the logo 'Shorwell MND Support').
    title_parts = {clean_line(p).casefold() for p in split_outside_quotes(page_title, TITLE_SEPARATOR)} if page_title else set()
    agreed = [logo for logo in logos if logo.casefold() in title_parts]
    candidates = [*linked, *declared, *agreed, *in_title, holder, *logos, *banners]
    found = [name for candidate in candidates if candidate and (name := organisation_name(candidate))]
    site_name = next((name for name, shaped in found if shaped), None) or (found[0][0] if found else None)
    site_name = with_legal_form(site_name, _visible_text(tree))
    if not title:
        # A page titled only in its metadata: "Title | Site" without the site.
        shown = meta("og:title") or page_title
        # ... nor the software that made the page after it ("Topic - Site - Zulip"), which its generator tag or its
        # credit line ("Powered by Zulip") names.
        for software in _software_names(tree) if shown else ():
            shown = re.sub(rf"\s+(?:[|–—·»-]|::)\s+{re.escape(software)}\s*$", "", shown or "",
                           flags=re.IGNORECASE)
        for site in [c for c in (site_name, *linked, *declared) if c] if shown else []:
            site = re.escape(site)
            shown = re.sub(rf"\s+(?:[|–—·»:-]|::)\s+{site}\s*$|^\s*{site}\s*(?:\s[|–—·»-]|::|:)\s+", "", shown or "")
        title = clean_line(shown) if shown else None
        # "Course: Module 2: Page" in <title>, the page's own <h1> (set in its header bar) printing "Page": the
        # rest is the path to the page (a course, a section), and the heading the page prints is its title.
        printed = [line for h in tree.xpath("//h1") if (line := clean_line(h.text_content()))]
        if title and len(printed) == 1 and printed[0] != title and title.endswith(printed[0]) \
                and re.search(r"[:|/>»›]\s*$", title[: -len(printed[0])]):
            title = printed[0]
    canonical = tree.xpath("//link[@rel='canonical']/@href")
    url = canonical[0].strip() if canonical else meta("og:url")

    builder = _Builder()
    styles = class_styles(tree)
    post = _organisation_post(main)
    thread = _thread(tree) if post is None else None
    page_post = _page_post(tree) if post is None and not thread else None
    chat = (telegram_statement(tree) or discord_statement(tree)) if post is None and not thread and page_post is None else None
    poster_page = None  # the page that posted a saved social-network post: who states it
    if post is not None:
        # A forum thread: the statement is the organisation's own post; members' posts are its replies.
        main, byline = post, _post_date(post) or byline
        printed = [h for h in tree.xpath("//h1") if not _links_home(h)]
        subject = next((line for h in post.xpath(".//h2 | .//h3 | .//h4 | .//h5")
                        if not any(_words(a) & (AUTHOR_WORDS | GLUED_AUTHOR_WORDS) for a in h.iterancestors())
                        and (line := clean_line(h.text_content())) and not find_dates(line) and word_count(line) >= 2), None)
        if subject and not printed:
            title = subject  # (the board's name is its only <h1>, a link home: the post's subject names the topic)
    elif main.tag == "article" and _words(main) & POST_WORDS and any(_words(e) & AUTHOR_WORDS for e in main.iterdescendants()
                                                                   if isinstance(e.tag, str)):
        byline = _post_date(main) or byline  # the page's main content is one post (the staff's): its own date dates it
    if not (byline and read_date_line(byline)):
        byline = _above_main(main) or byline
    if thread:
        # A microblog thread: its author's posts, read in order as one text; other accounts' replies are left out.
        for part in thread:
            for said in _post_texts(part):
                _walk(said, builder, styles)
        title, has_h1 = _thread_title(builder.text, builder) or title, True
        byline = _post_date(thread[0]) or byline
        # Who posted it is who states it, when the account's name is an organisation's.
        poster = organisation_name(_author_name(thread[0]) or "")
        site_name = poster[0] if poster and poster[1] else site_name
    elif page_post is not None:
        # A social network's page post, saved: the page that posts is who states it, its message is the text (the
        # comments below it, the page's own replies among them, are not), titled by the message's first line.
        poster_page, message, stamp = page_post
        byline = stamp or byline
        _walk(message, builder, styles)
        title, has_h1 = _thread_title(builder.text, builder) or title, True
    elif chat is not None:
        # A chat export: the organisation's own messages, each its own stretch of text, titled by the first one's
        # opening line; the chat's name, or the sender's when it is an organisation's, is who states it.
        sender, chat_name, said, sent = chat
        for message in said:
            builder.dropped = bool(builder.blocks)
            _walk(message, builder, styles)
        title, has_h1 = _thread_title(builder.text, builder) or title, True
        byline = sent or byline
        for_group = speaks_for(sender, chat_name)
        speaker = (None if for_group else organisation_name(sender)) or organisation_name(chat_name or "")
        site_name = speaker[0] if speaker else site_name
        if speaker and for_group:
            poster_page = speaker[0]  # its committee posts for the group: the group states it, whatever the text names
    else:
        _walk(main, builder, styles)
    if word_count(builder.text) < 40 and not thread and page_post is None and chat is None:
        # Almost nothing kept: the content itself was taken for furniture by a class word no rule foresaw. A menu,
        # a sidebar or a footer never holds most of a page's words, so the element left out that holds most is read.
        dropped = [e for e in main.iterdescendants() if isinstance(e.tag, str) and e.tag not in FURNITURE_TAGS
                   and e.tag not in INVISIBLE and is_furniture(e)]
        largest = max(dropped, key=lambda e: word_count(_visible_text(e)), default=None)
        words = word_count(_visible_text(largest)) if largest is not None else 0
        if words >= 40 and words >= 0.5 * word_count(_visible_text(main)):
            builder = _Builder()
            _walk(largest, builder, styles)
        elif word_count(_visible_text(main)) >= max(20, 2 * word_count(builder.text)):
            # The content's words are spread over many units a class word dropped (a page builder's widgets): a page
            # that shows text is never read as empty, so only the elements that are furniture by their tag are left out.
            builder = _Builder()
            _walk(main, builder, styles, lambda e: e.tag in FURNITURE_TAGS and is_furniture(e))
    text = builder.text
    blocks = builder.blocks
    if not any(b.kind == HEADING and b.level < 6 for b in blocks):
        blocks = _sized_headings(text, builder)
        # No heading markup: the largest type near the top is the title.
        top = next((b for b in blocks[:5] if b.kind == HEADING and b.level == 1), None)
        if top is not None and not has_h1:
            title, has_h1 = clean_line(text[top.start : top.end]), True
    if not has_h1 and title:
        # No <h1>: the content's first heading is the title when it names what the metadata names.
        first = next((b for b in builder.blocks if b.kind == HEADING), None)
        heading = clean_line(text[first.start : first.end]) if first else ""
        # (the metadata may drop the quotation marks the heading sets a name in: 'Is X's "Nerve Renewal" course …?')
        if _unquoted(title) in _unquoted(heading) and heading.casefold() != title.casefold():
            title = heading
        elif heading and word_count(heading) >= 2 and _unquoted(heading) in {
                _unquoted(part) for part in split_outside_quotes(page_title or title, TITLE_SEPARATOR)[1:]}:
            # "<title>Client :: Subject</title>" (a webmail client's message view, "Site - Page"), the content's first
            # heading printing a part after the first: what the page says it is, without the software's or site's name.
            title = heading
    if not has_h1 and title and blocks:
        # "Post - Section" left in <title> once the site's name is taken out ('Тавремід: позиція - Новини', a news
        # module's name), the content opening with the post's title as printed: the printed title.
        opening = clean_line(text[blocks[0].start : blocks[0].end])
        rest = title[len(opening) :] if opening and title.startswith(opening) else ""
        if rest and re.fullmatch(r"\s+(?:[|–—·»-]|::)\s+[^|–—·»:]{1,30}", rest) and word_count(rest) <= 3:
            title = opening
        else:
            title = _printed_part(title, text, blocks) or _page_of_chain(tree, title, text, blocks, site_name) or title
    subject = _message_subject(tree) if not has_h1 or title == page_title else None
    if subject:
        title = subject  # (a message view: its <title> names the client and the account, or the subject after them)
        site_name = None if site_name and site_name.casefold() in subject.casefold() else site_name
    if title:
        # "Space : Page" (a wiki's title): the space is a link in the page's breadcrumbs, not the title.
        space, colon, page = title.partition(" : ")
        if colon and page and clean_line(space) in {clean_line(t) for t in tree.xpath("//a//text()")} | {site_name}:
            title = clean_line(page)
    if site_name is None and page_title and title == page_title \
            and len(split_outside_quotes(page_title, TITLE_SEPARATOR)) > 1:
        # "X MND Support - Spring news 2025", <title> and <h1> alike (a mailing's web version): nothing else names the
        # site, and the part of the title it prints that reads as a name of two words or more does, as a last resort
        # (see assemble._organisation).
        titled = organisation_name(page_title)
        site_name = titled[0] if titled and word_count(titled[0]) >= 2 else None
    return Extracted(
        text=text,
        blocks=blocks,
        title=title,
        organisation=poster_page,
        site_name=site_name,
        url=url,
        byline=byline,
        body=(0, len(text)),
        breaks=tuple(builder.breaks),
        layout=any(b.kind == HEADING for b in blocks),
        footer_name=_footer_name(footers) or _project_name(tree),
    )
