from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from eventcoder.errors import ResourceError
from eventcoder.verbs import load_verb_patterns

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "eventcoder" / "data" / "verbs"
SHARED = Path(__file__).resolve().parents[2] / "shared"


def test_shipped_files_match_manifest() -> None:
    manifest = json.loads((DATA / "manifest.json").read_text())
    for item in manifest["files"]:
        raw = (DATA / item["path"]).read_bytes()
        assert hashlib.sha256(raw).hexdigest() == item["sha256"]
        assert raw.count(b"\n") == item["rows"]
        assert item["license"] == "MIT"
    verbs = load_verb_patterns()
    assert len(verbs.patterns) == 4823
    assert len(verbs.synsets) == 40
    assert len({p.id for p in verbs.patterns}) == len(verbs.patterns)


def test_spot_checks() -> None:
    verbs = load_verb_patterns()
    by_source = {p.source: p for p in verbs.patterns}
    accuse = by_source["CAMEO.2.0.txt:7512"]  # ACCUSE [112]
    assert (accuse.verb, accuse.code, accuse.before, accuse.after) == ("accuse", "112", (), ())
    arrest = by_source["CAMEO.2.0.txt:8134"]  # ARREST [173]
    assert (arrest.verb, arrest.code) == ("arrest", "173")
    urge = by_source["CAMEO.2.0.txt:7113"]  # - * &SECURITY [0212] # URGE
    assert (urge.code, urge.after, urge.comment) == ("0212", ("&SECURITY",), "URGE")
    veto = [p for p in verbs.by_verb("veto") if p.comment == "VETO" and p.code == "1234"]
    assert veto and veto[0].after == ("{", "constitutional", "amendment", "}")
    paired = by_source["CAMEO.2.0.txt:718"]  # - * (TO) [042:043] # RUSH
    assert (paired.code, paired.code_raw, paired.after) == ("042", "042:043", ("(", "to", ")"))
    currency = next(s for s in verbs.synsets if s.name == "&CURRENCY")
    assert "dollar" in currency.words


def test_tampered_copy_fails_digest(tmp_path: Path) -> None:
    copy = tmp_path / "verbs"
    shutil.copytree(DATA, copy)
    with (copy / "verbs.jsonl").open("ab") as handle:
        handle.write(b"\n")
    with pytest.raises(ResourceError, match="sha256"):
        load_verb_patterns(data=copy)


def test_malformed_row_names_file_and_line(tmp_path: Path) -> None:
    copy = tmp_path / "verbs"
    shutil.copytree(DATA, copy)
    lines = (copy / "verbs.jsonl").read_text().splitlines(keepends=True)
    lines[2] = lines[2].replace('"code": "', '"code": "x', 1)
    (copy / "verbs.jsonl").write_text("".join(lines))
    with pytest.raises(ResourceError, match=r"verbs\.jsonl:3: code"):
        load_verb_patterns(verify=False, data=copy)


@pytest.mark.skipif(
    not (SHARED / "dictionaries" / "phoenix" / "CAMEO.2.0.txt").is_file(),
    reason="/work/shared source dictionaries are not available",
)
def test_converter_reproduces_shipped_files(tmp_path: Path) -> None:
    report = tmp_path / "report.md"
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "convert_cameo_verbs.py"),
         "--out", str(tmp_path), "--report", str(report)],
        check=True, capture_output=True,
    )
    for name in ("verbs.jsonl", "synsets.jsonl", "manifest.json", "NOTICE"):
        assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), name
    assert report.read_bytes() == (ROOT / "tools" / "cameo_verbs_report.md").read_bytes()
