"""Quotes: who said what, each quotation attributed to a resolved speaker.

Two kinds of reported speech are extracted from a parsed article:

- **direct**: text between straight or curly double quotes, including quotes that run over
  several sentences, quotes that run over paragraphs (a paragraph left open and the next one
  reopened, as news copy does), and quotes broken by their attribution
  (``"The crisis", he said, "is over."`` gives two quotes with one speaker). The speaker is the
  subject of the speech verb next to the quote (``he said``, ``said the minister``,
  ``the ministry said in a statement:``). A quote with no attribution of its own continues the
  previous quote's speaker, as in a paragraph of quotation after an attributed one. Short
  quoted words with no speech verb beside them are scare quotes or titles, not quotes.
- **indirect**: the clause a speech verb reports, outside quotation marks: ``X said (that)
  ...``, ``X told reporters ...``, ``X warned that ...``, ``X urged Y to ...``, ``X denied
  ...``, ``X accused Y of ...``, ``according to X, ...``, ``X's statement said ...``.

The speaker's code comes from the actor mentions the resolver found for the same text; where
the speaker is a pronoun, "the minister", "the official" or a bare surname the resolver left
unresolved, a light coreference links it to the latest earlier speaker or actor mention that
fits. Unnamed sources ("a senior official who spoke on condition of anonymity", "diplomats")
are marked ``anonymous`` and keep the country and sector the text gives them.
"""

from __future__ import annotations

import bisect
import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .actors import ActorMention
from .errors import ConfigError, InputError
from .nlp import sentences_of, text_of, tokens_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "Quote",
    "QuoteCase",
    "QuoteExtractor",
    "Speaker",
    "covering_quote",
    "evaluate_quote_cases",
    "find_quote_cases",
    "load_quote_cases",
    "quote_id",
    "score_quotes",
]

# Speech verbs (lemmas) and the complements that carry what was said besides a clause
# ("ccomp", always): "xcomp" (urged them to leave), "dobj" (denied the report), and the
# prepositions whose object is the content (accused X of Y, called for Z, warned of W).
_CUES: dict[str, tuple[frozenset[str], frozenset[str]]] = {}


def _cue(lemmas: str, deps: str = "", preps: str = "") -> None:
    for lemma in lemmas.split():
        _CUES[lemma] = (frozenset(deps.split()), frozenset(preps.split()))


_cue("say tell add state insist argue note explain stress emphasise emphasize reiterate write "
     "acknowledge admit assert declare maintain reply respond complain allege caution predict "
     "suggest confirm announce tweet post testify concede contend estimate")
_cue("warn", preps="of against about")
_cue("claim")
_cue("deny", "xcomp dobj")
_cue("urge ask order implore", "xcomp")
_cue("call", preps="for on")
_cue("appeal demand", "dobj", preps="for")
_cue("accuse", preps="of")
_cue("blame", "dobj")
_cue("threaten vow pledge promise", "xcomp dobj")
# Verbs that attribute a direct quote but report no clause of their own ("called it "a farce"").
_DIRECT_ONLY = frozenset({"call", "describe", "ask", "shout", "chant", "tell", "write"})
_QUOTE_CUES = frozenset(_CUES) | _DIRECT_ONLY
# Nouns that speak for their owner: "the ministry's statement said", "a statement from X".
_STATEMENT_NOUNS = frozenset({"statement", "communique", "communiqué", "release", "spokesman",
                              "spokeswoman", "spokesperson", "letter", "post", "message"})
# An unnamed source: head nouns that, without a name, hide who speaks.
_ANONYMOUS_HEADS = frozenset({"official", "officials", "source", "sources", "diplomat",
                              "diplomats", "aide", "aides", "insider", "insiders", "person",
                              "people"})
_ANONYMITY_MARKERS = ("anonymity", "not to be named", "not to be identified", "unnamed",
                      "declined to be named", "not authorized to", "not authorised to",
                      "anonymous", "declined to be identified", "asked not to be")
_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})
_OPENING = frozenset("\u201c\u201e\u00ab")
_CLOSING = frozenset("\u201d\u00bb")
_ALL_MARKS = _OPENING | _CLOSING | {'"'}
_SUBJECTS = frozenset({"nsubj", "csubj"})
_SHORT_QUOTE_WORDS = 4  # fewer words than this, with no speech verb beside: a scare quote


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who spoke. ``text == doc_text[start:end]``; the code is that of the actor mention (or the
    antecedent, for "he" and "the minister") it resolves to, or None."""

    text: str
    start: int
    end: int
    code: str | None
    country: str | None
    sector: str | None
    name: str | None
    anonymous: bool = False
    basis: str = "subject"

    def as_dict(self) -> dict[str, object]:
        return {"text": self.text, "start": self.start, "end": self.end, "code": self.code,
                "country": self.country, "sector": self.sector, "name": self.name,
                "anonymous": self.anonymous, "basis": self.basis}


@dataclass(frozen=True, slots=True)
class Quote:
    """One quotation. ``text == doc_text[start:end]`` is what was said (inside the quotation
    marks for a direct quote, the reported clause for an indirect one); the cue is the speech
    verb (or "according to") at ``cue_start:cue_end``, None for a quote that continues the
    previous speaker's."""

    text: str
    start: int
    end: int
    kind: str  # "direct" | "indirect"
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    speaker: Speaker | None
    sentence_index: int
    sentence_end_index: int
    rule: str = ""

    def quote_id(self, doc_id: str) -> str:
        return quote_id(doc_id, self.start, self.end)

    def as_dict(self, doc_id: str, quote_id: str | None = None) -> dict[str, object]:
        return {
            "quote_id": quote_id or self.quote_id(doc_id), "doc_id": doc_id, "text": self.text,
            "start": self.start, "end": self.end, "kind": self.kind, "cue": self.cue,
            "speaker": self.speaker.as_dict() if self.speaker else None,
            "sentence_index": self.sentence_index,
            "sentence_end_index": self.sentence_end_index, "rule": self.rule,
        }


def quote_id(doc_id: str, start: int, end: int) -> str:
    """The stable id of a quote: 16 hex digits of sha1 over the document id and the span."""
    return hashlib.sha1(f"{doc_id}:{start}:{end}".encode(), usedforsecurity=False).hexdigest()[:16]


def covering_quote(quotes: Iterable[Quote], offset: int) -> Quote | None:
    """The innermost quote whose span holds character ``offset`` (an event trigger's), if any."""
    best: Quote | None = None
    for q in quotes:
        if q.start <= offset < q.end and (best is None or q.end - q.start < best.end - best.start):
            best = q
    return best


@dataclass(slots=True)
class _Direct:
    start: int  # content, trimmed
    end: int
    open_mark: int  # offset of the opening mark
    close_mark: int  # offset of the closing mark (or the content's end when left open)


@dataclass(slots=True)
class _Context:
    doc: Doc
    mentions: Sequence[ActorMention]
    sentence_starts: list[int]
    text: str = ""  # doc.text, built once: spaCy joins the tokens on every access
    token_starts: list[int] = field(default_factory=list)
    quoted: list[tuple[int, int]] = field(default_factory=list)  # (open_mark, close_mark+1)
    # 1 at each character inside ``quoted``: asked once per token, so a mask, not a search.
    marked: bytearray = field(default_factory=bytearray)
    sentence_ends: list[int] = field(default_factory=list)  # end_char of each sentence
    ents: Sequence[Span] = ()  # doc.ents, built once: spaCy builds new Spans on every access
    # (where the quote is, who spoke it), in text order: a speaker is as recent as their
    # latest quote, not their first mention.
    speakers: list[tuple[int, Speaker]] = field(default_factory=list)


class QuoteExtractor:
    """Finds the quotes of a parsed document. Holds no resources; :meth:`extract` is pure."""

    def extract(self, doc: Doc, mentions: Sequence[ActorMention]) -> list[Quote]:
        """Every direct and indirect quote of ``doc``, with speakers resolved through the actor
        ``mentions`` that :meth:`ActorResolver.resolve` found for the same doc."""
        text = text_of(doc)
        tokens = tokens_of(doc)
        sentences = [(s.start_char, s.end_char) for s in sentences_of(doc)]
        ctx = _Context(doc, sorted(mentions, key=lambda m: (m.start, m.end)),
                       [start for start, _ in sentences], text, [t.idx for t in tokens])
        ctx.sentence_ends = [end for _, end in sentences]
        ctx.ents = doc.ents
        directs = _direct_spans(text)
        ctx.quoted = [(d.open_mark, d.close_mark + 1) for d in directs]
        ctx.marked = bytearray(len(text) + 1)
        for start, end in ctx.quoted:
            ctx.marked[start:end] = b"\x01" * (end - start)
        found: list[Quote] = []
        # Indirect speech first, so a quote with no attribution of its own can inherit the
        # speaker of a reported clause just before it. Only "according" and speech verbs can
        # start one (:meth:`_indirect` is None for any other token).
        marked = ctx.marked
        candidates: list[tuple[int, Token | _Direct]] = [
            (tok.idx, tok) for tok in tokens
            if (tok.pos_ == "VERB" or tok.lower_ == "according") and not marked[tok.idx]]
        candidates += [(d.start, d) for d in directs]
        seen: set[tuple[int, int]] = set()
        for _, item in sorted(candidates, key=lambda c: c[0]):
            quote = self._direct(ctx, item) if isinstance(item, _Direct) \
                else self._indirect(ctx, item)
            if quote is None or (quote.start, quote.end) in seen:
                continue
            seen.add((quote.start, quote.end))
            found.append(quote)
            if quote.speaker is not None:
                ctx.speakers.append((quote.start, quote.speaker))
        found.sort(key=lambda q: (q.start, q.end))
        return found

    # ------------------------------------------------------------------ direct quotes
    def _direct(self, ctx: _Context, d: _Direct) -> Quote | None:
        content = ctx.text[d.start:d.end]
        cue_tok = self._direct_cue(ctx, d)
        speaker: Speaker | None = None
        rule = "direct:continued"
        if cue_tok is not None:
            speaker = self._speaker_of(ctx, cue_tok, d.start)
            rule = "direct:cue"
            if speaker is None and len(content.split()) < _SHORT_QUOTE_WORDS:
                return None  # "the so-called "green corridor"": nobody speaks
        elif len(content.split()) < _SHORT_QUOTE_WORDS and not (
                content[:1].isupper() and content.rstrip()[-1:] in ".!?"):
            return None  # a scare quote, a title or a name in quotation marks
        else:
            speaker = self._continued(ctx, d.open_mark)
        cue, cue_start, cue_end = _cue_text(cue_tok)
        return Quote(content, d.start, d.end, "direct", cue, cue_start, cue_end, speaker,
                     _sentence(ctx, d.start), _sentence(ctx, max(d.start, d.end - 1)), rule)

    def _direct_cue(self, ctx: _Context, d: _Direct) -> Token | None:
        """The speech verb attributing a direct quote: after it (``," she said``), before it
        (``he told reporters: "``, ``called the move "a mistake"``), or None."""
        text = ctx.text
        content = text[d.start:d.end]
        right_end = _right_window_end(text, d.close_mark + 1, ctx.quoted)
        left_start = _left_window_start(text, d.open_mark, ctx.quoted)
        right = [t for t in _tokens_in(ctx, d.close_mark + 1, right_end)
                 if not t.is_space]
        left = [t for t in _tokens_in(ctx, left_start, d.open_mark) if not t.is_space]
        ends_sentence = content.rstrip().endswith(".")
        lead = text[left_start:d.open_mark].rstrip()
        candidates: list[Token] = []
        if right and not ends_sentence:
            words = [t for t in right if not t.is_punct]
            # '"Why now?" she asked.' but not '"Stop!" The crowd dispersed.': the verb comes
            # within a few words, before any new clause starts.
            for t in words[:12]:
                if _is_cue(t):
                    candidates.append(t)
                    break
        if not candidates and lead and left:
            # 'X said: "', 'X said, "', '... called the blockades "' — the last cue before.
            for t in reversed(left):
                if _is_cue(t) or (t.lower_ == "according" and lead.endswith(",")):
                    candidates.append(t)
                    break
        if not candidates and ends_sentence and right:
            words = [t for t in right if not t.is_punct]
            # '"We acted." Said the general' is rare; '"...," he said' was handled above. A
            # closing mark after a full stop sometimes still has "he said." after it.
            if words and words[0].is_lower and any(_is_cue(t) for t in words[:3]):
                candidates.append(next(t for t in words[:3] if _is_cue(t)))
        return candidates[0] if candidates else None

    def _continued(self, ctx: _Context, offset: int) -> Speaker | None:
        """A quote standing alone continues the latest speaker, if one spoke within the last
        two paragraphs."""
        text = ctx.text
        for at, speaker in reversed(ctx.speakers):
            if at >= offset:
                continue
            between = text[at:offset]
            if between.count("\n\n") <= 2:
                return speaker
            return None
        return None

    # ------------------------------------------------------------------ indirect speech
    def _indirect(self, ctx: _Context, tok: Token) -> Quote | None:
        if tok.lower_ == "according":
            return self._according(ctx, tok)
        if not _is_cue(tok) or tok.dep_ in ("amod", "acl", "auxpass") or (
                tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children)):
            return None  # "a ceasefire announced by", "was told": not a speaker's report
        lemma = tok.lemma_.lower()
        deps, preps = _CUES.get(lemma, (frozenset(), frozenset()))
        parts: list[Token] = []
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        for child in tok.children:
            if child.dep_ == "ccomp" or (child.dep_ in deps and child.dep_ != "dobj"):
                parts.append(child)
            elif child.dep_ == "prep" and child.lower_ in preps:
                parts.extend(c for c in child.children if c.dep_ in ("pobj", "pcomp"))
            elif child.dep_ == "prep":
                # "said in a statement that ...": the parse hangs the clause on "statement".
                parts.extend(a for p in child.children if p.dep_ == "pobj" for a in p.children
                             if a.dep_ in ("acl", "relcl") and a.i > p.i
                             and any(m.lower_ == "that" and m.dep_ == "mark"
                                     for m in a.children))
        for obj in objects:
            # "accused the RSF of looting": the preposition hangs on the object.
            parts.extend(c for p in obj.children if p.dep_ == "prep" and p.lower_ in preps
                         for c in p.children if c.dep_ in ("pobj", "pcomp"))
        if not parts and "dobj" in deps:
            parts = objects
        if lemma in ("urge", "ask", "order", "implore"):
            # "urged the militia to disarm": the person urged is part of what was said; with
            # no one urged ("asked not to be named") nothing was reported.
            if not objects:
                return None
            parts += [c for c in objects if c.i > tok.i and any(p.i > c.i for p in parts)]
        parts = [p for p in parts if p.i > tok.i or p.dep_ == "ccomp"]
        if not parts:
            return None
        doc = ctx.doc
        kept = _content_tokens(parts, ctx.marked)
        if not kept:
            return None
        start_tok, end_tok = min(kept), max(kept)
        while end_tok > start_tok and doc[end_tok].dep_ == "cc":
            end_tok -= 1
        while start_tok <= end_tok and (doc[start_tok].is_punct or doc[start_tok].is_space or (
                doc[start_tok].dep_ == "mark" and doc[start_tok].lower_ == "that")):
            start_tok += 1
        while end_tok >= start_tok and (doc[end_tok].is_punct or doc[end_tok].is_space):
            end_tok -= 1
        if end_tok < start_tok:
            return None
        start = doc[start_tok].idx
        end = doc[end_tok].idx + len(doc[end_tok].text)
        if any(s < end and start < e for s, e in ctx.quoted):
            return None  # the verb attributes a direct quote: reported there
        if len(ctx.text[start:end].split()) < 2 and "dobj" not in deps:
            return None
        speaker = self._speaker_of(ctx, tok, start)
        if speaker is None:
            return None
        cue, cue_start, cue_end = _cue_text(tok)
        return Quote(ctx.text[start:end], start, end, "indirect", cue, cue_start, cue_end,
                     speaker, _sentence(ctx, start), _sentence(ctx, end - 1),
                     f"indirect:{lemma}")

    def _according(self, ctx: _Context, tok: Token) -> Quote | None:
        """ "According to X, CLAUSE" and "CLAUSE, according to X"."""
        to = next((c for c in tok.children if c.lower_ == "to"), None)
        if to is None:
            return None
        source = next((c for c in to.children if c.dep_ == "pobj"), None)
        head = tok.head
        if source is None or head.i == tok.i:
            return None
        doc = ctx.doc
        phrase = set(range(tok.left_edge.i, tok.right_edge.i + 1))
        rest = [t.i for t in head.subtree if t.i not in phrase and not t.is_punct
                and not t.is_space]
        if not rest:
            return None
        if tok.i < min(rest):
            start_tok, end_tok = min(rest), max(rest)
        else:
            start_tok, end_tok = min(rest), max(i for i in rest if i < tok.i)
        start = doc[start_tok].idx
        end = doc[end_tok].idx + len(doc[end_tok].text)
        if any(s < end and start < e for s, e in ctx.quoted):
            return None
        speaker = self._speaker_from_head(ctx, source, tok.i)
        cue_end = to.idx + len(to.text)
        return Quote(ctx.text[start:end], start, end, "indirect", "according to", tok.idx,
                     cue_end, speaker, _sentence(ctx, start), _sentence(ctx, end - 1),
                     "indirect:according_to")

    # ------------------------------------------------------------------ speakers
    def _speaker_of(self, ctx: _Context, verb: Token, content_start: int) -> Speaker | None:
        """The speaker of a speech verb: its subject (inherited through "and said", "saying",
        "adding"), or for a verb whose subject the parse lost to the quote, the noun phrase
        next to it ("said the minister", "the ministry said")."""
        t = verb
        seen = 0
        while seen < 4:
            seen += 1
            subject = next((c for c in t.children if c.dep_ in _SUBJECTS
                            and not ctx.marked[c.idx]), None)
            if t.dep_ == "relcl" and t.head.pos_ in ("NOUN", "PROPN", "PRON") and (
                    subject is None or subject.tag_ in ("WP", "WDT")):
                # "the officials, who said ...": the relative clause's noun.
                return self._speaker_from_head(ctx, t.head, verb.i)
            if subject is not None:
                return self._speaker_from_head(ctx, subject, verb.i)
            if t.dep_ == "acl" and t.head.lemma_.lower() in _STATEMENT_NOUNS and \
                    t.head.dep_ in ("dobj", "obj") and not ctx.marked[t.head.head.idx]:
                t = t.head.head  # "issued a statement urging restraint": the issuer's
                continue
            if t.dep_ in ("conj", "advcl", "xcomp", "parataxis") and t.head.i != t.i \
                    and not ctx.marked[t.head.idx]:
                t = t.head
                if verb.dep_ == "conj" and t.dep_ == "ccomp" and t.head.i != t.i:
                    # "X said the plan was ready but called it ...": the parse joins the
                    # second verb to the reported clause; it is X's.
                    t = t.head
                continue
            break
        # No subject in the parse: the nearest noun phrase beside the verb, outside quotes.
        doc = ctx.doc
        for k in range(verb.i + 1, min(len(doc), verb.i + 4)):
            x = doc[k]
            if ctx.marked[x.idx] or x.text in _ALL_MARKS or x.is_space:
                break
            if x.pos_ in ("PROPN", "NOUN", "PRON") and x.dep_ not in ("dative", "dobj",
                                                                       "npadvmod", "pobj"):
                head = x
                while head.head.i != head.i and head.dep_ in ("compound", "amod", "det",
                                                                "nmod", "poss"):
                    head = head.head
                return self._speaker_from_head(ctx, head, verb.i)
        for k in range(verb.i - 1, max(-1, verb.i - 5), -1):
            x = doc[k]
            if ctx.marked[x.idx] or x.text in _ALL_MARKS:
                break
            if x.pos_ in ("PROPN", "NOUN", "PRON") and not x.is_space and \
                    x.dep_ not in ("dobj", "pobj", "dative"):
                # (not another verb's object: "urging restraint and calling on ...")
                return self._speaker_from_head(ctx, x, verb.i)
        return None

    def _speaker_from_head(self, ctx: _Context, head: Token, verb_i: int) -> Speaker | None:
        doc = ctx.doc
        # "the ministry's statement said", "a statement from the ministry said".
        if head.lemma_.lower() in _STATEMENT_NOUNS:
            owner = next((c for c in head.children if c.dep_ == "poss"), None)
            if owner is None:
                for prep in head.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("from", "for", "of", "by"):
                        owner = next((c for c in prep.children if c.dep_ == "pobj"), None)
                        break
            if owner is not None and head.lemma_.lower() not in ("spokesman", "spokeswoman",
                                                                 "spokesperson"):
                head = owner
        tokens = [t for t in head.subtree if not ctx.marked[t.idx]]
        if not tokens:
            return None
        lo = min(t.i for t in tokens)
        hi = max(t.i for t in tokens)
        if lo <= verb_i <= hi:
            lo, hi = (head.left_edge.i, head.i) if head.i < verb_i else (head.i, hi)
        if head.lower_ == "'s" or head.dep_ == "case":
            return None
        while lo < hi and (doc[lo].is_punct or doc[lo].is_space or doc[lo].text in _ALL_MARKS):
            lo += 1
        while hi > lo and (doc[hi].is_punct or doc[hi].is_space or doc[hi].text in _ALL_MARKS
                           or doc[hi].lower_ == "'s"):
            hi -= 1
        start = doc[lo].idx
        end = doc[hi].idx + len(doc[hi].text)
        phrase = ctx.text[start:end]
        s_index = _sentence(ctx, head.idx)
        sentence = ctx.text[ctx.sentence_starts[s_index]:ctx.sentence_ends[s_index]].lower()
        mention = _best_mention(ctx.mentions, start, end, head.idx)
        basis = "subject"
        antecedent: Speaker | ActorMention | None = mention
        if mention is None or mention.code is None:
            found = self._antecedent(ctx, head, start)
            if found is not None:
                antecedent, basis = found, "coreference"
        anonymous = self._anonymous(ctx, head, phrase, sentence, antecedent)
        name = None
        code = country = sector = None
        if isinstance(antecedent, ActorMention):
            code, country, sector, name = (antecedent.code, antecedent.country, antecedent.sector,
                                           antecedent.name)
            if antecedent.basis == "coreference":
                basis = "coreference"
                # The resolver linked "the official" to its actor; the speaker it continues
                # may say more (an anonymous source stays anonymous).
                earlier = self._antecedent(ctx, head, start)
                if isinstance(earlier, Speaker) and earlier.code == code:
                    anonymous = anonymous or earlier.anonymous
        elif isinstance(antecedent, Speaker):
            code, country, sector, name = (antecedent.code, antecedent.country, antecedent.sector,
                                           antecedent.name)
            anonymous = anonymous or antecedent.anonymous
        if name is None:
            person = next((e for e in ctx.ents if e.label_ == "PERSON"
                           and start <= e.start_char and e.end_char <= end), None)
            name = person.text if person is not None else None
        return Speaker(phrase, start, end, code, country, sector, name, anonymous, basis)

    def _antecedent(self, ctx: _Context, head: Token,
                    offset: int) -> Speaker | ActorMention | None:
        """ "he", "the minister", "the official", a bare surname: the latest earlier speaker or
        actor mention that fits."""
        low = head.lower_
        placed: list[tuple[int, Speaker | ActorMention]] = [
            (at, s) for at, s in ctx.speakers if s.end <= offset and at < offset]
        placed += [(m.start, m) for m in ctx.mentions if m.end <= offset and m.code is not None
                   and m.basis != "location"]
        placed.sort(key=lambda x: x[0])
        pool = [x for _, x in placed]
        if low in _PRONOUNS:
            if low in ("he", "she", "i"):
                fits = [x for x in pool if _is_person(x)]
            else:
                fits = [x for x in pool if not _is_person(x)]
            last = [at for at, x in placed if x in fits]
            return _within(ctx, fits, last[-1] if last else 0, offset)
        determiners = {c.lower_ for c in head.children if c.dep_ in ("det", "poss")}
        if head.pos_ == "NOUN" and determiners & {"the", "this", "that", "these", "those"}:
            lemma = head.lemma_.lower()
            words = {lemma, low}
            fits = [x for x in pool if words & _words(x.text)]
            return fits[-1] if fits else None
        if head.pos_ == "PROPN":
            fits = [x for x in pool if low in _words(x.text) and x.start != head.idx]
            return fits[-1] if fits else None
        return None

    @staticmethod
    def _anonymous(ctx: _Context, head: Token, phrase: str, sentence: str,
                   antecedent: Speaker | ActorMention | None) -> bool:
        if head.ent_type_ == "PERSON" or (isinstance(antecedent, ActorMention)
                                          and antecedent.name and _is_person(antecedent)):
            return False
        low = phrase.lower()
        if any(m in low for m in _ANONYMITY_MARKERS):
            return True
        if head.lower_ in _ANONYMOUS_HEADS:
            determiners = {c.lower_ for c in head.children if c.dep_ in ("det", "nummod")}
            definite = determiners & {"the", "this", "that", "these", "those"}
            if not definite:
                return True
        if head.pos_ in ("NOUN",) and any(m in sentence for m in _ANONYMITY_MARKERS):
            # "a commission official, speaking on condition of anonymity, said"
            s_index = _sentence(ctx, head.idx)
            start, end = ctx.sentence_starts[s_index], ctx.sentence_ends[s_index]
            return not any(e.label_ == "PERSON" for e in ctx.ents
                           if e.start_char >= start and e.end_char <= end)
        return False


# ---------------------------------------------------------------------- helpers
def _content_tokens(parts: Sequence[Token], marked: bytearray) -> list[int]:
    """Token indices of the reported content, without clauses joined to it that quote
    directly ("said the plan was ready but called it "a farce""). Empty when what is left
    still overlaps a quotation."""
    kept: set[int] = set()
    for part in parts:
        tokens = {t.i for t in part.subtree}
        for t in part.subtree:
            if t.dep_ in ("conj", "cc", "advcl", "parataxis") and t.i != part.i:
                sub = list(t.subtree)
                if any(marked[x.idx] for x in sub):
                    tokens -= {x.i for x in sub}
        kept |= tokens
    doc = parts[0].doc
    if not kept:
        return []
    span = range(min(kept), max(kept) + 1)
    if any(marked[doc[i].idx] for i in span):
        return []
    return sorted(kept)


def _is_cue(tok: Token) -> bool:
    # "so-called", "much-called-for": not a cue after a hyphen.
    return tok.pos_ == "VERB" and tok.lemma_.lower() in _QUOTE_CUES and not (
        tok.i > 0 and tok.nbor(-1).text == "-")


def _cue_text(tok: Token | None) -> tuple[str | None, int | None, int | None]:
    if tok is None:
        return None, None, None
    if tok.lower_ == "according":
        to = next((c for c in tok.children if c.lower_ == "to"), None)
        end = to.idx + len(to.text) if to is not None else tok.idx + len(tok.text)
        return "according to", tok.idx, end
    return tok.text, tok.idx, tok.idx + len(tok.text)


def _sentence(ctx: _Context, offset: int) -> int:
    return max(0, bisect.bisect_right(ctx.sentence_starts, offset) - 1)


def _tokens_in(ctx: _Context, start: int, end: int) -> list[Token]:
    lo = bisect.bisect_left(ctx.token_starts, start)
    hi = bisect.bisect_left(ctx.token_starts, end)
    return list(ctx.doc[lo:hi]) if hi > lo else []


def _words(text: str) -> set[str]:
    words = {w.strip(".,'’").lower() for w in text.split()}
    # "officials" finds "the official" and back.
    return words | {w[:-1] for w in words if w.endswith("s")} | {w + "s" for w in words}


def _is_person(x: Speaker | ActorMention) -> bool:
    if isinstance(x, ActorMention):
        return x.basis in ("name", "title", "coreference") and x.name is not None
    return x.name is not None or x.text.lower() in ("he", "she")


def _within(ctx: _Context, fits: list[Speaker | ActorMention], at: int,
            offset: int) -> Speaker | ActorMention | None:
    """The latest candidate, if it was last seen at most three sentences back."""
    if not fits:
        return None
    if _sentence(ctx, offset) - _sentence(ctx, at) <= 3:
        return fits[-1]
    return None


def _best_mention(mentions: Sequence[ActorMention], start: int, end: int,
                  head: int) -> ActorMention | None:
    over = [m for m in mentions if m.start < end and start < m.end and m.basis != "location"]
    if not over:
        return None
    holding = [m for m in over if m.start <= head < m.end and m.code]
    if holding:
        return holding[0]
    # "Marovia's envoy, Elias Brandt": the role (XMVGOV) over the bare country (XMV)
    coded = sorted((m for m in over if m.code), key=lambda m: (not m.sector, m.start))
    return coded[0] if coded else over[0]


def _is_open(text: str, i: int) -> bool:
    ch = text[i]
    if ch in _OPENING:
        return True
    if ch in _CLOSING:
        return False
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() or before in "([{\u2014\u2013-/:":
        return not after.isspace()
    return False


def _direct_spans(text: str) -> list[_Direct]:
    """Quotation-mark pairs, a paragraph left open and reopened counting as one quote."""
    marks = [i for i, ch in enumerate(text) if ch in _ALL_MARKS]
    found: list[_Direct] = []
    open_at: int | None = None
    for i in marks:
        if _is_open(text, i):
            if open_at is not None:
                if "\n" in text[open_at:i] and text[:i].rstrip(" \t").endswith("\n"):
                    continue  # a new paragraph reopening the quote: it continues
                # An unclosed quote followed by another: the first ends at its paragraph.
                para = text.find("\n", open_at)
                _add(found, text, open_at, para if 0 <= para < i else i, closed=False)
            open_at = i
        elif open_at is not None:
            _add(found, text, open_at, i)
            open_at = None
    if open_at is not None:
        para = text.find("\n", open_at)
        _add(found, text, open_at, para if para >= 0 else len(text), closed=False)
    return found


def _add(found: list[_Direct], text: str, open_mark: int, close_mark: int, *,
         closed: bool = True) -> None:
    """A quote from its opening mark to its closing mark (or, left open, to the offset where
    its paragraph or the next quote begins)."""
    start, end = open_mark + 1, close_mark
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    if end > start:
        found.append(_Direct(start, end, open_mark, close_mark if closed else end - 1))


def _right_window_end(text: str, start: int, quoted: Sequence[tuple[int, int]]) -> int:
    """Where the attribution after a quote can end: the next quote, line or full stop."""
    end = len(text)
    nxt = [s for s, _ in quoted if s >= start]
    if nxt:
        end = min(end, min(nxt))
    nl = text.find("\n", start)
    if nl >= 0:
        end = min(end, nl)
    for k in range(start, end):
        if text[k] in ".!?" and (k + 1 >= len(text) or text[k + 1].isspace()):
            return k + 1
    return end


def _left_window_start(text: str, end: int, quoted: Sequence[tuple[int, int]]) -> int:
    """Where the attribution before a quote can start: the last quote, line or full stop."""
    start = 0
    prev = [e for _, e in quoted if e <= end]
    if prev:
        start = max(start, max(prev))
    nl = text.rfind("\n", 0, end)
    if nl >= 0:
        start = max(start, nl + 1)
    for k in range(end - 1, start - 1, -1):
        if text[k] in ".!?" and k + 1 < len(text) and text[k + 1].isspace():
            return k + 1
    return start


# ---------------------------------------------------------------------- evaluation
@dataclass(frozen=True, slots=True)
class QuoteCase:
    """One article of the quote test set, with its gold quotes (dicts as in the JSONL)."""

    id: str
    date: date | None
    holdout: bool
    text: str
    quotes: tuple[dict[str, Any], ...]


def find_quote_cases(explicit: str | Path | None = None) -> Path:
    """The quote test set folder: ``explicit``, else ``tests/data/quote_cases`` of the
    current directory or of the source checkout."""
    candidates = [Path(explicit)] if explicit else [
        Path.cwd() / "tests" / "data" / "quote_cases",
        Path(__file__).resolve().parents[2] / "tests" / "data" / "quote_cases",
    ]
    for path in candidates:
        if path.is_dir():
            return path
    raise ConfigError("no quote test set: pass --data DIR (tests/data/quote_cases in a checkout)")


def load_quote_cases(folder: str | Path) -> list[QuoteCase]:
    """Every ``*.jsonl`` article of ``folder``, its spans checked against its text."""
    cases: list[QuoteCase] = []
    files = sorted(Path(folder).glob("*.jsonl"))
    if not files:
        raise InputError(f"{folder}: no .jsonl files")
    for path in files:
        for line_no, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{path}:{line_no}"
            try:
                row = json.loads(line)
                text = row["text"]
                for q in row["quotes"]:
                    spans = [q] + ([q["speaker"]] if q.get("speaker") else [])
                    for s in spans:
                        if text[s["start"]:s["end"]] != s["text"]:
                            raise InputError(f"{where}: span {s['start']}:{s['end']} is not "
                                             f"{s['text']!r}")
                day = date.fromisoformat(row["date"]) if row.get("date") else None
                cases.append(QuoteCase(row["id"], day, bool(row.get("holdout")), text,
                                       tuple(row["quotes"])))
            except (KeyError, ValueError, TypeError) as exc:
                raise InputError(f"{where}: bad quote case ({exc})") from None
    return cases


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _tally() -> dict[str, int]:
    return {"gold": 0, "predicted": 0, "matched": 0, "gold_speakers": 0,
            "predicted_speakers": 0, "attributed": 0, "cue_right": 0, "anonymous_right": 0}


def _scores(t: dict[str, int]) -> dict[str, Any]:
    def ratio(a: int, b: int) -> float:
        return round(a / b, 4) if b else 0.0

    return {
        "quotes": {"precision": ratio(t["matched"], t["predicted"]),
                   "recall": ratio(t["matched"], t["gold"]),
                   "gold": t["gold"], "predicted": t["predicted"], "matched": t["matched"]},
        "speakers": {"precision": ratio(t["attributed"], t["predicted_speakers"]),
                     "recall": ratio(t["attributed"], t["gold_speakers"]),
                     "gold": t["gold_speakers"], "predicted": t["predicted_speakers"],
                     "correct": t["attributed"]},
        "cue_accuracy": ratio(t["cue_right"], t["matched"]),
        "anonymous_accuracy": ratio(t["anonymous_right"], t["matched"]),
    }


def score_quotes(cases: Sequence[QuoteCase], predictions: Sequence[Sequence[Quote]],
                 *, details: bool = False) -> dict[str, Any]:
    """Quote detection and speaker attribution, per split ("dev", "holdout") and overall.

    Each predicted quote is matched to at most one gold quote, the one its span overlaps most
    (and each gold quote to at most one prediction). Detection: precision over predicted
    quotes, recall over gold quotes. Attribution: a matched prediction is correctly attributed
    when its speaker's span overlaps the gold speaker's span, or its code equals the gold code
    where the gold gives one; precision is over predictions that name a speaker, recall over
    gold quotes that have one.
    """
    tallies = {"dev": _tally(), "holdout": _tally(), "all": _tally()}
    misses: list[dict[str, Any]] = []
    for case, predicted in zip(cases, predictions, strict=True):
        split = "holdout" if case.holdout else "dev"
        pairs: dict[int, int] = {}  # predicted index -> gold index
        options = sorted(
            ((min(p.end, g["end"]) - max(p.start, g["start"]), pi, gi)
             for pi, p in enumerate(predicted) for gi, g in enumerate(case.quotes)
             if _overlaps((p.start, p.end), (g["start"], g["end"]))),
            reverse=True)
        taken: set[int] = set()
        for _, pi, gi in options:
            if pi not in pairs and gi not in taken:
                pairs[pi] = gi
                taken.add(gi)
        counts = _tally()
        counts["gold"] = len(case.quotes)
        counts["predicted"] = len(predicted)
        counts["matched"] = len(pairs)
        counts["gold_speakers"] = sum(1 for g in case.quotes if g.get("speaker"))
        counts["predicted_speakers"] = sum(1 for p in predicted if p.speaker is not None)
        for pi, p in enumerate(predicted):
            g = case.quotes[pairs[pi]] if pi in pairs else None
            good = g is not None and _attributed(p, g)
            counts["attributed"] += good
            if g is not None:
                counts["cue_right"] += (p.cue or None) == g.get("cue")
                gold_anon = bool(g["speaker"] and g["speaker"].get("anonymous"))
                counts["anonymous_right"] += bool(p.speaker and p.speaker.anonymous) == gold_anon
            if details and (g is None or not good) and (p.speaker or g is None):
                misses.append({"case": case.id, "quote": p.text[:70], "kind": p.kind,
                               "predicted": p.speaker.text if p.speaker else None,
                               "code": p.speaker.code if p.speaker else None,
                               "gold": g["speaker"] if g else "no such quote"})
        for gi, g in enumerate(case.quotes):
            if details and gi not in taken:
                misses.append({"case": case.id, "quote": g["text"][:70], "kind": g["kind"],
                               "predicted": "not found", "gold": g["speaker"]})
        for key in ("all", split):
            for name, value in counts.items():
                tallies[key][name] += value
    result: dict[str, Any] = {"articles": len(cases),
                              "holdout_articles": sum(c.holdout for c in cases)}
    for key, t in tallies.items():
        result[key] = _scores(t)
    if details:
        result["misses"] = misses
    return result


def _attributed(p: Quote, g: dict[str, Any]) -> bool:
    gold = g.get("speaker")
    if p.speaker is None or not gold:
        return False
    if _overlaps((p.speaker.start, p.speaker.end), (gold["start"], gold["end"])):
        return True
    return bool(gold.get("code")) and p.speaker.code == gold["code"]


def evaluate_quote_cases(cases: Sequence[QuoteCase], resolver: Any, nlp: Any, *,
                         details: bool = False) -> dict[str, Any]:
    """Parse, resolve and extract the quotes of every case, then :func:`score_quotes`."""
    extractor = QuoteExtractor()
    predictions = []
    for case, doc in zip(cases, nlp.pipe([c.text for c in cases]), strict=True):
        predictions.append(extractor.extract(doc, resolver.resolve(doc, case.date)))
    return score_quotes(cases, predictions, details=details)
