"""Showing a line of text to the user: IPython display in a notebook kernel, print elsewhere.

Lives below the session so that planning (``apply``'s notes) and the session (``connect``'s banner) share it
without planning importing the session.
"""

from __future__ import annotations

import sys

__all__ = ["show"]


def show(text: str) -> None:
    """Display ``text`` in a notebook (IPython display) or print it elsewhere."""
    ipython = sys.modules.get("IPython")  # only if already loaded: importing IPython just to check is slow
    shell = ipython.get_ipython() if ipython is not None else None
    if shell is not None and getattr(shell, "kernel", None) is not None:
        from IPython.display import display

        display({"text/plain": text}, raw=True)  # type: ignore[no-untyped-call]  # IPython is untyped
    else:
        print(text, flush=True)
