"""zl.connect(): the mock, arguments, the environment, and the missing-credentials error."""

from __future__ import annotations

import gc

import pytest

import zltoolkit as zl
from zltoolkit.session import ConnectError

ENV = ("ZENLAYERCLOUD_ACCESS_KEY_ID", "ZENLAYERCLOUD_ACCESS_KEY_PASSWORD", "ZENLAYERCLOUD_DOMAIN",
       "ZENLAYERCLOUD_SCHEME", "ZENLAYERCLOUD_TOKEN")


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV:
        monkeypatch.delenv(name, raising=False)


def test_connect_mock_starts_a_server_and_says_where(capsys: pytest.CaptureFixture[str]) -> None:
    with zl.connect("mock", clock="manual") as s:
        out = capsys.readouterr().out
        assert s.mock is not None
        assert s.endpoint == s.mock.url
        assert s.mock.url in out and "demo-access-key" in out
        assert "demo-access-key-password" not in out
        assert len(s.zones()) >= 30
        assert s.describe_zones().zone_set  # falls through to the Client
    assert s.closed
    with pytest.raises(RuntimeError):
        s.mock.health()  # stopped with the session


def test_connect_mock_defaults_to_a_fast_real_clock(capsys: pytest.CaptureFixture[str]) -> None:
    with zl.connect("mock") as s:
        clock = s.mock.health()["clock"]
        assert (clock["mode"], clock["speed"]) == ("real", 60.0)
        assert "real clock x60" in capsys.readouterr().out
    with zl.connect("mock", speed=120.0, quiet=True) as s:
        assert s.mock.health()["clock"]["speed"] == 120.0
        assert s._fast_mock_speed() == 120.0  # wait_for then polls every 10/120 s of wall time


def test_mock_server_lives_as_long_as_the_session() -> None:
    s = zl.connect("mock", clock="manual", quiet=True)
    server = s.mock
    assert server.health()["status"] == "ok"
    del s
    gc.collect()
    with pytest.raises(RuntimeError):
        server.health()


def test_connect_with_arguments(server, capsys: pytest.CaptureFixture[str]) -> None:
    creds = server.credentials
    s = zl.connect(server.url, access_key_id=creds.access_key_id, access_key_password=creds.access_key_password)
    try:
        out = capsys.readouterr().out
        assert server.url in out and creds.access_key_id in out
        assert creds.access_key_password not in out
        assert s.mock is None
        assert not s.zones().empty
    finally:
        s.close()
    assert server.health()["status"] == "ok"  # closing a remote session leaves the server alone


def test_connect_from_environment(server, monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    creds = server.credentials
    monkeypatch.setenv("ZENLAYERCLOUD_ACCESS_KEY_ID", creds.access_key_id)
    monkeypatch.setenv("ZENLAYERCLOUD_ACCESS_KEY_PASSWORD", creds.access_key_password)
    monkeypatch.setenv("ZENLAYERCLOUD_DOMAIN", server.endpoint)
    monkeypatch.setenv("ZENLAYERCLOUD_SCHEME", "http")
    with zl.connect("env") as s:  # the notebooks' ENDPOINT="env"; same as connect()
        out = capsys.readouterr().out
        assert s.endpoint == server.url
        assert "ZENLAYERCLOUD_DOMAIN" in out and creds.access_key_id in out
        assert creds.access_key_password not in out and creds.access_key_password not in repr(s)
        assert not s.stock(charge_type="POSTPAID").empty


def test_missing_credentials_names_the_variables_and_mock() -> None:
    with pytest.raises(ConnectError) as info:
        zl.connect(quiet=True)
    msg = str(info.value)
    for name in ("ZENLAYERCLOUD_ACCESS_KEY_ID", "ZENLAYERCLOUD_ACCESS_KEY_PASSWORD", "ZENLAYERCLOUD_DOMAIN"):
        assert name in msg
    assert 'connect("mock")' in msg


def test_half_set_environment_is_an_error_not_a_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ZENLAYERCLOUD_ACCESS_KEY_ID", "someone")
    with pytest.raises(ConnectError, match="ZENLAYERCLOUD_ACCESS_KEY_PASSWORD"):
        zl.connect(quiet=True)


def test_secret_never_printed_in_errors(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    secret = "Sup3r-Secret-Value"
    with pytest.raises(ConnectError) as info:
        zl.connect(access_key_password=secret, quiet=True)  # no key id anywhere
    assert secret not in str(info.value)
    assert secret not in capsys.readouterr().out


def test_quiet_prints_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    with zl.connect("mock", clock="manual", quiet=True):
        pass
    assert capsys.readouterr().out == ""


def test_mock_settings_only_for_mock(server) -> None:
    with pytest.raises(TypeError, match="seed"):
        zl.connect(server.url, access_key_id="a", access_key_password="b", seed=3, quiet=True)
    with pytest.raises(ValueError, match="clock"):
        zl.connect(server.url, access_key_id="a", access_key_password="b", clock="manual", quiet=True)
    with pytest.raises(ValueError, match="demo credentials"):
        zl.connect("mock", access_key_id="a", quiet=True)


def test_session_async_client_uses_the_same_settings() -> None:
    import asyncio

    with zl.connect("mock", clock="manual", quiet=True) as s:
        async def go() -> int:
            async with s.async_client() as ac:
                assert ac.endpoint == s.endpoint and ac.account == s.account
                return len((await ac.describe_zones()).zone_set)

        assert asyncio.run(go()) == len(s.zones())


def test_import_is_lazy() -> None:
    import subprocess
    import sys

    code = "import sys, zltoolkit; print('pandas' in sys.modules, 'mockserver' in sys.modules, 'httpx' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "False", "False"]


def test_submodules_are_attributes() -> None:
    assert zl.views.STOCK["qty"] == "Int64"
    assert zl.planning.Requirement is zl.Requirement
    assert callable(zl.lifecycle.wait_for)

