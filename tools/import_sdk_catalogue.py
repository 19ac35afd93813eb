"""Draft the BMC API catalogue (zltoolkit/api/catalogue/data/*.json) from the official SDKs.

Run: ``python -m tools.import_sdk_catalogue --go <zenlayercloud-sdk-go git dir> [--out DIR] [--check]``.

Sources, merged per API version:

* the Go SDK (github zenlayer/zenlayercloud-sdk-go, ``zenlayercloud/bmc20221120`` and ``bmc20260201``,
  ``models.go`` and ``client.go``, read with ``git show <commit>:<path>``): the field types, the actions, and
  the error codes each 2022-11-20 action lists in its doc comment;
* the Python SDK (``zenlayercloud-sdk-python``, installed): its ``BmcClient`` methods (the actions) and its
  models (fields without types; nested structures from ``_deserialize``);
* zltoolkit's hand-written knowledge (``zltoolkit.api``): required request fields, enums, limits.

The JSON files are the source of truth once written: ``--check`` reports where a fresh draft differs from the
checked-in catalogue (new SDK fields, say) without overwriting it, so hand-made choices are never lost.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import inspect
import json
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

VERSIONS = ("2022-11-20", "2026-02-01")
GO_DIRS = {"2022-11-20": "zenlayercloud/bmc20221120", "2026-02-01": "zenlayercloud/bmc20260201"}
PY_MODULES = {"2022-11-20": "zenlayercloud.bmc.v20221120", "2026-02-01": "zenlayercloud.bmc.v20260201"}
PYTHON_SDK_VERSION = "2.0.77"
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "zltoolkit" / "api" / "catalogue" / "data"

# The wire action name where the SDKs spell one differently: Go 2022-11-20 says UnassociateEipAddress, the
# Python SDK (both versions) and Go 2026-02-01 say UnAssociateEipAddress; the majority spelling is kept and
# the other recorded as an alias the mock may accept.
ACTION_ALIASES = {"UnassociateEipAddress": "UnAssociateEipAddress"}

# Structures that are one shape under two names. 2026-02-01's PriceItem is 2022-11-20's Price plus the
# excess/amount fields (zltoolkit.api.structures.Price is already this superset); the Python SDK's Tags is
# the Go SDK's TagAssociation.
STRUCT_RENAMES = {"PriceItem": "Price", "Tags": "TagAssociation"}

# Wire names one SDK spells differently from the others, by (catalogue structure, wire name): the majority's
# spelling is kept and the field notes the other.
WIRE_FIXES = {
    ("DescribeCidrBlockIpsResponse", "CidrBlockIps"): (
        "cidrBlockIps", "Go SDK 2022-11-20 tags it `CidrBlockIps`; the Python SDK (both versions) and Go SDK "
        "2026-02-01 say `cidrBlockIps`, which is kept."),
}

# Fields whose values are an enumeration, by wire name (any structure), or by (structure, wire name).
ENUM_FIELDS: dict[str | tuple[str, str], str] = {
    "instanceChargeType": "ChargeType",
    # The other products' pricing models: the docs list the same PREPAID/POSTPAID.
    "eipChargeType": "ChargeType",
    "ddosIpChargeType": "ChargeType",
    # chargeType: the CIDR block's (its docs list PREPAID/POSTPAID); the load balancer's is not documented.
    **{(st, "chargeType"): "ChargeType" for st in (
        "CidrBlockInfo", "CreateIpv4BlockRequest", "DescribeAvailableIpv4ResourcesRequest",
        "DescribeCidrBlocksRequest", "InquiryPriceCreateIpv4BlockRequest")},
    "internetChargeType": "InternetChargeType",
    "internetChargeTypes": "InternetChargeType",
    "sellStatus": "SellStatus",
    "instanceStatus": "InstanceStatus",
    "imageType": "ImageType",
    "osType": "OsType",
    ("DescribeImagesRequest", "catalog"): "ImageCatalog",
    ("ImageInfo", "catalog"): "ImageCatalog",
    "chargeUnit": "ChargeUnit",
    ("Price", "category"): "PriceCategory",
    "acceptLanguage": "AcceptLanguage",
}

# Limits known from the docs (docs/api-facts.md §6, §7), by (structure or "*", wire name); the numbers are
# zltoolkit.api.limits' (a test keeps them equal).
LIMITS: dict[tuple[str, str], dict[str, int]] = {
    ("CreateInstancesRequest", "amount"): {"minimum": 1, "maximum": 100},
    ("*", "pageSize"): {"minimum": 1, "maximum": 1000},
    ("*", "pageNum"): {"minimum": 1},
    ("*", "instanceIds"): {"max_items": 100},
    ("DescribeInstanceTypesRequest", "instanceTypeIds"): {"max_items": 100},
    ("*", "subnetIds"): {"max_items": 100},
    ("CreateInstancesRequest", "instanceName"): {"max_length": 64},
    ("ModifyInstancesAttributeRequest", "instanceName"): {"max_length": 64},
    ("CreateInstancesRequest", "hostname"): {"max_length": 64},
    ("ReinstallInstanceRequest", "hostname"): {"max_length": 64},
    ("CreateInstancesRequest", "password"): {"min_length": 8, "max_length": 16},
    ("ReinstallInstanceRequest", "password"): {"min_length": 8, "max_length": 16},
    ("CreateInstancesRequest", "sshKeys"): {"max_items": 5},
    ("ReinstallInstanceRequest", "sshKeys"): {"max_items": 5},
    ("CreateInstancesRequest", "userData"): {"max_bytes": 32 * 1024},
    ("ReinstallInstanceRequest", "userData"): {"max_bytes": 32 * 1024},
    ("ChargePrepaid", "period"): {"minimum": 1},
    ("Nic", "wanName"): {"min_length": 4, "max_length": 10},
    ("Nic", "lanName"): {"min_length": 4, "max_length": 10},
    ("Tag", "key"): {"min_length": 1, "max_length": 128},
    ("Tag", "value"): {"min_length": 1, "max_length": 128},
    ("DescribeInstancesRequest", "tags"): {"max_items": 20},
    ("CreateSubnetRequest", "subnetName"): {"min_length": 1, "max_length": 64},
    ("ModifySubnetsAttributeRequest", "subnetName"): {"min_length": 1, "max_length": 64},
}

# Required flags read from the official docs pages of actions zltoolkit does not model yet (the pages' Required
# column), by (structure, wire name) -> page. Only fields whose page is unambiguous are listed:
# DescribeEipAvailableResources marks zoneId "Yes" yet says "if not passed in, all zones return", so it stays
# optional (see its note).
_DOCS = "https://docs.console.zenlayer.com/api-reference/bare-metal-cloud"
DOC_REQUIRED: dict[tuple[str, str], str] = {
    ("CreateSubnetRequest", "zoneId"): f"{_DOCS}/vpc/createsubnet",
    ("CreateSubnetRequest", "cidrBlock"): f"{_DOCS}/vpc/createsubnet",
    ("CreateSubnetRequest", "subnetName"): f"{_DOCS}/vpc/createsubnet",
    ("AssociateSubnetInstancesRequest", "subnetId"): f"{_DOCS}/vpc/associatesubnetinstances",
    ("AssociateSubnetInstancesRequest", "subnetInstanceList"): f"{_DOCS}/vpc/associatesubnetinstances",
    ("AssociateSubnetInstance", "instanceId"): "https://docs.console.zenlayer.com/api-reference/compute/bmc/"
                                               "datastructure",
    ("DescribeEipAvailableResourcesRequest", "eipChargeType"): f"{_DOCS}/eip/describeeipavailableresources",
    ("DescribeAvailableIpv4ResourcesRequest", "chargeType"): f"{_DOCS}/cidrblock/describeavailableipv4resources",
}
DOC_NOTES: dict[tuple[str, str], str] = {
    ("DescribeEipAvailableResourcesRequest", "zoneId"): (
        f"{_DOCS}/eip/describeeipavailableresources marks it required but also says all zones return when "
        "it is not passed in: kept optional."),
}

# Fields whose type the SDKs leave open or disagree on, decided here (the reason goes beside the entry).
TYPE_CHOICES: dict[tuple[str, str], tuple[str, str]] = {
    ("InstanceInfo", "ipmiEnabled"): ("boolean", "only the untyped Python SDK 2026-02-01 has it; boolean, as "
                                                 "zltoolkit.api.structures.InstanceInfo reads it."),
}

FAMILY_ORDER = ("ddos", "load_balancers", "eip", "cidr", "subnets", "vpcs", "catalog", "instances")
CATALOG_ACTIONS = frozenset({
    "DescribeZones", "DescribeImages", "DescribeInstanceTypes", "DescribeAvailableResources",
    "InquiryPriceCreateInstance",
})


def family_of(action: str) -> str:
    if "Ddos" in action:
        return "ddos"
    if any(k in action for k in ("LoadBalancer", "Listener", "Backend")):
        return "load_balancers"
    if "Eip" in action:
        return "eip"
    if any(k in action for k in ("Cidr", "Ipv4", "Ipv6", "Byoip")):
        return "cidr"
    if "Subnet" in action:
        return "subnets"
    if "Vpc" in action:
        return "vpcs"
    if action in CATALOG_ACTIONS:
        return "catalog"
    return "instances"


# --- Go ---

_GO_STRUCT = re.compile(r"^type (\w+) struct \{\s*$")
_GO_FIELD = re.compile(r'^\s*(\w+)\s+(\S+)\s+`json:"([^",]*)')
_GO_SCALARS = {"string": "string", "int": "integer", "int64": "integer", "int32": "integer",
               "float64": "number", "float32": "number", "bool": "boolean"}


@dataclass
class GoField:
    wire: str
    raw: str  # the Go type as written
    base: str  # scalar kind or the struct name
    is_list: bool
    doc: str


@dataclass
class GoStruct:
    name: str
    fields: list[GoField] = field(default_factory=list)
    inline_response: bool = False  # `Response struct { RequestId }`: the action answers only requestId


def parse_go_models(text: str) -> dict[str, GoStruct]:
    structs: dict[str, GoStruct] = {}
    current: GoStruct | None = None
    depth = 0
    comments: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if current is None:
            m = _GO_STRUCT.match(line)
            if m:
                current, depth, comments = GoStruct(m.group(1)), 1, []
            continue
        if stripped.startswith("//"):
            comments.append(stripped[2:].strip())
            continue
        if stripped.endswith("struct {"):
            depth += 1
            if stripped.startswith("Response "):
                current.inline_response = True
            continue
        if stripped.startswith("}"):
            depth -= 1
            if depth == 0:
                structs[current.name] = current
                current = None
            continue
        m = _GO_FIELD.match(line)
        if m and depth == 1:
            _name, raw, wire = m.groups()
            bare = raw.replace("*", "")
            is_list = bare.startswith("[]")
            bare = bare.removeprefix("[]")
            current.fields.append(GoField(wire, raw, _GO_SCALARS.get(bare, bare), is_list, " ".join(comments)))
        if not stripped.startswith("//"):
            comments = []
    return structs


_GO_ACTION = re.compile(r"^func \(c \*Client\) (\w+)\(request \*(\w+)\) \(response \*(\w+), err error\)", re.M)
_GO_ERROR = re.compile(r'^//\s+([A-Z][A-Z0-9_]+) = "([^"]+)"')


def parse_go_client(text: str) -> tuple[dict[str, tuple[str, str]], dict[str, list[tuple[str, str]]]]:
    """The actions (with their request and response types: ReinstallInstance answers a ReInstallInstanceResponse)
    and, per action, the error codes its doc comment lists (as (CODE, Dotted.Code))."""
    actions = {name: (req, resp) for name, req, resp in _GO_ACTION.findall(text)}
    errors: dict[str, list[tuple[str, str]]] = {}
    current: str | None = None
    for line in text.splitlines():
        s = line.strip()
        m = re.match(r"^// (\w+)$", s)
        if m and m.group(1) in actions:
            current = m.group(1)
            continue
        if current and s.startswith("//"):
            e = _GO_ERROR.match(s.replace("\t", " "))
            if e:
                errors.setdefault(current, []).append((e.group(1), e.group(2)))
            continue
        current = None
    return actions, errors


def go_show(go_dir: str, commit: str, path: str) -> str:
    return subprocess.run(["git", "-C", go_dir, "show", f"{commit}:{path}"], check=True, capture_output=True,
                           text=True).stdout


# --- Python ---


@dataclass
class PyClass:
    name: str
    fields: list[str]  # wire names (the SDK serialises vars(self))
    nested: dict[str, tuple[str, bool]]  # wire -> (class, is_list)


def parse_py_models(module_name: str) -> dict[str, PyClass]:
    module = importlib.import_module(module_name + ".models")
    tree = ast.parse(inspect.getsource(module))
    classes: dict[str, PyClass] = {}
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        fields: list[str] = []
        nested: dict[str, tuple[str, bool]] = {}
        for fn in node.body:
            if not isinstance(fn, ast.FunctionDef):
                continue
            if fn.name == "__init__":
                for sub in ast.walk(fn):
                    if isinstance(sub, ast.Assign):
                        for t in sub.targets:
                            if (isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name)
                                    and t.value.id == "self" and t.attr not in fields):
                                fields.append(t.attr)
            if fn.name == "_deserialize":
                for stmt in fn.body:
                    if not isinstance(stmt, ast.If):
                        continue
                    key = _get_key(stmt.test)
                    if key is None:
                        continue
                    is_list = any(isinstance(s, ast.For) for s in stmt.body)
                    for sub in ast.walk(stmt):
                        if isinstance(sub, ast.Call) and isinstance(sub.func, ast.Name) and sub.func.id[0].isupper():
                            nested[key] = (sub.func.id, is_list)
        classes[node.name] = PyClass(node.name, fields, nested)
    return classes


def _get_key(test: ast.expr) -> str | None:
    for sub in ast.walk(test):
        if (isinstance(sub, ast.Call) and isinstance(sub.func, ast.Attribute) and sub.func.attr == "get"
                and sub.args and isinstance(sub.args[0], ast.Constant)):
            return str(sub.args[0].value)
    return None


def python_actions(module_name: str) -> list[str]:
    client = importlib.import_module(module_name + ".bmc_client").BmcClient
    return sorted(n for n, f in vars(client).items() if callable(f) and n[:1].isupper())


# --- merging ---


class Builder:
    def __init__(self) -> None:
        self.structs: dict[str, dict[str, Any]] = {}
        self.actions: dict[str, dict[str, Any]] = {}

    def struct(self, name: str, version: str, go: GoStruct | None, py: PyClass | None,
               go_all: dict[str, GoStruct], py_all: dict[str, PyClass], lang_tag: str = "") -> None:
        entry = self.structs.setdefault(name, {"versions": [], "sdk_names": {}, "fields": {}})
        if version not in entry["versions"]:
            entry["versions"].append(version)
        if go is not None:
            entry["sdk_names"][f"go {version}"] = go.name
        if py is not None:
            entry["sdk_names"][f"python {version}"] = py.name
        go_fields: dict[str, GoField] = {}
        for gf0 in go.fields if go else []:
            fixed, why = WIRE_FIXES.get((name, gf0.wire), (gf0.wire, ""))
            if why:
                gf0 = GoField(fixed, gf0.raw, gf0.base, gf0.is_list, gf0.doc)
                entry.setdefault("wire_notes", {})[fixed] = why
            go_fields[gf0.wire] = gf0
        py_fields = list(py.fields) if py else []
        order = list(go_fields) + [w for w in py_fields if w not in go_fields]
        for wire in order:
            if wire == "requestId":
                continue  # the envelope's, on every response (docs/api-facts.md §3)
            gf = go_fields.get(wire)
            f = entry["fields"].setdefault(wire, {"versions": [], "go_types": {}, "python": []})
            if version not in f["versions"]:
                f["versions"].append(version)
            nested_py = py.nested.get(wire) if py else None
            if wire in py_fields:
                f["python"].append(version)
            if gf is not None:
                f["go_types"][version] = gf.raw
                if gf.doc and ("doc" not in f or version == "2022-11-20"):
                    f["doc"] = gf.doc
                if gf.base in _GO_SCALARS.values():
                    kind = gf.base
                else:
                    kind = self._nested_name(f, gf.base)
                    py_nested = py_all.get(nested_py[0]) if nested_py else None
                    self.struct(kind, version, go_all.get(gf.base), py_nested, go_all, py_all)
                self._set_type(name, wire, f, kind, gf.is_list, f"Go SDK {version}")
            elif nested_py is not None:
                kind = self._nested_name(f, nested_py[0])
                self.struct(kind, version, go_all.get(nested_py[0]), py_all.get(nested_py[0]), go_all, py_all)
                self._set_type(name, wire, f, kind, nested_py[1], f"Python SDK {version} (_deserialize)")
            else:
                f.setdefault("untyped", []).append(version)

    def _nested_name(self, f: dict[str, Any], sdk_name: str) -> str:
        """A structure is known by the field that holds it: the SDKs name the same shape differently (Go
        2022-11-20 ZoneInfo is the Python SDK's Zone), so the first name seen (Go 2022-11-20's) is kept and
        the others are recorded in ``sdk_names``."""
        existing = f.get("type")
        if existing is not None and existing in self.structs:
            return str(existing)
        return STRUCT_RENAMES.get(sdk_name, sdk_name)

    @staticmethod
    def _set_type(struct: str, wire: str, f: dict[str, Any], kind: str, is_list: bool, source: str) -> None:
        if "type" not in f:
            f["type"], f["list"] = kind, is_list
            return
        if (f["type"], f["list"]) == (kind, is_list):
            return
        if {f["type"], kind} == {"integer", "number"} and f["list"] == is_list:
            f["type"] = "number"
            f["note"] = (f.get("note", "") + " Go SDK versions disagree (int vs float64); number kept.").strip()
            return
        f["note"] = (f.get("note", "") + f" {source} says {'list of ' if is_list else ''}{kind}; "
                     f"{'list of ' if f['list'] else ''}{f['type']} kept.").strip()


def build(go_dir: str, commit: str) -> dict[str, Any]:
    b = Builder()
    errors_by_action: dict[str, list[tuple[str, str]]] = {}
    for version in VERSIONS:
        go_models = parse_go_models(go_show(go_dir, commit, GO_DIRS[version] + "/models.go"))
        go_actions, go_errors = parse_go_client(go_show(go_dir, commit, GO_DIRS[version] + "/client.go"))
        py_models = parse_py_models(PY_MODULES[version])
        py_actions = python_actions(PY_MODULES[version])
        for name, codes in go_errors.items():
            errors_by_action.setdefault(ACTION_ALIASES.get(name, name), []).extend(codes)
        for sdk, names in (("go", list(go_actions)), ("python", py_actions)):
            for raw in names:
                action = ACTION_ALIASES.get(raw, raw)
                entry = b.actions.setdefault(action, {"versions": [], "sdk": {}, "aliases": []})
                if version not in entry["versions"]:
                    entry["versions"].append(version)
                entry["sdk"].setdefault(sdk, [])
                if version not in entry["sdk"][sdk]:
                    entry["sdk"][sdk].append(version)
                if raw != action and raw not in entry["aliases"]:
                    entry["aliases"].append(raw)
                if sdk == "go":
                    req_type, resp_type = go_actions[raw]
                    b.struct(f"{action}Request", version, go_models[req_type], None, go_models, py_models)
                    response = go_models[resp_type]
                    # The payload type is the `response` field's (CreateInstances' is CreateInstanceResponseParams).
                    payload = next((f.base for f in response.fields if f.wire == "response"), None)
                    params = go_models.get(payload) if payload else None
                    if params is None and not response.inline_response:
                        raise SystemExit(f"{raw}: no response payload structure")
                    b.struct(f"{action}Response", version, params, None, go_models, py_models)
                else:
                    b.struct(f"{action}Request", version, None, py_models.get(f"{raw}Request"), go_models, py_models)
                    b.struct(f"{action}Response", version, None, py_models.get(f"{raw}Response"), go_models,
                             py_models)
    return finish(b, errors_by_action, commit)


def finish(b: Builder, errors_by_action: dict[str, list[tuple[str, str]]], commit: str) -> dict[str, Any]:
    from zltoolkit.api import actions as zl_actions
    from zltoolkit.api import structures as zl_structures
    from zltoolkit.api.base import RequestModel

    required: dict[str, set[str]] = {}
    for module in (zl_actions, zl_structures):
        for cls_name, cls in vars(module).items():
            if isinstance(cls, type) and issubclass(cls, RequestModel) and cls is not RequestModel:
                required[cls_name] = {
                    (info.alias or name) for name, info in cls.model_fields.items() if info.is_required()
                }
    rename_nested(b)
    for s in b.structs.values():
        for wire, why in s.pop("wire_notes", {}).items():
            s["fields"][wire]["note"] = (s["fields"][wire].get("note", "") + " " + why).strip()
    for sname, s in b.structs.items():
        for wire, f in s["fields"].items():
            enum = ENUM_FIELDS.get((sname, wire)) or ENUM_FIELDS.get(wire)
            if enum:
                f["enum"] = enum
            limits = LIMITS.get((sname, wire)) or LIMITS.get(("*", wire)) if sname.endswith("Request") or (
                (sname, wire) in LIMITS) else LIMITS.get((sname, wire))
            if limits:
                f["limits"] = limits
            if wire in required.get(sname, ()):
                f["required"] = True
            if (sname, wire) in DOC_REQUIRED:
                f["required"] = True
                f["note"] = (f.get("note", "") + f" Required per {DOC_REQUIRED[sname, wire]}.").strip()
            if (sname, wire) in DOC_NOTES:
                f["note"] = (f.get("note", "") + " " + DOC_NOTES[sname, wire]).strip()
            if "type" not in f:
                kind, why = TYPE_CHOICES.get((sname, wire), ("string", "only the untyped Python SDK has it; "
                                                                        "string assumed"))
                f["type"], f["list"] = kind, False
                f["note"] = (f.get("note", "") + " " + why).strip()
            f.pop("untyped", None)
            if not f["go_types"] and "Python SDK" not in f.get("note", ""):
                f["note"] = (f.get("note", "") + " Only the Python SDK has it; the structure is the one its "
                             "_deserialize builds.").strip()
    for name, a in b.actions.items():
        a["family"] = family_of(name)
        codes = errors_by_action.get(name, [])
        a["errors"] = sorted({c for c, _ in codes})
        if not a["aliases"]:
            del a["aliases"]
        else:
            a["note"] = ("Go SDK 2022-11-20 sends " + ", ".join(a["aliases"]) + "; the Python SDK (both versions) "
                         f"and Go SDK 2026-02-01 send {name}: the majority spelling is the name, the other an alias.")
        req = b.structs[f"{name}Request"]["fields"]
        resp = b.structs[f"{name}Response"]["fields"]
        a["paginated"] = {"pageNum", "pageSize"} <= set(req) and {"totalCount", "dataSet"} <= set(resp)
    return {"actions": b.actions, "structs": b.structs, "enums": enum_specs(), "sources": {
        "go_sdk": {"repository": "github.com/zenlayer/zenlayercloud-sdk-go", "commit": commit,
                   "paths": [f"{d}/{f}" for d in GO_DIRS.values() for f in ("models.go", "client.go")]},
        "python_sdk": {"package": "zenlayercloud-sdk-python", "version": PYTHON_SDK_VERSION,
                       "modules": [f"{m}.{f}" for m in PY_MODULES.values() for f in ("models", "bmc_client")]},
        "errors": "per action, the codes the Go SDK's 2022-11-20 client.go doc comments list; the official "
                  "docs' codes for the actions zltoolkit models are in zltoolkit.api.errors (docs/api-facts.md "
                  "§4), which holds every code listed here for those actions (a test keeps it so). "
                  "2026-02-01's client.go lists none, so an action only in 2026-02-01 has none recorded",
        "required": "the SDKs carry no required flag: `required` is set where zltoolkit.api's hand-written "
                    "request models (from the official docs, docs/api-facts.md §7) require the field, and "
                    "for a few other fields from their official docs page (the note names it); elsewhere "
                    "fields are optional and the server's MISSING_PARAMETER decides",
    }}


# Values that only one version accepts in requests (docs/api-facts.md §11).
ENUM_VALUE_VERSIONS = {("InternetChargeType", "ByBandwidthCluster"): ["2026-02-01"]}


def enum_specs() -> dict[str, Any]:
    from zltoolkit.api import enums

    out: dict[str, Any] = {}
    for name in sorted({v for v in ENUM_FIELDS.values()}):
        cls = getattr(enums, name)
        out[name] = {
            "python": f"zltoolkit.api.enums.{name}",
            "values": [m.value for m in cls],
            "value_versions": {v: vs for (e, v), vs in ENUM_VALUE_VERSIONS.items() if e == name},
        }
    return out


def rename_nested(b: Builder) -> None:
    """Name each nested structure as most SDK sources do (ties: the first seen), so ZoneInfo (Go 2022-11-20
    only) becomes Zone, as the Python SDK, Go 2026-02-01 and zltoolkit.api.structures call it."""
    action_structs = {f"{a}{s}" for a in b.actions for s in ("Request", "Response")}
    mapping: dict[str, str] = {}
    for name, st in b.structs.items():
        if name in action_structs:
            continue
        names = list(st["sdk_names"].values())
        best = max(dict.fromkeys(names), key=names.count) if names else name
        best = STRUCT_RENAMES.get(best, best)
        if best != name and best not in b.structs and best not in mapping.values():
            mapping[name] = best
    b.structs = {mapping.get(k, k): v for k, v in b.structs.items()}
    for st in b.structs.values():
        for f in st["fields"].values():
            if f.get("type") in mapping:
                f["type"] = mapping[f["type"]]


def split_by_family(cat: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """One document per family: its actions, their request/response structures, and the nested structures
    only that family uses; structures several families share go to ``shared``."""
    users: dict[str, set[str]] = {}

    def walk(struct: str, fam: str, seen: set[str]) -> None:
        if struct in seen:
            return
        seen.add(struct)
        users.setdefault(struct, set()).add(fam)
        for f in cat["structs"][struct]["fields"].values():
            if f["type"] in cat["structs"]:
                walk(f["type"], fam, seen)

    for name, a in cat["actions"].items():
        for suffix in ("Request", "Response"):
            walk(name + suffix, a["family"], set())
    docs: dict[str, dict[str, Any]] = {fam: {"actions": {}, "structs": {}} for fam in (*FAMILY_ORDER, "shared")}
    docs["shared"] = {"sources": cat["sources"], "enums": cat["enums"], "actions": {}, "structs": {}}
    for name in sorted(cat["actions"]):
        docs[cat["actions"][name]["family"]]["actions"][name] = cat["actions"][name]
    for name in sorted(cat["structs"]):
        fams = users.get(name, set())
        fam = next(iter(fams)) if len(fams) == 1 else "shared"
        docs[fam]["structs"][name] = cat["structs"][name]
    return docs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--go", required=True, help="git directory of zenlayer/zenlayercloud-sdk-go")
    parser.add_argument("--commit", default="HEAD")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--check", action="store_true", help="compare with --out instead of writing")
    args = parser.parse_args(argv)
    commit = subprocess.run(["git", "-C", args.go, "rev-parse", args.commit], check=True, capture_output=True,
                            text=True).stdout.strip()
    cat = build(args.go, commit)
    differences = 0
    for fam, doc in split_by_family(cat).items():
        path = args.out / f"{fam}.json"
        text = json.dumps(doc, indent=1, ensure_ascii=False, sort_keys=False) + "\n"
        if args.check:
            old = json.loads(path.read_text()) if path.exists() else {"actions": {}, "structs": {}}
            for kind in ("actions", "structs"):
                for key in sorted(set(doc[kind]) ^ set(old[kind])):
                    differences += 1
                    print(f"{fam}: {kind[:-1]} {key} only in the {'draft' if key in doc[kind] else 'catalogue'}")
            for key in sorted(set(doc["structs"]) & set(old["structs"])):
                for wire in sorted(set(doc["structs"][key]["fields"]) ^ set(old["structs"][key]["fields"])):
                    differences += 1
                    print(f"{fam}: field {key}.{wire} only in the "
                          f"{'draft' if wire in doc['structs'][key]['fields'] else 'catalogue'}")
        else:
            args.out.mkdir(parents=True, exist_ok=True)
            path.write_text(text)
    print(f"Go SDK commit {commit}; Python SDK {PYTHON_SDK_VERSION}", file=sys.stderr)
    return 1 if differences else 0


if __name__ == "__main__":
    raise SystemExit(main())
