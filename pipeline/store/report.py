"""What `stats` and `runs` show: row counts, and each run's outcome as cron and people read it."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from sqlalchemy import Engine, func, select

from pipeline.store.schema import Base, Run

PUBLIC_TABLES = (
    "documents",
    "document_sources",
    "paragraphs",
    "sentences",
    "speakers",
    "quotes",
    "figures",
    "provenance",
    "runs",
)
_LOADED = ("inserted", "replaced", "reextracted", "linked")


@dataclass(frozen=True)
class RunReport:
    id: int
    status: str
    started_at: str
    seconds: float | None
    loaded: int
    unchanged: int
    failed: int
    facts_added: int
    command: str

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def table_counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        return {
            name: int(connection.execute(select(func.count()).select_from(Base.metadata.tables[name])).scalar_one())
            for name in PUBLIC_TABLES
        }


def _report(row: Run) -> RunReport:
    stats = json.loads(row.stats_json) if row.stats_json else {}
    documents: dict[str, int] = stats.get("documents", {})
    seconds = (row.finished_at - row.started_at).total_seconds() if row.finished_at else None
    return RunReport(
        id=row.id,
        status=row.status,
        started_at=row.started_at.isoformat(timespec="seconds"),
        seconds=round(seconds, 3) if seconds is not None else None,
        loaded=sum(documents.get(outcome, 0) for outcome in _LOADED),
        unchanged=documents.get("unchanged", 0),
        failed=int(stats.get("failed", 0)),
        facts_added=int(stats.get("facts_added", 0)),
        command=row.command,
    )


def recent_runs(engine: Engine, limit: int) -> list[RunReport]:
    runs = Base.metadata.tables["runs"]
    with engine.connect() as connection:
        rows = connection.execute(select(runs).order_by(runs.c.id.desc()).limit(limit))
        return [_report(row) for row in rows]  # type: ignore[arg-type]


def format_runs(reports: list[RunReport]) -> list[str]:
    lines = [
        f"{'run':>5}  {'status':<8} {'started':<19} {'seconds':>8} {'loaded':>7} {'skipped':>8} {'failed':>7} {'facts+':>8}  command"
    ]
    for r in reports:
        seconds = f"{r.seconds:.2f}" if r.seconds is not None else "-"
        lines.append(
            f"{r.id:>5}  {r.status:<8} {r.started_at:<19} {seconds:>8} {r.loaded:>7} {r.unchanged:>8} {r.failed:>7} "
            f"{r.facts_added:>8}  {r.command}"
        )
    return lines
