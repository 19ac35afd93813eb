"""Filter arguments of the views: one value or several (None = no filter), and the charge-type choice."""

from __future__ import annotations

from collections.abc import Iterable

from zltoolkit.api.enums import ChargeType

__all__ = ["BOTH", "as_list", "charge_types"]

#: Spellings of "every charge type" a view accepts for ``charge_type`` (besides None).
BOTH = frozenset({"both", "all"})


def as_list(value: str | Iterable[str] | None) -> list[str] | None:
    """Filter arguments accept one value or several; None means no filter."""
    if value is None:
        return None
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def charge_types(charge_type: str | Iterable[str] | None) -> list[str]:
    """None/"both"/"all" -> both charge types; else the one(s) given, validated."""
    if charge_type is None or (isinstance(charge_type, str) and charge_type.lower() in BOTH):
        return [c.value for c in ChargeType]
    return [ChargeType(c).value for c in as_list(charge_type) or []]
