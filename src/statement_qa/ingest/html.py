"""HTML: the page's main content (no nav, header, footer, aside), its h1 as the title.

trafilatura finds the main content; its XML output keeps headings, paragraphs and
list items apart. The page's own metadata (h1, site name, canonical url) comes from
lxml. Dates that trafilatura guesses (often the copyright year) are not used: the
statement's date comes from its signature.
"""

from __future__ import annotations

import logging
import re

from statement_qa.structure import HEADING, ITEM, LINE, Block, Extracted, clean_line, copyright_holder

log = logging.getLogger(__name__)

DROP = ("nav", "header", "footer", "aside", "script", "style", "noscript", "form", "template", "svg")
BLOCK_TAGS = {"h1": HEADING, "h2": HEADING, "h3": HEADING, "h4": HEADING, "h5": HEADING, "h6": HEADING,
              "p": LINE, "li": ITEM, "blockquote": LINE, "dt": LINE, "dd": LINE, "td": LINE, "pre": LINE}


class _TextBuilder:
    """Joins block texts into one extracted text, remembering each block's span."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.blocks: list[Block] = []

    def add(self, text: str, kind: str, level: int = 0) -> None:
        for line in text.split("\n"):
            line = re.sub(r"[ \t\r\f\v\u00a0]+", " ", line).strip()
            if not line:
                continue
            if self.parts:
                self.parts.append("\n\n")
                self.length += 2
            self.blocks.append(Block(self.length, self.length + len(line), kind, level))
            self.parts.append(line)
            self.length += len(line)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _from_trafilatura(html: str) -> _TextBuilder | None:
    import trafilatura
    from lxml import etree

    xml = trafilatura.extract(
        html, output_format="xml", include_comments=False, include_tables=True,
        favor_recall=True, include_formatting=False, deduplicate=False,
    )
    if not xml:
        return None
    root = etree.fromstring(xml.encode("utf-8"))
    main = root.find("main")
    if main is None:
        return None
    builder = _TextBuilder()

    def text_of(element) -> str:
        # <lb/> is a line break inside a paragraph (a two-line signature, say).
        pieces = [element.text or ""]
        for child in element:
            pieces.append("\n" if child.tag == "lb" else text_of(child))
            pieces.append(child.tail or "")
        return "".join(pieces)

    def walk(element) -> None:
        for child in element:
            if child.tag == "head":
                level = int((child.get("rend") or "h2").lstrip("h") or 2)
                builder.add(text_of(child), HEADING, level)
            elif child.tag == "list":
                walk(child)
            elif child.tag == "item":
                builder.add(text_of(child), ITEM)
            elif child.tag == "table":
                for cell in child.iter("cell"):
                    builder.add(text_of(cell), LINE)
            elif child.tag in ("p", "quote", "code"):
                builder.add(text_of(child), LINE)
            else:
                walk(child)

    walk(main)
    return builder if builder.blocks else None


def _from_lxml(tree) -> _TextBuilder:
    """Hand-written fallback: block elements of <main>/<article>/<body> minus page furniture."""
    builder = _TextBuilder()
    root = next(iter(tree.xpath("//main | //article | //*[@role='main']")), None)
    root = root if root is not None else (tree.find(".//body") if tree.find(".//body") is not None else tree)
    for element in root.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in BLOCK_TAGS and not element.xpath("ancestor::li | ancestor::blockquote | ancestor::p"):
            text = "\n".join(
                part for part in re.split(r"\n", "".join(_itertext_with_breaks(element)))
            )
            builder.add(text, BLOCK_TAGS[tag], int(tag[1]) if tag.startswith("h") else 0)
    return builder


def _itertext_with_breaks(element):
    if element.text:
        yield element.text
    for child in element:
        if isinstance(child.tag, str) and child.tag == "br":
            yield "\n"
        elif isinstance(child.tag, str):
            yield from _itertext_with_breaks(child)
        if child.tail:
            yield child.tail


FURNITURE = "ancestor::nav or ancestor::footer or ancestor::aside or (ancestor::header and not(ancestor::article))"


def _heading_and_byline(tree) -> tuple[str | None, str | None]:
    """The page's own <h1> (in the article, else outside the site's header) and any byline."""
    h1 = (
        tree.xpath("(//main//h1 | //article//h1 | //*[@role='main']//h1)[1]")
        or tree.xpath(f"(//h1[not({FURNITURE})])[1]")
        or tree.xpath("(//h1)[1]")
    )
    title = clean_line(h1[0].text_content()) if h1 else None
    # "A statement by ... · <time>11 September 2023</time>": main-content extraction often drops it.
    marked = tree.xpath(
        f"(//*[(contains(concat(' ', normalize-space(@class), ' '), ' byline ') or contains(@class, 'entry-meta') "
        f"or contains(@class, 'post-meta') or contains(@class, 'posted-on')) and not({FURNITURE})]"
        f" | //time[not({FURNITURE})]/parent::*)[1]"
    )
    byline = clean_line(marked[0].text_content()) if marked else None
    return title, byline


def read_html(html: str) -> Extracted:
    """Main content and metadata of an HTML page."""
    import lxml.html

    tree = lxml.html.fromstring(html)
    # The heading and byline are read before page furniture is dropped: themes put the
    # entry's <h1> and <time> inside the article's own <header>.
    title, byline = _heading_and_byline(tree)
    holder = copyright_holder(tree.text_content())
    for tag in DROP:
        for element in tree.xpath(f"//{tag}"):
            element.drop_tree()

    def meta(*names: str) -> str | None:
        for name in names:
            values = tree.xpath(f"//meta[@property='{name}' or @name='{name}']/@content")
            if values and values[0].strip():
                return clean_line(values[0])
        return None

    page_title = clean_line(" ".join(tree.xpath("//title/text()"))) or None
    site_name = meta("og:site_name", "application-name", "publisher")
    if page_title and not site_name:
        # "Title | Site" or "Site – Title": what remains once the page's heading is taken out.
        rest = page_title.replace(title, " ") if title and title in page_title else page_title
        parts = [p for p in re.split(r"\s+[|–—-]\s+|^\s*[|–—-]\s+|\s+[|–—-]\s*$", rest) if p.strip()]
        if len(parts) >= 1 and rest != page_title:
            site_name = clean_line(parts[0]) if len(parts) == 1 else None
        elif len(parts) > 1:
            site_name = clean_line(parts[-1])
    site_name = site_name or holder
    if not title:
        title = meta("og:title") or (re.split(r"\s+[|–—]\s+", page_title)[0] if page_title else None)
    canonical = tree.xpath("//link[@rel='canonical']/@href")
    url = canonical[0].strip() if canonical else meta("og:url")

    try:
        builder = _from_trafilatura(html)
    except Exception as exc:  # trafilatura fails in many ways on odd pages
        log.warning("main-content extraction failed (%s); falling back to plain HTML rules", exc)
        builder = None
    if builder is None or (title and not any(b.kind == HEADING for b in builder.blocks) and len(builder.blocks) < 2):
        builder = _from_lxml(tree)
    text = builder.text
    return Extracted(
        text=text,
        blocks=builder.blocks,
        title=title,
        site_name=site_name,
        url=url,
        byline=byline,
        body=(0, len(text)),
    )
