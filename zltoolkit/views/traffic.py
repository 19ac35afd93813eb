"""Network views of instances: the traffic series (DescribeInstanceTraffic) and the internet status
(DescribeInstanceInternetStatus: bandwidth and traffic package in force, and any change under way).

The API answers traffic for one instance and at most 24 hours per call (docs/mock-instance-operations.md):
``traffic`` asks per instance in consecutive 24-hour windows ``(a, b]``, so no sample is fetched twice.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

import pandas as pd

from zltoolkit.api.limits import TIME_FORMAT
from zltoolkit.common.frames import FLOAT, INT, STR, Schema, frame
from zltoolkit.common.frames import UTC as UTC_DTYPE
from zltoolkit.common.source import Source, sync_client

#: One row per instance and 5-minute sample (bits per second, as the API reports them).
TRAFFIC: Schema = {
    "instance_id": STR,
    "time": UTC_DTYPE,
    "in_bps": INT,
    "out_bps": INT,
}
#: One row per instance: what is in force and what is changing.
INTERNET_STATUS: Schema = {
    "instance_id": STR,
    "instance_name": STR,
    "bandwidth_out_mbps": INT,
    "modified_bandwidth_out_mbps": INT,  # NA when no change is under way
    "bandwidth_status": STR,  # Enable / Processing / WaitToEnable
    "traffic_package_tb": FLOAT,  # NA unless ByTrafficPackage
    "modified_traffic_package_tb": FLOAT,
    "traffic_package_status": STR,
}
#: The longest window one DescribeInstanceTraffic call answers.
MAX_WINDOW = timedelta(hours=24)


def _utc(value: datetime | str | pd.Timestamp) -> datetime:
    ts = pd.Timestamp(value)
    ts = ts.tz_localize("UTC") if ts.tzinfo is None else ts.tz_convert("UTC")
    out: datetime = ts.floor("s").to_pydatetime()  # the API takes whole seconds
    return out.astimezone(UTC)


def _ids(instance_ids: str | Iterable[str]) -> list[str]:
    return [instance_ids] if isinstance(instance_ids, str) else list(dict.fromkeys(instance_ids))


def traffic(
    client: Source,
    instance_ids: str | Iterable[str],
    start: datetime | str | pd.Timestamp,
    end: datetime | str | pd.Timestamp,
) -> pd.DataFrame:
    """The traffic samples of each instance in ``(start, end]`` (naive times are UTC), oldest first.

    Windows longer than a day are fetched a day at a time; the API keeps 30 days.
    """
    c = sync_client(client)
    t0, t1 = _utc(start), _utc(end)
    rows: list[dict[str, Any]] = []
    for iid in _ids(instance_ids):
        a = t0
        while a < t1:
            b = min(a + MAX_WINDOW, t1)
            resp = c.describe_instance_traffic(instance_id=iid, start_time=a.strftime(TIME_FORMAT),
                                               end_time=b.strftime(TIME_FORMAT))  # fmt: skip
            rows += [{"instance_id": iid, "time": d.time, "in_bps": d.internet_rx, "out_bps": d.internet_tx}
                     for d in resp.data_list or ()]  # fmt: skip
            a = b
    return frame(rows, TRAFFIC)


def internet_status(client: Source, instance_ids: str | Iterable[str]) -> pd.DataFrame:
    """Bandwidth and traffic package of each instance, with the change under way if any."""
    c = sync_client(client)
    rows = []
    for iid in _ids(instance_ids):
        s = c.describe_instance_internet_status(instance_id=iid)
        rows.append({
            "instance_id": s.instance_id or iid,
            "instance_name": s.instance_name,
            "bandwidth_out_mbps": s.internet_max_bandwidth_out,
            "modified_bandwidth_out_mbps": s.modified_internet_max_bandwidth_out,
            "bandwidth_status": s.modified_bandwidth_status,
            "traffic_package_tb": s.traffic_package_size,
            "modified_traffic_package_tb": s.modified_traffic_package_size,
            "traffic_package_status": s.modified_traffic_package_status,
        })  # fmt: skip
    return frame(rows, INTERNET_STATUS)
