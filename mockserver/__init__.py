"""An offline mock of the Zenlayer Bare Metal Cloud API (Flask), for demos and tests.

``create_app``, ``MockServer``, ``MockServerClient`` and ``MockConfig`` are loaded lazily so that importing
the package (e.g. by the pytest plugin) stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import create_app
    from .config import MockConfig
    from .control_client import MockServerClient
    from .server import MockServer

_EXPORTS = {"create_app": "app", "MockConfig": "config", "MockServer": "server", "MockServerClient": "control_client"}
__all__ = ["MockConfig", "MockServer", "MockServerClient", "create_app"]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
