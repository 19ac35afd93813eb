"""httpx clients for the BMC API: signing, retries, pagination, endpoint/credential resolution.

``Client`` and ``AsyncClient`` have one method per action of the catalogue (zltoolkit.api.catalogue, both
API versions), generated from one template (``generated_methods``), and an ``iter_*`` per paginated
Describe. Every method, ``call(action, ...)`` and ``call_raw(action, body)`` go through one request path
(``base``: validate strictly, refuse what the API version does not accept, sign, send, retry, parse into the
TOLERANT response model: unknown fields kept, unknown enum values kept as strings). The signing itself
(pure functions shared with the mock server's verifier) is ``zltoolkit.api.signing``.

Default API version: **2026-02-01** (``zltoolkit.api.enums.DEFAULT_API_VERSION``, the catalogue's
``CLIENT_DEFAULT_API_VERSION``). Why: both official SDKs mark 2022-11-20 deprecated, and 2026-02-01 serves
every action the toolkit uses. What it costs, checked: ``sshKeys`` (CreateInstances, ReinstallInstance) is
not a 2026-02-01 parameter; nothing in the toolkit, the widgets or the notebooks sends it, and a caller who
does gets SDK_INVALID_REQUEST before anything is sent, naming the version (pass ``api_version="2022-11-20"``
to use it, or ``keyId``). The actions only 2022-11-20 serves (the DDoS-IP family, the subnet/VPC
resource-group moves) are sent under 2022-11-20 whatever the client's version. Answers differ only by
fields (e.g. ``isByoipEnabled``, the price items' 2026 fields), which the tolerant models read either way.
A server receiving no X-ZC-Version (the mock, docs/api-facts.md §12.14) still treats it as 2022-11-20:
that is the server's default, not the client's.
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
