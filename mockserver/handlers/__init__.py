"""Action name -> handler. A handler is ``(RequestContext, RequestModel) -> dict`` (fields without requestId)."""

from __future__ import annotations

from . import catalog, instances

HANDLERS: dict[str, catalog.Handler] = {**catalog.HANDLERS, **instances.HANDLERS}

__all__ = ["HANDLERS"]
