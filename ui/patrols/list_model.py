"""The patrol list's lazy table model: pages of rows fetched off the GUI thread.

The model never holds the whole list: it knows the number of rows (counted in the
background) and keeps a bounded cache of pages of 200 rows; a page not yet loaded is
asked for when the view paints it. Every query runs on the list's own reader thread over
its own read-only connection, so a slow search (``instr`` over millions of notes) or a
sort by an unindexed column never freezes the window; results of a superseded query
(the user typed on) are dropped by their generation number.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from riverchief.patrols.queries import (
    GROUPED_SORTS,
    Groups,
    PatrolFilter,
    count,
    estimate,
    first_search_page,
    grouped_page_ids,
    groups,
    page_ids,
    rows_for,
)

log = logging.getLogger(__name__)

PAGE = 200
MAX_PAGES = 60  # at most 12,000 rows cached
COUNT_DELAY_MS = 40  # the exact count starts after the first rows are painted

Index = QModelIndex | QPersistentModelIndex

# column key, sort key (None: not sortable), header
COLUMNS: list[tuple[str, str | None]] = [
    ("start", "start"), ("chief", "chief"), ("segment", "segment"), ("level", "level"),
    ("method", "method"), ("distance", "distance"), ("duration", "duration"),
    ("verdict", "verdict"), ("source", "source"),
]
VERDICT_COLOURS = {"valid": "#2e7d32", "suspect": "#b26a00", "invalid": "#c62828"}


translate = QCoreApplication.translate

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_USER = int(Qt.ItemDataRole.UserRole)
_ROLES = frozenset({_DISPLAY, _FOREGROUND, _TOOLTIP, _USER})
_VERDICT_COLUMN = [key for key, _ in COLUMNS].index("verdict")
_BRUSHES: dict[str, QBrush] = {}


def _verdict_brush(verdict: str | None) -> QBrush | None:
    colour = VERDICT_COLOURS.get(verdict or "")
    if colour is None:
        return None
    if verdict not in _BRUSHES:
        _BRUSHES[verdict or ""] = QBrush(QColor(colour))
    return _BRUSHES[verdict or ""]


def header(key: str) -> str:
    return {
        "start": translate("PatrolList", "Date and time"),
        "chief": translate("PatrolList", "Chief"),
        "segment": translate("PatrolList", "Segment"),
        "level": translate("PatrolList", "Level"),
        "method": translate("PatrolList", "Method"),
        "distance": translate("PatrolList", "Distance (km)"),
        "duration": translate("PatrolList", "Duration (min)"),
        "verdict": translate("PatrolList", "Verdict"),
        "source": translate("PatrolList", "Entered"),
    }[key]


def verdict_text(v: str | None) -> str:
    return {
        "valid": translate("PatrolList", "valid"),
        "suspect": translate("PatrolList", "suspect"),
        "invalid": translate("PatrolList", "invalid"),
    }.get(v or "", "")


def method_text(m: str) -> str:
    return {
        "foot": translate("PatrolList", "on foot"),
        "boat": translate("PatrolList", "by boat"),
        "vehicle": translate("PatrolList", "by vehicle"),
        "drone": translate("PatrolList", "by drone"),
    }.get(m, m)


def level_text(level: str) -> str:
    return {
        "district": translate("PatrolList", "district"),
        "township": translate("PatrolList", "township"),
        "village": translate("PatrolList", "village"),
    }.get(level, level)


def source_text(row: dict[str, Any]) -> str:
    text = {
        "entered": translate("PatrolList", "entered"),
        "imported": translate("PatrolList", "imported"),
        "demo": translate("PatrolList", "demo"),
    }.get(row["source"], row["source"])
    if row.get("filled_afterwards"):
        text += " · " + translate("PatrolList", "filled in afterwards")
    if row.get("corrected"):
        text += " · " + translate("PatrolList", "corrected")
    return text


class _Signals(QObject):
    done = Signal(int, str, object)  # generation, what, result
    failed = Signal(int, str, object)


class _Task(QRunnable):
    def __init__(self, reader: Reader, generation: int, what: str,
                 fn: Callable[[sqlite3.Connection], Any]) -> None:
        super().__init__()
        self.reader, self.generation, self.what, self.fn = reader, generation, what, fn
        self.setAutoDelete(True)

    def run(self) -> None:
        for attempt in range(3):
            if self.generation != self.reader.generation:
                return  # superseded
            try:
                result = self.fn(self.reader.connection())
            except sqlite3.OperationalError as exc:
                if "interrupt" in str(exc) and attempt < 2:
                    continue  # an interrupt meant for the query before this one
                self.reader.signals.failed.emit(self.generation, self.what, exc)
                return
            except Exception as exc:  # noqa: BLE001 - reported to the GUI thread
                log.exception("patrol list query failed")
                self.reader.signals.failed.emit(self.generation, self.what, exc)
                return
            try:
                self.reader.signals.done.emit(self.generation, self.what, result)
            except RuntimeError:  # the list was closed meanwhile
                pass
            return


class Reader:
    """One thread with its own read-only connection; queries run one after another."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(1)
        self.pool.setExpiryTimeout(-1)  # keep the thread (and its connection) alive
        self.signals = _Signals()
        self.generation = 0
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        self._owner = 0  # the thread that opened the connection

    def connection(self) -> sqlite3.Connection:
        with self._lock:
            if self._conn is not None and self._owner != threading.get_ident():
                self._conn = None  # the pool replaced its thread: open anew on this one
            if self._conn is None:
                from riverchief.db.connection import connect

                self._conn = connect(self.path, role="readonly")
                self._owner = threading.get_ident()
                self._conn.execute("PRAGMA cache_size = -65536")  # 64 MB
            return self._conn

    def submit(self, generation: int, what: str, fn: Callable[[sqlite3.Connection], Any]) -> None:
        self.pool.start(_Task(self, generation, what, fn))

    def interrupt(self) -> None:
        """Stop the running query (a superseded search over millions of rows)."""
        with self._lock:
            if self._conn is not None:
                self._conn.interrupt()

    def close(self) -> None:
        self.generation += 1
        self.interrupt()
        self.pool.waitForDone(5000)
        self.pool.start(self._close_connection)  # on the thread that opened it
        self.pool.waitForDone(5000)

    def _close_connection(self) -> None:
        with self._lock:
            if self._conn is not None:
                if self._owner == threading.get_ident():
                    self._conn.close()
                self._conn = None  # else: released when collected


class PatrolListModel(QAbstractTableModel):
    busy_changed = Signal(bool)
    counted = Signal(int)
    failed = Signal(str)

    def __init__(self, db_path: Path, parent: QObject | None = None,
                 conn: sqlite3.Connection | None = None) -> None:
        super().__init__(parent)
        self.conn = conn  # the GUI thread's connection, for first pages that cost ~1 ms
        self.reader = Reader(db_path)
        self.reader.signals.done.connect(self._on_done)
        self.reader.signals.failed.connect(self._on_failed)
        self.filter = PatrolFilter()
        self.sort_key = "start"
        self.descending = True
        self.total = 0
        self.counting = False
        self.pages: OrderedDict[int, list[dict[str, Any]]] = OrderedDict()
        self.pending: set[int] = set()
        self.ids: list[str] | None = None  # every matching id, when a search found them all
        self.estimated = False  # total is an estimate until the exact count arrives
        self.groups: Groups | None = None  # a sort by chief, segment or level: its groups
        self._busy = False

    # --- queries ----------------------------------------------------------------------
    @property
    def generation(self) -> int:
        return self.reader.generation

    def set_filter(self, f: PatrolFilter) -> None:
        self.filter = f
        self.reload()

    def set_search(self, text: str) -> None:
        self.set_filter(replace(self.filter, search=text))

    def reload(self, *, recount: bool = True) -> None:
        """Start over: the first page and the count, in the background.

        ``recount`` False (a new order of the same rows) keeps the number of rows."""
        self.reader.generation += 1
        self.reader.interrupt()
        gen = self.reader.generation
        f, sort, desc = self.filter, self.sort_key, self.descending
        keep = not recount and not self.counting and not f.search.strip()
        known = self.total if keep else 0
        self.beginResetModel()
        self.total = known
        self.pages.clear()
        self.pending = {0}
        self.counting = not keep
        self.estimated = False
        self.ids = None
        self.groups = None
        self.endResetModel()
        if f.search.strip():
            # one pass over the search text finds every match in order: the count and the
            # pages come from that list (a second pass for the count would double the wait)
            def search(c: sqlite3.Connection) -> tuple[list[str], list[dict[str, Any]]]:
                ids = page_ids(c, f, sort=sort, descending=desc, offset=0, limit=-1)
                return ids, rows_for(c, ids[:PAGE])

            if sort == "start":
                # the first matches by date at once, then every match for the count
                self.reader.submit(gen, "page:0", lambda c: rows_for(c, first_search_page(
                    c, f, descending=desc, limit=PAGE)))
            self.reader.submit(gen, "search", search)
        elif self.conn is not None and self._cheap(f, sort):
            # an index walk gives the first page at once: show it without a round trip
            first = rows_for(self.conn, page_ids(self.conn, f, sort=sort, descending=desc,
                                                 offset=0, limit=PAGE))
            self.pages[0] = first
            self.pending.discard(0)
            if self.counting:
                guess = estimate(self.conn, f)
                if guess is not None and guess > len(first):
                    # the whole list's size at once (the scroll bar is right from the start);
                    # the exact count replaces it
                    self.estimated = True
                    self._resize(guess)
                    self.counted.emit(guess)
                else:
                    self._resize(len(first))
            else:
                self.dataChanged.emit(self.index(0, 0), self.index(
                    max(0, min(self.total, PAGE) - 1), len(COLUMNS) - 1))
        elif sort in GROUPED_SORTS:
            # by chief, segment or level: each group's count first (which is also the
            # exact count), then the pages group by group
            def grouped(c: sqlite3.Connection) -> tuple[Groups, list[dict[str, Any]]]:
                found = groups(c, f, sort, desc)
                return found, rows_for(c, grouped_page_ids(c, f, found, sort,
                                                           descending=desc, limit=PAGE))

            self.reader.submit(gen, "groups", grouped)
        else:
            self.reader.submit(gen, "page:0", lambda c: rows_for(c, page_ids(
                c, f, sort=sort, descending=desc, offset=0, limit=PAGE)))
        if self.counting and not f.search.strip() and sort not in GROUPED_SORTS:
            # the first rows are painted before the count (a scan of the whole list on a
            # province) competes with them for the processor
            QTimer.singleShot(COUNT_DELAY_MS, lambda: self._count(gen, f))
        self._set_busy(self.counting or bool(self.pending))

    def _count(self, generation: int, f: PatrolFilter) -> None:
        if generation == self.generation:
            self.reader.submit(generation, "count", lambda c: count(c, f))

    @staticmethod
    def _cheap(f: PatrolFilter, sort: str) -> bool:
        """Whether the first page is an index walk (date order; no search, area or level,
        whose matches may lie far apart in that order)."""
        return (sort == "start" and not f.search.strip() and f.area_ids is None
                and not f.level)

    def _load_page(self, page: int) -> None:
        if page in self.pending or page in self.pages:
            return
        self.pending.add(page)
        if self.ids is not None:
            chunk = self.ids[page * PAGE:(page + 1) * PAGE]
            self.reader.submit(self.generation, f"page:{page}", lambda c: rows_for(c, chunk))
            return
        f, sort, desc = self.filter, self.sort_key, self.descending
        found = self.groups
        if found is not None:
            self.reader.submit(self.generation, f"page:{page}", lambda c: rows_for(
                c, grouped_page_ids(c, f, found, sort, descending=desc, offset=page * PAGE,
                                    limit=PAGE)))
            return
        self.reader.submit(self.generation, f"page:{page}", lambda c: rows_for(c, page_ids(
            c, f, sort=sort, descending=desc, offset=page * PAGE, limit=PAGE)))

    def _on_done(self, generation: int, what: str, result: Any) -> None:
        if generation != self.generation:
            return
        if what == "groups":
            found, first = result
            self.groups = found
            self.pages = OrderedDict({0: first})
            self.pending.discard(0)
            self.counting = False
            total = sum(n for _, n in found)
            self._resize(total)
            if first:
                self.dataChanged.emit(self.index(0, 0), self.index(
                    min(total, PAGE) - 1, len(COLUMNS) - 1))
            self.counted.emit(total)
        elif what == "search":
            ids, first = result
            self.ids = ids
            self.pages = OrderedDict({0: first})
            self.pending.discard(0)
            self.counting = False
            self._resize(len(ids))
            if ids:
                self.dataChanged.emit(self.index(0, 0), self.index(
                    min(len(ids), PAGE) - 1, len(COLUMNS) - 1))
            self.counted.emit(len(ids))
        elif what == "count":
            self.counting = False
            self.estimated = False
            new_total = int(result)
            self._resize(new_total)
            self.counted.emit(new_total)
        else:
            page = int(what.split(":")[1])
            self.pending.discard(page)
            self.pages[page] = result
            while len(self.pages) > MAX_PAGES:
                self.pages.popitem(last=False)
            if self.counting and page == 0 and not self.estimated:
                self._resize(len(result))  # show the first rows before the count is known
            else:
                first = page * PAGE
                last = min(first + len(result), self.total) - 1
                if last >= first:
                    self.dataChanged.emit(self.index(first, 0),
                                          self.index(last, len(COLUMNS) - 1))
        self._set_busy(self.counting or bool(self.pending))

    def _on_failed(self, generation: int, what: str, exc: object) -> None:
        if generation != self.generation:
            return
        self.pending.clear()
        self.counting = False
        self._set_busy(False)
        if not isinstance(exc, sqlite3.OperationalError) or "interrupt" not in str(exc):
            self.failed.emit(str(exc))

    def _resize(self, new_total: int) -> None:
        if new_total > self.total:
            self.beginInsertRows(QModelIndex(), self.total, new_total - 1)
            self.total = new_total
            self.endInsertRows()
        elif new_total < self.total:
            self.beginRemoveRows(QModelIndex(), new_total, self.total - 1)
            self.total = new_total
            self.endRemoveRows()

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    @property
    def busy(self) -> bool:
        return self._busy

    def close(self) -> None:
        self.reader.close()

    # --- Qt model ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return header(COLUMNS[section][0])
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def row_at(self, row: int) -> dict[str, Any] | None:
        """The loaded row, or None (and its page is asked for)."""
        if not 0 <= row < self.total:
            return None
        page = row // PAGE
        rows = self.pages.get(page)
        if rows is None:
            self._load_page(page)
            return None
        self.pages.move_to_end(page)
        offset = row - page * PAGE
        return rows[offset] if offset < len(rows) else None

    def patrol_id(self, row: int) -> str | None:
        r = self.row_at(row)
        return r["id"] if r else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # called for every role of every visible cell at each paint: kept lean (roles as
        # plain numbers, each row's texts made once and kept with the row)
        if role not in _ROLES or not index.isValid():
            return None
        column = index.column()
        if not 0 <= column < len(COLUMNS):
            return None
        r = self.row_at(index.row())
        if r is None:
            return "…" if role == _DISPLAY and column == 0 else None
        if role == _DISPLAY:
            cells = r.get("_cells")
            if cells is None:
                cells = r["_cells"] = tuple(self._display(key, r) for key, _ in COLUMNS)
            return cells[column]
        if role == _USER:
            return r["id"]
        if role == _FOREGROUND:
            return _verdict_brush(r["verdict"]) if column == _VERDICT_COLUMN else None
        return f"{r['chief_code']} {r['chief_name']} · {r['segment_code']} {r['segment_name']}"

    def forget_texts(self) -> None:
        """The language changed: make the loaded rows' texts anew when next painted."""
        for rows in self.pages.values():
            for r in rows:
                r.pop("_cells", None)

    def _display(self, key: str, r: dict[str, Any]) -> str:
        if key == "start":
            start = datetime.fromisoformat(r["start_at"])
            end = datetime.fromisoformat(r["end_at"])
            return f"{start:%Y-%m-%d %H:%M}–{end:%H:%M}"
        if key == "chief":
            return str(r["chief_name"])
        if key == "segment":
            return f"{r['segment_code']} {r['segment_name']}"
        if key == "level":
            return level_text(r["level"])
        if key == "method":
            return method_text(r["method"])
        if key == "distance":
            return "" if r["distance_m"] is None else f"{r['distance_m'] / 1000:.2f}"
        if key == "duration":
            return "" if r["duration_s"] is None else f"{r['duration_s'] / 60:.0f}"
        if key == "verdict":
            return verdict_text(r["verdict"])
        return source_text(r)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column][1]
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending):
            return  # the view asks when sorting is switched on: the order it already has
        self.sort_key = key
        self.descending = descending
        self.reload(recount=False)  # the same rows in another order: the count stands
