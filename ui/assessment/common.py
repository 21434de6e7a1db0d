"""What the assessment pages share: grade colours, levels, names of record kinds, a chart
canvas, points as text, and the signed-in evaluator."""

from __future__ import annotations

import importlib
import sys
import threading
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from riverchief.charts.assessment import GRADE_COLOURS
from riverchief.errors import UserError

from ui.shell.context import AppContext

LEVELS = ("district", "township", "village")
KINDS = ("praise", "interview", "criticism")
KIND_COLOURS = {"praise": "#2e7d32", "interview": "#ef6c00", "criticism": "#c62828"}
# a line that changes how a result reads (adjusted by hand, superseded by a later run)
NOTICE_STYLE = "background: #fff3cd; color: #6d4c00; padding: 4px; border: 1px solid #e0c068;"


def default_period(today: date | None = None) -> str:
    """The last finished quarter (what an evaluator scores most often)."""
    today = today or date.today()
    q = (today.month - 1) // 3
    return f"{today.year}Q{q}" if q else f"{today.year - 1}Q4"


def level_text(level: str | None) -> str:
    if not level:
        return QCoreApplication.translate("Assessment", "all levels")
    from riverchief.registry.areas import level_name

    return level_name(level)


def grade_brush(grade: str | None) -> QBrush | None:
    return QBrush(QColor(GRADE_COLOURS[grade])) if grade in GRADE_COLOURS else None


def points_text(value: Decimal | float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def signed_text(value: Decimal | float) -> str:
    return f"{value:+.2f}"


def table_name(table: str) -> str:
    """What a record behind a deduction is, in the reader's language."""
    names = {
        "patrol": QCoreApplication.translate("Assessment", "patrol"),
        "problem": QCoreApplication.translate("Assessment", "problem"),
        "complaint": QCoreApplication.translate("Assessment", "complaint"),
        "outfall": QCoreApplication.translate("Assessment", "outfall"),
        "section": QCoreApplication.translate("Assessment", "section"),
        "week": QCoreApplication.translate("Assessment", "week"),
        "xun": QCoreApplication.translate("Assessment", "ten days"),
        "month": QCoreApplication.translate("Assessment", "month"),
        "quarter": QCoreApplication.translate("Assessment", "quarter"),
        "year": QCoreApplication.translate("Assessment", "year"),
        "assessment_bonus": QCoreApplication.translate("Assessment", "bonus"),
    }
    return names.get(table, table)


_warming: threading.Thread | None = None


def import_beside(*modules: str) -> None:
    """Import ``modules`` on a thread of their own, when some are not imported yet: a
    page's first press then finds them ready instead of importing them while the window
    waits (PySide reads the source of every module imported after it). The GUI thread
    interleaves with the import; one that needs a module sooner waits only for the rest."""
    missing = [m for m in modules if m not in sys.modules]
    if missing:
        threading.Thread(target=_import_all, args=(missing,), name="riverchief-import",
                         daemon=True).start()


def _import_all(modules: list[str]) -> None:
    for name in modules:
        importlib.import_module(name)


def _import_charts() -> None:
    from matplotlib.backends import backend_qtagg  # noqa: F401 - imported to warm up
    from matplotlib.figure import Figure

    from riverchief.charts import assessment  # noqa: F401 - imported to warm up
    from riverchief.fonts import register_matplotlib

    register_matplotlib()
    Figure()


def warm_up_charts() -> None:
    """Import matplotlib on a thread of its own while a job runs, once: its first import
    and font set-up take about a second, which the GUI thread would otherwise spend when
    it draws the first chart. Import is Python code the GUI thread interleaves with; a
    page that draws before it is done waits for the import lock only for what is left."""
    global _warming
    if _warming is None and "matplotlib.backends.backend_qtagg" not in sys.modules:
        _warming = threading.Thread(target=_import_charts, name="riverchief-charts-import",
                                    daemon=True)
        _warming.start()


def canvas(fig: Any, min_height: int = 300) -> QWidget:
    """A matplotlib figure in a Qt widget."""
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    from riverchief.charts import fixed_margins

    refit = fixed_margins(fig)  # a pane lower than the figure keeps the labels on it
    widget = FigureCanvasQTAgg(fig)
    widget.mpl_connect("resize_event", lambda _event: refit())
    widget.setMinimumHeight(min_height)
    return widget


def area_name(ctx: AppContext, area_id: str | None) -> str:
    if area_id is None:
        return QCoreApplication.translate("Assessment", "all areas")
    if ctx.store is None:
        return area_id
    row = ctx.store.conn.execute("SELECT name, code FROM area WHERE id = ?",
                                 [area_id]).fetchone()
    return f"{row[0]} ({row[1]})" if row else area_id


def signed_in(parent: QWidget, ctx: AppContext) -> Any:
    """The signed-in user, asking for a sign-in when nobody is; None if cancelled."""
    from ui.security.session import ensure_signed_in

    return ensure_signed_in(parent, ctx)


def save_form(dialog: Any, ctx: AppContext, act: Callable[[Any], Any],
              tables: str | set[str], reason: QPlainTextEdit | None = None) -> bool:
    """Save one of the assessment's small forms (:func:`lay_out_form_dialog`): the signed-in
    user (asked for when nobody is) does ``act(actor)`` in the core. A missing ``reason``, or
    the core's refusal, goes to the form's red line and the form stays open with what was
    typed; done, ``tables`` are told changed and the form closes. True when saved."""
    if reason is not None and not reason.toPlainText().strip():
        dialog.error.setText(QCoreApplication.translate("Assessment", "A reason is required."))
        reason.setFocus()
        return False
    actor = signed_in(dialog, ctx)
    if actor is None or ctx.store is None:
        return False
    try:
        act(actor)
    except UserError as exc:
        dialog.error.setText(str(exc))
        return False
    ctx.notify(tables)
    dialog.accept()
    return True


def lay_out_form_dialog(dialog: QDialog, head: QWidget, rows: list[tuple[str, QWidget]],
                        error_name: str, size: tuple[int, int]) -> tuple[QLabel,
                                                                         QDialogButtonBox]:
    """The assessment's small forms (adjust, bonus, follow-up): what it is about, the
    fields, a red line for a refusal (the dialog stays open with what was typed), Save and
    Cancel; Save calls ``dialog.save``. Returns the error label and the buttons."""
    error = QLabel()
    error.setObjectName(error_name)
    error.setStyleSheet("color: #c62828")
    error.setWordWrap(True)
    form = QFormLayout()
    for label, field in rows:
        form.addRow(label, field)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.save)  # type: ignore[attr-defined]
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(head)
    layout.addLayout(form)
    layout.addWidget(error)
    layout.addWidget(buttons)
    dialog.resize(*size)
    return error, buttons


class FigureCard(QFrame):
    """One figure a leader quotes: a big number, what it is, and a line of detail."""

    def __init__(self, key: str, caption: str) -> None:
        super().__init__()
        self.setObjectName(f"card_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"#card_{key} {{ background: palette(base);"
                           " border: 1px solid #c8ccd0; border-radius: 6px; }")
        self.value = QLabel("-")
        self.value.setObjectName("cardValue")
        self.value.setStyleSheet("font-size: 22pt; font-weight: 600;")
        self.value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.caption = QLabel(caption)
        self.caption.setStyleSheet("color: #555555;")
        self.caption.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setObjectName("cardDetail")
        self.detail.setStyleSheet("color: #555555; font-size: 9pt;")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)

    def set(self, value: str, detail: str = "", colour: str | None = None) -> None:
        self.value.setText(value)
        self.value.setStyleSheet("font-size: 22pt; font-weight: 600;"
                                 + (f" color: {colour};" if colour else ""))
        self.detail.setText(detail)


class ListTableModel(QAbstractTableModel):
    """A table over a list of rows, one per line, with the headers of :meth:`headers`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[Any] = []

    def headers(self) -> list[str]:
        raise NotImplementedError

    def set_items(self, items: list[Any]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()  # noqa: B008
                 ) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()  # noqa: B008
                    ) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.headers()[section]
