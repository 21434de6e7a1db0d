"""User accounts (用户) and signing in.

Passwords are hashed with scrypt (memory-hard) and a random 16-byte salt, stored as
``scrypt$N$r$p$salt$hash`` (base64), and compared in constant time. After
:data:`MAX_FAILED_SIGN_INS` wrong passwords in a row an account is locked until an
administrator resets its password. An installation without any user account is a
single-user installation: it runs without a password as its owner (an administrator).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Any

from riverchief.db import Store, records
from riverchief.errors import UserError
from riverchief.i18n import translate
from riverchief.ids import now_iso
from riverchief.registry.areas import descendants
from riverchief.security.roles import ROLES, Actor, require

MAX_FAILED_SIGN_INS = 5
MIN_PASSWORD_LENGTH = 8
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
OWNER = Actor(id="", code="owner", name="owner", role="admin")


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    salt = salt if salt is not None else os.urandom(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R,
                            p=SCRYPT_P, dklen=32)
    b64 = base64.b64encode
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${b64(salt).decode()}${b64(digest).decode()}"


def verify_password(password: str, stored: str | None) -> bool:
    if not stored:
        return False
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        got = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt), n=int(n),
                             r=int(r), p=int(p), maxmem=256 * 1024 * 1024, dklen=len(expected))
    except ValueError:
        return False
    return hmac.compare_digest(got, expected)


_DUMMY_HASH = hash_password("not a password", salt=b"\0" * 16)


@dataclass(frozen=True)
class User:
    """A user account; never carries the password hash out of this module."""

    id: str
    code: str
    name: str
    role: str
    chief_id: str | None
    unit_id: str | None
    scope_area_id: str | None
    has_password: bool
    locked: bool
    failed_attempts: int
    must_change_password: bool
    active: bool
    revision: int

    @classmethod
    def from_row(cls, r: dict[str, Any]) -> User:
        return cls(r["id"], r["code"], r["name"], r["role"], r["chief_id"], r["unit_id"],
                   r["scope_area_id"], bool(r["password_hash"]), r["locked_at"] is not None,
                   r["failed_attempts"], bool(r["must_change_password"]), bool(r["active"]),
                   r["revision"])


def _check_password_rules(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserError(
            translate("Users", "A password needs at least {n} characters.").format(
                n=MIN_PASSWORD_LENGTH
            ),
            where=translate("Users", "password"),
        )


def _row(store: Store, user_id: str) -> dict[str, Any]:
    row = records.get(store, "app_user", user_id)
    if row is None or row["deleted_at"] is not None:
        raise UserError(translate("Users", "No such user."))
    return row


def _row_by_code(store: Store, code: str) -> dict[str, Any] | None:
    rows = list(store.db.query(
        "SELECT * FROM app_user WHERE code = ? AND deleted_at IS NULL", [code.strip()]))
    return rows[0] if rows else None


def get_user(store: Store, code: str) -> User | None:
    row = _row_by_code(store, code)
    return User.from_row(row) if row else None


def list_users(store: Store, actor: Actor) -> list[User]:
    require(actor, "users.manage")
    return [User.from_row(r) for r in store.db.query(
        "SELECT * FROM app_user WHERE deleted_at IS NULL ORDER BY code")]


def is_single_user(store: Store) -> bool:
    """True while the installation has no active user account (it runs without a password)."""
    n = store.conn.execute(
        "SELECT COUNT(*) FROM app_user WHERE deleted_at IS NULL AND active = 1").fetchone()[0]
    return int(n) == 0


def _validate_links(store: Store, role: str, chief_id: str | None, unit_id: str | None,
                    scope_area_id: str | None) -> dict[str, Any]:
    if role not in ROLES:
        raise UserError(
            translate("Users", "Unknown role '{role}': use chief, unit, evaluator or admin.")
            .format(role=role),
            where=translate("Users", "role"),
        )
    needs = {"chief": ("chief", chief_id, translate("Users", "A chief user must be linked to a "
                                                       "registry chief.")),
             "unit": ("unit", unit_id, translate("Users", "A unit user must be linked to a "
                                                    "responsible unit.")),
             "evaluator": ("area", scope_area_id, translate("Users", "An evaluator needs an "
                                                               "area scope."))}
    if role in needs:
        table, ref, message = needs[role]
        row = records.get(store, table, ref) if ref else None
        if row is None or row["deleted_at"] is not None:
            raise UserError(message)
    return {"chief_id": chief_id if role == "chief" else None,
            "unit_id": unit_id if role == "unit" else None,
            "scope_area_id": scope_area_id if role == "evaluator" else None}


def add_user(
    store: Store,
    actor: Actor,
    code: str,
    name: str,
    role: str,
    *,
    password: str | None = None,
    chief_id: str | None = None,
    unit_id: str | None = None,
    scope_area_id: str | None = None,
) -> User:
    """Create an account. Without a password it cannot sign in until one is set."""
    require(actor, "users.manage")
    code, name = code.strip(), name.strip()
    if not code or not name:
        raise UserError(translate("Users", "A user needs a sign-in name and a name."))
    if password is not None:
        _check_password_rules(password)
    with store.db.atomic():
        if store.conn.execute("SELECT 1 FROM app_user WHERE code = ?", [code]).fetchone():
            raise UserError(
                translate("Users", "The sign-in name {code} is already used.").format(code=code),
                where=translate("Users", "sign-in name"),
            )
        links = _validate_links(store, role, chief_id, unit_id, scope_area_id)
        new_id = records.insert(store, "app_user", {
            "code": code, "name": name, "role": role, **links,
            "password_hash": hash_password(password) if password else None,
            "failed_attempts": 0, "locked_at": None, "must_change_password": 0, "active": 1,
        }, actor=actor.code)
    return User.from_row(_row(store, new_id))


def change_user(store: Store, actor: Actor, user_id: str, *, name: str | None = None,
                role: str | None = None, chief_id: str | None = None,
                unit_id: str | None = None, scope_area_id: str | None = None,
                active: bool | None = None) -> User:
    """An administrator changes an account's name, role, links or whether it may sign in."""
    require(actor, "users.manage")
    with store.db.atomic():
        row = _row(store, user_id)
        new_role = role or row["role"]
        links = _validate_links(
            store, new_role,
            chief_id if chief_id is not None else row["chief_id"],
            unit_id if unit_id is not None else row["unit_id"],
            scope_area_id if scope_area_id is not None else row["scope_area_id"])
        changes: dict[str, Any] = {"role": new_role, **links}
        if name is not None and name.strip():
            changes["name"] = name.strip()
        if active is not None:
            changes["active"] = int(active)
        if row["id"] == actor.id and (new_role != "admin" or active is False):
            raise UserError(translate("Users", "You cannot remove your own administrator rights."))
        records.update(store, "app_user", user_id, changes, actor=actor.code)
    return User.from_row(_row(store, user_id))


def actor_for(store: Store, user: User) -> Actor:
    """The :class:`Actor` of a signed-in user, with an evaluator's whole area scope."""
    area_ids = None
    if user.role == "evaluator" and user.scope_area_id:
        area_ids = frozenset(descendants(store, user.scope_area_id))
    return Actor(user.id, user.code, user.name, user.role, user.chief_id, user.unit_id,
                 area_ids)


def sign_in(store: Store, code: str, password: str) -> Actor:
    """Check a user's password and return their :class:`Actor`.

    Wrong passwords are counted; the fifth in a row locks the account. The message does
    not tell whether the name or the password was wrong.
    """
    wrong = UserError(translate("Users", "Wrong sign-in name or password."))
    row = _row_by_code(store, code)
    if row is None or not row["active"]:
        verify_password(password, _DUMMY_HASH)  # same time as a real check
        raise wrong
    if row["locked_at"]:
        raise UserError(
            translate("Users", "This account is locked after too many wrong passwords; ask an "
                               "administrator to reset the password.")
        )
    if not row["password_hash"]:
        raise UserError(
            translate("Users", "This account has no password yet; ask an administrator to set "
                               "one.")
        )
    # Counting failures is the sign-in's own bookkeeping: nobody is signed in yet.
    with store.db.atomic():
        if verify_password(password, row["password_hash"]):
            if row["failed_attempts"]:
                records.update(store, "app_user", row["id"], {"failed_attempts": 0},
                               actor=row["code"])
            return actor_for(store, User.from_row(row))
        failed = row["failed_attempts"] + 1
        changes: dict[str, Any] = {"failed_attempts": failed}
        if failed >= MAX_FAILED_SIGN_INS:
            changes["locked_at"] = now_iso(store.timezone)
        records.update(store, "app_user", row["id"], changes, actor=row["code"])
    if failed >= MAX_FAILED_SIGN_INS:
        raise UserError(
            translate("Users", "Wrong password {n} times: the account is now locked; ask an "
                               "administrator to reset the password.").format(n=failed)
        )
    raise wrong


def sign_in_single_user(store: Store) -> Actor:
    """The owner of a single-user installation, signed in without a password."""
    if not is_single_user(store):
        raise UserError(translate("Users", "This installation has users: please sign in."))
    return OWNER


def change_password(store: Store, actor: Actor, old: str, new: str) -> None:
    """The signed-in user changes their own password."""
    require(actor, "account.own")
    with store.db.atomic():
        row = _row(store, actor.id)
        if not verify_password(old, row["password_hash"]):
            raise UserError(translate("Users", "The current password is wrong."),
                            where=translate("Users", "current password"))
        _check_password_rules(new)
        if new == old:
            raise UserError(translate("Users", "The new password must differ from the old one."))
        records.update(store, "app_user", actor.id,
                       {"password_hash": hash_password(new), "must_change_password": 0},
                       actor=actor.code)


def reset_password(store: Store, actor: Actor, user_id: str, new: str) -> None:
    """An administrator sets a new password, unlocks the account and asks for a change."""
    require(actor, "users.manage")
    _check_password_rules(new)
    with store.db.atomic():
        _row(store, user_id)
        records.update(store, "app_user", user_id, {
            "password_hash": hash_password(new), "failed_attempts": 0, "locked_at": None,
            "must_change_password": int(user_id != actor.id)}, actor=actor.code)


def remove_user(store: Store, actor: Actor, user_id: str) -> None:
    require(actor, "users.manage")
    if user_id == actor.id:
        raise UserError(translate("Users", "You cannot remove your own account."))
    records.tombstone(store, "app_user", user_id, actor=actor.code)
