"""The coding pipeline: parse, resolve actors, code events, stored per article.

>>> coder = CodingPipeline(load_options())  # doctest: +SKIP
>>> [e.cameo for e in coder.code_text("Kenyan police arrested 40 protesters.")]  # +SKIP
['173']
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__
from .actors import ActorResolver
from .config import Options
from .events import Event, EventCoder
from .resources import load_actor_resources
from .triggers import load_triggers
from .verbs import load_verb_patterns

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .store import Store

__all__ = ["CodedArticle", "CodingPipeline"]


@dataclass(slots=True)
class CodedArticle:
    """Everything the pipeline found in one article."""

    doc_id: str
    events: list[Event]
    mentions: list[Any]
    quotes: list[Any] = field(default_factory=list)
    places: list[Any] = field(default_factory=list)

    def quote_records(self) -> list[dict[str, Any]]:
        """The quotes as JSONL records, each with the ids of the events coded inside it."""
        records = []
        for quote in self.quotes:
            record = quote.as_dict(self.doc_id)
            record["event_ids"] = [e.event_id for e in self.events
                                   if e.quote_id == record["quote_id"]]
            records.append(record)
        return records


class CodingPipeline:
    """The spaCy pipeline, actor resolver and event coder, loaded once per process."""

    def __init__(self, options: Options, *, actors: Sequence[str | Path] = (),
                 triggers: Sequence[str | Path] = ()) -> None:
        from .cameo import load_cameo
        from .nlp import load_pipeline

        self.options = options
        self.actor_resources = load_actor_resources(actors)
        self.resolver = ActorResolver(self.actor_resources)
        self.triggers = load_triggers(triggers)
        self.verbs = load_verb_patterns() if options.petrarch_verbs else None
        self.cameo = load_cameo()
        self.nlp = load_pipeline(options.spacy_model)
        parts = [__version__, options.spacy_model, self.actor_resources.digest,
                 self.triggers.digest, self.verbs.digest if self.verbs else "-",
                 self.cameo.digest]
        self.digest = hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]
        self.coder = EventCoder(self.triggers, self.verbs, self.cameo, digest=self.digest)
        self._extras = _Extras.load(self.resolver)

    # ------------------------------------------------------------------ one text
    def code_text(self, text: str, *, title: str | None = None, published: date | None = None,
                  doc_id: str = "text", dateline: str | None = None) -> CodedArticle:
        docs = self.nlp.pipe([text] + ([title] if title else []))
        body = next(docs)
        head = next(docs) if title else None
        return self._code(doc_id, body, head, published, dateline)

    def code_many(self, items: Sequence[tuple[str, str, date | None]]) -> list[CodedArticle]:
        """Code many (doc_id, text, published) texts, parsed in batches."""
        docs = self.nlp.pipe([text for _, text, _ in items],
                             batch_size=self.options.parse_batch_size)
        return [self._code(doc_id, doc, None, day, None)
                for (doc_id, _, day), doc in zip(items, docs, strict=True)]

    def _code(self, doc_id: str, body: Doc, head: Doc | None, published: date | None,
              dateline: str | None) -> CodedArticle:
        mentions = self.resolver.resolve(body, published)
        quotes = self._extras.quotes(body, mentions, doc_id)
        events = self.coder.code(body, mentions, doc_id=doc_id, published=published,
                                 quotes=quotes)
        if head is not None:
            head_mentions = self.resolver.resolve(head, published)
            events = self.coder.code(head, head_mentions, doc_id=doc_id, published=published,
                                     part="headline") + events
        places = self._extras.places(body, mentions, events, dateline)
        return CodedArticle(doc_id, events, mentions, quotes, places)

    # ------------------------------------------------------------------ the store
    def code_articles(self, store: Store, *, batch_size: int = 32,
                      progress: Callable[[int, int], None] | None = None) -> tuple[int, int]:
        """Code every stored article not yet coded with these resources; returns (articles,
        events)."""
        articles = events = 0
        while True:
            pending = store.articles_without_events(self.digest, limit=batch_size)
            if not pending:
                return articles, events
            results = list(self._code_batch(pending))
            store.write_coded([(r.doc_id, r.mentions, r.quote_records(),
                                [e.as_dict() for e in r.events]) for r in results],
                              self.actor_resources.digest, self.digest)
            articles += len(results)
            events += sum(len(r.events) for r in results)
            if progress:
                progress(articles, events)

    def _code_batch(self, pending: list[dict[str, Any]]) -> Iterator[CodedArticle]:
        texts = [a["text"] or "" for a in pending]
        titles = [a["title"] or "" for a in pending]
        size = self.options.parse_batch_size
        bodies = self.nlp.pipe(texts, batch_size=size)
        heads = self.nlp.pipe(titles, batch_size=size)
        for article, body, head in zip(pending, bodies, heads, strict=True):
            yield self._code(article["id"], body, head if article["title"] else None,
                             _day(article["published"]), article.get("dateline"))


class _Extras:
    """The quote and place stages, when their modules are present in this build."""

    def __init__(self, quote_extractor: Any, place_resolver: Any) -> None:
        self._quotes = quote_extractor
        self._places = place_resolver

    @classmethod
    def load(cls, resolver: ActorResolver) -> _Extras:
        try:
            from .quotes import QuoteExtractor
            quotes: Any = QuoteExtractor()
        except ImportError:  # pragma: no cover - a build without the quote stage
            quotes = None
        try:
            from .places import PlaceResolver
            places: Any = PlaceResolver()
        except ImportError:  # pragma: no cover
            places = None
        return cls(quotes, places)

    @property
    def has_quotes(self) -> bool:
        return self._quotes is not None

    def quotes(self, doc: Doc, mentions: list[Any], doc_id: str) -> list[Any]:
        if self._quotes is None:
            return []
        return list(self._quotes.extract(doc, mentions))

    def places(self, doc: Doc, mentions: list[Any], events: list[Event],
               dateline: str | None) -> list[Any]:
        if self._places is None:
            return []
        from .places import event_location

        countries = sorted({m.country for m in mentions if m.country})
        places = list(self._places.resolve(doc, countries=countries, dateline=dateline))
        dateline_place = self._places.resolve_dateline(doc, dateline, places, countries) \
            if dateline else None
        for event in events:
            if event.part != "body":
                continue
            index = _token_at(doc, event.trigger[1])
            if index is None:
                continue
            place, basis = event_location(doc, index, places, dateline_place)
            event.location = place.location(basis) if place is not None else None
        return places


def _token_at(doc: Doc, offset: int) -> int | None:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span.start if span is not None else None


def _day(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None
