"""Generate the wire models and the client methods from the catalogue (zltoolkit.api.catalogue).

Run ``python -m tools.generate_api`` from the checkout (``--out DIR`` writes elsewhere, for the test that
regenerating changes nothing). It writes, marked "generated — do not edit":

* ``zltoolkit/api/generated/<family>.py``: per family, STRICT request models (unknown fields and wrong types
  refused, as zltoolkit.api.base.RequestModel) and TOLERANT response models (unknown fields kept and readable
  at every level, enum values open: an unknown value stays a plain string; numbers coerced where nothing is
  lost; a response's own lists, such as ``dataSet``, read as lists: absent or null is no items). Modules are
  per family so a caller imports only what it uses.
* ``zltoolkit/api/generated/strict_v<version>.py``: the STRICT form of every response of that version (no
  extra keys, closed enums, every key present) for the mock's tests.
* ``zltoolkit/client/generated_methods.py``: a sync and an async mixin, both rendered from ONE template,
  with one method per action (snake_case; an optional positional request model or mapping, then typed
  keyword-only parameters) calling the abstract hook ``_invoke(action, request, response_type)``, and an
  ``iter_*`` per paginated Describe. Client, AsyncClient and Session all take their action methods from them.

Limits (lengths, ranges) stay out of the models: zltoolkit.api.rules checks them and answers the specific
documented error codes, which a model's generic INVALID_PARAMETER would pre-empt.
"""

from __future__ import annotations

import argparse
import keyword
import re
import sys
from pathlib import Path

from pydantic import BaseModel

from zltoolkit.api.catalogue import Action, Catalogue, Field, Struct, load

ROOT = Path(__file__).resolve().parent.parent
HEADER = '# generated — do not edit: produced by `python -m tools.generate_api` from zltoolkit/api/catalogue/data.\n'
VERSIONS = ("2022-11-20", "2026-02-01")
SECRET_FIELDS = frozenset({"password", "sshKeys", "userData"})
FAMILIES = ("shared", "instances", "catalog", "subnets", "vpcs", "eip", "cidr", "ddos", "load_balancers")
_RESERVED = set(dir(BaseModel)) | {"model_config", "request_id"}
ITER_PAGE_SIZE = 100
#: Other wire names a tolerant model reads a field under: the docs' example answers ``status`` where the
#: SDKs read ``sellStatus`` (docs/api-facts.md §12.1).
READ_ALIASES: dict[tuple[str, str], tuple[str, ...]] = {("AvailableResource", "sellStatus"): ("status",)}


# --- names ---


def snake(name: str) -> str:
    """camelCase/PascalCase -> snake_case, with the API's acronyms read as words (IPv6, VIPs, HA)."""
    name = name.replace("IPv6", "Ipv6").replace("IPv4", "Ipv4").replace("VIPs", "Vips").replace("VIP", "Vip")
    name = name.replace("UnAssociate", "Unassociate").replace("isHA", "isHa")
    s = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s).lower()


def attr_name(wire: str) -> str:
    name = snake(wire)
    return name + "_" if keyword.iskeyword(name) or name in _RESERVED else name


def camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p.title() for p in rest)


def param_name(struct: str) -> str:
    """The request-side (strict) form of a nested structure."""
    return struct if struct.endswith("Param") else struct + "Param"


def iter_name(action: str) -> str:
    return "iter_" + snake(action.removeprefix("Describe"))


# --- the structures each side needs ---


def reachable(cat: Catalogue, roots: list[str], version: str | None = None) -> list[str]:
    """Structures reachable from ``roots`` (dependencies first), under ``version`` if given."""
    order: list[str] = []
    seen: set[str] = set()

    def visit(name: str) -> None:
        if name in seen:
            return
        seen.add(name)
        for f in cat.structs[name].fields:
            if f.is_struct and (version is None or version in f.versions):
                visit(f.type)
        order.append(name)

    for root in roots:
        visit(root)
    return order


def request_roots(cat: Catalogue) -> list[str]:
    return [a.request for a in cat.actions.values()]


def response_roots(cat: Catalogue) -> list[str]:
    return [a.response for a in cat.actions.values()]


# --- field rendering ---


def enum_ref(cat: Catalogue, f: Field) -> str:
    assert f.enum is not None
    return cat.enums[f.enum].python.rsplit(".", 1)[1]


def pydantic_field(f: Field, default: str | None, extra: str = "") -> str:
    args = []
    if default is not None:
        args.append(f"default={default}")
    if attr_name(f.wire) != f.wire and camel(attr_name(f.wire)) != f.wire:
        args.append(f'alias="{f.wire}"')
    if f.wire in SECRET_FIELDS:
        args.append("repr=False")
    if extra:
        args.append(extra)
    if not args:
        return ""
    if args == [f"default={default}"]:
        return f" = {default}"
    return f" = Field({', '.join(args)})"


def request_type(cat: Catalogue, f: Field) -> str:
    if f.enum:
        base = enum_ref(cat, f)
    elif f.is_struct:
        base = param_name(f.type)
    else:
        base = {"string": "Str", "integer": "Int", "number": "Float", "boolean": "Bool"}[f.type]
    return f"list[{base}]" if f.is_list else base


def tolerant_type(cat: Catalogue, f: Field) -> str:
    if f.enum:
        base = f"Open[{enum_ref(cat, f)}]"
    elif f.is_struct:
        base = f.type
    else:
        base = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}[f.type]
    return f"list[{base}]" if f.is_list else base


def strict_type(cat: Catalogue, f: Field) -> str:
    if f.enum:
        base = enum_ref(cat, f)
    elif f.is_struct:
        base = f.type
    else:
        base = {"string": "Str", "integer": "Int", "number": "Float", "boolean": "Bool"}[f.type]
    return f"list[{base}]" if f.is_list else base


def doc_line(text: str) -> str:
    text = " ".join(text.split())
    text = text.replace("\\", "\\\\").replace('"""', "'''")
    return text[:100].rstrip() + ("…" if len(text) > 100 else "")


def field_comment(f: Field) -> str:
    bits = []
    if tuple(f.versions) != VERSIONS:
        bits.append("only " + ", ".join(f.versions))
    if f.note:
        bits.append("see the catalogue note")
    return f"  # {'; '.join(bits)}" if bits else ""


# --- modules ---


def render_request_struct(cat: Catalogue, s: Struct, cls: str) -> str:
    lines = [f"class {cls}(RequestModel):"]
    lines.append(f'    """{s.name} (request side)."""' if not s.name.endswith("Request") else
                 f'    """The {s.name.removesuffix("Request")} request."""')
    ordered = sorted(s.fields, key=lambda f: not f.required)
    for f in ordered:
        t = request_type(cat, f)
        if f.required:
            lines.append(f"    {attr_name(f.wire)}: {t}{pydantic_field(f, None)}{field_comment(f)}")
        else:
            lines.append(f"    {attr_name(f.wire)}: {t} | None{pydantic_field(f, 'None')}{field_comment(f)}")
    return "\n".join(lines) + "\n"


def render_tolerant_struct(cat: Catalogue, s: Struct) -> str:
    base = "TolerantResponse" if s.name.endswith("Response") and s.name[:-8] in cat.actions else "TolerantModel"
    lines = [f"class {s.name}({base}):", f'    """{s.name} as read (tolerant)."""']
    for f in s.fields:
        # A response's own lists (dataSet, zoneSet, ...) read as lists (absent or null: no items), so callers
        # iterate without a None check; nested lists keep null apart from [] (a round trip is exact).
        top_list = f.is_list and base == "TolerantResponse"
        optional, default = ("", "[]") if top_list else (" | None", "None")
        annotation = f"Items[{tolerant_type(cat, f).removeprefix('list[')}" if top_list else tolerant_type(cat, f)
        others = READ_ALIASES.get((s.name, f.wire))
        extra = "" if not others else (
            "validation_alias=AliasChoices(" + ", ".join(f'"{n}"' for n in (f.wire, *others, attr_name(f.wire)))
            + f'), serialization_alias="{f.wire}"')
        lines.append(f"    {attr_name(f.wire)}: {annotation}{optional}"
                     f"{pydantic_field(f, default, extra)}{field_comment(f)}")
    return "\n".join(lines) + "\n"


def render_strict_struct(cat: Catalogue, s: Struct, version: str) -> str:
    base = "StrictResponse" if s.name.endswith("Response") and s.name[:-8] in cat.actions else "StrictModel"
    # Fields are the superset of both versions (the SDKs ignore what they do not know); only the values an
    # answer offers depend on the version. So a strict form holds every field of the structure.
    lines = [f"class {s.name}({base}):", f'    """{s.name} as a {version} answer carries it."""']
    fields = list(s.fields)
    for f in fields:
        lines.append(f"    {attr_name(f.wire)}: {strict_type(cat, f)} | None{pydantic_field(f, None)}")
    if not fields:
        lines.append("    pass")
    return "\n".join(lines) + "\n"


def import_line(module: str, names: list[str]) -> str:
    """``from module import a, b`` on one line, or one name a line (ruff's isort style) when too long."""
    line = f"from {module} import {', '.join(names)}"
    if len(line) <= 110:
        return line
    return f"from {module} import (\n" + "".join(f"    {n},\n" for n in names) + ")"


def imports_for(cat: Catalogue, structs: list[Struct], version: str | None = None) -> list[str]:
    enums = sorted({enum_ref(cat, f) for s in structs for f in s.fields
                    if f.enum and (version is None or version in f.versions)})
    return [import_line("zltoolkit.api.enums", enums)] if enums else []


def family_module(cat: Catalogue, family: str) -> str:
    req_all = set(reachable(cat, request_roots(cat)))
    resp_all = set(reachable(cat, response_roots(cat)))
    order = reachable(cat, sorted(request_roots(cat)) + sorted(response_roots(cat)))
    mine = [cat.structs[n] for n in order if cat.structs[n].family == family]
    parts: list[str] = []
    exported: list[str] = []
    for s in mine:
        if s.name in req_all:
            cls = s.name if s.name.endswith("Request") and s.name[:-7] in cat.actions else param_name(s.name)
            parts.append(render_request_struct(cat, s, cls))
            exported.append(cls)
        if s.name in resp_all:
            parts.append(render_tolerant_struct(cat, s))
            exported.append(s.name)
    foreign = sorted({
        ref for s in mine for f in s.fields if f.is_struct and cat.structs[f.type].family != family
        for ref in ([param_name(f.type)] if s.name in req_all and f.type in req_all else [])
        + ([f.type] if s.name in resp_all and f.type in resp_all else [])
    })
    head = [
        HEADER.rstrip("\n"),
        f'"""Wire models of the {family} family (requests strict, responses tolerant)."""',
        "",
        "from __future__ import annotations",
        "",
        "from pydantic import AliasChoices, Field",
        "",
        "from zltoolkit.api.base import Bool, Float, Int, RequestModel, Str",
        *imports_for(cat, mine),
        "",
        "from ._common import Items, Open, TolerantModel, TolerantResponse",
    ]
    if foreign:
        head.append(import_line(".shared", foreign))
    exports = "__all__ = [\n" + "".join(f'    "{n}",\n' for n in sorted(exported)) + "]\n"
    body = "\n\n".join(parts)
    text = "\n".join(head) + "\n\n" + exports + "\n\n" + body
    return _drop_unused(text, ("AliasChoices", "Bool", "Float", "Int", "RequestModel", "Str", "Field", "Items", "Open",
                               "TolerantModel", "TolerantResponse"))


def _drop_unused(text: str, names: tuple[str, ...]) -> str:
    """Remove names the module body never uses from its import lines (ruff F401)."""
    head, sep, body = text.partition("__all__")
    for name in names:
        if not re.search(rf"\b{name}\b", body):
            head = re.sub(rf"(import [^\n]*?)\b{name}, ", r"\1", head)
            head = re.sub(rf"(import [^\n]*?), {name}\b", r"\1", head)
            head = re.sub(rf"^    {name},\n", "", head, flags=re.M)
            head = re.sub(rf"^from [\w.]+ import {name}\n", "", head, flags=re.M)
    head = re.sub(r"\n\n\n+(?=from|import)", "\n\n", head)
    return head + sep + body


def common_module() -> str:
    return HEADER + '''"""Bases shared by the generated models: tolerant and strict responses, open enums."""

from __future__ import annotations

from enum import Enum
from typing import Annotated, TypeVar

from pydantic import BeforeValidator, ConfigDict, Field

from zltoolkit.api.base import ResponseModel, Str

E = TypeVar("E", bound=Enum)
T = TypeVar("T")

#: An enum value as read: the member when known, else the plain string (the API may add values).
Open = Annotated[E | str, Field(union_mode="left_to_right")]


def _null_as_empty(value: object) -> object:
    return [] if value is None else value


#: A list as read: absent or ``null`` reads as empty (nothing is lost: neither carries an item).
Items = Annotated[list[T], BeforeValidator(_null_as_empty)]


class TolerantModel(ResponseModel):
    """A structure as read: unknown fields are kept (``model_extra``) and serialised back."""

    model_config = ConfigDict(extra="allow")


class TolerantResponse(TolerantModel):
    request_id: str | None = None


class StrictModel(ResponseModel):
    """A structure exactly as sent: no unknown key, every key present (null allowed), enums closed."""

    # Scalars are strict by type (Str, Int, ...); enums stay lax so a wire string selects the member.
    model_config = ConfigDict(extra="forbid")


class StrictResponse(StrictModel):
    request_id: Str
'''


def package_init(cat: Catalogue) -> str:
    lines = [HEADER.rstrip("\n"), '"""Generated wire models, one module per family (import the family you use).',
             "",
             "``ACTION_MODULES`` says which family module holds an action's ``<Action>Request`` and",
             "``<Action>Response``, ``ACTION_VERSIONS`` which API versions serve it, ``ACTION_ALIASES`` its other SDK",
             "spellings; ``strict_v2022_11_20`` / ``strict_v2026_02_01`` hold the strict response forms.",
             '"""', "", "from __future__ import annotations", "",
             "ACTION_MODULES: dict[str, str] = {"]
    for name in sorted(cat.actions):
        lines.append(f'    "{name}": "zltoolkit.api.generated.{cat.actions[name].family}",')
    lines.append("}")
    lines += ["", "#: The API versions that serve each action (the client pins the only one when it has one).",
              "ACTION_VERSIONS: dict[str, tuple[str, ...]] = {"]
    for name in sorted(cat.actions):
        versions = ", ".join(f'"{v}"' for v in cat.actions[name].versions)
        lines.append(f'    "{name}": ({versions}{"," if len(cat.actions[name].versions) == 1 else ""}),')
    lines.append("}")
    lines += ["", "#: Other SDK spellings of an action's name -> the name (sent as X-ZC-Action).",
              "ACTION_ALIASES: dict[str, str] = {"]
    for alias, name in sorted((alias, a.name) for a in cat.actions.values() for alias in a.aliases):
        lines.append(f'    "{alias}": "{name}",')
    lines.append("}")
    return "\n".join(lines) + "\n"


def strict_module(cat: Catalogue, version: str) -> str:
    roots = sorted(a.response for a in cat.actions_of(version))
    order = reachable(cat, roots)
    structs = [cat.structs[n] for n in order]
    head = [
        HEADER.rstrip("\n"),
        f'"""Strict forms of every {version} response (the mock\'s tests): no extra key, every key present,',
        "closed enums. Fields are the superset of both versions; the values offered are the version's",
        '(ByBandwidthCluster is accepted under both versions: see zltoolkit.api.catalogue)."""',
        "",
        "from __future__ import annotations",
        "",
        "from pydantic import Field",
        "",
        "from zltoolkit.api.base import Bool, Float, Int, Str",
        *imports_for(cat, structs),
        "",
        "from ._common import StrictModel, StrictResponse",
    ]
    responses = "RESPONSES: dict[str, type[StrictResponse]] = {\n" + "".join(
        f'    "{a.name}": {a.response},\n' for a in sorted(cat.actions_of(version), key=lambda a: a.name)) + "}\n"
    body = "\n\n".join(render_strict_struct(cat, s, version) for s in structs)
    text = "\n".join(head) + "\n\n__all__ = [\"RESPONSES\"]\n\n\n" + body + "\n\n" + responses
    return _drop_unused(text, ("Bool", "Float", "Int", "Str", "Field", "StrictModel"))


# --- client methods: ONE template, rendered sync and async ---

# The optional positional ``request`` (a request model, or a mapping with camelCase or snake_case keys) keeps
# the calls written before the catalogue working; the typed keywords are merged over it and the whole is
# validated by the strict request model (zltoolkit.client.requests.build_request) before anything is sent.
METHOD = '''
    {async_}def {method}(
        self,
        request: {module}.{request} | Mapping[str, Any] | None = None,
        /,{params}
    ) -> {module}.{response}:
        """{action} ({versions}).{doc}"""
        return {await_}self._invoke(
            "{action}",
            build_request({module}.{request}, request, {{{args}}}),
            {module}.{response},
        )
'''

ITER = '''
    {async_}def {iter}(
        self,
        filters: Mapping[str, Any] | None = None,
        /,{params}
        page_size: int = {page_size},
    ) -> {iterator}[{module}.{item}]:
        """Every {item} {action} lists, page by page ({page_size} per call by default)."""
        page = 1
        while True:
            response = {await_}self.{method}(filters, {call_args}page_num=page, page_size=page_size)
            items = response.data_set
            {yield_items}
            if len(items) < page_size or (page - 1) * page_size + len(items) >= (response.total_count or 0):
                return
            page += 1
'''

CLASS = '''

class {cls}(ABC):
    """One {kind} method per BMC action (the catalogue's), each a call of :meth:`_invoke`."""

    @abstractmethod
    {async_}def _invoke(self, action: str, request: RequestModel, response_type: type[R]) -> R:
        """Send ``request`` as ``action`` and parse the answer as ``response_type`` (the client's request path)."""
'''


def module_alias(family: str) -> str:
    """The name a family module is imported under (parameters such as ``catalog`` would shadow it)."""
    return f"{family}_models"


def method_params(cat: Catalogue, s: Struct, skip: frozenset[str] = frozenset()) -> tuple[str, str, str]:
    """(keyword-only parameters, the ``"name": name`` items for build_request, ``name=name`` arguments).

    Every keyword is optional here: a required field may come in the positional request instead, and the
    strict request model refuses the call when it is missing from both.
    """
    fields = [f for f in sorted(s.fields, key=lambda f: not f.required) if f.wire not in skip]
    if not fields:
        return "", "", ""
    params = ["\n        *,"]
    for f in fields:
        params.append(f"\n        {attr_name(f.wire)}: {_qualify(cat, request_type(cat, f), f)} | None = None,")
    items = ", ".join(f'"{attr_name(f.wire)}": {attr_name(f.wire)}' for f in fields)
    args = ", ".join(f"{attr_name(f.wire)}={attr_name(f.wire)}" for f in fields)
    return "".join(params), items, args


def _qualify(cat: Catalogue, t: str, f: Field) -> str:
    """A parameter's annotation: plain Python types (the request model does the strict checking)."""
    if f.enum:  # the member or its wire string: the request model checks the value
        return t.replace(enum_ref(cat, f), f"enums.{enum_ref(cat, f)} | str")
    if f.is_struct:  # the model or a mapping of it
        owner = cat.structs[f.type].family
        return t.replace(param_name(f.type), f"{module_alias(owner)}.{param_name(f.type)} | Mapping[str, Any]")
    plain = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}[f.type]
    return f"list[{plain}]" if f.is_list else plain


def render_method(cat: Catalogue, a: Action, sync: bool) -> str:
    s = cat.request(a.name)
    params, items, _ = method_params(cat, s)
    doc = "" if not a.errors else "\n\n        Documented errors: " + ", ".join(a.errors) + "."
    doc = _wrap_doc(doc)
    text = METHOD.format(
        async_="" if sync else "async ", await_="" if sync else "await ", method=snake(a.name), params=params,
        module=module_alias(a.family), response=a.response, request=a.request, action=a.name,
        versions=", ".join(a.versions), doc=doc, args=items,
    )
    if a.paginated:
        item_field = cat.response(a.name).field("dataSet")
        iparams, _, iargs = method_params(cat, s, frozenset({"pageNum", "pageSize"}))
        text += ITER.format(
            async_="" if sync else "async ", await_="" if sync else "await ", iter=iter_name(a.name),
            params=iparams or "\n        *,", page_size=ITER_PAGE_SIZE, iterator="Iterator" if sync else "AsyncIterator",
            module=module_alias(cat.structs[item_field.type].family), item=item_field.type, action=a.name,
            method=snake(a.name), call_args=(iargs + ", ") if iargs else "",
            # Async generators have no `yield from`.
            yield_items="yield from items" if sync else "for item in items:\n                yield item",
        )
    return text


def _wrap_doc(doc: str) -> str:
    if not doc:
        return doc
    words, lines, line = doc.strip().split(" "), [], ""
    for w in words:
        if len(line) + len(w) + 1 > 100:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    lines.append(line)
    return "\n\n" + "\n".join("        " + ln for ln in lines) + "\n        "


def methods_module(cat: Catalogue) -> str:
    families = sorted({a.family for a in cat.actions.values()} | {"shared"})
    actions = sorted(cat.actions.values(), key=lambda a: snake(a.name))
    out = [
        HEADER.rstrip("\n"),
        '"""Client methods for every BMC action, as two mixins rendered from one template.',
        "",
        "``SyncActions`` and ``AsyncActions`` differ only in ``async``/``await``. Each method takes an optional",
        "positional request (the action's request model, or a mapping with camelCase or snake_case keys) and",
        "typed keyword-only parameters, validates them into the action's strict request model",
        "(:func:`zltoolkit.client.requests.build_request`, before anything is sent) and hands it to the abstract",
        "hook ``_invoke(action, request, response_type)``: the clients implement it with their one request path",
        "(zltoolkit.client.base: sign, send, retry, parse into the tolerant response model), the Session by",
        "handing the call to its client.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from abc import ABC, abstractmethod",
        "from collections.abc import AsyncIterator, Iterator, Mapping",
        "from typing import Any, TypeVar",
        "",
        "from zltoolkit.api import enums",
        "from zltoolkit.api.base import RequestModel, ResponseModel",
        *(f"from zltoolkit.api.generated import {f} as {module_alias(f)}" for f in families),
        "",
        "from .requests import build_request",
        "",
        '__all__ = ["AsyncActions", "SyncActions"]',
        "",
        'R = TypeVar("R", bound=ResponseModel)',
    ]
    text = "\n".join(out) + "\n"
    for cls, kind, sync in (("SyncActions", "synchronous", True), ("AsyncActions", "asynchronous", False)):
        text += CLASS.format(cls=cls, kind=kind, async_="" if sync else "async ")
        for a in actions:
            text += render_method(cat, a, sync)
    return text


def render_all(cat: Catalogue) -> dict[str, str]:
    files = {"zltoolkit/api/generated/__init__.py": package_init(cat),
             "zltoolkit/api/generated/_common.py": common_module()}
    for family in FAMILIES:
        files[f"zltoolkit/api/generated/{family}.py"] = family_module(cat, family)
    for version in VERSIONS:
        files[f"zltoolkit/api/generated/strict_v{version.replace('-', '_')}.py"] = strict_module(cat, version)
    files["zltoolkit/client/generated_methods.py"] = methods_module(cat)
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT, help="root to write under (default: the checkout)")
    args = parser.parse_args(argv)
    for rel, text in render_all(load()).items():
        path = args.out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    print(f"wrote {len(render_all(load()))} files under {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
