"""Request authentication for the mock (docs/api-facts.md §2): ZC2-HMAC-SHA256 and Bearer tokens.

The signature is recomputed with ``zltoolkit.api.signing`` (the same code the client signs with) over the
body bytes, the Content-Type and the Host header exactly as received. Every failure is a 401
``AUTHENTICATION_FAILED`` whose message never contains a secret or the expected signature, except an
authentic request whose timestamp is more than ``SIGNATURE_WINDOW_SECONDS`` away from wall time, which gets
``SIGNATURE_EXPIRED`` (the signature is checked first, so the code tells nothing to someone without the key).

Choices where the docs are silent: ``X-ZC-Signature-Method`` may be absent (the Authorization header names the
method) but must be ``ZC2-HMAC-SHA256`` when sent; ``SignedHeaders`` must be exactly ``content-type;host``
(what every SDK signs); the Bearer scheme name is case-insensitive; with auth off (``--no-auth``) a known
access key id or token still selects its account, unverified, and anything else means the first account.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from typing import TYPE_CHECKING

from zltoolkit.api import ApiError, limits
from zltoolkit.api.signing import SIGNATURE_METHOD, parse_authorization, verify_signature

if TYPE_CHECKING:
    from .backend.catalog import Catalog
    from .scenarios.models import Account

BEARER = "Bearer"


@dataclass(frozen=True, slots=True)
class Caller:
    """Who sent a request: the account, how it authenticated, and the public access key id (if any)."""

    account: Account
    scheme: str | None  # "ZC2-HMAC-SHA256", "Bearer" or None (auth off and nothing sent)
    credential: str | None  # access key id; never a token or a password


def _fail(message: str) -> ApiError:
    return ApiError("AUTHENTICATION_FAILED", message)


def _split_scheme(authorization: str) -> tuple[str, str]:
    scheme, _, rest = authorization.strip().partition(" ")
    return scheme, rest.strip()


def _token_account(catalog: Catalog, token: str) -> Account | None:
    """Constant-time over every known token (few per scenario), so timing does not reveal a prefix match."""
    found: Account | None = None
    given = token.encode("utf-8", "surrogateescape")
    for known, account in catalog.tokens.items():
        if hmac.compare_digest(known.encode("utf-8"), given):
            found = account
    return found


def _is_timestamp(value: str) -> bool:
    return 0 < len(value) <= 12 and value.isascii() and value.isdigit()


def authenticate(
    catalog: Catalog,
    *,
    authorization: str | None,
    timestamp: str | None,
    signature_method: str | None,
    content_type: str,
    host: str | None,
    body: bytes,
    now: float,
    window: int = limits.SIGNATURE_WINDOW_SECONDS,
) -> Caller:
    """Verify a request's credentials; raise ApiError(AUTHENTICATION_FAILED | SIGNATURE_EXPIRED)."""
    if not authorization:
        raise _fail("The Authorization header is missing.")
    scheme, rest = _split_scheme(authorization)
    if scheme.lower() == BEARER.lower():
        if not rest:
            raise _fail("The bearer token is empty.")
        account = _token_account(catalog, rest)
        if account is None:
            raise _fail("The bearer token is not valid.")
        return Caller(account, BEARER, None)
    if scheme != SIGNATURE_METHOD:
        raise _fail(f"The Authorization scheme must be {SIGNATURE_METHOD} or Bearer.")
    if signature_method is not None and signature_method.strip() != SIGNATURE_METHOD:
        raise _fail(f"X-ZC-Signature-Method must be {SIGNATURE_METHOD}.")
    parsed = parse_authorization(authorization)
    if parsed is None:
        raise _fail(
            f"The Authorization header is malformed; expected `{SIGNATURE_METHOD} Credential=<accessKeyId>, "
            f"SignedHeaders={limits.SIGNED_HEADERS}, Signature=<hex>`."
        )
    if parsed.signed_headers.replace(" ", "").lower() != limits.SIGNED_HEADERS:
        raise _fail(f"SignedHeaders must be `{limits.SIGNED_HEADERS}`.")
    if not timestamp or not _is_timestamp(timestamp.strip()):
        raise _fail("X-ZC-Timestamp must be the request time in integer Unix seconds.")
    if not host:
        raise _fail("The Host header is missing.")
    entry = catalog.access_keys.get(parsed.access_key_id)
    if entry is None:
        raise _fail("The access key id is not recognised.")
    account, password = entry
    if not verify_signature(parsed.signature, body, content_type, host, timestamp.strip(), password):
        raise _fail("The signature does not match the request.")
    if abs(now - int(timestamp)) > window:
        raise ApiError(
            "SIGNATURE_EXPIRED",
            f"X-ZC-Timestamp is more than {window} seconds away from the server time; check the clock.",
        )
    return Caller(account, SIGNATURE_METHOD, parsed.access_key_id)


def identify(catalog: Catalog, authorization: str | None) -> Caller:
    """With auth off: the account a known access key id or token names (nothing verified), else the first."""
    if authorization:
        scheme, rest = _split_scheme(authorization)
        if scheme.lower() == BEARER.lower() and rest:
            account = _token_account(catalog, rest)
            if account is not None:
                return Caller(account, BEARER, None)
        elif scheme == SIGNATURE_METHOD:
            parsed = parse_authorization(authorization)
            if parsed is not None and parsed.access_key_id in catalog.access_keys:
                return Caller(catalog.access_keys[parsed.access_key_id][0], SIGNATURE_METHOD, parsed.access_key_id)
    accounts = catalog.scenario.accounts
    if not accounts:
        raise _fail("The scenario has no accounts.")
    return Caller(accounts[0], None, None)
