"""Each UI is itself an ipywidgets DOMWidget: the last expression of a cell shows it, with no ``.widget``."""

from __future__ import annotations

from typing import Any

import ipywidgets as w
import pytest

from zltoolkit.api.enums import ChargeType, InternetChargeType


def make(kind: str, client: Any) -> Any:
    from zltoolkit.widgets import (
        CapacityPlanner,
        CreateInstanceForm,
        Dashboard,
        FleetMonitor,
        HistoryViewer,
        StockExplorer,
    )

    return {
        "StockExplorer": lambda: StockExplorer(client, heatmap=False),
        "CapacityPlanner": lambda: CapacityPlanner(client),
        "CreateInstanceForm": lambda: CreateInstanceForm(client),
        "FleetMonitor": lambda: FleetMonitor(client),
        "Dashboard": lambda: Dashboard(client),
        "HistoryViewer": lambda: HistoryViewer("no-such-history.sqlite"),
    }[kind]()


CSS = {"StockExplorer": "zl-stock-explorer", "CapacityPlanner": "zl-capacity-planner",
       "CreateInstanceForm": "zl-create-form", "FleetMonitor": "zl-fleet-monitor", "Dashboard": "zl-dashboard",
       "HistoryViewer": "zl-history"}


@pytest.mark.parametrize("kind", list(CSS))
def test_displays_as_itself(kind: str, client: Any) -> None:
    ui = make(kind, client)
    assert isinstance(ui, w.DOMWidget) and isinstance(ui, w.VBox)
    assert not hasattr(ui, "widget")
    assert CSS[kind] in ui._dom_classes
    # What IPython displays for the last expression of a cell: the widget view of this very model.
    bundle = ui._repr_mimebundle_()
    assert bundle["application/vnd.jupyter.widget-view+json"]["model_id"] == ui.model_id
    assert ui.children and all(isinstance(c, w.Widget) for c in ui.children)
    # Every error panel is part of what is shown (the Dashboard's are its parts').
    parts = [ui.explorer, ui.planner, ui.form, ui.monitor, ui.history] if kind == "Dashboard" else [ui]
    for part in parts:
        assert part.errors in _descendants(ui) and part.errors.text == ""
    # Widget machinery is intact (no attribute of ours shadows a trait).
    assert isinstance(ui.layout, w.Layout) and ui.log is not None and ui.comm is not None


def test_keyword_arguments_reach_the_box(client: Any) -> None:
    from zltoolkit.widgets import FleetMonitor

    layout = w.Layout(width="900px")
    assert FleetMonitor(client, layout=layout).layout is layout


def test_choices_are_the_api_enumerations(client: Any) -> None:
    from zltoolkit.widgets import CapacityPlanner, CreateInstanceForm

    planner = CapacityPlanner(client)
    charge_types = {c.value for c in ChargeType}
    assert set(planner.charge_type.options) == charge_types
    assert set(planner.internet_charge_type.options) == {
        t.value for t in InternetChargeType if t is not InternetChargeType.BY_BANDWIDTH_CLUSTER}
    form = CreateInstanceForm(client)
    assert set(form.charge_type.options) == charge_types
    assert set(form.internet_charge_type.options) <= {t.value for t in InternetChargeType}


def _descendants(root: Any) -> list[Any]:
    out = []
    for child in getattr(root, "children", ()) or ():
        out.append(child)
        out.extend(_descendants(child))
    return out
