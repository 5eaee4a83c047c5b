from __future__ import annotations

import hashlib
import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventcoder.cameo import is_code, load_cameo, normalise_code, quad_class
from eventcoder.errors import ResourceError

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "eventcoder" / "data" / "cameo"
EVAL = ROOT.parent / "shared" / "eval"
TABLE_KEYS = {"code", "root", "name", "goldstein", "quad_class", "quad_class_gdelt", "plover",
              "plover_mode", "plover_context", "plover_inherited_from", "plover_basis", "source"}


def _converter() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "convert_cameo_codes", ROOT / "tools" / "convert_cameo_codes.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up while building classes
    spec.loader.exec_module(module)
    return module


def test_shipped_file_matches_manifest_and_holds_only_the_code_table() -> None:
    manifest = json.loads((DATA / "manifest.json").read_text())
    (item,) = manifest["files"]
    raw = (DATA / item["path"]).read_bytes()
    assert hashlib.sha256(raw).hexdigest() == item["sha256"]
    assert raw.count(b"\n") == item["rows"] == 312
    assert {s["license"] for s in item["sources"]} == {"MIT", "CC BY-SA 4.0"}
    for line in raw.decode().splitlines():
        assert set(json.loads(line)) == TABLE_KEYS  # no examples, descriptions, usage notes
    notice = (DATA / "NOTICE").read_text()
    assert "CC BY-SA 4.0" in notice and "Open Event Data Alliance" in notice


def test_table_invariants() -> None:
    table = load_cameo()
    assert [c.code for c in table.roots()] == [f"{i:02d}" for i in range(1, 21)]
    codes = [c.code for c in table]
    assert codes == sorted(codes) and len(set(codes)) == len(codes) == len(table)
    for c in table:
        assert table.get(c.root) is not None
        assert c.parent is None or table.get(c.parent) is not None
        assert -10 <= c.goldstein <= 10
        root = int(c.root)
        assert c.quad_class == (0 if root <= 2 else 1 if root <= 5 else 2 if root <= 8
                                else 3 if root <= 13 or root == 16 else 4)
        assert c.quad_class_gdelt == (1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13
                                      else 4)
        if c.root == "01":
            assert (c.plover, c.plover_basis) == (None, "none")
        elif c.root == "02":
            assert (c.plover, c.plover_basis) == ("REQUEST", "appeal")
        else:
            assert c.plover is not None
    assert sum(1 for c in table if c.level == 3) > 100  # 4-digit codes are there
    assert table.get("1214") is None  # only in the crosswalk, not a CAMEO 1.1b3 code


@pytest.mark.parametrize(("code", "plover", "mode", "context", "basis"), [
    ("0256", "REQUEST", "yield", "military", "appeal"),  # parallel of 1056
    ("1056", "REQUEST", "yield", "military", "crosswalk"),
    ("190", "ASSAULT", None, "military", "crosswalk"),
    ("129", "REJECT", "yield", "diplomatic", "crosswalk"),
    ("163", "COERCE", "restrict", "diplomatic", "crosswalk"),  # under 16 but COERCE
    ("1712", "ASSAULT", "seize", "human_security", "crosswalk"),
    ("091", "ACCUSE", "investigate", "crime; corruption", "crosswalk"),
    ("08", "CONCEDE", None, None, "crosswalk"),  # the first of two "08:" lines
    ("013", None, None, None, "none"),
])
def test_crosswalk_examples(code: str, plover: str | None, mode: str | None,
                            context: str | None, basis: str) -> None:
    row = load_cameo().get(code)
    assert row is not None
    assert (row.plover, row.plover_mode, row.plover_context, row.plover_basis) == (
        plover, mode, context, basis)


def test_spot_values_and_lookups() -> None:
    table = load_cameo()
    assert table.get("10").name == "DEMAND" and table.get("010").name == "Make statement"
    assert table.get(" [042] ").code == "042"
    assert table.get("190").goldstein == -10.0 and table.get("0256").plover_inherited_from \
        == "1056"
    assert table.nearest("1717").code == "171"  # a private 4-digit code: its parent
    assert table.nearest("2099").code == "20"
    assert table.plover_quad("accuse") == 3 and table.plover_quad("REQUEST") is None
    assert [c.code for c in table.children("19")][:3] == ["190", "191", "192"]
    assert "042" in table and "42" not in table
    assert load_cameo() is load_cameo()  # cached


def test_normalise_code_keeps_leading_zeros() -> None:
    assert normalise_code("10") == "10"
    assert normalise_code("010") == "010"
    assert normalise_code(" '0256' ") == "0256"
    for bad in ("", "0", "00", "21", "99", "174K", "01234", "1-0"):
        assert normalise_code(bad) is None, bad
    with pytest.raises(TypeError, match="leading zeros"):
        normalise_code(10)  # type: ignore[arg-type]
    assert is_code("010") and is_code("10") and not is_code("1214") and not is_code("0100")
    assert quad_class("0256") == 0 and quad_class("145") == 4 and quad_class("x") is None
    assert quad_class("163") == 3  # reducing relations: verbal conflict (Phoenix, ConfliBERT)


@given(st.integers(1, 20), st.text("0123456789", max_size=2))
def test_normalise_round_trip(root: int, rest: str) -> None:
    code = f"{root:02d}{rest}"
    assert normalise_code(code) == code
    assert normalise_code(f"[{code}]") == code


def test_tampered_copy_fails_digest(tmp_path: Path) -> None:
    copy = tmp_path / "cameo"
    shutil.copytree(DATA, copy)
    with (copy / "codes.jsonl").open("ab") as handle:
        handle.write(b"\n")
    with pytest.raises(ResourceError, match="sha256"):
        load_cameo(data=copy)


def test_malformed_row_names_file_and_line(tmp_path: Path) -> None:
    copy = tmp_path / "cameo"
    shutil.copytree(DATA, copy)
    lines = (copy / "codes.jsonl").read_text().splitlines(keepends=True)
    lines[4] = lines[4].replace('"goldstein": ', '"goldstein": 1', 1)
    (copy / "codes.jsonl").write_text("".join(lines))
    with pytest.raises(ResourceError, match=r"codes\.jsonl:5: goldstein"):
        load_cameo(verify=False, data=copy)


def test_missing_crosswalk_lines_inherit_from_the_nearest_parent() -> None:
    tool = _converter()
    notes: list[str] = []
    crosswalk = tool.read_crosswalk(
        "# a made-up table\n"
        "14: PROTEST\n"
        "141: PROTEST, demo,  # Demonstrate\n"
        "1411: PROTEST, demo, executive; legal # for leadership change\n"
        "141: PROTEST, riot, # a second line for 141\n",
        notes,
    )
    codes = [("14", "PROTEST", -6.5, 2), ("141", "Demonstrate", -6.5, 3),
             ("1411", "For leadership change", -6.5, 4), ("1412", "For policy", -6.5, 5),
             ("142", "Hunger strike", -6.5, 6)]
    rows = {r["code"]: r for r in tool.build(codes, crosswalk, notes)}
    assert rows["1411"]["plover_context"] == "executive; legal"
    assert rows["1411"]["plover_inherited_from"] is None
    assert (rows["1412"]["plover_mode"], rows["1412"]["plover_inherited_from"]) == ("demo", "141")
    assert (rows["142"]["plover"], rows["142"]["plover_mode"],
            rows["142"]["plover_inherited_from"], rows["142"]["plover_basis"]) == (
        "PROTEST", None, "14", "inherited")
    assert any("141 repeats line 3" in n for n in notes)


@pytest.mark.skipif(not (EVAL / "plover_gsr" / "CAMEO2PLOVER-2021.txt").is_file(),
                    reason="../shared/eval (CAMEO code list and crosswalk) is not available")
def test_converter_reproduces_shipped_files(tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(ROOT / "tools" / "convert_cameo_codes.py"),
                    "--out", str(tmp_path)], check=True, capture_output=True)
    for name in ("codes.jsonl", "manifest.json", "NOTICE"):
        assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), name
