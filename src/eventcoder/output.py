"""Writing records to stdout as JSON lines, CSV or an aligned text table."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any, TextIO

__all__ = ["FORMATS", "write_records"]

FORMATS = ("jsonl", "csv", "table")


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    raise TypeError(f"cannot serialise {type(value).__name__}")


def to_json(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, default=_json_default)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, default=_json_default)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def write_records(records: Iterable[dict[str, Any]], fmt: str, stream: TextIO, *,
                  columns: Sequence[str], widths: dict[str, int] | None = None) -> int:
    """Write records; ``columns`` choose the CSV/table columns (JSONL writes every field).

    Returns how many records were written.
    """
    count = 0
    if fmt == "jsonl":
        for record in records:
            stream.write(to_json(record) + "\n")
            count += 1
    elif fmt == "csv":
        writer = csv.writer(stream)
        writer.writerow(columns)
        for record in records:
            writer.writerow([_cell(record.get(c)) for c in columns])
            count += 1
    elif fmt == "table":
        widths = widths or {}
        rows = [[_cell(record.get(c)).replace("\n", " ") for c in columns] for record in records]
        sizes = [
            min(widths.get(c, 60), max([len(c), *(len(r[i]) for r in rows)]))
            for i, c in enumerate(columns)
        ]

        def line(cells: Sequence[str]) -> str:
            out = []
            for cell, size in zip(cells, sizes, strict=True):
                cell = cell if len(cell) <= size else cell[: size - 1] + "…"
                out.append(cell.ljust(size))
            return "  ".join(out).rstrip()

        stream.write(line(columns) + "\n")
        stream.write(line(["-" * s for s in sizes]) + "\n")
        for row in rows:
            stream.write(line(row) + "\n")
        count = len(rows)
    else:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    return count
