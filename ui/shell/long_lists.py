"""Lists of many records: a province's 60,000 chiefs to tick or to pick.

A ``QListWidget`` or ``QComboBox`` makes an item per row when it is filled (a call or four
each): a second on a province, on the GUI thread, every time the list is refreshed. These
models keep the rows as a Python list and answer the view only for the rows it shows.

- :class:`CheckList`: a filter box over rows to tick; the ticks are a set of ids, so
  filtering or refreshing the list keeps them.
- :func:`fill_combo`: a combo box's rows (text, data) set at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QComboBox, QLineEdit, QListView, QVBoxLayout, QWidget

Index = QModelIndex | QPersistentModelIndex


class CheckListModel(QAbstractListModel):
    """Rows of (id, text), each with a tick."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str]] = []
        self._ticked: set[str] = set()

    def set_rows(self, rows: Iterable[tuple[str, str]]) -> None:
        """Show ``rows``; ticks of ids still listed are kept."""
        self.beginResetModel()
        self._rows = list(rows)
        self._ticked &= {i for i, _ in self._rows}
        self.endResetModel()

    def rows(self) -> list[tuple[str, str]]:
        return list(self._rows)

    def ticked(self) -> list[tuple[str, str]]:
        """The ticked rows, in the list's order."""
        return [r for r in self._rows if r[0] in self._ticked]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row_id, text = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if row_id in self._ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.UserRole:
            return row_id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: Index, value: Any,  # noqa: N802 - Qt's name
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        row_id = self._rows[index.row()][0]
        state = value.value if isinstance(value, Qt.CheckState) else int(value)
        if state == Qt.CheckState.Checked.value:
            self._ticked.add(row_id)
        else:
            self._ticked.discard(row_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


class CheckList(QWidget):
    """A filter box over a list of rows to tick."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CheckListModel(self)
        self.shown = QSortFilterProxyModel(self)
        self.shown.setSourceModel(self.model)
        self.shown.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit()
        self.filter.setObjectName("checkListFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.shown.setFilterFixedString)
        self.view = QListView()
        self.view.setObjectName("checkListView")
        self.view.setUniformItemSizes(True)  # the view measures one row, not 60,000
        self.view.setModel(self.shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)

    def set_rows(self, rows: Iterable[tuple[str, str]]) -> None:
        self.model.set_rows(rows)

    def rows(self) -> list[tuple[str, str]]:
        return self.model.rows()

    def ticked(self) -> list[tuple[str, str]]:
        return self.model.ticked()

    def tick(self, row_id: str, on: bool = True) -> None:
        """Tick (or untick) the row of ``row_id``, as a click on its box does."""
        for n, (i, _text) in enumerate(self.model.rows()):
            if i == row_id:
                state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
                self.model.setData(self.model.index(n), state.value,
                                   Qt.ItemDataRole.CheckStateRole)
                return
        raise KeyError(row_id)


class RowsModel(QAbstractListModel):
    """Rows of (text, data) for a combo box: its text and ``currentData()``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, Any]] = []

    def set_rows(self, rows: Iterable[tuple[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._rows[index.row()][0]
        if role == Qt.ItemDataRole.UserRole:
            return self._rows[index.row()][1]
        return None

    def find(self, *, text: str | None = None, data: Any = None) -> int:
        """The row with ``text`` (or else ``data``); -1 when none has it."""
        for n, (t, d) in enumerate(self._rows):
            if (t == text) if text is not None else (d == data):
                return n
        return -1


def fill_combo(combo: QComboBox, rows: Iterable[tuple[str, Any]]) -> RowsModel:
    """Set ``combo``'s rows (text, data) at once, through a :class:`RowsModel` it keeps; the
    current row becomes the first. The combo no longer measures every row for its width."""
    model = combo.model()
    if not isinstance(model, RowsModel):
        model = RowsModel(combo)
        combo.setModel(model)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(24)
        view = combo.view()
        if isinstance(view, QListView):
            view.setUniformItemSizes(True)
    model.set_rows(rows)
    combo.setCurrentIndex(0 if model.rowCount() else -1)
    return model
