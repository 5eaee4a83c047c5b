"""The DuckDB store: schema, atomic batches, round trips, and clear errors for wrong files."""

from __future__ import annotations

import uuid
from pathlib import Path

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventcoder import Article, Copy, Reason, Rejection, Store, StoreError
from eventcoder.dedup import MinHasher, text_digest


def make_article(text: str = "Envoys met in Geneva.", id: str = "a1", **fields: object) -> Article:
    return Article(id=id, text=text, text_digest=text_digest(text), raw_digest="r-" + id,
                   extractor="test", locator="mem", **fields)  # type: ignore[arg-type]


def write_article(store: Store, article: Article) -> None:
    sig = MinHasher().signature(article.text)
    copy = Copy(doc_id=article.id, article_id=article.id, raw_digest=article.raw_digest,
                locator=article.locator, outlet=article.outlet)
    store.write_batch("run", [(article, sig.values, sig.bands, "[]")], [copy], [])


def test_new_store_has_every_table(store: Store) -> None:
    tables = {r[0] for r in store.con.execute("SHOW TABLES").fetchall()}
    assert {"articles", "copies", "rejections", "runs", "minhash_bands", "meta"} <= tables


text_st = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=300)
opt_st = st.none() | st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=text_st, title=opt_st, outlet=opt_st, published=opt_st)
def test_article_round_trip(tmp_path: Path, text: str, title: str | None, outlet: str | None,
                            published: str | None) -> None:
    article = make_article(text, title=title, outlet=outlet, published=published)
    path = tmp_path / f"{uuid.uuid4().hex}.duckdb"
    with Store(path) as store:
        write_article(store, article)
        [back] = list(store.iter_articles())
    assert back["text"] == text and back["title"] == title
    assert back["outlet"] == outlet and back["published"] == published
    assert back["copies"][0]["relation"] == "canonical"


def test_a_batch_that_fails_half_way_writes_nothing(store: Store,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    write_article(store, make_article(id="a1"))
    second = make_article("Other text.", id="a2")
    sig = MinHasher().signature(second.text)
    copy = Copy(doc_id="a2", article_id="a2", raw_digest="r-a2", locator="mem")
    rejection = Rejection("x.txt", Reason.EMPTY, "file is empty")
    insert = store._insert

    def failing(table: str, rows: list, **kw: object) -> None:  # type: ignore[type-arg]
        if table == "rejections":  # after the article, its bands and its copy went in
            raise OSError("disk full")
        insert(table, rows, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "_insert", failing)
    with pytest.raises(OSError):
        store.write_batch("run", [(second, sig.values, sig.bands, "[]")], [copy], [rejection])
    monkeypatch.undo()
    assert (store.count("articles"), store.count("copies"), store.count("rejections")) == (1, 1, 0)
    assert store.count("minhash_bands") == 16
    assert set(store.check().values()) == {0}


def test_the_same_rejection_is_stored_once(store: Store) -> None:
    rejection = Rejection("x.jsonl:3", Reason.MALFORMED_JSON, "bad", line=3, raw_digest="d")
    store.write_batch("run1", [], [], [rejection])
    store.write_batch("run2", [], [], [rejection])
    [row] = list(store.iter_rejections())
    assert (row["reason"], row["line"], row["run_id"]) == ("malformed_json", 3, "run1")


def test_article_is_found_by_a_copy_id(store: Store) -> None:
    article = make_article(id="canon")
    write_article(store, article)
    store.write_batch("run", [], [Copy(doc_id="reprint-7", article_id="canon", raw_digest="rr",
                                       locator="y", relation="near", similarity=0.9)], [])
    found = store.article("reprint-7")
    assert found is not None and found["id"] == "canon"
    assert [c["doc_id"] for c in found["copies"]] == ["canon", "reprint-7"]
    assert store.article("nothing") is None


def test_interrupted_runs_are_marked_on_the_next_run(db_path: Path) -> None:
    with Store(db_path) as store:
        first = store.begin_run("ingest", {}, "test")
    with Store(db_path) as store:
        store.begin_run("ingest", {}, "test")
        statuses = {r["run_id"]: r["status"] for r in store.iter_runs()}
    assert statuses[first] == "interrupted"


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.duckdb"
    path.write_text("just some text, not a database\n" * 100)
    with pytest.raises(StoreError, match="cannot open store"):
        Store(path)


def test_a_duckdb_file_of_another_application(tmp_path: Path) -> None:
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE t (x INTEGER)")
    con.close()
    with pytest.raises(StoreError, match="not an eventcoder store"):
        Store(path, read_only=True)


def test_reading_a_missing_store_says_how_to_make_one(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="eventcoder ingest"):
        Store(tmp_path / "none.duckdb", read_only=True)


def test_undated_articles_are_counted(store: Store) -> None:
    write_article(store, make_article("Envoys met in Geneva.", id="a1", published=None))
    write_article(store, make_article("Envoys met in Doha.", id="a2",
                                      published="2025-03-04T00:00:00+00:00"))
    assert store.undated(["a1", "a2"]) == 1
    assert store.undated([]) == 0
