"""The layers the code shows (docs/architecture.md, "packages, layers"), checked from the source.

Every module of ``zltoolkit`` and ``mockserver`` is parsed (never imported) and each import is classified:
``module`` (runs when the module is imported), ``lazy`` (inside a function: runs when called) or ``typing``
(under ``if TYPE_CHECKING:``: never runs). Then:

(a) imports go down the stack only:
    notebooks -> widgets -> session -> planning -> views/lifecycle/history -> common -> client -> api
    (``zltoolkit._version`` is a leaf anyone may read; the package root ``zltoolkit`` is the lazy facade
    on top). Nothing below the session imports ``zltoolkit.session``.
(b) no import cycles among zltoolkit modules: none at import time, and none even counting lazy imports.
(c) ``mockserver`` imports only ``zltoolkit.api``, apart from the lazy imports of the toolkit listed in
    MOCK_LAZY_ALLOWED; and the only toolkit module that imports the mock is the session (lazily).

The analyser is checked on small synthetic trees first, so a broken analyser cannot pass silently.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("zltoolkit", "mockserver")

#: zltoolkit layers, lowest first: a module may import modules of its own layer or of a lower one.
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("version", ("zltoolkit._version",)),
    ("api", ("zltoolkit.api",)),
    ("client", ("zltoolkit.client",)),
    ("common", ("zltoolkit.common",)),
    ("views/lifecycle/history", ("zltoolkit.views", "zltoolkit.lifecycle", "zltoolkit.history")),
    ("planning", ("zltoolkit.planning",)),
    ("session", ("zltoolkit.session",)),
    ("widgets", ("zltoolkit.widgets",)),
)
FACADE = "zltoolkit"  # the package root: lazy re-exports of everything, above every layer

#: The mock's only imports of the toolkit beyond zltoolkit.api: file -> allowed target prefixes. Each must
#: be lazy (or for type checking only): importing the mock never imports the toolkit.
MOCK_LAZY_ALLOWED: dict[str, tuple[str, ...]] = {
    "mockserver/pytest_plugin.py": ("zltoolkit.client",),
    # ``zl-mock snapshot`` (may not exist yet) reads a live endpoint through the toolkit's views.
    "mockserver/snapshot.py": ("zltoolkit.client", "zltoolkit.common", "zltoolkit.views", "zltoolkit.session"),
}
#: The toolkit's only import of the mock: ``zl.connect("mock")`` starts an in-process server.
TOOLKIT_MOCK_ALLOWED: dict[str, tuple[str, ...]] = {"zltoolkit/session.py": ("mockserver.server",)}


# --- the analyser ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Import:
    source: str  # importing module, dotted
    path: str  # its file, relative to the root, with "/"
    target: str  # imported module, dotted (a package's submodule when ``from pkg import submodule``)
    kind: str  # "module" | "lazy" | "typing"
    line: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.source} imports {self.target} ({self.kind})"


def modules(root: Path, packages: Iterable[str]) -> dict[str, Path]:
    """Dotted module name -> file, for every .py under the packages (``pkg/__init__.py`` -> ``pkg``)."""
    out: dict[str, Path] = {}
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            parts = list(path.relative_to(root).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            out[".".join(parts)] = path
    return out


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _walk(node: ast.AST, kind: str) -> Iterable[tuple[ast.Import | ast.ImportFrom, str]]:
    """Every import under ``node`` with its kind (a function body makes it lazy; TYPE_CHECKING typing)."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, (ast.Import, ast.ImportFrom)):
            yield child, kind
        elif isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            yield from _walk(child, "lazy" if kind == "module" else kind)
        elif isinstance(child, ast.If) and _is_type_checking(child.test):
            for stmt in child.body:
                yield from _walk(ast.Module(body=[stmt], type_ignores=[]), "typing")
            for stmt in child.orelse:
                yield from _walk(ast.Module(body=[stmt], type_ignores=[]), kind)
        else:
            yield from _walk(child, kind)


def _package_of(module: str, path: Path) -> str:
    return module if path.name == "__init__.py" else module.rpartition(".")[0]


def imports(root: Path, packages: Iterable[str]) -> list[Import]:
    """The imports of every module under ``packages`` that name a module of ``packages``."""
    known = modules(root, packages)
    prefixes = tuple(packages)
    found: list[Import] = []
    for module, path in known.items():
        rel = path.relative_to(root).as_posix()
        tree = ast.parse(path.read_text("utf-8"), filename=str(path))
        for node, kind in _walk(tree, "module"):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                if node.level:
                    base_parts = _package_of(module, path).split(".")
                    base_parts = base_parts[:len(base_parts) - (node.level - 1)]
                    base = ".".join(base_parts + ([node.module] if node.module else []))
                else:
                    base = node.module or ""
                for alias in node.names:
                    sub = f"{base}.{alias.name}"
                    targets.append(sub if sub in known else base)
            for target in targets:
                if target.split(".")[0] in prefixes:
                    found.append(Import(module, rel, target, kind, node.lineno))
    return found


def layer_of(module: str) -> int | None:
    """Rank of a zltoolkit module in LAYERS (len(LAYERS) for the facade); None outside zltoolkit."""
    if module == FACADE:
        return len(LAYERS)
    for rank, (_, prefixes) in enumerate(LAYERS):
        if any(module == p or module.startswith(p + ".") for p in prefixes):
            return rank
    return None


def _under(module: str, prefixes: Iterable[str]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in prefixes)


def layer_violations(found: Iterable[Import]) -> list[str]:
    """zltoolkit -> zltoolkit imports that go up the stack, and toolkit imports of the mock not allowed."""
    bad = []
    for imp in found:
        src = layer_of(imp.source)
        if src is None:
            continue  # the mock: see mock_violations
        if imp.target.startswith("mockserver"):
            allowed = TOOLKIT_MOCK_ALLOWED.get(imp.path, ())
            if not (_under(imp.target, allowed) and imp.kind != "module"):
                bad.append(f"{imp}: the toolkit may import the mock only lazily in the session")
            continue
        dst = layer_of(imp.target)
        if dst is None or dst > src:
            name = LAYERS[dst][0] if dst is not None and dst < len(LAYERS) else imp.target
            bad.append(f"{imp}: {LAYERS[src][0] if src < len(LAYERS) else 'facade'} may not import {name}")
    return bad


def mock_violations(found: Iterable[Import]) -> list[str]:
    """Imports of the toolkit by the mock other than zltoolkit.api and the lazy allow-list."""
    bad = []
    for imp in found:
        if not imp.source.startswith("mockserver") or not imp.target.startswith("zltoolkit"):
            continue
        if _under(imp.target, ("zltoolkit.api",)):
            continue
        allowed = MOCK_LAZY_ALLOWED.get(imp.path)
        if allowed is None or not _under(imp.target, allowed):
            bad.append(f"{imp}: the mock imports only zltoolkit.api (plus the lazy allow-list)")
        elif imp.kind == "module":
            bad.append(f"{imp}: allowed only lazily (inside a function), not at import time")
    return bad


def cycles(found: Iterable[Import], keep: Callable[[Import], bool]) -> list[list[str]]:
    """Strongly connected components (size > 1, or a self-import) of the zltoolkit import graph."""
    graph: dict[str, set[str]] = {}
    for imp in found:
        if imp.source.startswith("zltoolkit") and imp.target.startswith("zltoolkit") and keep(imp):
            graph.setdefault(imp.source, set()).add(imp.target)
            graph.setdefault(imp.target, set())
    # Tarjan, iteratively (no recursion limit to worry about).
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    comp = []
                    while True:
                        m = stack.pop()
                        on_stack.discard(m)
                        comp.append(m)
                        if m == node:
                            break
                    if len(comp) > 1 or node in graph[node]:
                        out.append(sorted(comp))
    return out


def at_import_time(imp: Import) -> bool:
    return imp.kind == "module"


def when_run(imp: Import) -> bool:
    return imp.kind != "typing"


# --- the analyser on synthetic trees (it must be able to fail) ---------------------------------------


def _tree(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    return root


def test_analyser_classifies_and_resolves_imports(tmp_path: Path) -> None:
    root = _tree(tmp_path, {
        "zltoolkit/__init__.py": "",
        "zltoolkit/api/__init__.py": "",
        "zltoolkit/api/enums.py": "",
        "zltoolkit/views/__init__.py": "from . import catalog\n",
        "zltoolkit/views/catalog.py": (
            "from typing import TYPE_CHECKING\n"
            "from ..api import enums\n"
            "if TYPE_CHECKING:\n    from zltoolkit.session import Session\n"
            "def f():\n    import zltoolkit.views.catalog\n"),
    })
    got = {(i.source, i.target, i.kind) for i in imports(root, ["zltoolkit"])}
    assert got == {
        ("zltoolkit.views", "zltoolkit.views.catalog", "module"),
        ("zltoolkit.views.catalog", "zltoolkit.api.enums", "module"),
        ("zltoolkit.views.catalog", "zltoolkit.session", "typing"),
        ("zltoolkit.views.catalog", "zltoolkit.views.catalog", "lazy"),
    }


def test_analyser_finds_a_cycle_and_an_upward_import(tmp_path: Path) -> None:
    root = _tree(tmp_path, {
        "zltoolkit/__init__.py": "",
        "zltoolkit/views/__init__.py": "",
        "zltoolkit/views/catalog.py": "from .prices import prices\n",
        "zltoolkit/views/prices.py": "def prices():\n    from .catalog import x\n",
        "zltoolkit/planning/__init__.py": "",
        "zltoolkit/planning/apply.py": "def say():\n    from zltoolkit.session import show\n",
        "zltoolkit/session.py": "import zltoolkit.planning.apply\n",
        "zltoolkit/client/__init__.py": "from zltoolkit.common import frames\n",
        "zltoolkit/common/__init__.py": "",
        "zltoolkit/common/frames.py": "",
        "mockserver/__init__.py": "",
        "mockserver/app.py": "from zltoolkit.client import Client\n",
        "mockserver/pytest_plugin.py": "from zltoolkit.client import Client\n",
    })
    found = imports(root, ["zltoolkit", "mockserver"])
    assert cycles(found, at_import_time) == []  # the prices -> catalog import is lazy
    assert sorted(cycles(found, when_run)) == [["zltoolkit.planning.apply", "zltoolkit.session"],
                                               ["zltoolkit.views.catalog", "zltoolkit.views.prices"]]
    bad = layer_violations(found)
    assert any("zltoolkit.planning.apply imports zltoolkit.session (lazy)" in b for b in bad)
    assert any("zltoolkit.client imports zltoolkit.common.frames" in b for b in bad)
    assert len(bad) == 2  # session -> planning is the allowed direction
    mock = mock_violations(found)
    assert len(mock) == 2
    assert any("mockserver.app imports zltoolkit.client" in m and "only zltoolkit.api" in m for m in mock)
    assert any("pytest_plugin" in m and "only lazily" in m for m in mock)


def test_analyser_finds_a_cycle_through_a_package_init(tmp_path: Path) -> None:
    root = _tree(tmp_path, {
        "zltoolkit/__init__.py": "",
        "zltoolkit/views/__init__.py": "from .catalog import stock\n",
        "zltoolkit/views/catalog.py": "from zltoolkit import views\n",
    })
    assert cycles(imports(root, ["zltoolkit"]), at_import_time) == [["zltoolkit.views", "zltoolkit.views.catalog"]]


# --- the repository --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def repo_imports() -> list[Import]:
    found = imports(ROOT, PACKAGES)
    assert len({i.source for i in found}) > 50  # the scan saw the packages (not an empty directory)
    return found


def test_every_toolkit_module_has_a_layer() -> None:
    unplaced = [m for m in modules(ROOT, ["zltoolkit"]) if layer_of(m) is None]
    assert unplaced == []


def test_imports_go_down_the_layers(repo_imports: list[Import]) -> None:
    assert layer_violations(repo_imports) == []


def test_nothing_below_the_session_imports_it(repo_imports: list[Import]) -> None:
    session = layer_of("zltoolkit.session")
    assert session is not None
    users = [str(i) for i in repo_imports
             if _under(i.target, ("zltoolkit.session",)) and (layer_of(i.source) or 0) < session]
    assert users == []


def test_no_import_cycles_at_import_time(repo_imports: list[Import]) -> None:
    assert cycles(repo_imports, at_import_time) == []


def test_no_import_cycles_counting_lazy_imports(repo_imports: list[Import]) -> None:
    assert cycles(repo_imports, when_run) == []


def test_the_mock_imports_only_the_api(repo_imports: list[Import]) -> None:
    assert mock_violations(repo_imports) == []


def test_the_mock_allow_list_is_used_lazily(repo_imports: list[Import]) -> None:
    # The pytest plugin's toolkit import exists and is lazy: the allow-list describes the code, not a wish.
    plugin = [i for i in repo_imports if i.path == "mockserver/pytest_plugin.py" and i.target.startswith("zltoolkit")]
    assert any(i.kind == "lazy" for i in plugin)
    assert all(i.kind != "module" for i in plugin)
