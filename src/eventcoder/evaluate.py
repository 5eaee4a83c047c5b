"""Evaluation against the human-coded gold sets in ``../shared/eval`` (development data, never
shipped): loaders for each set and the scores the issues ask for.

Actor scores (``task="actors"``), per gold record: the countries of the gold source and target
actors against the countries of the actor mentions resolved in the record's sentence, as sets
of distinct codes per sentence (a country named twice counts once). Country precision is over
the distinct countries resolved, recall over the distinct gold countries; country+sector compares
(country, first sector group) pairs for the gold actors that carry a sector.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from .actors import REGIONS
from .errors import ConfigError
from .jsonl import read_case_table

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
        # A whole-word match first: gold "US" is not the "us" of "refused" or "must".
        word = re.search(rf"(?<!\w){re.escape(part)}(?!\w)", low)
        if word:
            return word.start(), word.end()
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
    precision (a CAMEO region, "the West" WST, is not a country and is not counted there; the
    gold sets code none). With ``dated`` false the records are resolved as undated texts
    (plover_gsr's dates are all the placeholder 2000-01-01).
    """
    sent_c, sent_s, al_c, al_s = _Tally(), _Tally(), _Tally(), _Tally()
    misses: list[dict[str, Any]] = []
    for record, doc in zip(records, nlp.pipe([r.text for r in records]), strict=True):
        mentions = resolver.resolve(doc, record.date if dated else None)
        gold_c = {a.country for a in record.actors if a.country}
        # (a region, "the West" WST, is no country: the sentence scores count countries)
        pred_c = {m.country for m in mentions if m.country and m.country not in REGIONS}
        sent_c.correct += len(gold_c & pred_c)
        sent_c.found += len(gold_c & pred_c)
        sent_c.gold += len(gold_c)
        sent_c.predicted += len(pred_c)
        gold_s = {(a.country, a.sector) for a in record.actors if a.country and a.sector}
        pred_s = {(m.country, m.sector) for m in mentions
                  if m.country and m.sector and m.country not in REGIONS}
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


# ---------------------------------------------------------------------- events
EVENT_SETS = ("plover_gsr", "petr2_gsr_gigaword", "conflibert_cameo", "petrarch_unittest",
              "cameo_manual_examples")
# Sets whose dates are placeholders: coded undated, like actor evaluation of plover_gsr.
_UNDATED = frozenset({"plover_gsr", "conflibert_cameo", "cameo_manual_examples"})


def hash_split(record_id: str) -> str:
    """"dev" or "holdout" for a gold record, fixed by its id: rules are studied on the dev
    half only and the held-out half is reported apart."""
    return "holdout" if hashlib.sha1(record_id.encode()).digest()[0] & 1 else "dev"


def _party_key(party: dict[str, Any] | None) -> str | None:
    """The country-level code of an event party: ISO3, or the code's first three letters for
    international and non-state actors (IGO, NGO ...)."""
    if not party:
        return None
    if party.get("country"):
        return str(party["country"])
    code = party.get("code")
    return str(code)[:3] if code else None


def _primary(events: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The event a one-label gold set is compared with: the one nearest the sentence's root,
    then the most confident."""
    if not events:
        return None
    return min(events, key=lambda e: (e.get("depth", 9), -e["confidence"]))


def evaluate_events(name: str, gold: list[Any], pipeline: Any, *,
                    details: bool = False) -> dict[str, Any]:
    """Event scores of the coder on one gold set (``gold`` from :func:`gold.load_event_gold`).

    Per sentence, the coder's non-negated events are compared with the gold events as sets:
    ``detected`` (does the sentence hold an event), ``plover`` and ``cameo_root`` (the labels),
    ``source_country`` and ``target_country``, and ``triple`` (source country, target country,
    PLOVER type; CAMEO root for CAMEO-only sets). A gold compound source counts as one gold
    event per source. ``plover_accuracy`` and ``root_accuracy`` are over sentences with a gold
    event where the coder produced one: is the primary event's label a gold label. For
    plover_gsr and triple scores by PLOVER type, statements (CAMEO 01, no PLOVER event) are not
    events. conflibert_cameo adds quad-class macro-F1 of the primary event; cameo_manual_examples
    adds exact 3-digit and root accuracy; petrarch_unittest the share of no-event sentences
    coded and recall per category.
    """
    dated = name not in _UNDATED
    items = [(g.id, g.text, g.date if dated else None) for g in gold]
    coded = pipeline.code_many(items)
    by_plover = name == "plover_gsr"
    detected, plover, root, src, tgt, triple, pair = (_Tally() for _ in range(7))
    acc_plover = [0, 0]
    acc_root = [0, 0]
    quad_pairs: list[tuple[int | None, int | None]] = []
    exact3 = [0, 0]
    no_event = [0, 0]
    by_category: dict[str, list[int]] = {}
    misses: list[dict[str, Any]] = []
    for g, result in zip(gold, coded, strict=True):
        events = [e.as_dict() | {"depth": e.extra.get("depth", 9)} for e in result.events
                  if not e.negated]
        if by_plover:
            events = [e for e in events if e["plover"]]
        gold_events = list(g.events)
        if g.no_event:
            no_event[0] += bool(events)
            no_event[1] += 1
        if not gold_events and not g.no_event and name != "conflibert_cameo":
            continue
        label = "plover" if by_plover else "cameo_root"
        gold_label = (lambda ge: ge.plover) if by_plover else (lambda ge: ge.root)
        # detection
        detected.predicted += bool(events)
        detected.correct += bool(events) and bool(gold_events)
        detected.gold += bool(gold_events)
        detected.found += bool(events) and bool(gold_events)
        if name == "conflibert_cameo":
            primary = _primary(events)
            quad_pairs.append((gold_events[0].quad if gold_events else None,
                               primary["quad_class"] if primary else None))
            continue
        if not gold_events:
            continue
        pred_p = {e["plover"] for e in events if e["plover"]}
        gold_p = {ge.plover for ge in gold_events if ge.plover}
        if gold_p:
            _count(plover, pred_p, gold_p)
        pred_r = {e["cameo_root"] for e in events}
        gold_r = {ge.root for ge in gold_events if ge.root}
        if gold_r:
            _count(root, pred_r, gold_r)
        primary = _primary(events)
        if primary is not None:
            if gold_p:
                acc_plover[0] += primary["plover"] in gold_p
                acc_plover[1] += 1
            if gold_r:
                acc_root[0] += primary["cameo_root"] in gold_r
                acc_root[1] += 1
        if name == "cameo_manual_examples":
            ge = gold_events[0]
            exact3[1] += 1
            exact3[0] += bool(primary and ge.cameo and primary["cameo"][:3] == ge.cameo[:3])
            continue
        gold_src = {s for ge in gold_events for s in ge.source if s}
        gold_tgt = {t for ge in gold_events for t in ge.target if t}
        _count(src, {k for e in events if (k := _party_key(e["source"]))}, gold_src)
        if gold_tgt:
            _count(tgt, {k for e in events if (k := _party_key(e["target"]))}, gold_tgt)
        gold_triples = set()
        reciprocal = "SRC/TAR" in str(g.extra.get("markup", ""))
        for ge in gold_events:
            sources = [s for s in ge.source if s] or [None]
            if reciprocal and not ge.target and len(set(sources)) >= 2:
                # The markup's SRC/TAR: each actor is the other's source and target.
                gold_triples |= {(a, b, gold_label(ge)) for a in sources for b in sources
                                 if a != b}
                continue
            gold_triples |= {(s, t, gold_label(ge)) for s in sources
                             for t in (ge.target or (None,))}
        pred_triples = {(_party_key(e["source"]), _party_key(e["target"]), e[label])
                        for e in events}
        _count(triple, pred_triples, gold_triples)
        # who did it to whom, whatever the code: the parse mechanics alone
        gold_pairs = {t[:2] for t in gold_triples}
        pred_pairs = {t[:2] for t in pred_triples}
        _count(pair, pred_pairs, gold_pairs)
        if g.category:
            cat = by_category.setdefault(g.category, [0, 0, 0])
            cat[0] += len(pred_triples & gold_triples)
            cat[1] += len(gold_triples)
            cat[2] += len(pred_pairs & gold_pairs)
        if details and pred_triples != gold_triples:
            misses.append({"id": g.id, "text": g.text,
                           "gold": sorted(map(str, gold_triples)),
                           "coded": sorted(map(str, pred_triples))})
    out: dict[str, Any] = {"set": name, "sentences": len(gold), "dated": dated,
                           "detected": detected.scores()}
    if name == "conflibert_cameo":
        out["quad_macro_f1"] = _macro_f1(quad_pairs)
        out["quad_accuracy"] = round(sum(a == b for a, b in quad_pairs) / len(quad_pairs), 4) \
            if quad_pairs else 0.0
        return out
    if plover.gold:
        out["plover"] = plover.scores()
        out["plover_accuracy"] = _ratio(acc_plover)
    out["cameo_root"] = root.scores() if root.gold else None
    out["root_accuracy"] = _ratio(acc_root)
    if name == "cameo_manual_examples":
        out["cameo3_exact"] = _ratio(exact3)
        return out
    out["source_country"] = src.scores()
    out["target_country"] = tgt.scores()
    out["triple"] = triple.scores()
    out["pair"] = pair.scores()
    if no_event[1]:
        out["no_event_coded"] = _ratio(no_event)
    if by_category:
        out["triple_recall_by_category"] = {k: _ratio(v[:2])
                                            for k, v in sorted(by_category.items())}
        out["pair_recall_by_category"] = {k: _ratio([v[2], v[1]])
                                          for k, v in sorted(by_category.items())}
    if details:
        out["misses"] = misses
    return out


def _count(tally: _Tally, predicted: set[Any], gold: set[Any]) -> None:
    hit = len(predicted & gold)
    tally.correct += hit
    tally.found += hit
    tally.predicted += len(predicted)
    tally.gold += len(gold)


def _ratio(pair: list[int]) -> dict[str, float | int]:
    return {"value": round(pair[0] / pair[1], 4) if pair[1] else 0.0, "of": pair[1]}


def _macro_f1(pairs: list[tuple[int | None, int | None]]) -> float:
    labels = sorted({g for g, _ in pairs if g is not None})
    scores = []
    for label in labels:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        scores.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return round(sum(scores) / len(scores), 4) if scores else 0.0


# ---------------------------------------------------------------------- the event case table
def load_event_cases(path: str | Path | None = None) -> list[dict[str, Any]]:
    """The hand-written event case table (``tests/data/event_cases.jsonl`` in a source
    checkout): one sentence a row with its date, split and expected events."""
    return read_case_table(path, "event_cases.jsonl", {"text": str, "events": list},
                           ConfigError)


def evaluate_event_cases(cases: list[dict[str, Any]], pipeline: Any, *,
                         details: bool = False) -> dict[str, Any]:
    """Scores on the case table: sentence-level detection (cases with no event count against
    precision when coded), and triples at two depths, (source country, target country, CAMEO
    root) and (source code, target code, full CAMEO code). Negated gold events are compared
    with the coder's negated events apart."""
    items = [(c.get("id", str(i)), c["text"],
              date.fromisoformat(c["date"]) if c.get("date") else None)
             for i, c in enumerate(cases)]
    coded = pipeline.code_many(items)
    detected, root, exact, negated = _Tally(), _Tally(), _Tally(), _Tally()
    quiet = [0, 0]
    misses = []
    for case, result in zip(cases, coded, strict=True):
        events = [e.as_dict() for e in result.events]
        asserted = [e for e in events if not e["negated"]]
        gold = [g for g in case["events"] if not g.get("negated")]
        detected.predicted += bool(asserted)
        detected.correct += bool(asserted) and bool(gold)
        detected.found += bool(asserted) and bool(gold)
        detected.gold += bool(gold)
        if not case["events"]:
            quiet[0] += not asserted
            quiet[1] += 1

        def key(code: str | None) -> str | None:
            return code[:3] if code else None

        gold_root = {(key(g.get("source")), key(g.get("target")), g["cameo"][:2]) for g in gold}
        pred_root = {(_party_key(e["source"]), _party_key(e["target"]), e["cameo"][:2])
                     for e in asserted}
        _count(root, pred_root, gold_root)
        gold_exact = {(g.get("source"), g.get("target"), g["cameo"]) for g in gold}
        pred_exact = {((e["source"] or {}).get("code"), (e["target"] or {}).get("code"),
                       e["cameo"]) for e in asserted}
        _count(exact, pred_exact, gold_exact)
        gold_neg = {(key(g.get("source")), key(g.get("target")), g["cameo"][:2])
                    for g in case["events"] if g.get("negated")}
        pred_neg = {(_party_key(e["source"]), _party_key(e["target"]), e["cameo"][:2])
                    for e in events if e["negated"]}
        _count(negated, pred_neg, gold_neg)
        if details and pred_root != gold_root:
            misses.append({"id": case.get("id"), "text": case["text"],
                           "gold": sorted(map(str, gold_root)),
                           "coded": sorted(map(str, pred_root))})
    out: dict[str, Any] = {"set": "event_cases", "sentences": len(cases), "dated": True,
                           "detected": detected.scores(), "triple": root.scores(),
                           "triple_exact": exact.scores(), "negated": negated.scores(),
                           "no_event_quiet": _ratio(quiet)}
    if details:
        out["misses"] = misses
    return out
