"""What every page shares: the open database, the signed-in user, and one change signal.

Core writes say what changed; the UI broadcasts it on :attr:`AppContext.data_changed`
(STYLE.md §2) and each page decides whether to refresh.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from riverchief.db import Store


class AppContext(QObject):
    database_changed = Signal()  # a different file was opened (or closed)
    data_changed = Signal(object)  # something in the open file changed: a set of table names
    language_changed = Signal()
    actor_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store: Store | None = None
        self.actor: Any = None  # riverchief.security.Actor once signed in

    def current_actor(self) -> Any:
        """The signed-in user; on a single-user installation, its owner (no password)."""
        if self.actor is not None:
            return self.actor
        if self.store is None:
            return None
        from riverchief.security import users

        return users.sign_in_single_user(self.store) if users.is_single_user(self.store) else None

    @property
    def db_path(self) -> Path | None:
        return self.store.path if self.store else None

    def open(self, path: Path, *, create: bool = False, migrate: bool = True) -> Store | None:
        """Open ``path`` (raises DatabaseError with a clear message) and tell every page.

        Without ``migrate`` a file of an older version is not opened (None): the caller
        brings it up to date in the background first (``MainWindow._open``)."""
        # sqlite-utils loads numpy: not before first paint
        from riverchief.db import open_store, pending_migrations

        store = open_store(path, create=create, instance_lock=True, migrate=migrate)
        if not migrate and pending_migrations(store):
            store.close()
            return None
        self.close()
        self.store = store
        self.database_changed.emit()
        return store

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None

    def notify(self, tables: set[str] | str) -> None:
        self.data_changed.emit({tables} if isinstance(tables, str) else set(tables))
