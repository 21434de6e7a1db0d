"""Writing patrols: submit (locks the record), correct (a new revision with a reason),
drafts (autosaved form content), and recomputing verdicts with the rule set in force.

Every write checks the actor's role first: a chief writes only their own patrols; an
evaluator may recompute verdicts (``patrols.review``) but never changes a patrol's content.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from riverchief.db import records
from riverchief.errors import UserError, place
from riverchief.exchange.chain import chain_record
from riverchief.i18n import translate
from riverchief.ids import now_iso, uuid7
from riverchief.media import PhotoInfo, put_photo, read_photo
from riverchief.patrols.model import (
    CONTENT_FIELDS,
    METHODS,
    PatrolInput,
    ProblemInput,
    Revision,
)
from riverchief.patrols.taxonomy import CATEGORIES, CHECK_ITEMS, CHECK_STATES
from riverchief.progress import SILENT, Progress, check
from riverchief.registry import queries as registry
from riverchief.registry.geometry import from_json
from riverchief.rules import RuleSet, rules_in_force
from riverchief.security import Actor, require
from riverchief.tracks import Track
from riverchief.tracks.codec import encode
from riverchief.tracks.places import nearest_place
from riverchief.tracks.shape import shape_of
from riverchief.verdicts import FirstUse, PatrolEvidence, Photo, Verdict, judge, judge_many
from riverchief.verdicts.stored import earlier_photos, earlier_track, load_evidence

if TYPE_CHECKING:
    from riverchief.db import Store

MAX_PATROL_HOURS = 24


@dataclass(frozen=True)
class Checked:
    """A patrol input that passed the checks, with what was read from its files."""

    input: PatrolInput
    level: str
    area_id: str
    segment_lines: list[list[tuple[float, float]]]
    track: Track | None
    photos: list[PhotoInfo]


def local_iso(value: datetime, tz: str) -> str:
    """ISO 8601 in the district's zone, so that stored times sort as text."""
    return value.astimezone(ZoneInfo(tz)).isoformat(timespec="seconds")


def _aware(value: datetime, tz: str, what: str, where: str | None) -> datetime:
    if value.tzinfo is None:
        return value.replace(tzinfo=ZoneInfo(tz))
    return value


def check_input(store: Store, inp: PatrolInput, *, where: str | None = None,
                labels: dict[str, str] | None = None, now: datetime | None = None) -> Checked:
    """Check a patrol as filled in and read its track and photos; raises :class:`UserError`.

    Nothing is written. ``where`` prefixes messages (e.g. a spreadsheet row) and
    ``labels`` names the fields as the user sees them (e.g. spreadsheet columns).
    """
    def err(message: str, fld: str) -> UserError:
        return UserError(message, where=place(where, fld))

    names = {
        "chief": translate("Patrols", "chief"), "segment": translate("Patrols", "segment"),
        "start": translate("Patrols", "start"), "end": translate("Patrols", "end"),
        "method": translate("Patrols", "method"), "checklist": translate("Patrols", "checklist"),
        "problems": translate("Patrols", "problems"),
    }
    names.update(labels or {})

    chief = registry.get_chief(store, inp.chief_id) if inp.chief_id else None
    if chief is None:
        raise err(translate("Patrols", "Choose the river chief who patrolled."),
                  names["chief"])
    start = _aware(inp.start, store.timezone, "start", where)
    end = _aware(inp.end, store.timezone, "end", where)
    if not inp.segment_ids:
        day = start.astimezone(ZoneInfo(store.timezone)).date()
        if not registry.segments_of_chief(store, chief.id, day):
            # nothing to choose: the date (often a track's) is before or after the
            # chief's assignments, and "choose the segment" would send them to an empty list
            raise err(translate(
                "Patrols", "{chief} was not responsible for any segment on {day}: check the "
                "patrol's date (or the track file's).").format(chief=chief.name,
                                                                day=day.isoformat()),
                names["start"])
        raise err(translate("Patrols", "Choose the segment that was patrolled."),
                  names["segment"])
    if end <= start:
        raise err(translate("Patrols", "The end time must be after the start time."),
                  names["end"])
    if end - start > timedelta(hours=MAX_PATROL_HOURS):
        raise err(translate("Patrols", "A patrol cannot last more than {hours} hours.").format(
            hours=MAX_PATROL_HOURS), names["end"])
    current = now or datetime.now(ZoneInfo(store.timezone))
    if start > current + timedelta(minutes=10):
        raise err(translate("Patrols", "The patrol cannot start in the future."),
                  names["start"])
    local_day = start.astimezone(ZoneInfo(store.timezone)).date()
    assigned = {s.id: s for s in registry.segments_of_chief(store, chief.id, local_day)}
    lines: list[list[tuple[float, float]]] = []
    for sid in inp.segment_ids:
        seg = registry.get_segment(store, sid)
        if seg is None:
            raise err(translate("Patrols", "The segment does not exist."),
                      names["segment"])
        if sid not in assigned:
            raise err(translate(
                "Patrols", "{chief} was not responsible for segment {segment} on {day}.").format(
                    chief=chief.name, segment=seg.code, day=local_day.isoformat()),
                names["segment"])
        lines.append(list(from_json(_segment_geometry(store, sid))))
    if inp.method not in METHODS:
        raise err(translate("Patrols", "Unknown method of patrol '{method}'.").format(
            method=inp.method), names["method"])
    for item, state in inp.checklist.items():
        if item not in CHECK_ITEMS or state not in CHECK_STATES:
            raise err(translate("Patrols", "Unknown checklist entry '{item}: {state}'.").format(
                item=item, state=state), names["checklist"])
    for n, problem in enumerate(inp.problems, start=1):
        if problem.category not in CATEGORIES:
            raise err(translate("Patrols", "Unknown problem category '{category}'.").format(
                category=problem.category), names["problems"])
        if not problem.description.strip():
            # the ledger and the responsible unit get this text and nothing else
            raise err(translate("Patrols", "Say what was found: the problem has no "
                                "description."),
                      translate("Patrols", "{field} {n}").format(field=names["problems"], n=n))
        if any(i < 0 or i >= len(inp.photos) for i in problem.photo_indexes):
            raise err(translate("Patrols", "A problem refers to a photo that is not attached."),
                      names["problems"])
    track = inp.track.read(store.timezone) if inp.track else None
    problems = [_check_place(store, p, n, track, start, end, err, names["problems"])
                for n, p in enumerate(inp.problems, start=1)]
    photos = [read_photo(p.data, p.name, tz=store.timezone) for p in inp.photos]
    fixed = PatrolInput(**{**inp.__dict__, "start": start, "end": end, "problems": problems})
    return Checked(fixed, chief.level, chief.area_id, lines, track, photos)


#: how far from the track a problem's place may lie (a click beside the line) and how far
#: outside the patrol's times its time may lie
PLACE_TOLERANCE_M = 100.0
PLACE_TIME_SLACK = timedelta(minutes=10)


def _check_place(store: Store, p: ProblemInput, n: int, track: Track | None, start: datetime,
                 end: datetime, err: Any, field: str) -> ProblemInput:
    """A problem's place and time checked against the patrol: the place on the track (a
    place near it snaps onto it), the time within the patrol or the track's times (the
    track's time at the place when none was given)."""
    label = translate("Patrols", "{field} {n}").format(field=field, n=n)  # e.g. "problems 2"
    if (p.lon is None) != (p.lat is None):
        raise err(translate("Patrols", "Give both the longitude and the latitude of the "
                            "problem's place, or neither."), label)
    found_at = p.found_at
    if found_at is not None and found_at.tzinfo is None:
        found_at = found_at.replace(tzinfo=ZoneInfo(store.timezone))
    lon, lat = p.lon, p.lat
    if lon is not None and lat is not None:
        if not (math.isfinite(lon) and math.isfinite(lat) and -180 <= lon <= 180
                and -90 <= lat <= 90):
            raise err(translate("Patrols", "The problem's place ({lon}, {lat}) is not a "
                                "longitude and latitude.").format(lon=lon, lat=lat), label)
        if track is not None and track.points:
            place = nearest_place(track, lon, lat)
            if place.off_track_m > PLACE_TOLERANCE_M:
                raise err(translate(
                    "Patrols", "The problem's place is {metres} m from the track: choose a "
                    "place on the track.").format(metres=f"{place.off_track_m:,.0f}"), label)
            lon, lat = place.lon, place.lat
            if found_at is None and place.time is not None:
                found_at = place.time
    spans = [(start - PLACE_TIME_SLACK, end + PLACE_TIME_SLACK)]
    if track is not None and track.start is not None and track.end is not None:
        spans.append((track.start, track.end))  # the track's own time (the verdict judges it)
    if found_at is not None and not any(a <= found_at <= b for a, b in spans):
        raise err(translate("Patrols", "The problem was found at {when}, outside the patrol "
                            "({start} to {end}).").format(
            when=found_at.strftime("%Y-%m-%d %H:%M"), start=start.strftime("%Y-%m-%d %H:%M"),
            end=end.strftime("%H:%M")), label)
    return replace(p, lon=lon, lat=lat, found_at=found_at)


def _segment_geometry(store: Store, segment_id: str) -> str | None:
    rows = list(store.db.query("SELECT geometry FROM segment WHERE id = ?", [segment_id]))
    return rows[0]["geometry"] if rows else None


def _evidence(c: Checked, entered_at: datetime | None) -> PatrolEvidence:
    return PatrolEvidence(
        start=c.input.start, end=c.input.end, level=c.level, method=c.input.method,
        segment_lines=c.segment_lines, track=c.track,
        photos=[Photo(p.sha256, p.taken_at, p.lon, p.lat) for p in c.photos],
        entered_at=entered_at, claimed_distance_m=c.input.claimed_distance_m,
    )


def evaluate(store: Store, c: Checked, *, rules: RuleSet | None = None,
             entered_at: datetime | None = None, patrol_id: str | None = None,
             unknown_entry: bool = False) -> Verdict:
    """The verdict a checked patrol would get now (the form shows it before submitting).

    A photo or a track another patrol used first makes it invalid, and the reason names the
    first patrol that used it: for a stored patrol (``patrol_id``), one entered before it
    (at the same second, one with a smaller id); for a new one, a track entered up to
    ``entered_at`` (default now) and a photo of any other patrol."""
    ruleset = rules or rules_in_force(store)
    entry = entered_at or datetime.now(ZoneInfo(store.timezone))
    when = None if unknown_entry else entry
    before = None
    if patrol_id is not None:
        row = records.get(store, "patrol", patrol_id)
        before = row["entered_at"] if row else None
    used = earlier_photos(store, (p.sha256 for p in c.photos), before, patrol_id)
    tracks = earlier_track(store, shape_of(c.track), before or local_iso(entry, store.timezone),
                           patrol_id)
    return judge(_evidence(c, when), ruleset.patrol, used, tracks)


def _late(c: Checked, entered_at: datetime, rules: RuleSet) -> bool:
    return (entered_at - c.input.end).total_seconds() > rules.patrol.late_entry_days * 86400


def _content_row(store: Store, c: Checked, verdict: Verdict, rules: RuleSet,
                 track_file_id: str | None) -> dict[str, Any]:
    """The patrol table's content columns (0030) for a checked input and its verdict."""
    inp = c.input
    track = c.track
    distance = track.distance_m if track is not None else inp.claimed_distance_m
    duration = (track.duration_s if track is not None and track.duration_s is not None
                else inp.claimed_duration_s)
    coverage = verdict.figures.get("coverage")
    return {
        "chief_id": inp.chief_id,
        "segment_id": inp.segment_ids[0],
        "start_at": local_iso(inp.start, store.timezone),
        "end_at": local_iso(inp.end, store.timezone),
        "method": inp.method,
        "weather": inp.weather.strip(),
        "checklist": json.dumps(inp.checklist, ensure_ascii=False, sort_keys=True),
        "notes": inp.notes.strip(),
        "actions": inp.actions.strip(),
        "track": encode(track) if track is not None else None,
        "track_file_id": track_file_id,
        "distance_m": None if distance is None or math.isnan(distance) else round(distance, 1),
        "duration_s": duration,
        "coverage": coverage,
        "verdict": verdict.status,
        "reasons": json.dumps([{"code": r.code, "severity": r.severity, "numbers": r.numbers}
                               for r in verdict.reasons], ensure_ascii=False),
        "ruleset": ruleset_label(rules),
    }


def _store_files(store: Store, actor: Actor, c: Checked,
                 permission: str = "patrols.write") -> tuple[str | None, list[PhotoInfo]]:
    """Keep the track file (in ``track_file``) and the photos (media store), each once."""
    require(actor, permission, chief_id=c.input.chief_id)
    track_file_id = None
    tf, track = c.input.track, c.track
    if tf is not None and track is not None:
        sha = hashlib.sha256(tf.data).hexdigest()
        rows = list(store.db.query("SELECT id FROM track_file WHERE sha256 = ?", [sha]))
        if rows:
            track_file_id = str(rows[0]["id"])
        else:
            track_file_id = records.insert(store, "track_file", {
                "sha256": sha, "file_name": tf.name, "format": track.format or "gpx",
                "crs": track.crs, "creator": track.creator, "size": len(tf.data),
                "content": tf.data}, actor=actor.code)
    for p in c.input.photos:
        put_photo(store, actor, p.data, name=p.name, permission=permission,
                  chief_id=c.input.chief_id)
    return track_file_id, c.photos


def _link(store: Store, actor: Actor, patrol_id: str, c: Checked,
          photos: Sequence[PhotoInfo], permission: str = "patrols.write") -> None:
    """The patrol's segments and photos (tables of 0030)."""
    require(actor, permission, chief_id=c.input.chief_id)
    store.db.execute("DELETE FROM patrol_segment WHERE patrol_id = ?", [patrol_id])
    store.db.execute("DELETE FROM patrol_photo WHERE patrol_id = ?", [patrol_id])
    for sid in dict.fromkeys(c.input.segment_ids):
        store.db.execute("INSERT INTO patrol_segment (patrol_id, segment_id) VALUES (?, ?)",
                         [patrol_id, sid])
    for pos, ph in enumerate(photos, start=1):
        store.db.execute(
            "INSERT INTO patrol_photo (patrol_id, position, sha256, taken_at, lon, lat)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [patrol_id, pos, ph.sha256,
             local_iso(ph.taken_at, store.timezone) if ph.taken_at else None, ph.lon, ph.lat])


def keep_shape(store: Store, actor: Actor, patrol_id: str, track: Track | None,
               start_at: str, entered_at: str, permission: str = "patrols.write") -> None:
    """The shape of the patrol's track in ``track_shape`` (migration 0064: a local index,
    derived from the track, never exported), or no row when it has none."""
    _write_shapes(store, actor, [(patrol_id, shape_of(track), start_at, entered_at)],
                  permission)


def keep_shapes(store: Store, actor: Actor, patrol_ids: Sequence[str],
                permission: str = "exchange.import") -> None:
    """:func:`keep_shape` for stored patrols, read from their rows (a received package,
    a settled conflict), a few thousand at a time."""
    require(actor, permission)
    from riverchief.tracks.codec import points_many
    from riverchief.tracks.shape import shapes_of

    for at in range(0, len(patrol_ids), 5000):
        rows = store.conn.execute(
            "SELECT id, track, start_at, entered_at FROM patrol WHERE id IN"
            " (SELECT value FROM json_each(?))", [json.dumps(list(patrol_ids[at:at + 5000]))]
        ).fetchall()
        tracked = [r for r in rows if r[1] is not None]
        shapes = dict(zip((r[0] for r in tracked),
                          shapes_of(*points_many([r[1] for r in tracked])), strict=True))
        _write_shapes(store, actor, [(r[0], shapes.get(r[0]), r[2], r[3]) for r in rows],
                      permission)


def _write_shapes(store: Store, actor: Actor, rows: Sequence[tuple[str, str | None, str, str]],
                  permission: str) -> None:
    """Rows of ``track_shape`` (patrol id, shape, start, entry), or none where no shape."""
    require(actor, permission)
    store.conn.executemany("DELETE FROM track_shape WHERE patrol_id = ?",
                           [(r[0],) for r in rows if r[1] is None])
    store.conn.executemany(
        "INSERT INTO track_shape (patrol_id, shape, start_at, entered_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (patrol_id) DO UPDATE SET shape = excluded.shape,"
        " start_at = excluded.start_at, entered_at = excluded.entered_at",
        [r for r in rows if r[1] is not None])


def _add_problems(store: Store, actor: Actor, c: Checked, patrol_id: str) -> list[str]:
    require(actor, "problems.report", chief_id=c.input.chief_id, area_id=c.area_id)
    ids = []
    for p in c.input.problems:
        found_at = local_iso(p.found_at or c.input.start, store.timezone)
        ids.append(records.insert(store, "problem", {
            "source": "patrol", "patrol_id": patrol_id, "chief_id": c.input.chief_id,
            "segment_id": c.input.segment_ids[0], "area_id": c.area_id,
            "category": p.category, "description": p.description.strip(),
            "lon": p.lon, "lat": p.lat, "found_at": found_at,
            "photos": json.dumps([c.photos[i].sha256 for i in p.photo_indexes]),
            "state": "registered",
        }, actor=actor.code))
    return ids


def _snapshot(row: dict[str, Any], c: Checked) -> str:
    content = {k: row.get(k) for k in CONTENT_FIELDS if k in row}
    content["segment_ids"] = list(c.input.segment_ids)
    content["photos"] = [p.sha256 for p in c.photos]
    return json.dumps(content, ensure_ascii=False, sort_keys=True)


def submit(
    store: Store,
    actor: Actor,
    inp: PatrolInput,
    *,
    source: str = "form",
    draft_id: str | None = None,
    rules: RuleSet | None = None,
    entered_at: datetime | None = None,
    labels: dict[str, str] | None = None,
) -> str:
    """Check, judge and store a patrol with its files and problems; returns its id.

    The record is locked from now on (see :func:`correct`). All or nothing: one
    transaction, files stored by hash first (a stored file without a record is harmless).
    ``labels`` names the fields in messages as the user sees them (see :func:`check_input`).
    """
    # a chief writes their own patrols; an import by the office needs exchange.import in
    # the chief's area
    if source == "import" and actor.role != "chief":
        permission = "exchange.import"
        chief = registry.get_chief(store, inp.chief_id)
        require(actor, permission, area_id=chief.area_id if chief else None)
    else:
        permission = "patrols.write"
        require(actor, permission, chief_id=inp.chief_id)
    ruleset = rules or rules_in_force(store)
    c = check_input(store, inp, labels=labels)
    when = entered_at or datetime.now(ZoneInfo(store.timezone))
    # an imported old record's entry time says nothing about the chief
    verdict = evaluate(store, c, rules=ruleset, entered_at=when,
                       unknown_entry=source == "import")
    with store.db.atomic():
        track_file_id, photos = _store_files(store, actor, c, permission)
        row = _content_row(store, c, verdict, ruleset, track_file_id)
        row.update(source="imported" if source == "import" else "entered", state="submitted",
                   entered_at=local_iso(when, store.timezone),
                   filled_afterwards=int(source != "import" and _late(c, when, ruleset)))
        patrol_id = records.insert(store, "patrol", row, actor=actor.code)
        _link(store, actor, patrol_id, c, photos, permission)
        keep_shape(store, actor, patrol_id, c.track, row["start_at"], row["entered_at"],
                   permission)
        _add_problems(store, actor, c, patrol_id)
        records.insert(store, "patrol_revision", {
            "patrol_id": patrol_id, "number": 1, "content": _snapshot(row, c), "reason": "",
            "made_by": actor.code}, actor=actor.code)
        _mark_judged(store, actor, [(patrol_id, 1)], ruleset_label(ruleset), permission)
        if draft_id:
            store.db.execute("DELETE FROM patrol_draft WHERE id = ?", [draft_id])
        if source != "import":
            # the chief's hash chain: changing, dropping or reordering it later shows
            chain_record(store, actor, "patrol", patrol_id)
    return patrol_id


def correct(
    store: Store,
    actor: Actor,
    patrol_id: str,
    inp: PatrolInput,
    reason: str,
    *,
    rules: RuleSet | None = None,
    labels: dict[str, str] | None = None,
) -> int:
    """Correct a submitted patrol: a new revision with ``reason``; returns its number.

    The earlier content stays in the history. Problems already registered stay in the
    ledger; problems in ``inp`` are added as new ones. The entry time is the original
    one (a correction does not make a back-dated patrol look fresh).
    """
    existing = records.get(store, "patrol", patrol_id)
    if existing is None or existing["deleted_at"] is not None:
        raise UserError(translate("Patrols", "The patrol no longer exists."))
    require(actor, "patrols.write", chief_id=existing["chief_id"])
    if inp.chief_id != existing["chief_id"]:
        raise UserError(translate("Patrols", "A correction cannot move a patrol to another "
                                  "chief."), where=translate("Patrols", "chief"))
    if not reason.strip():
        raise UserError(translate("Patrols", "Say why the patrol is corrected."),
                        where=translate("Patrols", "reason"))
    ruleset = rules or rules_in_force(store)
    c = check_input(store, inp, labels=labels)
    entered = datetime.fromisoformat(existing["entered_at"])
    verdict = evaluate(store, c, rules=ruleset, entered_at=entered, patrol_id=patrol_id,
                       unknown_entry=existing["source"] == "imported")
    with store.db.atomic():
        track_file_id, photos = _store_files(store, actor, c)
        row = _content_row(store, c, verdict, ruleset, track_file_id)
        row.update(correction_reason=reason.strip(),
                   filled_afterwards=int(existing["source"] != "imported"
                                         and _late(c, entered, ruleset)))
        after = records.update(store, "patrol", patrol_id, row, actor=actor.code,
                               expected_revision=existing["revision"])
        _link(store, actor, patrol_id, c, photos)
        keep_shape(store, actor, patrol_id, c.track, row["start_at"], existing["entered_at"])
        _add_problems(store, actor, c, patrol_id)
        records.insert(store, "patrol_revision", {
            "patrol_id": patrol_id, "number": after["revision"],
            "content": _snapshot(row, c), "reason": reason.strip(),
            "made_by": actor.code}, actor=actor.code)
        _mark_judged(store, actor, [(patrol_id, int(after["revision"]))],
                     ruleset_label(ruleset), "patrols.write")
        if existing["source"] != "imported":
            chain_record(store, actor, "patrol", patrol_id)
    return int(after["revision"])


def history(store: Store, patrol_id: str) -> list[Revision]:
    """Every revision of a patrol's content, oldest first."""
    rows = store.db.query(
        "SELECT * FROM patrol_revision WHERE patrol_id = ? AND deleted_at IS NULL"
        " ORDER BY number", [patrol_id])
    return [Revision(r["number"], r["created_at"], r["made_by"], r["reason"],
                     json.loads(r["content"])) for r in rows]


# --- drafts --------------------------------------------------------------------------


@dataclass(frozen=True)
class Draft:
    id: str
    user_code: str
    chief_id: str | None
    content: dict[str, Any]
    updated_at: str


def save_draft(store: Store, actor: Actor, content: dict[str, Any],
               draft_id: str | None = None) -> str:
    """Save (or overwrite) the form's content as a draft of ``actor``; returns its id.

    Drafts are local to this installation and never exported; each save is one small
    write, made durable at once (the WAL is synchronous), so a killed process keeps it.
    """
    chief_id = content.get("chief_id") or None
    require(actor, "patrols.write", chief_id=chief_id)
    key = draft_id or uuid7()
    store.db.execute(
        "INSERT INTO patrol_draft (id, user_code, chief_id, content, updated_at)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET content = excluded.content,"
        " chief_id = excluded.chief_id, updated_at = excluded.updated_at",
        [key, actor.code, chief_id, json.dumps(content, ensure_ascii=False),
         now_iso(store.timezone)])
    store.conn.commit()
    return key


def drafts(store: Store, actor: Actor) -> list[Draft]:
    """The drafts ``actor`` left unsent, newest first."""
    rows = store.db.query(
        "SELECT * FROM patrol_draft WHERE user_code = ? ORDER BY updated_at DESC", [actor.code])
    return [Draft(r["id"], r["user_code"], r["chief_id"], json.loads(r["content"]),
                  r["updated_at"]) for r in rows]


def discard_draft(store: Store, actor: Actor, draft_id: str) -> None:
    rows = list(store.db.query("SELECT * FROM patrol_draft WHERE id = ?", [draft_id]))
    if not rows:
        return
    require(actor, "patrols.write", chief_id=rows[0]["chief_id"])
    if rows[0]["user_code"] != actor.code and not actor.is_admin:
        raise UserError(translate("Patrols", "This draft belongs to another user."))
    store.db.execute("DELETE FROM patrol_draft WHERE id = ?", [draft_id])
    store.conn.commit()


# --- verdicts with the rule set in force ----------------------------------------------

#: the patrol's columns that are this installation's judgement, not the chief's content
JUDGEMENT_FIELDS = ("verdict", "reasons", "ruleset", "coverage", "filled_afterwards")


def ruleset_label(rules: RuleSet) -> str:
    return f"{rules.name} {rules.version}"


def _reasons_json(v: Verdict) -> str:
    return json.dumps([{"code": x.code, "severity": x.severity, "numbers": x.numbers}
                       for x in v.reasons], ensure_ascii=False)


def _mark_judged(store: Store, actor: Actor, judged: Sequence[tuple[str, int]], label: str,
                 permission: str) -> None:
    """Note that this installation judged these (patrol id, revision) under ``label``."""
    require(actor, permission)
    when = now_iso(store.timezone)
    store.conn.executemany(
        "INSERT INTO patrol_judgement (patrol_id, revision, ruleset, judged_at, judged_by)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (patrol_id) DO UPDATE SET"
        " revision = excluded.revision, ruleset = excluded.ruleset,"
        " judged_at = excluded.judged_at, judged_by = excluded.judged_by",
        [(pid, rev, label, when, actor.code) for pid, rev in judged])


@dataclass(frozen=True)
class Selection:
    """Which patrols to judge again: a period (by start), a chief, and whether only those
    not yet judged here at their revision with the rule set in force (``stale``)."""

    period: tuple[date, date] | None = None
    chief_id: str | None = None
    patrol_ids: tuple[str, ...] | None = None
    stale_only: bool = True


def _selection_sql(store: Store, actor: Actor, sel: Selection, label: str,
                   columns: str) -> tuple[str, list[Any]]:
    sql = f"SELECT {columns} FROM patrol p"
    where = ["p.deleted_at IS NULL"]
    params: list[Any] = []
    if sel.stale_only:
        sql += " LEFT JOIN patrol_judgement j ON j.patrol_id = p.id"
        # judged here: a row for this revision under this rule set; or made here (judged
        # when it was stored) and never judged since, under this rule set
        where.append("NOT (coalesce(j.revision = p.revision AND j.ruleset = ?,"
                     " p.origin = ? AND p.ruleset = ?))")
        params += [label, store.installation_id, label]
    if sel.patrol_ids is not None:
        where.append("p.id IN (SELECT value FROM json_each(?))")  # any number of ids
        params.append(json.dumps(list(sel.patrol_ids)))
    if sel.chief_id is not None:
        where.append("p.chief_id = ?")
        params.append(sel.chief_id)
    if sel.period is not None:
        where.append("p.start_at >= ? AND p.start_at < ?")
        params += [sel.period[0].isoformat(), (sel.period[1] + timedelta(days=1)).isoformat()]
    if actor.area_ids is not None:
        # a scoped evaluator judges the patrols of the chiefs in their area
        where.append("p.chief_id IN (SELECT id FROM chief WHERE area_id IN"
                     " (SELECT value FROM json_each(?)))")  # one parameter, any number
        params.append(json.dumps(sorted(actor.area_ids)))
    return f"{sql} WHERE {' AND '.join(where)}", params


def stale_verdicts(store: Store, actor: Actor, selection: Selection | None = None, *,
                   rules: RuleSet | None = None) -> int:
    """How many patrols (in ``actor``'s scope) have a verdict this installation did not
    compute for their current revision with the rule set in force: patrols that arrived
    in packages, were corrected since, or were judged under another rule set."""
    sel = replace(selection or Selection(), stale_only=True)
    sql, params = _selection_sql(store, actor, sel, ruleset_label(rules or rules_in_force(store)),
                                 "count(*)")
    return int(store.conn.execute(sql, params).fetchone()[0])


@dataclass(frozen=True)
class Recomputed:
    """What a recomputation did: patrols judged, verdicts that changed (before → after)."""

    judged: int
    changed: int
    transitions: dict[tuple[str, str], int]
    ruleset: str


def recompute_verdicts(
    store: Store,
    actor: Actor,
    *,
    rules: RuleSet | None = None,
    patrol_ids: Sequence[str] | None = None,
    period: tuple[date, date] | None = None,
    chief_id: str | None = None,
    stale_only: bool = False,
    progress: Progress = SILENT,
) -> int:
    """Judge patrols again with ``rules`` (default: the rule set in force); returns how many
    verdicts changed. See :func:`judge_again`."""
    return judge_again(store, actor, Selection(period, chief_id, tuple(patrol_ids)
                                               if patrol_ids is not None else None,
                                               stale_only), rules=rules,
                       progress=progress).changed


def judge_again(store: Store, actor: Actor, selection: Selection | None = None, *,
                rules: RuleSet | None = None, progress: Progress = SILENT,
                batch: int = 500) -> Recomputed:
    """Judge the selected patrols again with ``rules`` (default: the rule set in force).

    Only the judgement changes (verdict, reasons, rule set, coverage, "filled in
    afterwards"), never the chief's content: the patrol keeps its revision, each change
    is written to the audit log (action ``judge``, before and after), and the judged
    revision is noted in ``patrol_judgement``. An evaluator judges the patrols of their
    area only. Each batch is one transaction: cancelling (:class:`Cancelled`) keeps the
    batches already done (each patrol judged completely or not at all); the rest stay
    counted by :func:`stale_verdicts`.
    """
    require(actor, "patrols.review")
    sel = selection or Selection()
    ruleset = rules or rules_in_force(store)
    label = ruleset_label(ruleset)
    sql, params = _selection_sql(store, actor, sel, label, "p.id")
    ids = [r[0] for r in store.conn.execute(sql + " ORDER BY p.id", params)]
    cols = ("id, revision, source, chief_id, end_at, entered_at, " + ", ".join(JUDGEMENT_FIELDS))
    text = translate("Patrols", "Judging patrols with {rules}").format(rules=label)
    progress.report(0, len(ids), text)
    changed, done = 0, 0
    transitions: dict[tuple[str, str], int] = {}
    lines: dict[str, list[tuple[float, float]]] = {}
    late_s = ruleset.patrol.late_entry_days * 86400
    for at in range(0, len(ids), batch):
        check(progress)
        part = ids[at:at + batch]
        rows = list(store.db.query(
            f"SELECT {cols} FROM patrol WHERE id IN ({','.join('?' * len(part))})", part))
        rows.sort(key=lambda r: r["id"])
        loaded = load_evidence(store, [r["id"] for r in rows], lines)
        evidence = [replace(s.evidence, entered_at=None) if r["source"] == "imported"
                    else s.evidence for r, s in zip(rows, loaded, strict=True)]
        verdicts = _judge_batch(evidence, [s.used_photos for s in loaded], ruleset,
                                [s.used_tracks for s in loaded])
        with store.db.atomic():
            for r, v in zip(rows, verdicts, strict=True):
                late = int(r["source"] != "imported" and (
                    datetime.fromisoformat(r["entered_at"])
                    - datetime.fromisoformat(r["end_at"])).total_seconds() > late_s)
                after = {"verdict": v.status, "reasons": _reasons_json(v), "ruleset": label,
                         "coverage": v.figures.get("coverage"), "filled_afterwards": late}
                before = {k: r[k] for k in JUDGEMENT_FIELDS}
                if _same_judgement(before, after):
                    continue
                _write_judgement(store, actor, r["id"], r["revision"], before, after)
                changed += 1
                if before["verdict"] != after["verdict"]:
                    key = (str(before["verdict"]), str(after["verdict"]))
                    transitions[key] = transitions.get(key, 0) + 1
            _mark_judged(store, actor, [(r["id"], r["revision"]) for r in rows], label,
                         "patrols.review")
        done += len(rows)
        progress.report(done, len(ids), text)
    return Recomputed(done, changed, transitions, label)


def _judge_batch(evidence: Sequence[PatrolEvidence], used: Sequence[dict[str, FirstUse]],
                 ruleset: RuleSet, tracks: Sequence[dict[str, FirstUse]] | None = None
                 ) -> list[Verdict]:
    """Verdicts of a batch: the patrols whose photos and track no earlier patrol used are
    judged together (the engine's vectorised path), the few others one by one (each with
    the photos and track *it* reuses, so that the first user is not flagged with them)."""
    out: list[Verdict | None] = [None] * len(evidence)
    walked: Sequence[dict[str, FirstUse]] = tracks or [{}] * len(evidence)
    plain = [i for i, (u, t) in enumerate(zip(used, walked, strict=True)) if not u and not t]
    for i, v in zip(plain, judge_many([evidence[i] for i in plain], ruleset.patrol),
                    strict=True):
        out[i] = v
    for i, (u, t) in enumerate(zip(used, walked, strict=True)):
        if u or t:
            out[i] = judge(evidence[i], ruleset.patrol, u, t)
    return [v for v in out if v is not None]


def _same_judgement(before: dict[str, Any], after: dict[str, Any]) -> bool:
    """Whether two judgements say the same (reasons compared as data, not as text)."""
    for k in JUDGEMENT_FIELDS:
        a, b = before[k], after[k]
        if k == "reasons":
            a, b = json.loads(a or "[]"), json.loads(b or "[]")
        elif k == "coverage" and a is not None and b is not None:
            a, b = round(float(a), 6), round(float(b), 6)
        if a != b:
            return False
    return True


def _write_judgement(store: Store, actor: Actor, patrol_id: str, revision: int,
                     before: dict[str, Any], after: dict[str, Any]) -> None:
    """The new judgement of one patrol: its revision and content stay as they are."""
    require(actor, "patrols.review")
    cur = store.conn.execute(
        f"UPDATE patrol SET {', '.join(f'{k} = ?' for k in JUDGEMENT_FIELDS)}"
        " WHERE id = ? AND revision = ?",
        [*(after[k] for k in JUDGEMENT_FIELDS), patrol_id, revision])
    if cur.rowcount:
        records._audit(store, "judge", "patrol", patrol_id, before, after, actor.code)
