"""Documents per second with 1, 2 and 4 `factpipe run` processes sharing one PostgreSQL database.

Each round gets a fresh database on the server named by FACTPIPE_BENCH_POSTGRES_URL (a URL whose
role may create databases, e.g. the one .ci/postgres.sh prints) and starts N processes over the
same corpus at once; they split the work through the work queue.  Not a test: it prints figures.

    FACTPIPE_BENCH_POSTGRES_URL=postgresql+psycopg://factpipe:factpipe@127.0.0.1:5432/postgres \\
        .venv/bin/python bench/postgres_workers.py [CORPUS] [--workers 1 2 4]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpus" / "bbc"


def one_round(server_url: str, corpus: Path, processes: int, batch_size: int) -> tuple[float, int]:
    server = make_url(server_url)
    name = f"factpipe_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = server.set(database=name).render_as_string(hide_password=False)
    try:
        migrate = [sys.executable, "-m", "pipeline", "migrate", "--db", url]
        subprocess.run(migrate, check=True, capture_output=True)
        command = [
            sys.executable,
            "-m",
            "pipeline",
            "run",
            "--db",
            url,
            "--json",
            "--batch-size",
            str(batch_size),
            str(corpus),
        ]
        started = time.perf_counter()
        running = [
            subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for _ in range(processes)
        ]
        for process in running:
            _, err = process.communicate()
            if process.returncode not in (0, 1):
                raise SystemExit(f"factpipe run failed: {err.decode()}")
        seconds = time.perf_counter() - started
        with create_engine(url).connect() as connection:
            items = int(connection.execute(text("SELECT count(*) FROM work_items WHERE state = 'done'")).scalar_one())
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    return seconds, items


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--batch-size", type=int, default=200, help="documents per claim and per transaction")
    args = parser.parse_args()
    server_url = os.environ.get("FACTPIPE_BENCH_POSTGRES_URL")
    if not server_url:
        raise SystemExit("set FACTPIPE_BENCH_POSTGRES_URL (see the docstring)")
    print(f"corpus {args.corpus}, {os.cpu_count()} cores, batch size {args.batch_size}")
    baseline: float | None = None
    for processes in args.workers:
        seconds, items = one_round(server_url, args.corpus, processes, args.batch_size)
        rate = items / seconds
        baseline = baseline or rate
        print(
            f"{processes} process(es): {items} documents in {seconds:.1f} s = {rate:.0f} documents/s "
            f"({rate / baseline:.2f}x one process)"
        )


if __name__ == "__main__":
    main()
