"""Loading the spaCy pipeline, once per process, by the name in the options."""

from __future__ import annotations

from collections.abc import Callable, Container, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .attributes import TableAttributes, TableLemmas
from .errors import ConfigError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "forget_tokens",
    "load_pipeline",
    "repair_entities",
    "repair_openings",
    "repair_stand_ins",
    "reparse_headline",
    "sentences_of",
    "text_of",
    "tokens_of",
]

_TOKENS = "eventcoder_tokens"
_SENTS = "eventcoder_sentences"
_TEXT = "eventcoder_text"


def tokens_of(doc: Doc) -> list[Token]:
    """The Doc's tokens as one list, built once per Doc and shared by the stages (each pass
    over a Doc builds a new Token object per word). A Token reads its Doc's arrays when
    asked, so the list stays true through repairs that keep the words."""
    tokens: list[Token] | None = doc.user_data.get(_TOKENS)
    if tokens is None or len(tokens) != len(doc) or (tokens and tokens[0].doc is not doc):
        tokens = doc.user_data[_TOKENS] = list(doc)
    return tokens


def sentences_of(doc: Doc) -> list[Span]:
    """The Doc's sentences as one list, built once per Doc for the stages that read them after
    the parse is repaired (``Doc.sents`` builds every Span again on each pass)."""
    sents: list[Span] | None = doc.user_data.get(_SENTS)
    if sents is None or not sents or sents[0].doc is not doc or sents[-1].end != len(doc):
        sents = doc.user_data[_SENTS] = list(doc.sents)
    return sents


class _TextKeeper:
    """The pipeline's tokenizer, keeping each text on the Doc it makes, for :func:`text_of`
    (``doc.text`` joins the words anew, a Token made for each)."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        joins = _hyphened_given_names(doc) if "-" in text else []
        if joins:
            with doc.retokenize() as retokenizer:
                for start in joins:
                    retokenizer.merge(doc[start:start + 3])
            for k, start in enumerate(joins):  # (each join before it took two tokens)
                # shaped as a name ("Xxxxx"), which the tagger and parser read it as; its own
                # shape ("Xxx-xxxx") reads as a hyphened adjective
                doc.vocab[doc[start - 2 * k].text].shape_ = "Xxxxx"
        doc.user_data[_TEXT] = text
        return doc

    def __getattr__(self, name: str) -> Any:
        if name == "tokenizer":  # (not yet set: while unpickling)
            raise AttributeError(name)
        return getattr(self.tokenizer, name)


# Words after a name's hyphen that make it a modifier, not a given name ("Tel Aviv-based").
_HYPHEN_SUFFIXES = frozenset({"based", "led", "backed", "born", "made", "run", "owned", "held",
                              "bound", "style", "era", "type", "class", "level", "wide", "like",
                              "free", "sized", "ruled", "only", "long", "old", "linked", "area",
                              "zone", "way", "side", "line", "day", "week", "year"})


def _hyphened_given_names(doc: Doc) -> list[int]:
    """Where a hyphened given name follows a family name ("Lee Jae-myung", "Kim Jong-un",
    "Yoon Suk-yeol"): the tokenizer splits it at the hyphen, and the parser then reads its
    second half as a noun of its own, breaking "Lee Jae-myung and Shigeru Ishiba held talks"
    into two clauses. The first token of each "Jae - myung" to join into one word."""
    joins: list[int] = []
    for dash in doc:  # (only the hyphens are looked around)
        i = dash.i - 1
        if dash.text != "-" or i < 1 or i + 2 >= len(doc) or doc[i].whitespace_ or \
                dash.whitespace_ or (joins and joins[-1] > i - 3):
            continue
        family, first, last = doc[i - 1].text, doc[i].text, doc[i + 2].text
        if family.isalpha() and family.istitle() and not doc[i - 1].is_stop and \
                2 <= len(first) <= 6 and first.isalpha() and first.istitle() and \
                2 <= len(last) <= 5 and last.isalpha() and last.islower() and \
                last not in _HYPHEN_SUFFIXES:
            joins.append(i)
    return joins


def text_of(doc: Doc) -> str:
    """``doc.text``, built once per Doc for the stages that read it (spaCy joins the words
    anew on every read; no repair changes them)."""
    text: str | None = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def forget_tokens(doc: Doc) -> None:
    """Drop the lists :func:`tokens_of` and :func:`sentences_of` keep on ``doc`` (they tie the
    Doc in a cycle), and the text :func:`text_of` keeps."""
    doc.user_data.pop(_TOKENS, None)
    doc.user_data.pop(_SENTS, None)
    doc.user_data.pop(_TEXT, None)


def load_pipeline(name: str) -> Language:
    """Load an installed spaCy pipeline by package name (``[nlp] spacy_model``).

    The pipeline must have a dependency parser and named entities: the actor resolver and the
    event coder read both.
    """
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError:
        raise ConfigError(
            f"spaCy pipeline {name!r} is not installed; install its package into this "
            "environment (make install does it for the default), or set [nlp] spacy_model"
        ) from None
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ConfigError(f"spaCy pipeline {name!r} lacks {', '.join(sorted(missing))}")
    _register()
    tokenizer: Any = nlp.tokenizer
    for word in _WHOLE_WORDS:
        # ("urged both sides to de-escalate": split at its hyphen, the verb parses as nouns)
        for form in (word, word.capitalize()):
            tokenizer.add_special_case(form, [{"ORTH": form}])
    # ("U.S.-brokered", "U.N.-backed": an abbreviation's full stop keeps the hyphen from
    # splitting the word as "Qatari-brokered" is; split, the go-between is a word of its own)
    from spacy.util import compile_infix_regex

    infixes: list[Any] = [*(nlp.Defaults.infixes or ()), r"(?<=[A-Z]\.)-(?=[a-z])"]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    nlp.tokenizer = _TextKeeper(tokenizer)
    nlp.add_pipe("eventcoder_paragraphs", before="parser")
    if "attribute_ruler" in nlp.pipe_names:
        # Lemmas the small model gets wrong, set before its lemmatizer (which keeps a lemma
        # already set): "struck military bases" is no plural of "basis".
        ruler: Any = nlp.get_pipe("attribute_ruler")
        for word, lemma in _LEMMAS.items():
            ruler.add([[{"LOWER": word, "TAG": "NNS"}]], {"LEMMA": lemma})
        for word, lemma in _VERB_LEMMAS.items():
            for tag in ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ"):
                ruler.add([[{"LOWER": word, "TAG": tag}]], {"LEMMA": lemma})
        # The same annotations by table lookup: the ruler's Matcher took a fifth of the small
        # model's time (see eventcoder.attributes); a ruler it cannot read stays as it is
        table: Any = nlp.add_pipe("eventcoder_attributes", after="attribute_ruler")
        if table.supported:
            nlp.disable_pipe("attribute_ruler")
        else:
            nlp.remove_pipe("eventcoder_attributes")
    if "lemmatizer" in nlp.pipe_names:
        # its rule lemmas by table lookup too, a twentieth of the model's time
        lemmas: Any = nlp.add_pipe("eventcoder_lemmas", after="lemmatizer")
        if lemmas.supported:
            nlp.disable_pipe("lemmatizer")
        else:
            nlp.remove_pipe("eventcoder_lemmas")
    return nlp


# Verbs of harm an attack does, and the nouns of attacks ("the strike ... that killed 12").
_HARMING = frozenset({"kill", "wound", "injure", "maim", "destroy", "damage"})
_ATTACK_NOUNS = frozenset({"attack", "strike", "airstrike", "bombing", "shelling", "raid",
                           "assault", "bombardment", "blast", "explosion", "barrage"})
# What a name before a hyphen is a measure or a likeness of, no actor or place: "a
# Switzerland-sized zone", "a Soviet-style purge".
LIKENESS_SUFFIXES = frozenset({"sized", "size", "style", "like", "type"})
# Ships, named by their own flag or owner only: no country from the sentence around them.
VESSELS = frozenset({"tanker", "ship", "vessel", "freighter", "boat", "trawler", "carrier",
                     "yacht", "barge", "dhow", "containership"})


def ship_name(capitalised: Callable[[int], bool], lowers: Sequence[str], start: int) -> bool:
    """Whether the capitalised word at token ``start`` is in a ship's name (``capitalised``
    says of a token index whether its word is): after a word for a ship and at least one more
    word of the name ("the tanker Marlin Luanda", "the carrier True Confidence"), or after a
    merchant ship's prefix ("MV Sounion"). A name straight after the noun is not taken: "the
    ship Iran seized" names a country."""
    j = start - 1
    while j >= 0 and start - j <= 3 and capitalised(j):
        j -= 1
    return j < start - 1 and ((j >= 0 and lowers[j] in VESSELS) or
                              lowers[j + 1] in ("mv", "mt", "m/v"))


# Participles that describe a noun by what it is tied to: "officials linked to ...".
_DESCRIBING = frozenset({"link", "tie", "connect", "accuse", "suspect", "associate", "involve",
                         "blame", "allege", "affiliate", "close", "loyal", "back"})
# Past forms of verbs that no noun shares, with their lemmas ("The army retook Bara").
_PAST_ONLY = {"retook": "retake", "overran": "overrun", "overtook": "overtake",
              "recaptured": "recapture"}
# Groups of office holders a named leader is joined to: "Zelensky and European leaders".
_OFFICE_GROUPS = frozenset({"leader", "official", "minister", "counterpart", "ally", "partner",
                            "diplomat", "lawmaker", "negotiator", "envoy", "president",
                            "premier", "chief"})
# "tear-gassed", kept whole (see _WHOLE_WORDS), a verb of its own.
_TEAR_GASSED = ("tear-gassed", "tear-gassing")
# Weapons a wire lead opens with, after its dateline: "Rockets fired by Hezbollah struck".
_OPENING_WEAPONS = frozenset({"rocket", "missile", "drone", "shell", "airstrike", "strike",
                              "warplane", "jet", "bomb", "mortar", "explosion", "blast",
                              "helicopter", "aircraft", "artillery", "gunfire", "shelling"})
# Verbs of a guess at who someone is: "gunmen suspected to be bandits".
_HEDGED_BY = frozenset({"suspect", "believe", "think", "know", "understand", "allege",
                        "presume", "say", "report"})
# Verbs that ask for what a "for" clause names ("called for Russia to withdraw").
_ASKING = frozenset({"call", "appeal", "push", "press", "plead", "lobby", "campaign",
                     "petition", "clamor", "clamour"})
# Event nouns that are no verbs, read as one after "to" in headlines ("agree to ceasefire").
_NOT_VERBS = frozenset({"ceasefire", "truce", "ceasefires", "truces", "armistice"})
# Verbs that name a thing something: "designated the cartel a terrorist organization".
_DESIGNATING = frozenset({"designate", "designated", "designates", "designating", "declare",
                          "declared", "declares", "declaring", "label", "labelled", "labeled",
                          "labels", "brand", "branded", "brands", "classify", "classified",
                          "classifies", "list", "listed", "lists"})
# Nouns of agreements and measures that the tagger also reads as verbs ("a minerals deal").
_NOUN_VERBS = frozenset({"deal", "pact", "accord", "ban", "plan", "bid", "cut"})
# Hyphenated words kept whole: split, they wreck the parse of their sentence.
_WHOLE_WORDS: tuple[str, ...] = (
    "de-escalate", "de-escalates", "de-escalated", "de-escalating", "de-escalation",
    "test-fire", "test-fires", "test-fired", "test-firing", "test-launch", "test-launches",
    "test-launched", "test-launching", "sit-in", "sit-ins", "tear-gassed", "tear-gassing")
# Plurals the small model lemmatises to another word ("doses" as "dos", "uses" as "us").
_LEMMAS = {"bases": "base", "taxes": "tax", "doses": "dose", "uses": "use"}
# Verbs that end a sentence with its teller: "..., the governor said".
_TELLING = frozenset({"say", "tell", "report", "add", "confirm", "announce", "write", "state"})
# Verbs of firing weapons at someone, and the prepositions of their aim.
_FIRING_VERBS = frozenset({"launch", "fire", "send", "hurl", "shoot", "drop", "lob", "rain",
                           "unleash"})
_AIM_PREPS = frozenset({"at", "on", "against", "into", "toward", "towards"})
# Verbs the rule lemmatizer cuts wrong: "test-launched" (kept whole, above) as
# "test-launche".
_VERB_LEMMAS = {"test-launched": "test-launch", "test-launches": "test-launch",
                "test-launching": "test-launch",
                # (and the ones it cuts to another word: "staged a strike" is no "stag")
                "staged": "stage", "staging": "stage"}


def _verb_forms(stem: str) -> tuple[str, ...]:
    """A regular verb's forms: "impose", "imposes", "imposed", "imposing"; "occupy",
    "occupies", "occupied", "occupying"."""
    if stem.endswith("e"):
        return stem, stem + "s", stem + "d", stem[:-1] + "ing"
    if stem.endswith("y") and stem[-2:-1] not in "aeiou":
        return stem, stem[:-1] + "ies", stem[:-1] + "ied", stem + "ing"
    return stem, stem + "s", stem + "ed", stem + "ing"


# Verbs done again or jointly, hyphened in wire style ("was re-arrested", "re-imposed
# sanctions", "co-hosted the summit"): split at the hyphen, the model parses "re" as the verb
# and loses the sentence; kept whole, each has the lemma of the act done again.
_PREFIXED_VERBS = {f"{prefix}-{form}": stem for prefix, stems in (
    ("re", ("arrest", "impose", "open", "elect", "establish", "enter", "join", "instate",
            "deploy", "capture", "launch", "negotiate", "engage", "affirm", "start", "occupy",
            "detain", "sentence", "appoint", "nominate", "introduce", "convene",
            "arm", "supply", "activate", "evaluate", "examine", "assert", "route")),
    ("co", ("host", "sponsor", "chair", "sign", "author", "operate")))
    for stem in stems for form in _verb_forms(stem)}
_WHOLE_WORDS += tuple(_PREFIXED_VERBS)
_VERB_LEMMAS.update(_PREFIXED_VERBS)


def _paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence: a crosshead, a label or a list item with no full stop
    ("- 'Sovereignty' -", "TURKEY") is not parsed into the sentence after it. (The parser
    keeps sentence starts set before it.)"""
    from spacy.attrs import IS_SPACE

    last = len(doc) - 1
    for at in doc.to_array(IS_SPACE).nonzero()[0]:
        i = int(at)
        if i < last and "\n\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
    return doc


def _register() -> None:
    from spacy.language import Language

    if "eventcoder_paragraphs" not in Language.factories:
        Language.component("eventcoder_paragraphs", func=_paragraph_breaks)
    if "eventcoder_attributes" not in Language.factories:
        Language.factory("eventcoder_attributes",
                         func=lambda nlp, name: TableAttributes(nlp.get_pipe("attribute_ruler")))
    if "eventcoder_lemmas" not in Language.factories:
        Language.factory("eventcoder_lemmas",
                         func=lambda nlp, name: TableLemmas(nlp.get_pipe("lemmatizer")))


# Words a Title Case headline capitalises that running text does not.
_FUNCTION_WORDS = frozenset({
    "a", "an", "the", "and", "or", "but", "of", "on", "in", "at", "to", "for", "with", "over",
    "from", "by", "as", "after", "before", "amid", "into", "against", "during", "is",
    "are", "was", "were", "be", "will", "would", "says", "said", "say", "new", "its", "his",
    "her", "their", "up", "out", "off", "down", "not", "no"})
# Labels before a headline's colon: "Kenya protests: ...", "WATCH: ...", "Live: ...".
_LABEL_WORDS = frozenset({
    "live", "watch", "breaking", "exclusive", "update", "updates", "latest", "video", "photos",
    "war", "crisis", "protests", "protest", "election", "elections", "conflict", "talks",
    "news", "briefing", "explained", "factbox", "analysis", "explainer", "opinion", "brexit",
    "attack", "shooting", "ceasefire", "summit", "vote", "unrest", "row", "dispute",
    "clash", "fighting", "violence", "strike", "shelling", "crackdown", "tension", "tariff",
    "sanction", "siege", "offensive", "coup", "trial", "flood", "hostage", "deal", "raid",
    "bombing", "airstrike", "invasion", "occupation", "standoff", "truce", "crash", "riot",
    "turmoil", "verdict", "migration", "migrant", "refugee", "famine", "drought", "quake",
    "earthquake"})
_SAYS = frozenset({"says", "said", "say", "claims", "reports", "warns", "confirms"})
_STATES = frozenset({"dead", "injured", "missing", "hurt", "wounded"})
# Plural-noun endings and the verb stems they come from: "slaps" slap, "pushes" push.
_ENDINGS = (("ies", "y"), ("oes", "o"), ("sses", "ss"), ("shes", "sh"), ("ches", "ch"),
            ("xes", "x"), ("zes", "z"), ("s", ""))
_PRESENT_3SG = "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"


_CLOSING_QUOTES = frozenset({"'", "\u2019", '"', "\u201d", "''"})


def _reparse(nlp: Language, words: list[str]) -> Doc:
    """``words`` parsed as one text, with no space after the last: a trailing space left
    there is read as a sentence of its own and cuts the last word off ("... as Russia strikes
    Kyiv")."""
    from spacy.tokens import Doc

    return nlp(Doc(nlp.vocab, words=words, spaces=[True] * (len(words) - 1) + [False]))


def reparse_headline(nlp: Language, doc: Doc, verbs: Container[str],
                     lemmas: Container[str] = ()) -> Doc:
    """A headline read again where headline grammar misleads the parser.

    Headlines drop articles and conjunctions and put verbs in the present, and the parser,
    trained on running text, reads them wrong. A label before a colon ("Kenya protests:",
    "WATCH:") and a trailing attribution (", Seoul says") are first set apart as sentences of
    their own. Then readings are tried in turn, each kept only when it gives the headline's
    clause a verb with a subject before it:

    - "Modi, Xi hold talks": the comma read as "and", the two sides both subjects;
    - "Trump hits Canada with tariffs, threatens Mexico": the comma read as "and", two acts
      of one subject; "Russia pounds Kyiv, Zelensky urges more air defence": a full stop, two
      clauses of their own subjects (and so is a semicolon between two clauses);
    - "Zelensky to meet Erdogan", "EU to impose sanctions": "to" read as "will", an act
      announced;
    - "Five killed in Russian strike": "were" before the participle;
    - "Trump slaps 50% tariffs on Brazilian goods", "EU sanctions Iranian drone makers" (no
      verb at all): a word after the first whose stem is in ``verbs`` (the trigger lemmas)
      read as the verb, with "will" before its stem ("Trump will slap ...").

    A Title Case headline ("China Slaps Tariffs On EU Brandy") is first read with its event
    words (``lemmas``, the trigger lemmas of verbs and nouns) and function words in lower case,
    as running text has them.

    The parse kept is put on the headline's own words; a headline read right, or with no
    better reading, is ``doc`` as it was.
    """

    if len(doc) < 3:
        return doc
    words = [t.text for t in doc]
    parsed = doc
    # (content words: "Iran Seizes Oil Tanker in Gulf of Oman" leaves "in" and "of" lower)
    alpha = [t for t in doc if t.is_alpha and t.lower_ not in _FUNCTION_WORDS]
    if len(alpha) >= 4 and sum(t.is_title for t in alpha) >= 0.8 * len(alpha):
        lowered = [t.lower_ if t.i > 0 and t.is_title and (
            t.lower_ in _FUNCTION_WORDS or t.lower_ in lemmas or t.lower_ in verbs or
            _stem(t.lower_) in lemmas or _stem(t.lower_) in verbs or not t.ent_type_)
            else t.text for t in doc]
        if lowered != words:
            words, parsed = lowered, _reparse(nlp, lowered)

    def subject_verb(variant: Doc, verb: int, pos: tuple[str, ...] = ("VERB", "AUX")) -> bool:
        head = variant[verb]
        return head.dep_ == "ROOT" and head.pos_ in pos and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i < head.i for c in head.children)

    def named(tok: Token) -> bool:
        return tok.is_title or tok.is_upper

    colon = next((t.i for t in doc[1:5] if t.text == ":"), None)
    label = colon is not None and colon + 2 < len(doc) and (
        words[colon - 1].lower() in _LABEL_WORDS or
        _stem(words[colon - 1].lower()) in _LABEL_WORDS or all(
            t.ent_type_ in ("GPE", "LOC", "NORP", "EVENT") for t in doc[:colon]))
    if label and colon is not None:
        # "Kenya protests: Police fire tear gas", "Syria: Rebels seize Aleppo", "WATCH: ...":
        # a label, its own sentence, not a speaker or the headline's clause
        trial = [*words[:colon], ".", *words[colon + 1:]]
        words, parsed = trial, _reparse(nlp, trial)
    elif colon is not None and all(named(t) for t in doc[:colon]) and colon + 2 < len(doc):
        # "Lavrov: West is waging war on Russia": the speaker says it
        trial = [*words[:colon], "says", *words[colon + 1:]]
        variant = _reparse(nlp, trial)
        if subject_verb(variant, colon):
            words, parsed = trial, variant
    last = doc[-2] if doc[-1].is_punct else doc[-1]
    # (not a quote's own comma: "'We will not surrender,' Hamas says" is one sentence, its
    # "we" the speaker's)
    said = next((t.i for t in doc[3:last.i] if t.text == "," and last.i - t.i <= 5 and
                 doc[t.i + 1].text not in _CLOSING_QUOTES), None) \
        if last.lower_ in _SAYS else None
    if said is None and not label:
        # "Israel strikes Gaza school - civil defence", "Ukraine strikes Russian airbase:
        # Kyiv": a trailing dash or colon before a short source of the report
        said = next((t.i for t in doc[3:] if t.text in ("-", "–", "—", ":") and
                     t.whitespace_ and (t.text == ":" or doc[t.i - 1].whitespace_) and
                     1 <= last.i - t.i <= (1 if t.text == ":" else 4) and
                     _a_source(doc[t.i + 1:last.i + 1])), None)
    if said is None and not label:
        # "Police fire tear gas at protesters, 11 killed", "Israeli strike hits Gaza school,
        # dozens dead": a toll after the act, a clause of its own (not the act's object)
        said = next((t.i for t in doc[3:last.i] if t.text == "," and _toll(doc[t.i + 1:])),
                    None)
    clause = (colon + 1, len(doc)) if label and colon is not None else (0, len(doc))
    if said is not None and not label:
        # "North Korea fires missile into sea, Seoul says": the act, its source set apart
        words = [*words[:said], ".", *words[said + 1:]]
        parsed = _reparse(nlp, words)
        clause = (0, said)
    comma = next((t.i for t in doc[1:5] if t.text == ","), None)
    listed: list[str] | None = None  # the words with the listing comma as "and"
    if comma is not None and all(named(t) or t.text in ("'s", "’s")
                                 for t in doc[:comma + 2] if t.i != comma):
        # (the verb: the first word after the comma a trigger knows, else the first word not
        # of a name: "Iran's Pezeshkian, Saudi crown prince hold talks")
        after = next((t.i for t in doc[comma + 1:] if t.text != "," and (
            t.lower_ in verbs or _stem(t.lower_) in verbs)), None)
        if after is None:
            after = next((t.i for t in doc[comma + 1:] if not named(t) and t.text != ","),
                         None)
        # "Ireland, Norway, Spain recognise Palestine": every listing comma before the verb
        trial = listed = [("and" if w == "," and (after is None or k < after) else w)
                          for k, w in enumerate(words)]
        variant = _reparse(nlp, trial)
        if after is not None and subject_verb(variant, after, ("VERB", "AUX", "NOUN")) and \
                variant[comma - 1].dep_ in ("nsubj", "conj") and any(
                    t.dep_ in ("nsubj", "conj") for t in variant[comma + 1:after]):
            if variant[after].pos_ == "NOUN":  # "US and UK strike Houthi targets"
                variant[after].pos_, variant[after].tag_ = "VERB", "VBP"
            words, parsed = trial, variant
    semi = next((t.i for t in parsed[clause[0] + 2:clause[1] - 2] if t.text == ";"), None)
    if semi is not None:
        # "Iran arrests French citizen; France demands his release": two clauses, two
        # sentences (the parser makes the first what the second's verb demands)
        trial = [*words[:semi], ".", *words[semi + 1:]]
        variant = _reparse(nlp, trial)
        roots = [t for t in variant if t.dep_ == "ROOT"]
        if len(roots) == 2 and all(subject_verb(variant, r.i) for r in roots):
            words, parsed = trial, variant

    def told_clause(verb: Token, before: int) -> Token | None:
        """A clause with its own subject, before ``before``, that the parser made what
        ``verb`` tells or does."""
        return next((c for c in verb.children if c.dep_ == "ccomp" and c.i < before and
                     c.pos_ == "VERB" and any(s.dep_ in ("nsubj", "nsubjpass") and s.i < c.i
                                              for s in c.children)), None)

    if said is None and not label:
        # "Trump hits Canada with tariffs, threatens Mexico": two acts of one subject, the
        # comma read as "and" (the parser makes the first act what the second verb, with no
        # subject of its own, "threatens")
        for t in parsed[clause[0] + 2:clause[1] - 1]:
            second = parsed[t.i + 1]
            if t.text == "," and t.head.dep_ == "ROOT" and t.head.i > t.i + 1 and \
                    t.head.pos_ == "VERB" and t.head.lower_ not in _SAYS and any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.i > t.i for c in t.head.children):
                # "Russia pounds Ukraine's power grid, Zelenskiy urges faster deliveries": two
                # clauses of their own subjects, two sentences (the first is not what the
                # second's subject urges)
                first = told_clause(t.head, t.i)
                if first is not None:
                    trial = [*words[:t.i], ".", *words[t.i + 1:]]
                    variant = _reparse(nlp, trial)
                    if subject_verb(variant, first.i) and subject_verb(variant, t.head.i):
                        words, parsed = trial, variant
                break
            if t.text != "," or second.dep_ != "ROOT" or second.pos_ != "VERB" or any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in second.children):
                continue
            first = told_clause(second, t.i)
            if first is not None:
                trial = [*words[:t.i], "and", *words[t.i + 1:]]
                variant = _reparse(nlp, trial)
                if subject_verb(variant, first.i) and variant[second.i].dep_ == "conj" and \
                        variant[second.i].head.i == first.i:
                    words, parsed = trial, variant
            break
    to = next((t for t in parsed[1:-1] if t.lower_ == "to" and t.tag_ == "TO" and
               parsed[t.i + 1].tag_ == "VB"), None)
    if to is not None and not any(t.tag_ in ("VBD", "VBZ", "VBP", "VBN", "VBG", "MD")
                                  for t in parsed[:to.i] if t.i > 0 or not named(t)):
        # (a name first, read as a verb: "Blinken to visit Beijing"; with a listing comma
        # as "and": "Iran, US to resume talks")
        for base in ([listed] if listed and listed != words else []) + [words]:
            trial = [*base[:to.i], "will", *base[to.i + 1:]]
            variant = _reparse(nlp, trial)
            if subject_verb(variant, to.i + 1):
                words, parsed = trial, variant
                break
    roots = [t for t in parsed[clause[0]:clause[1]] if t.dep_ == "ROOT"]
    done_to = roots[0] if len(roots) == 1 else None
    subject = next((c for c in done_to.children if c.dep_ == "nsubj" and c.i < done_to.i),
                   None) if done_to is not None else None
    if done_to is not None and subject is not None and done_to.lemma_.lower() in verbs and \
            done_to.lemma_.lower() not in _NOT_DONE_TO and (
                done_to.tag_ == "VBN" or (done_to.tag_ == "VBD" and not any(
                    c.dep_ in ("dobj", "ccomp", "xcomp", "dative") for c in done_to.children))) \
            and not any(c.dep_ in ("aux", "auxpass", "neg") for c in done_to.children):
        # "Bolsonaro arrested over ankle monitor tampering", "Ex-president Humala sentenced to
        # 15 years": a headline tells a deed in the present, so a bare past form after its
        # subject is a passive, with "was" or "were" before it
        helper = "were" if subject.tag_ in ("NNS", "NNPS") else "was"
        variant = _reparse(nlp, [*words[:done_to.i], helper, *words[done_to.i:]])
        head = variant[done_to.i + 1]
        if head.dep_ == "ROOT" and any(c.dep_ == "nsubjpass" and c.i < done_to.i
                                       for c in head.children):
            return _onto(doc, variant, done_to.i, present=False)
    unread = len(roots) == 1 and (roots[0].pos_ not in ("VERB", "AUX") or not any(
        c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in roots[0].children) or any(
        # "Serbia's Vucic rejects calls for elections": the verb read as the subject noun
        # (a plural verb agrees with it: "Kenya protests turn violent" is read right)
        roots[0].tag_ == "VBZ" and c.dep_ == "nsubj" and c.pos_ == "NOUN" and
        c.lower_.endswith("s") and
        _stem(c.lower_) in verbs and c.i > 0 and parsed[c.i - 1].pos_ == "PROPN"
        for c in roots[0].children) or (
        # "Zelensky thanks Trump for support": a name in mid-headline read as the verb, the
        # verb before it as a noun
        roots[0].is_title and roots[0].i > clause[0] + 1 and any(
            _stem(t.lower_) in verbs and t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass")
            for t in parsed[clause[0] + 1:roots[0].i])))
    if unread:
        # "Five killed in Russian strike on Odesa", "Dozens dead in Sudan shelling": the
        # victims and their participle, "were" between them
        done = next((t for t in parsed[clause[0] + 1:clause[0] + 4] if (
            t.tag_ == "VBN" or t.lower_ in _STATES) and
                     parsed[t.i - 1].pos_ in ("NOUN", "PROPN", "NUM", "ADJ")), None)
        if done is not None:
            helper = "are" if done.lower_ in _STATES else "were"
            variant = _reparse(nlp, [*words[:done.i], helper, *words[done.i:]])
            head = variant[done.i + 1] if helper == "were" else variant[done.i]
            if head.dep_ == "ROOT" and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < done.i
                                           for c in head.children):
                return _onto(doc, variant, done.i, present=False)
        for tok in parsed[clause[0] + 1:clause[1]]:
            # (and a verb the tagger read as an auxiliary: "Israel halts aid deliveries")
            if tok.pos_ not in ("NOUN", "PROPN", "VERB", "AUX") or tok.ent_type_:
                continue
            stem = tok.lower_ if tok.lower_ in verbs else _stem(tok.lower_)
            if stem not in verbs:
                continue
            for base in ([listed] if listed else []) + [words]:
                variant = _reparse(nlp, [*base[:tok.i], "will", stem, *base[tok.i + 1:]])
                if subject_verb(variant, tok.i + 1):
                    return _onto(doc, variant, tok.i, present=tok.lower_ != stem)
    return doc if parsed is doc else _onto(doc, parsed, None, present=False)


# Verbs a headline's bare past form is no passive of: "Putin spoke with Trump".
_NOT_DONE_TO = frozenset({"say", "speak", "talk", "meet", "die", "arrive", "visit", "travel",
                          "resign", "quit", "return", "agree", "vow", "warn", "call", "go",
                          "come", "fall", "rise", "clash", "protest", "march", "flee"})
# Nouns of those who tell a report, after a headline's closing dash or colon.
_SOURCE_NOUNS = frozenset({"source", "sources", "official", "officials", "police", "military",
                           "army", "ministry", "media", "report", "reports", "group", "monitor",
                           "witnesses", "witness", "medics", "defence", "defense", "agency",
                           "spokesman", "spokeswoman", "governor", "statement", "survey",
                           "poll", "authorities", "watchdog"})


def _toll(span: Any) -> bool:
    """"11 killed", "at least 20 dead", "dozens wounded": a count of the harmed, the last
    words of a headline."""
    words = [t for t in span if not t.is_punct]
    if not 2 <= len(words) <= 4:
        return False
    done = words[-1]
    counted = [t for t in words[:-1] if t.lower_ not in ("at", "least", "more", "than")]
    return (done.lower_ in _STATES or done.lower_ in _HARMED) and \
        len(counted) == 1 and (counted[0].like_num or counted[0].lower_ in _COUNT_WORDS)


# Participles of harm a headline's toll ends on.
_HARMED = frozenset({"killed", "wounded", "injured", "hurt", "arrested", "detained", "held",
                     "displaced", "kidnapped", "abducted", "missing"})
# Words a headline counts people with.
_COUNT_WORDS = frozenset({"dozens", "scores", "hundreds", "thousands", "many", "several",
                          "some", "two", "three", "four", "five"})


def _a_source(span: Any) -> bool:
    """Whether a headline's last few words name who reports it ("- civil defence", ": Kyiv",
    "- rights group", "- state media"): no verb, and a source's noun or a name."""
    words = [t for t in span if not t.is_punct]
    if not words or any(t.pos_ in ("VERB", "AUX") and t.lower_ not in _SOURCE_NOUNS
                        for t in words):
        return False
    return words[-1].lower_ in _SOURCE_NOUNS or all(
        t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "ORG", "NORP") for t in words)


def _stem(word: str) -> str:
    for ending, stem in _ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[: -len(ending)] + stem
    return word


def _onto(doc: Doc, variant: Doc, at: int | None, present: bool) -> Doc:
    """``variant``'s annotation on ``doc``'s words and spacing, the "will" inserted before
    token ``at`` left out (``at`` None: the variant has ``doc``'s number of words)."""
    from spacy.tokens import Doc

    def back(i: int) -> int:
        return i if at is None or i < at else max(at, i - 1)

    kept = [t for t in variant if t.i != at]
    tags = [t.tag_ for t in kept]
    morphs = [str(t.morph) for t in kept]
    if present and at is not None:
        tags[at], morphs[at] = "VBZ", _PRESENT_3SG
    return Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc],
               tags=tags, pos=[t.pos_ for t in kept], morphs=morphs,
               lemmas=[t.lemma_ for t in kept], heads=[back(t.head.i) for t in kept],
               deps=[t.dep_ for t in kept],
               ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in kept])


def repair_openings(nlp: Language, doc: Doc) -> Doc:
    """Sentences that open with a one-word name the parser took for a noun (or, for an
    acronym, an adverb), read again.

    "Trump announced sanctions on Iran" parses as the noun phrase "Trump announced sanctions",
    "Trump called Xi" as "Trump (called Xi)": the name is read as the common noun "trump" and
    the verb after it as its modifier; "Trump cut aid" as a command to trump a cut. Such a
    sentence (its first word capitalised, with a past or present verb after it hanging from
    it or from the root noun, or the first word read as a bare verb) is parsed again
    with "He" in the name's place, and the new reading is kept in ``doc`` (same words, same
    offsets) when its verb is the root with that subject. ``doc`` is changed in place and
    returned.
    """
    from spacy.attrs import DEP, HEAD, LEMMA, POS, TAG
    from spacy.parts_of_speech import IDS

    attrs = [HEAD, DEP, TAG, POS, LEMMA]
    array: Any = None
    weapons: list[int] = []
    for whole in list(doc.sents):
        # (after the blanks a masked dateline leaves: "WASHINGTON (Reuters) - Trump hosted
        # Carney" opens with spaces)
        k = 0
        while k < len(whole) and whole[k].is_space:
            k += 1
        sent = whole[k:]
        if len(sent) < 3 or (k and whole.root.is_space):
            continue
        first = sent[0]
        if k and first.pos_ == "PROPN" and first.is_title and not first.ent_type_ and \
                first.lower_.rstrip("s") in _OPENING_WEAPONS:
            # "JERUSALEM (AP) — Rockets fired by Hezbollah struck ...": after the blanks the
            # tagger reads the weapon as a name; it is the noun (retagged once the reparsed
            # sentences are written back)
            weapons.append(first.i)
            continue
        named = first.is_title or (first.is_upper and len(first) > 1)
        verb = sent[1]
        # "USAID suspended all funding": an acronym read as an adverb of the verb, which is
        # left without a subject
        adverb = named and bool(first.ent_type_) and first.pos_ in ("ADV", "ADJ") and \
            first.dep_ in ("advmod", "npadvmod") and first.head.i == verb.i and \
            verb.dep_ == "ROOT" and verb.tag_ in ("VBD", "VBZ") and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        # "Trump cut aid to South Africa": the name read as an imperative verb, the verb
        # after it as a noun
        command = named and first.pos_ == "VERB" and first.dep_ == "ROOT" and \
            first.tag_ in ("VB", "VBP") and verb.pos_ in ("NOUN", "VERB") and verb.is_lower
        if not adverb and not command:
            # (the root the name, or the noun the verb hangs from: "Trump ended trade talks";
            # or the name and the verb both read as modifiers of the name after them: "Trump
            # hosted Saudi Crown Prince Mohammed bin Salman ... and said")
            shared = first.head.i == verb.head.i and first.dep_ in ("nmod", "compound") and \
                verb.head.i > verb.i
            if not (whole.root.i == first.i or verb.head.i == whole.root.i or shared) or \
                    not named or first.pos_ not in ("NOUN", "PROPN", "ADJ", "VERB"):
                continue
            if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBN") or \
                    verb.dep_ not in ("amod", "acl", "compound"):
                continue
        words = ["He", *(t.text for t in sent[1:])]
        variant = _reparse(nlp, words)
        if variant[1].dep_ != "ROOT" or variant[0].head.i != 1 or variant[0].dep_ != "nsubj" \
                or any(t.is_sent_start for t in variant[1:]):
            continue
        if array is None:
            array = doc.to_array(attrs)
        rows = variant.to_array(attrs)
        rows[0, 2:] = (doc.vocab.strings.add("NNP"), IDS["PROPN"],
                       doc.vocab.strings.add(first.text))
        array[sent.start:sent.end] = rows
    if array is not None:
        doc.from_array(attrs, array)
    for i in weapons:
        word = doc[i]
        plural = word.lower_.endswith("s")
        word.pos_, word.tag_ = "NOUN", "NNS" if plural else "NN"
        word.lemma_ = word.lower_.rstrip("s") if plural else word.lower_
    return doc


# Words the tagger misreads in a way that wrecks their sentence's parse, each with a plain word
# of the same role the parser reads right in its place (see repair_stand_ins).
_ROLE_WORDS = frozenset({"nsubj", "nsubjpass", "conj", "dobj", "pobj"})


def _stand_in(word: Token) -> tuple[str, str, str, Callable[[Token], bool]] | None:
    """(stand-in, tag, part of speech, test of the reparsed stand-in) for a misread word."""
    doc = word.doc
    before = doc[word.i - 1] if word.i else None
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    if word.lower_ == "military" and word.tag_ == "JJ" and before is not None and \
            before.lower_ in ("'s", "’s") and after is not None and \
            after.tag_ in ("VBD", "VBZ", "VBP") and after.dep_ != "ROOT":
        # "China's military held drills" read as "China's (military, held) drills"
        return "army", "NN", "NOUN", lambda t: t.dep_ == "nsubj" and t.head.i == t.i + 1
    if word.lower_ == "paramilitary" and word.dep_ not in ("amod", "compound") and \
            after is not None and after.pos_ == "PROPN" and after.is_title:
        # "Sudan's army and the paramilitary Rapid Support Forces held talks": the adjective
        # read as the second party, the name cut off as a subject of its own
        return "rebel", "JJ", "ADJ", lambda t: t.dep_ == "amod" and t.head.i > t.i
    if word.is_upper and len(word) > 1 and word.pos_ == "PROPN" and before is not None and \
            before.lower_ == "the" and before.head.i != word.i and \
            word.dep_ in ("npadvmod", "advmod", "amod", "compound", "nmod") and \
            after is not None and (after.pos_ in ("VERB", "AUX") or after.is_punct):
        # "Sudan's army and the RSF held talks": an acronym after "the" read as an adverb,
        # its "the" given to the next noun
        return "militia", "NNP", "PROPN", lambda t: t.dep_ in _ROLE_WORDS
    if word.is_upper and len(word) > 2 and word.is_alpha and word.tag_.startswith("VB") and \
            (word.i == word.sent.start or (before is not None and before.lower_ == "the")):
        # "ECOWAS heads of state, meeting in Abuja, suspended Sierra Leone": an acronym that
        # opens its sentence read as a verb, its body's heads as its object
        return "Nigeria", "NNP", "PROPN", lambda t: t.dep_ in _ROLE_WORDS | {"compound", "poss"}
    return None


def repair_stand_ins(nlp: Language, doc: Doc) -> Doc:
    """Sentences whose parse a misread word wrecks, parsed again with a plain word of the same
    role in its place ("China's army held drills" for "China's military held drills", "the
    militia" for an acronym read as an adverb); the new reading is kept in ``doc`` (same words,
    the word's own tag and lemma) when the stand-in plays the role it should. ``doc`` is
    changed in place and returned."""
    from spacy.attrs import DEP, HEAD, LEMMA, POS, TAG
    from spacy.parts_of_speech import IDS

    attrs = [HEAD, DEP, TAG, POS, LEMMA]
    array: Any = None
    done: set[int] = set()  # (one reparse a sentence)
    for word in doc:
        # (the cheap test first: most words are none of these)
        if word.lower_ not in ("military", "paramilitary") and not word.is_upper:
            continue
        found = _stand_in(word)
        if found is None:
            continue
        sent = word.sent
        if sent.start in done:
            continue
        stand_in, tag, pos, fits = found
        words = [stand_in if t.i == word.i else t.text for t in sent]
        variant = _reparse(nlp, words)
        if len(variant) != len(sent) or any(t.is_sent_start for t in variant[1:]) or \
                not fits(variant[word.i - sent.start]):
            continue
        done.add(sent.start)
        if array is None:
            array = doc.to_array(attrs)
        rows = variant.to_array(attrs)
        lemma = word.text if pos == "PROPN" else word.lower_
        rows[word.i - sent.start, 2:] = (doc.vocab.strings.add(tag), IDS[pos],
                                         doc.vocab.strings.add(lemma))
        array[sent.start:sent.end] = rows
    if array is not None:
        doc.from_array(attrs, array)
    return doc


def _a_tree(offsets: Any) -> bool:
    """Whether head offsets (each word's head index minus its own) make every word reach a
    root: no word its own ancestor."""
    heads = [i + int(offset) for i, offset in enumerate(offsets)]
    for start in range(len(heads)):
        node = start
        for _ in range(len(heads) + 1):
            if heads[node] == node:
                break
            node = heads[node]
            if not 0 <= node < len(heads):
                return False
        else:
            return False
    return True


# Verbs whose participle complement is done at their subject's order: "ordered him jailed".
ORDERING_VERBS = frozenset({"order", "want", "have"})


def past_above(verb: Token) -> Token | None:
    """The past verb a past verb goes with when the parser joined it to a present clause
    under that verb ("Israel declared Guterres persona non grata and barred him", "Trump
    said Putin wants peace and praised him": declared, said), else None. Shared by the
    event coder (whose act it is) and the actor stage (whom a pronoun is not)."""
    head = verb.head
    if verb.dep_ == "conj" and verb.tag_ == "VBD" and head.dep_ == "ccomp" and \
            head.tag_ in ("VBP", "VB", "VBZ") and head.head.tag_ == "VBD" and \
            not any(c.dep_ == "aux" for c in head.children):
        return head.head
    return None


# Verbs a host does to a visitor: "met visiting X" (see repair_verbs_read_as_modifiers)
# Verbs of acts done to people, whose object a participle after it may describe ("pardoned
# two politicians jailed for abuse of power"), not verbs of saying or thinking.
_DONE_TO_PEOPLE = frozenset({"pardon", "free", "release", "sentence", "detain", "arrest",
                             "deport", "expel", "extradite", "exchange", "swap", "execute",
                             "honour", "honor", "award", "praise", "visit", "meet", "receive",
                             "welcome", "rescue", "evacuate", "repatriate", "acquit", "convict",
                             "jail", "charge", "summon", "kill"})
_HOSTING_VERBS = frozenset({"meet", "receive", "welcome", "host", "greet", "tell", "brief",
                            "assure", "urge", "thank", "invite", "see", "honour", "honor",
                            "entertain", "accompany", "press", "ask", "warn"})


def _verb_over(verb: Token, root: Token) -> list[tuple[int, int, str]]:
    """The moves that make a verb read as a modifier the head of its sentence: the verb the
    root, the phrase's head its object, what followed that head the verb's."""
    return [(verb.i, verb.i, "ROOT"), (root.i, verb.i, "dobj"),
            *((c.i, verb.i, c.dep_) for c in root.children
              if c.i > root.i and c.dep_ in ("prep", "npadvmod", "punct", "advmod"))]


# The first parts of hyphenated names, which join no two sides ("Al-Shabaab", "Ben-Gvir").
_NAME_PARTICLES = frozenset({"al", "el", "bin", "ben", "abu", "ibn", "ould", "de", "le", "la",
                             "van", "von", "mc", "st", "o"})


# Shares of a group told in an aside: "most of them tourists".
_SHARES = frozenset({"most", "many", "all", "some", "half", "several", "both", "none", "few",
                     "majority", "dozens", "hundreds"})
# Titles before a leader's name: "Russian President Vladimir Putin".
_TITLE_WORDS = frozenset({"president", "prime", "minister", "chancellor", "king", "queen",
                          "emir", "premier", "leader", "secretary", "crown", "prince",
                          "sultan", "chairman", "vice", "general", "pope", "envoy",
                          "ambassador", "governor", "mayor", "speaker", "senator",
                          "commander", "chief"})
# Lower-case words a title is written with ("interim president", "army chief", "SDF
# commander"), besides the title words themselves.
_TITLE_MODIFIERS = frozenset({"interim", "acting", "transitional", "deputy", "foreign",
                              "defence", "defense", "army", "military", "rebel", "opposition"})


def _titled_name_word(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]`` can be a word of a titled name: "Syria's interim president Ahmed
    al-Sharaa", "SDF commander Mazloum Abdi" (a capitalised word, a title's word, a name's
    particle, or the hyphen inside a name)."""
    t = doc[i]
    if t.text == "-":
        return 0 < i < len(doc) - 1 and not doc[i - 1].whitespace_ and not t.whitespace_
    if t.lower_ in _INNER_PARTICLES and i + 1 < len(doc) and (
            doc[i + 1].text[:1].isupper() or doc[i + 1].lower_ in _INNER_PARTICLES):
        return True  # ("Ursula von der Leyen", "Luiz Inacio Lula da Silva")
    return t.pos_ == "PROPN" or (t.pos_ in ("ADJ", "NOUN") and (
        t.text[:1].isupper() or t.lower_ in _TITLE_WORDS or t.lower_ in _TITLE_MODIFIERS))


# Particles inside a name: "von der Leyen", "da Silva", "de la Fuente".
_INNER_PARTICLES = _NAME_PARTICLES | {"der", "den", "del", "da", "dos", "das", "du", "di", "ter"}


# Descriptions of a body the parser reads as a modifier of the name after them ("ruling party
# SNS"): see repair_verbs_read_as_modifiers.
_DESCRIBED_BODIES = ("party", "watchdog", "regulator", "commission", "union", "agency",
                     "council", "movement", "alliance", "coalition", "group", "militia",
                     "federation", "body")


# Blows by which people are killed: "killed 80 militants in air strikes".
_BLOWS = frozenset({f"{w}{s}" for w in ("strike", "airstrike", "air-strike", "attack", "raid",
                                          "bombing", "shelling", "ambush", "operation",
                                          "drone", "clash", "offensive", "bombardment")
                    for s in ("", "s", "es")})
# Charges told after the clause that makes them, and the verbs of their denial: "..., charges
# Kabul denied".
_CHARGE_WORDS = ("charges", "accusations", "allegations", "claims")
_DENIALS = frozenset({"deny", "reject", "dismiss", "refute", "dispute"})
# Adjectives that are nouns too, for people: "a French national", "a Ukrainian native".
_NOUN_ADJECTIVES = frozenset({"national", "native", "resident", "local", "expatriate"})
# What a court sentences one to: "to three years", "to life", "to prison".
_TERMS = frozenset({"year", "month", "week", "day", "decade", "life", "death", "prison",
                    "jail", "term", "imprisonment", "detention"})


def _with_dep(doc: Doc, deps: Any, *names: str) -> Iterator[Token]:
    """The words whose dependency label is one of ``names``, found on the parse array ``deps``
    (a Token is built only for these)."""
    import numpy as np
    for at in np.isin(deps, [doc.vocab.strings.add(n) for n in names]).nonzero()[0]:
        yield doc[int(at)]


def _sentence_starts(doc: Doc) -> list[int]:
    """Each token's sentence's first token, read off the sentence starts at once (each
    ``Token.sent`` walks the Doc)."""
    from spacy.attrs import SENT_START

    starts, start = [], 0
    for i, flag in enumerate(doc.to_array(SENT_START).tolist()):
        if flag == 1:
            start = i
        starts.append(start)
    return starts


def _subjects_read_as_conjuncts(doc: Doc, deps: Any) -> list[tuple[int, int, str]]:
    """(token, new head, new dep) moves for a second clause's subject read as the last word
    of the first clause: "protesters marched on parliament and police fired tear gas" parses
    "parliament and police" as one coordination, leaving "fired" (a finite verb joined to
    "marched") with no subject. The noun right before the subjectless verb, the second of a
    coordination whose first is in the first clause, is the verb's subject; the "and" joins
    the clauses."""
    moves: list[tuple[int, int, str]] = []
    for verb in _with_dep(doc, deps, "conj"):
        if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 3 or \
                verb.head.pos_ not in ("VERB", "AUX") or any(
                    c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
            continue
        noun = doc[verb.i - 1]
        first = noun.head
        if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "conj" or first.i >= noun.i or \
                first.dep_ not in ("dobj", "pobj", "attr") or any(
                    c.i > noun.i for c in noun.children) or first.head.i >= first.i:
            continue
        joiner = doc[noun.left_edge.i - 1]
        if joiner.dep_ != "cc" or joiner.head.i != first.i or \
                joiner.lower_ not in ("and", "but", "while") or \
                verb.head.i not in {t.i for t in first.ancestors}:
            continue
        moves.append((noun.i, verb.i, "nsubj"))
        moves.append((joiner.i, verb.head.i, "cc"))
    return moves


_TIME_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year"})


def _objects_read_as_time_modifiers(doc: Doc, deps: Any) -> list[tuple[int, int, str]]:
    """(token, new head, new dep) moves for a verb's object the parser made a modifier of the
    time that follows it: "freed opposition figure Sergei Tikhanovsky hours after Lukashenko
    met ..." reads "Tikhanovsky hours" as one noun phrase, the measure of the "after"
    clause, leaving "freed" with no object. The name is the verb's object."""
    moves: list[tuple[int, int, str]] = []
    for unit in _with_dep(doc, deps, "npadvmod"):
        if unit.lemma_.lower() not in _TIME_UNITS or unit.i == 0:
            continue
        clause = unit.head
        verb = clause.head
        if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ("after", "before")
                                              for c in clause.children) or \
                verb.pos_ != "VERB" or verb.i >= unit.i or any(
                    c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
            continue
        name = doc[unit.i - 1]
        if name.head.i != unit.i or name.dep_ != "compound" or name.pos_ != "PROPN":
            continue
        moves.append((name.i, verb.i, "dobj"))
    return moves


def _subjects_read_as_gerunds(doc: Doc, deps: Any) -> list[tuple[int, int, str]]:
    """(token, new head, new dep) moves for a sentence's subject the parser gave to the
    participle that describes it: "Kenyan police officers leading the U.N.-backed mission
    were ambushed by gangs" parses "officers leading the mission" as a gerund clause with its
    own subject, the clause the subject of "were ambushed". The noun is the subject, the
    participle its modifier."""
    moves: list[tuple[int, int, str]] = []
    for verb in _with_dep(doc, deps, "csubj", "csubjpass"):
        if verb.tag_ != "VBG" or verb.i == 0:
            continue
        noun = doc[verb.i - 1]
        if noun.head.i != verb.i or noun.dep_ != "nsubj" or noun.tag_ not in ("NNS", "NNPS") \
                or any(c.dep_ == "case" for c in noun.children):
            continue
        moves.append((noun.i, verb.head.i, "nsubjpass" if verb.dep_ == "csubjpass" else "nsubj"))
        moves.append((verb.i, noun.i, "acl"))
    return moves


# The marks of a clause that tells when: "minutes after the Assembly voted".
_TIME_MARKS = frozenset({"after", "before", "as", "when", "while", "until", "since", "once"})
# Verbs that ask someone to do something, and the words a request is made in: "urged Herzog in
# a letter to pardon Netanyahu".
_URGING = frozenset({"urge", "ask", "call", "press", "tell", "appeal", "implore", "encourage",
                     "invite", "request", "push"})
_MESSAGES = frozenset({"letter", "statement", "call", "speech", "interview", "message", "post",
                       "address", "meeting", "conversation", "phone", "telephone", "note",
                       "video"})


def _requests_read_as_descriptions(doc: Doc, deps: Any) -> list[tuple[int, int, str]]:
    """(token, new head, new dep) moves for what is asked, read as a modifier of the words it
    was asked in: "Trump urged Herzog in a letter to pardon Netanyahu" parses "to pardon" as
    the letter's; it is what Herzog is urged to do."""
    moves: list[tuple[int, int, str]] = []
    for asked in _with_dep(doc, deps, "relcl", "acl"):
        message = asked.head
        prep = message.head
        verb = prep.head
        if asked.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to"
                                         for c in asked.children) or \
                any(c.dep_ in ("nsubj", "nsubjpass") for c in asked.children) or \
                message.dep_ != "pobj" or message.lemma_.lower() not in _MESSAGES or \
                prep.dep_ != "prep" or verb.lemma_.lower() not in _URGING or \
                verb.pos_ != "VERB" or not any(c.dep_ == "dobj" and c.i < prep.i
                                               for c in verb.children):
            continue
        moves.append((asked.i, verb.i, "xcomp"))
    return moves


def _subjects_read_as_modifiers(doc: Doc, deps: Any) -> list[tuple[int, int, str]]:
    """(token, new head, new dep) moves for a first subject the parser hung on the second's
    title: "Trump and European Commission President Ursula von der Leyen struck a trade deal"
    parses "Trump" as a modifier of "President" (and "European Commission" as its conjunct),
    or as a loose word of the verb ("Trump and von der Leyen struck"). The first is the
    subject, the second its conjunct, and the body the title's; the entity the model ran
    across "and" ("Trump and European Commission") is trimmed in place."""
    from spacy.tokens import Span as Entity

    moves: list[tuple[int, int, str]] = []
    starts = _sentence_starts(doc)
    for subject in _with_dep(doc, deps, "nsubj"):
        verb = subject.head
        first = doc[starts[subject.i]]
        # (a name for a name: not "Israeli and Hamas negotiators", two sides' modifiers)
        if subject.i < first.i + 2 or doc[first.i + 1].lower_ != "and" or \
                not first.text[:1].isupper() or first.pos_ not in ("PROPN", "NOUN", "ADJ") or \
                first.ent_type_ == "NORP" or subject.pos_ != "PROPN" or \
                verb.pos_ not in ("VERB", "AUX") or first.dep_ in ("nsubj", "nsubjpass", "conj"):
            continue
        inside = subject.left_edge.i <= first.i and first.head.i != verb.i
        if not inside and not (first.head.i == verb.i and first.dep_ in ("dep", "npadvmod")):
            continue
        moves.append((first.i, verb.i, "nsubj"))
        moves.append((subject.i, first.i, "conj"))
        if inside:
            moves.extend((c.i, first.head.i, "compound") for c in first.children
                         if c.dep_ == "conj" and c.i < subject.i)
        # (and the name the model ran across "and": "Macron and European Commission" is no
        # organisation)
        spans = list(doc.ents)
        for k, ent in enumerate(spans):
            if ent.start == first.i and ent.end > first.i + 1:
                rest = [Entity(doc, first.i + 2, ent.end, label=ent.label_)] \
                    if ent.end > first.i + 2 else []
                doc.set_ents([*spans[:k], *rest, *spans[k + 1:]],
                             outside=[doc[first.i:first.i + 2]], default="unmodified")
                break
    return moves


def _main_verbs_read_as_subject_modifiers(doc: Doc, deps: Any) -> list[tuple[int, int, str]]:
    """(token, new head, new dep) moves for a sentence whose time clause the parser made its
    root: "Randrianirina, the commander of the CAPSAT unit, announced on Tuesday that the
    military was taking power, minutes after the National Assembly voted to impeach
    Rajoelina" parses "voted" as the root, with two subjects, and "announced" as a modifier
    of the first. The modifier is the sentence's verb, with that subject; the time clause is
    its adverbial clause."""
    moves: list[tuple[int, int, str]] = []
    for root in _with_dep(doc, deps, "ROOT"):
        subjects = [c for c in root.children if c.dep_ == "nsubj"]
        if root.pos_ not in ("VERB", "AUX") or len(subjects) < 2 or not any(
                c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in root.children):
            continue
        first = subjects[0]
        verb = next((c for c in first.children if c.dep_ == "acl" and
                     c.tag_ in ("VBD", "VBN") and c.i > first.i and
                     not any(g.dep_ == "auxpass" for g in c.children)), None)
        if verb is None or verb.i > subjects[1].i:
            continue
        moves.append((verb.i, verb.i, "ROOT"))
        moves.append((first.i, verb.i, "nsubj"))
        moves.append((root.i, verb.i, "advcl"))
        moves.extend((c.i, verb.i, c.dep_) for c in root.children
                     if c.dep_ == "punct" and c.i > verb.i)
    return moves


@dataclass(slots=True)
class _Repairs:
    """What the repairs of :func:`repair_verbs_read_as_modifiers` read, the parse arrays read
    once, and what they find: the moves (token, new head, new dep) and the words each kind of
    repair retags, made together when all have read the parse."""

    deps: Any  # (the parse as read: the repairs are made together, after all have read it)
    lowers: Any  # (the words, which no repair changes)
    tags: Any
    moves: list[tuple[int, int, str]] = field(default_factory=list)  # (token, new head, new dep)
    pasts: list[int] = field(default_factory=list)
    participles_of: list[int] = field(default_factory=list)  # (participles describing a noun: VBN)
    prepositions: list[int] = field(default_factory=list)
    verbs: list[int] = field(default_factory=list)
    charge_nouns: list[int] = field(default_factory=list)
    shots: list[int] = field(default_factory=list)
    relemma: list[tuple[int, str]] = field(default_factory=list)
    passives: list[int] = field(default_factory=list)
    past_tags: list[int] = field(default_factory=list)
    names: list[int] = field(default_factory=list)
    nouns: list[int] = field(default_factory=list)
    # (nouns read as verbs, made their verb's objects)
    noun_objects: list[int] = field(default_factory=list)
    appeals: list[int] = field(default_factory=list)
    plurals: list[int] = field(default_factory=list)


def repair_verbs_read_as_modifiers(doc: Doc) -> Doc:
    """The parse of ``doc`` with the small model's usual misreadings repaired, chiefly a
    sentence's verb hung on its subject as a modifier ("Russian air strikes killed at least 12
    civilians in Idlib" read as the noun phrase "strikes (killed ... civilians)", see
    :func:`_verbs_read_as_subject_modifiers`).

    Each repair below reads the parse as the model left it and records its moves (token, new
    head, new dep) and the words to retag; all are made together at the end, and a set of moves
    that would not leave a tree is not made. ``doc`` is changed in place and returned.
    """
    from spacy.attrs import DEP, LOWER, TAG

    r = _Repairs(deps=doc.to_array(DEP), lowers=doc.to_array(LOWER), tags=doc.to_array(TAG))
    for moving in (_subjects_read_as_conjuncts, _objects_read_as_time_modifiers,
                   _subjects_read_as_gerunds, _requests_read_as_descriptions,
                   _subjects_read_as_modifiers, _main_verbs_read_as_subject_modifiers):
        r.moves.extend(moving(doc, r.deps))
    # (in this order: the first move for a word is the one made, and some repairs retag words
    # that later ones read)
    for repair in (
            _charges_read_as_verbs,
            _subjunctives_read_as_nouns,
            _infinitives_read_as_nouns,
            _dead_read_as_victims_modifier,
            _shot_dead_read_as_noun,
            _sentence_terms_read_as_relative_clauses,
            _descriptions_read_as_subjects,
            _live_ammunition_read_as_verb,
            _suspicions_read_as_verbs,
            _past_forms_read_as_nouns,
            _tear_gassing_read_as_modifier,
            _titled_names_read_as_conjuncts,
            _lists_read_as_appositions,
            _asides_read_as_clauses,
            _clause_subjects_read_as_objects,
            _clauses_read_as_noun_phrases,
            _objects_read_as_predicates,
            _verbs_of_pairs_read_as_modifiers,
            _verbs_read_as_name_modifiers,
            _bodies_read_as_name_modifiers,
            _objects_read_as_tellers,
            _participles_read_as_clause_verbs,
            _reported_clauses_read_as_relative,
            _clause_subjects_read_as_time_objects,
            _verbs_read_as_subject_modifiers,
            _participles_read_as_sentence_verbs,
            _appositions_read_as_first_conjuncts,
            _verbs_read_as_relative_clause_modifiers,
            _objects_read_as_participle_subjects,
            _harms_read_as_places,
            _sentences_read_as_noun_phrases,
            _participles_read_as_second_verbs,
            _prepositions_read_as_infinitive_marks,
            _participles_read_as_past_verbs,
            _ordered_participles_read_as_active,
            _names_read_as_title_modifiers,
            _summaries_read_as_appositions,
            _list_heads_read_as_adverbs,
            _tellers_read_as_conjuncts,
            _names_joined_to_name_ends,
            _conjuncts_read_as_second_objects,
            _weapon_aims_read_as_last_items,
            _subjects_read_as_earlier_conjuncts,
            _paired_subjects_read_apart,
            _nouns_read_as_infinitives,
            _sides_read_as_modifiers,
            _object_nouns_read_as_verbs,
            _designations_read_as_objects,
            _prepositions_read_as_particles,
            _particles_read_as_number_modifiers,
            _appeals_read_as_clauses,
            _verbs_read_as_apposition_modifiers,
            _hyphenated_sides_read_as_modifiers,
            _blows_read_as_victims_modifiers,
            _objects_read_as_quantities,
            _verbs_read_as_next_subjects_modifiers,
            _subjects_read_as_place_conjuncts,
            _conjunct_verbs_read_as_modifiers,
            _plural_objects_read_as_verbs,
            _noun_adjectives_read_as_adjectives,
            _sentences_read_as_fronted_complements,
            _objects_read_as_second_subjects,
    ):
        repair(doc, r)
    return _apply_repairs(doc, r)


def _charges_read_as_verbs(doc: Doc, r: _Repairs) -> None:
    """"accused India and Afghanistan of backing the militants, charges both Kabul and New Delhi
    denied": the charges read as a verb, those who deny them as its object and the denial as
    their modifier; the charges are a noun told of the clause before, the denial their relative
    clause, with its subject."""
    import numpy as np

    for spot in np.isin(r.lowers, [doc.vocab.strings.add(w) for w in _CHARGE_WORDS]
                        ).nonzero()[0]:
        word = doc[int(spot)]
        if word.pos_ not in ("VERB", "AUX") or word.dep_ not in ("conj", "ROOT") or \
                word.i == 0 or doc[word.i - 1].text != ",":
            continue
        # (the clause that makes the charges: the verb's head, or its complement before it,
        # read as what the charges say)
        main = word.head if word.dep_ == "conj" else next(
            (c for c in word.children if c.dep_ == "ccomp" and c.i < word.i), None)
        if main is None:
            continue
        # (the denial its complement, with its own subject, or the deniers its object with
        # the denial their modifier)
        denial = next((c for c in word.children if c.dep_ == "ccomp" and
                       c.lemma_.lower() in _DENIALS), None)
        deniers = next((c for c in denial.children if c.dep_ == "nsubj"), None) \
            if denial is not None else next((c for c in word.children if c.dep_ == "dobj"), None)
        if denial is None and deniers is not None:
            denial = next((c for c in deniers.children if c.dep_ in ("acl", "relcl") and
                           c.lemma_.lower() in _DENIALS), None)
        if denial is None or deniers is None:
            continue
        if word.dep_ == "ROOT":
            r.moves.append((main.i, main.i, "ROOT"))
            r.moves.extend((c.i, main.i, c.dep_) for c in word.children
                         if c.dep_ == "punct" and c.i != word.i - 1)
        r.moves.append((word.i, main.i, "npadvmod"))
        r.moves.append((denial.i, word.i, "relcl"))
        r.moves.append((deniers.i, denial.i, "nsubj"))
        r.charge_nouns.append(word.i)
        r.pasts.append(denial.i)


def _subjunctives_read_as_nouns(doc: Doc, r: _Repairs) -> None:
    """"demanded that Ruto resign": a subjunctive verb read as a noun with its subject as a
    compound; it is the clause's verb, with that subject."""
    ccomp = doc.vocab.strings.add("ccomp")
    for at in (r.deps == ccomp).nonzero()[0]:
        word = doc[int(at)]
        if word.pos_ == "NOUN" and word.tag_ == "NN" and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in word.children):
            subjects = [c for c in word.children if c.dep_ == "compound" and c.i < word.i and
                        c.pos_ == "PROPN"]
            dets = [c for c in word.children if c.dep_ == "det"]
            # ("demanded that the United States release Maduro": the article is the name's,
            # the name after the verb its object)
            named = bool(subjects) and len(dets) == 1 and \
                dets[0].i + 1 == subjects[0].left_edge.i and \
                subjects[-1].ent_type_ in ("GPE", "ORG", "NORP")
            if subjects and (not dets or named):
                r.moves.append((subjects[-1].i, word.i, "nsubj"))
                r.verbs.append(word.i)
                if named:
                    r.moves.append((dets[0].i, subjects[-1].i, "det"))
                    r.moves.extend((c.i, word.i, "dobj") for c in word.children
                                   if c.dep_ == "appos" and c.i == word.i + 1)
            elif any(c.dep_ == "nsubj" and c.i < word.i for c in word.children) and any(
                    c.dep_ == "dobj" and c.i > word.i for c in word.children):
                r.verbs.append(word.i)  # "demanded that the EU lift sanctions": only the tag


def _infinitives_read_as_nouns(doc: Doc, r: _Repairs) -> None:
    """"called on Starmer to sack finance minister Rachel Reeves", "filed a motion to impeach
    President Macron": a verb after an infinitive's "to" read as a noun (the parser's own "to"
    says it is a verb); as a modifier of the object, it is the clause's, with that object."""
    for at in (r.lowers == doc.vocab.strings.add("to")).nonzero()[0]:
        to = doc[int(at)]
        if to.dep_ != "aux" or to.i + 1 >= len(doc):
            continue
        word = doc[to.i + 1]
        if word.tag_ != "NN" or word.pos_ != "NOUN" or to.head.i != word.i or \
                any(c.dep_ == "det" for c in word.children):
            continue
        if word.dep_ in ("advcl", "xcomp", "ccomp", "acl", "relcl", "conj"):
            r.verbs.append(word.i)
            continue
        thing = word
        while thing.dep_ in ("amod", "compound") and thing.head.i > thing.i:
            thing = thing.head
        if word.dep_ == "amod" and thing.dep_ == "dobj" and thing.head.pos_ == "VERB" and \
                thing.head.i < to.i:
            r.moves.append((word.i, thing.head.i, "xcomp"))
            r.moves.append((thing.i, word.i, "dobj"))
            r.verbs.append(word.i)


def _dead_read_as_victims_modifier(doc: Doc, r: _Repairs) -> None:
    """"gunmen shot dead Israeli Tourism Minister Rehavam Zeevi": "dead" read as the victim's
    modifier; it says how the shooting ended, as in "shot dead a mayor"."""
    for at in (r.lowers == doc.vocab.strings.add("dead")).nonzero()[0]:
        word = doc[int(at)]
        if word.i > 0 and doc[word.i - 1].lemma_.lower() == "shoot" and \
                doc[word.i - 1].pos_ == "VERB" and word.head.i != word.i - 1:
            r.moves.append((word.i, word.i - 1, "advmod"))


def _shot_dead_read_as_noun(doc: Doc, r: _Repairs) -> None:
    """"Gunmen on a motorcycle shot dead the mayor": the verb read as a noun ("a motorcycle
    shot") and "dead" as the verb, with the subject and the victim; "shot" is the verb, "dead"
    says how it ended and "a motorcycle" is what the gunmen were on."""
    for at in (r.lowers == doc.vocab.strings.add("dead")).nonzero()[0]:
        dead = doc[int(at)]
        shot = doc[dead.i - 1] if dead.i > 0 else dead
        if shot.lower_ != "shot" or shot.pos_ != "NOUN" or shot.dep_ != "pobj" or \
                not any(c.dep_ == "dobj" for c in dead.children) or \
                not any(c.dep_ == "nsubj" and c.i < shot.i for c in dead.children):
            continue
        vehicle = next((c for c in shot.children if c.dep_ == "compound"), None)
        r.moves.append((shot.i, shot.i if dead.dep_ == "ROOT" else dead.head.i, dead.dep_))
        r.moves.append((dead.i, shot.i, "advmod"))
        r.moves.extend((c.i, shot.i, c.dep_) for c in dead.children if c.i != shot.i)
        if vehicle is not None:
            r.moves.append((vehicle.i, shot.head.i, "pobj"))
            r.moves.extend((c.i, vehicle.i, c.dep_) for c in shot.children
                         if c.dep_ in ("det", "amod") and c.i < vehicle.i)
        r.pasts.append(shot.i)
        r.shots.append(shot.i)


def _sentence_terms_read_as_relative_clauses(doc: Doc, r: _Repairs) -> None:
    """"sentenced a man who worked at the embassy to three years in prison": the term read as
    the relative clause's; it is the sentence's."""
    for at in (r.lowers == doc.vocab.strings.add("to")).nonzero()[0]:
        to = doc[int(at)]
        relative = to.head
        if to.dep_ != "prep" or relative.dep_ != "relcl" or relative.i > to.i or not any(
                c.dep_ == "pobj" and c.lemma_.lower() in _TERMS for c in to.children):
            continue
        verb = relative.head.head
        if relative.head.dep_ == "dobj" and verb.lemma_.lower() == "sentence" and \
                verb.pos_ == "VERB" and not any(
                    c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
            r.moves.append((to.i, verb.i, "prep"))


def _descriptions_read_as_subjects(doc: Doc, r: _Repairs) -> None:
    """"COGAT, the Israeli military body that coordinates aid, accused Hamas": a name and its
    description between commas read as two subjects (or the name as an adverb); the description
    is the name's apposition."""
    for at in (r.deps == doc.vocab.strings.add("nsubj")).nonzero()[0]:
        described = doc[int(at)]
        if described.pos_ != "NOUN":
            continue
        verb = described.head
        name = next((c for c in verb.children if c.i < described.i and c.pos_ == "PROPN" and
                     c.ent_type_ not in ("DATE", "TIME") and
                     c.dep_ in ("nsubj", "advmod", "npadvmod") and
                     c.right_edge.i + 1 < len(doc) and doc[c.right_edge.i + 1].text == ","),
                    None)  # (not "Monday, the Kenyan court, ... blocked")
        if name is None or not any(
                c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in described.children) \
                or name.right_edge.i + 2 != described.left_edge.i:
            continue
        last = described.right_edge.i  # (the closing comma, hung on the description or not)
        if doc[last].text != ",":
            last += 1
        if last >= verb.i or doc[last].text != ",":
            continue
        r.moves.append((name.i, verb.i, "nsubj"))
        r.moves.append((described.i, name.i, "appos"))


def _live_ammunition_read_as_verb(doc: Doc, r: _Repairs) -> None:
    """"police fired tear gas and live ammunition at protesters": "live" read as a second verb,
    with the ammunition its object; it is the ammunition's modifier, fired too."""
    for at in (r.lowers == doc.vocab.strings.add("live")).nonzero()[0]:
        word = doc[int(at)]
        fired = word.head
        rounds = next((c for c in word.children if c.dep_ == "dobj" and
                       c.lemma_.lower() in ("ammunition", "round", "fire", "bullet")), None)
        first = next((c for c in fired.children if c.dep_ == "dobj"), None)
        if word.dep_ != "conj" or rounds is None or first is None or fired.i == word.i:
            continue
        r.moves.append((word.i, rounds.i, "amod"))
        r.moves.append((rounds.i, first.i, "conj"))
        r.moves.extend((c.i, fired.i, c.dep_) for c in word.children
                     if c.dep_ in ("prep", "npadvmod", "advmod"))


def _suspicions_read_as_verbs(doc: Doc, r: _Repairs) -> None:
    """"Gunmen suspected to be bandits killed 12 villagers": the suspicion read as the verb, the
    killing as what is suspected (or as the bandits' modifier); the killing is the verb, the
    gunmen its subject, the suspicion theirs."""
    import numpy as np

    for at in np.isin(r.deps, [doc.vocab.strings.add(d) for d in ("ROOT", "ccomp")]).nonzero()[0]:
        verb = doc[int(at)]
        if verb.lemma_.lower() not in _HEDGED_BY or verb.tag_ not in ("VBN", "VBD"):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i and
                        c.pos_ in ("NOUN", "PROPN")), None)
        being = next((c for c in verb.children if c.dep_ == "xcomp" and c.lower_ == "be"),
                     None)
        if subject is None or being is None:
            continue
        what = [c for c in being.children if c.dep_ == "attr"]
        deed = next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "VERB" and
                     c.i > being.i and not any(g.dep_ in ("nsubj", "nsubjpass")
                                               for g in c.children)), None) or next(
            (c for a in what for c in a.children if c.dep_ == "acl" and c.pos_ == "VERB" and
             c.tag_ in ("VBD", "VBN") and any(g.dep_ == "dobj" for g in c.children)), None)
        if deed is None:
            continue
        top = verb.head.i if verb.dep_ != "ROOT" else deed.i
        r.moves.append((deed.i, top, verb.dep_))
        r.moves.append((subject.i, deed.i, "nsubj"))
        r.moves.append((verb.i, subject.i, "acl"))
        r.pasts.append(deed.i)


def _past_forms_read_as_nouns(doc: Doc, r: _Repairs) -> None:
    """"The army retook Bara from the RSF": a past form no noun has, read as a noun with the
    subject as its modifier; it is the verb."""
    import numpy as np

    for at in np.isin(r.lowers, [doc.vocab.strings.add(w) for w in _PAST_ONLY]).nonzero()[0]:
        verb = doc[int(at)]
        if verb.pos_ == "VERB":
            # ("Sudan army says it retook Khartoum airport": tagged a present verb)
            r.past_tags.append(verb.i)
            r.relemma.append((verb.i, _PAST_ONLY[verb.lower_]))
            continue
        thing = verb.head
        if verb.dep_ == "compound" and thing.dep_ == "ROOT" and thing.i > verb.i:
            # "Sudan's army retook Khartoum airport": read as the airport's modifier, the
            # army the subject of the airport
            doer = next((c for c in (*verb.children, *thing.children)
                         if c.dep_ == "nsubj" and c.i < verb.i), None)
            if doer is not None:
                r.moves.extend(_verb_over(verb, thing))
                r.moves.append((doer.i, verb.i, "nsubj"))
                r.pasts.append(verb.i)
                r.relemma.append((verb.i, _PAST_ONLY[verb.lower_]))
            continue
        subject = next((c for c in verb.children if c.dep_ == "compound" and c.i < verb.i and
                        c.pos_ in ("NOUN", "PROPN")), None)
        if subject is None or verb.dep_ not in ("ROOT", "ccomp", "conj", "advcl"):
            continue
        r.moves.append((subject.i, verb.i, "nsubj"))
        for c in verb.children:
            if c.dep_ in ("det", "poss") and c.i < subject.i:
                r.moves.append((c.i, subject.i, c.dep_))
            elif c.dep_ == "npadvmod" and c.i > verb.i:
                r.moves.append((c.i, verb.i, "dobj"))
        r.pasts.append(verb.i)
        r.relemma.append((verb.i, _PAST_ONLY[verb.lower_]))


def _tear_gassing_read_as_modifier(doc: Doc, r: _Repairs) -> None:
    """"Kenyan police tear-gassed protesters": the verb read as the object's modifier, its
    subject as another; it is the sentence's verb."""
    import numpy as np

    for at in np.isin(r.lowers, [doc.vocab.strings.add(w) for w in _TEAR_GASSED]
                      ).nonzero()[0]:
        verb = doc[int(at)]
        r.relemma.append((verb.i, "teargasse"))
        if verb.pos_ != "VERB" and any(c.dep_ == "auxpass" for c in verb.children):
            r.passives.append(verb.i)  # "Protesters were tear-gassed by police"
            continue
        if verb.pos_ == "VERB" or verb.dep_ != "amod" or verb.head.i < verb.i:
            continue
        thing = verb.head
        subject = next((c for c in thing.children if c.dep_ in ("nmod", "compound") and
                        c.i < verb.i), None)
        if subject is None or thing.dep_ not in ("ROOT", "ccomp", "dobj"):
            continue
        # ("Witnesses said police tear-gassed protesters": the clause said)
        top = verb.i if thing.dep_ == "ROOT" else thing.head.i
        r.moves.append((verb.i, top, "ccomp" if thing.dep_ == "dobj" else thing.dep_))
        r.moves.append((subject.i, verb.i, "nsubj"))
        r.moves.append((thing.i, verb.i, "dobj"))
        r.moves.extend((c.i, verb.i, c.dep_) for c in thing.children
                     if c.dep_ == "prep" and c.i > thing.i)
        r.pasts.append(verb.i)


def _titled_names_read_as_conjuncts(doc: Doc, r: _Repairs) -> None:
    """"U.S. President Donald Trump and Russian President Vladimir Putin met": two titled names
    joined by "and" before their verb, the second title read as a conjunct of the first name
    (and the first name as the title's apposition); the names are the subjects, each title its
    own name's."""
    for at in (r.lowers == doc.vocab.strings.add("and")).nonzero()[0]:
        joint = int(at)
        after = joint + 1
        while after < len(doc) and _titled_name_word(doc, after):
            after += 1
        acting = doc[after] if after < len(doc) else None
        named = after - 1  # the second name
        if acting is None or acting.pos_ != "VERB" or named <= joint + 1 or \
                doc[named].pos_ != "PROPN" or joint < 2 or doc[joint - 1].pos_ != "PROPN" \
                or not any(t.lower_ in _TITLE_WORDS for t in doc[joint + 1:named]):
            continue
        leader = joint - 1  # the first name
        begin = leader
        while begin > 0 and _titled_name_word(doc, begin - 1):
            begin -= 1
        if not any(t.lower_ in _TITLE_WORDS for t in doc[begin:leader]) or not any(
                c.dep_ == "nsubj" and begin <= c.i < after for c in acting.children):
            continue
        r.moves.append((leader, acting.i, "nsubj"))
        r.moves.append((joint, leader, "cc"))
        r.moves.append((named, leader, "conj"))
        r.moves.extend((t.i, leader, "amod" if t.pos_ == "ADJ" else "compound")
                     for t in doc[begin:leader] if not begin <= t.head.i <= leader)
        r.moves.extend((t.i, named, "amod" if t.pos_ == "ADJ" else "compound")
                     for t in doc[joint + 1:named] if not joint < t.head.i <= named)


def _lists_read_as_appositions(doc: Doc, r: _Repairs) -> None:
    """"the presidents of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan": a
    list's second name read as the first's apposition, the rest its conjuncts; all are conjuncts
    of the first."""
    for at in (r.deps == doc.vocab.strings.add("appos")).nonzero()[0]:
        listed = doc[int(at)]
        named_first = listed.head
        rest = [c for c in listed.conjuncts if c.i > listed.i]
        if listed.pos_ != "PROPN" or named_first.pos_ != "PROPN" or not rest or \
                listed.i != named_first.i + 2 or doc[named_first.i + 1].text != "," or not any(
                    c.dep_ == "cc" and c.lower_ in ("and", "or")
                    for r in (listed, *rest) for c in r.children) or \
                any(r.pos_ != "PROPN" for r in rest):
            continue
        r.moves.append((listed.i, named_first.i, "conj"))
        r.moves.extend((r.i, named_first.i, "conj") for r in rest)


def _asides_read_as_clauses(doc: Doc, r: _Repairs) -> None:
    """"Gunmen killed 26 people, most of them tourists, in Kashmir": an aside on the victims
    read as a clause of its own, with the place the killing was in hung on it; it is the
    object's apposition, and the place the verb's."""
    import numpy as np

    for at in np.isin(r.lowers, [doc.vocab.strings.add(w) for w in ("them", "whom")]
                      ).nonzero()[0]:
        them = doc[int(at)]
        share = them.head.head if them.head.lower_ == "of" else None
        if share is None or share.dep_ != "nsubj" or share.i == 0 or \
                doc[share.i - 1].text != "," or not (share.lower_ in _SHARES or share.like_num):
            continue
        aside = share.head
        verb = aside.head
        # (the victims are the words right before the aside's comma)
        victims = next((c for c in verb.children if c.dep_ == "dobj" and
                        c.right_edge.i == share.i - 2), None)
        if aside.pos_ != "NOUN" or aside.dep_ not in ("advcl", "ccomp", "conj", "parataxis") or \
                verb.pos_ != "VERB" or victims is None:
            continue
        r.moves.append((aside.i, victims.i, "appos"))
        r.moves.extend((c.i, verb.i, "prep") for c in aside.children
                     if c.dep_ == "prep" and c.i > aside.i)


def _clause_subjects_read_as_objects(doc: Doc, r: _Repairs) -> None:
    """"Police killed four people as supporters of Bakary protested": a clause's subject read as
    the object of its conjunction, its verb with no subject of its own as the main verb's; the
    conjunction marks the clause, the noun its subject."""
    for at in (r.deps == doc.vocab.strings.add("prep")).nonzero()[0]:
        mark = doc[int(at)]
        noun = next((c for c in mark.children if c.dep_ == "pobj"), None)
        if mark.lower_ not in ("as", "while", "when", "after", "before", "because", "since",
                               "until") or noun is None or noun.pos_ not in ("NOUN", "PROPN") \
                or noun.right_edge.i + 1 >= len(doc):
            continue
        verb = doc[noun.right_edge.i + 1]
        if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ not in ("advcl", "conj") or \
                verb.head.i != mark.head.i or any(
                    c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
            continue
        r.moves.append((mark.i, verb.i, "mark"))
        r.moves.append((noun.i, verb.i, "nsubj"))
        if verb.dep_ == "conj":
            r.moves.append((verb.i, mark.head.i, "advcl"))


def _clauses_read_as_noun_phrases(doc: Doc, r: _Repairs) -> None:
    """"Thousands fled after the RSF seized control of El Fasher": a clause after "after" or
    "since" read as a noun phrase, its verb as a modifier of its object and its subject as the
    verb's modifier; it is a clause."""
    for at in (r.deps == doc.vocab.strings.add("amod")).nonzero()[0]:
        verb = doc[int(at)]
        thing = verb.head
        prep = thing.head
        if verb.tag_ not in ("VBD", "VBN") or thing.dep_ != "pobj" or thing.i < verb.i or \
                prep.lower_ not in ("after", "since", "before", "until", "as", "when") or \
                prep.head.i == prep.i:
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "npadvmod") and
                        c.i < verb.i and c.pos_ in ("NOUN", "PROPN")), None)
        if subject is None or doc[verb.i - 1].text in ("-", "\u2013"):
            continue  # (not "after a US-brokered ceasefire": a modifier)
        r.moves.append((verb.i, prep.head.i, "advcl"))
        r.moves.append((prep.i, verb.i, "mark"))
        r.moves.append((thing.i, verb.i, "dobj"))
        r.moves.append((subject.i, verb.i, "nsubj"))
        r.pasts.append(verb.i)


def _objects_read_as_predicates(doc: Doc, r: _Repairs) -> None:
    """A verb's only noun after it, read as what it names, is its object: "Macron called the
    Algerian president" as calling someone the president. And the one who declares a label, read
    as the label's, is the verb's agent."""
    oprd = doc.vocab.strings.add("oprd")
    for at in (r.deps == oprd).nonzero()[0]:
        noun = doc[int(at)]
        verb = noun.head
        by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" and
                   c.right_edge.i == noun.right_edge.i), None)
        if by is not None and verb.tag_ == "VBN" and \
                any(c.dep_ == "auxpass" for c in verb.children) and \
                not any(c.dep_ == "agent" for c in verb.children):
            # "was declared persona non grata by Lithuania", "was designated a terrorist
            # group by Russia": the one who declares, read as the label's; the verb's agent
            r.moves.append((by.i, verb.i, "agent"))
            continue
        if noun.pos_ in ("NOUN", "PROPN") and verb.pos_ == "VERB" and verb.i < noun.i and \
                not any(c.dep_ in ("dobj", "dative", "nsubjpass", "auxpass", "ccomp", "xcomp")
                        for c in verb.children) and \
                sum(c.dep_ == "oprd" for c in verb.children) == 1 and \
                not any((c.dep_ == "det" and c.lower_ in ("a", "an")) or c.dep_ == "nmod"
                        for c in noun.children):
            # (but "called Modi a butcher", "called Trump a 'dictator'" name a label)
            r.moves.append((noun.i, verb.i, "dobj"))


def _verbs_of_pairs_read_as_modifiers(doc: Doc, r: _Repairs) -> None:
    """"Japanese Prime Minister Sanae Takaichi and South Korean President Lee Jae-myung held
    talks": the second name's verb read as a modifier of its object, the object as a third
    conjunct of the first name; the verb is the sentence's, the two names its subjects."""
    for at in (r.deps == doc.vocab.strings.add("amod")).nonzero()[0]:
        verb = doc[int(at)]
        thing = verb.head
        first = thing.head
        if verb.tag_ not in ("VBD", "VBN") or thing.dep_ != "conj" or thing.i != verb.i + 1 or \
                first.dep_ != "ROOT" or first.pos_ != "PROPN" or first.i > verb.i:
            continue
        second = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i and
                       c.i > first.i), None)
        if second is None:
            continue
        r.moves.append((verb.i, verb.i, "ROOT"))
        r.moves.append((first.i, verb.i, "nsubj"))
        r.moves.append((second.i, first.i, "conj"))
        r.moves.append((thing.i, verb.i, "dobj"))
        r.moves.extend((c.i, verb.i, c.dep_) for c in first.children
                     if c.dep_ == "punct" and c.i > thing.i)
        r.pasts.append(verb.i)


def _verbs_read_as_name_modifiers(doc: Doc, r: _Repairs) -> None:
    """"Trump hosted Hungarian Prime Minister Viktor Orban on Friday": a name, a past verb and
    the guest's titled name read as one noun phrase, the verb and the name before it as its
    modifiers; the verb is the sentence's, the name before it its subject, the phrase's head its
    object."""
    for at in (r.deps == doc.vocab.strings.add("amod")).nonzero()[0]:
        verb = doc[int(at)]
        if verb.tag_ not in ("VBD", "VBN") or verb.is_sent_start:
            continue
        root = verb.head
        while root.dep_ in ("compound", "amod") and root.head.i != root.i:
            root = root.head
        # ("A Batumi court sentenced journalist Mzia Amaglobeli": the subject read as the
        # verb's adverb)
        adverb = next((c for c in verb.children if c.dep_ == "npadvmod" and c.i < verb.i and
                       c.pos_ in ("NOUN", "PROPN") and c.ent_type_ not in ("DATE", "TIME")),
                      None)
        if root.dep_ == "ROOT" and root.i > verb.i and (adverb is not None or any(
                c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)) and not any(
                t.pos_ in ("VERB", "AUX") and t.i != verb.i and t.i < root.i
                for t in root.sent):
            # "the court barred opposition candidate Maria Corina Machado from holding
            # office": a verb with its own subject read as a modifier of its object
            r.moves.extend(_verb_over(verb, root))
            if adverb is not None:
                r.moves.append((adverb.i, verb.i, "nsubj"))
                # (and the subject's article, read as the object's: "A Batumi court")
                r.moves.extend((t.i, adverb.i, t.dep_) for t in root.sent
                             if t.i < adverb.left_edge.i and t.head.i > verb.i)
            # (the parser's "opposition candidate Tundu Lissu": the name a relative clause)
            r.moves.extend((c.i, root.i, "appos") for c in root.children
                         if c.i > root.i and c.dep_ == "relcl" and c.pos_ == "PROPN")
            r.pasts.append(verb.i)
            continue
        subject = root.sent.root
        if root.dep_ in ("pobj", "appos", "conj") and root.i > verb.i and \
                verb.head.i > verb.i and subject.i < verb.i and \
                subject.pos_ in ("NOUN", "PROPN") and doc[verb.i - 1].pos_ in ("NOUN", "PROPN") \
                and any(t.i == subject.i for t in root.ancestors) and not any(
                    t.pos_ in ("VERB", "AUX") and t.i != verb.i and t.dep_ != "amod" and
                    t.i < root.i for t in root.sent):
            # "Police in Tbilisi detained journalist Mzia Amaglobeli", "A court in Istanbul
            # jailed journalist Fatih Altayli": the subject read as the sentence's head, the
            # verb as a modifier of the object, and the object as the place's or the
            # subject's; the verb is the sentence's, what followed it its own
            r.moves.extend(_verb_over(verb, root))
            r.moves.append((subject.i, verb.i, "nsubj"))
            r.moves.extend((c.i, verb.i, "npadvmod" if c.dep_ == "appos" else c.dep_)
                         for c in subject.children if c.i > verb.i)
            r.pasts.append(verb.i)
            continue
        name = doc[verb.i - 1]
        # (the guest's name may be tagged a common noun: "hosted Trump")
        if root.dep_ != "ROOT" or not (root.pos_ == "PROPN" or (
                root.pos_ == "NOUN" and root.text[:1].isupper())) or root.i < verb.i or \
                not name.text[:1].isupper() or \
                name.dep_ not in ("amod", "compound", "appos", "nmod") or \
                not any(t.i == root.i for t in name.ancestors) or \
                any(t.pos_ in ("VERB", "AUX") and t.i != verb.i for t in root.sent):
            continue
        r.moves.extend(_verb_over(verb, root))
        r.moves.append((name.i, verb.i, "nsubj"))
        r.moves.extend((t.i, name.i, "compound") for t in root.sent
                     if t.i < name.i and t.head.i >= verb.i and t.head.i <= root.i)
        r.pasts.append(verb.i)


def _bodies_read_as_name_modifiers(doc: Doc, r: _Repairs) -> None:
    """"Serbia's ruling party SNS accused ...", "Turkey's broadcasting watchdog RTUK fined ...":
    a body's description read as a modifier of its name; the description is the phrase's head,
    as in "Kenya's ruling party UDA", and the name its apposition."""
    import numpy as np

    for at in np.isin(r.lowers, [doc.vocab.strings.add(w) for w in _DESCRIBED_BODIES]
                      ).nonzero()[0]:
        word = doc[int(at)]
        name = word.head
        if word.dep_ != "compound" or name.i != word.i + 1 or not name.text[:1].isupper() or \
                not (name.pos_ == "PROPN" or (name.text.isupper() and len(name.text) > 1)) or \
                any((c.dep_ == "compound" and c.i > word.i) or c.lower_ in ("former", "ex")
                    for c in (*name.children, *word.children)):
            continue  # (a former ruling party is no one's office: left as read)
        top = word.i if name.dep_ == "ROOT" else name.head.i
        r.moves.append((word.i, top, name.dep_))
        r.moves.append((name.i, word.i, "appos"))
        r.moves.extend((c.i, word.i, c.dep_) for c in name.children
                     if c.i < word.i and c.dep_ in ("poss", "det", "amod", "compound", "nmod"))


def _objects_read_as_tellers(doc: Doc, r: _Repairs) -> None:
    """"M23 rebels killed at least 140 villagers near Rutshuru, Human Rights Watch said": the
    told verb's object read as the subject of "said", its teller as an apposition of the place
    before the comma."""
    for sent in doc.sents:
        speech = sent.root
        final = sent[-2] if len(sent) > 1 and sent[-1].is_punct else sent[-1]
        if speech.i != final.i or speech.lower_ not in _SAYS:
            continue
        cut = next((t.i for t in reversed(sent[:speech.i - sent.start]) if t.text == ","), None)
        act = next((c for c in speech.children if c.dep_ == "ccomp" and c.i < speech.i and
                    c.pos_ == "VERB" and c.tag_ in ("VBD", "VBN") and
                    not any(k.dep_ in ("dobj", "nsubjpass", "auxpass") for k in c.children)),
                   None)
        if cut is None or act is None:
            continue
        misread = [c for c in speech.children if c.dep_ == "nsubj" and act.i < c.i < cut and
                   c.pos_ in ("NOUN", "PROPN") and c.left_edge.i > act.i]
        if len(misread) != 1:
            continue
        if not any(c.dep_ == "nsubj" and c.i > cut for c in speech.children):
            speakers = [t for t in doc[cut + 1:speech.i] if t.dep_ == "appos" and
                        t.head.i < cut and t.left_edge.i == cut + 1]
            if len(speakers) != 1:
                continue
            r.moves.append((speakers[0].i, speech.i, "nsubj"))
        r.moves.append((misread[0].i, act.i, "dobj"))


def _participles_read_as_clause_verbs(doc: Doc, r: _Repairs) -> None:
    """"The EU froze the assets of five Russian officials linked to the death of Navalny": a
    participle that describes the noun before it read as a clause's verb, the object of the
    sentence's verb as its subject."""
    ccomp = doc.vocab.strings.add("ccomp")
    for at in (r.deps == ccomp).nonzero()[0]:
        part = doc[int(at)]
        governing = part.head
        if part.lemma_.lower() not in _DESCRIBING or part.tag_ not in ("VBD", "VBN") or \
                part.i + 1 >= len(doc) or doc[part.i + 1].dep_ != "prep" or any(
                    c.dep_ in ("aux", "auxpass", "dobj", "mark") for c in part.children) or \
                governing.pos_ != "VERB" or governing.i > part.i or \
                governing.lemma_.lower() in ("say", "tell", "claim", "report", "add", "state",
                                             "announce", "believe", "think", "show") or any(
                    c.dep_ in ("dobj", "ccomp") and c.i != part.i for c in governing.children):
            continue
        owned = next((c for c in part.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                      and governing.i < c.i < part.i), None)
        described = doc[part.i - 1]
        if owned is None or described.pos_ not in ("NOUN", "PROPN") or \
                not owned.left_edge.i <= described.i <= owned.right_edge.i:
            continue
        r.moves.append((owned.i, governing.i, "dobj"))
        r.moves.append((part.i, described.i, "acl"))
        r.passives.append(part.i)


def _reported_clauses_read_as_relative(doc: Doc, r: _Repairs) -> None:
    """"North Korea confirmed for the first time that it had deployed troops to Russia": the
    reported clause read as a relative clause of "time"; it is the verb's."""
    relcl = doc.vocab.strings.add("relcl")
    for at in (r.deps == relcl).nonzero()[0]:
        told = doc[int(at)]
        time = told.head
        that = next((c for c in told.children if c.lower_ == "that" and c.i < told.i and
                     c.dep_ in ("advmod", "mark", "nsubj", "dobj")), None)
        if that is None or time.lower_ != "time" or time.dep_ != "pobj" or \
                time.head.lower_ != "for" or time.head.head.pos_ != "VERB" or \
                that.i != time.i + 1 or not any(c.dep_ in ("nsubj", "nsubjpass")
                                                 for c in told.children if c.i != that.i):
            continue
        r.moves.append((told.i, time.head.head.i, "ccomp"))
        r.moves.append((that.i, told.i, "mark"))


def _clause_subjects_read_as_time_objects(doc: Doc, r: _Repairs) -> None:
    """"Students marched since the collapse of a roof killed 16 people", "was disqualified a
    day after a court convicted him": a clause's subject after "since" or "after" read as the
    object of a preposition, its verb as a clause of the
    main verb with no subject (which the main subject would then do)."""
    advcl = doc.vocab.strings.add("advcl")
    for at in (r.deps == advcl).nonzero()[0]:
        verb = doc[int(at)]
        if verb.tag_ not in ("VBD", "VBZ") or any(
                c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass")
                for c in verb.children):
            continue
        # (or of a span of time the clause is measured by: "a day after a court in Gujarat
        # convicted him")
        timing = next((c for h in (verb.head, *(n for n in verb.children
                                                 if n.dep_ == "npadvmod"))
                       for c in h.children if c.dep_ == "prep" and
                       c.lower_ in ("since", "after", "before", "until") and
                       c.right_edge.i + 1 == verb.i), None)
        doer = next((c for c in timing.children if c.dep_ == "pobj"), None) \
            if timing is not None else None
        if timing is None or doer is None or doer.pos_ != "NOUN":
            continue
        r.moves.append((doer.i, verb.i, "nsubj"))
        r.moves.append((timing.i, verb.i, "mark"))


# Verbs of crowds with no object, which no participle describing a noun can be.
_CROWD_VERBS = frozenset({"protest", "march", "rally", "demonstrate", "riot", "gather",
                          "assemble", "clash"})


def _verbs_read_as_subject_modifiers(doc: Doc, r: _Repairs) -> None:
    """"Russian air strikes killed at least 12 civilians in Idlib" parses as the noun phrase
    "strikes (killed ... civilians)": a past verb right after a noun, as its ``acl``, with a
    direct object and no subject of its own. A participle modifying a noun has no object
    ("civilians killed in the strike"), so the verb is made the clause's head in the noun's
    place, with the noun as its subject; what hung from the noun after the verb hangs from the
    verb."""
    acl = doc.vocab.strings.add("acl")
    for at in (r.deps == acl).nonzero()[0]:  # (a Token is built only for these)
        verb = doc[int(at)]
        noun = verb.head
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.dep_ == "ROOT":
            noun = noun.head.head  # "Gunmen on motorbikes killed at least 70 villagers"
        # (the verb right after the noun's phrase: "Militants in pickup trucks killed ...")
        ahead = [t.i for t in noun.subtree if t.i < verb.i]
        if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or \
                ahead != list(range(noun.left_edge.i, verb.i)) or \
                noun.pos_ != "NOUN" or noun.dep_ not in ("ROOT", "nsubj") or \
                (verb.head.i != noun.i and noun.dep_ != "ROOT"):
            continue
        kids = [c.dep_ for c in verb.children]
        # (a sentence that is all noun phrase has its verb in the modifier whatever follows
        # it: "The Council of Europe's human rights commissioner called on Georgia to ...")
        taking = ("dobj", "xcomp", "ccomp") if noun.dep_ == "ROOT" else ("dobj",)
        # (nor does a verb no one is the object of: "Tens of thousands of Slovaks protested
        # in Bratislava", no one is protested)
        crowd = noun.dep_ == "ROOT" and verb.lemma_.lower() in _CROWD_VERBS
        # (nor one aimed "at" someone: "Riot police charged at protesters", which no
        # participle describing the police says)
        crowd = crowd or (noun.dep_ == "ROOT" and any(
            c.dep_ == "prep" and c.lower_ == "at" and c.i == verb.i + 1 for c in verb.children))
        if not (crowd or any(d in taking for d in kids)) or any(
                d in ("nsubj", "nsubjpass", "agent", "auxpass", "dative") for d in kids):
            continue
        if noun.dep_ == "nsubj":
            # "... strikes killed 30 people, the ministry said": the verb said has a subject
            # of its own, after it
            said = noun.head
            if said.i < verb.i:
                continue
            if not any(c.dep_ == "nsubj" and c.i > verb.i for c in said.children):
                # (or its teller read as an apposition of the place before the comma:
                # "Rwandan-backed rebels killed 140 villagers near Rutshuru, HRW said")
                cut = next((t.i for t in reversed(doc[verb.i:said.i]) if t.text == ","), None)
                appositions = [t for t in doc[cut + 1:said.i] if t.dep_ == "appos" and
                               t.head.i < cut and t.left_edge.i == cut + 1] \
                    if cut is not None and said.lower_ in _SAYS else []
                if len(appositions) != 1:
                    continue
                r.moves.append((appositions[0].i, said.i, "nsubj"))
            r.moves.append((verb.i, said.i, "ccomp"))
        else:
            r.moves.append((verb.i, verb.i, "ROOT"))
            r.moves.extend((c.i, verb.i, c.dep_) for c in noun.children if c.i > verb.i)
        r.moves.append((noun.i, verb.i, "nsubj"))


def _participles_read_as_sentence_verbs(doc: Doc, r: _Repairs) -> None:
    """"Hackers linked to Iran broke into the accounts": a participle describing the subject
    read as the sentence's verb, the verb after its phrase hung on it with no subject of its
    own; that verb is the sentence's, and the participle describes its subject."""
    for at in (r.deps == doc.vocab.strings.add("ROOT")).nonzero()[0]:
        described = doc[int(at)]
        if described.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass", "dobj", "neg")
                                          for c in described.children):
            continue
        doer = next((c for c in described.children if c.dep_ == "nsubj" and
                     c.pos_ in ("NOUN", "PROPN") and c.i == described.i - 1), None)
        deed = next((c for c in described.children if c.dep_ in ("advcl", "conj", "ccomp")
                     and c.tag_ == "VBD" and c.i > described.i), None)
        if doer is None or deed is None or deed.left_edge.i != deed.i or any(
                c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass")
                for c in deed.children) or any(
                t.text in (",", ";", "and", "but") for t in doc[described.i:deed.i]):
            continue
        r.moves.append((deed.i, deed.i, "ROOT"))
        r.moves.append((doer.i, deed.i, "nsubj"))
        r.moves.append((described.i, doer.i, "acl"))
        r.moves.extend((c.i, deed.i, c.dep_) for c in described.children
                     if c.i > deed.i and c.dep_ == "punct")


def _appositions_read_as_first_conjuncts(doc: Doc, r: _Repairs) -> None:
    """"Senators Marco Rubio and Ted Cruz and Kenneth Roth, the head of Human Rights Watch": the
    description after the last name of a list hung on the first; it is the last one's."""
    appos = doc.vocab.strings.add("appos")
    for at in (r.deps == appos).nonzero()[0]:
        told = doc[int(at)]
        first = told.head
        if first.ent_type_ != "PERSON" or told.i < first.i or told.left_edge.i == 0 or \
                doc[told.left_edge.i - 1].text != ",":
            continue
        last = max((c for c in first.conjuncts if c.i > first.i and
                    c.right_edge.i == told.left_edge.i - 2), key=lambda c: c.i, default=None)
        if last is None or last.ent_type_ != "PERSON":
            continue
        r.moves.append((told.i, last.i, "appos"))
        comma = told.left_edge.i - 1
        if doc[comma].head.i == first.i:
            r.moves.append((comma, last.i, "punct"))


def _verbs_read_as_relative_clause_modifiers(doc: Doc, r: _Repairs) -> None:
    """"Petro, whose government said the dead man was a fisherman, accused Washington": the
    sentence's verb after its subject's relative clause, hung on the clause's last noun; it is
    the verb of the subject the clause describes."""
    acl = doc.vocab.strings.add("acl")
    for at in (r.deps == acl).nonzero()[0]:
        verb = doc[int(at)]
        root = verb.sent.root
        if verb.tag_ not in ("VBD", "VBZ", "VBN") or root.pos_ not in ("NOUN", "PROPN") or \
                root.i >= verb.i or doc[verb.i - 1].text != ",":
            continue
        clause = next((c for c in root.children if c.dep_ == "relcl" and
                       doc[c.left_edge.i - 1].text == "," and
                       c.left_edge.i < verb.i <= c.right_edge.i), None)
        kids = [c.dep_ for c in verb.children]
        if clause is None or "dobj" not in kids or any(
                d in ("nsubj", "nsubjpass", "agent", "auxpass") for d in kids):
            continue
        r.moves.append((verb.i, verb.i, "ROOT"))
        r.moves.append((root.i, verb.i, "nsubj"))
        r.moves.extend((c.i, verb.i, c.dep_) for c in root.children if c.i > verb.i)


def _objects_read_as_participle_subjects(doc: Doc, r: _Repairs) -> None:
    """"Israeli troops killed 31 Palestinians sheltering in a school": the object right after a
    verb read as the subject of a participle clause of the verb; it is the verb's object, and
    the participle describes it."""
    for at in (r.deps == doc.vocab.strings.add("advcl")).nonzero()[0]:
        participle = doc[int(at)]
        verb = participle.head
        if participle.tag_ != "VBG" or verb.pos_ != "VERB" or verb.i > participle.i or any(
                c.dep_ in ("dobj", "nsubjpass", "auxpass", "ccomp", "xcomp")
                for c in verb.children) or any(
                c.dep_ in ("aux", "mark") for c in participle.children):
            continue
        subject = next((c for c in participle.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ not in ("NOUN", "PROPN") or \
                subject.left_edge.i != verb.i + 1 or subject.i > participle.i:
            continue
        r.moves.append((subject.i, verb.i, "dobj"))
        r.moves.append((participle.i, subject.i, "acl"))


def _harms_read_as_places(doc: Doc, r: _Repairs) -> None:
    """"condemned the strike on a hospital in Gaza City that killed 12 people": a clause of harm
    hung on the place struck; it is the strike's."""
    for at in (r.deps == doc.vocab.strings.add("relcl")).nonzero()[0]:
        harm = doc[int(at)]
        if harm.lemma_.lower() not in _HARMING or not any(
                c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in harm.children):
            continue
        noun = harm.head
        for _ in range(3):
            if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
                break
            prep, owner = noun.head, noun.head.head
            if owner.pos_ == "VERB":  # ("denounced the strike on a hospital": on the verb)
                owner = next((c for c in owner.children if c.dep_ == "dobj" and
                              c.right_edge.i == prep.i - 1), owner)
            if prep.lower_ in ("on", "at", "against") and owner.lemma_.lower() in _ATTACK_NOUNS:
                r.moves.append((harm.i, owner.i, "relcl"))
                break
            if prep.lower_ not in ("in", "near", "of"):
                break
            noun = owner


def _sentences_read_as_noun_phrases(doc: Doc, r: _Repairs) -> None:
    """"Lula and Trump held talks.": a sentence read as a noun phrase, its verb as a modifier of
    the object and its subject as the object's nmod."""
    for at in (r.deps == doc.vocab.strings.add("ROOT")).nonzero()[0]:
        root = doc[int(at)]
        if root.pos_ != "NOUN":
            continue
        participles = [c for c in root.children if c.dep_ == "amod" and
                       c.tag_ in ("VBD", "VBN") and c.i == root.i - 1]
        doers = [c for c in root.children if c.dep_ in ("nmod", "compound") and
                 c.pos_ == "PROPN" and participles and c.i < participles[0].i and
                 any(k.dep_ == "conj" for k in c.children)]
        if not participles or not doers:
            continue
        verb = participles[0]
        r.moves.append((verb.i, verb.i, "ROOT"))
        r.moves.append((root.i, verb.i, "dobj"))
        r.moves.append((doers[0].i, verb.i, "nsubj"))
        r.moves.extend((c.i, verb.i, c.dep_) for c in root.children
                     if c.dep_ == "punct" and c.i > root.i)
        verb.pos_ = "VERB"


def _participles_read_as_second_verbs(doc: Doc, r: _Repairs) -> None:
    """"detained impeached President Yoon", "freed jailed journalist X": a participle between a
    verb and its object, read as a second verb with that object, describes the object ("met
    visiting Secretary of State Blinken", "received visiting Israeli Foreign Minister X": the
    guest is met, not visiting)."""
    past = (r.tags == doc.vocab.strings.add("VBN")) | (r.tags == doc.vocab.strings.add("VBD")) | \
        (r.tags == doc.vocab.strings.add("VBG"))
    for at in past.nonzero()[0]:
        if at == 0:
            continue
        word = doc[int(at)]
        verb = doc[int(at) - 1]
        if word.tag_ == "VBG" and (word.lower_ != "visiting" or
                                   verb.lemma_.lower() not in _HOSTING_VERBS):
            continue
        if word.head.i != verb.i or verb.pos_ != "VERB" or \
                word.dep_ not in ("advcl", "xcomp", "ccomp", "conj", "dep") or any(
                    c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children):
            continue
        below = list(word.children)
        objects = [c for c in below if c.dep_ == "dobj" and c.left_edge.i == word.i + 1 and
                   c.pos_ in ("PROPN", "NOUN")]
        if not objects or any(c.dep_ in ("nsubj", "aux", "auxpass", "mark", "neg")
                              for c in below):
            continue
        r.moves.append((objects[0].i, verb.i, "dobj"))
        r.moves.append((word.i, objects[0].i, "amod"))
        r.moves.extend((c.i, verb.i, c.dep_) for c in below if c.i != objects[0].i)


def _prepositions_read_as_infinitive_marks(doc: Doc, r: _Repairs) -> None:
    """"awarded the Sakharov Prize to jailed journalist Andrzej Poczobut": "to" before such a
    participle read as an infinitive's; it is the preposition of the verb before, whose object
    the participle describes."""
    past = (r.tags == doc.vocab.strings.add("VBN")) | (r.tags == doc.vocab.strings.add("VBD")) | \
        (r.tags == doc.vocab.strings.add("VBG"))
    for at in past.nonzero()[0]:
        word = doc[int(at)]
        to = doc[int(at) - 1] if at > 0 else word
        verb = word.head
        if to.lower_ != "to" or to.dep_ != "aux" or to.head.i != word.i or \
                word.tag_ not in ("VBN", "VBD") or verb.i >= to.i or verb.pos_ != "VERB" or \
                word.dep_ not in ("advcl", "xcomp", "ccomp", "conj", "dep") or \
                not any(c.dep_ == "dobj" for c in verb.children):
            continue
        below = list(word.children)
        objects = [c for c in below if c.dep_ == "dobj" and c.left_edge.i == word.i + 1 and
                   c.pos_ in ("PROPN", "NOUN")]
        if not objects or any(c.dep_ in ("nsubj", "auxpass", "mark", "neg") for c in below):
            continue
        r.moves.append((to.i, verb.i, "prep"))
        r.moves.append((objects[0].i, to.i, "pobj"))
        r.moves.append((word.i, objects[0].i, "amod"))
        r.moves.extend((c.i, verb.i, c.dep_) for c in below if c.i != objects[0].i)
        r.prepositions.append(to.i)
        r.participles_of.append(word.i)


def _participles_read_as_past_verbs(doc: Doc, r: _Repairs) -> None:
    """"pardoned two opposition politicians jailed for abuse of power": a participle after the
    object of a verb done to people, read as a past verb with that object its subject; the
    object is the verb's, and the participle describes it."""
    ccomp = doc.vocab.strings.add("ccomp")
    for at in (r.deps == ccomp).nonzero()[0]:
        word = doc[int(at)]
        verb = word.head
        if word.tag_ not in ("VBD", "VBN") or not word.lower_.endswith("ed") or \
                verb.lemma_.lower() not in _DONE_TO_PEOPLE or verb.i >= word.i or any(
                    c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
            continue
        below = list(word.children)
        subjects = [c for c in below if c.dep_ == "nsubj" and c.left_edge.i == verb.i + 1 and
                    c.pos_ in ("NOUN", "PROPN") and c.i < word.i]
        if not subjects or any(c.dep_ in ("dobj", "aux", "auxpass", "mark", "neg")
                               for c in below):
            continue
        r.moves.append((subjects[0].i, verb.i, "dobj"))
        r.moves.append((word.i, subjects[0].i, "acl"))
        r.participles_of.append(word.i)


def _ordered_participles_read_as_active(doc: Doc, r: _Repairs) -> None:
    """"a court ordered Imamoglu jailed", "ordered the mayor held in custody": a participle
    after a verb of ordering is passive, done to the noun before it (the parser makes that noun
    its subject, or the ordering verb's object)."""
    for relation in ("ccomp", "xcomp"):
        for at in (r.deps == doc.vocab.strings.add(relation)).nonzero()[0]:
            verb = doc[int(at)]
            orderer = verb.head
            if verb.tag_ not in ("VBN", "VBD") or orderer.lemma_.lower() not in ORDERING_VERBS or \
                    orderer.i > verb.i or any(c.dep_ in ("aux", "auxpass", "nsubjpass", "mark")
                                           for c in verb.children):
                continue
            subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i and
                        c.lower_ not in ("i", "we", "he", "she", "they")]  # (a clause of its own)
            objects = [c for c in orderer.children if c.dep_ == "dobj" and c.i < verb.i]
            if subjects:
                r.moves.append((subjects[0].i, verb.i, "nsubjpass"))
            elif objects:
                r.moves.append((objects[-1].i, verb.i, "nsubjpass"))


def _names_read_as_title_modifiers(doc: Doc, r: _Repairs) -> None:
    """"Trump and Chinese President Xi Jinping met": a name before "and" read as a modifier of
    the next name's title; the two are the clause's pair."""
    cc = doc.vocab.strings.add("cc")
    for at in (r.deps == cc).nonzero()[0]:
        join = doc[int(at)]
        first = join.head
        if first.i != join.i - 1 or first.dep_ not in ("amod", "compound", "nmod") or \
                first.pos_ not in ("ADJ", "NOUN", "PROPN") or not first.text[:1].isupper() or \
                not first.text[1:].islower() or first.head.i <= join.i:
            continue
        name = first.head
        while name.dep_ == "compound" and name.head.i > name.i:
            name = name.head
        # (and "Zelensky and European leaders met": a group of office holders)
        group = name.pos_ == "NOUN" and name.tag_ == "NNS" and first.pos_ != "ADJ" and \
            name.lemma_.lower() in _OFFICE_GROUPS  # (not "Hungarian and Romanian officials")
        if (not group and (name.pos_ != "PROPN" or name.ent_type_ != "PERSON")) or \
                name.head.i == name.i or name.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
            continue
        r.moves.append((first.i, name.head.i, name.dep_))
        r.moves.append((name.i, first.i, "conj"))
        # ("Chinese Premier", "Prime Minister" read as the first name's conjunct)
        r.moves.extend((c.i, c.i + 1, "compound" if c.pos_ == "PROPN" else "amod")
                     for c in first.children if c.dep_ == "conj" and join.i < c.i < name.i
                     and not any(k.dep_ == "case" for k in c.children))
        r.names.append(first.i)


def _summaries_read_as_appositions(doc: Doc, r: _Repairs) -> None:
    """"Orban met Putin in Moscow, a visit condemned by EU leaders": a summing-up noun after the
    clause, read as an apposition of its subject; it sums up the clause (its verb's)."""
    appos = doc.vocab.strings.add("appos")
    for at in (r.deps == appos).nonzero()[0]:
        noun = doc[int(at)]
        summed = noun.head
        verb = summed.head
        if summed.dep_ == "nsubj" and verb.pos_ == "VERB" and summed.i < verb.i < noun.i and \
                doc[noun.i - 1].text in (",", "a", "an") and noun.pos_ == "NOUN":
            r.moves.append((noun.i, verb.i, "npadvmod"))
    # ("Israel expanded its offensive in Gaza, a decision criticised by France": read as a
    # second object of the verb)
    dobj = doc.vocab.strings.add("dobj")
    for at in (r.deps == dobj).nonzero()[0]:
        noun = doc[int(at)]
        verb = noun.head
        if noun.pos_ == "NOUN" and noun.i >= 2 and doc[noun.i - 1].lower_ in ("a", "an") and \
                doc[noun.i - 2].text == "," and any(
                    c.dep_ == "dobj" and c.i < noun.i - 2 for c in verb.children) and \
                any(c.dep_ in ("acl", "relcl") for c in noun.children):
            r.moves.append((noun.i, verb.i, "npadvmod"))


def _list_heads_read_as_adverbs(doc: Doc, r: _Repairs) -> None:
    """"Jordan, the United States and France airdropped food": the list's first name read as an
    adverb of the verb; it heads the list of subjects."""
    for sent in doc.sents:
        first = sent[0]
        if len(sent) < 6 or first.pos_ != "PROPN" or first.dep_ not in ("npadvmod", "nmod") or \
                doc[first.i + 1].text != "," or first.head.pos_ != "VERB":
            continue
        subject = next((c for c in first.head.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.i <= first.i or not any(
                c.dep_ == "conj" for c in subject.children):
            continue
        r.moves.append((first.i, first.head.i, "nsubj"))
        r.moves.append((subject.i, first.i, "conj"))


def _objects_read_as_second_subjects(doc: Doc, r: _Repairs) -> None:
    """"Diab announced the resignation of his government on Monday, six days after an
    explosion killed 160 people": a clause after "after" or "before" read as what the main verb
    says, its object read as a second subject of the clause's verb. A verb has one subject; the
    one before the time word is the main verb's object, the clause a clause of time."""
    ccomp = doc.vocab.strings.add("ccomp")
    for at in (r.deps == ccomp).nonzero()[0]:
        verb = doc[int(at)]
        main = verb.head
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        mark = next((c for c in verb.children if c.dep_ == "mark" and
                     c.lower_ in _TIME_MARKS), None)
        if mark is None or len(subjects) != 2 or main.pos_ != "VERB" or \
                not subjects[0].i < mark.i < subjects[1].i or \
                subjects[0].i < main.i or \
                any(c.dep_ in ("dobj", "ccomp") and c.i != verb.i for c in main.children):
            continue
        r.moves.append((subjects[0].i, main.i, "dobj"))
        r.moves.append((verb.i, main.i, "advcl"))


def _sentences_read_as_fronted_complements(doc: Doc, r: _Repairs) -> None:
    """"Modi held talks with Xi on Sunday, ..., and the two leaders agreed their countries
    were partners": a sentence read as what a later verb says ("X did Y, Z said"), when that
    verb already says something after it. A verb says one thing; the clause before it is
    joined to it as a sentence of its own."""
    ccomp = doc.vocab.strings.add("ccomp")
    for at in (r.deps == ccomp).nonzero()[0]:
        clause = doc[int(at)]
        verb = clause.head
        if clause.i < verb.i and clause.pos_ in ("VERB", "AUX") and \
                any(c.dep_ == "nsubj" for c in clause.children) and any(
                    c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
            r.moves.append((clause.i, verb.i, "conj"))


def _tellers_read_as_conjuncts(doc: Doc, r: _Repairs) -> None:
    """"..., killing three people, the regional governor, Serhiy Lysak, said": the teller read
    as one more of the dead (a conjunct set off by commas, with no "and"); and "Pakistan
    deported thousands of Afghans, police and UN officials said": two tellers joined by "and"
    after a comma, read as more of those deported. The teller is the subject of the verb of
    saying that ends the sentence."""
    for at in (r.deps == doc.vocab.strings.add("conj")).nonzero()[0]:
        teller = doc[int(at)]
        end = teller.right_edge.i
        if teller.pos_ not in ("NOUN", "PROPN") or teller.left_edge.i == 0 or \
                doc[teller.left_edge.i - 1].text != ",":
            continue
        if teller.pos_ == "NOUN" and end + 2 < len(doc) and doc[end + 1].text == "," and \
                not any(c.dep_ == "cc" for c in teller.head.children):
            said = doc[end + 2]  # (one teller, its name after it between commas)
        elif end + 1 < len(doc) and any(c.dep_ == "cc" for c in teller.children) and \
                any(c.dep_ == "conj" for c in teller.children) and \
                teller.head.dep_ in ("dobj", "pobj", "conj", "nsubjpass"):
            said = doc[end + 1]  # (two, joined by "and")
        else:
            continue
        if said.lemma_.lower() in _TELLING and said.dep_ == "ROOT" and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in said.children):
            r.moves.append((teller.i, said.i, "nsubj"))


def _names_joined_to_name_ends(doc: Doc, r: _Repairs) -> None:
    """"between the Democratic Republic of Congo and Rwanda": a name joined to the last word of
    a longer name; it is joined to the whole name."""
    for at in (r.deps == doc.vocab.strings.add("conj")).nonzero()[0]:
        name = doc[int(at)]
        inner = name.head
        if name.ent_iob_ != "B" or inner.ent_iob_ != "I" or name.pos_ != "PROPN" or \
                inner.i > name.i or inner.dep_ != "pobj" or inner.head.lower_ != "of" or \
                inner.head.ent_iob_ != "I":
            continue  # (only a name "of" something: "the Democratic Republic of Congo")
        start = inner.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        whole = next((t for t in doc[start:inner.i + 1] if not (
            start <= t.head.i <= inner.i) or t.head.i == t.i), None)
        if whole is not None and whole.i != inner.i:
            r.moves.append((name.i, whole.i, "conj"))
            r.moves.extend((c.i, whole.i, "cc") for c in inner.children if c.dep_ == "cc")


def _conjuncts_read_as_second_objects(doc: Doc, r: _Repairs) -> None:
    """"the foreign ministers of the Democratic Republic of Congo and Rwanda": a second object
    of one preposition after an "and" is the first one's conjunct."""
    for at in (r.deps == doc.vocab.strings.add("prep")).nonzero()[0]:
        prep = doc[int(at)]
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if len(objects) == 2 and objects[1].pos_ == "PROPN" and any(
                t.dep_ == "cc" for t in doc[objects[0].right_edge.i + 1:objects[1].i]):
            r.moves.append((objects[1].i, objects[0].i, "conj"))


def _weapon_aims_read_as_last_items(doc: Doc, r: _Repairs) -> None:
    """"Russia launched 728 drones and 13 missiles at Ukraine": the aim of a list of weapons
    hung on its last item; it is the verb's."""
    for at in (r.deps == doc.vocab.strings.add("conj")).nonzero()[0]:
        item = doc[int(at)]
        first = item.head
        verb = first.head
        if first.dep_ != "dobj" or verb.pos_ != "VERB" or \
                verb.lemma_.lower() not in _FIRING_VERBS or item.pos_ != "NOUN" or any(
                    c.dep_ == "prep" and c.lower_ in _AIM_PREPS for c in first.children):
            continue
        r.moves.extend((c.i, verb.i, "prep") for c in item.children
                     if c.dep_ == "prep" and c.lower_ in _AIM_PREPS and c.i > item.i)


def _subjects_read_as_earlier_conjuncts(doc: Doc, r: _Repairs) -> None:
    """"Hamas released the hostages on Monday and Israel freed hundreds of prisoners", "Russian
    drones violated Polish airspace and Warsaw asked NATO for consultations": the second
    clause's subject read as a conjunct of the first clause's date or object; it is the subject
    of the verb right after it (perhaps after "had"), which has none."""
    for at in (r.deps == doc.vocab.strings.add("conj")).nonzero()[0]:
        name = doc[int(at)]
        if name.i + 1 >= len(doc) or name.pos_ != "PROPN" or \
                name.ent_type_ not in ("GPE", "ORG", "NORP", "PERSON"):
            continue
        after = name.i + 1
        while after < len(doc) - 1 and doc[after].pos_ == "AUX" and after - name.i <= 2:
            after += 1
        verb = doc[after]
        # (and after a modal: "Hamas will release the hostages and Israel will free ...")
        if verb.pos_ == "VERB" and verb.dep_ == "conj" and (
                verb.tag_ in ("VBD", "VBZ", "VBP", "VBN") or (
                    verb.tag_ == "VB" and any(a.tag_ == "MD" for a in doc[name.i + 1:after]))) and \
                not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and (
                    name.head.ent_type_ in ("DATE", "TIME") or
                    any(a.i == name.head.i for a in verb.head.subtree)):
            # ("... and Moldova was condemned": a passive, its subject the one it is done to)
            passive = verb.tag_ == "VBN" and any(
                a.lemma_.lower() == "be" for a in doc[name.i + 1:after])
            r.moves.append((name.i, verb.i, "nsubjpass" if passive else "nsubj"))
            r.moves.extend((a.i, verb.i, "auxpass" if passive and a.lemma_.lower() == "be"
                          else "aux") for a in doc[name.i + 1:after])


def _paired_subjects_read_apart(doc: Doc, r: _Repairs) -> None:
    """"Congolese President Tshisekedi and Rwandan President Kagame met": two subjects of one
    verb with the "and" on the first; the second is its conjunct. "Kenya's Ruto and Uganda's
    Museveni met", read as "(Kenya's Ruto and Uganda)'s Museveni": the first name is the
    subject, the second its conjunct, the second country the second name's."""
    from spacy.attrs import HEAD

    offsets = doc.to_array(HEAD).astype("int64")  # (read off arrays: no Token per word)
    subject_at = (r.deps == doc.vocab.strings.add("nsubj")).nonzero()[0]
    for at in sorted({int(i + offsets[i]) for i in subject_at if offsets[i] != 0}):
        verb = doc[at]
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
        if len(subjects) == 2 and subjects[0].pos_ == subjects[1].pos_ == "PROPN" and any(
                c.dep_ == "cc" and c.lower_ == "and" and subjects[0].i < c.i < subjects[1].i
                for c in subjects[0].children):
            r.moves.append((subjects[1].i, subjects[0].i, "conj"))
        if len(subjects) != 1 or subjects[0].pos_ != "PROPN":
            continue
        second = subjects[0]
        lead = next((c for c in second.children if c.dep_ == "nmod" and c.pos_ == "PROPN" and
                     c.i < second.i), None)
        country = next((c for c in lead.children if c.dep_ == "conj" and c.pos_ == "PROPN"),
                       None) if lead is not None else None
        if lead is not None and country is not None and any(
                c.dep_ == "case" for c in country.children) and any(
                c.dep_ == "cc" and c.lower_ == "and" for c in lead.children):
            r.moves.append((lead.i, verb.i, "nsubj"))
            r.moves.append((second.i, lead.i, "conj"))
            r.moves.append((country.i, second.i, "poss"))


def _nouns_read_as_infinitives(doc: Doc, r: _Repairs) -> None:
    """"India, Pakistan agree to ceasefire": a noun that is no verb read as an infinitive after
    "to"; it is the object of "to"."""
    import numpy as np

    for at in np.isin(r.lowers, [doc.vocab.strings.add(w) for w in _NOT_VERBS]).nonzero()[0]:
        word = doc[int(at)]
        if word.pos_ == "VERB" and word.i > 0 and \
                doc[word.i - 1].lower_ == "to" and doc[word.i - 1].head.i == word.i and \
                word.head.i != word.i:
            r.moves.append((word.i - 1, word.head.i, "prep"))
            r.moves.append((word.i, word.i - 1, "pobj"))
            r.nouns.append(word.i)


def _sides_read_as_modifiers(doc: Doc, r: _Repairs) -> None:
    """"fighting between the army and M23 rebels": the first side read as a modifier of the
    second; it is the object of "between", the second its conjunct. And "Fighting between the
    ELN and FARC dissidents has displaced 50,000", a gerund subject with no object of its own,
    is the noun."""
    gerunds: list[int] = []
    for at in (r.lowers == doc.vocab.strings.add("between")).nonzero()[0]:
        between = doc[int(at)]
        for second in between.children:
            side = next((c for c in second.children if c.dep_ == "nmod" and c.i < second.i
                         and any(k.dep_ == "cc" and k.lower_ == "and" for k in c.children)),
                        None) if second.dep_ == "pobj" else None
            if side is not None:
                r.moves.append((side.i, between.i, "pobj"))
                r.moves.append((second.i, side.i, "conj"))
        gerund = between.head
        if gerund.lower_ == "fighting" and gerund.tag_ == "VBG" and \
                gerund.dep_ in ("nsubj", "nsubjpass") and \
                not any(c.dep_ in ("dobj", "aux") for c in gerund.children):
            gerunds.append(gerund.i)
    for i in gerunds:
        doc[i].pos_, doc[i].tag_, doc[i].lemma_ = "NOUN", "NN", doc[i].lower_


def _object_nouns_read_as_verbs(doc: Doc, r: _Repairs) -> None:
    """"Australia and the United States signed a critical minerals deal worth $8.5 billion": the
    object's last noun read as the verb of a clause whose subject is the object's start ("a
    critical minerals" deal); it is the noun, the object of the verb before it."""
    import numpy as np

    for at in np.isin(r.lowers, [doc.vocab.strings.add(w) for w in _NOUN_VERBS]).nonzero()[0]:
        word = doc[int(at)]
        verb = word.head
        subject = next((c for c in word.children if c.dep_ == "nsubj"), None)
        if word.pos_ == "VERB" and word.dep_ == "ccomp" and word.tag_ in ("VBP", "VB") and \
                subject is not None and subject.i == word.i - 1 and subject.tag_ in ("NN", "NNS") \
                and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the")
                        for c in subject.children) and verb.pos_ == "VERB" and verb.i < word.i \
                and not any(c.dep_ in ("dobj", "aux", "mark", "neg") for c in word.children) \
                and not any(c.dep_ == "dobj" for c in verb.children):
            r.moves.append((word.i, verb.i, "dobj"))
            r.moves.append((subject.i, word.i, "compound"))
            for c in subject.children:  # (the determiner and modifiers are the noun's)
                if c.dep_ in ("det", "amod", "compound", "nummod"):
                    r.moves.append((c.i, word.i, c.dep_))
            r.noun_objects.append(word.i)


def _designations_read_as_objects(doc: Doc, r: _Repairs) -> None:
    """"designated Venezuela's Cartel de los Soles a foreign terrorist organization on Monday",
    "declared the Barrio 18 gang a terrorist organization": what a verb of naming names a thing,
    read as a second object, an apposition or a clause; it is the object's predicate."""
    import numpy as np

    for at in np.isin(r.lowers, [doc.vocab.strings.add(w) for w in _DESIGNATING]).nonzero()[0]:
        verb = doc[int(at)]
        if verb.pos_ != "VERB":
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        label = next((t for t in (*objects[1:], *(g for o in objects[:1] for g in o.children
                                                  if g.dep_ == "appos"),
                                  *(c for c in verb.children if c.dep_ == "ccomp"))
                      if t.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ in ("a", "an")
                                                  for d in t.children)), None)
        if label is None:
            continue
        designee = objects[0] if objects and objects[0].i < label.i else next(
            (c for c in label.children if c.dep_ == "nsubj" and c.i < label.i), None)
        if designee is not None and designee.i != label.i:
            r.moves.append((designee.i, verb.i, "dobj"))
            r.moves.append((label.i, verb.i, "oprd"))


def _prepositions_read_as_particles(doc: Doc, r: _Repairs) -> None:
    """"Ruto called on Kenyans to remain calm": a particle with an object is a preposition."""
    for at in (r.deps == doc.vocab.strings.add("prt")).nonzero()[0]:
        word = doc[int(at)]
        if word.lower_ in ("on", "upon") and any(c.dep_ == "pobj" for c in word.children):
            r.moves.append((word.i, word.head.i, "prep"))


def _particles_read_as_number_modifiers(doc: Doc, r: _Repairs) -> None:
    """"Mexico hands over 26 cartel figures": a particle, tagged as one, right after its verb
    but hung on the number after it; it is the verb's ("hand over")."""
    for at in (r.tags == doc.vocab.strings.add("RP")).nonzero()[0]:
        word = doc[int(at)]
        verb = doc[word.i - 1] if word.i else word
        if verb.pos_ == "VERB" and word.dep_ != "prt" and word.head.i > word.i and \
                word.head.tag_ == "CD":
            r.moves.append((word.i, verb.i, "prt"))


def _appeals_read_as_clauses(doc: Doc, r: _Repairs) -> None:
    """"Moldova called for Russia to withdraw its troops": the asked party read as the subject
    of a clause "for" opens; it is what is asked, as in "called on Russia to withdraw"."""
    for at in (r.lowers == doc.vocab.strings.add("for")).nonzero()[0]:
        word = doc[int(at)]
        asked, asking = word.head, word.head.head
        if word.dep_ != "mark" or asked.dep_ != "advcl" or asked.tag_ != "VB" or \
                asking.i == asked.i or asking.lemma_.lower() not in _ASKING or \
                not asking.i < word.i < asked.i:
            continue
        party = next((c for c in asked.children if c.dep_ == "nsubj" and word.i < c.i), None)
        if party is not None and any(c.dep_ == "aux" and c.lower_ == "to" and c.i > party.i
                                     for c in asked.children):
            r.moves.append((word.i, asking.i, "prep"))
            r.moves.append((party.i, word.i, "pobj"))
            r.moves.append((asked.i, asking.i, "xcomp"))
            r.appeals.append(word.i)


def _verbs_read_as_apposition_modifiers(doc: Doc, r: _Repairs) -> None:
    """"Spain, the EU's largest pork exporter, called for calm": the sentence's verb read as a
    modifier of the subject's apposition, the sentence left with a name for its head; the verb
    is the sentence's, the name its subject (a participle describing the apposition has no
    object, nor a verb with an agent: "hit by the tariffs")."""
    for at in (r.deps == doc.vocab.strings.add("acl")).nonzero()[0]:
        verb = doc[int(at)]
        aside = verb.head
        name = aside.head
        if verb.tag_ not in ("VBD", "VBN") or aside.dep_ != "appos" or name.dep_ != "ROOT" or \
                name.pos_ not in ("PROPN", "NOUN") or not name.i < aside.i < verb.i or \
                doc[verb.i - 1].text != "," or verb.i + 1 >= len(doc) or any(
                    c.dep_ in ("nsubj", "nsubjpass", "auxpass", "agent") or
                    (c.dep_ == "prep" and c.lower_ == "by") for c in verb.children) or not any(
                    c.dep_ in ("dobj", "ccomp", "xcomp") or (c.dep_ == "prep" and c.i == verb.i + 1)
                    for c in verb.children):
            continue
        r.moves.append((verb.i, verb.i, "ROOT"))
        r.moves.append((name.i, verb.i, "nsubj"))
        r.moves.extend((c.i, verb.i, c.dep_) for c in name.children
                     if c.i > verb.i and c.dep_ in ("punct", "prep", "npadvmod"))
        r.pasts.append(verb.i)


def _hyphenated_sides_read_as_modifiers(doc: Doc, r: _Repairs) -> None:
    """"US-China trade talks", "the Israel-Hamas ceasefire", "Turkish-Greek talks": two sides
    joined by a hyphen, the first read as a modifier of the second; they are conjuncts."""
    for at in (r.tags == doc.vocab.strings.add("HYPH")).nonzero()[0]:
        i = int(at)
        if not 0 < i < len(doc) - 1:
            continue
        first, second = doc[i - 1], doc[i + 1]
        if first.head.i == second.i and first.dep_ in ("compound", "amod", "nmod") and \
                second.dep_ in ("compound", "amod", "nmod") and \
                second.head.pos_ == "NOUN" and second.head.i > second.i and \
                first.text[:1].isupper() and second.text[:1].isupper() and \
                first.lower_ not in _NAME_PARTICLES and all(
                    t.ent_type_ in ("GPE", "NORP", "ORG") or t.tag_ in ("NNP", "NNPS")
                    for t in (first, second)):
            r.moves.append((first.i, second.i, "conj"))


def _blows_read_as_victims_modifiers(doc: Doc, r: _Repairs) -> None:
    """"killed 80 militants in air strikes": the blow the parser hangs on the ones it killed is
    how the verb's act was done."""
    import numpy as np

    blows = np.array([doc.vocab.strings.add(w) for w in _BLOWS], dtype=r.lowers.dtype)
    for at in np.isin(r.lowers, blows).nonzero()[0]:
        blow = doc[int(at)]
        prep = blow.head
        struck = prep.head
        if blow.dep_ != "pobj" or prep.lower_ not in ("in", "during") or \
                struck.dep_ != "dobj" or struck.head.pos_ != "VERB" or struck.i > prep.i:
            continue
        r.moves.append((prep.i, struck.head.i, "prep"))


def _objects_read_as_quantities(doc: Doc, r: _Repairs) -> None:
    """"sentenced a British couple to ten years in prison": the parser reads "couple to ten" as
    a quantity (as "two to ten"); the noun is the verb's object and "to" its term."""
    quantmod = doc.vocab.strings.add("quantmod")
    for at in (r.deps == quantmod).nonzero()[0]:
        to = doc[int(at)]
        if to.lower_ != "to" or to.i == 0:
            continue
        number, noun = to.head, doc[to.i - 1]
        term = number.head
        verb = term.head
        if noun.pos_ != "NOUN" or noun.dep_ != "quantmod" or noun.head.i != number.i or \
                number.dep_ != "nummod" or term.dep_ != "dobj" or verb.pos_ != "VERB" or \
                term.lemma_.lower() not in _TERMS:
            continue
        r.moves += [(noun.i, verb.i, "dobj"), (to.i, verb.i, "prep"), (term.i, to.i, "pobj")]
        r.moves += [(c.i, noun.i, c.dep_) for h in (term, number) for c in h.children
                  if c.i < noun.i]  # ("a British couple": its article and adjective)
        r.prepositions.append(to.i)


def _verbs_read_as_next_subjects_modifiers(doc: Doc, r: _Repairs) -> None:
    """"Trump endorsed Honduran candidate Nasry Asfura on Wednesday and said he would ...": a
    past verb with its own subject read as its object's modifier, the object as the next verb's
    subject; the verb is the sentence's, the object its object and the next verb its conjunct."""
    for at in (r.deps == doc.vocab.strings.add("amod")).nonzero()[0]:
        verb = doc[int(at)]
        thing = verb.head
        next_verb = thing.head
        doer = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if verb.tag_ not in ("VBD", "VBN") or doer is None or thing.i < verb.i or \
                thing.dep_ != "nsubj" or next_verb.i < thing.i or next_verb.pos_ != "VERB" or \
                not any(c.dep_ == "cc" and c.i > thing.i for c in thing.children):
            continue
        r.moves.append((verb.i, verb.i if next_verb.dep_ == "ROOT" else next_verb.head.i,
                      next_verb.dep_))
        r.moves.append((thing.i, verb.i, "dobj"))
        r.moves.append((next_verb.i, verb.i, "conj"))
        r.moves.extend((c.i, verb.i, c.dep_) for c in thing.children
                     if c.i > thing.i and c.dep_ in ("prep", "npadvmod", "cc", "punct"))
        r.pasts.append(verb.i)


def _subjects_read_as_place_conjuncts(doc: Doc, r: _Repairs) -> None:
    """"In Kadugli, the RSF and its ally, the SPLM-N faction, shelled the market": the subject
    after an opening place and its comma read as the place's conjunct or apposition, the verb
    left with no subject; it is the verb's subject (and the conjuncts after it its own)."""
    for at in (r.deps == doc.vocab.strings.add("prep")).nonzero()[0]:
        prep = doc[int(at)]
        verb = prep.head
        place = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if not prep.is_sent_start or place is None or verb.pos_ != "VERB" or \
                place.i + 1 >= len(doc) or doc[place.i + 1].text != "," or any(
                    c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue
        joined = [c for c in place.children if c.dep_ in ("conj", "appos") and
                  place.i < c.i < verb.i]
        if not joined:
            continue
        r.moves.append((joined[0].i, verb.i, "nsubj"))
        r.moves.extend((c.i, joined[0].i, "conj") for c in joined[1:])
        r.moves.extend((c.i, joined[0].i, c.dep_) for c in place.children
                     if c.dep_ in ("cc", "punct") and joined[0].i < c.i < verb.i)


def _conjunct_verbs_read_as_modifiers(doc: Doc, r: _Repairs) -> None:
    """"suspended Sierra Leone ... and threatened sanctions if Bio was not freed": a past verb
    after "and" read as a modifier of its object, the object as the first verb's conjunct; the
    verb is the conjunct, the noun its object."""
    for at in (r.deps == doc.vocab.strings.add("amod")).nonzero()[0]:
        verb = doc[int(at)]
        thing = verb.head
        if verb.tag_ != "VBD" or thing.dep_ != "conj" or thing.i < verb.i or verb.i == 0 or \
                doc[verb.i - 1].dep_ != "cc" or thing.head.pos_ != "VERB" or \
                thing.head.i > verb.i:
            continue
        r.moves.append((verb.i, thing.head.i, "conj"))
        r.moves.append((thing.i, verb.i, "dobj"))
        r.moves.append((verb.i - 1, thing.head.i, "cc"))
        r.pasts.append(verb.i)


def _plural_objects_read_as_verbs(doc: Doc, r: _Repairs) -> None:
    """"China launched army, navy and rocket force drills around Taiwan": the noun an object's
    list of modifiers is of, read as a second verb (a present one, after a past verb, with no
    object of its own: the list its subject, or the verb's object before it); it is the object,
    the list its modifier."""
    for at in (r.tags == doc.vocab.strings.add("VBZ")).nonzero()[0]:
        word = doc[int(at)]
        verb = word.head
        if word.dep_ not in ("conj", "dobj") or verb.tag_ != "VBD" or verb.i > word.i or \
                not word.lower_.endswith("s") or doc[word.i - 1].pos_ not in ("NOUN", "PROPN") \
                or any(c.dep_ in ("nsubjpass", "dobj", "aux", "neg", "mark")
                       for c in word.children):
            continue
        modified = next((c for c in (*verb.children, *word.children) if c.pos_ == "NOUN" and
                         c.dep_ == ("dobj" if word.dep_ == "conj" else "nsubj") and
                         c.right_edge.i == word.i - 1 and
                         any(g.dep_ == "conj" for g in c.children)), None)
        if modified is not None and not any(c.dep_ == "nsubj" and c.i != modified.i
                                            for c in word.children):
            r.moves.append((word.i, verb.i, "dobj"))
            r.moves.append((modified.i, word.i, "compound"))
            r.plurals.append(word.i)


def _noun_adjectives_read_as_adjectives(doc: Doc, r: _Repairs) -> None:
    """"arrested a French national accused of spying": an adjective that heads the verb's
    object, with its own article, read as an adjective; it is a noun."""
    for at in (r.tags == doc.vocab.strings.add("JJ")).nonzero()[0]:
        word = doc[int(at)]
        if word.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") and word.lower_ in _NOUN_ADJECTIVES \
                and any(c.dep_ == "det" for c in word.children):
            word.pos_, word.tag_, word.lemma_ = "NOUN", "NN", word.lower_
        elif word.dep_ == "amod" and word.lower_ in _NOUN_ADJECTIVES and 0 < word.i < len(doc) - 1 \
                and doc[word.i - 1].ent_type_ == "NORP" and doc[word.i + 1].ent_type_ == "PERSON":
            # "released French national Lennart Monterlos": the title before a name
            word.pos_, word.tag_, word.lemma_ = "NOUN", "NN", word.lower_


def _apply_repairs(doc: Doc, r: _Repairs) -> Doc:
    """Makes the repairs :func:`repair_verbs_read_as_modifiers` found, all at once: the
    moves, where they make a tree, and the retagging. ``doc`` is changed in place and
    returned."""
    from spacy.attrs import DEP, HEAD

    for i, base in r.relemma:
        doc[i].lemma_ = base
    for i in r.past_tags:
        doc[i].tag_ = "VBD"
    for i in r.passives:
        doc[i].pos_, doc[i].tag_ = "VERB", "VBN"
    if not r.moves and not r.verbs:
        return doc
    array: Any = doc.to_array([HEAD, DEP]).astype("int64")
    moved: set[int] = set()
    for i, head, dep in r.moves:
        if i in moved:
            continue  # (one repair per word: the first that read it)
        moved.add(i)
        array[i, 0] = head - i
        array[i, 1] = doc.vocab.strings.add(dep)
    if not _a_tree(array[:, 0]):
        return doc  # (repairs that would cross each other are not made)
    doc.from_array([HEAD, DEP], array.astype("uint64"))
    for i in r.verbs:
        doc[i].pos_, doc[i].tag_ = "VERB", "VB"
    for i in r.pasts:
        doc[i].pos_, doc[i].tag_ = "VERB", "VBD"
    for i in r.shots:
        doc[i].lemma_ = "shoot"
    for i in r.participles_of:
        doc[i].pos_, doc[i].tag_ = "VERB", "VBN"
    for i in r.prepositions:
        doc[i].pos_, doc[i].tag_ = "ADP", "IN"
    for i in r.names:
        doc[i].pos_, doc[i].tag_ = "PROPN", "NNP"
    for i in r.nouns:
        doc[i].pos_, doc[i].tag_, doc[i].lemma_ = "NOUN", "NN", doc[i].lower_
        doc[i - 1].pos_, doc[i - 1].tag_ = "ADP", "IN"
    for i in r.appeals:
        doc[i].pos_, doc[i].tag_ = "ADP", "IN"
    for i in r.noun_objects:
        doc[i].pos_, doc[i].tag_, doc[i].lemma_ = "NOUN", "NN", doc[i].lower_
    for i in (*r.plurals, *r.charge_nouns):
        doc[i].pos_, doc[i].tag_, doc[i].lemma_ = "NOUN", "NNS", _plural_base(doc[i].lower_)
    return doc


def _plural_base(word: str) -> str:
    """A regular plural's singular, as :func:`_stem` reads it: "drills" -> "drill", "parties"
    -> "party" (but "sorties" -> "sortie", "ties" -> "tie")."""
    return word[:-1] if word in _IE_PLURALS else _stem(word)


# Plurals of words ending in "-ie" (not "-y"): "sorties", "movies".
_IE_PLURALS = frozenset({"sorties", "movies", "cookies", "zombies", "ties", "lies", "pies"})


def repair_entities(doc: Doc) -> Doc:
    """Named entities the recogniser ran across a verb, split at it: "Trump gave Zelenskiy"
    and "Trump scolded Zelenskiy" read as one name are two, either side of the verb (a name
    has no word in lower case that the tagger reads as a verb); and across the preposition of
    a journey ("a visit by Modi to Colombo"). ``doc`` is changed in place and returned."""
    def verb(t: Token) -> bool:
        return (t.pos_ in ("VERB", "AUX") and t.text[:1].islower()) or (
            t.lower_ in ("to", "from", "by") and t.text.islower() and t.dep_ == "prep")

    if not any(any(verb(t) for t in ent[1:]) for ent in doc.ents):
        return doc
    from spacy.tokens import Span

    ents: list[Span] = []
    for ent in doc.ents:
        if not any(verb(t) for t in ent[1:]):
            ents.append(ent)
            continue
        start = None
        for t in (*ent, None):
            breaks = t is None or verb(t)
            if breaks and start is not None:
                end = t.i if t is not None else ent.end
                ents.append(Span(doc, start, end, label=ent.label_))
                start = None
            elif not breaks and start is None:
                start = t.i
    doc.set_ents(ents, default="outside")
    return doc
