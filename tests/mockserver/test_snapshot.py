"""``zl-mock snapshot``: a scenario read from a live endpoint (here a running zl-mock) serves the catalogue
actions exactly as the source answered them, and prices exactly on the sweep's grid; no credentials leak."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from mockserver.scenarios.loader import default_scenario
from mockserver.server import MockServer
from mockserver.server import main as zl_mock
from mockserver.snapshot import PRICE_WARNING, SYNTHETIC_QTY, _Answers
from zltoolkit.api import ChargeType
from zltoolkit.client import Client

SOURCE_KEY, SOURCE_PASSWORD, SOURCE_TOKEN = "source-key", "source-password-never-copied", "source-token-never-copied"
HIDDEN = [("SEL-A", "M6C"), ("TYO-A", "M9O"), ("FRA-A", "S9I")]


def _source_scenario() -> dict[str, Any]:
    sc = copy.deepcopy(default_scenario().model_dump(mode="json", by_alias=True, exclude_none=True))
    acc = sc["accounts"][0]
    acc["accessKeys"] = [{"accessKeyId": SOURCE_KEY, "accessKeyPassword": SOURCE_PASSWORD}]
    acc["tokens"] = [SOURCE_TOKEN]
    for o in sc["offerings"]:
        if (o["zoneId"], o["instanceTypeId"]) in HIDDEN:
            o["hideQty"] = True
    sc["instanceTypes"][0]["prices"]["postpaidDiscount"] = 90.0  # a postpaid discount to carry over
    return sc


def _answers(client: Client) -> dict[str, list[dict[str, Any]]]:
    import httpx

    answers = _Answers()
    http = httpx.Client(event_hooks={"response": [answers.hook]})
    c = Client(client.endpoint, credentials=client.credentials, api_version=client.api_version, http_client=http)
    try:
        out = {
            "zones": answers.call(c.describe_zones, "zoneSet"),
            "types": answers.call(c.describe_instance_types, "instanceTypes"),
            "images": answers.call(c.describe_images, "images"),
        }
        for ct in ChargeType:
            out[ct.value] = answers.call(lambda ct=ct: c.describe_available_resources(instance_charge_type=ct),
                                         "availableResources")
        return out
    finally:
        c.close()
        http.close()


def _sweep(client: Client, answers: dict[str, list[dict[str, Any]]]) -> pd.DataFrame:
    from zltoolkit.views.prices import prices

    triples = [(r["zoneId"], r["instanceTypeId"], ct.value) for ct in ChargeType for r in answers[ct.value]]
    return prices(client, triples, charge_type=None, progress=False, cache=False).drop(columns=["cached"])


def test_a_snapshot_serves_what_the_source_answered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    src_file, out = tmp_path / "source.json", tmp_path / "snapshot.json"
    src_file.write_text(json.dumps(_source_scenario()), encoding="utf-8")
    with MockServer(clock="manual", seed=3, scenario=str(src_file), market=True) as src:
        src.advance(86_400)  # the market moved the stock: the snapshot takes it as it stands
        monkeypatch.setenv("ZENLAYERCLOUD_ACCESS_KEY_ID", SOURCE_KEY)
        monkeypatch.setenv("ZENLAYERCLOUD_ACCESS_KEY_PASSWORD", SOURCE_PASSWORD)
        monkeypatch.setenv("ZENLAYERCLOUD_DOMAIN", src.endpoint)
        monkeypatch.setenv("ZENLAYERCLOUD_SCHEME", "http")
        assert zl_mock(["snapshot", "--out", str(out)]) == 0
        with Client() as source_client:
            before = _answers(source_client)
            source_prices = _sweep(source_client, before)
    err = capsys.readouterr().err
    assert PRICE_WARNING in err and "hidden qty(s) synthesized" in err and "cannot" not in err

    text = out.read_text(encoding="utf-8")
    for secret in (SOURCE_KEY, SOURCE_PASSWORD, SOURCE_TOKEN):
        assert secret not in text
    data = json.loads(text)
    assert [k["accessKeyId"] for a in data["accounts"] for k in a["accessKeys"]] == ["demo-access-key"]
    hidden = [o for o in data["offerings"] if o["hideQty"]]
    source_hidden = {(o["zoneId"], o["instanceTypeId"]) for o in _source_scenario()["offerings"] if o["hideQty"]}
    assert {(o["zoneId"], o["instanceTypeId"]) for o in hidden} == source_hidden >= set(HIDDEN)
    status = {(r["zoneId"], r["instanceTypeId"], ct): r["sellStatus"] for ct in ("PREPAID", "POSTPAID")
              for r in before[ct]}  # fmt: skip
    for o in hidden:  # synthesized inside the band the source's sell status gives
        for ct, q in o["stock"].items():
            assert q == SYNTHETIC_QTY[status[(o["zoneId"], o["instanceTypeId"], ct)]]

    with MockServer(clock="manual", scenario=str(out)) as served, \
            Client(served.url, access_key_id="demo-access-key",
                   access_key_password="demo-access-key-password") as served_client:
        after = _answers(served_client)
        served_prices = _sweep(served_client, after)
    for key in before:
        assert after[key] == before[key], key
    assert source_prices["error"].isna().all()
    pd.testing.assert_frame_equal(served_prices, source_prices, check_exact=True)


def test_a_failed_snapshot_says_why_and_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("ZENLAYERCLOUD_ACCESS_KEY_ID", "k")
    monkeypatch.setenv("ZENLAYERCLOUD_ACCESS_KEY_PASSWORD", "p")
    monkeypatch.setenv("ZENLAYERCLOUD_DOMAIN", "127.0.0.1:9")  # nothing listens there
    monkeypatch.setenv("ZENLAYERCLOUD_SCHEME", "http")
    out = tmp_path / "snapshot.json"
    assert zl_mock(["snapshot", "--out", str(out)]) == 1
    assert "zl-mock snapshot:" in capsys.readouterr().err and not out.exists()
