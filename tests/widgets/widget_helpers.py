"""Helpers of the widget tests (imported by name: pytest puts this directory on sys.path)."""

from __future__ import annotations

from typing import Any

SECRET_PASSWORD = "Sup3r~Secret9"  # a valid password the tests type; it must never appear in any output


def actions(server: Any, action: str) -> list[dict[str, Any]]:
    """Journal entries of ``action`` since the last reset."""
    return server.journal(action=action)


def all_widget_text(root: Any) -> str:
    """Every string a widget tree holds (values, descriptions, HTML, Output contents): what a user can see."""
    import ipywidgets as w

    from zltoolkit.widgets._util import output_text

    seen: list[str] = []

    def walk(x: Any) -> None:
        if isinstance(x, w.Password):
            return  # the one place the password legitimately lives
        for name in ("value", "description", "placeholder", "options"):
            v = getattr(x, name, None)
            if isinstance(v, str):
                seen.append(v)
            elif isinstance(v, (tuple, list)):
                seen.extend(str(i) for i in v)
        if isinstance(x, w.Output):
            seen.append(output_text(x))
        for child in getattr(x, "children", ()) or ():
            walk(child)

    walk(root)
    return "\n".join(seen)
