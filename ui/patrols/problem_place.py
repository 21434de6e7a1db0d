"""Where on the track a problem was found: the chief clicks the map or moves along the
patrol's time (or distance, for a track without times); the place always lies on the
track (:mod:`riverchief.tracks.places`)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from riverchief.ids import from_unix
from riverchief.tracks import Track
from riverchief.tracks.places import (
    TrackPlace,
    nearest_place,
    place_at_distance,
    place_at_time,
    track_length_m,
)

from ui.patrols.map_view import MapData, MapView

STEPS = 1000  # slider positions along the track

translate = QCoreApplication.translate  # lupdate reads the context of each call


def local_time(place: TrackPlace, tz: str) -> datetime | None:
    """The time at the place in the district's zone (the times the form shows)."""
    return place.time.astimezone(ZoneInfo(tz)) if place.time is not None else None


def place_text(place: TrackPlace | None, tz: str) -> str:
    """How a chosen place reads in the form: the time there and the distance along."""
    if place is None:
        return translate("ProblemPlace", "no place chosen")
    km = f"{place.along_m / 1000:.2f}"
    when = local_time(place, tz)
    if when is not None:
        return translate("ProblemPlace", "{time}, {km} km along the track").format(
            time=when.strftime("%H:%M:%S"), km=km)
    return translate("ProblemPlace", "{km} km along the track").format(km=km)


class ProblemPlaceDialog(QDialog):
    """Pick the place of a problem on the track."""

    def __init__(self, track: Track, lines: list[list[tuple[float, float]]],
                 place: TrackPlace | None = None, parent: QWidget | None = None,
                 tz: str = "Asia/Shanghai") -> None:
        super().__init__(parent)
        self.setObjectName("problemPlaceDialog")
        self.setWindowTitle(self.tr("Where was the problem found?"))
        self.resize(640, 560)
        self.track = track
        self.tz = tz
        self.place: TrackPlace | None = place
        self.start_s, self.end_s = track.start_s, track.end_s
        self.length_m = track_length_m(track)
        self.timed = self.start_s is not None and self.end_s is not None \
            and self.end_s > self.start_s
        layout = QVBoxLayout(self)
        self.hint = QLabel(self.tr(
            "Click the map where you found the problem, or move the slider along the patrol. "
            "The place is always on the track."))
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.map = MapView()
        self.map.setObjectName("placeMap")
        data = MapData(lines=lines)
        data.track = list(zip(track.lon.tolist(), track.lat.tolist(), track.time.tolist(),
                              strict=True))
        data.track_breaks = [int(i) for i in track.seg_starts[1:]]
        self.map.set_data(data)
        layout.addWidget(self.map, 1)
        row = QHBoxLayout()
        self.slider_label = QLabel(self.tr("Time") if self.timed
                                   else self.tr("Distance from the start"))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("placeSlider")
        self.slider.setRange(0, STEPS)
        row.addWidget(self.slider_label)
        row.addWidget(self.slider, 1)
        layout.addLayout(row)
        self.where = QLabel()
        self.where.setObjectName("placeText")
        layout.addWidget(self.where)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.clear_button = QPushButton(self.tr("No place"))
        self.clear_button.setObjectName("clearPlace")
        buttons.addButton(self.clear_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.clear_button.clicked.connect(self.clear_place)
        layout.addWidget(buttons)
        self.map.clicked_place.connect(self.pick)
        self.slider.valueChanged.connect(self._slid)
        self._show(place, move_slider=True)

    # --- choosing -----------------------------------------------------------------------
    def pick(self, lon: float, lat: float) -> None:
        """A click on the map: the nearest place on the track."""
        self._show(nearest_place(self.track, lon, lat), move_slider=True)

    def _slid(self, value: int) -> None:
        f = value / STEPS
        if self.timed:
            assert self.start_s is not None and self.end_s is not None
            seconds = self.start_s + (self.end_s - self.start_s) * f
            place = place_at_time(self.track, from_unix(seconds, UTC))
        else:
            place = place_at_distance(self.track, self.length_m * f)
        self._show(place, move_slider=False)

    def clear_place(self) -> None:
        self._show(None, move_slider=False)

    def _show(self, place: TrackPlace | None, *, move_slider: bool) -> None:
        self.place = place
        self.map.highlight = (place.lon, place.lat) if place is not None else None
        self.map.update()
        self.where.setText(place_text(place, self.tz))
        if move_slider and place is not None:
            self.slider.blockSignals(True)
            self.slider.setValue(self._slider_value(place))
            self.slider.blockSignals(False)

    def _slider_value(self, place: TrackPlace) -> int:
        if self.timed and place.time is not None:
            assert self.start_s is not None and self.end_s is not None
            f = (place.time.timestamp() - self.start_s) / (self.end_s - self.start_s)
        else:
            f = place.along_m / self.length_m if self.length_m > 0 else 0.0
        return round(min(max(f, 0.0), 1.0) * STEPS)
