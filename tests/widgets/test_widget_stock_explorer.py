"""StockExplorer: filters -> styled table and heatmap, all from one catalogue fetch."""

from __future__ import annotations

from typing import Any

from widget_helpers import actions


def test_loads_filters_and_colours(server: Any, client: Any) -> None:
    from zltoolkit.widgets import StockExplorer

    ex = StockExplorer(client)
    assert ex.errors.text == ""
    total = len(ex.filtered)
    assert total > 0 and "zl-stock-grid" in ex.table.value
    assert ex.heatmap.outputs and "image/png" in ex.heatmap.outputs[0]["data"]
    # One fetch: zones, types and stock for both charge types.
    assert len(actions(server, "DescribeAvailableResources")) == 2
    ex.area.value = "Asia"
    assert set(ex.filtered["area"]) == {"Asia"}
    assert all(c == "(any)" or c in set(ex.catalog.loc[ex.catalog.area == "Asia", "city"]) for c in ex.city.options)
    ex.min_cores.value = 32
    assert (ex.filtered["cores"] >= 32).all() and len(ex.filtered) < total
    ex.sell_status.value = "SOLD_OUT"
    assert set(ex.filtered["sell_status"].astype(str)) <= {"SOLD_OUT"}
    assert "#ffcdd2" in ex.table.value  # sold out cells are coloured
    # Filtering is local: no new request.
    assert len(actions(server, "DescribeAvailableResources")) == 2
    ex.charge_type.value = "both"
    ex.sell_status.value = "any"
    assert set(ex.filtered["charge_type"].astype(str)) == {"PREPAID", "POSTPAID"}


def test_zone_and_city_cascade(server: Any, client: Any) -> None:
    from zltoolkit.widgets import StockExplorer

    ex = StockExplorer(client, heatmap=False)
    ex.area.value = "Europe"
    ex.city.value = "Frankfurt"
    assert set(ex.zone.options) == {"(any)", "FRA-A", "FRA-B"}
    ex.zone.value = "FRA-B"
    assert set(ex.filtered["zone_id"]) == {"FRA-B"}
    ex.area.value = "Asia"  # the city no longer fits: back to any
    assert ex.city.value == "(any)" and "FRA-B" not in ex.zone.options


def test_api_error_on_load_is_shown_readably(server: Any, client: Any) -> None:
    from zltoolkit.widgets import StockExplorer

    server.add_fault(action="DescribeZones", error="INTERNAL_SERVER_ERROR", message="zones are down")
    ex = StockExplorer(client, heatmap=False)
    text = ex.errors.text
    assert "INTERNAL_SERVER_ERROR: zones are down" in text and "request id T" in text


def test_handler_exception_lands_in_the_output(server: Any, client: Any) -> None:
    from zltoolkit.widgets import StockExplorer

    ex = StockExplorer(client, heatmap=False)

    def boom() -> None:
        raise RuntimeError("renderer exploded")

    ex.update = boom  # type: ignore[method-assign]
    ex.min_memory.value = 64  # the observer runs, raises, and the panel shows it with its traceback
    assert "RuntimeError: renderer exploded" in ex.errors.text
    assert "Traceback" in ex.errors.text
