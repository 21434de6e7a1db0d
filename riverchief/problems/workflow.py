"""The problem workflow as an explicit state machine, free of storage.

    登记 registered ──assign──▶ 交办 assigned ──accept──▶ 整改中 rectifying
        ▲                          │                         │  ▲
        └──────return (≤ 24 h)─────┘            report_fix   │  │ reject (重办)
                                                (evidence)   ▼  │
                                                    待验收 awaiting ──verify──▶ 已销号 closed
                                                    (publish: 公示)   (distinct verifier)
    已销号 ──recheck_confirm (回头看, on/after the date)──▶ 已销号
    已销号 ──recheck_reopen──▶ 整改中 (recurring)

Beside the transitions, ``remind`` (催办), ``feedback`` (反馈) and ``extend`` (延期, with
a reason) add timeline entries without changing the state.

:func:`apply` checks one action — the state, the actor's permission (through
:func:`riverchief.security.require`), the evidence and every required value — and returns
the changes to the problem row and the timeline entry, or raises
:class:`~riverchief.errors.UserError`. The ledger writes what it returns; the demo and
the property tests run it in memory.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from riverchief.errors import UserError
from riverchief.i18n import translate
from riverchief.problems.model import URGENCIES, state_name
from riverchief.security import Actor, allowed, require

MANAGE = "problems.manage"
RECTIFY = "problems.rectify"


@dataclass(frozen=True)
class Action:
    key: str
    sources: tuple[str, ...]  # states the action may start from
    target: str | None  # None: the state does not change
    permission: str
    needs_note: bool = False


ACTIONS: dict[str, Action] = {a.key: a for a in (
    Action("assign", ("registered",), "assigned", MANAGE),
    Action("accept", ("assigned",), "rectifying", RECTIFY),
    Action("return", ("assigned",), "registered", RECTIFY, needs_note=True),
    Action("report_fix", ("rectifying",), "awaiting", RECTIFY),
    Action("publish", ("awaiting",), None, MANAGE),
    Action("verify", ("awaiting",), "closed", MANAGE),
    Action("reject", ("awaiting",), "rectifying", MANAGE, needs_note=True),
    Action("recheck_confirm", ("closed",), None, MANAGE),
    Action("recheck_reopen", ("closed",), "rectifying", MANAGE, needs_note=True),
    Action("remind", ("assigned", "rectifying"), None, MANAGE),
    Action("feedback", ("assigned", "rectifying"), None, RECTIFY, needs_note=True),
    Action("extend", ("assigned", "rectifying"), None, MANAGE, needs_note=True),
)}

EVIDENCE_KINDS = ("after", "document")


@dataclass(frozen=True)
class Rules:
    """The settings of the workflow (a rule set may change them)."""

    return_hours: int = 24
    recheck_days: int = 30
    notice_days: int = 14


@dataclass
class Outcome:
    """What an action does: the new values of the problem row and its timeline entry."""

    changes: dict[str, Any]
    kind: str
    from_state: str
    to_state: str | None
    note: str
    data: dict[str, Any] = field(default_factory=dict)


def action_name(key: str) -> str:
    names = {
        "assign": translate("Problems", "Assign"),
        "accept": translate("Problems", "Accept"),
        "return": translate("Problems", "Return"),
        "report_fix": translate("Problems", "Report fixed"),
        "publish": translate("Problems", "Start public notice"),
        "verify": translate("Problems", "Accept and close"),
        "reject": translate("Problems", "Reject (redo)"),
        "recheck_confirm": translate("Problems", "Re-inspection: confirm"),
        "recheck_reopen": translate("Problems", "Re-inspection: reopen"),
        "remind": translate("Problems", "Remind"),
        "feedback": translate("Problems", "Feedback"),
        "extend": translate("Problems", "Extend deadline"),
    }
    return names.get(key, key)


def scope(problem: dict[str, Any], action: Action) -> dict[str, Any]:
    """What :func:`require` needs to know about the problem for this action."""
    if action.permission == RECTIFY:
        return {"unit_id": problem.get("unit_id") or "", "area_id": problem.get("area_id")}
    return {"area_id": problem.get("area_id")}


def _day(text: str | date | None, field_label: str) -> date:
    if isinstance(text, date):
        return text
    try:
        return date.fromisoformat(str(text or "").strip())
    except ValueError:
        raise UserError(translate("Problems", "'{value}' is not a date (write it as 2026-07-01)."
                                  ).format(value=text or ""), where=field_label) from None


def _blocker(problem: dict[str, Any], action: Action, actor: Actor, at: datetime,
             rules: Rules) -> str | None:
    """Why this action cannot be taken now (beyond state and role), or None."""
    today = at.date()
    if action.key == "return":
        assigned = datetime.fromisoformat(problem["assigned_at"])
        hours = problem.get("return_hours") or rules.return_hours
        if at > assigned + timedelta(hours=hours):
            return translate("Problems", "The time to return this problem ({hours} h after it "
                             "was assigned) has passed.").format(hours=hours)
    elif action.key == "publish":
        if not problem.get("public_notice"):
            return translate("Problems", "This problem needs no public notice.")
        if problem.get("notice_start"):
            return translate("Problems", "The public notice has already started.")
    elif action.key == "verify":
        if problem.get("fix_reported_by") == actor.code:
            return translate("Problems", "You reported the fix yourself; another user must "
                             "verify it.")
        if problem.get("public_notice"):
            start = problem.get("notice_start")
            if not start:
                return translate("Problems", "Start the public notice first.")
            days = problem.get("notice_days") or rules.notice_days
            end = date.fromisoformat(start) + timedelta(days=days)
            if today < end:
                return translate("Problems", "The public notice runs until {day}.").format(
                    day=end.isoformat())
    elif action.key in ("recheck_confirm", "recheck_reopen"):
        if problem.get("recheck_result"):
            return translate("Problems", "The re-inspection has already been done.")
        if action.key == "recheck_confirm" and problem.get("recheck_on") \
                and today.isoformat() < problem["recheck_on"]:
            return translate("Problems", "The re-inspection is due on {day}.").format(
                day=problem["recheck_on"])
    return None


def available(problem: dict[str, Any], actor: Actor, at: datetime,
              rules: Rules = Rules()) -> list[str]:
    """The actions this actor may take on this problem now (for the buttons)."""
    out = []
    for action in ACTIONS.values():
        if problem.get("state") not in action.sources:
            continue
        if not allowed(actor, action.permission, **scope(problem, action)):
            continue
        if _blocker(problem, action, actor, at, rules) is None:
            out.append(action.key)
    return out


def apply(
    problem: dict[str, Any],
    key: str,
    actor: Actor,
    at: datetime,
    params: dict[str, Any] | None = None,
    rules: Rules = Rules(),
) -> Outcome:
    """Check ``key`` on ``problem`` by ``actor`` at ``at``; return what it changes.

    ``params`` holds the values the action needs: ``note``; for ``assign``: ``unit_id``,
    ``deadline``, ``urgency``, ``requirement``, optional ``unit_contact``,
    ``public_notice``, ``notice_days``; for ``report_fix``: ``measures`` and
    ``evidence`` (a list of ``(sha256, kind)`` with kind ``after`` or ``document``);
    for ``extend`` and ``recheck_reopen``: ``deadline``.
    """
    params = dict(params or {})
    action = ACTIONS.get(key)
    if action is None:
        raise ValueError(f"unknown action {key!r}")
    state = problem["state"]
    require(actor, action.permission, **scope(problem, action))
    if state not in action.sources:
        raise UserError(translate("Problems", "The problem is {state}: \"{action}\" is not "
                                  "possible now.").format(state=state_name(state),
                                                          action=action_name(key)),
                        where=problem.get("code"))
    blocker = _blocker(problem, action, actor, at, rules)
    if blocker:
        raise UserError(blocker, where=problem.get("code"))
    note = str(params.get("note") or "").strip()
    if action.needs_note and not note:
        raise UserError(translate("Problems", "Give a reason or a note for \"{action}\".").format(
            action=action_name(key)), where=problem.get("code"))
    today = at.date()
    changes: dict[str, Any] = {}
    data: dict[str, Any] = {}
    if action.target:
        changes["state"] = action.target

    if key == "assign":
        if not params.get("unit_id"):
            raise UserError(translate("Problems", "Choose the responsible unit."),
                            where=translate("Problems", "responsible unit"))
        deadline = _day(params.get("deadline"), translate("Problems", "deadline"))
        if deadline < today:
            raise UserError(translate("Problems", "The deadline is in the past."),
                            where=translate("Problems", "deadline"))
        urgency = params.get("urgency") or "normal"
        if urgency not in URGENCIES:
            raise UserError(translate("Problems", "Unknown urgency '{value}'.").format(
                value=urgency), where=translate("Problems", "urgency"))
        requirement = str(params.get("requirement") or "").strip()
        if not requirement:
            raise UserError(translate("Problems", "Write what the unit must do (the "
                                      "requirement)."), where=translate("Problems", "requirement"))
        notice = bool(params.get("public_notice", False))
        changes.update(unit_id=params["unit_id"], deadline=deadline.isoformat(), urgency=urgency,
                       requirement=requirement,
                       unit_contact=str(params.get("unit_contact") or "").strip(),
                       assigned_at=at.isoformat(timespec="seconds"),
                       return_hours=int(params.get("return_hours") or rules.return_hours),
                       public_notice=int(notice),
                       notice_days=int(params.get("notice_days") or rules.notice_days))
        data = {k: changes[k] for k in ("unit_id", "deadline", "urgency", "requirement")}
        if notice:
            data["public_notice"] = True
    elif key == "return":
        changes.update(unit_id=None, deadline=None, assigned_at=None, urgency=None)
        data = {"unit_id": problem.get("unit_id")}
    elif key == "report_fix":
        measures = str(params.get("measures") or "").strip()
        if not measures:
            raise UserError(translate("Problems", "Describe the measures taken (整改措施)."),
                            where=translate("Problems", "measures"))
        evidence = [(sha, kind) for sha, kind in params.get("evidence") or []
                    if kind in EVIDENCE_KINDS]
        if not evidence:
            raise UserError(translate("Problems", "Add at least one photo after the fix or a "
                                      "document as evidence."),
                            where=translate("Problems", "evidence"))
        changes.update(measures=measures, fix_reported_by=actor.code,
                       fix_reported_at=at.isoformat(timespec="seconds"))
        data = {"measures": measures, "evidence": [sha for sha, _ in evidence]}
    elif key == "publish":
        changes["notice_start"] = today.isoformat()
        data = {"notice_start": today.isoformat(),
                "notice_days": problem.get("notice_days") or rules.notice_days}
    elif key == "verify":
        recheck = today + timedelta(days=rules.recheck_days)
        changes.update(verifier=actor.code, closed_on=today.isoformat(),
                       recheck_on=recheck.isoformat(), recheck_result="")
        data = {"verifier": actor.code, "recheck_on": recheck.isoformat()}
    elif key == "reject":
        changes.update(notice_start=None)
    elif key == "recheck_confirm":
        changes["recheck_result"] = "confirmed"
    elif key == "recheck_reopen":
        deadline = _day(params.get("deadline"), translate("Problems", "deadline"))
        if deadline < today:
            raise UserError(translate("Problems", "The deadline is in the past."),
                            where=translate("Problems", "deadline"))
        changes.update(recheck_result="reopened", recurring=1,
                       reopen_count=int(problem.get("reopen_count") or 0) + 1,
                       verifier=None, closed_on=None, notice_start=None,
                       deadline=deadline.isoformat())
        data = {"deadline": deadline.isoformat()}
    elif key == "extend":
        deadline = _day(params.get("deadline"), translate("Problems", "deadline"))
        if deadline <= _day(problem["deadline"], "deadline"):
            raise UserError(translate("Problems", "The new deadline must be later than {day}."
                                      ).format(day=problem["deadline"]),
                            where=translate("Problems", "deadline"))
        changes["deadline"] = deadline.isoformat()
        data = {"from": problem["deadline"], "to": deadline.isoformat()}
    return Outcome(changes, key, state, action.target, note, data)
