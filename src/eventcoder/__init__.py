"""eventcoder: an open political event data engine.

News in (saved pages, text scrapes, dumps, WARC), clean dated articles out, stored in an
embedded DuckDB file; later stages code who did what to whom in CAMEO and PLOVER.

>>> import eventcoder
>>> summary = eventcoder.ingest(["sample/"], db="sample.duckdb")  # doctest: +SKIP
"""

__version__ = "0.1.0"

from .config import Options, load_options
from .errors import ConfigError, EventcoderError, InputError, ResourceError, StoreError
from .ingest import Cleaner, Ingester, IngestSummary, ingest
from .readers import Reader
from .records import Article, Copy, Document, Reason, Rejection
from .scrape import Scrape, clean_scrape
from .store import Store

__all__ = [
    "Article",
    "Cleaner",
    "ConfigError",
    "Copy",
    "Document",
    "EventcoderError",
    "IngestSummary",
    "Ingester",
    "InputError",
    "Options",
    "Reader",
    "Reason",
    "Rejection",
    "ResourceError",
    "Scrape",
    "Store",
    "StoreError",
    "__version__",
    "clean_scrape",
    "ingest",
    "load_options",
]
