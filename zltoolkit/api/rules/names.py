"""instanceName / hostname rules and ``[begin,bits]`` pattern expansion (docs/api-facts.md §7.1).

A name is literal text (letters, digits, ``-``, ``.``) with any number of ``[begin,bits]`` tokens; instance
``i`` of ``count`` gets each token replaced by ``begin + i`` zero-padded to ``bits`` digits. ``begin`` is
0..99999 (default 0), ``bits`` 1..6 (default 6); ``[,]``, ``[5,]`` and ``[,3]`` take the defaults for the
missing part. No spaces, and the comma is required (``[]``/``[5]`` are malformed).

The docs' example reads "``server_[3,3]_[1,1]`` -> ``server003``, next ``server004``", yet ``_`` is not a
name character. Our reading: the underscores there separate the patterns from the text and are dropped,
and every token yields its digits -- so that example gives ``server0031``, ``server0042`` (the doc's
``server003``/``server004`` being the first token's part). Concretely: one ``_`` directly before a token's
``[`` or directly after its ``]`` is removed; any other ``_`` is MALFORMED. A token is never "invisible":
``bits`` is at least 1.

A token whose numbers need more than ``bits`` digits for the requested count (``[99,2]`` for 2 instances,
``[123,2]`` for one) is reported as ``..._EXCEED``: the name would outgrow the length the pattern fixes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import limits
from ._core import Violation

_TOKEN_RE = re.compile(r"\[([^\[\]]*)\]")
_TOKEN_BODY_RE = re.compile(r"(\d*),(\d*)")
_LITERAL_RE = re.compile(r"[A-Za-z0-9.-]*")
_SEPARATOR = "_"
# Longer digit strings are refused before int() (which caps at 4300 digits) ever sees them.
_MAX_NUMBER_DIGITS = 9


@dataclass(frozen=True, slots=True)
class _Token:
    text: str  # as written, for messages
    begin: int
    bits: int


class _Malformed(ValueError):
    pass


@lru_cache(maxsize=512)  # the same few patterns come back on every create (a mock's hot path)
def _parse(value: str) -> tuple[str | _Token, ...]:
    """Literal strings and tokens in order, separator underscores removed; _Malformed on a bad token."""
    parts: list[str | _Token] = []
    pos = 0
    for m in _TOKEN_RE.finditer(value):
        parts.append(value[pos : m.start()])
        body = _TOKEN_BODY_RE.fullmatch(m.group(1))
        if body is None:
            raise _Malformed(f"pattern `{m.group(0)}` must be `[begin,bits]` with digits only")
        begin_s, bits_s = body.groups()
        if len(begin_s) > _MAX_NUMBER_DIGITS or len(bits_s) > _MAX_NUMBER_DIGITS:
            raise _Malformed(f"pattern `{m.group(0)}` has too many digits")
        begin = int(begin_s) if begin_s else limits.PATTERN_DEFAULT_BEGIN
        bits = int(bits_s) if bits_s else limits.PATTERN_DEFAULT_BITS
        if begin > limits.PATTERN_BEGIN_MAX:
            raise _Malformed(f"pattern `{m.group(0)}`: begin must be 0-{limits.PATTERN_BEGIN_MAX}")
        if not limits.PATTERN_BITS_MIN <= bits <= limits.PATTERN_BITS_MAX:
            raise _Malformed(
                f"pattern `{m.group(0)}`: bits must be {limits.PATTERN_BITS_MIN}-{limits.PATTERN_BITS_MAX}"
            )
        parts.append(_Token(m.group(0), begin, bits))
        pos = m.end()
    parts.append(value[pos:])
    # Drop one separator underscore on each side of every token (see module docstring).
    for i, part in enumerate(parts):
        if isinstance(part, str):
            if i > 0 and part.startswith(_SEPARATOR):
                part = part[1:]
            if i < len(parts) - 1 and part.endswith(_SEPARATOR):
                part = part[:-1]
            if not _LITERAL_RE.fullmatch(part):
                bad = next(c for c in part if not _LITERAL_RE.fullmatch(c))
                raise _Malformed(f"contains {bad!r}; only letters, digits, `-`, `.` and `[begin,bits]` are allowed")
            parts[i] = part
    return tuple(parts)


def expand_names(pattern: str, count: int) -> list[str]:
    """The names of ``count`` instances: ``expand_names("SEL-M6C-[1,2]", 2) == ["SEL-M6C-01", "SEL-M6C-02"]``.

    Without a token every instance gets the same name. ValueError when the pattern is malformed or a
    number outgrows its ``bits`` (call :func:`check_name` first).
    """
    parts = _parse(pattern)
    if count < 0:
        raise ValueError("count must be >= 0")
    tokens = [p for p in parts if isinstance(p, _Token)]
    for t in tokens:
        if count and len(str(t.begin + count - 1)) > t.bits:
            raise ValueError(f"pattern `{t.text}` cannot number {count} instances in {t.bits} digits")
    return [
        "".join(p if isinstance(p, str) else str(p.begin + i).zfill(p.bits) for p in parts) for i in range(count)
    ]


def check_name(value: str | None, *, field: str, count: int = 1) -> Violation | None:
    """The rule for ``instanceName`` or ``hostname`` (``field`` is the wire name) given ``count`` instances."""
    if value is None:
        return None
    if field == "instanceName":
        malformed, exceed = "INVALID_PARAMETER_INSTANCE_NAME_MALFORMED", "INVALID_PARAMETER_INSTANCE_NAME_EXCEED"
    elif field == "hostname":
        malformed, exceed = "INVALID_PARAMETER_HOSTNAME_MALFORMED", "INVALID_PARAMETER_HOSTNAME_EXCEED"
    else:
        raise ValueError(f"no name rule for {field!r}")
    if value == "":
        return Violation(malformed, f"`{field}` must not be empty.", field)
    try:
        parts = _parse(value)
    except _Malformed as exc:
        return Violation(malformed, f"`{field}` is malformed: {exc}.", field)
    length = 0
    for p in parts:
        if isinstance(p, str):
            length += len(p)
            continue
        length += p.bits
        last = p.begin + max(count, 1) - 1
        if len(str(last)) > p.bits:
            return Violation(
                exceed,
                f"`{field}` pattern `{p.text}` cannot number {max(count, 1)} instance(s) in {p.bits} digit(s) "
                f"(the last would be {last}).",
                field,
            )
    if length > limits.NAME_MAX_LEN:
        return Violation(
            exceed,
            f"`{field}` must be at most {limits.NAME_MAX_LEN} characters after pattern expansion ({length}).",
            field,
        )
    return None


def check_instance_name(value: str | None, amount: int = 1) -> Violation | None:
    return check_name(value, field="instanceName", count=amount)


def check_hostname(value: str | None, amount: int = 1) -> Violation | None:
    return check_name(value, field="hostname", count=amount)
