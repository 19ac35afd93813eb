"""ZC2-HMAC-SHA256 signing as pure functions (docs/api-facts.md §2.1).

No httpx here: the mock server's verifier imports this module, and the signer and the verifier must be
the same code so they cannot drift apart. Everything works on the exact bytes and header values sent.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass, field

from zltoolkit.api.limits import SIGNATURE_METHOD, SIGNED_HEADERS

__all__ = [
    "SIGNATURE_METHOD",
    "SIGNED_HEADERS",
    "ParsedAuthorization",
    "authorization_header",
    "canonical_request",
    "parse_authorization",
    "payload_hash",
    "sign",
    "string_to_sign",
    "verify_signature",
]


def _bytes(body: bytes | str) -> bytes:
    return body.encode("utf-8") if isinstance(body, str) else bytes(body)


def payload_hash(body: bytes | str) -> str:
    """Step 1: lowercase hex SHA-256 of the body exactly as sent."""
    return hashlib.sha256(_bytes(body)).hexdigest()


def canonical_request(body: bytes | str, content_type: str, host: str) -> str:
    """Steps 2-4. The canonical URI is always ``/`` (not the request path) and the query string is empty.

    Content-Type and host go in verbatim, as every official SDK does (docs/api-facts.md §12.13).
    """
    canonical_headers = f"content-type:{content_type}\nhost:{host}\n"
    return "\n".join(("POST", "/", "", canonical_headers, SIGNED_HEADERS, payload_hash(body)))


def string_to_sign(body: bytes | str, content_type: str, host: str, timestamp: str | int) -> str:
    """Steps 5-6."""
    hashed = hashlib.sha256(canonical_request(body, content_type, host).encode("utf-8")).hexdigest()
    return f"{SIGNATURE_METHOD}\n{timestamp}\n{hashed}"


def sign(body: bytes | str, content_type: str, host: str, timestamp: str | int, access_key_password: str) -> str:
    """Step 7: the hex signature (one HMAC keyed by the password; no key derivation chain)."""
    message = string_to_sign(body, content_type, host, timestamp).encode("utf-8")
    return hmac.new(access_key_password.encode("utf-8"), message, hashlib.sha256).hexdigest()


def authorization_header(
    access_key_id: str,
    access_key_password: str,
    body: bytes | str,
    content_type: str,
    host: str,
    timestamp: str | int,
) -> str:
    """Step 8: the full ``Authorization`` value."""
    signature = sign(body, content_type, host, timestamp, access_key_password)
    return f"{SIGNATURE_METHOD} Credential={access_key_id}, SignedHeaders={SIGNED_HEADERS}, Signature={signature}"


@dataclass(frozen=True, slots=True)
class ParsedAuthorization:
    """The parts of a ZC2 ``Authorization`` header (for a verifier). The signature is kept out of repr."""

    access_key_id: str
    signed_headers: str
    signature: str = field(repr=False)


def parse_authorization(value: str) -> ParsedAuthorization | None:
    """Split ``ZC2-HMAC-SHA256 Credential=.., SignedHeaders=.., Signature=..``; None when malformed.

    Tolerant of extra whitespace around the separators; the three parts are required, in any order.
    """
    method, _, rest = value.strip().partition(" ")
    if method != SIGNATURE_METHOD:
        return None
    parts: dict[str, str] = {}
    for item in rest.split(","):
        key, sep, val = item.strip().partition("=")
        if not sep or key in parts:
            return None
        parts[key] = val.strip()
    try:
        parsed = ParsedAuthorization(parts["Credential"], parts["SignedHeaders"], parts["Signature"])
    except KeyError:
        return None
    if not parsed.access_key_id or not parsed.signature or len(parts) != 3:
        return None
    return parsed


def verify_signature(
    signature: str,
    body: bytes | str,
    content_type: str,
    host: str,
    timestamp: str | int,
    access_key_password: str,
) -> bool:
    """Constant-time comparison of a received signature with the expected one."""
    expected = sign(body, content_type, host, timestamp, access_key_password)
    return hmac.compare_digest(expected.encode("ascii"), signature.strip().encode("ascii", "replace"))
