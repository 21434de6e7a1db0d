"""Qt models of the water-quality pages."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from riverchief.charts.waterquality import CLASS_COLOURS, class_text
from riverchief.waterquality.classes import WaterClass
from riverchief.waterquality.overview import SectionStatus
from riverchief.waterquality.standards import water_type_name

Index = QModelIndex | QPersistentModelIndex

# Readable text on each class colour.
_TEXT_ON = {WaterClass.I: "#ffffff", WaterClass.II: "#000000", WaterClass.III: "#ffffff",
            WaterClass.IV: "#000000", WaterClass.V: "#000000",
            WaterClass.WORSE_THAN_V: "#ffffff"}


def unit_text(unit: str) -> str:
    """A unit of the standard as the screen writes it: its Chinese units (pH's 无量纲, the
    coliforms' 个/L) in the reader's language, and ℃ as °C (the bundled font's ℃ is
    blank: 水温 ( ) on screen)."""
    if unit == "无量纲":
        return QCoreApplication.translate("Units", "dimensionless")
    if unit == "个/L":
        return QCoreApplication.translate("Units", "count/L")
    return unit.replace("℃", "°C")


def class_brushes(cls: WaterClass) -> tuple[QBrush, QBrush]:
    """Background and text brushes of a class cell."""
    return QBrush(QColor(CLASS_COLOURS[cls])), QBrush(QColor(_TEXT_ON[cls]))


class SectionsModel(QAbstractTableModel):
    """Monitoring sections with their latest class, status and target."""

    CODE, NAME, WATER_TYPE, TARGET, MONTH, CLASS, STATUS, ATTAINED = range(8)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[SectionStatus] = []

    def set_rows(self, rows: list[SectionStatus]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def headers(self) -> list[str]:
        return [self.tr("Code"), self.tr("Section"), self.tr("Water type"), self.tr("Target"),
                self.tr("Latest month"), self.tr("Class"), self.tr("Status"),
                self.tr("Target met")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == self.CODE:
                return r.section.code
            if col == self.NAME:
                return r.section.name
            if col == self.WATER_TYPE:
                return water_type_name(r.section.water_type)
            if col == self.TARGET:
                return class_text(r.section.target)
            if col == self.MONTH:
                return r.month or self.tr("no data")
            if col == self.CLASS:
                return class_text(r.water_class) if r.water_class else ""
            if col == self.STATUS:
                return r.status.label if r.status else ""
            if col == self.ATTAINED:
                if r.attained is None:
                    return ""
                return self.tr("yes") if r.attained else self.tr("no")
        if role == Qt.ItemDataRole.BackgroundRole:
            if col == self.CLASS and r.water_class:
                return class_brushes(r.water_class)[0]
            if col == self.TARGET:
                return class_brushes(r.section.target)[0]
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == self.CLASS and r.water_class:
                return class_brushes(r.water_class)[1]
            if col == self.TARGET:
                return class_brushes(r.section.target)[1]
            if col == self.ATTAINED and r.attained is not None:
                return QBrush(QColor("#2e7d32" if r.attained else "#c62828"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.TARGET, self.CLASS):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.UserRole:
            return r.section.id
        return None
