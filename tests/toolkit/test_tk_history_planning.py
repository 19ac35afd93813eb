"""The planner ranks by placement score when asked (rank_by="score" + history=), shows the score beside the
cost, and is unchanged otherwise."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

import zltoolkit as zl
from zltoolkit.common.frames import frame
from zltoolkit.history import HISTORY
from zltoolkit.planning import Requirement
from zltoolkit.session import Session

T0 = pd.Timestamp("2026-12-01T00:00:00Z")


@pytest.fixture(scope="module")
def session(scenario_file: Path) -> Iterator[Session]:
    with zl.connect("mock", clock="manual", scenario=str(scenario_file), seed=7, quiet=True) as s:
        yield s


@pytest.fixture
def s(session: Session) -> Session:
    assert session.mock is not None
    session.mock.reset()
    return session


def _requirement(s: Session, **extra: object) -> Requirement:
    """One instance of a type offered (with stock) in several zones, postpaid."""
    st = s.stock(charge_type="POSTPAID")
    st = st[st.qty.fillna(0) > 5]
    counts = st.groupby("instance_type_id").zone_id.nunique()
    itype = str(counts[counts >= 3].index[0])
    return Requirement(count=1, instance_types=[itype], **extra)  # type: ignore[arg-type]


def _history(opts: pd.DataFrame, sold_out: tuple[str, str], rounds: int = 300) -> pd.DataFrame:
    """``rounds`` 5-minute rounds: ``sold_out`` always SOLD_OUT, every other option SELL with 50."""
    rows = []
    for t in range(rounds):
        ts = T0 + pd.Timedelta(minutes=5 * t)
        for z, i in zip(opts.zone_id, opts.instance_type_id, strict=True):
            bad = (z, i) == sold_out
            rows.append({"ts": ts, "zone_id": z, "instance_type_id": i, "charge_type": "POSTPAID",
                         "sell_status": "SOLD_OUT" if bad else "SELL", "qty": 0 if bad else 50})
    return frame(rows, HISTORY)


def test_rank_by_score_puts_the_reliable_offering_first(s: Session) -> None:
    req = _requirement(s)
    by_cost = s.options(req)
    assert by_cost.score.isna().all()  # no history: no score, same ranking as ever
    cheapest = by_cost[by_cost["rank"] == 1].iloc[0]
    key = (str(cheapest.zone_id), str(cheapest.instance_type_id))
    feasible = by_cost[by_cost.feasible.fillna(False)]
    hist = _history(feasible, key)

    with_scores = s.options(req, history=hist)
    # Same order as by cost; the score beside the cost.
    assert list(with_scores["rank"]) == list(by_cost["rank"])
    assert list(with_scores.columns).index("score") == list(with_scores.columns).index("per_gb") + 1
    top = with_scores[with_scores["rank"] == 1].iloc[0]
    assert (top.zone_id, top.instance_type_id, top.score) == (*key, 1)

    by_score = s.options(req.model_copy(update={"rank_by": "score"}), history=hist)
    first = by_score[by_score["rank"] == 1].iloc[0]
    assert (first.zone_id, first.instance_type_id) != key and first.score == 10
    ranked = by_score.dropna(subset=["rank"]).sort_values("rank")
    assert list(ranked.score) == sorted(ranked.score, reverse=True)
    # Among equal scores, cheapest first.
    tens = ranked[ranked.score == 10]
    assert list(tens.unit_monthly) == sorted(tens.unit_monthly)


def test_plan_by_score_places_on_the_best_scored(s: Session) -> None:
    req = _requirement(s)
    opts = s.options(req)
    cheapest = opts[opts["rank"] == 1].iloc[0]
    key = (str(cheapest.zone_id), str(cheapest.instance_type_id))
    hist = _history(opts[opts.feasible.fillna(False)], key)
    by_cost = s.plan(req, history=hist)
    assert [(a.zone_id, a.instance_type_id) for a in by_cost.allocations] == [key]
    by_score = s.plan(req.model_copy(update={"rank_by": "score"}), history=hist)
    assert by_score.feasible
    assert [(a.zone_id, a.instance_type_id) for a in by_score.allocations] != [key]
    assert "ranked by placement score" in req.model_copy(update={"rank_by": "score"}).describe()


def test_a_recorder_is_a_history_too(s: Session, tmp_path: Path) -> None:
    req = _requirement(s)
    with s.record_stock(every=300, store=tmp_path / "h.sqlite", charge_type="POSTPAID") as rec:
        rec.run(rounds=3)
        opts = zl.options(s, req.model_copy(update={"rank_by": "score"}), history=rec)
    feasible = opts[opts.feasible.fillna(False)]
    assert feasible.score.notna().all()
    assert feasible.score_note.str.contains("history too short").all()


def test_rank_by_score_without_a_history_says_what_to_pass(s: Session) -> None:
    with pytest.raises(ValueError, match="history="):
        s.options(_requirement(s, rank_by="score"))


def test_offerings_missing_from_the_history_have_no_score_and_rank_last(s: Session) -> None:
    req = _requirement(s, rank_by="score")
    opts = s.options(req.model_copy(update={"rank_by": "cost"}))
    feasible = opts[opts.feasible.fillna(False)]
    only = feasible.iloc[[-1]]  # the most expensive feasible option is the only one with a history
    hist = _history(only, ("none", "none"))
    ranked = s.options(req, history=hist)
    first = ranked[ranked["rank"] == 1].iloc[0]
    assert (first.zone_id, first.instance_type_id) == (only.zone_id.iloc[0], only.instance_type_id.iloc[0])
    rest = ranked[ranked.feasible.fillna(False) & (ranked["rank"] > 1)]
    assert rest.score.isna().all() and (rest.score_note == "not in the stock history").all()
