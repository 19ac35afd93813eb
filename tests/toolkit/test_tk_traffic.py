"""views.traffic and views.internet_status (and their Session methods): fixed schemas, empty or not, day-long
windows stitched without duplicates, the change under way shown."""

from __future__ import annotations

from typing import Any

import pandas as pd

from zltoolkit import views


def _running(server: Any, client: Any, **kw: Any) -> list[str]:
    resp = client.create_instances(zone_id="SEL-A", instance_type_id="M6C", instance_charge_type="POSTPAID",
                                   internet_charge_type="ByBandwidth", amount=2, **kw)
    ids = list(resp.instance_id_set)
    server.advance(3600)
    return ids


def _now(server: Any) -> pd.Timestamp:
    return pd.Timestamp(server.now(), unit="s", tz="UTC")


def test_traffic_schema_and_day_stitching(server: Any, client: Any, check_schema: Any) -> None:
    ids = _running(server, client, internet_max_bandwidth_out=50)
    server.advance(30 * 3600)
    end = _now(server)
    df = views.traffic(client, ids, end - pd.Timedelta(hours=30), end)
    check_schema(df, views.TRAFFIC)
    per = df.groupby("instance_id").size()
    assert per.to_dict() == {ids[0]: 360, ids[1]: 360}  # 30 h of 5-minute samples, none twice
    assert not df.duplicated(["instance_id", "time"]).any()
    assert (df.out_bps <= 50_000_000).all() and (df.out_bps > 0).any()
    one = views.traffic(client, ids[0], end - pd.Timedelta(hours=2), end)
    assert one.reset_index(drop=True).equals(
        df[(df.instance_id == ids[0]) & (df.time > end - pd.Timedelta(hours=2))].reset_index(drop=True))


def test_traffic_empty_keeps_the_schema(server: Any, client: Any, check_schema: Any) -> None:
    ids = _running(server, client)
    end = _now(server)
    check_schema(views.traffic(client, ids, end, end + pd.Timedelta(hours=1)), views.TRAFFIC)
    check_schema(views.traffic(client, [], end - pd.Timedelta(hours=1), end), views.TRAFFIC)


def test_internet_status_shows_the_change(server: Any, client: Any, check_schema: Any) -> None:
    import zltoolkit as zl

    ids = _running(server, client, internet_max_bandwidth_out=20)
    client.modify_instance_bandwidth(instance_id=ids[0], bandwidth_out_mbps=40)
    session = zl.Session(client)
    df = session.internet_status(ids)
    check_schema(df, views.INTERNET_STATUS)
    first = df.set_index("instance_id").loc[ids[0]]
    assert (first.bandwidth_out_mbps, first.modified_bandwidth_out_mbps, first.bandwidth_status) == (
        20, 40, "Processing")
    assert df.set_index("instance_id").loc[ids[1]].bandwidth_status == "Enable"
    server.advance(60)
    assert session.internet_status(ids[0]).bandwidth_out_mbps.iloc[0] == 40
    end = _now(server)
    check_schema(session.traffic(ids, end - pd.Timedelta(hours=1), end), views.TRAFFIC)
