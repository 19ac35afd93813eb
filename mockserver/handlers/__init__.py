"""Action name -> handler. A handler is ``(RequestContext, RequestModel) -> dict`` (fields without requestId)."""

from __future__ import annotations

from . import catalog, instance_ops, instances

HANDLERS: dict[str, catalog.Handler] = {**catalog.HANDLERS, **instances.HANDLERS, **instance_ops.HANDLERS}

__all__ = ["HANDLERS"]
