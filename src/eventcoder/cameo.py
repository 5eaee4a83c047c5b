"""The CAMEO event code table: names, Goldstein scale, quad classes and the PLOVER crosswalk.

Shipped in ``eventcoder/data/cameo/`` (built by ``tools/convert_cameo_codes.py`` from the CAMEO
1.1b3 code list and the PLOVER 2021 crosswalk; sources and licences in ``NOTICE``). Rows are
validated on load; a digest mismatch against ``manifest.json`` or a malformed row raises
:class:`ResourceError` naming ``file:line``.

CAMEO codes are strings and their leading zeros matter: ``"10"`` is the root DEMAND, ``"010"``
is "Make statement".

>>> from eventcoder.cameo import load_cameo
>>> table = load_cameo()
>>> table.get("0256").plover, table.get("0256").quad_class
('REQUEST', 0)
>>> table.get("10").name, table.get("010").name
('DEMAND', 'Make statement')
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ResourceError
from .jsonl import read_rows

__all__ = ["CameoCode", "CameoTable", "is_code", "load_cameo", "normalise_code", "quad_class"]

_SYNTAX = re.compile(r"^(?:0[1-9]|1[0-9]|20)[0-9]{0,2}$")
_BASES = frozenset({"crosswalk", "inherited", "appeal", "none"})
# Characters a code is often wrapped in when it comes from another tool: [042], "042", '042'.
_WRAPPERS = "[]\"' \t"


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO code. ``quad_class`` is the Phoenix/PentaClass 0..4 (0 statements and appeals,
    1 verbal cooperation, 2 material cooperation, 3 verbal conflict, reducing relations (16)
    included, 4 material conflict); ``quad_class_gdelt`` is GDELT's 1..4 (statements and
    appeals in 1, root 16 in 4). ``plover`` is null for
    public statements (01). ``plover_basis`` says where the PLOVER fields come from:
    ``crosswalk`` (the code's own line), ``inherited`` (``plover_inherited_from``, an
    ancestor's line), ``appeal`` (02: REQUEST with the parallel demand code's mode and context)
    or ``none``."""

    code: str
    root: str
    name: str
    goldstein: float
    quad_class: int
    quad_class_gdelt: int
    plover: str | None
    plover_mode: str | None
    plover_context: str | None
    plover_inherited_from: str | None = None
    plover_basis: str = "crosswalk"
    source: tuple[str, ...] = ()

    @property
    def level(self) -> int:
        """1 for a root ("14"), 2 for a 3-digit code ("141"), 3 for a 4-digit code ("1411")."""
        return len(self.code) - 1

    @property
    def parent(self) -> str | None:
        return None if len(self.code) == 2 else self.code[:-1] if len(self.code) == 4 \
            else self.code[:2]


@dataclass(frozen=True, slots=True)
class CameoTable:
    """Every CAMEO code, in code order, with the digest of the data read."""

    codes: tuple[CameoCode, ...]
    digest: str
    version: str
    _by_code: dict[str, CameoCode] = field(repr=False, compare=False)

    def get(self, code: str) -> CameoCode | None:
        """The row of ``code`` (normalised first, so ``" [042] "`` works), or None."""
        key = normalise_code(code)
        return self._by_code.get(key) if key is not None else None

    def nearest(self, code: str) -> CameoCode | None:
        """The row of ``code`` or, for a code the table lacks (a dictionary's private ``1717``),
        of its nearest ancestor (``171``, then ``17``)."""
        key = normalise_code(code)
        if key is None:
            return None
        for candidate in (key, key[:3], key[:2]):
            if candidate in self._by_code:
                return self._by_code[candidate]
        return None

    def roots(self) -> tuple[CameoCode, ...]:
        return tuple(c for c in self.codes if c.level == 1)

    def children(self, code: str) -> tuple[CameoCode, ...]:
        """The codes directly under ``code``."""
        return tuple(c for c in self.codes if c.parent == code)

    def plover_quad(self, label: str) -> int | None:
        """The PentaClass every CAMEO code mapped to a PLOVER event shares, or None when they
        differ: ACCUSE (09, 11) is 3, but REQUEST (appeals 02, demands 10) is 0 or 3."""
        quads = {c.quad_class for c in self.codes if c.plover == label.upper()}
        return quads.pop() if len(quads) == 1 else None

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and self.get(code) is not None

    def __iter__(self) -> Iterator[CameoCode]:
        return iter(self.codes)

    def __len__(self) -> int:
        return len(self.codes)


def normalise_code(raw: str) -> str | None:
    """A CAMEO code as a string with its leading zeros, or None when ``raw`` is not CAMEO code
    syntax (a root 01..20 followed by up to two digits). Whitespace, brackets and quotes are
    removed; digits are never added or dropped, so ``"10"`` (root DEMAND) and ``"010"`` (Make
    statement) stay apart. Integers are refused: ``10`` cannot say which of the two it was."""
    if not isinstance(raw, str):
        raise TypeError(f"a CAMEO code is a string (leading zeros matter), got {raw!r}")
    code = raw.strip(_WRAPPERS)
    return code if _SYNTAX.match(code) else None


def quad_class(root: str) -> int | None:
    """PentaClass 0..4 of a root code (or any code, by its first two digits)."""
    code = normalise_code(root)
    if code is None:
        return None
    number = int(code[:2])
    if number == 16:
        return 3
    return 0 if number <= 2 else 1 if number <= 5 else 2 if number <= 8 else 3 if number <= 13 \
        else 4


def is_code(code: str) -> bool:
    """Whether ``code`` is a code of the shipped CAMEO table."""
    return isinstance(code, str) and load_cameo().get(code) is not None


@lru_cache(maxsize=4)
def load_cameo(verify: bool = True, data: str | Path | None = None) -> CameoTable:
    """The shipped table (or one laid out the same way in ``data``), checked against the
    manifest's sha256 unless ``verify`` is false. Cached: the table is immutable."""
    folder = Path(data) if data is not None else Path(
        str(resources.files("eventcoder"))) / "data" / "cameo"
    manifest_path = folder / "manifest.json"
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ResourceError(f"{manifest_path}: cannot read: {error.strerror}") from error
    except json.JSONDecodeError as error:
        raise ResourceError(f"{manifest_path}:{error.lineno}: invalid JSON: {error.msg}") from error
    files = {item.get("path"): item for item in manifest.get("files", [])
             if isinstance(item, dict)}
    if "codes.jsonl" not in files:
        raise ResourceError(f"{manifest_path}: no entry for codes.jsonl")
    path = folder / "codes.jsonl"
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ResourceError(f"{path}: cannot read: {error.strerror}") from error
    actual = hashlib.sha256(raw).hexdigest()
    if verify and actual != files["codes.jsonl"].get("sha256"):
        raise ResourceError(f"{path}: sha256 {actual} does not match the manifest")
    codes = read_rows(path, raw, _code)
    by_code: dict[str, CameoCode] = {}
    for number, code in enumerate(codes, start=1):
        if code.code in by_code:
            raise ResourceError(f"{path}:{number}: code {code.code} repeated")
        by_code[code.code] = code
    for number, code in enumerate(codes, start=1):
        if code.root not in by_code or (code.parent is not None and code.parent not in by_code):
            raise ResourceError(f"{path}:{number}: {code.code} has no parent row")
    return CameoTable(tuple(codes), hashlib.sha256(actual.encode()).hexdigest(),
                      str(manifest.get("version", "")), by_code)


def _optional(row: dict[str, Any], key: str, where: str) -> str | None:
    value = row[key]
    if value is not None and not (isinstance(value, str) and value):
        raise ResourceError(f"{where}: {key} must be null or a non-empty string")
    return value


def _code(row: dict[str, Any], where: str) -> CameoCode:
    code = row["code"]
    if not isinstance(code, str) or not _SYNTAX.match(code):
        raise ResourceError(f"{where}: code must be CAMEO syntax, got {code!r}")
    if row["root"] != code[:2]:
        raise ResourceError(f"{where}: root {row['root']!r} is not the root of {code}")
    goldstein = row["goldstein"]
    if isinstance(goldstein, bool) or not isinstance(goldstein, int | float) \
            or not -10 <= goldstein <= 10:
        raise ResourceError(f"{where}: goldstein must be a number in [-10, 10]")
    quad, gdelt = row["quad_class"], row["quad_class_gdelt"]
    root = int(code[:2])
    if quad != quad_class(code) or gdelt != (1 if root <= 5 else 2 if root <= 8 else 3
                                             if root <= 13 else 4):
        raise ResourceError(f"{where}: quad classes {quad}/{gdelt} do not match root {code[:2]}")
    name = row["name"]
    if not isinstance(name, str) or not name.strip():
        raise ResourceError(f"{where}: name must be a non-empty string")
    basis = row["plover_basis"]
    if basis not in _BASES:
        raise ResourceError(f"{where}: plover_basis {basis!r} is not one of {sorted(_BASES)}")
    source = row["source"]
    if not isinstance(source, list) or not all(isinstance(s, str) for s in source):
        raise ResourceError(f"{where}: source must be a list of strings")
    return CameoCode(
        code=code, root=code[:2], name=name, goldstein=float(goldstein), quad_class=quad,
        quad_class_gdelt=gdelt, plover=_optional(row, "plover", where),
        plover_mode=_optional(row, "plover_mode", where),
        plover_context=_optional(row, "plover_context", where),
        plover_inherited_from=_optional(row, "plover_inherited_from", where),
        plover_basis=basis, source=tuple(source),
    )
