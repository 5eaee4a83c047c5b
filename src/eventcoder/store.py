"""The embedded DuckDB store: articles, their copies, rejections, runs and dedup bands.

Keys are unique by construction (the ingester looks every batch up before writing it) rather
than by PRIMARY KEY constraints: DuckDB keeps a constraint's ART index in memory, which would
make memory grow with the store instead of staying flat. ``Store.check`` verifies them.

Every batch of documents is written in one transaction, so a run killed at any moment (even
``kill -9``) leaves the store as it was after the last committed batch; DuckDB's write-ahead
log replays committed work on the next open. Re-running the same input adds nothing: raw input
digests already stored are skipped before any extraction.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from .errors import StoreError
from .records import Article, Copy, Rejection

__all__ = ["SCHEMA_VERSION", "Store"]

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS runs (
    run_id VARCHAR PRIMARY KEY,
    started TIMESTAMPTZ,
    finished TIMESTAMPTZ,
    status VARCHAR,
    version VARCHAR,
    command VARCHAR,
    options JSON,
    counts JSON
);
CREATE TABLE IF NOT EXISTS run_inputs (
    run_id VARCHAR,
    path VARCHAR,
    sha256 VARCHAR,
    size BIGINT,
    format VARCHAR
);
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR,
    url VARCHAR,
    title VARCHAR,
    published VARCHAR,
    outlet VARCHAR,
    original_outlet VARCHAR,
    author VARCHAR,
    dateline VARCHAR,
    language VARCHAR,
    language_score DOUBLE,
    text VARCHAR,
    text_digest VARCHAR,
    raw_digest VARCHAR,
    extractor VARCHAR,
    locator VARCHAR,
    dropped JSON,
    minhash BLOB,
    run_id VARCHAR,
    ingested TIMESTAMPTZ
);
CREATE TABLE IF NOT EXISTS copies (
    raw_digest VARCHAR,
    doc_id VARCHAR,
    article_id VARCHAR,
    relation VARCHAR,
    similarity DOUBLE,
    outlet VARCHAR,
    url VARCHAR,
    title VARCHAR,
    published VARCHAR,
    locator VARCHAR,
    run_id VARCHAR
);
CREATE TABLE IF NOT EXISTS rejections (
    key VARCHAR,
    locator VARCHAR,
    line INTEGER,
    reason VARCHAR,
    detail VARCHAR,
    raw_digest VARCHAR,
    language VARCHAR,
    run_id VARCHAR,
    created TIMESTAMPTZ
);
CREATE TABLE IF NOT EXISTS minhash_bands (bucket BIGINT, article_id VARCHAR);
CREATE TABLE IF NOT EXISTS actor_mentions (
    article_id VARCHAR,
    sentence_index INTEGER,
    start INTEGER,
    "end" INTEGER,
    text VARCHAR,
    code VARCHAR,
    country VARCHAR,
    sector VARCHAR,
    plover_sector VARCHAR,
    name VARCHAR,
    entry VARCHAR,
    valid_from VARCHAR,
    valid_until VARCHAR,
    basis VARCHAR,
    resources VARCHAR
);
CREATE TABLE IF NOT EXISTS actor_runs (article_id VARCHAR, resources VARCHAR, resolved TIMESTAMPTZ);
CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR,
    article_id VARCHAR,
    date VARCHAR,
    source_code VARCHAR,
    target_code VARCHAR,
    cameo VARCHAR,
    plover VARCHAR,
    negated BOOLEAN,
    record JSON,
    resources VARCHAR
);
CREATE TABLE IF NOT EXISTS event_runs (article_id VARCHAR, resources VARCHAR, coded TIMESTAMPTZ);
CREATE TABLE IF NOT EXISTS quotes (
    quote_id VARCHAR,
    article_id VARCHAR,
    start INTEGER,
    "end" INTEGER,
    kind VARCHAR,
    cue VARCHAR,
    speaker_code VARCHAR,
    sentence_index INTEGER,
    record JSON,
    resources VARCHAR
);
"""

ARTICLE_FIELDS = (
    "id", "url", "title", "published", "outlet", "original_outlet", "author", "dateline",
    "language", "language_score", "text", "text_digest", "raw_digest", "extractor", "locator",
)
COPY_FIELDS = (
    "doc_id", "relation", "similarity", "outlet", "url", "title", "published", "locator",
)


def _now() -> datetime:
    return datetime.now(UTC)


def rejection_key(rejection: Rejection) -> str:
    """Stable key of a rejection: the same bad input rejected twice is stored once."""
    parts = (rejection.locator, str(rejection.reason), rejection.raw_digest or "")
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


class Store:
    """A DuckDB file holding everything eventcoder knows. Use as a context manager."""

    def __init__(self, path: str | Path = "eventcoder.duckdb", *, read_only: bool = False,
                 memory_limit: str | None = None, threads: int | None = None) -> None:
        """Open (creating unless ``read_only``) the store at ``path``.

        ``memory_limit`` (e.g. "64MB") caps DuckDB's buffer cache: without it the cache grows
        toward most of the machine's memory as the store grows, so ingest would not run in flat
        memory. DuckDB spills to disk past the cap instead of failing.
        """
        self.path = Path(path)
        if read_only and not self.path.exists():
            raise StoreError(f"no store at {self.path}: run 'eventcoder ingest' first")
        config: dict[str, Any] = {}
        if memory_limit:
            config["memory_limit"] = memory_limit
        if threads:
            config["threads"] = threads
        self._in_transaction = False
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only, config=config)
        except duckdb.Error as exc:
            message = str(exc).splitlines()[0]
            raise StoreError(f"cannot open store {self.path}: {message}") from None
        if not read_only:
            self.con.execute(_SCHEMA)
            self.con.execute(
                "INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)]
            )
        self._check_schema()

    def _check_schema(self) -> None:
        try:
            rows = self.con.execute(
                "SELECT value FROM meta WHERE key = 'schema_version'"
            ).fetchall()
        except duckdb.CatalogException:
            raise StoreError(f"{self.path} is a DuckDB file but not an eventcoder store") from None
        if not rows or int(rows[0][0]) > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} has store schema {rows[0][0] if rows else None}, which this "
                f"eventcoder (schema {SCHEMA_VERSION}) cannot read: upgrade eventcoder"
            )

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ runs
    def begin_run(self, command: str, options: dict[str, Any], version: str) -> str:
        """Record a new run. Runs left 'running' by a killed process are marked 'interrupted':
        DuckDB lets one process write a file at a time, so none of them can still be going."""
        run_id = uuid.uuid4().hex
        self.con.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
        self.con.execute(
            "INSERT INTO runs (run_id, started, status, version, command, options) "
            "VALUES (?, ?, 'running', ?, ?, ?)",
            [run_id, _now(), version, command, json.dumps(options, default=str)],
        )
        return run_id

    def finish_run(self, run_id: str, status: str, counts: dict[str, Any],
                   inputs: Sequence[dict[str, Any]] = ()) -> None:
        """Close a run; ``inputs`` not yet written with a batch are written here."""
        with self._transaction():
            if inputs:
                self._insert("run_inputs", [{**i, "run_id": run_id} for i in inputs])
            self.con.execute(
                "UPDATE runs SET finished = ?, status = ?, counts = ? WHERE run_id = ?",
                [_now(), status, json.dumps(counts), run_id],
            )

    # ------------------------------------------------------------------ lookups for a batch
    def _lookup(self, sql: str, values: Sequence[Any], name: str = "q") -> list[tuple[Any, ...]]:
        if not values:
            return []
        table = pa.table({"v": pa.array(list(values))})
        self.con.register(name, table)
        try:
            return self.con.execute(sql).fetchall()
        finally:
            # Inside a failed transaction DuckDB refuses this; the next register replaces it.
            with contextlib.suppress(duckdb.Error):
                self.con.unregister(name)

    def known_digests(self, digests: Sequence[str]) -> set[str]:
        """Raw input digests already stored as a copy or a rejection."""
        rows = self._lookup(
            "SELECT raw_digest FROM copies WHERE raw_digest IN (SELECT v FROM q) "
            "UNION SELECT raw_digest FROM rejections WHERE raw_digest IN (SELECT v FROM q)",
            digests,
        )
        return {r[0] for r in rows}

    def undated_digests(self, digests: Sequence[str]) -> set[str]:
        """Raw input digests of these whose stored article has no date."""
        rows = self._lookup(
            "SELECT DISTINCT c.raw_digest FROM copies c JOIN articles a ON c.article_id = a.id "
            "WHERE c.raw_digest IN (SELECT v FROM q) AND a.published IS NULL",
            digests,
        )
        return {r[0] for r in rows}

    def date_undated(self, dated: Sequence[tuple[str, str]]) -> list[str]:
        """Give the stored articles of these inputs (``(raw_digest, YYYY-MM-DD)`` pairs) that
        have no date that date, and forget their actor resolution and coding so that the next
        ``code`` does both again with it; return their ids. A re-run with ``--date`` is how a
        user dates what was stored undated."""
        ids: list[str] = []
        with self._transaction():
            for digest, day in dated:
                rows = self.con.execute(
                    "SELECT DISTINCT a.id FROM articles a JOIN copies c ON c.article_id = a.id "
                    "WHERE c.raw_digest = ? AND a.published IS NULL", [digest]).fetchall()
                for (article_id,) in rows:
                    self.con.execute("UPDATE articles SET published = ? WHERE id = ?",
                                     [day, article_id])
                    self.con.execute("UPDATE copies SET published = ? WHERE raw_digest = ? "
                                     "AND published IS NULL", [day, digest])
                    for table in ("actor_runs", "event_runs"):
                        self.con.execute(f"DELETE FROM {table} WHERE article_id = ?",
                                         [article_id])
                    ids.append(article_id)
        return ids

    def known_rejections(self, rejections: Sequence[Rejection]) -> set[str]:
        """Keys of these rejections that are stored already."""
        rows = self._lookup("SELECT key FROM rejections WHERE key IN (SELECT v FROM q)",
                            [rejection_key(r) for r in rejections])
        return {r[0] for r in rows}

    def exact_matches(self, text_digests: Sequence[str]) -> dict[str, str]:
        """text digest -> id of the stored article with that normalised text."""
        rows = self._lookup(
            "SELECT text_digest, min(id) FROM articles WHERE text_digest IN (SELECT v FROM q) "
            "GROUP BY text_digest",
            text_digests,
        )
        return {r[0]: r[1] for r in rows}

    def id_owners(self, ids: Sequence[str]) -> dict[str, str]:
        """document id -> the article it belongs to (itself, or the article it is a copy of)."""
        rows = self._lookup(
            "SELECT id, id FROM articles WHERE id IN (SELECT v FROM q) "
            "UNION SELECT doc_id, article_id FROM copies WHERE doc_id IN (SELECT v FROM q)",
            ids,
        )
        return {r[0]: r[1] for r in rows}

    def band_candidates(self, buckets: Sequence[int]) -> dict[int, list[tuple[str, bytes]]]:
        """LSH bucket -> stored articles in it, with their MinHash signatures."""
        # Two lookups, each probing a stored column with a hash table of the batch's few keys:
        # one join of bands with articles could hash all articles' signatures instead, and so
        # grow with the store.
        hits = self._lookup(
            "SELECT bucket, article_id FROM minhash_bands WHERE bucket IN (SELECT v FROM q)",
            sorted(set(buckets)),
        )
        signatures = dict(self._lookup(
            "SELECT id, minhash FROM articles WHERE id IN (SELECT v FROM q)",
            sorted({article_id for _, article_id in hits}),
        ))
        found: dict[int, list[tuple[str, bytes]]] = {}
        for bucket, article_id in hits:
            if article_id in signatures:
                found.setdefault(bucket, []).append((article_id, bytes(signatures[article_id])))
        return found

    # ------------------------------------------------------------------ writing
    def write_batch(
        self,
        run_id: str,
        articles: Sequence[tuple[Article, bytes, tuple[int, ...], str]],
        copies: Sequence[Copy],
        rejections: Sequence[Rejection],
        inputs: Sequence[dict[str, Any]] = (),
    ) -> None:
        """Write one batch atomically. ``articles`` holds (article, minhash, bands, dropped);
        ``inputs`` the input files read to their end during the batch, with their digests."""
        now = _now()
        with self._transaction():
            if inputs:
                self._insert("run_inputs", [{**i, "run_id": run_id} for i in inputs])
            if articles:
                rows = [
                    {**{f: getattr(a, f) for f in ARTICLE_FIELDS}, "dropped": dropped,
                     "minhash": minhash, "run_id": run_id, "ingested": now}
                    for a, minhash, _bands, dropped in articles
                ]
                self._insert("articles", rows)
                bands = [
                    {"bucket": bucket, "article_id": a.id}
                    for a, _m, article_bands, _d in articles for bucket in article_bands
                ]
                self._insert("minhash_bands", bands)
            if copies:
                self._insert(
                    "copies",
                    [{**asdict(c), "run_id": run_id} for c in copies],
                    unique="raw_digest",
                )
            if rejections:
                self._insert("rejections", _rejection_rows(rejections, run_id, now),
                             unique="key")

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        """One DuckDB transaction: committed when the block ends, rolled back if it raises.
        A block inside another joins the outer transaction."""
        if self._in_transaction:
            yield
            return
        self.con.execute("BEGIN TRANSACTION")
        self._in_transaction = True
        try:
            yield
            self._in_transaction = False
            self.con.execute("COMMIT")
        except BaseException:
            self._in_transaction = False
            # A failed COMMIT has already ended the transaction; the first error is the one
            # to report. An aborted transaction also refused to unregister the batch's view.
            with contextlib.suppress(duckdb.Error):
                self.con.execute("ROLLBACK")
            with contextlib.suppress(duckdb.Error):
                self.con.unregister("batch_rows")
            raise

    def _insert(self, table: str, rows: list[dict[str, Any]], *,
                unique: str | None = None) -> None:
        """Insert rows; with ``unique``, rows whose value in that column is stored already (or
        repeated in ``rows``) are skipped."""
        if unique is not None:
            rows = list({row[unique]: row for row in reversed(rows)}.values())[::-1]
            # Look the batch's keys up (a hash table of the batch, probed by the stored column)
            # rather than anti-join against the whole column, whose hash table would grow with
            # the store.
            stored = {r[0] for r in self._lookup(
                f"SELECT {unique} FROM {table} WHERE {unique} IN (SELECT v FROM q)",
                [row[unique] for row in rows], name="q")}
            rows = [row for row in rows if row[unique] not in stored]
            if not rows:
                return
        arrow = pa.Table.from_pylist(rows)
        columns = ", ".join(f'"{name}"' for name in arrow.column_names)
        self.con.register("batch_rows", arrow)
        # On failure the view stays registered until write_batch has rolled back: an aborted
        # transaction refuses to unregister it.
        self.con.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM batch_rows")
        self.con.unregister("batch_rows")

    # ------------------------------------------------------------------ actor mentions
    def articles_without_mentions(self, digest: str, limit: int = 64
                                  ) -> list[tuple[str, str, str | None]]:
        """(id, text, published) of articles not yet resolved with resources ``digest``."""
        return [tuple(r) for r in self.con.execute(
            "SELECT id, text, published FROM articles WHERE id NOT IN "
            "(SELECT article_id FROM actor_runs WHERE resources = ?) ORDER BY id LIMIT ?",
            [digest, limit],
        ).fetchall()]

    def write_mentions(self, results: Sequence[tuple[str, Sequence[Any]]], digest: str) -> None:
        """Replace the stored mentions of these articles, atomically."""
        ids = [article_id for article_id, _ in results]
        rows = [
            {"article_id": article_id, "sentence_index": m.sentence_index, "start": m.start,
             "end": m.end, "text": m.text, "code": m.code, "country": m.country,
             "sector": m.sector, "plover_sector": m.plover_sector, "name": m.name,
             "entry": m.entry, "valid_from": m.valid[0] if m.valid else None,
             "valid_until": m.valid[1] if m.valid else None, "basis": m.basis,
             "resources": digest}
            for article_id, mentions in results for m in mentions
        ]
        self._replace_articles("actor_mentions", "actor_runs", "resolved", ids, rows, digest)

    def iter_mentions(self, article_id: str | None = None,
                      code: str | None = None) -> Iterator[dict[str, Any]]:
        """Stored actor mentions, by article and position; ``code`` filters by code prefix."""
        where, params = [], []
        if article_id is not None:
            where.append("article_id = ?")
            params.append(article_id)
        if code is not None:
            where.append("starts_with(code, ?)")
            params.append(code)
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        cursor = self.con.cursor()
        cursor.execute(
            f'SELECT article_id, sentence_index, start, "end", text, code, country, sector, '
            f"plover_sector, name, entry, valid_from, valid_until, basis FROM actor_mentions "
            f"{clause} ORDER BY article_id, start", params)
        names = ("article_id", "sentence_index", "start", "end", "text", "code", "country",
                 "sector", "plover_sector", "name", "entry", "valid_from", "valid_until", "basis")
        while chunk := cursor.fetchmany(1000):
            for row in chunk:
                yield dict(zip(names, row, strict=True))

    # ------------------------------------------------------------------ events
    def articles_of_digests(self, digests: Sequence[str]) -> list[str]:
        """The article ids these raw input digests were stored as (reprints give the
        article they copy), in first-seen order."""
        rows = self._lookup(
            "SELECT raw_digest, article_id FROM copies WHERE raw_digest IN (SELECT v FROM q)",
            digests)
        by_digest = dict(rows)
        out: dict[str, None] = {}
        for d in digests:
            if d in by_digest:
                out.setdefault(by_digest[d], None)
        return list(out)

    def undated(self, article_ids: Sequence[str], *, unreadable_date: bool = False) -> int:
        """How many of these articles have no publication date (their events have none); with
        ``unreadable_date``, only those whose input gave a date that could not be read."""
        unreadable = (" AND list_contains(CAST(json_extract_string(dropped, '$[*][2]') AS "
                      "VARCHAR[]), 'unparsed_date')") if unreadable_date else ""
        rows = self._lookup(
            "SELECT count(*) FROM articles WHERE id IN (SELECT v FROM q) AND published IS NULL"
            + unreadable, article_ids)
        return int(rows[0][0]) if rows else 0

    def articles_without_events(self, digest: str, limit: int = 64
                                ) -> list[dict[str, Any]]:
        """Articles (id, title, text, published, dateline, locator, raw_digest, url, and the
        section labels the cleaner dropped) not yet coded with ``digest``."""
        cursor = self.con.execute(
            "SELECT id, title, text, published, dateline, locator, raw_digest, url, "
            "dropped FROM articles "
            "WHERE id NOT IN (SELECT article_id FROM event_runs WHERE resources = ?) "
            "ORDER BY id LIMIT ?",
            [digest, limit])
        names = ("id", "title", "text", "published", "dateline", "locator", "raw_digest", "url")
        out = []
        for row in cursor.fetchall():
            article = dict(zip(names, row[:-1], strict=True))
            dropped = json.loads(row[-1]) if row[-1] else []
            article["labels"] = [d[1] for d in dropped
                                 if isinstance(d, list) and len(d) > 2 and d[2] == "section_label"]
            out.append(article)
        return out

    def write_events(self, results: Sequence[tuple[str, Sequence[dict[str, Any]]]],
                     digest: str) -> None:
        """Replace the stored events of these articles, atomically. Each event is the dict of
        its JSONL record."""
        ids = [article_id for article_id, _ in results]
        rows = [
            {"event_id": e["event_id"], "article_id": article_id, "date": e["date"],
             "source_code": (e["source"] or {}).get("code"),
             "target_code": (e["target"] or {}).get("code"), "cameo": e["cameo"],
             "plover": e["plover"], "negated": e["negated"],
             "record": json.dumps(e, ensure_ascii=False), "resources": digest}
            for article_id, events in results for e in events
        ]
        self._replace_articles("events", "event_runs", "coded", ids, rows, digest)

    def _replace_articles(self, table: str, runs: str, stamp: str, ids: list[str],
                          rows: list[dict[str, Any]], digest: str) -> None:
        """Replace these articles' rows of ``table`` and mark them done with ``digest`` in
        ``runs`` (its time column is ``stamp``), in one transaction."""
        with self._transaction():
            for name in (table, runs):
                self._lookup(f"DELETE FROM {name} WHERE article_id IN (SELECT v FROM q)", ids)
            if rows:
                self._insert(table, rows)
            self._insert(runs, [{"article_id": i, "resources": digest, stamp: _now()}
                                for i in ids])

    def write_coded(self, articles: Sequence[tuple[str, Sequence[Any], Sequence[Any],
                                                 Sequence[dict[str, Any]]]],
                    actor_digest: str, digest: str, *, failures: Sequence[Rejection] = (),
                    run_id: str | None = None) -> None:
        """Store what coding found in these articles, (id, mentions, quotes, event records)
        each, in one transaction: a kill leaves each article wholly coded or not at all.

        ``failures`` are the ``coding_failed`` rejections of articles in ``articles`` (given
        there with nothing found): stored with the rest, so the article is not taken again
        with these resources and ``eventcoder rejections`` tells why."""
        with self._transaction():
            if failures:
                self._insert("rejections", _rejection_rows(failures, run_id, _now()),
                             unique="key")
            self.write_mentions([(a, m) for a, m, _, _ in articles], actor_digest)
            self._lookup("DELETE FROM quotes WHERE article_id IN (SELECT v FROM q)",
                         [a for a, _, _, _ in articles])
            rows = [row for a, _, quotes, _ in articles for row in _quote_rows(a, quotes, digest)]
            if rows:
                self._insert("quotes", rows)
            self.write_events([(a, e) for a, _, _, e in articles], digest)

    def iter_events(self, *, article_ids: Sequence[str] | None = None,
                    date_from: str | None = None, date_to: str | None = None,
                    actor: str | None = None, code: str | None = None,
                    plover: str | None = None, negated: bool | None = None,
                    unique: bool = False) -> Iterator[dict[str, Any]]:
        """Stored events as their JSONL records, by article and position. ``actor`` and
        ``code`` match prefixes (``RUS`` matches RUSGOV; ``19`` matches 190 and 1951).

        With ``unique``, one record per event told: events with the same date, source and
        target codes, CAMEO code and negation are one event, whichever articles and sentences
        tell it (an undated event is only merged within its article). The record kept is the
        most confident telling, and it gains ``reports`` (how many stored events it stands
        for) and ``articles`` (in how many articles)."""
        where: list[str] = []
        params: list[Any] = []
        if article_ids is not None:
            where.append("article_id IN (SELECT unnest(?))")
            params.append(list(article_ids))
        if date_from:
            where.append("date >= ?")
            params.append(date_from)
        if date_to:
            where.append("date <= ?")
            params.append(date_to)
        if actor:
            where.append("(starts_with(source_code, ?) OR starts_with(target_code, ?))")
            params += [actor, actor]
        if code:
            where.append("starts_with(cameo, ?)")
            params.append(code)
        if plover:
            where.append("plover = ?")
            params.append(plover.upper())
        if negated is not None:
            where.append("negated = ?")
            params.append(negated)
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        order = ("article_id, record->>'part' DESC, CAST(record->>'sentence_index' AS INTEGER), "
                 "event_id")
        cursor = self.con.cursor()
        if not unique:
            cursor.execute(f"SELECT record FROM events {clause} ORDER BY {order}", params)
            while chunk := cursor.fetchmany(1000):
                for (record,) in chunk:
                    yield json.loads(record)
            return
        # (a restatement in its article is told by its first telling: it takes that one's
        # day, parties and code, so that both count as one event across articles too)
        def side(table: str, part: str) -> str:
            return f"coalesce({table}.{part}_code, lower({table}.record->'{part}'->>'text'))"

        def told(first: str, own: str) -> str:
            """The first telling's value where the event restates one, else its own."""
            return f"CASE WHEN first.event_id IS NULL THEN {own} ELSE {first} END"
        cursor.execute(
            f"WITH chosen AS (SELECT * FROM events {clause}), "
            f"keyed AS (SELECT chosen.record, chosen.article_id, chosen.event_id, "
            f"{told('first.date', 'chosen.date')} AS k_date, "
            f"{told(side('first', 'source'), side('chosen', 'source'))} AS k_src, "
            f"{told(side('first', 'target'), side('chosen', 'target'))} AS k_tgt, "
            f"{told('first.cameo', 'chosen.cameo')} AS k_cameo, "
            f"{told('first.negated', 'chosen.negated')} AS k_neg FROM chosen "
            f"LEFT JOIN events AS first ON first.event_id = chosen.record->>'repeat_of' "
            f"AND first.article_id = chosen.article_id) "
            f"SELECT record, count(*) OVER told, count(DISTINCT article_id) OVER told, "
            f"row_number() OVER (told ORDER BY CAST(record->>'confidence' AS DOUBLE) DESC, "
            f"{order}) AS rank FROM keyed "
            f"WINDOW told AS (PARTITION BY coalesce(k_date, article_id), k_src, k_tgt, k_cameo, "
            f"k_neg) QUALIFY rank = 1 ORDER BY {order}", params)
        while chunk := cursor.fetchmany(1000):
            for record, reports, articles, _ in chunk:
                yield json.loads(record) | {"reports": reports, "articles": articles}

    # ------------------------------------------------------------------ quotes
    def write_quotes(self, article_id: str, quotes: Sequence[Any], digest: str) -> None:
        """Replace the stored quotes of one article (:class:`eventcoder.quotes.Quote` objects
        or their JSONL dicts), atomically."""
        rows = _quote_rows(article_id, quotes, digest)
        with self._transaction():
            self.con.execute("DELETE FROM quotes WHERE article_id = ?", [article_id])
            if rows:
                self._insert("quotes", rows)

    def iter_quotes(self, speaker: str | None = None, *,
                    article_ids: Sequence[str] | None = None) -> Iterator[dict[str, Any]]:
        """Stored quotes as their JSONL records, by article and position; ``speaker`` filters
        by speaker code prefix (``RUS`` matches RUSGOV), ``article_ids`` by article."""
        where: list[str] = []
        params: list[Any] = []
        if speaker is not None:
            where.append("starts_with(speaker_code, ?)")
            params.append(speaker)
        if article_ids is not None:
            where.append("article_id IN (SELECT unnest(?))")
            params.append(list(article_ids))
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        cursor = self.con.cursor()
        cursor.execute(f'SELECT record FROM quotes {clause} ORDER BY article_id, start, "end"',
                       params)
        while chunk := cursor.fetchmany(1000):
            for (record,) in chunk:
                yield json.loads(record)

    def check(self) -> dict[str, int]:
        """Count integrity problems: duplicate keys, copies without an article, articles without
        a copy, articles whose bands are missing. All zero in a healthy store."""
        queries = {
            "duplicate_article_ids": "SELECT count(*) - count(DISTINCT id) FROM articles",
            "duplicate_copies": "SELECT count(*) - count(DISTINCT raw_digest) FROM copies",
            "duplicate_rejections": "SELECT count(*) - count(DISTINCT key) FROM rejections",
            "orphan_copies":
                "SELECT count(*) FROM copies WHERE article_id NOT IN (SELECT id FROM articles)",
            "articles_without_copy":
                "SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM copies)",
            "articles_without_bands":
                "SELECT count(*) FROM articles "
                "WHERE id NOT IN (SELECT article_id FROM minhash_bands)",
            # Coding writes an article's mentions, quotes, events and its run mark together.
            "events_without_run":
                "SELECT count(*) FROM events "
                "WHERE article_id NOT IN (SELECT article_id FROM event_runs)",
            "quotes_without_run":
                "SELECT count(*) FROM quotes "
                "WHERE article_id NOT IN (SELECT article_id FROM event_runs)",
            "duplicate_events": "SELECT count(*) - count(DISTINCT event_id) FROM events",
            "coded_without_article":
                "SELECT count(*) FROM event_runs WHERE article_id NOT IN (SELECT id FROM articles)",
        }
        return {name: int(self.con.execute(sql).fetchall()[0][0]) for name, sql in queries.items()}

    # ------------------------------------------------------------------ reading
    def count(self, table: str) -> int:
        if table not in ("articles", "copies", "rejections", "runs", "minhash_bands",
                         "run_inputs", "actor_mentions", "actor_runs", "events",
                         "event_runs", "quotes"):
            raise ValueError(f"unknown table {table}")
        return int(self.con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0])

    def iter_articles(self, ids: Sequence[str] | None = None) -> Iterator[dict[str, Any]]:
        """Articles in id order, each a dict of its fields plus ``copies`` (a list of dicts)."""
        columns = ", ".join(ARTICLE_FIELDS)
        where = "WHERE id IN (SELECT unnest(?))" if ids is not None else ""
        params = [list(ids)] if ids is not None else []
        cursor = self.con.cursor()
        copies_cursor = self.con.cursor()
        cursor.execute(f"SELECT {columns} FROM articles {where} ORDER BY id", params)
        while True:
            chunk = cursor.fetchmany(500)
            if not chunk:
                break
            records = [dict(zip(ARTICLE_FIELDS, row, strict=True)) for row in chunk]
            copies = self._copies_of(copies_cursor, [r["id"] for r in records])
            for record in records:
                record["copies"] = copies.get(record["id"], [])
                yield record

    @staticmethod
    def _copies_of(cursor: duckdb.DuckDBPyConnection,
                   ids: list[str]) -> dict[str, list[dict[str, Any]]]:
        cursor.execute(
            f"SELECT article_id, {', '.join(COPY_FIELDS)} FROM copies "
            "WHERE article_id IN (SELECT unnest(?)) ORDER BY article_id, relation <> 'canonical', "
            "locator",
            [ids],
        )
        found: dict[str, list[dict[str, Any]]] = {}
        for row in cursor.fetchall():
            found.setdefault(row[0], []).append(dict(zip(COPY_FIELDS, row[1:], strict=True)))
        return found

    def article(self, article_id: str) -> dict[str, Any] | None:
        """One article by id, or by the id of any of its copies."""
        row = self.con.execute(
            "SELECT article_id FROM copies WHERE doc_id = ? UNION SELECT id FROM articles "
            "WHERE id = ? LIMIT 1",
            [article_id, article_id],
        ).fetchall()
        if not row:
            return None
        found = list(self.iter_articles([row[0][0]]))
        if not found:
            return None
        record = found[0]
        dropped = self.con.execute(
            "SELECT dropped FROM articles WHERE id = ?", [record["id"]]
        ).fetchall()
        record["dropped"] = json.loads(dropped[0][0]) if dropped and dropped[0][0] else []
        return record

    def articles_by_prefix(self, prefix: str, limit: int = 2) -> list[str]:
        """Ids of the articles (up to ``limit``) whose id, or a copy's id, starts with
        ``prefix``."""
        if not prefix:
            return []
        rows = self.con.execute(
            "SELECT DISTINCT article_id FROM copies WHERE starts_with(doc_id, ?) "
            "UNION SELECT id FROM articles WHERE starts_with(id, ?) ORDER BY 1 LIMIT ?",
            [prefix, prefix, limit]).fetchall()
        return [r[0] for r in rows]

    def iter_rejections(self) -> Iterator[dict[str, Any]]:
        cursor = self.con.cursor()
        cursor.execute(
            "SELECT locator, line, reason, detail, raw_digest, language, run_id FROM rejections "
            "ORDER BY created, locator"
        )
        names = ("locator", "line", "reason", "detail", "raw_digest", "language", "run_id")
        while chunk := cursor.fetchmany(1000):
            for row in chunk:
                yield dict(zip(names, row, strict=True))

    def iter_runs(self) -> Iterator[dict[str, Any]]:
        names = ("run_id", "started", "finished", "status", "version", "command", "counts")
        rows = self.con.execute(f"SELECT {', '.join(names)} FROM runs ORDER BY started").fetchall()
        for row in rows:
            record = dict(zip(names, row, strict=True))
            record["counts"] = json.loads(record["counts"]) if record["counts"] else None
            yield record

    def run_inputs(self, run_id: str) -> list[dict[str, Any]]:
        """The inputs a run read, each with its sha256 and size."""
        names = ("path", "sha256", "size", "format")
        rows = self.con.execute(
            f"SELECT {', '.join(names)} FROM run_inputs WHERE run_id = ? ORDER BY path", [run_id]
        ).fetchall()
        return [dict(zip(names, row, strict=True)) for row in rows]


def _rejection_rows(rejections: Sequence[Rejection], run_id: str | None,
                    now: datetime) -> list[dict[str, Any]]:
    return [{"key": rejection_key(r), "locator": r.locator, "line": r.line,
             "reason": str(r.reason), "detail": r.detail, "raw_digest": r.raw_digest,
             "language": r.language, "run_id": run_id, "created": now} for r in rejections]


def _quote_rows(article_id: str, quotes: Sequence[Any], digest: str) -> list[dict[str, Any]]:
    """The quotes table's rows of one article's quotes (Quote objects or their JSONL dicts)."""
    rows = []
    for q in quotes:
        record = q if isinstance(q, dict) else q.as_dict(article_id)
        rows.append({"quote_id": record["quote_id"], "article_id": article_id,
                     "start": record["start"], "end": record["end"], "kind": record["kind"],
                     "cue": record["cue"], "speaker_code": (record["speaker"] or {}).get("code"),
                     "sentence_index": record["sentence_index"],
                     "record": json.dumps(record, ensure_ascii=False), "resources": digest})
    return rows
