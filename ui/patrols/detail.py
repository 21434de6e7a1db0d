"""One patrol in full: what was claimed, the verdict and where its reasons point on the map,
photos, problems, checklist, and the history of revisions."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from riverchief.patrols.taxonomy import category_name, item_name, state_name

from ui.patrols.common import current_actor
from ui.patrols.list_model import method_text, verdict_text
from ui.patrols.map_view import MapData, MapView, find_places
from ui.shell.context import AppContext
from ui.shell.layouts import clear_form

VERDICT_COLOURS = {"valid": "#2e7d32", "suspect": "#b26a00", "invalid": "#c62828"}


class PatrolDetail(QWidget):
    correct_requested = Signal(str)

    def __init__(self, ctx: AppContext, patrol_id: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("patrolDetail")
        self.patrol_id = patrol_id
        self.places: dict[int, tuple[float, float]] = {}
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.title.setWordWrap(True)
        self.verdict = QLabel()
        self.verdict.setObjectName("detailVerdict")
        layout.addWidget(self.title)
        layout.addWidget(self.verdict)
        split = QSplitter()
        layout.addWidget(split, 1)
        left = QWidget()
        lv = QVBoxLayout(left)
        self.reasons = QListWidget()
        self.reasons.setObjectName("detailReasons")
        self.reasons.setWordWrap(True)
        self.reasons.setMaximumHeight(140)
        self.reasons.currentRowChanged.connect(self._reason_chosen)
        self.tabs = QTabWidget()
        self.info = QWidget()
        self.form = QFormLayout(self.info)
        self.photos = QListWidget()
        self.photos.setViewMode(QListWidget.ViewMode.IconMode)
        self.photos.setIconSize(QSize(128, 128))
        self.problems = QListWidget()
        self.problems.setObjectName("detailProblems")
        self.problems.setWordWrap(True)
        self.problems.currentItemChanged.connect(self._problem_chosen)
        self.history = QListWidget()
        self.history.setObjectName("detailHistory")
        self.history.setWordWrap(True)
        self.tabs.addTab(self.info, self.tr("Record"))
        self.tabs.addTab(self.photos, self.tr("Photos"))
        self.tabs.addTab(self.problems, self.tr("Problems"))
        self.tabs.addTab(self.history, self.tr("History"))
        lv.addWidget(QLabel(self.tr("Reasons (click one to see the place):")))
        lv.addWidget(self.reasons)
        lv.addWidget(self.tabs, 1)
        split.addWidget(left)
        right = QWidget()
        rv = QVBoxLayout(right)
        self.map = MapView()
        rv.addWidget(self.map, 1)
        legend = QLabel(self.tr("Blue band: the assigned segment · track from blue (start) to "
                                "red (end) · orange: stretches the track did not cover · "
                                "squares: photos · triangles: problems · wheel to zoom, drag "
                                "to pan, double-click to fit"))
        legend.setWordWrap(True)
        legend.setStyleSheet("color: #555;")
        rv.addWidget(legend)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.correct = QPushButton(self.tr("Correct this patrol…"))
        self.correct.setObjectName("correctPatrol")
        self.correct.clicked.connect(lambda: self.correct_requested.emit(self.patrol_id))
        buttons.addWidget(self.correct)
        layout.addLayout(buttons)
        self.load()

    def load(self) -> None:  # noqa: C901
        store = self.ctx.store
        if store is None:
            return
        from riverchief import media, patrols
        from riverchief.patrols.queries import get_track
        from riverchief.registry.geometry import from_json
        from riverchief.rules import rules_in_force

        p = patrols.get_patrol(store, self.patrol_id)
        if p is None:
            self.title.setText(self.tr("This patrol no longer exists."))
            return
        minutes = (p.end - p.start).total_seconds() / 60
        self.title.setText(self.tr("{chief} · {segments} · {day} {start}–{end}").format(
            chief=p.chief_name, segments=", ".join(p.segment_codes),
            day=p.start.strftime("%Y-%m-%d"), start=p.start.strftime("%H:%M"),
            end=p.end.strftime("%H:%M")))
        colour = VERDICT_COLOURS.get(p.verdict or "", "#000")
        flags = []
        if p.filled_afterwards:
            flags.append(self.tr("filled in afterwards"))
        if p.source == "imported":
            flags.append(self.tr("imported"))
        if p.revision > 1 and p.correction_reason:
            flags.append(self.tr("corrected: {reason}").format(reason=p.correction_reason))
        self.verdict.setText(f"<span style='color:{colour}; font-size:14pt; font-weight:bold'>"
                             f"{verdict_text(p.verdict)}</span>  {' · '.join(flags)}")
        actor = current_actor(self.ctx)
        self.correct.setVisible(actor is not None and (
            actor.is_admin or (actor.role == "chief" and actor.chief_id == p.chief_id)))

        from riverchief.exchange.evidence import record_evidence

        evidence = record_evidence(store, "patrol", p.id)
        rows = [
            (self.tr("Chief"), f"{p.chief_name} ({p.chief_code})"),
            (self.tr("Segments"), ", ".join(p.segment_codes)),
            (self.tr("Time"), self.tr("{start} – {end} ({minutes} min)").format(
                start=p.start.strftime("%Y-%m-%d %H:%M"), end=p.end.strftime("%H:%M"),
                minutes=f"{minutes:.0f}")),
            (self.tr("Method"), method_text(p.method)),
            (self.tr("Weather"), p.weather),
            (self.tr("Distance"), "" if p.distance_m is None else self.tr("{km} km").format(
                km=f"{p.distance_m / 1000:.2f}")),
            (self.tr("Coverage"), "" if p.coverage is None else f"{p.coverage * 100:.0f}%"),
            (self.tr("Track file"), p.track_name or (
                self.tr("track recorded") if p.has_track else self.tr("no track"))),
            (self.tr("Entered"), p.entered_at.strftime("%Y-%m-%d %H:%M")),
            (self.tr("Hash chain"), evidence.chain_text()),
            (self.tr("Received by the office"), evidence.receipt_text()),
            (self.tr("Rule set"), p.ruleset),
            (self.tr("What was seen"), p.notes),
            (self.tr("Done on the spot"), p.actions),
        ]
        for item, state in sorted(p.checklist.items()):
            rows.append((item_name(item), state_name(state)))
        clear_form(self.form)
        for label, value in rows:
            v = QLabel(str(value))
            v.setWordWrap(True)
            v.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(label, v)

        data = MapData()
        for sid in p.segment_ids:
            geom = store.db.execute("SELECT geometry FROM segment WHERE id = ?",
                                    [sid]).fetchone()
            if geom and geom[0]:
                data.lines.append([(float(x), float(y)) for x, y in from_json(geom[0])])
        track = get_track(store, p.id)
        if track is not None:
            data.track = list(zip(track.lon.tolist(), track.lat.tolist(), track.time.tolist(),
                                  strict=True))
            data.track_breaks = [int(i) for i in track.seg_starts.tolist()]
        self.photos.clear()
        for i, r in enumerate(store.db.query(
                "SELECT * FROM patrol_photo WHERE patrol_id = ? ORDER BY position", [p.id]),
                start=1):
            if r["lon"] is not None and r["lat"] is not None:
                data.photos.append((r["lon"], r["lat"], str(i)))
            try:
                icon = QIcon(QPixmap(str(media.thumbnail(store, r["sha256"], 128))))
            except Exception:  # noqa: BLE001 - the demo's photos have no stored file
                icon = QIcon()
            when = r["taken_at"][:16].replace("T", " ") if r["taken_at"] else self.tr(
                "no time or place recorded")
            self.photos.addItem(QListWidgetItem(icon, f"{i}: {when}"))
        self.problems.clear()
        for prob in p.problems:
            item = QListWidgetItem(f"{category_name(prob.category)}: {prob.description}")
            when = prob.found_at[11:16]
            if prob.lon is not None and prob.lat is not None:
                data.problems.append((prob.lon, prob.lat, prob.category))
                item.setData(Qt.ItemDataRole.UserRole, (prob.lon, prob.lat))
                item.setText(item.text() + " — " + self.tr(
                    "found at {time}, on the map (click to see it)").format(time=when))
            else:
                item.setText(item.text() + " — " + self.tr(
                    "found during the patrol, no place on the track"))
            self.problems.addItem(item)
        if not p.problems:
            self.problems.addItem(self.tr("No problems reported."))
        find_places(data, rules_in_force(store).patrol.coverage_buffer_m)
        self.map.set_data(data)

        self.reasons.clear()
        self.places = {}
        for i, reason in enumerate(p.reasons):
            item = QListWidgetItem(reason.message)
            colour = VERDICT_COLOURS.get("invalid" if reason.severity == "invalid" else
                                         "suspect" if reason.severity == "suspect" else "", "")
            if colour:
                from PySide6.QtGui import QBrush, QColor

                item.setForeground(QBrush(QColor(colour)))
            place = self._place_of(reason, data)
            if place is not None:
                self.places[i] = place
                item.setToolTip(self.tr("Click to see the place on the map"))
            self.reasons.addItem(item)
        if not p.reasons:
            self.reasons.addItem(self.tr("No reasons: the patrol is valid."))

        self.history.clear()
        for rev in patrols.history(store, p.id):
            text = self.tr("Revision {n}, {when}, by {who}").format(
                n=rev.number, when=rev.made_at[:16].replace("T", " "), who=rev.made_by)
            if rev.reason:
                text += "\n" + self.tr("Reason: {reason}").format(reason=rev.reason)
            c = rev.content
            text += "\n" + self.tr("{start} – {end}, verdict {verdict}; notes: {notes}").format(
                start=str(c.get("start_at", ""))[:16].replace("T", " "),
                end=str(c.get("end_at", ""))[11:16], verdict=verdict_text(c.get("verdict")),
                notes=c.get("notes", ""))
            self.history.addItem(text)

    def _place_of(self, reason: Any, data: MapData) -> tuple[float, float] | None:
        code = reason.code
        if code == "jump" and data.jump:
            (a, b) = data.jump
            return ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
        if code in ("coverage_low", "coverage_partial") and data.uncovered:
            run = max(data.uncovered, key=len)
            return run[len(run) // 2]
        if code.startswith("photo_"):
            n = reason.numbers.get("photo")
            for x, y, label in data.photos:
                if str(n) == label:
                    return (x, y)
        if code in ("too_short_distance", "too_short_time", "speed_method",
                    "repeated_times") and data.track:
            lon, lat, _ = data.track[len(data.track) // 2]
            if not (math.isnan(lon) or math.isnan(lat)):
                return (lon, lat)
        return None

    def _problem_chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        place = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if place:
            self.map.show_place(float(place[0]), float(place[1]))

    def _reason_chosen(self, row: int) -> None:
        place = self.places.get(row)
        if place is not None:
            self.map.show_place(*place)


class PatrolDetailDialog(QDialog):
    def __init__(self, ctx: AppContext, patrol_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Patrol"))
        self.resize(1100, 720)
        layout = QVBoxLayout(self)
        self.detail = PatrolDetail(ctx, patrol_id)
        layout.addWidget(self.detail)
