"""spaCy's attribute ruler, applied by table.

spaCy's English pipelines give each token its coarse part of speech, morphology and some
lemmas with an ``attribute_ruler``: some 180 Matcher patterns, whose matches are set one Span
at a time. On news text that takes a fifth of en_core_web_sm's whole time. Nearly all of the
patterns look at one token's tag, lower-case form, whitespace and dependency label, so what
they set on a token depends on those values alone. :class:`TableAttributes` works that out once
per distinct combination and writes the results for a whole Doc in one array. Patterns of
several tokens still go through a Matcher, and their effects are merged in the ruler's
order, so the annotations are the same as the ruler's.

A ruler with any pattern the table cannot read (operators, regular expressions, extension
attributes, attributes other than these) is run as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc

__all__ = ["TableAttributes", "TableLemmas"]

# What a one-token pattern may test, as columns of ``Doc.to_array``.
_READ = ("TAG", "LOWER", "ORTH", "IS_SPACE", "DEP")
# What a pattern may set.
_WRITE = ("POS", "TAG", "MORPH", "LEMMA", "DEP")

Test = Callable[[tuple[int, ...]], bool]


class TableAttributes:
    """Sets what ``ruler`` would set on each token of a Doc (see the module's docstring)."""

    def __init__(self, ruler: AttributeRuler) -> None:
        from spacy import attrs as spacy_attrs
        from spacy.matcher import Matcher

        self.ruler = ruler
        self.vocab = ruler.vocab
        names = {spacy_attrs.IDS[name]: name for name in _WRITE}
        # one-word patterns: (ruler order, test); what each order sets is in _effects
        self._single: list[tuple[int, Test]] = []
        self._multi = Matcher(self.vocab)
        # patterns of several words: (ruler order, index of the word set, length), and the
        # test of each word: (pattern, position, test)
        self._sequences: list[tuple[int, int, int]] = []
        self._steps: list[tuple[int, int, Test]] = []
        self._effects: list[dict[str, int]] = []
        # the values a pattern names, per column; any other value reads as -1
        self._named: list[set[int]] = [set() for _ in _READ]
        # the regular expressions a pattern tests a column with; a value's matches are kept
        # as bits, and a value no pattern names but some expression matches reads as -1 - bits
        self._regexes: list[list[re.Pattern[str]]] = [[] for _ in _READ]
        self._bits: list[dict[int, int]] = [{} for _ in _READ]
        self.supported = True
        for order, (attrs, index) in enumerate(zip(ruler.attrs, ruler.indices, strict=True)):
            if any(a not in names for a in attrs):
                self.supported = False
                break
            self._effects.append({names[a]: int(v) for a, v in attrs.items()})
            for pattern in ruler.matcher.get(ruler.vocab.strings[str(order)])[1]:
                if len(pattern) > 1:
                    steps = [self._compile(spec) for spec in pattern]
                    if all(steps) and -len(pattern) <= index < len(pattern):
                        # (a test per word of the pattern, read off the rows as one word's)
                        self._sequences.append((order, index % len(pattern), len(pattern)))
                        self._steps.extend((len(self._sequences) - 1, k, step)
                                           for k, step in enumerate(steps) if step is not None)
                    else:
                        self._multi.add(str(order), [pattern])  # as the ruler reads it
                    continue
                test = self._compile(pattern[0]) if index in (0, -1) else None
                if test is None:
                    self.supported = False
                    break
                self._single.append((order, test))
            if not self.supported:
                break
        self._columns = [c for c, named in enumerate(self._named)
                         if named or self._regexes[c]]
        self._read_ids = [spacy_attrs.IDS[_READ[c]] for c in self._columns]
        self._written = sorted({name for effect in self._effects for name in effect},
                               key=_WRITE.index)
        self._write_ids = [spacy_attrs.IDS[name] for name in self._written]
        self._cache: dict[tuple[int, ...], tuple[tuple[int, ...], frozenset[tuple[int, int]]]] = {}
        self._seen: dict[tuple[int, ...], tuple[tuple[int, ...], frozenset[tuple[int, int]]]] = {}

    def _compile(self, spec: dict[str, Any]) -> Test | None:
        """A test of one token's read values, or None when the spec asks for more."""
        tests: list[Test] = []
        for key, want in spec.items():
            name = key.upper()
            if name == "TEXT":
                name = "ORTH"
            if name not in _READ or name == "OP":
                return None
            column = _READ.index(name)
            named = self._named[column]
            if name == "IS_SPACE":
                if not isinstance(want, bool):
                    return None
                named.update((0, 1))
                tests.append(partial(_equals, column, int(want)))
            elif isinstance(want, str):
                wanted = self._id(want)
                named.add(wanted)
                tests.append(partial(_equals, column, wanted))
            elif isinstance(want, dict) and set(want) == {"REGEX"} and \
                    isinstance(want["REGEX"], str) and name != "IS_SPACE":
                bit = 1 << len(self._regexes[column])
                self._regexes[column].append(re.compile(want["REGEX"]))
                tests.append(partial(self._matches, column, bit))
            elif isinstance(want, dict) and set(want) <= {"IN", "NOT_IN"} and all(
                    isinstance(v, list) and all(isinstance(s, str) for s in v)
                    for v in want.values()):
                inside = frozenset(self._id(s) for s in want.get("IN", ()))
                outside = frozenset(self._id(s) for s in want.get("NOT_IN", ()))
                named.update(inside | outside)
                if "IN" in want:
                    tests.append(partial(_within, column, inside))
                if "NOT_IN" in want:
                    tests.append(partial(_without, column, outside))
            else:
                return None
        return partial(_every, tuple(tests))

    def _matches(self, column: int, bit: int, row: tuple[int, ...]) -> bool:
        return bool(self._marks(column, row[column]) & bit)

    def _marks(self, column: int, value: int) -> int:
        """The bits of the column's regular expressions that a value (or a -1 - bits
        stand-in) matches."""
        if value < 0:
            return -1 - value
        found = self._bits[column].get(value)
        if found is None:
            text = self.vocab.strings[value] if value else ""
            found = sum(1 << k for k, rx in enumerate(self._regexes[column]) if rx.search(text))
            self._bits[column][value] = found
        return found

    def _id(self, text: str) -> int:
        return int(self.vocab.strings.add(text)) if text else 0

    def _read(self, row: tuple[int, ...]) -> tuple[tuple[int, ...], frozenset[tuple[int, int]]]:
        """The one-word patterns a row matches (by ruler order) and the (pattern, position)
        words of longer patterns it matches."""
        found = self._cache.get(row)
        if found is None:
            found = self._cache[row] = (
                tuple(order for order, test in self._single if test(row)),
                frozenset((p, k) for p, k, test in self._steps if test(row)))
        return found

    def __call__(self, doc: Doc) -> Doc:
        if not self.supported:
            return self.ruler(doc)
        if not len(doc) or not self._written:
            return doc
        # a row of the five read values; a value no pattern names reads as -1, so one entry
        # of the cache serves every word no pattern names
        read = doc.to_array(self._read_ids).tolist() if self._read_ids else [[]] * len(doc)
        named = [self._named[c] for c in self._columns]
        width = len(_READ)
        found = []
        seen = self._seen  # (the values as read, to what they match: most words recur)
        for values_read in read:
            key = tuple(values_read)
            hit = seen.get(key)
            if hit is None:
                row = [-1] * width
                for c, value, known in zip(self._columns, values_read, named, strict=True):
                    row[c] = value if value in known else -1 - self._marks(c, value) \
                        if self._regexes[c] else -1
                if len(seen) > 500_000:  # (a bound, for a long-running process)
                    seen.clear()
                hit = seen[key] = self._read(tuple(row))
            found.append(hit)
        orders = [single for single, _ in found]
        extra: dict[int, set[int]] = {}
        if self._sequences:
            for start, (_, words) in enumerate(found):
                if not words:
                    continue
                for p, (order, index, length) in enumerate(self._sequences):
                    if (p, 0) in words and start + length <= len(found) and all(
                            (p, k) in found[start + k][1] for k in range(1, length)):
                        extra.setdefault(start + index, set()).add(order)
        if len(self._multi):
            for match_id, start, end in self._multi(doc, allow_missing=True):
                order = int(self.vocab.strings[match_id])
                at = doc[start:end][self.ruler.indices[order]].i
                extra.setdefault(at, set()).add(order)
        for at, more in extra.items():
            orders[at] = tuple(sorted({*orders[at], *more}))
        values = doc.to_array(self._write_ids)
        columns = {name: j for j, name in enumerate(self._written)}
        changed = False
        for i, matched in enumerate(orders):
            for order in matched:  # in the ruler's order: a later pattern has the last word
                for name, value in self._effects[order].items():
                    values[i, columns[name]] = value
                changed = True
        if changed:
            doc.from_array(self._write_ids, values)  # type: ignore[arg-type]
        return doc


class TableLemmas:
    """Sets the lemmas a rule ``lemmatizer`` would set on each token of a Doc.

    The rule lemmatizer's answer depends on a token's form, part of speech and morphology
    alone, but it is asked one Token object at a time, which took a twentieth of
    en_core_web_sm's time on news. This reads those three columns of a whole Doc in one
    array, asks the lemmatizer once per distinct combination, and writes the lemmas in one
    array. As the lemmatizer does, a lemma already set (by the attribute ruler) is kept.
    """

    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self.supported = getattr(lemmatizer, "mode", None) == "rule" and \
            not getattr(lemmatizer, "overwrite", True)
        self._table: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not self.supported:
            return self.lemmatizer(doc)
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3:4].copy()
        table = self._table
        strings = doc.vocab.strings
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma:
                continue
            found = table.get((orth, pos, morph))
            if found is None:
                if len(table) > 500_000:  # (a bound, for a long-running process)
                    table.clear()
                found = table[orth, pos, morph] = int(strings.add(
                    self.lemmatizer.rule_lemmatize(doc[i])[0]))
            lemmas[i, 0] = found
        doc.from_array([LEMMA], lemmas)  # type: ignore[arg-type]
        return doc


def _equals(column: int, value: int, row: tuple[int, ...]) -> bool:
    return row[column] == value


def _within(column: int, values: frozenset[int], row: tuple[int, ...]) -> bool:
    return row[column] in values


def _without(column: int, values: frozenset[int], row: tuple[int, ...]) -> bool:
    return row[column] not in values


def _every(tests: tuple[Test, ...], row: tuple[int, ...]) -> bool:
    return all(test(row) for test in tests)
