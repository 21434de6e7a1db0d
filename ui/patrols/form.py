"""The patrol form (巡河填报): the chief's main screen.

Pick the segment (only the chief's current assignments), drop or choose the track file
(the coordinate system is asked when the file does not say and the track lies in China),
times filled from the track, the checklist, notes, photos by drag and drop, problems
found — and the verdict with its reasons shown live, before submitting. The form
autosaves a draft as the chief types; a draft left by a crash is offered on the next
start. Opened on a submitted patrol, the form saves a correction with a reason.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QImage, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from riverchief.errors import UserError
from riverchief.patrols import PatrolInput, PhotoFile, ProblemInput, TrackFile
from riverchief.patrols.service import PLACE_TOLERANCE_M
from riverchief.patrols.taxonomy import (
    CATEGORIES,
    CHECK_ITEMS,
    CHECK_STATES,
    TAXONOMY,
    UNCHECKED,
    category_name,
    item_name,
    state_name,
)
from riverchief.tracks.places import TrackPlace

from ui.patrols.common import current_actor
from ui.shell.context import AppContext

TRACK_SUFFIXES = (".gpx", ".kml", ".kmz", ".csv")
PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png", ".heic", ".heif")
VERDICT_COLOURS = {"valid": "#2e7d32", "suspect": "#b26a00", "invalid": "#c62828"}
AUTOSAVE_MS = 800
LIVE_VERDICT_MS = 400


def _thumb_icon(data: bytes) -> QIcon:
    image = QImage.fromData(data)
    if image.isNull():  # HEIC: Qt has no reader; let Pillow make the thumbnail
        try:
            import io

            from PIL import Image

            from riverchief.media.photos import _register_heif

            _register_heif()
            with Image.open(io.BytesIO(data)) as img:
                img.thumbnail((96, 96))
                buf = io.BytesIO()
                img.convert("RGB").save(buf, "PNG")
            image = QImage.fromData(buf.getvalue())
        except Exception:  # noqa: BLE001 - a thumbnail is a nicety
            return QIcon()
    return QIcon(QPixmap.fromImage(image.scaled(
        96, 96, Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation)))


class ProblemRow(QWidget):
    """One problem found: category, description and its place on the track."""

    removed = Signal(object)
    changed = Signal()
    place_wanted = Signal(object)

    def __init__(self, category: str = "other", description: str = "",
                 place: TrackPlace | None = None, tz: str = "Asia/Shanghai") -> None:
        super().__init__()
        self.tz = tz
        # two lines: what and where, then the description with the row's whole width (on
        # one line with a long category and the place button it was squeezed to a few
        # characters)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.setHorizontalSpacing(6)
        layout.setVerticalSpacing(2)
        self.category = QComboBox()
        for item, cats in TAXONOMY.items():
            for code in cats:
                self.category.addItem(category_name(code), code)
                self.category.setItemData(self.category.count() - 1, item_name(item),
                                          Qt.ItemDataRole.ToolTipRole)
        # not as wide as the longest category: the row would claim the width of the
        # patrol's fields beside it (the list shows every name whole)
        self.category.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.category.setMinimumContentsLength(8)
        self.category.setCurrentIndex(max(0, self.category.findData(category)))
        self.description = QLineEdit(description)
        self.description.setObjectName("problemDescription")
        self.place: TrackPlace | None = place
        self.place_button = QPushButton()
        self.place_button.setObjectName("problemPlace")
        self.remove = QPushButton("×")
        self.remove.setFixedWidth(28)
        layout.addWidget(self.category, 0, 0)
        layout.addWidget(self.place_button, 0, 1)
        layout.addWidget(self.remove, 0, 2)
        layout.addWidget(self.description, 1, 0, 1, 3)
        layout.setColumnStretch(0, 1)
        self.remove.clicked.connect(lambda: self.removed.emit(self))
        self.place_button.clicked.connect(lambda: self.place_wanted.emit(self))
        self.category.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.category.currentIndexChanged.connect(lambda _i: self._category_tip())
        self._category_tip()
        self.description.textChanged.connect(lambda _t: self.changed.emit())
        self.retranslate()

    def retranslate(self) -> None:
        from ui.patrols.problem_place import local_time, place_text

        self.description.setPlaceholderText(self.tr("What was found, e.g. household rubbish "
                                                    "under the bridge"))
        self.remove.setToolTip(self.tr("Remove this problem"))
        p = self.place
        when = local_time(p, self.tz) if p is not None else None
        if p is None:
            self.place_button.setText(self.tr("Place…"))
        elif when is not None:
            self.place_button.setText(self.tr("At {time}").format(time=when.strftime("%H:%M")))
        else:
            self.place_button.setText(self.tr("At {km} km").format(km=f"{p.along_m / 1000:.2f}"))
        tip = place_text(p, self.tz) if p is not None else self.tr(
            "Choose where on the track the problem was found")
        if not self.place_button.isEnabled():
            tip = self.tr("Load the track first: the place is chosen on it.")
        self.place_button.setToolTip(tip)

    def _category_tip(self) -> None:
        self.category.setToolTip(self.category.currentText())  # whole, when the box is narrow

    def set_track_available(self, available: bool) -> None:
        self.place_button.setEnabled(available)
        self.retranslate()

    def set_place(self, place: TrackPlace | None) -> None:
        self.place = place
        self.retranslate()
        self.changed.emit()

    def value(self) -> tuple[str, str]:
        return str(self.category.currentData()), self.description.text()

    def problem(self) -> ProblemInput:
        cat, text = self.value()
        p = self.place
        if p is None:
            return ProblemInput(cat, text)
        return ProblemInput(cat, text, p.lon, p.lat, found_at=p.time)

    def draft(self) -> list[Any]:
        """The row as kept in a draft: category, text, and the place with its time."""
        p = self.place
        return [*self.value(), *((p.lon, p.lat, p.time.isoformat() if p.time else None)
                                 if p is not None else ())]


class PatrolForm(QWidget):
    submitted = Signal(str)  # patrol id
    cancelled = Signal()  # a correction given up (its dialog closes)

    def __init__(self, ctx: AppContext, *, offer_drafts: bool = True) -> None:
        super().__init__()
        self.ctx = ctx
        self.offer_drafts = offer_drafts
        self.setObjectName("patrolForm")
        self.setAcceptDrops(True)
        self.actor: Any = None
        self.draft_id: str | None = None
        self.correcting: str | None = None  # patrol id when correcting
        self.track_path: Path | None = None
        self.track_file: TrackFile | None = None
        self.track: Any = None
        self.photo_paths: list[Path] = []
        self.photo_data: list[bytes] = []
        self.last_verdict: Any = None
        self.place_dialog: Any = None  # the open "where was the problem found" dialog
        self._loading = False
        self._build()
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_draft)
        self._live = QTimer(self)
        self._live.setSingleShot(True)
        self._live.setInterval(LIVE_VERDICT_MS)
        self._live.timeout.connect(self.update_verdict)
        ctx.database_changed.connect(self.attach)
        self.retranslate()
        self.attach()

    # --- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        outer.addWidget(self.heading)
        self.banner = QFrame()
        self.banner.setObjectName("draftBanner")
        self.banner.setStyleSheet("QFrame#draftBanner { background: #fff4d6; border: 1px solid "
                                  "#e0b84c; border-radius: 4px; }")
        bl = QHBoxLayout(self.banner)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.resume = QPushButton()
        self.resume.setObjectName("resumeDraft")
        self.drop_draft = QPushButton()
        bl.addWidget(self.banner_text, 1)
        bl.addWidget(self.resume)
        bl.addWidget(self.drop_draft)
        self.banner.hide()
        self.pending_draft: Any = None
        self.resume.clicked.connect(self.resume_draft)
        self.drop_draft.clicked.connect(self.forget_draft)
        outer.addWidget(self.banner)
        # what became of the last patrol submitted: the form empties itself, and without a
        # word a chief could not tell it was saved (and submitted it again)
        self.done_banner = QFrame()
        self.done_banner.setObjectName("submittedBanner")
        self.done_banner.setStyleSheet("QFrame#submittedBanner { background: #e6f4ea; border: "
                                       "1px solid #81c995; border-radius: 4px; }")
        dl = QHBoxLayout(self.done_banner)
        self.done_text = QLabel()
        self.done_text.setObjectName("submittedText")
        self.done_text.setWordWrap(True)
        self.open_done = QPushButton()
        self.open_done.setObjectName("openSubmitted")
        dl.addWidget(self.done_text, 1)
        dl.addWidget(self.open_done)
        self.done_banner.hide()
        self.done_id: str | None = None
        self.open_done.clicked.connect(self.open_submitted)
        outer.addWidget(self.done_banner)
        split = QSplitter()
        outer.addWidget(split, 1)

        left = QWidget()
        form = QFormLayout(left)
        self.chief = QComboBox()
        self.chief.setObjectName("chiefChoice")
        self.segment = QComboBox()
        self.segment.setObjectName("segmentChoice")
        track_row = QHBoxLayout()
        self.track_button = QPushButton()
        self.track_button.setObjectName("chooseTrack")
        self.crs = QComboBox()
        self.crs.setObjectName("crsChoice")
        track_row.addWidget(self.track_button)
        track_row.addWidget(self.crs, 1)
        self.track_info = QLabel()
        self.track_info.setObjectName("trackInfo")
        self.track_info.setWordWrap(True)
        self.start = QDateTimeEdit()
        self.end = QDateTimeEdit()
        for w in (self.start, self.end):
            w.setCalendarPopup(True)
            w.setDisplayFormat("yyyy-MM-dd HH:mm")
            w.setDateTime(QDateTime.currentDateTime())
        self.method = QComboBox()
        self.weather = QLineEdit()
        self.checks: dict[str, QComboBox] = {}
        check_box = QGroupBox()
        self.check_box = check_box
        grid = QGridLayout(check_box)
        self.check_labels: dict[str, QLabel] = {}
        for row, item in enumerate(CHECK_ITEMS):
            label = QLabel()
            combo = QComboBox()
            combo.setObjectName(f"check_{item}")
            self.checks[item] = combo
            self.check_labels[item] = label
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setMaximumHeight(80)
        self.actions_done = QPlainTextEdit()
        self.actions_done.setMaximumHeight(60)
        self.labels = {k: QLabel() for k in ("chief", "segment", "track", "start", "end",
                                             "method", "weather", "notes", "actions")}
        form.addRow(self.labels["chief"], self.chief)
        form.addRow(self.labels["segment"], self.segment)
        form.addRow(self.labels["track"], track_row)
        form.addRow("", self.track_info)
        form.addRow(self.labels["start"], self.start)
        form.addRow(self.labels["end"], self.end)
        form.addRow(self.labels["method"], self.method)
        form.addRow(self.labels["weather"], self.weather)
        form.addRow(check_box)
        form.addRow(self.labels["notes"], self.notes)
        form.addRow(self.labels["actions"], self.actions_done)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(left)
        split.addWidget(scroll)

        right = QWidget()
        rv = QVBoxLayout(right)
        self.photos_box = QGroupBox()
        pv = QVBoxLayout(self.photos_box)
        self.photos = QListWidget()
        self.photos.setObjectName("photoList")
        self.photos.setViewMode(QListWidget.ViewMode.IconMode)
        self.photos.setIconSize(QSize(96, 96))
        self.photos.setMaximumHeight(150)
        ph_buttons = QHBoxLayout()
        self.add_photos = QPushButton()
        self.remove_photo = QPushButton()
        ph_buttons.addWidget(self.add_photos)
        ph_buttons.addWidget(self.remove_photo)
        ph_buttons.addStretch(1)
        pv.addWidget(self.photos)
        pv.addLayout(ph_buttons)
        rv.addWidget(self.photos_box)
        self.problems_box = QGroupBox()
        self.problem_layout = QVBoxLayout(self.problems_box)
        self.add_problem = QPushButton()
        self.add_problem.setObjectName("addProblem")
        # a correction: the problems the patrol registered stay in the ledger as they are
        self.registered = QLabel()
        self.registered.setObjectName("registeredProblems")
        self.registered.setWordWrap(True)
        self.registered.setStyleSheet("color: #555;")
        self.registered.hide()
        self.registered_problems: list[Any] = []
        self.problem_layout.addWidget(self.registered)
        self.problem_layout.addWidget(self.add_problem)
        self.problem_rows: list[ProblemRow] = []
        rv.addWidget(self.problems_box)
        self.verdict_box = QGroupBox()
        vv = QVBoxLayout(self.verdict_box)
        self.verdict = QLabel()
        self.verdict.setObjectName("liveVerdict")
        self.verdict.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.reasons = QListWidget()
        self.reasons.setObjectName("liveReasons")
        self.reasons.setWordWrap(True)
        vv.addWidget(self.verdict)
        vv.addWidget(self.reasons)
        rv.addWidget(self.verdict_box, 1)
        buttons = QHBoxLayout()
        self.discard = QPushButton()
        self.submit_button = QPushButton()
        self.submit_button.setObjectName("submitPatrol")
        self.submit_button.setDefault(True)
        buttons.addStretch(1)
        buttons.addWidget(self.discard)
        buttons.addWidget(self.submit_button)
        rv.addLayout(buttons)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        self.chief.currentIndexChanged.connect(lambda _i: self._fill_segments())
        self.track_button.clicked.connect(self.choose_track)
        self.crs.currentIndexChanged.connect(lambda _i: self._crs_changed())
        self.add_photos.clicked.connect(self.choose_photos)
        self.remove_photo.clicked.connect(self._remove_photo)
        self.add_problem.clicked.connect(lambda: self.add_problem_row())
        self.submit_button.clicked.connect(self.submit)
        self.discard.clicked.connect(self.discard_form)
        for w in (self.segment, self.method, *self.checks.values()):
            w.currentIndexChanged.connect(lambda _i: self.changed())
        for dt in (self.start, self.end):
            dt.dateTimeChanged.connect(lambda _d: self.changed())
        self.weather.textChanged.connect(lambda _t: self.changed())
        self.notes.textChanged.connect(self.changed)
        self.actions_done.textChanged.connect(self.changed)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Correct a patrol") if self.correcting
                             else self.tr("New patrol"))
        texts = {"chief": self.tr("Chief"), "segment": self.tr("Segment"),
                 "track": self.tr("Track"), "start": self.tr("Start"), "end": self.tr("End"),
                 "method": self.tr("Method"), "weather": self.tr("Weather"),
                 "notes": self.tr("What you saw"), "actions": self.tr("Done on the spot")}
        for key, label in self.labels.items():
            label.setText(texts[key])
        self.track_button.setText(self.tr("Choose track file…"))
        if self.track is None:
            self.track_info.setText(self.tr("Drop a GPX, KML, KMZ or CSV track here, or choose "
                                            "one."))
        self.crs.blockSignals(True)
        current = self.crs.currentData()
        self.crs.clear()
        self.crs.addItem(self.tr("Coordinate system: as the file says"), None)
        self.crs.addItem(self.tr("WGS84 (GPS devices, international apps)"), "wgs84")
        self.crs.addItem(self.tr("GCJ-02 (Amap/Gaode, WeChat, most Chinese apps)"), "gcj02")
        self.crs.addItem(self.tr("BD-09 (Baidu Maps)"), "bd09")
        self.crs.setCurrentIndex(max(0, self.crs.findData(current)))
        self.crs.blockSignals(False)
        self.method.blockSignals(True)
        method = self.method.currentData()
        self.method.clear()
        for key, text in (("foot", self.tr("on foot")), ("boat", self.tr("by boat")),
                          ("vehicle", self.tr("by vehicle")), ("drone", self.tr("by drone"))):
            self.method.addItem(text, key)
        self.method.setCurrentIndex(max(0, self.method.findData(method)))
        self.method.blockSignals(False)
        self.check_box.setTitle(self.tr("Checklist"))
        for item, combo in self.checks.items():
            self.check_labels[item].setText(item_name(item))
            combo.blockSignals(True)
            state = combo.currentData() or UNCHECKED
            combo.clear()
            for s in CHECK_STATES:
                combo.addItem(state_name(s), s)
            combo.setCurrentIndex(max(0, combo.findData(state)))
            combo.blockSignals(False)
        self.weather.setPlaceholderText(self.tr("e.g. sunny, light rain"))
        self.photos_box.setTitle(self.tr("Photos (drop them here)"))
        self.add_photos.setText(self.tr("Add photos…"))
        self.remove_photo.setText(self.tr("Remove photo"))
        self.problems_box.setTitle(self.tr("Problems found"))
        self.add_problem.setText(self.tr("Add a problem"))
        for row in self.problem_rows:
            row.retranslate()
        self.verdict_box.setTitle(self.tr("Check before submitting"))
        self.discard.setText(self.tr("Cancel") if self.correcting else self.tr("Discard"))
        if self.registered_problems:
            self.registered.setText(self.tr(
                "Registered with this patrol (they stay in the problem ledger; a problem "
                "added here is registered as a new one):") + "\n" + "\n".join(
                    f"· {category_name(r.category)}: {r.description}"
                    for r in self.registered_problems))
        self.registered.setVisible(bool(self.registered_problems))
        self.resume.setText(self.tr("Continue it"))
        self.open_done.setText(self.tr("Open it"))
        self.drop_draft.setText(self.tr("Discard it"))
        if self.pending_draft is not None:
            self.banner_text.setText(self.tr(
                "A patrol you were filling in was not submitted (last saved {when}).").format(
                    when=self.pending_draft.updated_at[:16].replace("T", " ")))
        self.submit_button.setText(self.tr("Save correction…") if self.correcting
                                   else self.tr("Submit patrol"))

    def field_labels(self) -> dict[str, str]:
        """The fields as this form names them, for the check's messages ("End: …")."""
        return {"chief": self.tr("Chief"), "segment": self.tr("Segment"),
                "start": self.tr("Start"), "end": self.tr("End"), "method": self.tr("Method"),
                "checklist": self.tr("Checklist"), "problems": self.tr("Problems found")}

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.update_verdict()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        # come back to an empty form (from the home page's "continue it"): offer the
        # unsent draft again; a form being filled in is left alone
        if (self.offer_drafts and self.draft_id is None and not self.correcting
                and self.ctx.store is not None and self._untouched(self.draft_content())):
            self.offer_draft()
        super().showEvent(event)

    # --- database -----------------------------------------------------------------------
    def attach(self) -> None:
        store = self.ctx.store
        self.chief.blockSignals(True)
        self.chief.clear()
        self.actor = current_actor(self.ctx) if store is not None else None
        if store is None:
            self.chief.blockSignals(False)
            return
        if self.actor is not None and self.actor.role == "chief":
            rows = list(store.db.query("SELECT id, code, name FROM chief WHERE id = ?",
                                       [self.actor.chief_id]))
        else:
            rows = list(store.db.query(
                "SELECT id, code, name FROM chief WHERE deleted_at IS NULL ORDER BY code"
                " LIMIT 5000"))
        for r in rows:
            self.chief.addItem(f"{r['name']} ({r['code']})", r["id"])
        self.chief.blockSignals(False)
        self._fill_segments()
        if self.offer_drafts:
            self.offer_draft()

    def _fill_segments(self) -> None:
        store = self.ctx.store
        current = self.segment.currentData()
        self.segment.blockSignals(True)
        self.segment.clear()
        chief_id = self.chief.currentData()
        if store is not None and chief_id:
            from riverchief.registry import queries

            day = self.start.dateTime().toPython().date()  # type: ignore[union-attr]
            for seg in queries.segments_of_chief(store, chief_id, day):
                self.segment.addItem(f"{seg.code} {seg.name}", seg.id)
        self.segment.setCurrentIndex(max(0, self.segment.findData(current)))
        self.segment.blockSignals(False)
        self.changed()

    # --- track and photos ---------------------------------------------------------------
    def choose_track(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose track file"), "",
            self.tr("Tracks (*.gpx *.kml *.kmz *.csv);;All files (*)"))
        if path:
            self.load_track(Path(path))

    def _crs_changed(self) -> None:
        if self.track_path is not None and not self._loading:
            self.load_track(self.track_path, ask=False)

    def load_track(self, path: Path, *, ask: bool = True, fill_times: bool = True) -> bool:
        store = self.ctx.store
        if store is None:
            return False
        crs = self.crs.currentData()
        try:
            tf = TrackFile.from_path(path, crs)
            track = tf.read(store.timezone)
            if ask and crs is None:
                chosen = self._ask_crs(track)
                if chosen:
                    self._loading = True
                    self.crs.setCurrentIndex(max(0, self.crs.findData(chosen)))
                    self._loading = False
                    tf = TrackFile.from_path(path, chosen)
                    track = tf.read(store.timezone)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Track"), str(exc))
            return False
        self.track_path, self.track_file, self.track = path, tf, track
        self._replace_problems()
        km = track.distance_m / 1000
        minutes = (track.duration_s or 0) / 60
        info = self.tr("{name}: {points} points, {km} km, {minutes} min").format(
            name=path.name, points=track.points, km=f"{km:.2f}", minutes=f"{minutes:.0f}")
        for w in track.warnings:
            info += "\n" + w.message
        self.track_info.setText(info)
        if fill_times and track.start is not None and track.end is not None:
            zone = ZoneInfo(store.timezone)
            self._loading = True
            self.start.setDateTime(QDateTime(track.start.astimezone(zone).replace(tzinfo=None)))
            self.end.setDateTime(QDateTime(track.end.astimezone(zone).replace(tzinfo=None)))
            self._loading = False
            self._fill_segments()  # the chief's segments on the day of the track
        self.changed()
        return True

    def _ask_crs(self, track: Any) -> str | None:
        """Ask for the coordinate system when the file does not say and it matters."""
        from riverchief.tracks.crs import crs_name, in_china, suggest_crs

        if suggest_crs(track.creator) is not None or not bool(in_china(track.lon,
                                                                       track.lat).any()):
            return None
        names = [crs_name(c) for c in ("wgs84", "gcj02", "bd09")]
        choice, ok = QInputDialog.getItem(
            self, self.tr("Coordinate system"),
            self.tr("The file does not say which coordinate system it was recorded in. Inside "
                    "China the systems differ by hundreds of metres. Which app or device "
                    "made it?"), names, 0, False)
        return ("wgs84", "gcj02", "bd09")[names.index(choice)] if ok else None

    def choose_photos(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add photos"), "",
            self.tr("Photos (*.jpg *.jpeg *.png *.heic *.heif);;All files (*)"))
        for p in paths:
            self.add_photo(Path(p))

    def add_photo(self, path: Path) -> bool:
        store = self.ctx.store
        from riverchief.media import read_photo

        try:
            data = path.read_bytes()
            info = read_photo(data, path.name, tz=store.timezone if store else "Asia/Shanghai")
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Photos"), f"{path.name}: {exc.strerror or exc}")
            return False
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Photos"), str(exc))
            return False
        self.photo_paths.append(path)
        self.photo_data.append(data)
        item = QListWidgetItem(_thumb_icon(data), path.name)
        item.setToolTip(f"{path.name}\n{info.describe()}")
        self.photos.addItem(item)
        self._number_photos()
        self.changed()
        return True

    def _number_photos(self) -> None:
        """Label each thumbnail with its number: the check's reasons name photos by it."""
        for row, path in enumerate(self.photo_paths):
            item = self.photos.item(row)
            if item is not None:
                item.setText(f"{row + 1}. {path.name}")

    def _remove_photo(self) -> None:
        row = self.photos.currentRow()
        if row < 0:
            return
        self.photos.takeItem(row)
        del self.photo_paths[row]
        del self.photo_data[row]
        self._number_photos()
        self.changed()

    def add_problem_row(self, category: str = "other", description: str = "",
                        place: TrackPlace | None = None) -> ProblemRow:
        store = self.ctx.store
        row = ProblemRow(category, description, place,
                         store.timezone if store is not None else "Asia/Shanghai")
        row.removed.connect(self._remove_problem)
        row.changed.connect(self.changed)
        row.place_wanted.connect(self.choose_problem_place)
        row.set_track_available(self.track is not None)
        self.problem_rows.append(row)
        self.problem_layout.insertWidget(self.problem_layout.count() - 1, row)
        self.changed()
        return row

    def _segment_lines(self) -> list[list[tuple[float, float]]]:
        store, sid = self.ctx.store, self.segment.currentData()
        if store is None or not sid:
            return []
        from riverchief.registry import queries

        seg = queries.get_segment(store, sid)
        return [list(seg.line)] if seg is not None and seg.line else []

    def choose_problem_place(self, row: ProblemRow) -> None:
        """Open the map of the track to pick where the problem was found."""
        if self.track is None or row not in self.problem_rows:
            return
        from ui.patrols.problem_place import ProblemPlaceDialog

        dialog = ProblemPlaceDialog(self.track, self._segment_lines(), row.place, self, row.tz)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._place_chosen(row, dialog.place))
        self.place_dialog = dialog
        dialog.open()

    def _place_chosen(self, row: ProblemRow, place: TrackPlace | None) -> None:
        if row in self.problem_rows:
            row.set_place(place)

    def _replace_problems(self) -> None:
        """The track changed (another file, another coordinate system): keep each problem
        at the same moment of the patrol, else at the nearest place on the new track."""
        from riverchief.tracks.places import nearest_place, place_at_time

        for row in self.problem_rows:
            row.set_track_available(self.track is not None)
            p = row.place
            if p is None:
                continue
            new = None
            if self.track is not None and self.track.points:
                new = place_at_time(self.track, p.time) if p.time is not None else None
                if new is None:
                    near = nearest_place(self.track, p.lon, p.lat)
                    new = near if near.off_track_m <= PLACE_TOLERANCE_M else None
            row.set_place(new)

    def _remove_problem(self, row: ProblemRow) -> None:
        self.problem_rows.remove(row)
        row.deleteLater()
        self.changed()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if any(u.toLocalFile().lower().endswith(TRACK_SUFFIXES + PHOTO_SUFFIXES)
               for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        self.drop_files([Path(u.toLocalFile()) for u in event.mimeData().urls()])
        event.acceptProposedAction()

    def drop_files(self, paths: list[Path]) -> None:
        for p in paths:
            if p.suffix.lower() in TRACK_SUFFIXES:
                self.load_track(p)
            elif p.suffix.lower() in PHOTO_SUFFIXES:
                self.add_photo(p)
            else:  # judged by content: a photo with an odd name still works
                self.add_photo(p)

    # --- the patrol as filled in --------------------------------------------------------
    def _when(self, edit: QDateTimeEdit) -> datetime:
        store = self.ctx.store
        naive = edit.dateTime().toPython()
        assert isinstance(naive, datetime)
        return naive.replace(second=0, microsecond=0, tzinfo=ZoneInfo(
            store.timezone if store else "Asia/Shanghai"))

    def current_input(self) -> PatrolInput:
        start, end = self._when(self.start), self._when(self.end)
        if self.track is not None and self.track.start is not None:
            # minutes shown, seconds kept: the track's own times when the fields match them
            t0, t1 = self.track.start, self.track.end
            if t0.replace(second=0, microsecond=0) == start:
                start = t0
            if t1 is not None and t1.replace(second=0, microsecond=0) == end:
                end = t1
        problems = [row.problem() for row in self.problem_rows]
        return PatrolInput(
            chief_id=self.chief.currentData() or "",
            segment_ids=[self.segment.currentData()] if self.segment.currentData() else [],
            start=start, end=end, method=self.method.currentData() or "foot",
            weather=self.weather.text(),
            checklist={k: c.currentData() for k, c in self.checks.items()
                       if c.currentData() and c.currentData() != UNCHECKED},
            notes=self.notes.toPlainText(), actions=self.actions_done.toPlainText(),
            track=self.track_file,
            photos=[PhotoFile(d, p.name) for d, p in zip(self.photo_data, self.photo_paths,
                                                         strict=True)],
            problems=problems)

    def changed(self) -> None:
        if self._loading:
            return
        if not self.done_banner.isHidden() and not self._untouched(self.draft_content()):
            self.done_banner.hide()  # the next patrol is being filled in
        self._live.start()
        self._autosave.start()

    def update_verdict(self) -> None:
        self._live.stop()
        store = self.ctx.store
        self.reasons.clear()
        self.last_verdict = None
        if store is None:
            return
        from riverchief import patrols
        from riverchief.verdicts import status_name

        if self.track is None and self._when(self.start) == self._when(self.end):
            # nothing filled in yet: say what to do first, not that the times are wrong
            self.verdict.setText(self.tr("Not ready to check"))
            self.verdict.setStyleSheet("font-size: 14pt; font-weight: bold; color: #555;")
            self.reasons.addItem(self.tr("Choose the track file (or drop it on the form), or "
                                         "enter the start and end times of the patrol."))
            return
        try:
            checked = patrols.check_input(store, self.current_input(),
                                          labels=self.field_labels())
            verdict = patrols.evaluate(store, checked, patrol_id=self.correcting)
        except UserError as exc:
            self.verdict.setText(self.tr("Not ready to check"))
            self.verdict.setStyleSheet("font-size: 14pt; font-weight: bold; color: #555;")
            self.reasons.addItem(str(exc))
            return
        self.last_verdict = verdict
        self.verdict.setText(status_name(verdict.status))
        self.verdict.setStyleSheet("font-size: 14pt; font-weight: bold; color: "
                                   f"{VERDICT_COLOURS.get(verdict.status, '#000')};")
        for r in verdict.reasons:
            self.reasons.addItem(r.message)
        if not verdict.reasons:
            self.reasons.addItem(self.tr("The track covers the segment as required."))

    # --- drafts -------------------------------------------------------------------------
    def draft_content(self) -> dict[str, Any]:
        return {
            "chief_id": self.chief.currentData(),
            "segment_id": self.segment.currentData(),
            "start": self.start.dateTime().toString(Qt.DateFormat.ISODate),
            "end": self.end.dateTime().toString(Qt.DateFormat.ISODate),
            "method": self.method.currentData(), "weather": self.weather.text(),
            "checklist": {k: c.currentData() for k, c in self.checks.items()},
            "notes": self.notes.toPlainText(), "actions": self.actions_done.toPlainText(),
            "track": str(self.track_path) if self.track_path else None,
            "crs": self.crs.currentData(),
            "photos": [str(p) for p in self.photo_paths],
            "problems": [r.draft() for r in self.problem_rows],
            "correcting": self.correcting,
        }

    def save_draft(self) -> None:
        self._autosave.stop()
        store = self.ctx.store
        if store is None or self.actor is None or self.correcting:
            return
        content = self.draft_content()
        if self.draft_id is None and self._untouched(content):
            return  # nothing typed yet: no draft
        from riverchief import patrols

        try:
            self.draft_id = patrols.save_draft(store, self.actor, content, self.draft_id)
        except UserError:
            pass  # e.g. no chief chosen yet by an administrator: nothing to keep

    def _untouched(self, c: dict[str, Any]) -> bool:
        return not (c["track"] or c["photos"] or c["problems"] or c["notes"].strip()
                    or c["actions"].strip() or c["weather"].strip()
                    or any(v != UNCHECKED for v in c["checklist"].values()))

    def offer_draft(self) -> None:
        """Offer the newest unsent draft (left by a crash or by closing the app)."""
        store = self.ctx.store
        if store is None or self.actor is None:
            return
        from riverchief import patrols

        found = patrols.drafts(store, self.actor)
        self.pending_draft = found[0] if found else None
        self.banner.setVisible(self.pending_draft is not None)
        self.retranslate()

    def resume_draft(self) -> None:
        d = self.pending_draft
        if d is None:
            return
        self.pending_draft = None
        self.banner.hide()
        self.draft_id = d.id
        self.restore(d.content)

    def forget_draft(self) -> None:
        store = self.ctx.store
        d = self.pending_draft
        if d is not None and QMessageBox.question(
                self, self.tr("Discard"),
                self.tr("Discard the unsent patrol last saved {when}? What was filled in is "
                        "lost and it is not submitted.").format(
                    when=d.updated_at[:16].replace("T", " "))) != QMessageBox.StandardButton.Yes:
            return
        self.pending_draft = None
        self.banner.hide()
        if d is not None and store is not None and self.actor is not None:
            from riverchief import patrols

            patrols.discard_draft(store, self.actor, d.id)

    def restore(self, c: dict[str, Any]) -> None:
        self._loading = True
        try:
            self.chief.setCurrentIndex(max(0, self.chief.findData(c.get("chief_id"))))
            self._fill_segments()
            self.start.setDateTime(QDateTime.fromString(c.get("start", ""),
                                                        Qt.DateFormat.ISODate))
            self.end.setDateTime(QDateTime.fromString(c.get("end", ""), Qt.DateFormat.ISODate))
            self._fill_segments()
            self.segment.setCurrentIndex(max(0, self.segment.findData(c.get("segment_id"))))
            self.method.setCurrentIndex(max(0, self.method.findData(c.get("method"))))
            self.weather.setText(c.get("weather", ""))
            for k, v in (c.get("checklist") or {}).items():
                if k in self.checks:
                    self.checks[k].setCurrentIndex(max(0, self.checks[k].findData(v)))
            self.notes.setPlainText(c.get("notes", ""))
            self.actions_done.setPlainText(c.get("actions", ""))
            self.crs.setCurrentIndex(max(0, self.crs.findData(c.get("crs"))))
        finally:
            self._loading = False
        missing: list[str] = []  # files moved or deleted (a USB stick taken out) since
        if c.get("track"):
            if Path(c["track"]).exists():
                self.load_track(Path(c["track"]), ask=False, fill_times=False)
            else:
                missing.append(c["track"])
        for p in c.get("photos", []):
            if Path(p).exists():
                self.add_photo(Path(p))
            else:
                missing.append(p)
        for entry in c.get("problems", []):
            cat, text = entry[0], entry[1]
            self.add_problem_row(cat if cat in CATEGORIES else "other", text,
                                 self._draft_place(entry[2:]))
        self.update_verdict()
        if missing:
            QMessageBox.warning(self, self.tr("Files not found"), self.tr(
                "These files of the unsent patrol are no longer where they were; add them "
                "again:\n{files}").format(files="\n".join(missing)))

    def _draft_place(self, saved: list[Any]) -> TrackPlace | None:
        """A problem's place kept in a draft, back on the (re-read) track."""
        if len(saved) < 2 or self.track is None or not self.track.points:
            return None
        from riverchief.tracks.places import nearest_place

        try:
            lon, lat = float(saved[0]), float(saved[1])
            when = datetime.fromisoformat(saved[2]) if len(saved) > 2 and saved[2] else None
        except (TypeError, ValueError):
            return None
        near = nearest_place(self.track, lon, lat)
        if near.off_track_m > PLACE_TOLERANCE_M:
            return None
        return TrackPlace(near.lon, near.lat, when or near.time, near.along_m)

    def clear(self) -> None:
        self._loading = True
        self.correcting = None
        self.registered_problems = []
        self.track_path = self.track_file = self.track = None
        self.photo_paths, self.photo_data = [], []
        self.photos.clear()
        for row in list(self.problem_rows):
            row.deleteLater()
        self.problem_rows = []
        self.notes.clear()
        self.actions_done.clear()
        self.weather.clear()
        for c in self.checks.values():
            c.setCurrentIndex(max(0, c.findData(UNCHECKED)))
        self.crs.setCurrentIndex(0)
        now = QDateTime.currentDateTime()  # as a new form: nothing left to submit twice
        self.start.setDateTime(now)
        self.end.setDateTime(now)
        self._loading = False
        self.draft_id = None
        self.retranslate()
        self.update_verdict()

    def discard_form(self) -> None:
        if self.correcting:  # cancel the correction: the patrol stays as it was
            self.cancelled.emit()
            return
        if not self._untouched(self.draft_content()) and QMessageBox.question(
                self, self.tr("Discard"),
                self.tr("Discard this patrol? What you filled in is lost and it is not "
                        "submitted.")) != QMessageBox.StandardButton.Yes:
            return
        store = self.ctx.store
        if self.draft_id and store is not None and self.actor is not None:
            from riverchief import patrols

            patrols.discard_draft(store, self.actor, self.draft_id)
        self.clear()

    # --- correction ---------------------------------------------------------------------
    def load_patrol(self, patrol_id: str) -> None:
        """Fill the form with a submitted patrol, to correct it."""
        store = self.ctx.store
        if store is None:
            return
        from riverchief import media, patrols

        p = patrols.get_patrol(store, patrol_id)
        if p is None:
            return
        self.clear()
        self.correcting = patrol_id
        self._loading = True
        self.chief.setCurrentIndex(max(0, self.chief.findData(p.chief_id)))
        zone = ZoneInfo(store.timezone)
        self.start.setDateTime(QDateTime(p.start.astimezone(zone).replace(tzinfo=None)))
        self.end.setDateTime(QDateTime(p.end.astimezone(zone).replace(tzinfo=None)))
        self._fill_segments()
        self.segment.setCurrentIndex(max(0, self.segment.findData(p.segment_ids[0])))
        self.method.setCurrentIndex(max(0, self.method.findData(p.method)))
        self.weather.setText(p.weather)
        for k, v in p.checklist.items():
            if k in self.checks:
                self.checks[k].setCurrentIndex(max(0, self.checks[k].findData(v)))
        self.notes.setPlainText(p.notes)
        self.actions_done.setPlainText(p.actions)
        self.registered_problems = list(p.problems)
        if p.track_file_id:
            row = store.db["track_file"].get(p.track_file_id)
            self.track_file = TrackFile(row["content"], row["file_name"], row["crs"])
            self.track = self.track_file.read(store.timezone)
            self.track_info.setText(row["file_name"])
        for sha in p.photos:
            data = media.load(store, sha)
            rec = media.get_media(store, sha)
            name = rec.name if rec else sha[:12]
            self.photo_paths.append(Path(name))
            self.photo_data.append(data)
            self.photos.addItem(QListWidgetItem(_thumb_icon(data), name))
        self._number_photos()
        self._loading = False
        self.retranslate()
        self.update_verdict()

    # --- submit -------------------------------------------------------------------------
    def submit(self) -> str | None:
        store = self.ctx.store
        if store is None or self.actor is None:
            return None
        from riverchief import patrols

        self.update_verdict()
        try:
            if self.correcting:
                reason, ok = QInputDialog.getText(
                    self, self.tr("Correct a patrol"),
                    self.tr("Why is this patrol corrected? (kept in its history)"))
                if not ok:
                    return None
                pid = self.correcting
                patrols.correct(store, self.actor, pid, self.current_input(), reason,
                                labels=self.field_labels())
            else:
                pid = patrols.submit(store, self.actor, self.current_input(),
                                     draft_id=self.draft_id, labels=self.field_labels())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Patrol not saved"), str(exc))
            return None
        self.draft_id = None
        self.clear()
        if not self.correcting and self.offer_drafts:  # the chief's own form, not a dialog
            self._show_submitted(store, pid)
        self.ctx.notify({"patrol", "problem"})
        self.submitted.emit(pid)
        return pid

    def _show_submitted(self, store: Any, pid: str) -> None:
        from riverchief import patrols

        from ui.patrols.list_model import verdict_text

        p = patrols.get_patrol(store, pid)
        if p is None:
            return
        zone = ZoneInfo(store.timezone)
        start, end = p.start.astimezone(zone), p.end.astimezone(zone)
        colour = VERDICT_COLOURS.get(p.verdict or "", "#000")
        self.done_id = pid
        self.done_text.setText(self.tr(
            "Submitted: the patrol of {day} {start}–{end} on {segments}, judged "
            "<b style='color:{colour}'>{verdict}</b>. The form is empty for the next one.").format(
                day=start.strftime("%Y-%m-%d"), start=start.strftime("%H:%M"),
                end=end.strftime("%H:%M"), segments=", ".join(p.segment_codes),
                colour=colour, verdict=verdict_text(p.verdict)))
        self.done_banner.show()

    def open_submitted(self) -> None:
        if self.done_id is not None:
            from ui.patrols import open_detail

            open_detail(self.ctx, self.done_id, self)

