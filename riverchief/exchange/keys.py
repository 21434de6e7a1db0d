"""Ed25519 keys: this installation's key pair, and the keys the office has enrolled.

The private key is stored encrypted with the administrator's password. The office enrols
a chief's laptop by its public key after comparing the fingerprint (read over the phone);
a lost laptop's key is revoked, and its replacement enrolled as continuing the same chain.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from riverchief.db import Store, records
from riverchief.errors import UserError
from riverchief.exchange.canonical import sha256_hex
from riverchief.i18n import translate
from riverchief.ids import now_iso
from riverchief.security import Actor, require


@dataclass(frozen=True)
class KeyInfo:
    id: str
    public_key: str  # hex
    fingerprint: str
    label: str = ""
    chief_id: str | None = None
    revoked_at: str | None = None
    installation_id: str | None = None


def fingerprint(public_key_hex: str) -> str:
    """Eight groups of four hex digits of the key's SHA-256, easy to read over the phone."""
    digest = sha256_hex(bytes.fromhex(public_key_hex)).upper()[:32]
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


def _raw_public(key: Ed25519PublicKey) -> str:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()


def parse_public_key(text: str) -> str:
    """Accept a public key as 64 hex digits (spaces allowed); returns normalised hex."""
    cleaned = "".join(text.split()).lower()
    try:
        raw = bytes.fromhex(cleaned)
        Ed25519PublicKey.from_public_bytes(raw)
    except ValueError as exc:
        raise UserError(
            translate("Exchange", "This is not a public key: expected 64 hexadecimal digits.")
        ) from exc
    if len(raw) != 32:
        raise UserError(
            translate("Exchange", "This is not a public key: expected 64 hexadecimal digits.")
        )
    return cleaned


def installation_key(store: Store) -> KeyInfo | None:
    rows = list(store.db.query(
        "SELECT * FROM installation_key WHERE active = 1 AND deleted_at IS NULL "
        "ORDER BY created_at DESC LIMIT 1"))
    if not rows:
        return None
    r = rows[0]
    return KeyInfo(r["id"], r["public_key"], r["fingerprint"],
                   installation_id=store.installation_id)


def create_installation_key(store: Store, actor: Actor, password: str) -> KeyInfo:
    """Make this installation's key pair, its private half encrypted with ``password``."""
    require(actor, "settings.manage")
    if len(password) < 4:
        raise UserError(translate(
            "Exchange", "Choose a password of at least 4 characters to protect the signing key."))
    if installation_key(store) is not None:
        raise UserError(translate("Exchange", "This installation already has a signing key."))
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(password.encode("utf-8")),
    ).decode("ascii")
    public = _raw_public(private.public_key())
    key_id = records.insert(store, "installation_key", {
        "public_key": public, "fingerprint": fingerprint(public), "private_key_pem": pem,
        "active": 1,
    }, actor=actor.code)
    return KeyInfo(key_id, public, fingerprint(public), installation_id=store.installation_id)


def signing_key(store: Store, password: str) -> Ed25519PrivateKey:
    """Unlock this installation's private key; a wrong password is a clear error."""
    rows = list(store.db.query(
        "SELECT private_key_pem FROM installation_key WHERE active = 1 AND deleted_at IS NULL "
        "ORDER BY created_at DESC LIMIT 1"))
    if not rows:
        raise UserError(translate(
            "Exchange", "This installation has no signing key yet: create one under Keys."))
    try:
        key = serialization.load_pem_private_key(rows[0]["private_key_pem"].encode("ascii"),
                                                 password=password.encode("utf-8"))
    except (ValueError, TypeError) as exc:
        raise UserError(translate("Exchange", "Wrong password for the signing key.")) from exc
    assert isinstance(key, Ed25519PrivateKey)
    return key


def sign(key: Ed25519PrivateKey, data: bytes) -> str:
    return key.sign(data).hex()


def verify_signature(public_key_hex: str, data: bytes, signature_hex: str) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key_hex)).verify(
            bytes.fromhex(signature_hex), data)
    except (InvalidSignature, ValueError):
        return False
    return True


def _row_to_info(r: dict[str, Any]) -> KeyInfo:
    return KeyInfo(r["id"], r["public_key"], r["fingerprint"], r["label"], r["chief_id"],
                   r["revoked_at"], r["installation_id"])


def enrolled_keys(store: Store) -> list[KeyInfo]:
    return [_row_to_info(r) for r in store.db.query(
        "SELECT * FROM enrolled_key WHERE deleted_at IS NULL ORDER BY created_at")]


def find_enrolled(store: Store, public_key_hex: str) -> KeyInfo | None:
    rows = list(store.db.query(
        "SELECT * FROM enrolled_key WHERE public_key = ? AND deleted_at IS NULL",
        [public_key_hex]))
    return _row_to_info(rows[0]) if rows else None


def enrol_key(
    store: Store,
    actor: Actor,
    public_key: str,
    label: str,
    *,
    chief_id: str | None = None,
    replaces: str | None = None,
) -> KeyInfo:
    """Accept packages signed by ``public_key`` (after comparing its fingerprint).

    ``replaces`` is the fingerprint of a lost or replaced laptop's key: that key is revoked
    and the chief's chain continues from the last record the office holds.
    """
    require(actor, "settings.manage")
    hex_key = parse_public_key(public_key)
    if find_enrolled(store, hex_key):
        raise UserError(translate("Exchange", "This key is already enrolled."))
    if not label.strip():
        raise UserError(translate("Exchange", "Give the key a label, e.g. the chief's laptop."))
    replaced_id = None
    with store.db.atomic():
        if replaces:
            old = [k for k in enrolled_keys(store) if k.fingerprint == replaces.strip().upper()]
            if not old:
                raise UserError(translate("Exchange", "No enrolled key has the fingerprint {fp}.")
                                .format(fp=replaces))
            replaced_id = old[0].id
            chief_id = chief_id or old[0].chief_id
            if old[0].revoked_at is None:
                revoke_key(store, actor, old[0].fingerprint,
                           reason=translate("Exchange", "replaced by a new laptop"))
        key_id = records.insert(store, "enrolled_key", {
            "public_key": hex_key, "fingerprint": fingerprint(hex_key), "label": label.strip(),
            "chief_id": chief_id, "enrolled_by": actor.code, "revoked_at": None,
            "revoked_reason": None, "replaces_key_id": replaced_id, "installation_id": None,
        }, actor=actor.code)
    return KeyInfo(key_id, hex_key, fingerprint(hex_key), label.strip(), chief_id)


def revoke_key(store: Store, actor: Actor, key_fingerprint: str, *, reason: str) -> None:
    """Refuse packages signed by this key from now on (those imported before stay)."""
    require(actor, "settings.manage")
    matches = [k for k in enrolled_keys(store) if k.fingerprint == key_fingerprint.strip().upper()]
    if not matches:
        raise UserError(translate("Exchange", "No enrolled key has the fingerprint {fp}.")
                        .format(fp=key_fingerprint))
    records.update(store, "enrolled_key", matches[0].id,
                   {"revoked_at": now_iso(store.timezone), "revoked_reason": reason},
                   actor=actor.code)
