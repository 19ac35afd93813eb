"""The error catalogue: code -> HTTP status -> documented or mock-defined. One table for client and mock.

``documented=True`` means the code (and its HTTP status, where the docs give one) comes from docs/api-facts.md;
``documented=False`` means the real code or status is not public and the mock defines it (docs/architecture.md, wire protocol).
``note`` records the choice made where sources conflict (docs/api-facts.md §12).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ErrorFamily(StrEnum):
    AUTH = "auth"
    NOT_FOUND = "not_found"
    INVALID_PARAMETER = "invalid_parameter"
    OPERATION_DENIED = "operation_denied"
    RATE_LIMITED = "rate_limited"
    SERVER = "server"
    PROTOCOL = "protocol"  # malformed HTTP-level input: bad path, method, body, action, version


@dataclass(frozen=True, slots=True)
class ErrorSpec:
    code: str
    http_status: int
    family: ErrorFamily
    documented: bool
    meaning: str
    note: str = ""


_A, _NF, _IP, _OD, _RL, _S, _P = (
    ErrorFamily.AUTH,
    ErrorFamily.NOT_FOUND,
    ErrorFamily.INVALID_PARAMETER,
    ErrorFamily.OPERATION_DENIED,
    ErrorFamily.RATE_LIMITED,
    ErrorFamily.SERVER,
    ErrorFamily.PROTOCOL,
)

_TABLE: tuple[ErrorSpec, ...] = (
    # --- protocol and authentication: mock-defined (the Common Error Codes page is not public) ---
    ErrorSpec("AUTHENTICATION_FAILED", 401, _A, False, "missing/malformed Authorization, unknown key, bad signature or token"),
    ErrorSpec("SIGNATURE_EXPIRED", 401, _A, False, "X-ZC-Timestamp outside ±300 s of wall time",
              "the real replay window is undocumented (§2.1); 300 s chosen"),
    ErrorSpec("INVALID_ACTION", 400, _P, False, "missing or unknown X-ZC-Action, or an action of the other API version",
              "an action the catalogue has only under the other version (e.g. a DDoS-IP action sent with 2026-02-01) "
              "is unknown to the version asked for, as the SDK of that version has no such call"),
    ErrorSpec("UNSUPPORTED_OPERATION_NOT_SIMULATED", 400, _P, False,
              "a real action of the requested version that the mock does not simulate (yet)",
              "mock-defined, never sent by the real API: the request was valid (it passed the catalogue's request "
              "model), so a 4xx that names the action rather than INVALID_ACTION (the action exists) or a 5xx "
              "(nothing failed); PROTOCOL family as INVALID_ACTION, which these actions answered before"),
    ErrorSpec("INVALID_API_VERSION", 400, _P, False, "X-ZC-Version not served",
              "missing version -> 2022-11-20 (§12.14)"),
    ErrorSpec("INVALID_PATH", 404, _P, False, "no such path"),
    ErrorSpec("METHOD_NOT_ALLOWED", 405, _P, False, "only POST is served"),
    ErrorSpec("INVALID_REQUEST_BODY", 400, _P, False, "body is not a JSON object (bad JSON, bad UTF-8, NaN, duplicate keys)"),
    ErrorSpec("UNSUPPORTED_MEDIA_TYPE", 415, _P, False, "Content-Type is not application/json"),
    ErrorSpec("REQUEST_ENTITY_TOO_LARGE", 413, _P, False, "body over 1 MiB"),
    ErrorSpec("MISSING_PARAMETER", 400, _IP, True, "a required parameter is missing",
              "code from Java/Go SDKs; HTTP 400 assumed"),
    ErrorSpec("INVALID_PARAMETER", 400, _IP, False, "wrong type, out of range, unknown enum or unknown field; message names the field"),
    ErrorSpec("OPERATION_DENIED_INSUFFICIENT_BALANCE", 403, _OD, False, "balance too low for PREPAID charge / POSTPAID needs positive balance",
              "docs say PREPAID create fails on low balance but give no code"),
    ErrorSpec("REQUEST_LIMIT_EXCEEDED", 429, _RL, True, "rate limit hit; retryable", "HTTP 429 per the Go SDK README"),
    ErrorSpec("INTERNAL_SERVER_ERROR", 500, _S, True, "server error", "HTTP status undocumented; 500 chosen"),
    ErrorSpec("SERVICE_TEMPORARY_UNAVAILABLE", 503, _S, True, "transient; retryable", "HTTP status undocumented; 503 chosen"),
    ErrorSpec("REQUEST_TIMED_OUT", 504, _S, True, "server-side timeout", "HTTP status undocumented; 504 chosen"),
    ErrorSpec("OPERATION_FAILED_RESOURCE_NOT_FOUND", 404, _NF, True, "resource not found (generic)"),
    ErrorSpec("OPERATION_FAILED_RESOURCE_GROUP_NOT_FOUND", 404, _NF, True, "resource group missing"),
    # --- not found ---
    ErrorSpec("INVALID_ZONE_NOT_FOUND", 404, _NF, True, "zone not found"),
    ErrorSpec("INVALID_INSTANCE_TYPE_NOT_FOUND", 404, _NF, True, "instance type not found"),
    ErrorSpec("INVALID_IMAGE_NOT_FOUND", 404, _NF, True, "image not found"),
    ErrorSpec("IMAGE_NOT_FOUND", 404, _NF, True, "image not found (DescribeInstances filter)",
              "DescribeInstances documents this spelling without INVALID_ (§12.3); kept as documented"),
    ErrorSpec("INVALID_INSTANCE_NOT_FOUND", 404, _NF, True, "instance not found"),
    ErrorSpec("INVALID_SUBNET_NOT_FOUND", 404, _NF, True, "subnet missing", "HTTP undocumented; 404 chosen"),
    ErrorSpec("INVALID_KEY_PAIR_NOT_FOUND", 404, _NF, False, "keyId not found for the account"),
    # --- CreateInstances / ReinstallInstance parameter rules ---
    ErrorSpec("INVALID_PARAMETER_HOSTNAME_EXCEED", 400, _IP, True, "hostname too long (incl. pattern bits)"),
    ErrorSpec("INVALID_PARAMETER_HOSTNAME_MALFORMED", 400, _IP, True, "hostname has bad characters"),
    ErrorSpec("INVALID_PARAMETER_INSTANCE_NAME_EXCEED", 400, _IP, True, "instanceName too long"),
    ErrorSpec("INVALID_PARAMETER_INSTANCE_NAME_MALFORMED", 400, _IP, False, "instanceName has bad characters",
              "docs list ..._EXCEED twice (§12.3); the second row is this code"),
    ErrorSpec("INVALID_PARAMETER_VALUE_PASSWORD_MALFORMED", 400, _IP, True, "password fails length/complexity"),
    ErrorSpec("INVALID_PARAMETER_INSTANCE_LOGIN_CONFLICT", 400, _IP, True, "password and SSH key both given"),
    ErrorSpec("INVALID_PARAMETER_SSH_KEY_MALFORMED", 400, _IP, True, "bad ssh key format"),
    ErrorSpec("INVALID_PARAMETER_SSH_KEY_DUPLICATE", 400, _IP, True, "duplicate ssh keys", "HTTP undocumented; 400 chosen"),
    ErrorSpec("INVALID_RAID_CONFIG_FAST_CUSTOM_CONFLICT", 400, _IP, True, "raidType and customRaids both given"),
    ErrorSpec("INVALID_INSTANCE_TYPE_RAID_NOT_SUPPORT", 400, _IP, True, "RAID level unsupported by the model"),
    ErrorSpec("INVALID_INSTANCE_TYPE_QUICK_RAID_NOT_SUPPORT", 400, _IP, True, "model needs custom RAID", "HTTP undocumented; 400 chosen"),
    ErrorSpec("INVALID_PARAMETER_NIC_NAME_CONFLICT", 400, _IP, True, "wanName equals lanName"),
    ErrorSpec("INVALID_PARAMETER_NIC_NAME_MALFORMED", 400, _IP, True, "NIC name rule violated",
              "lanName: must not start with `wan` (SDK/CLI), not the older 'must not contain' (§12.7)"),
    ErrorSpec("INVALID_PARTITION_IMAGE_NOT_SET", 403, _IP, True, "partitions require an image"),
    ErrorSpec("INVALID_PARTITION_SIZE_NOT_FULL", 400, _IP, True, "partitions don't reach the required capacity"),
    ErrorSpec("INVALID_PARTITION_DUPLICATE_FILE_PATH", 400, _IP, True, "duplicate fsPath"),
    ErrorSpec("INVALID_PARTITION_MISSING_REQUIRED_FILE_PATH", 400, _IP, True, "first partition must be `/` (Linux) or `C` (Windows)"),
    ErrorSpec("INVALID_PARTITION_MALFORMED", 400, _IP, True, "bad fsPath/size format"),
    ErrorSpec("INVALID_PARTITION_NO_TYPE", 400, _IP, True, "bad fsType"),
    ErrorSpec("INVALID_PARTITION_INVALID_ORDER", 400, _IP, True, "Windows drive letters out of order"),
    ErrorSpec("INVALID_PARAMETER_VALUE_RAID_DISK_MISMATCH", 400, _IP, True, "disk count does not fit the RAID level"),
    ErrorSpec("INVALID_PARAMETER_VALUE_RAID_DISK_DISORDER", 400, _IP, True, "disk numbers not consecutive/in order"),
    ErrorSpec("INVALID_PARAMETER_VALUE_RAID_DISK_SEQUENCE_DUPLICATE", 400, _IP, True, "duplicate disk numbers", "HTTP undocumented; 400 chosen"),
    ErrorSpec("INVALID_PARAMETER_VALUE_RAID_DISK_SEQUENCE_RANGE", 400, _IP, True, "disk number beyond the disk count", "HTTP undocumented; 400 chosen"),
    ErrorSpec("INVALID_BANDWIDTH_VALUE_EXCEED_MAXIMUM", 400, _IP, True, "bandwidth above the model's maximum"),
    ErrorSpec("INVALID_SUBNET_ZONE_MISMATCH", 400, _IP, True, "subnet not in the zone", "HTTP undocumented; 400 chosen"),
    ErrorSpec("INVALID_SUBNET_PRIVATE_IP_INSUFFICIENT", 400, _IP, True, "not enough private IPs", "HTTP undocumented; 400 chosen"),
    # --- offering / stock / money ---
    ErrorSpec("RESOURCES_SOLDOUT_INSTANCE_TYPE", 400, _OD, True, "model sold out (qty below amount)"),
    ErrorSpec("RESOURCE_INSUFFICIENT_PRODUCT_SOLD_OUT", 400, _OD, True, "resource not on sale"),
    ErrorSpec("INVALID_INSTANCE_TYPE_ZONE_NO_SELL", 400, _OD, True, "model not sold in the zone", "400 as in InquiryPriceCreateInstance"),
    ErrorSpec("INVALID_INSTANCE_BANDWIDTH_ZONE_NO_SELL", 400, _OD, True, "network billing not sold in the zone", "400 as in InquiryPriceCreateInstance"),
    ErrorSpec("OPERATION_FILED_INTERNET_CHARGE_TYPE_NOT_SUPPORT", 403, _OD, True, "internetChargeType not supported in the zone",
              "the docs' typo FILED is the real code (§12.3); kept"),
    ErrorSpec("OPERATION_DENIED_CHARGE_TYPE_NOT_SUPPORT", 403, _OD, True, "charge type not supported in the zone"),
    ErrorSpec("INVALID_CHARGE_TYPE_NOT_SUPPORT", 400, _OD, True, "charge type needs support enablement", "HTTP undocumented; 400 chosen"),
    ErrorSpec("OPERATION_DENIED_INSTANCE_QUOTA_EXCEED", 403, _OD, True, "account instance quota exceeded"),
    # --- instance status ---
    ErrorSpec("OPERATION_DENIED_INSTANCE_RECYCLED", 403, _OD, True, "instance is in the recycle bin"),
    ErrorSpec("OPERATION_DENIED_INSTANCE_NOT_STOPPED", 403, _OD, True, "only a STOPPED instance can be started"),
    ErrorSpec("OPERATION_DENIED_INSTANCE_NOT_RUNNING", 403, _OD, True, "only a RUNNING instance can be stopped"),
    ErrorSpec("OPERATION_DENIED_INSTANCE_STATUS", 403, _OD, True, "the instance's status does not allow the operation"),
    ErrorSpec("OPERATION_DENIED_INSTANCE_STATUS_NOT_SUPPORT", 403, _OD, True, "status not supported for the operation (Java enum)"),
    ErrorSpec("OPERATION_DENIED_INSTANCE_CREATING", 403, _OD, True, "instance is being created"),
    ErrorSpec("OPERATION_DENIED_INSTANCE_STATUS_INSTALLING", 403, _OD, True, "instance is installing"),
    ErrorSpec("OPERATION_DENIED_INSTANCE_NOT_RECYCLED", 403, _OD, True, "only a RECYCLE instance can be released"),
    ErrorSpec("OPERATION_DENIED_INSTANCE_SUBSCRIPTION", 403, _OD, True, "prepaid subscription forbids the operation",
              "new docs: PREPAID terminate cancels the subscription (§12.9); this code is used for a second terminate"),
    ErrorSpec("OPERATION_DENIED_POSTPAID_PROMISE", 403, _OD, True, "postpaid instance in its commitment period"),
    # --- instance operations: bandwidth, traffic package (docs/mock-instance-operations.md) ---
    ErrorSpec("INVALID_PARAMETER_BANDWIDTH_EXCEED", 400, _IP, True, "bandwidth outside 1..the offering's maximum"),
    ErrorSpec("OPERATION_FAILED_INSTANCE_BANDWIDTH_PROCESSING", 403, _OD, True, "a bandwidth change is in progress",
              "HTTP undocumented; 403 chosen"),
    ErrorSpec("OPERATION_DENIED_INSTANCE_EXIST_PLAN_BANDWIDTH", 403, _OD, False,
              "a PREPAID bandwidth downgrade waits for the next billing cycle; cancel it first",
              "documented for VM ModifyInstanceBandwidth only; the BMC docs list none for this case"),
    ErrorSpec("OPERATION_DENIED_DOWNGRADE_NOT_EXIST", 403, _OD, True, "no scheduled downgrade to cancel"),
    ErrorSpec("OPERATION_DENIED_INTERNET_CHARGE_TYPE_NOT_SUPPORT", 403, _OD, True,
              "the instance's internetChargeType does not allow the operation"),
    ErrorSpec("INVALID_PARAMETER_TRAFFIC_PACKAGE_ERROR", 400, _IP, True, "traffic package not a multiple of 0.05 TB"),
    ErrorSpec("INVALID_PARAMETER_TRAFFIC_PACKAGE_EXCEED", 400, _IP, True, "traffic package above the maximum",
              "the maximum is undocumented; the mock's is in docs/mock-instance-operations.md"),
    ErrorSpec("INVALID_PARAMETER_TRAFFIC_PACKAGE_LESS", 400, _IP, True, "traffic package below the offering's free package"),
    ErrorSpec("OPERATION_DENIED_INSTANCE_TRAFFIC_PACKAGE_PROCESSING", 403, _OD, True, "a traffic package change is in progress"),
    ErrorSpec("OPERATION_FAILED_INSTANCE_EXIST_PLAN_TRAFFIC_PACKAGE", 403, _OD, True,
              "a scheduled traffic package downgrade exists; cancel it first"),
    ErrorSpec("OPERATION_FILED_INSTANCE_NOT_EXIST_TRAFFIC_PACKAGE", 403, _OD, True, "the instance has no traffic package",
              "the docs' typo FILED is the documented code; kept"),
    # --- networking (VPCs, subnets, EIPs, DDoS IPs, CIDR blocks): codes the catalogue lists per action;
    # their HTTP statuses are undocumented (404 not found, 400 invalid parameter, 403 denied chosen) ---
    ErrorSpec("FAILED_OPERATION_FOR_RECYCLE_RESOURCE", 403, _OD, True, "failed operation for recycle resource (AssociateEipAddress, UnAssociateEipAddress)"),
    ErrorSpec("INVALID_CIDRBLOCK_NOT_FOUND", 404, _NF, True, "invalid cidrblock not found (BindCidrBlockIps)"),
    ErrorSpec("INVALID_DDOS_IP_NOT_FOUND", 404, _NF, True, "invalid ddos ip not found (AssociateDdosIpAddress, RenewDdosIpAddress)"),
    ErrorSpec("INVALID_DDOS_IP_TYPE_ZONE_NO_SELL", 400, _IP, True, "invalid ddos ip type zone no sell (AllocateDdosIpAddresses, InquiryPriceCreateDdosIpAddress)"),
    ErrorSpec("INVALID_EIP_NOT_FOUND", 404, _NF, True, "invalid eip not found (AssociateEipAddress, RenewEipAddress)"),
    ErrorSpec("INVALID_EIP_TYPE_ZONE_NO_SELL", 400, _IP, True, "invalid eip type zone no sell (AllocateEipAddresses, InquiryPriceCreateEipAddress)"),
    ErrorSpec("INVALID_ESXI_NOT_SUPPORT", 400, _IP, True, "invalid esxi not support (DescribeInstanceAvailableEipResources, DescribeInstanceAvailableDdosResources)"),
    ErrorSpec("INVALID_PARAMETER_DUPLICATE_LAN_IP", 400, _IP, True, "invalid parameter duplicate lan ip (AssociateSubnetInstances)"),
    ErrorSpec("INVALID_PARAMETER_LAN_IP_NOT_SUPPORT", 400, _IP, True, "invalid parameter lan ip not support (AssociateSubnetInstances)"),
    ErrorSpec("INVALID_PARAMETER_SUBNET_CIDR_BLOCK", 400, _IP, True, "invalid parameter subnet cidr block (CreateSubnet)"),
    ErrorSpec("INVALID_PARAMETER_SUBNET_CIDR_NOT_BELONG_VPC", 400, _IP, True, "invalid parameter subnet cidr not belong vpc (CreateSubnet)"),
    ErrorSpec("INVALID_PARAMETER_SUBNET_LAN_IP", 400, _IP, True, "invalid parameter subnet lan ip (CreateSubnet)"),
    ErrorSpec("INVALID_PARAMETER_SUBNET_LAN_IP_NETMASK", 400, _IP, True, "invalid parameter subnet lan ip netmask (CreateSubnet)"),
    ErrorSpec("INVALID_PARAMETER_VPC_CIDR_BLOCK", 400, _IP, True, "invalid parameter vpc cidr block (CreateVpc)"),
    ErrorSpec("INVALID_PARAMETER_VPC_LAN_IP", 400, _IP, True, "invalid parameter vpc lan ip (CreateVpc)"),
    ErrorSpec("INVALID_PARAMETER_VPC_LAN_IP_NETMASK", 400, _IP, True, "invalid parameter vpc lan ip netmask (CreateVpc)"),
    ErrorSpec("INVALID_PARAMETER_VPC_SUBNET_OVER_LAP", 400, _IP, True, "invalid parameter vpc subnet over lap (AssociateVpcSubnet, CreateSubnet)"),
    ErrorSpec("INVALID_VPC_NOT_FOUND", 404, _NF, True, "invalid vpc not found (AssociateVpcSubnet, CreateSubnet)"),
    ErrorSpec("INVALID_VPC_REGION_NOT_FOUND", 404, _NF, True, "invalid vpc region not found (CreateVpc)"),
    ErrorSpec("OPERATION_DENIED_CIDRBLOCK_IP_COUNT_REACH_LIMIT", 403, _OD, True, "operation denied cidrblock ip count reach limit (BindCidrBlockIps)"),
    ErrorSpec("OPERATION_DENIED_CIDRBLOCK_NOT_RECYCLED", 403, _OD, True, "operation denied cidrblock not recycled (ReleaseCidrBlocks)"),
    ErrorSpec("OPERATION_DENIED_CIDRBLOCK_RECYCLED", 403, _OD, True, "operation denied cidrblock recycled (BindCidrBlockIps, UnbindCidrBlockIps)"),
    ErrorSpec("OPERATION_DENIED_CIDRBLOCK_SUBSCRIPTION", 403, _OD, True, "operation denied cidrblock subscription (TerminateCidrBlock)"),
    ErrorSpec("OPERATION_DENIED_CIDRBLOCK_TYPE_NOT_SUPPORTED", 403, _OD, True, "operation denied cidrblock type not supported (RenewCidrBlock)"),
    ErrorSpec("OPERATION_DENIED_DDOS_IP_ESXI_INSTANCE_ASSIGN", 403, _OD, True, "operation denied ddos ip esxi instance assign (AssociateDdosIpAddress)"),
    ErrorSpec("OPERATION_DENIED_DDOS_IP_NOT_RECYCLED", 403, _OD, True, "operation denied ddos ip not recycled (ReleaseDdosIpAddresses)"),
    ErrorSpec("OPERATION_DENIED_DDOS_IP_RECYCLED", 403, _OD, True, "operation denied ddos ip recycled (TerminateDdosIpAddress)"),
    ErrorSpec("OPERATION_DENIED_DDOS_IP_STATUS_NOT_AVAILABLE", 403, _OD, True, "operation denied ddos ip status not available (AssociateDdosIpAddress)"),
    ErrorSpec("OPERATION_DENIED_DDOS_IP_STATUS_NOT_SUPPORT", 403, _OD, True, "operation denied ddos ip status not support (UnassociateDdosIpAddress)"),
    ErrorSpec("OPERATION_DENIED_DDOS_IP_SUBSCRIPTION", 403, _OD, True, "operation denied ddos ip subscription (TerminateDdosIpAddress)"),
    ErrorSpec("OPERATION_DENIED_DDOS_IP_ZONE_NOT_SAME", 403, _OD, True, "operation denied ddos ip zone not same (AssociateDdosIpAddress)"),
    ErrorSpec("OPERATION_DENIED_DIFFERENT_ZONE", 403, _OD, True, "operation denied different zone (AssociateSubnetInstances, BindCidrBlockIps)"),
    ErrorSpec("OPERATION_DENIED_EIP_ESXI_INSTANCE_ASSIGN", 403, _OD, True, "operation denied eip esxi instance assign (AssociateEipAddress)"),
    ErrorSpec("OPERATION_DENIED_EIP_INSTANCE_EXCEED_LIMIT", 403, _OD, True, "operation denied eip instance exceed limit (AssociateEipAddress)"),
    ErrorSpec("OPERATION_DENIED_EIP_NOT_RECYCLED", 403, _OD, True, "operation denied eip not recycled (ReleaseEipAddresses)"),
    ErrorSpec("OPERATION_DENIED_EIP_RECYCLED", 403, _OD, True, "operation denied eip recycled (TerminateEipAddress)"),
    ErrorSpec("OPERATION_DENIED_EIP_STATUS_NOT_AVAILABLE", 403, _OD, True, "operation denied eip status not available (AssociateEipAddress)"),
    ErrorSpec("OPERATION_DENIED_EIP_STATUS_NOT_SUPPORT", 403, _OD, True, "operation denied eip status not support (UnAssociateEipAddress)"),
    ErrorSpec("OPERATION_DENIED_EIP_SUBSCRIPTION", 403, _OD, True, "operation denied eip subscription (TerminateEipAddress)"),
    ErrorSpec("OPERATION_DENIED_EIP_ZONE_NOT_SAME", 403, _OD, True, "operation denied eip zone not same (AssociateEipAddress)"),
    ErrorSpec("OPERATION_DENIED_INSTANCE_EXIST", 403, _OD, True, "operation denied instance exist (TerminateCidrBlock)"),
    ErrorSpec("OPERATION_DENIED_INSTANCE_NOT_SUPPORT_SUBNET", 403, _OD, True, "operation denied instance not support subnet (AssociateSubnetInstances)"),
    ErrorSpec("OPERATION_DENIED_INVALID_STATUS", 403, _OD, True, "operation denied invalid status (UnbindCidrBlockIps)"),
    ErrorSpec("OPERATION_DENIED_IP_ASSOCIATED_INSTANCE", 403, _OD, True, "operation denied ip associated instance (AssociateSubnetInstances)"),
    ErrorSpec("OPERATION_DENIED_IP_NOT_BELONG", 403, _OD, True, "operation denied ip not belong (UnbindCidrBlockIps)"),
    ErrorSpec("OPERATION_DENIED_NETMASK_OUT_OF_STOCK", 403, _OD, True, "operation denied netmask out of stock (CreateIpv4Block)"),
    ErrorSpec("OPERATION_DENIED_NO_AVAILABLE_VPC_REGION", 403, _OD, True, "operation denied no available vpc region (AssociateVpcSubnet, CreateSubnet)"),
    ErrorSpec("OPERATION_DENIED_SUBNET_ASSOCIATED_OTHER_VPC", 403, _OD, True, "operation denied subnet associated other vpc (AssociateVpcSubnet)"),
    ErrorSpec("OPERATION_DENIED_SUBNET_ASSOCIATING_INSTANCE", 403, _OD, True, "operation denied subnet associating instance (UnAssociateSubnetInstance)"),
    ErrorSpec("OPERATION_DENIED_SUBNET_EXCEED_LIMIT", 403, _OD, True, "operation denied subnet exceed limit (CreateSubnet)"),
    ErrorSpec("OPERATION_DENIED_SUBNET_EXIST_INSTANCE", 403, _OD, True, "operation denied subnet exist instance (AssociateSubnetInstances, DeleteSubnet)"),
    ErrorSpec("OPERATION_DENIED_SUBNET_NOT_REPEAT_INSTANCE", 403, _OD, True, "operation denied subnet not repeat instance (AssociateSubnetInstances)"),
    ErrorSpec("OPERATION_DENIED_SUBNET_STATUS_NOT_SUPPORT", 403, _OD, True, "operation denied subnet status not support (AssociateSubnetInstances, AssociateVpcSubnet)"),
    ErrorSpec("OPERATION_DENIED_UNAVAILABLE_NETMASK", 403, _OD, True, "operation denied unavailable netmask (InquiryPriceCreateIpv4Block)"),
    ErrorSpec("OPERATION_DENIED_VPC_EXIST_INSTANCE", 403, _OD, True, "operation denied vpc exist instance (DeleteVpc)"),
    ErrorSpec("OPERATION_DENIED_VPC_EXIST_SUBNET_ASSIGN", 403, _OD, True, "operation denied vpc exist subnet assign (DeleteVpc)"),
    ErrorSpec("OPERATION_DENIED_VPC_REGION_EXCEED_LIMIT", 403, _OD, True, "operation denied vpc region exceed limit (CreateVpc)"),
    ErrorSpec("OPERATION_DENIED_VPC_STATUS_NOT_SUPPORT", 403, _OD, True, "operation denied vpc status not support (DeleteVpc, AssociateVpcSubnet)"),
    ErrorSpec("OPERATION_DENIED_VPC_ZONE_SUBNET_EXCEED_LIMIT", 403, _OD, True, "operation denied vpc zone subnet exceed limit (AssociateVpcSubnet, CreateSubnet)"),
    ErrorSpec("OPERATION_DENIED_ZONE_NOT_BELONG_VPC", 403, _OD, True, "operation denied zone not belong vpc (AssociateVpcSubnet, CreateSubnet)"),
    ErrorSpec("OPERATION_DENIED_ZONE_NOT_SUPPORT_SUBNET", 403, _OD, True, "operation denied zone not support subnet (CreateSubnet)"),
    # mock-defined: the API is silent about these cases (docs/mock-networking.md)
    ErrorSpec("OPERATION_DENIED_BYOIP_CIDR_OVERLAP", 403, _OD, False, "a BYOIP CIDR overlaps an existing block or a zone's public range",
              "mock-defined: CreateByoip documents no error code"),
    ErrorSpec("INVALID_CIDRBLOCK_IP", 400, _IP, False, "an address that is not a usable address of the block",
              "mock-defined: BindCidrBlockIps documents no code for an address outside the block"),
    ErrorSpec("OPERATION_DENIED_CIDRBLOCK_IP_BOUND", 403, _OD, False, "the block address is already bound",
              "mock-defined: BindCidrBlockIps documents no code for a second binding of one address"),
)

ERRORS: dict[str, ErrorSpec] = {e.code: e for e in _TABLE}
assert len(ERRORS) == len(_TABLE), "duplicate code in the error catalogue"

#: Codes a client may retry because the server did not act (docs/toolkit-guide.md).
RETRYABLE_CODES = frozenset({"REQUEST_LIMIT_EXCEEDED", "SERVICE_TEMPORARY_UNAVAILABLE"})
#: Codes that only clients produce (never the server): the official SDKs' own, plus zltoolkit's
#: INVALID_CONFIGURATION (bad endpoint/version/credential combination) and INVALID_RESPONSE (a 200 that is
#: not the success envelope). A non-envelope error page gets ``HTTP_<status>`` (see CLIENT_HTTP_CODE_PREFIX).
CLIENT_ONLY_CODES = frozenset(
    {"CREDENTIAL_VALUE_MISSING", "SDK_INVALID_REQUEST", "NETWORK_ERROR", "JSON_PARSE_FAILED", "IO_ERROR",
     "SECURITY_CHALLENGE", "REQUEST_BLOCKED", "INVALID_CONFIGURATION", "INVALID_RESPONSE"}
)
CLIENT_HTTP_CODE_PREFIX = "HTTP_"


def spec(code: str) -> ErrorSpec:
    """The catalogue entry for ``code``; KeyError for a code outside the catalogue (a bug in the caller)."""
    return ERRORS[code]


def http_status(code: str) -> int:
    return ERRORS[code].http_status


class ApiError(Exception):
    """A failure expressed in the catalogue's terms; the mock turns it into the error envelope.

    Only codes from the catalogue are allowed, so every error the mock emits is documented here.
    """

    def __init__(self, code: str, message: str) -> None:
        self.spec = ERRORS[code]
        self.code = code
        self.message = message
        super().__init__(f"{code}: {message}")

    @property
    def http_status(self) -> int:
        return self.spec.http_status
