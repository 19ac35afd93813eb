"""The shared helpers: the error panel and the dropdown options fix."""

from __future__ import annotations

import ipywidgets as w

from zltoolkit.widgets._util import ErrorPanel, api_error_text, set_options


def test_guard_shows_api_errors_readably_and_bugs_with_traceback() -> None:
    from zltoolkit.client import ZenlayerError

    panel = ErrorPanel()

    def api_fail() -> None:
        raise ZenlayerError("RESOURCES_SOLDOUT_INSTANCE_TYPE", "M6C is sold out in SEL-A.", "TABC", 400)

    def bug() -> None:
        raise KeyError("missing")

    assert panel.guard(api_fail)() is None
    assert "RESOURCES_SOLDOUT_INSTANCE_TYPE: M6C is sold out in SEL-A. (request id TABC, HTTP 400)" in panel.text
    panel.guard(bug, "refresh")()
    assert "refresh: KeyError" in panel.text and "Traceback" in panel.text
    assert len(panel.outputs) == 2
    panel.clear()
    assert panel.text == ""


def test_api_error_text_is_none_for_plain_exceptions() -> None:
    assert api_error_text(ValueError("x")) is None


def test_set_options_keeps_value_or_selects_first() -> None:
    dd = w.Dropdown(options=["a", "b"], value="b")
    set_options(dd, ["b", "c"])
    assert dd.value == "b" and dd.index == 0
    set_options(dd, [("Cee", "c"), ("Dee", "d")])
    assert dd.value == "c" and dd.index == 0
    set_options(dd, [])
    assert dd.value is None
