"""Actor resources: the shipped Phoenix conversion loads, verifies and validates; user files
overlay it; the validator finds each kind of problem at the right file:line."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import shutil
import sys
import time
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from eventcoder.errors import ResourceError
from eventcoder.resources import (
    KINDS,
    ActorResources,
    Entry,
    Problem,
    Role,
    _parse,
    load_actor_resources,
    load_regions,
    package_files,
    validate_files,
)

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
DATA = ROOT / "src" / "eventcoder" / "data" / "actors"
CONVERTED = frozenset({"countries.jsonl", "people.jsonl", "organizations.jsonl", "agents.jsonl"})
DAY = date(2014, 1, 1)


@pytest.fixture(scope="session")
def actors() -> ActorResources:
    return load_actor_resources()


@pytest.fixture(scope="session")
def by_pattern(actors: ActorResources) -> dict[str, list[Entry]]:
    index: dict[str, list[Entry]] = defaultdict(list)
    for entry in actors.entries:
        for pattern in entry.patterns:
            index[pattern].append(entry)
    return index


def only(entries: list[Entry], kind: str) -> Entry:
    found = [e for e in entries if e.kind == kind]
    assert len(found) == 1, [e.id for e in found]
    return found[0]


def row(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": "test:organization:arnor_council",
        "kind": "organization",
        "name": "Arnor Council",
        "patterns": ["arnor council"],
        "roles": [{"code": "ARNGOV", "from": None, "until": None}],
        "source": "test",
    }
    base.update(changes)
    return base


def write_rows(path: Path, *rows: dict[str, Any] | str) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# -- the shipped resources ---------------------------------------------------------------------


def test_checked_files_read_fast_give_the_same_entries_as_a_full_check() -> None:
    # load_actor_resources reads a file whose sha256 matches the manifest without checking
    # each row again; what it builds must be what the checking reader builds
    loaded = {e.id: e for e in load_actor_resources().entries}
    for path in package_files():
        checked, problems = _parse(path.name, path.read_bytes())
        assert not [p for p in problems if p.severity == "error"]
        assert [loaded[e.id] for e in checked] == checked
    unchecked = load_actor_resources(verify=False)
    assert list(unchecked.entries) == list(loaded.values())


def test_shipped_resources_load_quickly_and_validate_without_errors() -> None:
    start = time.perf_counter()
    loaded = load_actor_resources()
    seconds = time.perf_counter() - start
    problems = validate_files(package_files())
    errors = [str(p) for p in problems if p.severity == "error"]
    warnings = [p for p in problems if p.severity == "warning"]
    print(f"loaded {len(loaded.entries)} entries in {seconds:.2f}s; {len(warnings)} warnings")
    assert errors == []  # (load time is measured by bench/actors_bench.py, not asserted)
    # Warnings on the converted Phoenix files are the source's own overlaps and kept
    # conflicts, listed in the report; a jump there means the converter started producing new
    # ones. (Those on eventcoder's curated files are mostly its corrections of Phoenix rows,
    # which take precedence by design: "protesters" are CVL here, OPP there.)
    manifest = json.loads((package_files()[0].parent / "manifest.json").read_text("utf-8"))
    converted = {f["path"] for f in manifest["files"] if f["source"].get("repo") != "eventcoder"}
    assert converted and all(name.endswith(".jsonl") for name in converted)
    assert 0 < sum(Path(p.file).name in converted for p in warnings) < 600
    assert loaded.version == "2026.11.0"
    assert len(loaded.digest) == 64


def test_regions_name_their_countries() -> None:
    regions = load_regions()  # (its load time is part of bench/actors_bench.py's figure)
    assert regions["Sindh"] == {"PAK"} and regions["Texas"] == {"USA"}
    assert regions["Punjab"] == {"IND", "PAK"}  # the text has to say which
    assert all(len(code) == 3 for codes in regions.values() for code in codes)


def test_groups_of_one_country_are_not_coded_to_a_region(actors: ActorResources) -> None:
    """Source fixes: national groups Phoenix coded to a region (MEAREB, INTREB) or a wrong
    country carry their own country's code."""
    by_name = {e.name: e for e in actors.entries if e.kind == "organization"}
    assert by_name["Palestinian Islamic Jihad"].roles[0].code == "PSEREB"
    assert by_name["Islamic Salvation Front"].roles[0].code == "DZAREB"
    east = [e for e in actors.entries if "east jerusalem" in e.patterns]
    assert [r.code for e in east for r in e.roles] == ["PSE"]
    # CAMEO's code for Islam is MOS; MUS is Mauritius.
    agents = [r.code for e in actors.by_kind("agent") for r in e.roles]
    assert not any("MUS" in [c[k:k + 3] for k in range(0, len(c), 3)] for c in agents)


def test_row_counts_match_the_manifest(actors: ActorResources) -> None:
    manifest = json.loads((DATA / "manifest.json").read_text("utf-8"))
    assert manifest["name"] == "eventcoder-actors"
    total = 0
    for item in manifest["files"]:
        text = (DATA / item["path"]).read_text("utf-8")
        assert len(text.splitlines()) == item["rows"], item["path"]
        assert hashlib.sha256(text.encode("utf-8")).hexdigest() == item["sha256"]
        assert item["license"] == "MIT"
        if item["source"]["repo"] != "eventcoder":  # curated rows are eventcoder's own
            assert item["source"]["commit"] == "676801cd9cb2924bbbad09f86d15c9323e7097bf"
        total += item["rows"]
    assert len(actors.entries) == total
    assert sum(len(actors.by_kind(k)) for k in KINDS) == total
    assert [p.name for p in package_files()] == [i["path"] for i in manifest["files"]]


def test_ids_are_unique_and_name_their_kind(actors: ActorResources) -> None:
    ids = [e.id for e in actors.entries]
    assert len(ids) == len(set(ids))
    for entry in actors.entries:
        origin = "phx" if entry.file in CONVERTED else ("ec" if entry.kind == "agent" else "cur")
        assert entry.id.startswith(f"{origin}:{entry.kind}:"), entry.id
        assert entry.kind in KINDS


def test_tampered_copy_fails_the_digest_check(tmp_path: Path) -> None:
    copy = tmp_path / "actors"
    copy.mkdir()
    for path in [*package_files(), DATA / "manifest.json"]:
        shutil.copy(path, copy / path.name)
    agents = copy / "agents.jsonl"
    text = agents.read_text("utf-8")
    agents.write_text(text.replace('"police"', '"polizei"', 1), encoding="utf-8")
    with pytest.raises(ResourceError, match=r"agents\.jsonl: sha256"):
        load_actor_resources(data=copy)
    # Without verification the edited copy loads, so the check above is what caught it.
    loaded = load_actor_resources(data=copy, verify=False)
    assert any("polizei" in e.patterns for e in loaded.by_kind("agent"))


def test_user_files_override_by_id_and_add_rows(tmp_path: Path, actors: ActorResources) -> None:
    first = write_rows(
        tmp_path / "first.jsonl",
        {"id": "phx:country:ken", "kind": "country", "name": "Kenya",
         "patterns": ["kenya", "jamhuri ya kenya"],
         "roles": [{"code": "KEN", "from": None, "until": None}], "source": "user"},
        row(id="user:person:jane_arnor", kind="person", name="Jane Arnor",
            patterns=["jane arnor"],
            roles=[{"code": "ARNGOV", "from": "2020-01-01", "until": "2024-01-01"}]),
    )
    second = write_rows(
        tmp_path / "second.jsonl",
        row(id="user:person:jane_arnor", kind="person", name="Jane Arnor",
            patterns=["jane arnor", "president arnor"],
            roles=[{"code": "ARNGOV", "from": "2020-01-01", "until": "2025-01-01"}]),
    )
    loaded = load_actor_resources([first, second])
    assert len(loaded.entries) == len(actors.entries) + 1
    entries = {e.id: e for e in loaded.entries}
    kenya = entries["phx:country:ken"]
    assert kenya.patterns == ("kenya", "jamhuri ya kenya")
    assert (kenya.file, kenya.line) == (str(first), 1)
    jane = entries["user:person:jane_arnor"]
    assert jane.patterns == ("jane arnor", "president arnor")  # the later file wins
    assert jane.roles[0].end == date(2025, 1, 1)
    assert loaded.digest != actors.digest
    assert load_actor_resources([first, second]).digest == loaded.digest


def test_user_file_problems_raise_with_file_and_line(tmp_path: Path) -> None:
    bad = write_rows(tmp_path / "bad.jsonl", row(), row(id="x:y", patterns=["Arnor"]),
                     '{"id": ')
    with pytest.raises(ResourceError) as caught:
        load_actor_resources([bad])
    message = str(caught.value)
    assert f"{bad}:2: patterns: 'Arnor' is not normalised" in message
    assert f"{bad}:3: invalid JSON" in message
    assert f"{bad}:1:" not in message


def test_missing_user_file_is_a_resource_error(tmp_path: Path) -> None:
    with pytest.raises(ResourceError, match="cannot read"):
        load_actor_resources([tmp_path / "nope.jsonl"])


# -- validation --------------------------------------------------------------------------------


ERROR_CASES: list[tuple[str, dict[str, Any] | str, str]] = [
    ("invalid json", '{"id": "x", ', "invalid JSON"),
    ("nan", json.dumps(row()).replace('"source": "test"', '"source": NaN'), "invalid JSON"),
    ("not an object", "[1, 2]", "must be a JSON object"),
    ("missing key", {k: v for k, v in row().items() if k != "roles"}, "missing key 'roles'"),
    ("wrong type", row(patterns="arnor council"), "key 'patterns' must be a list"),
    ("unknown kind", row(kind="faction"), "unknown kind 'faction'"),
    ("empty patterns", row(patterns=[]), "no patterns"),
    ("uppercase pattern", row(patterns=["Arnor Council"]), "is not normalised"),
    ("underscore pattern", row(patterns=["arnor_council"]), "is not normalised"),
    ("double space", row(patterns=["arnor  council"]), "is not normalised"),
    ("bad code", row(roles=[{"code": "ARNGO", "from": None, "until": None}]),
     "is not CAMEO syntax"),
    ("lowercase code", row(roles=[{"code": "arngov", "from": None, "until": None}]),
     "is not CAMEO syntax"),
    ("agent with country", row(kind="agent", roles=[{"code": "USAGOV", "from": None,
                                                     "until": None}]),
     "must not name a country"),
    ("bad date", row(roles=[{"code": "ARN", "from": "2014-13-01", "until": None}]),
     "not a calendar date"),
    ("compact date", row(roles=[{"code": "ARN", "from": "20140101", "until": None}]),
     "is not null or YYYY-MM-DD"),
    ("from after until", row(roles=[{"code": "ARN", "from": "2014-02-01",
                                      "until": "2014-01-01"}]), "is not before until"),
    ("role key missing", row(roles=[{"code": "ARN", "from": None}]), "missing key(s) 'until'"),
    ("closed without end", row(roles=[{"code": "ARN", "from": None, "until": None,
                                        "closed": "source-cutoff"}]), "needs an until date"),
    ("added not a pattern", row(added=["gondor"]), "not among the patterns"),
    ("context not a country code", row(context=["Sudan"]), "ISO alpha-3"),
]


@pytest.mark.parametrize(("bad", "fragment"), [c[1:] for c in ERROR_CASES],
                         ids=[c[0] for c in ERROR_CASES])
def test_each_error_is_reported_at_its_line(
    tmp_path: Path, bad: dict[str, Any] | str, fragment: str
) -> None:
    path = write_rows(tmp_path / "user.jsonl", row(id="test:ok"), bad)
    problems = validate_files([path])
    errors = [p for p in problems if p.severity == "error"]
    assert [(p.file, p.line) for p in errors] == [(str(path), 2)], problems
    assert fragment in errors[0].message
    assert str(errors[0]).startswith(f"{path}:2: error: ")


def test_duplicate_ids_across_files_are_errors(tmp_path: Path) -> None:
    first = write_rows(tmp_path / "a.jsonl", row())
    second = write_rows(tmp_path / "b.jsonl", row(id="test:other"), row())
    problems = validate_files([first, second])
    assert [(p.file, p.line, p.severity) for p in problems] == [(str(second), 2, "error")]
    assert f"first at {first}:1" in problems[0].message


def test_warnings(tmp_path: Path) -> None:
    path = write_rows(
        tmp_path / "w.jsonl",
        row(id="t:1", roles=[{"code": "ARNGOV", "from": "2010-01-01", "until": "2012-01-01"},
                             {"code": "ARNMIL", "from": "2011-01-01", "until": "2013-01-01"}]),
        row(id="t:2", roles=[{"code": "ARNMIL", "from": None, "until": None}]),
        row(id="t:3", kind="person", patterns=["aragorn"],
            roles=[{"code": "ARNGOV", "from": "2015-01-01", "until": None}]),
        row(id="t:4", kind="person", patterns=["arwen"], extra=1,
            roles=[{"code": "ARNGOV", "from": "2020-01-01", "until": None}]),
    )
    problems = validate_files([path])
    assert all(p.severity == "warning" for p in problems), problems
    found = {(p.line, p.message.split(" (")[0].split(":")[0]) for p in problems}
    assert (1, "roles ARNGOV and ARNMIL overlap") in found
    assert any(line == 2 and "also in t:1" in m for line, m in
               [(p.line, p.message) for p in problems])
    assert (3, "person role ARNGOV open-ended since 2015-01-01") in found
    assert (4, "unknown key 'extra' ignored") in found
    assert not any(p.line == 4 and "open-ended" in p.message for p in problems)  # after 2019


def test_unreadable_file_is_reported(tmp_path: Path) -> None:
    problems = validate_files([tmp_path / "missing.jsonl"])
    assert [(p.line, p.severity) for p in problems] == [(0, "error")]


def test_role_valid_on_boundaries() -> None:
    role = Role("USAGOV", date(2013, 2, 1), date(2017, 1, 20))
    assert not role.valid_on(date(2013, 1, 31))
    assert role.valid_on(date(2013, 2, 1))  # start inclusive
    assert role.valid_on(date(2017, 1, 19))
    assert not role.valid_on(date(2017, 1, 20))  # end exclusive
    assert Role("X", None, date(2000, 1, 1)).valid_on(date(1, 1, 1))
    assert Role("X", date(2000, 1, 1), None).valid_on(date(9999, 12, 31))
    assert Role("X", None, None).valid_on(DAY)


def test_problem_text() -> None:
    assert str(Problem("a.jsonl", 7, "error", "bad")) == "a.jsonl:7: error: bad"


# -- what the conversion says ------------------------------------------------------------------


def test_countries_capitals_and_seats(by_pattern: dict[str, list[Entry]]) -> None:
    kenya = only(by_pattern["kenya"], "country")
    assert kenya.id == "phx:country:ken"
    assert kenya.codes_on(DAY) == ("KEN",)
    assert "kenyan" in kenya.patterns
    assert "nairobi" not in kenya.patterns
    assert only(by_pattern["nairobi"], "capital").codes_on(DAY) == ("KENGOV",)
    assert only(by_pattern["mombasa"], "place").codes_on(DAY) == ("KEN",)
    assert only(by_pattern["kremlin"], "seat").codes_on(DAY) == ("RUSGOV",)
    assert only(by_pattern["paris"], "capital").codes_on(DAY) == ("FRAGOV",)
    assert only(by_pattern["zhongnanhai"], "seat").codes_on(DAY) == ("CHNGOV",)
    assert only(by_pattern["u.s."], "country").codes_on(DAY) == ("USA",)


@pytest.mark.parametrize(("pattern", "code"), [
    ("burma", "MMR"), ("myanmar", "MMR"), ("ivorian", "CIV"), ("ivory coast", "CIV"),
    ("zaire", "COD"), ("dr congo", "COD"), ("czechia", "CZE"), ("eswatini", "SWZ"),
    ("swaziland", "SWZ"), ("north macedonia", "MKD"), ("türkiye", "TUR"), ("ceylon", "LKA"),
    ("east timor", "TLS"), ("kosovo", "XKX"), ("soviet union", "SUN"),
])
def test_country_names_old_and_new(by_pattern: dict[str, list[Entry]], pattern: str,
                                   code: str) -> None:
    assert only(by_pattern[pattern], "country").codes_on(DAY) == (code,)


def test_kyiv_and_kiev_are_the_ukrainian_capital(by_pattern: dict[str, list[Entry]]) -> None:
    assert only(by_pattern["kyiv"], "capital") is only(by_pattern["kiev"], "capital")
    assert only(by_pattern["kyiv"], "capital").codes_on(DAY) == ("UKRGOV",)


def test_common_words_are_held_apart(actors: ActorResources,
                                     by_pattern: dict[str, list[Entry]]) -> None:
    chad = next(e for e in actors.by_kind("country") if e.id == "phx:country:tcd")
    assert "chad" in chad.ambiguous and "chad" not in chad.patterns
    assert "chadian" in chad.patterns
    usa = next(e for e in actors.by_kind("country") if e.id == "phx:country:usa")
    assert "us" in usa.ambiguous
    assert "turkey" not in by_pattern
    for entry in actors.entries:
        assert all(len(p) > 2 for p in entry.patterns), entry.id


def test_agents(by_pattern: dict[str, list[Entry]]) -> None:
    police = only(by_pattern["police"], "agent")
    assert police.codes_on(DAY) == ("COP",)
    assert "polices" not in police.patterns  # {} in the source: no plural
    assert only(by_pattern["policemen"], "agent").codes_on(DAY) == ("COP",)
    assert only(by_pattern["police officers"], "agent").codes_on(DAY) == ("COP",)
    ministries = by_pattern["ministries"]
    assert ministries and all(e.kind == "agent" and e.codes_on(DAY) == ("GOV",) for e in ministries)
    for entry in by_pattern["policemen"]:
        assert not any("!" in p or "~" in p for p in entry.patterns)


def test_organisations(by_pattern: dict[str, list[Entry]]) -> None:
    un = only(by_pattern["u.n."], "organization")
    assert un.codes_on(DAY) == ("IGOUNO",)
    assert un.codes_on(date(2030, 1, 1)) == ("IGOUNO",)  # organisations are not closed
    councils = [e for e in by_pattern["u.n. security council"] if e.kind == "organization"]
    assert councils and all(c.codes_on(DAY) == ("IGOUNO",) for c in councils)


def test_people_have_dated_roles_and_none_open_ended(actors: ActorResources,
                                                    by_pattern: dict[str, list[Entry]]) -> None:
    kerry = next(e for e in by_pattern["john kerry"] if e.id.startswith("phx:"))
    assert kerry.source == "Phoenix.Countries.actors.txt:51393-51401"
    assert "USAGOV" in kerry.codes_on(DAY)
    assert kerry.codes_on(date(2010, 1, 1)) == ("USAGOVLEG",)
    closed = [r for r in kerry.roles if r.closed]
    assert [(r.code, r.closed) for r in closed] == [("USAGOV", "source-cutoff")]
    people = [e for e in actors.by_kind("person") if e.file in CONVERTED]
    assert len(people) > 15000
    # Converted terms are all closed; only curated office holders may still be in office.
    assert all(r.end is not None for e in people for r in e.roles)


def test_no_code_still_claims_words(by_pattern: dict[str, list[Entry]]) -> None:
    ocean = only(by_pattern["indian ocean"], "place")
    assert ocean.roles == ()


# -- the converter -----------------------------------------------------------------------------


def test_converter_rewrites_the_shipped_files_byte_identically(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = SHARED / "dictionaries" / "phoenix"
    if not source.is_dir():
        pytest.skip(f"the Phoenix source dictionaries are not here ({source})")
    pytest.importorskip("pycountry", reason="the converter needs pycountry (pip install pycountry)")
    spec = importlib.util.spec_from_file_location("convert_phoenix",
                                                  ROOT / "tools" / "convert_phoenix.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    out = tmp_path / "actors"
    out.mkdir()
    for curated in module.CURATED_FILES:  # hand-written files sit beside the converted ones
        shutil.copy(DATA / curated, out / curated)
    module.convert(source, out, tmp_path / "report.md", tmp_path / "decisions.jsonl")
    manifest = json.loads((DATA / "manifest.json").read_text("utf-8"))
    for name in [*(i["path"] for i in manifest["files"]), "manifest.json", "NOTICE"]:
        assert (out / name).read_bytes() == (DATA / name).read_bytes(), name
    assert (tmp_path / "report.md").read_bytes() == (
        ROOT / "tools" / "phoenix_conversion_report.md").read_bytes()
    assert (tmp_path / "decisions.jsonl").read_bytes() == (
        ROOT / "tools" / "phoenix_conversion_decisions.jsonl").read_bytes()
