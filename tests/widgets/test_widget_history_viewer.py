"""History viewer: a stock history recorded on the mock (market on, manual clock) as heatmap, timeline and
placement scores, re-read while a recorder keeps appending; errors land in its panel."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from zltoolkit.history import MockHeaderTime, Recorder
from zltoolkit.widgets._util import output_text


@pytest.fixture
def market(server: Any) -> Iterator[Any]:
    server.set_market(True)
    try:
        yield server
    finally:
        server.set_market(False)
        server.reset()  # everything the market took goes back


@pytest.fixture
def recorder(market: Any, client: Any, tmp_path: Path) -> Iterator[Recorder]:
    with Recorder(client, tmp_path / "stock.sqlite", every=3600, server_time=MockHeaderTime(),
                  sleep=market.advance) as rec:
        yield rec


def _png(out: Any) -> bool:
    return any("image/png" in o.get("data", {}) for o in out.outputs)


def test_views_of_a_recorded_day(recorder: Recorder) -> None:
    from zltoolkit.widgets import HistoryViewer

    recorder.run(rounds=24)
    v = HistoryViewer(recorder)
    assert v.errors.text == "" and _png(v.out)  # the heatmap first
    assert "observation(s), 48 call(s), 0 gap(s)" in v.summary.value
    v.view.value = "Qty timeline"
    assert _png(v.out) and len(v.offerings.value) == 3
    v.view.value = "Placement scores"
    v.count.value = 20
    text = output_text(v.out)
    assert "score" in text and "zl-history-scores" in text
    v.charge_type.value = "PREPAID"
    assert "POSTPAID" not in output_text(v.out)
    assert v.errors.text == ""


def test_refresh_follows_a_recorder_still_appending(recorder: Recorder) -> None:
    from zltoolkit.widgets import HistoryViewer

    recorder.run(rounds=2)
    v = HistoryViewer(str(recorder.store.path))
    assert "4 call(s)" in v.summary.value
    recorder.run(rounds=3)  # the recorder's store stays open and writing
    v.refresh_button.click()
    assert "10 call(s)" in v.summary.value and v.errors.text == ""


def test_a_missing_store_is_reported_in_the_panel(tmp_path: Path) -> None:
    from zltoolkit.widgets import HistoryViewer

    v = HistoryViewer(tmp_path / "nothing.sqlite")
    assert v.errors.text == ""  # nothing to show yet, nothing wrong
    v.refresh_button.click()
    assert "no stock history" in v.errors.text and not (tmp_path / "nothing.sqlite").exists()
