"""Which client a view talks through: views accept a Client, an AsyncClient (prices only) or a Session."""

from __future__ import annotations

from typing import Any


def is_session(obj: Any) -> bool:
    return getattr(obj, "_zl_session", False) is True


def sync_client(obj: Any) -> Any:
    """The synchronous Client behind ``obj`` (a Session's, or ``obj`` itself)."""
    return obj.client if is_session(obj) else obj


def async_client(obj: Any, **overrides: Any) -> Any:
    """A new AsyncClient with the endpoint, credentials and settings of a Session or Client (close it when done).

    ``overrides`` replace AsyncClient arguments (e.g. ``retry=``).
    """
    if is_session(obj):
        return obj.async_client(**overrides)
    from zltoolkit.client import AsyncClient

    kwargs: dict[str, Any] = {"credentials": obj.credentials, "api_version": obj.api_version,
                              "timeout": obj.timeout, "retry": obj.retry, **overrides}
    return AsyncClient(obj.endpoint, **kwargs)


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
