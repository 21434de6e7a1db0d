"""The list of many records to tick (ui.shell.long_lists): a province's chiefs, filtered,
ticked with a click, the ticks kept through filtering and refreshing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt

from ui.shell.long_lists import CheckList

ROWS = [(f"id-{n}", f"河长{n} (C{n:05d})") for n in range(60_000)]


def click_box(qtbot: Any, lst: CheckList, row: int) -> None:
    rect = lst.view.visualRect(lst.shown.index(row, 0))
    qtbot.mouseClick(lst.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(rect.left() + rect.height() // 2, rect.center().y()))


def test_a_province_of_chiefs_is_filtered_and_ticked_with_a_click(qtbot: Any) -> None:
    lst = CheckList()
    qtbot.addWidget(lst)
    lst.resize(300, 400)
    lst.show()
    lst.set_rows(ROWS)
    assert lst.view.model().rowCount() == 60_000
    qtbot.keyClicks(lst.filter, "c04242")  # case does not matter
    assert lst.shown.rowCount() == 1
    click_box(qtbot, lst, 0)
    assert lst.ticked() == [("id-4242", "河长4242 (C04242)")]
    lst.filter.clear()
    assert lst.shown.rowCount() == 60_000
    assert lst.ticked() == [("id-4242", "河长4242 (C04242)")]  # kept through the filter
    click_box(qtbot, lst, 0)
    assert lst.ticked() == [("id-0", "河长0 (C00000)"), ("id-4242", "河长4242 (C04242)")]
    click_box(qtbot, lst, 0)  # a second click unticks
    assert [i for i, _ in lst.ticked()] == ["id-4242"]
    lst.set_rows(ROWS[4000:5000])  # refreshed, the chief still listed: still ticked
    assert [i for i, _ in lst.ticked()] == ["id-4242"]
    lst.set_rows(ROWS[:10])  # no longer listed: no longer ticked
    assert lst.ticked() == [] and lst.rows() == ROWS[:10]


def test_a_combo_box_takes_a_province_of_chiefs_at_once(qtbot: Any) -> None:
    from PySide6.QtWidgets import QComboBox

    from ui.shell.long_lists import fill_combo

    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.setEditable(True)
    combo.show()
    model = fill_combo(combo, [(text, code) for code, text in ROWS])
    assert combo.count() == 60_000
    assert (combo.currentText(), combo.currentData()) == ("河长0 (C00000)", "id-0")
    combo.setCurrentIndex(model.find(data="id-4242"))
    assert combo.currentText() == "河长4242 (C04242)"
    assert combo.findText("河长59999 (C59999)") == model.find(text="河长59999 (C59999)") == 59_999
    assert fill_combo(combo, [("一", 1), ("二", 2)]) is model  # refilled, same model
    assert (combo.count(), combo.currentData()) == (2, 1)
    fill_combo(combo, [])
    assert combo.currentIndex() == -1 and combo.currentData() is None
