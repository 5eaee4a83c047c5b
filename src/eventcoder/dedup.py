"""Exact and near-duplicate detection for reprints: normalised digests, MinHash and LSH bands.

One wire story appears on many sites with different clutter, a trimmed paragraph or a changed
word. Exact copies share the sha256 of the normalised text. Near copies share many word
shingles: each article gets a MinHash signature of its word n-gram shingles, cut into bands;
two articles whose Jaccard similarity is high agree on a whole band with high probability, so
candidates are found by equality lookups on band keys (in the store, by a join) and never by
comparing all pairs. Candidates are confirmed on the estimated Jaccard similarity.

With 128 permutations in 16 bands of 8 rows, pairs at similarity 0.8 become candidates with
probability 0.95, at 0.9 with probability 0.9997, and at 0.5 with probability 0.06.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import zlib
from dataclasses import dataclass

import numpy as np

__all__ = [
    "MinHasher", "Signature", "article_id", "id_from_digest", "normalise_text", "text_digest",
]

_WORD = re.compile(r"\w+", re.UNICODE)
# str.translate looks every character up in a dict; a few C-level replaces are ten times faster.
_REPLACEMENTS = (("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'),
                 ("\u2013", "-"), ("\u2014", "-"))
_MASK32 = np.uint64(0xFFFFFFFF)
# Odd 64-bit multipliers, one per word position, to combine word hashes into n-gram hashes.
_POSITION_MULTIPLIERS = np.array(
    [0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93,
     0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53, 0x94D049BB133111EB, 0xBF58476D1CE4E5B9],
    dtype=np.uint64,
)


def normalise_text(text: str) -> str:
    """Case-fold, unify quotes/dashes and collapse white space: the form digests are taken of."""
    text = unicodedata.normalize("NFKC", text)
    if not text.isascii():
        for old, new in _REPLACEMENTS:
            text = text.replace(old, new)
    return " ".join(text.casefold().split())


def text_digest(text: str) -> str:
    """sha256 of the normalised text: equal for copies that differ only in layout or case."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def id_from_digest(digest: str) -> str:
    """The stable id of an article that came without one: a prefix of its text digest."""
    return "sha256:" + digest[:32]


def article_id(text: str) -> str:
    """The stable id of an article that came without one, from its text."""
    return id_from_digest(text_digest(text))


@dataclass(frozen=True, slots=True)
class Signature:
    """A MinHash signature and its LSH band keys (signed 64-bit, as stored in DuckDB)."""

    values: bytes  # uint32 little-endian, one per permutation
    bands: tuple[int, ...]

    def similarity(self, other: Signature) -> float:
        a = np.frombuffer(self.values, dtype="<u4")
        b = np.frombuffer(other.values, dtype="<u4")
        return float(np.count_nonzero(a == b)) / len(a)


class MinHasher:
    """MinHash over word n-gram shingles with multiply-shift hashing (universal, vectorised)."""

    def __init__(self, permutations: int = 128, bands: int = 16, shingle_words: int = 5,
                 seed: int = 20250101) -> None:
        if permutations % bands:
            raise ValueError("permutations must be a multiple of bands")
        rng = np.random.default_rng(seed)
        # Odd multipliers make h(x) = (a*x + b) >> 32 a universal family on 32-bit keys.
        self._a = rng.integers(1, 2**63, size=permutations, dtype=np.uint64) | np.uint64(1)
        self._b = rng.integers(0, 2**63, size=permutations, dtype=np.uint64)
        self.permutations = permutations
        self.bands = bands
        self.rows = permutations // bands
        self.shingle_words = shingle_words
        self._seed = seed.to_bytes(8, "little", signed=False)
        # News reuses its words: hashing each distinct word once saves most of the hashing.
        # Bounded, and per instance, so memory stays flat and no state is shared.
        self._word_hashes: dict[str, int] = {}

    def _shingles(self, text: str) -> np.ndarray:
        """32-bit keys of the distinct word n-grams of the text (fewer words: one key)."""
        words = _WORD.findall(normalise_text(text))
        if not words:
            return np.empty(0, dtype=np.uint64)
        # One CRC per word (C speed, stable across processes), then n-grams combined in numpy.
        cache = self._word_hashes
        if len(cache) > 200_000:
            cache.clear()
        hashes = np.fromiter(
            (cache.get(w) or cache.setdefault(w, zlib.crc32(w.encode())) for w in words),
            dtype=np.uint64, count=len(words),
        )
        n = min(self.shingle_words, len(words))
        count = len(words) - n + 1
        grams = np.zeros(count, dtype=np.uint64)
        with np.errstate(over="ignore"):
            for k in range(n):
                grams += hashes[k:k + count] * _POSITION_MULTIPLIERS[k % len(_POSITION_MULTIPLIERS)]
        return np.unique(grams >> np.uint64(32))

    def signature(self, text: str) -> Signature:
        keys = self._shingles(text)
        if keys.size == 0:
            values = np.full(self.permutations, 0xFFFFFFFF, dtype="<u4")
        else:
            with np.errstate(over="ignore"):
                hashed = (np.multiply.outer(keys, self._a) + self._b) >> np.uint64(32)
            values = (hashed & _MASK32).min(axis=0).astype("<u4")
        raw = values.tobytes()
        step = self.rows * 4
        bands = tuple(
            int.from_bytes(
                hashlib.blake2b(bytes([i]) + raw[i * step:(i + 1) * step], digest_size=8,
                                key=self._seed).digest(),
                "little",
                signed=True,
            )
            for i in range(self.bands)
        )
        return Signature(raw, bands)
