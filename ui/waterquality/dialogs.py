"""Entering one sample by hand: section, date and time, source, values with units."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from riverchief.errors import UserError
from riverchief.waterquality.model import SectionRef, source_name
from riverchief.waterquality.standards import item_name, standard
from riverchief.waterquality.values import SOURCES, Measurement, ValueSyntaxError, parse_value

from ui.shell.context import AppContext
from ui.waterquality.models import unit_text

# The items offered first: the automatic-station five, then the rest of Table 1.
FIRST_ITEMS = ("water_temp", "ph", "do", "codmn", "nh3n", "tp", "tn", "cod", "bod5")


def entry_items(water_type: str) -> list[str]:
    std = standard()
    rest = [k for k in std.items if k not in FIRST_ITEMS]
    items = [k for k in FIRST_ITEMS if k in std] + rest
    if water_type != "lake":
        items = [k for k in items if k not in ("chla", "sd")]
    return items


class SampleDialog(QDialog):
    """A form for one sample; values accept ``1.23``, ``<0.01``, ``0.01L``, ``ND`` or blank."""

    def __init__(self, ctx: AppContext, sections: list[SectionRef],
                 section_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sections = sections
        self.sample_id: str | None = None
        self.setWindowTitle(self.tr("Enter a sample"))
        self.resize(520, 640)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.section = QComboBox()
        for s in sections:
            self.section.addItem(f"{s.code} {s.name}", s.id)
        if section_id:
            self.section.setCurrentIndex(max(0, self.section.findData(section_id)))
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self.source = QComboBox()
        for src in SOURCES:
            self.source.addItem(source_name(src), src)
        self.source.setCurrentIndex(self.source.findData("laboratory"))
        form.addRow(self.tr("Section:"), self.section)
        form.addRow(self.tr("Sampled at:"), self.when)
        form.addRow(self.tr("Source:"), self.source)
        layout.addLayout(form)
        hint = QLabel(self.tr("Type values as measured; below detection as <0.01, 0.01L or "
                              "ND; leave items not measured blank."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Value"),
                                              self.tr("Unit")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.section.currentIndexChanged.connect(self.fill_items)
        self.fill_items()

    def current_section(self) -> SectionRef | None:
        sid = self.section.currentData()
        return next((s for s in self.sections if s.id == sid), None)

    def fill_items(self) -> None:
        section = self.current_section()
        keys = entry_items(section.water_type if section else "river")
        self.table.setRowCount(len(keys))
        std = standard()
        for row, key in enumerate(keys):
            name = QTableWidgetItem(item_name(key))
            name.setData(Qt.ItemDataRole.UserRole, key)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            unit = QTableWidgetItem(unit_text(std[key].unit))
            unit.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(""))
            self.table.setItem(row, 2, unit)

    def set_value(self, key: str, text: str) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == key:
                self.table.item(row, 1).setText(text)
                return
        raise KeyError(key)

    def values(self) -> dict[str, Measurement]:
        """The values typed in; a :class:`UserError` names the item of a bad one."""
        out: dict[str, Measurement] = {}
        for row in range(self.table.rowCount()):
            key = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
            text = self.table.item(row, 1).text()
            try:
                m = parse_value(text)
            except ValueSyntaxError as exc:
                raise UserError(self.tr(
                    "'{text}' is not a value: write a number, a below-detection value "
                    "(<0.01, 0.01L, ND) or leave it blank.").format(text=text),
                    where=item_name(key)) from exc
            if m is not None:
                out[key] = m
        return out

    def save(self) -> None:
        from riverchief.waterquality.samples import add_sample

        from ui.waterquality.pages import current_actor

        section = self.current_section()
        try:
            if section is None:
                raise UserError(self.tr("Choose a section."))
            values = self.values()
            when = self.when.dateTime().toPython()
            assert isinstance(when, datetime)
            assert self.ctx.store is not None
            self.sample_id = add_sample(self.ctx.store, section.id, when,
                                        self.source.currentData(), values,
                                        actor=current_actor(self.ctx))
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        self.ctx.notify({"sample", "sample_value"})
        self.accept()
