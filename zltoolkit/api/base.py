"""Pydantic bases and strict scalar types shared by every wire model.

Wire names are camelCase aliases, attributes snake_case. Requests are strict (a string is not an int, unknown
fields are refused) so the mock can answer INVALID_PARAMETER naming the field; responses are lax. The
generated response models (zltoolkit.api.generated) go further: they keep unknown fields at every level and
read unknown enum values as plain strings, so the client keeps working when the real API adds some.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import AllowInfNan, BaseModel, ConfigDict, Strict
from pydantic.alias_generators import to_camel

Int = Annotated[int, Strict()]
Float = Annotated[float, Strict(), AllowInfNan(False)]
Str = Annotated[str, Strict()]
Bool = Annotated[bool, Strict()]

_COMMON = ConfigDict(
    alias_generator=to_camel,
    validate_by_name=True,
    validate_by_alias=True,
    serialize_by_alias=True,
    use_enum_values=False,
)


class RequestModel(BaseModel):
    """A request (or a structure sent in one). Serialises without unset fields."""

    model_config = ConfigDict(extra="forbid", **_COMMON)

    def to_wire(self) -> dict[str, Any]:
        return self.model_dump(mode="json", by_alias=True, exclude_none=True)


class ResponseModel(BaseModel):
    """A response (or a structure only found in responses). Serialises every field, ``null`` where unset."""

    model_config = ConfigDict(extra="ignore", **_COMMON)

    def to_wire(self) -> dict[str, Any]:
        return self.model_dump(mode="json", by_alias=True)
