"""The "Users" section: who is signed in, sign in/out, password; for administrators the
user accounts (add, reset password, deactivate) and the whole audit log."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from riverchief.errors import UserError

from ui.security.audit_view import AuditModel
from ui.security.session import current_actor, ensure_signed_in, require_actor, sign_out
from ui.shell.context import AppContext
from ui.shell.folders import suggested
from ui.shell.sections import Section


class UserDialog(QDialog):
    """Add a user: sign-in name, name, role and what the role is linked to."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from riverchief.security import ROLES, role_name

        self.ctx = ctx
        self.setObjectName("userDialog")
        self.setWindowTitle(self.tr("Add user"))
        self.code = QLineEdit()
        self.name = QLineEdit()
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(role_name(role), role)
        self.link = QLineEdit()
        self.link.setPlaceholderText(self.tr("chief code, unit code or area code"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Sign-in name:"), self.code)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("Linked to (code):"), self.link)
        form.addRow(self.tr("Password:"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        from riverchief.registry.edit import id_for_code
        from riverchief.security import users

        store = self.ctx.store
        if store is None:
            return
        role = self.role.currentData()
        table = {"chief": "chief", "unit": "unit", "evaluator": "area"}.get(role)
        link_id = None
        if table:
            link_id = id_for_code(store, table, self.link.text().strip())
            if link_id is None:
                self.error.setText(self.tr("No {what} with code '{code}'.").format(
                    what={"chief": self.tr("chief"), "unit": self.tr("unit"),
                          "area": self.tr("area")}[table], code=self.link.text().strip()))
                return
        try:
            users.add_user(store, require_actor(self.ctx), self.code.text(), self.name.text(), role,
                           password=self.password.text() or None,
                           chief_id=link_id if role == "chief" else None,
                           unit_id=link_id if role == "unit" else None,
                           scope_area_id=link_id if role == "evaluator" else None)
        except UserError as exc:
            self.error.setText(str(exc))
            return
        self.ctx.notify("app_user")
        super().accept()


class AccountPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("accountPage")
        self.who = QLabel()
        self.who.setObjectName("signedInAs")
        self.btn_sign_in = QPushButton()
        self.btn_sign_in.clicked.connect(self.sign_in)
        self.btn_sign_out = QPushButton()
        self.btn_sign_out.clicked.connect(lambda: sign_out(self.ctx))
        self.btn_password = QPushButton()
        self.btn_password.clicked.connect(self.change_password)
        top = QHBoxLayout()
        top.addWidget(self.who, 1)
        for b in (self.btn_sign_in, self.btn_password, self.btn_sign_out):
            top.addWidget(b)
        self.tabs = QTabWidget()
        # users (administrators)
        self.users_table = QTableWidget(0, 6)
        self.users_table.setObjectName("usersTable")
        self.users_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.users_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.users_table.verticalHeader().setVisible(False)
        self.btn_add = QPushButton()
        self.btn_add.clicked.connect(self.add_user)
        self.btn_reset = QPushButton()
        self.btn_reset.clicked.connect(self.reset_password)
        self.btn_active = QPushButton()
        self.btn_active.clicked.connect(self.toggle_active)
        users_box = QWidget()
        ub = QVBoxLayout(users_box)
        row = QHBoxLayout()
        for b in (self.btn_add, self.btn_reset, self.btn_active):
            row.addWidget(b)
        row.addStretch(1)
        ub.addLayout(row)
        ub.addWidget(self.users_table)
        # audit log
        self.audit_model = AuditModel()
        self.audit_view = QTableView()
        self.audit_view.setObjectName("auditLog")
        self.audit_view.setModel(self.audit_model)
        self.audit_view.verticalHeader().setVisible(False)
        self.audit_view.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.btn_export = QPushButton()
        self.btn_export.clicked.connect(self.export_audit)
        audit_box = QWidget()
        ab = QVBoxLayout(audit_box)
        arow = QHBoxLayout()
        self.audit_note = QLabel()
        arow.addWidget(self.audit_note, 1)
        arow.addWidget(self.btn_export)
        self.audit_status = QLabel()  # the outcome of the last export
        self.audit_status.setObjectName("auditExportStatus")
        self.audit_status.setWordWrap(True)
        self.audit_status.hide()
        ab.addLayout(arow)
        ab.addWidget(self.audit_status)
        ab.addWidget(self.audit_view)
        self.tab_users = self.tabs.addTab(users_box, "")
        self.tab_audit = self.tabs.addTab(audit_box, "")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs)
        ctx.data_changed.connect(self.on_data_changed)  # a method: disconnected on deletion
        self.retranslate()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    def on_data_changed(self, _tables: set[str]) -> None:
        self.refresh()

    def retranslate(self) -> None:
        self.btn_sign_in.setText(self.tr("Sign in…"))
        self.btn_sign_out.setText(self.tr("Sign out"))
        self.btn_password.setText(self.tr("Change password…"))
        self.btn_add.setText(self.tr("Add user…"))
        self.btn_reset.setText(self.tr("Reset password…"))
        self.btn_active.setText(self.tr("Deactivate / activate"))
        self.btn_export.setText(self.tr("Export CSV…"))
        self.tabs.setTabText(self.tab_users, self.tr("User accounts"))
        self.tabs.setTabText(self.tab_audit, self.tr("Audit log"))
        self.audit_note.setText(self.tr("The latest 500 changes. The audit log cannot be "
                                        "edited."))
        self.users_table.setHorizontalHeaderLabels([
            self.tr("Sign-in name"), self.tr("Name"), self.tr("Role"), self.tr("Password"),
            self.tr("Locked"), self.tr("Active")])

    def refresh(self) -> None:
        from riverchief.security import allowed, role_name, users
        from riverchief.security.audit import entries

        store = self.ctx.store
        actor = current_actor(self.ctx)
        if actor is None:
            self.who.setText(self.tr("Nobody is signed in."))
        else:
            self.who.setText(self.tr("Signed in as {name} ({code}), {role}").format(
                name=actor.name, code=actor.code, role=role_name(actor.role)))
        single = store is not None and users.is_single_user(store)
        self.btn_sign_out.setEnabled(actor is not None and not single)
        self.btn_password.setEnabled(actor is not None and not single)
        admin = actor is not None and allowed(actor, "users.manage")
        self.tabs.setTabVisible(self.tab_users, admin)
        self.tabs.setTabVisible(self.tab_audit, actor is not None and allowed(actor, "audit.read"))
        self.users_table.setRowCount(0)
        self._users: list[Any] = []
        if admin and store is not None:
            self._users = users.list_users(store, actor)
            self.users_table.setRowCount(len(self._users))
            yes, no = self.tr("yes"), self.tr("no")
            for r, u in enumerate(self._users):
                for c, text in enumerate([u.code, u.name, role_name(u.role),
                                          yes if u.has_password else no,
                                          yes if u.locked else "", yes if u.active else no]):
                    self.users_table.setItem(r, c, QTableWidgetItem(text))
        if store is not None and actor is not None and allowed(actor, "audit.read"):
            self.audit_model.set_entries(entries(store, actor, limit=500, newest_first=True),
                                         store)
        else:
            self.audit_model.set_entries([])
        for column in range(4):  # time, user, action, table: whole (the time read 2026-11-29 …)
            self.audit_view.resizeColumnToContents(column)

    def _selected_user(self) -> Any:
        row = self.users_table.currentRow()
        return self._users[row] if 0 <= row < len(self._users) else None

    def sign_in(self) -> None:
        from ui.security.sign_in import SignInDialog

        if self.ctx.store is None:
            return
        if SignInDialog(self.ctx, self).exec():
            self.refresh()

    def change_password(self) -> None:
        from ui.security.sign_in import ChangePasswordDialog

        if ensure_signed_in(self, self.ctx) and ChangePasswordDialog(self.ctx, self).exec():
            QMessageBox.information(self, self.tr("Change password"),
                                    self.tr("Your password was changed."))

    def add_user(self) -> None:
        if UserDialog(self.ctx, self).exec():
            self.refresh()

    def reset_password(self) -> None:
        from riverchief.security import users

        user = self._selected_user()
        if user is None or self.ctx.store is None:
            return
        password, ok = QInputDialog.getText(
            self, self.tr("Reset password"),
            self.tr("New password for {code} (they must change it at next sign-in):").format(
                code=user.code), QLineEdit.EchoMode.Password)
        if not ok:
            return
        try:
            users.reset_password(self.ctx.store, require_actor(self.ctx), user.id, password)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Reset password"), str(exc))
            return
        self.ctx.notify("app_user")

    def toggle_active(self) -> None:
        from riverchief.security import users

        user = self._selected_user()
        if user is None or self.ctx.store is None:
            return
        try:
            users.change_user(self.ctx.store, require_actor(self.ctx), user.id,
                              active=not user.active)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("User accounts"), str(exc))
            return
        self.ctx.notify("app_user")

    def export_audit(self) -> None:
        """The whole audit log to a CSV file, written in a process of its own; the outcome
        shows under the log."""
        from ui.security.tasks import export_audit_file
        from ui.shell.jobs import start_job, task

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export audit log"),
                                              suggested("audit.csv"), "CSV (*.csv)")
        store = self.ctx.store
        if not path or store is None:
            return
        try:
            actor = require_actor(self.ctx)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Export audit log"), str(exc))
            return
        self.audit_status.setStyleSheet("")
        self.audit_status.setText(self.tr("Writing the audit log…"))
        self.audit_status.show()
        work = task(export_audit_file, str(store.path), actor, path, db=store.path)
        start_job(self, self.tr("Export audit log"), work,
                  lambda n: self.audit_status.setText(self.tr(
                      "{n} entries written to {path}.").format(n=n, path=path)),
                  on_error=self._audit_export_failed,
                  on_cancel=lambda: self.audit_status.setText(self.tr(
                      "Export cancelled: no file was written.")))

    def _audit_export_failed(self, exc: BaseException) -> None:
        from ui.shell.errors import show_failure

        show_failure(self.audit_status, self, self.tr("Export audit log"), exc)


SECTIONS = [
    Section(
        key="users",
        title=lambda: QCoreApplication.translate("Navigation", "Users and audit"),
        factory=AccountPage,
        order=900,
    )
]
