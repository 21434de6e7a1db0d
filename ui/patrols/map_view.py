"""An offline map of one patrol, drawn with QPainter: no tile server, no network.

The assigned segments' lines (blue), the track coloured by time (early blue → late red),
the photos (squares) and problems (triangles), and the places the verdict's reasons
concern: the largest jump (a dashed red line), the uncovered stretches of the segment
(orange), a photo taken far from the track. Wheel to zoom, drag to pan, double-click to
fit. Positions are WGS84 projected equirectangularly around the patrol (exact enough for
a few kilometres).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
    QWheelEvent,
)
from PySide6.QtWidgets import QWidget

Point = tuple[float, float]
CLICK_SLOP_PX = 4  # a press and release closer than this is a click, not a drag


@dataclass
class MapData:
    lines: list[list[Point]] = field(default_factory=list)  # segment lines, WGS84
    track: list[tuple[float, float, float]] = field(default_factory=list)  # lon, lat, t|nan
    track_breaks: list[int] = field(default_factory=list)  # indexes starting a new segment
    photos: list[tuple[float, float, str]] = field(default_factory=list)
    problems: list[tuple[float, float, str]] = field(default_factory=list)
    uncovered: list[list[Point]] = field(default_factory=list)  # stretches off the track
    jump: tuple[Point, Point] | None = None  # the largest jump


def find_places(data: MapData, buffer_m: float) -> None:
    """Fill in what the reasons point at: the largest jump and the uncovered stretches."""
    if len(data.track) > 1:
        lon = np.array([p[0] for p in data.track])
        lat = np.array([p[1] for p in data.track])
        t = np.array([p[2] for p in data.track])
        k = math.cos(math.radians(float(lat.mean())))
        step = np.hypot(np.diff(lon) * k, np.diff(lat)) * 111_320
        dt = np.diff(t)
        with np.errstate(divide="ignore", invalid="ignore"):
            speed = np.where(dt > 0, step / dt * 3.6, np.where(dt <= 0, np.inf, np.nan))
        breaks = set(data.track_breaks)
        candidates = [i for i in range(len(step)) if (i + 1) not in breaks and step[i] > 200
                      and (not np.isfinite(speed[i]) or speed[i] > 200)]
        if candidates:
            i = max(candidates, key=lambda j: step[j])
            data.jump = ((lon[i], lat[i]), (lon[i + 1], lat[i + 1]))
    if not data.track:
        return
    tl = np.array([p[0] for p in data.track])
    ta = np.array([p[1] for p in data.track])
    k = math.cos(math.radians(float(ta.mean())))
    for line in data.lines:
        # sample the line every ~buffer/2 metres and keep runs farther than the buffer
        samples: list[Point] = []
        for (x0, y0), (x1, y1) in zip(line, line[1:], strict=False):
            d = math.hypot((x1 - x0) * k, y1 - y0) * 111_320
            n = max(1, int(d / max(buffer_m / 2, 1)))
            samples += [(x0 + (x1 - x0) * i / n, y0 + (y1 - y0) * i / n) for i in range(n)]
        if line:
            samples.append(line[-1])
        run: list[Point] = []
        for x, y in samples:
            dist = float(np.min(np.hypot((tl - x) * k, ta - y))) * 111_320
            if dist > buffer_m:
                run.append((x, y))
            elif run:
                data.uncovered.append(run)
                run = []
        if len(run) > 0:
            data.uncovered.append(run)


class MapView(QWidget):
    clicked_place = Signal(float, float)  # a click (not a drag) at this lon, lat

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("patrolMap")
        self.setMinimumSize(320, 260)
        self.data = MapData()
        self.highlight: Point | None = None
        self.scale = 1.0  # pixels per metre
        self.centre: Point = (0.0, 0.0)
        self._k = 1.0
        self._drag: QPointF | None = None
        self._press: QPointF | None = None
        self.setMouseTracking(False)

    def set_data(self, data: MapData) -> None:
        self.data = data
        self.highlight = None
        self.fit()

    def _all_points(self) -> list[Point]:
        pts: list[Point] = [p for line in self.data.lines for p in line]
        pts += [(p[0], p[1]) for p in self.data.track]
        pts += [(p[0], p[1]) for p in self.data.photos + self.data.problems]
        return pts

    def fit(self) -> None:
        pts = self._all_points()
        if not pts:
            self.update()
            return
        xs = [p[0] for p in pts]
        ys = [p[1] for p in pts]
        self._k = math.cos(math.radians((min(ys) + max(ys)) / 2))
        self.centre = ((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2)
        w_m = max((max(xs) - min(xs)) * self._k * 111_320, 50.0)
        h_m = max((max(ys) - min(ys)) * 111_320, 50.0)
        self.scale = 0.9 * min(max(self.width(), 100) / w_m, max(self.height(), 100) / h_m)
        self.update()

    def to_screen(self, lon: float, lat: float) -> QPointF:
        x = (lon - self.centre[0]) * self._k * 111_320 * self.scale + self.width() / 2
        y = -(lat - self.centre[1]) * 111_320 * self.scale + self.height() / 2
        return QPointF(x, y)

    def to_lonlat(self, p: QPointF) -> Point:
        lon = (p.x() - self.width() / 2) / (self._k * 111_320 * self.scale) + self.centre[0]
        lat = -(p.y() - self.height() / 2) / (111_320 * self.scale) + self.centre[1]
        return lon, lat

    def show_place(self, lon: float, lat: float) -> None:
        """Centre on a place and mark it (a reason's location)."""
        self.highlight = (lon, lat)
        self.centre = (lon, lat)
        self.update()

    # --- interaction --------------------------------------------------------------------
    def resizeEvent(self, event: object) -> None:  # noqa: N802
        self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        factor = 1.25 if event.angleDelta().y() > 0 else 0.8
        before = self.to_lonlat(event.position())
        self.scale *= factor
        after = self.to_lonlat(event.position())
        self.centre = (self.centre[0] + before[0] - after[0],
                       self.centre[1] + before[1] - after[1])
        self.update()

    def zoom(self, factor: float) -> None:
        self.scale *= factor
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._drag = event.position()
        self._press = event.position()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._drag is None:
            return
        a, b = self.to_lonlat(self._drag), self.to_lonlat(event.position())
        self.centre = (self.centre[0] - (b[0] - a[0]), self.centre[1] - (b[1] - a[1]))
        self._drag = event.position()
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._drag = None
        press, self._press = self._press, None
        if (press is not None and event.button() == Qt.MouseButton.LeftButton
                and (event.position() - press).manhattanLength() <= CLICK_SLOP_PX):
            self.clicked_place.emit(*self.to_lonlat(event.position()))  # a click, not a drag

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.fit()

    # --- drawing ------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#f4f1ea"))
        self._scale_bar(p)
        pen = QPen(QColor("#4a90d9"), 7)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        for line in self.data.lines:
            path = QPainterPath()
            for i, (x, y) in enumerate(line):
                pt = self.to_screen(x, y)
                path.moveTo(pt) if i == 0 else path.lineTo(pt)
            p.drawPath(path)
        p.setPen(QPen(QColor("#ff9800"), 7, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        for run in self.data.uncovered:
            if len(run) == 1:
                p.drawPoint(self.to_screen(*run[0]))
            for a, b in zip(run, run[1:], strict=False):
                p.drawLine(self.to_screen(*a), self.to_screen(*b))
        track = self.data.track
        times = [t for _, _, t in track if not math.isnan(t)]
        t0, t1 = (min(times), max(times)) if times else (0.0, 1.0)
        breaks = set(self.data.track_breaks)
        for i in range(1, len(track)):
            if i in breaks:
                continue
            t = track[i][2]
            f = 0.0 if math.isnan(t) or t1 == t0 else (t - t0) / (t1 - t0)
            colour = QColor.fromHsvF(0.66 * (1 - min(max(f, 0.0), 1.0)), 0.9, 0.85)
            p.setPen(QPen(colour, 3))
            p.drawLine(self.to_screen(track[i - 1][0], track[i - 1][1]),
                       self.to_screen(track[i][0], track[i][1]))
        if self.data.jump:
            pen = QPen(QColor("#c62828"), 2, Qt.PenStyle.DashLine)
            p.setPen(pen)
            a, b = self.data.jump
            p.drawLine(self.to_screen(*a), self.to_screen(*b))
        p.setPen(QPen(QColor("#333"), 1))
        p.setBrush(QColor("#ffffff"))
        for x, y, _label in self.data.photos:
            c = self.to_screen(x, y)
            p.drawRect(QRectF(c.x() - 5, c.y() - 5, 10, 10))
        p.setBrush(QColor("#c62828"))
        for x, y, _label in self.data.problems:
            c = self.to_screen(x, y)
            p.drawPolygon(QPolygonF([QPointF(c.x(), c.y() - 8), QPointF(c.x() - 7, c.y() + 5),
                                     QPointF(c.x() + 7, c.y() + 5)]))
        if self.highlight:
            c = self.to_screen(*self.highlight)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(QColor("#c62828"), 3))
            p.drawEllipse(c, 16, 16)
        p.end()

    def _scale_bar(self, p: QPainter) -> None:
        if self.scale <= 0:
            return
        target = 120 / self.scale  # metres in 120 px
        nice = 10 ** math.floor(math.log10(max(target, 1)))
        for m in (5, 2, 1):
            if m * nice <= target:
                nice *= m
                break
        px = nice * self.scale
        y = self.height() - 14
        p.setPen(QPen(QColor("#333"), 2))
        p.drawLine(QPointF(10, y), QPointF(10 + px, y))
        label = f"{nice / 1000:g} km" if nice >= 1000 else f"{nice:g} m"
        p.drawText(QPointF(14 + px, y + 4), label)
