"""The sign-in dialog and the change-password dialog."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from riverchief.errors import UserError

from ui.security.session import require_actor
from ui.shell.context import AppContext


class SignInDialog(QDialog):
    """Sign-in name and password; a wrong password keeps the dialog open with the reason."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Sign in"))
        self.user = QLineEdit()
        self.user.setObjectName("signInUser")
        self.password = QLineEdit()
        self.password.setObjectName("signInPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("signInError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Sign-in name:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Sign in to {path}").format(path=ctx.db_path)))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        from riverchief.security import users

        if self.ctx.store is None:
            return
        try:
            actor = users.sign_in(self.ctx.store, self.user.text(), self.password.text())
        except UserError as exc:
            self.error.setText(exc.message)
            self.password.clear()
            self.password.setFocus()
            return
        from ui.security.session import set_actor

        set_actor(self.ctx, actor)
        user = users.get_user(self.ctx.store, actor.code)
        super().accept()
        if user is not None and user.must_change_password:
            # an administrator set this password: the user chooses their own now
            ChangePasswordDialog(self.ctx, self.parentWidget(),
                                 reason=self.tr("An administrator set your password; please "
                                                "choose your own.")).exec()
        self.ctx.actor_changed.emit()


class ChangePasswordDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, reason: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(self.tr("Change password"))
        self.old = QLineEdit()
        self.new = QLineEdit()
        self.again = QLineEdit()
        for edit in (self.old, self.new, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Current password:"), self.old)
        form.addRow(self.tr("New password:"), self.new)
        form.addRow(self.tr("Repeat the new password:"), self.again)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if reason:
            layout.addWidget(QLabel(reason))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        from riverchief.security import users

        if self.new.text() != self.again.text():
            self.error.setText(self.tr("The two new passwords differ."))
            return
        if self.ctx.store is None:
            return
        try:
            users.change_password(self.ctx.store, require_actor(self.ctx), self.old.text(),
                                  self.new.text())
        except UserError as exc:
            self.error.setText(str(exc))
            return
        super().accept()
