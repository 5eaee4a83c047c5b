#!/usr/bin/env python3
"""Validate the curated CAMEO event-trigger lexicon and count its rows per CAMEO root.

    python tools/check_triggers.py [PATH] [--codes CODES] [--markdown] [--strict]
                                   [--update-manifest VERSION]

PATH defaults to src/eventcoder/data/events/triggers.jsonl. CODES is the list of valid CAMEO
codes: JSONL rows with a ``code`` key (default: the shipped src/eventcoder/data/cameo/codes.jsonl),
a CSV file with a ``code`` column (e.g. the CAMEO codebook table) or a text file with one code per
line. Errors (bad JSON, schema, ids, order, unknown codes, two rows for the same lemma
with the same conditions) are printed as ``file:line: message`` and make the exit status 1.
``--markdown`` prints the counts per root and the codes with no row as a Markdown report;
``--update-manifest VERSION`` rewrites ``manifest.json`` next to PATH (row count and sha256)
after a clean check. Without it, an existing manifest is checked against the file. Rows of one
lemma that could fire together with equal specificity are warnings (errors with ``--strict``).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "src/eventcoder/data"
DEFAULT_PATH = DATA / "events/triggers.jsonl"
DEFAULT_CODES = DATA / "cameo/codes.jsonl"

REQUIRED = ("id", "lemma", "pos", "code", "note")
OPTIONAL = ("when", "unless", "target", "reciprocal", "reading")
KEY_ORDER = ("id", "lemma", "pos", "code", "when", "unless", "target", "reciprocal", "reading",
             "note")
WHEN_KEYS = ("object", "prep", "particle", "complement", "governor", "subject")
POS = ("VERB", "NOUN")

ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
LEMMA_RE = re.compile(r"^[a-z][a-z0-9'-]*$")
# A word with the word it governs: a preposition and its object ("from:organization", "out
# of:deal"), a complement verb and its object ("abuse:power"), "oprd:provocation".
PREP_OBJECT_RE = re.compile(r"^[a-z]+( [a-z]+)?:[a-z][a-z0-9'-]*$")
# A named place, person, armed actor or international body as an object: "ent:gpe",
# "ent:person", "ent:armed", "ent:igo".
ENTITY_RE = re.compile(r"^ent:(gpe|person|armed|igo)$")
CODE_RE = re.compile(r"^[0-9]{2,4}$")
SLOT_RE = re.compile(r"^(?:object|dative|prep:[a-z]+)$")

ROOT_NAMES = {
    "01": "make public statement",
    "02": "appeal",
    "03": "express intent to cooperate",
    "04": "consult",
    "05": "engage in diplomatic cooperation",
    "06": "engage in material cooperation",
    "07": "provide aid",
    "08": "yield",
    "09": "investigate",
    "10": "demand",
    "11": "disapprove",
    "12": "reject",
    "13": "threaten",
    "14": "protest",
    "15": "exhibit force posture",
    "16": "reduce relations",
    "17": "coerce",
    "18": "assault",
    "19": "fight",
    "20": "use unconventional mass violence",
}


def load_codes(path: Path) -> set[str]:
    """CAMEO codes from JSONL rows with a ``code`` key (the shipped code table), a CSV with a
    ``code`` column, or a file of one code per line."""
    # The CAMEO codebook CSV is not valid UTF-8 in places; only the code column matters here.
    text = path.read_bytes().decode("utf-8", errors="replace")
    if path.suffix == ".jsonl":
        return {str(json.loads(line)["code"]) for line in text.splitlines() if line.strip()}
    first = text.splitlines()[0] if text else ""
    if "," in first and "code" in [c.strip().strip('"') for c in first.split(",")]:
        return {
            row["code"].strip()
            for row in csv.DictReader(io.StringIO(text))
            if row.get("code") and CODE_RE.match(row["code"].strip())
        }
    return {line.strip() for line in text.splitlines() if CODE_RE.match(line.strip())}


def root_of(code: str) -> str:
    return code[:2]


def _check_words(value: object, where: str, errors: list[str], *, paired: bool = False) -> None:
    if not isinstance(value, list) or not value:
        errors.append(f"{where}: must be a non-empty list of strings")
        return
    if len(set(value)) != len(value):
        errors.append(f"{where}: repeated word")
    for word in value:
        if not isinstance(word, str) or not (
                LEMMA_RE.match(word) or (paired and PREP_OBJECT_RE.match(word)) or
                ENTITY_RE.match(word)):
            errors.append(f"{where}: {word!r} is not a lowercase lemma")


def check_row(row: object, where: str, codes: set[str] | None) -> list[str]:
    """Schema errors of one parsed row; an empty list means the row is well formed."""
    errors: list[str] = []
    if not isinstance(row, dict):
        return [f"{where}: a row must be a JSON object"]
    for key in REQUIRED:
        if key not in row:
            errors.append(f"{where}: missing {key!r}")
    for key in row:
        if key not in REQUIRED and key not in OPTIONAL:
            errors.append(f"{where}: unknown key {key!r}")
    if errors:
        return errors
    present = [key for key in KEY_ORDER if key in row]
    if list(row) != present:
        errors.append(f"{where}: keys must be in the order {', '.join(present)}")
    if not isinstance(row["id"], str) or not ID_RE.match(row["id"]):
        errors.append(f"{where}: id {row['id']!r} is not a lowercase slug")
    if not isinstance(row["lemma"], str) or not LEMMA_RE.match(row["lemma"]):
        errors.append(f"{where}: lemma {row['lemma']!r} is not a lowercase single token")
    if row["pos"] not in POS:
        errors.append(f"{where}: pos {row['pos']!r} is not one of {', '.join(POS)}")
    code = row["code"]
    if not isinstance(code, str) or not CODE_RE.match(code):
        errors.append(f"{where}: code {code!r} is not a 2-4 digit string")
    elif codes is not None and code not in codes:
        errors.append(f"{where}: code {code} is not in the code list")
    if not isinstance(row["note"], str) or not row["note"].strip():
        errors.append(f"{where}: note must be a non-empty example phrase")
    for part in ("when", "unless"):
        conditions = row.get(part)
        if conditions is None:
            continue
        if not isinstance(conditions, dict) or not conditions:
            errors.append(f"{where}: {part} must be a non-empty object")
            continue
        for key, value in conditions.items():
            if key not in WHEN_KEYS:
                errors.append(f"{where}: unknown condition {key!r}")
                continue
            _check_words(value, f"{where}: {part}.{key}", errors,
                         paired=key in ("prep", "complement", "object"))
        if "governor" in conditions and row["pos"] != "NOUN":
            errors.append(f"{where}: governor applies to NOUN triggers only")
        if "particle" in conditions and row["pos"] != "VERB":
            errors.append(f"{where}: particle applies to VERB triggers only")
    target = row.get("target")
    if target is not None:
        if not isinstance(target, list) or not target:
            errors.append(f"{where}: target must be a non-empty list of slots")
        else:
            for slot in target:
                if not isinstance(slot, str) or not SLOT_RE.match(slot):
                    errors.append(f"{where}: target slot {slot!r} is not object, dative or prep:P")
            if len(set(target)) != len(target):
                errors.append(f"{where}: repeated target slot")
    if "reciprocal" in row and not isinstance(row["reciprocal"], bool):
        errors.append(f"{where}: reciprocal must be true or false")
    if "reading" in row and row["reading"] not in _readings():
        errors.append(f"{where}: reading must be one of {', '.join(sorted(_readings()))}")
    return errors


def _readings() -> set[str]:
    """The readings the coder knows (eventcoder.triggers.READINGS, from this checkout)."""
    sys.path.insert(0, str(DATA.parent.parent))
    from eventcoder.triggers import READINGS

    return set(READINGS)


def _condition_key(row: dict[str, object]) -> tuple[object, ...]:
    when = row.get("when") or {}
    assert isinstance(when, dict)
    return (
        row["lemma"],
        row["pos"],
        tuple(sorted((key, tuple(sorted(value))) for key, value in when.items())),
    )


def check_file(path: Path, codes: set[str] | None) -> tuple[list[dict[str, object]], list[str]]:
    """Parse and validate the whole file; return the rows read and every error found."""
    rows: list[dict[str, object]] = []
    errors: list[str] = []
    seen_ids: dict[str, int] = {}
    seen_conditions: dict[tuple[object, ...], int] = {}
    previous: tuple[str, str] | None = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path}:{number}"
        if not line.strip():
            errors.append(f"{where}: blank line")
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            errors.append(f"{where}: invalid JSON: {error.msg}")
            continue
        row_errors = check_row(row, where, codes)
        errors.extend(row_errors)
        if row_errors:
            continue
        rows.append(row)
        if row["id"] in seen_ids:
            errors.append(f"{where}: id {row['id']!r} already used on line {seen_ids[row['id']]}")
        seen_ids.setdefault(row["id"], number)
        key = _condition_key(row)
        if key in seen_conditions:
            errors.append(
                f"{where}: same lemma, pos and conditions as line {seen_conditions[key]}"
                " (the engine could not choose between them)"
            )
        seen_conditions.setdefault(key, number)
        order = (row["lemma"], row["id"])
        if previous is not None and order < previous:
            errors.append(f"{where}: rows must be sorted by lemma then id")
        previous = order
    return rows, errors


def overlaps(rows: list[dict[str, object]]) -> list[str]:
    """Pairs of rows for one lemma with the same condition kinds and a shared word in each.

    Such a pair fires together on some sentence with equal specificity, so the engine's choice
    between their codes would be arbitrary.
    """
    groups: dict[tuple[object, ...], list[dict[str, object]]] = {}
    for row in rows:
        when = row.get("when") or {}
        assert isinstance(when, dict)
        groups.setdefault((row["lemma"], row["pos"], tuple(sorted(when))), []).append(row)
    found = []
    for group in groups.values():
        for i, first in enumerate(group):
            for second in group[i + 1 :]:
                a, b = first.get("when") or {}, second.get("when") or {}
                assert isinstance(a, dict) and isinstance(b, dict)
                if not a or first["code"] == second["code"]:
                    continue
                shared = [sorted(set(a[key]) & set(b[key])) for key in a]
                if all(shared):
                    found.append(
                        f"rows {first['id']} and {second['id']} overlap on "
                        + "; ".join(
                            f"{key}={','.join(words)}" for key, words in zip(a, shared, strict=True)
                        )
                    )
    return found


def counts_per_root(rows: Iterable[dict[str, object]]) -> Counter[str]:
    return Counter(root_of(str(row["code"])) for row in rows)


def missing_codes(rows: Iterable[dict[str, object]], codes: set[str]) -> list[str]:
    used = {str(row["code"]) for row in rows}
    # Two-digit codes head a root in the codebook; events are coded with 3- and 4-digit codes.
    return sorted(code for code in codes if code not in used and len(code) > 2)


def markdown_report(rows: list[dict[str, object]], codes: set[str] | None) -> str:
    roots = counts_per_root(rows)
    nouns = Counter(root_of(str(r["code"])) for r in rows if r["pos"] == "NOUN")
    lines = [
        "# Event-trigger lexicon: coverage report",
        "",
        "Generated by `python tools/check_triggers.py --markdown`.",
        "",
        f"{len(rows)} rows, {len({r['lemma'] for r in rows})} lemmas, "
        f"{len({r['code'] for r in rows})} distinct CAMEO codes.",
        "",
        "| root | name | rows | noun rows | codes used |",
        "| --- | --- | ---: | ---: | ---: |",
    ]
    for root, name in ROOT_NAMES.items():
        used = {str(r["code"]) for r in rows if root_of(str(r["code"])) == root}
        lines.append(f"| {root} | {name} | {roots[root]} | {nouns[root]} | {len(used)} |")
    if codes is not None:
        missing = missing_codes(rows, codes)
        lines += ["", f"## CAMEO codes with no row ({len(missing)})", ""]
        for root in ROOT_NAMES:
            in_root = [code for code in missing if root_of(code) == root]
            if in_root:
                lines.append(f"- {root}: {', '.join(in_root)}")
    return "\n".join(lines) + "\n"


def _manifest_entry(path: Path, rows: int) -> dict[str, object]:
    return {
        "license": "MIT",
        "path": path.name,
        "rows": rows,
        "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "source": "eventcoder authors (curated)",
    }


def check_manifest(path: Path, rows: int) -> list[str]:
    manifest = path.parent / "manifest.json"
    if not manifest.exists():
        return []
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        return [f"{manifest}:{error.lineno}: invalid JSON: {error.msg}"]
    entries = {item.get("path"): item for item in data.get("files", [])}
    entry = entries.get(path.name)
    if entry is None:
        return [f"{manifest}: no entry for {path.name}"]
    expected = _manifest_entry(path, rows)
    errors = []
    for key in ("rows", "sha256"):
        if entry.get(key) != expected[key]:
            errors.append(f"{manifest}: {key} {entry.get(key)} does not match the file")
    return errors


def update_manifest(path: Path, rows: int, version: str) -> None:
    manifest = path.parent / "manifest.json"
    data = {
        "files": [_manifest_entry(path, rows)],
        "name": "eventcoder-triggers",
        "version": version,
    }
    manifest.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH)
    parser.add_argument(
        "--codes",
        type=Path,
        default=DEFAULT_CODES,
        help="JSONL or CSV with a code column, or one code a line (default: the shipped table)",
    )
    parser.add_argument("--markdown", action="store_true", help="print a Markdown coverage report")
    parser.add_argument("--update-manifest", metavar="VERSION", help="rewrite manifest.json")
    parser.add_argument("--strict", action="store_true", help="overlapping rows are errors too")
    args = parser.parse_args(argv)
    if not args.codes.exists():
        print(f"{args.codes}: no such code list (give one with --codes)", file=sys.stderr)
        return 2
    codes = load_codes(args.codes)
    if not codes:
        print(f"{args.codes}: no CAMEO codes found", file=sys.stderr)
        return 1
    rows, errors = check_file(args.path, codes)
    if not errors and args.update_manifest:
        update_manifest(args.path, len(rows), args.update_manifest)
    errors += check_manifest(args.path, len(rows))
    warnings = overlaps(rows)
    if args.strict:
        errors += warnings
        warnings = []
    for error in errors:
        print(error, file=sys.stderr)
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if args.markdown:
        print(markdown_report(rows, codes), end="")
    else:
        roots = counts_per_root(rows)
        for root, name in ROOT_NAMES.items():
            print(f"{root}  {roots[root]:4d}  {name}")
        print(f"total {len(rows)} rows; {len(missing_codes(rows, codes))} codes with no row")
        print(f"{len(errors)} error(s), {len(warnings)} warning(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
