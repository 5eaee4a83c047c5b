"""Reading the JSONL rows of eventcoder's data files, with errors that name ``file:line``."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from .errors import ResourceError

__all__ = ["json_row", "read_rows"]

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
