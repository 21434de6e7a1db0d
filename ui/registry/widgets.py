"""Small building blocks of the registry pages: a table model over rows, a segment map,
an assignment timeline, a status line."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

Index = QModelIndex | QPersistentModelIndex


class StatusLine(QLabel):
    """The outcome of the page's last action (an import, an export, a hand-over), said in
    the page: no box pops up at the end of a job (HACKING.md, Qt habits). Hidden while
    there is nothing to say; an error shows in red."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = False
        self.hide()

    def say(self, text: str, error: bool = False) -> None:
        self.error = error and bool(text)
        self.setText(text)
        self.setStyleSheet("color: #b00020;" if self.error else "")
        self.setVisible(bool(text))


class RowsModel(QAbstractTableModel):
    """A read-only table of ``rows`` (tuples of display values) with one key per row.

    It holds plain tuples only — no widget per row — so a province's 30,000 segments show
    at once and scroll smoothly.
    """

    def __init__(self, headers: Callable[[], Sequence[str]]) -> None:
        super().__init__()
        self._headers = headers
        self.rows: list[tuple[Any, ...]] = []
        self.keys: list[str] = []
        self.colors: dict[int, QColor] = {}

    def set_rows(self, keys: list[str], rows: list[tuple[Any, ...]],
                 colors: dict[int, QColor] | None = None) -> None:
        self.beginResetModel()
        self.keys, self.rows, self.colors = keys, rows, colors or {}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers())

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            headers = self._headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self.rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if isinstance(value, float):
                return f"{value:,.1f}"
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ForegroundRole and index.row() in self.colors:
            return QBrush(self.colors[index.row()])
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def key(self, row: int) -> str | None:
        return self.keys[row] if 0 <= row < len(self.keys) else None


PALETTE = ["#1f77b4", "#2ca02c", "#9467bd", "#8c564b", "#17becf", "#bcbd22", "#e377c2",
           "#7f7f7f"]


class SegmentMap(QWidget):
    """The lines of a water's segments, drawn to scale (equirectangular, north up).

    Clicking near a line selects that segment (``segment_clicked``).
    """

    segment_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("segmentMap")
        self.setMinimumSize(260, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.lines: list[tuple[str, str, Sequence[tuple[float, float]]]] = []
        self.points: list[tuple[float, float, str]] = []
        self.selected: str | None = None
        self._screen: dict[str, list[QPointF]] = {}

    def set_lines(self, lines: list[tuple[str, str, Sequence[tuple[float, float]]]],
                  points: list[tuple[float, float, str]] | None = None) -> None:
        """``lines``: (segment id, label, [(lon, lat), ...]); ``points``: sections."""
        self.lines = [line for line in lines if len(line[2]) >= 2]
        self.points = points or []
        self.update()

    def select(self, segment_id: str | None) -> None:
        self.selected = segment_id
        self.update()

    def _transform(self) -> Callable[[float, float], QPointF] | None:
        pts = [p for _, _, line in self.lines for p in line] + [(x, y) for x, y, _ in self.points]
        if not pts:
            return None
        lo_x = min(p[0] for p in pts)
        hi_x = max(p[0] for p in pts)
        lo_y = min(p[1] for p in pts)
        hi_y = max(p[1] for p in pts)
        kx = math.cos(math.radians((lo_y + hi_y) / 2))
        w = max((hi_x - lo_x) * kx, 1e-6)
        h = max(hi_y - lo_y, 1e-6)
        margin = 16
        scale = min((self.width() - 2 * margin) / w, (self.height() - 2 * margin) / h)
        ox = margin + ((self.width() - 2 * margin) - w * scale) / 2
        oy = margin + ((self.height() - 2 * margin) - h * scale) / 2

        def to_screen(lon: float, lat: float) -> QPointF:
            return QPointF(ox + (lon - lo_x) * kx * scale, oy + (hi_y - lat) * scale)

        return to_screen

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#f4f8fb"))
        painter.setPen(QColor("#c8d3dc"))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        to_screen = self._transform()
        self._screen = {}
        if to_screen is None:
            painter.setPen(QColor("#777"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No lines yet"))
            return
        for n, (sid, _label, line) in enumerate(self.lines):
            pts = [to_screen(lon, lat) for lon, lat in line]
            self._screen[sid] = pts
            path = QPainterPath(pts[0])
            for p in pts[1:]:
                path.lineTo(p)
            chosen = sid == self.selected
            pen = QPen(QColor("#d62728") if chosen else QColor(PALETTE[n % len(PALETTE)]))
            pen.setWidthF(4.0 if chosen else 2.0)
            painter.setPen(pen)
            painter.drawPath(path)
        painter.setPen(QPen(QColor("#222")))
        painter.setBrush(QColor("#ffbf00"))
        for lon, lat, _code in self.points:
            p = to_screen(lon, lat)
            painter.drawPolygon([QPointF(p.x(), p.y() - 6), QPointF(p.x() - 5, p.y() + 4),
                                 QPointF(p.x() + 5, p.y() + 4)])

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position()
        best, best_d = None, 12.0
        for sid, pts in self._screen.items():
            for p in pts:
                d = math.hypot(p.x() - pos.x(), p.y() - pos.y())
                if d < best_d:
                    best, best_d = sid, d
        if best is not None:
            self.segment_clicked.emit(best)
        super().mousePressEvent(event)


class AssignmentTimeline(QWidget):
    """A chief's assignments as bars on a time axis, one row per segment."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assignmentTimeline")
        self.setMinimumHeight(120)
        self.bars: list[tuple[str, date, date | None]] = []
        self.today = date.today()

    def set_bars(self, bars: list[tuple[str, date, date | None]], today: date | None = None
                 ) -> None:
        """``bars``: (row label, start, end or None for open)."""
        self.bars = bars
        if today:
            self.today = today
        labels = list(dict.fromkeys(b[0] for b in bars))
        self.setMinimumHeight(40 + 26 * max(1, len(labels)))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        if not self.bars:
            painter.setPen(QColor("#777"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             self.tr("No assignments"))
            return
        labels = list(dict.fromkeys(b[0] for b in self.bars))
        first = min(b[1] for b in self.bars)
        last = max([self.today] + [b[2] for b in self.bars if b[2]])
        first_year, last_year = first.year, last.year + 1
        span = (date(last_year, 1, 1) - date(first_year, 1, 1)).days or 1
        left, right, top = 170, 12, 24
        width = max(10, self.width() - left - right)

        def x(day: date) -> float:
            return left + width * (day - date(first_year, 1, 1)).days / span

        painter.setPen(QColor("#999"))
        for year in range(first_year, last_year + 1):
            xx = x(date(year, 1, 1))
            painter.drawLine(QPointF(xx, top - 4), QPointF(xx, self.height() - 4))
            if year < last_year:
                painter.drawText(QPointF(xx + 4, top - 8), str(year))
        painter.setPen(QPen(QColor("#d62728"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x(self.today), top - 4), QPointF(x(self.today),
                                                                   self.height() - 4))
        for row, label in enumerate(labels):
            y = top + row * 26
            painter.setPen(QColor("#222"))
            painter.drawText(QRectF(4, y, left - 10, 20),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             label)
            for lab, start, end in self.bars:
                if lab != label:
                    continue
                x0, x1 = x(start), x(end or self.today)
                color = QColor("#2ca02c") if end is None or end >= self.today else QColor(
                    "#9aa5b1")
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(color)
                painter.drawRoundedRect(QRectF(x0, y + 3, max(3.0, x1 - x0), 14), 3, 3)
