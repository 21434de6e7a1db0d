"""Who is signed in: the owner of a single-user installation, or a user who signed in."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from ui.shell.context import AppContext


def set_actor(ctx: AppContext, actor: Any) -> None:
    """Remember who signed in, and to which open database."""
    ctx.actor = actor
    ctx.setProperty("actorStore", id(ctx.store) if actor is not None else 0)


def current_actor(ctx: AppContext) -> Any:
    """The signed-in :class:`riverchief.security.Actor`, or None.

    A sign-in holds only for the database it was made in: after another file is opened
    nobody is signed in. A single-user installation (no accounts yet) is signed in as its
    owner without asking.
    """
    if ctx.store is None:
        return None
    signed_into = ctx.property("actorStore")
    if ctx.actor is not None and signed_into and signed_into != id(ctx.store):
        ctx.actor = None  # signed in to another database (set directly: trusted as given)
    if ctx.actor is not None:
        return ctx.actor
    from riverchief.security import users

    if users.is_single_user(ctx.store):
        set_actor(ctx, users.sign_in_single_user(ctx.store))
    return ctx.actor


def require_actor(ctx: AppContext) -> Any:
    """The signed-in actor; a UserError (shown like any other) when nobody is signed in."""
    actor = current_actor(ctx)
    if actor is None:
        from PySide6.QtCore import QCoreApplication

        from riverchief.errors import UserError

        raise UserError(QCoreApplication.translate("Session", "Please sign in first."))
    return actor


def ensure_signed_in(parent: QWidget | None, ctx: AppContext) -> Any:
    """The signed-in actor, asking for a sign-in when nobody is; None if the user cancels."""
    actor = current_actor(ctx)
    if actor is not None:
        return actor
    from ui.security.sign_in import SignInDialog

    dialog = SignInDialog(ctx, parent)
    if dialog.exec():
        return ctx.actor
    return None


def sign_out(ctx: AppContext) -> None:
    set_actor(ctx, None)
    ctx.actor_changed.emit()
