"""DescribeInstances: filters, order, pagination over the backend's indexes (indexes.py), answered as
encoded bytes (encoding.py).

The candidates come from the narrowest index that answers some of the filters: the ids asked for, the
caller's instances in one status (in one zone), in one zone, with a name in a prefix or exact range, else all
the caller's instances. Its size is known up front, so the smallest is taken; the filters it does not answer
are checked one instance at a time. Ordered indexes (all but names) are in the answer's order (createTime,
then instanceId): with no filter left, a page is a slice and ``totalCount`` a ``len``, whatever the number of
instances. A name range is sorted into that order when it is small, or, when it is large and the only filter,
the caller's instances are scanned in order until the page is full (its ``totalCount`` is the range's size).

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

from zltoolkit.api import ApiError, ApiVersion, limits, rules
from zltoolkit.api.actions import DescribeInstancesRequest

from .encoding import RawJson
from .indexes import answer_order
from .records import Instance

if TYPE_CHECKING:
    from .state import BackendState

Pred = Callable[[Instance], bool]


def _bad(field: str, why: str) -> ApiError:
    return ApiError("INVALID_PARAMETER", f"The parameter `{field}` is invalid: {why}.")


def _name_value(value: str) -> tuple[str, bool]:
    """(text, is_prefix) of an instanceName/hostname filter."""
    return (value[:-1], True) if value.endswith("*") else (value, False)


def _name_pred(attr: str, value: str) -> Pred:
    text, prefix = _name_value(value)
    if prefix:
        return lambda i: getattr(i, attr).startswith(text)
    return lambda i: getattr(i, attr) == text


def page_params(req: DescribeInstancesRequest) -> tuple[int, int]:
    page_num = 1 if req.page_num is None else req.page_num
    page_size = limits.PAGE_SIZE_DEFAULT if req.page_size is None else req.page_size
    if page_num < 1:
        raise _bad("pageNum", "must be at least 1")
    if not 1 <= page_size <= limits.PAGE_SIZE_MAX:
        raise _bad("pageSize", f"must be 1-{limits.PAGE_SIZE_MAX}")
    return page_num, page_size


def describe(
    b: BackendState,
    account_id: str,
    req: DescribeInstancesRequest,
    now: float,
    api_version: str = ApiVersion.V2026_02_01.value,
) -> dict[str, Any]:
    """The answer's fields; ``dataSet`` is ``RawJson`` (the encoded InstanceInfo array)."""
    total, page = select(b, account_id, req, now)
    return {"totalCount": total, "dataSet": RawJson(b.encoded_infos(page, now, api_version))}


def select(b: BackendState, account_id: str, req: DescribeInstancesRequest, now: float) -> tuple[int, list[Instance]]:
    """(totalCount, the page's instances in answer order)."""
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

    idx = b.indexes
    idx.advance(now)  # the status lists at this request's clock reading
    zone = req.zone_id
    status = None if req.instance_status is None else str(req.instance_status)

    # Candidate sources: (size, what they answer, the instances). Ordered ones are in answer order.
    ordered: list[tuple[int, frozenset[str], Iterable[Instance]]] = []
    if req.instance_ids:
        found = [b.by_id.get(i) for i in dict.fromkeys(req.instance_ids)]
        ids = sorted((i for i in found if i is not None and i.account == account_id), key=answer_order)
        ordered.append((len(ids), frozenset({"ids"}), ids))
    if status is not None:
        if zone is not None:
            lst = idx.status_list(account_id, status, zone)
            ordered.append((len(lst), frozenset({"zone", "status"}), lst))
        lst = idx.status_list(account_id, status)
        ordered.append((len(lst), frozenset({"status"}), lst))
    if zone is not None:
        zd = b.by_zone.get((account_id, zone), {})
        ordered.append((len(zd), frozenset({"zone"}), zd.values()))
    everyone = idx.listing.get(account_id, [])
    ordered.append((len(everyone), frozenset(), everyone))
    size, answered, source = min(ordered, key=lambda c: c[0])

    name_range: tuple[list[Instance], int, int] | None = None
    if req.instance_name is not None:
        text, prefix = _name_value(req.instance_name)
        names = idx.name_index(account_id)
        lo, hi = names.range(text, prefix=prefix)
        if hi - lo <= size:
            name_range, answered = (names.insts, lo, hi), frozenset({"name"})

    preds = _predicates(b, req, answered, now)
    start = (page_num - 1) * page_size
    end = start + page_size
    if name_range is not None:
        insts, lo, hi = name_range
        m = hi - lo
        if not preds and 2 * end * len(everyone) < m * m * max(1, m.bit_length()):
            # A large range and nothing else to check: walk the caller's instances in order instead of sorting.
            if start >= m:
                return m, []
            pred = _name_pred("name", req.instance_name or "")
            return m, list(islice(filter(pred, everyone), start, end))
        matched = [i for i in insts[lo:hi] if all(p(i) for p in preds)] if preds else insts[lo:hi]
        matched.sort(key=answer_order)
        return len(matched), matched[start:end]
    if not preds:
        if start >= size:
            return size, []
        if isinstance(source, list):
            return size, source[start:end]
        # islice takes at most sys.maxsize; a page beyond the end is simply empty.
        return size, list(islice(source, start, end))
    total = 0
    page = []
    for inst in source:
        for p in preds:
            if not p(inst):
                break
        else:
            if start <= total < end:
                page.append(inst)
            total += 1
    return total, page


def _predicates(b: BackendState, req: DescribeInstancesRequest, answered: frozenset[str], now: float) -> list[Pred]:
    """The checks for every filter the chosen source does not answer (the status, reading the schedule, last)."""
    preds: list[Pred] = []
    if req.zone_id is not None and "zone" not in answered:
        zone = req.zone_id
        preds.append(lambda i: i.zone == zone)
    if req.instance_ids and "ids" not in answered:
        wanted = frozenset(req.instance_ids)
        preds.append(lambda i: i.id in wanted)
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
    if req.instance_name is not None and "name" not in answered:
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
        wanted_tags = [(t.key, t.value) for t in req.tags]
        preds.append(lambda i: i.tags is not None and _has_tags(i.tags, wanted_tags))
    if req.instance_status is not None and "status" not in answered:
        status = str(req.instance_status)
        preds.append(lambda i: i.status(now) == status)
    return preds


def _has_tags(have: tuple[tuple[str, str | None], ...], wanted: list[tuple[str, str | None]]) -> bool:
    d = dict(have)
    return all(k in d and (v is None or d[k] == v) for k, v in wanted)
