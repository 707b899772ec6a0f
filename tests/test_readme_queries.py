"""Every query in the README's "Querying" section runs on the seed database and, where the README
shows its output, prints exactly that, so the examples stay true as the extractors change."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from tests.conftest import ROOT

_SECTION = re.compile(r"^## Querying\n(.*?)(?=^## )", re.MULTILINE | re.DOTALL)
_EXAMPLE = re.compile(r"```sql\n(?P<sql>.*?)```\n(?:\s*```text\n(?P<output>.*?)```\n)?", re.DOTALL)


def readme_examples() -> list[tuple[str, str | None]]:
    section = _SECTION.search((ROOT / "README.md").read_text(encoding="utf-8"))
    assert section is not None, "README.md has no '## Querying' section"
    return [(m["sql"].strip(), m["output"]) for m in _EXAMPLE.finditer(section.group(1))]


EXAMPLES = readme_examples()


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Built the way the README says: `factpipe run seeds/` from the repository root, so
    `source_uri` reads `seeds/…` as in the shown output."""
    url = f"sqlite:///{tmp_path_factory.mktemp('readme') / 'facts.sqlite'}"
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        result = CliRunner().invoke(main, ["run", "seeds/", "--db", url])
    assert result.exit_code == 0, result.output
    return url


def test_readme_has_at_least_six_examples_with_output() -> None:
    assert len(EXAMPLES) >= 6
    assert sum(output is not None for _, output in EXAMPLES) >= 6


@pytest.mark.parametrize(("sql", "output"), EXAMPLES, ids=[f"example{i}" for i in range(1, len(EXAMPLES) + 1)])
def test_readme_query_returns_what_the_readme_shows(seed_db: str, sql: str, output: str | None) -> None:
    result = CliRunner().invoke(main, ["query", sql, "--db", seed_db])
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout.splitlines()) > 2, f"no rows from:\n{sql}"
    if output is not None:
        assert result.stdout == output
