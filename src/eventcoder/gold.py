"""Event-level gold sets in ``../shared/eval`` (development data, never shipped), read into one
record type so the event coder can be scored on all of them the same way.

Five sets, each read as its README in ``../shared/eval/<set>/`` describes:

- ``plover_gsr``: PLOVER records (2016 labels mapped to PLOVER 2021, :data:`PLOVER_2016`);
  actors with country and sector; no CAMEO code. ``quad`` is the PentaClass every CAMEO code
  of that PLOVER event shares in the shipped crosswalk (None for REQUEST, which is both an
  appeal and a demand).
- ``petr2_gsr_gigaword``: CAMEO triples with Phoenix actor codes.
- ``conflibert_cameo``: sentences with a PentaClass label only (``split`` is train or test);
  their events carry ``quad`` and nothing else, so empty actor tuples mean *unknown* there.
- ``petrarch_unittest``: triples against PETRARCH's validation dictionaries (fictional actors,
  kept raw in ``source_codes``/``target_codes``; codes relative to its own verb dictionary,
  some of them not CAMEO: ``cameo`` keeps them as written, ``root`` is None for those).
  :func:`petrarch_actor_file` turns its actor and agent dictionaries into a user actor file.
- ``cameo_manual_examples``: one codebook example per CAMEO code, encoding repaired, the
  coder's trailing "Note: ..." removed.

An event without a target has ``target == target_codes == ()`` (the source files write
``---``). Countries are the first three letters of an actor code with legacy CAMEO codes
mapped to ISO 3166 (``evaluate.LEGACY_CODES``); IGO, NGO and similar prefixes are kept;
``---`` (unknown country, as in ``---REB``) is None.

>>> from eventcoder.gold import load_event_gold
>>> rows = load_event_gold("petr2_gsr_gigaword")  # doctest: +SKIP
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
import tempfile
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from .cameo import CameoTable, load_cameo, normalise_code, quad_class
from .errors import ConfigError, ResourceError
from .evaluate import _split, find_eval_dir

__all__ = [
    "GOLD_SETS",
    "PLOVER_2016",
    "GoldEvent",
    "GoldSentence",
    "load_event_gold",
    "petrarch_actor_file",
    "plover_label",
    "repair_mojibake",
    "strip_coder_note",
]

GOLD_SETS = ("plover_gsr", "petr2_gsr_gigaword", "conflibert_cameo", "petrarch_unittest",
             "cameo_manual_examples")
# PLOVER 0.5b1 (2016) labels renamed or merged in PLOVER 2021 (plover_gsr README).
PLOVER_2016 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
               "FIGHT": "ASSAULT"}
SPLITS = ("train", "test")

_NO_ACTOR = frozenset({"", "---"})
_ACTOR_CODE = re.compile(r"[A-Za-z0-9*+\-]{3,}")
_NOTE = re.compile(r"\s+Note:")


@dataclass(frozen=True, slots=True)
class GoldEvent:
    source: tuple[str | None, ...]
    target: tuple[str | None, ...]
    source_codes: tuple[str, ...]
    target_codes: tuple[str, ...]
    cameo: str | None
    root: str | None
    plover: str | None
    quad: int | None


@dataclass(frozen=True, slots=True)
class GoldSentence:
    set: str
    id: str
    text: str
    date: date | None
    events: tuple[GoldEvent, ...]
    no_event: bool
    split: str | None
    category: str | None
    extra: dict[str, Any] = field(default_factory=dict)


def plover_label(label: str) -> str:
    """A PLOVER event label in its 2021 form: ``DEMAND`` -> ``REQUEST`` and so on."""
    upper = label.strip().upper()
    return PLOVER_2016.get(upper, upper)


def repair_mojibake(raw: bytes) -> str:
    """Text stored as cp1252 bytes of UTF-8 that was once read as Mac-Roman (the CAMEO code
    list): ``‚Äô`` becomes ``’``. A byte lost on the way stays U+FFFD."""
    return raw.decode("cp1252").encode("mac_roman").decode("utf-8", errors="replace")


def strip_coder_note(text: str) -> str:
    """The sentence without a coder's trailing "Note: ..." (CAMEO manual examples)."""
    return _NOTE.split(text, maxsplit=1)[0].strip()


def load_event_gold(name: str, folder: str | Path | None = None, *,
                    split: str | None = None) -> list[GoldSentence]:
    """The sentences of one gold set, in file order. ``split`` ("train" or "test") selects part
    of ``conflibert_cameo``; the other sets have no split. Raises :class:`ConfigError` for an
    unknown set or split, or when the gold folder is missing."""
    if name not in GOLD_SETS:
        raise ConfigError(f"unknown gold set {name!r}; expected one of {', '.join(GOLD_SETS)}")
    if split is not None and (name != "conflibert_cameo" or split not in SPLITS):
        raise ConfigError(f"gold set {name!r} has no split {split!r}"
                          + ("; use train or test" if name == "conflibert_cameo" else ""))
    root = find_eval_dir(folder) / name
    table = load_cameo()
    if name == "plover_gsr":
        return list(_plover_gsr(root, table))
    if name == "petr2_gsr_gigaword":
        return list(_xml_set(name, root / "PETR2_GSR_validation.xml", table))
    if name == "petrarch_unittest":
        return list(_xml_set(name, root / "PETR.UnitTest.records.xml", table))
    if name == "conflibert_cameo":
        return [s for part in SPLITS if split in (None, part) for s in _conflibert(root, part)]
    return list(_cameo_manual(root, table))


# ---------------------------------------------------------------------------------------------
# Sets


def _unique_sentence_id(raw_id: str, seen: set[str], extra: dict[str, Any]) -> str:
    """``raw_id``, or ``raw_id~2`` (``~3`` ...) when the file used it before; the file's id
    is then kept in ``extra["source_id"]``."""
    row_id, n = raw_id, 1
    while row_id in seen:
        n += 1
        row_id = f"{raw_id}~{n}"
    if row_id != raw_id:
        extra["source_id"] = raw_id
    seen.add(row_id)
    return row_id


def _country(code: str) -> str | None:
    # A quoted phrase ('"INJURY TOLL"', PETRARCH's new-actor test) is words, not a code.
    return _split(code)[0] if _ACTOR_CODE.fullmatch(code) else None


def _actors(codes: list[str]) -> tuple[tuple[str | None, ...], tuple[str, ...]]:
    kept = tuple(c for c in codes if c.strip() not in _NO_ACTOR)
    return tuple(_country(c) for c in kept), kept


def _codes(raw: str | None, table: CameoTable) -> tuple[str | None, str | None, str | None,
                                                        int | None]:
    """(cameo, root, plover, quad) of a gold event code. A code the table lacks but that has
    CAMEO syntax (PETRARCH's private ``1717``) takes PLOVER from its nearest ancestor."""
    code = (raw or "").strip() or None
    if code is None or normalise_code(code) is None:
        return code, None, None, None
    row = table.nearest(code)
    return code, code[:2], row.plover if row else None, quad_class(code)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise ConfigError(f"{path}: cannot read gold data: {error.strerror}") from error


def _plover_gsr(folder: Path, table: CameoTable) -> Iterator[GoldSentence]:
    path = folder / "PLOVER_GSR_CAMEO.json"
    try:
        data = json.loads(_read(path))
    except json.JSONDecodeError as error:
        raise ResourceError(f"{path}:{error.lineno}: invalid JSON: {error.msg}") from error
    seen: set[str] = set()
    for row in data:
        if "text" not in row or row.get("event") == "DOCUMENT":
            continue
        extra: dict[str, Any] = {"event_2016": row["event"]}
        # The file gives PLOVER-GSR01-COERCE-0004 to two records.
        row_id = _unique_sentence_id(row["id"], seen, extra)
        sides: dict[str, list[str]] = {}
        for role in ("source", "target"):
            value = row.get(role)
            if value not in (None, "") and not isinstance(value, list):
                extra[f"{role}_raw"] = value  # one target is the string "diplomatic"
            sides[role] = [
                a.get("code", "") + (a.get("sector") or "")
                for a in (value if isinstance(value, list) else []) if isinstance(a, dict)
            ]
        for key in ("mode", "context", "eventText", "comment"):
            if row.get(key):
                extra[key] = row[key]
        if isinstance(row.get("textInfo"), dict) and row["textInfo"].get("markup"):
            extra["markup"] = row["textInfo"]["markup"]
        source, source_codes = _actors(sides["source"])
        target, target_codes = _actors(sides["target"])
        label = plover_label(row["event"])
        event = GoldEvent(source, target, source_codes, target_codes, None, None, label,
                          table.plover_quad(label))
        yield GoldSentence("plover_gsr", row_id, row["text"],
                           date.fromisoformat(row["date"]) if row.get("date") else None,
                           (event,), False, None, None, extra)


_COMMENT = re.compile(r"<!--.*?-->", re.S)
_SENTENCE = re.compile(r"<Sentence\b([^>]*?)/?>(.*?)(?=<Sentence\b|</Sentences>|\Z)", re.S)
# Attribute values are double-quoted, or single-quoted around a double-quoted phrase.
_ATTR = re.compile(r"""(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)
_CODING = re.compile(r"<EventCoding\b([^>]*?)/?>")


def _attrs(text: str) -> dict[str, str]:
    return {key: double if double or not single else single
            for key, double, single in _ATTR.findall(text)}


_PARSE = re.compile(r"<Parse>(.*?)</Parse>", re.S)
_NO_SPACE_BEFORE = frozenset(".,;:!?)]}%'\"")


def _text_from_conllu(body: str) -> str:
    """The sentence of a CoNLL-U parse: word forms joined by spaces, none before closing
    punctuation or after a token marked SpaceAfter=No."""
    found = _PARSE.search(body)
    words: list[str] = []
    glue = True
    for line in (found.group(1) if found else "").splitlines():
        cols = line.split("\t")
        if len(cols) != 10 or not cols[0].isdigit():
            continue  # blank, comment, multi-word range (1-2) or empty node (1.1)
        form = cols[1]
        if words and not glue and form not in _NO_SPACE_BEFORE:
            words.append(" ")
        words.append(form)
        glue = "SpaceAfter=No" in cols[9]
    return "".join(words)


def _day(raw: str) -> date | None:
    if len(raw) != 8 or not raw.isdigit():
        return None
    try:
        return date(int(raw[:4]), int(raw[4:6]), int(raw[6:8]))
    except ValueError:
        return None


def _xml_set(name: str, path: Path, table: CameoTable) -> Iterator[GoldSentence]:
    raw = _read(path).decode("utf-8")
    # Comments go first: they hold retired codings ("<!--EventCoding ...-->") and parses.
    raw = _COMMENT.sub("", raw)
    start = raw.find("<Sentences>")
    seen: set[str] = set()
    for match in _SENTENCE.finditer(raw, max(start, 0)):
        attrs = _attrs(match.group(1))
        body = match.group(2)
        text_match = _TEXT.search(body)
        if text_match is None:
            raise ResourceError(f"{path}: sentence {attrs.get('id')!r} has no <Text>")
        text = html.unescape(" ".join(text_match.group(1).split()))
        if not text:
            # One record has an empty <Text> but a full CoNLL-U parse: read the words there.
            text = _text_from_conllu(body)
            if not text:
                raise ResourceError(f"{path}: sentence {attrs.get('id')!r} has no text")
        events: list[GoldEvent] = []
        no_event = False
        errors: list[str] = []
        for coding in (_attrs(c) for c in _CODING.findall(body)):
            if coding.get("noevents", "").lower() == "true":
                no_event = True
            elif "error" in coding:
                errors.append(coding["error"])
            elif "eventcode" in coding:
                source, source_codes = _actors([coding.get("sourcecode", "")])
                target, target_codes = _actors([coding.get("targetcode", "")])
                events.append(GoldEvent(source, target, source_codes, target_codes,
                                        *_codes(coding["eventcode"], table)))
        extra: dict[str, Any] = {k: v for k, v in attrs.items()
                                 if k not in ("id", "date", "category")}
        if errors:
            extra["error"] = errors[0] if len(errors) == 1 else errors
        day = _day(attrs.get("date", ""))
        if day is None and attrs.get("date"):
            extra["date_raw"] = attrs["date"]
        category = "ERROR" if errors else attrs.get("category")
        # PETRARCH's unit tests use AGENTS-18 and AGENTS-19 twice each.
        row_id = _unique_sentence_id(attrs.get("id", ""), seen, extra)
        yield GoldSentence(name, row_id, text, day, tuple(events), no_event, None,
                           category, extra)


def _conflibert(folder: Path, part: str) -> Iterator[GoldSentence]:
    path = folder / f"cameo_class_{part}.tsv"
    lines = _read(path).decode("utf-8").splitlines()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        text, tab, label = line.rpartition("\t")
        if not tab or label.strip() not in {"0", "1", "2", "3", "4"}:
            raise ResourceError(f"{path}:{number}: expected <sentence> TAB <0-4>")
        event = GoldEvent((), (), (), (), None, None, None, int(label))
        yield GoldSentence("conflibert_cameo", f"{part}-{number}", text.strip(), None, (event,),
                           False, part, None, {"line": number})


def _cameo_manual(folder: Path, table: CameoTable) -> Iterator[GoldSentence]:
    path = folder / "cameo-codes.csv"
    reader = csv.DictReader(io.StringIO(repair_mojibake(_read(path)), newline=""))
    for row in reader:
        example = row.get("example", "").strip()
        if not example or example == "NA":
            continue
        code = row["code"].strip()
        entry = table.get(code)
        if entry is None:
            raise ResourceError(f"{path}: code {code!r} is not in the CAMEO table")
        text = strip_coder_note(example)
        extra: dict[str, Any] = {"name": row["name"]}
        if text != example:
            extra["note"] = example[len(text):].strip()
        event = GoldEvent((), (), (), (), code, entry.root, entry.plover, entry.quad_class)
        yield GoldSentence("cameo_manual_examples", code, text, None, (event,), False, None,
                           None, extra)


# ---------------------------------------------------------------------------------------------
# PETRARCH validation dictionaries -> eventcoder user actor rows


@dataclass(slots=True)
class _Tabari:
    line: int
    phrases: list[str]
    codes: list[tuple[str, int]] = field(default_factory=list)  # (bracket body, line)
    last: int = 0


def petrarch_actor_file(folder: str | Path | None = None,
                        out_dir: str | Path | None = None) -> Path:
    """Write PETRARCH's validation actors and agents (``PETR.Validate.actors.txt``,
    ``PETR.Validate.agents.txt``) as an eventcoder actor file (JSONL, the format of
    :mod:`eventcoder.resources`) and return its path; pass it with ``--actors`` or
    ``load_actor_resources(extra=[path])`` to resolve the unit tests' Tolkien actors.

    Written to ``out_dir`` or a new temporary folder, never into the package. A
    ``conversion_notes.txt`` beside it lists what could not be carried over (codes that are not
    CAMEO syntax, such as ``YEMNO``). Date restrictions follow PETRARCH: ``<D`` before D,
    ``>D`` after D, ``A-B`` from A through B; the first restriction that holds wins and the
    undated code fills the rest. Three-letter codes become ``country`` rows, longer ones
    ``organization`` rows."""
    source = find_eval_dir(folder) / "petrarch_unittest"
    out = Path(out_dir) if out_dir is not None else Path(
        tempfile.mkdtemp(prefix="eventcoder-petrarch-"))
    out.mkdir(parents=True, exist_ok=True)
    notes: list[str] = []
    rows = _actor_rows(_read(source / "PETR.Validate.actors.txt").decode("utf-8"),
                       "PETR.Validate.actors.txt", notes)
    rows += _agent_rows(_read(source / "PETR.Validate.agents.txt").decode("utf-8"),
                        "PETR.Validate.agents.txt", notes)
    path = out / "petrarch_validate_actors.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                    encoding="utf-8")
    (out / "conversion_notes.txt").write_text("".join(n + "\n" for n in notes), encoding="utf-8")
    return path


_CAMEO_ACTOR = re.compile(r"(?:[A-Z0-9]{3})+")
_BRACKET = re.compile(r"\[([^\]]*)\]")
_RESTRICTION = re.compile(r"^(?P<code>[^\s<>]+)\s*(?:(?P<op>[<>])\s*(?P<day>\d+)|"
                          r"(?P<start>\d+)\s*-\s*(?P<end>\d+))?$")


def _pattern(phrase: str) -> str:
    text = unicodedata.normalize("NFC", phrase).replace("_", " ").lower()
    return " ".join(text.split())


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_") or "x"


def _tabari_day(raw: str) -> date:
    """YYMMDD (00-29 is 20xx, as PETRARCH reads it) or YYYYMMDD."""
    if len(raw) == 6:
        yy = int(raw[:2])
        return date(2000 + yy if yy < 30 else 1900 + yy, int(raw[2:4]), int(raw[4:6]))
    if len(raw) == 8:
        return date(int(raw[:4]), int(raw[4:6]), int(raw[6:8]))
    raise ValueError(f"date {raw!r} is neither YYMMDD nor YYYYMMDD")


def _strip_comments(text: str) -> list[str]:
    # XML-style comments may span lines ("<!-- ... -->", also "<! -- ... -->"); keep the line
    # count so notes can name lines.
    text = re.sub(r"<!.*?-->", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)
    return [line.split("#", 1)[0].rstrip() for line in text.split("\n")]


def _parse_tabari(text: str) -> list[_Tabari]:
    entries: list[_Tabari] = []
    current: _Tabari | None = None
    for number, line in enumerate(_strip_comments(text), start=1):
        body = line.strip()
        if not body or body.startswith("<"):
            continue
        if body.startswith("[") and current is not None:
            current.codes += [(b, number) for b in _BRACKET.findall(body)]
        elif body.startswith("+") and current is not None:
            current.phrases.append(body[1:].split("[", 1)[0].strip())
            current.codes += [(b, number) for b in _BRACKET.findall(body)]
        else:
            current = _Tabari(number, [body.split("[", 1)[0].strip()])
            current.codes += [(b, number) for b in _BRACKET.findall(body)]
            entries.append(current)
        if current is not None:
            current.last = number
    return entries


def _roles(entry: _Tabari, where: str, notes: list[str]) -> list[dict[str, str | None]]:
    """PETRARCH's reading of an entry's code lines: dated codes in order, the first that holds
    on a day wins; undated codes fill the days no dated code covers. ``---`` is a null code
    (it still blocks the undated code for its dates)."""
    dated: list[tuple[str, date, date]] = []  # (code, start, end exclusive)
    default: list[str] = []
    for body, line in entry.codes:
        found = _RESTRICTION.match(body.strip())
        if found is None:
            notes.append(f"{where.split(':')[0]}:{line}: [{body}] not understood; dropped")
            continue
        try:
            if found["op"] == "<":
                span = (date.min, _tabari_day(found["day"]))
            elif found["op"] == ">":
                span = (_tabari_day(found["day"]) + timedelta(days=1), date.max)
            elif found["start"]:
                span = (_tabari_day(found["start"]),
                        _tabari_day(found["end"]) + timedelta(days=1))
            else:
                span = None
        except ValueError as error:
            notes.append(f"{where.split(':')[0]}:{line}: [{body}]: {error}; dropped")
            continue
        for code in found["code"].split("/"):
            if span is None:
                default.append(code)
            else:
                dated.append((code, *span))
    pieces: list[tuple[str, date, date]] = []
    covered: list[tuple[date, date]] = []
    for code, start, end in dated:
        for a, b in _subtract((start, end), covered):
            pieces.append((code, a, b))
        covered.append((start, end))
    for code in default:
        pieces += [(code, a, b) for a, b in _subtract((date.min, date.max), covered)]
    roles: list[dict[str, str | None]] = []
    for code, start, end in pieces:
        upper = code.upper()
        if upper == "---":
            continue
        if not _CAMEO_ACTOR.fullmatch(upper):
            notes.append(f"{where}: code {code!r} is not CAMEO syntax; dropped")
            continue
        roles.append({"code": upper,
                      "from": None if start == date.min else start.isoformat(),
                      "until": None if end == date.max else end.isoformat()})
    return roles


def _subtract(span: tuple[date, date], covered: list[tuple[date, date]]
              ) -> list[tuple[date, date]]:
    """The parts of ``span`` outside every covered interval (all end-exclusive)."""
    parts = [span]
    for c_start, c_end in covered:
        next_parts = []
        for start, end in parts:
            if c_end <= start or end <= c_start:
                next_parts.append((start, end))
                continue
            if start < c_start:
                next_parts.append((start, c_start))
            if c_end < end:
                next_parts.append((c_end, end))
        parts = next_parts
    return parts


def _title(pattern: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in pattern.split(" "))


def _unique_id(base: str, seen: set[str], line: int) -> str:
    row_id = base if base not in seen else f"{base}~{line}"
    seen.add(row_id)
    return row_id


def _actor_rows(text: str, name: str, notes: list[str]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    for entry in _parse_tabari(text):
        patterns = list(dict.fromkeys(p for p in (_pattern(x) for x in entry.phrases) if p))
        if not patterns:
            continue
        where = f"{name}:{entry.line}-{entry.last}"
        roles = _roles(entry, where, notes)
        kind = "country" if roles and all(len(r["code"] or "") == 3 for r in roles) \
            else "organization"
        rows.append({
            "id": _unique_id(f"petr:actor:{_slug(patterns[0])}", seen, entry.line),
            "kind": kind, "name": _title(patterns[0]), "patterns": patterns, "roles": roles,
            "source": where,
        })
    return rows


def _plural(pattern: str) -> list[str]:
    head, _, last = pattern.rpartition(" ")
    prefix = head + " " if head else ""
    if not last.isalpha():
        return []
    if last.endswith("man"):
        return [prefix + last[:-3] + "men"]
    if last.endswith("y") and len(last) > 1 and last[-2] not in "aeiou":
        return [prefix + last[:-1] + "ies"]
    if last.endswith(("ss", "sh", "ch", "x", "z")):
        return [prefix + last + "es"]
    if last.endswith("s"):
        return []  # already plural ("forces") or invariant
    return [prefix + last + "s"]


def _expand(phrase: str, macros: dict[str, list[str]]) -> list[str] | None:
    found = re.search(r"!([^!]+)!", phrase)
    if found is None:
        return [phrase]
    if found.group(1) not in macros:
        return None
    out: list[str] = []
    for value in macros[found.group(1)]:
        more = _expand(phrase[:found.start()] + value + phrase[found.end():], macros)
        if more is None:
            return None
        out += more
    return out


def _agent_rows(text: str, name: str, notes: list[str]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    macros: dict[str, list[str]] = {}
    for number, line in enumerate(_strip_comments(text), start=1):
        body = line.strip()
        if not body or body.startswith("<"):
            continue
        if body.startswith("!") and "=" in body:
            marker, _, values = body.partition("=")
            macros[marker.strip().strip("!")] = [v.strip() for v in values.split(",")]
            continue
        phrase, _, rest = body.partition("[")
        raw_code = rest.split("]", 1)[0].replace(" ", "")
        # "~GOV" adds the agent after the actor's code, "NGO~" before it; eventcoder composes
        # agents itself, so both keep only the agent code.
        code = raw_code.strip("~").upper()
        if not _CAMEO_ACTOR.fullmatch(code):
            notes.append(f"{name}:{number}: agent code [{raw_code}] is not CAMEO syntax; dropped")
            continue
        plurals: list[str] | None = None
        if "{" in phrase:
            phrase, _, listed = phrase.partition("{")
            plurals = [_pattern(p) for p in listed.split("}", 1)[0].replace(",", " ").split()]
        forms = _expand(phrase.strip(), macros)
        if forms is None:
            notes.append(f"{name}:{number}: unknown substitution marker; dropped")
            continue
        patterns = [_pattern(f) for f in forms]
        if plurals is not None:
            patterns += plurals
        elif "!" not in phrase:
            patterns += _plural(patterns[0])
        patterns = list(dict.fromkeys(p for p in patterns if p))
        rows.append({
            "id": _unique_id(f"petr:agent:{_slug(patterns[0])}", seen, number),
            "kind": "agent", "name": _title(patterns[0]), "patterns": patterns,
            "roles": [{"code": code, "from": None, "until": None}],
            "source": f"{name}:{number}-{number}",
        })
    return rows
