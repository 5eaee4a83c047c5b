"""Event triggers: eventcoder's curated words and phrases that express a CAMEO event.

The shipped rows live in ``eventcoder/data/events/triggers.jsonl``; a user's files in the same
format are read after them (``--triggers``), and a row whose id is already loaded replaces it.
One row a line::

    {"id": "impose-sanction", "lemma": "sanction", "pos": "NOUN", "code": "163",
     "when": {"governor": ["impose", "slap"]}, "target": ["prep:on", "prep:against"],
     "note": "imposed sanctions on X"}

``when`` holds the conditions that must all hold on the parse for the row to fire (``object``,
``prep``: a preposition, or one with its object's head word as ``from:organization``; an
``object`` may be ``ent:gpe``, an object the place or actor stage reads as a place,
``ent:person``, one read as a person, ``ent:armed``, one read as an armed actor ("struck
Hezbollah"), ``ent:igo``, one read as an international body ("quit the Economic Community
of West African States"),
``oprd:provocation``, what a verb of naming calls its object ("called the move a
provocation"), ``particle``, ``complement`` (a verb, or one with its object's word as
``abuse:power``), ``governor``, ``subject``: words of the verb's subject, its head or a
modifier, as in "peacekeepers arrived"); ``unless`` holds conditions of the same kinds any
one of which stops the row ("release" frees no one when its object is a ``statement``); of the
rows that fire for one word, the one with most conditions wins. ``target`` lists the slots
searched for the target, in order. ``reading`` names a way of reading the parse a few rows need
beyond their code and slots (see ``READINGS``): "town-taken" for "captured the town of X".
These rows take precedence over the converted PETRARCH2 verb patterns (:mod:`eventcoder.verbs`).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ResourceError
from .jsonl import json_row

__all__ = ["DEFAULT_GOVERNORS", "READINGS", "Trigger", "TriggerLexicon", "load_triggers"]

_CODE = re.compile(r"^[0-9]{2,4}$")
_ID = re.compile(r"^[a-z0-9][a-z0-9._:-]*$")
_CONDITIONS = ("object", "prep", "particle", "complement", "governor", "subject")
_SLOT = re.compile(r"^(object|dative|prep:[a-z]+)$")
_KEYS = {"id", "lemma", "pos", "code", "when", "unless", "target", "reciprocal", "reading",
         "note"}
# Readings a row may ask of the coder beyond its code and slots (``reading``):
READINGS = {
    "town-taken": "a place seized: no row for a person the actors know ('captured Maduro')",
    "reprisal": "a reprisal vowed amid acts of war is one by force (1384)",
    "hosted-visit": "a visit hosted: the host is the subject, the visitor whose visit it is",
    "interception": "a weapon downed: the launcher's attack on the defender's state",
    "people-sent": "people sent back: none when what is sent is no civilians or refugees",
    "obtained": "an act won or received from another: the one it comes from does it, not "
                "the winner or receiver",
    "phone-call": "a call to someone: none where the caller names them something ('a liar')",
    "suffered": "a motion the subject loses or survives: the house's, against the subject",
    "crowd-turned": "a crowd or protest that turned violent: the people of where it was",
    "promised": "a response promised with no means named: only of what is to come (a "
                "threat), none when told as done",
    "aimed-promise": "steps promised with no means named: a threat only of what is to come "
                     "and only with someone it is aimed at ('against X', or X whose act it "
                     "answers: 'if X ...')",
}

# The verbs that make a bare event noun an event: "held talks", "imposed sanctions".
DEFAULT_GOVERNORS = frozenset({
    "hold", "have", "conduct", "launch", "begin", "start", "stage", "carry", "make", "impose",
    "announce", "order", "mount", "step", "unleash", "pay", "give", "issue", "sign", "reach",
    "offer", "extend", "deliver", "provide", "send", "continue", "resume", "intensify",
    "escalate", "lead", "organize", "organise", "call", "renew", "open", "undertake",
    "complete", "wage", "perform", "commit", "execute", "initiate", "pursue", "attend", "join",
    "host", "accept", "welcome", "receive", "get", "win", "seek", "express", "voice", "engage",
    "claim", "expand", "widen", "broaden",
})
# A row that fires when the event happens ("held talks") also fires with these verbs, which
# say it happened, began, went on or ended ("renewed talks", "completed the withdrawal").
_HAPPENING = frozenset({"hold", "conduct", "carry", "launch", "begin", "start", "stage"})
_ASPECTUAL = frozenset({"begin", "start", "resume", "renew", "continue", "complete",
                        "conclude", "open", "launch", "hold", "conduct", "carry", "finish",
                        "undertake", "wage"})
VERB_TARGETS = ("object", "dative")
NOUN_TARGETS = ("prep:against", "prep:on", "prep:with", "prep:to", "prep:for")


@dataclass(frozen=True, slots=True)
class Trigger:
    id: str
    lemma: str
    pos: str  # VERB or NOUN
    code: str
    objects: frozenset[str] = frozenset()
    preps: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()
    complements: frozenset[str] = frozenset()
    governors: frozenset[str] = frozenset()
    subjects: frozenset[str] = frozenset()
    # conditions any one of which stops the row: "released a statement" is no release
    unless: tuple[tuple[str, frozenset[str]], ...] = ()
    target: tuple[str, ...] = ()
    reciprocal: bool = False
    reading: str = ""  # one of READINGS, or none
    note: str = ""
    source: str = ""  # file:line

    @property
    def conditions(self) -> int:
        """How specific the row is: its kinds of condition, and one more for a preposition
        or a complement with its object's ("of:sanction" is narrower than "of")."""
        return sum(bool(s) for s in (self.objects, self.preps, self.particles, self.complements,
                                     self.governors, self.subjects)) + \
            any(":" in p for p in self.preps | self.complements | self.objects)


@dataclass(frozen=True, slots=True)
class TriggerLexicon:
    rows: tuple[Trigger, ...]
    digest: str
    _index: dict[tuple[str, str], tuple[Trigger, ...]]

    def get(self, lemma: str, pos: str) -> tuple[Trigger, ...]:
        """The rows for this lemma and part of speech, most specific first."""
        return self._index.get((lemma, pos), ())

    def __len__(self) -> int:
        return len(self.rows)

    @property
    def verbs(self) -> frozenset[str]:
        """The lemmas of the verb rows."""
        return frozenset(lemma for lemma, pos in self._index if pos == "VERB")

    @property
    def lemmas(self) -> frozenset[str]:
        """The lemmas of all rows, verbs and nouns."""
        return frozenset(lemma for lemma, _ in self._index)


def _words(value: Any, where: str, key: str) -> frozenset[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ResourceError(f"{where}: {key} must be a list of words")
    return frozenset(v.lower() for v in value)


def _governors(words: frozenset[str]) -> frozenset[str]:
    return words | _ASPECTUAL if words & _HAPPENING else words


def _row(raw: dict[str, Any], where: str) -> Trigger:
    unknown = set(raw) - _KEYS
    if unknown:
        raise ResourceError(f"{where}: unknown keys {', '.join(sorted(unknown))}")
    for key in ("id", "lemma", "pos", "code"):
        if not isinstance(raw.get(key), str) or not raw[key]:
            raise ResourceError(f"{where}: {key!r} is required and must be a string")
    if not _ID.match(raw["id"]):
        raise ResourceError(f"{where}: bad id {raw['id']!r}")
    if raw["pos"] not in ("VERB", "NOUN"):
        raise ResourceError(f"{where}: pos must be VERB or NOUN, not {raw['pos']!r}")
    if not _CODE.match(raw["code"]):
        raise ResourceError(f"{where}: code {raw['code']!r} is not a CAMEO code")
    if raw["lemma"] != raw["lemma"].lower():
        raise ResourceError(f"{where}: lemma {raw['lemma']!r} must be lower case")
    when = raw.get("when") or {}
    unless = raw.get("unless") or {}
    for part, conditions in (("when", when), ("unless", unless)):
        if not isinstance(conditions, dict) or set(conditions) - set(_CONDITIONS):
            raise ResourceError(f"{where}: {part} may hold only {', '.join(_CONDITIONS)}")
        if "governor" in conditions and raw["pos"] != "NOUN":
            raise ResourceError(f"{where}: {part}.governor applies to NOUN rows only")
    target = raw.get("target")
    if target is None:
        target = list(VERB_TARGETS if raw["pos"] == "VERB" else NOUN_TARGETS)
    if not isinstance(target, list) or not all(isinstance(t, str) and _SLOT.match(t)
                                               for t in target):
        raise ResourceError(f"{where}: target must list slots like object, dative, prep:with")
    reading = raw.get("reading", "")
    if reading and reading not in READINGS:
        raise ResourceError(f"{where}: reading must be one of {', '.join(READINGS)}")
    return Trigger(
        raw["id"], raw["lemma"], raw["pos"], raw["code"],
        objects=_words(when.get("object", []), where, "when.object"),
        preps=_words(when.get("prep", []), where, "when.prep"),
        particles=_words(when.get("particle", []), where, "when.particle"),
        complements=_words(when.get("complement", []), where, "when.complement"),
        governors=_governors(_words(when.get("governor", []), where, "when.governor")),
        subjects=_words(when.get("subject", []), where, "when.subject"),
        unless=tuple((key, _words(unless[key], where, f"unless.{key}"))
                     for key in _CONDITIONS if key in unless),
        target=tuple(target), reciprocal=bool(raw.get("reciprocal", False)),
        reading=reading, note=str(raw.get("note", "")), source=where,
    )


def shipped_path() -> Path:
    return Path(str(resources.files("eventcoder"))) / "data" / "events" / "triggers.jsonl"


def load_triggers(extra: Sequence[str | Path] = (), *, shipped: bool = True) -> TriggerLexicon:
    """Load the shipped trigger rows and then ``extra`` files; raises :class:`ResourceError`
    naming ``file:line`` for any bad row."""
    paths: list[Path] = [shipped_path()] if shipped else []
    paths += [Path(p) for p in extra]
    by_id: dict[str, Trigger] = {}
    digest = hashlib.sha256()
    for path in paths:
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise ResourceError(f"{path}: cannot read trigger file ({exc.strerror})") from None
        digest.update(hashlib.sha256(raw).digest())
        for number, line in enumerate(raw.decode("utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{path.name}:{number}"
            trigger = _row(json_row(line, where), where)
            by_id[trigger.id] = trigger
    return _lexicon(by_id.values(), digest.hexdigest()[:16])


def _lexicon(rows: Iterable[Trigger], digest: str) -> TriggerLexicon:
    index: dict[tuple[str, str], list[Trigger]] = {}
    ordered = tuple(rows)
    for row in ordered:
        index.setdefault((row.lemma, row.pos), []).append(row)
    return TriggerLexicon(ordered, digest, {
        key: tuple(sorted(group, key=lambda r: -r.conditions)) for key, group in index.items()
    })
