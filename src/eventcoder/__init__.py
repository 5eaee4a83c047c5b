"""eventcoder: an open political event data engine.

News in (saved pages, text scrapes, dumps, WARC), clean dated articles out, stored in an
embedded DuckDB file; then who did what to whom (CAMEO and PLOVER), who said what, and where.

>>> import eventcoder
>>> summary = eventcoder.ingest(["sample/"], db="sample.duckdb")  # doctest: +SKIP
>>> coder = eventcoder.CodingPipeline(eventcoder.load_options())  # doctest: +SKIP
>>> [e.cameo for e in coder.code_text("Kenyan police arrested 40 protesters.").events]  # +SKIP
['173']
"""

__version__ = "0.1.0"

from .config import Options, load_options
from .errors import ConfigError, EventcoderError, InputError, ResourceError, StoreError
from .events import Event, EventCoder
from .ingest import Cleaner, Ingester, IngestSummary, ingest
from .pipeline import CodedArticle, CodingPipeline
from .readers import Reader
from .records import Article, Copy, Document, Reason, Rejection
from .scrape import Scrape, clean_scrape
from .store import Store

__all__ = [
    "Article",
    "Cleaner",
    "CodedArticle",
    "CodingPipeline",
    "ConfigError",
    "Copy",
    "Document",
    "Event",
    "EventCoder",
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
