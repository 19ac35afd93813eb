"""Action name -> handler. A handler is ``(RequestContext, RequestModel) -> dict`` (fields without requestId)."""

from __future__ import annotations

from . import catalog, instances, networking

HANDLERS: dict[str, catalog.Handler] = {**catalog.HANDLERS, **instances.HANDLERS, **networking.HANDLERS}

__all__ = ["HANDLERS"]
