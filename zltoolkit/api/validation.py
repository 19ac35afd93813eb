"""Turn a JSON body into a request model, or an ApiError naming the offending field (camelCase path)."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from .actions import ACTIONS
from .base import RequestModel
from .errors import ApiError


def field_path(loc: tuple[Any, ...]) -> str:
    """``('raidConfig', 'customRaids', 0, 'diskSequence')`` -> ``raidConfig.customRaids[0].diskSequence``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out or "body"


def describe_error(err: ErrorDetails) -> tuple[str, str]:
    """The catalogue code and a message naming the field for one pydantic error (shared with the mock)."""
    path = field_path(tuple(p for p in err["loc"] if not str(p).startswith("function-")))
    kind = err["type"]
    if kind == "missing":
        return "MISSING_PARAMETER", f"The parameter `{path}` is required."
    if kind == "extra_forbidden":
        return "INVALID_PARAMETER", f"The parameter `{path}` is not recognised."
    if kind == "enum":
        expected = err.get("ctx", {}).get("expected", "")
        return "INVALID_PARAMETER", f"The parameter `{path}` must be one of {expected}."
    # Keep the user's value out of the message: it may be a password or huge.
    reason = err.get("msg", "is invalid").replace("Input should be", "should be")
    return "INVALID_PARAMETER", f"The parameter `{path}` is invalid: {reason}."


def parse_request(action: str, body: dict[str, Any]) -> RequestModel:
    """Validate ``body`` for ``action``; raise ApiError(MISSING_PARAMETER | INVALID_PARAMETER) on failure."""
    spec = ACTIONS[action]
    try:
        return spec.request.model_validate(body, by_alias=True, by_name=False)
    except ValidationError as exc:
        errors = exc.errors(include_url=False, include_input=False)
        # Report a missing parameter first: it is the most actionable.
        errors.sort(key=lambda e: e["type"] != "missing")
        code, message = describe_error(errors[0])
        raise ApiError(code, message) from None
