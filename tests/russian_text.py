"""The Russian text of a built page, as the Russian-edition tests read it (test_russian_latin.py,
test_russian_typography.py): every visible text node and every label a reader or a screen reader
meets (aria-label, title, alt, placeholder), each with the element it sits in, and with what is not
the edition's own Russian set aside: quotations (q, blockquote), source titles (cite), code, URLs
and anything marked with another language.
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

# Elements whose text is not the edition's own words: a verbatim quote, a source's own title, code.
NOT_OURS = frozenset({"q", "blockquote", "cite", "code", "pre", "kbd", "samp"})
# Elements whose text a reader never sees as text.
UNSEEN = frozenset({"script", "style", "template", "noscript"})
# Classes whose text is a web address, shown as such.
URL_CLASSES = frozenset({"fs-url"})
LABEL_ATTRIBUTES = ("aria-label", "title", "alt", "placeholder")
# Elements HTML closes without an end tag: never pushed on the stack.
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})


@dataclass(frozen=True)
class Text:
    """One piece of Russian text: where it is (the element path, or `@attribute`) and the text."""

    page: str
    where: str
    text: str


class _Reader(HTMLParser):
    def __init__(self, page: str):
        super().__init__(convert_charrefs=True)
        self.page = page
        self.stack: list[tuple[str, bool]] = []  # (tag, whether its text is the edition's own)
        self.texts: list[Text] = []
        self._in_head = False

    def _ours(self) -> bool:
        return all(ours for _, ours in self.stack)

    def _where(self) -> str:
        return "/".join(tag for tag, _ in self.stack[-3:])

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "head":
            self._in_head = True
        classes = set((attributes.get("class") or "").split())
        lang = attributes.get("lang")
        ours = tag not in NOT_OURS and tag not in UNSEEN and not (classes & URL_CLASSES)
        ours = ours and (lang is None or lang.startswith("ru"))
        if self._ours() and ours and not self._in_head:
            for name in LABEL_ATTRIBUTES:
                if attributes.get(name):
                    self.texts.append(Text(self.page, f"{tag}@{name}", attributes[name]))
        if tag not in VOID:
            self.stack.append((tag, ours or (tag == "title" and self._in_head)))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag == "head":
            self._in_head = False
        for depth in range(len(self.stack) - 1, -1, -1):
            if self.stack[depth][0] == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data):
        if not data.strip() or not self._ours():
            return
        if self._in_head and not (self.stack and self.stack[-1][0] == "title"):
            return
        self.texts.append(Text(self.page, self._where(), data))


def russian_texts(site: Path) -> list[Text]:
    """Every piece of the edition's own text on every built Russian page (404 included)."""
    pages = sorted((site / "ru").rglob("*.html"))
    texts: list[Text] = []
    for path in pages:
        reader = _Reader(path.relative_to(site).as_posix())
        reader.feed(path.read_text(encoding="utf-8"))
        texts.extend(reader.texts)
    return texts
