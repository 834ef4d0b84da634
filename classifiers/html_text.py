"""HTML to plain text with inscriptis, after dropping the quoted original that mail clients mark up."""

from __future__ import annotations

import lxml.etree
import lxml.html
from inscriptis import Inscriptis
from inscriptis.css_profiles import CSS_PROFILES
from inscriptis.model.config import ParserConfig

# Quoted originals as Gmail, Apple Mail, Thunderbird, Outlook (desktop and web) and Yahoo mark them.
_QUOTES = lxml.etree.XPath(
    "//blockquote"
    " | //*[contains(concat(' ', normalize-space(@class), ' '), ' gmail_quote ')]"
    " | //*[contains(@class, 'moz-cite-prefix')]"
    " | //*[@id='divRplyFwdMsg'] | //*[@id='appendonsend'] | //*[@id='mail-editor-reference-message-container']"
    " | //*[contains(@class, 'OLK_SRC_BODY_SECTION')] | //*[contains(@class, 'yahoo_quoted')]"
)
# Outlook puts the original after these: they and what follows go.
_OUTLOOK_ORIGINAL = lxml.etree.XPath("//*[@id='divRplyFwdMsg'] | //*[@id='appendonsend']")
_BORDERED_DIVS = lxml.etree.XPath("//div[contains(@style, 'border-top')]")
_CONFIG = ParserConfig(css=CSS_PROFILES["strict"], display_links=False, display_images=False)


def _drop_outlook_tail(root) -> None:
    """Outlook desktop puts the original after a top-bordered div holding "From:"; drop that div and what follows."""
    for div in _BORDERED_DIVS(root):
        text = " ".join(div.text_content().split())[:40].lower()
        if text.startswith(("from:", "de :", "de:", "von:", "da:", "van:")):
            parent = div.getparent()
            for sibling in list(div.itersiblings()):
                parent.remove(sibling)
            parent.remove(div)
            return


def html_to_text(markup: str) -> str:
    """Visible text of `markup` without quoted originals; "" when it cannot be read."""
    if not markup.strip():
        return ""
    try:
        root = lxml.html.fromstring(markup)
    except (ValueError, lxml.etree.ParserError):
        return ""
    for node in _OUTLOOK_ORIGINAL(root):
        parent = node.getparent()
        if parent is not None:
            for sibling in list(node.itersiblings()):
                parent.remove(sibling)
    for node in _QUOTES(root):
        if node.getparent() is not None:
            node.getparent().remove(node)
    _drop_outlook_tail(root)
    try:
        text = Inscriptis(root, _CONFIG).get_text()
    except Exception:
        text = root.text_content()
    lines = [line.strip() for line in text.splitlines()]
    return "\n".join(line for line in lines if line).strip()
