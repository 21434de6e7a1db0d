"""Checking a track file against segments of the registry: the verdict before saving.

``riverchief tracks check`` and the patrol form call :func:`check_track_file`; nothing
is stored. A track that a stored patrol used already is judged as it would be if the
patrol were entered now: a copy (``track_reused``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from riverchief.db import Store
from riverchief.errors import UserError
from riverchief.i18n import translate
from riverchief.ids import from_unix
from riverchief.rules import RuleSet
from riverchief.tracks.readers import parse_time, read_track
from riverchief.tracks.shape import shape_of
from riverchief.verdicts import PatrolEvidence, Verdict, judge
from riverchief.verdicts.stored import earlier_track


def parse_when(text: str, tz: str, where: str) -> datetime:
    """A time as a user types it (``2026-07-01 08:30``, optional offset) made aware in ``tz``."""
    try:
        seconds, offset = parse_time(text.strip().replace("/", "-"), ZoneInfo(tz))
    except ValueError as exc:
        raise UserError(translate(
            "Tracks", "'{value}' is not a time; write it like 2026-07-01 08:30:00 or "
            "2026-07-01T08:30:00+08:00.").format(value=text), where=where) from exc
    if offset is None:
        return from_unix(seconds, ZoneInfo(tz))
    return from_unix(seconds, timezone(timedelta(seconds=offset)))


def segment_lines(store: Store, codes: Sequence[str]) -> list[list[tuple[float, float]]]:
    """The lines of the segments with these codes (a segment not drawn yet has none)."""
    from riverchief.registry.queries import segment_by_code

    lines = []
    for code in codes:
        segment = segment_by_code(store, code)
        if segment is None:
            raise UserError(translate("Tracks", "No segment with code {code}.").format(
                code=code), where="--segment")
        if segment.line:
            lines.append(list(segment.line))
    return lines


def check_track_file(
    store: Store, rules: RuleSet, path: Path, segment_codes: Sequence[str], level: str,
    start: datetime, end: datetime, method: str = "foot", crs: str | None = None,
) -> Verdict:
    """The verdict of a patrol claimed with this track on these segments."""
    lines = segment_lines(store, segment_codes)
    if end <= start:
        raise UserError(translate("Tracks", "The end must be after the start."), where="--end")
    if level not in rules.patrol.levels:
        raise UserError(translate(
            "Tracks", "The rule set has no patrol rules for the level '{level}'; it knows: "
            "{levels}.").format(level=level, levels=", ".join(rules.patrol.levels)),
            where="--level")
    track = read_track(path, crs, tz=store.timezone)
    now = datetime.now(ZoneInfo(store.timezone)).isoformat(timespec="seconds")
    return judge(PatrolEvidence(start=start, end=end, level=level, method=method,
                                segment_lines=lines, track=track), rules.patrol,
                 used_tracks=earlier_track(store, shape_of(track), now))
