"""``zl-mock snapshot --out FILE``: a scenario read from a live endpoint (docs/capacity-over-time.md).

Zones, instance types, images and offerings with their stock come from DescribeZones, DescribeInstanceTypes,
DescribeImages and DescribeAvailableResources (both charge types), kept as the source answered them; prices
from the toolkit's price sweep (period 1, ByBandwidth, 1 Mbps: the sweep's grid), turned back into list
prices and discounts the mock's pricing reproduces exactly on that grid. Endpoint and credentials come from
the ``ZENLAYERCLOUD_*`` variables, like the notebooks. The file never holds the source's credentials: its one
account has the mock's published demo credentials.

What cannot be carried over is said (on stderr, and in the scenario's description): prices are captured as
the snapshotting account sees them (account-specific discounts included); a quantity the source hid is
synthesized inside its sell-status band (SELL 20, SELL_SHORTAGE 5, SOLD_OUT 0) and served hidden again;
public address ranges are invented (the API does not tell them).

The toolkit is imported lazily here (the one module of the mock allowed to: tests/test_layers.py).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zltoolkit.api import ChargeType, SellStatus

from .scenarios.loader import dump_scenario, load_scenario

if TYPE_CHECKING:
    from zltoolkit.client import Client

__all__ = ["SYNTHETIC_QTY", "main", "take_snapshot"]

#: A hidden qty becomes this, by sell status (inside the band docs/api-facts.md §5.3 gives the status).
SYNTHETIC_QTY = {SellStatus.SELL.value: 20, SellStatus.SELL_SHORTAGE.value: 5, SellStatus.SOLD_OUT.value: 0}
DEMO_ACCESS_KEY_ID = "demo-access-key"
DEMO_ACCESS_KEY_PASSWORD = "demo-access-key-password"  # published (README): mock only
PRICE_WARNING = ("prices are captured as this account sees them (account-specific discounts included); "
                 "the file serves them to every account")
_SEARCH = 50  # cents (or 1/10000 rate steps) searched around an inverted list price


class _Answers:
    """The raw ``response`` object of each answer (an httpx event hook): kept exactly as the source sent it."""

    def __init__(self) -> None:
        self.last: dict[str, Any] | None = None

    def hook(self, response: Any) -> None:
        response.read()
        try:
            data = response.json()
        except ValueError:
            data = None
        payload = data.get("response") if isinstance(data, dict) else None
        self.last = payload if isinstance(payload, dict) else None

    def call(self, fn: Callable[[], Any], key: str) -> list[dict[str, Any]]:
        self.last = None
        fn()
        if self.last is None or not isinstance(self.last.get(key), list):
            raise RuntimeError(f"the source's answer has no `{key}` list")
        return [dict(x) for x in self.last[key]]


def _merge_order(first: list[tuple[str, str]], second: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """One order holding both lists' orders (each item after its predecessor in the list it came from)."""
    order = list(first)
    seen = set(order)
    prev: tuple[str, str] | None = None
    for item in second:
        if item not in seen:
            order.insert(order.index(prev) + 1 if prev is not None else 0, item)
            seen.add(item)
        prev = item
    return order


def _invert(target: float, guess: float, paid: Callable[[float], float], step: float) -> float | None:
    """A list price ``p`` near ``guess`` (a multiple of ``step``) with ``paid(p) == target``."""
    base = round(guess / step) * step
    for k in range(_SEARCH + 1):
        for cand in (base + k * step, base - k * step):
            cand = round(cand, 4)
            if cand >= 0 and paid(cand) == target:
                return cand
    return None


def _money(x: float) -> float:
    return round(x + 0.0, 2) + 0.0


def _rate(x: float) -> float:
    return round(x + 0.0, 4) + 0.0


def _discount(row: dict[str, Any]) -> float:
    d = row.get("discount")
    return 100.0 if d is None or d != d or d <= 0 else float(d)  # d != d: NaN


def _undiscount(d: float, per: float = 1.0) -> Callable[[float], float]:
    """A first guess at the list price behind a discounted one."""
    return lambda t: t * per * 100 / d


def _paid(d: float, list_round: Callable[[float], float], paid_round: Callable[[float], float]) -> Callable[[float], float]:
    """What the mock answers as paid for list price ``p`` at ``d`` percent, with its rounding."""
    return lambda p: paid_round(list_round(p) * d / 100)


def _prices(rows: dict[str, dict[str, Any]], where: str, warnings: list[str]) -> dict[str, Any]:
    """Offering prices from the sweep's rows per charge type, chosen so the mock's pricing
    (backend/pricing.py: cents for amounts, 4 decimals for rates) gives those rows back exactly."""
    out: dict[str, Any] = {}

    def fit(col: str, key: str, row: dict[str, Any], guess_of: Callable[[float], float],
            paid: Callable[[float], float], step: float) -> None:
        value = row.get(col)
        if value is None or value != value:  # absent or NaN
            return
        target = float(value)
        found = _invert(target, guess_of(target), paid, step)
        if found is None:
            warnings.append(f"{where} {row['charge_type']} {col} {target} cannot be reproduced exactly")
            found = round(guess_of(target), 4)
        out[key] = found

    pre, post = rows.get(ChargeType.PREPAID.value), rows.get(ChargeType.POSTPAID.value)
    if pre is not None:
        d = _discount(pre)
        out["prepaidDiscount"] = {"1": d}
        for col, key in (("instance_price", "instanceMonthly"), ("bandwidth_price", "bandwidthMonthlyPerMbps"),
                         ("ip_price", "primaryIpMonthly")):
            fit(col, key, pre, _undiscount(d), _paid(d, _money, _money), 0.01)
    if post is not None:
        d = _discount(post)
        out["postpaidDiscount"] = d
        # The instance's hourly list price is an amount (cents), a bandwidth rate has 4 decimals.
        fit("instance_price", "instanceHourly", post, _undiscount(d), _paid(d, _money, _rate), 0.01)
        fit("bandwidth_price", "bandwidthHourlyPerMbps", post, _undiscount(d), _paid(d, _rate, _rate), 0.0001)
        ip = post.get("ip_price")
        if ip is not None and ip == ip:
            # One monthly list price serves both: PREPAID as is, POSTPAID spread over 720 hours.
            ip_paid = _paid(d, lambda p: _money(p) / 720, _rate)
            known = out.get("primaryIpMonthly")
            if known is None:
                fit("ip_price", "primaryIpMonthly", post, _undiscount(d, 720.0), ip_paid, 0.01)
            elif ip_paid(known) != float(ip):
                warnings.append(f"{where}: PREPAID and POSTPAID primary IP prices cannot both be reproduced (the "
                                "mock has one monthly list price); the PREPAID one is kept")
    return out


def _instance_type(t: dict[str, Any]) -> dict[str, Any]:
    keys = ("instanceTypeId", "description", "cpuDetail", "cpuCores", "cpuThreads", "cpuCoreCount", "baseFrequency",
            "memorySize", "maximumBandwidth", "supportRaids", "supportSubnet", "isHA", "diskInfo", "vpuVendor",
            "vpuCard", "vpuCount")
    out = {k: t.get(k) for k in keys}
    out["cpuSockets"] = 1  # not in the API's answer
    out["supportRaids"] = list(out["supportRaids"] or [])
    return {k: v for k, v in out.items() if v is not None}


def take_snapshot(client: Client | None = None, *, progress: bool = False) -> tuple[dict[str, Any], list[str]]:
    """``(scenario data, warnings)`` read through ``client`` (default: ``Client()`` from ``ZENLAYERCLOUD_*``)."""
    import httpx

    from zltoolkit.client import Client
    from zltoolkit.views.prices import prices

    base = client if client is not None else Client()
    answers = _Answers()
    http = httpx.Client(timeout=base.timeout, event_hooks={"response": [answers.hook]})
    c = Client(base.endpoint, credentials=base.credentials, api_version=base.api_version, timeout=base.timeout,
               retry=base.retry, http_client=http)
    warnings = [PRICE_WARNING]
    try:
        zones = answers.call(c.describe_zones, "zoneSet")
        types = answers.call(c.describe_instance_types, "instanceTypes")
        images = answers.call(c.describe_images, "images")
        by_charge = {ct.value: answers.call(partial(c.describe_available_resources, instance_charge_type=ct),
                                            "availableResources") for ct in ChargeType}  # fmt: skip
        image_types: dict[str, list[str]] = {i["imageId"]: [] for i in images}
        for t in types:
            ids = t.get("imageIds")
            if ids is None:  # the source does not list them here: ask per type
                ids = [i["imageId"] for i in answers.call(
                    partial(c.describe_images, instance_type_id=t["instanceTypeId"]), "images")]
            for iid in ids:
                image_types.setdefault(iid, []).append(t["instanceTypeId"])
        triples = [(r["zoneId"], r["instanceTypeId"], ct) for ct, rs in by_charge.items() for r in rs]
        sweep = prices(c, triples, charge_type=None, period=1, progress=progress, cache=False)
    finally:
        c.close()
        http.close()

    price_rows: dict[tuple[str, str], dict[str, dict[str, Any]]] = {}
    for record in sweep.to_dict("records"):
        row: dict[str, Any] = {str(k): v for k, v in record.items()}
        if isinstance(row.get("error"), str):
            warnings.append(f"{row['zone_id']}/{row['instance_type_id']} {row['charge_type']}: no price "
                            f"({row['error']})")
            continue
        price_rows.setdefault((row["zone_id"], row["instance_type_id"]), {})[str(row["charge_type"])] = row

    pre, post = (by_charge[ct.value] for ct in (ChargeType.PREPAID, ChargeType.POSTPAID))
    order = _merge_order([(r["zoneId"], r["instanceTypeId"]) for r in pre],
                         [(r["zoneId"], r["instanceTypeId"]) for r in post])
    found: dict[tuple[str, str], dict[str, dict[str, Any]]] = {}
    for ct, rs in by_charge.items():
        for r in rs:
            found.setdefault((r["zoneId"], r["instanceTypeId"]), {})[ct] = r
    offerings, synthesized = [], []
    for key in order:
        per = found[key]
        first = next(iter(per.values()))
        stock, hidden = {}, False
        for ct, r in per.items():
            qty, status = r.get("qty"), r.get("sellStatus") or r.get("status")
            if qty is None:
                hidden = True
                qty = SYNTHETIC_QTY.get(str(status), 0)
                synthesized.append(f"{key[0]}/{key[1]} {ct}")
            stock[ct] = int(qty)
        where = f"{key[0]}/{key[1]}"
        offerings.append({
            "zoneId": key[0], "instanceTypeId": key[1], "stock": stock,
            "internetChargeTypes": list(first.get("internetChargeTypes") or []),
            "maximumBandwidthOut": first.get("maximumBandwidthOut") or 1,
            "defaultBandwidthOut": first.get("defaultBandwidthOut") or 0,
            "defaultTrafficPackageSize": first.get("defaultTrafficPackageSize") or 0.0,
            "hideQty": hidden,
            "prices": _prices(price_rows.get(key, {}), where, warnings),
        })  # fmt: skip
    if synthesized:
        warnings.append(f"{len(synthesized)} hidden qty(s) synthesized inside their sell-status band and served "
                        f"hidden: {', '.join(synthesized[:10])}{' ...' if len(synthesized) > 10 else ''}")

    used_zones = {z["zoneId"] for z in zones}
    default_account = load_scenario(None).accounts[0].model_dump(mode="json", by_alias=True)
    account = {**default_account, "accessKeys": [{"accessKeyId": DEMO_ACCESS_KEY_ID,
                                                  "accessKeyPassword": DEMO_ACCESS_KEY_PASSWORD}],
               "subnets": [s for s in default_account["subnets"] if s["zoneId"] in used_zones and not s["vpcId"]],
               # The default scenario's networking seeds need its zones' block prefixes: none in a snapshot.
               "vpcs": [], "eips": [], "ddosIps": [], "cidrBlocks": []}  # fmt: skip
    taken = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    data = {
        "name": "snapshot",
        "description": f"Snapshot of {base.endpoint} taken {taken}. " + " ".join(f"Note: {w}." for w in warnings),
        "accounts": [account],
        "zones": [{"zoneId": z["zoneId"], "zoneName": z.get("zoneName") or z["zoneId"],
                   "cityName": z.get("cityName") or "", "areaName": z.get("areaName") or "",
                   "isCloudRouterAvailable": bool(z.get("isCloudRouterAvailable")),
                   "isByoipEnabled": bool(z.get("isByoipEnabled")),
                   # Invented (the API does not tell): one /22 per zone in 100.64.0.0/10.
                   "publicIpPrefix": f"100.{64 + n // 64}.{(n % 64) * 4}.0/22"}
                  for n, z in enumerate(zones)],  # fmt: skip
        "instanceTypes": [_instance_type(t) for t in types],
        "images": [{"imageId": i["imageId"], "imageName": i["imageName"], "catalog": i["catalog"],
                    "imageType": i["imageType"], "osType": i["osType"], "instanceTypeIds": image_types[i["imageId"]]}
                   for i in images],  # fmt: skip
        "offerings": offerings,
    }
    return dump_scenario(load_scenario(data)), warnings


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="zl-mock snapshot",
                                description="Write a scenario read from the endpoint in ZENLAYERCLOUD_* (no credentials).")
    p.add_argument("--out", required=True, help="the scenario file to write")
    p.add_argument("--progress", action="store_true", help="show the price sweep's progress bar")
    args = p.parse_args(argv)
    try:
        data, warnings = take_snapshot(progress=args.progress)
    except Exception as exc:  # noqa: BLE001 - a CLI: say what failed, exit non-zero
        print(f"zl-mock snapshot: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    Path(args.out).write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    for w in warnings:
        print(f"zl-mock snapshot: warning: {w}", file=sys.stderr)
    print(f"wrote {args.out}: {len(data['zones'])} zones, {len(data['instanceTypes'])} types, "
          f"{len(data['images'])} images, {len(data['offerings'])} offerings")
    return 0
