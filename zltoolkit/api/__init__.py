"""The BMC API as data: enums, wire models, the error catalogue, limits and request rules.

The single source of truth shared by the client, the mock server and the widgets.
"""

from . import limits, rules
from .actions import *  # noqa: F403
from .actions import ACTIONS, ActionSpec, BaseResponse, EmptyResponse
from .base import RequestModel, ResponseModel
from .enums import *  # noqa: F403
from .errors import CLIENT_ONLY_CODES, ERRORS, RETRYABLE_CODES, ApiError, ErrorFamily, ErrorSpec
from .structures import *  # noqa: F403
from .validation import field_path, parse_request

__all__ = [  # noqa: F405
    "ACTIONS",
    "ActionSpec",
    "ApiError",
    "BaseResponse",
    "CLIENT_ONLY_CODES",
    "ERRORS",
    "EmptyResponse",
    "ErrorFamily",
    "ErrorSpec",
    "RETRYABLE_CODES",
    "RequestModel",
    "ResponseModel",
    "field_path",
    "limits",
    "rules",
    "parse_request",
]
