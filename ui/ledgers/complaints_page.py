"""Public complaints (信访投诉) and supervision feedback batches (督察反馈批次): the two
registers, each with the problems it created; a batch with its completion rate and what
is overdue. Writing is for those who manage problems; the core checks it again."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from riverchief.errors import UserError
from riverchief.problems import complaints as cm
from riverchief.problems import ledger
from riverchief.problems.model import days_overdue, state_name
from riverchief.security import Actor, allowed

from ui.ledgers.common import (
    FormDialog,
    LazyTableModel,
    area_combo,
    current_actor,
    date_edit,
    iso,
)
from ui.shell.context import AppContext
from ui.shell.layouts import clear_form


def _problem_item(row: dict[str, Any], today: date, alarm: bool = False) -> QListWidgetItem:
    """A problem in a list: code, state, deadline, days overdue; red when late (or when
    ``alarm``: past the batch's completion date)."""
    late = row.get("days_overdue", days_overdue(row, today))
    text = f"{row['code']}  {state_name(row['state'])}  {row.get('deadline') or ''}"
    if late:
        text += "  " + QCoreApplication.translate("ComplaintsPage", "{n} days overdue").format(
            n=late)
    item = QListWidgetItem(text)
    item.setData(Qt.ItemDataRole.UserRole, row["id"])
    if late or alarm:
        item.setForeground(QColor("#c0392b"))
    return item


class ComplaintDialog(FormDialog):
    """A new complaint, or the correction of one."""

    def __init__(self, parent: QWidget, store: Any, actor: Actor,
                 row: dict[str, Any] | None = None) -> None:
        self.store, self.actor, self.row = store, actor, row
        super().__init__(parent, "complaintDialog",
                         self.tr("Correct complaint {code}").format(code=row["code"]) if row
                         else self.tr("Register a public complaint"), self._save)
        r = row or {}
        self.via = QComboBox()
        for c in cm.CHANNELS:
            self.via.addItem(cm.channel_name(c), c)
        self.via.setCurrentIndex(max(0, self.via.findData(r.get("received_via", "hotline"))))
        self.received = date_edit(r.get("received_on"), store)
        self.anonymous = QCheckBox(self.tr("anonymous"))
        self.complainant = QLineEdit(r.get("complainant", ""))
        self.contact = QLineEdit(r.get("contact", ""))
        self.area = area_combo(store, actor, r.get("area_id"))
        self.content = QPlainTextEdit(r.get("content", ""))
        self.anonymous.toggled.connect(self._anonymous)
        self.anonymous.setChecked(bool(r.get("anonymous")))
        self._anonymous(self.anonymous.isChecked())
        self.form.addRow(self.tr("Received via:"), self.via)
        self.form.addRow(self.tr("Received on:"), self.received)
        self.form.addRow("", self.anonymous)
        self.form.addRow(self.tr("Complainant:"), self.complainant)
        self.form.addRow(self.tr("Contact:"), self.contact)
        self.form.addRow(self.tr("Area:"), self.area)
        self.form.addRow(self.tr("Content:"), self.content)
        self.finish()

    def _anonymous(self, on: bool) -> None:
        self.complainant.setEnabled(not on)
        self.contact.setEnabled(not on)

    def values(self) -> dict[str, Any]:
        return {"received_via": self.via.currentData(), "received_on": iso(self.received),
                "content": self.content.toPlainText(), "area_id": self.area.currentData(),
                "anonymous": self.anonymous.isChecked(),
                "complainant": self.complainant.text(), "contact": self.contact.text()}

    def _save(self) -> str:
        if self.row is None:
            return cm.add_complaint(self.store, self.actor, **self.values())
        cm.update_complaint(self.store, self.actor, self.row["id"], **self.values())
        return str(self.row["id"])


class ReplyDialog(FormDialog):
    """The reply given to the complainant."""

    def __init__(self, parent: QWidget, store: Any, actor: Actor, row: dict[str, Any]) -> None:
        self.store, self.actor, self.row = store, actor, row
        super().__init__(parent, "replyDialog",
                         self.tr("Reply to complaint {code}").format(code=row["code"]),
                         self._save)
        self.reply = QPlainTextEdit(row.get("reply") or "")
        self.replied = date_edit(row.get("replied_on"), store)
        self.form.addRow(self.tr("Reply:"), self.reply)
        self.form.addRow(self.tr("Replied on:"), self.replied)
        self.finish()

    def _save(self) -> str:
        cm.reply_complaint(self.store, self.actor, self.row["id"], self.reply.toPlainText(),
                           iso(self.replied))
        return str(self.row["id"])


class BatchDialog(FormDialog):
    """A new supervision feedback batch, or the correction of one."""

    def __init__(self, parent: QWidget, store: Any, actor: Actor,
                 row: dict[str, Any] | None = None) -> None:
        self.store, self.actor, self.row = store, actor, row
        super().__init__(parent, "batchDialog",
                         self.tr("Correct batch {code}").format(code=row["code"]) if row
                         else self.tr("Register a supervision feedback batch"), self._save)
        r = row or {}
        self.level = QComboBox()
        for lv in cm.LEVELS:
            self.level.addItem(cm.level_name(lv), lv)
        self.level.setCurrentIndex(max(0, self.level.findData(r.get("level", "district"))))
        self.name = QLineEdit(r.get("name", ""))
        self.issued = date_edit(r.get("issued_on"), store)
        self.due = date_edit(r.get("due_on"), store)
        if not row:
            self.due.setDate(self.issued.date().addMonths(3))
        self.area = area_combo(store, actor, r.get("area_id"))
        self.form.addRow(self.tr("Level:"), self.level)
        self.form.addRow(self.tr("Name:"), self.name)
        self.form.addRow(self.tr("Issued on:"), self.issued)
        self.form.addRow(self.tr("Complete by:"), self.due)
        self.form.addRow(self.tr("Area:"), self.area)
        self.finish()

    def values(self) -> dict[str, Any]:
        return {"level": self.level.currentData(), "name": self.name.text(),
                "issued_on": iso(self.issued), "due_on": iso(self.due),
                "area_id": self.area.currentData()}

    def _save(self) -> str:
        if self.row is None:
            return cm.add_batch(self.store, self.actor, **self.values())
        cm.update_batch(self.store, self.actor, self.row["id"], **self.values())
        return str(self.row["id"])


def _table(model: LazyTableModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def _clear(form: QFormLayout) -> None:
    clear_form(form)


def _add(form: QFormLayout, label: str, value: object) -> None:
    text = QLabel("" if value is None else str(value))
    text.setWordWrap(True)
    text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    form.addRow(label, text)


class ComplaintsPage(QWidget):
    """信访投诉与督察反馈."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("complaintsPage")
        self.dialog: FormDialog | None = None
        self.problem_dialog: QWidget | None = None
        self.complaint: dict[str, Any] | None = None
        self.batch: dict[str, Any] | None = None
        layout = QVBoxLayout(self)
        self.hint = QLabel()
        layout.addWidget(self.hint)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)

        # complaints
        tab = QWidget()
        t = QVBoxLayout(tab)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.unanswered = QCheckBox()
        self.new_complaint = QPushButton()
        self.new_complaint.setObjectName("newComplaint")
        self.edit_complaint = QPushButton()
        self.edit_complaint.setObjectName("editComplaint")
        self.reply_button = QPushButton()
        self.reply_button.setObjectName("replyComplaint")
        for w in (self.search, self.unanswered, self.new_complaint, self.edit_complaint,
                  self.reply_button):
            bar.addWidget(w)
        t.addLayout(bar)
        self.complaint_model = LazyTableModel([
            (lambda: self.tr("Code"), lambda r: r["code"]),
            (lambda: self.tr("Received on"), lambda r: r["received_on"]),
            (lambda: self.tr("Via"), lambda r: cm.channel_name(r["received_via"])),
            (lambda: self.tr("Complainant"),
             lambda r: self.tr("anonymous") if r["anonymous"] else r["complainant"]),
            (lambda: self.tr("Area"), lambda r: r.get("area_name")),
            (lambda: self.tr("Content"), lambda r: r["content"][:40]),
            (lambda: self.tr("Problems"), lambda r: r["problems"]),
            (lambda: self.tr("Replied on"), lambda r: r["replied_on"] or self.tr("not yet")),
        ])
        self.complaint_table = _table(self.complaint_model, "complaintTable")
        self.complaint_table.selectionModel().currentRowChanged.connect(
            self._complaint_selected)
        detail = QWidget()
        d = QVBoxLayout(detail)
        self.complaint_title = QLabel()
        self.complaint_title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.complaint_form = QFormLayout()
        self.complaint_problems_title = QLabel()
        self.complaint_problems = QListWidget()
        self.complaint_problems.setObjectName("complaintProblems")
        self.complaint_problems.itemActivated.connect(self._open_problem)
        self.complaint_problem_button = QPushButton()
        self.complaint_problem_button.setObjectName("problemFromComplaint")
        self.complaint_problem_button.clicked.connect(
            lambda: self.open_problem_from("complaint"))
        d.addWidget(self.complaint_title)
        d.addLayout(self.complaint_form)
        d.addWidget(self.complaint_problem_button, 0, Qt.AlignmentFlag.AlignLeft)
        d.addWidget(self.complaint_problems_title)
        d.addWidget(self.complaint_problems, 1)
        t.addWidget(self._split(self.complaint_table, detail), 1)
        self.tabs.addTab(tab, "")

        # supervision batches
        tab = QWidget()
        t = QVBoxLayout(tab)
        bar = QHBoxLayout()
        self.new_batch = QPushButton()
        self.new_batch.setObjectName("newBatch")
        self.edit_batch = QPushButton()
        self.edit_batch.setObjectName("editBatch")
        bar.addStretch(1)
        bar.addWidget(self.new_batch)
        bar.addWidget(self.edit_batch)
        t.addLayout(bar)
        self.batch_model = LazyTableModel([
            (lambda: self.tr("Code"), lambda r: r["code"]),
            (lambda: self.tr("Level"), lambda r: cm.level_name(r["level"])),
            (lambda: self.tr("Name"), lambda r: r["name"]),
            (lambda: self.tr("Issued on"), lambda r: r["issued_on"]),
            (lambda: self.tr("Complete by"), lambda r: r["due_on"]),
            (lambda: self.tr("Problems"), lambda r: r["problems"]),
            (lambda: self.tr("Closed"), lambda r: r["closed"]),
            (lambda: self.tr("Completion"),
             lambda r: f"{r['closed'] / r['problems']:.0%}" if r["problems"] else "–"),
            (lambda: self.tr("Overdue"), lambda r: r["overdue"] or ""),
        ])
        self.batch_table = _table(self.batch_model, "batchTable")
        self.batch_table.selectionModel().currentRowChanged.connect(self._batch_selected)
        detail = QWidget()
        d = QVBoxLayout(detail)
        self.batch_title = QLabel()
        self.batch_title.setWordWrap(True)
        self.batch_title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.batch_form = QFormLayout()
        self.completion = QProgressBar()
        self.completion.setObjectName("completion")
        self.overdue_title = QLabel()
        self.batch_overdue = QListWidget()
        self.batch_overdue.setObjectName("batchOverdue")
        self.batch_overdue.setMaximumHeight(140)
        self.batch_problems_title = QLabel()
        self.batch_problems = QListWidget()
        self.batch_problems.setObjectName("batchProblems")
        for listing in (self.batch_overdue, self.batch_problems):
            listing.itemActivated.connect(self._open_problem)
        self.batch_problem_button = QPushButton()
        self.batch_problem_button.setObjectName("problemFromBatch")
        self.batch_problem_button.clicked.connect(
            lambda: self.open_problem_from("supervision"))
        d.addWidget(self.batch_title)
        d.addLayout(self.batch_form)
        d.addWidget(self.batch_problem_button, 0, Qt.AlignmentFlag.AlignLeft)
        d.addWidget(self.completion)
        d.addWidget(self.overdue_title)
        d.addWidget(self.batch_overdue)
        d.addWidget(self.batch_problems_title)
        d.addWidget(self.batch_problems, 1)
        t.addWidget(self._split(self.batch_table, detail), 1)
        self.tabs.addTab(tab, "")

        self.new_complaint.clicked.connect(lambda: self.open_complaint(new=True))
        self.edit_complaint.clicked.connect(lambda: self.open_complaint(new=False))
        self.reply_button.clicked.connect(self.open_reply)
        self.new_batch.clicked.connect(lambda: self.open_batch(new=True))
        self.edit_batch.clicked.connect(lambda: self.open_batch(new=False))
        self.search.returnPressed.connect(self.reload)
        self.unanswered.toggled.connect(self._filter_toggled)
        ctx.actor_changed.connect(self.reload)
        ctx.data_changed.connect(self._data_changed)
        self._labels()
        self.reload()

    @staticmethod
    def _split(table: QTableView, detail: QWidget) -> QSplitter:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(detail)
        split = QSplitter()
        split.addWidget(table)
        split.addWidget(scroll)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        return split

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._labels()
            self.reload()
        super().changeEvent(event)

    def _labels(self) -> None:
        self.tabs.setTabText(0, self.tr("Public complaints"))
        self.tabs.setTabText(1, self.tr("Supervision feedback batches"))
        self.search.setPlaceholderText(self.tr("Code, content or complainant"))
        self.unanswered.setText(self.tr("Not yet answered"))
        self.new_complaint.setText(self.tr("Register…"))
        self.edit_complaint.setText(self.tr("Correct…"))
        self.reply_button.setText(self.tr("Reply…"))
        self.new_batch.setText(self.tr("Register a batch…"))
        self.edit_batch.setText(self.tr("Correct…"))
        self.complaint_problem_button.setText(self.tr("Register a problem from it…"))
        self.batch_problem_button.setText(self.tr("Register a problem of the batch…"))

    @property
    def actor(self) -> Actor | None:
        return current_actor(self.ctx)

    # -- loading ----------------------------------------------------------------------

    def _data_changed(self, tables: set[str]) -> None:
        if tables & {"complaint", "supervision_batch", "problem", "problem_event", "area"}:
            self.reload()

    def _filter_toggled(self, _on: bool) -> None:
        self.reload()

    def reload(self) -> None:
        store, actor = self.ctx.store, self.actor
        keep_c = self.complaint["id"] if self.complaint else None
        keep_b = self.batch["id"] if self.batch else None
        if store is None or actor is None:
            self.hint.setText(self.tr("Sign in to see complaints and supervision batches.")
                              if store else "")
            self.hint.setVisible(bool(store))
            self.complaint_model.reset(lambda: 0, lambda limit, offset: [])
            self.batch_model.reset(lambda: 0, lambda limit, offset: [])
            self.show_complaint(None)
            self.show_batch(None)
            return
        self.hint.setVisible(False)
        manage = allowed(actor, "problems.manage")
        for button in (self.new_complaint, self.new_batch):
            button.setVisible(manage)
        search = self.search.text().strip() or None
        unanswered = self.unanswered.isChecked()
        self.complaint_model.reset(
            lambda: cm.count_complaints(store, actor, search=search, unanswered=unanswered),
            lambda limit, offset: cm.list_complaints(store, actor, search=search,
                                                     unanswered=unanswered, limit=limit,
                                                     offset=offset))
        batches = cm.list_batches(store, actor)
        for b in batches:
            b["alarm"] = b["overdue"] > 0
        self.batch_model.reset(lambda: len(batches),
                               lambda limit, offset: batches[offset:offset + limit])
        self.select_complaint(keep_c) if keep_c else self.show_complaint(None)
        self.select_batch(keep_b) if keep_b else self.show_batch(None)

    @staticmethod
    def _select(table: QTableView, model: LazyTableModel, record_id: str) -> bool:
        row = model.row_of(record_id)
        while row is None and model.canFetchMore():
            model.fetchMore()
            row = model.row_of(record_id)
        if row is None:
            return False
        table.setCurrentIndex(model.index(row, 0))
        return True

    def focus_on(self, what: str) -> None:
        """``unanswered``: the complaints without a reply; ``batches``: the register of
        supervision batches (the home page's lines)."""
        if what == "batches":
            self.tabs.setCurrentIndex(1)
            # the line counts the batches with overdue problems: the first of them opens
            first = next((r for r in self.batch_model.rows if r.get("overdue")), None)
            if first is not None:
                self.select_batch(first["id"])
        elif what == "unanswered":
            self.tabs.setCurrentIndex(0)
            self.unanswered.setChecked(True)

    def select_complaint(self, complaint_id: str) -> bool:
        found = self._select(self.complaint_table, self.complaint_model, complaint_id)
        self._complaint_selected()
        return found

    def select_batch(self, batch_id: str) -> bool:
        found = self._select(self.batch_table, self.batch_model, batch_id)
        self._batch_selected()
        return found

    def _current(self, table: QTableView, model: LazyTableModel) -> str | None:
        index = table.currentIndex()
        return model.data(index, Qt.ItemDataRole.UserRole) if index.isValid() else None

    def _complaint_selected(self, *_: object) -> None:
        cid, store, actor = (self._current(self.complaint_table, self.complaint_model),
                             self.ctx.store, self.actor)
        row = None
        if cid and store is not None and actor is not None:
            try:
                row = cm.get_complaint(store, actor, cid)
            except UserError:
                row = None
        self.show_complaint(row)

    def _batch_selected(self, *_: object) -> None:
        bid, store, actor = (self._current(self.batch_table, self.batch_model),
                             self.ctx.store, self.actor)
        row = None
        if bid and store is not None and actor is not None:
            try:
                row = cm.get_batch(store, actor, bid)
            except UserError:
                row = None
        self.show_batch(row)

    # -- detail -----------------------------------------------------------------------

    def _may_manage(self, row: dict[str, Any] | None) -> bool:
        actor = self.actor
        return row is not None and actor is not None and allowed(
            actor, "problems.manage", area_id=row["area_id"])

    def _may_report(self, row: dict[str, Any] | None) -> bool:
        actor = self.actor
        return row is not None and actor is not None and allowed(
            actor, "problems.report", area_id=row["area_id"])

    def show_complaint(self, row: dict[str, Any] | None) -> None:
        self.complaint = row
        _clear(self.complaint_form)
        self.complaint_problems.clear()
        manage = self._may_manage(row)
        self.edit_complaint.setVisible(manage)
        self.reply_button.setVisible(manage)
        self.complaint_problem_button.setVisible(self._may_report(row))
        store, actor = self.ctx.store, self.actor
        if row is None or store is None or actor is None:
            self.complaint_title.setText(self.tr("Choose a complaint."))
            self.complaint_problems_title.setText("")
            return
        self.complaint_title.setText(row["code"])
        area = store.conn.execute("SELECT name FROM area WHERE id = ?",
                                  [row["area_id"]]).fetchone()
        _add(self.complaint_form, self.tr("Received via:"), cm.channel_name(row["received_via"]))
        _add(self.complaint_form, self.tr("Received on:"), row["received_on"])
        _add(self.complaint_form, self.tr("Complainant:"),
             self.tr("anonymous") if row["anonymous"] else row["complainant"])
        if not row["anonymous"]:
            _add(self.complaint_form, self.tr("Contact:"), row["contact"])
        _add(self.complaint_form, self.tr("Area:"), area[0] if area else "")
        _add(self.complaint_form, self.tr("Content:"), row["content"])
        _add(self.complaint_form, self.tr("Reply:"), row["reply"] or self.tr("not yet"))
        _add(self.complaint_form, self.tr("Replied on:"), row["replied_on"] or "")
        self.reply_button.setText(self.tr("Change the reply…") if row["replied_on"]
                                  else self.tr("Reply…"))
        problems = ledger.list_problems(store, actor, complaint_id=row["id"])
        self.complaint_problems_title.setText(
            self.tr("Problems registered from it: {n}").format(n=len(problems)))
        today = ledger.now(store).date()
        for p in problems:
            self.complaint_problems.addItem(_problem_item(p, today))

    def show_batch(self, row: dict[str, Any] | None) -> None:
        self.batch = row
        _clear(self.batch_form)
        self.batch_overdue.clear()
        self.batch_problems.clear()
        self.edit_batch.setVisible(self._may_manage(row))
        self.batch_problem_button.setVisible(self._may_report(row))
        store, actor = self.ctx.store, self.actor
        if row is None or store is None or actor is None:
            self.batch_title.setText(self.tr("Choose a batch."))
            self.completion.hide()
            self.overdue_title.setText("")
            self.batch_problems_title.setText("")
            return
        today = ledger.now(store).date()
        progress = cm.batch_progress(store, actor, row["id"], today)
        self.batch_title.setText(f"{row['code']}  {row['name']}")
        area = store.conn.execute("SELECT name FROM area WHERE id = ?",
                                  [row["area_id"]]).fetchone()
        _add(self.batch_form, self.tr("Level:"), cm.level_name(row["level"]))
        _add(self.batch_form, self.tr("Issued on:"), row["issued_on"])
        late = (today - date.fromisoformat(row["due_on"])).days
        _add(self.batch_form, self.tr("Complete by:"), row["due_on"] + (
            "  " + self.tr("(passed {n} days ago)").format(n=late)
            if late > 0 and progress.closed < progress.total else ""))
        _add(self.batch_form, self.tr("Area:"), area[0] if area else "")
        self.completion.show()
        self.completion.setRange(0, max(1, progress.total))
        self.completion.setValue(progress.closed)
        self.completion.setFormat(self.tr("{closed} of {total} closed ({rate:.0%})").format(
            closed=progress.closed, total=progress.total, rate=progress.completion_rate))
        self.overdue_title.setText(self.tr("Overdue: {n}").format(n=len(progress.overdue)))
        self.overdue_title.setStyleSheet("color: #c0392b;" if progress.overdue else "")
        for p in progress.overdue:
            self.batch_overdue.addItem(_problem_item(p, today, alarm=True))
        self.batch_overdue.setVisible(bool(progress.overdue))
        problems = ledger.list_problems(store, actor, today=today, batch_id=row["id"])
        self.batch_problems_title.setText(self.tr("Problems of the batch: {n}").format(
            n=len(problems)))
        for p in problems:
            self.batch_problems.addItem(_problem_item(p, today))

    # -- actions ----------------------------------------------------------------------

    def _open(self, dialog: FormDialog, after: Any) -> FormDialog:
        self.dialog = dialog
        dialog.accepted.connect(lambda d=dialog: after(d.result_value))
        dialog.open()
        return dialog

    def open_complaint(self, new: bool) -> FormDialog | None:
        store, actor = self.ctx.store, self.actor
        if store is None or actor is None or (not new and self.complaint is None):
            return None
        return self._open(ComplaintDialog(self, store, actor, None if new else self.complaint),
                          self._complaint_saved)

    def open_reply(self) -> FormDialog | None:
        store, actor = self.ctx.store, self.actor
        if store is None or actor is None or self.complaint is None:
            return None
        return self._open(ReplyDialog(self, store, actor, self.complaint),
                          self._complaint_saved)

    def open_batch(self, new: bool) -> FormDialog | None:
        store, actor = self.ctx.store, self.actor
        if store is None or actor is None or (not new and self.batch is None):
            return None
        return self._open(BatchDialog(self, store, actor, None if new else self.batch),
                          self._batch_saved)

    def open_problem_from(self, source: str) -> QWidget | None:
        """Register a problem that comes from the chosen complaint or batch."""
        from ui.ledgers.problems_page import RegisterDialog

        store, actor = self.ctx.store, self.actor
        record = self.complaint if source == "complaint" else self.batch
        if store is None or actor is None or record is None:
            return None
        dialog = RegisterDialog(self, store, actor)
        dialog.preset(source, record)
        self.problem_dialog = dialog
        dialog.accepted.connect(lambda d=dialog: self._problem_registered(d.result_value))
        dialog.open()
        return dialog

    def _problem_registered(self, _problem_id: object) -> None:
        self.ctx.notify({"problem", "problem_event", "media"})

    def _complaint_saved(self, complaint_id: object) -> None:
        self.tabs.setCurrentIndex(0)
        self.ctx.notify({"complaint"})
        self.select_complaint(str(complaint_id))

    def _batch_saved(self, batch_id: object) -> None:
        self.tabs.setCurrentIndex(1)
        self.ctx.notify({"supervision_batch"})
        self.select_batch(str(batch_id))

    def _open_problem(self, item: QListWidgetItem) -> None:
        """Show the problem in the problem ledger."""
        pid = item.data(Qt.ItemDataRole.UserRole)
        window = self.window()
        show = getattr(window, "show_section", None)
        if pid and show is not None:
            page = show("problems")
            select = getattr(page, "select", None)
            if select is not None:
                select(pid)
