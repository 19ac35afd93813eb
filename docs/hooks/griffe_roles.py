"""Griffe extension for the reference pages: Sphinx cross-reference roles in docstrings become inline code.

The code's docstrings write ``:func:`prices``` and ``:class:`WaitTimeout``` (readable in ``help()``); Markdown
would show the role literally, so ``:role:`target``` is rendered as ```target``` (``~a.b.c`` as ```c```).
"""

from __future__ import annotations

import re
from typing import Any

from griffe import Extension

_ROLE = re.compile(r":(?:py:)?(?:func|class|meth|mod|attr|data|exc|obj|const|ref):`(~?)([^`]+)`")


def _code(match: re.Match[str]) -> str:
    short, target = match.groups()
    return f"`{target.rsplit('.', 1)[-1] if short else target}`"


class SphinxRoles(Extension):
    def on_instance(self, *, obj: Any, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = _ROLE.sub(_code, obj.docstring.value)
