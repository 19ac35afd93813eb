"""Load and validate scenario files; report the exact bad field (wire names, list indexes) and the file.

``load_scenario(None)`` is the shipped default (``default.json`` beside this module), ``load_scenario(path)``
reads a file, ``load_scenario(dict)`` validates data already in memory (``POST /_mock/scenario``).
"""

from __future__ import annotations

import functools
import json
import os
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from zltoolkit.api import field_path

from .models import Scenario

DEFAULT_RESOURCE = "default.json"
_MAX_REPORTED = 10  # errors listed in one message; the rest are counted


class ScenarioError(ValueError):
    """A scenario that cannot be used. ``str(err)`` names the source and the first bad field path.

    ``errors`` holds every ``(path, message)`` found, ``path`` in wire form: ``offerings[3].stock.PREPAID``.
    """

    def __init__(self, source: str, errors: list[tuple[str, str]]) -> None:
        self.source = source
        self.errors = errors
        lines = [f"{path}: {msg}" if path else msg for path, msg in errors[:_MAX_REPORTED]]
        if len(errors) > _MAX_REPORTED:
            lines.append(f"... and {len(errors) - _MAX_REPORTED} more")
        head = f"invalid scenario {source}: " if len(lines) == 1 else f"invalid scenario {source}:\n  "
        super().__init__(head + "\n  ".join(lines))

    @property
    def path(self) -> str:
        """The first bad field's path ('' when the problem is not a field, e.g. bad JSON)."""
        return self.errors[0][0] if self.errors else ""


def _path(loc: tuple[Any, ...]) -> str:
    """Wire form of a location (``offerings[3].stock``); '' for the scenario itself."""
    return field_path(loc) if loc else ""


def _errors(exc: ValidationError) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for err in exc.errors(include_url=False, include_input=False):
        loc = tuple(p for p in err["loc"] if not str(p).startswith("function-"))
        msg = str(err["msg"])
        if loc and loc[-1] == "[key]":  # a bad dict key (e.g. a stock charge type): name the key itself
            loc, msg = loc[:-1], f"invalid key: {msg}"
        if err["type"] == "value_error":
            # Our own validators (models.py) raise "path: reason" messages relative to the model they check.
            msg = msg.removeprefix("Value error, ")
            inner, sep, reason = msg.partition(": ")
            if sep and inner and " " not in inner:
                sub = _path(loc)
                full = f"{sub}.{inner}" if sub and not inner.startswith("[") else f"{sub}{inner}"
                found.append((full, reason))
                continue
        found.append((_path(loc), msg))
    return found


def _validate(data: Any, source: str) -> Scenario:
    if isinstance(data, Scenario):
        return data
    if not isinstance(data, dict):
        raise ScenarioError(source, [("", f"the scenario must be a JSON object, not {type(data).__name__}")])
    try:
        return Scenario.model_validate(data)
    except ValidationError as exc:
        raise ScenarioError(source, _errors(exc)) from None


def parse_scenario_text(text: str | bytes, source: str = "<text>") -> Scenario:
    """Validate a scenario given as JSON text; syntax errors are reported with line and column."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ScenarioError(
            source, [("", f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}")]
        ) from None
    except UnicodeDecodeError as exc:
        raise ScenarioError(source, [("", f"the file is not UTF-8: {exc.reason}")]) from None
    return _validate(data, source)


def load_scenario(source: str | Path | dict[str, Any] | Scenario | None = None) -> Scenario:
    """The scenario from ``source``: None -> the shipped default, a path -> that JSON file, a dict -> it.

    Raises ScenarioError (a ValueError) naming the file and the exact bad field.
    """
    if source is None:
        return default_scenario()
    if isinstance(source, Scenario):
        return source
    if isinstance(source, dict):
        return _validate(source, "<dict>")
    if not isinstance(source, str | os.PathLike):  # e.g. a posted JSON list: not a scenario
        return _validate(source, f"<{type(source).__name__}>")
    path = Path(source)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ScenarioError(str(path), [("", f"cannot read the file: {exc.strerror or exc}")]) from None
    return parse_scenario_text(raw, str(path))


def default_scenario_text() -> str:
    return resources.files(__package__).joinpath(DEFAULT_RESOURCE).read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def default_scenario() -> Scenario:
    """The shipped default, parsed once (scenario models are frozen, so sharing it is safe)."""
    return parse_scenario_text(default_scenario_text(), DEFAULT_RESOURCE)


def dump_scenario(scenario: Scenario) -> dict[str, Any]:
    """A scenario as JSON-ready data with wire (camelCase) keys; ``load_scenario`` of it gives it back.

    Unset optional fields (null) are left out; everything else, defaults included, is written out.
    """
    return scenario.model_dump(mode="json", by_alias=True, exclude_none=True)


__all__ = [
    "ScenarioError",
    "default_scenario",
    "default_scenario_text",
    "dump_scenario",
    "load_scenario",
    "parse_scenario_text",
]
