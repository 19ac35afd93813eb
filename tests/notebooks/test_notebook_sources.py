"""The notebooks' sources: each ``notebooks/<name>.py`` (a jupytext percent script) and its committed ``.ipynb``.

The ``.py`` is the source and the ``.ipynb`` is built from it (``jupytext --to ipynb --update notebooks/*.py``),
not paired: a paired notebook syncs from whichever file is newer, and a git checkout sets file times
arbitrarily (notebooks/README.md). This test builds each ``.ipynb`` in memory the way that command does,
keeping the committed cell ids, and compares it with the committed file; the committed file has no outputs.
"""

from __future__ import annotations

from pathlib import Path

import jupytext
import pytest
from jupytext.combine import combine_inputs_with_outputs

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"
NAMES = ["01_explore", "02_capacity_planning", "03_create_and_watch", "04_capacity_over_time", "dashboard"]
BUILD = "jupytext --to ipynb --update notebooks/*.py"


def build(name: str) -> str:
    """The .ipynb text ``jupytext --to ipynb --update`` writes for ``name``.py over the committed .ipynb."""
    source = jupytext.read(NOTEBOOKS / f"{name}.py", fmt="py:percent")
    committed = jupytext.read(NOTEBOOKS / f"{name}.ipynb")
    return jupytext.writes(combine_inputs_with_outputs(source, committed, fmt="py:percent"), "ipynb") + "\n"


def test_every_notebook_has_its_source() -> None:
    assert sorted(p.stem for p in NOTEBOOKS.glob("*.ipynb")) == NAMES
    assert sorted(p.stem for p in NOTEBOOKS.glob("*.py")) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_committed_notebook_is_built_from_its_source(name: str) -> None:
    committed = (NOTEBOOKS / f"{name}.ipynb").read_text()
    assert build(name) == committed, f"notebooks/{name}.ipynb is out of date: run `{BUILD}`"


@pytest.mark.parametrize("name", NAMES)
def test_committed_without_outputs_and_with_parameters_first(name: str) -> None:
    nb = jupytext.read(NOTEBOOKS / f"{name}.ipynb")
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code[0].metadata.get("tags") == ["parameters"]
    assert "ENDPOINT" in code[0].source
    for c in code:
        assert c.outputs == [] and c.execution_count is None, f"{name}: committed with outputs"
    assert "jupytext" not in nb.metadata  # built, not paired: no pairing metadata in the notebook
    ids = [c.id for c in nb.cells]
    assert all(ids) and len(set(ids)) == len(ids)


def test_the_check_sees_an_edited_source() -> None:
    """Guard against a check that cannot fail: a one-line edit of a source must change the built notebook."""
    edited = (NOTEBOOKS / "dashboard.py").read_text().replace("dashboard = Dashboard(", "board = Dashboard(")
    source = jupytext.reads(edited, fmt="py:percent")
    committed = jupytext.read(NOTEBOOKS / "dashboard.ipynb")
    text = jupytext.writes(combine_inputs_with_outputs(source, committed, fmt="py:percent"), "ipynb") + "\n"
    assert text != (NOTEBOOKS / "dashboard.ipynb").read_text()
    # ... and only that cell changes: the ids stay those committed.
    assert [c.id for c in jupytext.reads(text, fmt="ipynb").cells] == [c.id for c in committed.cells]
