"""A patrol (巡河记录) as the chief fills it in, and as it is stored."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from riverchief.errors import UserError
from riverchief.i18n import translate
from riverchief.tracks import Track, read_track_bytes
from riverchief.verdicts import Reason

METHODS = ("foot", "boat", "vehicle", "drone")


def _read_file(path: Path | str) -> bytes:
    p = Path(path)
    try:
        return p.read_bytes()
    except FileNotFoundError as exc:
        raise UserError(translate("Patrols", "The file does not exist."), where=str(p)) from exc
    except OSError as exc:
        # Windows refuses to open a folder with PermissionError, not IsADirectoryError
        if isinstance(exc, IsADirectoryError) or p.is_dir():
            raise UserError(translate("Patrols", "This is a folder, not a file."),
                            where=str(p)) from exc
        raise UserError(translate("Patrols", "Cannot read the file: {error}").format(
            error=exc.strerror or exc), where=str(p)) from exc


@dataclass(frozen=True)
class TrackFile:
    """A track file's bytes, its name and the coordinate system it was recorded in
    (``None``: as its producer is known to use, else WGS84)."""

    data: bytes
    name: str
    crs: str | None = None

    @classmethod
    def from_path(cls, path: Path | str, crs: str | None = None) -> TrackFile:
        return cls(_read_file(path), Path(path).name, crs)

    def read(self, tz: str) -> Track:
        return read_track_bytes(self.data, self.name, self.crs, tz=tz)


@dataclass(frozen=True)
class PhotoFile:
    data: bytes
    name: str

    @classmethod
    def from_path(cls, path: Path | str) -> PhotoFile:
        return cls(_read_file(path), Path(path).name)


@dataclass(frozen=True)
class ProblemInput:
    """A problem found on patrol: category code (see taxonomy), description, where on the
    track (WGS84), when it was found (the time at that place of the track; None: the
    patrol's start) and the indexes of its photos among the patrol's photos."""

    category: str
    description: str = ""
    lon: float | None = None
    lat: float | None = None
    photo_indexes: tuple[int, ...] = ()
    found_at: datetime | None = None


@dataclass
class PatrolInput:
    """What the chief fills in; times carry their offset."""

    chief_id: str
    segment_ids: list[str]
    start: datetime
    end: datetime
    method: str = "foot"
    weather: str = ""
    checklist: dict[str, str] = field(default_factory=dict)
    notes: str = ""
    actions: str = ""
    track: TrackFile | None = None
    photos: list[PhotoFile] = field(default_factory=list)
    problems: list[ProblemInput] = field(default_factory=list)
    claimed_distance_m: float | None = None  # imports without a track
    claimed_duration_s: float | None = None


@dataclass(frozen=True)
class ProblemRecord:
    id: str
    category: str
    description: str
    lon: float | None
    lat: float | None
    state: str
    photos: tuple[str, ...]
    found_at: str = ""

    @classmethod
    def from_row(cls, r: dict[str, Any]) -> ProblemRecord:
        return cls(r["id"], r["category"], r["description"], r["lon"], r["lat"], r["state"],
                   tuple(json.loads(r["photos"] or "[]")), r.get("found_at") or "")


@dataclass(frozen=True)
class Patrol:
    """A submitted patrol with its verdict, photos and problems."""

    id: str
    revision: int
    chief_id: str
    chief_code: str
    chief_name: str
    segment_ids: tuple[str, ...]
    segment_codes: tuple[str, ...]
    area_id: str | None
    level: str
    start: datetime
    end: datetime
    method: str
    weather: str
    checklist: dict[str, str]
    notes: str
    actions: str
    has_track: bool
    track_file_id: str | None
    track_name: str | None
    track_crs: str | None
    distance_m: float | None
    duration_s: float | None
    coverage: float | None
    source: str
    entered_at: datetime
    filled_afterwards: bool
    verdict: str | None
    reasons: tuple[Reason, ...]
    ruleset: str
    correction_reason: str
    photos: tuple[str, ...] = ()
    problems: tuple[ProblemRecord, ...] = ()


@dataclass(frozen=True)
class Revision:
    """One revision of a patrol's content: as submitted (number 1) or corrected."""

    number: int
    made_at: str
    made_by: str
    reason: str
    content: dict[str, Any]


#: the fields of a patrol that make its content (what a revision keeps)
CONTENT_FIELDS = ("chief_id", "segment_id", "start_at", "end_at", "method", "weather",
                  "checklist", "notes", "actions", "track_file_id", "distance_m", "duration_s",
                  "coverage", "verdict", "reasons", "ruleset")
