"""The exchange section (数据交换): keys, export, import with a dry-run summary, conflicts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from riverchief.errors import UserError

from ui.exchange.dialogs import EnrolDialog, PasswordDialog
from ui.shell.context import AppContext
from ui.shell.folders import suggested as suggested_path
from ui.shell.jobs import start_job, task
from ui.shell.long_lists import fill_combo
from ui.shell.sections import Section

PACKAGE_FILTER = "RiverChief (*.zip)"


FINGERPRINT_SAMPLE = "0000 0000 0000 0000 0000 0000 0000 0000"  # eight groups of four
TIME_SAMPLE = "2026-12-31 23:59"
WIDEST_FITTED = 360  # a long label is elided (its tooltip holds it all) past this width


class _Table(QTableWidget):
    """A small read-only table whose columns fit their contents, a typical value (a
    fingerprint, a time) even while the table is empty; the last column takes the rest of
    the width, long text is elided in the middle and shown whole in its tooltip."""

    def __init__(self, columns: int, samples: dict[int, str] | None = None) -> None:
        super().__init__(0, columns)
        self.samples = samples or {}
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setWordWrap(False)

    def fill(self, rows: list[list[Any]], tips: dict[int, list[str]] | None = None) -> None:
        """Rows of display values; ``tips`` gives a column's tooltips (else the cell's text)."""
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem("" if value is None else str(value))
                tip = tips[c][r] if tips and c in tips else item.text()
                if tip:
                    item.setToolTip(tip)
                self.setItem(r, c, item)
        self.fit()

    def fit(self) -> None:
        """Every column but the last as wide as its header, its contents and its sample;
        a column of long free text stops at ``WIDEST_FITTED`` (elided, whole in the tooltip)."""
        header = self.horizontalHeader()
        metrics = self.fontMetrics()
        pad = 16  # the cell's margins and the grid line
        for c in range(self.columnCount() - 1):
            sample = self.samples.get(c, "")
            typical = metrics.horizontalAdvance(sample) + pad if sample else 0
            width = max(header.sectionSizeHint(c), self.sizeHintForColumn(c), typical)
            self.setColumnWidth(c, min(width, max(WIDEST_FITTED, typical)))


def _when(stamp: str | None) -> str:
    """An ISO time as a person reads it: 2026-11-29 03:11 (the full stamp in the tooltip)."""
    return (stamp or "")[:16].replace("T", " ")


def _shown(row: dict[str, Any]) -> dict[str, Any]:
    """A record as readable JSON can show it: binary data (a packed track) by its size."""
    out: dict[str, Any] = {}
    for k, v in row.items():
        if isinstance(v, (bytes, bytearray, memoryview)):
            out[k] = QCoreApplication.translate("ExchangePage", "(binary data, {n} bytes)").format(
                n=len(bytes(v)))
        elif k == "_children" and isinstance(v, dict):
            out[k] = {t: [_shown(c) for c in rows] for t, rows in v.items()}
        else:
            out[k] = v
    return out


class ExchangePage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("exchangePage")
        self.tabs = QTabWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self._build_keys()
        self._build_export()
        self._build_import()
        self._build_conflicts()
        self.pending_import: Path | None = None
        ctx.data_changed.connect(self.on_data_changed)  # a method: disconnected when deleted
        self.retranslate()
        self.refresh()

    # --- keys -----------------------------------------------------------------------------
    def _build_keys(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.own_key = QLabel()
        self.own_key.setObjectName("ownKey")
        self.own_key.setWordWrap(True)
        self.own_key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.create_key = QPushButton()
        self.create_key.setObjectName("createKey")
        self.create_key.clicked.connect(self.on_create_key)
        self.keys_table = _Table(4, {1: FINGERPRINT_SAMPLE, 2: TIME_SAMPLE})
        self.keys_table.setObjectName("enrolledKeys")
        buttons = QHBoxLayout()
        self.enrol = QPushButton()
        self.enrol.setObjectName("enrolKey")
        self.enrol.clicked.connect(self.on_enrol)
        self.revoke = QPushButton()
        self.revoke.setObjectName("revokeKey")
        self.revoke.clicked.connect(self.on_revoke)
        buttons.addWidget(self.enrol)
        buttons.addWidget(self.revoke)
        buttons.addStretch(1)
        layout.addWidget(self.own_key)
        layout.addWidget(self.create_key)
        self.enrolled_title = QLabel()
        layout.addWidget(self.enrolled_title)
        layout.addWidget(self.keys_table)
        layout.addLayout(buttons)
        self.tabs.addTab(page, "")

    def on_create_key(self) -> None:
        store = self.ctx.store
        if store is None:
            return
        dialog = PasswordDialog(self, self.tr("Create the signing key"), confirm=True)
        if not dialog.exec():
            return
        from riverchief.exchange.keys import create_installation_key

        self._do(lambda: create_installation_key(store, self.ctx.current_actor(),
                                                 dialog.password.text()))

    def on_enrol(self) -> None:
        store = self.ctx.store
        if store is None:
            return
        from riverchief.exchange.keys import enrol_key, enrolled_keys

        chiefs = [(r["id"], f'{r["code"]} {r["name"]}') for r in store.db.query(
            "SELECT id, code, name FROM chief WHERE deleted_at IS NULL ORDER BY code")]
        dialog = EnrolDialog(self, chiefs, [k.fingerprint for k in enrolled_keys(store)
                                            if k.revoked_at is None])
        if not dialog.exec():
            return
        self._do(lambda: enrol_key(store, self.ctx.current_actor(), dialog.public_key.text(),
                                   dialog.label.text(), chief_id=dialog.chief.currentData(),
                                   replaces=dialog.replaces.currentData()))

    def on_revoke(self) -> None:
        store = self.ctx.store
        row = self.keys_table.currentRow()
        if store is None or row < 0:
            return
        fingerprint = self.keys_table.item(row, 1).text()
        answer = QMessageBox.question(self, self.tr("Revoke key"), self.tr(
            "Refuse packages signed by {fp} from now on? Packages imported before stay."
        ).format(fp=fingerprint))
        if answer != QMessageBox.StandardButton.Yes:
            return
        from riverchief.exchange.keys import revoke_key

        self._do(lambda: revoke_key(store, self.ctx.current_actor(), fingerprint,
                                    reason=self.tr("revoked in the keys page")))

    # --- export ---------------------------------------------------------------------------
    def _build_export(self) -> None:
        page = QWidget()
        form = QFormLayout(page)
        self.export_chief = QComboBox()
        self.export_chief.setObjectName("exportChief")
        self.export_chief.currentIndexChanged.connect(lambda _i: self.refresh_export())
        self.export_contents = QLabel()
        self.export_contents.setObjectName("exportContents")
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self.on_export)
        self.export_chief_label = QLabel()
        self.export_what_label = QLabel()
        form.addRow(self.export_chief_label, self.export_chief)
        form.addRow(self.export_what_label, self.export_contents)
        form.addRow(self.export_button)
        self.send_updates = QPushButton()
        self.send_updates.setObjectName("sendUpdates")
        self.send_updates.clicked.connect(self.on_send_updates)
        form.addRow(self.send_updates)
        self.export_status = QLabel()
        self.export_status.setObjectName("exportStatus")
        self.export_status.setWordWrap(True)
        form.addRow(self.export_status)
        self.tabs.addTab(page, "")

    def _export_items(self) -> list[tuple[str, dict[str, Any]]]:
        store = self.ctx.store
        chief_id = self.export_chief.currentData()
        if store is None or not chief_id:
            return []
        from riverchief.exchange.selection import chief_items

        return chief_items(store, chief_id)

    def refresh_export(self) -> None:
        items = self._export_items()
        counts: dict[str, int] = {}
        for table, _row in items:
            counts[table] = counts.get(table, 0) + 1
        if not items:
            self.export_contents.setText(self.tr("Nothing new since the last acknowledged export."))
        else:
            names = self._table_names()
            self.export_contents.setText("\n".join(
                self.tr("{table}: {n} records").format(table=names.get(t, t), n=n)
                for t, n in counts.items()))
        self.export_button.setEnabled(bool(items))

    def on_export(self) -> None:
        store = self.ctx.store
        chief_id = self.export_chief.currentData()
        if store is None or not chief_id:
            return
        code = self.export_chief.currentText().split()[0]
        from riverchief.ids import now_iso

        suggested = suggested_path(f"{code}-{now_iso(store.timezone)[:10]}.zip")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the package"), suggested,
                                              PACKAGE_FILTER)
        if not path:
            return
        dialog = PasswordDialog(self, self.tr("Sign the package"))
        if not dialog.exec():
            return
        password = dialog.password.text()
        items = self._export_items()
        actor = self.ctx.current_actor()
        db_path = store.path

        def work(progress: Any) -> Path:
            from riverchief.db import open_store
            from riverchief.exchange.export import export_package

            with open_store(db_path) as own:
                return export_package(own, actor, Path(path), password, items,
                                      chief_id=chief_id)

        start_job(self, self.tr("Writing the package"), work, self._exported)

    def _exported(self, path: Path) -> None:
        self.ctx.notify("record_revision")
        self.export_status.setText(self.tr(
            "The package was written to {path}. Take it to the river-chief office."
        ).format(path=path))

    # --- import ---------------------------------------------------------------------------
    def _build_import(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        self.choose_package = QPushButton()
        self.choose_package.setObjectName("choosePackage")
        self.choose_package.clicked.connect(self.on_choose_package)
        self.apply_import = QPushButton()
        self.apply_import.setObjectName("applyImport")
        self.apply_import.setEnabled(False)
        self.apply_import.clicked.connect(self.on_apply_import)
        self.write_receipt = QPushButton()
        self.write_receipt.setObjectName("writeReceipt")
        self.write_receipt.setEnabled(False)
        self.write_receipt.clicked.connect(self.on_write_receipt)
        row.addWidget(self.choose_package)
        row.addWidget(self.apply_import)
        row.addWidget(self.write_receipt)
        row.addStretch(1)
        self.last_imported: Path | None = None
        self.import_status = QLabel()
        self.import_status.setObjectName("importStatus")
        self.import_status.setWordWrap(True)
        self.import_summary = _Table(2, {0: self.tr("older revisions kept")})
        self.import_summary.setObjectName("importSummary")
        self.received_title = QLabel()
        self.received = _Table(4, {0: TIME_SAMPLE, 2: FINGERPRINT_SAMPLE})
        self.received.setObjectName("receivedPackages")
        layout.addLayout(row)
        layout.addWidget(self.import_status)
        layout.addWidget(self.import_summary)
        layout.addWidget(self.received_title)
        layout.addWidget(self.received)
        self.tabs.addTab(page, "")

    def on_choose_package(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a package"), suggested_path(),
                                              PACKAGE_FILTER)
        if path:
            self.check_package(Path(path))

    def _import_job(self, path: Path, dry_run: bool) -> None:
        store = self.ctx.store
        if store is None:
            return
        actor = self.ctx.current_actor()
        db_path = store.path

        from ui.exchange.tasks import import_file

        work = task(import_file, str(db_path), actor, str(path), dry_run, db=db_path)
        title = self.tr("Checking the package") if dry_run else self.tr("Importing the package")
        start_job(self, title, work, self._show_import, on_error=self._import_failed)

    def check_package(self, path: Path) -> None:
        """Verify everything and show what would change (the dry run)."""
        self.pending_import = None
        self.apply_import.setEnabled(False)
        self._import_job(path, dry_run=True)

    def on_apply_import(self) -> None:
        if self.pending_import is not None:
            self._import_job(self.pending_import, dry_run=False)

    def _import_failed(self, exc: BaseException) -> None:
        self.import_status.setText(self.tr("Refused: {error}").format(error=exc))
        self.import_status.setStyleSheet("color: #c0392b;")
        self.import_summary.fill([])
        if not isinstance(exc, UserError):
            from ui.shell.errors import show_error

            show_error(self, self.tr("Import"), exc)

    def _show_import(self, result: Any) -> None:
        self.import_status.setStyleSheet("")
        names = self._count_names()
        if result.already_imported:
            self.import_status.setText(self.tr("{path}: already imported, nothing changed.")
                                       .format(path=result.path))
            self.import_summary.fill([])
            return
        self.import_summary.fill([[names[k], v] for k, v in result.summary().items()])
        if result.dry_run:
            self.pending_import = result.path
            self.apply_import.setEnabled(True)
            self.import_status.setText(self.tr(
                "{path}: signature, hashes and chains verify (key {fp}, author {author}). "
                "Check the changes below, then apply them.").format(
                    path=result.path, fp=result.fingerprint, author=result.author))
            return
        self.pending_import = None
        self.apply_import.setEnabled(False)
        if result.kind == "receipt":
            self.import_status.setText(self.receipt_text(result))
        else:
            text = self.tr("{path}: imported.").format(path=result.path)
            if result.judged:
                text += " " + self.tr(
                    "{judged} patrols judged again with this office's rule set; {changed} "
                    "verdicts differ from the laptop's.").format(
                        judged=result.judged, changed=result.rejudged)
            self.import_status.setText(text)
            self.last_imported = result.path
            self.write_receipt.setEnabled(True)
        self.ctx.notify({"package_log", "conflict", "patrol"})

    def _count_names(self) -> dict[str, str]:
        return {"new": self.tr("new"), "updated": self.tr("updated"),
                "unchanged": self.tr("unchanged"), "history": self.tr("older revisions kept"),
                "conflict": self.tr("conflicts")}

    def package_summary(self, summary: str) -> str:
        """A received package's counts as words ("new 12, updated 1"), not its stored JSON
        (which also lists every record accepted)."""
        try:
            counts = json.loads(summary)
        except ValueError:
            return summary
        if not isinstance(counts, dict):
            return summary
        names = self._count_names()
        said = [f"{names[k]} {counts[k]}" for k in names if counts.get(k)]
        return self.tr(", ").join(said) or self.tr("nothing new")

    def _table_names(self) -> dict[str, str]:
        return {"assignment": self.tr("assignments"), "segment": self.tr("segments"),
                "water": self.tr("waters"), "area": self.tr("areas"),
                "chief": self.tr("chiefs"), "unit": self.tr("units"),
                "problem": self.tr("problems"), "problem_event": self.tr("problem steps"),
                "problem_media": self.tr("problem files"), "media": self.tr("files"),
                "patrol": self.tr("patrols"), "patrol_revision": self.tr("patrol revisions"),
                "track_file": self.tr("track files")}

    def receipt_text(self, result: Any) -> str:
        """What the office's package told the chief: the receipt and the updates applied."""
        parts = []
        if result.receipt:
            parts.append(self.tr(
                "Receipt from the office: your package was received {when}; {n} of your "
                "records were accepted.").format(
                    when=str(result.receipt.get("received_at", ""))[:16].replace("T", " "),
                    n=result.acknowledged))
        names = self._table_names()
        updates = [f"{names.get(t, t)} {n}" for t, n in sorted(result.tables.items())]
        if updates:
            parts.append(self.tr("Updates from the office applied: {updates}.").format(
                updates=self.tr(", ").join(updates)))
        elif not result.receipt:
            parts.append(self.tr("Nothing new from the office."))
        if result.conflicts:
            parts.append(self.tr("{n} records were changed here too: both revisions are "
                                 "kept.").format(n=len(result.conflicts)))
        return " ".join(parts)

    def on_send_updates(self) -> None:
        """The office's registry changes and problem updates for the chosen chief's laptop."""
        store = self.ctx.store
        chief_id = self.export_chief.currentData()
        if store is None or not chief_id:
            return
        code = self.export_chief.currentText().split()[0]
        from riverchief.ids import now_iso

        suggested = suggested_path(f"{code}-updates-{now_iso(store.timezone)[:10]}.zip")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the updates"), suggested,
                                              PACKAGE_FILTER)
        if not path:
            return
        dialog = PasswordDialog(self, self.tr("Sign the updates"))
        if not dialog.exec():
            return
        password, actor, db_path = dialog.password.text(), self.ctx.current_actor(), store.path

        def work(progress: Any) -> Path:
            from riverchief.db import open_store
            from riverchief.exchange.export import export_for_chief

            with open_store(db_path) as own:
                export_for_chief(own, actor, chief_id, Path(path), password)
            return Path(path)

        start_job(self, self.tr("Writing the updates"), work, self._updates_written)

    def _updates_written(self, path: Path) -> None:
        self.ctx.notify({"installation_key", "enrolled_key", "conflict"})
        self.export_status.setText(self.tr(
            "The updates were written to {path}. Give them to the chief.").format(path=path))

    def on_write_receipt(self) -> None:
        """The office's signed receipt for the package just imported, for the chief."""
        store = self.ctx.store
        if store is None or self.last_imported is None:
            return
        suggested = str(self.last_imported.with_name(self.last_imported.stem + "-receipt.zip"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the receipt"), suggested,
                                              PACKAGE_FILTER)
        if not path:
            return
        dialog = PasswordDialog(self, self.tr("Sign the receipt"))
        if not dialog.exec():
            return
        password, actor, db_path = dialog.password.text(), self.ctx.current_actor(), store.path
        imported = self.last_imported

        def work(progress: Any) -> Path:
            from riverchief.db import open_store
            from riverchief.exchange.export import export_receipt
            from riverchief.exchange.package import read_package

            with open_store(db_path) as own:
                export_receipt(own, actor, read_package(imported).manifest_sha256, Path(path),
                               password)
            return Path(path)

        start_job(self, self.tr("Writing the receipt"), work, self._receipt_written)

    def _receipt_written(self, path: Path) -> None:
        self.ctx.notify({"installation_key", "enrolled_key", "conflict"})
        self.import_status.setStyleSheet("")
        self.import_status.setText(self.tr(
            "The receipt was written to {path}. Give it to the chief.").format(path=path))

    # --- conflicts ------------------------------------------------------------------------
    def _build_conflicts(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.conflicts = _Table(4, {1: "00000000-0000-0000-0000-000000000000"})
        self.conflicts.setObjectName("conflicts")
        self.conflicts.currentCellChanged.connect(lambda *_: self._show_conflict())
        sides = QHBoxLayout()
        self.local_text = QPlainTextEdit()
        self.local_text.setReadOnly(True)
        self.incoming_text = QPlainTextEdit()
        self.incoming_text.setReadOnly(True)
        sides.addWidget(self.local_text)
        sides.addWidget(self.incoming_text)
        buttons = QHBoxLayout()
        self.keep_local = QPushButton()
        self.keep_local.setObjectName("keepLocal")
        self.take_incoming = QPushButton()
        self.take_incoming.setObjectName("takeIncoming")
        self.keep_local.clicked.connect(lambda: self.settle("local"))
        self.take_incoming.clicked.connect(lambda: self.settle("incoming"))
        buttons.addWidget(self.keep_local)
        buttons.addWidget(self.take_incoming)
        buttons.addStretch(1)
        layout.addWidget(self.conflicts)
        layout.addLayout(sides)
        layout.addLayout(buttons)
        self.tabs.addTab(page, "")
        self._conflict_rows: list[dict[str, Any]] = []

    def _show_conflict(self) -> None:
        row = self.conflicts.currentRow()
        store = self.ctx.store
        if store is None or not (0 <= row < len(self._conflict_rows)):
            self.local_text.setPlainText("")
            self.incoming_text.setPlainText("")
            return
        c = self._conflict_rows[row]
        from riverchief.db import records
        from riverchief.exchange.canonical import decode_row

        local = records.get(store, c["table_name"], c["record_id"]) or {}
        incoming = decode_row(json.loads(c["incoming"]))
        self.local_text.setPlainText(json.dumps(_shown(local), ensure_ascii=False, indent=1))
        self.incoming_text.setPlainText(json.dumps(_shown(incoming), ensure_ascii=False,
                                                   indent=1))

    def settle(self, choice: str) -> None:
        store = self.ctx.store
        row = self.conflicts.currentRow()
        if store is None or not (0 <= row < len(self._conflict_rows)):
            return
        from riverchief.exchange.merge import settle_conflict

        conflict_id = self._conflict_rows[row]["id"]
        self._do(lambda: settle_conflict(store, self.ctx.current_actor(), conflict_id, choice))

    # --- common ---------------------------------------------------------------------------
    def _do(self, action: Any) -> bool:
        """A quick action of the user's (not a background job): a refusal in a box."""
        try:
            action()
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Exchange"), str(exc))
            return False
        self.ctx.notify({"installation_key", "enrolled_key", "conflict"})
        return True

    def on_data_changed(self, _tables: object) -> None:
        self.refresh()

    def refresh(self) -> None:
        store = self.ctx.store
        if store is None:
            return
        from riverchief.exchange.keys import enrolled_keys, installation_key
        from riverchief.exchange.merge import open_conflicts

        own = installation_key(store)
        if own is None:
            self.own_key.setText(self.tr("This installation has no signing key yet."))
        else:
            self.own_key.setText(self.tr(
                "This installation's public key: {key}\nFingerprint (read it to the office): "
                "{fp}").format(key=own.public_key, fp=own.fingerprint))
        self.create_key.setVisible(own is None)
        enrolled = enrolled_keys(store)
        self.keys_table.fill(
            [[k.label, k.fingerprint, _when(k.revoked_at), k.public_key] for k in enrolled],
            {2: [k.revoked_at or "" for k in enrolled]})
        chief_id = self.export_chief.currentData()
        self.export_chief.blockSignals(True)
        actor = self.ctx.current_actor()
        sql = "SELECT code || ' ' || name, id FROM chief WHERE deleted_at IS NULL"
        params: list[Any] = []
        if actor is not None and actor.role == "chief":
            sql += " AND id = ?"
            params.append(actor.chief_id)
        elif actor is not None and actor.role == "evaluator" and actor.area_ids is not None:
            # an area's office sends its own chiefs their updates (the core refuses others)
            sql += " AND area_id IN (SELECT value FROM json_each(?))"
            params.append(json.dumps(sorted(actor.area_ids)))
        listed = fill_combo(self.export_chief,
                            store.conn.execute(sql + " ORDER BY code", params).fetchall())
        self.export_chief.setCurrentIndex(max(listed.find(data=chief_id), 0))
        self.export_chief.blockSignals(False)
        self.refresh_export()
        self.send_updates.setVisible(actor is None or actor.role != "chief")
        received = list(store.db.query(
            "SELECT received_at, author, fingerprint, summary FROM package_log "
            "ORDER BY received_at DESC LIMIT 200"))
        self.received.fill(
            [[_when(r["received_at"]), r["author"], r["fingerprint"],
              self.package_summary(r["summary"])] for r in received],
            {0: [r["received_at"] for r in received]})
        self._conflict_rows = open_conflicts(store)
        names = self._table_names()
        self.conflicts.fill(
            [[names.get(c["table_name"], c["table_name"]), c["record_id"], c["local_revision"],
              _when(c["created_at"])] for c in self._conflict_rows],
            {0: [c["table_name"] for c in self._conflict_rows],
             3: [c["created_at"] for c in self._conflict_rows]})
        self._show_conflict()

    def focus_on(self, what: str) -> None:
        """``conflicts``: the tab of conflicts to settle (the home page's line)."""
        if what == "conflicts":
            self.tabs.setCurrentIndex(3)

    def retranslate(self) -> None:
        for i, text in enumerate((self.tr("Keys"), self.tr("Export for the office"),
                                  self.tr("Import"), self.tr("Conflicts"))):
            self.tabs.setTabText(i, text)
        self.create_key.setText(self.tr("Create the signing key…"))
        self.enrolled_title.setText(self.tr("Keys this office accepts packages from:"))
        self.keys_table.setHorizontalHeaderLabels(
            [self.tr("Label"), self.tr("Fingerprint"), self.tr("Revoked"), self.tr("Public key")])
        self.enrol.setText(self.tr("Enrol a key…"))
        self.revoke.setText(self.tr("Revoke…"))
        self.export_chief_label.setText(self.tr("Chief:"))
        self.export_what_label.setText(self.tr("Included:"))
        self.export_button.setText(self.tr("Export and sign…"))
        self.send_updates.setText(self.tr("Registry changes and problem updates for this "
                                          "chief's laptop…"))
        self.choose_package.setText(self.tr("Open a package…"))
        self.apply_import.setText(self.tr("Apply the changes"))
        self.write_receipt.setText(self.tr("Write a receipt…"))
        self.import_summary.setHorizontalHeaderLabels([self.tr("What"), self.tr("Records")])
        self.received_title.setText(self.tr("Packages received (the receipt time bounds when "
                                            "the records existed):"))
        self.received.setHorizontalHeaderLabels(
            [self.tr("Received"), self.tr("Author"), self.tr("Key"), self.tr("Summary")])
        self.conflicts.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Record"), self.tr("Local revision"),
             self.tr("Arrived")])
        self.import_summary.samples = {0: self.tr("older revisions kept")}
        for table in (self.keys_table, self.import_summary, self.received, self.conflicts):
            table.fit()  # the headers' words changed
        self.keep_local.setText(self.tr("Keep this installation's revision"))
        self.take_incoming.setText(self.tr("Take the incoming revision"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)


def _weak_evidence(ctx: AppContext) -> QWidget:
    from ui.exchange.evidence_page import WeakEvidencePage

    return WeakEvidencePage(ctx)


def _not_for_chiefs_or_units(ctx: AppContext) -> bool:
    """The evaluator's view: hidden from chiefs and units (read-only, like the patrol list)."""
    if ctx.store is None:
        return False
    actor = ctx.current_actor()
    return actor is None or actor.role not in ("chief", "unit")


SECTIONS = [
    Section(
        key="exchange",
        title=lambda: QCoreApplication.translate("Navigation", "Exchange"),
        factory=ExchangePage,
        order=80,
    ),
    Section(
        key="weak_evidence",
        title=lambda: QCoreApplication.translate("Navigation", "Weak evidence"),
        factory=_weak_evidence,
        order=82,
        available=_not_for_chiefs_or_units,
    ),
]
