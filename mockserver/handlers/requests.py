"""Every catalogue action's request, checked per API version before any handler runs.

The order is the app's (docs/architecture.md, a request through the mock): the action must exist in the
requested version (else INVALID_ACTION), the body must pass the action's generated request model (strict
types, no unknown field: MISSING_PARAMETER / INVALID_PARAMETER naming the field, worded as
``zltoolkit.api.validation`` words them), and every field and enum value must be one the version accepts
(INVALID_PARAMETER naming the field, nested fields by their dotted path). Only then does the app look for a
handler, so a malformed request to an action the mock does not simulate still gets the parameter error.
"""

from __future__ import annotations

import importlib
from functools import cache
from typing import Any

from pydantic import ValidationError

from zltoolkit.api import ApiError, RequestModel
from zltoolkit.api.catalogue import Action, load
from zltoolkit.api.generated import ACTION_MODULES
from zltoolkit.api.rules import check_versioned

# The client's error wording, so the mock and a client-side check name a field alike (private upstream).
from zltoolkit.api.validation import describe_error

__all__ = ["check_version_rules", "request_model", "resolve_action", "validate_request", "version_problem"]


def resolve_action(name: str, version: str) -> Action:
    """The catalogue action called ``name`` (or an SDK spelling of it) in ``version``, or INVALID_ACTION.

    An action the catalogue has only under the other version is unknown to this one (the error catalogue's
    note on INVALID_ACTION): the SDK of the requested version has no such call.
    """
    catalogue = load()
    try:
        action = catalogue.action(name)
    except KeyError:
        raise ApiError("INVALID_ACTION", f"The action `{name[:64]}` is not supported.") from None
    if version not in action.versions:
        raise ApiError(
            "INVALID_ACTION",
            f"The action `{action.name}` is not part of API version {version} "
            f"(it is served under {', '.join(action.versions)}).",
        )
    return action


@cache
def request_model(action: str) -> type[RequestModel]:
    """The generated ``<Action>Request`` model (its family module is imported on first use)."""
    model: type[RequestModel] = getattr(importlib.import_module(ACTION_MODULES[action]), f"{action}Request")
    return model


def validate_request(action: Action, version: str, body: dict[str, Any]) -> RequestModel:
    """The body as the action's request model, or the ApiError a server of ``version`` answers."""
    try:
        model = request_model(action.name).model_validate(body, by_alias=True, by_name=False)
    except ValidationError as exc:
        errors = exc.errors(include_url=False, include_input=False)
        errors.sort(key=lambda e: e["type"] != "missing")  # a missing parameter first: the most actionable
        code, message = describe_error(errors[0])
        raise ApiError(code, message) from None
    check_version_rules(model, version)
    problem = version_problem(action.request, version, body)
    if problem is not None:
        raise ApiError("INVALID_PARAMETER", f"The parameter `{problem}` is not accepted by API version {version}.")
    return model


def check_version_rules(model: RequestModel, version: str) -> None:
    """The two version rules the toolkit checks client-side too (``zltoolkit.api.rules``: ``sshKeys``,
    ``ByBandwidthCluster``), with their wording; they apply to every action carrying the field."""
    v = check_versioned(
        api_version=version,
        ssh_keys=getattr(model, "ssh_keys", None),
        internet_charge_type=getattr(model, "internet_charge_type", None),
    )
    if v is not None:
        raise v.to_api_error()


@cache
def _plain_fields(struct: str, version: str) -> frozenset[str]:
    """The fields of ``struct`` that ``version`` accepts whatever their value (scalars without a versioned enum
    value): most of a body, skipped without a lookup."""
    catalogue = load()
    plain = set()
    for f in catalogue.structs[struct].fields:
        if version not in f.versions or f.is_struct:
            continue
        if f.enum is not None and any(version not in vs for vs in catalogue.enums[f.enum].value_versions.values()):
            continue
        plain.add(f.wire)
    return frozenset(plain)


def version_problem(struct: str, version: str, value: dict[str, Any], prefix: str = "") -> str | None:
    """The path of the first field (or enum value) in ``value`` that ``version`` refuses, else None.

    ``value`` has already passed the request model, so every key is a field of ``struct`` and nested
    values have their declared shapes.
    """
    catalogue = load()
    spec = catalogue.structs[struct]
    plain = _plain_fields(struct, version)
    for key, item in value.items():
        if item is None or key in plain:
            continue
        f = spec.field(key)
        path = f"{prefix}.{key}" if prefix else key
        if version not in f.versions:
            return path
        items = item if f.is_list else [item]
        if f.enum is not None:
            allowed = catalogue.enums[f.enum].value_versions
            if any(v in allowed and version not in allowed[v] for v in items if isinstance(v, str | int)):
                return path
        elif f.is_struct:
            for i, sub in enumerate(items):
                where = f"{path}[{i}]" if f.is_list else path
                found = version_problem(f.type, version, sub, where) if isinstance(sub, dict) else None
                if found is not None:
                    return found
    return None
