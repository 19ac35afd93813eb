"""zltoolkit.common.frames.conform keeps every dtype of the schema, timezone included."""

from __future__ import annotations

import pandas as pd

from zltoolkit.common.frames import INT, STR, UTC, conform


def test_conform_keeps_utc_and_nullable_ints() -> None:
    schema = {"ts": UTC, "n": INT, "name": STR, "missing": UTC}
    raw = pd.DataFrame({"name": ["a", "b"], "n": [1.0, None],
                        "ts": ["2026-12-03T09:00:00Z", "2026-12-03T10:00:00+01:00"]}, index=[7, 9])
    out = conform(raw, schema)
    assert list(out.columns) == ["ts", "n", "name", "missing"]
    assert str(out["ts"].dtype) == UTC and str(out["missing"].dtype) == UTC
    assert out["ts"].tolist() == [pd.Timestamp("2026-12-03T09:00:00Z")] * 2
    assert out["n"].tolist()[0] == 1 and out["n"].isna().tolist() == [False, True]
    assert out["missing"].isna().all()
