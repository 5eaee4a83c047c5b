"""Ingest end to end: the sample corpus, reprints, idempotence, bad input, and kill -9."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventcoder import Ingester, Store, load_options

from .conftest import ROOT, SAMPLE


def run(ingester: Ingester, db: Path, *inputs: object):
    with Store(db) as store:
        return ingester.run([str(i) for i in inputs], store)


def counts(db: Path) -> dict[str, int]:
    with Store(db, read_only=True) as store:
        return {t: store.count(t) for t in ("articles", "copies", "rejections", "minhash_bands")}


def write_jsonl(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def story(n: int) -> str:
    return (
        f"The foreign ministry of country number {n} summoned the ambassador on Monday after "
        f"a dispute over fishing rights near island {n * 7}. Officials said talks would resume "
        f"within {n % 9 + 2} weeks, and the opposition called the move overdue by {n} days."
    )


def test_sample_corpus(ingester: Ingester, db_path: Path) -> None:
    summary = run(ingester, db_path, SAMPLE)
    assert summary.documents == 22
    assert summary.articles == 19
    assert (summary.exact_copies, summary.near_copies) == (1, 1)
    assert dict(summary.rejected) == {"not_english": 1, "not_html": 1}
    with Store(db_path, read_only=True) as store:
        [french] = [r for r in store.iter_rejections() if r["reason"] == "not_english"]
        assert french["language"] == "fr" and french["locator"].endswith("wire.jsonl:4")
        for article in store.iter_articles():
            assert article["language"] == "en"
            assert article["text"] and "\n\n\n" not in article["text"]
            assert article["extractor"] and article["raw_digest"]


def test_re_ingesting_the_same_input_adds_nothing(ingester: Ingester, db_path: Path) -> None:
    first = run(ingester, db_path, SAMPLE)
    before = counts(db_path)
    again = run(ingester, db_path, SAMPLE)
    assert counts(db_path) == before
    assert again.articles == again.exact_copies == again.near_copies == again.rejections == 0
    assert again.unchanged == first.documents + 1  # every document, and the not_html record
    with Store(db_path, read_only=True) as store:
        assert set(store.check().values()) == {0}
    with Store(db_path, read_only=True) as store:
        assert [r["status"] for r in store.iter_runs()] == ["complete", "complete"]


def test_near_duplicate_wire_reprint_is_kept_once_with_both_outlets(
        ingester: Ingester, db_path: Path) -> None:
    pages = sorted((SAMPLE / "pages").glob("0[45]_*.html"))
    summary = run(ingester, db_path, *pages)
    assert (summary.articles, summary.near_copies) == (1, 1)
    with Store(db_path, read_only=True) as store:
        [article] = list(store.iter_articles())
    outlets = {c["outlet"]: c["relation"] for c in article["copies"]}
    assert outlets == {"Harbour Times": "canonical", "The Lakeside Observer": "near"}
    near = next(c for c in article["copies"] if c["relation"] == "near")
    assert 0.8 <= near["similarity"] < 1.0


def test_exact_reprint_under_another_id(ingester: Ingester, db_path: Path, tmp_path: Path) -> None:
    text = story(1)
    dump = write_jsonl(tmp_path / "d.jsonl", [
        {"id": "wire-1", "text": text, "source": "Wire"},
        {"id": "paper-9", "text": "  " + text.replace(". ", ".\n\n").replace(" the ", "  the "),
         "source": "Paper", "url": "https://p.test/9"},
    ])
    summary = run(ingester, db_path, dump)
    assert (summary.articles, summary.exact_copies) == (1, 1)
    with Store(db_path, read_only=True) as store:
        article = store.article("paper-9")
    assert article is not None and article["id"] == "wire-1"
    assert [(c["doc_id"], c["outlet"]) for c in article["copies"]] == [
        ("wire-1", "Wire"), ("paper-9", "Paper")]


def test_a_reused_id_with_other_text_is_rejected(ingester: Ingester, db_path: Path,
                                                 tmp_path: Path) -> None:
    dump = write_jsonl(tmp_path / "d.jsonl", [{"id": "x", "text": story(1)},
                                               {"id": "x", "text": story(2)}])
    summary = run(ingester, db_path, dump)
    assert summary.articles == 1 and dict(summary.rejected) == {"id_conflict": 1}


def test_dates_sources_and_defaults(db_path: Path, tmp_path: Path) -> None:
    ingester = Ingester(load_options(default_date="2025-01-31", default_source="Desk"))
    dump = write_jsonl(tmp_path / "d.jsonl", [
        {"id": "dated", "text": story(1), "date": "Tue, 04 Mar 2025 14:32:00 +0000",
         "source": "Own Outlet"},
        {"id": "undated", "text": story(2)},
        {"id": "garbled", "text": story(3), "date": "sometime last spring"},
    ])
    run(ingester, db_path, dump)
    with Store(db_path, read_only=True) as store:
        got = {a["id"]: (a["published"], a["outlet"]) for a in store.iter_articles()}
        garbled = store.article("garbled")
    assert got == {
        "dated": ("2025-03-04T14:32:00+00:00", "Own Outlet"),
        "undated": ("2025-01-31", "Desk"),
        "garbled": ("2025-01-31", "Desk"),
    }
    # The unreadable date is not silently dropped: it is kept with the cleaner's audit trail.
    assert garbled is not None
    assert [0, "sometime last spring", "unparsed_date"] in garbled["dropped"]


def test_a_rerun_with_a_date_dates_what_was_stored_undated(db_path: Path,
                                                             tmp_path: Path) -> None:
    """The summary's advice for an undated article, "give --date", works on the same store:
    the stored article takes the date and its coding is forgotten, so `code` codes it again;
    an article that has a date keeps it."""
    dump = write_jsonl(tmp_path / "d.jsonl", [
        {"id": "garbled", "text": story(3), "date": "2025-13-45"},
        {"id": "dated", "text": story(1), "date": "2025-03-04"},
    ])
    run(Ingester(load_options()), db_path, dump)
    with Store(db_path) as store:
        store.con.execute("INSERT INTO event_runs VALUES ('garbled', 'r', now()), "
                          "('dated', 'r', now())")
    summary = run(Ingester(load_options(default_date="2025-09-18")), db_path, dump)
    assert summary.redated == 1 and summary.articles == 0 and summary.unchanged == 2
    with Store(db_path, read_only=True) as store:
        got = {a["id"]: a["published"] for a in store.iter_articles()}
        recoded = {r[0] for r in store.con.execute("SELECT article_id FROM event_runs").fetchall()}
    assert got == {"garbled": "2025-09-18", "dated": "2025-03-04"}
    assert recoded == {"dated"}
    again = run(Ingester(load_options(default_date="2025-09-18")), db_path, dump)
    assert again.redated == 0


def test_html_page_metadata(ingester: Ingester, db_path: Path) -> None:
    run(ingester, db_path, SAMPLE / "pages" / "01_meridian_ambassador_recall.html")
    with Store(db_path, read_only=True) as store:
        [article] = list(store.iter_articles())
    assert article["title"].startswith("Tessaly recalls ambassador")
    assert article["published"] == "2025-03-04T09:12:00+00:00"
    assert article["outlet"] == "The Meridian Ledger"
    assert article["url"] and article["url"].startswith("https://")
    assert "cookie" not in article["text"].lower()
    assert article["extractor"].startswith("trafilatura-")


def test_html_lead_dateline_is_recorded(ingester: Ingester, db_path: Path) -> None:
    run(ingester, db_path, SAMPLE / "pages" / "04_harbourtimes_ceasefire_talks_wire.html")
    with Store(db_path, read_only=True) as store:
        [article] = list(store.iter_articles())
    assert article["dateline"] == "LINDHOLM"


def test_text_scrape_end_to_end(ingester: Ingester, db_path: Path) -> None:
    scrapes = sorted((SAMPLE / "scrapes").glob("*.txt"))
    assert scrapes, "the sample has text scrapes"
    run(ingester, db_path, *scrapes)
    with Store(db_path, read_only=True) as store:
        articles = list(store.iter_articles())
    assert len(articles) == len(scrapes)
    for article in articles:
        assert article["title"] and article["published"]
        assert article["extractor"].startswith("eventcoder-scrape")
        for clutter in ("newsletter", "subscribe", "donate", "cookie"):
            assert clutter not in article["text"].lower(), (article["locator"], clutter)
    assert any(a["original_outlet"] for a in articles)


def test_every_bad_input_is_counted_and_the_rest_goes_on(ingester: Ingester, db_path: Path,
                                                         tmp_path: Path) -> None:
    bad = tmp_path / "in"
    bad.mkdir()
    (bad / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (bad / "empty.html").write_bytes(b"")
    (bad / "latin1.txt").write_bytes(b"caf\xe9 au lait")
    (bad / "unknown.xyz").write_text("what is this")
    (bad / "truncated.jsonl.gz").write_bytes(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03")
    with open(bad / "huge.txt", "wb") as f:
        f.truncate(200 * 1024 * 1024)
    write_jsonl(bad / "dump.jsonl", [{"id": "good", "text": story(5)}])
    with open(bad / "dump.jsonl", "a") as f:
        f.write('{"id": "broken", \n')
    (bad / "menu.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    summary = run(ingester, db_path, bad, tmp_path / "missing.txt")
    assert summary.articles == 1
    assert dict(summary.rejected) == {
        "binary": 1, "empty": 1, "invalid_utf8": 1, "unsupported_format": 1,
        "truncated_gzip": 1, "too_large": 1, "malformed_json": 1, "no_text": 1, "not_found": 1,
    }
    with Store(db_path, read_only=True) as store:
        stored = {r["reason"]: r for r in store.iter_rejections()}
    assert stored["malformed_json"]["line"] == 2
    assert all(r["detail"] for r in stored.values())


def test_a_story_of_one_headline_line_is_coded_from_it(ingester: Ingester, db_path: Path,
                                                       tmp_path: Path) -> None:
    line = tmp_path / "headline.txt"
    line.write_text("Georgia opposition leader detained\n", encoding="utf-8")
    dump = write_jsonl(tmp_path / "feed.jsonl", [
        {"id": "t", "title": "Kenyan police arrest 40 protesters in Nairobi", "text": "(AP)"},
        {"id": "short", "title": "Hi", "text": "(AP)"}])
    summary = run(ingester, db_path, line, dump)
    assert summary.articles == 2
    assert dict(summary.rejected) == {"no_text": 1}  # (no headline long enough either)
    with Store(db_path, read_only=True) as store:
        stored = sorted((a["text"], a["title"]) for a in store.iter_articles())
    # (the text is the headline, which the coder then codes once, as a headline)
    assert stored == [("Georgia opposition leader detained",) * 2,
                      ("Kenyan police arrest 40 protesters in Nairobi",) * 2]


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.integers(0, 40), min_size=1, max_size=12), st.integers(1, 5))
def test_ingest_is_idempotent_whatever_the_input(ingester: Ingester, tmp_path: Path,
                                                 picks: list[int], batch: int) -> None:
    """Any mix of new texts, repeats and reprints: the second run never adds a row."""
    case = tmp_path / f"case-{abs(hash((tuple(picks), batch)))}"  # unique dir per example
    case.mkdir()
    records = [{"id": f"r{i}", "text": story(n)} for i, n in enumerate(picks)]
    dump = write_jsonl(case / "d.jsonl", records)
    db = case / "s.duckdb"
    small = Ingester(load_options(batch_size=batch))
    small.cleaner = ingester.cleaner  # share the loaded models across examples
    run(small, db, dump)
    before = counts(db)
    assert before["articles"] == len(set(picks))
    run(small, db, dump)
    assert counts(db) == before


@pytest.mark.slow
@pytest.mark.parametrize("kill_after", [100, 900])
def test_kill_9_mid_run_leaves_a_consistent_store_and_rerun_completes(
        tmp_path: Path, kill_after: int) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from generate import write_corpus

    corpus = tmp_path / "corpus"
    write_corpus("text", 1500, corpus, seed=3)
    db = tmp_path / "killed.duckdb"
    command = [sys.executable, "-m", "eventcoder", "ingest", str(corpus), "--db", str(db),
               "--batch-size", "50", "--progress"]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
                            text=True, env=env)
    assert proc.stderr is not None
    for line in proc.stderr:  # wait until several batches are committed, then kill mid-batch
        if line.startswith("ingest: ") and int(line.split()[1].replace(",", "")) >= kill_after:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stderr.close()

    with Store(db) as store:
        articles = store.count("articles")
        assert kill_after <= articles < 1500
        assert set(store.check().values()) == {0}
        assert store.count("minhash_bands") == 16 * articles
        assert [r["status"] for r in store.iter_runs()] == ["running"]

    rerun = subprocess.run([*command[:-1], "--format", "json"], capture_output=True, text=True,
                           check=True)
    summary = json.loads(rerun.stdout)
    assert summary["unchanged"] == articles
    assert summary["articles"] == 1500 - articles
    clean_db = tmp_path / "clean.duckdb"
    subprocess.run([*command[:5], "--db", str(clean_db), "-q"], check=True,
                   capture_output=True)
    with Store(db, read_only=True) as a, Store(clean_db, read_only=True) as b:
        assert set(a.check().values()) == {0}
        ids = "SELECT id, text_digest FROM articles ORDER BY id"
        assert a.con.execute(ids).fetchall() == b.con.execute(ids).fetchall()
        assert [r["status"] for r in a.iter_runs()] == ["interrupted", "complete"]


def test_runs_record_every_input_with_its_digest(ingester: Ingester, db_path: Path) -> None:
    import hashlib

    summary = run(ingester, db_path, SAMPLE)
    with Store(db_path, read_only=True) as store:
        inputs = store.run_inputs(summary.run_id)
    files = sorted(p for p in SAMPLE.rglob("*") if p.is_file())
    assert summary.inputs == len(files) == len(inputs)
    for record, path in zip(inputs, files, strict=True):
        assert record["path"] == str(path)
        assert record["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.slow
def test_a_run_of_large_documents_commits_in_memory_sized_batches(
        ingester: Ingester, db_path: Path, tmp_path: Path) -> None:
    """Forty 600 KB articles are 24 MB of text: a transaction of even a third of them does not
    fit a 24 MB store memory cap while committing; batches are cut by bytes as well."""
    import random

    rng = random.Random(5)
    words = "minister police talks border troops envoy vote court rally said the of in".split()
    records = [{"id": f"big{i}", "text": " ".join(rng.choices(words, k=100_000)) + "."}
               for i in range(40)]
    dump = write_jsonl(tmp_path / "big.jsonl", records)
    with Store(db_path, memory_limit="24MB", threads=1) as store:
        summary = Ingester(load_options(store_memory_limit="24MB")).run([str(dump)], store)
    assert summary.articles == 40 and summary.rejections == 0


def test_a_batch_splits_into_transactions_that_stand_alone() -> None:
    from eventcoder import Article, Copy
    from eventcoder.ingest import _transactions

    def art(i: int) -> tuple[Article, bytes, tuple[int, ...], str]:
        text = f"story {i} " * 100
        return (Article(f"a{i}", text, f"d{i}", f"r{i}", "t", "x"), b"", (), "[]")

    articles = [art(i) for i in range(10)]
    copies = [Copy(f"a{i}", f"a{i}", f"r{i}", "x") for i in range(10)]
    copies += [Copy("reprint", "a3", "rr", "y", relation="near"),
               Copy("old", "stored-before", "ro", "z", relation="exact")]
    chunks = list(_transactions(articles, copies, max_bytes=2500))
    assert len(chunks) > 1
    assert [a[0].id for chunk, _ in chunks for a in chunk] == [f"a{i}" for i in range(10)]
    assert sum(len(c) for _, c in chunks) == len(copies)
    for chunk, chunk_copies in chunks:
        ids = {a[0].id for a in chunk}
        for copy in chunk_copies:
            assert copy.article_id in ids or copy.article_id == "stored-before"
    assert chunks[-1][1][-1].doc_id == "old"


def test_a_default_date_gives_a_year_less_wire_dateline_its_year(db_path: Path,
                                                                 tmp_path: Path) -> None:
    """One --date for a batch of "NAIROBI, June 25 (Reuters) -" stories: each keeps its own
    day and takes the year; a day well after the default date is the year before's."""
    body = (" (Reuters) - Kenyan police fired tear gas at protesters who stormed parliament "
            "on Tuesday, witnesses said.\n\nThe protests spread to other towns, and the "
            "opposition called for a national strike over the tax increases.\n")
    (tmp_path / "a.txt").write_text("Kenya protests\n\nNAIROBI, June 25" + body)
    (tmp_path / "b.txt").write_text("Kenya protests\n\nNAIROBI, Dec 20" + body)
    ingester = Ingester(load_options(default_date="2024-07-01"))
    run(ingester, db_path, tmp_path / "a.txt", tmp_path / "b.txt")
    with Store(db_path, read_only=True) as store:
        got = sorted(str(a["published"])[:10] for a in store.iter_articles())
    assert got == ["2023-12-20", "2024-06-25"]


_AP_PAGE = """<html><head><meta charset="utf-8"><title>Kenyan police arrest dozens | AP News</title>
<meta property="og:site_name" content="AP News"></head><body><article>
<h1>Kenyan police arrest dozens as protests turn violent</h1>
<div class="timestamp">Updated 3:42 PM EST, Tue March 4, 2025</div>
<p>NAIROBI, Kenya (AP) — Kenyan police arrested dozens of protesters in Nairobi on Tuesday
as demonstrations against a proposed finance bill turned violent, witnesses said.</p>
<p>Officers fired tear gas at crowds who had gathered outside parliament, and at least two
people were shot dead, according to the Kenya National Commission on Human Rights.</p>
<p>Interior Minister Kipchumba Murkomen defended the officers, saying they had acted to
protect lives and property.</p>
<p>Associated Press writer Cara Anna in Johannesburg contributed to this report.</p>
<div class="donate"><p>AP is a nonprofit news agency. Your donation helps keep our reporting
free for everyone. Donate today.</p></div>
<p>Read also: Ugandan troops cross into Congo to fight rebels, army says</p>
</article><footer><p>Copyright 2025 The Associated Press. All Rights Reserved.</p></footer>
</body></html>"""


def test_a_saved_page_loses_the_clutter_a_scrape_loses(ingester: Ingester, db_path: Path,
                                                       tmp_path: Path) -> None:
    page = tmp_path / "ap_kenya.html"
    page.write_text(_AP_PAGE, encoding="utf-8")
    run(ingester, db_path, page)
    with Store(db_path, read_only=True) as store:
        [article] = list(store.iter_articles())
        shown = store.article(article["id"])
    assert shown is not None
    assert article["text"].startswith("NAIROBI, Kenya (AP) — Kenyan police arrested")
    assert article["text"].endswith("to protect lives and property.")
    for clutter in ("contributed to this report", "donation", "Read also"):
        assert clutter not in article["text"]
    assert article["original_outlet"] == "AP" and article["outlet"] == "AP News"
    assert article["title"] == "Kenyan police arrest dozens as protests turn violent"
    assert article["published"] == "2025-03-04"  # stated in the page's text
    reasons = {reason for _, _, reason in shown["dropped"]}
    assert {"initials", "banner", "related"} <= reasons


@pytest.mark.parametrize(("lead", "date", "published"), [
    ("LIMA, Oct. 10, 2025 — Peru's Congress voted early on Friday", None, "2025-10-10"),
    ("Peru's Congress voted early on Friday", None, None),
    ("Peru's Congress voted early on Friday", "2025-10-11", "2025-10-11"),
])
def test_a_page_with_only_a_year_is_not_dated_the_first_of_january(
        db_path: Path, tmp_path: Path, lead: str, date: str | None,
        published: str | None) -> None:
    page = tmp_path / "peru.html"
    page.write_text(
        "<html><head><title>Peru's Congress ousts president</title></head><body><article>"
        f"<h1>Peru's Congress ousts president</h1><p>{lead} to remove President Dina "
        "Boluarte from office, citing her government's failure to curb rising crime.</p>"
        "<p>Protesters celebrated outside the legislature in Lima, and cafe owners nearby "
        "said they hoped for calm.</p></article><footer>(c) 2025 El Diario</footer>"
        "</body></html>", encoding="utf-8")
    run(Ingester(load_options(default_date=date)), db_path, page)
    with Store(db_path, read_only=True) as store:
        [article] = list(store.iter_articles())
    assert article["published"] == published


def test_a_text_too_long_to_parse_is_rejected_and_named(db_path: Path, tmp_path: Path) -> None:
    long_story = tmp_path / "hearing.txt"
    long_story.write_text("\n\n".join([story(n) for n in range(40)]), encoding="utf-8")
    short_story = write_jsonl(tmp_path / "d.jsonl", [{"id": "short", "text": story(99)}])
    summary = run(Ingester(load_options(max_text_chars=5_000)), db_path, long_story,
                  short_story)
    assert summary.articles == 1 and summary.rejected == {"too_long": 1}
    with Store(db_path, read_only=True) as store:
        [rejection] = list(store.iter_rejections())
    assert rejection["locator"] == str(long_story)
    assert "more than max_text_chars (5,000)" in rejection["detail"]
