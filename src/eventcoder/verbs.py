"""The shipped CAMEO verb pattern resource (from PETRARCH2 via tools/convert_cameo_verbs.py).

Rows are validated on load; a digest mismatch against ``manifest.json`` or a malformed row raises
:class:`ResourceError` naming ``file:line`` so a broken package is caught before any coding.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ResourceError
from .jsonl import read_rows

__all__ = ["Synset", "VerbPattern", "VerbPatterns", "load_verb_patterns"]

_CODE = re.compile(r"^[0-9]{2,4}$")
_ID = re.compile(r"^cameo:[0-9a-f]{16}$")


@dataclass(frozen=True, slots=True)
class VerbPattern:
    id: str
    verb: str
    forms: tuple[str, ...]
    code: str | None
    before: tuple[str, ...]
    after: tuple[str, ...]
    source: str
    comment: str
    code_raw: str = ""


@dataclass(frozen=True, slots=True)
class Synset:
    name: str
    words: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class VerbPatterns:
    patterns: tuple[VerbPattern, ...]
    synsets: tuple[Synset, ...]
    digest: str
    _index: dict[str, tuple[VerbPattern, ...]] = field(repr=False, compare=False)

    def by_verb(self, lemma: str) -> tuple[VerbPattern, ...]:
        """Rows whose head verb or any listed form is ``lemma`` (blocks share their patterns)."""
        return self._index.get(lemma.lower(), ())

    @property
    def verbs(self) -> frozenset[str]:
        """The words rows are found by: head verbs and their listed forms."""
        return frozenset(self._index)


def load_verb_patterns(verify: bool = True, data: str | Path | None = None) -> VerbPatterns:
    shipped = Path(str(resources.files("eventcoder"))) / "data" / "verbs"
    folder = Path(data) if data is not None else shipped
    manifest_path = folder / "manifest.json"
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ResourceError(f"{manifest_path}: cannot read: {error.strerror}") from error
    except json.JSONDecodeError as error:
        raise ResourceError(f"{manifest_path}:{error.lineno}: invalid JSON: {error.msg}") from error
    files = {item["path"]: item for item in manifest.get("files", [])}
    raws: dict[str, bytes] = {}
    digest = hashlib.sha256()
    for name in ("verbs.jsonl", "synsets.jsonl"):
        if name not in files:
            raise ResourceError(f"{manifest_path}: no entry for {name}")
        try:
            raw = (folder / name).read_bytes()
        except OSError as error:
            raise ResourceError(f"{folder / name}: cannot read: {error.strerror}") from error
        actual = hashlib.sha256(raw).hexdigest()
        if verify and actual != files[name]["sha256"]:
            raise ResourceError(f"{folder / name}: sha256 {actual} does not match the manifest")
        digest.update(actual.encode())
        raws[name] = raw
    patterns = tuple(read_rows(folder / "verbs.jsonl", raws["verbs.jsonl"], _pattern))
    synsets = tuple(read_rows(folder / "synsets.jsonl", raws["synsets.jsonl"], _synset))
    seen: set[str] = set()
    index: dict[str, list[VerbPattern]] = {}
    for row in patterns:
        if row.id in seen:
            raise ResourceError(f"{folder / 'verbs.jsonl'}: duplicate id {row.id!r} ({row.source})")
        seen.add(row.id)
        for key in dict.fromkeys((row.verb, *row.forms)):
            index.setdefault(key, []).append(row)
    return VerbPatterns(
        patterns, synsets, digest.hexdigest(), {k: tuple(v) for k, v in index.items()}
    )


def _strings(value: Any, where: str, key: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ResourceError(f"{where}: {key} must be a list of strings")
    return tuple(value)


def _text(row: dict[str, Any], key: str, where: str) -> str:
    value = row[key]
    if not isinstance(value, str):
        raise ResourceError(f"{where}: {key} must be a string")
    return value


def _pattern(row: dict[str, Any], where: str) -> VerbPattern:
    row_id = _text(row, "id", where)
    if not _ID.match(row_id):
        raise ResourceError(f"{where}: bad id {row_id!r}")
    code = row["code"]
    if code is not None and (not isinstance(code, str) or not _CODE.match(code)):
        raise ResourceError(f"{where}: code must be null or 2-4 digits, got {code!r}")
    pattern = row["pattern"]
    if not isinstance(pattern, dict):
        raise ResourceError(f"{where}: pattern must be an object")
    return VerbPattern(
        id=row_id,
        verb=_text(row, "verb", where),
        forms=_strings(row["forms"], where, "forms"),
        code=code,
        before=_strings(pattern["before"], where, "pattern.before"),
        after=_strings(pattern["after"], where, "pattern.after"),
        source=_text(row, "source", where),
        comment=_text(row, "comment", where),
        code_raw=_text(row, "code_raw", where) if "code_raw" in row else "",
    )


def _synset(row: dict[str, Any], where: str) -> Synset:
    name = _text(row, "name", where)
    if not name.startswith("&"):
        raise ResourceError(f"{where}: synset name must start with '&'")
    return Synset(name=name, words=_strings(row["words"], where, "words"))
