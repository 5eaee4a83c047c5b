"""The exception hierarchy of eventcoder.

Every error a user can cause derives from :class:`EventcoderError`; the CLI turns these into a
one-line message and a non-zero exit. Problems with a single input record are not exceptions at
the batch level: they become :class:`eventcoder.records.Rejection` records, stored and counted.
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "EventcoderError",
    "InputError",
    "ResourceError",
    "StoreError",
]


class EventcoderError(Exception):
    """Base class of every error raised on purpose by eventcoder."""


class ConfigError(EventcoderError):
    """An option or configuration file has a bad value."""


class InputError(EventcoderError):
    """An input path cannot be read at all (missing, unreadable)."""


class StoreError(EventcoderError):
    """The DuckDB store cannot be opened or is not an eventcoder store."""


class ResourceError(EventcoderError):
    """A shipped or user resource file is malformed."""
