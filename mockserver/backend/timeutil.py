"""Mock-clock timestamps on the wire: UTC ``YYYY-MM-DDThh:mm:ssZ`` and calendar-month arithmetic."""

from __future__ import annotations

import calendar
import time
from datetime import UTC, datetime

from zltoolkit.api import limits

#: Seconds an instance stays in the recycle bin before it is released for good (docs/api-facts.md §7.8).
RECYCLE_RETENTION_SECONDS = 24 * 3600


#: The latest time the wire format can show (a manual clock may be advanced absurdly far).
MAX_TIME = "9999-12-31T23:59:59Z"


def fmt(ts: float) -> str:
    """``1672531200.0`` -> ``"2023-01-01T00:00:00Z"`` (seconds truncated, as the API shows them)."""
    try:
        out = time.strftime(limits.TIME_FORMAT, time.gmtime(ts))
    except (OverflowError, ValueError, OSError):
        return MAX_TIME
    return out if len(out) == len(MAX_TIME) else MAX_TIME


#: The latest time ``iso_micro`` can show.
MAX_TIME_MICRO = "9999-12-31T23:59:59.999999Z"


#: The last (ts, text) of ``iso_micro``: every answer carries the mock clock, and a manual clock reads the same
#: between advances (one tuple, replaced whole, so threads never see half of it).
_last_micro: tuple[float, str] = (float("nan"), MAX_TIME_MICRO)


def iso_micro(ts: float) -> str:
    """``1672531200.5`` -> ``"2023-01-01T00:00:00.500000Z"`` for the control plane and the journal; clamped
    like ``fmt``, so a clock advanced past year 9999 still reads."""
    global _last_micro
    last = _last_micro
    if last[0] == ts:
        return last[1]
    try:
        text = datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    except (OverflowError, ValueError, OSError):
        return MAX_TIME_MICRO
    _last_micro = (ts, text)
    return text


def add_months(ts: float, months: int) -> float:
    """``ts`` moved by whole calendar months, the day clamped to the month's length (Jan 31 + 1 -> Feb 28/29).

    Always computed from the original anchor (create time + total months), so renewals never drift.
    OverflowError past year 9999.
    """
    d = datetime.fromtimestamp(ts, UTC)
    index = d.month - 1 + months
    year, month = d.year + index // 12, index % 12 + 1
    if year > 9999:
        raise OverflowError("date beyond year 9999")
    day = min(d.day, calendar.monthrange(year, month)[1])
    return d.replace(year=year, month=month, day=day).timestamp()
