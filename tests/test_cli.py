"""End to end through the CLI on a temp SQLite database: runs, reruns, changes, bad input."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from tests.backends import Backend, Database
from tests.conftest import SEED, Invoke, query

BBC_STYLE = (
    "Rail fares to rise by 3%\n\n"
    "Rail fares in England will rise by an average of 3% in January, the Department for Transport said.\n\n"
    '"Passengers deserve better," said Anthony Smith, chief executive of the watchdog Transport Focus.\n'
)


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_run_seed_loads_document_paragraphs_and_a_run(cli: Invoke, database: Database) -> None:
    result = cli("run", str(SEED.parent), "--json")
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["documents"] == {"inserted": 1}
    assert summary["failed"] == 0
    assert database.query("SELECT count(*) FROM paragraphs") == [(12,)]
    assert database.query("SELECT kind FROM paragraphs WHERE idx IN (6, 8, 11) ORDER BY idx") == [
        ("caption",),
        ("heading",),
        ("footnote",),
    ]
    assert database.query("SELECT status, command FROM runs") == [("ok", f"factpipe run {SEED.parent}")]
    assert result.stderr == ""


def test_offsets_match_sql_substr_for_every_span(cli: Invoke, database: Database, tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(SEED, inputs / SEED.name)
    write(inputs, "curly.txt", "Café “owners” said — in Zürich — prices rose 5%.\r\n\r\n“We’re done,” she said.")
    assert cli("run", str(inputs)).exit_code == 0
    for table in ("paragraphs", "quotes", "figures"):
        mismatched = database.query(
            f"SELECT t.id FROM {table} t JOIN documents d ON d.id = t.document_id "
            "WHERE substr(d.text, t.start_char + 1, t.end_char - t.start_char) != t.text",
        )
        assert mismatched == [], table


def test_rerun_changes_nothing_but_adds_a_run(cli: Invoke, database: Database) -> None:
    assert cli("run", str(SEED)).exit_code == 0
    before = database.snapshot()
    result = cli("run", str(SEED), "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["documents"] == {"unchanged": 1}
    assert database.snapshot() == before
    assert database.query("SELECT count(*) FROM runs") == [(2,)]


def test_changed_article_replaces_its_rows(cli: Invoke, database: Database, tmp_path: Path) -> None:
    article = write(tmp_path, "story.txt", BBC_STYLE)
    assert cli("run", str(article)).exit_code == 0
    old_id = database.query("SELECT id FROM documents")[0][0]
    write(tmp_path, "story.txt", BBC_STYLE.replace("3%", "4%").replace("better", "more"))
    result = cli("run", str(article), "--json")
    assert json.loads(result.stdout)["documents"] == {"replaced": 1}
    documents = database.query("SELECT id, source_uri, text FROM documents")
    assert len(documents) == 1 and documents[0][0] != old_id and "4%" in documents[0][2]
    for table in ("paragraphs", "quotes", "figures", "provenance", "document_sources"):
        stale = database.query(f"SELECT count(*) FROM {table} WHERE document_id = :id", id=old_id)
        assert stale == [(0,)], table
    assert database.query("SELECT count(*) FROM paragraphs") == [(3,)]


def test_identical_files_under_two_names_are_stored_once(cli: Invoke, database: Database, tmp_path: Path) -> None:
    write(tmp_path / "in", "a.txt", BBC_STYLE)
    write(tmp_path / "in", "copy-of-a.txt", BBC_STYLE)
    result = cli("run", str(tmp_path / "in"), "--json")
    assert json.loads(result.stdout)["documents"] == {"inserted": 1, "linked": 1}
    assert database.query("SELECT count(*) FROM documents") == [(1,)]
    sources = database.query("SELECT source_uri FROM document_sources ORDER BY source_uri")
    assert [Path(s).name for (s,) in sources] == ["a.txt", "copy-of-a.txt"]


def test_source_that_stops_duplicating_another_gets_its_own_document(
    cli: Invoke, database: Database, tmp_path: Path
) -> None:
    write(tmp_path / "in", "a.txt", BBC_STYLE)
    write(tmp_path / "in", "b.txt", BBC_STYLE)
    cli("run", str(tmp_path / "in"))
    write(tmp_path / "in", "b.txt", BBC_STYLE + "\nA correction was added.\n")
    result = cli("run", str(tmp_path / "in"), "--json")
    assert json.loads(result.stdout)["documents"] == {"replaced": 1, "unchanged": 1}
    rows = database.query(
        "SELECT s.source_uri, d.source_uri FROM document_sources s JOIN documents d ON d.id = s.document_id",
    )
    assert sorted((Path(s).name, Path(d).name) for s, d in rows) == [("a.txt", "a.txt"), ("b.txt", "b.txt")]


def test_bad_inputs_are_named_and_the_rest_is_loaded(cli: Invoke, database: Database, tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    write(inputs, "good.txt", BBC_STYLE)
    write(inputs, "empty.txt", "")
    (inputs / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00")
    (tmp_path / "nothing").mkdir()
    result = cli("run", str(inputs), str(tmp_path / "nothing"), "--json")
    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    assert summary["documents"] == {"inserted": 1} and summary["failed"] == 3
    for name, problem in [
        ("empty.txt", "empty file"),
        ("photo.txt", "binary file"),
        ("nothing", "folder has no *.txt files"),
    ]:
        assert any(name in line and problem in line for line in result.stderr.splitlines()), (name, result.stderr)
    assert database.query("SELECT status FROM runs") == [("partial",)]


def test_bad_input_never_removes_what_was_loaded(cli: Invoke, database: Database, tmp_path: Path) -> None:
    article = write(tmp_path, "story.txt", BBC_STYLE)
    cli("run", str(article))
    before = database.snapshot()
    article.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00")
    assert cli("run", str(article)).exit_code == 1
    assert database.snapshot() == before


def test_stage_commands_piped_give_the_same_rows_as_run(cli: Invoke, database: Database, backend: Backend) -> None:
    ingested = cli("ingest", str(SEED), db=None)
    segmented = cli("segment", input=ingested.stdout, db=None)
    extracted = cli("extract", input=segmented.stdout, db=None)
    assert [r.exit_code for r in (ingested, segmented, extracted)] == [0, 0, 0]
    assert json.loads(segmented.stdout)["paragraphs"][8]["kind"] == "heading"
    loaded = cli("load", "--json", input=extracted.stdout)
    assert loaded.exit_code == 0, loaded.stderr
    other = backend.new_database()
    cli("run", str(SEED), db=other.url)
    assert database.snapshot(with_times=False) == other.snapshot(with_times=False)


def test_stage_command_reports_a_malformed_line_by_number(cli: Invoke) -> None:
    good = cli("ingest", str(SEED), db=None).stdout
    result = cli("segment", input=good + '{"source_uri": "x"}\n', db=None)
    assert result.exit_code == 1
    assert "stdin line 2: not a Document record" in result.stderr
    assert len(result.stdout.splitlines()) == 1


def test_stats_json_counts_tables_and_lists_runs(cli: Invoke) -> None:
    cli("run", str(SEED))
    result = cli("stats", "--json")
    assert result.exit_code == 0
    stats = json.loads(result.stdout)
    assert stats["tables"]["documents"] == 1 and stats["tables"]["paragraphs"] == 12
    assert stats["runs"][0]["status"] == "ok"
    assert stats["tables"]["provenance"] == stats["tables"]["quotes"] + stats["tables"]["figures"]


def test_stats_refuses_a_database_without_schema_and_creates_nothing(cli: Invoke, database: Database) -> None:
    result = cli("stats")
    assert result.exit_code == 2
    assert "`factpipe migrate` first" in result.stderr
    if database.dialect == "sqlite":
        assert not Path(database.url.removeprefix("sqlite:///")).exists()


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("not a url", "not a usable database URL"),
        ("mysql://reader@localhost/facts", "factpipe stores facts in SQLite or PostgreSQL, not mysql"),
        ("postgresql+pg8000://reader:secret@localhost/facts", "no driver for postgresql+pg8000://reader:***@localhost"),
        ("postgresql+psycopg://reader:secret@127.0.0.1:1/facts", "database error: connection failed"),
    ],
)
def test_database_problems_are_one_line_without_the_password(url: str, message: str) -> None:
    from click.testing import CliRunner

    from pipeline.cli import main

    result = CliRunner().invoke(main, ["run", "--db", url, str(SEED)])
    assert result.exit_code == 2
    assert message in result.stderr and "secret" not in result.stderr
    assert "Traceback" not in result.stderr


def test_migrate_creates_the_schema_then_is_a_no_op(cli: Invoke, database: Database) -> None:
    first = cli("migrate")
    assert first.exit_code == 0 and "empty ->" in first.stdout
    second = cli("migrate")
    assert second.exit_code == 0
    head = first.stdout.split("-> ")[1].split()[0]
    assert f"schema {head} -> {head}" in second.stdout
    assert database.query("SELECT version_num FROM alembic_version") == [(head,)]


def test_db_url_comes_from_the_environment(tmp_path: Path, monkeypatch) -> None:
    from click.testing import CliRunner

    from pipeline.cli import main

    target = tmp_path / "env.sqlite"
    monkeypatch.setenv("FACTPIPE_DB", f"sqlite:///{target}")
    result = CliRunner().invoke(main, ["run", str(SEED)])
    assert result.exit_code == 0
    assert query(target, "SELECT count(*) FROM documents") == [(1,)]


def test_new_extractor_version_reextracts_and_provenance_says_which(
    cli: Invoke, database: Database, monkeypatch
) -> None:
    from pipeline import extract

    assert cli("run", str(SEED)).exit_code == 0
    document_ids = database.query("SELECT id FROM documents")
    quotes_before = database.query("SELECT count(*) FROM quotes")
    bumped = [
        info.model_copy(update={"version": "99.0.0"}) if info.name == "quotes" else info
        for info in extract.EXTRACTOR_INFOS
    ]
    monkeypatch.setattr(extract, "EXTRACTOR_INFOS", bumped)
    monkeypatch.setattr(extract, "CURRENT_VERSIONS", extract.versions_key(bumped))
    result = cli("run", str(SEED), "--json")
    assert json.loads(result.stdout)["documents"] == {"reextracted": 1}
    assert database.query("SELECT id FROM documents") == document_ids
    assert database.query("SELECT count(*) FROM quotes") == quotes_before
    assert database.query("SELECT DISTINCT extractor_version FROM provenance WHERE fact_table = 'quotes'") == [
        ("99.0.0",)
    ]
    assert database.query("SELECT count(*) FROM provenance") == database.query(
        "SELECT (SELECT count(*) FROM quotes) + (SELECT count(*) FROM figures)"
    )
    assert json.loads(cli("run", str(SEED), "--json").stdout)["documents"] == {"unchanged": 1}


def test_workers_give_the_same_rows_as_one_process(
    cli: Invoke, database: Database, backend: Backend, tmp_path: Path
) -> None:
    inputs = tmp_path / "in"
    for number in range(40):
        write(inputs, f"{number:02d}.txt", BBC_STYLE.replace("3%", f"{number}%"))
    shutil.copy(SEED, inputs / SEED.name)
    assert cli("run", str(inputs), "--workers", "2").exit_code == 0
    other = backend.new_database()
    assert cli("run", str(inputs), db=other.url).exit_code == 0
    assert database.snapshot(with_times=False) == other.snapshot(with_times=False)


def test_summary_json_reports_bytes_and_stage_times(cli: Invoke) -> None:
    summary = json.loads(cli("run", str(SEED), "--json").stdout)
    assert summary["text_bytes"] == len(SEED.read_text(encoding="utf-8").encode("utf-8"))
    assert set(summary["stage_seconds"]) == {"ingest", "segment", "extract", "load"}


def test_runs_lists_each_run_with_its_outcome(cli: Invoke, tmp_path: Path) -> None:
    write(tmp_path / "in", "good.txt", BBC_STYLE)
    write(tmp_path / "in", "empty.txt", "")
    cli("run", str(tmp_path / "in"))
    cli("run", str(tmp_path / "in"))
    result = cli("runs", "--json")
    assert result.exit_code == 0
    latest, first = json.loads(result.stdout)
    assert (first["status"], first["loaded"], first["unchanged"], first["failed"]) == ("partial", 1, 0, 1)
    assert (latest["loaded"], latest["unchanged"], latest["failed"], latest["facts_added"]) == (0, 1, 1, 0)
    assert first["facts_added"] > 0 and first["seconds"] >= 0
    table = cli("runs").stdout.splitlines()
    assert table[0].split()[:4] == ["run", "status", "started", "seconds"]
    assert len(table) == 3


def test_speakers_are_rows_quotes_point_to_and_group_across_articles(
    cli: Invoke, database: Database, tmp_path: Path
) -> None:
    write(tmp_path / "in", "a.txt", BBC_STYLE)
    write(tmp_path / "in", "b.txt", BBC_STYLE.replace("better", "faster trains"))
    shutil.copy(SEED, tmp_path / "in" / SEED.name)
    assert cli("run", str(tmp_path / "in")).exit_code == 0
    assert database.query("SELECT count(*) FROM quotes WHERE speaker IS NOT NULL AND speaker_id IS NULL") == [(0,)]
    mismatched = database.query(
        "SELECT q.id FROM quotes q JOIN speakers s ON s.id = q.speaker_id "
        "WHERE s.name != q.speaker OR s.document_id != q.document_id"
    )
    assert mismatched == []
    by_speaker = database.query(
        "SELECT s.name, count(DISTINCT s.document_id), sum(s.quote_count) FROM speakers s GROUP BY s.name ORDER BY s.name"
    )
    assert by_speaker == [("Anthony Smith", 2, 2), ("Hassan Rouhani", 1, 10), ("Pentagon", 1, 2)]


def test_unchanged_rerun_skips_clean_files_before_decoding_them(cli: Invoke, tmp_path: Path, monkeypatch) -> None:
    import pipeline.ingest

    write(tmp_path / "in", "clean.txt", BBC_STYLE)
    (tmp_path / "in" / "windows.txt").write_bytes(BBC_STYLE.replace("3%", "5%").replace("\n", "\r\n").encode())
    assert cli("run", str(tmp_path / "in")).exit_code == 0
    decoded: list[str] = []
    real = pipeline.ingest._text_document
    monkeypatch.setattr(
        pipeline.ingest, "_text_document", lambda raw, source: decoded.append(source) or real(raw, source)
    )
    result = cli("run", str(tmp_path / "in"), "--json")
    assert json.loads(result.stdout)["documents"] == {"unchanged": 2}
    assert [Path(source).name for source in decoded] == ["windows.txt"]


def test_timestamps_are_stored_alike_whichever_insert_path_wrote_them(cli: Invoke, database: Database) -> None:
    assert cli("run", str(SEED)).exit_code == 0
    [(ingested, created)] = database.query(
        "SELECT d.ingested_at, min(p.created_at) FROM documents d JOIN provenance p ON p.document_id = d.id "
        "GROUP BY d.ingested_at"
    )
    assert type(ingested) is type(created)
    if isinstance(created, str):
        sqlalchemy_format = r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}"
        assert re.fullmatch(sqlalchemy_format, created) and re.fullmatch(sqlalchemy_format, ingested)
    else:
        assert created.tzinfo is not None and ingested.tzinfo is not None


def test_a_file_edited_back_to_an_earlier_text_is_loaded_again(cli: Invoke, database: Database, tmp_path: Path) -> None:
    article = write(tmp_path, "story.txt", BBC_STYLE)
    edited = BBC_STYLE.replace("3%", "4%")
    for text, outcome in [(BBC_STYLE, "inserted"), (edited, "replaced"), (BBC_STYLE, "replaced")]:
        write(tmp_path, "story.txt", text)
        result = cli("run", str(article), "--json")
        assert json.loads(result.stdout)["documents"] == {outcome: 1}, text
        assert database.query("SELECT text FROM documents") == [(normalize_text(text),)]


def test_the_same_file_named_twice_is_loaded_once_and_counted_honestly(
    cli: Invoke, database: Database, tmp_path: Path
) -> None:
    """One process reads it twice and says so; the PostgreSQL work queue holds one item per
    source and text, so it is read once."""
    article = write(tmp_path, "story.txt", BBC_STYLE)
    summary = json.loads(cli("run", str(article), str(article), "--json").stdout)
    expected = {"inserted": 1, "unchanged": 1} if database.dialect == "sqlite" else {"inserted": 1}
    assert summary["documents"] == expected
    assert database.query("SELECT count(*) FROM documents") == [(1,)]
    assert database.query("SELECT count(*) FROM provenance") == [(summary["facts_added"],)]


def normalize_text(text: str) -> str:
    from pipeline.ingest import normalize

    return normalize(text)
