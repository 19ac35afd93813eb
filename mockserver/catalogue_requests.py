"""Requests of catalogue actions outside ``zltoolkit.api.ACTIONS``: checked with the generated request models
(``zltoolkit.api.generated``) and the catalogue's versions, with the same error codes as ``parse_request``.
"""

from __future__ import annotations

import importlib
from functools import cache
from typing import Any

from pydantic import ValidationError

from zltoolkit.api import ApiError, RequestModel
from zltoolkit.api.catalogue import load
from zltoolkit.api.generated import ACTION_MODULES
from zltoolkit.api.validation import _describe


@cache
def _model(action: str) -> type[RequestModel]:
    model: type[RequestModel] = getattr(importlib.import_module(ACTION_MODULES[action]), f"{action}Request")
    return model


def parse_catalogue_request(action: str, body: dict[str, Any], version: str) -> RequestModel:
    if version not in load().action(action).versions:
        raise ApiError("INVALID_ACTION", f"The action `{action}` is not served by API version {version}.")
    try:
        return _model(action).model_validate(body, by_alias=True, by_name=False)
    except ValidationError as exc:
        errors = exc.errors(include_url=False, include_input=False)
        errors.sort(key=lambda e: e["type"] != "missing")
        code, message = _describe(errors[0])
        raise ApiError(code, message) from None
