"""The edit dialog of any registry record, built from the table's field list.

It shows codes where the record refers to others (a segment's water, a chief's area),
checks everything through the core on OK and keeps the dialog open with the wrong field
marked when the core refuses — nothing is saved half-way.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from riverchief.errors import UserError

from ui.shell.context import AppContext

ERROR_STYLE = "border: 2px solid #b00020;"


class RecordDialog(QDialog):
    """Add (``record_id`` None) or edit one record of a registry table."""

    def __init__(self, ctx: AppContext, table: str, record_id: str | None = None,
                 parent: QWidget | None = None, defaults: dict[str, Any] | None = None) -> None:
        super().__init__(parent)
        from riverchief.db import records
        from riverchief.registry import edit
        from riverchief.registry.schema import TABLES, choice_label, label

        self.ctx, self.table, self.record_id = ctx, table, record_id
        self.setObjectName("recordDialog")
        self.fields = [f for f in TABLES[table] if f.kind != "line"]
        self.row = records.get(ctx.store, table, record_id) if record_id and ctx.store else None
        self.revision = self.row["revision"] if self.row else None
        titles = {
            "water": self.tr("water"), "segment": self.tr("segment"),
            "section": self.tr("monitoring section"), "chief": self.tr("chief"),
            "unit": self.tr("responsible unit"), "assignment": self.tr("assignment"),
            "sign": self.tr("public sign"), "area": self.tr("area"),
        }
        what = titles.get(table, table)
        self.setWindowTitle(self.tr("Edit {what}").format(what=what) if record_id
                            else self.tr("New {what}").format(what=what))
        self.widgets: dict[str, QLineEdit | QComboBox] = {}
        form = QFormLayout()
        values = dict(defaults or {})
        if self.row:
            values.update(self.row)
        for f in self.fields:
            value = values.get(f.name)
            widget: QLineEdit | QComboBox
            if f.kind == "choice":
                widget = QComboBox()
                if not f.required:
                    widget.addItem("", None)
                for c in f.choices:
                    widget.addItem(choice_label(c, table), c)
                if value is not None:
                    widget.setCurrentIndex(max(0, widget.findData(value)))
            else:
                widget = QLineEdit()
                if f.kind == "ref":
                    widget.setText(edit.code_for_id(ctx.store, f.ref, value) if value and
                                   ctx.store else "")
                    widget.setPlaceholderText(self.tr("code"))
                    if ctx.store is not None:
                        codes = [r["code"] for r in ctx.store.db.query(
                            f'SELECT code FROM "{f.ref}" WHERE deleted_at IS NULL ORDER BY code')]
                        completer = QCompleter(codes, widget)
                        completer.setFilterMode(completer.filterMode().MatchContains)
                        widget.setCompleter(completer)
                elif f.kind == "idlist":
                    ids = json.loads(value) if isinstance(value, str) else (value or [])
                    widget.setText(",".join(edit.code_for_id(ctx.store, f.ref, i) for i in ids)
                                   if ctx.store else "")
                    widget.setPlaceholderText(self.tr("codes, separated by commas"))
                elif f.kind == "date":
                    widget.setText(str(value or ""))
                    widget.setPlaceholderText("2026-07-01")
                else:
                    widget.setText("" if value is None else str(value))
            widget.setObjectName(f"field_{f.name}")
            self.widgets[f.name] = widget
            text = label(f.name)
            form.addRow((text + " *" if f.required else text) + ":", widget)
        if table == "segment" and self.row and self.row.get("length_m"):
            form.addRow(self.tr("Length:"), QLabel(self.tr("{km:.2f} km (from the line)")
                                                   .format(km=self.row["length_m"] / 1000)))
        self.error = QLabel()
        self.error.setObjectName("dialogError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        """What the user typed, references turned into ids (FieldError for an unknown code)."""
        import re

        from riverchief.i18n import translate
        from riverchief.registry import edit
        from riverchief.registry.schema import FieldError, label

        out: dict[str, Any] = {}
        for f in self.fields:
            w = self.widgets[f.name]
            if isinstance(w, QComboBox):
                out[f.name] = w.currentData()
                continue
            text = w.text().strip()
            if f.kind == "ref":
                if not text:
                    out[f.name] = None
                    continue
                ref = edit.id_for_code(self.ctx.store, f.ref, text)  # type: ignore[arg-type]
                if ref is None:
                    raise FieldError(
                        translate("Import", "Unknown {field} code '{code}'.").format(
                            field=label(f.name), code=text),
                        field=f.name)
                out[f.name] = ref
            elif f.kind == "idlist":
                ids = []
                for code in [c for c in re.split(r"[,;，；、\s]+", text) if c]:
                    ref = edit.id_for_code(self.ctx.store, f.ref, code)  # type: ignore[arg-type]
                    if ref is None:
                        raise FieldError(
                            translate("Import", "Unknown {field} code '{code}'.").format(
                                field=label("chief_id"), code=code),
                            field=f.name)
                    ids.append(ref)
                out[f.name] = ids
            else:
                out[f.name] = text
        return out

    def accept(self) -> None:
        from riverchief.registry import edit
        from riverchief.registry.schema import FieldError

        from ui.security.session import ensure_signed_in

        for w in self.widgets.values():
            w.setStyleSheet("")
        actor = ensure_signed_in(self, self.ctx)
        if actor is None or self.ctx.store is None:
            return
        try:
            values = self.values()
            if self.record_id:
                edit.change(self.ctx.store, actor, self.table, self.record_id, values,
                            expected_revision=self.revision)
            else:
                self.record_id = edit.create(self.ctx.store, actor, self.table, values)
        except FieldError as exc:
            widget = self.widgets.get(exc.field)
            if widget is not None:
                widget.setStyleSheet(ERROR_STYLE)
                widget.setFocus()
            from riverchief.registry.schema import label

            self.error.setText(self.tr("{field}: {message}").format(field=label(exc.field),
                                                                   message=exc.message))
            return
        except UserError as exc:
            self.error.setText(str(exc))
            return
        self.ctx.notify(self.table)
        super().accept()
