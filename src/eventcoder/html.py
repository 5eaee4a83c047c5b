"""HTML extraction: the main text and metadata of a saved web page, with trafilatura + htmldate."""

from __future__ import annotations

import contextlib
import html as html_lib
import logging
import re
from dataclasses import dataclass
from importlib.metadata import version
from typing import Any
from urllib.parse import urlsplit

from .config import Options
from .dates import parse_date

__all__ = ["HtmlExtractor", "HtmlResult", "markup_text"]

_BLANK_RUN = re.compile(r"\n\s*\n+")


@dataclass(frozen=True, slots=True)
class HtmlResult:
    text: str
    title: str | None
    author: str | None
    published: str | None
    sitename: str | None
    url: str | None
    #: a day htmldate's extensive search found that the page's text states in full: weaker
    #: evidence than ``published`` (from the page's metadata) and the story's own dateline
    text_date: str | None = None


def paragraphs(text: str) -> str:
    """Normalise extracted text to paragraphs separated by one blank line."""
    # str.split() knows every Unicode space (no-break, thin...); zero-width ones go first.
    lines = (" ".join(line.replace("\u200b", "").split()) for line in text.splitlines())
    return "\n\n".join(line for line in lines if line)


_DROPPED_ELEMENTS = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>|<!--.*?-->",
                               re.IGNORECASE | re.DOTALL)
_BLOCK_TAG = re.compile(
    r"</?(?:p|div|li|ul|ol|h[1-6]|blockquote|figure|figcaption|section|article|header|footer"
    r"|aside|table|tr|pre|hr)\b[^>]*>", re.IGNORECASE)
_BREAK_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)
_ANY_TAG = re.compile(r"</?[A-Za-z][^<>]*>")


def markup_text(fragment: str) -> str:
    """The text of an HTML fragment (a CMS export's article body): tags removed, a block
    element (``<p>``, ``<div>``, ``<li>``...) its own paragraph, ``<br>`` a line break,
    entities (``&mdash;``) decoded. Paragraphs are separated by a blank line.

    >>> markup_text("<p>ACCRA &mdash; Ghana <b>recalled</b> its envoy.</p><p>Related: x</p>")
    'ACCRA — Ghana recalled its envoy.\\n\\nRelated: x'
    """
    text = _DROPPED_ELEMENTS.sub(" ", fragment)
    text = _BLOCK_TAG.sub("\n\n", text)
    text = _BREAK_TAG.sub("\n", text)
    text = html_lib.unescape(_ANY_TAG.sub("", text))
    blocks = (paragraphs(block) for block in _BLANK_RUN.split(text))
    return "\n\n".join(block.replace("\n\n", "\n") for block in blocks if block)


# Where pages give the full publication date-time, zone included: htmldate settles on the day.
_PRECISE_XPATH = (
    '//meta[@property="article:published_time" or @itemprop="datePublished" '
    'or @name="pubdate" or @name="dc.date.issued" or @property="og:published_time"]/@content'
    ' | //time[@itemprop="datePublished"]/@datetime'
)
_JSONLD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{10,40})"')


def _precise(tree: Any, day: str) -> str:
    """The page's own date-time with zone when it falls on htmldate's day, else the day."""
    candidates = [str(v) for v in tree.xpath(_PRECISE_XPATH)]
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        candidates += _JSONLD_DATE.findall(str(script))
    for value in candidates:
        precise = parse_date(value)
        if precise and len(precise) > 10 and precise[:10] == day[:10]:
            return precise
    return parse_date(day) or day


# A day written out in full in a page's text: "March 4, 2025", "4 March 2025", "2025-03-04",
# "04.03.2025", "Tue, 04/03/2025".
_DAY_MENTION = re.compile(
    r"\b(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{4}"
    r"|[A-Z][a-z]{2,8}\.?[ ]\d{1,2}(?:st|nd|rd|th)?,?[ ]\d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)?[ ][A-Z][a-z]{2,8}\.?,?[ ]\d{4})\b")
_MAX_SCANNED = 200_000


def _stated(tree: Any, day: str) -> bool:
    """Whether the page's text writes out ``day`` (YYYY-MM-DD) in full. htmldate's extensive
    search turns a bare year ("(c) 2025") or a month ("March 2025") into its first day; such a
    guess is never written out as that day."""
    text = " ".join(str(t) for t in tree.xpath(
        "//body//text()[not(ancestor::script) and not(ancestor::style)]"))[:_MAX_SCANNED]
    return any((parse_date(m.group()) or "")[:10] == day[:10]
               for m in _DAY_MENTION.finditer(" ".join(text.split())))


def _clean_field(value: str | None) -> str | None:
    if not value:
        return None
    value = " ".join(value.replace("\u200b", "").split())
    return value[:500] or None


class HtmlExtractor:
    """Extracts the story and its metadata from one HTML page. Stateless after construction.

    Metadata is read with trafilatura's own metadata functions and htmldate, but not through
    ``extract_metadata``: that also scans every link of the page for licence, category and tag
    fields we never use, which costs as much as extracting the text of a link-heavy page.
    """

    def __init__(self, options: Options) -> None:
        import trafilatura  # costly imports, done once per worker
        import trafilatura.metadata
        import trafilatura.utils
        from htmldate import find_date

        # trafilatura logs "discarding data" and similar at WARNING for ordinary pages.
        logging.getLogger("trafilatura").setLevel(logging.ERROR)
        logging.getLogger("htmldate").setLevel(logging.ERROR)
        self._bare_extraction = trafilatura.bare_extraction
        self._meta = trafilatura.metadata
        self._load_html = trafilatura.utils.load_html
        self._find_date = find_date
        self._fast = not options.html_fallback
        self.name = (
            f"trafilatura-{version('trafilatura')}+htmldate-{version('htmldate')}"
            f"{'' if self._fast else '+fallback'}"
        )

    def extract(self, html: str, url: str | None = None) -> HtmlResult | None:
        """Return the page's story and metadata, or None when no main text is found."""
        tree = self._load_html(html)
        if tree is None:
            return None
        meta = self._meta.examine_meta(tree)
        if meta.author and " " not in meta.author:  # a handle or a site name, not a person
            meta.author = None
        # Malformed JSON-LD is common and trafilatura's parser can raise on it; meta tags remain.
        with contextlib.suppress(Exception):
            meta = self._meta.extract_meta_json(tree, meta)
        title = meta.title or self._meta.extract_title(tree)
        author = meta.author or self._meta.extract_author(tree)
        page_url = meta.url or self._meta.extract_url(tree, url) or url
        # The page's metadata, structured data and URL give a day; htmldate's extensive search
        # of the text may also give a bare year's first day, so its day must be in the text.
        published = self._find_date(tree, extensive_search=False, original_date=True,
                                    url=page_url)
        if published:
            published = _precise(tree, published)
        text_date = None
        if not published:
            guess = self._find_date(tree, extensive_search=True, original_date=True,
                                    url=page_url)
            if guess and _stated(tree, guess):
                text_date = parse_date(guess) or guess
        sitename = (meta.sitename or self._meta.extract_sitename(tree) or "").lstrip("@")
        if not sitename and page_url:
            sitename = urlsplit(page_url).hostname or ""
        # Content extraction prunes the tree, so it runs after every metadata read.
        doc = self._bare_extraction(
            tree, url=page_url, fast=self._fast, with_metadata=False, include_comments=False,
            include_tables=False, deduplicate=False,
        )
        if doc is None or not doc.text:  # type: ignore[union-attr]
            return None
        return HtmlResult(
            text=paragraphs(doc.text),  # type: ignore[union-attr]
            title=_clean_field(title),
            author=_clean_field(author),
            published=published or None,
            sitename=_clean_field(sitename),
            url=page_url,
            text_date=text_date,
        )
