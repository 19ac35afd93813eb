# generated — do not edit: produced by `python -m tools.generate_api` from zltoolkit/api/catalogue/data.
"""Bases shared by the generated models: tolerant and strict responses, open enums."""

from __future__ import annotations

from enum import Enum
from typing import Annotated, TypeVar

from pydantic import BeforeValidator, ConfigDict, Field

from zltoolkit.api.base import ResponseModel, Str

E = TypeVar("E", bound=Enum)
T = TypeVar("T")

#: An enum value as read: the member when known, else the plain string (the API may add values).
Open = Annotated[E | str, Field(union_mode="left_to_right")]


def _null_as_empty(value: object) -> object:
    return [] if value is None else value


#: A list as read: absent or ``null`` reads as empty (nothing is lost: neither carries an item).
Items = Annotated[list[T], BeforeValidator(_null_as_empty)]


class TolerantModel(ResponseModel):
    """A structure as read: unknown fields are kept (``model_extra``) and serialised back."""

    model_config = ConfigDict(extra="allow")


class TolerantResponse(TolerantModel):
    request_id: str | None = None


class StrictModel(ResponseModel):
    """A structure exactly as sent: no unknown key, every key present (null allowed), enums closed."""

    # Scalars are strict by type (Str, Int, ...); enums stay lax so a wire string selects the member.
    model_config = ConfigDict(extra="forbid")


class StrictResponse(StrictModel):
    request_id: Str
