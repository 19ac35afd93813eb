"""Column schemas and the one helper every view builds its DataFrame through.

A schema is an ordered ``{column: dtype}`` dict. Building every frame through :func:`frame` (or
:func:`conform`) gives the same columns, order and dtypes whether there are 10,000 rows or none, so code
written against a view never breaks on an empty answer.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import Enum
from typing import Any, Final

import pandas as pd

from zltoolkit.api.enums import DOCUMENTED_INSTANCE_STATUSES, ChargeType, InstanceStatus, SellStatus

Schema = dict[str, Any]

# Explicit dtypes: pandas' default string dtype depends on options and installed storage, so name it.
STR = pd.StringDtype("python")
INT: Final = "Int64"
FLOAT: Final = "Float64"
BOOL: Final = "boolean"
UTC: Final = "datetime64[ns, UTC]"
OBJ: Final = "object"  # tuples (ip lists, raid levels), dicts (tags)

# A categorical column holds the schema's categories, then any label the API added since (see with_unknown).
#: Ordered so comparisons read naturally: ``df.sell_status >= "SELL_SHORTAGE"`` means "can buy some".
SELL_STATUS = pd.CategoricalDtype([s.value for s in (SellStatus.SOLD_OUT, SellStatus.SELL_SHORTAGE,
                                                     SellStatus.SELL)], ordered=True)
#: The ten documented statuses in lifecycle order, plus RECYCLING (terraform reads it; harmless to accept).
INSTANCE_STATUS = pd.CategoricalDtype(
    [s.value for s in DOCUMENTED_INSTANCE_STATUSES] + [InstanceStatus.RECYCLING.value], ordered=True)
CHARGE_TYPE = pd.CategoricalDtype([c.value for c in ChargeType], ordered=False)
#: How much we know about a stock figure: an exact qty, only the sellStatus band, or nothing.
CERTAINTY = pd.CategoricalDtype(["unknown", "band", "known"], ordered=True)


def with_unknown(dtype: pd.CategoricalDtype, values: Iterable[Any]) -> pd.CategoricalDtype:
    """``dtype`` extended by the labels of ``values`` it does not know, after its own (sorted: deterministic).

    An API adding a status must neither break a view nor hide the row's value: the new label shows verbatim.
    """
    known = set(dtype.categories)
    extra = sorted({str(v) for v in values if v is not None and not _missing(v) and str(v) not in known})
    if not extra:
        return dtype
    return pd.CategoricalDtype([*dtype.categories, *extra], ordered=dtype.ordered)


def _missing(value: Any) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # list-likes
        return False


def _column(values: list[Any], dtype: Any) -> pd.Series:
    if isinstance(dtype, pd.CategoricalDtype):
        labels = [v.value if isinstance(v, Enum) else v for v in values]
        return pd.Series(pd.Categorical(labels, dtype=with_unknown(dtype, labels)))
    if dtype == UTC:
        parsed = pd.to_datetime(pd.Series(values, dtype=OBJ), utc=True, format="ISO8601", errors="coerce")
        return parsed.astype(UTC)
    out: pd.Series = pd.Series(values, dtype=dtype)
    return out


def frame(records: Iterable[Mapping[str, Any]], schema: Schema) -> pd.DataFrame:
    """A DataFrame with exactly ``schema``'s columns (missing keys -> NA), in order, with its dtypes."""
    rows = list(records)
    data = {col: _column([r.get(col) for r in rows], dtype) for col, dtype in schema.items()}
    return pd.DataFrame(data, columns=list(schema)).reset_index(drop=True)


def conform(df: pd.DataFrame, schema: Schema) -> pd.DataFrame:
    """Reorder/add columns of an existing frame (e.g. after a merge) and cast them to ``schema``."""
    out = pd.DataFrame(index=df.index)
    for col, dtype in schema.items():
        if col in df.columns and str(df[col].dtype) == str(dtype):
            out[col] = df[col]
        elif col in df.columns and _extends(df[col].dtype, dtype):
            out[col] = df[col]  # already the schema's categories, extended by unknown labels
        elif col in df.columns:
            out[col] = _column(df[col].astype(object).where(df[col].notna(), None).tolist(), dtype).array
        else:
            out[col] = _column([None] * len(df), dtype).array
    return out.reset_index(drop=True)


def _extends(have: Any, want: Any) -> bool:
    """``have`` is the categorical ``want`` with unknown labels appended (see with_unknown)."""
    if not (isinstance(have, pd.CategoricalDtype) and isinstance(want, pd.CategoricalDtype)):
        return False
    n = len(want.categories)
    return bool(have.ordered == want.ordered and list(have.categories[:n]) == list(want.categories))


def empty(schema: Schema) -> pd.DataFrame:
    return frame([], schema)
