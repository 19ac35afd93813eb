"""DescribeInstances: filters, order, pagination over the backend's indexes.

Candidates come from the narrowest index (the ids asked for, else the caller's instances in one zone, else
all the caller's instances), already in the answer's order (createTime, then instanceId) because the
indexes keep insertion order and ids grow with creation. An unfiltered page is then O(page size); a
filtered one is one pass over the candidates (needed anyway for ``totalCount``).

Choices where the docs are silent (docs/api-facts.md §12.18):

* ``instanceName`` / ``hostname`` ending in ``*`` match by prefix (``web-*`` -> names starting ``web-``;
  ``*`` alone matches all); otherwise exact match.
* ``publicIpAddresses`` / ``privateIpAddresses``: an instance matches when any of its addresses is listed
  (public: its IPv4 or IPv6 address).
* ``tagKeys``: the instance carries every listed key. ``tags``: it carries every listed key=value pair
  (a tag without ``value`` only needs the key). Filters narrow, like label selectors.
* ``instanceIds``: unknown ids (or another account's) are simply absent from ``dataSet``; an empty list is
  no filter.
* Unknown ``zoneId`` / ``instanceTypeId`` / ``imageId`` -> 404 INVALID_ZONE_NOT_FOUND /
  INVALID_INSTANCE_TYPE_NOT_FOUND / IMAGE_NOT_FOUND (the documented spelling). Unknown
  ``resourceGroupId`` / ``subnetId`` -> empty result.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import islice
from typing import TYPE_CHECKING, Any

from zltoolkit.api import ApiError, limits, rules
from zltoolkit.api.actions import DescribeInstancesRequest

from .records import Instance

if TYPE_CHECKING:
    from .state import BackendState

Pred = Callable[[Instance], bool]


def _bad(field: str, why: str) -> ApiError:
    return ApiError("INVALID_PARAMETER", f"The parameter `{field}` is invalid: {why}.")


def _name_pred(attr: str, value: str) -> Pred:
    if value.endswith("*"):
        prefix = value[:-1]
        return lambda i: getattr(i, attr).startswith(prefix)
    return lambda i: getattr(i, attr) == value


def page_params(req: DescribeInstancesRequest) -> tuple[int, int]:
    page_num = 1 if req.page_num is None else req.page_num
    page_size = limits.PAGE_SIZE_DEFAULT if req.page_size is None else req.page_size
    if page_num < 1:
        raise _bad("pageNum", "must be at least 1")
    if not 1 <= page_size <= limits.PAGE_SIZE_MAX:
        raise _bad("pageSize", f"must be 1-{limits.PAGE_SIZE_MAX}")
    return page_num, page_size


def describe(b: BackendState, account_id: str, req: DescribeInstancesRequest, now: float) -> dict[str, Any]:
    page_num, page_size = page_params(req)
    if (v := rules.check_id_list(req.instance_ids, field="instanceIds")) is not None:
        raise v.to_api_error()
    if req.tag_keys is not None and len(req.tag_keys) > limits.TAGS_FILTER_MAX:
        raise _bad("tagKeys", f"at most {limits.TAGS_FILTER_MAX} keys")
    if req.tags is not None and len(req.tags) > limits.TAGS_FILTER_MAX:
        raise _bad("tags", f"at most {limits.TAGS_FILTER_MAX} tags")
    cat = b.catalog
    if req.zone_id is not None:
        cat.zone(req.zone_id)
    if req.instance_type_id is not None:
        cat.instance_type(req.instance_type_id)
    if req.image_id is not None:
        cat.image(req.image_id, code="IMAGE_NOT_FOUND")  # the spelling DescribeInstances documents

    candidates: Iterable[Instance]
    preds: list[Pred] = []
    if req.instance_ids:
        found = [b.by_id.get(i) for i in dict.fromkeys(req.instance_ids)]
        candidates = sorted(
            (i for i in found if i is not None and i.account == account_id), key=lambda i: (i.ctime, i.id)
        )
        if req.zone_id is not None:
            zone = req.zone_id
            preds.append(lambda i: i.zone == zone)
    elif req.zone_id is not None:
        candidates = b.by_zone.get((account_id, req.zone_id), {}).values()
    else:
        candidates = b.by_account.get(account_id, {}).values()

    if req.resource_group_id is not None:
        rg = req.resource_group_id
        preds.append(lambda i: i.rg == rg)
    if req.instance_type_id is not None:
        t = req.instance_type_id
        preds.append(lambda i: i.type == t)
    if req.internet_charge_type is not None:
        ict = str(req.internet_charge_type)
        preds.append(lambda i: i.inet == ict)
    if req.image_id is not None:
        img = req.image_id
        preds.append(lambda i: i.image == img)
    if req.subnet_id is not None:
        sub = req.subnet_id
        preds.append(lambda i: i.subnet == sub)
    if req.instance_name is not None:
        preds.append(_name_pred("name", req.instance_name))
    if req.hostname is not None:
        preds.append(_name_pred("hostname", req.hostname))
    if req.public_ip_addresses:
        pub = frozenset(req.public_ip_addresses)
        links = b.net.links  # elastic/DDoS IPs and bound block addresses count too
        preds.append(lambda i: i.pub4 in pub or i.ipv6 in pub or any(a in pub for _, a in links.get(i.id, ())))
    if req.private_ip_addresses:
        priv = frozenset(req.private_ip_addresses)
        preds.append(lambda i: i.priv4 in priv)
    if req.tag_keys:
        keys = frozenset(req.tag_keys)
        preds.append(lambda i: i.tags is not None and keys <= {k for k, _ in i.tags})
    if req.tags:
        wanted = [(t.key, t.value) for t in req.tags]
        preds.append(lambda i: i.tags is not None and _has_tags(i.tags, wanted))
    if req.instance_status is not None:
        # Last: the only predicate that reads the schedule.
        status = str(req.instance_status)
        preds.append(lambda i: i.status(now) == status)

    start = (page_num - 1) * page_size
    if not preds:
        total = len(candidates)  # a list or a dict view (narrowed by the assignments above)
        # islice takes at most sys.maxsize; a page beyond the end is simply empty.
        page = list(islice(candidates, start, start + page_size)) if start < total else []
    else:
        total = 0
        page = []
        end = start + page_size
        for inst in candidates:
            for p in preds:
                if not p(inst):
                    break
            else:
                if start <= total < end:
                    page.append(inst)
                total += 1
    return {"totalCount": total, "dataSet": [b.wire_of(i, now) for i in page]}


def _has_tags(have: tuple[tuple[str, str | None], ...], wanted: list[tuple[str, str | None]]) -> bool:
    d = dict(have)
    return all(k in d and (v is None or d[k] == v) for k, v in wanted)
