"""Shared helpers of the widgets: the error panel, HTML/PNG outputs, dropdown options, colours, money.

Handlers never let an exception vanish (Voila shows nothing for an exception raised in a callback): every
handler runs under ``ErrorPanel.guard()``, which shows API errors readably ("CODE: message (request id
...)") and anything else with its traceback, in a visible Output.
"""

from __future__ import annotations

import base64
import functools
import html
import io
import traceback
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

import ipywidgets as w

from zltoolkit.api.enums import InstanceStatus, SellStatus

F = TypeVar("F", bound=Callable[..., Any])

#: Instance status -> colour (green when done, blue in flight, red failed, grey parked).
STATUS_COLOURS: dict[str, str] = {
    InstanceStatus.PENDING.value: "#9e9e9e",
    InstanceStatus.CREATING.value: "#42a5f5",
    InstanceStatus.INSTALLING.value: "#1e88e5",
    InstanceStatus.BOOTING.value: "#5c6bc0",
    InstanceStatus.STOPPING.value: "#8d6e63",
    InstanceStatus.RUNNING.value: "#2e7d32",
    InstanceStatus.STOPPED.value: "#616161",
    InstanceStatus.CREATE_FAILED.value: "#c62828",
    InstanceStatus.INSTALL_FAILED.value: "#d84315",
    InstanceStatus.RECYCLE.value: "#795548",
    InstanceStatus.RECYCLING.value: "#795548",
}
#: sellStatus -> background colour of its table cell.
SELL_COLOURS: dict[str, str] = {
    SellStatus.SELL.value: "#c8e6c9",
    SellStatus.SELL_SHORTAGE.value: "#fff3c4",
    SellStatus.SOLD_OUT.value: "#ffcdd2",
}


def api_error_text(exc: BaseException) -> str | None:
    """``CODE: message (request id R, HTTP S)`` for an API error (client or api model), else None."""
    code = getattr(exc, "code", None)
    message = getattr(exc, "message", None)
    if not isinstance(code, str) or message is None:
        return None
    extra = []
    request_id = getattr(exc, "request_id", None)
    status = getattr(exc, "http_status", None)
    if request_id:
        extra.append(f"request id {request_id}")
    if status is not None:
        extra.append(f"HTTP {status}")
    return f"{code}: {message}" + (f" ({', '.join(extra)})" if extra else "")


def html_output(data_html: str, text: str = "") -> dict[str, Any]:
    """One display_data output (set straight on ``Output.outputs``: works with or without a kernel)."""
    return {"output_type": "display_data", "data": {"text/html": data_html, "text/plain": text or data_html},
            "metadata": {}}


def png_output(png: bytes, text: str = "<figure>") -> dict[str, Any]:
    """One display_data output holding a PNG image."""
    return {"output_type": "display_data",
            "data": {"image/png": base64.b64encode(png).decode("ascii"), "text/plain": text}, "metadata": {}}


def figure_png(fig: Any) -> bytes:
    """A matplotlib Figure as PNG bytes (no pyplot: no global figure registry, no backend surprises)."""
    buf = io.BytesIO()
    # No bbox_inches="tight": it draws the figure twice; figures use layout="constrained" instead.
    fig.savefig(buf, format="png", dpi=90)
    return buf.getvalue()


def show_html(out: w.Output, data_html: str, text: str = "") -> None:
    """Replace what ``out`` shows with this HTML."""
    out.outputs = (html_output(data_html, text),)


def show_png(out: w.Output, png: bytes, text: str = "<figure>") -> None:
    """Replace what ``out`` shows with this PNG image."""
    out.outputs = (png_output(png, text),)


def output_text(out: w.Output) -> str:
    """Everything an Output shows, as one string (tests and the confirm flow read it)."""
    parts: list[str] = []
    for o in out.outputs:
        if "text" in o:
            parts.append(str(o["text"]))
        data = o.get("data", {})
        parts.append(str(data.get("text/plain", "")))
        parts.append(str(data.get("text/html", "")))
        if o.get("output_type") == "error":
            parts.append(f"{o.get('ename')}: {o.get('evalue')}")
    return "\n".join(parts)


class ErrorPanel(w.Output):  # type: ignore[misc]  # ipywidgets is untyped
    """An Output that shows handler errors; empty (and so invisible) while nothing went wrong.

    ``guard(handler)`` wraps a callback so nothing it raises is lost: API errors show as one readable line,
    anything else with its traceback. Every widget of this package puts one in its layout.
    """

    outputs: tuple[dict[str, Any], ...]  # the Output trait, typed for mypy (ipywidgets is untyped)

    def __init__(self, css: str = "zl-errors", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.add_class(css)
        self.add_class("zl-errors")

    def clear(self) -> None:
        """Remove every message shown."""
        self.outputs = ()

    @property
    def text(self) -> str:
        """Everything the panel shows, as one string."""
        return output_text(self)

    def show(self, exc: BaseException, context: str = "") -> None:
        """Show ``exc``: API errors as their code and message, anything else with its traceback."""
        readable = api_error_text(exc)
        prefix = f"{context}: " if context else ""
        if readable is not None:
            body = (f'<div class="zl-error zl-api-error" style="color:#b71c1c;font-weight:600">'
                    f"{html.escape(prefix + readable)}</div>")
            text = prefix + readable
        else:
            tb = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
            text = f"{prefix}{type(exc).__name__}: {exc}"
            body = (f'<div class="zl-error zl-bug" style="color:#b71c1c"><b>{html.escape(text)}</b>'
                    f'<pre style="font-size:11px;white-space:pre-wrap">{html.escape(tb)}</pre></div>')
        self.outputs = (*self.outputs, html_output(body, text))

    def guard(self, fn: F, context: str = "") -> F:
        """``fn`` with its exceptions shown here (and not re-raised: an ipywidgets callback has no caller)."""

        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            try:
                return fn(*args, **kwargs)
            except Exception as exc:  # noqa: BLE001 - shown to the user, never swallowed
                self.show(exc, context)
                return None

        return wrapper  # type: ignore[return-value]


def set_options(dd: w.Dropdown | w.SelectMultiple, options: Sequence[Any], *, keep: bool = True) -> None:
    """Replace a dropdown's options, keeping the current value when still offered.

    After new options a browser may send back ``index=None``: resetting the index
    explicitly (``None`` then the wanted index) keeps both sides in agreement.
    """
    old = dd.value
    dd.options = list(options)
    if isinstance(dd, w.SelectMultiple):
        return
    values = [o[1] if isinstance(o, tuple) else o for o in dd.options]
    if not values:
        return
    index = values.index(old) if keep and old in values else 0
    dd.index = None
    dd.index = index


def untick_unless_priced(confirm: w.Checkbox, preview_price: Callable[[], object | None]) -> None:
    """A confirm box just ticked: show the price first; a failed preview (None, or an error the handler's
    panel shows) unticks it, so nothing is sent without its money having been shown."""
    priced = False
    try:
        priced = preview_price() is not None
    finally:
        if not priced:
            confirm.value = False


def classed(widget: w.DOMWidget, *classes: str) -> Any:
    """``widget`` with these CSS classes added (the browser tests find controls by them)."""
    for c in classes:
        widget.add_class(c)
    return widget


def money(value: float | None, currency: str = "USD") -> str:
    """``12,345.60 USD``; ``n/a`` for None."""
    if value is None:
        return "n/a"
    return f"{value:,.2f} {currency}"


def parse_csv(text: str) -> list[str]:
    """The non-empty items of a comma- or semicolon-separated list, stripped."""
    return [p.strip() for p in (text or "").replace(";", ",").split(",") if p.strip()]


def html_table(rows: Iterable[Sequence[Any]], header: Sequence[str], css: str = "zl-table") -> str:
    """A small escaped HTML table (for things that are not DataFrames)."""
    head = "".join(f"<th style='text-align:left;padding:2px 8px'>{html.escape(str(h))}</th>" for h in header)
    body = "".join(
        "<tr>" + "".join(f"<td style='padding:2px 8px'>{html.escape(str(c))}</td>" for c in r) + "</tr>"
        for r in rows
    )
    return f"<table class='{css}' style='border-collapse:collapse'><tr>{head}</tr>{body}</table>"
