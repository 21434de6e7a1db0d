"""The first start on a machine with no data: the demo district, preselected."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget


class FirstRunChoice(Enum):
    DEMO = "demo"
    EMPTY = "empty"
    OPEN = "open"


class FirstRunDialog(QDialog):
    """Three choices; the default button (Enter) opens the demo district."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice: FirstRunChoice | None = None
        self.setWindowTitle(self.tr("Welcome to RiverChief"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        text = QLabel(self.tr(
            "<h3>Welcome to RiverChief 河长巡河</h3>"
            "<p>There is no database on this computer yet. The demo district is a complete "
            "made-up district with waters, chiefs, patrols, problems and samples: the "
            "quickest way to see what the app does.</p>"
        ))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.demo_button = QPushButton(self.tr("Open the demo district"))
        self.demo_button.setObjectName("demoButton")
        self.empty_button = QPushButton(self.tr("Start with an empty database"))
        self.empty_button.setObjectName("emptyButton")
        self.open_button = QPushButton(self.tr("Open a database file…"))
        self.open_button.setObjectName("openButton")
        for button, choice in (
            (self.demo_button, FirstRunChoice.DEMO),
            (self.empty_button, FirstRunChoice.EMPTY),
            (self.open_button, FirstRunChoice.OPEN),
        ):
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
            layout.addWidget(button)
        self.demo_button.setDefault(True)
        self.demo_button.setFocus()

    def _choose(self, choice: FirstRunChoice) -> None:
        self.choice = choice
        self.accept()
