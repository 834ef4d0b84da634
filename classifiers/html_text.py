"""HTML to plain text, enough to read what a person typed (block elements become line breaks)."""

from __future__ import annotations

import html
from html.parser import HTMLParser

_BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "hr", "table"}
_SKIPPED = {"script", "style", "head", "title"}


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.quote_depth = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        classes = dict(attrs).get("class") or ""
        if tag in _SKIPPED:
            self.skipping += 1
        if tag == "blockquote" or "gmail_quote" in classes or "moz-cite-prefix" in classes:
            self.quote_depth += 1
            self.parts.append("\n> ")
        elif tag in _BLOCKS:
            self.parts.append("\n> " if self.quote_depth else "\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED and self.skipping:
            self.skipping -= 1
        if tag == "blockquote" and self.quote_depth:
            self.quote_depth -= 1
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            text = " ".join(data.split())
            if text:
                self.parts.append(("> " if self.quote_depth else "") + text + " ")


def html_to_text(markup: str) -> str:
    """Visible text of `markup`; quoted blocks come out with `> ` prefixes."""
    collector = _TextCollector()
    try:
        collector.feed(markup)
        collector.close()
    except Exception:
        return html.unescape(markup)
    lines = [line.strip() for line in "".join(collector.parts).splitlines()]
    return "\n".join(line for line in lines if line)
