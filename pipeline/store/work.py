"""The work queue that lets several `factpipe run` processes, on several machines, share one
PostgreSQL database without a coordinator (the pattern of procrastinate and pgqueuer).

Every run enqueues what it reads (idempotently: one item per source, text and extractor
versions), then claims items with `SELECT … FOR UPDATE SKIP LOCKED` under a lease.  The load of a
claimed batch and its "done" mark commit in one transaction, so a worker killed mid-batch loses
nothing: its lease runs out and another worker takes the items again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, Table, and_, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert

from pipeline.ingest.options import FileStat
from pipeline.load import STAT_COLUMNS, SourceStats
from pipeline.models import Document
from pipeline.store import schema

_items: Table = schema.WorkItem.__table__  # type: ignore[assignment]
MAX_ATTEMPTS = 3


@dataclass(frozen=True)
class Claimed:
    id: int
    document: Document
    stat: FileStat | None
    """The stat of the file the document was read from, to be stored with it (see `SourceStats`)."""


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def enqueue(engine: Engine, documents: Sequence[Document], versions: str, run_id: int, stats: SourceStats) -> None:
    """Queue documents the caller found not loaded in their current form.  An item already done
    or failed for the same text goes back to pending: the text was loaded once and replaced
    since (a file edited back), or it failed and deserves another try; an item pending or held
    by a live worker is left alone, with the stat its enqueuer took before reading the same text."""
    if not documents:
        return
    now = _now()
    rows = []
    for d in documents:
        stat = stats.get((d.source_uri, d.sha256))
        rows.append(
            {
                "source_uri": d.source_uri,
                "sha256": d.sha256,
                "extracted_with": versions,
                "payload": d.model_dump_json(),
                "state": "pending",
                "attempts": 0,
                "run_id": run_id,
                "updated_at": now,
                **dict(zip(STAT_COLUMNS, stat or (None,) * len(STAT_COLUMNS), strict=True)),
            }
        )
    insert = pg_insert(_items)
    statement = insert.on_conflict_do_update(
        index_elements=["source_uri", "sha256", "extracted_with"],
        set_={
            "state": "pending",
            "payload": insert.excluded.payload,
            "attempts": 0,
            "problem": None,
            "claimed_by": None,
            "lease_until": None,
            "run_id": insert.excluded.run_id,
            "updated_at": insert.excluded.updated_at,
            **{name: insert.excluded[name] for name in STAT_COLUMNS},
        },
        where=or_(_items.c.state == "done", _items.c.state == "failed"),
    )
    with engine.begin() as connection:
        connection.execute(statement, rows)


def _expired() -> object:
    return and_(_items.c.state == "claimed", _items.c.lease_until < func.now())


def claim(engine: Engine, worker: str, limit: int, lease: dt.timedelta) -> list[Claimed]:
    """Take up to `limit` items nobody holds: pending ones, or ones whose holder's lease ran out
    (it died).  Items that already cost MAX_ATTEMPTS leases are given up as failed."""
    with engine.begin() as connection:
        connection.execute(
            update(_items)
            .where(_expired(), _items.c.attempts >= MAX_ATTEMPTS)
            .values(state="failed", problem=f"given up after {MAX_ATTEMPTS} expired leases", payload=None)
        )
        free = (
            select(_items.c.id)
            .where(or_(_items.c.state == "pending", _expired()))
            .order_by(_items.c.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
            .scalar_subquery()
        )
        rows = connection.execute(
            update(_items)
            .where(_items.c.id.in_(free))
            .values(
                state="claimed",
                claimed_by=worker,
                lease_until=func.now() + lease,
                attempts=_items.c.attempts + 1,
                updated_at=_now(),
            )
            .returning(_items.c.id, _items.c.payload, *(_items.c[name] for name in STAT_COLUMNS))
        ).all()
    claimed = [
        Claimed(row.id, Document.model_validate_json(row.payload), None if row[2] is None else FileStat(*row[2:]))
        for row in rows
    ]
    return sorted(claimed, key=lambda c: c.id)


def finish(connection: Connection, worker: str, done: Sequence[int], failed: dict[int, str]) -> None:
    """Mark a batch inside the transaction that stored its results; only while still held."""
    held = and_(_items.c.claimed_by == worker, _items.c.state == "claimed")
    if done:
        connection.execute(
            update(_items).where(held, _items.c.id.in_(done)).values(state="done", payload=None, updated_at=_now())
        )
    for item_id, problem in failed.items():
        connection.execute(
            update(_items)
            .where(held, _items.c.id == item_id)
            .values(state="failed", problem=problem, payload=None, updated_at=_now())
        )


def outstanding(engine: Engine) -> tuple[int, float | None]:
    """How many items are pending or held by live leases, and seconds until the first lease ends."""
    with engine.connect() as connection:
        row = connection.execute(
            select(
                func.count(),
                func.min(func.extract("epoch", _items.c.lease_until - func.now())),
            ).where(_items.c.state.in_(("pending", "claimed")))
        ).one()
    return int(row[0]), (float(row[1]) if row[1] is not None else None)
