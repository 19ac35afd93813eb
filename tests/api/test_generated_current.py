"""The checked-in generated code is what the generator makes from the catalogue now."""

from __future__ import annotations

from pathlib import Path

from tools import generate_api
from zltoolkit.api.catalogue import load

ROOT = Path(__file__).resolve().parents[2]


def test_regenerating_changes_nothing(tmp_path: Path) -> None:
    assert generate_api.main(["--out", str(tmp_path)]) == 0
    written = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*.py"))
    assert len(written) == 14
    stale = [str(rel) for rel in written if (ROOT / rel).read_text(encoding="utf-8") != (tmp_path / rel).read_text(
        encoding="utf-8")]
    assert stale == [], "run `python -m tools.generate_api`"
    checked_in = {p.relative_to(ROOT) for p in (ROOT / "zltoolkit/api/generated").glob("*.py")}
    assert checked_in == {rel for rel in written if rel.parts[:3] == ("zltoolkit", "api", "generated")}


def test_generated_files_are_marked() -> None:
    for rel in generate_api.render_all(load()):
        assert (ROOT / rel).read_text(encoding="utf-8").startswith("# generated — do not edit")
