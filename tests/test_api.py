"""The public API: everything in ``__all__`` exists, and nothing private leaks into it."""

from __future__ import annotations

import eventcoder


def test_exported_members() -> None:
    for name in eventcoder.__all__:
        assert hasattr(eventcoder, name), name
    public = {n for n in dir(eventcoder) if not n.startswith("_") and
              not isinstance(getattr(eventcoder, n), type(eventcoder))}
    assert public <= set(eventcoder.__all__), public - set(eventcoder.__all__)


def test_one_import_runs_ingest(tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "p.txt"
    page.write_text("Police arrested forty protesters in the capital on Tuesday, officials said.")
    summary = eventcoder.ingest([page], db=tmp_path / "s.duckdb")
    assert summary.articles == 1
