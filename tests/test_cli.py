"""The command line, through the installed ``eventcoder`` entry point, as a user runs it."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import SAMPLE

EVENTCODER = shutil.which("eventcoder", path=str(Path(sys.executable).parent)) or "eventcoder"


def cli(*args: object, stdin: bytes | None = None, check: bool = True
        ) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([EVENTCODER, *map(str, args)], input=stdin.decode() if stdin else None,
                            capture_output=True, text=True)
    assert "Traceback" not in result.stderr
    if check:
        assert result.returncode == 0, result.stderr
    return result


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cli") / "sample.duckdb"
    out = cli("ingest", SAMPLE, "--db", db).stdout
    assert "new articles" in out and "not_english" in out
    return db


ARTICLE_FIELDS = {"id", "url", "title", "published", "outlet", "original_outlet", "language",
                  "text", "extractor", "raw_digest", "copies"}


def test_articles_jsonl_has_every_field(sample_db: Path) -> None:
    lines = cli("articles", "--db", sample_db).stdout.splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == 19
    for record in records:
        assert record.keys() >= ARTICLE_FIELDS
        assert record["copies"] and {"outlet", "url", "relation"} <= record["copies"][0].keys()


def test_articles_csv_and_table(sample_db: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(cli("articles", "--db", sample_db,
                                               "--format", "csv").stdout)))
    assert len(rows) == 19 and rows[0]["id"] and "copies" in rows[0]
    table = cli("articles", "--db", sample_db, "--format", "table").stdout.splitlines()
    assert table[0].split()[:3] == ["id", "published", "outlet"]
    assert len(table) == 2 + 19


def test_show_prints_the_article_its_copies_and_what_was_dropped(sample_db: Path) -> None:
    out = cli("show", "nsw-88412", "--db", sample_db).stdout
    assert "Ostmark and Lerin agree military hotline" in out
    assert "copies (2):" in out
    record = json.loads(cli("show", "nsw-88412", "--db", sample_db, "--format", "json").stdout)
    assert record["id"] == "nsw-88412" and len(record["copies"]) == 2


def test_rejections_and_runs(sample_db: Path) -> None:
    out = cli("rejections", "--db", sample_db).stdout
    assert "not_english" in out and "wire.jsonl:4" in out
    runs = [json.loads(x) for x in cli("runs", "--db", sample_db, "--format", "jsonl")
            .stdout.splitlines()]
    assert runs[0]["status"] == "complete" and runs[0]["counts"]["articles"] == 19


def test_stdin_with_date_and_source(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    page = (SAMPLE / "pages" / "02_northgate_unsc_statement_blocked.html").read_bytes()
    summary = json.loads(cli("ingest", "-", "--db", db, "--format", "json",
                             "--source", "My Desk", stdin=page).stdout)
    assert summary["articles"] == 1
    [record] = [json.loads(x) for x in cli("articles", "--db", db).stdout.splitlines()]
    assert record["outlet"] == "My Desk" and record["copies"][0]["locator"] == "<stdin>"


def test_a_headline_on_stdin_is_coded_once_as_a_headline(tmp_path: Path) -> None:
    out = cli("code", "-", "--db", tmp_path / "h.duckdb", "--date", "2025-06-04", "-o", "-",
              "-q", stdin=b"Georgia opposition leader detained\n").stdout
    [event] = [json.loads(x) for x in out.splitlines()]
    assert (event["part"], event["cameo"], event["target"]["code"]) == \
        ("headline", "173", "GEOOPP")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("show", "no-such-id"), "no article or copy with id"),
        (("articles",), "run 'eventcoder ingest' first"),
        (("ingest", "sample/", "--date", "someday"), "--date: cannot read 'someday'"),
    ],
)
def test_errors_are_one_line_with_nonzero_exit(sample_db: Path, tmp_path: Path,
                                               args: tuple[str, ...], message: str) -> None:
    db = sample_db if args[0] == "show" else tmp_path / "none.duckdb"
    result = cli(*args, "--db", db, check=False)
    assert result.returncode == 1
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_a_store_that_is_not_a_database(tmp_path: Path) -> None:
    bogus = tmp_path / "x.duckdb"
    bogus.write_text("hello" * 1000)
    result = cli("ingest", SAMPLE, "--db", bogus, check=False)
    assert result.returncode == 1 and "cannot open store" in result.stderr


@pytest.mark.parametrize("command", ["ingest", "articles", "show", "rejections", "runs", "actors",
                                     "resources", "evaluate"])
def test_every_command_has_help_with_an_example(command: str) -> None:
    out = cli(command, "--help").stdout
    assert "examples:" in out and f"eventcoder {command}" in out


def test_actors_takes_a_sentence_longer_than_a_file_name_as_text() -> None:
    sentence = ("The Kenyan government agreed on Tuesday to postpone the contested finance bill "
                "until parliament returns to session " * 4).strip() + "."
    assert len(sentence) > 300  # longer than a file name may be: no "File name too long"
    records = [json.loads(line) for line in
               cli("actors", sentence, "--date", "2024-06-25").stdout.splitlines()]
    assert records and records[0]["code"] == "KENGOV"


def test_a_missing_input_or_nothing_read_exits_non_zero_after_the_summary(
        tmp_path: Path) -> None:
    db = tmp_path / "e.duckdb"
    result = cli("ingest", tmp_path / "nonexistent.txt", "--db", db, check=False)
    assert result.returncode == 66
    assert "not_found" in result.stdout and "not found" in result.stderr
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = cli("ingest", empty, "--db", db, check=False)
    assert result.returncode == 66 and "empty" in result.stdout
    # a partly bad batch is not an error
    good = tmp_path / "d.jsonl"
    good.write_text(json.dumps({"id": "g", "text": "Envoys met in Geneva on Tuesday to talk."})
                    + "\n")
    assert cli("ingest", good, empty, "--db", db).returncode == 0


def test_ingest_quiet_prints_nothing(tmp_path: Path) -> None:
    result = cli("ingest", SAMPLE / "dumps", "--db", tmp_path / "q.duckdb", "-q")
    assert result.stdout == "" and result.stderr == ""


@pytest.mark.parametrize(("args", "message"), [
    (("--plover", "ASSUALT"), "unknown PLOVER type 'ASSUALT'"),
    (("--code", "abc"), "is not a CAMEO code"),
    (("--code", "99"), "is not a CAMEO code"),
])
def test_events_filters_are_checked(sample_db: Path, args: tuple[str, ...],
                                    message: str) -> None:
    result = cli("events", "--db", sample_db, *args, check=False)
    assert result.returncode == 2 and message in result.stderr


@pytest.fixture(scope="module")
def coded_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("coded")
    dump = folder / "d.jsonl"
    text = "Kenyan police arrested 40 protesters in Nairobi on Tuesday, witnesses said."
    dump.write_text("".join(json.dumps(r) + "\n" for r in [
        {"id": "k1", "text": text, "date": "2025-03-04"},
        {"id": "k2", "text": text + " The protests went on.", "date": "2025-03-04"},
        {"id": "k3", "text": "Ghana recalled its ambassador to Burkina Faso on Monday.",
         "date": "10/03/2025"},
    ]))
    db = folder / "c.duckdb"
    out = cli("code", dump, "--db", db).stdout
    return db, out


def test_code_counts_unreadable_dates_apart_from_undated(coded_db: tuple[Path, str]) -> None:
    _, out = coded_db
    assert "unreadable dates          1" in out and "undated articles" not in out


def test_unique_events_table_shows_reports_and_articles(coded_db: tuple[Path, str]) -> None:
    db, _ = coded_db
    table = cli("events", "--db", db, "--unique", "--format", "table", "--code", "17",
                "--plover", "coerce").stdout.splitlines()
    assert table[0].split()[-2:] == ["reports", "articles"]
    assert table[2].split()[-2:] == ["2", "2"]


def test_show_accepts_a_unique_id_prefix(sample_db: Path) -> None:
    assert "Ostmark and Lerin agree military hotline" in cli(
        "show", "nsw-884", "--db", sample_db).stdout
    ids = [json.loads(x)["id"] for x in cli("articles", "--db", sample_db).stdout.splitlines()]
    full = next(i for i in ids if i.startswith("sha256:"))
    record = json.loads(cli("show", full[:20] + "…", "--db", sample_db, "--format",
                            "json").stdout)
    assert record["id"] == full
    ambiguous = cli("show", "sha256:", "--db", sample_db, check=False)
    assert ambiguous.returncode == 1 and "ambiguous" in ambiguous.stderr
