"""Amount, prepaid period, image source, userData and tags rules (docs/api-facts.md §6, §7.1)."""

from __future__ import annotations

from .. import limits
from ..enums import ChargeType
from ..structures import ChargePrepaid, TagAssociation
from ._core import Violation


def check_amount(amount: int | None) -> Violation | None:
    if amount is None or limits.AMOUNT_MIN <= amount <= limits.AMOUNT_MAX:
        return None
    return Violation(
        "INVALID_PARAMETER", f"`amount` must be {limits.AMOUNT_MIN}-{limits.AMOUNT_MAX}.", "amount"
    )


def check_id_list(ids: list[str] | None, *, field: str, required: bool = False) -> Violation | None:
    """Batch id lists (``instanceIds``, ``instanceTypeIds``...): at most MAX_IDS_PER_CALL; ``required`` ones
    need at least one id."""
    n = len(ids) if ids is not None else 0
    if required and n == 0:
        return Violation("INVALID_PARAMETER", f"`{field}` must hold 1-{limits.MAX_IDS_PER_CALL} ids.", field)
    if n > limits.MAX_IDS_PER_CALL:
        return Violation(
            "INVALID_PARAMETER", f"`{field}` holds {n} ids; at most {limits.MAX_IDS_PER_CALL} per call.", field
        )
    return None


def check_prepaid(charge_type: ChargeType | str, prepaid: ChargePrepaid | None) -> Violation | None:
    """PREPAID needs ``instanceChargePrepaid.period`` in 1..PERIOD_MAX; with POSTPAID it is ignored (even if invalid)."""
    if charge_type != ChargeType.PREPAID:
        return None
    if prepaid is None:
        return Violation(
            "MISSING_PARAMETER",
            "The parameter `instanceChargePrepaid` is required when `instanceChargeType` is PREPAID.",
            "instanceChargePrepaid",
        )
    if prepaid.period < limits.PERIOD_MIN:
        return Violation(
            "INVALID_PARAMETER",
            f"`instanceChargePrepaid.period` must be at least {limits.PERIOD_MIN} (months).",
            "instanceChargePrepaid.period",
        )
    if prepaid.period > limits.PERIOD_MAX:
        return Violation(
            "INVALID_PARAMETER",
            f"`instanceChargePrepaid.period` must be at most {limits.PERIOD_MAX} (months).",
            "instanceChargePrepaid.period",
        )
    return None


def check_image_source(image_id: str | None, ipxe_url: str | None) -> Violation | None:
    """The docs: "with iPXE leave [imageId] empty" -- one way to install an OS."""
    if image_id and ipxe_url:
        return Violation("INVALID_PARAMETER", "`ipxeUrl` and `imageId` cannot both be given.", "ipxeUrl")
    return None


def check_user_data(user_data: str | None) -> Violation | None:
    if user_data is None or len(user_data.encode("utf-8")) <= limits.USER_DATA_MAX_BYTES:
        return None
    # The value itself never goes into the message (it may hold secrets).
    return Violation(
        "INVALID_PARAMETER",
        f"`userData` must be at most {limits.USER_DATA_MAX_BYTES} bytes (UTF-8).",
        "userData",
    )


def check_tags(tags: TagAssociation | None) -> Violation | None:
    if tags is None or not tags.tags:
        return None
    lo, hi = limits.TAG_LEN_MIN, limits.TAG_LEN_MAX
    seen: dict[str, int] = {}
    for i, tag in enumerate(tags.tags):
        base = f"tags.tags[{i}]"
        if not lo <= len(tag.key) <= hi:
            return Violation("INVALID_PARAMETER", f"`{base}.key` must be {lo}-{hi} characters.", f"{base}.key")
        if tag.value is not None and not lo <= len(tag.value) <= hi:
            return Violation("INVALID_PARAMETER", f"`{base}.value` must be {lo}-{hi} characters.", f"{base}.value")
        if tag.key in seen:
            return Violation(
                "INVALID_PARAMETER", f"`{base}.key` repeats `tags.tags[{seen[tag.key]}].key`: keys must be unique.",
                f"{base}.key",
            )
        seen[tag.key] = i
    return None
