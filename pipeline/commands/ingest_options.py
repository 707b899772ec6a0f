"""The options that say how inputs are found and read, shared by `run` and `ingest`."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable
from typing import Any, ClassVar

import click

from pipeline.ingest import IngestOptions, JsonlFields
from pipeline.ingest.options import DEFAULT_GLOBS, DEFAULT_MAX_BYTES

_JSONL_ROLES = tuple(field.name for field in dataclasses.fields(JsonlFields))


class ByteSize(click.ParamType):
    """A size in bytes, with an optional K, M or G suffix (binary multiples), as `du -h` writes it."""

    name = "size"
    _SIZE = re.compile(r"(\d+)\s*([KMG]?)i?B?", re.IGNORECASE)
    _FACTORS: ClassVar[dict[str, int]] = {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3}

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int):
            return value
        match = self._SIZE.fullmatch(str(value).strip())
        if not match or int(match[1]) == 0:
            self.fail(f"{value!r} is not a size such as 500K, 16M or 1G", param, ctx)
        return int(match[1]) * self._FACTORS[match[2].upper()]


def _jsonl_fields(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> JsonlFields:
    mapping: dict[str, str] = {}
    for value in values:
        role, sep, key = value.partition("=")
        if not sep or role not in _JSONL_ROLES or not key:
            raise click.BadParameter(
                f"{value!r} is not ROLE=KEY with ROLE one of {', '.join(_JSONL_ROLES)}", ctx, param
            )
        mapping[role] = key
    return JsonlFields(**mapping)


def ingest_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Adds the ingest options to a command and hands it one `IngestOptions` as `options`."""

    @click.option(
        "--glob",
        "globs",
        multiple=True,
        default=DEFAULT_GLOBS,
        show_default=True,
        help="Which files to take from folders (recursive); repeat for more, e.g. --glob '*.html' --glob '*.jsonl.gz'.",
    )
    @click.option(
        "--max-bytes",
        type=ByteSize(),
        default=DEFAULT_MAX_BYTES,
        show_default=True,
        help="Refuse a file, or a JSON Lines record, larger than this once decompressed (JSON Lines files are streamed).",
    )
    @click.option(
        "--jsonl-field",
        "jsonl_fields",
        multiple=True,
        metavar="ROLE=KEY",
        callback=_jsonl_fields,
        help=f"Which key of a JSON Lines record holds ROLE ({', '.join(_JSONL_ROLES)}); dotted keys reach into objects, e.g. source=source.name.",
    )
    @functools.wraps(command)
    def wrapper(*args: Any, globs: tuple[str, ...], max_bytes: int, jsonl_fields: JsonlFields, **kwargs: Any) -> Any:
        return command(
            *args, options=IngestOptions(globs=globs, max_bytes=max_bytes, jsonl_fields=jsonl_fields), **kwargs
        )

    return wrapper
