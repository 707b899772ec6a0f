"""Every command a user can type is documented in the README, with every option of `run`."""

from __future__ import annotations

import re

import click
import pytest

from pipeline.cli import main
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: str) -> list[str]:
    names: list[str] = []
    for name, command in group.commands.items():
        full = f"{prefix} {name}"
        names += _commands(command, full) if isinstance(command, click.Group) else [full]
    return names


@pytest.mark.parametrize("command", _commands(main, "factpipe"))
def test_command_is_in_the_readme(command: str) -> None:
    """Named in full, or as `factpipe group a|b|c` on one line."""
    group, _, leaf = command.rpartition(" ")
    assert command in README or any(
        f"{group} " in line and re.search(rf"[ |\\]{leaf}\b", line) for line in README.splitlines()
    ), command


@pytest.mark.parametrize("option", [o for p in main.commands["run"].params for o in p.opts if o.startswith("--")])
def test_run_option_is_in_the_readme(option: str) -> None:
    assert option in README, option
