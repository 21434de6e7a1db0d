"""Roles and permissions: who may do what, and over which area.

Every core function that writes calls :func:`require` first, with the permission it needs
and the area (or chief, or unit) the write touches. The rules (DESIGN.md, Trust):

- a **chief** (河长) writes only their own patrols and problem reports;
- a **responsible unit** (责任单位) rectifies only the problems assigned to it;
- an **evaluator** (河长办/督查室) manages the registry, ledgers and assessments inside
  their area scope, and cannot alter a chief's patrol content;
- an **administrator** manages users, keys, settings and backups, and may do everything.

:data:`SYSTEM` is the actor of migrations, the demo generator and internal maintenance.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from riverchief.errors import PermissionDenied
from riverchief.i18n import translate

ROLES = ("chief", "unit", "evaluator", "admin")

#: permission -> roles holding it (the administrator and SYSTEM hold every permission).
PERMISSIONS: dict[str, frozenset[str]] = {
    # registry: areas, waters, segments, sections, chiefs, units, assignments, signs
    "registry.edit": frozenset({"evaluator"}),
    # users and roles; every signed-in user manages their own account (password)
    "users.manage": frozenset(),
    "account.own": frozenset({"chief", "unit", "evaluator"}),
    # settings, keys, backups, rule sets
    "settings.manage": frozenset(),
    # reading the audit trail (scoped for evaluators by the record's area when given)
    "audit.read": frozenset({"evaluator"}),
    # a chief's own patrols (evaluators review, they never edit content)
    "patrols.write": frozenset({"chief"}),
    "patrols.review": frozenset({"evaluator"}),
    # problems: chiefs report, evaluators manage (交办/销号), units rectify their own
    # (accept/return/feedback/report the fix: the unit the problem is assigned to only)
    "problems.report": frozenset({"chief", "evaluator"}),
    "problems.manage": frozenset({"evaluator"}),
    "problems.rectify": frozenset({"unit"}),
    # ledgers and assessment
    "outfalls.manage": frozenset({"evaluator"}),
    "waterquality.manage": frozenset({"evaluator"}),
    "assessment.run": frozenset({"evaluator"}),
    # exchange of packages: a chief exports their own records, the office imports
    "exchange.export": frozenset({"chief", "evaluator"}),
    "exchange.import": frozenset({"evaluator"}),
}


@dataclass(frozen=True)
class Actor:
    """The signed-in user, as the core needs to know them.

    ``area_ids`` is the set of area ids an evaluator may see and manage (their scope area
    and everything below it); ``None`` means no area limit (administrator, SYSTEM).
    """

    id: str
    code: str
    name: str
    role: str  # chief | unit | evaluator | admin | system
    chief_id: str | None = None
    unit_id: str | None = None
    area_ids: frozenset[str] | None = None

    @property
    def is_admin(self) -> bool:
        return self.role in ("admin", "system")

    def sees_area(self, area_id: str | None) -> bool:
        """True when ``area_id`` is inside this actor's scope (always for unscoped actors)."""
        return self.area_ids is None or (area_id is not None and area_id in self.area_ids)


SYSTEM = Actor(id="", code="system", name="system", role="system")


def role_name(role: str) -> str:
    names = {
        "chief": translate("Security", "river chief"),
        "unit": translate("Security", "responsible unit"),
        "evaluator": translate("Security", "evaluator"),
        "admin": translate("Security", "administrator"),
        "system": translate("Security", "system"),
    }
    return names.get(role, role)


def permission_name(permission: str) -> str:
    """What a permission lets one do, in the reader's words (the refusal named the key,
    problems.manage, in the Chinese page)."""
    names = {
        "registry.edit": translate("Security", "keep the registry"),
        "users.manage": translate("Security", "manage users"),
        "account.own": translate("Security", "manage one's own account"),
        "settings.manage": translate("Security", "change the settings"),
        "audit.read": translate("Security", "read the audit log"),
        "patrols.write": translate("Security", "log patrols"),
        "patrols.review": translate("Security", "review patrols"),
        "problems.report": translate("Security", "report problems"),
        "problems.manage": translate("Security", "manage the problem ledger"),
        "problems.rectify": translate("Security", "rectify problems"),
        "outfalls.manage": translate("Security", "manage the outfall ledger"),
        "waterquality.manage": translate("Security", "manage water quality"),
        "assessment.run": translate("Security", "run the assessment"),
        "exchange.export": translate("Security", "export packages"),
        "exchange.import": translate("Security", "import packages"),
    }
    return names.get(permission, permission)


def allowed(
    actor: Actor,
    permission: str,
    *,
    area_id: str | None = None,
    area_ids: Iterable[str | None] = (),
    chief_id: str | None = None,
    unit_id: str | None = None,
) -> bool:
    """Whether ``actor`` may do ``permission`` here; see :func:`require`."""
    try:
        require(actor, permission, area_id=area_id, area_ids=area_ids, chief_id=chief_id,
                unit_id=unit_id)
    except PermissionDenied:
        return False
    return True


def require(
    actor: Actor,
    permission: str,
    *,
    area_id: str | None = None,
    area_ids: Iterable[str | None] = (),
    chief_id: str | None = None,
    unit_id: str | None = None,
) -> None:
    """Raise :class:`PermissionDenied` unless ``actor`` may do ``permission`` here.

    ``area_id``/``area_ids``: the areas the write touches; an evaluator must have every
    one in scope. ``chief_id``: the chief whose record it is; a chief may only touch their
    own. ``unit_id``: the unit a problem is assigned to; a unit may only touch its own.
    An unknown permission is a programming error (``ValueError``).
    """
    if permission not in PERMISSIONS:
        raise ValueError(f"unknown permission {permission!r}")
    if not isinstance(actor, Actor):
        raise TypeError(f"actor must be an Actor, not {type(actor).__name__}")
    if actor.is_admin:
        return
    if actor.role not in PERMISSIONS[permission]:
        raise PermissionDenied(
            translate("Security", "Your role ({role}) may not do this ({permission}).").format(
                role=role_name(actor.role), permission=permission_name(permission)
            ),
            where=actor.code,
        )
    if actor.role == "evaluator":
        touched = [a for a in [area_id, *area_ids] if a is not None]
        scope = actor.area_ids or frozenset()
        if any(a not in scope for a in touched):
            raise PermissionDenied(
                translate("Security", "This is outside your area; you may not change it."),
                where=actor.code,
            )
    elif actor.role == "chief":
        if chief_id is not None and chief_id != actor.chief_id:
            raise PermissionDenied(
                translate("Security", "This belongs to another chief; you may not change it."),
                where=actor.code,
            )
    elif actor.role == "unit":
        if unit_id is not None and unit_id != actor.unit_id:
            raise PermissionDenied(
                translate("Security", "This is assigned to another unit; you may not change it."),
                where=actor.code,
            )
