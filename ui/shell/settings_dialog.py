"""Settings: the language (applied at once, nothing is lost); backups kept for the open file."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from riverchief import i18n

from ui.shell.language import apply_language


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        layout = QFormLayout(self)
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(i18n.language()))
        layout.addRow(self.tr("Language:"), self.language)
        self.store = getattr(getattr(parent, "ctx", None), "store", None)
        self.backups_keep = QSpinBox()
        self.backups_keep.setObjectName("backupsKeep")
        from riverchief.db import MAX_KEEP, backups_keep

        self.backups_keep.setRange(1, MAX_KEEP)
        self.backups_keep.setEnabled(self.store is not None)
        if self.store is not None:
            self.backups_keep.setValue(backups_keep(self.store))
            self.backups_keep.setToolTip(self.tr(
                "Backups are taken before migrations and imports and once a day; "
                "the oldest go when there are more than this."))
        layout.addRow(self.tr("Backups kept:"), self.backups_keep)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)
        self.buttons = buttons

    def accept(self) -> None:
        if self.store is not None:
            from riverchief.db import backups_keep, set_backups_keep
            from riverchief.errors import UserError

            if self.backups_keep.value() != backups_keep(self.store):
                try:
                    set_backups_keep(self.store, self.backups_keep.value())
                except UserError as exc:
                    QMessageBox.warning(self, self.windowTitle(), str(exc))
                    return
        code = self.language.currentData()
        if code != i18n.language():
            apply_language(code, save=True)
        super().accept()
