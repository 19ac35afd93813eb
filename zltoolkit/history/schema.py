"""Column schemas of the history frames, and categoricals that keep values the API did not document.

The views' categoricals (``zltoolkit.common.frames``) turn an unknown label into NaN. A history is a record
of what the server said, so here an unknown sell status or charge type is kept verbatim: the dtype is the
documented one extended with the unknown labels. For the ordered sell status the unknown labels sort *below*
SOLD_OUT, so ``sell_status >= "SELL_SHORTAGE"`` ("can buy some") never counts them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pandas as pd

from zltoolkit.common.frames import BOOL, CHARGE_TYPE, FLOAT, INT, SELL_STATUS, STR, UTC, Schema

__all__ = ["AVAILABILITY", "HISTORY", "ROUNDS", "SCORES", "open_dtype"]

#: One row per offering per successful round: what DescribeAvailableResources said at server time ``ts``.
HISTORY: Schema = {
    "ts": UTC,  # server time of the round (mock clock, or the response's Date header)
    "zone_id": STR,
    "instance_type_id": STR,
    "charge_type": CHARGE_TYPE,
    "sell_status": SELL_STATUS,
    "qty": INT,  # NA when the API did not say (only the sell-status band is known)
}

#: One row per DescribeAvailableResources call of a round: successful or a gap (``ok`` False).
ROUNDS: Schema = {
    "round_id": INT,  # store-wide, increasing in the order rounds were written
    "ts": UTC,
    "charge_type": CHARGE_TYPE,
    "ok": BOOL,
    "error_code": STR,  # the API or client error code of a gap (NA when ok)
    "offerings": INT,  # rows the call returned (0 for a gap)
    "recorder": STR,  # which recorder wrote it (several may append to one store)
    "clock": STR,  # where ts came from: "mock" (the mock's clock), "date" (Date header), "wall" (fallback)
}

#: Availability of each offering over a window (zltoolkit.history.analysis.availability).
AVAILABILITY: Schema = {
    "zone_id": STR,
    "instance_type_id": STR,
    "charge_type": CHARGE_TYPE,
    "first_ts": UTC,
    "last_ts": UTC,
    "rounds": INT,  # successful rounds that listed the offering
    "observed_h": FLOAT,  # hours of observed time (the denominator of the shares)
    "gaps": INT,  # failed rounds of this charge type in the window (their time is in no denominator)
    "gap_h": FLOAT,
    "share_sell": FLOAT,  # fractions of observed time, 0..1
    "share_sell_shortage": FLOAT,
    "share_sold_out": FLOAT,
    "share_other": FLOAT,  # an undocumented or missing sell status
    "qty_p10": FLOAT,  # percentiles of the reported qty (rounds where qty was given)
    "qty_p50": FLOAT,
    "qty_p90": FLOAT,
    "qty_known_share": FLOAT,  # fraction of the rounds that reported a qty
    "longest_sold_out_h": FLOAT,  # longest run of consecutive observed SOLD_OUT rounds, in hours
}

#: Placement scores (zltoolkit.history.scores.placement_scores).
SCORES: Schema = {
    "zone_id": STR,
    "instance_type_id": STR,
    "charge_type": CHARGE_TYPE,
    "score": INT,  # 1..10
    "share": FLOAT,  # fraction of observed time with at least `count` available
    "observed_h": FLOAT,
    "rounds": INT,
    "trusted": BOOL,  # False when the history is too short to trust (see note)
    "note": STR,
}


def open_dtype(base: pd.CategoricalDtype, values: Iterable[Any]) -> pd.CategoricalDtype:
    """``base`` plus the labels of ``values`` it does not know (kept verbatim; below the known ones when
    ``base`` is ordered). ``base`` itself when every value is known or missing."""
    known = list(base.categories)
    extra = sorted({str(v) for v in values if v is not None and not pd.isna(v)} - set(known))
    if not extra:
        return base
    return pd.CategoricalDtype(extra + known if base.ordered else known + extra, ordered=base.ordered)
