"""A problem (问题) and its timeline entries as plain values, and the names of their codes.

States, sources and urgencies are stored as English keys; ``*_CN`` holds the official
Chinese term (exports, notices, the CLI's JSON) and ``*_name()`` the label in the current
language.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from riverchief.i18n import translate

STATES = ("registered", "assigned", "rectifying", "awaiting", "closed")
OPEN_STATES = ("assigned", "rectifying")  # a deadline runs: may be overdue
STATE_CN = {"registered": "登记", "assigned": "交办", "rectifying": "整改中",
            "awaiting": "待验收", "closed": "已销号"}

SOURCES = ("patrol", "complaint", "supervision", "monitoring", "superior", "media")
SOURCE_CN = {"patrol": "巡河发现", "complaint": "信访投诉", "supervision": "督察反馈",
             "monitoring": "监测预警", "superior": "上级交办", "media": "媒体曝光"}

URGENCIES = ("normal", "urgent", "critical")
URGENCY_CN = {"normal": "一般", "urgent": "加急", "critical": "紧急"}

RECHECK_CN = {"": "", "confirmed": "已确认", "reopened": "已重新打开"}

EVENT_CN = {
    "register": "登记", "assign": "交办", "accept": "接收整改", "return": "退回",
    "report_fix": "报送整改", "publish": "公示", "verify": "验收销号", "reject": "重办",
    "recheck_confirm": "回头看确认", "recheck_reopen": "回头看重新打开", "remind": "催办",
    "feedback": "反馈", "extend": "延期", "link": "举一反三",
}


def state_name(state: str) -> str:
    names = {
        "registered": translate("Problems", "registered"),
        "assigned": translate("Problems", "assigned"),
        "rectifying": translate("Problems", "rectifying"),
        "awaiting": translate("Problems", "awaiting acceptance"),
        "closed": translate("Problems", "closed"),
    }
    return names.get(state, state)


def source_name(source: str) -> str:
    names = {
        "patrol": translate("Problems", "found on patrol"),
        "complaint": translate("Problems", "public complaint"),
        "supervision": translate("Problems", "supervision feedback"),
        "monitoring": translate("Problems", "monitoring alarm"),
        "superior": translate("Problems", "assigned by a superior"),
        "media": translate("Problems", "media report"),
    }
    return names.get(source, source)


def urgency_name(urgency: str | None) -> str:
    names = {
        "normal": translate("Problems", "normal"),
        "urgent": translate("Problems", "urgent"),
        "critical": translate("Problems", "critical"),
    }
    return names.get(urgency or "", "")


def event_name(kind: str) -> str:
    names = {
        "register": translate("Problems", "registered"),
        "assign": translate("Problems", "assigned"),
        "accept": translate("Problems", "accepted by the unit"),
        "return": translate("Problems", "returned by the unit"),
        "report_fix": translate("Problems", "fix reported"),
        "publish": translate("Problems", "public notice started"),
        "verify": translate("Problems", "accepted and closed"),
        "reject": translate("Problems", "rejected: redo"),
        "recheck_confirm": translate("Problems", "re-inspection confirmed"),
        "recheck_reopen": translate("Problems", "reopened at re-inspection"),
        "remind": translate("Problems", "reminder"),
        "feedback": translate("Problems", "feedback"),
        "extend": translate("Problems", "deadline extended"),
        "link": translate("Problems", "linked as same kind"),
    }
    return names.get(kind, kind)


@dataclass(frozen=True)
class Event:
    """One entry of a problem's timeline."""

    seq: int
    kind: str
    at: str
    actor: str
    actor_name: str
    from_state: str | None
    to_state: str | None
    note: str
    data: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_row(cls, r: dict[str, Any]) -> Event:
        return cls(r["seq"], r["kind"], r["at"], r["actor"], r["actor_name"], r["from_state"],
                   r["to_state"], r["note"], json.loads(r["data"] or "{}"))

    def as_dict(self) -> dict[str, Any]:
        return {"seq": self.seq, "kind": self.kind, "action": EVENT_CN.get(self.kind, self.kind),
                "at": self.at, "actor": self.actor, "actor_name": self.actor_name,
                "from": STATE_CN.get(self.from_state or "", None),
                "to": STATE_CN.get(self.to_state or "", None), "note": self.note,
                **({"data": self.data} if self.data else {})}


def days_overdue(row: dict[str, Any], today: date) -> int:
    """Days past the deadline of an open problem (assigned or rectifying); 0 otherwise."""
    if row.get("state") not in OPEN_STATES or not row.get("deadline"):
        return 0
    late = (today - date.fromisoformat(row["deadline"])).days
    return max(0, late)
