"""Small helpers for layouts that pages fill again and again."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLayout, QWidget


def discard(widget: QWidget) -> None:
    """Take ``widget`` out of sight now and leave its deletion to the event loop (see
    :func:`clear_form`); until then it has no object name, so a lookup by name
    (``findChild``) finds the widget that replaced it, not this one."""
    widget.hide()
    widget.setObjectName("")
    widget.deleteLater()


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
                discard(widget)


def empty(layout: QLayout) -> None:
    """Take every item out of ``layout`` (a box or grid); its widgets are discarded (see
    :func:`discard`)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            discard(widget)
