"""The problem ledger (问题台账): register problems, take workflow actions, read the ledger.

Every write takes the signed-in :class:`~riverchief.security.Actor`, checks the
permission, and writes the problem, its timeline entry and its photos in one
transaction. What each action needs is in :mod:`riverchief.problems.workflow`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from riverchief.db import records
from riverchief.errors import PermissionDenied, UserError
from riverchief.i18n import translate
from riverchief.problems import files as filestore
from riverchief.problems import workflow
from riverchief.problems.categories import CATEGORY_CN
from riverchief.problems.model import SOURCES, Event, days_overdue
from riverchief.security import Actor, allowed, require

if TYPE_CHECKING:
    from riverchief.db import Store

RULES_KEY = "problems.rules"
FileSource = filestore.FileSource


def rules(store: Store) -> workflow.Rules:
    """The workflow settings of this database (defaults: 24 h, 30 days, 14 days)."""
    raw = store.setting(RULES_KEY, {}) or {}
    base = workflow.Rules()
    return workflow.Rules(
        return_hours=int(raw.get("return_hours", base.return_hours)),
        recheck_days=int(raw.get("recheck_days", base.recheck_days)),
        notice_days=int(raw.get("notice_days", base.notice_days)),
    )


def now(store: Store) -> datetime:
    return datetime.now(ZoneInfo(store.timezone)).replace(microsecond=0)


def _at(store: Store, at: datetime | None) -> datetime:
    if at is None:
        return now(store)
    if at.tzinfo is None:
        return at.replace(tzinfo=ZoneInfo(store.timezone))
    return at


def _row(store: Store, problem_id: str) -> dict[str, Any]:
    rows = list(store.db.query(
        "SELECT * FROM problem WHERE id = ? AND deleted_at IS NULL", [problem_id]))
    if not rows:
        raise UserError(translate("Problems", "No such problem."), where=problem_id)
    return rows[0]


def _next_seq(store: Store, problem_id: str) -> int:
    last = store.conn.execute(
        "SELECT MAX(seq) FROM problem_event WHERE problem_id = ?", [problem_id]).fetchone()[0]
    return int(last or 0) + 1


def _live(store: Store, table: str, record_id: str | None) -> dict[str, Any] | None:
    if not record_id:
        return None
    rows = list(store.db.query(
        f"SELECT * FROM {table} WHERE id = ? AND deleted_at IS NULL", [record_id]))
    return rows[0] if rows else None


def _store_files(store: Store, actor: Actor, files: Iterable[FileSource], permission: str,
                 **scope: Any) -> list[str]:
    return [filestore.put_file(store, actor, f, permission=permission, **scope).sha256
            for f in files]


def create_problem(
    store: Store,
    actor: Actor,
    *,
    source: str,
    category: str,
    description: str,
    segment_id: str | None = None,
    area_id: str | None = None,
    lon: float | None = None,
    lat: float | None = None,
    chief_id: str | None = None,
    patrol_id: str | None = None,
    complaint_id: str | None = None,
    batch_id: str | None = None,
    photos: Sequence[FileSource] = (),
    at: datetime | None = None,
) -> str:
    """Register a problem (state 登记); returns its id.

    Problems found on patrol come with ``source="patrol"`` and ``patrol_id``; a public
    complaint's with ``complaint_id``; a supervision batch's with ``batch_id``. A chief
    registers problems as their own (``chief_id`` defaults to theirs). ``photos`` are the
    photos taken when it was found (before).
    """
    when = _at(store, at)
    if source not in SOURCES:
        raise UserError(translate("Problems", "Unknown source '{value}'.").format(value=source),
                        where=translate("Problems", "source"))
    if category not in CATEGORY_CN:
        raise UserError(translate("Problems", "Unknown category '{value}'.").format(
            value=category), where=translate("Problems", "category"))
    description = description.strip()
    if not description:
        raise UserError(translate("Problems", "Describe the problem."),
                        where=translate("Problems", "description"))
    segment = _live(store, "segment", segment_id)
    if segment_id and segment is None:
        raise UserError(translate("Problems", "No such segment."), where=segment_id)
    area = area_id or (segment["area_id"] if segment else None)
    if not area or _live(store, "area", area) is None:
        raise UserError(translate("Problems", "Give the segment or the area of the problem."),
                        where=translate("Problems", "segment"))
    if chief_id is None and actor.role == "chief":
        chief_id = actor.chief_id
    if chief_id and _live(store, "chief", chief_id) is None:
        raise UserError(translate("Problems", "No such chief."), where=chief_id)
    if source == "patrol" and not patrol_id:
        raise UserError(translate("Problems", "A problem found on patrol needs its patrol."),
                        where=translate("Problems", "patrol"))
    if source == "complaint" and _live(store, "complaint", complaint_id) is None:
        raise UserError(translate("Problems", "Choose the complaint this problem comes from."),
                        where=translate("Problems", "complaint"))
    if source == "supervision" and _live(store, "supervision_batch", batch_id) is None:
        raise UserError(translate("Problems", "Choose the supervision batch this problem comes "
                                  "from."), where=translate("Problems", "supervision batch"))
    for value, label in ((lon, "lon"), (lat, "lat")):
        if value is not None and not (-180 <= value <= 180):
            raise UserError(translate("Problems", "The coordinate is out of range."), where=label)
    require(actor, "problems.report", area_id=area, chief_id=chief_id)
    with store.db.atomic():
        shas = _store_files(store, actor, photos, "problems.report", area_id=area,
                            chief_id=chief_id)
        # the code (P<year>-nnnnn) comes from the problem_code trigger
        pid = records.insert(store, "problem", {
            "source": source, "patrol_id": patrol_id,
            "complaint_id": complaint_id if source == "complaint" else None,
            "batch_id": batch_id if source == "supervision" else None,
            "category": category, "description": description, "segment_id": segment_id,
            "area_id": area, "lon": lon, "lat": lat, "chief_id": chief_id,
            "found_at": when.isoformat(timespec="seconds"), "photos": json.dumps(shas),
            "reported_by": actor.code,
            "state": "registered", "return_hours": rules(store).return_hours,
            "notice_days": rules(store).notice_days,
        }, actor=actor.code)
        records.insert(store, "problem_event", {
            "problem_id": pid, "seq": 1, "kind": "register",
            "at": when.isoformat(timespec="seconds"), "actor": actor.code,
            "actor_name": actor.name, "from_state": None, "to_state": "registered",
            "note": "", "data": json.dumps({"source": source}, ensure_ascii=False)},
            actor=actor.code)
    return pid


def act(
    store: Store,
    actor: Actor,
    problem_id: str,
    action: str,
    *,
    note: str = "",
    files: Sequence[FileSource] = (),
    file_kind: str = "after",
    at: datetime | None = None,
    expected_revision: int | None = None,
    **params: Any,
) -> dict[str, Any]:
    """Take one workflow action (see :mod:`~riverchief.problems.workflow`); returns the row.

    ``files`` are stored as ``file_kind`` (``after`` or ``document``) evidence; they count
    as the evidence of ``report_fix``.
    """
    when = _at(store, at)
    with store.db.atomic():
        problem = _row(store, problem_id)
        spec = workflow.ACTIONS.get(action)
        if spec is None:
            raise ValueError(f"unknown action {action!r}")
        require(actor, spec.permission, **workflow.scope(problem, spec))
        if action == "assign":
            unit = _live(store, "unit", params.get("unit_id"))
            if unit is None:
                raise UserError(translate("Problems", "Choose the responsible unit."),
                                where=translate("Problems", "responsible unit"))
            if unit["area_id"] and not allowed(actor, spec.permission, area_id=unit["area_id"]):
                # a township office gave its problem to another township's government
                raise PermissionDenied(
                    translate("Problems", "{unit} is a unit outside your area: assign the "
                              "problem to a unit of your area.").format(unit=unit["name"]),
                    where=translate("Problems", "responsible unit"))
        if file_kind not in ("after", "document", "before"):
            raise ValueError(f"unknown file kind {file_kind!r}")
        # check everything before a file is stored; the evidence is named once it is
        outcome = workflow.apply(
            problem, action, actor, when,
            {**params, "note": note, "evidence": [("", file_kind) for _ in files]},
            rules(store))
        shas = _store_files(store, actor, files, spec.permission,
                            **workflow.scope(problem, spec))
        if "evidence" in outcome.data:
            outcome.data["evidence"] = shas
        seq = _next_seq(store, problem_id)
        row = records.update(store, "problem", problem_id, outcome.changes, actor=actor.code,
                             expected_revision=expected_revision)
        records.insert(store, "problem_event", {
            "problem_id": problem_id, "seq": seq, "kind": outcome.kind,
            "at": when.isoformat(timespec="seconds"), "actor": actor.code,
            "actor_name": actor.name, "from_state": outcome.from_state,
            "to_state": outcome.to_state, "note": outcome.note,
            "data": json.dumps(outcome.data, ensure_ascii=False)}, actor=actor.code)
        for sha in shas:
            records.insert(store, "problem_media", {"problem_id": problem_id, "sha256": sha,
                                                    "kind": file_kind, "event_seq": seq},
                           actor=actor.code)
    return row


# -- the actions, by name -------------------------------------------------------------

def assign(store: Store, actor: Actor, problem_id: str, *, unit_id: str, deadline: str | date,
           requirement: str, urgency: str = "normal", unit_contact: str = "",
           public_notice: bool = False, note: str = "",
           at: datetime | None = None) -> dict[str, Any]:
    """交办: give the problem to a unit with a requirement, a deadline and an urgency."""
    return act(store, actor, problem_id, "assign", unit_id=unit_id, deadline=str(deadline),
               requirement=requirement, urgency=urgency, unit_contact=unit_contact,
               public_notice=public_notice, note=note, at=at)


def accept(store: Store, actor: Actor, problem_id: str, *, note: str = "",
           at: datetime | None = None) -> dict[str, Any]:
    """The unit accepts the problem: 整改中."""
    return act(store, actor, problem_id, "accept", note=note, at=at)


def return_problem(store: Store, actor: Actor, problem_id: str, reason: str, *,
                   at: datetime | None = None) -> dict[str, Any]:
    """The unit returns the problem within the set time, with a reason: back to 登记."""
    return act(store, actor, problem_id, "return", note=reason, at=at)


def report_fix(store: Store, actor: Actor, problem_id: str, *, measures: str,
               files: Sequence[FileSource], file_kind: str = "after", note: str = "",
               at: datetime | None = None) -> dict[str, Any]:
    """The unit reports the problem fixed, with the measures and evidence: 待验收."""
    return act(store, actor, problem_id, "report_fix", measures=measures, files=files,
               file_kind=file_kind, note=note, at=at)


def publish_notice(store: Store, actor: Actor, problem_id: str, *, note: str = "",
                   at: datetime | None = None) -> dict[str, Any]:
    """Start the public notice (公示) of a fix before it can be closed."""
    return act(store, actor, problem_id, "publish", note=note, at=at)


def verify(store: Store, actor: Actor, problem_id: str, *, note: str = "",
           at: datetime | None = None) -> dict[str, Any]:
    """验收 and 销号: a different user from the one who reported the fix accepts it."""
    return act(store, actor, problem_id, "verify", note=note, at=at)


def reject(store: Store, actor: Actor, problem_id: str, reason: str, *,
           at: datetime | None = None) -> dict[str, Any]:
    """The verifier rejects the fix (重办): back to 整改中 with the reason."""
    return act(store, actor, problem_id, "reject", note=reason, at=at)


def recheck(store: Store, actor: Actor, problem_id: str, *, confirm: bool, note: str = "",
            deadline: str | date | None = None, files: Sequence[FileSource] = (),
            at: datetime | None = None) -> dict[str, Any]:
    """回头看: confirm the closing, or reopen the problem as recurring with a new deadline."""
    if confirm:
        return act(store, actor, problem_id, "recheck_confirm", note=note, files=files,
                   file_kind="document", at=at)
    return act(store, actor, problem_id, "recheck_reopen", note=note, files=files,
               file_kind="before", deadline=None if deadline is None else str(deadline), at=at)


def remind(store: Store, actor: Actor, problem_id: str, note: str = "", *,
           at: datetime | None = None) -> dict[str, Any]:
    """催办: a reminder to the unit, on the timeline."""
    return act(store, actor, problem_id, "remind", note=note, at=at)


def feedback(store: Store, actor: Actor, problem_id: str, note: str, *,
             files: Sequence[FileSource] = (), at: datetime | None = None) -> dict[str, Any]:
    """反馈: the unit's progress report, on the timeline."""
    return act(store, actor, problem_id, "feedback", note=note, files=files,
               file_kind="document", at=at)


def extend_deadline(store: Store, actor: Actor, problem_id: str, deadline: str | date,
                    reason: str, *, at: datetime | None = None) -> dict[str, Any]:
    """延期: a later deadline, only with a reason that stays on the timeline."""
    return act(store, actor, problem_id, "extend", deadline=str(deadline), note=reason, at=at)


def link_same_kind(store: Store, actor: Actor, problem_id: str, other_id: str,
                   note: str = "", *, at: datetime | None = None) -> None:
    """举一反三: link two problems as the same kind (both timelines record it)."""
    if problem_id == other_id:
        raise UserError(translate("Problems", "A problem cannot be linked to itself."))
    when = _at(store, at)
    with store.db.atomic():
        a, b = _row(store, problem_id), _row(store, other_id)
        require(actor, "problems.manage", area_ids=[a["area_id"], b["area_id"]])
        lo, hi = sorted([a["id"], b["id"]])
        exists = store.conn.execute(
            "SELECT 1 FROM problem_link WHERE a_id = ? AND b_id = ? AND deleted_at IS NULL",
            [lo, hi]).fetchone()
        if exists:
            raise UserError(translate("Problems", "These problems are already linked."))
        records.insert(store, "problem_link", {"a_id": lo, "b_id": hi, "note": note.strip()},
                       actor=actor.code)
        for mine, theirs in ((a, b), (b, a)):
            records.insert(store, "problem_event", {
                "problem_id": mine["id"], "seq": _next_seq(store, mine["id"]), "kind": "link",
                "at": when.isoformat(timespec="seconds"), "actor": actor.code,
                "actor_name": actor.name, "from_state": mine["state"],
                "to_state": None, "note": note.strip(),
                "data": json.dumps({"problem": theirs["code"]}, ensure_ascii=False)},
                actor=actor.code)


# -- reading --------------------------------------------------------------------------

def visible_clause(actor: Actor, params: list[Any], alias: str = "p") -> str:
    """SQL condition limiting problems to what the actor may see (DESIGN.md, Trust)."""
    if actor.is_admin:
        return "1"
    if actor.role == "unit":
        params.append(actor.unit_id or "")
        return f"{alias}.unit_id = ?"
    if actor.role == "chief":
        # their own reports, and the problems on the segments they answer for today (found
        # by others: a complaint, the office, another chief), as their home page lists them
        today = date.today().isoformat()
        params += [actor.chief_id or "", actor.chief_id or "", today, today]
        return (f"({alias}.chief_id = ? OR {alias}.segment_id IN (SELECT a.segment_id FROM "
                "assignment a WHERE a.chief_id = ? AND a.deleted_at IS NULL AND a.start_date "
                "<= ? AND (a.end_date IS NULL OR a.end_date >= ?)))")
    if actor.role == "evaluator":
        params.append(json.dumps(sorted(actor.area_ids or ())))
        return f"{alias}.area_id IN (SELECT value FROM json_each(?))"
    return "0"


LEDGER_SELECT = """
SELECT p.*, s.code AS segment_code, s.name AS segment_name, a.name AS area_name,
       u.name AS unit_name, u.phone AS unit_phone, c.name AS chief_name,
       b.code AS batch_code, b.name AS batch_name, q.code AS complaint_code,
       v.name AS verifier_name
FROM problem p
LEFT JOIN segment s ON s.id = p.segment_id
LEFT JOIN area a ON a.id = p.area_id
LEFT JOIN unit u ON u.id = p.unit_id
LEFT JOIN chief c ON c.id = p.chief_id
LEFT JOIN supervision_batch b ON b.id = p.batch_id
LEFT JOIN complaint q ON q.id = p.complaint_id
LEFT JOIN app_user v ON v.code = p.verifier
"""


def get_problem(store: Store, actor: Actor, problem_id: str) -> dict[str, Any]:
    """One problem with the names of its segment, area, unit and chief, if visible."""
    params: list[Any] = [problem_id]
    sql = LEDGER_SELECT + " WHERE p.id = ? AND p.deleted_at IS NULL AND "
    sql += visible_clause(actor, params)
    rows = list(store.db.query(sql, params))
    if not rows:
        raise UserError(translate("Problems", "No such problem, or it is not yours to see."),
                        where=problem_id)
    return rows[0]


def problem_by_code(store: Store, actor: Actor, code: str) -> dict[str, Any]:
    row = store.conn.execute("SELECT id FROM problem WHERE code = ? AND deleted_at IS NULL",
                             [code]).fetchone()
    if row is None:
        raise UserError(translate("Problems", "No such problem."), where=code)
    return get_problem(store, actor, row[0])


def _filters(actor: Actor, today: date, *, state: str | Sequence[str] | None = None,
             source: str | None = None, category: str | None = None,
             segment_id: str | None = None, area_ids: Iterable[str] | None = None,
             unit_id: str | None = None, chief_id: str | None = None,
             batch_id: str | None = None, complaint_id: str | None = None,
             overdue: bool = False, recurring: bool = False, recheck_due: bool = False,
             sent_back: bool = False, search: str | None = None) -> tuple[str, list[Any]]:
    params: list[Any] = []
    where = ["p.deleted_at IS NULL", visible_clause(actor, params)]
    if state:
        states = [state] if isinstance(state, str) else list(state)
        where.append(f"p.state IN ({', '.join('?' * len(states))})")
        params += states
    for column, value in (("source", source), ("category", category),
                          ("segment_id", segment_id), ("unit_id", unit_id),
                          ("chief_id", chief_id), ("batch_id", batch_id),
                          ("complaint_id", complaint_id)):
        if value:
            where.append(f"p.{column} = ?")
            params.append(value)
    if area_ids is not None:
        where.append("p.area_id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(sorted(area_ids)))
    if overdue:
        where.append("p.state IN ('assigned', 'rectifying') AND p.deadline < ?")
        params.append(today.isoformat())
    if recurring:
        where.append("p.recurring = 1")
    if recheck_due:  # closed, its re-inspection (回头看) date reached, not yet done
        where.append("p.state = 'closed' AND p.recheck_result = '' AND p.recheck_on <= ?")
        params.append(today.isoformat())
    if sent_back:  # a fix was reported, then rejected (重办) or reopened at re-inspection
        where.append("p.state = 'rectifying' AND p.fix_reported_at IS NOT NULL")
    if search:
        where.append("(p.code LIKE ? OR p.description LIKE ?)")
        params += [f"%{search}%", f"%{search}%"]
    return " AND ".join(where), params


def list_problems(store: Store, actor: Actor, *, today: date | None = None,
                  limit: int | None = None, offset: int = 0,
                  **filters: Any) -> list[dict[str, Any]]:
    """The ledger rows the actor may see, newest first, each with ``days_overdue``.

    Filters: ``state`` (one or several), ``source``, ``category``, ``segment_id``,
    ``area_ids``, ``unit_id``, ``chief_id``, ``batch_id``, ``complaint_id``, ``overdue``,
    ``recurring``, ``recheck_due`` (the re-inspections due), ``sent_back`` (a reported
    fix rejected or reopened: to rectify and report again), ``search`` (code or
    description).
    """
    day = today or now(store).date()
    where, params = _filters(actor, day, **filters)
    sql = LEDGER_SELECT + " WHERE " + where + " ORDER BY p.code DESC"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    rows = list(store.db.query(sql, params))
    for r in rows:
        r["days_overdue"] = days_overdue(r, day)
    return rows


def count_problems(store: Store, actor: Actor, *, today: date | None = None,
                   **filters: Any) -> int:
    day = today or now(store).date()
    where, params = _filters(actor, day, **filters)
    return int(store.conn.execute(f"SELECT COUNT(*) FROM problem p WHERE {where}",
                                  params).fetchone()[0])


def timeline(store: Store, problem_id: str) -> list[Event]:
    """The problem's timeline, oldest first. A problem the patrol log wrote directly has
    no stored registration entry; it is shown from the problem's own fields (seq 0)."""
    events = [Event.from_row(r) for r in store.db.query(
        "SELECT * FROM problem_event WHERE problem_id = ? ORDER BY seq", [problem_id])]
    if not events or events[0].kind != "register":
        row = store.conn.execute("SELECT found_at, reported_by, source, chief_id FROM problem "
                                 "WHERE id = ?", [problem_id]).fetchone()
        if row is not None:
            events.insert(0, Event(0, "register", row[0], row[1] or row[3] or "", "", None,
                                   "registered", "", {"source": row[2]}))
    return events


def evidence(store: Store, problem_id: str, kinds: Sequence[str] | None = None
             ) -> list[dict[str, Any]]:
    """The photos and documents of a problem, in the order they came: ``sha256``,
    ``kind`` (before: when found; after, document: the fix), ``event_seq``, ``filename``,
    ``mime``, ``size``. A before-photo of the patrol log is in ``problem.photos``."""
    sql = ("SELECT 'before' AS kind, 1 AS event_seq, j.key AS n, m.sha256, m.name AS filename,"
           " m.mime, m.size FROM problem p, json_each(p.photos) j "
           "JOIN media m ON m.sha256 = j.value WHERE p.id = ? "
           "UNION ALL SELECT pm.kind, pm.event_seq, pm.rowid, m.sha256, m.name, m.mime, m.size "
           "FROM problem_media pm JOIN media m ON m.sha256 = pm.sha256 "
           "WHERE pm.problem_id = ? AND pm.deleted_at IS NULL")
    rows = list(store.db.query(f"SELECT * FROM ({sql}) ORDER BY event_seq, n",
                               [problem_id, problem_id]))
    return [r for r in rows if not kinds or r["kind"] in kinds]


def linked(store: Store, problem_id: str, actor: Actor | None = None
           ) -> list[dict[str, Any]]:
    """The problems linked to this one as the same kind (举一反三); with ``actor``, those
    it may see (a unit: its own, not the other units' problems linked to its one)."""
    params: list[Any] = [problem_id, problem_id, problem_id]
    where = visible_clause(actor, params) if actor is not None else "1"
    return list(store.db.query(
        "SELECT p.id, p.code, p.state, p.category, p.segment_id FROM problem_link l "
        "JOIN problem p ON p.id = CASE WHEN l.a_id = ? THEN l.b_id ELSE l.a_id END "
        f"WHERE (l.a_id = ? OR l.b_id = ?) AND l.deleted_at IS NULL AND {where} "
        "ORDER BY p.code", params))


def due_this_week(store: Store, actor: Actor, today: date | None = None
                  ) -> dict[str, list[dict[str, Any]]]:
    """Open problems whose deadline falls in the week of ``today`` (Mon–Sun), by unit name."""
    day = today or now(store).date()
    monday = day - timedelta(days=day.weekday())
    sunday = monday + timedelta(days=6)
    params: list[Any] = []
    where = visible_clause(actor, params)
    rows = list(store.db.query(
        LEDGER_SELECT + " WHERE p.deleted_at IS NULL AND p.state IN ('assigned', 'rectifying')"
        f" AND p.deadline BETWEEN ? AND ? AND {where} ORDER BY u.name, p.deadline, p.code",
        [monday.isoformat(), sunday.isoformat(), *params]))
    out: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        r["days_overdue"] = days_overdue(r, day)
        out.setdefault(r["unit_name"] or "", []).append(r)
    return out


def recurring_spots(store: Store, actor: Actor, minimum: int = 2) -> list[dict[str, Any]]:
    """举一反三: category and segment pairs with at least ``minimum`` problems."""
    params: list[Any] = []
    where = visible_clause(actor, params)
    params.append(minimum)
    # group first, then name the few segments found (joining before grouping reads the
    # segment of every problem: four times slower on a province)
    return list(store.db.query(
        "SELECT g.*, s.code AS segment_code, s.name AS segment_name FROM ("
        "SELECT p.category, p.segment_id, COUNT(*) AS problems, "
        "SUM(p.state != 'closed') AS open, SUM(p.recurring) AS reopened FROM problem p "
        f"WHERE p.deleted_at IS NULL AND p.segment_id IS NOT NULL AND {where} "
        "GROUP BY p.category, p.segment_id HAVING COUNT(*) >= ?) g "
        "LEFT JOIN segment s ON s.id = g.segment_id "
        "ORDER BY g.problems DESC, s.code, g.category", params))


def dashboard(store: Store, actor: Actor, today: date | None = None,
              since: date | None = None) -> dict[str, int]:
    """The dashboard cards: open, overdue, closed since ``since`` (default: this month),
    re-inspections due (closed, not re-inspected, date reached)."""
    day = today or now(store).date()
    start = since or day.replace(day=1)
    params: list[Any] = []
    where = visible_clause(actor, params)
    row = store.conn.execute(
        "SELECT SUM(p.state != 'closed'), "
        "SUM(p.state IN ('assigned', 'rectifying') AND p.deadline < ?), "
        "SUM(p.state = 'closed' AND p.closed_on >= ?), "
        "SUM(p.state = 'closed' AND p.recheck_result = '' AND p.recheck_on <= ?) "
        f"FROM problem p WHERE p.deleted_at IS NULL AND {where}",
        [day.isoformat(), start.isoformat(), day.isoformat(), *params]).fetchone()
    return {"open": int(row[0] or 0), "overdue": int(row[1] or 0),
            "closed": int(row[2] or 0), "recheck_due": int(row[3] or 0)}


def allowed_actions(store: Store, actor: Actor, problem: dict[str, Any],
                    at: datetime | None = None) -> list[str]:
    """The actions the actor may take on this problem now (for buttons)."""
    return workflow.available(problem, actor, _at(store, at), rules(store))
