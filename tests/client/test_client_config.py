"""Endpoint and credential resolution: arguments first, else the ZENLAYERCLOUD_* variables."""

from __future__ import annotations

import pytest
from client_fakes import KEY_ID, PASSWORD, TOKEN

from zltoolkit.client import Client, ConfigurationError, Credentials
from zltoolkit.client.config import resolve_credentials, resolve_endpoint

ENV_VARS = ("ZENLAYERCLOUD_ACCESS_KEY_ID", "ZENLAYERCLOUD_ACCESS_KEY_PASSWORD", "ZENLAYERCLOUD_TOKEN",
            "ZENLAYERCLOUD_DOMAIN", "ZENLAYERCLOUD_SCHEME")


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_env_access_key_and_endpoint(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("ZENLAYERCLOUD_ACCESS_KEY_ID", f"  {KEY_ID} ")
    clean_env.setenv("ZENLAYERCLOUD_ACCESS_KEY_PASSWORD", PASSWORD)
    clean_env.setenv("ZENLAYERCLOUD_DOMAIN", "127.0.0.1:8900")
    clean_env.setenv("ZENLAYERCLOUD_SCHEME", "http")
    with Client() as client:
        assert client.endpoint == "http://127.0.0.1:8900"
        assert client.url == "http://127.0.0.1:8900/api/v2/bmc"
        assert client.account == KEY_ID  # stripped


def test_defaults_are_the_real_api(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("ZENLAYERCLOUD_TOKEN", TOKEN)
    with Client() as client:
        assert client.endpoint == "https://console.zenlayer.com"
        assert client.account == "bearer token"


def test_arguments_win_over_env(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("ZENLAYERCLOUD_ACCESS_KEY_ID", "env-key")
    clean_env.setenv("ZENLAYERCLOUD_ACCESS_KEY_PASSWORD", "env-password")
    clean_env.setenv("ZENLAYERCLOUD_DOMAIN", "env.example.com")
    clean_env.setenv("ZENLAYERCLOUD_SCHEME", "http")
    with Client("https://arg.example.com:8443", access_key_id="arg-key", access_key_password="arg-pw") as c:
        assert c.endpoint == "https://arg.example.com:8443" and c.account == "arg-key"
    with Client(token=TOKEN) as c:  # a token argument beats an access key in the environment
        assert c.account == "bearer token" and c.endpoint == "http://env.example.com"
    with Client("arg.example.com", scheme="https") as c:  # scheme argument beats the env
        assert c.endpoint == "https://arg.example.com" and c.account == "env-key"


def test_field_by_field_fallback(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("ZENLAYERCLOUD_ACCESS_KEY_PASSWORD", "env-password")
    creds = resolve_credentials(access_key_id="arg-key")
    assert creds.account == "arg-key" and not creds.is_token


def test_access_key_in_env_wins_over_token_in_env(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("ZENLAYERCLOUD_ACCESS_KEY_ID", KEY_ID)
    clean_env.setenv("ZENLAYERCLOUD_ACCESS_KEY_PASSWORD", PASSWORD)
    clean_env.setenv("ZENLAYERCLOUD_TOKEN", TOKEN)
    assert resolve_credentials().account == KEY_ID


def test_missing_credentials_name_the_variables() -> None:
    with pytest.raises(ConfigurationError) as info:
        Client("127.0.0.1:8900")
    assert info.value.code == "CREDENTIAL_VALUE_MISSING"
    for name in ("ZENLAYERCLOUD_ACCESS_KEY_ID", "ZENLAYERCLOUD_ACCESS_KEY_PASSWORD", "ZENLAYERCLOUD_TOKEN",
                 "access_key_id=", "token="):
        assert name in info.value.message
    assert isinstance(info.value, ValueError)


def test_half_an_access_key_in_env_names_the_missing_half(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("ZENLAYERCLOUD_ACCESS_KEY_ID", KEY_ID)
    clean_env.setenv("ZENLAYERCLOUD_ACCESS_KEY_PASSWORD", "   ")
    with pytest.raises(ConfigurationError, match="ZENLAYERCLOUD_ACCESS_KEY_PASSWORD is not set"):
        resolve_credentials()


@pytest.mark.parametrize("kw", [{"access_key_id": KEY_ID}, {"access_key_id": KEY_ID, "access_key_password": " "},
                                {"token": ""}, {"access_key_id": " ", "access_key_password": PASSWORD}])
def test_blank_or_missing_argument_credentials(kw: dict[str, str]) -> None:
    with pytest.raises(ConfigurationError) as info:
        resolve_credentials(**kw)
    assert info.value.code == "CREDENTIAL_VALUE_MISSING"


def test_token_and_access_key_arguments_together_are_refused() -> None:
    with pytest.raises(ConfigurationError, match="not both"):
        resolve_credentials(access_key_id=KEY_ID, access_key_password=PASSWORD, token=TOKEN)
    with pytest.raises(ConfigurationError, match="not both"):
        Client("h", credentials=Credentials(token=TOKEN), token=TOKEN)


def test_credentials_object() -> None:
    creds = Credentials(f" {KEY_ID} ", f" {PASSWORD} ")
    assert repr(creds) == str(creds) == f"Credentials(access_key_id='{KEY_ID}')"
    bearer = Credentials(token=TOKEN)
    assert repr(bearer) == "Credentials(Bearer(****))"
    with Client("h.example", credentials=bearer) as client:
        assert client.credentials is bearer and client.account == "bearer token"


@pytest.mark.parametrize(("endpoint", "scheme", "base"), [
    ("console.zenlayer.com", None, "https://console.zenlayer.com"),
    ("127.0.0.1:8900", "http", "http://127.0.0.1:8900"),
    ("http://127.0.0.1:8900", None, "http://127.0.0.1:8900"),
    ("http://127.0.0.1:8900/", None, "http://127.0.0.1:8900"),
    ("HTTP://localhost:8900/api/v2/bmc", None, "http://localhost:8900"),
    ("https://[::1]:8443", "HTTPS", "https://[::1]:8443"),
    ("  mock.local  ", None, "https://mock.local"),
])
def test_endpoint_forms(endpoint: str, scheme: str | None, base: str) -> None:
    assert resolve_endpoint(endpoint, scheme, env={}).base_url == base


def test_endpoint_from_env_may_be_a_url() -> None:
    env = {"ZENLAYERCLOUD_DOMAIN": "http://127.0.0.1:8900", "ZENLAYERCLOUD_SCHEME": "https"}
    # The URL's own scheme is explicit; it beats the separate scheme variable.
    assert resolve_endpoint(env=env).base_url == "http://127.0.0.1:8900"


@pytest.mark.parametrize(("endpoint", "scheme"), [
    ("ftp://host", None), ("host", "gopher"), ("http://host/other/path", None), ("http://u:p@host", None),
    ("http://host", "https"), ("host/path", None), ("", None), ("http://", None), ("http://host:99999", None),
])
def test_bad_endpoints_are_refused(endpoint: str, scheme: str | None) -> None:
    with pytest.raises(ConfigurationError) as info:
        resolve_endpoint(endpoint, scheme, env={})
    assert info.value.code == "INVALID_CONFIGURATION"
