"""RAID and partition rules, and usable capacity (docs/api-facts.md §6 RaidConfig/CustomRaid/Partition).

Choices where the docs are silent:
- Disks per array: RAID0 >= 1, RAID1 an even number >= 2 (mirrored pairs), RAID5 >= 3, RAID10 an even
  number >= 4. Usable size: RAID0 n*min, RAID1 and RAID10 n/2*min, RAID5 (n-1)*min.
- Quick RAID (``raidType``) spans all disks of the type; a type with disks of different sizes refuses it
  with ``INVALID_INSTANCE_TYPE_QUICK_RAID_NOT_SUPPORT`` ("model needs custom RAID").
- ``INVALID_PARTITION_SIZE_NOT_FULL`` ("partitions don't reach required capacity") means the disk cannot
  hold the partitions: the sum of partition sizes must be <= the usable capacity -- the RAID capacity
  when a RAID is configured (custom RAID: all arrays together), else the type's ``totalDiskSize``. Sizes
  are minimums: the last partition receives the remaining space (docs).
- With the OS type unknown, partitions are checked in the style of the first one (``/...`` -> Linux,
  a drive letter -> Windows).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import limits
from ..enums import OsType
from ..structures import InstanceType, Partition, RaidConfig
from ._core import Violation

_LINUX_PATH_RE = re.compile(r"/|(?:/[A-Za-z0-9._-]+)+")


# --- capacity ---


def type_disks(instance_type: InstanceType | None) -> list[tuple[int, int]] | None:
    """``[(diskSize, diskCount), ...]`` of a type, or None when unknown."""
    info = instance_type.disk_info if instance_type is not None else None
    if info is None or not info.disks:
        return None
    return [(d.disk_size or 0, d.disk_count or 0) for d in info.disks]


def disk_sizes(disks: Sequence[tuple[int, int]]) -> list[int]:
    """Disk sizes in diskSequence order: disk ``k`` (1-based) is ``disk_sizes(...)[k - 1]``."""
    return [size for size, count in disks for _ in range(count)]


def raid_disks_fit(level: int, n: int) -> bool:
    if level not in limits.RAID_MIN_DISKS:
        return False
    return n >= limits.RAID_MIN_DISKS[level] and (level not in limits.RAID_EVEN_DISKS or n % 2 == 0)


def array_capacity_gb(level: int, sizes: Sequence[int]) -> int:
    """Usable GB of one array; ValueError when the disk count does not fit the level."""
    n = len(sizes)
    if not raid_disks_fit(level, n):
        raise ValueError(f"{n} disk(s) do not fit RAID{level}")
    smallest = min(sizes)
    if level == 0:
        return smallest * n
    if level == 5:
        return smallest * (n - 1)
    return smallest * n // 2  # RAID1, RAID10


def raid_capacity_gb(raid: RaidConfig | None, disks: Sequence[tuple[int, int]]) -> int:
    """Usable GB of ``raid`` over ``disks`` (``(size, count)`` as in ``diskInfo.disks``); no RAID -> the sum.

    ValueError for a configuration the rules refuse (bad level, disk numbers out of range, wrong count).
    """
    sizes = disk_sizes(disks)
    if raid is None or (raid.raid_type is None and not raid.custom_raids):
        return sum(sizes)
    if raid.raid_type is not None and raid.custom_raids:
        raise ValueError("raidType and customRaids are exclusive")
    if raid.raid_type is not None:
        return array_capacity_gb(raid.raid_type, sizes)
    total = 0
    for array in raid.custom_raids or []:
        if any(not 1 <= k <= len(sizes) for k in array.disk_sequence):
            raise ValueError("disk number out of range")
        total += array_capacity_gb(array.raid_type, [sizes[k - 1] for k in array.disk_sequence])
    return total


def usable_capacity_gb(instance_type: InstanceType | None, raid: RaidConfig | None) -> int | None:
    """What partitions may fill on ``instance_type`` with ``raid``; None when unknown or the RAID is invalid."""
    disks = type_disks(instance_type)
    if disks is None:
        return None
    no_raid = raid is None or (raid.raid_type is None and not raid.custom_raids)
    if no_raid and instance_type is not None and instance_type.disk_info and instance_type.disk_info.total_disk_size:
        return instance_type.disk_info.total_disk_size
    try:
        return raid_capacity_gb(raid, disks)
    except ValueError:
        return None


# --- RAID ---


def _level_problem(level: int, field: str, supported: Sequence[int] | None) -> Violation | None:
    if level not in limits.RAID_LEVELS:
        return Violation(
            "INVALID_PARAMETER", f"`{field}` must be one of {', '.join(map(str, limits.RAID_LEVELS))}.", field
        )
    if supported is not None and level not in supported:
        return Violation(
            "INVALID_INSTANCE_TYPE_RAID_NOT_SUPPORT",
            f"`{field}` RAID{level} is not supported by this instance type (supports "
            f"{', '.join(f'RAID{x}' for x in supported) or 'none'}).",
            field,
        )
    return None


def _mismatch(level: int, n: int, field: str) -> Violation:
    even = " (an even number)" if level in limits.RAID_EVEN_DISKS else ""
    return Violation(
        "INVALID_PARAMETER_VALUE_RAID_DISK_MISMATCH",
        f"`{field}` RAID{level} needs at least {limits.RAID_MIN_DISKS[level]} disks{even}; {n} given.",
        field,
    )


def check_raid(raid: RaidConfig | None, *, instance_type: InstanceType | None = None) -> Violation | None:
    """Order: conflict, level, support by the type, then per disk number range, duplicates, order, count."""
    if raid is None:
        return None
    customs = raid.custom_raids or []
    if raid.raid_type is not None and customs:
        return Violation(
            "INVALID_RAID_CONFIG_FAST_CUSTOM_CONFLICT",
            "`raidConfig.raidType` and `raidConfig.customRaids` cannot both be given.",
            "raidConfig",
        )
    supported = instance_type.support_raids if instance_type is not None else None
    disks = type_disks(instance_type)
    if raid.raid_type is not None:
        field = "raidConfig.raidType"
        v = _level_problem(raid.raid_type, field, supported)
        if v is not None or disks is None:
            return v
        if len({size for size, count in disks if count}) > 1:
            return Violation(
                "INVALID_INSTANCE_TYPE_QUICK_RAID_NOT_SUPPORT",
                f"`{field}` cannot span disks of different sizes; use `raidConfig.customRaids`.",
                field,
            )
        n = sum(count for _, count in disks)
        return None if raid_disks_fit(raid.raid_type, n) else _mismatch(raid.raid_type, n, field)

    base = "raidConfig.customRaids"
    for i, array in enumerate(customs):
        v = _level_problem(array.raid_type, f"{base}[{i}].raidType", supported)
        if v is not None:
            return v
    n_disks = sum(count for _, count in disks) if disks is not None else None
    for i, array in enumerate(customs):
        for k in array.disk_sequence:
            if k < 1 or (n_disks is not None and k > n_disks):
                upto = f"1-{n_disks}" if n_disks is not None else ">= 1"
                field = f"{base}[{i}].diskSequence"
                return Violation(
                    "INVALID_PARAMETER_VALUE_RAID_DISK_SEQUENCE_RANGE",
                    f"`{field}` disk number {k} is out of range ({upto}).",
                    field,
                )
    owner: dict[int, int] = {}
    for i, array in enumerate(customs):
        for k in array.disk_sequence:
            if k in owner:
                field = f"{base}[{i}].diskSequence"
                where = "twice" if owner[k] == i else f"already in `{base}[{owner[k]}]`"
                return Violation(
                    "INVALID_PARAMETER_VALUE_RAID_DISK_SEQUENCE_DUPLICATE", f"`{field}` uses disk {k} {where}.", field
                )
            owner[k] = i
    for i, array in enumerate(customs):
        seq = array.disk_sequence
        if any(b != a + 1 for a, b in zip(seq, seq[1:], strict=False)):
            field = f"{base}[{i}].diskSequence"
            return Violation(
                "INVALID_PARAMETER_VALUE_RAID_DISK_DISORDER",
                f"`{field}` must list consecutive disk numbers in ascending order.",
                field,
            )
    for i, array in enumerate(customs):
        if not raid_disks_fit(array.raid_type, len(array.disk_sequence)):
            return _mismatch(array.raid_type, len(array.disk_sequence), f"{base}[{i}].diskSequence")
    return None


# --- partitions ---


def _partition_format(p: Partition, i: int, windows: bool) -> Violation | None:
    field = f"partitions[{i}]"
    if windows:
        if p.fs_path not in limits.WINDOWS_DRIVES:
            return Violation(
                "INVALID_PARTITION_MALFORMED",
                f"`{field}.fsPath` must be a drive letter {limits.WINDOWS_DRIVES[0]}-{limits.WINDOWS_DRIVES[-1]}"
                " on Windows.",
                f"{field}.fsPath",
            )
    elif not _LINUX_PATH_RE.fullmatch(p.fs_path) or any(s in (".", "..") for s in p.fs_path.split("/")):
        return Violation(
            "INVALID_PARTITION_MALFORMED",
            f"`{field}.fsPath` must be an absolute path such as `/` or `/data` (letters, digits, `.`, `_`, `-`; "
            "no spaces, no `//`, no trailing `/`).",
            f"{field}.fsPath",
        )
    if p.size < 1:
        return Violation("INVALID_PARTITION_MALFORMED", f"`{field}.size` must be at least 1 (GB).", f"{field}.size")
    types = limits.WINDOWS_FS_TYPES if windows else limits.LINUX_FS_TYPES
    if p.fs_type not in types:
        return Violation(
            "INVALID_PARTITION_NO_TYPE",
            f"`{field}.fsType` must be one of {', '.join(types)} for {'Windows' if windows else 'Linux'}.",
            f"{field}.fsType",
        )
    return None


def check_partitions(
    partitions: list[Partition] | None,
    *,
    has_image: bool | None = True,
    os_type: str | None = None,
    capacity_gb: int | None = None,
) -> Violation | None:
    """Order: image present, each partition's path/size/type, required first path, duplicates,
    Windows letter order, total size vs ``capacity_gb``. ``has_image=None`` means unknown (not checked)."""
    if not partitions:
        return None
    if has_image is False:
        return Violation(
            "INVALID_PARTITION_IMAGE_NOT_SET", "`partitions` can only be given together with an `imageId`.", "partitions"
        )
    if os_type in (OsType.LINUX, OsType.WINDOWS):
        windows = os_type == OsType.WINDOWS
    else:
        windows = not partitions[0].fs_path.startswith("/") and len(partitions[0].fs_path) == 1
    for i, p in enumerate(partitions):
        v = _partition_format(p, i, windows)
        if v is not None:
            return v
    required = limits.WINDOWS_DRIVES[0] if windows else "/"
    if partitions[0].fs_path != required:
        return Violation(
            "INVALID_PARTITION_MISSING_REQUIRED_FILE_PATH",
            f"`partitions[0].fsPath` must be `{required}`: the first partition is the system partition.",
            "partitions[0].fsPath",
        )
    seen: dict[str, int] = {}
    for i, p in enumerate(partitions):
        if p.fs_path in seen:
            return Violation(
                "INVALID_PARTITION_DUPLICATE_FILE_PATH",
                f"`partitions[{i}].fsPath` repeats `partitions[{seen[p.fs_path]}].fsPath`.",
                f"partitions[{i}].fsPath",
            )
        seen[p.fs_path] = i
    if windows:
        for i in range(1, len(partitions)):
            if partitions[i].fs_path < partitions[i - 1].fs_path:
                return Violation(
                    "INVALID_PARTITION_INVALID_ORDER",
                    f"`partitions[{i}].fsPath` must come after `{partitions[i - 1].fs_path}`: drive letters ascend.",
                    f"partitions[{i}].fsPath",
                )
    total = sum(p.size for p in partitions)
    if capacity_gb is not None and total > capacity_gb:
        return Violation(
            "INVALID_PARTITION_SIZE_NOT_FULL",
            f"`partitions` need {total} GB but only {capacity_gb} GB are available.",
            "partitions",
        )
    return None
