"""The record behind a deduction in the reader's words: each field with its name in the
reader's language, codes as their names (状态 整改中, not ``state: rectifying``), the
chief, segment, area and unit by name instead of their keys, and a patrol's verdict
reasons as sentences. The bookkeeping columns (keys, revisions, origins) are left out."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

Field = tuple[str, str, Callable[[Any, Any], str]]  # column, label, value → text


translate = QCoreApplication.translate


def _plain(_store: Any, value: Any) -> str:
    return "" if value is None else str(value)


def _time(_store: Any, value: Any) -> str:
    return "" if not value else str(value)[:16].replace("T", " ")


def _day(_store: Any, value: Any) -> str:
    return "" if not value else str(value)[:10]


def _named(table: str) -> Callable[[Any, Any], str]:
    """A key of ``table`` as its name (and code, where it has one)."""

    def show(store: Any, value: Any) -> str:
        if not value:
            return ""
        row = store.conn.execute(f'SELECT name, code FROM "{table}" WHERE id = ?',
                                 [value]).fetchone()
        if row is None:
            return str(value)
        return f"{row[0]} ({row[1]})" if row[1] else str(row[0])

    return show


def _using(namer: Callable[[str], str]) -> Callable[[Any, Any], str]:
    def show(_store: Any, value: Any) -> str:
        return "" if value is None or value == "" else namer(str(value))

    return show


def _km(_store: Any, value: Any) -> str:
    return "" if value is None else f"{float(value) / 1000:.2f} km"


def _minutes(_store: Any, value: Any) -> str:
    if value is None:
        return ""
    return translate("RecordDialog", "{n} min").format(n=round(float(value) / 60))


def _percent(_store: Any, value: Any) -> str:
    return "" if value is None else f"{float(value) * 100:.0f}%"


def _reasons(_store: Any, value: Any) -> str:
    from riverchief.verdicts.reasons import Reason

    try:
        items = json.loads(value or "[]")
        return "\n".join(Reason.from_dict(r).message for r in items)
    except (TypeError, ValueError, KeyError):
        return str(value)


def fields(table: str) -> list[Field]:
    """What a reader is shown of a record of ``table``, in order."""
    from riverchief.outfalls.ledger import remediation_name, stage_name, type_name
    from riverchief.problems.categories import category_name
    from riverchief.problems.complaints import channel_name
    from riverchief.problems.model import source_name, state_name, urgency_name
    from riverchief.registry.schema import choice_label
    from riverchief.rules.patrol import method_name
    from riverchief.verdicts.reasons import status_name
    from riverchief.waterquality.standards import water_type_name

    chief, segment, area, unit = (_named("chief"), _named("segment"), _named("area"),
                                  _named("unit"))
    by_table: dict[str, list[Field]] = {
        "patrol": [
            ("chief_id", translate("RecordDialog", "River chief"), chief),
            ("segment_id", translate("RecordDialog", "Segment"), segment),
            ("start_at", translate("RecordDialog", "Started"), _time),
            ("end_at", translate("RecordDialog", "Ended"), _time),
            ("method", translate("RecordDialog", "How"), _using(method_name)),
            ("weather", translate("RecordDialog", "Weather"), _plain),
            ("distance_m", translate("RecordDialog", "Distance"), _km),
            ("duration_s", translate("RecordDialog", "Duration of the track"), _minutes),
            ("coverage", translate("RecordDialog", "Segment covered"), _percent),
            ("verdict", translate("RecordDialog", "Verdict"), _using(status_name)),
            ("reasons", translate("RecordDialog", "Why"), _reasons),
            ("notes", translate("RecordDialog", "What was seen"), _plain),
            ("actions", translate("RecordDialog", "What was done"), _plain),
            ("entered_at", translate("RecordDialog", "Entered"), _time),
        ],
        "problem": [
            ("code", translate("RecordDialog", "Code"), _plain),
            ("state", translate("RecordDialog", "State"), _using(state_name)),
            ("source", translate("RecordDialog", "Source"), _using(source_name)),
            ("category", translate("RecordDialog", "Category"), _using(category_name)),
            ("description", translate("RecordDialog", "Description"), _plain),
            ("segment_id", translate("RecordDialog", "Segment"), segment),
            ("area_id", translate("RecordDialog", "Area"), area),
            ("found_at", translate("RecordDialog", "Found"), _time),
            ("urgency", translate("RecordDialog", "Urgency"), _using(urgency_name)),
            ("unit_id", translate("RecordDialog", "Responsible unit"), unit),
            ("requirement", translate("RecordDialog", "Requirement"), _plain),
            ("deadline", translate("RecordDialog", "Deadline"), _day),
            ("measures", translate("RecordDialog", "Measures taken"), _plain),
            ("verifier", translate("RecordDialog", "Accepted by"), _plain),
            ("closed_on", translate("RecordDialog", "Closed on"), _day),
            ("recheck_on", translate("RecordDialog", "Re-inspection"), _day),
        ],
        "complaint": [
            ("code", translate("RecordDialog", "Code"), _plain),
            ("received_via", translate("RecordDialog", "Received via"), _using(channel_name)),
            ("received_on", translate("RecordDialog", "Received on"), _day),
            ("complainant", translate("RecordDialog", "Complainant"), _plain),
            ("content", translate("RecordDialog", "Complaint"), _plain),
            ("area_id", translate("RecordDialog", "Area"), area),
            ("reply", translate("RecordDialog", "Reply"), _plain),
            ("replied_on", translate("RecordDialog", "Replied on"), _day),
        ],
        "outfall": [
            ("code", translate("RecordDialog", "Code"), _plain),
            ("name", translate("RecordDialog", "Name"), _plain),
            ("location", translate("RecordDialog", "Location"), _plain),
            ("segment_id", translate("RecordDialog", "Segment"), segment),
            ("area_id", translate("RecordDialog", "Area"), area),
            ("type", translate("RecordDialog", "Type"), _using(type_name)),
            ("responsible_entity", translate("RecordDialog", "Responsible"), _plain),
            ("remediation", translate("RecordDialog", "Remediation"), _using(remediation_name)),
            ("measures", translate("RecordDialog", "Measures taken"), _plain),
            ("deadline", translate("RecordDialog", "Deadline"), _day),
            ("stage", translate("RecordDialog", "Stage"), _using(stage_name)),
            ("closed_on", translate("RecordDialog", "Closed on"), _day),
        ],
        "section": [
            ("code", translate("RecordDialog", "Code"), _plain),
            ("name", translate("RecordDialog", "Name"), _plain),
            ("segment_id", translate("RecordDialog", "Segment"), segment),
            ("level", translate("RecordDialog", "Level"),
             _using(lambda v: choice_label(v, "section"))),
            ("water_type", translate("RecordDialog", "Water type"), _using(water_type_name)),
            ("target_class", translate("RecordDialog", "Target class"), _plain),
        ],
        "assessment_bonus": [
            ("chief_id", translate("RecordDialog", "River chief"), chief),
            ("period", translate("RecordDialog", "Period"), _plain),
            ("points", translate("RecordDialog", "Points"), _plain),
            ("reason", translate("RecordDialog", "Reason"), _plain),
        ],
    }
    return by_table.get(table, [])


def record_lines(store: Any, table: str, row: dict[str, Any]) -> list[str]:
    """``label: value`` lines of the record (a long value on lines of its own)."""
    lines: list[str] = []
    for column, label, show in fields(table):
        if column not in row:
            continue
        text = show(store, row[column]).strip()
        if not text:
            continue
        if "\n" in text:
            lines.append(translate("RecordDialog", "{label}:").format(label=label))
            lines += ["  " + t for t in text.splitlines()]
        else:
            lines.append(translate("RecordDialog", "{label}: {value}").format(
                label=label, value=text))
    return lines
