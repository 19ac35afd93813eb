"""The catalogue views against the mock: schemas, dtypes, empty results, and the normalised API traps."""

from __future__ import annotations

import json

import httpx
import pandas as pd

from zltoolkit import views
from zltoolkit.api.structures import AvailableResource
from zltoolkit.client import Client


def test_zones_schema_and_content(client, check_schema) -> None:
    z = views.zones(client)
    check_schema(z, views.ZONES)
    assert len(z) >= 30
    assert set(z.area) >= {"Asia", "Europe", "North America", "Latin America", "Africa", "Oceania"}
    assert z.zone_id.is_unique
    assert list(z.sort_values(["area", "city", "zone_id"]).zone_id) == list(z.zone_id)


def test_instance_types_flatten_specs_and_keep_cores_physical(client, check_schema) -> None:
    t = views.instance_types(client)
    check_schema(t, views.INSTANCE_TYPES)
    raw = {x.instance_type_id: x for x in client.describe_instance_types().instance_types}
    assert set(t.instance_type_id) == set(raw)
    for row in t.itertuples():
        r = raw[row.instance_type_id]
        assert row.cores == r.cpu_cores  # physical cores, not cpuCoreCount
        assert row.threads == r.cpu_threads
        assert row.core_count_reported == r.cpu_core_count
        assert row.memory_gb == r.memory_size
        assert row.image_count == len(r.image_ids or [])
    m9o = t.set_index("instance_type_id").loc["M9O"]
    assert (m9o.cores, m9o.threads, m9o.core_count_reported, m9o.sockets) == (40, 80, 80, 2)
    assert m9o.disk_layout == "4x1000" and m9o.disk_count == 4 and m9o.disk_total_gb == 4000
    assert m9o.raid_levels == (0, 1, 5, 10)
    assert m9o.max_bandwidth_mbps == 10000 and m9o.is_ha and m9o.supports_subnet


def test_instance_types_filter_and_empty(client, check_schema) -> None:
    one = views.instance_types(client, "M6C")
    assert list(one.instance_type_id) == ["M6C"]
    none = views.instance_types(client, ["NOPE1"])
    check_schema(none, views.INSTANCE_TYPES)
    assert none.empty


def test_images_schema_and_type_filter(client, check_schema) -> None:
    all_images = views.images(client)
    check_schema(all_images, views.IMAGES)
    assert len(all_images) >= 15
    assert (all_images.catalog == all_images.catalog.str.lower()).all()
    for_type = views.images(client, instance_type="M9O")
    assert 0 < len(for_type) <= len(all_images)
    assert set(for_type.image_id) <= set(all_images.image_id)


def test_stock_schema_bands_and_known_qty(client, check_schema) -> None:
    s = views.stock(client)
    check_schema(s, views.STOCK)
    assert set(s.charge_type) == {"PREPAID", "POSTPAID"}
    known, hidden = s[s.qty_known], s[~s.qty_known]
    assert len(known) and len(hidden)  # the default scenario hides some qty
    assert (known.qty_min == known.qty).all() and (known.qty_max == known.qty).all()
    assert hidden.qty.isna().all()
    for status, (lo, hi) in views.SELL_BANDS.items():
        rows = hidden[hidden.sell_status == status]
        assert (rows.qty_min == lo).all()
        assert rows.qty_max.isna().all() if hi is None else (rows.qty_max == hi).all()
    # sellStatus agrees with qty where qty is known (>10 SELL, 1-10 SELL_SHORTAGE, 0 SOLD_OUT)
    derived = pd.cut(known.qty.astype(int), [-1, 0, 10, 10**9], labels=["SOLD_OUT", "SELL_SHORTAGE", "SELL"])
    assert (known.sell_status.astype(str).values == derived.astype(str).values).all()
    assert s.sell_status.cat.ordered and s.sell_status.max() == "SELL"


def test_stock_filters_and_empty_result_keep_schema(client, check_schema) -> None:
    post = views.stock(client, charge_type="POSTPAID", zone="SEL-A")
    assert set(post.zone_id) == {"SEL-A"} and set(post.charge_type) == {"POSTPAID"}
    several = views.stock(client, zone=["SEL-A", "HKG-B"], sell_status=["SELL", "SELL_SHORTAGE"])
    assert set(several.zone_id) <= {"SEL-A", "HKG-B"} and "SOLD_OUT" not in set(several.sell_status)
    empty = views.stock(client, zone=["SEL-A", "HKG-B"], instance_type=["NOPE1", "NOPE2"])
    assert empty.empty
    check_schema(empty, views.STOCK)


def test_stock_follows_set_stock(server, client) -> None:
    server.set_stock("SEL-A", "M6C", "POSTPAID", 5)
    row = views.stock(client, "POSTPAID", "SEL-A", "M6C").iloc[0]
    assert (row.sell_status, row.qty, row.qty_known, row.qty_min, row.qty_max) == ("SELL_SHORTAGE", 5, True, 5, 5)
    server.set_stock("SEL-A", "M6C", "POSTPAID", 0)
    row = views.stock(client, "POSTPAID", "SEL-A", "M6C").iloc[0]
    assert (row.sell_status, row.qty) == ("SOLD_OUT", 0)


class _DocExampleKeys(httpx.HTTPTransport):
    """Rewrites DescribeAvailableResources answers the way the doc example spells them: ``status``, no qty."""

    def __init__(self, drop_qty: bool) -> None:
        super().__init__()
        self.drop_qty = drop_qty

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        if request.headers.get("X-ZC-Action") != "DescribeAvailableResources" or response.status_code != 200:
            return response
        data = json.loads(response.read())
        for item in data["response"]["availableResources"]:
            item["status"] = item.pop("sellStatus")
            if self.drop_qty:
                item.pop("qty")
        return httpx.Response(200, json=data, headers={"Content-Type": "application/json"})


def test_api_model_accepts_status_key() -> None:
    assert AvailableResource.model_validate(
        {"zoneId": "Z", "instanceTypeId": "T", "status": "SELL"}).sell_status == "SELL"


def _doc_client(server, drop_qty: bool) -> Client:
    creds = server.credentials
    return Client(server.url, access_key_id=creds.access_key_id, access_key_password=creds.access_key_password,
                  transport=_DocExampleKeys(drop_qty))


def test_stock_status_key_with_qty(server, client) -> None:
    """An answer with ``status`` instead of ``sellStatus``: the view still gives sell_status (from qty)."""
    with _doc_client(server, drop_qty=False) as doc:
        got = views.stock(doc)
    want = views.stock(client)
    hidden = want.qty_known == False  # noqa: E712  (hidden qty rows can only come from the key itself)
    assert (got[~hidden].sell_status.astype(str).values == want[~hidden].sell_status.astype(str).values).all()


def test_stock_status_key_without_qty(server, client) -> None:
    with _doc_client(server, drop_qty=True) as doc:
        got = views.stock(doc)
    want = views.stock(client)
    assert (got.sell_status.astype(str).values == want.sell_status.astype(str).values).all()
    assert not got.qty_known.any()
    assert (got[got.sell_status == "SELL"].qty_min == 11).all()


def test_catalog_joins_stock_types_zones(client, check_schema) -> None:
    cat = views.catalog(client, charge_type="POSTPAID")
    check_schema(cat, views.CATALOG)
    st = views.stock(client, charge_type="POSTPAID")
    assert len(cat) == len(st)
    row = cat[(cat.zone_id == "SEL-A") & (cat.instance_type_id == "M6C")].iloc[0]
    assert (row.city, row.area, row.cores, row.memory_gb) == ("Seoul", "Asia", 20, 64)
    empty = views.catalog(client, zone=["SEL-A", "HKG-B"], instance_type=["NOPE1", "NOPE2"])
    check_schema(empty, views.CATALOG)


def test_catalog_with_prices(client, check_schema) -> None:
    cat = views.catalog(client, charge_type=None, zone="SEL-A", with_prices=True, progress=False)
    from zltoolkit.views.prices import PRICE_COLUMNS

    check_schema(cat, {**views.CATALOG, **{k: views.PRICES[k] for k in PRICE_COLUMNS}})
    assert set(cat.charge_type) == {"PREPAID", "POSTPAID"}
    assert cat.monthly_cost.notna().all() and cat.error.isna().all()


def test_instances_view(server, client, check_schema) -> None:
    empty = views.instances(client)
    check_schema(empty, views.INSTANCES)
    assert empty.empty
    server.set_stock("SEL-A", "M6C", "POSTPAID", 200)
    ids = []
    for _ in range(2):
        ids += client.create_instances(zone_id="SEL-A", instance_type_id="M6C", instance_charge_type="POSTPAID",
                                       internet_charge_type="ByBandwidth", amount=60,
                                       instance_name="v-[1,3]").instance_id_set
    df = views.instances(client)
    check_schema(df, views.INSTANCES)
    assert sorted(df.instance_id) == sorted(ids)  # 120 rows: more than one page
    assert (df.status == "PENDING").all() and df.status.cat.ordered
    assert str(df.create_time.dtype) == "datetime64[ns, UTC]" and df.create_time.notna().all()
    assert df.expired_time.isna().all()  # POSTPAID
    assert all(isinstance(v, tuple) for v in df.public_ips)
    by_ids = views.instances(client, instance_ids=ids)  # 120 ids: asked in chunks of <=100
    assert sorted(by_ids.instance_id) == sorted(ids)
    server.advance(3600)
    running = views.instances(client, status="RUNNING", zone="SEL-A")
    assert len(running) == 120 and set(running.status) == {"RUNNING"}
    none = views.instances(client, status="STOPPED")
    check_schema(none, views.INSTANCES)
    assert none.empty
