"""Convert the PETRARCH2 CAMEO verb dictionary into eventcoder's verb pattern resource.

Usage: python tools/convert_cameo_verbs.py [--source DIR] [--out DIR] [--report FILE]

The output is a pure function of the input file: rows keep source order, JSON is written with
sorted keys and no timestamps, so a rerun rewrites every file byte-identically (the test suite
checks this).

Format decisions (petrarch2 docs/source/dictionaries.rst and PETRreader.read_verb_dictionary):
- ``--- NAME [CODE] ---`` starts a verb block; CODE is the block default, ``---`` the null code.
- Verb lines: ``VERB {IRREGULAR FORMS} [CODE] # comment``; ``+`` marks the verb word of a
  multi-word verb (``+ASK_FOR``), it is dropped from lemmas and forms.
- Pattern lines: ``- words * words [CODE] # comment``; ``*`` is the verb, ``$`` source, ``+``
  target, ``&NAME`` a synset, ``_`` joins consecutive words (kept inside the token), ``(...)``
  prepositional phrases and ``{...}`` noun phrases (kept as separate bracket tokens so the
  grouping survives), ``^`` and ``%`` kept as written.
- Codes: ``[A:B]`` is a TABARI paired code (A for source->target, B for the reciprocal event;
  ``[:B]`` has only the reciprocal). ``code`` holds A when it is a valid CAMEO code, else null;
  ``code_raw`` keeps the bracket text exactly (whitespace stripped). ``---`` is the documented
  null code (pattern blocks the event), so its rows keep ``code`` null and are counted, not
  treated as failures. The file holds no hex (0x...) codes; any would become null and be listed.
- The trailing TRANSFORMATIONS section (``~`` rules) is not a pattern and is only counted.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

SOURCE_NAME = "CAMEO.2.0.txt"
SOURCE_REPO = "openeventdata/petrarch2"
SOURCE_COMMIT = "676801cd9cb2924bbbad09f86d15c9323e7097bf"
SOURCE_PATH = "petrarch2/data/dictionaries/CAMEO.2.0.txt"
RESOURCE_VERSION = "2026.11.0"

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = ROOT.parent / "shared" / "dictionaries" / "phoenix"
DEFAULT_OUT = ROOT / "src" / "eventcoder" / "data" / "verbs"
DEFAULT_REPORT = ROOT / "tools" / "cameo_verbs_report.md"
DEFAULT_CODES = ROOT.parent / "shared" / "eval" / "cameo_manual_examples" / "cameo-codes.csv"

VALID_CODE = re.compile(r"^[0-9]{2,4}$")
# Four headers read "[110]---  ---"; the stray dashes are tolerated rather than lost.
HEADER = re.compile(r"^---\s+(?P<name>\S+)\s+\[(?P<code>[^\]]*)\]\s*-*\s*---\s*$")
VERB_LINE = re.compile(
    r"^(?P<verb>[A-Z0-9_+'\-]+)\s*(?:\{(?P<forms>[^}]*)\})?\s*(?:\[(?P<code>[^\]]*)\])?\s*$"
)
PATTERN_CODE = re.compile(r"^(?P<body>.*?)\s*\[(?P<code>[^\]]*)\]\s*$")
TOKEN = re.compile(r"[(){}]|[^\s(){}]+")


@dataclass(slots=True)
class Block:
    name: str
    code_raw: str
    line: int
    verbs: list[tuple[str, list[str], str | None, int]] = field(default_factory=list)
    patterns: list[tuple[list[str], list[str], str, str, int, str]] = field(default_factory=list)


@dataclass(slots=True)
class Result:
    verbs: list[dict[str, object]]
    synsets: list[dict[str, object]]
    failures: list[tuple[int, str, str]]
    duplicates: list[tuple[int, int, str]]
    odd_codes: list[tuple[int, str]]
    transformations: int
    defaults: int


def split_comment(text: str) -> tuple[str, str]:
    """Split off a ``#`` or legacy ``;`` comment (both documented as comment markers)."""
    cut = len(text)
    for mark in ("#", ";"):
        at = text.find(mark)
        if at != -1:
            cut = min(cut, at)
    return text[:cut].rstrip(), text[cut + 1 :].strip() if cut < len(text) else ""


def parse_code(raw: str) -> tuple[str | None, str]:
    raw = "".join(raw.split())
    primary = raw.split(":", 1)[0]
    return (primary if VALID_CODE.match(primary) else None), raw


def lemma(word: str) -> str:
    return word.replace("+", "").lower()


def pattern_tokens(body: str) -> list[str]:
    out: list[str] = []
    for raw in TOKEN.findall(body):
        # A few patterns glue the verb marker to a word ("*SCEPTICAL", "SPY_*_DEAL"); split it
        # out so every pattern has "*" as a token of its own.
        pieces = [p.strip("_") for p in re.split(r"(\*)", raw)] if raw != "*" else [raw]
        for token in (p for p in pieces if p):
            out.append(token if token.startswith("&") else token.lower())
    return out


def stable_id(verb: str, text: str) -> str:
    return "cameo:" + hashlib.sha256(f"{verb}\t{text}".encode()).hexdigest()[:16]


def convert(text: str) -> Result:
    failures: list[tuple[int, str, str]] = []
    synsets: list[dict[str, object]] = []
    blocks: list[Block] = []
    section = "header"
    current_synset: dict[str, object] | None = None
    block: Block | None = None
    transformations = 0
    for number, raw_line in enumerate(text.splitlines(), start=1):
        line = raw_line.rstrip()
        stripped = line.strip()
        if stripped.startswith("#######"):
            upper = stripped.upper()
            section = (
                "synsets" if "SYNONYM" in upper
                else "verbs" if "VERB PATTERNS" in upper
                else "transformations" if "TRANSFORMATION" in upper
                else section
            )
            continue
        if not stripped or stripped.startswith("#"):
            continue
        if section == "transformations":
            transformations += stripped.startswith("~")
            continue
        if section == "synsets":
            if stripped.startswith("&"):
                name = split_comment(stripped)[0].strip()
                current_synset = {"name": name, "words": [], "source": f"{SOURCE_NAME}:{number}"}
                synsets.append(current_synset)
            elif stripped.startswith("+") and current_synset is not None:
                word = split_comment(stripped[1:])[0].strip()
                words = current_synset["words"]
                assert isinstance(words, list)
                words.append(" ".join(word.lower().split()))
            else:
                failures.append((number, stripped, "unexpected line in synset section"))
            continue
        if section != "verbs":
            failures.append((number, stripped, "text outside any section"))
            continue
        header = HEADER.match(stripped)
        if header:
            block = Block(header["name"], "".join(header["code"].split()), number)
            blocks.append(block)
            continue
        if block is None:
            failures.append((number, stripped, "line before the first verb block"))
            continue
        body, comment = split_comment(stripped)
        if body.startswith("-"):
            found = PATTERN_CODE.match(body[1:].strip())
            if not found:
                failures.append((number, stripped, "pattern without [code]"))
                continue
            tokens = pattern_tokens(found["body"])
            if tokens.count("*") != 1:
                failures.append((number, stripped, "pattern needs exactly one '*'"))
                continue
            at = tokens.index("*")
            norm = " ".join(found["body"].split()) + " [" + "".join(found["code"].split()) + "]"
            block.patterns.append(
                (tokens[:at], tokens[at + 1 :], found["code"], comment, number, norm)
            )
            continue
        verb = VERB_LINE.match(body)
        if not verb:
            failures.append((number, stripped, "unrecognised verb line"))
            continue
        forms = [lemma(verb["verb"])]
        for form in (verb["forms"] or "").split():
            if lemma(form) not in forms:
                forms.append(lemma(form))
        block.verbs.append((lemma(verb["verb"]), forms, verb["code"], number))
    return _rows(blocks, synsets, failures, transformations)


def _rows(
    blocks: list[Block],
    synsets: list[dict[str, object]],
    failures: list[tuple[int, str, str]],
    transformations: int,
) -> Result:
    rows: list[dict[str, object]] = []
    seen: dict[str, int] = {}
    duplicates: list[tuple[int, int, str]] = []
    odd_codes: list[tuple[int, str]] = []
    # Header and verb lines carry the default rows; pattern lines never do.
    default_lines = {str(b.line) for b in blocks} | {str(v[3]) for b in blocks for v in b.verbs}

    def add(verb: str, forms: list[str], code_raw: str, before: list[str], after: list[str],
            norm: str, number: int, comment: str) -> None:
        code, raw = parse_code(code_raw)
        row_id = stable_id(verb, norm)
        if row_id in seen:
            # Exact repeats (same head verb, pattern and code) add nothing; keep the first.
            duplicates.append((number, seen[row_id], norm))
            return
        seen[row_id] = number
        if code is None and raw != "---":
            odd_codes.append((number, raw))
        rows.append({
            "id": row_id, "verb": verb, "forms": forms, "code": code, "code_raw": raw,
            "pattern": {"before": before, "after": after},
            "source": f"{SOURCE_NAME}:{number}", "comment": comment,
        })

    for block in blocks:
        if not block.verbs:
            failures.append((block.line, block.name, "verb block without verbs"))
            continue
        lemmas = [v[0] for v in block.verbs]
        # The block name is the head verb when it is one of the verbs (most blocks); otherwise
        # (e.g. EXPLAIN_VERBAL) the first verb listed stands for the block.
        head = block.name.lower() if block.name.lower() in lemmas else lemmas[0]
        forms: list[str] = []
        for _, verb_forms, _, _ in block.verbs:
            forms += [f for f in verb_forms if f not in forms]
        if block.code_raw != "---":
            add(head, forms, block.code_raw, [], [], f"[{block.code_raw}]", block.line, "")
        for name, verb_forms, code, number in block.verbs:
            if code is not None:
                norm_code = "".join(code.split())
                add(name, verb_forms, code, [], [], f"[{norm_code}]", number, "")
        for before, after, code, comment, number, norm in block.patterns:
            add(head, forms, code, before, after, norm, number, comment)
    defaults = sum(1 for r in rows if str(r["source"]).split(":")[1] in default_lines)
    return Result(rows, synsets, failures, duplicates, odd_codes, transformations, defaults)


def dump_jsonl(rows: list[dict[str, object]]) -> bytes:
    return "".join(
        json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n" for row in rows
    ).encode()


def report(result: Result, codes_csv: Path) -> str:
    patterns = [r for r in result.verbs if r["code"] is not None]
    per_root = Counter(str(r["code"])[:2] for r in patterns)
    per_three = Counter(str(r["code"])[:3] for r in patterns)
    exact = {str(r["code"]) for r in patterns}
    lines = [
        "# CAMEO verb dictionary conversion report",
        "",
        f"Source: {SOURCE_REPO}@{SOURCE_COMMIT} `{SOURCE_PATH}` (MIT).",
        "Regenerate with `python tools/convert_cameo_verbs.py`.",
        "",
        f"- verb rows: {len(result.verbs)} "
        f"({result.defaults} verb/block defaults, "
        f"{len(result.verbs) - result.defaults} phrase patterns)",
        f"- rows with a CAMEO code: {len(patterns)}",
        f"- rows with the documented null code `---` (code null): "
        f"{sum(1 for r in result.verbs if r['code_raw'] == '---')}",
        f"- rows with a paired code `A:B` (code = A): "
        f"{sum(1 for r in result.verbs if ':' in str(r['code_raw']))}",
        f"- synsets: {len(result.synsets)}",
        f"- exact duplicate patterns dropped: {len(result.duplicates)}",
        f"- transformation rules (`~`, not converted): {result.transformations}",
        f"- parse failures: {len(result.failures)}",
        "",
        "## Patterns per CAMEO root",
        "",
        "| root | rows |",
        "|---|---|",
    ]
    roots = [f"{i:02d}" for i in range(1, 21)]
    lines += [f"| {root} | {per_root.get(root, 0)} |" for root in roots]
    lines += ["", "## Patterns per 3-digit code", "", "| code | rows |", "|---|---|"]
    lines += [f"| {code} | {count} |" for code, count in sorted(per_three.items())]
    if codes_csv.is_file():
        with codes_csv.open(encoding="utf-8", errors="replace", newline="") as handle:
            cameo = sorted({row["code"] for row in csv.DictReader(handle) if row.get("code")})
        # A code counts as covered only by a row with exactly that code; a root or 3-digit
        # parent does not cover its children.
        missing = [c for c in cameo if c not in exact]
        lines += [
            "", "## CAMEO codes without any row",
            "",
            f"{len(missing)} of {len(cameo)} codes in cameo-codes.csv have no row with exactly "
            "that code:",
            "",
            ", ".join(missing) or "(none)",
        ]
    lines += ["", "## Codes without a valid primary CAMEO code (code null)", ""]
    lines += ["`[:B]` is a reciprocal-only paired code (target->source event B).", ""]
    lines += [f"- {SOURCE_NAME}:{n}: `[{raw}]`" for n, raw in result.odd_codes] or ["(none)"]
    lines += ["", "## Parse failures", ""]
    lines += [
        f"- {SOURCE_NAME}:{n}: {why}: `{text}`" for n, text, why in result.failures
    ] or ["(none)"]
    lines += ["", "## Duplicates dropped (line, first line, pattern)", ""]
    lines += [
        f"- {SOURCE_NAME}:{n} repeats line {first}: `{norm}`"
        for n, first, norm in result.duplicates
    ] or ["(none)"]
    return "\n".join(lines) + "\n"


def write(source: Path, out: Path, report_path: Path, codes_csv: Path) -> Result:
    text = (source / SOURCE_NAME).read_text(encoding="utf-8", errors="strict")
    result = convert(text)
    out.mkdir(parents=True, exist_ok=True)
    files = {"verbs.jsonl": dump_jsonl(result.verbs), "synsets.jsonl": dump_jsonl(result.synsets)}
    entries = []
    for name, data in files.items():
        (out / name).write_bytes(data)
        entries.append({
            "path": name, "sha256": hashlib.sha256(data).hexdigest(),
            "rows": data.count(b"\n"),
            "source": {"repo": SOURCE_REPO, "commit": SOURCE_COMMIT, "path": SOURCE_PATH},
            "license": "MIT",
        })
    manifest = {"name": "eventcoder-verbs", "version": RESOURCE_VERSION, "files": entries}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    licence = (source / "LICENSE").read_text(encoding="utf-8").rstrip()
    (out / "NOTICE").write_text(
        "The files in this folder are converted from the PETRARCH2 CAMEO verb dictionary:\n"
        f"{SOURCE_REPO} commit {SOURCE_COMMIT}, {SOURCE_PATH}.\n"
        "It is distributed under the MIT licence:\n\n" + licence + "\n"
    )
    report_path.write_text(report(result, codes_csv))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--report", type=Path, default=DEFAULT_REPORT)
    parser.add_argument("--codes", type=Path, default=DEFAULT_CODES)
    args = parser.parse_args(argv)
    result = write(args.source, args.out, args.report, args.codes)
    print(
        f"{len(result.verbs)} verb rows, {len(result.synsets)} synsets, "
        f"{len(result.failures)} failures",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
