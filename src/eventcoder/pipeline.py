"""The coding pipeline: parse, resolve actors, code events, stored per article.

>>> coder = CodingPipeline(load_options())  # doctest: +SKIP
>>> [e.cameo for e in coder.code_text("Kenyan police arrested 40 protesters.")]  # +SKIP
['173']
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__
from .actors import ORG_PREFIXES, STATE_SECTORS, ActorResolver, headline_people
from .config import Options
from .dates import lead_dateline, lead_place, published_day
from .events import (
    SPORTS_STORY,
    Event,
    EventCoder,
    intends,
    nested_codes,
    parties_agree,
    reidentify,
)
from .nlp import forget_tokens, text_of
from .records import Reason, Rejection
from .resources import load_actor_resources
from .triggers import load_triggers
from .verbs import load_verb_patterns

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .store import Store

__all__ = ["CodedArticle", "CodingPipeline", "headline_text", "lead_place", "mask_lead"]


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
        from .nlp import (
            load_pipeline,
            repair_entities,
            repair_openings,
            repair_stand_ins,
            repair_verbs_read_as_modifiers,
            reparse_headline,
        )

        self.options = options
        self.actor_resources = load_actor_resources(actors)
        self._extras = _Extras()
        self.resolver = ActorResolver(self.actor_resources,
                                      place_country=self._extras.place_country)
        self.triggers = load_triggers(triggers)
        self.verbs = load_verb_patterns() if options.petrarch_verbs else None
        self.cameo = load_cameo()
        self.nlp = load_pipeline(options.spacy_model)
        parts = [__version__, options.spacy_model, self.actor_resources.digest,
                 self.triggers.digest, self.verbs.digest if self.verbs else "-",
                 self.cameo.digest]
        self.digest = hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]
        self.coder = EventCoder(self.triggers, self.verbs, self.cameo, digest=self.digest)
        verbs, lemmas = self.triggers.verbs, self.triggers.lemmas
        self._headline = lambda doc: reparse_headline(self.nlp, doc, verbs, lemmas)
        self._repair = lambda doc: repair_entities(repair_verbs_read_as_modifiers(
            repair_stand_ins(self.nlp, repair_openings(self.nlp, doc))))

    # ------------------------------------------------------------------ one text
    def code_text(self, text: str, *, title: str | None = None, published: date | None = None,
                  doc_id: str = "text", dateline: str | None = None) -> CodedArticle:
        title = headline_text(title) if title else title
        docs = self.nlp.pipe([mask_lead(text, title)] + ([title] if title else []))
        body = next(docs)
        head = next(docs) if title else None
        return self._code(doc_id, body, head, published, dateline or lead_place(text),
                          commentary(title))

    def code_many(self, items: Sequence[tuple[str, str, date | None]]) -> list[CodedArticle]:
        """Code many (doc_id, text, published) texts, parsed in batches."""
        docs = self.nlp.pipe([text for _, text, _ in items],
                             batch_size=self.options.parse_batch_size)
        return [self._code(doc_id, doc, None, day, None)
                for (doc_id, _, day), doc in zip(items, docs, strict=True)]

    def _code(self, doc_id: str, body: Doc, head: Doc | None, published: date | None,
              dateline: str | None, comment: bool = False) -> CodedArticle:
        body = self._repair(body)
        # Where the story is filed and what its headline names give the article a home
        # country for the bare agents ("police", "the army") no sentence places.
        filed = self._extras.filed(dateline)
        if head is not None:
            head = self._repair(self._headline(head))
            head_mentions = self.resolver.resolve(head, published, filed=filed)
            label = _label_country(head, head_mentions)
            if label is not None and filed is None:
                # "Syria: Rebels seize Aleppo": the label's country sets the scene, as a
                # dateline does
                head_mentions = self.resolver.resolve(head, published, filed=label)
        named = [m.country for m in head_mentions if m.country] if head is not None else []
        mentions = self.resolver.resolve(body, published, filed=filed,
                                         headline_countries=named)
        if head is not None and filed is not None and filed not in {
                m.country for m in (*mentions, *head_mentions) if m.basis != "context"} and \
                (home := self.resolver.home(mentions, None, named)) is not None:
            # "NAIROBI - Ethiopia accused Eritrea ...": a story filed from a hub about other
            # countries, which it never names, lends the hub's country to no bare agent of
            # its headline ("Ethiopia and Eritrea trade accusations as troops mass near
            # border"); the one country the story names most does
            head_mentions = self.resolver.resolve(head, published, filed=home)
        if head is not None:
            head_mentions = headline_people(head, head_mentions, mentions)
        quotes = self._extras.quotes(body, mentions, doc_id)
        places, dateline_place = self._extras.places(body, mentions, dateline)
        events = self.coder.code(body, mentions, doc_id=doc_id, published=published,
                                 quotes=quotes, places=places)
        self._extras.locate(body, events, places, dateline_place)
        if head is not None and _GENRE.match(head.text):
            head = None  # "Explainer: Why Russia invaded Ukraine": background, not news
        if comment or commentary(None, text=text_of(body)):
            # an opinion or analysis piece: only its news hook, an act it dates to the last
            # week, is news ("Niger's junta on Thursday expelled ..."); the rest is argument
            # and history
            events = [e for e in events if _recent(e, published)]
        if head is not None:
            head.user_data[SPORTS_STORY] = body.user_data.get(SPORTS_STORY, False)
            head_places, _ = self._extras.places(head, head_mentions, None)
            head_events = self.coder.code(head, head_mentions, doc_id=doc_id,
                                          published=published, part="headline",
                                          places=head_places)
            kicker = _label(head)
            if kicker is not None:
                # ("Sudan fighting: RSF shells Omdurman market": the label names the story;
                # the clause after it is the event)
                head_events = [e for e in head_events if e.trigger[1] >= kicker.end_char]
            # The headline restates the lead: keep only what the body does not code (and
            # give the lead the party it names that the lead left untold: "Court frees
            # opposition leader Omar Ayub on bail" beside "... ordered his release")
            told = [_gist(e) for e in events]
            kept = []
            for event in head_events:
                gist = _gist(event)
                same = [e for e, t in zip(events, told, strict=True) if _same(gist, t)]
                if not same:
                    kept.append(event)
                elif same[0].target is None and event.target is not None and \
                        same[0].cameo == event.cameo:
                    same[0].target = event.target
                    reidentify(same[0])
            events = kept + events
        mark_repeats(events)
        for doc in (body, head):
            if doc is not None:
                forget_tokens(doc)
        return CodedArticle(doc_id, events, mentions, quotes, places)

    # ------------------------------------------------------------------ the store
    def code_articles(self, store: Store, *, batch_size: int = 32,
                      progress: Callable[[int, int], None] | None = None,
                      failures: list[Rejection] | None = None,
                      run_id: str | None = None) -> tuple[int, int]:
        """Code every stored article not yet coded with these resources; returns (articles,
        events).

        An article that cannot be coded (the parser or a stage raises on it) does not stop the
        run: it is stored as a ``coding_failed`` rejection with the error, marked done for
        these resources so no later run takes it again, appended to ``failures`` when given,
        and the rest goes on. It counts among neither the articles nor the events returned."""
        articles = events = 0
        while True:
            pending = store.articles_without_events(self.digest, limit=batch_size)
            if not pending:
                return articles, events
            results = list(self._code_batch(pending))
            coded = [r for r in results if isinstance(r, CodedArticle)]
            failed = [r for r in results if isinstance(r, Rejection)]
            failed_ids = [a["id"] for a, r in zip(pending, results, strict=True)
                          if isinstance(r, Rejection)]
            store.write_coded([(r.doc_id, r.mentions, r.quote_records(),
                                [e.as_dict() for e in r.events]) for r in coded]
                              + [(i, [], [], []) for i in failed_ids],
                              self.actor_resources.digest, self.digest,
                              failures=failed, run_id=run_id)
            if failures is not None:
                failures.extend(failed)
            articles += len(coded)
            events += sum(len(r.events) for r in coded)
            if progress:
                progress(articles, events)

    def _code_batch(self, pending: list[dict[str, Any]]) -> Iterator[CodedArticle | Rejection]:
        """Each article coded, or its ``coding_failed`` rejection, in the order given."""
        titles = [headline_text(a["title"] or "") for a in pending]
        texts = [mask_lead(a["text"] or "", title) for a, title in zip(pending, titles,
                                                                      strict=True)]
        size = self.options.parse_batch_size
        bodies = self._parse(texts, size)
        heads = self._parse(titles, size)
        for article, body, head in zip(pending, bodies, heads, strict=True):
            try:
                if isinstance(body, BaseException):
                    raise body
                if isinstance(head, BaseException):
                    raise head
                yield self._code(article["id"], body, head if article["title"] else None,
                                 published_day(article["published"]),
                                 article.get("dateline") or lead_place(article["text"] or ""),
                                 commentary(article["title"], article.get("url"),
                                            article.get("labels") or ()))
            except Exception as exc:  # one article's failure must not stop the run
                yield Rejection(
                    article.get("locator") or article["id"], Reason.CODING_FAILED,
                    f"article {article['id']} could not be coded: {type(exc).__name__}: "
                    f"{' '.join(str(exc).split())[:500]}",
                    raw_digest=article.get("raw_digest"))

    def _parse(self, texts: list[str], size: int) -> Iterator[Doc | Exception]:
        """The parse of each text, in batches; a text the parser raises on (one longer than
        ``nlp.max_length``) gives its exception, and the texts after it are parsed one by one
        since a failed ``nlp.pipe`` cannot go on."""
        done = 0
        try:
            for doc in self.nlp.pipe(texts, batch_size=size):
                done += 1
                yield doc
            return
        except Exception:  # the failing text is among the next few: find it alone
            pass
        for text in texts[done:]:
            try:
                yield self.nlp(text)
            except Exception as exc:
                yield exc


class _Extras:
    """The quote and place stages, run around the event coder."""

    def __init__(self) -> None:
        from .places import PlaceResolver
        from .quotes import QuoteExtractor

        self._quotes = QuoteExtractor()
        self._places = PlaceResolver()

    def place_country(self, name: str, towns: bool = False, hamlets: bool = False
                      ) -> str | None:
        """The country of a place name the gazetteer knows (for the actor stage; see
        ``PlaceResolver.country_of``)."""
        return self._places.country_of(name, towns=towns, hamlets=hamlets)

    def filed(self, dateline: str | None) -> str | None:
        """The country a dateline names (ISO alpha-3), or None; none for the seats of
        international bodies, whose stories are mostly about other countries."""
        if dateline and dateline.split(",")[0].strip().lower() in _INTERNATIONAL_SEATS:
            return None
        if dateline and "/" in dateline.split(",")[0]:
            # "NEW DELHI/ISLAMABAD": filed from one country only if both cities are in it
            found = {self._places.dateline_country(city.strip())
                     for city in dateline.split(",")[0].split("/")}
            return found.pop() if len(found) == 1 else None
        return self._places.dateline_country(dateline)

    def quotes(self, doc: Doc, mentions: list[Any], doc_id: str) -> list[Any]:
        return list(self._quotes.extract(doc, mentions))

    def places(self, doc: Doc, mentions: list[Any], dateline: str | None
               ) -> tuple[list[Any], Any]:
        """The place mentions of ``doc`` and the dateline's place (or None)."""
        countries = sorted({m.country for m in mentions if m.country})
        places = list(self._places.resolve(doc, countries=countries, dateline=dateline))
        dateline_place = self._places.resolve_dateline(doc, dateline, places, countries) \
            if dateline else None
        return places, dateline_place

    def locate(self, doc: Doc, events: list[Event], places: list[Any],
               dateline_place: Any) -> None:
        """Set each body event's location: its clause's place, its sentence's, the dateline."""
        from .places import event_location

        for event in events:
            if event.part != "body":
                continue
            index = _token_at(doc, event.trigger[1])
            if index is None:
                continue
            place, basis = event_location(doc, index, places, dateline_place)
            event.location = place.location(basis) if place is not None else None


# Datelines of cities that seat international bodies: where a story is filed, not its subject.
_INTERNATIONAL_SEATS = frozenset({"geneva", "brussels", "the hague", "new york", "united nations",
                                  "vienna", "strasbourg", "luxembourg",
                                  # the wires' desks for Iran, Yemen and the Gulf
                                  "dubai", "abu dhabi"})


# Genres of pieces that argue or explain; what they tell is background, not news, but for an
# act they date to the last week (their news hook).
_COMMENT_GENRES = re.compile(r"\b(?:opinion|op-?ed|comment|commentary|editorial|column|"
                             r"columnist|analysis|explainer|explained|factbox|q&a|timeline|"
                             r"obituary|obituaries|review|perspective|viewpoint|profile|"
                             r"what we know)s?\b", re.IGNORECASE)
_COMMENT_PATHS = re.compile(r"/(?:opinions?|op-?eds?|comment(?:isfree)?|commentary|editorials?|"
                            r"columns?|analysis|explainers?|perspectives?|blogs?|books|"
                            r"reviews?|obituar(?:y|ies)|profiles?|explained)/", re.IGNORECASE)
# The separators of a section label's breadcrumb: "Europe | Analysis", "World › Opinion".
_CRUMBS = re.compile(r"\s*[|/›»>]\s*")
# The news hook of a column: what was done "this week".
_THIS_WEEK = re.compile(r"\b(?:(?:earlier|late|later) )?this (?:week|weekend)\b", re.IGNORECASE)
_DISCLAIMER = re.compile(r"views expressed (?:in this (?:article|piece|column) )?are (?:those of "
                         r"the (?:author|writer)s?|the (?:author|writer)'s own|(?:my|his|her|"
                         r"their) own)|this is an opinion (?:piece|column)", re.IGNORECASE)


def commentary(title: str | None, url: str | None = None, labels: Sequence[str] = (),
               text: str = "") -> bool:
    """Whether an article argues or explains rather than reports: an opinion, analysis or
    explainer label on its headline or section, its web address's section, or a "views
    expressed are the author's own" line."""
    if title and _GENRE.match(title) and _COMMENT_GENRES.match(title.strip()):
        return True
    return bool(url and _COMMENT_PATHS.search(url)) or any(
        _COMMENT_GENRES.fullmatch(part.strip(" :|-")) for label in labels
        for part in _CRUMBS.split(label)) or bool(
        _DISCLAIMER.search(text))


# Headline labels of pieces that explain or argue rather than report.
_GENRE = re.compile(r"\s*(?:explainer|explained|analysis|factbox|fact box|fact check|opinion|"
                    r"comment|editorial|timeline|q&a|obituary|review|profile|in pictures|"
                    r"in depth|what we know|insight|focus|breakingviews|column|feature|"
                    r"special report|graphic|poll|view)\s*[:|\-–—]", re.IGNORECASE)


# A site's name after a headline ("... - CNN", "... | Reuters", "... – The Guardian") and a
# wire desk's tag before it ("UPDATE 2-", "REFILE-").
_SITE_SUFFIX = re.compile(
    r"\s+[-–—|]\s+(?:[\w-]+(?:\.[a-z]{2,6}){1,2}|"
    r"(?:[A-Z0-9][\w.&'’]*)(?:\s+(?:[A-Z0-9][\w.&'’]*|of|the|and|de|la|le|du|des|on|&)){0,5})"
    r"\s*$")
_DESK_TAG = re.compile(
    r"^(?:(?:UPDATE\s*\d*|REFILE|CORRECTED|RPT|CORRECTED-UPDATE\s*\d*)-(?=\S)"
    # Yonhap's and other desks' tags in brackets: "(LEAD)", "(URGENT)", "(2nd LD)"
    r"|\((?i:LEAD|URGENT|\d+(?:st|nd|rd|th)\s+LD|News\s+Focus|Yonhap\s+Interview|"
    r"WRAPUP\s*\d*|UPDATE\s*\d*|EXCLUSIVE|BREAKING|FLASH)[^)]{0,20}\)\s*)")
# "N. Korea fires ballistic missile into East Sea: JCS", "... on Kyiv: officials": a short
# attribution after a colon closing a headline, cut as a site name is
_ATTRIBUTIONS = frozenset({"officials", "official", "source", "sources", "report", "reports",
                           "police", "military", "army", "ministry", "media", "state", "local",
                           "government", "spokesman", "spokeswoman", "spokesperson", "agency",
                           "witnesses", "residents", "medics", "activists", "monitor", "says",
                           "said", "the"})
_TRAILING_SOURCE = re.compile(r":\s*(?P<source>[^:\"“”‘’']{1,40})\s*$")


def headline_text(title: str) -> str:
    """A headline as it is coded: a trailing site name cut ("Hamas releases three hostages -
    CNN"), a leading desk tag blanked ("UPDATE 2-Russia expels ..."), offsets otherwise
    unchanged. A segment with a lower-case content word is part of the headline."""
    for _ in range(2):
        m = _SITE_SUFFIX.search(title)
        if m is None or len(title[:m.start()].split()) < 3:
            break
        title = title[:m.start()]
    for _ in range(2):
        tag = _DESK_TAG.match(title.lstrip())
        if tag is None:
            break
        end = len(title) - len(title.lstrip()) + tag.end()
        title = " " * end + title[end:]
    said = _TRAILING_SOURCE.search(title)
    words = said.group("source").split() if said is not None else []
    if said is not None and len(words) <= 4 and len(title[:said.start()].split()) >= 4 and \
            all(w[:1].isupper() or w.lower() in _ATTRIBUTIONS for w in words):
        # (a name or who told it: ": JCS", ": Arakan Army", ": officials"; not the news after
        # a label: "What we know so far: Russia attacks Kyiv")
        title = title[:said.start()]
    return title


def _recent(event: Event, published: date | None) -> bool:
    """Whether an event is told with a day of its own in the week before publication, or as
    done "this week" (a column's news hook: "The administration this week imposed ...")."""
    if event.date_basis == "publication" and _THIS_WEEK.search(event.sentence):
        return True
    if event.date_basis not in ("explicit", "weekday", "relative") or not event.date or \
            published is None:
        return False
    return 0 <= (published - date.fromisoformat(event.date)).days <= 7


def _label(head: Doc) -> Span | None:
    """A headline's label before its colon ("Syria:", "Kenya protests:"), when it is a
    sentence of its own."""
    first = next(head.sents)
    return first if first.end < len(head) and first.text.rstrip().endswith(":") else None


def _label_country(head: Doc, mentions: list[Any]) -> str | None:
    """The country a headline's label names alone, as a dateline does."""
    first = _label(head)
    if first is None:
        return None
    named = {m.country for m in mentions if m.start < first.end_char and m.country and
             m.basis in ("country", "location", "capital")}
    return next(iter(named)) if len(named) == 1 else None


def mask_lead(text: str, title: str | None = None) -> str:
    """The text with its dateline and a repeated headline blanked out, offsets unchanged:
    "KORSA, March 6 — Thousands marched" is parsed as "Thousands marched". A headline repeated
    as a line of its own near the top is blanked with the short label lines above it
    ("Politics", then the headline, then the story)."""
    chars = list(text)
    head = title.strip() if title else ""
    at = text.find(head, 0, 600) if head else -1
    if at >= 0 and (at == 0 or text[at - 1] == "\n") and \
            text[at + len(head):at + len(head) + 1] in ("\n", "") and all(
                len(line.split()) <= 4 and not line.rstrip().endswith((".", "!", "?", ":"))
                for line in text[:at].split("\n") if line.strip()):
        for i in range(at + len(head)):
            if chars[i] != "\n":
                chars[i] = " "
    match = lead_dateline(text)
    if match is not None:
        for i in range(match.start(), match.end()):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def mark_repeats(events: Sequence[Event]) -> None:
    """Point each event that restates an earlier one of the same article at it (``repeat_of``).
    A story tells its main event in the lead and again further down; a human coder records it
    once, and ``eventcoder events --unique`` shows it once. A restatement has the same CAMEO
    code (or, for violence, the same root), negation and day (or no date words of its own),
    and parties that agree: the same codes, one the other's country ("Caracas" and "Venezuela's
    government"), or one side left untold ("Odinga was detained" after "police arrested
    Odinga"), and no two different towns or regions each named in its own clause (which
    ``--unique``, counting one event per day, parties and code, still merges). A restatement
    with no date words of its own ("The deal, signed in Dunmar by
    ...") takes the day the story first told it ("signed an agreement on Wednesday"), basis
    "context", rather than the publication date."""
    told: list[Event] = []
    for event in events:
        first = next((t for t in told if _restates(event, t)), None)
        if first is not None and event.date_basis in ("publication", "none") and \
                first.date_basis not in ("publication", "none"):
            event.date, event.date_basis = first.date, "context"
        if first is not None and event.date == first.date:
            event.repeat_of = first.repeat_of or first.event_id
        else:
            event.repeat_of = None
        told.append(event)


def _restates(event: Event, first: Event) -> bool:
    """Whether ``event`` tells ``first`` again (see :func:`mark_repeats`)."""
    same_code = event.cameo == first.cameo
    if event.negated != first.negated or not (same_code or _one_violence(event.cameo,
                                                                         first.cameo)):
        return False
    undated = event.date_basis in ("publication", "none")
    if (event.date != first.date and not undated) or _elsewhere(event, first):
        return False
    sides = [(_code_of(a), _code_of(b)) for a, b in ((event.source, first.source),
                                                      (event.target, first.target))]

    def agree(a: str | None, b: str | None) -> bool:
        # (and two bodies of one state: "police arrested Odinga", then "Odinga was detained",
        # told as the state's)
        return a is not None and b is not None and (nested_codes(a, b) or (
            a[:3] == b[:3] and a[3:6] in STATE_SECTORS and b[3:6] in STATE_SECTORS))
    if undated and not (same_code and any(a is not None and a == b for a, b in sides)):
        # a telling with no day of its own restates only the same act of the same party
        # ("Odinga was detained" after "police arrested Odinga"), not any later violence of
        # its country ("12 civilians were killed by Pakistani shelling" after "Pakistan shot
        # down five Indian jets")
        return False
    # each side the same, one the other's country, or untold in one telling; and at least one
    # side told in both
    return all(a is None or b is None or agree(a, b) for a, b in sides) and \
        any(agree(a, b) for a, b in sides)


def _elsewhere(event: Event, first: Event) -> bool:
    """Whether two tellings name, each in its own clause, two different places of one rank:
    "strikes killed 12 people in Khan Younis" and "strikes killed five people in Jabalia" the
    same day are two attacks. A place one telling leaves out, or one that contains the other
    (a town and its province), says nothing."""
    a, b = event.location, first.location
    return a is not None and b is not None and a["basis"] == b["basis"] == "clause" and \
        a["precision"] == b["precision"] and a["id"] != b["id"]


def _one_violence(a: str, b: str) -> bool:
    """Whether two codes of force may tell one act: the same root, one of them its general
    code ("shelled the city", 194, and "attacked the city", 190); a blockade or an occupation
    (191, 192) is no attack's retelling."""
    if a[:2] not in ("18", "19", "20") or a[:2] != b[:2] or {a[:3], b[:3]} & {"191", "192"}:
        return False
    return a[:3] == b[:3] or bool({a[:3], b[:3]} & {"180", "190", "200"})


def _code_of(party: Any) -> str | None:
    return (party.code or party.text.lower()) if party is not None else None


_Gist = tuple[str | None, str | None, str, str]


def _gist(event: Event) -> _Gist:
    """(source code, target code, CAMEO root (042, 043 whole; 16x and 17x by their three
    digits), CAMEO code) of an event."""
    def side(party: Any) -> str | None:
        return (party.code or party.country) if party is not None else None
    # (a visit or a hosting is its own event beside the meeting held during it: 042, 043; an
    # arrest beside tear gas, an expulsion beside sanctions: 173 and 175, 161 and 163)
    kind = event.cameo[:3] if event.cameo[:3] in _WHOLE_CODES or \
        event.cameo[:2] in _SPLIT_ROOTS else event.cameo[:2]
    return side(event.source), side(event.target), kind, event.cameo


_VISITS = frozenset({"042", "043"})
# Roots whose three-digit acts are each their own: reducing relations (161 expel, 163
# sanctions), coercion (173 arrest, 175 repression, 1711 seizure).
_SPLIT_ROOTS = frozenset({"16", "17"})
# Body acts that never tell a headline's act again: a decline to comment, a denial, a claim,
# a symbolic act (a funeral attended), a condolence ("The military declined to comment"
# beside "Israel strikes Beirut suburb").
_NO_RETELLING = frozenset({"011", "015", "016", "017", "018"})
# Roots of force, which tell one another's acts ("fires missile", "fired a missile": 150, 194;
# "police kill 30" and "police fired on protesters": 190 and 175, repression counted as force).
_FORCE_ROOTS = frozenset({"15", "18", "19", "20"})
# Meetings, held or to be held, the same whichever side is told first.
_MEETINGS = frozenset({"04", "036"})
# Codes a gist keeps whole rather than by root (visits, hostings, meetings to be held,
# agreements signed).
_WHOLE_CODES = _VISITS | {"036", "057"}


def _same(a: _Gist, b: _Gist) -> bool:
    """One event told twice, by a headline and its story: the parties named in both agree,
    and the codes are the same root, or the same kind of act told by one source in other
    words ("North Korea fires missile" and "fired a missile off its coast": 150 and 194;
    "US lifts sanctions on Syria" and "Trump said he would lift ...": 085 and 0354)."""
    if a[3] == b[3] and a[0] and b[0] and parties_agree(a[0], b[0]) and a[1] and b[1] and \
            (nested_codes(a[1], b[1]) or (a[1][:3] == b[1][:3] and a[1][:3] not in ORG_PREFIXES)):
        return True  # one act, its target's sector told two ways ("opposition lawmaker" and
        # "member of parliament": KENOPP, KENLEG)
    pairs = [(x, y) for x, y in zip(a[:2], b[:2], strict=True) if x and y]
    if not all(parties_agree(x, y) for x, y in pairs):
        # (a meeting told either way round is one: "Putin, Trump to meet")
        return a[2] in _MEETINGS and b[2] in _MEETINGS and bool(
            a[0] and a[1] and b[0] and b[1]) and parties_agree(a[0] or "", b[1] or "") and \
            parties_agree(a[1] or "", b[0] or "")
    if a[0] and not b[0] and not (a[2] == b[2] and a[2][:2] in _SPLIT_ROOTS):
        return False  # (the lead does not say who: "Russia pounds Kharkiv" is kept beside
        # "Three people were killed overnight"; but "Georgia jails opposition leader" and
        # "the opposition leader was jailed" are one act of one code, and one target)
    if a[1] and a[0] and a[1] == b[0] and a[0] != b[0]:
        return False  # the body act runs the other way ("Georgia jails opposition leader"
        # beside the opposition's protest)
    if a[2] == b[2]:
        return True
    if b[3] in _NO_RETELLING:
        return False
    if (a[2] in _VISITS) != (b[2] in _VISITS):
        return False  # "visits Cairo" beside "met Sisi": a visit and a meeting
    if not (a[0] and b[0] and parties_agree(a[0], b[0])):
        return False  # (a different root needs the same source named in both)
    roots = {a[2], b[2]}
    if (len(roots & _MEETINGS) == 1 and "01" not in roots) or "057" in roots:
        return False  # "signs trade pact" beside "met Sisi", "Xi, Anwar sign 31 agreements"
        # beside "agreed to hold a joint exercise": a signing is its own act
    if a[2][:2] in _SPLIT_ROOTS and a[2][:2] == b[2][:2]:
        return False  # "detain dozens" beside "fired tear gas": 173 and 175
    # a different kind of act tells the same one only as force told two ways, as an intent
    # told as done ("US lifts sanctions on Syria", "Trump said he would lift ..."), or as a
    # plain statement of it
    # (an intent only to do the other's kind of act: "Asif warns of 'open war'" is no
    # retelling of the ceasefire the two sides agreed, 0356)
    return {a[2][:2] if a[2] != "175" else "18", b[2][:2] if b[2] != "175" else "18"} <= \
        _FORCE_ROOTS or (a[3][:2] == "03" and intends(a[3], b[3])) or (
            b[3][:2] == "03" and intends(b[3], a[3])) or "010" in (a[3], b[3])


def _token_at(doc: Doc, offset: int) -> int | None:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span.start if span is not None else None
