"""Readers: every input format, and every kind of bad input becoming a precise rejection."""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import random
import sys
from pathlib import Path

import pytest

from eventcoder import Document, Reason, Rejection, load_options
from eventcoder.readers import Reader, decode_html, detect_format

from .conftest import SAMPLE

PAGE = (
    "<html><head><meta charset='utf-8'><title>Talks resume</title></head>"
    "<body><article><p>Envoys met in Geneva on Tuesday.</p></article></body></html>"
)


def read(*paths: object, **overrides: object) -> list[Document | Rejection]:
    return list(Reader(load_options(**overrides)).read([str(p) for p in paths]))


def only(items: list[Document | Rejection], kind: type) -> list:
    return [i for i in items if isinstance(i, kind)]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("a.html", ("html", False)), ("a.HTM", ("html", False)), ("a.txt.gz", ("text", True)),
        ("a.jsonl", ("jsonl", False)), ("a.ndjson.gz", ("jsonl", True)),
        ("a.json", ("json", False)), ("a.csv.gz", ("csv", True)), ("a.warc.gz", ("warc", False)),
        ("a.warc", ("warc", False)), ("a.pdf", (None, False)), ("README", (None, False)),
    ],
)
def test_detect_format(name: str, expected: tuple[str | None, bool]) -> None:
    assert detect_format(name) == expected


def test_html_file_is_one_document(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    [doc] = read(path)
    assert isinstance(doc, Document)
    assert doc.kind == "html" and "Geneva" in doc.content
    assert doc.raw_digest == hashlib.sha256(path.read_bytes()).hexdigest()


def test_declared_windows_1252_page_is_decoded() -> None:
    data = '<meta charset="windows-1252"><p>Caf\u00e9 \u201ctalks\u201d</p>'.encode("cp1252")
    assert "Caf\u00e9 \u201ctalks\u201d" in decode_html(data)


def test_undeclared_invalid_utf8_page_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "bad.html"
    path.write_bytes(b"<p>line one</p>\n<p>caf\xe9</p>")
    [rej] = read(path)
    assert isinstance(rej, Rejection) and rej.reason is Reason.INVALID_UTF8
    assert rej.line == 2


def test_text_file_with_bom_is_one_document(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes("\ufeffPolice arrested 40 protesters.".encode())
    [doc] = read(path)
    assert isinstance(doc, Document) and doc.kind == "text"
    assert doc.content == "Police arrested 40 protesters."


def test_jsonl_records_keep_their_fields(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    rows = [
        {"id": "a1", "text": "First story.", "date": "2025-03-04", "url": "https://x.test/1",
         "title": "One", "source": "Wire"},
        {"id": 7, "html": PAGE},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    docs = read(path)
    assert [d.id for d in docs] == ["a1", "7"]
    first, second = docs
    assert (first.kind, first.date, first.url, first.title, first.source) == (
        "text", "2025-03-04", "https://x.test/1", "One", "Wire")
    assert first.locator == f"{path}:1"
    assert second.kind == "html"


def test_jsonl_bad_lines_are_rejected_with_line_numbers_and_the_rest_goes_on(
        tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    lines = [
        json.dumps({"id": "ok1", "text": "Fine."}).encode(),
        b'{"id": "broken", "text": "unterminated',
        b'["not", "an", "object"]',
        json.dumps({"id": "notext", "title": "Only a title"}).encode(),
        b'{"id": "latin", "text": "caf\xe9"}',
        json.dumps({"id": "big", "text": "x" * 5000}).encode(),
        json.dumps({"id": "ok2", "text": "Also fine."}).encode(),
    ]
    path.write_bytes(b"\n".join(lines) + b"\n")
    items = read(path, max_document_bytes=1000)
    assert [d.id for d in only(items, Document)] == ["ok1", "ok2"]
    rejected = {(r.line, r.reason) for r in only(items, Rejection)}
    assert rejected == {
        (2, Reason.MALFORMED_JSON), (3, Reason.MALFORMED_RECORD), (4, Reason.MALFORMED_RECORD),
        (5, Reason.INVALID_UTF8), (6, Reason.TOO_LARGE),
    }


def test_json_array_single_object_and_json_lines(tmp_path: Path) -> None:
    array = tmp_path / "array.json"
    array.write_text(json.dumps([{"id": "a", "text": "A."}, {"id": "b", "text": "B."}]))
    single = tmp_path / "single.json"
    single.write_text(json.dumps({"id": "s", "text": "S."}, indent=2))
    lines = tmp_path / "lines.json"
    lines.write_text('{"id": "l1", "text": "L."}\n{"id": "l2", "text": "M."}\n')
    assert [d.id for d in read(array)] == ["a", "b"]
    assert [d.id for d in read(single)] == ["s"]
    assert [d.id for d in read(lines)] == ["l1", "l2"]


def test_malformed_json_array_keeps_records_before_the_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('[{"id": "a", "text": "A."}, {"id": "b", "text": ')
    items = read(path)
    assert [d.id for d in only(items, Document)] == ["a"]
    [rej] = only(items, Rejection)
    assert rej.reason is Reason.MALFORMED_JSON


def test_csv_with_quoted_newlines_and_a_ragged_row(tmp_path: Path) -> None:
    path = tmp_path / "feed.csv"
    path.write_bytes(
        b'id,title,text,date\n'
        b'c1,"Talks, again","He said ""no"".\nThen left.",2025-03-04\n'
        b'c2,Short,too,few,fields,here\n'
        b'c3,Bad bytes,"caf\xe9",2025-03-05\n'
        b'c4,Last,Final story.,2025-03-06\n'
    )
    items = read(path)
    docs = only(items, Document)
    assert [d.id for d in docs] == ["c1", "c4"]
    assert docs[0].content == 'He said "no".\nThen left.'
    assert docs[0].title == "Talks, again"
    assert {(r.line, r.reason) for r in only(items, Rejection)} == {
        (4, Reason.MALFORMED_CSV), (5, Reason.INVALID_UTF8),
    }


@pytest.mark.parametrize("suffix", [".jsonl.gz", ".csv.gz", ".html.gz", ".txt.gz", ".json.gz"])
def test_gzip_variants(tmp_path: Path, suffix: str) -> None:
    content = {
        ".jsonl.gz": b'{"id": "g1", "text": "Gzipped."}\n',
        ".json.gz": b'[{"id": "g1", "text": "Gzipped."}]',
        ".csv.gz": b"id,text\ng1,Gzipped.\n",
        ".html.gz": PAGE.encode(),
        ".txt.gz": b"Gzipped story text.",
    }[suffix]
    path = tmp_path / f"in{suffix}"
    path.write_bytes(gzip.compress(content))
    [doc] = read(path)
    assert isinstance(doc, Document)


def test_truncated_gzip_keeps_complete_records_and_rejects_the_rest(tmp_path: Path) -> None:
    rng = random.Random(7)
    words = ["talks", "minister", "border", "vote", "troops", "envoy", "court", "rally"]
    records = b"".join(
        json.dumps({"id": f"r{i}", "text": " ".join(rng.choices(words, k=300))}).encode() + b"\n"
        for i in range(200)
    )
    packed = gzip.compress(records)
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(packed[: len(packed) // 2])
    items = read(path)
    docs = only(items, Document)
    assert 0 < len(docs) < 200
    assert [d.id for d in docs] == [f"r{i}" for i in range(len(docs))]
    [rej] = only(items, Rejection)
    assert rej.reason is Reason.TRUNCATED_GZIP


def test_file_that_is_not_gzip_at_all(tmp_path: Path) -> None:
    path = tmp_path / "fake.jsonl.gz"
    path.write_bytes(b"this is not gzip data at all, just text\n" * 3)
    [rej] = read(path)
    assert rej.reason is Reason.CORRUPT_GZIP


def test_sample_warc_yields_html_responses_only() -> None:
    items = read(SAMPLE / "warc" / "crawl.warc.gz")
    docs = only(items, Document)
    assert len(docs) == 3
    assert all(d.kind == "html" and d.url and d.url.startswith("http") for d in docs)
    assert all("#" in d.locator for d in docs)
    assert [r.reason for r in only(items, Rejection)] == [Reason.NOT_HTML]


@pytest.mark.parametrize("fraction", [0.3, 0.6, 0.9])
def test_truncated_warc_never_yields_a_partial_page(tmp_path: Path, fraction: float) -> None:
    data = (SAMPLE / "warc" / "crawl.warc.gz").read_bytes()
    complete = {d.locator.split("#")[1]: d.content for d in only(read(SAMPLE / "warc" /
                                                                      "crawl.warc.gz"), Document)}
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[: int(len(data) * fraction)])
    items = read(path)
    for doc in only(items, Document):
        assert doc.content == complete[doc.locator.split("#")[1]]
    assert items[-1].reason is Reason.TRUNCATED_GZIP


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, Reason.BINARY),
        ("nul.html", b"<p>ok</p>\x00\x00\x00binary", Reason.BINARY),
        ("empty.txt", b"", Reason.EMPTY),
        ("blank.html", b"  \n\n  ", Reason.EMPTY),
        ("empty.jsonl", b"", Reason.EMPTY),
        ("binary.jsonl", b"\x00\x01\x02\x03" * 100, Reason.BINARY),
        ("notes.docx", b"PK\x03\x04 whatever", Reason.UNSUPPORTED_FORMAT),
        ("invalid.txt", b"fine line\nbad \xff\xfe byte\n", Reason.INVALID_UTF8),
    ],
)
def test_bad_files_become_rejections(tmp_path: Path, name: str, data: bytes,
                                     reason: Reason) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    [rej] = read(path)
    assert isinstance(rej, Rejection) and rej.reason is reason
    assert rej.detail


def test_a_200_mb_document_is_rejected_without_reading_it_all(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:  # sparse: costs no disk
        f.truncate(200 * 1024 * 1024)
    reader = Reader(load_options())
    [rej] = list(reader.read([str(path)]))
    assert rej.reason is Reason.TOO_LARGE
    assert reader.inputs[0].size == 200 * 1024 * 1024


def test_missing_path_and_the_rest_of_the_batch_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("A story that is fine.")
    items = read(tmp_path / "missing.html", good)
    assert only(items, Rejection)[0].reason is Reason.NOT_FOUND
    assert len(only(items, Document)) == 1


def test_directories_are_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Second story.")
    (tmp_path / "a" / "1.txt").write_text("First story.")
    (tmp_path / "a" / "skip.bin").write_bytes(b"\x00")
    items = read(tmp_path)
    assert [Path(i.locator).name for i in items] == ["1.txt", "skip.bin", "2.txt"]


def test_input_digests_cover_whole_files(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_text('{"id": "a", "text": "A."}\n' * 3)
    reader = Reader(load_options())
    list(reader.read([str(path)]))
    [info] = reader.inputs
    assert info.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert info.format == "jsonl" and info.size == os.path.getsize(path)


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(data))))


@pytest.mark.parametrize("compress", [False, True])
def test_stdin_jsonl_is_sniffed(monkeypatch: pytest.MonkeyPatch, compress: bool) -> None:
    data = b'{"id": "s1", "text": "From a pipe."}\n{"id": "s2", "text": "Again."}\n'
    _stdin(monkeypatch, gzip.compress(data) if compress else data)
    assert [d.id for d in read("-")] == ["s1", "s2"]


def test_stdin_warc_and_html_are_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, (SAMPLE / "warc" / "crawl.warc.gz").read_bytes())
    assert len(only(read("-"), Document)) == 3
    _stdin(monkeypatch, PAGE.encode())
    [doc] = read("-")
    assert doc.kind == "html" and doc.locator == "<stdin>"


def test_dump_field_names_match_without_case_or_separators(tmp_path: Path) -> None:
    text = "Chad closed its border with Sudan on Monday, the government said."
    dump = tmp_path / "mixed.jsonl"
    rows = [
        {"Id": "caps", "Headline": "Chad closes border", "Text": text,
         "pubDate": "Mon, 24 Mar 2025 10:00:00 GMT"},
        {"url": "https://x.test/a", "title": "T", "maintext": text,  # news-please
         "date_publish": "2025-03-24 10:00:00", "source_domain": "x.test"},
        {"source": {"id": "reuters", "name": "Reuters"}, "title": "NewsAPI",  # NewsAPI
         "publishedAt": "2025-03-24T10:00:00Z", "content": text},
        {"id": "both", "text": text, "Text": "Other words entirely, never picked."},
        {"id": "epoch", "story": text, "created_at": 1742342400},
    ]
    dump.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    docs = read(dump)
    assert all(isinstance(d, Document) for d in docs), docs
    caps, newsplease, newsapi, both, epoch = docs
    assert (caps.id, caps.title, caps.date) == ("caps", "Chad closes border",
                                                "Mon, 24 Mar 2025 10:00:00 GMT")
    assert (newsplease.content, newsplease.date, newsplease.source) == (
        text, "2025-03-24 10:00:00", "x.test")
    assert (newsapi.source, newsapi.date) == ("Reuters", "2025-03-24T10:00:00Z")
    assert both.content == text  # an exact key comes before a near one
    assert (epoch.content, epoch.date) == (text, "1742342400")


def test_csv_with_capitalised_headers_and_first_row_line_number(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("ID,Title,Body,Date,URL\n"
                    'x1,"Chad closes border","Chad closed its border on Monday.",'
                    "2025-03-24,https://e.test/x\n"
                    "x2,Two,Second story.,2025-03-25,https://e.test/y\n", encoding="utf-8")
    first, second = read(path)
    assert isinstance(first, Document) and isinstance(second, Document)
    assert (first.id, first.title, first.date, first.url) == (
        "x1", "Chad closes border", "2025-03-24", "https://e.test/x")
    # the header is line 1: the first row is line 2
    assert (first.locator, second.locator) == (f"{path}:2", f"{path}:3")


def test_a_record_without_text_names_its_fields_and_an_empty_text_is_empty(
        tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps({"id": "a", "headline": "H", "summary": "S"}) + "\n"
                    + json.dumps({"id": "b", "text": "  "}) + "\n"
                    + json.dumps({"id": "c", "Body": ""}) + "\n", encoding="utf-8")
    missing, blank, empty = read(path)
    assert isinstance(missing, Rejection) and missing.reason == Reason.MALFORMED_RECORD
    assert "'id', 'headline', 'summary'" in missing.detail
    assert isinstance(blank, Rejection) and blank.reason == Reason.EMPTY
    assert isinstance(empty, Rejection) and empty.reason == Reason.EMPTY


def test_markup_in_a_dump_text_field_becomes_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "wp.jsonl"
    body = ("<p>ACCRA (Reuters) &mdash; Ghana recalled its ambassador on Monday.</p>"
            "<p><strong>Related:</strong> <a href=\"/x\">Burkina junta expels troops</a></p>")
    path.write_text(json.dumps({"id": "wp-1", "content": body}) + "\n", encoding="utf-8")
    [doc] = read(path)
    assert isinstance(doc, Document) and doc.kind == "text"
    assert doc.content == ("ACCRA (Reuters) — Ghana recalled its ambassador on Monday.\n\n"
                           "Related: Burkina junta expels troops")
