"""Ingest: read inputs, extract and clean each document, identify its language, deduplicate
reprints and store the result, one transaction per batch.

The per-document work (:class:`Cleaner`) is pure and runs anywhere; deduplication and storage
(:class:`Ingester`) are sequential against the store.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from os import PathLike
from pathlib import Path

from . import __version__
from .config import Options, load_options
from .dates import find_dateline, lead_place, parse_date
from .dedup import MinHasher, Signature, id_from_digest, text_digest
from .html import HtmlExtractor
from .language import LanguageIdentifier
from .readers import InputFile, Reader
from .records import Article, Copy, Document, Reason, Rejection
from .scrape import clean_extracted, clean_scrape
from .store import Store, rejection_key

__all__ = ["Cleaner", "IngestSummary", "Ingester", "ingest"]

Progress = Callable[["IngestSummary"], None]
Item = Document | Rejection

@dataclass(slots=True)
class IngestSummary:
    """What one ingest run did. ``rejected`` counts rejections by reason code."""

    run_id: str = ""
    documents: int = 0
    articles: int = 0
    exact_copies: int = 0
    near_copies: int = 0
    unchanged: int = 0
    # of ``unchanged``, the rejections already recorded (the rest are documents)
    unchanged_rejections: int = 0
    # stored articles with no date given one now (a re-run with --date)
    redated: int = 0
    rejected: Counter[str] = field(default_factory=Counter)
    inputs: int = 0
    seconds: float = 0.0
    # The raw digests of every document read, when the run was asked to collect them.
    raw_digests: list[str] | None = field(default=None, repr=False)

    @property
    def rejections(self) -> int:
        return sum(self.rejected.values())

    def as_dict(self) -> dict[str, object]:
        data = asdict(self)
        data.pop("raw_digests")
        data["rejected"] = dict(sorted(self.rejected.items()))
        data["rejections"] = self.rejections
        return data


class Cleaner:
    """Turns one raw :class:`Document` into a clean :class:`Article`, or a :class:`Rejection`.

    Loads the HTML extractor and the language model once; :meth:`clean` is then pure.
    """

    def __init__(self, options: Options) -> None:
        self.options = options
        self.html = HtmlExtractor(options)
        self.language = LanguageIdentifier(options.language_sample_chars)
        self.scrape_name = f"eventcoder-scrape-{__version__}"
        # Parsed once: every undated document gets the same default.
        self.default_date = parse_date(options.default_date) if options.default_date else None

    def clean(self, doc: Document) -> Article | Rejection:
        dropped: list[tuple[int, str, str]] = []
        record_date = parse_date(doc.date) if doc.date else None
        if doc.date and record_date is None:
            dropped.append((0, doc.date, "unparsed_date"))
        outlet = doc.source or self.options.default_source
        original_outlet = author = dateline = dateline_day = None
        if doc.kind == "html":
            result = self.html.extract(doc.content, doc.url)
            if result is None:
                return Rejection(doc.locator, Reason.NO_TEXT, "no main text found in the page",
                                 raw_digest=doc.raw_digest)
            # The page's story gets the scrape cleaner's clutter rules too: extractors keep
            # credits, donation boxes, "Read also:" lines and reprint notes inside the article.
            scrape = clean_extracted(result.text)
            text, url = scrape.text, doc.url or result.url
            title = doc.title or result.title or scrape.title
            # The page's metadata, else the story's dateline ("LIMA, Oct. 10, 2025 —"), else a
            # day the page's text states
            published = record_date or result.published or scrape.published or result.text_date
            outlet = outlet or result.sitename
            original_outlet = scrape.original_outlet
            author, extractor = result.author or scrape.author, self.html.name
            # "BELGRADE, May 8 - ..." at the head of the story
            dateline = scrape.dateline or lead_place(text)
            dateline_day = scrape.dateline_day
            dropped.extend((d.line, d.text, d.reason) for d in scrape.dropped)
        else:
            scrape = clean_scrape(doc.content)
            text, title, url = scrape.text, doc.title or scrape.title, doc.url
            published = record_date or scrape.published
            original_outlet, author = scrape.original_outlet, scrape.author
            dateline, dateline_day = scrape.dateline, scrape.dateline_day
            dropped.extend((d.line, d.text, d.reason) for d in scrape.dropped)
            extractor = self.scrape_name
        if len(text.strip()) < self.options.min_text_chars and title and \
                len(title.strip()) >= self.options.min_text_chars:
            # a story of one line, its headline alone ("Georgia opposition leader detained",
            # a feed item with no summary): its text is the headline, which is coded once,
            # as a headline (the coder blanks a headline its text repeats)
            text = title.strip()
        if len(text) < self.options.min_text_chars:
            return Rejection(
                doc.locator, Reason.NO_TEXT,
                f"clean text has {len(text)} characters, fewer than min_text_chars "
                f"({self.options.min_text_chars})",
                raw_digest=doc.raw_digest,
            )
        if len(text) > self.options.max_text_chars:
            # spaCy refuses a text over its nlp.max_length (1,000,000 characters)
            return Rejection(
                doc.locator, Reason.TOO_LONG,
                f"clean text has {len(text):,} characters, more than max_text_chars "
                f"({self.options.max_text_chars:,})",
                raw_digest=doc.raw_digest,
            )
        guess = self.language.identify(text)
        if guess.code not in self.options.languages:
            return Rejection(
                doc.locator, Reason.NOT_ENGLISH,
                f"detected language {guess.code!r} (score {guess.score:.2f}); coded: "
                f"{', '.join(self.options.languages)}",
                raw_digest=doc.raw_digest, language=guess.code,
            )
        if published is None and dateline_day is not None and self.default_date:
            # "NAIROBI, June 25 (Reuters) -" with --date: the dateline's day, the date's year
            published = _in_year_of(dateline_day, self.default_date)
        if published is None:
            published = self.default_date
        digest = text_digest(text)
        return Article(
            id=doc.id or id_from_digest(digest),
            text=text,
            text_digest=digest,
            raw_digest=doc.raw_digest,
            extractor=extractor,
            locator=doc.locator,
            url=url,
            title=title,
            published=published,
            outlet=outlet,
            original_outlet=original_outlet,
            author=author,
            dateline=dateline,
            language=guess.code,
            language_score=guess.score,
            dropped=tuple(dropped),
        )


def _in_year_of(day: str, default: str) -> str | None:
    """A year-less dateline day ("June 25") in the year of ``default`` (ISO), or the year
    before when that would put it more than a month after ``default``."""
    year = int(default[:4])
    found = find_dateline(f"{day}, {year}")
    if found is not None and date.fromisoformat(found[:10]) > \
            date.fromisoformat(default[:10]) + timedelta(days=31):
        found = find_dateline(f"{day}, {year - 1}")
    return found


def _batches(items: Iterator[Item], size: int, max_bytes: int) -> Iterator[list[Item]]:
    """Batches of at most ``size`` items and about ``max_bytes`` of raw input, so a run of
    large documents does not pile up in memory."""
    batch: list[Item] = []
    weight = 0
    for item in items:
        batch.append(item)
        weight += len(item.content) if isinstance(item, Document) else 0
        if len(batch) >= size or weight >= max_bytes:
            yield batch
            batch, weight = [], 0
    if batch:
        yield batch


def _transactions(
    articles: list[tuple[Article, bytes, tuple[int, ...], str]], copies: list[Copy],
    max_bytes: int,
) -> Iterator[tuple[list[tuple[Article, bytes, tuple[int, ...], str]], list[Copy]]]:
    """Split a batch's writes into transactions of about ``max_bytes`` of text, each whole on
    its own: a new article goes with its bands and every copy of it, so a crash between two
    transactions leaves no article without its copies. Copies of articles stored before (and
    the batch's rejections and inputs, added by the caller) go with the last."""
    by_target: dict[str, list[Copy]] = {}
    for copy in copies:
        by_target.setdefault(copy.article_id, []).append(copy)
    chunk: list[tuple[Article, bytes, tuple[int, ...], str]] = []
    chunk_copies: list[Copy] = []
    weight = 0
    for item in articles:
        chunk.append(item)
        chunk_copies.extend(by_target.pop(item[0].id, []))
        weight += len(item[0].text)
        if weight >= max_bytes:
            yield chunk, chunk_copies
            chunk, chunk_copies, weight = [], [], 0
    yield chunk, chunk_copies + [c for rest in by_target.values() for c in rest]


class Ingester:
    """Runs ingest into a store: the costly objects are built once and reused across calls."""

    def __init__(self, options: Options | None = None) -> None:
        self.options = options or load_options()
        self.cleaner = Cleaner(self.options)
        self.hasher = MinHasher(
            self.options.minhash_permutations, self.options.lsh_bands,
            self.options.shingle_words, self.options.seed,
        )

    def run(self, inputs: Iterable[str | PathLike[str]], store: Store, *,
            command: str = "ingest", progress: Progress | None = None,
            collect_digests: bool = False) -> IngestSummary:
        """Read ``inputs`` into ``store``; with ``collect_digests`` the summary lists the raw
        digest of every document read (``eventcoder code`` writes their events)."""
        started = time.perf_counter()
        reader = Reader(self.options)
        run_options = asdict(self.options)
        summary = IngestSummary(run_id=store.begin_run(command, run_options, __version__))
        if collect_digests:
            summary.raw_digests = []
        status = "failed"
        try:
            for batch in _batches(reader.read(inputs), self.options.batch_size,
                                  self.options.batch_bytes):
                self._process(batch, store, summary, reader.take_inputs())
                summary.seconds = time.perf_counter() - started
                if progress:
                    progress(summary)
            status = "complete"
        except KeyboardInterrupt:
            status = "interrupted"
            raise
        finally:
            rest = reader.take_inputs()
            summary.inputs += len(rest)
            summary.seconds = time.perf_counter() - started
            store.finish_run(
                summary.run_id, status,
                {k: v for k, v in summary.as_dict().items() if k != "run_id"},
                [asdict(i) for i in rest],
            )
        return summary

    def _process(self, batch: list[Item], store: Store, summary: IngestSummary,
                 inputs: list[InputFile]) -> None:
        documents = [item for item in batch if isinstance(item, Document)]
        rejections = [item for item in batch if isinstance(item, Rejection)]
        summary.documents += len(documents)
        if summary.raw_digests is not None:
            summary.raw_digests.extend(d.raw_digest for d in documents)
        known = store.known_digests([d.raw_digest for d in documents])
        # stored before with no date: --date given now dates them (cleaned again for the
        # date their own text gives with it, as a first run would)
        undated = store.undated_digests(sorted(known)) \
            if self.cleaner.default_date is not None and known else set()

        pending: list[Article] = []
        seen: set[str] = set()
        dated: list[tuple[str, str]] = []
        for doc in documents:
            if doc.raw_digest in known or doc.raw_digest in seen:
                summary.unchanged += 1
                if doc.raw_digest in undated:
                    undated.discard(doc.raw_digest)
                    again = self.cleaner.clean(doc)
                    if not isinstance(again, Rejection) and again.published is not None:
                        dated.append((doc.raw_digest, str(again.published)))
                continue
            seen.add(doc.raw_digest)
            result = self.cleaner.clean(doc)
            if isinstance(result, Rejection):
                rejections.append(result)
            else:
                pending.append(result)

        new_articles, copies, conflicts = self._deduplicate(pending, store)
        rejections.extend(conflicts)
        if dated:
            summary.redated += len(store.date_undated(dated))
        stored = store.known_rejections(rejections)
        if stored:
            known_rejections = sum(rejection_key(r) in stored for r in rejections)
            summary.unchanged += known_rejections
            summary.unchanged_rejections += known_rejections
            rejections = [r for r in rejections if rejection_key(r) not in stored]
        for copy in copies:
            if copy.relation == "exact":
                summary.exact_copies += 1
            elif copy.relation == "near":
                summary.near_copies += 1
        summary.articles += len(new_articles)
        summary.rejected.update(str(r.reason) for r in rejections)
        summary.inputs += len(inputs)
        chunks = list(_transactions(new_articles, copies, self.options.transaction_bytes))
        for number, (articles, chunk_copies) in enumerate(chunks, 1):
            last = number == len(chunks)
            store.write_batch(summary.run_id, articles, chunk_copies,
                              rejections if last else [],
                              [asdict(i) for i in inputs] if last else [])

    def _deduplicate(
        self, pending: list[Article], store: Store,
    ) -> tuple[list[tuple[Article, bytes, tuple[int, ...], str]], list[Copy], list[Rejection]]:
        stored_exact = store.exact_matches([a.text_digest for a in pending])
        owners = store.id_owners([a.id for a in pending])
        signatures: dict[int, Signature] = {
            i: self.hasher.signature(a.text)
            for i, a in enumerate(pending) if a.text_digest not in stored_exact
        }
        candidates = store.band_candidates(
            [bucket for sig in signatures.values() for bucket in sig.bands]
        )
        batch_exact: dict[str, str] = {}
        batch_bands: dict[int, list[tuple[str, bytes]]] = {}
        new: list[tuple[Article, bytes, tuple[int, ...], str]] = []
        copies: list[Copy] = []
        conflicts: list[Rejection] = []
        threshold = self.options.near_duplicate_threshold

        for i, art in enumerate(pending):
            relation, target, similarity = "canonical", art.id, 1.0
            exact = stored_exact.get(art.text_digest) or batch_exact.get(art.text_digest)
            if exact is not None:
                relation, target = "exact", exact
            else:
                sig = signatures[i]
                best: tuple[float, str] | None = None
                for bucket in sig.bands:
                    for other_id, other in candidates.get(bucket, []) + batch_bands.get(bucket, []):
                        sim = sig.similarity(Signature(other, ()))
                        if best is None or sim > best[0]:
                            best = (sim, other_id)
                if best is not None and best[0] >= threshold:
                    relation, target, similarity = "near", best[1], round(best[0], 4)

            owner = owners.get(art.id)
            if owner is not None and (relation == "canonical" or owner != target):
                conflicts.append(Rejection(
                    art.locator, Reason.ID_CONFLICT,
                    f"id {art.id!r} already belongs to article {owner!r} with different text",
                    raw_digest=art.raw_digest,
                ))
                continue
            owners[art.id] = target
            if relation == "canonical":
                sig = signatures[i]
                batch_exact[art.text_digest] = art.id
                for bucket in sig.bands:
                    batch_bands.setdefault(bucket, []).append((art.id, sig.values))
                new.append((art, sig.values, sig.bands, json.dumps(art.dropped)))
            copies.append(Copy(
                doc_id=art.id, article_id=target, raw_digest=art.raw_digest, locator=art.locator,
                outlet=art.outlet, url=art.url, title=art.title, published=art.published,
                similarity=similarity, relation=relation,
            ))
        return new, copies, conflicts


def ingest(inputs: Iterable[str | PathLike[str]], db: str | Path = "eventcoder.duckdb", *,
           options: Options | None = None, progress: Progress | None = None) -> IngestSummary:
    """Ingest files, directories or ``-`` into the store at ``db``.

    >>> summary = ingest(["sample/"], db="sample.duckdb")  # doctest: +SKIP
    >>> summary.articles, dict(summary.rejected)  # doctest: +SKIP
    """
    ingester = Ingester(options)
    with Store(db, memory_limit=ingester.options.store_memory_limit,
               threads=ingester.options.store_threads) as store:
        return ingester.run(inputs, store, progress=progress)
