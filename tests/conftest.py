"""Shared fixtures: costly objects (the ingester and its models) at session scope, a fresh
DuckDB file per test."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder import Ingester, Options, Store, load_options

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample"
DATA = Path(__file__).resolve().parent / "data"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def options() -> Options:
    return load_options()


@pytest.fixture(scope="session")
def ingester(options: Options) -> Ingester:
    return Ingester(options)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.duckdb"


@pytest.fixture
def store(db_path: Path):
    with Store(db_path) as s:
        yield s
