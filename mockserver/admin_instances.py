"""``/_mock`` routes for instances and state: export/import, force a status, list everything, invariants,
and a bulk loader for benchmarks. Failures use the API's error envelope with catalogue codes.

* ``GET /_mock/state`` -- the whole state as JSON (the state file's serialisation, ``Backend.export_state``).
* ``PUT /_mock/state`` -- replace the state with an export (400 INVALID_PARAMETER when malformed; nothing
  changes then). ``?clock=keep`` keeps this server's clock instead of the export's.
* ``POST /_mock/instances/<id>/status`` ``{"status": "RUNNING"}`` -- force a status now.
* ``GET /_mock/instances[?accountId=&status=]`` -- every account's instances (InstanceInfo + ``accountId``).
* ``GET /_mock/invariants`` -- per offering: stock + instances holding stock vs the baseline; per account:
  balance + money charged vs the initial balance, instances held vs the quota counter.
* ``POST /_mock/bulk-instances`` ``{"accountId", "count", "zoneIds"?, "statuses"?, "namePrefix"?}`` --
  benchmark loader: real records through the same structures and address pools, but holding no stock,
  quota or money. Answers the server's RSS before and after (``/proc/self/status`` VmRSS).
"""

from __future__ import annotations

import gc

from flask import Blueprint, Response, request

from zltoolkit.api import ApiError

from .context import current_backend, json_response, request_json

bp = Blueprint("zl_mock_instances", __name__, url_prefix="/_mock")


@bp.get("/state")
def export_state() -> Response:
    return json_response(current_backend().export_state(credentials=False))


@bp.put("/state")
def import_state() -> Response:
    backend = current_backend()
    body = request_json()
    try:
        backend.import_state(body, restore_clock=request.args.get("clock") != "keep")
    except ValueError as exc:
        raise ApiError("INVALID_PARAMETER", str(exc)[:2000]) from None
    return json_response({"status": "ok", "instances": len(backend.by_id)})


@bp.post("/instances/<instance_id>/status")
def force_status(instance_id: str) -> Response:
    body = request_json()
    status = body.get("status")
    if status is None:
        raise ApiError("MISSING_PARAMETER", "The parameter `status` is required.")
    if not isinstance(status, str):
        raise ApiError("INVALID_PARAMETER", "The parameter `status` must be a string.")
    backend = current_backend()
    with backend.session():
        result = backend.force_status(instance_id, status)
    return json_response(result)


@bp.get("/instances")
def list_instances() -> Response:
    backend = current_backend()
    account = request.args.get("accountId") or None
    status = request.args.get("status") or None
    with backend.session():
        now = backend.now
        out = []
        for inst in backend.by_id.values():
            if account is not None and inst.account != account:
                continue
            w = backend.wire_of(inst, now)
            if status is not None and w["instanceStatus"] != status:
                continue
            out.append({"accountId": inst.account, **w})
    return json_response({"totalCount": len(out), "instances": out})


@bp.get("/invariants")
def invariants() -> Response:
    backend = current_backend()
    with backend.session():
        return json_response(backend.invariants())


def rss_bytes() -> int | None:
    """This process's resident set size (Linux ``/proc/self/status``), None elsewhere."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


@bp.post("/bulk-instances")
def bulk_instances() -> Response:
    body = request_json()
    account = body.get("accountId")
    count = body.get("count")
    if not isinstance(account, str):
        raise ApiError("MISSING_PARAMETER", "The parameter `accountId` is required.")
    if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= 2_000_000:
        raise ApiError("INVALID_PARAMETER", "The parameter `count` must be an integer 0-2000000.")
    zones = body.get("zoneIds")
    statuses = body.get("statuses")
    prefix = body.get("namePrefix", "bulk")
    if zones is not None and not (isinstance(zones, list) and all(isinstance(z, str) for z in zones)):
        raise ApiError("INVALID_PARAMETER", "The parameter `zoneIds` must be a list of strings.")
    if statuses is not None and not (isinstance(statuses, list) and all(isinstance(s, str) for s in statuses)):
        raise ApiError("INVALID_PARAMETER", "The parameter `statuses` must be a list of strings.")
    if not isinstance(prefix, str):
        raise ApiError("INVALID_PARAMETER", "The parameter `namePrefix` must be a string.")
    backend = current_backend()
    gc.collect()
    before = rss_bytes()
    with backend.session():
        created = backend.bulk_create(account, count, zone_ids=zones, statuses=statuses, name_prefix=prefix)
    gc.collect()
    after = rss_bytes()
    return json_response(
        {"created": created, "instances": len(backend.by_id), "rssBefore": before, "rssAfter": after}
    )


__all__ = ["bp", "rss_bytes"]
