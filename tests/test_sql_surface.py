"""The SQL surface through the CLI on a temp database: views, full-text search kept in step with
changed articles, the read-only `query` command, streamed `export`, and reads during a write.

Views, export and the refusal to write run on every backend (`cli`); FTS5, WAL and the table
layout are SQLite's (`factpipe`)."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import sys
import time
import tracemalloc
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from pipeline.cli import main
from pipeline.store.engine import make_engine
from pipeline.store.migrate import alembic_config
from tests.backends import Database
from tests.conftest import SEED, Invoke, query

ARTICLE = (
    "Rail fares to rise by 3%\n\n"
    "Rail fares in England will rise by an average of 3% in January, the Department for Transport said.\n\n"
    '"Passengers deserve better," said Anthony Smith, chief executive of the watchdog Transport Focus.\n'
)


def write(path: Path, body: str) -> Path:
    path.write_text(body, encoding="utf-8")
    return path


def rows(factpipe: Invoke, sql: str) -> list[dict[str, object]]:
    result = factpipe("query", sql, "--json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def search(db_path: Path, table: str, words: str) -> list[int]:
    return [rowid for (rowid,) in query(db_path, f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ?", words)]


def assert_search_in_step(db_path: Path) -> None:
    """FTS5's own check that an external-content index holds exactly its table's rows."""
    with sqlite3.connect(db_path) as connection:
        for table in ("paragraphs_fts", "quotes_fts"):
            connection.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")


def test_quote_facts_carries_paragraph_document_and_provenance(cli: Invoke, database: Database) -> None:
    assert cli("run", str(SEED)).exit_code == 0
    quotes = rows(cli, "SELECT * FROM quote_facts ORDER BY quote_id")
    assert len(quotes) == database.query("SELECT count(*) FROM quotes")[0][0] > 0
    for row in quotes:
        assert row["quote"] in row["paragraph"]
        assert row["source_uri"] == str(SEED)
        assert row["run_id"] == 1 and row["extractor"] == "quotes" and row["extractor_version"]
    assert {"speaker", "cue", "is_partial", "title", "paragraph_kind", "document_sha256"} <= quotes[0].keys()


def test_figure_facts_has_one_row_per_figure_with_its_sentence(cli: Invoke, database: Database) -> None:
    assert cli("run", str(SEED)).exit_code == 0
    figures = rows(cli, "SELECT * FROM figure_facts ORDER BY figure_id")
    assert len(figures) == database.query("SELECT count(*) FROM figures")[0][0] > 0
    assert all(row["figure"] in row["paragraph"] and row["run_id"] == 1 for row in figures)
    placed = [row for row in figures if row["sentence"] is not None]
    assert len(placed) >= 0.9 * len(figures)
    for row in placed:
        assert row["figure"] in row["sentence"] and row["sentence"] in row["paragraph"]
    assert any(row["sentence"] != row["paragraph"] for row in placed)


def test_speaker_figures_pairs_speakers_with_figures_in_their_paragraphs(cli: Invoke, database: Database) -> None:
    assert cli("run", str(SEED)).exit_code == 0
    quoted = database.query("SELECT speaker, paragraph_id FROM quotes WHERE speaker IS NOT NULL")
    figures = database.query("SELECT id, paragraph_id FROM figures")
    expected = sorted({(speaker, fid) for speaker, qp in quoted for fid, fp in figures if qp == fp})
    found = rows(cli, "SELECT speaker, figure_id FROM speaker_figures")
    assert expected and sorted((row["speaker"], row["figure_id"]) for row in found) == expected


def test_search_follows_a_changed_article(factpipe: Invoke, db_path: Path, tmp_path: Path) -> None:
    article = write(tmp_path / "story.txt", ARTICLE)
    assert factpipe("run", str(article)).exit_code == 0
    assert len(search(db_path, "paragraphs", "passengers better")) == 1
    assert len(search(db_path, "quotes", "better")) == 1
    write(article, ARTICLE.replace("better", "cheaper trains"))
    assert json.loads(factpipe("run", str(article), "--json").stdout)["documents"] == {"replaced": 1}
    assert search(db_path, "paragraphs", "better") == [] and search(db_path, "quotes", "better") == []
    assert search(db_path, "paragraphs", "cheaper") == [
        id_ for (id_,) in query(db_path, "SELECT id FROM paragraphs WHERE text LIKE '%cheaper%'")
    ]
    assert len(search(db_path, "quotes", "cheap* train")) == 1
    assert_search_in_step(db_path)


def test_search_follows_updates_and_finds_stems_and_speakers(factpipe: Invoke, db_path: Path, tmp_path: Path) -> None:
    assert factpipe("run", str(write(tmp_path / "story.txt", ARTICLE))).exit_code == 0
    assert search(db_path, "paragraphs", "rising fare") != []
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE paragraphs SET text = replace(text, 'England', 'Wales')")
        connection.execute("UPDATE quotes SET speaker = 'Jane Doe'")
    assert search(db_path, "paragraphs", "england") == [] and len(search(db_path, "paragraphs", "wales")) == 1
    assert len(search(db_path, "quotes", "speaker:doe")) == 1 and search(db_path, "quotes", "speaker:smith") == []
    assert_search_in_step(db_path)


def test_downgrade_and_upgrade_of_a_populated_database_rebuild_search(
    factpipe: Invoke, db_url: str, db_path: Path
) -> None:
    assert factpipe("run", str(SEED)).exit_code == 0
    config = alembic_config()
    engine = make_engine(db_url)
    for target, step in (("0001", command.downgrade), ("head", command.upgrade)):
        with engine.connect() as connection:
            config.attributes["connection"] = connection
            step(config, target)
            connection.commit()
        if target == "0001":
            names = query(db_path, "SELECT name FROM sqlite_master WHERE name LIKE '%fts%' OR type = 'view'")
            assert names == []
    assert len(search(db_path, "paragraphs", "troops")) == 2
    assert_search_in_step(db_path)


def test_query_prints_a_table_json_or_csv(factpipe: Invoke) -> None:
    assert factpipe("migrate").exit_code == 0
    sql = "SELECT 1 AS n, 'Tehran' AS city, NULL AS missing UNION ALL SELECT 22, 'a, \"b\"', 2.5"
    table = factpipe("query", sql)
    assert table.exit_code == 0
    assert table.stdout == 'n   city    missing\n--  ------  -------\n1   Tehran\n22  a, "b"  2.5\n'
    assert json.loads(factpipe("query", sql, "--json").stdout) == [
        {"n": 1, "city": "Tehran", "missing": None},
        {"n": 22, "city": 'a, "b"', "missing": 2.5},
    ]
    assert list(csv.reader(io.StringIO(factpipe("query", sql, "--csv").stdout))) == [
        ["n", "city", "missing"],
        ["1", "Tehran", ""],
        ["22", 'a, "b"', "2.5"],
    ]
    assert factpipe("query", "SELECT 'abcdefghij' AS long", "--max-width", "5").stdout.splitlines()[2] == "abcd…"


def test_query_never_writes(cli: Invoke, database: Database) -> None:
    assert cli("run", str(SEED)).exit_code == 0
    before = database.query("SELECT count(*) FROM quotes")
    for sql in ("DELETE FROM quotes", "CREATE TABLE scratch (x INTEGER)"):
        result = cli("query", sql)
        assert result.exit_code == 2 and "query failed: " in result.stderr, sql
    assert database.query("SELECT count(*) FROM quotes") == before


def test_query_says_why_sqlite_refused_a_write(factpipe: Invoke, db_path: Path) -> None:
    assert factpipe("run", str(SEED)).exit_code == 0
    for sql, refusal in (
        ("DELETE FROM quotes", "attempt to write a readonly database"),
        ("PRAGMA journal_mode = DELETE", "disk I/O error"),
    ):
        assert f"query failed: {refusal}" in factpipe("query", sql).stderr, sql
    assert query(db_path, "PRAGMA journal_mode") == [("wal",)]


def test_query_refuses_bad_sql_missing_databases_and_old_schemas(factpipe: Invoke, db_path: Path, db_url: str) -> None:
    missing = factpipe("query", "SELECT 1")
    assert missing.exit_code == 2 and f"no database at {db_path}" in missing.stderr
    assert not db_path.exists()
    config = alembic_config()
    with make_engine(db_url).connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.commit()
    old = factpipe("query", "SELECT 1")
    assert old.exit_code == 2 and "run `factpipe migrate` first" in old.stderr
    assert factpipe("migrate").exit_code == 0
    bad = factpipe("query", "SELECT nonsense FROM quotes")
    assert bad.exit_code == 2 and "query failed: no such column: nonsense" in bad.stderr


def test_query_reads_while_another_connection_holds_a_write_transaction(factpipe: Invoke, db_url: str) -> None:
    assert factpipe("run", str(SEED)).exit_code == 0
    writer = make_engine(db_url)
    with writer.begin() as connection:
        connection.execute(text("DELETE FROM quotes"))
        connection.execute(text("INSERT INTO runs (started_at, status, command) VALUES ('2026-01-01', 'running', 'x')"))
        started = time.monotonic()
        seen = rows(factpipe, "SELECT (SELECT count(*) FROM runs) AS runs, (SELECT count(*) FROM quotes) AS quotes")
        waited = time.monotonic() - started
        assert seen[0]["runs"] == 1 and seen[0]["quotes"] > 0
        assert waited < 2
    assert rows(factpipe, "SELECT count(*) AS runs FROM runs") == [{"runs": 2}]


@pytest.mark.parametrize("table", ["quotes", "figures"])
def test_export_streams_facts_with_source_and_provenance(cli: Invoke, database: Database, table: str) -> None:
    assert cli("run", str(SEED)).exit_code == 0
    count = database.query(f"SELECT count(*) FROM {table}")[0][0]
    lines = cli("export", "--table", table).stdout.splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == count > 0
    key = "quote_id" if table == "quotes" else "figure_id"
    assert [r[key] for r in records] == sorted(r[key] for r in records)
    for record in records:
        assert record["source_uri"] == str(SEED) and len(record["document_sha256"]) == 64
        assert record["run_id"] == 1 and record["extractor_version"] and record["extracted_at"]
    exported = list(csv.DictReader(io.StringIO(cli("export", "--table", table, "--format", "csv").stdout)))
    assert [row[key] for row in exported] == [str(r[key]) for r in records]


def test_export_memory_stays_bounded_as_the_database_grows(
    factpipe: Invoke, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert factpipe("run", str(write(tmp_path / "story.txt", ARTICLE))).exit_code == 0
    with make_engine(db_url).begin() as connection:
        connection.execute(
            text(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
                "INSERT INTO quotes (document_id, paragraph_id, start_char, end_char, text, is_partial) "
                "SELECT q.document_id, q.paragraph_id, 0, 1000, replace(hex(zeroblob(500)), '00', i % 10 || 'x'), 0 "
                "FROM n, (SELECT * FROM quotes LIMIT 1) q"
            )
        )

    class Sink(io.TextIOBase):
        written = 0

        def write(self, chunk: str) -> int:
            self.written += len(chunk)
            return len(chunk)

    sink = Sink()
    monkeypatch.setattr(sys, "stdout", sink)
    tracemalloc.start()
    try:
        main.main(["export", "--table", "quotes", "--db", db_url], standalone_mode=False)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert sink.written > 20_000 * 1_000
    assert peak < sink.written / 10
