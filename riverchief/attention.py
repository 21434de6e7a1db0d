"""What needs the signed-in user's attention today (待办): the home page's list.

Each :class:`Item` is a count of records that wait for someone's action, with the section
of the app that shows them. What is listed depends on the role, and every count is limited
to what the user may see (the ledgers' own visibility rules):

- evaluators and administrators: problems past their deadline, fixes awaiting acceptance,
  problems registered but not yet assigned, re-inspections due, outfalls past their
  deadline, supervision batches with overdue problems, complaints without a reply,
  conflicts between packages, the last quarter not yet frozen, praise and accountability
  not yet recorded as carried out;
- responsible units: their problems past the deadline, newly assigned to them, due
  this week, and their fixes sent back (rejected, or reopened at re-inspection);
- river chiefs: patrols still due this period (or missed last period), drafts not
  submitted, and the open problems they answer for (reported by them, or found by others
  on their segments).

Only items with something waiting are returned, the ones past a deadline first. Nothing
here writes; each count is one indexed query, so the list stays quick on a province.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from riverchief.db import Store
from riverchief.i18n import translate
from riverchief.security import Actor, allowed

#: the section keys of the UI that show each kind of item
PROBLEMS, OUTFALLS, COMPLAINTS, EXCHANGE, ASSESSMENT, PATROL_FORM, PATROL_HOME = (
    "problems", "outfalls", "complaints", "exchange", "assessment", "patrol_form",
    "patrol_home")


@dataclass(frozen=True)
class Item:
    """``count`` records of kind ``key`` wait; ``section`` shows them, filtered by
    ``focus`` (``overdue``, ``recheck``, ``state:<state>``, ``unanswered``, ``batches``, ``week``,
    ``sent_back``, ``conflicts``, ``runs``; empty: as it opens); ``urgent``: a deadline has passed.
    ``text`` says it in the current language."""

    key: str
    count: int
    section: str
    focus: str = ""
    urgent: bool = False
    when: str = ""  # the period or day the item is about, for those that name one

    @property
    def text(self) -> str:
        return _text(self.key, self.count, self.when)


def _text(key: str, n: int, when: str) -> str:
    texts = {
        "problems_overdue": translate(
            "Attention", "{n} problem(s) past the deadline for the fix"),
        "problems_awaiting": translate(
            "Attention", "{n} reported fix(es) awaiting acceptance (验收销号)"),
        "problems_registered": translate(
            "Attention", "{n} problem(s) registered but not yet assigned (交办)"),
        "recheck_due": translate("Attention", "{n} re-inspection(s) (回头看) due"),
        "outfalls_overdue": translate(
            "Attention", "{n} outfall(s) past their remediation deadline"),
        "batches_overdue": translate(
            "Attention", "{n} supervision batch(es) with overdue problems"),
        "complaints_unanswered": translate(
            "Attention", "{n} complaint(s) without a reply"),
        "conflicts": translate(
            "Attention", "{n} conflict(s) between received packages to settle"),
        "not_frozen": translate(
            "Attention", "The assessment of {when} has not been frozen yet"),
        "follow_ups": translate(
            "Attention", "{n} praise or accountability measure(s) not yet recorded as done"),
        "unit_overdue": translate("Attention", "{n} of your problem(s) past the deadline"),
        "unit_assigned": translate(
            "Attention", "{n} problem(s) assigned to you to accept or return"),
        "unit_to_accept": translate("Attention", "{n} problem(s) assigned to you to accept"),
        "unit_due_week": translate("Attention", "{n} of your problem(s) due this week"),
        "unit_sent_back": translate(
            "Attention", "{n} of your fix(es) sent back (rejected or reopened): rectify and "
                         "report again"),
        "patrols_missed": translate(
            "Attention", "Patrols of {when} were missed"),
        "patrols_due": translate(
            "Attention", "{n} patrol(s) still due by {when}"),
        "drafts": translate("Attention", "{n} patrol draft(s) not submitted"),
        "open_problems": translate(
            "Attention", "{n} problem(s) you answer for are not closed yet"),
    }
    return texts[key].format(n=n, when=when)


def _one(store: Store, sql: str, params: list[Any]) -> int:
    row = store.conn.execute(sql, params).fetchone()
    return int(row[0] or 0) if row else 0


def _office(store: Store, actor: Actor, today: date) -> list[Item]:
    from riverchief.outfalls import ledger as outfalls
    from riverchief.problems import complaints
    from riverchief.problems import ledger as problems

    cards = problems.dashboard(store, actor, today)
    items = [
        Item("problems_overdue", cards["overdue"], PROBLEMS, "overdue", urgent=True),
        Item("problems_awaiting", problems.count_problems(store, actor, today=today,
                                                          state="awaiting"), PROBLEMS,
             "state:awaiting"),
        Item("problems_registered", problems.count_problems(store, actor, today=today,
                                                            state="registered"), PROBLEMS,
             "state:registered"),
        Item("recheck_due", cards["recheck_due"], PROBLEMS, "recheck"),
        Item("outfalls_overdue", outfalls.count_outfalls(store, actor, today=today,
                                                         overdue=True), OUTFALLS, "overdue",
             urgent=True),
        Item("batches_overdue", sum(1 for b in complaints.list_batches(store, actor, today)
                                    if b["overdue"]), COMPLAINTS, "batches", urgent=True),
        Item("complaints_unanswered", complaints.count_complaints(store, actor,
                                                                  unanswered=True), COMPLAINTS,
             "unanswered"),
    ]
    if allowed(actor, "exchange.import"):
        items.append(Item("conflicts", _one(
            store, "SELECT count(*) FROM conflict WHERE settled_at IS NULL", []), EXCHANGE,
            "conflicts"))
    if allowed(actor, "assessment.run"):
        items += _assessment(store, actor, today)
    return items


def _scope(actor: Actor, params: list[Any], column: str) -> str:
    """SQL: ``column`` (an area id) is inside the actor's areas (always for unscoped)."""
    if actor.area_ids is None:
        return "1"
    params.append(json.dumps(sorted(actor.area_ids)))
    return f"{column} IN (SELECT value FROM json_each(?))"


def _assessment(store: Store, actor: Actor, today: date) -> list[Item]:
    from riverchief.periods import parse_period_of_kind

    last = parse_period_of_kind("quarter", today).previous()
    items: list[Item] = []
    patrolled = store.conn.execute(
        "SELECT 1 FROM patrol WHERE start_at >= ? AND start_at < ? LIMIT 1",
        [last.start.isoformat(), (last.end + timedelta(days=1)).isoformat()]).fetchone()
    if patrolled:  # a quarter with patrols is scored; a new database is not nagged
        params: list[Any] = [last.label]
        # a run of every area counts for every office, an area's run for that area's office
        frozen = _one(store, "SELECT count(*) FROM assessment_run r WHERE r.deleted_at IS NULL"
                      " AND r.period = ?" + ("" if actor.area_ids is None else
                                              " AND (r.area_id IS NULL OR "
                                              + _scope(actor, params, "r.area_id") + ")"),
                      params)
        items.append(Item("not_frozen", 0 if frozen else 1, ASSESSMENT, when=last.label))
    params = []
    # only the latest run of a period, area and level: the one the reports print (a trial
    # run frozen before it leaves nothing to do)
    items.append(Item("follow_ups", _one(
        store, "SELECT count(*) FROM assessment_consequence q JOIN chief c ON c.id = q.chief_id"
        " JOIN assessment_run r ON r.id = q.run_id WHERE q.deleted_at IS NULL"
        " AND r.deleted_at IS NULL AND q.done_on IS NULL AND NOT EXISTS (SELECT 1"
        " FROM assessment_run later WHERE later.deleted_at IS NULL AND later.period = r.period"
        " AND later.area_id IS r.area_id AND later.level IS r.level AND later.id > r.id) AND "
        + _scope(actor, params, "c.area_id"), params), ASSESSMENT, "runs"))
    return items


def _unit(store: Store, actor: Actor, today: date) -> list[Item]:
    from riverchief.problems import ledger as problems

    week = problems.due_this_week(store, actor, today)
    assigned = problems.count_problems(store, actor, today=today, state="assigned")
    # "to accept or return" while one may still be returned; after the hours to return
    # (24 by default), returning is refused: the line said it all the same
    moment = problems.now(store)
    if moment.date() != today:  # another day asked for: its noon
        moment = datetime.combine(today, time(12), moment.tzinfo)
    returnable = _one(store, "SELECT count(*) FROM problem WHERE deleted_at IS NULL AND "
                      "state = 'assigned' AND unit_id = ? AND assigned_at IS NOT NULL AND "
                      "julianday(assigned_at) + coalesce(return_hours, 24) / 24.0 > "
                      "julianday(?)", [actor.unit_id or "", moment.isoformat()])
    return [
        Item("unit_overdue", problems.count_problems(store, actor, today=today, overdue=True),
             PROBLEMS, "overdue", urgent=True),
        Item("unit_assigned" if returnable else "unit_to_accept", assigned, PROBLEMS,
             "state:assigned"),
        Item("unit_due_week", sum(len(rows) for rows in week.values()), PROBLEMS, "week"),
        # a rejected fix (重办) was only a line in the problem's timeline
        Item("unit_sent_back", problems.count_problems(store, actor, today=today,
                                                       sent_back=True), PROBLEMS,
             "sent_back", urgent=True),
    ]


def _chief(store: Store, actor: Actor, today: date) -> list[Item]:
    from riverchief.assessment.calendar import unit_of
    from riverchief.patrols.due import due_status, open_problems

    chief_id = actor.chief_id or ""
    items: list[Item] = []
    status = due_status(store, chief_id, today)
    if status is not None:
        if status.last_period_missed:
            previous = unit_of(status.per, status.period_start - timedelta(days=1))
            items.append(Item("patrols_missed", 1, PATROL_HOME, urgent=True,
                              when=previous.label))
        if status.active and not status.met:
            items.append(Item("patrols_due", status.required - status.done, PATROL_HOME,
                              when=status.period_end.isoformat()))
    items.append(Item("drafts", _one(  # kept per user, on this installation only
        store, "SELECT count(*) FROM patrol_draft WHERE user_code = ?", [actor.code]),
        PATROL_FORM))
    items.append(Item("open_problems", len(open_problems(store, chief_id, today)),
                      PATROL_HOME))
    return items


def attention(store: Store, actor: Actor, today: date) -> list[Item]:
    """What waits for ``actor`` on ``today``: the items with a count, urgent ones first."""
    if actor.role == "chief":
        items = _chief(store, actor, today)
    elif actor.role == "unit":
        items = _unit(store, actor, today)
    elif actor.role in ("evaluator", "admin", "system"):
        items = _office(store, actor, today)
    else:
        items = []
    waiting = [i for i in items if i.count > 0]
    return sorted(waiting, key=lambda i: not i.urgent)  # stable: the order above otherwise


__all__ = ["Item", "attention"]
