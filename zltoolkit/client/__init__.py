"""httpx clients for the BMC API: signing, retries, pagination, endpoint/credential resolution.

The signing itself (pure functions shared with the mock server's verifier) is ``zltoolkit.api.signing``.
"""

from __future__ import annotations

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
