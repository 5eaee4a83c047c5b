"""HTML extraction: the main text and metadata of a saved web page, with trafilatura + htmldate."""

from __future__ import annotations

import contextlib
import logging
import re
from dataclasses import dataclass
from importlib.metadata import version
from typing import Any
from urllib.parse import urlsplit

from .config import Options
from .dates import parse_date

__all__ = ["HtmlExtractor", "HtmlResult"]

_BLANK_RUN = re.compile(r"\n\s*\n+")


@dataclass(frozen=True, slots=True)
class HtmlResult:
    text: str
    title: str | None
    author: str | None
    published: str | None
    sitename: str | None
    url: str | None


def paragraphs(text: str) -> str:
    """Normalise extracted text to paragraphs separated by one blank line."""
    # str.split() knows every Unicode space (no-break, thin...); zero-width ones go first.
    lines = (" ".join(line.replace("\u200b", "").split()) for line in text.splitlines())
    return "\n\n".join(line for line in lines if line)


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
        published = self._find_date(tree, extensive_search=True, original_date=True,
                                    url=page_url)
        if published:
            published = _precise(tree, published)
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
        )
