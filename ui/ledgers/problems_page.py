"""The problem ledger page: dashboard cards, filters, a lazy table and the detail of the
chosen problem with its photos, timeline and the actions the signed-in user may take."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from riverchief.errors import UserError
from riverchief.problems import files, ledger, workflow
from riverchief.problems.categories import CATEGORIES, category_name
from riverchief.problems.model import (
    SOURCES,
    STATES,
    days_overdue,
    event_name,
    source_name,
    state_name,
    urgency_name,
)
from riverchief.security import Actor, allowed

from ui.ledgers.common import (
    Card,
    FormDialog,
    LazyTableModel,
    current_actor,
    district_today,
    export_in_background,
    fit_names,
    place_filters,
)
from ui.shell.context import AppContext
from ui.shell.folders import suggested
from ui.shell.layouts import clear_form, empty

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic"}
NOTE_REQUIRED = {k for k, a in workflow.ACTIONS.items() if a.needs_note}
PER_ROW = 2  # action buttons in a row of the detail pane: four were cut off beside the ledger


class ActionDialog(FormDialog):
    """What one workflow action needs: a unit and deadline to assign, measures and files to
    report a fix, a reason to return or reject, a new deadline to extend or reopen. OK takes
    the action; what the core refuses is shown in the dialog, which keeps what was typed."""

    def __init__(self, parent: QWidget, key: str, problem: dict[str, Any],
                 units: list[dict[str, Any]], store: Any = None, actor: Actor | None = None
                 ) -> None:
        self.key, self.problem, self.store, self.actor = key, problem, store, actor
        super().__init__(parent, f"action_{key}",
                         workflow.action_name(key) + " — " + problem["code"], self._save)
        form = self.form
        self.unit = QComboBox()
        self.deadline = QDateEdit()
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("yyyy-MM-dd")
        self.urgency = QComboBox()
        self.requirement = QPlainTextEdit()
        self.contact = QLineEdit()
        self.public_notice = QCheckBox(self.tr("Publish the fix for public notice before "
                                               "closing"))
        self.measures = QPlainTextEdit()
        self.files = QListWidget()
        self.file_kind = QComboBox()
        self.note = QPlainTextEdit()
        self.note.setMaximumHeight(80)
        if key == "assign":
            for u in units:
                self.unit.addItem(u["name"], u["id"])
            self.deadline.setDate(district_today(store).addDays(30))
            for level in ("normal", "urgent", "critical"):
                self.urgency.addItem(urgency_name(level), level)
            form.addRow(self.tr("Responsible unit:"), self.unit)
            form.addRow(self.tr("Deadline:"), self.deadline)
            form.addRow(self.tr("Urgency:"), self.urgency)
            form.addRow(self.tr("Requirement:"), self.requirement)
            form.addRow(self.tr("Contact:"), self.contact)
            form.addRow("", self.public_notice)
        if key in ("extend", "recheck_reopen"):
            current = QDate.fromString(problem.get("deadline") or "", "yyyy-MM-dd")
            today = district_today(store)
            base = max(current, today) if current.isValid() else today
            self.deadline.setDate(base.addDays(15))
            form.addRow(self.tr("New deadline:"), self.deadline)
        if key == "report_fix":
            add = QPushButton(self.tr("Add photo or document…"))
            add.clicked.connect(self._browse)
            self.file_kind.addItem(self.tr("photo after the fix"), "after")
            self.file_kind.addItem(self.tr("document"), "document")
            form.addRow(self.tr("Measures taken:"), self.measures)
            form.addRow(self.tr("Evidence:"), self.files)
            form.addRow(self.file_kind, add)
        label = self.tr("Reason:") if key in NOTE_REQUIRED else self.tr("Note:")
        form.addRow(label, self.note)
        self.finish()

    def _save(self) -> str:
        """Take the action (no store: the caller takes it from :meth:`values`)."""
        if self.store is not None and self.actor is not None:
            ledger.act(self.store, self.actor, self.problem["id"], self.key, **self.values())
        return str(self.problem["id"])

    def _browse(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Evidence of the fix"), "",
            self.tr("Photos and documents (*.jpg *.jpeg *.png *.heic *.pdf *.doc *.docx)"))
        self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> None:
        for p in paths:
            self.files.addItem(str(p))
        if paths and all(p.suffix.lower() not in IMAGE_SUFFIXES for p in paths):
            self.file_kind.setCurrentIndex(1)

    def values(self) -> dict[str, Any]:
        """The keyword arguments of :func:`riverchief.problems.ledger.act`."""
        out: dict[str, Any] = {"note": self.note.toPlainText().strip()}
        if self.key == "assign":
            out.update(unit_id=self.unit.currentData(),
                       deadline=self.deadline.date().toString("yyyy-MM-dd"),
                       urgency=self.urgency.currentData(),
                       requirement=self.requirement.toPlainText(),
                       unit_contact=self.contact.text(),
                       public_notice=self.public_notice.isChecked())
        if self.key in ("extend", "recheck_reopen"):
            out["deadline"] = self.deadline.date().toString("yyyy-MM-dd")
        if self.key == "report_fix":
            out.update(measures=self.measures.toPlainText(),
                       files=[Path(self.files.item(i).text()) for i in range(self.files.count())],
                       file_kind=self.file_kind.currentData())
        return out


class RegisterDialog(FormDialog):
    """登记: a new problem — where it comes from, what and where it is (segment, chief,
    coordinates), photos. OK registers it; a refusal is shown in the dialog."""

    def __init__(self, parent: QWidget, store: Any, actor: Actor) -> None:
        self.store, self.actor = store, actor
        super().__init__(parent, "registerDialog", self.tr("Register a problem"), self._save)
        form = self.form
        self.source = QComboBox()
        for s in SOURCES:
            self.source.addItem(source_name(s), s)
        self.category = QComboBox()
        for c in CATEGORIES:
            self.category.addItem(category_name(c), c)
        self.segment = QLineEdit()
        self.segment.setPlaceholderText(self.tr("Segment code"))
        self.segment.editingFinished.connect(self._segment_changed)
        self.chief = QComboBox()
        self.chief.setObjectName("chief")
        self.lon = QLineEdit()
        self.lat = QLineEdit()
        for edit in (self.lon, self.lat):
            edit.setPlaceholderText(self.tr("optional"))
        self.description = QPlainTextEdit()
        self.link = QComboBox()
        self.patrol = QLineEdit()
        self.photos = QListWidget()
        add = QPushButton(self.tr("Add photo…"))
        add.clicked.connect(self._browse)
        # the complaints and batches the user may see (a township office was offered the
        # whole district's, with the first words of every complaint)
        from riverchief.problems import complaints

        self._complaints = [(r["code"] + " " + r["content"][:20], r["id"])
                            for r in complaints.list_complaints(store, actor, limit=500)]
        self._batches = [(r["code"] + " " + r["name"], r["id"])
                         for r in complaints.list_batches(store, actor)]
        form.addRow(self.tr("Source:"), self.source)
        form.addRow(self.tr("Complaint or batch:"), self.link)
        form.addRow(self.tr("Patrol:"), self.patrol)
        form.addRow(self.tr("Category:"), self.category)
        form.addRow(self.tr("Segment:"), self.segment)
        form.addRow(self.tr("Chief:"), self.chief)
        form.addRow(self.tr("Longitude:"), self.lon)
        form.addRow(self.tr("Latitude:"), self.lat)
        form.addRow(self.tr("Description:"), self.description)
        form.addRow(self.tr("Photos:"), self.photos)
        form.addRow("", add)
        self.finish()
        self.source.currentIndexChanged.connect(self._source_changed)
        self._source_changed()
        self._segment_changed()

    def _segment_changed(self) -> None:
        """Offer the chiefs responsible for the segment today, the most local first; a
        chief registers problems as their own."""
        self.chief.clear()
        if self.actor.role == "chief":
            self.chief.addItem(self.actor.name, self.actor.chief_id)
            self.chief.setEnabled(False)
            return
        self.chief.addItem(self.tr("(none)"), None)
        row = self.store.conn.execute("SELECT id FROM segment WHERE code = ? AND deleted_at IS "
                                      "NULL", [self.segment.text().strip()]).fetchone()
        if row is None:
            return
        from riverchief.registry.queries import responsible_chiefs

        today = ledger.now(self.store).date()
        chiefs = list(reversed(responsible_chiefs(self.store, row[0], today)))
        for c in chiefs:
            self.chief.addItem(f"{c.name} ({c.code})", c.id)
        if chiefs:
            self.chief.setCurrentIndex(1)

    def preset(self, source: str, record: dict[str, Any]) -> None:
        """Start from a complaint (``source="complaint"``) or a supervision batch
        (``"supervision"``): the source and the record are chosen."""
        items = self._complaints if source == "complaint" else self._batches
        if all(value != record["id"] for _, value in items):
            label = record.get("content", record.get("name", ""))[:20]
            items.insert(0, (f"{record['code']} {label}", record["id"]))
        self.source.setCurrentIndex(self.source.findData(source))
        self._source_changed()
        self.link.setCurrentIndex(max(0, self.link.findData(record["id"])))

    def _source_changed(self) -> None:
        source = self.source.currentData()
        self.link.clear()
        items = self._complaints if source == "complaint" else \
            self._batches if source == "supervision" else []
        for text, value in items:
            self.link.addItem(text, value)
        self.link.setEnabled(bool(items))
        self.patrol.setEnabled(source == "patrol")

    def _browse(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Photos when found"), "",
                                                self.tr("Photos (*.jpg *.jpeg *.png *.heic)"))
        for n in names:
            self.photos.addItem(n)

    def values(self, store: Any) -> dict[str, Any]:
        """The keyword arguments of :func:`riverchief.problems.ledger.create_problem`."""
        source = self.source.currentData()
        code = self.segment.text().strip()
        segment = store.conn.execute("SELECT id FROM segment WHERE code = ? AND deleted_at IS "
                                     "NULL", [code]).fetchone() if code else None
        if code and segment is None:
            raise UserError(self.tr("No segment has the code {code}.").format(code=code),
                            where=self.tr("segment"))
        coords = []
        for edit, label in ((self.lon, self.tr("longitude")), (self.lat, self.tr("latitude"))):
            text = edit.text().strip()
            try:
                coords.append(float(text) if text else None)
            except ValueError:
                raise UserError(self.tr("'{value}' is not a number.").format(value=text),
                                where=label) from None
        return {"source": source, "category": self.category.currentData(),
                "description": self.description.toPlainText(),
                "segment_id": segment[0] if segment else None,
                "chief_id": self.chief.currentData(), "lon": coords[0], "lat": coords[1],
                "patrol_id": self.patrol.text().strip() or None,
                "complaint_id": self.link.currentData() if source == "complaint" else None,
                "batch_id": self.link.currentData() if source == "supervision" else None,
                "photos": [Path(self.photos.item(i).text())
                           for i in range(self.photos.count())]}

    def _save(self) -> str:
        return ledger.create_problem(self.store, self.actor, **self.values(self.store))


class ProblemDetail(QWidget):
    """One problem: its fields, photos before and after, timeline and action buttons."""

    def __init__(self, page: ProblemsPage) -> None:
        super().__init__()
        self.page = page
        self.problem: dict[str, Any] | None = None
        self._placed: list[QPushButton] = []  # the buttons of the problem shown, in order
        self.room = self.width  # the width the pane offers (the page's scroll area's)
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("problemTitle")
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.form = QFormLayout()
        self.before = QHBoxLayout()
        self.after = QHBoxLayout()
        self.timeline = QListWidget()
        self.timeline.setObjectName("timeline")
        self.buttons = QGridLayout()
        self.action_buttons: dict[str, QPushButton] = {}
        self.photo_labels: dict[str, list[QLabel]] = {"before": [], "after": []}
        self.before_title = QLabel()
        self.after_title = QLabel()
        self.timeline_title = QLabel()
        self.linked_title = QLabel()
        self.linked = QListWidget()
        self.linked.setObjectName("linked")
        self.linked.setMaximumHeight(90)
        self.linked.itemActivated.connect(self._linked_activated)
        self.linked_rows: list[dict[str, Any]] = []
        self.link_button: QPushButton | None = None
        layout.addWidget(self.title)
        layout.addLayout(self.buttons)
        layout.addLayout(self.form)
        layout.addWidget(self.before_title)
        layout.addLayout(self.before)
        layout.addWidget(self.after_title)
        layout.addLayout(self.after)
        layout.addWidget(self.linked_title)
        layout.addWidget(self.linked)
        layout.addWidget(self.timeline_title)
        layout.addWidget(self.timeline, 1)

    def _clear(self, box: QHBoxLayout | QGridLayout) -> None:
        empty(box)

    def show_problem(self, problem: dict[str, Any] | None, actor: Actor | None) -> None:
        self.problem = problem
        for box in (self.before, self.after, self.buttons):
            self._clear(box)
        clear_form(self.form)
        self.timeline.clear()
        self.linked.clear()
        self.linked.hide()
        self.linked_title.setText("")
        self.linked_rows = []
        self.link_button = None
        self.action_buttons = {}
        self._placed = []
        self.photo_labels = {"before": [], "after": []}
        self.before_title.setText("")
        self.after_title.setText("")
        self.timeline_title.setText("")
        if problem is None:
            self.title.setText(self.tr("Choose a problem in the ledger."))
            return
        store = self.page.ctx.store
        assert store is not None
        self.title.setText(f"{problem['code']}  {state_name(problem['state'])}")
        today = ledger.now(store).date()
        late = days_overdue(problem, today)
        rows = [
            (self.tr("Source:"), source_name(problem["source"])),
            (self.tr("Category:"), category_name(problem["category"])),
            (self.tr("Segment:"), problem.get("segment_name") or problem.get("area_name")),
            (self.tr("Description:"), problem["description"]),
            (self.tr("Responsible unit:"), problem.get("unit_name") or ""),
            (self.tr("Requirement:"), problem["requirement"]),
            (self.tr("Deadline:"), (problem["deadline"] or "") + (
                "  " + self.tr("{n} days overdue").format(n=late) if late else "")),
            (self.tr("Urgency:"), urgency_name(problem["urgency"])),
            (self.tr("Measures:"), problem["measures"]),
            # the user's name, with the sign-in name it was stored by ("hzb" alone read
            # as a stray English word in the Chinese page)
            (self.tr("Verified by:"), f"{problem['verifier_name']} ({problem['verifier']})"
             if problem.get("verifier_name") else problem["verifier"] or ""),
            (self.tr("Re-inspection:"), problem["recheck_on"] or ""),
        ]
        if problem.get("complaint_code"):
            rows.insert(1, (self.tr("Complaint:"), problem["complaint_code"]))
        if problem.get("batch_code"):
            rows.insert(1, (self.tr("Supervision batch:"),
                            f"{problem['batch_code']} {problem['batch_name']}"))
        if problem["recurring"]:
            rows.append((self.tr("Recurring:"), self.tr("reopened {n} time(s) at "
                                                        "re-inspection").format(
                n=problem["reopen_count"])))
        for caption, value in rows:
            shown = QLabel(str(value or ""))
            shown.setWordWrap(True)
            self.form.addRow(caption, shown)
        self.before_title.setText(self.tr("Photos when found"))
        self.after_title.setText(self.tr("Evidence of the fix"))
        for stored in ledger.evidence(store, problem["id"]):
            kind = "before" if stored["kind"] == "before" else "after"
            picture = QLabel()
            picture.setToolTip(stored["filename"])
            pix = QPixmap(str(files.path_of(store, stored["sha256"]))) \
                if stored["mime"].startswith("image/") else QPixmap()
            if pix.isNull():
                picture.setText(stored["filename"])
            else:
                picture.setPixmap(pix.scaled(160, 120, Qt.AspectRatioMode.KeepAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation))
            self.photo_labels[kind].append(picture)
            (self.before if kind == "before" else self.after).addWidget(picture)
        self.before.addStretch(1)
        self.after.addStretch(1)
        self.linked_rows = ledger.linked(store, problem["id"], actor)
        self.linked_title.setText(self.tr("Same kind (举一反三): {n}").format(
            n=len(self.linked_rows)))
        for r in self.linked_rows:
            entry = QListWidgetItem(f"{r['code']}  {state_name(r['state'])}  "
                                    f"{category_name(r['category'])}")
            entry.setData(Qt.ItemDataRole.UserRole, r["id"])
            self.linked.addItem(entry)
        self.linked.setVisible(bool(self.linked_rows))
        self.timeline_title.setText(self.tr("Timeline"))
        for e in ledger.timeline(store, problem["id"]):
            line = f"{e.at[:16].replace('T', ' ')}  {event_name(e.kind)}  {e.actor_name or e.actor}"
            if e.to_state and e.to_state != e.from_state:
                line += f"  → {state_name(e.to_state)}"
            if e.note:
                line += f"\n    {e.note}"
            self.timeline.addItem(line)
        if actor is None:
            return
        keys = ledger.allowed_actions(store, actor, problem)
        for key in keys:
            button = QPushButton(workflow.action_name(key))
            button.setObjectName(f"do_{key}")
            button.clicked.connect(lambda _=False, k=key: self.page.open_action(k))
            self._placed.append(button)
            self.action_buttons[key] = button
        if allowed(actor, "problems.manage", area_id=problem["area_id"]):
            button = QPushButton(self.tr("Link same kind…"))
            button.setObjectName("link")
            button.clicked.connect(self.page.open_link)
            self._placed.append(button)
            self.link_button = button
        if problem["state"] != "registered":
            for kind, caption in (("slip", self.tr("Print assignment slip…")),
                                  ("notice", self.tr("Print rectification notice…"))):
                button = QPushButton(caption)
                button.setObjectName(f"print_{kind}")
                button.clicked.connect(lambda _=False, k=kind: self.page.print_notice(k))
                self._placed.append(button)
        self.place_buttons()

    def place_buttons(self, width: int | None = None) -> None:
        """The action buttons two to a row, or one when two side by side are wider than the
        pane (``width``, default: its width now): in English at 1024 x 640, "Re-inspection:
        reopen" and "Print assignment slip…" were cut off at the pane's edge."""
        if not self._placed:
            return
        room = width if width is not None else self.room()
        spacing = max(0, self.buttons.horizontalSpacing())
        margins = self.layout().contentsMargins()
        needed = 2 * max(b.sizeHint().width() for b in self._placed) + spacing \
            + margins.left() + margins.right()
        per_row = PER_ROW if needed <= room else 1
        for button in self._placed:
            self.buttons.removeWidget(button)
        for n, button in enumerate(self._placed):
            self.buttons.addWidget(button, *divmod(n, per_row))

    def _linked_activated(self, item: QListWidgetItem) -> None:
        pid = item.data(Qt.ItemDataRole.UserRole)
        if pid:
            self.page.select(pid)


class _Resized(QObject):
    """Calls ``then(width)`` when the watched widget is resized."""

    def __init__(self, then: Any) -> None:
        super().__init__()
        self.then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.then(watched.width())
        return False


class LinkDialog(FormDialog):
    """举一反三: link this problem with another of the same kind, by its code."""

    def __init__(self, parent: QWidget, store: Any, actor: Actor,
                 problem: dict[str, Any]) -> None:
        self.store, self.actor, self.problem = store, actor, problem
        super().__init__(parent, "linkDialog", self.tr("Same kind as {code} (举一反三)").format(
            code=problem["code"]), self._save)
        self.other = QLineEdit()
        self.other.setPlaceholderText("P2026-00042")
        self.note = QLineEdit()
        self.form.addRow(self.tr("Problem code:"), self.other)
        self.form.addRow(self.tr("Note:"), self.note)
        self.finish()

    def _save(self) -> str:
        code = self.other.text().strip()
        if not code:
            raise UserError(self.tr("Give the code of the other problem."),
                            where=self.tr("problem code"))
        other = ledger.problem_by_code(self.store, self.actor, code)
        ledger.link_same_kind(self.store, self.actor, self.problem["id"], other["id"],
                              self.note.text())
        return str(self.problem["id"])


class ProblemsPage(QWidget):
    """问题台账."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("problemsPage")
        self.dialog: ActionDialog | None = None
        layout = QVBoxLayout(self)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        cards = QHBoxLayout()
        self.cards = {k: Card(f"card_{k}") for k in ("open", "overdue", "closed",
                                                      "recheck_due")}
        for card in self.cards.values():
            cards.addWidget(card)
        layout.addLayout(cards)
        filters = QHBoxLayout()
        self.state = QComboBox()
        self.state.setObjectName("filterState")
        self.source = QComboBox()
        self.category = QComboBox()
        self.area = QComboBox()
        self.unit = QComboBox()
        self.segment = QLineEdit()
        self.segment.setMaximumWidth(140)
        self.search = QLineEdit()
        self.search.setMinimumWidth(220)
        self.overdue = QCheckBox()
        self.overdue.setObjectName("filterOverdue")
        self.recheck = QCheckBox()
        self.recheck.setObjectName("filterRecheck")
        self.sent_back = QCheckBox()  # a reported fix rejected or reopened: to do again
        self.sent_back.setObjectName("filterSentBack")
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export)
        self.register_button = QPushButton()
        self.register_button.setObjectName("registerProblem")
        self.register_button.clicked.connect(self.open_register)
        self.register_dialog: RegisterDialog | None = None
        self.link_dialog: FormDialog | None = None
        # two rows: the choices, then what is typed, the checks and the actions
        for w in (self.state, self.source, self.category, self.area, self.unit):
            filters.addWidget(w)
        filters.addStretch(1)
        layout.addLayout(filters)
        more = QHBoxLayout()
        for w in (self.segment, self.search, self.overdue, self.recheck, self.sent_back):
            more.addWidget(w)
        more.addStretch(1)
        more.addWidget(self.export_button)
        more.addWidget(self.register_button)
        layout.addLayout(more)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.hide()  # until an export reports
        layout.addWidget(self.status)
        split = QSplitter()
        self.model = LazyTableModel([
            (lambda: self.tr("Code"), lambda r: r["code"]),
            (lambda: self.tr("State"), lambda r: state_name(r["state"])),
            (lambda: self.tr("Source"), lambda r: source_name(r["source"])),
            (lambda: self.tr("Category"), lambda r: category_name(r["category"])),
            (lambda: self.tr("Segment"), lambda r: r.get("segment_name")),
            (lambda: self.tr("Unit"), lambda r: r.get("unit_name")),
            (lambda: self.tr("Deadline"), lambda r: r["deadline"]),
            (lambda: self.tr("Days overdue"), lambda r: r["days_overdue"] or ""),
        ])
        self.table = QTableView()
        self.table.setObjectName("problemTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        fit_names(self.table, 1, [state_name(s) for s in STATES])
        fit_names(self.table, 2, [source_name(s) for s in SOURCES])
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_current())
        self.detail = ProblemDetail(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.detail)
        self.detail.room = scroll.viewport().width
        self._pane_watch = _Resized(self.detail.place_buttons)
        scroll.viewport().installEventFilter(self._pane_watch)
        self.views = QTabWidget()
        self.views.setObjectName("views")
        self.views.addTab(self.table, "")
        self.spots = QTableWidget(0, 5)
        self.spots.setObjectName("recurringSpots")
        self.spots.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.spots.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.spots.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.spots.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.spots.cellActivated.connect(self.show_spot)
        self.spot_rows: list[dict[str, Any]] = []
        self.views.addTab(self.spots, "")
        self.due = QTreeWidget()
        self.due.setObjectName("dueThisWeek")
        self.due.setColumnCount(4)
        self.due.itemActivated.connect(self._due_activated)
        self.views.addTab(self.due, "")
        self.views.currentChanged.connect(self._view_changed)
        split.addWidget(self.views)
        split.addWidget(scroll)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        self._labels()
        self._fill_filters()
        for combo in (self.state, self.source, self.category, self.area, self.unit):
            combo.currentIndexChanged.connect(lambda *_: self.reload())
        self.overdue.toggled.connect(lambda *_: self.reload())
        self.recheck.toggled.connect(lambda *_: self.reload())
        self.sent_back.toggled.connect(lambda *_: self.reload())
        self.search.returnPressed.connect(self.reload)
        self.segment.returnPressed.connect(self.reload)
        ctx.actor_changed.connect(self._actor_changed)
        ctx.data_changed.connect(self._data_changed)
        self.reload()

    # -- labels and filters -----------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._labels()
            self._fill_filters()
            self.reload()
        super().changeEvent(event)

    def _labels(self) -> None:
        self.views.setTabText(0, self.tr("Ledger"))
        self.views.setTabText(1, self.tr("Recurring spots (举一反三)"))
        self.views.setTabText(2, self.tr("Due this week"))
        self.spots.setHorizontalHeaderLabels([
            self.tr("Category"), self.tr("Segment"), self.tr("Problems"), self.tr("Open"),
            self.tr("Reopened at re-inspection")])
        self.due.setHeaderLabels([self.tr("Unit / problem"), self.tr("Deadline"),
                                  self.tr("State"), self.tr("Segment")])
        self.overdue.setText(self.tr("Overdue only"))
        self.recheck.setText(self.tr("Re-inspection due"))
        self.sent_back.setText(self.tr("Sent back"))
        self.sent_back.setToolTip(self.tr("Fixes rejected (重办) or reopened at re-inspection: "
                                          "to rectify and report again"))
        self.search.setPlaceholderText(self.tr("Code or words"))
        self.segment.setPlaceholderText(self.tr("Segment code"))
        self.export_button.setText(self.tr("Export…"))
        self.register_button.setText(self.tr("Register…"))

    @property
    def actor(self) -> Actor | None:
        return current_actor(self.ctx)

    def _fill_filters(self) -> None:
        store = self.ctx.store
        combos: list[tuple[QComboBox, str, list[tuple[str, Any]]]] = [
            (self.state, self.tr("All states"), [(state_name(s), s) for s in STATES]),
            (self.source, self.tr("All sources"), [(source_name(s), s) for s in SOURCES]),
            (self.category, self.tr("All categories"),
             [(category_name(c), c) for c in CATEGORIES]),
        ]
        areas: list[tuple[str, Any]] = []
        units: list[tuple[str, Any]] = []
        actor = self.actor
        if store is not None and actor is not None:
            scope = actor.area_ids
            for r in store.db.query("SELECT id, name, level FROM area WHERE deleted_at IS NULL "
                                    "AND level IN ('province', 'city', 'district', 'township') "
                                    "ORDER BY code LIMIT 2000"):
                if scope is None or r["id"] in scope:
                    areas.append((r["name"], r["id"]))
            units = [(u["name"], u["id"]) for u in self._units()]
        combos += [(self.area, self.tr("All areas"), areas),
                   (self.unit, self.tr("All units"), units)]
        for combo, everything, items in combos:
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for text, value in items:
                combo.addItem(text, value)
            at = combo.findData(chosen)
            combo.setCurrentIndex(max(0, at))
            combo.blockSignals(False)

    def _units(self) -> list[dict[str, Any]]:
        store, actor = self.ctx.store, self.actor
        if store is None or actor is None:
            return []
        rows = list(store.db.query("SELECT id, code, name, area_id FROM unit WHERE deleted_at "
                                   "IS NULL ORDER BY code"))
        if actor.area_ids is not None and actor.role == "evaluator":
            # its own units, and those its problems are assigned to (the district's bureaus:
            # 店台镇's office could not filter its ledger by 清源区水利局)
            params: list[Any] = []
            clause = ledger.visible_clause(actor, params)
            serving = {r[0] for r in store.conn.execute(
                f"SELECT DISTINCT p.unit_id FROM problem p WHERE p.unit_id IS NOT NULL AND "
                f"p.deleted_at IS NULL AND {clause}", params)}
            rows = [u for u in rows if u["area_id"] in actor.area_ids or u["id"] in serving]
        if actor.role == "unit":
            rows = [u for u in rows if u["id"] == actor.unit_id]
        return rows

    def filters(self) -> dict[str, Any]:
        out: dict[str, Any] = {"state": self.state.currentData(),
                               "source": self.source.currentData(),
                               "category": self.category.currentData(),
                               "unit_id": self.unit.currentData(),
                               "overdue": self.overdue.isChecked(),
                               "recheck_due": self.recheck.isChecked(),
                               "sent_back": self.sent_back.isChecked(),
                               "search": self.search.text().strip() or None}
        return {**out, **place_filters(self.ctx.store, self.area.currentData(),
                                       self.segment.text())}

    # -- loading ----------------------------------------------------------------------

    def _actor_changed(self) -> None:
        self._fill_filters()
        self.reload()

    def _data_changed(self, tables: set[str]) -> None:
        if tables & {"problem", "problem_event", "unit", "segment", "area"}:
            self.reload()

    def focus_on(self, what: str) -> None:
        """Show only what the home page's line is about: ``overdue``, ``recheck`` (the
        re-inspections due), ``sent_back`` (a unit's fixes rejected or reopened),
        ``state:<state>`` (the other filters cleared) or ``week`` (this week's deadlines)."""
        if what == "week":
            self.views.setCurrentIndex(2)
            return
        self.views.setCurrentIndex(0)
        state = what.removeprefix("state:") if what.startswith("state:") else None
        for combo in (self.state, self.source, self.category, self.area, self.unit):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.state.blockSignals(True)
        self.state.setCurrentIndex(max(0, self.state.findData(state)))
        self.state.blockSignals(False)
        self.search.clear()
        self.segment.clear()
        for box, wanted in ((self.overdue, "overdue"), (self.recheck, "recheck"),
                            (self.sent_back, "sent_back")):
            box.blockSignals(True)
            box.setChecked(what == wanted)
            box.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        store, actor = self.ctx.store, self.actor
        keep = self.current_id()
        if store is None or actor is None:
            self.hint.setText(self.tr("Sign in to see the problem ledger.") if store else "")
            self.hint.setVisible(bool(store))
            self.model.reset(lambda: 0, lambda limit, offset: [])
            self.detail.show_problem(None, None)
            self.register_button.hide()
            return
        self.hint.setVisible(False)
        self.register_button.setVisible(allowed(actor, "problems.report"))
        # the unit's to-do (its home page's line); the office filters by state, and in
        # English at 1024 x 640 its row has no room for one more box
        self.sent_back.setVisible(actor.role == "unit" or self.sent_back.isChecked())
        f = self.filters()
        self.model.reset(lambda: ledger.count_problems(store, actor, **f),
                         lambda limit, offset: ledger.list_problems(
                             store, actor, limit=limit, offset=offset, **f))
        cards = ledger.dashboard(store, actor)
        self.cards["open"].set(self.tr("open"), cards["open"])
        self.cards["overdue"].set(self.tr("overdue"), cards["overdue"], cards["overdue"] > 0)
        self.cards["closed"].set(self.tr("closed this month"), cards["closed"])
        self.cards["recheck_due"].set(self.tr("re-inspections due"), cards["recheck_due"])
        if keep:
            self.select(keep)
        else:
            self.detail.show_problem(None, actor)
        self._view_changed(self.views.currentIndex())

    # -- 举一反三 and the week's deadlines ----------------------------------------------

    def _view_changed(self, index: int) -> None:
        """Fill the grouped views when shown (they read the whole ledger)."""
        if index == 1:
            self.load_spots()
        elif index == 2:
            self.load_due()

    def load_spots(self) -> None:
        """举一反三: the category and segment pairs with more than one problem."""
        store, actor = self.ctx.store, self.actor
        self.spot_rows = ledger.recurring_spots(store, actor) if store and actor else []
        self.spots.setRowCount(len(self.spot_rows))
        for n, r in enumerate(self.spot_rows):
            segment = f"{r['segment_code']} {r['segment_name'] or ''}".strip()
            for c, value in enumerate((category_name(r["category"]), segment, r["problems"],
                                       r["open"], r["reopened"])):
                item = QTableWidgetItem(str(value or 0) if c >= 2 else str(value))
                if c == 4 and r["reopened"]:
                    item.setForeground(QColor("#c0392b"))
                self.spots.setItem(n, c, item)

    def show_spot(self, row: int, _column: int = 0) -> None:
        """Show the ledger of one recurring spot (its category on its segment)."""
        if not 0 <= row < len(self.spot_rows):
            return
        spot = self.spot_rows[row]
        self.category.blockSignals(True)
        self.category.setCurrentIndex(max(0, self.category.findData(spot["category"])))
        self.category.blockSignals(False)
        self.segment.setText(spot["segment_code"] or "")
        self.views.setCurrentIndex(0)
        self.reload()

    def load_due(self) -> None:
        """The open problems whose deadline falls this week, by responsible unit."""
        store, actor = self.ctx.store, self.actor
        self.due.clear()
        if store is None or actor is None:
            return
        nobody = self.tr("(no unit)")
        for unit, rows in ledger.due_this_week(store, actor).items():
            top = QTreeWidgetItem([f"{unit or nobody}  ({len(rows)})"])
            for r in rows:
                child = QTreeWidgetItem([r["code"] + "  " + r["description"][:30],
                                         r["deadline"] or "", state_name(r["state"]),
                                         r.get("segment_name") or ""])
                child.setData(0, Qt.ItemDataRole.UserRole, r["id"])
                if r["days_overdue"]:
                    for c in range(4):
                        child.setForeground(c, QColor("#c0392b"))
                    child.setToolTip(0, self.tr("{n} days overdue").format(n=r["days_overdue"]))
                top.addChild(child)
            self.due.addTopLevelItem(top)
            top.setExpanded(True)
        self.due.resizeColumnToContents(0)

    def _due_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        pid = item.data(0, Qt.ItemDataRole.UserRole)
        if pid:
            self.views.setCurrentIndex(0)
            self.select(pid)

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.data(index, Qt.ItemDataRole.UserRole) if index.isValid() else None

    def select(self, problem_id: str) -> bool:
        """Select a problem in the table (loading further pages as needed)."""
        row = self.model.row_of(problem_id)
        while row is None and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(problem_id)
        if row is None:
            self.detail.show_problem(None, self.actor)
            return False
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.show_current()
        return True

    def show_current(self) -> None:
        if self.status.property("moved"):  # the note on the problem shown before
            self.status.setProperty("moved", False)
            self.status.hide()
        pid, store, actor = self.current_id(), self.ctx.store, self.actor
        if pid is None or store is None or actor is None:
            self.detail.show_problem(None, actor)
            return
        try:
            problem = ledger.get_problem(store, actor, pid)
        except UserError:
            problem = None
        self.detail.show_problem(problem, actor)

    # -- actions ----------------------------------------------------------------------

    def open_action(self, key: str) -> ActionDialog | None:
        problem = self.detail.problem
        if problem is None:
            return None
        store, actor = self.ctx.store, self.actor
        self.dialog = ActionDialog(self, key, problem, self._all_units(), store, actor)
        self.dialog.accepted.connect(lambda d=self.dialog: self._acted(d.result_value))
        self.dialog.open()
        return self.dialog

    def _acted(self, problem_id: object) -> None:
        self.ctx.notify({"problem", "problem_event", "problem_media", "media"})
        pid, store, actor = str(problem_id), self.ctx.store, self.actor
        if self.select(pid) or store is None or actor is None:
            return
        # the action moved it out of what the filters list (assigned while the ledger shows
        # the registered ones): it stays in view, and the status line says where it went
        try:
            problem = ledger.get_problem(store, actor, pid)
        except UserError:  # no longer the actor's to see (a unit returned it)
            return
        self.detail.show_problem(problem, actor)
        self.status.setText(self.tr(
            "{code} is now {state}: the ledger as filtered no longer lists it.").format(
            code=problem["code"], state=state_name(problem["state"])))
        self.status.setStyleSheet("")
        self.status.setProperty("moved", True)  # it goes when another problem is shown
        self.status.show()

    def open_link(self) -> FormDialog | None:
        problem, store, actor = self.detail.problem, self.ctx.store, self.actor
        if problem is None or store is None or actor is None:
            return None
        dialog = LinkDialog(self, store, actor, problem)
        self.link_dialog = dialog
        dialog.accepted.connect(lambda d=dialog: self._linked(d.result_value))
        dialog.open()
        return dialog

    def _linked(self, problem_id: object) -> None:
        self.ctx.notify({"problem_event", "problem_link"})
        self.select(str(problem_id))
        if self.views.currentIndex() == 1:
            self.load_spots()

    def open_register(self) -> RegisterDialog | None:
        store, actor = self.ctx.store, self.actor
        if store is None or actor is None:
            return None
        self.register_dialog = RegisterDialog(self, store, actor)
        self.register_dialog.accepted.connect(
            lambda d=self.register_dialog: self._registered(d.result_value))
        self.register_dialog.open()
        return self.register_dialog

    def _registered(self, problem_id: object) -> None:
        self.ctx.notify({"problem", "problem_event", "media"})
        self.select(str(problem_id))

    def _all_units(self) -> list[dict[str, Any]]:
        store, actor = self.ctx.store, self.actor
        if store is None or actor is None:
            return []
        rows = list(store.db.query("SELECT id, code, name, area_id FROM unit WHERE deleted_at "
                                   "IS NULL ORDER BY code"))
        if actor.role == "evaluator" and actor.area_ids is not None:
            rows = [u for u in rows if u["area_id"] in actor.area_ids or u["area_id"] is None]
        return rows

    def print_notice(self, kind: str) -> None:
        problem = self.detail.problem
        if problem is None:
            return
        name = (self.tr("assignment slip {code}.pdf") if kind == "slip"
                else self.tr("rectification notice {code}.pdf")).format(code=problem["code"])
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), suggested(name),
                                              "PDF (*.pdf)")
        if path:
            self.print_to(kind, Path(path))

    def print_to(self, kind: str, path: Path) -> object:
        """Write the problem's assignment slip (``kind="slip"``) or rectification notice
        (``"notice"``) as a task of its own process; the outcome shows in the status line."""
        from ui.ledgers.tasks import notice_file
        from ui.shell.jobs import task

        problem, store, actor = self.detail.problem, self.ctx.store, self.actor
        if problem is None or store is None or actor is None:
            return None
        work = task(notice_file, str(store.path), actor, problem["id"], kind, str(path),
                    ledger.now(store).date().isoformat(), db=store.path)
        return export_in_background(
            self, self.status, self.tr("Print"), work,
            lambda _n: self.tr("Written to {file}, ready to print, sign and stamp.").format(
                file=path), self.tr("Writing the PDF…"))

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the problem ledger"), suggested(self.tr("problem ledger.xlsx")),
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> object:
        """Export the ledger as filtered now, in the background; the outcome shows in the
        status line."""
        from ui.ledgers.tasks import export_problems_file
        from ui.shell.jobs import task

        store, actor = self.ctx.store, self.actor
        if store is None or actor is None:
            return None
        work = task(export_problems_file, str(store.path), actor, str(path), self.filters(),
                    db=store.path)
        return export_in_background(
            self, self.status, self.tr("Export the problem ledger"), work,
            lambda n: self.tr("{n} problems written to {file}.").format(n=n, file=path))
