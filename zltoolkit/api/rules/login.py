"""Login rules: password complexity, SSH keys, and the password/keyId/sshKeys exclusivity (docs/api-facts.md §7.1).

Messages never contain a password or a key.
"""

from __future__ import annotations

import base64
import binascii
import re
import string

from .. import limits
from ..enums import OsType
from ._core import Violation
from .versions import check_ssh_keys_version

_PASSWORD_ALLOWED = frozenset(string.ascii_letters + string.digits + limits.PASSWORD_SPECIALS)
_PASSWORD_MESSAGE = (
    f"`password` must be {limits.PASSWORD_MIN_LEN}-{limits.PASSWORD_MAX_LEN} characters of letters, digits "
    f"and `{limits.PASSWORD_SPECIALS}`, with at least one upper-case letter, one lower-case letter, one digit "
    f"and one of `{limits.PASSWORD_SPECIALS}`."
)
_SSH_KEY_RE = re.compile(
    "(" + "|".join(map(re.escape, limits.SSH_KEY_TYPES)) + r") ([A-Za-z0-9+/]+={0,2})(?:[ \t]+[^\r\n]*)?"
)


def password_ok(password: str) -> bool:
    return (
        limits.PASSWORD_MIN_LEN <= len(password) <= limits.PASSWORD_MAX_LEN
        and all(c in _PASSWORD_ALLOWED for c in password)
        and any(c in string.ascii_uppercase for c in password)
        and any(c in string.ascii_lowercase for c in password)
        and any(c in string.digits for c in password)
        and any(c in limits.PASSWORD_SPECIALS for c in password)
    )


def check_password(password: str | None) -> Violation | None:
    if password is None or password_ok(password):
        return None
    return Violation("INVALID_PARAMETER_VALUE_PASSWORD_MALFORMED", _PASSWORD_MESSAGE, "password")


def parse_ssh_key(key: str) -> tuple[str, str] | None:
    """``(type, base64 blob)`` of an OpenSSH public key line, or None when it is not one.

    Beyond the text shape, the blob must decode and name the same key type (as OpenSSH itself checks),
    so a truncated or pasted-together key is caught. Surrounding whitespace (a pasted newline) is ignored.
    """
    m = _SSH_KEY_RE.fullmatch(key.strip())
    if m is None:
        return None
    kind, blob64 = m.groups()
    try:
        blob = base64.b64decode(blob64, validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(blob) < 4:
        return None
    n = int.from_bytes(blob[:4], "big")
    # The key material must follow the type name.
    if blob[4 : 4 + n] != kind.encode() or len(blob) <= 4 + n:
        return None
    return kind, blob64


def check_ssh_keys(ssh_keys: list[str] | None) -> Violation | None:
    if not ssh_keys:
        return None
    if len(ssh_keys) > limits.SSH_KEYS_MAX:
        return Violation(
            "INVALID_PARAMETER", f"`sshKeys` takes at most {limits.SSH_KEYS_MAX} keys ({len(ssh_keys)} given).", "sshKeys"
        )
    seen: dict[tuple[str, str], int] = {}
    for i, key in enumerate(ssh_keys):
        parsed = parse_ssh_key(key)
        if parsed is None:
            return Violation(
                "INVALID_PARAMETER_SSH_KEY_MALFORMED",
                f"`sshKeys[{i}]` is not an OpenSSH public key (`<type> <base64> [comment]`, type one of "
                f"{', '.join(limits.SSH_KEY_TYPES)}).",
                f"sshKeys[{i}]",
            )
        # The comment does not make a key different.
        if parsed in seen:
            return Violation(
                "INVALID_PARAMETER_SSH_KEY_DUPLICATE",
                f"`sshKeys[{i}]` repeats `sshKeys[{seen[parsed]}]`.",
                f"sshKeys[{i}]",
            )
        seen[parsed] = i
    return None


def check_login(
    *,
    password: str | None,
    key_id: str | None,
    ssh_keys: list[str] | None,
    api_version: str,
    os_type: str | None = None,
) -> Violation | None:
    """Exclusivity first (the most fundamental mistake), then each credential's own format.

    ``keyId`` together with ``sshKeys`` is also a conflict: one login method per request.
    ``sshKeys`` on Windows are ignored (docs), ``keyId`` on Windows is refused when the OS is known.
    """
    version_violation = check_ssh_keys_version(ssh_keys, api_version)
    if version_violation is not None:
        return version_violation
    has_keys = bool(ssh_keys)
    if password is not None and (key_id is not None or has_keys):
        other = "keyId" if key_id is not None else "sshKeys"
        return Violation(
            "INVALID_PARAMETER_INSTANCE_LOGIN_CONFLICT", f"`password` and `{other}` cannot both be given.", "password"
        )
    if key_id is not None and has_keys:
        return Violation(
            "INVALID_PARAMETER_INSTANCE_LOGIN_CONFLICT", "`keyId` and `sshKeys` cannot both be given.", "keyId"
        )
    v = check_password(password) or check_ssh_keys(ssh_keys)
    if v is not None:
        return v
    if key_id is not None and os_type == OsType.WINDOWS:
        return Violation(
            "INVALID_PARAMETER", "`keyId` cannot be used with a Windows image; give a `password`.", "keyId"
        )
    return None
