"""Build eventcoder's CAMEO code table (names, Goldstein scale, quad classes, PLOVER crosswalk).

Usage: python tools/convert_cameo_codes.py [--eval DIR] [--out DIR]

Inputs (development data in ../shared/eval, never shipped as such):
- ``cameo_manual_examples/cameo-codes.csv``: every CAMEO 1.1b3 code with its name and Goldstein
  value. Only ``code``, ``name``, ``goldstein`` and ``root_code`` are read; descriptions, usage
  notes and example sentences are evaluation data and never reach the output. The file is
  cp1252-encoded mojibake of UTF-8 read as Mac-Roman; it is repaired as its README says.
- ``plover_gsr/CAMEO2PLOVER-2021.txt``: ``<code>: <EVENT>, <mode>, <context> # <name>``.

Output (``src/eventcoder/data/cameo``): ``codes.jsonl`` (one row per CAMEO code, sorted by
code as a string, which is hierarchical order: "01" < "010" < "0101"), ``manifest.json`` and
``NOTICE``. JSON is written with sorted keys and no timestamps, so a rerun is byte-identical.

Decisions:
- Quad class: the Phoenix/PETRARCH convention that ConfliBERT's PentaClass follows, 0..4
  (0 = roots 01-02, 1 = 03-05, 2 = 06-08, 3 = 09-13 and 16 "reduce relations", 4 = 14-15 and
  17-20); ``quad_class_gdelt`` is GDELT's 1..4 (1 = 01-05, 2 = 06-08, 3 = 09-13, 4 = 14-20).
- PLOVER: a code's own crosswalk line when it has one; otherwise its nearest ancestor's (4-digit
  -> 3-digit -> root), recorded in ``plover_inherited_from``. Blank mode/context are null;
  several contexts are kept as written, joined by "; ".
- The crosswalk has no line for roots 01 and 02. Statements (01) have no PLOVER event (null).
  Appeals (02) are PLOVER REQUEST as the PLOVER manual and the project issue say; CAMEO defines
  the appeal codes as exact parallels of the demand codes (021 <-> 101, 0256 <-> 1056 ...),
  so an appeal takes the mode and context of its parallel demand code, recorded in
  ``plover_inherited_from`` with ``plover_basis`` "appeal".
- A crosswalk line for a code missing from the CAMEO code list (1214) is not shipped; a code
  given twice keeps its first line (``08`` appears as CONCEDE then RETREAT; ``175`` twice with
  the same mapping). Both are listed in the manifest's notes.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

RESOURCE_VERSION = "2026.11.0"
ROOT = Path(__file__).resolve().parents[1]
DEFAULT_EVAL = ROOT.parent / "shared" / "eval"
DEFAULT_OUT = ROOT / "src" / "eventcoder" / "data" / "cameo"

CODES_SET, CODES_NAME = "cameo_manual_examples", "cameo-codes.csv"
CROSSWALK_SET, CROSSWALK_NAME = "plover_gsr", "CAMEO2PLOVER-2021.txt"
# Licences as the READMEs state them; the converter checks each README still says so.
LICENCES = {CODES_SET: "MIT", CROSSWALK_SET: "CC BY-SA 4.0"}

CODE = re.compile(r"^(?:0[1-9]|1[0-9]|20)[0-9]{0,2}$")
CROSSWALK_LINE = re.compile(r"^(?P<code>[0-9]{2,4}):(?P<body>[^#]*)(?:#(?P<name>.*))?$")
APPEAL_ROOT, DEMAND_ROOT, STATEMENT_ROOT = "02", "10", "01"


@dataclass(frozen=True, slots=True)
class Mapping:
    event: str | None
    mode: str | None
    context: str | None
    line: int


@dataclass(slots=True)
class Result:
    rows: list[dict[str, object]]
    notes: list[str]


def quad_class(root: str) -> int:
    number = int(root)
    if number == 16:  # reducing relations is verbal conflict in Phoenix and ConfliBERT
        return 3
    return 0 if number <= 2 else 1 if number <= 5 else 2 if number <= 8 else 3 if number <= 13 \
        else 4


def quad_class_gdelt(root: str) -> int:
    number = int(root)
    return 1 if number <= 5 else 2 if number <= 8 else 3 if number <= 13 else 4


def repair(raw: bytes) -> str:
    """The README's repair: cp1252 bytes of UTF-8 text that was once read as Mac-Roman."""
    return raw.decode("cp1252").encode("mac_roman").decode("utf-8", errors="replace")


def read_codes(raw: bytes) -> list[tuple[str, str, float, int]]:
    """(code, name, goldstein, line) per CSV row, checked."""
    text = repair(raw)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    out: list[tuple[str, str, float, int]] = []
    seen: set[str] = set()
    start = 2
    for row in reader:
        line, start = start, reader.line_num + 1
        code, name = row["code"].strip(), " ".join(row["name"].split())
        where = f"{CODES_NAME}:{line}"
        if not CODE.match(code):
            raise SystemExit(f"{where}: {code!r} is not a CAMEO code")
        if row["root_code"].strip() != code[:2]:
            raise SystemExit(f"{where}: root_code {row['root_code']!r} does not match {code}")
        if code in seen:
            raise SystemExit(f"{where}: code {code} repeated")
        goldstein = float(row["goldstein"])
        if not -10 <= goldstein <= 10 or not name:
            raise SystemExit(f"{where}: bad name or Goldstein value for {code}")
        seen.add(code)
        out.append((code, name, goldstein, line))
    return out


def _field(text: str | None) -> str | None:
    if text is None:
        return None
    parts = [" ".join(p.split()) for p in text.split(";")]
    joined = "; ".join(p for p in parts if p)
    return joined or None


def read_crosswalk(text: str, notes: list[str]) -> dict[str, Mapping]:
    out: dict[str, Mapping] = {}
    for number, raw_line in enumerate(text.splitlines(), start=1):
        line = raw_line.strip()
        if not line or line.startswith("#") or set(line) == {"~"}:
            continue
        found = CROSSWALK_LINE.match(line)
        if not found:
            raise SystemExit(f"{CROSSWALK_NAME}:{number}: unrecognised line {line!r}")
        fields = found["body"].split(",")
        if len(fields) > 3:
            raise SystemExit(f"{CROSSWALK_NAME}:{number}: more than three fields")
        fields += [""] * (3 - len(fields))
        mapping = Mapping(_field(fields[0]), _field(fields[1]), _field(fields[2]), number)
        code = found["code"]
        first = out.get(code)
        if first is not None:
            same = (first.event, first.mode, first.context) == (
                mapping.event, mapping.mode, mapping.context)
            notes.append(
                f"{CROSSWALK_NAME}:{number}: {code} repeats line {first.line} "
                + ("with the same mapping" if same else
                   f"as {mapping.event} (line {first.line} says {first.event}; kept)")
            )
            continue
        out[code] = mapping
    return out


def ancestors(code: str) -> list[str]:
    """The code's parents, nearest first: 4-digit -> 3-digit -> root."""
    return [code[:n] for n in (3, 2) if n < len(code)]


def build(codes: list[tuple[str, str, float, int]], crosswalk: dict[str, Mapping],
          notes: list[str]) -> list[dict[str, object]]:
    known = {code for code, _, _, _ in codes}
    for code, mapping in sorted(crosswalk.items()):
        if code not in known:
            notes.append(f"{CROSSWALK_NAME}:{mapping.line}: {code} is not in {CODES_NAME}; "
                         "not shipped")
    if not any(c.startswith(APPEAL_ROOT) for c in crosswalk):
        notes.append(f"{CROSSWALK_NAME} has no line for root {APPEAL_ROOT} (appeals): coded "
                     "PLOVER REQUEST as the issue says, with the mode and context of the "
                     f"parallel {DEMAND_ROOT}x demand code")
    if not any(c.startswith(STATEMENT_ROOT) for c in crosswalk):
        notes.append(f"{CROSSWALK_NAME} has no line for root {STATEMENT_ROOT} (statements): "
                     "no PLOVER event (null)")

    def lookup(code: str) -> tuple[Mapping | None, str | None]:
        for candidate in [code, *ancestors(code)]:
            if candidate in crosswalk:
                return crosswalk[candidate], None if candidate == code else candidate
        return None, None

    rows: list[dict[str, object]] = []
    for code, name, goldstein, line in sorted(codes):
        root = code[:2]
        sources = [f"{CODES_NAME}:{line}"]
        mapping, inherited = lookup(code)
        basis = "crosswalk" if inherited is None else "inherited"
        event = mode = context = None
        if mapping is None and root == APPEAL_ROOT:
            parallel = DEMAND_ROOT + code[2:]
            demand, from_code = lookup(parallel)
            event, basis, inherited = "REQUEST", "appeal", from_code or parallel
            if demand is not None:
                mode, context = demand.mode, demand.context
                sources.append(f"{CROSSWALK_NAME}:{demand.line}")
        elif mapping is None:
            basis = "none"
        else:
            event, mode, context = mapping.event, mapping.mode, mapping.context
            sources.append(f"{CROSSWALK_NAME}:{mapping.line}")
        rows.append({
            "code": code, "root": root, "name": name, "goldstein": goldstein,
            "quad_class": quad_class(root), "quad_class_gdelt": quad_class_gdelt(root),
            "plover": event, "plover_mode": mode, "plover_context": context,
            "plover_inherited_from": inherited, "plover_basis": basis, "source": sources,
        })
    return rows


def readme_source(readme: str, where: str) -> dict[str, str]:
    """Repository, path, commit and licence of one gold set, as its README states them."""
    repo = re.search(r"\*\*Source repo:\*\*\s*https://github\.com/([\w.-]+/[\w.-]+)", readme)
    commit = re.search(r"\*\*Commit:\*\*\s*([0-9a-f]{40})", readme)
    licence = re.search(r"\*\*License stated:\*\*\s*([^\n]*)", readme)
    if not (repo and commit and licence):
        raise SystemExit(f"{where}: source repo, commit or licence not found")
    return {"repo": repo[1], "commit": commit[1], "license_stated": licence[1].strip()}


def dump_jsonl(rows: list[dict[str, object]]) -> bytes:
    return "".join(
        json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n" for row in rows
    ).encode()


MIT = """Permission is hereby granted, free of charge, to any person obtaining a copy of this
software and associated documentation files (the "Software"), to deal in the Software without
restriction, including without limitation the rights to use, copy, modify, merge, publish,
distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING
BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE."""


def notice(sources: dict[str, dict[str, str]]) -> str:
    codes, cross = sources[CODES_SET], sources[CROSSWALK_SET]
    return (
        "codes.jsonl combines two sources.\n\n"
        "1. CAMEO event codes, names and Goldstein scale values (columns code, root, name,\n"
        "   goldstein; quad_class and quad_class_gdelt are derived from the root).\n"
        "   The CAMEO codebook (version 1.1b3, Schrodt et al., Penn State / Parus Analytics) is\n"
        "   public. The values were read from data-raw/cameo-codes.csv of\n"
        f"   {codes['repo']} commit {codes['commit']}, MIT licence,\n"
        "   Copyright (c) 2022 Andreas Beger. Only the code table is used: no descriptions,\n"
        "   usage notes or example sentences.\n\n"
        f"{MIT}\n\n"
        "2. CAMEO to PLOVER crosswalk (columns plover, plover_mode, plover_context,\n"
        "   plover_inherited_from, plover_basis): CAMEO2PLOVER-2021.txt (PLOVER manual draft\n"
        "   0.8, 17 September 2021, edited by Philip Schrodt) from\n"
        f"   {cross['repo']} commit {cross['commit']},\n"
        "   Copyright Open Event Data Alliance, licensed under the Creative Commons\n"
        "   Attribution-ShareAlike 4.0 International licence (CC BY-SA 4.0,\n"
        "   https://creativecommons.org/licenses/by-sa/4.0/).\n"
        "   Changes: the table was parsed into fields, blank modes and contexts became null,\n"
        "   codes without a line inherit their parent's mapping, and appeals (CAMEO 02, absent\n"
        "   from the table) were added as REQUEST with the mode and context of the parallel\n"
        "   demand code (CAMEO 10). These PLOVER columns are shared under CC BY-SA 4.0.\n"
    )


def write(eval_dir: Path, out: Path) -> Result:
    notes: list[str] = []
    codes_raw = (eval_dir / CODES_SET / CODES_NAME).read_bytes()
    cross_raw = (eval_dir / CROSSWALK_SET / CROSSWALK_NAME).read_bytes()
    sources: dict[str, dict[str, str]] = {}
    for name in (CODES_SET, CROSSWALK_SET):
        readme = eval_dir / name / "README.md"
        sources[name] = readme_source(readme.read_text(encoding="utf-8"), str(readme))
        if LICENCES[name] not in sources[name]["license_stated"]:
            raise SystemExit(f"{readme}: licence is no longer {LICENCES[name]}")
    crosswalk = read_crosswalk(cross_raw.decode("utf-8"), notes)
    rows = build(read_codes(codes_raw), crosswalk, notes)
    data = dump_jsonl(rows)
    out.mkdir(parents=True, exist_ok=True)
    (out / "codes.jsonl").write_bytes(data)
    inputs = []
    for name, file, raw in ((CODES_SET, CODES_NAME, codes_raw),
                            (CROSSWALK_SET, CROSSWALK_NAME, cross_raw)):
        inputs.append({
            "file": file, "sha256": hashlib.sha256(raw).hexdigest(),
            "repo": sources[name]["repo"], "commit": sources[name]["commit"],
            "license": LICENCES[name], "license_stated": sources[name]["license_stated"],
        })
    manifest = {
        "name": "eventcoder-cameo", "version": RESOURCE_VERSION,
        "files": [{"path": "codes.jsonl", "sha256": hashlib.sha256(data).hexdigest(),
                   "rows": len(rows), "sources": inputs}],
        "notes": notes,
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n",
                                       encoding="utf-8")
    (out / "NOTICE").write_text(notice(sources), encoding="utf-8")
    return Result(rows, notes)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--eval", type=Path, default=DEFAULT_EVAL,
                        help="the gold-set folder (default: ../shared/eval)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    result = write(args.eval, args.out)
    print(f"{len(result.rows)} CAMEO codes, {len(result.notes)} notes", file=sys.stderr)
    for note in result.notes:
        print(f"  {note}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
