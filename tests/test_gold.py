from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from eventcoder.errors import ConfigError
from eventcoder.gold import (
    GOLD_SETS,
    _actor_rows,
    _text_from_conllu,
    load_event_gold,
    petrarch_actor_file,
    plover_label,
    repair_mojibake,
    strip_coder_note,
)
from eventcoder.resources import load_actor_resources, validate_files

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
needs_eval = pytest.mark.skipif(not EVAL.is_dir(),
                                reason="gold data ../shared/eval is not available")


def test_plover_2016_labels_map_to_2021() -> None:
    assert [plover_label(x) for x in ("DEMAND", "disapprove", "INVESTIGATE", "FIGHT", "AGREE")] \
        == ["REQUEST", "ACCUSE", "ACCUSE", "ASSAULT", "AGREE"]


def test_mojibake_repair_and_note_stripping() -> None:
    original = "The envoy’s “final” offer — £5"
    stored = original.encode("utf-8").decode("mac_roman").encode("cp1252")
    assert repair_mojibake(stored) == original
    assert strip_coder_note("Arnor praised Gondor on Monday. Note: Two events are coded. ") \
        == "Arnor praised Gondor on Monday."
    assert strip_coder_note("The Notes were signed.") == "The Notes were signed."


def test_text_rebuilt_from_a_conllu_parse() -> None:
    rows = [("1", "Arnor", "_"), ("2", "'s", "_"), ("3", "envoy", "SpaceAfter=No"),
            ("4", ",", "_"), ("5", "Gil", "_"), ("6", "left", "_"), ("7", ".", "_")]
    parse = "\n".join("\t".join([i, w, w, "X", "X", "_", "0", "dep", "_", misc])
                      for i, w, misc in rows)
    # "'s" is not closing punctuation: only SpaceAfter=No and ".,;:!?" glue.
    assert _text_from_conllu(f"<Parse>\n{parse}\n</Parse>") == "Arnor 's envoy, Gil left."
    assert _text_from_conllu("<Parse>(ROOT (S (NP Arnor)))</Parse>") == ""


def test_unknown_set_or_split_is_an_error() -> None:
    with pytest.raises(ConfigError, match="unknown gold set"):
        load_event_gold("no_such_set", EVAL)
    with pytest.raises(ConfigError, match="no split"):
        load_event_gold("plover_gsr", EVAL, split="train")
    with pytest.raises(ConfigError, match="train or test"):
        load_event_gold("conflibert_cameo", EVAL, split="dev")


def test_tabari_date_restrictions_follow_petrarch() -> None:
    notes: list[str] = []
    rows = _actor_rows(
        "<!-- a made-up dictionary\n   over two lines -->\n"
        "WIDGETLAND [WDG] # the country\n+WIDGETIAN\n\n"
        "MAYOR_BLOGGS  [WDG]  # default\n"
        "\t[WDGGOV 20100105-20100110]  # first restriction wins\n"
        "\t[WDGOPP 20100101-20100131]\n"
        "\t[WDGELI >20100131]\n"
        "NOBODY [---]\n"
        "ODD_ONE [WDGXY]\n",
        "test.actors.txt", notes)
    by_name = {r["name"]: r for r in rows}
    assert by_name["Widgetland"]["patterns"] == ["widgetland", "widgetian"]
    assert by_name["Widgetland"]["kind"] == "country"
    roles = [(r["code"], r["from"], r["until"]) for r in by_name["Mayor Bloggs"]["roles"]]
    assert sorted(roles, key=lambda r: r[1] or "") == [
        ("WDG", None, "2010-01-01"),
        ("WDGOPP", "2010-01-01", "2010-01-05"),
        ("WDGGOV", "2010-01-05", "2010-01-11"),  # a range includes its last day
        ("WDGOPP", "2010-01-11", "2010-02-01"),
        ("WDGELI", "2010-02-01", None),  # ">D" starts the day after D
    ]
    assert by_name["Nobody"]["roles"] == []
    assert by_name["Odd One"]["roles"] == [] and any("WDGXY" in n for n in notes)


@needs_eval
def test_plover_gsr_counts() -> None:
    rows = load_event_gold("plover_gsr", EVAL)
    assert len(rows) == 322
    events = [r.events[0] for r in rows]
    assert all(len(r.events) == 1 and r.date == date(2000, 1, 1) for r in rows)
    # README: 289 with a target, one of them the string "diplomatic" (not an actor).
    assert sum(1 for e in events if e.target) == 288
    assert [r.extra["target_raw"] for r in rows if "target_raw" in r.extra] == ["diplomatic"]
    assert sum(1 for e in events if len(e.source) > 1) == 21
    labels = Counter(e.plover for e in events)
    assert labels["REQUEST"] == 34 and labels["ACCUSE"] == 16 + 9 and labels["ASSAULT"] == 15 + 17
    assert not {"DEMAND", "DISAPPROVE", "INVESTIGATE", "FIGHT"} & set(labels)
    assert all(e.quad is None for e in events if e.plover == "REQUEST")
    assert {e.quad for e in events if e.plover == "PROTEST"} == {4}
    assert [r.id for r in rows if "source_id" in r.extra] == ["PLOVER-GSR01-COERCE-0004~2"]
    hun = rows[0].events[0]
    assert (hun.source, hun.source_codes, hun.target) == (("HUN", "ROU"), ("HUNGOV", "ROUGOV"), ())


@needs_eval
def test_petr2_counts() -> None:
    rows = load_event_gold("petr2_gsr_gigaword", EVAL)
    assert len(rows) == 78
    assert sum(len(r.events) for r in rows) == 80
    assert sum(r.no_event for r in rows) == 12 and all(not r.events for r in rows if r.no_event)
    assert Counter(r.category for r in rows) == {"AFP": 18, "GOLD": 10, "OTHER": 23, "TEST": 11,
                                                 "VERB": 8, "PASSIVE": 8}
    first = rows[0].events[0]
    assert (first.source, first.target, first.cameo, first.root, first.plover, first.quad) == (
        ("USA",), ("CHN",), "042", "04", "CONSULT", 1)
    assert [r.extra["date_raw"] for r in rows if r.date is None] == ["121108"]
    boko = next(r for r in rows if r.id == "abc12_3")  # empty <Text>, words from the parse
    assert boko.text.startswith("Boko Haram has launched") and boko.text.endswith("Nigeria.")
    unknown = [e for r in rows for e in r.events if e.source_codes == ("---REB",)]
    assert unknown and all(e.source == (None,) for e in unknown)
    assert any(e.target == () and e.target_codes == () for r in rows for e in r.events)


@needs_eval
def test_conflibert_counts_and_splits() -> None:
    train = load_event_gold("conflibert_cameo", EVAL, split="train")
    test = load_event_gold("conflibert_cameo", EVAL, split="test")
    assert (len(train), len(test)) == (1349, 451)
    assert Counter(r.events[0].quad for r in train) == {0: 240, 1: 248, 2: 303, 3: 337, 4: 221}
    assert Counter(r.events[0].quad for r in test) == {0: 56, 1: 80, 2: 57, 3: 150, 4: 108}
    assert {r.split for r in train} == {"train"} and {r.split for r in test} == {"test"}
    assert len(load_event_gold("conflibert_cameo", EVAL)) == 1800
    assert not any(r.text.endswith(("\r", "\t")) for r in train + test)


@needs_eval
def test_petrarch_unittest_counts() -> None:
    rows = load_event_gold("petrarch_unittest", EVAL)
    assert len(rows) == 284
    # README: 354 triples quoted the usual way + 5 with '"..."' quoting; one triple is in a
    # comment and does not count.
    assert sum(len(r.events) for r in rows) == 359
    assert sum(r.no_event for r in rows) == 19
    errors = [r for r in rows if "error" in r.extra]
    assert len(errors) == 7 and {r.category for r in errors} == {"ERROR"}
    assert all(not r.events for r in errors)
    assert {r.extra["error"] for r in errors} == {"dateline", "bad_input_parse", "storydiscard",
                                                 "sentencediscard"}
    assert sorted(r.id for r in rows if "source_id" in r.extra) == ["AGENTS-18~2", "AGENTS-19~2"]
    quoted = [e for r in rows for e in r.events if e.source_codes == ('"INJURY TOLL"',)]
    assert quoted and quoted[0].source == (None,)
    demo = rows[0]
    assert (demo.id, demo.date, demo.events[0].source_codes, demo.events[0].cameo) == (
        "DEMO-00", date(1995, 1, 1), ("ARN",), "064")
    private = [e for r in rows for e in r.events if e.cameo in ("345", "174K")]
    assert private and all(e.root is None and e.quad is None for e in private)


@needs_eval
def test_cameo_manual_examples() -> None:
    rows = load_event_gold("cameo_manual_examples", EVAL)
    assert len(rows) == 277
    assert sum(1 for r in rows if "note" in r.extra) == 46
    assert not any("Note:" in r.text for r in rows)
    assert not any("‚Ä" in r.text for r in rows)
    assert sum(r.text.count("\ufffd") for r in rows) == 1  # the README's one lost character
    by_code = {r.id: r.events[0] for r in rows}
    assert (by_code["0256"].plover, by_code["0256"].quad, by_code["0256"].root) == (
        "REQUEST", 0, "02")
    assert by_code["010"].plover is None


@needs_eval
def test_every_set_loads_with_text() -> None:
    for name in GOLD_SETS:
        rows = load_event_gold(name, EVAL)
        assert rows and all(r.set == name and r.text.strip() for r in rows)
        assert len({r.id for r in rows}) == len(rows), name


@needs_eval
def test_petrarch_actor_file_validates_and_resolves(tmp_path: Path) -> None:
    path = petrarch_actor_file(EVAL, tmp_path)
    assert path.parent == tmp_path
    problems = validate_files([path])
    assert [p for p in problems if p.severity == "error"] == []
    rows = {r["id"]: r for r in map(json.loads, path.read_text().splitlines())}
    gollum = rows["petr:actor:gollum"]
    assert {"gollum", "smeagol"} <= set(gollum["patterns"])
    assert [(r["code"], r["from"], r["until"]) for r in gollum["roles"]] == [
        ("HOB", None, "1995-06-01"), ("HOBGOV", "1995-06-01", "1999-08-16"),
        ("HOBREB", "1999-08-17", None)]
    assert rows["petr:actor:gondor"]["kind"] == "country"
    assert "minas tirith" in rows["petr:actor:gondor"]["patterns"]
    assert rows["petr:agent:congressman"]["patterns"][:2] == ["congressman", "congressmen"]
    assert "ITHTV" in (tmp_path / "conversion_notes.txt").read_text()
    resources = load_actor_resources(extra=[path])
    sam = next(e for e in resources.entries if e.id == "petr:actor:sam_gamgee")
    assert sam.codes_on(date(2010, 1, 12)) == ("ORCHOB",)
    assert sam.codes_on(date(2010, 1, 13)) == ("HOBMIL",)
    assert sam.codes_on(date(2008, 1, 19)) == ("HOBCIV",)
