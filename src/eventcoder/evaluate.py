"""Evaluation against the human-coded gold sets in ``../shared/eval`` (development data, never
shipped): loaders for each set and the scores the issues ask for.

Actor scores (``task="actors"``), per gold record: the countries of the gold source and target
actors against the countries of the actor mentions resolved in the record's sentence, as sets
of distinct codes per sentence (a country named twice counts once). Country precision is over
the distinct countries resolved, recall over the distinct gold countries; country+sector compares
(country, first sector group) pairs for the gold actors that carry a sector.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from .errors import ConfigError

__all__ = ["EVAL_SETS", "GoldActor", "GoldRecord", "evaluate_actors", "find_eval_dir",
           "load_gold"]

EVAL_SETS = ("plover_gsr", "petr2_gsr_gigaword")

# Legacy CAMEO country codes found in the gold sets, with their ISO 3166 successors.
LEGACY_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "ROM": "ROU", "ZAR": "COD",
                "TMP": "TLS", "ANG": "AGO", "FRN": "FRA"}
# Codes that name no country: not scored as countries.
_NO_COUNTRY = {"---", "***", ""}


@dataclass(frozen=True, slots=True)
class GoldActor:
    text: str
    country: str | None
    sector: str | None


@dataclass(frozen=True, slots=True)
class GoldRecord:
    id: str
    text: str
    date: date
    actors: tuple[GoldActor, ...]
    extra: dict[str, Any] = field(default_factory=dict)


def find_eval_dir(explicit: str | Path | None = None) -> Path:
    """The gold-set folder: ``explicit``, ``$EVENTCODER_EVAL``, or ``../shared/eval`` next to
    the current directory or the source checkout."""
    candidates = [Path(explicit)] if explicit else []
    if os.environ.get("EVENTCODER_EVAL"):
        candidates.append(Path(os.environ["EVENTCODER_EVAL"]))
    candidates.append(Path.cwd().parent / "shared" / "eval")
    candidates.append(Path(__file__).resolve().parents[3] / "shared" / "eval")
    for path in candidates:
        if path.is_dir():
            return path
    raise ConfigError(
        "no gold data: pass --data DIR, set $EVENTCODER_EVAL, or check out ../shared/eval"
    )


def _split(code: str) -> tuple[str | None, str | None]:
    code = code.strip()
    country = code[:3].upper()
    if country in _NO_COUNTRY or not country.isalpha():
        country_out: str | None = None
    else:
        country_out = LEGACY_CODES.get(country, country)
    sector = code[3:6] if len(code) >= 6 else None
    if sector is not None:
        sector = sector.upper()
        if sector in ("***",) or not sector.isalpha():
            sector = None
    return country_out, sector


def _plover_gsr(folder: Path) -> Iterator[GoldRecord]:
    data = json.loads((folder / "plover_gsr" / "PLOVER_GSR_CAMEO.json").read_text("utf-8"))
    for row in data:
        if "text" not in row or "event" not in row:
            continue  # the DOCUMENT header
        actors = []
        for role in ("source", "target"):
            for actor in row.get(role) or []:
                if not isinstance(actor, dict):
                    continue
                country, _ = _split(actor.get("code", ""))
                sector = (actor.get("sector") or "")[:3].upper() or None
                if sector == "***":
                    sector = None
                actors.append(GoldActor(actor.get("actorText", ""), country, sector))
        yield GoldRecord(row["id"], row["text"], date.fromisoformat(row["date"]),
                         tuple(actors), {"event": row["event"]})


_SENTENCE = re.compile(r'<Sentence\b([^>]*)/?>(.*?)(?=<Sentence\b|</Sentences>)', re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)
_CODING = re.compile(r"<EventCoding\b([^>]*)/>")


def _petr2(folder: Path) -> Iterator[GoldRecord]:
    raw = (folder / "petr2_gsr_gigaword" / "PETR2_GSR_validation.xml").read_text("utf-8")
    for match in _SENTENCE.finditer(raw):
        attrs = dict(_ATTR.findall(match.group(1)))
        body = match.group(2)
        text_match = _TEXT.search(body)
        if not text_match:
            continue
        text = " ".join(text_match.group(1).split())
        codings = [dict(_ATTR.findall(c)) for c in _CODING.findall(body)]
        actors = []
        for coding in codings:
            for key in ("sourcecode", "targetcode"):
                country, sector = _split(coding.get(key, ""))
                actors.append(GoldActor("", country, sector))  # codes only: no words
        day = attrs.get("date", "")
        when = date(int(day[:4]), int(day[4:6]), int(day[6:8])) if len(day) == 8 else date(2008,
                                                                                         1, 1)
        yield GoldRecord(attrs.get("id", ""), text, when, tuple(actors),
                         {"codings": codings, "category": attrs.get("category")})


def load_gold(name: str, folder: str | Path | None = None) -> list[GoldRecord]:
    """The records of one gold set, by folder name."""
    root = find_eval_dir(folder)
    if name == "plover_gsr":
        return list(_plover_gsr(root))
    if name == "petr2_gsr_gigaword":
        return list(_petr2(root))
    raise ConfigError(f"unknown evaluation set {name!r}; expected one of {', '.join(EVAL_SETS)}")


@dataclass(slots=True)
class _Tally:
    """Counts for precision (``correct`` of ``predicted``) and recall (``found`` of ``gold``)."""

    correct: int = 0
    predicted: int = 0
    found: int = 0
    gold: int = 0

    def scores(self) -> dict[str, float | int]:
        p = self.correct / self.predicted if self.predicted else 0.0
        r = self.found / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "correct": self.correct, "predicted": self.predicted, "found": self.found,
                "gold": self.gold}


def _locate(text: str, actor: str) -> tuple[int, int] | None:
    """Where a gold actor's text is in the sentence; the gold markup elides with "..."."""
    low = text.lower()
    for part in re.split(r"\s*\.{2,}\s*", actor.strip()):
        part = " ".join(part.split()).lower()
        if len(part) < 2:
            continue
        pos = low.find(part)
        if pos >= 0:
            return pos, pos + len(part)
    return None


def evaluate_actors(records: list[GoldRecord], resolver: Any, nlp: Any, *,
                    dated: bool = True, details: bool = False) -> dict[str, Any]:
    """Scores of resolved actors against the gold source and target actors.

    ``aligned_*`` (where the gold gives each actor's words): a gold actor is found when a
    resolved mention overlapping its words has its country (and sector, for the sector score);
    precision is over the resolved mentions that overlap a gold actor's words, so an actor the
    gold did not code as source or target (a reporting source, a place) neither helps nor
    hurts. ``sentence_*``: per sentence, the distinct countries of every resolved mention
    against the distinct gold countries, so every actor beyond the event's two counts against
    precision. With ``dated`` false the records are resolved as undated texts (plover_gsr's
    dates are all the placeholder 2000-01-01).
    """
    sent_c, sent_s, al_c, al_s = _Tally(), _Tally(), _Tally(), _Tally()
    misses: list[dict[str, Any]] = []
    for record, doc in zip(records, nlp.pipe([r.text for r in records]), strict=True):
        mentions = resolver.resolve(doc, record.date if dated else None)
        gold_c = {a.country for a in record.actors if a.country}
        pred_c = {m.country for m in mentions if m.country}
        sent_c.correct += len(gold_c & pred_c)
        sent_c.found += len(gold_c & pred_c)
        sent_c.gold += len(gold_c)
        sent_c.predicted += len(pred_c)
        gold_s = {(a.country, a.sector) for a in record.actors if a.country and a.sector}
        pred_s = {(m.country, m.sector) for m in mentions if m.country and m.sector}
        sent_s.found += len(gold_s & pred_s)
        sent_s.gold += len(gold_s)
        judged = {p for p in pred_s if p[0] in {c for c, _ in gold_s}}
        sent_s.correct += len(judged & gold_s)
        sent_s.predicted += len(judged)

        wrong = False
        spans = [(a, _locate(record.text, a.text)) for a in record.actors if a.country]
        for actor, span in spans:
            # An actor whose words cannot be found is looked for in the whole sentence.
            pool = [m for m in mentions if m.start < span[1] and span[0] < m.end] if span \
                else mentions
            hit = any(m.country == actor.country for m in pool)
            al_c.gold += 1
            al_c.found += hit
            wrong = wrong or not hit
            if actor.sector:
                al_s.gold += 1
                al_s.found += any((m.country, m.sector) == (actor.country, actor.sector)
                                  for m in pool)
        for m in mentions:
            over = [a for a, span in spans if span and m.start < span[1] and span[0] < m.end]
            if not over:
                continue
            al_c.predicted += 1
            right = any(a.country == m.country for a in over)
            al_c.correct += right
            wrong = wrong or not right
            with_sector = [a for a in over if a.sector]
            if with_sector and m.sector:
                al_s.predicted += 1
                al_s.correct += any((a.country, a.sector) == (m.country, m.sector)
                                    for a in with_sector)
        if details and wrong:
            misses.append({"id": record.id, "text": record.text,
                           "gold": [f"{a.country}{a.sector or ''}:{a.text}"
                                    for a in record.actors if a.country],
                           "resolved": [(m.text, m.code) for m in mentions]})
    result: dict[str, Any] = {"records": len(records), "dated": dated}
    if any(a.text and _locate(r.text, a.text) for r in records for a in r.actors):
        result["aligned_country"] = al_c.scores()
        result["aligned_country_sector"] = al_s.scores()
    result["sentence_country"] = sent_c.scores()
    result["sentence_country_sector"] = sent_s.scores()
    if details:
        result["misses"] = misses
    return result
