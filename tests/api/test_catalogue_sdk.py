"""The catalogue covers the official Python SDK (the version pinned in the dev extra): every action of both
BmcClients, every field of every model, each with the Go SDK's type recorded."""

from __future__ import annotations

import importlib
import inspect
from importlib.metadata import version as installed_version

import pytest

from zltoolkit.api.catalogue import Struct, load

SDK_VERSION = "2.0.77"
MODULES = {"2022-11-20": "zenlayercloud.bmc.v20221120", "2026-02-01": "zenlayercloud.bmc.v20260201"}


def test_the_pinned_sdk_is_installed() -> None:
    assert installed_version("zenlayercloud-sdk-python") == SDK_VERSION
    assert load().sources["python_sdk"]["version"] == SDK_VERSION


@pytest.mark.parametrize("version", MODULES)
def test_every_bmc_client_action_is_catalogued_for_its_version(version: str) -> None:
    client = importlib.import_module(MODULES[version] + ".bmc_client").BmcClient
    actions = [n for n, f in vars(client).items() if callable(f) and n[:1].isupper()]
    assert len(actions) == 85
    cat = load()
    for name in actions:
        action = cat.action(name)
        assert version in action.versions, name
        assert version in action.sdk["python"], name


def test_versions_hold_the_go_only_actions() -> None:
    cat = load()
    assert len(cat.actions_of("2022-11-20")) == 98
    assert len(cat.actions_of("2026-02-01")) == 85
    ddos = [a for a in cat.actions.values() if a.family == "ddos"]
    assert len(ddos) == 11 and all(a.versions == ("2022-11-20",) and "python" not in a.sdk for a in ddos)
    for name in ("ModifySubnetsResourceGroup", "ModifyVpcsResourceGroup"):
        assert cat.action(name).versions == ("2022-11-20",)
    assert cat.action("UnassociateEipAddress") is cat.action("UnAssociateEipAddress")


def _struct_for(python_class: str, version: str) -> Struct:
    cat = load()
    for s in cat.structs.values():
        if s.sdk_names.get(f"python {version}") == python_class:
            return s
    return cat.structs[python_class]  # a class no response reaches (HealthCheck in 2022-11-20) keeps its name


@pytest.mark.parametrize("version", MODULES)
def test_every_field_of_every_python_model_is_catalogued_with_its_go_type(version: str) -> None:
    models = importlib.import_module(MODULES[version] + ".models")
    classes = [c for c in vars(models).values() if inspect.isclass(c) and c.__module__ == models.__name__]
    assert len(classes) > 200
    checked = 0
    for cls in classes:
        struct = _struct_for(cls.__name__, version)
        assert version in struct.versions, (cls.__name__, struct.name)
        for wire in vars(cls()):
            if wire == "requestId":
                continue  # the envelope's
            field = struct.field(wire)
            assert version in field.versions, (cls.__name__, wire)
            # The type is the Go SDK's, or the note says why not (a field only the Python SDK has).
            assert field.go_types or "Python SDK" in field.note, (cls.__name__, wire)
            checked += 1
    assert checked > 700


def test_sources_record_the_go_commit() -> None:
    go = load().sources["go_sdk"]
    assert len(go["commit"]) == 40 and go["repository"].endswith("zenlayercloud-sdk-go")
