"""Small dialogs of the exchange pages: the key password, enrolling a key."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)


class PasswordDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, *, confirm: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Password of the signing key:"), self.password)
        self.again: QLineEdit | None = None
        if confirm:
            self.again = QLineEdit()
            self.again.setObjectName("passwordAgain")
            self.again.setEchoMode(QLineEdit.EchoMode.Password)
            form.addRow(self.tr("Repeat it:"), self.again)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _accept(self) -> None:
        if self.again is not None and self.again.text() != self.password.text():
            self.again.setFocus()
            self.again.setStyleSheet("border: 1px solid #c0392b;")
            self.again.setToolTip(self.tr("The two passwords differ."))
            return
        self.accept()


class EnrolDialog(QDialog):
    """Enrol a laptop's public key after comparing the fingerprint read over the phone."""

    def __init__(self, parent: QWidget | None, chiefs: list[tuple[str, str]],
                 fingerprints: list[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enrol a key"))
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        self.public_key = QLineEdit()
        self.public_key.setObjectName("publicKey")
        self.public_key.setPlaceholderText(self.tr("64 hexadecimal digits"))
        self.fingerprint = QLineEdit()
        self.fingerprint.setReadOnly(True)
        self.label = QLineEdit()
        self.label.setObjectName("label")
        self.chief = QComboBox()
        self.chief.addItem(self.tr("(the office, or no chief)"), None)
        for chief_id, text in chiefs:
            self.chief.addItem(text, chief_id)
        self.replaces = QComboBox()
        self.replaces.addItem(self.tr("(a new laptop)"), None)
        for fp in fingerprints:
            self.replaces.addItem(fp, fp)
        form.addRow(self.tr("Public key:"), self.public_key)
        form.addRow(self.tr("Fingerprint (compare it):"), self.fingerprint)
        form.addRow(self.tr("Label:"), self.label)
        form.addRow(self.tr("Chief:"), self.chief)
        form.addRow(self.tr("Replaces:"), self.replaces)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.public_key.textChanged.connect(self._show_fingerprint)

    def _show_fingerprint(self, text: str) -> None:
        from riverchief.errors import UserError
        from riverchief.exchange.keys import fingerprint, parse_public_key

        try:
            self.fingerprint.setText(fingerprint(parse_public_key(text)))
        except UserError:
            self.fingerprint.setText("")
