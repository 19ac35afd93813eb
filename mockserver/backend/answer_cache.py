"""Encoded answers of the catalogue actions, per (action, account, API version, filters).

DescribeAvailableResources, DescribeInstanceTypes and DescribeImages answer the same bytes until the
catalogue (a scenario load or a state import builds a new one) or, for DescribeAvailableResources, the live
stock changes. An entry remembers what it was computed from (``token``: the catalogue and stock objects and
the stock's write count) and is recomputed when that differs. Bounded (the least recently stored goes first).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

import orjson

from .encoding import RawJson

#: Distinct filter combinations kept per cache.
MAX_ENTRIES = 256


def request_key(req: Any) -> tuple[Hashable, ...]:
    """A hashable form of a request model's filters (lists become tuples; enums stay enums; anything nested:
    the model's JSON)."""
    key = tuple(tuple(v) if isinstance(v, list) else v for v in (getattr(req, f) for f in type(req).model_fields))
    try:
        hash(key)
    except TypeError:
        return (req.model_dump_json(),)
    return key


class AnswerCache:
    __slots__ = ("_entries", "size")

    def __init__(self, size: int = MAX_ENTRIES) -> None:
        self.size = size
        self._entries: OrderedDict[Hashable, tuple[tuple[Any, ...], RawJson]] = OrderedDict()

    def get(self, key: Hashable, token: tuple[Any, ...], build: Callable[[], Any]) -> RawJson:
        """The encoded ``build()`` for ``key``, computed again when ``token`` changed since it was stored."""
        hit = self._entries.get(key)
        if hit is not None and _same(hit[0], token):
            return hit[1]
        value = RawJson(orjson.dumps(build()))
        entries = self._entries
        entries[key] = (token, value)
        if len(entries) > self.size:
            entries.popitem(last=False)
        return value

    def __len__(self) -> int:
        return len(self._entries)


def _same(a: tuple[Any, ...], b: tuple[Any, ...]) -> bool:
    """Objects compare by identity (a new catalogue is a new object), numbers by value."""
    return len(a) == len(b) and all(x is y or (type(x) is int and x == y) for x, y in zip(a, b, strict=True))
