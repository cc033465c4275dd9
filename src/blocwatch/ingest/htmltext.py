"""Text of HTML fragments (feed summaries and contents): tags stripped, paragraphs kept.

Feed entries carry a few paragraphs of markup, not a page, so main-text extraction (which
looks for the article inside a page and discards short texts) is the wrong tool; walking
the fragment's elements keeps every paragraph.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

_BLOCK = {
    "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
    "ol", "p", "pre", "section", "table", "tr", "ul",
}  # fmt: skip
_SKIP = {"script", "style", "noscript", "template", "iframe", "object", "svg", "form", "button"}
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def fragment_to_text(markup: str) -> str:
    """The text of the HTML fragment ``markup``: one paragraph per block element, separated
    by blank lines; ``<br>`` as a line break; whitespace inside a line collapsed."""
    if not markup.strip():
        return ""
    try:
        root = lxml_html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return " ".join(markup.split())
    paragraphs: list[str] = []
    buffer: list[str] = []

    def flush() -> None:
        lines = (" ".join(line.split()) for line in "".join(buffer).split("\n"))
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            paragraphs.append(paragraph)
        buffer.clear()

    def walk(element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag.lower() in _SKIP or not tag:
            return
        block = tag.lower() in _BLOCK
        if block:
            flush()
        if tag.lower() == "br":
            buffer.append("\n")
        if element.text:
            buffer.append(element.text)
        for child in element:
            walk(child)
            if child.tail:
                buffer.append(child.tail)
        if block:
            flush()
        elif tag.lower() in {"td", "th"}:
            buffer.append(" ")

    walk(root)
    flush()
    return "\n\n".join(paragraphs)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag within its first 4 kB."""
    match = _CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None
