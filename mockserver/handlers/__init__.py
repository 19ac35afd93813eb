"""Action name -> handler. A handler is ``(RequestContext, RequestModel) -> dict`` (fields without requestId).

Every action of the catalogue is known to the mock (``requests`` validates it per version); the ones without
a handler here are answered ``UNSUPPORTED_OPERATION_NOT_SIMULATED`` (mock-defined, zltoolkit.api.errors).
"""

from __future__ import annotations

from zltoolkit.api import ApiError

from . import catalog, instance_ops, instances, networking

HANDLERS: dict[str, catalog.Handler] = {**catalog.HANDLERS, **instances.HANDLERS, **instance_ops.HANDLERS,
                                        **networking.HANDLERS}


def handler_for(action: str) -> catalog.Handler:
    """The handler of the catalogue action ``action``; the not-simulated error when the mock has none."""
    handler = HANDLERS.get(action)
    if handler is None:
        raise ApiError(
            "UNSUPPORTED_OPERATION_NOT_SIMULATED",
            f"The action `{action}` is part of the API, but the mock server does not simulate it yet.",
        )
    return handler


__all__ = ["HANDLERS", "handler_for"]
