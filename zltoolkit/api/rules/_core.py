"""The Violation value and small helpers shared by the rule modules."""

from __future__ import annotations

from dataclasses import dataclass

from ..enums import ApiVersion, OsType
from ..errors import ERRORS, ApiError
from ..structures import ImageInfo


@dataclass(frozen=True, slots=True)
class Violation:
    """One broken request rule: a catalogue code, a message naming the wire field, and that field's path."""

    code: str
    message: str
    field: str

    def __post_init__(self) -> None:
        # Same guarantee as ApiError: every code a rule can produce is in the catalogue.
        if self.code not in ERRORS:
            raise ValueError(f"unknown error code {self.code!r}")

    def to_api_error(self) -> ApiError:
        return ApiError(self.code, self.message)


def parse_version(api_version: str) -> ApiVersion:
    """The served version; ValueError for anything else (the caller resolves the header first)."""
    try:
        return ApiVersion(api_version)
    except ValueError:
        raise ValueError(f"unknown API version {api_version!r}") from None


def os_type_of(image: ImageInfo | None) -> str | None:
    """``"linux"``/``"windows"`` when the image says so (any case, §12.5), else None (unknown)."""
    if image is None or image.os_type is None:
        return None
    value = str(image.os_type).lower()
    return value if value in (OsType.LINUX.value, OsType.WINDOWS.value) else None
