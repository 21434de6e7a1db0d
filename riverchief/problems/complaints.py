"""Public complaints (信访投诉) and supervision feedback batches (督察反馈批次).

Each complaint or batch links to the problems it created (``problem.complaint_id`` /
``problem.batch_id``, set by :func:`riverchief.problems.ledger.create_problem`). A batch
reports its completion rate and the problems that are overdue.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from riverchief.db import records
from riverchief.errors import UserError
from riverchief.i18n import translate
from riverchief.problems.ledger import list_problems, now, visible_clause
from riverchief.security import Actor, require

if TYPE_CHECKING:
    from riverchief.db import Store

CHANNELS = ("hotline", "letter", "visit", "online", "media", "other")
CHANNEL_CN = {"hotline": "热线电话", "letter": "来信", "visit": "来访", "online": "网络",
              "media": "媒体", "other": "其他"}
LEVELS = ("central", "provincial", "district")
LEVEL_CN = {"central": "中央督察", "provincial": "省级督察", "district": "区级督察"}


def channel_name(channel: str) -> str:
    names = {
        "hotline": translate("Complaints", "hotline"),
        "letter": translate("Complaints", "letter"),
        "visit": translate("Complaints", "visit in person"),
        "online": translate("Complaints", "online"),
        "media": translate("Complaints", "media"),
        "other": translate("Complaints", "other"),
    }
    return names.get(channel, channel)


def level_name(level: str) -> str:
    names = {
        "central": translate("Complaints", "central supervision"),
        "provincial": translate("Complaints", "provincial supervision"),
        "district": translate("Complaints", "district supervision"),
    }
    return names.get(level, level)


def _date(value: str | date, label: str) -> str:
    try:
        return date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise UserError(translate("Complaints", "'{value}' is not a date (write it as "
                                  "2026-07-01).").format(value=value), where=label) from None


def _next_code(store: Store, table: str, prefix: str) -> str:
    last = store.conn.execute(f"SELECT MAX(code) FROM {table} WHERE code LIKE ?",
                              [prefix + "%"]).fetchone()[0]
    n = int(last[len(prefix):]) + 1 if last else 1
    return f"{prefix}{n:04d}"


def _complaint_values(store: Store, *, received_via: str, received_on: str | date,
                      content: str, area_id: str, anonymous: bool, complainant: str,
                      contact: str) -> dict[str, Any]:
    if received_via not in CHANNELS:
        raise UserError(translate("Complaints", "Unknown channel '{value}'.").format(
            value=received_via), where=translate("Complaints", "received via"))
    day = _date(received_on, translate("Complaints", "received on"))
    if not content.strip():
        raise UserError(translate("Complaints", "Write what the complaint says."),
                        where=translate("Complaints", "content"))
    if not anonymous and not complainant.strip():
        raise UserError(translate("Complaints", "Give the complainant's name or mark the "
                                  "complaint anonymous."),
                        where=translate("Complaints", "complainant"))
    if not area_id or not store.conn.execute("SELECT 1 FROM area WHERE id = ? AND deleted_at "
                                             "IS NULL", [area_id]).fetchone():
        raise UserError(translate("Complaints", "Choose the area the complaint concerns."),
                        where=translate("Complaints", "area"))
    return {"received_via": received_via, "received_on": day, "anonymous": int(anonymous),
            "complainant": "" if anonymous else complainant.strip(),
            "contact": "" if anonymous else contact.strip(), "content": content.strip(),
            "area_id": area_id}


def add_complaint(
    store: Store, actor: Actor, *, received_via: str, received_on: str | date, content: str,
    area_id: str, anonymous: bool = False, complainant: str = "", contact: str = "",
    code: str | None = None,
) -> str:
    """Register a public complaint; returns its id."""
    values = _complaint_values(store, received_via=received_via, received_on=received_on,
                               content=content, area_id=area_id, anonymous=anonymous,
                               complainant=complainant, contact=contact)
    require(actor, "problems.manage", area_id=area_id)
    with store.db.atomic():
        return records.insert(store, "complaint", {
            "code": code or _next_code(store, "complaint", f"TS{values['received_on'][:4]}-"),
            **values, "reply": "", "replied_on": None}, actor=actor.code)


def update_complaint(
    store: Store, actor: Actor, complaint_id: str, *, received_via: str,
    received_on: str | date, content: str, area_id: str, anonymous: bool = False,
    complainant: str = "", contact: str = "",
) -> None:
    """Correct a registered complaint (its code and reply stay). The actor must manage
    problems both where the complaint was and where it now is."""
    row = _get(store, "complaint", complaint_id)
    values = _complaint_values(store, received_via=received_via, received_on=received_on,
                               content=content, area_id=area_id, anonymous=anonymous,
                               complainant=complainant, contact=contact)
    if row["replied_on"] and row["replied_on"] < values["received_on"]:
        raise UserError(translate("Complaints", "The complaint was answered on {day}; it cannot "
                                  "have been received later.").format(day=row["replied_on"]),
                        where=translate("Complaints", "received on"))
    require(actor, "problems.manage", area_ids=[row["area_id"], area_id])
    with store.db.atomic():
        records.update(store, "complaint", complaint_id, values, actor=actor.code)


def reply_complaint(store: Store, actor: Actor, complaint_id: str, reply: str,
                    replied_on: str | date) -> None:
    """Record the reply given to the complainant."""
    row = _get(store, "complaint", complaint_id)
    if not reply.strip():
        raise UserError(translate("Complaints", "Write the reply."),
                        where=translate("Complaints", "reply"))
    day = _date(replied_on, translate("Complaints", "replied on"))
    if day < row["received_on"]:
        raise UserError(translate("Complaints", "The reply cannot be earlier than the "
                                  "complaint."), where=translate("Complaints", "replied on"))
    require(actor, "problems.manage", area_id=row["area_id"])
    records.update(store, "complaint", complaint_id, {"reply": reply.strip(), "replied_on": day},
                   actor=actor.code)


def _batch_values(store: Store, *, level: str, name: str, issued_on: str | date,
                  due_on: str | date, area_id: str) -> dict[str, Any]:
    if level not in LEVELS:
        raise UserError(translate("Complaints", "Unknown supervision level '{value}'.").format(
            value=level), where=translate("Complaints", "level"))
    if not name.strip():
        raise UserError(translate("Complaints", "Name the batch."),
                        where=translate("Complaints", "name"))
    issued = _date(issued_on, translate("Complaints", "issued on"))
    due = _date(due_on, translate("Complaints", "required completion date"))
    if due < issued:
        raise UserError(translate("Complaints", "The completion date is before the issue date."),
                        where=translate("Complaints", "required completion date"))
    if not area_id or not store.conn.execute("SELECT 1 FROM area WHERE id = ? AND deleted_at "
                                             "IS NULL", [area_id]).fetchone():
        raise UserError(translate("Complaints", "Choose the area the batch concerns."),
                        where=translate("Complaints", "area"))
    return {"level": level, "name": name.strip(), "issued_on": issued, "due_on": due,
            "area_id": area_id}


def add_batch(
    store: Store, actor: Actor, *, level: str, name: str, issued_on: str | date,
    due_on: str | date, area_id: str, code: str | None = None,
) -> str:
    """Register a supervision feedback batch; returns its id."""
    values = _batch_values(store, level=level, name=name, issued_on=issued_on, due_on=due_on,
                           area_id=area_id)
    require(actor, "problems.manage", area_id=area_id)
    with store.db.atomic():
        return records.insert(store, "supervision_batch", {
            "code": code or _next_code(store, "supervision_batch",
                                       f"DC{values['issued_on'][:4]}-"),
            **values}, actor=actor.code)


def update_batch(
    store: Store, actor: Actor, batch_id: str, *, level: str, name: str,
    issued_on: str | date, due_on: str | date, area_id: str,
) -> None:
    """Correct a supervision batch (its code stays)."""
    row = _get(store, "supervision_batch", batch_id)
    values = _batch_values(store, level=level, name=name, issued_on=issued_on, due_on=due_on,
                           area_id=area_id)
    require(actor, "problems.manage", area_ids=[row["area_id"], area_id])
    with store.db.atomic():
        records.update(store, "supervision_batch", batch_id, values, actor=actor.code)


def _get(store: Store, table: str, record_id: str) -> dict[str, Any]:
    rows = list(store.db.query(f"SELECT * FROM {table} WHERE id = ? AND deleted_at IS NULL",
                               [record_id]))
    if not rows:
        raise UserError(translate("Complaints", "No such record."), where=record_id)
    return rows[0]


def _scope(actor: Actor, params: list[Any], alias: str) -> str:
    if actor.is_admin:
        return "1"
    if actor.role == "evaluator":
        return visible_clause(actor, params, alias)
    # chiefs and units see the complaints and batches behind problems they can see
    inner: list[Any] = []
    clause = visible_clause(actor, inner, "p")
    column = "complaint_id" if alias == "c" else "batch_id"
    params += inner
    return f"{alias}.id IN (SELECT p.{column} FROM problem p WHERE {clause})"


def _office(actor: Actor) -> bool:
    """Whether the actor is the office that handles complaints (and may know who made
    them)."""
    return actor.is_admin or actor.role == "evaluator"


def _withheld(actor: Actor, row: dict[str, Any]) -> dict[str, Any]:
    """The complaint as ``actor`` may read it: a responsible unit or a chief, who see the
    complaints behind their problems, are not told who complained nor how to reach them
    (the unit complained about read the complainant's name and telephone)."""
    if _office(actor) or row.get("anonymous"):
        return row
    return {**row, "complainant": translate("Complaints", "(withheld)"), "contact": ""}


def _complaint_where(actor: Actor, params: list[Any], search: str | None,
                     unanswered: bool) -> str:
    where = ["c.deleted_at IS NULL", _scope(actor, params, "c")]
    if search and _office(actor):
        where.append("(c.code LIKE ? OR c.content LIKE ? OR c.complainant LIKE ?)")
        params += [f"%{search}%"] * 3
    elif search:  # not by the complainant's name: it is withheld
        where.append("(c.code LIKE ? OR c.content LIKE ?)")
        params += [f"%{search}%"] * 2
    if unanswered:
        where.append("c.replied_on IS NULL")
    return " AND ".join(where)


def list_complaints(store: Store, actor: Actor, *, search: str | None = None,
                    unanswered: bool = False, limit: int | None = None,
                    offset: int = 0) -> list[dict[str, Any]]:
    """Complaints with the number of problems each created and the area's name, newest
    first. ``search`` looks in the code, content and complainant; ``unanswered`` keeps
    those without a reply."""
    params: list[Any] = []
    where = _complaint_where(actor, params, search, unanswered)
    sql = ("SELECT c.*, a.name AS area_name, (SELECT COUNT(*) FROM problem p "
           "WHERE p.complaint_id = c.id AND p.deleted_at IS NULL) AS problems FROM complaint c "
           f"LEFT JOIN area a ON a.id = c.area_id WHERE {where} "
           "ORDER BY c.received_on DESC, c.code DESC")
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    return [_withheld(actor, r) for r in store.db.query(sql, params)]


def count_complaints(store: Store, actor: Actor, *, search: str | None = None,
                     unanswered: bool = False) -> int:
    params: list[Any] = []
    where = _complaint_where(actor, params, search, unanswered)
    return int(store.conn.execute(f"SELECT COUNT(*) FROM complaint c WHERE {where}",
                                  params).fetchone()[0])


@dataclass(frozen=True)
class BatchProgress:
    batch: dict[str, Any]
    total: int
    closed: int
    overdue: list[dict[str, Any]]

    @property
    def completion_rate(self) -> float:
        return self.closed / self.total if self.total else 0.0


def list_batches(store: Store, actor: Actor, today: date | None = None
                 ) -> list[dict[str, Any]]:
    """Batches, newest first, with ``problems``, ``closed`` and ``overdue`` (open problems
    past their own deadline or past the batch's completion date) counted over the problems
    the actor may see."""
    day = (today or now(store).date()).isoformat()
    params: list[Any] = []
    where = _scope(actor, params, "b")
    inner: list[Any] = []
    seen = visible_clause(actor, inner, "p")
    return list(store.db.query(
        "SELECT b.*, a.name AS area_name, COUNT(p.id) AS problems, "
        "COALESCE(SUM(p.state = 'closed'), 0) AS closed, "
        "COALESCE(SUM(p.state != 'closed' AND (b.due_on < ? OR (p.state IN ('assigned', "
        "'rectifying') AND p.deadline < ?))), 0) AS overdue "
        "FROM supervision_batch b LEFT JOIN area a ON a.id = b.area_id "
        "LEFT JOIN problem p ON p.batch_id = b.id "
        f"AND p.deleted_at IS NULL AND {seen} "
        f"WHERE b.deleted_at IS NULL AND {where} GROUP BY b.id "
        "ORDER BY b.issued_on DESC, b.code DESC",
        [day, day, *inner, *params]))


def get_complaint(store: Store, actor: Actor, complaint_id: str) -> dict[str, Any]:
    """One complaint the actor may see."""
    params: list[Any] = [complaint_id]
    where = _scope(actor, params, "c")
    rows = list(store.db.query(f"SELECT c.* FROM complaint c WHERE c.id = ? AND "
                               f"c.deleted_at IS NULL AND {where}", params))
    if not rows:
        raise UserError(translate("Complaints", "No such record."), where=complaint_id)
    return _withheld(actor, rows[0])


def get_batch(store: Store, actor: Actor, batch_id: str) -> dict[str, Any]:
    """One supervision batch the actor may see."""
    params: list[Any] = [batch_id]
    where = _scope(actor, params, "b")
    rows = list(store.db.query(f"SELECT b.* FROM supervision_batch b WHERE b.id = ? AND "
                               f"b.deleted_at IS NULL AND {where}", params))
    if not rows:
        raise UserError(translate("Complaints", "No such record."), where=batch_id)
    return rows[0]


def batch_progress(store: Store, actor: Actor, batch_id: str,
                   today: date | None = None) -> BatchProgress:
    """How far a batch is: problems, closed, completion rate, and what is overdue — a
    problem is overdue past its own deadline, or past the batch's completion date."""
    day = today or now(store).date()
    batch = get_batch(store, actor, batch_id)
    rows = list_problems(store, actor, today=day, batch_id=batch_id)
    closed = sum(r["state"] == "closed" for r in rows)
    late = []
    for r in rows:
        past_batch = r["state"] != "closed" and day.isoformat() > batch["due_on"]
        if r["days_overdue"] or past_batch:
            late.append(r)
    return BatchProgress(batch, len(rows), closed, late)
