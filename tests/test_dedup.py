"""Near-duplicate detection: digests, MinHash estimates and LSH candidate bands."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from eventcoder.dedup import MinHasher, article_id, normalise_text, text_digest

WORDS = (
    "minister government talks border troops envoy ceasefire protest police court vote "
    "parliament sanctions embassy rebels election treaty summit capital region army"
).split()


def story(seed: int, n: int = 300) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(WORDS) + (". " if rng.random() < 0.08 else "") for _ in range(n))


def test_digest_ignores_case_layout_and_typographic_quotes() -> None:
    a = "The minister said \u201cno\u201d \u2014 twice.\n\nThen  left."
    b = 'the MINISTER said "no" - twice. then left.'
    assert normalise_text(a) == normalise_text(b)
    assert text_digest(a) == text_digest(b)
    assert text_digest(a) != text_digest("The minister said yes.")


def test_article_id_is_stable_across_processes_and_versions() -> None:
    # sha256, never Python's salted hash(): this value must never change.
    assert article_id("Hello world") == "sha256:b94d27b9934d3e08a52e52d7da7dabfa"


def test_identical_texts_share_every_band() -> None:
    hasher = MinHasher()
    a, b = hasher.signature(story(1)), hasher.signature(story(1))
    assert a.bands == b.bands and a.similarity(b) == 1.0


def test_a_reprint_with_an_edited_sentence_is_near_and_an_unrelated_story_is_not() -> None:
    hasher = MinHasher()
    original = story(2)
    words = original.split()
    words[100:108] = ["the", "foreign", "ministry", "declined", "to", "comment", "on", "it"]
    reprint = " ".join(words)
    sig = hasher.signature(original)
    assert sig.similarity(hasher.signature(reprint)) >= 0.8
    assert set(sig.bands) & set(hasher.signature(reprint).bands)
    assert sig.similarity(hasher.signature(story(3))) < 0.3


def _jaccard(a: str, b: str, n: int = 5) -> float:
    def grams(text: str) -> set[str]:
        words = normalise_text(text).split()
        return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}

    ga, gb = grams(a), grams(b)
    return len(ga & gb) / len(ga | gb)


@settings(max_examples=30, deadline=None)
@given(st.integers(0, 10_000), st.integers(0, 150))
def test_minhash_estimates_jaccard_similarity(seed: int, cut: int) -> None:
    base = story(seed)
    words = base.split()
    other = " ".join(words[cut:] + story(seed + 1, cut).split())
    hasher = MinHasher(permutations=128, bands=16)
    estimate = hasher.signature(base).similarity(hasher.signature(other))
    # 128 permutations: standard error <= 0.045; allow four of them.
    assert abs(estimate - _jaccard(base, other)) < 0.18


def test_short_and_empty_texts_have_signatures() -> None:
    hasher = MinHasher()
    assert hasher.signature("").similarity(hasher.signature("")) == 1.0
    assert hasher.signature("Two words").similarity(hasher.signature("Two words")) == 1.0
