"""Email address normalisation and the hashed form used in logs."""

from __future__ import annotations

import hashlib
from email.utils import getaddresses


def normalize_address(address: str) -> str:
    """Lower-case, trimmed bare address (`"A" <A@X.org>` -> `a@x.org`)."""
    address = (address or "").strip()
    if "<" in address or "," in address:
        parsed = [a for _, a in getaddresses([address]) if a]
        address = parsed[0] if parsed else ""
    return address.strip().strip("<>").strip().lower()


def is_plausible_address(address: str) -> bool:
    """True for something shaped like local@domain.tld, without spaces."""
    if not address or " " in address or address.count("@") != 1:
        return False
    local, domain = address.split("@")
    return bool(local) and "." in domain and not domain.startswith(".") and not domain.endswith(".")


def redact(address: str | None) -> str:
    """A stable, non-reversible token for an address, safe to write in logs."""
    if not address:
        return "addr:-"
    return "addr:" + hashlib.sha256(normalize_address(address).encode()).hexdigest()[:12]
