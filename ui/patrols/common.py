"""Small helpers the patrol pages share."""

from __future__ import annotations

from typing import Any

from ui.shell.context import AppContext


def current_actor(ctx: AppContext) -> Any:
    """The signed-in user; on a single-user installation its owner."""
    return ctx.current_actor()


def own_chief_id(ctx: AppContext) -> str | None:
    actor = current_actor(ctx)
    return actor.chief_id if actor is not None and actor.role == "chief" else None
