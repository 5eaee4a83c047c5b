"""The attribute ruler and the lemmatizer applied by table set what spaCy's own set."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from eventcoder import load_options
from eventcoder.attributes import TableAttributes, TableLemmas
from eventcoder.nlp import load_pipeline

COLUMNS = ["POS", "TAG", "MORPH", "LEMMA", "DEP"]


@pytest.fixture(scope="module")
def pipelines():
    """Our pipeline and the same one with spaCy's ruler and lemmatizer put back in place of
    the tables."""
    ours = load_pipeline(load_options().spacy_model)
    theirs = load_pipeline(load_options().spacy_model)
    for spacys, table in (("attribute_ruler", "eventcoder_attributes"),
                          ("lemmatizer", "eventcoder_lemmas")):
        theirs.enable_pipe(spacys)
        theirs.disable_pipe(table)
    return ours, theirs


def test_pipeline_runs_the_tables_in_spacys_place(pipelines):
    ours, theirs = pipelines
    names = ours.pipe_names
    assert "attribute_ruler" not in names and "lemmatizer" not in names
    assert names.index("eventcoder_attributes") < names.index("eventcoder_lemmas")
    assert {"attribute_ruler", "lemmatizer"} <= set(theirs.pipe_names)


TEXTS = [
    # contractions and spoken forms the ruler's two-word and regular-expression patterns read
    "I ain't gonna do it, y'all know nothin' 'bout ol' times.",
    "He wanna leave 'cause it's late. Whaddya mean? Lemme see. Gotta go.",
    # "there is": the expletive's verb; whitespace tokens
    "There is a problem.\n\n  There are two   of them.\t\tThey were bases.",
    # our own lemma patterns ("bases" is no plural of "basis")
    "Russia struck military bases and raised taxes on imports.",
    "Kenyan police arrested 40 protesters in Nairobi on Tuesday, officials said.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_same_annotations_as_spacys_ruler(pipelines, text):
    ours, theirs = pipelines
    a, b = ours(text), theirs(text)
    assert [t.text for t in a] == [t.text for t in b]
    assert (a.to_array(COLUMNS) == b.to_array(COLUMNS)).all()
    assert [str(t.morph) for t in a] == [str(t.morph) for t in b]


def test_lemma_table_asks_once_per_form_and_keeps_set_lemmas(pipelines):
    ours, _ = pipelines
    table = ours.get_pipe("eventcoder_lemmas")
    assert isinstance(table, TableLemmas) and table.supported
    doc = ours("Troops struck bases. Troops struck bases again.")
    assert [t.lemma_ for t in doc][:3] == ["troop", "strike", "base"]  # "base": the ruler's
    words = {(t.orth, t.pos, t.morph.key) for t in doc if t.lemma_ != "base"}
    assert words <= set(table._table)


def test_own_lemmas_hold():
    nlp = load_pipeline(load_options().spacy_model)
    doc = nlp("The army struck two bases.")
    assert [t.lemma_ for t in doc if t.text == "bases"] == ["base"]


def _ruler(patterns):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(patterns)
    return nlp, ruler


def _doc(nlp, words, tags, deps):
    return Doc(nlp.vocab, words=words, tags=tags, deps=deps, heads=[0] * len(words))


PATTERNS = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": "NN", "LOWER": {"IN": ["march", "may"]}}]],
     "attrs": {"POS": "PROPN"}},  # a later pattern has the last word
    {"patterns": [[{"LOWER": {"REGEX": "^wal+$"}}]], "attrs": {"LEMMA": "wall"}},
    {"patterns": [[{"DEP": {"NOT_IN": ["", "dep"]}, "TAG": "VBD"}]], "attrs": {"POS": "VERB"}},
    {"patterns": [[{"LOWER": "in"}, {"LOWER": "front"}, {"LOWER": "of"}]],
     "attrs": {"POS": "ADP"}, "index": -1},
    {"patterns": [[{"LOWER": "in"}, {}, {"LOWER": "of"}]], "attrs": {"LEMMA": "span"},
     "index": 1},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"POS": "SPACE", "DEP": "dep"}},
]


def test_table_matches_ruler_on_hand_made_patterns():
    nlp, ruler = _ruler(PATTERNS)
    table = TableAttributes(ruler)
    assert table.supported
    words = ["March", "walll", "met", "in", "front", "of", "  ", "may", "wal", "in", "May",
             "of"]
    tags = ["NN", "NN", "VBD", "IN", "NN", "IN", "_SP", "NN", "NN", "IN", "NN", "IN"]
    deps = ["nsubj", "dobj", "ROOT", "prep", "pobj", "prep", "", "dep", "", "prep", "pobj",
            "prep"]
    a = table(_doc(nlp, words, tags, deps))
    b = ruler(_doc(nlp, words, tags, deps))
    assert (a.to_array(COLUMNS) == b.to_array(COLUMNS)).all()
    assert [t.pos_ for t in a][:3] == ["PROPN", "NOUN", "VERB"]
    assert a[1].lemma_ == "wall" and a[4].lemma_ == "span" and a[5].pos_ == "ADP"


@pytest.mark.parametrize("pattern", [
    {"patterns": [[{"TAG": "NN", "OP": "?"}]], "attrs": {"POS": "NOUN"}},
    {"patterns": [[{"ENT_TYPE": "GPE"}]], "attrs": {"POS": "PROPN"}},
    {"patterns": [[{"LENGTH": {">=": 3}}]], "attrs": {"POS": "NOUN"}},
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"NORM": "thing"}},
])
def test_ruler_the_table_cannot_read_is_run_as_it_is(pattern):
    nlp, ruler = _ruler([pattern])
    table = TableAttributes(ruler)
    assert not table.supported
    doc = Doc(nlp.vocab, words=["Kenya", "wall"], tags=["NN", "NN"],
              ents=["B-GPE", "O"])
    expected = ruler(Doc(nlp.vocab, words=["Kenya", "wall"], tags=["NN", "NN"],
                         ents=["B-GPE", "O"]))
    assert (table(doc).to_array(["POS", "NORM"]) == expected.to_array(["POS", "NORM"])).all()
