"""The individual rules: name patterns, passwords, SSH keys, RAID capacity -- examples and properties."""

from __future__ import annotations

import base64
import re
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zltoolkit.api import limits
from zltoolkit.api.rules import (
    array_capacity_gb,
    check_hostname,
    check_instance_name,
    check_login,
    check_name,
    check_nic,
    check_partitions,
    check_password,
    check_prepaid,
    check_raid,
    check_ssh_keys,
    check_versioned,
    disk_sizes,
    expand_names,
    parse_ssh_key,
    password_ok,
    raid_capacity_gb,
    raid_disks_fit,
    usable_capacity_gb,
)
from zltoolkit.api.structures import ChargePrepaid, InstanceType, Nic, Partition, RaidConfig

NAME_CHARSET = re.compile(r"[A-Za-z0-9.-]+")
LITERAL_CHARS = string.ascii_letters + string.digits + "-."

# --- expand_names ---


@pytest.mark.parametrize(
    ("pattern", "count", "expected"),
    [
        ("SEL-M6C-[1,2]", 2, ["SEL-M6C-01", "SEL-M6C-02"]),  # docs/api-facts.md §7.1 example 2
        ("SEL-M6C-[1,2]", 1, ["SEL-M6C-01"]),
        # Doc: "server_[3,3]_[1,1] -> server003, next server004": separator underscores dropped, both tokens count.
        ("server_[3,3]_[1,1]", 2, ["server0031", "server0042"]),
        ("server_[3,3]", 2, ["server003", "server004"]),
        ("web", 3, ["web", "web", "web"]),
        ("n[,]", 2, ["n000000", "n000001"]),
        ("n[5,]", 1, ["n000005"]),
        ("n[,3]", 2, ["n000", "n001"]),
        ("[7,1]x", 3, ["7x", "8x", "9x"]),
        ("a[98,2].b[0,1]", 2, ["a98.b0", "a99.b1"]),
        ("x[99999,6]", 1, ["x099999"]),
        ("x[007,3]", 1, ["x007"]),
        ("a[1,1]_[2,1]", 1, ["a12"]),
        ("web", 0, []),
    ],
)
def test_expand_names_examples(pattern: str, count: int, expected: list[str]) -> None:
    assert expand_names(pattern, count) == expected


@pytest.mark.parametrize(
    "pattern",
    ["x[1,7]", "x[1,0]", "x[100000,1]", "x[ 1,2]", "x[1, 2]", "x[a,1]", "x[1]", "x[]", "x[1,2", "x1,2]",
     "my_host", "x__[1,1]", "héllo", "x[1,2]]", "x[[1,2]", "x[-1,2]", "x[1,2,3]", "x[" + "9" * 5000 + ",1]"],
)
def test_malformed_patterns(pattern: str) -> None:
    v = check_instance_name(pattern)
    assert v is not None and v.code == "INVALID_PARAMETER_INSTANCE_NAME_MALFORMED"
    v = check_hostname(pattern)
    assert v is not None and v.code == "INVALID_PARAMETER_HOSTNAME_MALFORMED"
    with pytest.raises(ValueError):
        expand_names(pattern, 1)


def test_overflowing_pattern_is_exceed_and_expand_refuses_it() -> None:
    assert check_instance_name("x[99,2]", amount=1) is None
    v = check_instance_name("x[99,2]", amount=2)
    assert v is not None and v.code == "INVALID_PARAMETER_INSTANCE_NAME_EXCEED" and "100" in v.message
    v = check_hostname("x[123,2]")
    assert v is not None and v.code == "INVALID_PARAMETER_HOSTNAME_EXCEED"
    with pytest.raises(ValueError, match="cannot number"):
        expand_names("x[99,2]", 2)


def test_length_counts_bits_not_the_pattern_text() -> None:
    assert check_hostname("h" * 63 + "[1,1]") is None  # 64 after expansion
    v = check_hostname("h" * 63 + "[1,2]")
    assert v is not None and v.code == "INVALID_PARAMETER_HOSTNAME_EXCEED"
    # Dropped separators do not count either.
    assert check_hostname("h" * 63 + "_[1,1]") is None
    assert check_hostname(None) is None
    with pytest.raises(ValueError):
        check_name("x", field="zoneId")


literal = st.text(alphabet=LITERAL_CHARS, max_size=8)


@st.composite
def valid_patterns(draw: st.DrawFn) -> tuple[str, int]:
    """A pattern with 1-4 tokens whose numbers fit their bits for ``count`` instances."""
    count = draw(st.integers(1, limits.AMOUNT_MAX))
    min_bits = len(str(count - 1))
    pieces = [draw(literal)]
    for _ in range(draw(st.integers(1, 4))):
        bits = draw(st.integers(min_bits, limits.PATTERN_BITS_MAX))
        begin = draw(st.integers(0, min(limits.PATTERN_BEGIN_MAX, 10**bits - count)))
        tok = f"[{begin},{bits}]"
        pieces.append(f"_{tok}_" if draw(st.booleans()) else tok)
        pieces.append(draw(literal))
    return "".join(pieces), count


@settings(deadline=None, max_examples=200)
@given(valid_patterns())
def test_valid_patterns_expand_to_distinct_wellformed_names(case: tuple[str, int]) -> None:
    pattern, count = case
    verdict = check_instance_name(pattern, amount=count)
    names = expand_names(pattern, count)
    longest = max(map(len, names))
    assert len(names) == count
    assert len(set(names)) == count  # at least one token: every instance gets its own number
    assert all(NAME_CHARSET.fullmatch(n) for n in names)
    assert len({len(n) for n in names}) == 1  # zero padding keeps every name the same length
    if longest <= limits.NAME_MAX_LEN:
        assert verdict is None
    else:
        assert verdict is not None and verdict.code == "INVALID_PARAMETER_INSTANCE_NAME_EXCEED"


@settings(deadline=None, max_examples=300)
@given(st.text(alphabet=LITERAL_CHARS + "[],_ 0123456789é", max_size=80), st.integers(1, 100))
def test_any_accepted_name_expands_within_the_rules(value: str, count: int) -> None:
    v = check_hostname(value, amount=count)
    if v is None:
        names = expand_names(value, count)
        assert all(NAME_CHARSET.fullmatch(n) and len(n) <= limits.NAME_MAX_LEN for n in names)
    else:
        assert v.code in {"INVALID_PARAMETER_HOSTNAME_MALFORMED", "INVALID_PARAMETER_HOSTNAME_EXCEED"}
        assert "`hostname`" in v.message


# --- passwords ---


@pytest.mark.parametrize("pw", ["Password-12345~", "Example~123", "Example123~", "Aa_12345", "Zz9+Zz9+Zz9+Zz9+"])
def test_documented_passwords_pass(pw: str) -> None:
    assert password_ok(pw) and check_password(pw) is None


@pytest.mark.parametrize(
    "pw", ["Aa_1234", "Aa_123456789012345", "aa_12345", "AA_12345", "Aaa_bcde", "Aa123456", "Aa#12345", "Aa 12345",
           "Aa_1234é", ""],
)
def test_bad_passwords_fail_without_echoing_the_value(pw: str) -> None:
    v = check_password(pw)
    assert v is not None and v.code == "INVALID_PARAMETER_VALUE_PASSWORD_MALFORMED" and v.field == "password"
    assert "`password`" in v.message
    if pw:
        assert pw not in v.message


CLASSES = {
    "upper": string.ascii_uppercase,
    "lower": string.ascii_lowercase,
    "digit": string.digits,
    "special": limits.PASSWORD_SPECIALS,
}


@st.composite
def passwords(draw: st.DrawFn, without: str | None = None) -> str:
    classes = [c for name, c in CLASSES.items() if name != without]
    alphabet = "".join(classes)
    required = [draw(st.sampled_from(c)) for c in classes]
    rest = draw(st.text(alphabet=alphabet, min_size=max(0, 8 - len(required)), max_size=16 - len(required)))
    return "".join(draw(st.permutations(required + list(rest))))


@settings(deadline=None)
@given(passwords())
def test_generated_valid_passwords_pass(pw: str) -> None:
    assert check_password(pw) is None


@settings(deadline=None)
@given(st.sampled_from(sorted(CLASSES)).flatmap(lambda missing: passwords(without=missing)))
def test_passwords_missing_a_class_fail(pw: str) -> None:
    v = check_password(pw)
    assert v is not None and v.code == "INVALID_PARAMETER_VALUE_PASSWORD_MALFORMED"


@settings(deadline=None)
@given(passwords(), st.integers(17, 40))
def test_overlong_passwords_fail(pw: str, n: int) -> None:
    assert check_password((pw * 5)[:n]) is not None


# --- SSH keys ---


def make_key(kind: str, material: bytes, comment: str = "") -> str:
    name = kind.encode()
    blob = len(name).to_bytes(4, "big") + name + len(material).to_bytes(4, "big") + material
    return f"{kind} {base64.b64encode(blob).decode()} {comment}".rstrip()


@settings(deadline=None)
@given(st.sampled_from(limits.SSH_KEY_TYPES), st.binary(min_size=1, max_size=300),
       st.text(alphabet=string.ascii_letters + "@.- ", max_size=20))
def test_generated_ssh_keys_parse_and_duplicates_ignore_comments(kind: str, material: bytes, comment: str) -> None:
    key = make_key(kind, material, comment)
    assert parse_ssh_key(key) is not None
    assert check_ssh_keys([key]) is None
    v = check_ssh_keys([key, make_key(kind, material, "other")])
    assert v is not None and v.code == "INVALID_PARAMETER_SSH_KEY_DUPLICATE" and v.field == "sshKeys[1]"


@pytest.mark.parametrize(
    "key",
    [
        "",
        "ssh-ed25519",
        "ssh-dss " + base64.b64encode(b"\x00\x00\x00\x07ssh-dss\x01").decode(),
        "ssh-ed25519 AAAA====",
        "ssh-ed25519 not-base64!",
        make_key("ssh-rsa", b"x").replace("ssh-rsa", "ssh-ed25519", 1),  # blob names another type
        "ssh-ed25519 " + base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519").decode(),  # type only, no key
        "ssh-ed25519  " + make_key("ssh-ed25519", b"k").split()[1],  # two spaces
        make_key("ssh-ed25519", b"k") + "\nssh-rsa AAAA",  # two lines pasted as one key
    ],
)
def test_malformed_ssh_keys(key: str) -> None:
    v = check_ssh_keys([make_key("ssh-rsa", b"ok"), key])
    assert v is not None and v.code == "INVALID_PARAMETER_SSH_KEY_MALFORMED" and v.field == "sshKeys[1]"


def test_login_rules_without_a_request() -> None:
    key = make_key("ssh-ed25519", b"k")
    assert check_login(password=None, key_id=None, ssh_keys=None, api_version="2026-02-01") is None
    assert check_login(password=None, key_id="key-1", ssh_keys=None, api_version="2022-11-20", os_type="linux") is None
    v = check_login(password=None, key_id="key-1", ssh_keys=None, api_version="2022-11-20", os_type="windows")
    assert v is not None and v.field == "keyId"
    # sshKeys with a Windows image are ignored by the API, not refused.
    assert check_login(password=None, key_id=None, ssh_keys=[key], api_version="2022-11-20", os_type="windows") is None


# --- NIC ---


@pytest.mark.parametrize(
    ("nic", "is_ha", "code"),
    [
        (Nic(wan_name="wan0", lan_name="lan0"), None, None),
        (Nic(wan_name="abcd"), None, None),
        (Nic(wan_name="a123456789"), None, None),  # 10 chars
        (Nic(wan_name="a1234567890"), None, "INVALID_PARAMETER_NIC_NAME_MALFORMED"),  # 11 chars
        (Nic(wan_name="Lan9"), None, "INVALID_PARAMETER_NIC_NAME_MALFORMED"),
        (Nic(lan_name="wan0"), None, "INVALID_PARAMETER_NIC_NAME_MALFORMED"),
        (Nic(wan_name="wan0"), False, None),
        (Nic(wan_name="LAN0x"), None, "INVALID_PARAMETER_NIC_NAME_MALFORMED"),
        (Nic(wan_name="bond1"), True, "INVALID_PARAMETER_NIC_NAME_CONFLICT"),
        (Nic(wan_name="bond1"), False, None),
        (Nic(lan_name="wire"), None, None),  # the rule is "starts with wan", not "starts with w"
        (Nic(lan_name="mywan0"), None, None),  # "contains" is the older wording we do not follow (§12.7)
    ],
)
def test_nic_names(nic: Nic, is_ha: bool | None, code: str | None) -> None:
    v = check_nic(nic, is_ha=is_ha)
    assert (v.code if v else None) == code


# --- RAID and capacity ---


def test_disk_sizes_expand_in_order() -> None:
    assert disk_sizes([(480, 2), (4000, 3)]) == [480, 480, 4000, 4000, 4000]


@pytest.mark.parametrize(
    ("level", "n", "fits"),
    [(0, 1, True), (0, 0, False), (1, 2, True), (1, 3, False), (1, 4, True), (5, 2, False), (5, 3, True),
     (10, 2, False), (10, 4, True), (10, 5, False), (10, 6, True), (3, 3, False)],
)
def test_raid_disk_counts(level: int, n: int, fits: bool) -> None:
    assert raid_disks_fit(level, n) is fits


@pytest.mark.parametrize(
    ("raid", "disks", "gb"),
    [
        (None, [(1000, 4)], 4000),
        (RaidConfig(raid_type=0), [(1000, 4)], 4000),
        (RaidConfig(raid_type=1), [(1000, 2)], 1000),
        (RaidConfig(raid_type=5), [(1000, 4)], 3000),
        (RaidConfig(raid_type=10), [(1000, 4)], 2000),
        (RaidConfig.model_validate({"customRaids": [{"raidType": 1, "diskSequence": [1, 2]},
                                                     {"raidType": 0, "diskSequence": [3, 4, 5]}]}),
         [(480, 2), (4000, 3)], 480 + 12000),
        (RaidConfig.model_validate({"customRaids": [{"raidType": 1, "diskSequence": [2, 3]}]}), [(480, 2), (4000, 1)], 480),
    ],
)
def test_raid_capacity(raid: RaidConfig | None, disks: list[tuple[int, int]], gb: int) -> None:
    assert raid_capacity_gb(raid, disks) == gb


def test_raid_capacity_refuses_what_the_rules_refuse() -> None:
    with pytest.raises(ValueError):
        raid_capacity_gb(RaidConfig(raid_type=5), [(1000, 2)])
    with pytest.raises(ValueError):
        raid_capacity_gb(RaidConfig.model_validate({"customRaids": [{"raidType": 0, "diskSequence": [3]}]}), [(1, 2)])
    with pytest.raises(ValueError):
        array_capacity_gb(1, [100])


@settings(deadline=None)
@given(st.sampled_from(limits.RAID_LEVELS), st.lists(st.integers(1, 20000), min_size=1, max_size=12))
def test_array_capacity_never_exceeds_raw_size(level: int, sizes: list[int]) -> None:
    if raid_disks_fit(level, len(sizes)):
        cap = array_capacity_gb(level, sizes)
        assert 0 < cap <= sum(sizes)
        if level == 0:
            assert cap == min(sizes) * len(sizes)
    else:
        with pytest.raises(ValueError):
            array_capacity_gb(level, sizes)


def test_usable_capacity_prefers_total_disk_size_without_raid() -> None:
    t = InstanceType.model_validate(
        {"instanceTypeId": "M9O", "diskInfo": {"totalDiskSize": 3900, "disks": [{"diskSize": 1000, "diskCount": 4}]}}
    )
    assert usable_capacity_gb(t, None) == 3900
    assert usable_capacity_gb(t, RaidConfig(raid_type=10)) == 2000
    assert usable_capacity_gb(t, RaidConfig(raid_type=3)) is None  # invalid RAID: capacity unknown
    assert usable_capacity_gb(None, None) is None
    assert usable_capacity_gb(InstanceType(instance_type_id="X"), None) is None


def test_raid_rules_without_a_type_check_only_the_request() -> None:
    assert check_raid(RaidConfig(raid_type=10)) is None  # disk count unknown
    v = check_raid(RaidConfig.model_validate({"customRaids": [{"raidType": 0, "diskSequence": []}]}))
    assert v is not None and v.code == "INVALID_PARAMETER_VALUE_RAID_DISK_MISMATCH"


def test_partitions_with_unknown_image_are_not_judged_on_image_presence() -> None:
    p = [Partition(fs_path="/", fs_type="ext4", size=10)]
    assert check_partitions(p, has_image=None) is None
    assert check_partitions([], has_image=False) is None
    v = check_partitions(p, has_image=False)
    assert v is not None and v.code == "INVALID_PARTITION_IMAGE_NOT_SET"
    v = check_partitions(p, os_type="linux", capacity_gb=9)
    assert v is not None and v.code == "INVALID_PARTITION_SIZE_NOT_FULL" and "10 GB" in v.message


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"api_version": "2022-11-20"}, None),
        ({"api_version": "2026-02-01"}, None),
        ({"api_version": "2022-11-20", "ssh_keys": []}, None),
        ({"api_version": "2026-02-01", "ssh_keys": []}, "sshKeys"),  # present at all is refused
        ({"api_version": "2026-02-01", "internet_charge_type": "ByBandwidthCluster"}, None),
        ({"api_version": "2022-11-20", "internet_charge_type": "ByBandwidthCluster"}, "internetChargeType"),
        ({"api_version": "2022-11-20", "internet_charge_type": "ByBandwidth"}, None),
    ],
)
def test_version_rules_apply_to_any_request(kwargs: dict, field: str | None) -> None:
    v = check_versioned(**kwargs)
    assert (v.field if v else None) == field
    assert v is None or v.code == "INVALID_PARAMETER"


@pytest.mark.parametrize(
    ("period", "ok"), [(0, False), (limits.PERIOD_MIN, True), (limits.PERIOD_MAX, True), (limits.PERIOD_MAX + 1, False)]
)
def test_prepaid_period_bounds(period: int, ok: bool) -> None:
    v = check_prepaid("PREPAID", ChargePrepaid(period=period))
    assert (v is None) == ok
    assert v is None or v.field == "instanceChargePrepaid.period"
    assert check_prepaid("POSTPAID", ChargePrepaid(period=period)) is None  # ignored with POSTPAID



def test_check_id_list_bounds() -> None:
    from zltoolkit.api import limits
    from zltoolkit.api.rules import check_id_list

    assert check_id_list(None, field="instanceIds") is None
    assert check_id_list(["a"] * limits.MAX_IDS_PER_CALL, field="instanceIds") is None
    too_many = check_id_list(["a"] * (limits.MAX_IDS_PER_CALL + 1), field="instanceIds")
    assert too_many is not None and too_many.code == "INVALID_PARAMETER" and too_many.field == "instanceIds"
    empty = check_id_list([], field="instanceIds", required=True)
    assert empty is not None and "`instanceIds`" in empty.message
