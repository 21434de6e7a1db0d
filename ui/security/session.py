"""Who is signed in: the owner of a single-user installation, or a user who signed in."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from ui.shell.context import AppContext


def current_actor(ctx: AppContext) -> Any:
    """The signed-in :class:`riverchief.security.Actor`, or None.

    A single-user installation (no accounts yet) is signed in as its owner without asking.
    """
    if ctx.actor is not None or ctx.store is None:
        return ctx.actor
    from riverchief.security import users

    if users.is_single_user(ctx.store):
        ctx.actor = users.sign_in_single_user(ctx.store)
    return ctx.actor


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
    ctx.actor = None
    ctx.actor_changed.emit()
