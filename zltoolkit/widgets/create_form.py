"""CreateInstanceForm: every CreateInstances parameter a person sets by hand, validated before sending.

The request is parsed into ``CreateInstancesRequest`` and checked with ``zltoolkit.api.rules`` (the same
rules the mock applies) before anything is sent: invalid input shows its messages next to the form and sends
nothing. Server errors show their code and request id. The password lives only in a ``Password`` widget and
never appears in any message.
"""

from __future__ import annotations

import html
from typing import Any

import ipywidgets as w
import pandas as pd

from zltoolkit import views
from zltoolkit.api import ApiError, parse_request
from zltoolkit.api.actions import CreateInstancesRequest
from zltoolkit.api.enums import ChargeType, InternetChargeType
from zltoolkit.api.limits import RAID_LEVELS
from zltoolkit.api.rules import Violation, expand_names, internet_charge_types_for, violations_create
from zltoolkit.common.source import sync_client

from ._util import ErrorPanel, api_error_text, classed, money, parse_csv, set_options, untick_unless_priced

NO_IMAGE = "(no OS: install later via IPMI/iPXE)"
NO_SUBNET = "(no subnet: a private address of the account's default range)"
LOGIN_MODES = [("Password", "password"), ("SSH key pair", "key"), ("Random (emailed)", "random")]
# "" rather than None for "nothing chosen": a Dropdown reads value None as "no selection" and shows a blank.
RAID_CHOICES: list[tuple[str, int | str]] = [("default", ""), *((f"RAID {n}", n) for n in RAID_LEVELS)]
PREVIEW_NAMES = 5
_LABEL = {"description_width": "135px"}


def parse_partitions(text: str) -> list[dict[str, Any]]:
    """``fsPath fsType sizeGB`` per line (spaces or commas) -> wire partitions; ValueError on a bad line."""
    out = []
    for n, line in enumerate((text or "").splitlines(), 1):
        parts = line.replace(",", " ").split()
        if not parts:
            continue
        if len(parts) != 3 or not parts[2].isdigit():
            raise ValueError(f"partitions line {n}: expected `fsPath fsType sizeGB`, e.g. `/ ext4 100`")
        out.append({"fsPath": parts[0], "fsType": parts[1], "size": int(parts[2])})
    return out


def parse_tags(text: str) -> list[dict[str, Any]]:
    """``key=value, key2=value2`` -> wire tags (a key without ``=`` gets no value)."""
    tags = []
    for item in parse_csv(text):
        key, sep, value = item.partition("=")
        tags.append({"key": key.strip(), **({"value": value.strip()} if sep else {})})
    return tags


class CreateInstanceForm(w.VBox):  # type: ignore[misc]  # ipywidgets is untyped
    """A form for one ``CreateInstances`` call, checked against the API's rules before anything is sent.

    Shows three columns of inputs: where and what (zone, charge type and period, instance type with its
    specs and stock, OS image, network billing, bandwidth, traffic package), names (instance name and
    hostname with the API's ``[begin,bits]`` numbering, amount, a preview of the first names) and login
    (password, SSH key pair or a random emailed password), then disks, NICs and tags (RAID level,
    partitions, WAN/LAN NIC names, ``key=value`` tags). Below them: **Validate**, **Price**, the "I confirm
    this order" box and **Create**, and what each says.

    **Validate** lists every rule the inputs break and sends nothing. Ticking the confirmation asks the
    price first and shows the money ("This charges ... now" for PREPAID); an invalid form cannot be
    confirmed, and any change un-ticks it. **Create** sends one request when confirmed and valid, then shows
    the new ids (or the server's error code and request id) and hands the ids to ``monitor.watch``. The
    password stays in its Password field and never appears in a message. Errors of the form itself show in
    the panel at the bottom.

    Usage, as the last line of a notebook cell:

    ```python
    from zltoolkit.widgets import CreateInstanceForm, FleetMonitor

    monitor = FleetMonitor(session)
    CreateInstanceForm(session, monitor=monitor)
    ```

    Args:
        client: A ``zltoolkit`` Session or Client.
        monitor: Anything with ``watch(ids)`` (a FleetMonitor, or the Dashboard); None: ids are only shown.
        **kwargs: Passed to ``ipywidgets.VBox`` (e.g. ``layout``).
    """

    def __init__(self, client: Any, monitor: Any = None, **kwargs: Any) -> None:
        self.session = client
        self.client = sync_client(client)
        self.monitor = monitor
        self.errors = ErrorPanel()
        self.last_request: CreateInstancesRequest | None = None
        self.last_violations: list[Violation] = []
        self.last_price: dict[str, Any] | None = None
        self.created_ids: list[str] = []
        self._images: dict[str, pd.DataFrame] = {}
        self._busy = False

        def text(desc: str, css: str, **kw: Any) -> Any:
            return classed(w.Text(description=desc, style=_LABEL, **kw), css)

        self.zone = classed(w.Dropdown(description="Zone", style=_LABEL), "zl-form-zone")
        self.charge_type = classed(
            w.Dropdown(description="Charge type", options=[ChargeType.POSTPAID.value, ChargeType.PREPAID.value],
                       value=ChargeType.POSTPAID.value, style=_LABEL),
            "zl-form-charge")
        self.period = classed(w.BoundedIntText(description="Period (months)", value=1, min=1, max=60,
                                               style=_LABEL, disabled=True), "zl-form-period")
        self.instance_type = classed(w.Dropdown(description="Instance type", style=_LABEL,
                                                layout=w.Layout(width="460px")), "zl-form-type")
        self.image = classed(w.Dropdown(description="Image", style=_LABEL, layout=w.Layout(width="460px")),
                             "zl-form-image")
        self.internet_charge_type = classed(w.Dropdown(description="Network billing", style=_LABEL),
                                            "zl-form-internet")
        self.bandwidth = classed(w.IntText(description="Bandwidth Mbps", value=10, style=_LABEL),
                                 "zl-form-bandwidth")
        self.traffic_package = classed(w.FloatText(description="Traffic TB", value=0.0, style=_LABEL,
                                                   disabled=True), "zl-form-traffic")
        self.subnet = classed(w.Dropdown(description="Subnet", style=_LABEL, layout=w.Layout(width="460px")),
                              "zl-form-subnet")
        self.instance_name = text("Instance name", "zl-form-name", value="web-[1,2]",
                                  placeholder="letters, digits, - . and [begin,bits]")
        self.hostname = text("Hostname", "zl-form-hostname", value="", placeholder="(same rules; blank = default)")
        self.amount = classed(w.IntText(description="Amount", value=1, style=_LABEL), "zl-form-amount")
        self.name_preview = classed(w.HTML(), "zl-form-name-preview")
        self.offering_info = classed(w.HTML(), "zl-form-offering")
        self.login = classed(w.RadioButtons(options=LOGIN_MODES, value="password"), "zl-form-login")
        self.password = classed(w.Password(description="Password", style=_LABEL,
                                           placeholder="8-16: upper, lower, digit, ~!@$^*-_=+"),
                                "zl-form-password")
        self.key_id = text("Key pair id", "zl-form-key-id", placeholder="key-XXXXXXXX", disabled=True)
        self.raid = classed(w.Dropdown(description="RAID", options=RAID_CHOICES, value="", style=_LABEL),
                            "zl-form-raid")
        self.partitions = classed(w.Textarea(description="Partitions", style=_LABEL,
                                             placeholder="one per line: fsPath fsType sizeGB\n/ ext4 100",
                                             layout=w.Layout(width="460px", height="64px")), "zl-form-partitions")
        self.wan_name = text("WAN NIC name", "zl-form-wan", placeholder="wan0")
        self.lan_name = text("LAN NIC name", "zl-form-lan", placeholder="lan0")
        self.tags = text("Tags", "zl-form-tags", placeholder="env=demo, team=infra", layout=w.Layout(width="460px"))
        self.validate_button = classed(w.Button(description="Validate", icon="check"), "zl-form-validate")
        self.price_button = classed(w.Button(description="Price", icon="dollar"), "zl-form-price")
        self.confirm = classed(w.Checkbox(description="I confirm this order", value=False, indent=False),
                               "zl-form-confirm")
        self.create_button = classed(w.Button(description="Create", button_style="danger", icon="server"),
                                     "zl-form-create")
        self.validation = classed(w.HTML(), "zl-form-validation")
        self.price_preview = classed(w.HTML(), "zl-form-price-preview")
        self.result = classed(w.HTML(), "zl-form-result")

        g = self.errors.guard
        self.zone.observe(g(self._on_zone, "zone"), names="value")
        self.charge_type.observe(g(self._on_charge, "charge type"), names="value")
        self.instance_type.observe(g(self._on_type, "instance type"), names="value")
        self.internet_charge_type.observe(g(self._on_internet, "network billing"), names="value")
        self.login.observe(g(self._on_login, "login"), names="value")
        for control in (self.instance_name, self.hostname, self.amount):
            control.observe(g(lambda _c: self._update_preview(), "names"), names="value")
        for control in (self.zone, self.charge_type, self.period, self.instance_type, self.image,
                        self.internet_charge_type, self.bandwidth, self.traffic_package, self.subnet,
                        self.instance_name,
                        self.hostname, self.amount, self.login, self.password, self.key_id, self.raid,
                        self.partitions, self.wan_name, self.lan_name, self.tags):
            control.observe(g(self._on_input, "input"), names="value")
        self.confirm.observe(g(self._on_confirm, "confirm"), names="value")
        self.validate_button.on_click(g(lambda _b: self.validate(), "validate"))
        self.price_button.on_click(g(lambda _b: self.preview_price(), "price"))
        self.create_button.on_click(g(lambda _b: self.create(), "create"))

        col1 = w.VBox([w.HTML("<b>Where and what</b>"), self.zone, self.charge_type, self.period,
                       self.instance_type, self.image, self.offering_info, w.HTML("<b>Network</b>"), self.internet_charge_type,
                       self.bandwidth, self.traffic_package, self.subnet])
        col2 = w.VBox([w.HTML("<b>Names</b>"), self.instance_name, self.hostname, self.amount, self.name_preview,
                       w.HTML("<b>Login</b>"), self.login, self.password, self.key_id])
        col3 = w.VBox([w.HTML("<b>Disks, NICs, tags</b>"), self.raid, self.partitions, self.wan_name,
                       self.lan_name, self.tags])
        actions = w.HBox([self.validate_button, self.price_button, self.confirm, self.create_button])
        super().__init__(children=[w.HBox([col1, col2, col3]), actions, self.validation, self.price_preview,
                                   self.result, self.errors], **kwargs)
        self.add_class("zl-create-form")
        g(self.refresh, "load")()
        self._update_preview()

    # --- catalogue ---

    def refresh(self) -> None:
        """(Re)load zones, stock and instance types; keeps the selection where it still exists."""
        self.zones = views.zones(self.session)
        self.stock = views.stock(self.session, charge_type=None)
        self.types = views.instance_types(self.session).set_index("instance_type_id", drop=False)
        self.subnets = views.subnets(self.session)
        # Models for the validation rules that need server data (RAID support, disk capacity, HA NIC names).
        self._type_models = {t.instance_type_id: t for t in self.client.describe_instance_types().instance_types}
        self._busy = True
        try:
            offered = set(self.stock["zone_id"])
            set_options(self.zone, [(f"{r.zone_id} - {r.city} ({r.area})", r.zone_id)
                                    for r in self.zones.itertuples() if r.zone_id in offered])
        finally:
            self._busy = False
        self._on_zone(None)

    def offering(self) -> pd.Series | None:
        """The stock row of the selected (zone, type, charge type), or None."""
        st = self.stock
        rows = st[(st["zone_id"] == self.zone.value) & (st["instance_type_id"] == self.instance_type.value)
                  & (st["charge_type"] == self.charge_type.value)]
        return rows.iloc[0] if len(rows) else None

    def _on_zone(self, _change: Any) -> None:
        st = self.stock
        rows = st[(st["zone_id"] == self.zone.value) & (st["charge_type"] == self.charge_type.value)]
        options = []
        for r in rows.itertuples():
            t = self.types.loc[r.instance_type_id] if r.instance_type_id in self.types.index else None
            spec = f"{t['cores']}c/{t['memory_gb']}GB/{t['disk_total_gb']}GB" if t is not None else ""
            qty = f" qty {r.qty}" if pd.notna(r.qty) else ""
            options.append((f"{r.instance_type_id} - {spec} - {r.sell_status}{qty}", r.instance_type_id))
        set_options(self.instance_type, options)
        self._on_type(None)

    def _on_charge(self, _change: Any) -> None:
        self.period.disabled = self.charge_type.value != ChargeType.PREPAID.value
        self._on_zone(None)

    def _on_type(self, _change: Any) -> None:
        type_id = self.instance_type.value
        if type_id is None:
            set_options(self.image, [(NO_IMAGE, "")])
            set_options(self.internet_charge_type, [])
            return
        if type_id not in self._images:
            self._images[type_id] = views.images(self.session, instance_type=type_id)
        imgs = self._images[type_id]
        set_options(self.image, [(NO_IMAGE, ""), *[(f"{r.image_name} ({r.os_type})", r.image_id)
                                                     for r in imgs.itertuples()]])
        if len(imgs):  # an OS by default: partitions and passwords need one
            self.image.index = None
            self.image.index = 1
        row = self.offering()
        self.offering_info.value = self._offering_text(row)
        # Only what the session's API version accepts: ByBandwidthCluster is a 2026-02-01 value.
        allowed = internet_charge_types_for(self.client.api_version)
        ict = [t for t in row["internet_charge_types"] if t in allowed] if row is not None else []
        set_options(self.internet_charge_type, ict or [InternetChargeType.BY_BANDWIDTH.value])
        if row is not None and pd.notna(row["max_bandwidth_out_mbps"]):
            self.bandwidth.description = f"Mbps (max {int(row['max_bandwidth_out_mbps'])})"
        levels = self.types.loc[type_id, "raid_levels"] if type_id in self.types.index else ()
        set_options(self.raid, [c for c in RAID_CHOICES if c[1] == "" or c[1] in (levels or ())])
        self._update_subnets(type_id)
        self._on_internet(None)

    def _update_subnets(self, type_id: str | None) -> None:
        """The chosen zone's AVAILABLE subnets with their free addresses (none for types without subnets)."""
        supports = type_id is not None and type_id in self.types.index and bool(
            self.types.at[type_id, "supports_subnet"])
        sn = self.subnets
        rows = sn[(sn["zone_id"] == self.zone.value) & (sn["status"] == "AVAILABLE")] if supports else sn.iloc[0:0]
        options: list[tuple[str, str]] = [(NO_SUBNET, "")]
        for r in rows.itertuples():
            options.append((f"{r.subnet_id!s} - {r.cidr_block!s} - {r.available_ip_count!s} free", str(r.subnet_id)))
        set_options(self.subnet, options)

    def _offering_text(self, row: pd.Series | None) -> str:
        """One line about the selected offering, as the stock view saw it when the form loaded."""
        where = f"{html.escape(str(self.zone.value))} / {html.escape(str(self.instance_type.value))}"
        if row is None:
            return f"<small>{where}: not offered with this charge type</small>"
        qty = f", qty {int(row['qty'])}" if pd.notna(row["qty"]) else ""
        bw = (f"; up to {int(row['max_bandwidth_out_mbps'])} Mbps" if pd.notna(row["max_bandwidth_out_mbps"])
              else "")
        return f"<small>{where}: {html.escape(str(row['sell_status']))}{qty}{bw}</small>"

    def _on_internet(self, _change: Any) -> None:
        traffic = self.internet_charge_type.value == InternetChargeType.BY_TRAFFIC_PACKAGE.value
        self.traffic_package.disabled = not traffic
        row = self.offering()
        if traffic and row is not None and pd.notna(row["default_traffic_package_tb"]) and not self.traffic_package.value:
            self.traffic_package.value = float(row["default_traffic_package_tb"])

    def _on_login(self, _change: Any) -> None:
        self.password.disabled = self.login.value != "password"
        self.key_id.disabled = self.login.value != "key"

    def _on_input(self, change: dict[str, Any]) -> None:
        # Any change voids a confirmation: what was confirmed is no longer what would be sent.
        if not self._busy and self.confirm.value:
            self.confirm.value = False
            self.price_preview.value = "<i>Inputs changed: confirm again.</i>"

    def _update_preview(self) -> None:
        amount = self.amount.value if isinstance(self.amount.value, int) and self.amount.value > 0 else 1
        rows = []
        for label, value in (("names", self.instance_name.value), ("hostnames", self.hostname.value)):
            if not value:
                continue
            try:
                names = expand_names(value, min(amount, PREVIEW_NAMES))
                more = ", ..." if amount > PREVIEW_NAMES else ""
                rows.append(f"{label}: <code>{html.escape(', '.join(names))}{more}</code>")
            except ValueError as exc:
                rows.append(f"{label}: <span style='color:#b71c1c'>{html.escape(str(exc))}</span>")
        self.name_preview.value = "<br>".join(rows)

    # --- building and checking the request ---

    def wire_body(self) -> dict[str, Any]:
        """The CreateInstances body the inputs describe (wire names; unset fields left out)."""
        body: dict[str, Any] = {
            "zoneId": self.zone.value,
            "instanceTypeId": self.instance_type.value,
            "instanceChargeType": self.charge_type.value,
            "internetChargeType": self.internet_charge_type.value,
            "amount": self.amount.value,
            "internetMaxBandwidthOut": self.bandwidth.value,
        }
        if self.charge_type.value == ChargeType.PREPAID.value:
            body["instanceChargePrepaid"] = {"period": self.period.value}
        if self.internet_charge_type.value == InternetChargeType.BY_TRAFFIC_PACKAGE.value and self.traffic_package.value:
            body["trafficPackageSize"] = float(self.traffic_package.value)
        if self.image.value:
            body["imageId"] = self.image.value
        if self.subnet.value:
            body["subnetId"] = self.subnet.value
        if self.instance_name.value.strip():
            body["instanceName"] = self.instance_name.value.strip()
        if self.hostname.value.strip():
            body["hostname"] = self.hostname.value.strip()
        if self.login.value == "password":
            body["password"] = self.password.value  # checked (and refused when empty) by the rules
        elif self.login.value == "key" and self.key_id.value.strip():
            body["keyId"] = self.key_id.value.strip()
        if self.raid.value != "":
            body["raidConfig"] = {"raidType": self.raid.value}
        parts = parse_partitions(self.partitions.value)
        if parts:
            body["partitions"] = parts
        nic = {k: v.strip() for k, v in (("wanName", self.wan_name.value), ("lanName", self.lan_name.value))
               if v.strip()}
        if nic:
            body["nic"] = nic
        tags = parse_tags(self.tags.value)
        if tags:
            body["tags"] = {"tags": tags}
        return body

    def check(self) -> tuple[CreateInstancesRequest | None, list[Violation]]:
        """(request, []) when valid; (None or request, violations) otherwise. Sends nothing."""
        try:
            body = self.wire_body()
        except ValueError as exc:  # a partitions line the form cannot read
            return None, [Violation("INVALID_PARAMETER", str(exc), "partitions")]
        if body.get("password") == "":
            return None, [Violation("INVALID_PARAMETER_VALUE_PASSWORD_MALFORMED",
                                    "`password` is empty: type one, or choose a key pair or a random password.",
                                    "password")]
        if not body["zoneId"] or not body["instanceTypeId"]:
            return None, [Violation("MISSING_PARAMETER", "Choose a zone and an instance type.", "instanceTypeId")]
        try:
            req = parse_request("CreateInstances", body)
        except ApiError as exc:
            return None, [Violation(exc.code, exc.message, "body")]
        assert isinstance(req, CreateInstancesRequest)
        row = self.offering()
        max_bw = int(row["max_bandwidth_out_mbps"]) if row is not None and pd.notna(row["max_bandwidth_out_mbps"]) else None
        image = None
        if req.image_id and self.instance_type.value in self._images:
            imgs = self._images[self.instance_type.value]
            match = imgs[imgs["image_id"] == req.image_id]
            if len(match):
                from zltoolkit.api.structures import ImageInfo

                r = match.iloc[0]
                image = ImageInfo(image_id=r["image_id"], image_name=r["image_name"], os_type=r["os_type"])
        violations = violations_create(req, api_version=self.client.api_version,
                                       instance_type=self._type_models.get(req.instance_type_id),
                                       image=image, max_bandwidth=max_bw)
        return req, violations

    def validate(self) -> CreateInstancesRequest | None:
        """Check the inputs and show the outcome; the request when valid."""
        req, violations = self.check()
        self.last_violations = violations
        if violations:
            items = "".join(f"<li><code>{html.escape(v.code)}</code>: {html.escape(v.message)}</li>"
                            for v in violations)
            self.validation.value = (f'<div class="zl-invalid" style="color:#b71c1c"><b>Not sent - fix these '
                                     f"first:</b><ul>{items}</ul></div>")
            return None
        self.validation.value = '<div class="zl-valid" style="color:#2e7d32">&#10003; The request is valid.</div>'
        self.last_request = req
        return req

    def preview_price(self) -> dict[str, Any] | None:
        """Validate, then ask the price (one InquiryPriceCreateInstance) and show what it costs."""
        req = self.validate()
        if req is None:
            self.price_preview.value = ""
            return None
        prepaid = req.instance_charge_type is ChargeType.PREPAID
        period = req.instance_charge_prepaid.period if req.instance_charge_prepaid else 1
        df = views.prices(self.session, [(req.zone_id, req.instance_type_id, req.instance_charge_type.value)],
                          charge_type=None, period=period, internet_charge_type=req.internet_charge_type.value,
                          bandwidth=req.internet_max_bandwidth_out or 1,
                          traffic_package_size=req.traffic_package_size, progress=False, cache=False)
        row = df.iloc[0]
        if pd.notna(row["error"]):
            self.price_preview.value = (f'<div class="zl-price-error" style="color:#b71c1c">Price inquiry failed: '
                                        f"{html.escape(str(row['error']))}</div>")
            self.last_price = None
            return None
        amount = req.amount or 1
        monthly = float(row["monthly_cost"]) * amount
        if prepaid:
            now = float(row["total_cost"]) * amount
            text = (f"<b>This charges {money(now)} now</b> ({period} month(s) prepaid x {amount} instance(s); "
                    f"{money(monthly)}/month).")
        else:
            now = 0.0
            text = (f"Pay as you go: about <b>{money(monthly)}/month</b> for {amount} instance(s) "
                    f"({money(monthly / views.HOURS_PER_MONTH)}/hour); nothing is charged now.")
        self.last_price = {"charge_now": now, "monthly": monthly, "prepaid": prepaid, "amount": amount}
        self.price_preview.value = f'<div class="zl-price">{text}</div>'
        return self.last_price

    def _on_confirm(self, change: dict[str, Any]) -> None:
        # Ticking confirm always shows the money first; an invalid form (or a failed inquiry) cannot be confirmed.
        if change["new"]:
            untick_unless_priced(self.confirm, self.preview_price)

    def create(self) -> list[str]:
        """Send CreateInstances when confirmed and valid; show ids (or the server's error)."""
        if not self.confirm.value:
            self.result.value = ('<div class="zl-need-confirm" style="color:#e65100">Tick "I confirm this order" '
                                 "first: nothing was sent.</div>")
            return []
        req = self.validate()
        if req is None:
            self.result.value = '<div class="zl-invalid">Nothing was sent: the request is invalid.</div>'
            return []
        self.confirm.value = False  # one confirmation, one order
        from zltoolkit.client import ZenlayerError

        try:
            resp = self.client.create_instances(req)
        except ZenlayerError as exc:
            self.result.value = (f'<div class="zl-server-error" style="color:#b71c1c;font-weight:600">'
                                 f"Create failed - {html.escape(api_error_text(exc) or str(exc))}</div>")
            return []
        ids = list(resp.instance_id_set)
        self.created_ids.extend(ids)
        shown = ", ".join(ids[:10]) + (" ..." if len(ids) > 10 else "")
        self.result.value = (f'<div class="zl-created" style="color:#2e7d32">Created {len(ids)} instance(s) '
                             f"(order {html.escape(str(resp.order_number))}, request id "
                             f"{html.escape(str(resp.request_id))}): {html.escape(shown)}</div>")
        if self.monitor is not None and ids:
            self.monitor.watch(ids)
        return ids
