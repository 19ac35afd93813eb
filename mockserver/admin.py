"""The ``/_mock`` control plane (docs/mock-guide.md): health, reset, clock, scenario, stock, journal, faults.

JSON in, JSON out; failures use the API's error envelope (``ApiError`` -> app error handler). With
``--admin-token`` the app guards every ``/_mock`` route but health (see ``app._require_admin_token``).
Instance and state routes (``/_mock/state``, ``/_mock/instances/...``) live in ``admin_instances``.
"""

from __future__ import annotations

import math
from typing import Any

from flask import Blueprint, Response, request
from pydantic import ValidationError

from zltoolkit.api import ApiError, ChargeType, field_path

from .backend.core import sell_status
from .backend.timeutil import iso_micro
from .context import current_state, json_response, new_request_id, request_json
from .faults import FaultRule
from .scenarios.loader import ScenarioError, load_scenario

admin_bp = Blueprint("zl_mock_admin", __name__, url_prefix="/_mock")

#: Control-plane bodies (a scenario, a state export) may be far larger than an API request.
ADMIN_MAX_BODY = 256 * 1024 * 1024


def _ok(**extra: Any) -> Response:
    return json_response({"status": "ok", **extra})


def _number(body: dict[str, Any], key: str, *, minimum: float | None = None) -> float:
    value = body.get(key)
    if value is None:
        raise ApiError("MISSING_PARAMETER", f"The parameter `{key}` is required.")
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ApiError("INVALID_PARAMETER", f"The parameter `{key}` must be a number.")
    if minimum is not None and value < minimum:
        raise ApiError("INVALID_PARAMETER", f"The parameter `{key}` must be at least {minimum:g}.")
    return float(value)


def _str(body: dict[str, Any], key: str) -> str:
    value = body.get(key)
    if value is None:
        raise ApiError("MISSING_PARAMETER", f"The parameter `{key}` is required.")
    if not isinstance(value, str):
        raise ApiError("INVALID_PARAMETER", f"The parameter `{key}` must be a string.")
    return value


def _clock() -> dict[str, Any]:
    snap = current_state().backend.clock.snapshot()
    snap["iso"] = iso_micro(snap["now"])
    return snap


@admin_bp.get("/health")
def health() -> Response:
    state = current_state()
    return json_response(
        {
            "status": "ok",
            "scenario": state.backend.scenario.name,
            "auth": state.config.auth,
            "clock": _clock(),
        }
    )


@admin_bp.post("/reset")
def reset() -> Response:
    """Back to the loaded scenario (stock, money, instances); faults and the journal are cleared too.

    The clock is left alone: mock time never runs backwards.
    """
    state = current_state()
    state.backend.reset()
    state.faults.clear()
    state.journal.clear()
    return _ok()


@admin_bp.get("/clock")
def get_clock() -> Response:
    return json_response(_clock())


@admin_bp.post("/clock/advance")
def advance_clock() -> Response:
    seconds = _number(request_json(), "seconds", minimum=0)
    backend = current_state().backend
    if not math.isfinite(backend.clock.now() + seconds):
        raise ApiError("INVALID_PARAMETER", "The parameter `seconds` would move the clock past any representable time.")
    backend.clock.advance(seconds)
    with backend.session():  # apply what fell due now, not at the next request
        pass
    return json_response(_clock())


@admin_bp.post("/clock")
def set_clock() -> Response:
    body = request_json()
    mode, speed = body.get("mode"), body.get("speed")
    if mode is not None and mode not in ("real", "manual"):
        raise ApiError("INVALID_PARAMETER", "The parameter `mode` must be `real` or `manual`.")
    if speed is not None:
        speed = _number(body, "speed")
        if speed <= 0:
            raise ApiError("INVALID_PARAMETER", "The parameter `speed` must be > 0.")
    current_state().backend.clock.configure(mode=mode, speed=speed)
    return json_response(_clock())


@admin_bp.post("/scenario")
def post_scenario() -> Response:
    """Replace the scenario (and so all state) with the posted one; 400 names the exact bad field."""
    try:
        scenario = load_scenario(request_json())
    except ScenarioError as exc:
        # The error envelope plus the bad field's path; the status is the catalogue's for the code.
        err = ApiError("INVALID_PARAMETER", str(exc))
        body = {"requestId": new_request_id(), "code": err.code, "message": err.message, "field": exc.path}
        return json_response(body, err.http_status)
    try:
        current_state().backend.load(scenario)
    except ValueError as exc:  # valid fields, but seeds that do not fit (instance_seeds.check_seed_addresses)
        raise ApiError("INVALID_PARAMETER", f"invalid scenario: {exc}") from None
    return _ok(scenario=scenario.name)


@admin_bp.post("/stock")
def set_stock() -> Response:
    body = request_json()
    zone, itype = _str(body, "zoneId"), _str(body, "instanceTypeId")
    charge_raw = _str(body, "instanceChargeType")
    qty = body.get("qty")
    if qty is None:
        raise ApiError("MISSING_PARAMETER", "The parameter `qty` is required.")
    if isinstance(qty, bool) or not isinstance(qty, int) or qty < 0:
        raise ApiError("INVALID_PARAMETER", "The parameter `qty` must be a non-negative integer.")
    try:
        charge = ChargeType(charge_raw)
    except ValueError:
        raise ApiError("INVALID_PARAMETER", "The parameter `instanceChargeType` must be PREPAID or POSTPAID.") from None
    backend = current_state().backend
    with backend.session():
        backend.catalog.zone(zone)
        backend.catalog.instance_type(itype)
        if backend.qty(zone, itype, charge) is None:
            raise ApiError(
                "INVALID_INSTANCE_TYPE_ZONE_NO_SELL",
                f"`{itype}` is not sold in `{zone}` as {charge.value}; stock can only be set for an offering.",
            )
        backend.set_stock(zone, itype, charge, qty)
    return json_response(
        {"zoneId": zone, "instanceTypeId": itype, "instanceChargeType": charge.value, "qty": qty,
         "sellStatus": sell_status(qty).value}
    )


def _int_arg(name: str) -> int | None:
    raw = request.args.get(name)
    if raw is None or raw == "":
        return None
    try:
        return int(raw)
    except ValueError:
        raise ApiError("INVALID_PARAMETER", f"The query parameter `{name}` must be an integer.") from None


@admin_bp.get("/journal")
def get_journal() -> Response:
    journal = current_state().journal
    entries = journal.entries(
        action=request.args.get("action") or None,
        status=_int_arg("status"),
        code=request.args.get("code") or None,
        account=request.args.get("account") or None,
        limit=_int_arg("limit"),
    )
    return json_response({"entries": entries, "counts": journal.counts(), "size": journal.maxlen})


@admin_bp.delete("/journal")
def clear_journal() -> Response:
    current_state().journal.clear()
    return _ok()


@admin_bp.get("/faults")
def list_faults() -> Response:
    return json_response({"faults": current_state().faults.list()})


@admin_bp.post("/faults")
def add_fault() -> Response:
    try:
        rule = FaultRule.model_validate(request_json())
        current_state().faults.add(rule)
    except ValidationError as exc:
        err = exc.errors(include_url=False, include_input=False)[0]
        where = field_path(tuple(err["loc"]))
        code = "MISSING_PARAMETER" if err["type"] == "missing" else "INVALID_PARAMETER"
        raise ApiError(code, f"Fault rule `{where}`: {err['msg'].removeprefix('Value error, ')}.") from None
    except ValueError as exc:
        raise ApiError("INVALID_PARAMETER", f"Fault rule {exc}.") from None
    return json_response({"id": rule.id, "rule": rule.model_dump(by_alias=True)})


@admin_bp.delete("/faults")
def clear_faults() -> Response:
    current_state().faults.clear()
    return _ok()


@admin_bp.delete("/faults/<rule_id>")
def delete_fault(rule_id: str) -> Response:
    if not current_state().faults.remove(rule_id):
        raise ApiError("OPERATION_FAILED_RESOURCE_NOT_FOUND", f"No fault rule `{rule_id[:64]}`.")
    return _ok()


@admin_bp.before_app_request
def _admin_body_limit() -> None:
    # Applies to every /_mock blueprint (admin_instances too): state exports can exceed the API's 1 MiB.
    if request.path.startswith("/_mock"):
        request.max_content_length = ADMIN_MAX_BODY
