"""Readers: turn input paths into a stream of raw :class:`Document` or :class:`Rejection` records.

Inputs are files, directories (walked recursively, in sorted order) and ``-`` for standard input.
Formats are chosen by extension (after an optional ``.gz``):

- ``.html``/``.htm``/``.xhtml``: one saved web page per file;
- ``.txt``: one text scrape per file;
- ``.jsonl``/``.ndjson``: one JSON object per line; ``.json``: one object, an array of objects,
  or JSON lines;
- ``.csv``: one record per row, with a header;
- ``.warc``/``.warc.gz``: each HTML ``response`` record.

Everything streams: a dump is read record by record and a single document is read only up to
``max_document_bytes``, so memory stays flat however large the input. A bad record becomes a
rejection with its line number and the reader moves on to the next one.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import hashlib
import io
import json
import os
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any

from .config import Options
from .html import markup_text
from .records import Document, Reason, Rejection

__all__ = ["InputFile", "Reader", "decode_html", "detect_format"]

Item = Document | Rejection

HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml", ".shtml"})
TEXT_EXTENSIONS = frozenset({".txt", ".text"})
JSONL_EXTENSIONS = frozenset({".jsonl", ".ndjson", ".jsonlines"})

# Field names accepted in dumps, first match wins. Users' dumps come from many scrapers
# (news-please, NewsAPI, RSS exports, CMS exports); a key matches without regard to case, "_"
# or "-" ("pubDate", "Published_At"), an exact key before such a near one.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "doc_id", "_id", "uuid", "guid"),
    "text": ("text", "body", "content", "article", "maintext", "article_text", "story",
             "articleBody", "full_text", "body_text"),
    "html": ("html", "raw_html"),
    "date": ("date", "published", "publish_date", "pubdate", "published_at", "datetime",
             "publishedAt", "date_publish", "datePublished", "created_at", "date_published",
             "publication_date", "pub_date"),
    "url": ("url", "link", "uri"),
    "title": ("title", "headline"),
    "source": ("source", "outlet", "site", "publisher", "site_name", "source_name",
               "source_domain"),
}

_BINARY_MAGIC = (
    b"\x89PNG", b"%PDF", b"PK\x03\x04", b"\xff\xd8\xff", b"GIF8", b"\x7fELF", b"BZh",
    b"\xfd7zXZ", b"7z\xbc\xaf", b"RIFF", b"OggS", b"ID3", b"\x00\x00\x01\x00",
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE
)
_HTTP_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_\-:.]+)", re.IGNORECASE)
_SNIFF_BYTES = 8192
# Markup in a dump's text field: tags of running text, or character entities.
_MARKUP = re.compile(
    r"</?(?:p|div|br|a|strong|em|b|i|span|h[1-6]|ul|ol|li|blockquote|figure|figcaption|img)"
    r"\b[^<>]{0,500}>|&(?:[a-z]{2,8}|#\d{2,6}|#x[0-9a-f]{2,5});", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class InputFile:
    """One input as given by the user, with the digest of all its bytes (for the runs table)."""

    path: str
    sha256: str
    size: int
    format: str


class _DecodeError(Exception):
    def __init__(self, reason: Reason, detail: str, line: int | None = None) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail
        self.line = line


class _HashingRaw(io.RawIOBase):
    """A raw stream that hashes every byte read through it."""

    def __init__(self, raw: IO[bytes]) -> None:
        self._raw = raw
        self.sha = hashlib.sha256()
        self.size = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = self._raw.readinto(buffer)  # type: ignore[attr-defined]
        if n:
            self.sha.update(memoryview(buffer)[:n])
            self.size += n
        return n or 0

    def close(self) -> None:
        self._raw.close()
        super().close()


class _Chain(io.RawIOBase):
    """Bytes already read, followed by the rest of a stream."""

    def __init__(self, head: bytes, tail: IO[bytes]) -> None:
        self._head = memoryview(head)
        self._tail = tail

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        return self._tail.readinto(buffer)  # type: ignore[attr-defined]


def detect_format(name: str) -> tuple[str | None, bool]:
    """Return ``(format, gzipped)`` for a file name; format is None for unknown extensions.

    >>> detect_format("dump.jsonl.gz")
    ('jsonl', True)
    """
    lower = name.lower()
    if lower.endswith(".warc.gz") or lower.endswith(".warc"):
        return "warc", False  # warcio reads per-record gzip members itself
    gzipped = lower.endswith(".gz")
    if gzipped:
        lower = lower[:-3]
    ext = os.path.splitext(lower)[1]
    if ext in HTML_EXTENSIONS:
        return "html", gzipped
    if ext in TEXT_EXTENSIONS:
        return "text", gzipped
    if ext in JSONL_EXTENSIONS:
        return "jsonl", gzipped
    if ext == ".json":
        return "json", gzipped
    if ext == ".csv":
        return "csv", gzipped
    return None, gzipped


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _looks_binary(head: bytes) -> bool:
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    return head.startswith(_BINARY_MAGIC) or b"\x00" in head[:_SNIFF_BYTES]


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def decode_text(data: bytes) -> str:
    """Decode a text document: UTF-8 (BOM allowed) or BOM-marked UTF-16, strictly."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise _DecodeError(Reason.INVALID_UTF8, f"invalid UTF-16: {exc.reason}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = _line_of(data, exc.start)
        raise _DecodeError(
            Reason.INVALID_UTF8,
            f"invalid UTF-8 at byte {exc.start} (line {line}): {exc.reason}",
            line,
        ) from None


def decode_html(data: bytes, declared: str | None = None) -> str:
    """Decode an HTML page by BOM, the declared (HTTP) charset, a ``<meta>`` charset, else UTF-8.

    An undeclared page that is not valid UTF-8 is an error, not a guess: mojibake would go on to
    be coded as text.
    """
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode_text(data)
    candidates: list[str] = []
    if declared:
        candidates.append(declared)
    match = _META_CHARSET.search(data[:4096])
    if match:
        candidates.append(match.group(1).decode("ascii", "replace"))
    for name in candidates:
        try:
            codec = codecs.lookup(name).name
        except LookupError:
            continue
        # Browsers treat latin-1 and ascii labels as windows-1252; so do we.
        if codec in ("latin-1", "iso8859-1", "ascii"):
            codec = "cp1252"
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    return decode_text(data)


def _norm_key(key: object) -> str:
    return str(key).lower().replace("_", "").replace("-", "")


_NORM_ALIASES = {field: tuple(dict.fromkeys(_norm_key(a) for a in aliases))
                 for field, aliases in FIELD_ALIASES.items()}


def _pick(record: dict[str, Any], field: str, keys: dict[str, str] | None = None) -> Any:
    """The first non-empty value of ``field``: by an exact alias, else by a near one (``keys``
    maps each normalised key of the record to the key itself)."""
    for key in FIELD_ALIASES[field]:
        value = record.get(key)
        if value is not None and value != "":
            return value
    if keys is None:
        keys = _key_index(record)
    for norm in _NORM_ALIASES[field]:
        found = keys.get(norm)
        if found is not None:
            value = record[found]
            if value is not None and value != "":
                return value
    return None


def _key_index(record: dict[str, Any]) -> dict[str, str]:
    index: dict[str, str] = {}
    for key in record:
        index.setdefault(_norm_key(key), key)
    return index


def _has_field(record: dict[str, Any], keys: dict[str, str], field: str) -> bool:
    return any(k in record for k in FIELD_ALIASES[field]) or \
        any(n in keys for n in _NORM_ALIASES[field])


class Reader:
    """Streams documents and rejections out of input paths.

    Every input read to its end is appended to :attr:`inputs` with its digest; a consumer that
    streams many files takes them with :meth:`take_inputs` as it goes, so none pile up.
    """

    def __init__(self, options: Options) -> None:
        self.options = options
        self.inputs: list[InputFile] = []

    def take_inputs(self) -> list[InputFile]:
        """Return the inputs finished since the last call, and forget them."""
        taken, self.inputs = self.inputs, []
        return taken

    # ------------------------------------------------------------------ walking
    def read(self, paths: Iterable[str | os.PathLike[str]]) -> Iterator[Item]:
        for given in paths:
            name = os.fspath(given)
            if name == "-":
                yield from self._read_stdin()
                continue
            path = Path(name)
            if path.is_dir():
                for file in self._walk(path):
                    yield from self._read_file(file)
            elif path.exists():
                yield from self._read_file(path)
            else:
                yield Rejection(name, Reason.NOT_FOUND, "no such file or directory")

    @staticmethod
    def _walk(root: Path) -> Iterator[Path]:
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames.sort()
            for filename in sorted(filenames):
                yield Path(dirpath) / filename

    def _read_file(self, path: Path) -> Iterator[Item]:
        locator = str(path)
        fmt, gzipped = detect_format(path.name)
        if fmt is None:
            yield Rejection(
                locator,
                Reason.UNSUPPORTED_FORMAT,
                f"unknown extension {path.suffix or '(none)'!r}; expected .html, .txt, .jsonl, "
                ".json, .csv or .warc, optionally .gz",
            )
            return
        try:
            raw = open(path, "rb", buffering=0)  # noqa: SIM115 - closed below
        except OSError as exc:
            yield Rejection(locator, Reason.UNREADABLE, exc.strerror or str(exc))
            return
        hashing = _HashingRaw(raw)
        stream = io.BufferedReader(hashing, buffer_size=1 << 16)
        try:
            yield from self._read_stream(stream, locator, fmt, gzipped)
            # Hash what the format reader did not need, so the run records the whole input.
            while stream.read(1 << 20):
                pass
        except OSError as exc:
            yield Rejection(locator, Reason.UNREADABLE, exc.strerror or str(exc))
        finally:
            stream.close()
        self.inputs.append(InputFile(locator, hashing.sha.hexdigest(), hashing.size, fmt))

    def _read_stdin(self) -> Iterator[Item]:
        hashing = _HashingRaw(sys.stdin.buffer)
        stream = io.BufferedReader(hashing, buffer_size=1 << 16)
        head = stream.peek(_SNIFF_BYTES)[:_SNIFF_BYTES]
        gzipped = head.startswith(b"\x1f\x8b")
        inner: IO[bytes] = stream
        if gzipped:
            try:  # sniff on a copy of the first bytes: the stream itself must stay unread
                head = zlib.decompressobj(wbits=31).decompress(head, _SNIFF_BYTES)
            except zlib.error as exc:
                yield Rejection("<stdin>", Reason.CORRUPT_GZIP, f"cannot decompress: {exc}")
                return
            inner = gzip.GzipFile(fileobj=stream)  # type: ignore[assignment]
        start = head.lstrip()[:8]
        if start.startswith(b"WARC/"):
            fmt = "warc"
            inner = stream  # warcio reads gzip members itself
        elif start.startswith(b"{"):
            fmt = "jsonl"
        elif start.startswith(b"["):
            fmt = "json"
        elif start.startswith(b"<"):
            fmt = "html"
        else:
            fmt = "text"
        if fmt == "warc":
            yield from self._read_warc(inner, "<stdin>", gzipped)
        else:
            yield from self._read_stream(inner, "<stdin>", fmt, False)
        self.inputs.append(InputFile("<stdin>", hashing.sha.hexdigest(), hashing.size, fmt))

    # ------------------------------------------------------------------ formats
    def _read_stream(self, stream: IO[bytes], locator: str, fmt: str,
                     gzipped: bool) -> Iterator[Item]:
        if fmt == "warc":
            yield from self._read_warc(stream, locator, locator.lower().endswith(".gz"))
            return
        source: IO[bytes] = stream
        if gzipped:
            # GzipFile buffers itself; another buffer on top would hide more records behind a
            # truncation error.
            source = gzip.GzipFile(fileobj=stream)  # type: ignore[assignment]
        try:
            if fmt in ("html", "text"):
                yield self._read_single(source, locator, fmt)
            elif fmt == "jsonl":
                yield from self._read_jsonl(source, locator)
            elif fmt == "json":
                yield from self._read_json(source, locator)
            elif fmt == "csv":
                yield from self._read_csv(source, locator)
        except EOFError as exc:
            yield Rejection(locator, Reason.TRUNCATED_GZIP, f"compressed data ends early: {exc}")
        except (gzip.BadGzipFile, zlib.error) as exc:
            yield Rejection(locator, Reason.CORRUPT_GZIP, f"cannot decompress: {exc}")

    def _too_large(self) -> str:
        return f"document is larger than max_document_bytes ({self.options.max_document_bytes:,})"

    def _read_single(self, source: IO[bytes], locator: str, fmt: str) -> Item:
        limit = self.options.max_document_bytes
        data = source.read(limit + 1)
        if len(data) > limit:
            return Rejection(locator, Reason.TOO_LARGE, self._too_large())
        if not data.strip():
            return Rejection(locator, Reason.EMPTY, "file is empty", raw_digest=_sha256(data))
        digest = _sha256(data)
        if _looks_binary(data[:_SNIFF_BYTES]):
            return Rejection(locator, Reason.BINARY, "file content is binary, not text",
                             raw_digest=digest)
        try:
            content = decode_html(data) if fmt == "html" else decode_text(data)
        except _DecodeError as exc:
            return Rejection(locator, exc.reason, exc.detail, line=exc.line, raw_digest=digest)
        return Document(locator=locator, kind=fmt, content=content, raw_digest=digest)

    def _lines(self, source: IO[bytes]) -> Iterator[tuple[int, bytes | None]]:
        """Yield ``(line_number, line)``; ``line`` is None for a line over the size limit."""
        limit = self.options.max_document_bytes
        number = 0
        while True:
            line = source.readline(limit + 1)
            if not line:
                return
            number += 1
            if len(line) > limit and not line.endswith(b"\n"):
                while True:  # skip the rest of the oversized line without holding it
                    chunk = source.readline(1 << 20)
                    if not chunk or chunk.endswith(b"\n"):
                        break
                yield number, None
            else:
                yield number, line

    def _read_jsonl(self, source: IO[bytes], locator: str, first_line: int = 1) -> Iterator[Item]:
        head = source.peek(_SNIFF_BYTES)[:_SNIFF_BYTES] if hasattr(source, "peek") else b""
        if not head.strip():
            yield Rejection(locator, Reason.EMPTY, "file is empty")
            return
        if _looks_binary(head):
            yield Rejection(locator, Reason.BINARY, "file content is binary, not JSON lines")
            return
        for number, line in self._lines(source):
            number += first_line - 1
            where = f"{locator}:{number}"
            if line is None:
                yield Rejection(where, Reason.TOO_LARGE, self._too_large(), line=number)
                continue
            stripped = line.strip()
            if not stripped:
                continue
            digest = _sha256(stripped)
            try:
                text = stripped.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                yield Rejection(where, Reason.INVALID_UTF8,
                                f"invalid UTF-8 at column {exc.start + 1}: {exc.reason}",
                                line=number, raw_digest=digest)
                continue
            try:
                record = json.loads(text)
            except json.JSONDecodeError as exc:
                yield Rejection(where, Reason.MALFORMED_JSON,
                                f"{exc.msg} (column {exc.colno})", line=number, raw_digest=digest)
                continue
            yield self._record(record, where, number, digest)

    def _read_json(self, source: IO[bytes], locator: str) -> Iterator[Item]:
        head = source.peek(_SNIFF_BYTES)[:_SNIFF_BYTES] if hasattr(source, "peek") else b""
        if not head.lstrip().startswith(b"["):
            yield from self._read_json_object(source, locator)
            return
        import ijson  # streaming: an array of millions of records never sits in memory

        index = 0
        try:
            for index, record in enumerate(ijson.items(source, "item", use_float=True), 1):
                canonical = json.dumps(record, sort_keys=True, ensure_ascii=False).encode()
                where = f"{locator}[{index - 1}]"
                if len(canonical) > self.options.max_document_bytes:
                    yield Rejection(where, Reason.TOO_LARGE, self._too_large())
                    continue
                yield self._record(record, where, None, _sha256(canonical))
        except ijson.common.IncompleteJSONError as exc:
            yield Rejection(f"{locator}[{index}]", Reason.MALFORMED_JSON,
                            f"JSON array is malformed after record {index}: {exc}")
        except UnicodeDecodeError as exc:
            yield Rejection(f"{locator}[{index}]", Reason.INVALID_UTF8,
                            f"invalid UTF-8 after record {index}: {exc.reason}")

    def _read_json_object(self, source: IO[bytes], locator: str) -> Iterator[Item]:
        """One (possibly pretty-printed) object, or JSON lines saved with a .json name."""
        limit = self.options.max_document_bytes
        data = source.read(limit + 1)
        if len(data) <= limit:
            try:
                record = json.loads(data.decode("utf-8-sig"))
            except (json.JSONDecodeError, UnicodeDecodeError):
                pass  # not one object: read it line by line for precise rejections
            else:
                yield self._record(record, locator, None, _sha256(data.strip()))
                return
        rest = io.BufferedReader(_Chain(data, source), buffer_size=1 << 16)
        yield from self._read_jsonl(rest, locator)

    def _read_csv(self, source: IO[bytes], locator: str) -> Iterator[Item]:
        head = source.peek(_SNIFF_BYTES)[:_SNIFF_BYTES] if hasattr(source, "peek") else b""
        if not head.strip():
            yield Rejection(locator, Reason.EMPTY, "file is empty")
            return
        if _looks_binary(head):
            yield Rejection(locator, Reason.BINARY, "file content is binary, not CSV")
            return
        # surrogateescape keeps one bad row from stopping the file: the row is rejected below.
        text = io.TextIOWrapper(source, encoding="utf-8-sig", errors="surrogateescape", newline="")
        csv.field_size_limit(max(self.options.max_document_bytes, 131072))
        reader = csv.DictReader(text)
        try:  # the header is read here, so the first row's line number counts it
            _ = reader.fieldnames
        except csv.Error as exc:
            yield Rejection(f"{locator}:1", Reason.MALFORMED_CSV, f"bad header: {exc}", line=1)
            return
        errors_in_a_row = 0
        while True:
            start_line = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                errors_in_a_row += 1
                reason = Reason.TOO_LARGE if "field larger" in str(exc) else Reason.MALFORMED_CSV
                yield Rejection(f"{locator}:{start_line}", reason, str(exc), line=start_line)
                if errors_in_a_row > 100:
                    yield Rejection(locator, Reason.MALFORMED_CSV,
                                    "more than 100 malformed rows in a row; rest of file skipped")
                    break
                continue
            errors_in_a_row = 0
            where = f"{locator}:{start_line}"
            canonical = json.dumps(sorted((str(k), v) for k, v in row.items()),
                                   ensure_ascii=False).encode("utf-8", "surrogateescape")
            digest = _sha256(canonical)
            if None in row or any(v is None for v in row.values()):
                yield Rejection(where, Reason.MALFORMED_CSV,
                                "row has a different number of fields than the header",
                                line=start_line, raw_digest=digest)
                continue
            try:
                for value in row.values():
                    value.encode("utf-8")
            except UnicodeEncodeError:
                yield Rejection(where, Reason.INVALID_UTF8, "row holds bytes that are not UTF-8",
                                line=start_line, raw_digest=digest)
                continue
            yield self._record(row, where, start_line, digest)
        text.detach()

    def _read_warc(self, stream: IO[bytes], locator: str, gzipped: bool) -> Iterator[Item]:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed

        offset = 0
        try:
            iterator = ArchiveIterator(stream)
            for record in iterator:
                if record.rec_type != "response":
                    continue  # warcinfo, request, metadata...: not documents
                url = record.rec_headers.get_header("WARC-Target-URI")
                item = self._warc_response(record, url)
                # The offset is known only once the record has been read to its end.
                offset = iterator.get_record_offset()
                where = f"{locator}#{offset}"
                if getattr(record.raw_stream, "limit", 0):
                    # warcio ends quietly inside a cut record; its Content-Length tells.
                    yield Rejection(where, Reason.TRUNCATED_GZIP if gzipped else
                                    Reason.MALFORMED_WARC,
                                    f"WARC record for {url} is cut short: the file ends inside it")
                    return
                if isinstance(item, Document):
                    yield replace(item, locator=where)
                else:
                    yield Rejection(where, item[0], item[1], raw_digest=item[2])
        except ArchiveLoadFailed as exc:
            yield Rejection(f"{locator}#{offset}", Reason.MALFORMED_WARC, str(exc).strip()[:300])
        except EOFError as exc:
            yield Rejection(f"{locator}#{offset}", Reason.TRUNCATED_GZIP,
                            f"WARC ends inside a record: {exc}")
        except zlib.error as exc:
            yield Rejection(f"{locator}#{offset}", Reason.CORRUPT_GZIP, f"cannot decompress: {exc}")

    def _warc_response(self, record: Any,
                       url: str | None) -> Document | tuple[Reason, str, str | None]:
        headers = record.http_headers
        if headers is None:
            return Reason.NOT_HTML, "response record has no HTTP headers", None
        status = headers.get_statuscode() or ""
        if not status.startswith("2"):
            return Reason.HTTP_STATUS, f"HTTP status {status} for {url}", None
        ctype = headers.get_header("Content-Type") or ""
        if "html" not in ctype.lower():
            return Reason.NOT_HTML, f"content type {ctype or '(none)'} for {url}", None
        limit = self.options.max_document_bytes
        payload = record.content_stream().read(limit + 1)
        if len(payload) > limit:
            return Reason.TOO_LARGE, self._too_large(), None
        digest = _sha256(payload)
        if not payload.strip():
            return Reason.EMPTY, "empty payload", digest
        charset = _HTTP_CHARSET.search(ctype)
        try:
            content = decode_html(payload, charset.group(1) if charset else None)
        except _DecodeError as exc:
            return exc.reason, exc.detail, digest
        return Document(locator="", kind="html", content=content, raw_digest=digest, url=url)

    # ------------------------------------------------------------------ records
    def _record(self, record: Any, where: str, line: int | None, digest: str) -> Item:
        if not isinstance(record, dict):
            return Rejection(where, Reason.MALFORMED_RECORD,
                             f"expected an object, got {type(record).__name__}",
                             line=line, raw_digest=digest)
        keys = _key_index(record)
        values: dict[str, str | None] = {}
        for field in FIELD_ALIASES:
            value = _pick(record, field, keys)
            if field == "source" and isinstance(value, dict):
                # NewsAPI: "source": {"id": "reuters", "name": "Reuters"}
                value = value.get("name") or value.get("id")
                value = value if isinstance(value, str) and value.strip() else None
            if value is not None and not isinstance(value, str):
                if field in ("id", "date") and isinstance(value, int | float) \
                        and not isinstance(value, bool):
                    # (a Unix time given as a JSON number: 1742342400 or 1742342400.0)
                    value = str(int(value)) if field == "date" and value == int(value) \
                        else str(value)
                else:
                    return Rejection(where, Reason.MALFORMED_RECORD,
                                     f"field {field!r} must be a string, "
                                     f"got {type(value).__name__}",
                                     line=line, raw_digest=digest)
            values[field] = value
        if values["text"] is not None:
            kind, content = "text", values["text"]
            if _MARKUP.search(content):
                # A CMS export's body: "<p>ACCRA (Reuters) &mdash; ...</p><p>Related: ...</p>"
                content = markup_text(content)
        elif values["html"] is not None:
            kind, content = "html", values["html"]
        elif (empty := next((f for f in ("text", "html") if _has_field(record, keys, f)),
                            None)) is not None:
            return Rejection(where, Reason.EMPTY, f"record's {empty} is empty",
                             line=line, raw_digest=digest)
        else:
            names = ", ".join(repr(str(k)) for k in list(record)[:20])
            more = f" and {len(record) - 20} more" if len(record) > 20 else ""
            return Rejection(where, Reason.MALFORMED_RECORD,
                             "record has neither a 'text' nor an 'html' field (nor an alias "
                             f"such as 'body', 'content' or 'maintext'); its fields: "
                             f"{names or '(none)'}{more}",
                             line=line, raw_digest=digest)
        assert content is not None
        if not content.strip():
            return Rejection(where, Reason.EMPTY, f"record's {kind} is empty",
                             line=line, raw_digest=digest)
        return Document(locator=where, kind=kind, content=content, raw_digest=digest,
                        id=values["id"], url=values["url"], title=values["title"],
                        date=values["date"], source=values["source"])
