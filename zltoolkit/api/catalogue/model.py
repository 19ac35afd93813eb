"""The catalogue's vocabulary: small frozen records for an action, a structure, a field and an enumeration."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Version = Literal["2022-11-20", "2026-02-01"]
SCALARS = frozenset({"string", "integer", "number", "boolean"})


@dataclass(frozen=True, slots=True)
class EnumSpec:
    name: str
    python: str  # the zltoolkit.api.enums class holding the values
    values: tuple[str | int, ...]
    #: Values only some versions accept in a request (absent: every version).
    value_versions: dict[str | int, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Limits:
    minimum: int | None = None
    maximum: int | None = None
    min_length: int | None = None
    max_length: int | None = None
    max_items: int | None = None
    max_bytes: int | None = None


@dataclass(frozen=True, slots=True)
class Field:
    wire: str
    type: str  # a scalar in SCALARS or the name of a Struct
    is_list: bool
    versions: tuple[str, ...]  # the versions whose SDKs carry the field
    required: bool = False
    enum: str | None = None
    limits: Limits = Limits()
    doc: str = ""
    go_types: dict[str, str] = field(default_factory=dict)  # version -> the Go SDK's type as written
    python_versions: tuple[str, ...] = ()  # versions whose Python SDK model has the field
    note: str = ""  # where sources disagree: who says what, and the choice

    @property
    def is_struct(self) -> bool:
        return self.type not in SCALARS


@dataclass(frozen=True, slots=True)
class Struct:
    name: str
    family: str
    versions: tuple[str, ...]
    fields: tuple[Field, ...]
    sdk_names: dict[str, str] = field(default_factory=dict)  # "go 2022-11-20" -> the SDK's class name

    def field(self, wire: str) -> Field:
        for f in self.fields:
            if f.wire == wire:
                return f
        raise KeyError(f"{self.name} has no field {wire!r}")


@dataclass(frozen=True, slots=True)
class Action:
    name: str
    family: str
    versions: tuple[str, ...]
    errors: tuple[str, ...]  # documented error codes (UPPER_SNAKE, as on the wire)
    paginated: bool  # pageNum/pageSize in, totalCount/dataSet out
    aliases: tuple[str, ...] = ()  # other spellings an SDK sends (with the note in the data file)
    sdk: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "go"/"python" -> versions
    note: str = ""

    @property
    def request(self) -> str:
        return f"{self.name}Request"

    @property
    def response(self) -> str:
        return f"{self.name}Response"

    @property
    def mutating(self) -> bool:
        return not self.name.startswith(("Describe", "InquiryPrice"))
