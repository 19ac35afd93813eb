"""Numeric limits and fixed strings of the BMC API (docs/api-facts.md §1, §6, §7)."""

from __future__ import annotations

SERVICE = "bmc"
PATH = "/api/v2/bmc"
DEFAULT_DOMAIN = "console.zenlayer.com"
SIGNATURE_METHOD = "ZC2-HMAC-SHA256"
SIGNED_HEADERS = "content-type;host"

MAX_IDS_PER_CALL = 100  # instanceIds, instanceTypeIds
AMOUNT_MIN, AMOUNT_MAX = 1, 100
NAME_MAX_LEN = 64  # instanceName, hostname (after pattern expansion)
PATTERN_BEGIN_MAX = 99999
PATTERN_BITS_MIN, PATTERN_BITS_MAX = 1, 6
PATTERN_DEFAULT_BEGIN, PATTERN_DEFAULT_BITS = 0, 6
PASSWORD_MIN_LEN, PASSWORD_MAX_LEN = 8, 16
PASSWORD_SPECIALS = "~!@$^*-_=+"
SSH_KEYS_MAX = 5
NIC_NAME_MIN_LEN, NIC_NAME_MAX_LEN = 4, 10
USER_DATA_MAX_BYTES = 32 * 1024
TAG_LEN_MIN, TAG_LEN_MAX = 1, 128
TAGS_FILTER_MAX = 20
PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX = 20, 1000
PERIOD_MIN = 1
# Undocumented upper bound of a prepaid period (the docs give only >= 1), mock-defined: 10 years keeps every
# expiry date representable however often an instance is renewed.
PERIOD_MAX = 120
LINUX_FS_TYPES = ("ext2", "ext3", "ext4")
WINDOWS_FS_TYPES = ("NTFS",)
WINDOWS_DRIVES = ("C", "D", "E", "F", "G", "H")
DEFAULT_INSTANCE_NAME = "instance"
DEFAULT_HOSTNAME = "hostname"
DEFAULT_BANDWIDTH_MBPS = 1
# sellStatus from qty (docs/api-facts.md §5.3, §12.17: exactly 10 counts as SELL_SHORTAGE, as the CLI says).
SELL_SHORTAGE_MAX_QTY = 10
# Mock-side request limits (docs/architecture.md, wire protocol).
MAX_BODY_BYTES = 1024 * 1024
SIGNATURE_WINDOW_SECONDS = 300
TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
# Request rules (zltoolkit.api.rules).
SSH_KEY_TYPES = ("ssh-rsa", "ssh-ed25519", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521")
RAID_LEVELS = (0, 1, 5, 10)
# Disks per array by level: undocumented, our choice (RAID1 as mirrored pairs, RAID10 as striped pairs).
RAID_MIN_DISKS = {0: 1, 1: 2, 5: 3, 10: 4}
RAID_EVEN_DISKS = frozenset({1, 10})
DEFAULT_WAN_NAME, DEFAULT_LAN_NAME = "wan0", "lan0"
DEFAULT_HA_WAN_NAME, DEFAULT_HA_LAN_NAME = "bond0", "bond1"
