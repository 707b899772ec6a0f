"""Output discipline for cron and scripts: results on stdout, logs on stderr, progress only on a
terminal, JSON logs on request; checked on real processes with real pipes and a real pty."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

from tests.conftest import SEED


def factpipe(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, text=True, check=False)


def test_under_cron_stdout_is_one_summary_line_and_stderr_is_empty(tmp_path: Path) -> None:
    result = factpipe("run", "--db", f"sqlite:///{tmp_path / 'f.sqlite'}", str(SEED))
    assert result.returncode == 0
    assert result.stderr == ""
    assert len(result.stdout.splitlines()) == 1 and result.stdout.startswith("run 1: 1 inserted")


def test_json_summary_and_json_logs_for_scripts_and_shippers(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    database = f"sqlite:///{tmp_path / 'f.sqlite'}"
    result = factpipe("--log-format", "json", "run", "--json", "--db", database, str(SEED), str(empty))
    assert result.returncode == 1
    summary = json.loads(result.stdout)
    assert summary["failed"] == 1 and summary["documents"] == {"inserted": 1}
    [log_line] = result.stderr.splitlines()
    record = json.loads(log_line)
    assert record["level"] == "error" and str(empty) in record["message"] and "empty file" in record["message"]


def test_progress_is_shown_only_when_stderr_is_a_terminal(tmp_path: Path) -> None:
    controller, terminal = pty.openpty()
    try:
        completed = subprocess.run(
            [sys.executable, "-m", "pipeline", "run", "--db", f"sqlite:///{tmp_path / 'f.sqlite'}", str(SEED)],
            stdout=subprocess.PIPE,
            stderr=terminal,
            text=True,
            check=False,
        )
        os.close(terminal)
        shown = b""
        while True:
            try:
                chunk = os.read(controller, 4096)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(controller)
    assert completed.returncode == 0
    assert b"inputs read" in shown
    assert "inputs read" not in completed.stdout
