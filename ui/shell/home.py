"""The home page: what this database holds, at a glance."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from ui.shell.context import AppContext
from ui.shell.layouts import clear_form
from ui.shell.sections import Section


class HomePage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("homePage")
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setStyleSheet("font-size: 20pt; font-weight: bold; margin: 8px 0;")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addStretch(1)
        # a bound method, not a lambda: Qt disconnects it when the page is deleted
        ctx.data_changed.connect(self.on_data_changed)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)

    def on_data_changed(self, _tables: set[str]) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.heading.setText(self.tr("RiverChief — river and lake chief patrols"))
        self.intro.setText(self.tr(
            "Log patrols, follow every problem and outfall until it is fixed, and score "
            "each chief on patrol duty, problem handling and water quality."
        ))
        clear_form(self.form)
        store = self.ctx.store
        if store is None:
            return
        from riverchief.registry.areas import LEVELS, level_name

        self.form.addRow(self.tr("Database:"), QLabel(str(store.path)))
        self.form.addRow(self.tr("Schema version:"), QLabel(str(store.schema_version())))
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


SECTIONS = [
    Section(
        key="home",
        title=lambda: QCoreApplication.translate("Navigation", "Home"),
        factory=HomePage,
        order=0,
    )
]
