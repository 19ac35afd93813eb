"""BandwidthForm: change an instance's public bandwidth with a price preview and a confirm box, like the
create form: nothing is sent until the price was shown and the change confirmed, and one confirmation sends
one ModifyInstanceBandwidth.
"""

from __future__ import annotations

import html
from typing import Any

import ipywidgets as w

from zltoolkit import views
from zltoolkit.common.source import sync_client

from ._util import ErrorPanel, api_error_text, classed, money, set_options, untick_unless_priced

_LABEL = {"description_width": "150px"}


class BandwidthForm(w.VBox):  # type: ignore[misc]  # ipywidgets is untyped
    """Pick an instance and a bandwidth; **Price** asks InquiryPriceInstanceBandwidth (ByBandwidth lines);
    ticking "I confirm this change" shows the price first; **Apply** sends ModifyInstanceBandwidth and shows
    the order number, then the change's status (``refresh_status``: Processing, WaitToEnable for a PREPAID
    downgrade that waits for the next billing cycle, Enable once in force).

    Usage, as the last line of a notebook cell:

    ```python
    from zltoolkit.widgets import BandwidthForm

    BandwidthForm(session)
    ```

    Args:
        client: A ``zltoolkit`` Session or Client.
        instance_ids: The instances to offer (default: every RUNNING instance of the account).
        **kwargs: Passed to ``ipywidgets.VBox``.
    """

    def __init__(self, client: Any, instance_ids: list[str] | None = None, **kwargs: Any) -> None:
        self.session = client
        self.client = sync_client(client)
        self.errors = ErrorPanel()
        self.last_price: dict[str, Any] | None = None
        self.last_order: str | None = None
        self._ids = instance_ids
        self.instance = classed(w.Dropdown(description="Instance", style=_LABEL), "zl-bw-instance")
        self.current = classed(w.HTML(), "zl-bw-current")
        self.bandwidth = classed(w.BoundedIntText(description="New bandwidth (Mbps)", value=1, min=1, max=100_000,
                                                  style=_LABEL), "zl-bw-value")  # fmt: skip
        self.price_button = classed(w.Button(description="Price", icon="dollar"), "zl-bw-price")
        self.confirm = classed(w.Checkbox(description="I confirm this change", value=False, indent=False),
                               "zl-bw-confirm")  # fmt: skip
        self.apply_button = classed(w.Button(description="Apply", button_style="danger", icon="exchange"),
                                    "zl-bw-apply")  # fmt: skip
        self.price_preview = classed(w.HTML(), "zl-bw-price-preview")
        self.result = classed(w.HTML(), "zl-bw-result")
        g = self.errors.guard
        self.instance.observe(g(self._on_instance, "instance"), names="value")
        self.bandwidth.observe(g(lambda _c: self._unconfirm(), "bandwidth"), names="value")
        self.confirm.observe(g(self._on_confirm, "confirm"), names="value")
        self.price_button.on_click(g(lambda _b: self.preview_price(), "price"))
        self.apply_button.on_click(g(lambda _b: self.apply(), "apply"))
        super().__init__(children=[self.instance, self.current, self.bandwidth,
                                   w.HBox([self.price_button, self.confirm, self.apply_button]),
                                   self.price_preview, self.result, self.errors], **kwargs)  # fmt: skip
        self.add_class("zl-bandwidth-form")
        g(self.refresh, "load")()

    def refresh(self) -> None:
        """(Re)load the instances on offer."""
        df = views.instances(self.session, instance_ids=self._ids) if self._ids else \
            views.instances(self.session, status="RUNNING")  # fmt: skip
        self.frame = df.set_index("instance_id", drop=False)
        set_options(self.instance, [(f"{r.instance_id} {r.instance_name} ({r.zone_id}, {r.bandwidth_out_mbps} Mbps)",
                                     r.instance_id) for r in df.itertuples()])  # fmt: skip
        self._on_instance(None)

    def _row(self) -> Any:
        iid = self.instance.value
        return None if iid is None or iid not in self.frame.index else self.frame.loc[iid]

    def _on_instance(self, _change: Any) -> None:
        self._unconfirm()
        row = self._row()
        if row is None:
            self.current.value = "<i>No instance to change.</i>"
            return
        self.bandwidth.value = max(1, int(row["bandwidth_out_mbps"] or 1))
        self.refresh_status()

    def _unconfirm(self) -> None:
        self.confirm.value = False
        self.last_price = None

    def refresh_status(self) -> str | None:
        """Show the instance's bandwidth and the change under way; returns the status (Enable, Processing...)."""
        row = self._row()
        if row is None:
            return None
        s = views.internet_status(self.session, [row["instance_id"]]).iloc[0]
        pending = "" if s.isna()["modified_bandwidth_out_mbps"] else \
            f" -> {int(s['modified_bandwidth_out_mbps'])} Mbps"  # fmt: skip
        self.current.value = (f"<span class='zl-bw-status'>Now {int(s['bandwidth_out_mbps'])} Mbps{pending} "
                              f"({html.escape(str(s['bandwidth_status']))}); billing "
                              f"{html.escape(str(row['internet_charge_type']))}, {html.escape(str(row['charge_type']))}"
                              "</span>")  # fmt: skip
        return str(s["bandwidth_status"])

    def preview_price(self) -> dict[str, Any] | None:
        """Ask the price of the change and show what it costs (nothing is sent but the inquiry)."""
        row = self._row()
        if row is None:
            return None
        from zltoolkit.client import ZenlayerError

        target = int(self.bandwidth.value)
        prepaid = str(row["charge_type"]) == "PREPAID"
        if str(row["internet_charge_type"]) != "ByBandwidth":
            self.last_price = {"charge_now": 0.0, "prepaid": prepaid, "target": target}
            self.price_preview.value = ("<div class='zl-price'>Not billed per Mbps "
                                        f"({html.escape(str(row['internet_charge_type']))}): nothing is charged.</div>")  # fmt: skip
            return self.last_price
        try:
            resp = self.client.inquiry_price_instance_bandwidth(instance_id=row["instance_id"],
                                                                bandwidth_out_mbps=target)  # fmt: skip
        except ZenlayerError as exc:
            self.price_preview.value = (f'<div class="zl-price-error" style="color:#b71c1c">Price inquiry failed: '
                                        f"{html.escape(api_error_text(exc) or str(exc))}</div>")  # fmt: skip
            self.last_price = None
            return None
        items = resp.bandwidth_price or []
        item = items[0] if items else None
        if prepaid:
            now = float(item.discount_price or 0.0) if item is not None else 0.0
            waits = target < int(row["bandwidth_out_mbps"] or 0)
            text = (f"<b>This charges {money(now)} now</b> for the rest of the paid period." if not waits else
                    "A downgrade: nothing is charged; it takes effect at the next billing cycle.")  # fmt: skip
        else:
            now = 0.0
            hourly = float(item.discount_unit_price or 0.0) if item is not None else 0.0
            text = (f"Pay as you go: <b>{money(hourly)}/hour</b> for {target} Mbps "
                    f"(about {money(hourly * views.HOURS_PER_MONTH)}/month); nothing is charged now.")
        self.last_price = {"charge_now": now, "prepaid": prepaid, "target": target}
        self.price_preview.value = f'<div class="zl-price">{text}</div>'
        return self.last_price

    def _on_confirm(self, change: dict[str, Any]) -> None:
        # Ticking confirm always shows the money first; a failed inquiry cannot be confirmed.
        if change["new"]:
            untick_unless_priced(self.confirm, self.preview_price)

    def apply(self) -> str | None:
        """Send ModifyInstanceBandwidth when confirmed; show the order (or the server's error)."""
        row = self._row()
        if not self.confirm.value or row is None:
            self.result.value = ('<div class="zl-need-confirm" style="color:#e65100">Tick "I confirm this change" '
                                 "first: nothing was sent.</div>")  # fmt: skip
            return None
        self.confirm.value = False  # one confirmation, one change
        from zltoolkit.client import ZenlayerError

        try:
            resp = self.client.modify_instance_bandwidth(instance_id=row["instance_id"],
                                                         bandwidth_out_mbps=int(self.bandwidth.value))  # fmt: skip
        except ZenlayerError as exc:
            self.result.value = (f'<div class="zl-server-error" style="color:#b71c1c;font-weight:600">'
                                 f"Change failed - {html.escape(api_error_text(exc) or str(exc))}</div>")  # fmt: skip
            return None
        order: str | None = resp.order_number
        self.last_order = order
        status = self.refresh_status()
        self.result.value = (f'<div class="zl-changed" style="color:#2e7d32">Bandwidth change accepted (order '
                             f"{html.escape(str(resp.order_number))}): {html.escape(str(status))}</div>")  # fmt: skip
        return order
