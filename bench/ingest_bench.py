"""Ingest benchmark: articles per second per core and peak RSS, for HTML pages and text scrapes.

    python bench/ingest_bench.py                  # 1k and 50k documents of each kind
    python bench/ingest_bench.py --sizes 1000     # quick run
    python bench/ingest_bench.py --json out.json  # also write the figures as JSON

Each measurement runs in a fresh process (so peak RSS is that run's own) that ingests a
generated corpus of ~500-word documents (bench/generate.py, one file per document) into a new
DuckDB file. Ingest is single-process, so articles/s/core is articles over wall time; CPU time
is reported beside it. Peak RSS comes from getrusage in the child.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import write_corpus  # noqa: E402

CHILD = r"""
import json, resource, sys, time
from eventcoder import ingest, load_options
t0 = time.perf_counter(); c0 = time.process_time()
summary = ingest([sys.argv[1]], db=sys.argv[2], options=load_options())
wall = time.perf_counter() - t0; cpu = time.process_time() - c0
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({"wall": wall, "cpu": cpu, "peak_rss": rss, "summary": summary.as_dict()}))
"""


def measure(kind: str, count: int, workdir: Path, seed: int) -> dict[str, object]:
    corpus = workdir / f"{kind}-{count}"
    if not corpus.exists():
        started = time.perf_counter()
        write_corpus(kind, count, corpus, seed=seed)
        print(f"  generated {count:,} {kind} documents in {time.perf_counter() - started:.1f}s",
              file=sys.stderr)
    db = workdir / f"{kind}-{count}.duckdb"
    db.unlink(missing_ok=True)
    out = subprocess.run([sys.executable, "-c", CHILD, str(corpus), str(db)],
                         check=True, capture_output=True, text=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    summary = result["summary"]
    articles = summary["articles"] + summary["exact_copies"] + summary["near_copies"]
    return {
        "kind": kind,
        "documents": count,
        "articles_stored": summary["articles"],
        "reprints": summary["exact_copies"] + summary["near_copies"],
        "rejected": summary["rejections"],
        "wall_s": round(result["wall"], 2),
        "cpu_s": round(result["cpu"], 2),
        "articles_per_s_per_core": round(articles / result["wall"], 1),
        "articles_per_cpu_s": round(articles / result["cpu"], 1),
        "peak_rss_mb": round(result["peak_rss"] / 2**20, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 50000])
    parser.add_argument("--kinds", nargs="+", default=["html", "text"], choices=["html", "text"])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workdir", type=Path, help="keep corpora here (default: a temp dir)")
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    args = parser.parse_args()

    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="eventcoder-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    rows = []
    try:
        for kind in args.kinds:
            for size in args.sizes:
                print(f"{kind} x {size:,} ...", file=sys.stderr)
                rows.append(measure(kind, size, workdir, args.seed))
                print("  " + json.dumps(rows[-1]), file=sys.stderr)
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)

    header = (f"{'kind':<5} {'docs':>7} {'stored':>7} {'rej':>4} {'wall s':>8} "
              f"{'art/s/core':>11} {'art/cpu-s':>10} {'peak RSS MB':>12}")
    print(header)
    print("-" * len(header))
    for r in rows:
        print(f"{r['kind']:<5} {r['documents']:>7,} {r['articles_stored']:>7,} {r['rejected']:>4} "
              f"{r['wall_s']:>8} {r['articles_per_s_per_core']:>11} {r['articles_per_cpu_s']:>10} "
              f"{r['peak_rss_mb']:>12}")
    for kind in args.kinds:
        sizes = [r for r in rows if r["kind"] == kind]
        if len(sizes) > 1:
            ratio = sizes[-1]["peak_rss_mb"] / sizes[0]["peak_rss_mb"]  # type: ignore[operator]
            print(f"{kind}: peak RSS at {sizes[-1]['documents']:,} / at {sizes[0]['documents']:,}"
                  f" = {ratio:.2f}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
