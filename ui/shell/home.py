"""The home page: what waits for the signed-in user today (待办), and what this file holds.

The list comes from :func:`riverchief.attention.attention`, counted on the background lane
(on a province it reads tens of thousands of ledger rows); each line opens the section that
shows those records, filtered to them where the section can be (its ``focus_on`` method).
The page counts again when data changes while it is shown, or when it is shown again after
a change.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.shell.context import AppContext
from ui.shell.layouts import clear_form, discard
from ui.shell.sections import Section

URGENT = "color: #c0392b; font-weight: bold;"
LINE = "QPushButton { text-align: left; padding: 6px 10px; border: none; } " \
       "QPushButton:hover { background: #e8f0fe; }"


class HomePage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("homePage")
        self.items: list[Any] = []  # riverchief.attention.Item, as last counted
        self.buttons: list[QPushButton] = []
        self.job: Any = None
        self.stale = True  # counted before the last change (or never)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setStyleSheet("font-size: 20pt; font-weight: bold; margin: 8px 0;")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.greeting = QLabel()
        self.greeting.setObjectName("greeting")
        self.todo_box = QGroupBox()
        self.todo_box.setObjectName("todo")
        self.todo = QVBoxLayout(self.todo_box)
        self.todo_status = QLabel()
        self.todo_status.setObjectName("todoStatus")
        self.todo.addWidget(self.todo_status)
        self.file_box = QGroupBox()
        self.form = QFormLayout(self.file_box)
        for w in (self.heading, self.intro, self.greeting, self.todo_box):
            layout.addWidget(w)
        layout.addStretch(1)
        layout.addWidget(self.file_box)
        # bound methods, not lambdas: Qt disconnects them when the page is deleted
        ctx.data_changed.connect(self.on_data_changed)
        ctx.actor_changed.connect(self.on_actor_changed)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self.stale:
            self.count()

    def on_data_changed(self, _tables: set[str]) -> None:
        self.stale = True
        if self.isVisible():
            self.count()

    def on_actor_changed(self) -> None:
        self.stale = True
        self.refresh()

    # --- the texts ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Texts in the current language, the file's figures, and the list counted again
        when shown."""
        self.heading.setText(self.tr("RiverChief — river and lake chief patrols"))
        self.intro.setText(self.tr(
            "Log patrols, follow every problem and outfall until it is fixed, and score "
            "each chief on patrol duty, problem handling and water quality."
        ))
        self.todo_box.setTitle(self.tr("Waiting for you"))
        self.file_box.setTitle(self.tr("This database"))
        actor = self.ctx.current_actor()
        if actor is not None:
            from riverchief.security.roles import role_name

            self.greeting.setText(self.tr("Signed in as {name} ({role}).").format(
                name=actor.name, role=role_name(actor.role)))
        self.greeting.setVisible(actor is not None)
        self._file_figures()
        self._show_items()
        if self.isVisible() and self.stale:
            self.count()

    def _file_figures(self) -> None:
        clear_form(self.form)
        store = self.ctx.store
        self.file_box.setVisible(store is not None)
        if store is None:
            return
        from riverchief.registry.areas import LEVELS, level_name

        counts = {
            row["level"]: row["n"]
            for row in store.db.query(
                "SELECT level, count(*) AS n FROM area WHERE deleted_at IS NULL GROUP BY level"
            )
        }
        for level in LEVELS:
            if counts.get(level):
                self.form.addRow(
                    self.tr("{level}:").format(level=level_name(level)),
                    QLabel(str(counts[level])),
                )
        self.form.addRow(self.tr("Database:"), QLabel(str(store.path)))
        self.form.addRow(self.tr("Schema version:"), QLabel(str(store.schema_version())))

    # --- the list ------------------------------------------------------------------------

    def count(self) -> None:
        """Count what waits, on the background lane."""
        store, actor = self.ctx.store, self.ctx.current_actor()
        if store is None or actor is None:
            self.items = []
            self.stale = False
            self._show_items()
            return
        if self.job is not None and self.job.running:
            return  # counted again when it ends (it is still stale)
        from riverchief.attention import attention
        from riverchief.problems.ledger import now

        from ui.shell.jobs import start_job

        self.stale = False
        today = now(store).date()

        def done(items: list[Any]) -> None:
            self.items = items
            self._show_items()
            if self.stale and self.isVisible():
                self.count()

        db_path = store.path

        def work(_progress: Any) -> list[Any]:
            from riverchief.db import open_store

            # its own connection: a read on the window's, from this thread, while the
            # window writes (a sign-in counts its failures) ended the window's transaction
            # under it ("no such savepoint")
            with open_store(db_path) as own:
                return attention(own, actor, today)

        self.job = start_job(self, self.tr("Counting what waits"), work, done,
                             show_after_ms=3000)
        self._show_items()

    def _show_items(self) -> None:
        for b in self.buttons:
            self.todo.removeWidget(b)
            discard(b)
        self.buttons = []
        if self.ctx.store is None or self.ctx.current_actor() is None:
            self.todo_box.setVisible(False)
            return
        self.todo_box.setVisible(True)
        if not self.items:
            counting = self.job is not None and self.job.running
            self.todo_status.setText(self.tr("Counting…") if counting else
                                     self.tr("Nothing is waiting for you."))
            self.todo_status.show()
            return
        self.todo_status.hide()
        for n, item in enumerate(self.items):
            button = QPushButton(("⚠ " if item.urgent else "• ") + item.text)
            button.setObjectName(f"todo_{item.key}")
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setStyleSheet(LINE + (f" QPushButton {{ {URGENT} }}" if item.urgent else ""))
            button.setToolTip(self.tr("Open it"))
            button.clicked.connect(lambda _checked=False, i=n: self.open_item(i))
            self.todo.addWidget(button)
            self.buttons.append(button)

    def open_item(self, n: int) -> QWidget | None:
        """Open the section of item ``n``, filtered to its records where it can be."""
        item = self.items[n]
        show = getattr(self.window(), "show_section", None)
        if show is None:
            return None
        try:
            page: QWidget = show(item.section)
        except ValueError:  # the section is not there for this user
            return None
        focus = getattr(page, "focus_on", None)
        if item.focus and callable(focus):
            focus(item.focus)
        return page


SECTIONS = [
    Section(
        key="home",
        title=lambda: QCoreApplication.translate("Navigation", "Home"),
        factory=HomePage,
        order=0,
    )
]
