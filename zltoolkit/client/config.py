"""Where to send requests and with which credentials: arguments first, else the environment.

The variable names are the terraform provider's (docs/api-facts.md §1), so a notebook is pointed at the real API
or at a ``zl-mock`` started elsewhere the same way. ``ZENLAYERCLOUD_TOKEN`` is our own addition.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from zltoolkit.api.limits import DEFAULT_DOMAIN, PATH

from .auth import BearerAuth, ZC2HmacAuth, require_header_safe, require_secret
from .errors import ConfigurationError

__all__ = [
    "ENV_ACCESS_KEY_ID",
    "ENV_ACCESS_KEY_PASSWORD",
    "ENV_DOMAIN",
    "ENV_SCHEME",
    "ENV_TOKEN",
    "Credentials",
    "Endpoint",
    "resolve_credentials",
    "resolve_endpoint",
]

ENV_ACCESS_KEY_ID = "ZENLAYERCLOUD_ACCESS_KEY_ID"
ENV_ACCESS_KEY_PASSWORD = "ZENLAYERCLOUD_ACCESS_KEY_PASSWORD"
ENV_TOKEN = "ZENLAYERCLOUD_TOKEN"
ENV_DOMAIN = "ZENLAYERCLOUD_DOMAIN"
ENV_SCHEME = "ZENLAYERCLOUD_SCHEME"

_SCHEMES = ("https", "http")


class Credentials:
    """An access key (id + password) or a bearer token. Secrets stay out of repr/str.

    Build with ``Credentials(access_key_id, access_key_password)`` or ``Credentials(token=...)``;
    values are stripped, blanks refused with ``CREDENTIAL_VALUE_MISSING``.
    """

    __slots__ = ("_password", "_token", "access_key_id")

    def __init__(self, access_key_id: str | None = None, access_key_password: str | None = None, *,
                 token: str | None = None) -> None:
        if token is not None and (access_key_id is not None or access_key_password is not None):
            raise ConfigurationError(
                "INVALID_CONFIGURATION",
                "give either an access key (access_key_id + access_key_password) or a token, not both")
        self.access_key_id: str | None
        self._password: str | None
        self._token: str | None
        if token is not None:
            self.access_key_id, self._password = None, None
            self._token = require_header_safe(require_secret(token, "token"), "token")
        else:
            self.access_key_id = require_header_safe(require_secret(access_key_id, "access key id"), "access key id")
            self._password = require_secret(access_key_password, "access key password")
            self._token = None

    @property
    def is_token(self) -> bool:
        return self._token is not None

    @property
    def account(self) -> str:
        """What to show a user: the access key id, or ``"bearer token"``."""
        return self.access_key_id if self.access_key_id is not None else "bearer token"

    def auth(self, *, clock: Callable[[], float] = time.time) -> httpx.Auth:
        """The httpx auth for these credentials (``clock`` supplies the HMAC timestamp)."""
        if self._token is not None:
            return BearerAuth(self._token)
        assert self.access_key_id is not None and self._password is not None
        return ZC2HmacAuth(self.access_key_id, self._password, clock=clock)

    def __repr__(self) -> str:
        if self._token is not None:
            return "Credentials(Bearer(****))"
        return f"Credentials(access_key_id={self.access_key_id!r})"

    __str__ = __repr__


def _env(env: Mapping[str, str] | None) -> Mapping[str, str]:
    return os.environ if env is None else env


def _nonblank(value: str | None) -> str | None:
    return value if value is not None and value.strip() else None


def resolve_credentials(
    access_key_id: str | None = None,
    access_key_password: str | None = None,
    token: str | None = None,
    *,
    env: Mapping[str, str] | None = None,
) -> Credentials:
    """Arguments first; then ``ZENLAYERCLOUD_ACCESS_KEY_ID``/``_PASSWORD``; then ``ZENLAYERCLOUD_TOKEN``.

    A key id given as an argument may take its password from the environment (and vice versa), as the
    terraform provider does field by field. An access key in the environment wins over a token there.
    """
    if token is not None:
        return Credentials(access_key_id, access_key_password, token=token)
    environ = _env(env)
    if access_key_id is not None or access_key_password is not None:
        return Credentials(
            access_key_id if access_key_id is not None else environ.get(ENV_ACCESS_KEY_ID),
            access_key_password if access_key_password is not None else environ.get(ENV_ACCESS_KEY_PASSWORD),
        )
    env_id = _nonblank(environ.get(ENV_ACCESS_KEY_ID))
    env_password = _nonblank(environ.get(ENV_ACCESS_KEY_PASSWORD))
    if env_id or env_password:
        if not (env_id and env_password):
            missing = ENV_ACCESS_KEY_PASSWORD if env_id else ENV_ACCESS_KEY_ID
            raise ConfigurationError("CREDENTIAL_VALUE_MISSING", f"{missing} is not set (or blank)")
        return Credentials(env_id, env_password)
    env_token = _nonblank(environ.get(ENV_TOKEN))
    if env_token:
        return Credentials(token=env_token)
    raise ConfigurationError(
        "CREDENTIAL_VALUE_MISSING",
        "no Zenlayer credentials: pass access_key_id= and access_key_password= (or token=), or set "
        f"{ENV_ACCESS_KEY_ID} and {ENV_ACCESS_KEY_PASSWORD} (or {ENV_TOKEN})",
    )


@dataclass(frozen=True, slots=True)
class Endpoint:
    """``scheme://domain`` of the API; ``domain`` is host[:port], sent (and signed) as the Host header."""

    scheme: str
    domain: str

    @property
    def base_url(self) -> str:
        return f"{self.scheme}://{self.domain}"

    @property
    def url(self) -> str:
        """The one URL every action is POSTed to."""
        return f"{self.base_url}{PATH}"

    def __str__(self) -> str:
        return self.base_url


def _bad(message: str) -> ConfigurationError:
    return ConfigurationError("INVALID_CONFIGURATION", message)


def resolve_endpoint(endpoint: str | None = None, scheme: str | None = None, *,
                     env: Mapping[str, str] | None = None) -> Endpoint:
    """``endpoint`` may be a domain (``console.zenlayer.com``, ``127.0.0.1:8900``) or a URL
    (``http://127.0.0.1:8900``, optionally ending in ``/api/v2/bmc``). Unset: ``ZENLAYERCLOUD_DOMAIN``
    (default ``console.zenlayer.com``). Scheme: the argument, else the URL's, else ``ZENLAYERCLOUD_SCHEME``,
    else https.
    """
    environ = _env(env)
    raw = endpoint if endpoint is not None else (_nonblank(environ.get(ENV_DOMAIN)) or DEFAULT_DOMAIN)
    raw = raw.strip()
    if not raw:
        raise _bad("the endpoint is empty")
    url_scheme: str | None = None
    domain = raw
    if "://" in raw:
        parts = urlsplit(raw)
        url_scheme = parts.scheme.lower()
        if parts.path.rstrip("/") not in ("", PATH) or parts.query or parts.fragment:
            raise _bad(f"the endpoint URL {raw!r} must have no path other than {PATH}")
        if parts.username or parts.password:
            raise _bad("the endpoint URL must not carry credentials")
        domain = parts.netloc
    elif "/" in raw:
        raise _bad(f"the endpoint {raw!r} is neither a domain (host[:port]) nor a URL")
    if not domain:
        raise _bad(f"the endpoint {raw!r} has no host")
    if scheme is not None:
        chosen = scheme.strip().lower()
        if url_scheme is not None and url_scheme != chosen:
            raise _bad(f"scheme={scheme!r} contradicts the endpoint URL {raw!r}")
    else:
        chosen = url_scheme or (_nonblank(environ.get(ENV_SCHEME)) or "https").strip().lower()
    if chosen not in _SCHEMES:
        raise _bad(f"the scheme must be https or http, not {chosen!r}")
    try:
        if not urlsplit(f"//{domain}").hostname:
            raise ValueError("no host")
        urlsplit(f"//{domain}").port  # noqa: B018  # raises on a port outside 0-65535
        httpx.URL(f"{chosen}://{domain}{PATH}")  # reject what httpx would refuse later, now
    except (httpx.InvalidURL, ValueError) as exc:
        raise _bad(f"the endpoint {raw!r} is not a valid host[:port]: {exc}") from None
    return Endpoint(chosen, domain)
