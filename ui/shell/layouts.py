"""Small helpers for layouts that pages fill again and again."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout


def clear_form(form: QFormLayout) -> None:
    """Empty ``form``. Its widgets are hidden at once and deleted by the event loop, not
    here: ``removeRow`` deletes them on the spot, which crashed now and then (a
    segmentation fault in a page's refresh after a dialog's OK) when Qt or a Python
    wrapper still held one of them. Until then they lose their object names, so that a
    lookup by name (``findChild``) finds the widget that replaced one, not the old one."""
    while form.rowCount():
        taken = form.takeRow(0)
        for item in (taken.labelItem, taken.fieldItem):
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setObjectName("")
                widget.deleteLater()
