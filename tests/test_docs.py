"""The repository stands alone: nothing tracked points outside it, every docs citation in the code resolves,
and the README opens with the two commands."""

from __future__ import annotations

import importlib.util
import re
import subprocess
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
API_FACTS = DOCS / "api-facts.md"

# Pieces of paths outside the repository, and the old names of what docs/ now holds. Built from parts so that
# this file does not match itself.
OUTSIDE = [
    re.compile(re.escape("../" + "shared")),
    re.compile(re.escape("DESIGN" + ".md")),
    re.compile(re.escape("bmc-api" + "-facts")),
    re.compile("fact" + r"[\s#*]+" + "sheet", re.IGNORECASE),  # also across a line break in a comment
]
DOC_FILE = re.compile(r"\bdocs/([A-Za-z0-9_.-]+\.md)")
# "docs/api-facts.md §7.1", "docs/api-facts.md (§7.8, §8)" and a bare "§12.3" all cite the API facts.
SECTION = re.compile(r"§(\d+(?:\.\d+)?)")


@cache
def tracked() -> tuple[Path, ...]:
    out = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    paths = (ROOT / p for p in out.decode().split("\0") if p)
    return tuple(p for p in paths if p.is_file())


def text_of(path: Path) -> str | None:
    data = path.read_bytes()
    if b"\0" in data[:8192]:
        return None  # binary
    return data.decode("utf-8", errors="replace")


@cache
def texts() -> dict[Path, str]:
    return {p: t for p in tracked() if (t := text_of(p)) is not None}


def citing_files() -> dict[Path, str]:
    """Every tracked text file but the docs themselves and the license (the places that cite the docs)."""
    return {p: t for p, t in texts().items() if DOCS not in p.parents and p.name != "LICENSE"}


@cache
def api_facts_sections() -> frozenset[str]:
    """Numbers of the headings ("## 7. Actions", "### 7.1 ...") and of the numbered items of §12 ("12.3")."""
    found: set[str] = set()
    current: str | None = None
    for line in API_FACTS.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"#{2,4} (\d+(?:\.\d+)*)\.? ", line)
        if heading:
            number = heading.group(1)
            found.add(number)
            current = number.split(".")[0]
            continue
        item = re.match(r"(\d+)\. ", line)
        if item and current is not None:
            found.add(f"{current}.{item.group(1)}")
    return frozenset(found)


def test_tracked_files_were_found() -> None:
    names = {p.relative_to(ROOT).as_posix() for p in tracked()}
    assert {"README.md", "LICENSE", "mkdocs.yml", "docs/api-facts.md", "zltoolkit/api/errors.py"} <= names


def test_nothing_points_outside_the_repository() -> None:
    hits = []
    for path, text in texts().items():
        for pattern in OUTSIDE:
            for m in pattern.finditer(text):
                line = text.count("\n", 0, m.start()) + 1
                hits.append(f"{path.relative_to(ROOT)}:{line}: {m.group(0)!r}")
    assert not hits, "references to files outside the repository (cite docs/ instead):\n" + "\n".join(hits)


def test_every_cited_doc_exists() -> None:
    missing = []
    for path, text in citing_files().items():
        for m in DOC_FILE.finditer(text):
            if not (DOCS / m.group(1)).is_file():
                missing.append(f"{path.relative_to(ROOT)}: docs/{m.group(1)}")
    assert not missing, "cited docs that do not exist:\n" + "\n".join(missing)


def test_every_cited_api_facts_section_exists() -> None:
    sections = api_facts_sections()
    missing = []
    for path, text in citing_files().items():
        for m in SECTION.finditer(text):
            if m.group(1) not in sections:
                missing.append(f"{path.relative_to(ROOT)}: §{m.group(1)}")
    assert not missing, "sections of docs/api-facts.md cited but not found:\n" + "\n".join(missing)


@pytest.mark.parametrize("number", ["0", "1", "1.1", "2", "2.1", "2.2", "3", "4", "5.1", "5.4", "6", "7.1", "7.8",
                                    "8", "9", "10.2", "11", "12", "12.1", "12.13", "12.22"])
def test_api_facts_keeps_its_numbering(number: str) -> None:
    assert number in api_facts_sections()


def test_sections_are_found_as_headings_and_items() -> None:
    sections = api_facts_sections()
    assert "7.9" in sections and "12.23" not in sections and "13" not in sections


def test_readme_starts_with_the_two_commands() -> None:
    lines = [line for line in (ROOT / "README.md").read_text(encoding="utf-8").splitlines() if line.strip()]
    assert lines[0].startswith("# ")
    assert lines[1].startswith("```")
    assert lines[2].split("#")[0].strip() == "make demo"
    assert lines[3].split("#")[0].strip() == "make test"
    assert lines[4] == "```"


def test_readme_links_resolve() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    targets = [t for t in re.findall(r"\]\(([^)\s]+)\)", text) if "://" not in t]
    assert targets
    missing = [t for t in targets if not (ROOT / t.split("#")[0]).exists()]
    assert not missing, f"README links to missing files: {missing}"


def test_license_is_the_apache_license() -> None:
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "Apache License" in text and "Version 2.0, January 2004" in text
    assert "END OF TERMS AND CONDITIONS" in text
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'license = "Apache-2.0"' in pyproject


def _hook() -> ModuleType:
    """The docs build hook, loaded from its file (docs/ is not a package)."""

    spec = importlib.util.spec_from_file_location("docs_generate_hook", DOCS / "hooks" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_reference_walks_the_packages_and_skips_generated_modules(tmp_path: Path) -> None:
    hook = _hook()
    pkg = tmp_path / "pkg"
    (pkg / "generated").mkdir(parents=True)
    (pkg / "sub").mkdir()
    (pkg / "scripts").mkdir()  # no __init__.py: not importable, not documented
    for name, first_line in {
        "__init__.py": '"""The package."""',
        "__main__.py": "main()",
        "hand.py": '"""Generate nothing: written by hand."""',
        "made.py": "# Generated by a tool from the catalogue. DO NOT EDIT.",
        "generated/__init__.py": "",
        "generated/models.py": '"""Models."""',
        "sub/__init__.py": "",
        "sub/inner.py": "x = 1",
        "scripts/run.py": "",
    }.items():
        (pkg / name).write_text(first_line + "\n", encoding="utf-8")
    assert hook._modules(tmp_path, "pkg") == [("pkg",), ("pkg", "hand"), ("pkg", "sub"), ("pkg", "sub", "inner")]


def test_reference_covers_every_module_of_the_checkout() -> None:
    hook = _hook()
    documented = {".".join(m) for m in hook._modules(ROOT, "zltoolkit") + hook._modules(ROOT, "mockserver")}
    assert {"zltoolkit", "zltoolkit.api.actions", "mockserver.app", "mockserver.backend"} <= documented


def test_sphinx_roles_render_as_code() -> None:
    spec = importlib.util.spec_from_file_location("docs_griffe_roles", DOCS / "hooks" / "griffe_roles.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text = "See :func:`prices`, :class:`~zltoolkit.lifecycle.WaitTimeout` and :meth:`Plan.to_requests`."
    assert module._ROLE.sub(module._code, text) == "See `prices`, `WaitTimeout` and `Plan.to_requests`."
