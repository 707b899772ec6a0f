"""End-to-end throughput over the BBC corpus: a fresh SQLite database, then an unchanged rerun.

Prints articles/s, MB of text/s, facts/s, peak RSS and the share of time per stage, beside the
floor this machine sets: reading, hashing and inserting the raw text with no processing at all.
Not a test: it prints figures for the issue notes.

    .venv/bin/python bench/throughput.py [CORPUS] [--workers N]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpus" / "bbc"


def raw_floor(corpus: Path, db_path: Path) -> tuple[float, float]:
    """Seconds to read, hash and insert every file's text; and to read and hash only."""
    files = sorted(corpus.rglob("*.txt"))
    started = time.perf_counter()
    with sqlite3.connect(db_path) as connection:
        connection.execute("CREATE TABLE raw (path TEXT, sha256 TEXT, text TEXT)")
        for path in files:
            text = path.read_bytes().decode("utf-8")
            connection.execute(
                "INSERT INTO raw VALUES (?, ?, ?)", (str(path), hashlib.sha256(text.encode()).hexdigest(), text)
            )
    insert_seconds = time.perf_counter() - started
    started = time.perf_counter()
    for path in files:
        hashlib.sha256(path.read_bytes()).hexdigest()
    return insert_seconds, time.perf_counter() - started


_BARE_READ_HASH = (
    "import hashlib, pathlib, sys\n"
    "for path in sorted(pathlib.Path(sys.argv[1]).rglob('*.txt')):\n"
    "    hashlib.sha256(path.read_bytes()).hexdigest()\n"
)


def startup_floor(corpus: Path) -> tuple[float, float]:
    """Wall seconds of a bare interpreter, and of one that lists, reads and hashes the corpus:
    what any Python cron job pays, the fair yardstick for a whole `factpipe run` command."""
    seconds = []
    for command in ([sys.executable, "-c", "pass"], [sys.executable, "-c", _BARE_READ_HASH, str(corpus)]):
        started = time.perf_counter()
        subprocess.run(command, check=True)
        seconds.append(time.perf_counter() - started)
    return seconds[0], seconds[1]


def timed_run(corpus: Path, db_path: Path, workers: int) -> tuple[dict[str, object], float, float]:
    """One `factpipe run` in a child process; returns its summary, wall seconds and peak RSS MB."""
    command = [sys.executable, "-m", "pipeline", "run", "--db", f"sqlite:///{db_path}", "--json"]
    command += ["--workers", str(workers), str(corpus)]
    started = time.perf_counter()
    completed = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if completed.returncode not in (0, 1):
        raise SystemExit(f"factpipe run failed ({completed.returncode}): {completed.stderr}")
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return json.loads(completed.stdout), seconds, peak_mb


def report(
    label: str, summary: dict[str, object], seconds: float, peak_mb: float, articles: int, megabytes: float
) -> float:
    """Print one run's figures; returns its seconds inside the run, as its summary reports them."""
    stages = summary["stage_seconds"]
    assert isinstance(stages, dict)
    total_stage = sum(stages.values()) or 1.0
    shares = ", ".join(f"{stage} {100 * s / total_stage:.0f}%" for stage, s in stages.items())
    facts = int(summary["facts_added"])  # type: ignore[arg-type]
    print(
        f"{label}: {seconds:.2f} s wall, {articles / seconds:.0f} articles/s, {megabytes / seconds:.2f} MB/s, "
        f"{facts / seconds:.0f} facts/s ({facts} facts), peak RSS of any run so far {peak_mb:.0f} MB"
    )
    print(f"  documents {summary['documents']}, failed {summary['failed']}; stage time: {shares}")
    return float(summary["seconds"])  # type: ignore[arg-type]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    if not args.corpus.is_dir():
        raise SystemExit(f"no corpus at {args.corpus} (see ../shared/data/README.md)")
    files = sorted(args.corpus.rglob("*.txt"))
    megabytes = sum(p.stat().st_size for p in files) / 1e6
    print(f"corpus: {len(files)} articles, {megabytes:.2f} MB, workers {args.workers}")
    with tempfile.TemporaryDirectory() as folder:
        insert_s, hash_s = raw_floor(args.corpus, Path(folder) / "raw.sqlite")
        print(
            f"floor: read+hash+insert raw text {insert_s:.2f} s ({megabytes / insert_s:.1f} MB/s); "
            f"read+hash only {hash_s:.2f} s"
        )
        db_path = Path(folder) / "facts.sqlite"
        summary, seconds, peak = timed_run(args.corpus, db_path, args.workers)
        inside = report("first run", summary, seconds, peak, len(files), megabytes)
        print(
            f"  {inside:.2f} s inside the run, {megabytes / inside:.2f} MB/s (target >= 2 MB/s); the rest is "
            f"interpreter start-up and creating the database"
        )
        print(f"  {seconds / insert_s:.1f}x the raw floor (target <= 8x)")
        summary, seconds, peak = timed_run(args.corpus, db_path, args.workers)
        inside = report("unchanged rerun", summary, seconds, peak, len(files), megabytes)
        print(
            f"  {inside:.2f} s inside the run = {inside / hash_s:.1f}x read+hash (target <= 1.5x); "
            f"{seconds / hash_s:.1f}x with interpreter start-up"
        )
        bare_s, bare_read_hash_s = startup_floor(args.corpus)
        print(
            f"  whole command {seconds:.2f} s = {seconds / bare_read_hash_s:.1f}x a bare python that lists, reads and "
            f"hashes the corpus ({bare_read_hash_s:.2f} s, of which interpreter start-up {bare_s:.2f} s)"
        )


if __name__ == "__main__":
    main()
