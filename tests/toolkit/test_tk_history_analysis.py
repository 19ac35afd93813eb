"""Availability, placement scores and plots on hand-built histories, with exact expected numbers."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pytest

from zltoolkit.common.frames import frame
from zltoolkit.history import (
    AVAILABILITY,
    HISTORY,
    ROUNDS,
    SCORES,
    availability,
    availability_heatmap,
    placement_scores,
    qty_timeline,
    score_of,
)
from zltoolkit.history.schema import open_dtype
from zltoolkit.history.scores import MIN_HOURS, MIN_ROUNDS

T0 = pd.Timestamp("2026-12-01T00:00:00Z")


def at(seconds: float) -> pd.Timestamp:
    return T0 + pd.Timedelta(seconds=seconds)


def history(rows: list[tuple[float, str, str, str | None, int | None]], charge: str = "POSTPAID") -> pd.DataFrame:
    """(seconds after T0, zone, type, sell status, qty) -> a HISTORY frame (unknown statuses kept)."""
    df = frame([{"ts": at(t), "zone_id": z, "instance_type_id": i, "charge_type": charge, "sell_status": None,
                 "qty": q} for t, z, i, _, q in rows], HISTORY)
    statuses = [s for *_, s, _ in rows]
    df["sell_status"] = pd.Categorical(statuses, dtype=open_dtype(HISTORY["sell_status"], statuses))
    return df


def rounds(oks: list[tuple[float, bool]], charge: str = "POSTPAID") -> pd.DataFrame:
    return frame([{"round_id": i + 1, "ts": at(t), "charge_type": charge, "ok": ok,
                   "error_code": None if ok else "INTERNAL_SERVER_ERROR", "offerings": 1 if ok else 0,
                   "recorder": "test", "clock": "mock"} for i, (t, ok) in enumerate(oks)], ROUNDS)


#: Offering A over six 5-minute rounds: SELL 20, SELL 15, SOLD_OUT, SOLD_OUT, SELL_SHORTAGE 5, SELL (hidden).
A = [(0, "SELL", 20), (300, "SELL", 15), (600, "SOLD_OUT", 0), (900, "SOLD_OUT", 0), (1200, "SELL_SHORTAGE", 5),
     (1500, "SELL", None)]


def offering_a() -> pd.DataFrame:
    return history([(t, "Z1", "T1", s, q) for t, s, q in A])


def test_availability_shares_percentiles_and_stretches(check_schema: Any) -> None:
    av = availability(offering_a())
    check_schema(av, AVAILABILITY)
    r = av.iloc[0]
    assert (r.zone_id, r.instance_type_id, r.charge_type) == ("Z1", "T1", "POSTPAID")
    assert r.rounds == 6 and r.observed_h == pytest.approx(1800 / 3600)
    assert (r.share_sell, r.share_sell_shortage, r.share_sold_out, r.share_other) == pytest.approx(
        (3 / 6, 1 / 6, 2 / 6, 0))
    # Reported qtys 20, 15, 0, 0, 5 (the hidden one is not a qty): linear percentiles.
    assert (r.qty_p10, r.qty_p50, r.qty_p90) == pytest.approx((0.0, 5.0, 18.0))
    assert r.qty_known_share == pytest.approx(5 / 6)
    assert r.longest_sold_out_h == pytest.approx(600 / 3600)
    assert (r.gaps, r.gap_h) == (0, 0.0)
    assert (r.first_ts, r.last_ts) == (at(0), at(1500))


def test_gaps_are_excluded_from_denominators_and_break_stretches() -> None:
    # The round at 900 failed: recorded as a gap, so offering A has no row there.
    h = offering_a()
    h = h[h.ts != at(900)]
    r = rounds([(t, t != 900) for t, _, _ in A])
    got = availability(h, r).iloc[0]
    assert got.gaps == 1 and got.gap_h == pytest.approx(300 / 3600)
    assert got.observed_h == pytest.approx(1500 / 3600)
    assert got.share_sold_out == pytest.approx(1 / 5)  # not 2/6: the gap is not sold out
    assert got.longest_sold_out_h == pytest.approx(300 / 3600)
    # Without the rounds table a missing round still counts as unobserved (capped at one cadence).
    alone = availability(h).iloc[0]
    assert alone.observed_h == pytest.approx(1500 / 3600) and alone.gaps == 0


def test_consecutive_sold_out_rounds_make_one_stretch_and_windows_cut() -> None:
    rows = [(t * 300, "Z1", "T1", "SOLD_OUT" if 2 <= t <= 6 else "SELL", 0 if 2 <= t <= 6 else 50)
            for t in range(10)]
    h = history(rows)
    assert availability(h).iloc[0].longest_sold_out_h == pytest.approx(5 * 300 / 3600)
    window = availability(h, start=at(0), end=at(1200)).iloc[0]  # rounds 0..3
    assert window.rounds == 4 and window.share_sold_out == pytest.approx(2 / 4)


def test_duplicate_observations_of_two_recorders_count_once() -> None:
    h = offering_a()
    doubled = pd.concat([h, h], ignore_index=True)
    pd.testing.assert_frame_equal(availability(doubled), availability(h))


def test_empty_history_gives_typed_empty_frames(check_schema: Any) -> None:
    empty = history([])
    check_schema(availability(empty), AVAILABILITY)
    check_schema(placement_scores(empty, count=3), SCORES)
    assert availability(empty).empty


@pytest.mark.parametrize(("share", "score"), [(0.0, 1), (1.0, 10), (0.5, 6), (17 / 18, 10), (0.94, 9),
                                              (1 / 18, 2), (0.05, 1)])
def test_score_of_maps_share_to_one_to_ten(share: float, score: int) -> None:
    assert score_of(share) == score


def test_score_of_rejects_shares_outside_zero_one() -> None:
    with pytest.raises(ValueError):
        score_of(1.5)


def test_placement_score_counts_hidden_qty_as_the_band_minimum(check_schema: Any) -> None:
    h = offering_a()
    s10 = placement_scores(h, count=10)
    check_schema(s10, SCORES)
    r = s10.iloc[0]
    # qty >= 10: 20, 15 and the hidden SELL (counts as 11) -> 3 of 6 rounds.
    assert r.share == pytest.approx(0.5) and r.score == 6
    r12 = placement_scores(h, count=12).iloc[0]
    # The hidden SELL (11) no longer counts: 2 of 6; the note says the score is a lower bound.
    assert r12.share == pytest.approx(2 / 6) and r12.score == 4
    assert "qty hidden 17% of the time" in r12.note
    # A hidden SELL_SHORTAGE counts as 1.
    shortage = history([(t * 300, "Z1", "T1", "SELL_SHORTAGE", None) for t in range(4)])
    assert placement_scores(shortage, count=1).iloc[0].score == 10
    assert placement_scores(shortage, count=2).iloc[0].score == 1


def test_unknown_sell_status_counts_by_its_qty_or_as_nothing() -> None:
    h = history([(0, "Z1", "T1", "RESERVED", None), (300, "Z1", "T1", "RESERVED", 50),
                 (600, "Z1", "T1", None, None), (900, "Z1", "T1", "SELL", 40)])
    r = placement_scores(h, count=5).iloc[0]
    assert r.share == pytest.approx(2 / 4) and r.score == 6
    av = availability(h).iloc[0]
    assert av.share_other == pytest.approx(3 / 4) and av.share_sell == pytest.approx(1 / 4)


def test_too_short_a_history_is_flagged_not_hidden() -> None:
    short = placement_scores(offering_a(), count=1).iloc[0]
    assert not short.trusted
    assert "history too short: 0.5 h over 6 round(s)" in short.note
    day = history([(t * 300, "Z1", "T1", "SELL", 30) for t in range(int(MIN_HOURS * 12))])
    trusted = placement_scores(day, count=1).iloc[0]
    assert trusted.trusted and pd.isna(trusted.note) and trusted.score == 10
    assert trusted.rounds >= MIN_ROUNDS
    assert not placement_scores(day, count=1, min_hours=48).iloc[0].trusted


def test_scores_are_best_first_and_per_charge_type() -> None:
    good = history([(t * 300, "Z2", "T1", "SELL", 100) for t in range(6)])
    prepaid = history([(t * 300, "Z3", "T1", "SELL", 100) for t in range(6)], charge="PREPAID")
    h = pd.concat([offering_a(), good, prepaid], ignore_index=True)
    s = placement_scores(h, count=10)
    assert list(zip(s.zone_id, s.score, strict=True)) == [("Z2", 10), ("Z3", 10), ("Z1", 6)]
    only = placement_scores(h, count=10, charge_type="POSTPAID")
    assert list(only.zone_id) == ["Z2", "Z1"]
    with pytest.raises(ValueError):
        placement_scores(h, count=0)


def test_heatmap_colours_bins_by_status_and_leaves_gaps_blank() -> None:
    rows = [(0, "Z1", "T1", "SELL", 20), (300, "Z1", "T1", "SELL", 20),
            (3600, "Z1", "T1", "SOLD_OUT", 0), (3900, "Z1", "T1", "SOLD_OUT", 0),
            (10800, "Z1", "T1", "SELL_SHORTAGE", 3)]
    fig = availability_heatmap(history(rows), freq="1h")
    values = np.ma.filled(fig.axes[0].images[0].get_array(), np.nan)
    # Bins 00:00 (sell), 01:00 (sold out), 03:00 (shortage); 02:00 was never observed.
    assert values.shape == (1, 3)
    assert list(values[0]) == [2.0, 0.0, 1.0]
    assert "Z1/T1 POSTPAID" in [t.get_text() for t in fig.axes[0].get_yticklabels()]


def test_qty_timeline_draws_the_chosen_offerings() -> None:
    h = pd.concat([offering_a(), history([(t * 300, "Z2", "T1", "SELL", 100) for t in range(6)])],
                  ignore_index=True)
    fig = qty_timeline(h, ["Z1/T1"])
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert labels == ["Z1/T1 POSTPAID"]
    solid, dotted = ax.get_lines()
    assert list(np.asarray(solid.get_ydata(), dtype=float)[:5]) == [20, 15, 0, 0, 5]
    assert np.asarray(dotted.get_ydata(), dtype=float)[-1] == 11  # the hidden SELL at its band minimum
