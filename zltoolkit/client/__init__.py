"""httpx clients for the BMC API: signing, retries, pagination, endpoint/credential resolution.

Names are loaded lazily so that ``zltoolkit.api.signing`` (pure functions, used by the mock server's
verifier) can be imported without pulling in httpx.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .aio import AsyncClient
    from .auth import BearerAuth, ZC2HmacAuth
    from .config import Credentials, Endpoint
    from .errors import (
        AmbiguousCreateError,
        AuthenticationError,
        ConfigurationError,
        InvalidParameterError,
        NetworkError,
        NotFoundError,
        OperationDeniedError,
        ProtocolError,
        RateLimitedError,
        ServerError,
        ZenlayerError,
        error_from_response,
    )
    from .retry import RetryPolicy
    from .sync import Client

_EXPORTS: dict[str, str] = {
    "Client": "sync",
    "AsyncClient": "aio",
    "ZC2HmacAuth": "auth",
    "BearerAuth": "auth",
    "Credentials": "config",
    "Endpoint": "config",
    "RetryPolicy": "retry",
    "ZenlayerError": "errors",
    "AuthenticationError": "errors",
    "NotFoundError": "errors",
    "InvalidParameterError": "errors",
    "OperationDeniedError": "errors",
    "RateLimitedError": "errors",
    "ServerError": "errors",
    "ProtocolError": "errors",
    "NetworkError": "errors",
    "AmbiguousCreateError": "errors",
    "ConfigurationError": "errors",
    "error_from_response": "errors",
}

__all__ = [
    "AmbiguousCreateError",
    "AsyncClient",
    "AuthenticationError",
    "BearerAuth",
    "Client",
    "ConfigurationError",
    "Credentials",
    "Endpoint",
    "InvalidParameterError",
    "NetworkError",
    "NotFoundError",
    "OperationDeniedError",
    "ProtocolError",
    "RateLimitedError",
    "RetryPolicy",
    "ServerError",
    "ZC2HmacAuth",
    "ZenlayerError",
    "error_from_response",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # cache: later lookups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
