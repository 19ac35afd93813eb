"""``/_mock/market``: other tenants' demand and returns (docs/capacity-over-time.md).

* ``GET /_mock/market`` -- the switch, the effective parameters, the overrides, the next step and what other
  tenants hold per offering.
* ``POST /_mock/market`` ``{"enabled": true|false, "<parameter>": value, ...}`` -- switch it and/or override
  parameters (wire names of ``MarketParams``; ``null`` removes an override). Answers like GET.
"""

from __future__ import annotations

from flask import Blueprint, Response

from zltoolkit.api import ApiError

from .context import current_state, json_response, request_json

bp = Blueprint("zl_mock_market", __name__, url_prefix="/_mock")


@bp.get("/market")
def get_market() -> Response:
    backend = current_state().backend
    with backend.session():  # steps due by now are applied first
        return json_response(backend.market_view())


@bp.post("/market")
def post_market() -> Response:
    body = request_json()
    enabled = body.pop("enabled", None)
    if enabled is not None and not isinstance(enabled, bool):
        raise ApiError("INVALID_PARAMETER", "The parameter `enabled` must be true or false.")
    backend = current_state().backend
    with backend.session():
        try:
            backend.set_market(enabled, body)
        except ValueError as exc:
            raise ApiError("INVALID_PARAMETER", str(exc)) from None
        return json_response(backend.market_view())
