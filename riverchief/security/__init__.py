"""Users, roles and the audit trail (用户、角色与审计).

:class:`~riverchief.security.roles.Actor` is the signed-in user; every core function that
writes takes ``actor: Actor`` and calls :func:`~riverchief.security.roles.require` before it
writes. :mod:`riverchief.security.users` keeps the accounts and signs people in;
:mod:`riverchief.security.audit` reads and exports the audit log.
"""

from riverchief.security.roles import (
    PERMISSIONS,
    ROLES,
    SYSTEM,
    Actor,
    allowed,
    require,
    role_name,
)

__all__ = ["PERMISSIONS", "ROLES", "SYSTEM", "Actor", "allowed", "require", "role_name"]
