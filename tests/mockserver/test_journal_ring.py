"""The request journal: ring buffer, filters, counts, and that no secret is ever stored or logged."""

from __future__ import annotations

import json
import logging
import threading
import time

from mockserver.journal import Journal, JournalEntry, redact
from zltoolkit.api.signing import sign

SECRETS = ("demo-access-key-password", "demo-token", "Sup3r-Secret!", "#!/bin/sh echo hi", "ssh-ed25519 AAAAKEY")


def _entry(n: int, **kw) -> JournalEntry:
    base = dict(request_id=f"T{n}", wall_time=1.0 + n, mock_time=2.0 + n, action="DescribeZones", status=200,
                account_id="acc-demo", duration_ms=0.1)
    return JournalEntry(**(base | kw))


def test_ring_is_bounded_and_ordered():
    j = Journal(maxlen=3)
    for n in range(5):
        j.record(_entry(n))
    assert len(j) == 3
    assert [e["requestId"] for e in j.entries()] == ["T2", "T3", "T4"]
    assert [e["seq"] for e in j.entries()] == [3, 4, 5]
    assert j.counts() == {"DescribeZones": {"total": 5, "errors": 0}}  # counts survive eviction


def test_filters_and_limit():
    j = Journal()
    j.record(_entry(1))
    j.record(_entry(2, action="DescribeImages", status=404, code="INVALID_ZONE_NOT_FOUND"))
    j.record(_entry(3, account_id="acc-other"))
    j.record(_entry(4, action="DescribeImages"))
    assert [e["requestId"] for e in j.entries(action="DescribeImages")] == ["T2", "T4"]
    assert [e["requestId"] for e in j.entries(status=404)] == ["T2"]
    assert [e["requestId"] for e in j.entries(code="INVALID_ZONE_NOT_FOUND")] == ["T2"]
    assert [e["requestId"] for e in j.entries(account="acc-other")] == ["T3"]
    assert [e["requestId"] for e in j.entries(limit=2)] == ["T3", "T4"]
    assert j.entries(limit=0) == []
    assert j.counts() == {"DescribeZones": {"total": 2, "errors": 0}, "DescribeImages": {"total": 2, "errors": 1}}
    j.clear()
    assert j.entries() == [] and j.counts() == {}


def test_redaction_is_deep_and_lazy():
    body = {"password": "Sup3r-Secret!", "nested": {"accessKeyPassword": "x", "list": [{"token": "t"}]},
            "userData": "#!/bin/sh", "sshKeys": ["k"], "keep": "visible", "Password": None}
    j = Journal()
    j.record(_entry(1, body=body))
    out = j.entries()[0]["body"]
    assert out == {"password": "***", "nested": {"accessKeyPassword": "***", "list": [{"token": "***"}]},
                   "userData": "***", "sshKeys": "***", "keep": "visible", "Password": None}
    assert body["password"] == "Sup3r-Secret!"  # the stored reference is not modified
    assert redact([{"Signature": "abc"}]) == [{"Signature": "***"}]


def test_thread_safety():
    j = Journal(maxlen=1000)

    def work(k: int) -> None:
        for n in range(500):
            j.record(_entry(k * 1000 + n))

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(j) == 1000 and j.counts()["DescribeZones"]["total"] == 2000
    seqs = [e["seq"] for e in j.entries()]
    assert seqs == sorted(seqs) and len(set(seqs)) == 1000


def test_no_secret_in_journal_or_logs(make_api, caplog):
    api = make_api()
    caplog.set_level(logging.DEBUG)
    secret_body = {"zoneId": "SEL-A", "instanceTypeId": "M6C", "instanceChargeType": "POSTPAID",
                   "internetChargeType": "ByBandwidth", "password": "Sup3r-Secret!", "userData": "#!/bin/sh echo hi",
                   "sshKeys": ["ssh-ed25519 AAAAKEY"]}
    raw = json.dumps(secret_body).encode()
    ts = str(int(time.time()))
    signature = sign(raw, "application/json", api.host, ts, "demo-access-key-password")
    assert api.call("InquiryPriceCreateInstance", raw=raw, timestamp=ts).status_code == 400  # unknown fields
    api.call("DescribeZones", auth="bearer")
    api.call("DescribeZones", auth="bearer", token="demo-token-wrong")
    api.call("DescribeZones", password="wrong")
    api.call("DescribeZones", timestamp=1)
    entries = api.state.journal.entries()
    assert len(entries) == 5
    assert entries[0]["body"]["password"] == "***" and entries[0]["body"]["zoneId"] == "SEL-A"
    dumped = json.dumps(entries) + json.dumps(api.http.get("/_mock/journal").json())
    for secret in (*SECRETS, signature, "demo-token-wrong"):
        assert secret not in dumped
        assert secret not in caplog.text
    assert "Authorization" not in dumped


def test_deep_and_large_bodies_stay_readable(api):
    deep = b'{"zoneId": ' + b"[" * 500 + b"]" * 500 + b"}"
    assert api.call("DescribeImages", raw=deep).status_code == 400
    big = {"instanceChargeType": "PREPAID", "zoneId": "SEL-A", "pad": "x" * 20_000, "list": list(range(5000)),
           "password": "Sup3r-Secret!"}
    assert api.call("DescribeAvailableResources", big).status_code == 400
    r = api.http.get("/_mock/journal")
    assert r.status_code == 200
    deep_entry, big_entry = r.json()["entries"]
    assert "<nested too deeply>" in json.dumps(deep_entry["body"])
    assert big_entry["body"] == {"instanceChargeType": "PREPAID", "zoneId": "SEL-A", "pad": "<string of 20000 chars>",
                                 "list": "<list of 5000 items>", "password": "***"}
