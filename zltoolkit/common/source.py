"""Which client a view talks through: views accept a Client, an AsyncClient (prices only) or a Session.

The Session lives above this layer, so it is described here by what the layers below use of it
(:class:`SessionLike`), not imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, TypeAlias, TypeGuard, cast

if TYPE_CHECKING:
    from zltoolkit.client import AsyncClient, Client

    from .price_cache import PriceCache

__all__ = ["AnySource", "SessionLike", "Source", "async_client", "enum_value", "field", "is_session",
           "sync_client"]


class SessionLike(Protocol):
    """What views, planning and lifecycle use of a ``zltoolkit.Session``."""

    _zl_session: bool
    client: Client
    price_cache: PriceCache

    def async_client(self, **overrides: Any) -> AsyncClient: ...


# Strings: the clients are imported for type checking only (this module stays free of httpx).
#: "A client or a session": what every view, planning and lifecycle function takes first.
Source: TypeAlias = "Client | SessionLike"
#: The price sweep also takes an AsyncClient.
AnySource: TypeAlias = "Client | AsyncClient | SessionLike"


def is_session(obj: object) -> TypeGuard[SessionLike]:
    return getattr(obj, "_zl_session", False) is True


def sync_client(obj: Source) -> Client:
    """The synchronous Client behind ``obj`` (a Session's, or ``obj`` itself)."""
    if is_session(obj):
        return obj.client
    return cast("Client", obj)


def async_client(obj: Source, **overrides: Any) -> AsyncClient:
    """A new AsyncClient with the endpoint, credentials and settings of a Session or Client (close it when done).

    ``overrides`` replace AsyncClient arguments (e.g. ``retry=``).
    """
    if is_session(obj):
        return obj.async_client(**overrides)
    from zltoolkit.client import AsyncClient

    c = cast("Client", obj)
    kwargs: dict[str, Any] = {"credentials": c.credentials, "api_version": c.api_version,
                              "timeout": c.timeout, "retry": c.retry, **overrides}
    return AsyncClient(c.endpoint, **kwargs)


def field(obj: Any, *names: str) -> Any:
    """First non-None of ``names`` on a model or a dict; also looks in pydantic ``model_extra``.

    Used for the API traps where the same value travels under two keys (``status`` vs ``sellStatus``).
    """
    extra = getattr(obj, "model_extra", None) or {}
    for name in names:
        if isinstance(obj, dict):
            value = obj.get(name)
        else:
            value = getattr(obj, name, None)
            if value is None:
                value = extra.get(name)
        if value is not None:
            return value
    return None


def enum_value(value: Any) -> Any:
    """StrEnum members -> their wire string; anything else unchanged."""
    return getattr(value, "value", value)
