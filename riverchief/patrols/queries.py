"""Reading patrols: one patrol in full, and the patrol list (filters, search, sort, pages).

The list is built for a province (millions of patrols): filters and the date sort use
indexes; pages are fetched by ``LIMIT/OFFSET`` over ids first, then the shown columns for
just those ids. Search runs FTS5 ``trigram`` for three characters or more and ``instr``
over the narrow ``patrol_text`` table for shorter queries (trigram cannot match them).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from riverchief.patrols.model import Patrol, ProblemRecord
from riverchief.tracks import Track
from riverchief.tracks.codec import decode
from riverchief.verdicts import Reason

if TYPE_CHECKING:
    from riverchief.db import Store

#: sort keys -> SQL expression (the first ones are indexed)
SORTS: dict[str, str] = {
    "start": "p.start_at",
    "chief": "c.name",
    "segment": "s.code",
    "verdict": "p.verdict",
    "method": "p.method",
    "distance": "p.distance_m",
    "duration": "p.duration_s",
    "entered": "p.entered_at",
    "level": "c.level",
    "source": "p.source",
}
INDEXED_SORTS = frozenset({"start", "verdict", "distance", "duration"})
#: sorts by a registry column: the list is walked group by group (each chief's or segment's
#: patrols by date, through the patrol index of that column), in the order of the groups'
#: names (a level's chiefs by name), instead of sorting millions of joined rows (minutes on
#: a province)
GROUPED_SORTS: dict[str, str] = {"chief": "chief_id", "segment": "segment_id",
                                 "level": "chief_id"}  # level: by level, then by chief

#: columns of a list row
LIST_COLUMNS = ("id", "start_at", "end_at", "chief_code", "chief_name", "segment_code",
                "segment_name", "level", "method", "distance_m", "duration_s", "verdict",
                "source", "filled_afterwards", "revision")


@dataclass(frozen=True)
class PatrolFilter:
    """What the patrol list shows; every field optional."""

    area_ids: frozenset[str] | None = None  # the areas (with those below them) in scope
    chief_id: str | None = None
    segment_id: str | None = None
    level: str | None = None
    date_from: date | None = None
    date_to: date | None = None  # inclusive
    verdict: str | None = None
    search: str = ""


def any_deleted(store: Store | sqlite3.Connection) -> bool:
    """Whether any patrol is deleted (a tombstone): a look into a small partial index."""
    return _conn(store).execute(
        "SELECT 1 FROM patrol INDEXED BY patrol_deleted WHERE deleted_at IS NOT NULL LIMIT 1"
    ).fetchone() is not None


def _where(f: PatrolFilter, params: list[Any], live: bool = True) -> str:
    """The filter's conditions; ``live`` False when no patrol is deleted, so that an index
    walk need not read each patrol's row to see that it is not (a page deep in a
    province's list: 0.2 s instead of 4 s)."""
    sql = " WHERE p.deleted_at IS NULL" if live else " WHERE 1"
    if f.area_ids is not None:
        ids = sorted(f.area_ids)
        if not ids:
            return sql + " AND 0"
        # one JSON parameter, however many areas (a province's evaluator: tens of thousands,
        # more than some SQLite builds accept as separate parameters)
        sql += (" AND p.chief_id IN (SELECT id FROM chief WHERE area_id IN"
                " (SELECT value FROM json_each(?)))")
        params.append(json.dumps(ids))
    if f.chief_id:
        sql += " AND p.chief_id = ?"
        params.append(f.chief_id)
    if f.segment_id:
        sql += " AND p.segment_id = ?"
        params.append(f.segment_id)
    if f.level:
        sql += " AND p.chief_id IN (SELECT id FROM chief WHERE level = ?)"
        params.append(f.level)
    if f.date_from:
        sql += " AND p.start_at >= ?"
        params.append(f.date_from.isoformat())
    if f.date_to:
        sql += " AND p.start_at < ?"
        params.append((f.date_to + timedelta(days=1)).isoformat())
    if f.verdict:
        sql += " AND p.verdict = ?"
        params.append(f.verdict)
    text = f.search.strip()
    if text:
        # the search text table ``t`` comes first in the FROM clause (see _from)
        if len(text) >= 3:
            sql += " AND t.n IN (SELECT rowid FROM patrol_fts WHERE patrol_fts MATCH ?)"
            params.append('"' + text.replace('"', '""') + '"')
        else:
            sql += " AND instr(t.text, ?) > 0"
            params.append(text)
    return sql


def _from(f: PatrolFilter, joins: str = "") -> str:
    """With a search, walk the (narrow) search text first and look each match up by key:
    far cheaper than walking millions of patrols in date order and probing each."""
    if f.search.strip():
        return f" FROM patrol_text t CROSS JOIN patrol p ON p.id = t.patrol_id{joins}"
    return f" FROM patrol p{joins}"


def _conn(store: Store | sqlite3.Connection) -> sqlite3.Connection:
    return store if isinstance(store, sqlite3.Connection) else store.conn


def count(store: Store | sqlite3.Connection, f: PatrolFilter) -> int:
    params: list[Any] = []
    sql = "SELECT count(*)" + _from(f) + _where(f, params, any_deleted(store))
    return int(_conn(store).execute(sql, params).fetchone()[0])


def estimate(store: Store | sqlite3.Connection, f: PatrolFilter) -> int | None:
    """The size of the unfiltered list at once (the largest row number: patrols are never
    removed, only marked deleted, so this is at least the exact count and usually equal
    to it); None for a filtered list. The exact :func:`count` replaces it."""
    if f != PatrolFilter():
        return None
    return int(_conn(store).execute("SELECT coalesce(max(rowid), 0) FROM patrol").fetchone()[0])


def first_search_page(
    store: Store | sqlite3.Connection, f: PatrolFilter, *, descending: bool = True,
    limit: int = 200,
) -> list[str]:
    """The newest (or oldest) matches of a search, found by walking the dates and probing
    each patrol's search text: instant for common words, while the full list is sorted."""
    params: list[Any] = []
    text = f.search.strip()
    plain = replace(f, search="")
    where = _where(plain, params, any_deleted(store))
    if len(text) >= 3:
        cond = ("EXISTS (SELECT 1 FROM patrol_text t WHERE t.patrol_id = p.id AND t.n IN"
                " (SELECT rowid FROM patrol_fts WHERE patrol_fts MATCH ?))")
        params.append('"' + text.replace('"', '""') + '"')
    else:
        cond = ("EXISTS (SELECT 1 FROM patrol_text t WHERE t.patrol_id = p.id"
                " AND instr(t.text, ?) > 0)")
        params.append(text)
    direction = "DESC" if descending else "ASC"
    sql = (f"SELECT p.id FROM patrol p{where} AND {cond} ORDER BY p.start_at {direction}"
           " LIMIT ?")
    return [r[0] for r in _conn(store).execute(sql, [*params, limit])]


def page_ids(
    store: Store | sqlite3.Connection, f: PatrolFilter, *, sort: str = "start",
    descending: bool = True, offset: int = 0, limit: int = 200,
) -> list[str]:
    """Ids of one page of the list in the chosen order (``limit`` -1: every id)."""
    params: list[Any] = []
    direction = "DESC" if descending else "ASC"
    order = f"{SORTS[sort]} {direction}, p.start_at {direction}, p.id {direction}"
    if sort == "start":
        # ties in time by row number: what the index walks, so that pages never overlap
        order = f"p.start_at {direction}, p.rowid {direction}"
    elif sort in INDEXED_SORTS:  # an index on (column, start_at): ties as it holds them
        order = f"{SORTS[sort]} {direction}, p.start_at {direction}, p.rowid {direction}"
    joins = ""
    if sort in ("chief", "level"):
        joins = " JOIN chief c ON c.id = p.chief_id"
    elif sort == "segment":
        joins = " JOIN segment s ON s.id = p.segment_id"
    sql = f"SELECT p.id{_from(f, joins)}{_where(f, params, any_deleted(store))} ORDER BY {order}"
    if limit < 0 and offset == 0:
        # every match (a search): a plain sort, twice as fast as a "top N" one
        return [r[0] for r in _conn(store).execute(sql, params)]
    return [r[0] for r in _conn(store).execute(sql + " LIMIT ? OFFSET ?",
                                               [*params, limit, offset])]


Groups = list[tuple[str, int]]


def groups(store: Store | sqlite3.Connection, f: PatrolFilter, sort: str,
           descending: bool) -> Groups:
    """For a sort by chief, segment or level: each group's key (a chief or a segment) and
    number of patrols, in the list's order (by chief name, segment code, or level and then
    chief name; ties by key)."""
    conn = _conn(store)
    params: list[Any] = []
    col = GROUPED_SORTS[sort]
    if f == PatrolFilter():
        # the whole list: count from the column's index alone, then take off the deleted
        # patrols (a small partial index) — no patrol row is read
        counts = {str(k): int(n) for k, n in conn.execute(
            f"SELECT {col}, count(*) FROM patrol GROUP BY {col}")}
        for k, n in conn.execute(f"SELECT {col}, count(*) FROM patrol INDEXED BY"
                                 f" patrol_deleted WHERE deleted_at IS NOT NULL GROUP BY {col}"):
            counts[str(k)] -= int(n)
            if counts[str(k)] <= 0:
                del counts[str(k)]
    else:
        sql = (f"SELECT p.{col}, count(*){_from(f)}{_where(f, params, any_deleted(store))}"
               f" GROUP BY p.{col}")
        counts = {str(k): int(n) for k, n in conn.execute(sql, params)}
    table, label = {"chief": ("chief", "'', name"), "level": ("chief", "level, name"),
                    "segment": ("segment", "'', code")}[sort]
    names: dict[str, tuple[str, str]] = {}
    keys = sorted(counts)
    for at in range(0, len(keys), 500):
        part = keys[at:at + 500]
        names.update((str(i), (str(a), str(b))) for i, a, b in conn.execute(
            f"SELECT id, {label} FROM {table} WHERE id IN ({','.join('?' * len(part))})", part))
    order = sorted(counts, key=lambda k: (*names.get(k, ("", "")), k), reverse=descending)
    return [(k, counts[k]) for k in order]


def grouped_page_ids(store: Store | sqlite3.Connection, f: PatrolFilter, found: Groups,
                     sort: str, *, descending: bool = True, offset: int = 0,
                     limit: int = 200) -> list[str]:
    """Ids of one page of a list sorted by groups (see :func:`groups`): the groups before
    the page are skipped by their counts, the page's rows read from its groups by date."""
    out: list[str] = []
    skip = offset
    for key, n in found:
        if skip >= n:
            skip -= n
            continue
        if sort == "segment":
            within = replace(f, segment_id=key)
        else:
            within = replace(f, chief_id=key)
        out += page_ids(store, within, sort="start", descending=descending, offset=skip,
                        limit=limit - len(out))
        skip = 0
        if len(out) >= limit:
            break
    return out


def rows_for(store: Store | sqlite3.Connection, ids: Sequence[str]) -> list[dict[str, Any]]:
    """The list columns of ``ids``, in the same order."""
    if not ids:
        return []
    conn = _conn(store)
    sql = (
        "SELECT p.id, p.start_at, p.end_at, c.code AS chief_code, c.name AS chief_name,"
        " s.code AS segment_code, s.name AS segment_name, c.level, p.method, p.distance_m,"
        " p.duration_s, p.verdict, p.source, p.filled_afterwards, p.revision,"
        " p.correction_reason != '' AS corrected"
        " FROM patrol p JOIN chief c ON c.id = p.chief_id JOIN segment s ON s.id = p.segment_id"
        f" WHERE p.id IN ({','.join('?' * len(ids))})")
    cur = conn.execute(sql, list(ids))
    names = [d[0] for d in cur.description]
    found = {r[0]: dict(zip(names, r, strict=True)) for r in cur}
    return [found[i] for i in ids if i in found]


def list_patrols(
    store: Store | sqlite3.Connection, f: PatrolFilter, *, sort: str = "start",
    descending: bool = True, offset: int = 0, limit: int = 200,
) -> list[dict[str, Any]]:
    return rows_for(store, page_ids(store, f, sort=sort, descending=descending, offset=offset,
                                    limit=limit))


def reasons_of(text: str | None) -> tuple[Reason, ...]:
    return tuple(Reason.from_dict(d) for d in json.loads(text or "[]"))


def get_patrol(store: Store, patrol_id: str) -> Patrol | None:
    rows = list(store.db.query(
        "SELECT p.id, p.revision, p.chief_id, p.segment_id, p.start_at, p.end_at, p.method,"
        " p.weather, p.checklist, p.notes, p.actions, p.track IS NOT NULL AS has_track,"
        " p.track_file_id, p.distance_m, p.duration_s, p.coverage, p.source, p.entered_at,"
        " p.filled_afterwards, p.verdict, p.reasons, p.ruleset, p.correction_reason,"
        " c.code AS chief_code, c.name AS chief_name, c.area_id, c.level,"
        " tf.file_name AS track_name, tf.crs AS track_crs"
        " FROM patrol p JOIN chief c ON c.id = p.chief_id"
        " LEFT JOIN track_file tf ON tf.id = p.track_file_id"
        " WHERE p.id = ? AND p.deleted_at IS NULL", [patrol_id]))
    if not rows:
        return None
    r = rows[0]
    segs = list(store.db.query(
        "SELECT s.id, s.code FROM patrol_segment ps JOIN segment s ON s.id = ps.segment_id"
        " WHERE ps.patrol_id = ? ORDER BY s.id = ? DESC, s.code", [patrol_id, r["segment_id"]]))
    if not segs:
        segs = list(store.db.query("SELECT id, code FROM segment WHERE id = ?",
                                   [r["segment_id"]]))
    photos = tuple(x["sha256"] for x in store.db.query(
        "SELECT sha256 FROM patrol_photo WHERE patrol_id = ? ORDER BY position", [patrol_id]))
    problems = tuple(ProblemRecord.from_row(x) for x in store.db.query(
        "SELECT * FROM problem WHERE patrol_id = ? AND deleted_at IS NULL ORDER BY id",
        [patrol_id]))
    return Patrol(
        id=r["id"], revision=r["revision"], chief_id=r["chief_id"], chief_code=r["chief_code"],
        chief_name=r["chief_name"], segment_ids=tuple(x["id"] for x in segs),
        segment_codes=tuple(x["code"] for x in segs), area_id=r["area_id"],
        level=r["level"], start=datetime.fromisoformat(r["start_at"]),
        end=datetime.fromisoformat(r["end_at"]), method=r["method"], weather=r["weather"],
        checklist=json.loads(r["checklist"] or "{}"), notes=r["notes"], actions=r["actions"],
        has_track=bool(r["has_track"]), track_file_id=r["track_file_id"],
        track_name=r["track_name"], track_crs=r["track_crs"],
        distance_m=r["distance_m"], duration_s=r["duration_s"], coverage=r["coverage"],
        source=r["source"], entered_at=datetime.fromisoformat(r["entered_at"]),
        filled_afterwards=bool(r["filled_afterwards"]), verdict=r["verdict"],
        reasons=reasons_of(r["reasons"]), ruleset=r["ruleset"],
        correction_reason=r["correction_reason"], photos=photos, problems=problems,
    )


def get_track(store: Store, patrol_id: str) -> Track | None:
    """The patrol's track points (WGS84), or None without a track."""
    rows = list(store.db.query("SELECT track FROM patrol WHERE id = ?", [patrol_id]))
    if not rows or rows[0]["track"] is None:
        return None
    return decode(rows[0]["track"])


def patrol_days(store: Store, chief_id: str, start: date, end: date,
                segment_ids: Iterable[str] | None = None) -> list[dict[str, Any]]:
    """A chief's submitted patrols from ``start`` to ``end`` (inclusive): day, segment,
    verdict (a patrol still in draft state is not done, as the assessment counts it)."""
    params: list[Any] = [chief_id, start.isoformat(), (end + timedelta(days=1)).isoformat()]
    sql = ("SELECT id, substr(start_at, 1, 10) AS day, segment_id, verdict FROM patrol"
           " WHERE chief_id = ? AND deleted_at IS NULL AND start_at >= ? AND start_at < ?"
           " AND state = 'submitted'")
    if segment_ids is not None:
        ids = list(segment_ids)
        sql += f" AND segment_id IN ({','.join('?' * len(ids))})"
        params += ids
    return list(store.db.query(sql + " ORDER BY start_at", params))
