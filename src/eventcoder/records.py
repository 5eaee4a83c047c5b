"""Typed records that flow between the stages of the pipeline.

All records are frozen dataclasses: a stage takes records and returns new ones, it never mutates
what it was given, so the same stage can run in a process pool or a distributed worker.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

__all__ = [
    "Article",
    "Copy",
    "Document",
    "Reason",
    "Rejection",
]


class Reason(StrEnum):
    """Reason codes for rejected input. Stable: stored in the database and counted in summaries."""

    NOT_FOUND = "not_found"
    UNREADABLE = "unreadable"
    EMPTY = "empty"
    BINARY = "binary"
    TOO_LARGE = "too_large"
    TOO_LONG = "too_long"
    INVALID_UTF8 = "invalid_utf8"
    MALFORMED_JSON = "malformed_json"
    MALFORMED_CSV = "malformed_csv"
    MALFORMED_RECORD = "malformed_record"
    MALFORMED_WARC = "malformed_warc"
    UNSUPPORTED_FORMAT = "unsupported_format"
    TRUNCATED_GZIP = "truncated_gzip"
    CORRUPT_GZIP = "corrupt_gzip"
    NO_TEXT = "no_text"
    NOT_ENGLISH = "not_english"
    ID_CONFLICT = "id_conflict"
    NOT_HTML = "not_html"
    HTTP_STATUS = "http_status"
    CODING_FAILED = "coding_failed"


@dataclass(frozen=True, slots=True)
class Document:
    """One raw input document, as read from a file, a dump record or a WARC record.

    ``content`` is the raw text (HTML or a text scrape); ``kind`` says which ("html" or "text").
    ``locator`` says where in the input it came from: ``path``, ``path:line`` for dump records,
    ``path#offset`` for WARC records.
    """

    locator: str
    kind: str
    content: str
    raw_digest: str
    id: str | None = None
    url: str | None = None
    title: str | None = None
    date: str | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """A clean, dated article. ``text`` is the clean body; every later offset indexes it."""

    id: str
    text: str
    text_digest: str
    raw_digest: str
    extractor: str
    locator: str
    url: str | None = None
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    original_outlet: str | None = None
    author: str | None = None
    dateline: str | None = None
    language: str | None = None
    language_score: float | None = None
    # Lines the cleaner removed, as (line number, text, reason): how users audit the cleaning.
    dropped: tuple[tuple[int, str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Copy:
    """One appearance of an article: the canonical article itself, or a reprint of it."""

    doc_id: str
    article_id: str
    raw_digest: str
    locator: str
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    similarity: float = 1.0
    relation: str = "canonical"  # canonical | exact | near


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that could not become an article, with the reason and where it was."""

    locator: str
    reason: Reason
    detail: str
    line: int | None = None
    raw_digest: str | None = None
    language: str | None = None
    extra: dict[str, str] = field(default_factory=dict)
