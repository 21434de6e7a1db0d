"""What both ledger pages share: the signed-in user, dashboard cards, a lazy table model."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from riverchief.errors import UserError
from riverchief.security import Actor

from ui.shell.context import AppContext

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
PAGE = 200


def current_actor(ctx: AppContext) -> Actor | None:
    """The signed-in user; the owner of a single-user installation when nobody signed in."""
    if ctx.actor is not None:
        return ctx.actor  # type: ignore[no-any-return]
    if ctx.store is None:
        return None
    from riverchief.security import users

    if users.is_single_user(ctx.store):
        return users.sign_in_single_user(ctx.store)
    return None


class Card(QFrame):
    """A dashboard card: a big number and what it counts."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.value = QLabel("–")
        self.value.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self.caption = QLabel()
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set(self, caption: str, value: object, alarm: bool = False) -> None:
        self.caption.setText(caption)
        self.value.setText(str(value))
        self.value.setStyleSheet("font-size: 20pt; font-weight: bold;"
                                 + (" color: #c0392b;" if alarm else ""))


class LazyTableModel(QAbstractTableModel):
    """Rows fetched a page at a time (``fetchMore``); only the loaded rows are kept.

    ``fetch(limit, offset)`` returns row dicts, ``count()`` how many there are;
    ``columns`` are (title, function of a row) pairs; a row with ``days_overdue`` > 0 is
    shown in red (as is one with a true ``alarm``).
    """

    def __init__(self, columns: Sequence[tuple[Callable[[], str], Callable[[dict[str, Any]],
                                                                            Any]]]) -> None:
        super().__init__()
        self.columns = list(columns)
        self.rows: list[dict[str, Any]] = []
        self.total = 0
        self._resetting = False  # views ask for more rows while a change is announced
        self._fetch: Callable[[int, int], list[dict[str, Any]]] = lambda limit, offset: []

    def reset(self, count: Callable[[], int],
              fetch: Callable[[int, int], list[dict[str, Any]]]) -> None:
        self._resetting = True
        self.beginResetModel()
        self._fetch = fetch
        self.total = count()
        self.rows = fetch(PAGE, 0)
        self.endResetModel()
        self._resetting = False

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: Index = ROOT) -> bool:  # noqa: N802
        return not parent.isValid() and not self._resetting and len(self.rows) < self.total

    def fetchMore(self, parent: Index = ROOT) -> None:  # noqa: N802
        if parent.isValid() or self._resetting:
            return
        more = self._fetch(PAGE, len(self.rows))
        if not more:
            self.total = len(self.rows)
            return
        # no nested fetch while views and testers handle this insertion's signals
        self._resetting = True
        try:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()
        finally:
            self._resetting = False

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            # the tooltip: the whole text of a cell its column elides
            value = self.columns[index.column()][1](row)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ForegroundRole and (row.get("days_overdue")
                                                       or row.get("alarm")):
            return QColor("#c0392b")
        if role == Qt.ItemDataRole.UserRole:
            return row["id"]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section][0]()
        return None

    def row_of(self, record_id: str) -> int | None:
        for n, r in enumerate(self.rows):
            if r["id"] == record_id:
                return n
        return None


def fit_names(view: QAbstractItemView, column: int, names: Sequence[str]) -> None:
    """Widen ``column`` of ``view`` to the longest of the few ``names`` its cells can hold
    (a state, a type): whole in every language, without measuring every row."""
    header = view.horizontalHeader()  # type: ignore[attr-defined]
    title = view.model().headerData(column, Qt.Orientation.Horizontal)
    metrics = view.fontMetrics()
    wanted = max([metrics.horizontalAdvance(n) + 16 for n in names]
                 + [header.fontMetrics().horizontalAdvance(str(title or "")) + 16])
    if header.sectionSize(column) < wanted:
        header.resizeSection(column, wanted)


class FormDialog(QDialog):
    """A form that saves itself: OK calls ``save()``; a :class:`UserError` is shown in the
    dialog (what is wrong and where) and the dialog stays open with what was typed."""

    def __init__(self, parent: QWidget | None, name: str, title: str,
                 save: Callable[[], object]) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.save = save
        self.result_value: object = None
        self.form = QFormLayout(self)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b;")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish(self) -> None:
        """Add the error line and the buttons under the fields."""
        self.form.addRow(self.error)
        self.form.addRow(self.buttons)

    def accept(self) -> None:
        try:
            self.result_value = self.save()
        except UserError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.error.hide()
        super().accept()


def district_today(store: Any) -> QDate:
    """Today in the district's time zone, as the ledgers date their records (the laptop's
    own clock may be set to another zone: near midnight its date is not the district's)."""
    if store is None:
        return QDate.currentDate()
    from riverchief.problems.ledger import now

    day = now(store).date()
    return QDate(day.year, day.month, day.day)


def date_edit(value: str | None = None, store: Any = None) -> QDateEdit:
    """A date field in the ledgers' format (the district's today when ``value`` is empty)."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    day = QDate.fromString(value or "", "yyyy-MM-dd")
    edit.setDate(day if day.isValid() else district_today(store))
    return edit


def iso(edit: QDateEdit) -> str:
    return edit.date().toString("yyyy-MM-dd")


def area_combo(store: Any, actor: Actor, chosen: str | None = None) -> QComboBox:
    """The areas the actor may act in (down to townships), by code."""
    combo = QComboBox()
    combo.setObjectName("area")
    scope = None if actor.is_admin else (actor.area_ids or frozenset())
    for r in store.db.query("SELECT id, code, name FROM area WHERE deleted_at IS NULL AND "
                            "level IN ('province', 'city', 'district', 'township') "
                            "ORDER BY code LIMIT 5000"):
        if scope is None or r["id"] in scope:
            combo.addItem(r["name"], r["id"])
    if chosen:
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
    return combo


def place_filters(store: Any, area_id: str | None, segment_code: str) -> dict[str, Any]:
    """The ledgers' place filters: an area (with every area under it) and a segment by
    code (an unknown code matches nothing)."""
    out: dict[str, Any] = {}
    if store is None:
        return out
    if area_id:
        from riverchief.registry.areas import descendants

        out["area_ids"] = descendants(store, area_id)
    code = segment_code.strip()
    if code:
        row = store.conn.execute("SELECT id FROM segment WHERE code = ? AND deleted_at IS "
                                 "NULL", [code]).fetchone()
        out["segment_id"] = row[0] if row else "-"
    return out


def export_in_background(parent: QWidget, status: QLabel, title: str, work: Any,
                         done: Callable[[int], str], working: str | None = None) -> object:
    """Write an export as a task of its own process (``work``: a
    :func:`ui.shell.jobs.task`); the outcome is shown in ``status``, a refusal in red,
    never in a modal box."""
    from ui.shell.jobs import start_job

    status.setStyleSheet("")
    status.setText(working or QCoreApplication.translate("Ledgers", "Exporting…"))
    status.show()

    def succeeded(n: int) -> None:
        status.setText(done(n))

    def failed(exc: BaseException) -> None:
        from ui.shell.errors import show_failure

        show_failure(status, parent, title, exc)

    def cancelled() -> None:
        status.setText(QCoreApplication.translate("Ledgers", "Export cancelled."))

    return start_job(parent, title, work, succeeded, on_error=failed, on_cancel=cancelled)
