"""The coding stage over a store: one article that cannot be coded stops neither the run nor
later runs, and the user is told which one and why."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from eventcoder import Ingester, Store, load_options
from eventcoder.pipeline import CodingPipeline
from eventcoder.records import Rejection

STORIES = {
    "a-first": "Kenyan police arrested 40 protesters in Nairobi on Tuesday, witnesses said.",
    "b-long": " ".join(["The committee heard testimony from the minister about the budget."] * 8),
    "c-last": "Ghana recalled its ambassador to Burkina Faso on Monday, the ministry said.",
}


@pytest.fixture(scope="module")
def pipeline() -> CodingPipeline:
    return CodingPipeline(load_options())


@pytest.fixture
def stored(tmp_path: Path) -> Path:
    dump = tmp_path / "d.jsonl"
    dump.write_text("".join(json.dumps({"id": i, "text": t, "date": "2025-03-04"}) + "\n"
                            for i, t in STORIES.items()), encoding="utf-8")
    db = tmp_path / "c.duckdb"
    with Store(db) as store:
        Ingester(load_options()).run([str(dump)], store)
    return db


def test_an_article_the_parser_refuses_is_recorded_and_the_rest_is_coded(
        pipeline: CodingPipeline, stored: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # spaCy's nlp.max_length, made small: "b-long" fails inside nlp.pipe as a 1.3 MB text would
    monkeypatch.setattr(pipeline.nlp, "max_length", 300)
    failures: list[Rejection] = []
    with Store(stored) as store:
        articles, events = pipeline.code_articles(store, batch_size=8, failures=failures,
                                                  run_id="r1")
        assert articles == 2 and events >= 2
        [failure] = failures
        assert failure.reason == "coding_failed" and "b-long" in failure.detail
        assert "E088" in failure.detail
        coded = {e["doc_id"] for e in store.iter_events()}
        assert coded == {"a-first", "c-last"}
        [row] = [r for r in store.iter_rejections() if r["reason"] == "coding_failed"]
        assert row["locator"].endswith("d.jsonl:2") and row["run_id"] == "r1"
        # a later run does not take the failed article again, and does not stop on it
        assert pipeline.code_articles(store, batch_size=8) == (0, 0)
        assert set(store.check().values()) == {0}


def test_a_stage_that_raises_on_one_article_does_not_stop_the_batch(
        pipeline: CodingPipeline, stored: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code = pipeline._code

    def failing(doc_id: str, *args: object) -> object:
        if doc_id == "a-first":
            raise RuntimeError("a bug in a stage")
        return code(doc_id, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "_code", failing)
    failures: list[Rejection] = []
    with Store(stored) as store:
        articles, _ = pipeline.code_articles(store, batch_size=2, failures=failures)
        assert articles == 2
        assert [f.detail for f in failures] == [
            "article a-first could not be coded: RuntimeError: a bug in a stage"]
        assert {e["doc_id"] for e in store.iter_events()} >= {"c-last"}


@pytest.mark.parametrize(("title", "url", "labels", "text", "argues"), [
    ("Opinion: ECOWAS has only itself to blame", None, (), "", True),
    ("Analysis: Trump's Caucasus gamble", None, (), "", True),
    ("Niger's junta expels French ambassador", "https://example.org/opinion/niger-junta", (),
     "", True),
    ("Niger's junta expels French ambassador", None, ("OPINION",), "", True),
    ("Niger's junta expels French ambassador", None, (),
     "The views expressed in this article are the author's own.", True),
    ("Niger's junta expels French ambassador", "https://example.org/africa/niger", ("Africa",),
     "The junta gave the ambassador 48 hours to leave.", False),
    ("INSIGHT-How the junta took Niamey", None, (), "", False),  # reporting, not argument
    ("Profile: the general who took Niamey", None, (), "", True),
    ("What we know: Niger's junta and France", None, (), "", True),
    ("Niger's junta expels French ambassador", None, ("Africa | Analysis",), "", True),
    ("Niger's junta expels French ambassador", "https://example.org/culture/books/niger-review",
     (), "", True),
])
def test_commentary_is_told_by_label_address_or_disclaimer(title, url, labels, text, argues):
    from eventcoder.pipeline import commentary

    assert commentary(title, url, labels, text) is argues


def test_an_opinion_piece_keeps_only_its_dated_news_hook(pipeline: CodingPipeline) -> None:
    from datetime import date

    article = pipeline.code_text(
        "ECOWAS has only itself to blame.\n\nAfter the 2023 coup in Niger, the bloc threatened "
        "military intervention.\n\nOn Thursday, Niger's junta expelled the French ambassador.",
        title="Opinion: ECOWAS has only itself to blame", published=date(2025, 8, 15))
    assert [(e.cameo, e.date) for e in article.events] == [("161", "2025-08-14")]


def test_an_opinion_piece_keeps_its_news_of_this_week(pipeline: CodingPipeline) -> None:
    from datetime import date

    article = pipeline.code_text(
        "The administration this week imposed new sanctions on Venezuela's state oil company."
        "\n\nIn 2019, Washington recognised Juan Guaido as president.",
        title="Opinion: Venezuela sanctions will fail", published=date(2026, 11, 27))
    assert [e.cameo for e in article.events] == ["163"]


@pytest.mark.parametrize("text, word", [
    ("South Korean President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba met.",
     "Jae-myung"),
    ("Former UN chief Ban Ki-moon spoke.", "Ki-moon"),
])
def test_a_hyphened_given_name_is_one_word(pipeline: CodingPipeline, text: str,
                                           word: str) -> None:
    assert word in [t.text for t in pipeline.nlp(text)]


@pytest.mark.parametrize("text", ["A Tel Aviv-based group spoke.",
                                  "The Saudi-led coalition struck.",
                                  "Hamas-run health ministry officials spoke."])
def test_a_hyphened_modifier_is_not_joined_as_a_name(pipeline: CodingPipeline,
                                                     text: str) -> None:
    assert "-" in [t.text for t in pipeline.nlp(text)]


def test_a_headline_gives_its_lead_the_party_the_lead_left_untold(
        pipeline: CodingPipeline) -> None:
    """"Court frees opposition leader Omar Ayub on bail" over "... ordered his release": one
    release, the lead's, with the one freed the headline names."""
    coded = pipeline.code_text(
        "ISLAMABAD (Reuters) - The Islamabad High Court on Wednesday suspended the sentence of "
        "opposition leader Omar Ayub Khan and ordered his release on bail.",
        title="Pakistani court frees opposition leader Omar Ayub on bail",
        published=date(2026, 3, 11))
    assert [(e.part, e.cameo, e.source.code if e.source else None,
             e.target.code if e.target else None) for e in coded.events] == [
        ("body", "0841", "PAKJUD", "PAKOPP")]
