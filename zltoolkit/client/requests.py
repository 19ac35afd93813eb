"""Which model an action takes and answers, and the caller's arguments validated into its request model.

Every catalogue action (zltoolkit.api.generated.ACTION_MODULES) is known here; nothing is sent until the
strict request model accepted the arguments.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, TypeVar

from pydantic import ValidationError

from zltoolkit.api.base import RequestModel, ResponseModel
from zltoolkit.api.generated import ACTION_ALIASES, ACTION_MODULES, ACTION_VERSIONS
from zltoolkit.api.generated._common import TolerantResponse
from zltoolkit.api.validation import field_path

from .errors import InvalidParameterError

__all__ = ["Call", "RequestLike", "build_request", "call_of", "encode_body", "encode_raw"]

Q = TypeVar("Q", bound=RequestModel)

#: A request given as a model, a mapping (camelCase or snake_case keys), or nothing (keywords only).
RequestLike = RequestModel | Mapping[str, Any] | None

# Reads change nothing: Describe*, and the price inquiries.
_READ_PREFIXES = ("Describe", "InquiryPrice")


@dataclass(frozen=True, slots=True)
class Call:
    """What the request path needs to know about an action."""

    name: str
    request: type[RequestModel] | None  # None: not in the catalogue (a raw call)
    response: type[ResponseModel]
    mutating: bool
    versions: tuple[str, ...]  # () when unknown: any version


@cache
def call_of(action: str) -> Call:
    """The catalogue's models of ``action`` (or of the action an SDK spells so); SDK_INVALID_REQUEST otherwise."""
    action = ACTION_ALIASES.get(action, action)
    module_name = ACTION_MODULES.get(action)
    if module_name is None:
        raise InvalidParameterError("SDK_INVALID_REQUEST",
                                    f"unknown action {action!r} (not in the catalogue; call_raw sends it anyway)")
    module = importlib.import_module(module_name)
    return Call(action, getattr(module, f"{action}Request"), getattr(module, f"{action}Response"),
                not action.startswith(_READ_PREFIXES), ACTION_VERSIONS[action])


def raw_call_of(action: str) -> Call:
    """A raw call: the catalogue's tolerant response when the action is known, else a bare TolerantResponse."""
    if action in ACTION_MODULES:
        return call_of(action)
    if action in ACTION_ALIASES:  # sent as spelled: a raw call changes nothing the caller gave
        known = call_of(action)
        return Call(action, None, known.response, known.mutating, known.versions)
    # Unknown, so possibly a write: never retried after it may have reached the server.
    return Call(action, None, TolerantResponse, True, ())


def build_request(model: type[Q], request: Q | Mapping[str, Any] | RequestModel | None,
                  params: Mapping[str, Any]) -> Q:
    """Validate the caller's arguments into ``model`` before anything is sent.

    ``request`` may be a ``model`` instance (then no keyword may be given), a mapping (camelCase or snake_case
    keys) or None; keywords left at None are not sent. Error messages name the field as the caller spelled it
    (a missing one by its wire name) but never echo the value: it may be a password.
    """
    given = {k: v for k, v in params.items() if v is not None}
    action = model.__name__.removesuffix("Request")
    if isinstance(request, RequestModel):
        if not isinstance(request, model):
            raise TypeError(f"{action} takes a {model.__name__}, not a {type(request).__name__}")
        if given:
            raise TypeError(f"{action}: pass a request model or keyword arguments, not both")
        return request
    if request is not None and not isinstance(request, Mapping):
        raise TypeError(f"{action}: the request is a {model.__name__} or a mapping, not a {type(request).__name__}")
    data: dict[str, Any] = dict(request or {})
    fields = model.model_fields
    for name in given:  # a keyword replaces the mapping's entry for the same field, however spelled
        if name in fields and fields[name].alias:
            data.pop(fields[name].alias or name, None)
    data.update(given)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = [
            f"`{field_path(tuple(err['loc']))}` {err['msg'].replace('Input should be', 'should be')}"
            for err in exc.errors(include_url=False, include_input=False, include_context=False)
        ]
        raise InvalidParameterError("SDK_INVALID_REQUEST", f"{action}: " + "; ".join(problems[:5])) from None


def encode_body(model: RequestModel) -> bytes:
    """Compact JSON of the wire form (unset fields omitted); the exact bytes that are signed."""
    return encode_raw(model.to_wire())


def encode_raw(body: Mapping[str, Any]) -> bytes:
    """Compact JSON of a body given as wire names, as is."""
    try:
        return json.dumps(body, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode()
    except (TypeError, ValueError) as exc:
        raise InvalidParameterError("SDK_INVALID_REQUEST", f"the body is not JSON: {type(exc).__name__}") from None
