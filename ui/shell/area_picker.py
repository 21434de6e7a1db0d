"""The area picker of a page that scopes by area (assessment, reports): every area of the
levels it offers under an "all areas" row, and an area office's own area chosen for it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox


def fill_areas(combo: QComboBox, store: Any, levels: Iterable[str], all_areas: str
               ) -> list[str | None]:
    """Fill ``combo`` with ``all_areas`` (data None) and the live areas of ``levels`` (data:
    the area's code); returns the area id of each row (None for the first)."""
    combo.clear()
    combo.addItem(all_areas, None)
    ids: list[str | None] = [None]
    if store is None:
        return ids
    from riverchief.registry.areas import list_areas

    for a in list_areas(store, levels=levels):  # only these levels: not 40,000 villages
        combo.addItem(f"{a.name} ({a.code})", a.code)
        ids.append(a.id)
    return ids


def pick_own_area(combo: QComboBox, actor: Any, ids: list[str | None]) -> None:
    """An area office starts on its own area (``ids`` as :func:`fill_areas` returned);
    the office of every area listed keeps "all areas". The areas outside the office's
    (and "all areas" when they are not all its own) are greyed out: the core refuses
    their rankings and reports (:mod:`riverchief.security.sight`)."""
    scope = getattr(actor, "area_ids", None)
    scoped = getattr(actor, "role", "") == "evaluator" and scope is not None
    whole = not scoped or all(area_id in scope for area_id in ids[1:])
    model = combo.model()
    if isinstance(model, QStandardItemModel):
        for row, area_id in enumerate(ids):
            item = model.item(row)
            if item is not None:
                item.setEnabled(whole or area_id in scope)
    if whole:
        return  # the office of the whole file: all areas are its own
    own = next((n for n, area_id in enumerate(ids) if area_id in scope), None)
    if own is not None:
        combo.setCurrentIndex(own)
