"""Reading the JSONL rows of eventcoder's data files, with errors that name ``file:line``."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from .errors import EventcoderError, ResourceError

__all__ = ["json_row", "read_case_table", "read_rows"]

T = TypeVar("T")


def json_row(line: str, where: str) -> dict[str, Any]:
    """One JSONL line as an object; ``where`` ("file:line") leads any error."""
    try:
        row = json.loads(line)
    except json.JSONDecodeError as error:
        raise ResourceError(f"{where}: invalid JSON: {error.msg}") from None
    if not isinstance(row, dict):
        raise ResourceError(f"{where}: a row must be a JSON object")
    return row


def read_rows(path: Path, raw: bytes, make: Callable[[dict[str, Any], str], T]) -> list[T]:
    """Every line of a JSONL file made into a record by ``make(row, where)``; a row ``make``
    cannot read (a missing key, a value of the wrong type) is reported at its line."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ResourceError(f"{path}: not UTF-8: {error.reason}") from None
    out = []
    for number, line in enumerate(text.splitlines(), start=1):
        where = f"{path}:{number}"
        row = json_row(line, where)
        try:
            out.append(make(row, where))
        except (KeyError, TypeError, ValueError) as error:
            raise ResourceError(f"{where}: malformed row: {error!r}") from error
    return out


def read_case_table(path: str | Path | None, name: str, needs: dict[str, type],
                    error: type[EventcoderError] = ResourceError) -> list[dict[str, Any]]:
    """The rows of a hand-written case table: ``path``, or the file ``name`` in the folder
    ``path`` names, or ``tests/data/<name>`` of a source checkout. One JSON object a line, each
    with the keys of ``needs`` holding values of their types; blank lines are skipped. A file
    that cannot be read or a row without what it needs raises ``error`` naming ``file:line``."""
    if path is None:
        path = Path(__file__).resolve().parents[2] / "tests" / "data" / name
    path = Path(path)
    if path.is_dir():
        path = path / name
    try:
        lines = path.read_text("utf-8").splitlines()
    except OSError as exc:
        raise error(f"{path}: cannot read the case table ({exc.strerror})") from None
    rows = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        row = json_row(line, f"{path}:{number}")
        if not all(isinstance(row.get(key), kind) for key, kind in needs.items()):
            wanted = " and ".join(f"{key} ({kind.__name__})" for key, kind in needs.items())
            raise error(f"{path}:{number}: a case needs {wanted}")
        rows.append(row)
    return rows
