#!/usr/bin/env python3
"""Validate src/eventcoder/data/actors/officeholders.jsonl (or a user override file).

    python tools/check_officeholders.py [PATH] [--strict]

Errors (bad JSON, schema, key order, dates, codes, duplicate ids or full-name
patterns) make the exit status 1. Coverage gaps (a covered country with no head of
state/government, foreign minister or defence minister on a check date) and
warnings are printed; they fail the run only with --strict. The check dates run
from 2018 for every covered entity, and from 2001 for the G20 countries and the EU.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

DEFAULT_PATH = (
    Path(__file__).resolve().parent.parent / "src/eventcoder/data/actors/officeholders.jsonl"
)

TOP_KEYS = ["id", "kind", "name", "patterns", "short", "roles", "verified_through", "source"]
ROLE_KEYS = ["code", "title", "from", "until"]
OPTIONAL_ROLE_KEYS = ["approximate"]

CODE_RE = re.compile(r"^(?:[A-Z]{3})+$")
ID_RE = re.compile(r"^cur:person:[a-z0-9]+(?:_[a-z0-9]+)*$")
MONTH_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# Entity -> (government code, offices required on every check date).
EU, AU = "IGOEUREEC", "IGOAFRAFU"
G20_COUNTRIES = (
    "ARG",
    "AUS",
    "BRA",
    "CAN",
    "CHN",
    "FRA",
    "DEU",
    "IND",
    "IDN",
    "ITA",
    "JPN",
    "MEX",
    "RUS",
    "SAU",
    "ZAF",
    "KOR",
    "TUR",
    "GBR",
    "USA",
)
RECENT_ENTITIES = (
    "UKR", "ISR", "IRN", "SYR", "IRQ", "EGY", "JOR", "LBN", "QAT", "ARE", "AFG", "VEN", "PRK",
    "TWN", "HUN", "SRB", "BLR", "GEO", "ARM", "AZE", "NGA", "KEN", "ETH", "SDN", "SSD", "NER",
    "MLI", "BFA", "PHL", "VNM", "THA", "MMR", "BGD", "NLD", "SWE", "FIN", "NOR", "CHL", "PER",
    "ECU", "CUB", "ESP", "POL",
)
COVERED: dict[str, tuple[str, tuple[str, ...]]] = {
    # G20 members
    **{iso: (iso + "GOV", ("head", "foreign", "defence")) for iso in G20_COUNTRIES},
    "EU": (EU, ("head", "foreign")),  # a defence commissioner exists only from 2024-12
    "AU": (AU, ("head",)),  # only the Commission chairperson is curated
    # UN Security Council elected members, 2025-2026 and 2026-2027 terms
    **{
        iso: (iso + "GOV", ("head", "foreign", "defence"))
        for iso in ("DNK", "GRC", "PAK", "PAN", "SOM", "BHR", "COL", "COD", "LVA", "LBR")
    },
    # Countries prominent in political news, covered from 2020-01-01
    **{iso: (iso + "GOV", ("head", "foreign", "defence")) for iso in RECENT_ENTITIES},
    "PSE": ("PSEGOV", ("head", "foreign")),  # the Palestinian Authority has no defence minister
}
# Panama has had no armed forces since 1990; its Minister of Public Security stands in.
DEFENCE_EQUIVALENT = {"PANGOV": re.compile(r"^Minister of Public Security$")}

FIXED_CHECK_DATES = ["2018-06-01", "2020-06-01", "2022-06-01", "2024-06-01"]
# The G20 countries and the EU are covered from 2000-01-01, the other entities from 2018-01-01.
HISTORIC_ENTITIES = frozenset((*G20_COUNTRIES, "EU"))
RECENT_FROM = "2020-01-01"
HISTORIC_CHECK_DATES = ["2001-06-01", "2004-06-01", "2008-06-01", "2012-06-01", "2016-06-01"]

HEAD_TITLES = {
    "President",
    "Federal President",
    "Prime Minister",
    "Chancellor",
    "King",
    "Queen",
    "Emperor",
    "Premier of the State Council",
    "President of the European Commission",
    "President of the European Council",
    "Chairperson of the African Union Commission",
    "Supreme Leader",
    "Emir",
    "Premier",
    "Chairman of the State Affairs Commission",
    "Leader of the transitional administration",
    "Chairman of the Transitional Sovereignty Council",
    "Chairman of the State Administration Council",
    "President of the Transition",
    "Chief Adviser",
    "Head of State",
}
NOT_PRINCIPAL = re.compile(r"^(Deputy|Vice|Shadow|Minister of State|State Minister|Junior)\b")
FOREIGN_RE = re.compile(
    r"(Foreign|External)( and European)? Affairs|^Foreign (Minister|Secretary)$|"
    r"^Secretary of State$|International Relations and Cooperation|"
    r"^High Representative (of the Union|for the Common Foreign and Security Policy)"
)
DEFENCE_RE = re.compile(r"Defen[cs]e(?! Industry)|Armed Forces")


def base_title(title: str) -> str:
    t = re.sub(r"\s*\([^)]*\)\s*$", "", title).strip()
    return re.sub(r"^(Acting|Caretaker|Interim)\s+", "", t)


def offices(title: str, code: str) -> set[str]:
    t = base_title(title)
    out: set[str] = set()
    if t in HEAD_TITLES:
        out.add("head")
    if NOT_PRINCIPAL.match(t):
        return out
    if FOREIGN_RE.search(t):
        out.add("foreign")
    if DEFENCE_RE.search(t) or (code in DEFENCE_EQUIVALENT and DEFENCE_EQUIVALENT[code].match(t)):
        out.add("defence")
    return out


def parse_date(s: object) -> dt.date | None:
    if not isinstance(s, str) or not DATE_RE.match(s):
        return None
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        return None


def check(path: Path) -> tuple[list[str], list[str], list[str], list[dict]]:
    errors: list[str] = []
    warnings: list[str] = []
    rows: list[dict] = []
    seen_ids: dict[str, int] = {}
    seen_patterns: dict[str, tuple[int, str]] = {}
    try:
        country_codes = {c.alpha_3 for c in __import__("pycountry").countries}
    except ImportError:  # pragma: no cover - pycountry is optional
        country_codes = None

    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return [f"{path}: not UTF-8 ({exc})"], [], [], []
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            if n != len(text.split("\n")):
                errors.append(f"line {n}: blank line")
            continue
        where = f"line {n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: invalid JSON ({exc})")
            continue
        if not isinstance(row, dict):
            errors.append(f"{where}: not a JSON object")
            continue
        where = f"line {n} ({row.get('id', '?')})"
        if list(row) != TOP_KEYS:
            errors.append(f"{where}: keys {list(row)} != {TOP_KEYS}")
            continue
        rid, name = row["id"], row["name"]
        if not isinstance(rid, str) or not ID_RE.match(rid):
            errors.append(f"{where}: bad id {rid!r}")
        elif rid in seen_ids:
            errors.append(f"{where}: duplicate id (first on line {seen_ids[rid]})")
        else:
            seen_ids[rid] = n
        if row["kind"] != "person":
            errors.append(f"{where}: kind must be 'person'")
        if not isinstance(name, str) or not name.strip() or name != name.strip():
            errors.append(f"{where}: bad name {name!r}")
        if row["source"] != "eventcoder curated; public record":
            warnings.append(f"{where}: unusual source {row['source']!r}")

        for field in ("patterns", "short"):
            vals = row[field]
            if not isinstance(vals, list) or not all(isinstance(v, str) for v in vals):
                errors.append(f"{where}: {field} must be a list of strings")
                continue
            if field == "patterns" and not vals:
                errors.append(f"{where}: no patterns")
            if len(set(vals)) != len(vals):
                errors.append(f"{where}: repeated entry in {field}")
            for v in vals:
                if v != v.lower() or v != " ".join(v.split()) or not v:
                    errors.append(
                        f"{where}: {field} entry {v!r} must be lowercase, single-spaced, trimmed"
                    )
        if isinstance(row["patterns"], list) and isinstance(row["short"], list):
            for p in row["patterns"]:
                if p in row["short"]:
                    errors.append(f"{where}: pattern {p!r} is also a bare short form")
                if isinstance(p, str):
                    if p in seen_patterns and seen_patterns[p][1] != rid:
                        errors.append(
                            f"{where}: pattern {p!r} also belongs to {seen_patterns[p][1]} "
                            f"(line {seen_patterns[p][0]})"
                        )
                    else:
                        seen_patterns[p] = (n, rid)

        vt = row["verified_through"]
        if not isinstance(vt, str) or not MONTH_RE.match(vt):
            errors.append(f"{where}: verified_through must be YYYY-MM, got {vt!r}")

        roles = row["roles"]
        if not isinstance(roles, list) or not roles:
            errors.append(f"{where}: roles must be a non-empty list")
            continue
        spans = []
        for i, role in enumerate(roles):
            rw = f"{where} role {i + 1}"
            if not isinstance(role, dict):
                errors.append(f"{rw}: not an object")
                continue
            keys = list(role)
            if keys[:4] != ROLE_KEYS or any(k not in OPTIONAL_ROLE_KEYS for k in keys[4:]):
                errors.append(
                    f"{rw}: keys {keys} must be {ROLE_KEYS} (+ optional {OPTIONAL_ROLE_KEYS})"
                )
                continue
            if "approximate" in role and role["approximate"] is not True:
                errors.append(f"{rw}: approximate must be true when present")
            code, title = role["code"], role["title"]
            if not isinstance(code, str) or not CODE_RE.match(code):
                errors.append(f"{rw}: code {code!r} is not uppercase 3-letter groups")
            elif (
                country_codes is not None
                and not code.startswith("IGO")
                and code[:3] not in country_codes
            ):
                errors.append(f"{rw}: code {code!r} does not start with an ISO 3166 alpha-3 code")
            if not isinstance(title, str) or not title.strip():
                errors.append(f"{rw}: empty title")
            start = parse_date(role["from"])
            end = parse_date(role["until"]) if role["until"] is not None else None
            if start is None:
                errors.append(f"{rw}: from {role['from']!r} is not an ISO date")
                continue
            if role["until"] is not None and end is None:
                errors.append(f"{rw}: until {role['until']!r} is not an ISO date or null")
                continue
            if end is not None and not start < end:
                errors.append(f"{rw}: from {start} is not before until {end}")
            if role.get("approximate") and not (
                start.day == 1 or (end is not None and end.day == 1)
            ):
                errors.append(f"{rw}: approximate role has no month-precision (day 01) date")
            if isinstance(vt, str) and MONTH_RE.match(vt) and role["from"][:7] > vt:
                errors.append(f"{rw}: starts after verified_through {vt}")
            spans.append((code, start, end, title))
        for a in range(len(spans)):
            for b in range(a + 1, len(spans)):
                ca, sa, ea, _ = spans[a]
                cb, sb, eb, _ = spans[b]
                if ca != cb and (eb is None or sa < eb) and (ea is None or sb < ea):
                    warnings.append(
                        f"{where}: roles {a + 1} ({ca}) and {b + 1} ({cb}) overlap "
                        "with different codes"
                    )
        row["_spans"] = spans
        rows.append(row)

    # coverage
    latest = max(
        (
            r["verified_through"]
            for r in rows
            if isinstance(r["verified_through"], str) and MONTH_RE.match(r["verified_through"])
        ),
        default=None,
    )
    dates = FIXED_CHECK_DATES + ([latest + "-01"] if latest else [])
    gaps: list[str] = []
    for ent, (gcode, needed) in COVERED.items():
        checked = (HISTORIC_CHECK_DATES if ent in HISTORIC_ENTITIES else []) + dates
        if ent in RECENT_ENTITIES or ent == "PSE":
            checked = [d for d in checked if d >= RECENT_FROM]
        for day_s in checked:
            day = dt.date.fromisoformat(day_s)
            have: dict[str, list[str]] = defaultdict(list)
            for r in rows:
                for code, start, end, title in r["_spans"]:
                    if code == gcode and start <= day and (end is None or day < end):
                        for office in offices(title, code):
                            have[office].append(r["name"])
            for office in needed:
                if not have[office]:
                    label = {
                        "head": "head of state/government",
                        "foreign": "foreign minister",
                        "defence": "defence minister",
                    }[office]
                    gaps.append(f"{ent:<3} {day_s}: no {label}")
    if latest:
        for r in rows:
            if r["verified_through"] < latest and any(end is None for _, _, end, _ in r["_spans"]):
                warnings.append(
                    f"{r['id']}: open role but verified only through {r['verified_through']}"
                )
    return errors, warnings, gaps, rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH)
    ap.add_argument("--strict", action="store_true", help="also fail on coverage gaps and warnings")
    args = ap.parse_args(argv)
    errors, warnings, gaps, rows = check(args.path)
    for e in errors:
        print("ERROR  ", e)
    for w in warnings:
        print("WARNING", w)
    for g in gaps:
        print("GAP    ", g)
    print(
        f"{len(rows)} rows, {len(errors)} errors, {len(warnings)} warnings, "
        f"{len(gaps)} coverage gaps"
    )
    if errors or (args.strict and (gaps or warnings)):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
