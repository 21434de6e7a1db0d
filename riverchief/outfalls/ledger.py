"""The outfall ledger (入河排污口台账) and one plan per outfall (一口一策).

An outfall moves through the national campaign's stages one at a time, each with what
it needs (查、测、溯、治、管):

    排查 found ──▶ 监测 monitored (a monitoring result)
               ──▶ 溯源 traced (what it was traced to)
               ──▶ 整治 remediated (plan, evidence: an after-photo or document, the measures)
               ──▶ 销号 closed (milestones done; a verifier other than who reported the
                                remediation)

Every step is a timeline entry; the timeline only grows (database triggers).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from riverchief.db import records
from riverchief.errors import UserError
from riverchief.i18n import translate
from riverchief.problems import files as filestore
from riverchief.security import Actor, allowed, require

if TYPE_CHECKING:
    from riverchief.db import Store

STAGES = ("found", "monitored", "traced", "remediated", "closed")
STAGE_CN = {"found": "排查", "monitored": "监测", "traced": "溯源", "remediated": "整治",
            "closed": "销号"}
TYPES = ("industrial", "sewage_plant", "agricultural", "other")
TYPE_CN = {"industrial": "工业", "sewage_plant": "城镇污水处理厂", "agricultural": "农业",
           "other": "其他"}
REMEDIATIONS = ("ban", "merge", "regulate")
REMEDIATION_CN = {"ban": "取缔", "merge": "清理合并", "regulate": "规范整治"}
MODES = ("continuous", "intermittent", "rainy_season", "none")
MODE_CN = {"continuous": "连续排放", "intermittent": "间歇排放", "rainy_season": "雨季排放",
           "none": "无排放"}
FileSource = filestore.FileSource


def stage_name(stage: str) -> str:
    names = {
        "found": translate("Outfalls", "found"),
        "monitored": translate("Outfalls", "monitored"),
        "traced": translate("Outfalls", "traced"),
        "remediated": translate("Outfalls", "remediated"),
        "closed": translate("Outfalls", "closed"),
    }
    return names.get(stage, stage)


def type_name(kind: str) -> str:
    names = {
        "industrial": translate("Outfalls", "industrial"),
        "sewage_plant": translate("Outfalls", "urban sewage plant"),
        "agricultural": translate("Outfalls", "agricultural"),
        "other": translate("Outfalls", "other"),
    }
    return names.get(kind, kind)


def remediation_name(kind: str | None) -> str:
    names = {
        "ban": translate("Outfalls", "ban"),
        "merge": translate("Outfalls", "clean up and merge"),
        "regulate": translate("Outfalls", "regulate"),
    }
    return names.get(kind or "", "")


def mode_name(mode: str) -> str:
    names = {
        "continuous": translate("Outfalls", "continuous"),
        "intermittent": translate("Outfalls", "intermittent"),
        "rainy_season": translate("Outfalls", "rainy season only"),
        "none": translate("Outfalls", "no discharge"),
    }
    return names.get(mode, mode)


def event_name(kind: str) -> str:
    names = {
        "found": translate("Outfalls", "registered in the survey"),
        "plan": translate("Outfalls", "plan set"),
        "milestone": translate("Outfalls", "milestone done"),
        "monitoring": translate("Outfalls", "monitoring result"),
        "stage": translate("Outfalls", "stage reached"),
        "change": translate("Outfalls", "details corrected"),
    }
    return names.get(kind, kind)


def _now(store: Store, at: datetime | None) -> datetime:
    if at is None:
        return datetime.now(ZoneInfo(store.timezone)).replace(microsecond=0)
    return at if at.tzinfo else at.replace(tzinfo=ZoneInfo(store.timezone))


def today(store: Store) -> date:
    """Today in the database's time zone."""
    return _now(store, None).date()


def _date(value: str | date | None, label: str) -> str:
    try:
        return date.fromisoformat(str(value or "").strip()).isoformat()
    except ValueError:
        raise UserError(translate("Outfalls", "'{value}' is not a date (write it as "
                                  "2026-07-01).").format(value=value or ""), where=label) from None


def _row(store: Store, outfall_id: str) -> dict[str, Any]:
    rows = list(store.db.query("SELECT * FROM outfall WHERE id = ? AND deleted_at IS NULL",
                               [outfall_id]))
    if not rows:
        raise UserError(translate("Outfalls", "No such outfall."), where=outfall_id)
    return rows[0]


def _event(store: Store, actor: Actor, outfall_id: str, kind: str, when: datetime,
           from_stage: str | None, to_stage: str | None, note: str = "",
           data: dict[str, Any] | None = None) -> int:
    """Append a timeline entry (callers check the permission first)."""
    seq = int(store.conn.execute("SELECT COALESCE(MAX(seq), 0) FROM outfall_event "
                                 "WHERE outfall_id = ?", [outfall_id]).fetchone()[0]) + 1
    require(actor, "outfalls.manage")
    records.insert(store, "outfall_event", {
        "outfall_id": outfall_id, "seq": seq, "kind": kind,
        "at": when.isoformat(timespec="seconds"), "actor": actor.code, "actor_name": actor.name,
        "from_stage": from_stage, "to_stage": to_stage, "note": note,
        "data": json.dumps(data or {}, ensure_ascii=False)}, actor=actor.code)
    return seq


def _outfall_values(store: Store, *, code: str, name: str, type: str, area_id: str | None,
                    segment_id: str | None, national_code: str, location: str,
                    lon: float | None, lat: float | None, discharge_mode: str,
                    responsible_entity: str, outfall_id: str | None = None) -> dict[str, Any]:
    code, name = code.strip(), name.strip()
    if not code:
        raise UserError(translate("Outfalls", "An outfall needs a code and a name."),
                        where=translate("Outfalls", "code"))
    if not name:
        raise UserError(translate("Outfalls", "An outfall needs a code and a name."),
                        where=translate("Outfalls", "name"))
    if store.conn.execute("SELECT 1 FROM outfall WHERE code = ? AND deleted_at IS NULL "
                          "AND id IS NOT ?", [code, outfall_id]).fetchone():
        raise UserError(translate("Outfalls", "The code {code} is already used.").format(
            code=code), where=translate("Outfalls", "code"))
    if type not in TYPES:
        raise UserError(translate("Outfalls", "Unknown outfall type '{value}'.").format(
            value=type), where=translate("Outfalls", "type"))
    if discharge_mode not in MODES:
        raise UserError(translate("Outfalls", "Unknown discharge mode '{value}'.").format(
            value=discharge_mode), where=translate("Outfalls", "discharge mode"))
    if segment_id:
        seg = store.conn.execute("SELECT area_id FROM segment WHERE id = ? AND deleted_at IS "
                                 "NULL", [segment_id]).fetchone()
        if seg is None:
            raise UserError(translate("Outfalls", "No such segment."), where=segment_id)
        area_id = area_id or seg[0]
    if not area_id:
        raise UserError(translate("Outfalls", "Give the receiving segment or the area."),
                        where=translate("Outfalls", "segment"))
    for value, label, bound in ((lon, translate("Outfalls", "longitude"), 180),
                                (lat, translate("Outfalls", "latitude"), 90)):
        if value is not None and not -bound <= value <= bound:
            raise UserError(translate("Outfalls", "The coordinate is out of range."),
                            where=label)
    return {"code": code, "national_code": national_code.strip(), "name": name,
            "location": location.strip(), "lon": lon, "lat": lat, "segment_id": segment_id,
            "area_id": area_id, "type": type, "discharge_mode": discharge_mode,
            "responsible_entity": responsible_entity.strip()}


def add_outfall(
    store: Store, actor: Actor, *, code: str, name: str, type: str, area_id: str | None = None,
    segment_id: str | None = None, national_code: str = "", location: str = "",
    lon: float | None = None, lat: float | None = None, discharge_mode: str = "continuous",
    responsible_entity: str = "", photos: Sequence[FileSource] = (),
    at: datetime | None = None,
) -> str:
    """Register an outfall found in the survey (排查), with the photos taken there (kept as
    its "before" pictures); returns its id."""
    when = _now(store, at)
    values = _outfall_values(store, code=code, name=name, type=type, area_id=area_id,
                             segment_id=segment_id, national_code=national_code,
                             location=location, lon=lon, lat=lat,
                             discharge_mode=discharge_mode,
                             responsible_entity=responsible_entity)
    require(actor, "outfalls.manage", area_id=values["area_id"])
    with store.db.atomic():
        oid = records.insert(store, "outfall", {**values, "stage": "found"}, actor=actor.code)
        shas = [filestore.put_file(store, actor, f, permission="outfalls.manage",
                                   area_id=values["area_id"]).sha256 for f in photos]
        seq = _event(store, actor, oid, "found", when, None, "found", "",
                     {"photos": shas} if shas else None)
        for sha in shas:
            records.insert(store, "outfall_media", {"outfall_id": oid, "sha256": sha,
                                                    "kind": "before", "event_seq": seq},
                           actor=actor.code)
    return oid


def change_outfall(
    store: Store, actor: Actor, outfall_id: str, *, code: str, name: str, type: str,
    area_id: str | None = None, segment_id: str | None = None, national_code: str = "",
    location: str = "", lon: float | None = None, lat: float | None = None,
    discharge_mode: str = "continuous", responsible_entity: str = "",
    at: datetime | None = None,
) -> None:
    """Correct what the survey recorded about an outfall (not its stage or plan); the
    timeline records which fields changed. A closed outfall no longer changes."""
    when = _now(store, at)
    row = _row(store, outfall_id)
    values = _outfall_values(store, code=code, name=name, type=type, area_id=area_id,
                             segment_id=segment_id, national_code=national_code,
                             location=location, lon=lon, lat=lat,
                             discharge_mode=discharge_mode,
                             responsible_entity=responsible_entity, outfall_id=outfall_id)
    if row["stage"] == "closed":
        raise UserError(translate("Outfalls", "The outfall is closed; it can no longer "
                                  "change."), where=row["code"])
    require(actor, "outfalls.manage", area_ids=[row["area_id"], values["area_id"]])
    changed = {k: v for k, v in values.items() if row[k] != v}
    if not changed:
        return
    with store.db.atomic():
        records.update(store, "outfall", outfall_id, changed, actor=actor.code)
        _event(store, actor, outfall_id, "change", when, row["stage"], None, "",
               {k: [row[k], v] for k, v in changed.items()})


def set_plan(
    store: Store, actor: Actor, outfall_id: str, *, remediation: str, measures: str,
    deadline: str | date, milestones: Sequence[tuple[str, str | date]] = (),
    at: datetime | None = None,
) -> None:
    """一口一策: the plan of this outfall — remediation category, measures, deadline and
    dated milestones. Setting it again replaces the milestones not yet done."""
    when = _now(store, at)
    row = _row(store, outfall_id)
    if remediation not in REMEDIATIONS:
        raise UserError(translate("Outfalls", "Unknown remediation category '{value}'.").format(
            value=remediation), where=translate("Outfalls", "remediation"))
    if not measures.strip():
        raise UserError(translate("Outfalls", "Write the measures of the plan."),
                        where=translate("Outfalls", "measures"))
    due = _date(deadline, translate("Outfalls", "deadline"))
    steps = []
    for n, (title, day) in enumerate(milestones, start=1):
        label = translate("Outfalls", "milestone {n}").format(n=n)
        if not str(title).strip():
            raise UserError(translate("Outfalls", "A milestone needs a title."), where=label)
        steps.append((str(title).strip(), _date(day, label)))
    if row["stage"] == "closed":
        raise UserError(translate("Outfalls", "The outfall is closed; its plan can no longer "
                                  "change."), where=row["code"])
    require(actor, "outfalls.manage", area_id=row["area_id"])
    with store.db.atomic():
        records.update(store, "outfall", outfall_id, {
            "remediation": remediation, "measures": measures.strip(), "deadline": due},
            actor=actor.code)
        done = list(store.db.query(
            "SELECT * FROM outfall_milestone WHERE outfall_id = ? AND deleted_at IS NULL",
            [outfall_id]))
        for m in done:
            if not m["done_on"]:
                records.tombstone(store, "outfall_milestone", m["id"], actor=actor.code)
        base = max([m["seq"] for m in done] or [0])
        for n, (title, day) in enumerate(steps, start=1):
            records.insert(store, "outfall_milestone", {
                "outfall_id": outfall_id, "seq": base + n, "title": title, "due_on": day,
                "done_on": None}, actor=actor.code)
        _event(store, actor, outfall_id, "plan", when, row["stage"], None, "", {
            "remediation": remediation, "deadline": due,
            "milestones": [{"title": t, "due_on": d} for t, d in steps]})


def complete_milestone(store: Store, actor: Actor, milestone_id: str, done_on: str | date,
                       *, at: datetime | None = None) -> None:
    when = _now(store, at)
    rows = list(store.db.query("SELECT * FROM outfall_milestone WHERE id = ? AND deleted_at "
                               "IS NULL", [milestone_id]))
    if not rows:
        raise UserError(translate("Outfalls", "No such milestone."), where=milestone_id)
    m = rows[0]
    row = _row(store, m["outfall_id"])
    day = _date(done_on, translate("Outfalls", "done on"))
    require(actor, "outfalls.manage", area_id=row["area_id"])
    with store.db.atomic():
        records.update(store, "outfall_milestone", milestone_id, {"done_on": day},
                       actor=actor.code)
        _event(store, actor, row["id"], "milestone", when, row["stage"], None, m["title"],
               {"done_on": day})


def add_monitoring(store: Store, actor: Actor, outfall_id: str, *, sampled_on: str | date,
                   parameter: str, value: float, unit: str = "mg/L",
                   limit_value: float | None = None, note: str = "",
                   at: datetime | None = None) -> str:
    """A monitoring result of the outfall's discharge."""
    when = _now(store, at)
    row = _row(store, outfall_id)
    day = _date(sampled_on, translate("Outfalls", "sampled on"))
    if not parameter.strip():
        raise UserError(translate("Outfalls", "Name the measured parameter."),
                        where=translate("Outfalls", "parameter"))
    if value < 0 or (limit_value is not None and limit_value < 0):
        raise UserError(translate("Outfalls", "A measured value cannot be negative."),
                        where=translate("Outfalls", "value"))
    require(actor, "outfalls.manage", area_id=row["area_id"])
    with store.db.atomic():
        mid = records.insert(store, "outfall_monitoring", {
            "outfall_id": outfall_id, "sampled_on": day, "parameter": parameter.strip(),
            "value": float(value), "unit": unit, "limit_value": limit_value,
            "note": note.strip()}, actor=actor.code)
        _event(store, actor, outfall_id, "monitoring", when, row["stage"], None, note.strip(),
               {"parameter": parameter.strip(), "value": value, "unit": unit,
                "sampled_on": day})
    return mid


def _blocker(store: Store, row: dict[str, Any], target: str, actor: Actor,
             params: dict[str, Any]) -> str | None:
    oid = row["id"]
    if target == "monitored":
        if not store.conn.execute("SELECT 1 FROM outfall_monitoring WHERE outfall_id = ? AND "
                                  "deleted_at IS NULL", [oid]).fetchone():
            return translate("Outfalls", "Add a monitoring result first.")
    elif target == "traced":
        if not str(params.get("source_traced") or "").strip():
            return translate("Outfalls", "Say what the outfall was traced to.")
    elif target == "remediated":
        if not row["remediation"] or not row["measures"]:
            return translate("Outfalls", "Set the plan of this outfall first (一口一策).")
        if not params.get("files"):
            return translate("Outfalls", "Add at least one photo after the remediation or a "
                             "document as evidence.")
    elif target == "closed":
        if row["remediated_by"] == actor.code:
            return translate("Outfalls", "You reported the remediation yourself; another user "
                             "must verify it.")
        if store.conn.execute("SELECT 1 FROM outfall_milestone WHERE outfall_id = ? AND "
                              "deleted_at IS NULL AND done_on IS NULL", [oid]).fetchone():
            return translate("Outfalls", "Not every milestone of the plan is done.")
    return None


def next_stage(stage: str) -> str | None:
    i = STAGES.index(stage)
    return STAGES[i + 1] if i + 1 < len(STAGES) else None


def can_advance(store: Store, actor: Actor, outfall_id: str) -> str | None:
    """Why the actor cannot move this outfall to its next stage (None: they can; the
    remediation step still needs evidence files)."""
    row = _row(store, outfall_id)
    target = next_stage(row["stage"])
    if target is None:
        return translate("Outfalls", "The outfall is closed.")
    if not allowed(actor, "outfalls.manage", area_id=row["area_id"]):
        return translate("Outfalls", "You may not manage this outfall.")
    return _blocker(store, row, target, actor,
                    {"source_traced": "x", "files": ["x"]} if target in ("traced",
                                                                          "remediated") else {})


def advance(
    store: Store, actor: Actor, outfall_id: str, *, note: str = "",
    source_traced: str = "", files: Sequence[FileSource] = (), file_kind: str = "after",
    standardised: bool = False, at: datetime | None = None,
) -> dict[str, Any]:
    """Move the outfall to its next stage, with what that stage needs; returns the row."""
    when = _now(store, at)
    with store.db.atomic():
        row = _row(store, outfall_id)
        require(actor, "outfalls.manage", area_id=row["area_id"])
        target = next_stage(row["stage"])
        if target is None:
            raise UserError(translate("Outfalls", "The outfall is closed."), where=row["code"])
        if file_kind not in ("after", "document"):
            raise ValueError(f"unknown evidence kind {file_kind!r}")
        blocker = _blocker(store, row, target, actor,
                           {"source_traced": source_traced, "files": list(files)})
        if blocker:
            raise UserError(blocker, where=row["code"])
        changes: dict[str, Any] = {"stage": target}
        data: dict[str, Any] = {}
        if target == "traced":
            changes["source_traced"] = data["source_traced"] = source_traced.strip()
        elif target == "remediated":
            changes.update(remediated=1, standardised=int(standardised),
                           remediated_by=actor.code)
            data["standardised"] = bool(standardised)
        elif target == "closed":
            changes.update(verifier=actor.code, closed_on=when.date().isoformat())
            data["verifier"] = actor.code
        shas = [filestore.put_file(store, actor, f, permission="outfalls.manage",
                                   area_id=row["area_id"]).sha256 for f in files]
        if shas:
            data["evidence"] = shas
        updated = records.update(store, "outfall", outfall_id, changes, actor=actor.code)
        seq = _event(store, actor, outfall_id, "stage", when, row["stage"], target,
                     note.strip(), data)
        for sha in shas:
            records.insert(store, "outfall_media", {"outfall_id": outfall_id, "sha256": sha,
                                                    "kind": file_kind, "event_seq": seq},
                           actor=actor.code)
    return updated


# -- reading --------------------------------------------------------------------------

def visible_clause(actor: Actor, params: list[Any], alias: str = "o") -> str:
    """Evaluators see their area, chiefs the outfalls on their segments, units none."""
    if actor.is_admin:
        return "1"
    if actor.role == "evaluator":
        params.append(json.dumps(sorted(actor.area_ids or ())))
        return f"{alias}.area_id IN (SELECT value FROM json_each(?))"
    if actor.role == "chief":
        params.append(actor.chief_id or "")
        return (f"{alias}.segment_id IN (SELECT segment_id FROM assignment WHERE chief_id = ? "
                "AND deleted_at IS NULL AND end_date IS NULL)")
    return "0"


SELECT = """
SELECT o.*, s.code AS segment_code, s.name AS segment_name, w.name AS water_name,
       a.name AS area_name
FROM outfall o
LEFT JOIN segment s ON s.id = o.segment_id
LEFT JOIN water w ON w.id = s.water_id
LEFT JOIN area a ON a.id = o.area_id
"""


def days_overdue(row: dict[str, Any], today: date) -> int:
    if row.get("stage") == "closed" or not row.get("deadline"):
        return 0
    return max(0, (today - date.fromisoformat(row["deadline"])).days)


def _where(actor: Actor, day: date, *, stage: str | None = None, type: str | None = None,
           remediation: str | None = None, segment_id: str | None = None,
           area_ids: Sequence[str] | None = None, overdue: bool = False,
           search: str | None = None) -> tuple[str, list[Any]]:
    params: list[Any] = []
    where = ["o.deleted_at IS NULL", visible_clause(actor, params)]
    for column, value in (("stage", stage), ("type", type), ("remediation", remediation),
                          ("segment_id", segment_id)):
        if value:
            where.append(f"o.{column} = ?")
            params.append(value)
    if area_ids is not None:
        where.append("o.area_id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(sorted(area_ids)))
    if overdue:
        where.append("o.stage != 'closed' AND o.deadline < ?")
        params.append(day.isoformat())
    if search:
        where.append("(o.code LIKE ? OR o.name LIKE ? OR o.national_code LIKE ?)")
        params += [f"%{search}%"] * 3
    return " AND ".join(where), params


def list_outfalls(store: Store, actor: Actor, *, today: date | None = None,
                  limit: int | None = None, offset: int = 0,
                  **filters: Any) -> list[dict[str, Any]]:
    """The outfalls the actor may see, by code, each with ``days_overdue``. Filters:
    ``stage``, ``type``, ``remediation``, ``segment_id``, ``area_ids``, ``overdue``,
    ``search`` (code, name or national code)."""
    day = today or _now(store, None).date()
    where, params = _where(actor, day, **filters)
    sql = SELECT + " WHERE " + where + " ORDER BY o.code"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    rows = list(store.db.query(sql, params))
    for r in rows:
        r["days_overdue"] = days_overdue(r, day)
    return rows


def count_outfalls(store: Store, actor: Actor, *, today: date | None = None,
                   **filters: Any) -> int:
    day = today or _now(store, None).date()
    where, params = _where(actor, day, **filters)
    return int(store.conn.execute(f"SELECT COUNT(*) FROM outfall o WHERE {where}",
                                  params).fetchone()[0])


def get_outfall(store: Store, actor: Actor, outfall_id: str) -> dict[str, Any]:
    params: list[Any] = [outfall_id]
    rows = list(store.db.query(SELECT + " WHERE o.id = ? AND o.deleted_at IS NULL AND "
                               + visible_clause(actor, params), params))
    if not rows:
        raise UserError(translate("Outfalls", "No such outfall, or it is not yours to see."),
                        where=outfall_id)
    return rows[0]


def timeline(store: Store, outfall_id: str) -> list[dict[str, Any]]:
    rows = list(store.db.query("SELECT seq, kind, at, actor, actor_name, from_stage, to_stage, "
                               "note, data FROM outfall_event WHERE outfall_id = ? ORDER BY seq",
                               [outfall_id]))
    for r in rows:
        r["data"] = json.loads(r["data"] or "{}")
    return rows


def milestones(store: Store, outfall_id: str, today: date | None = None
               ) -> list[dict[str, Any]]:
    day = (today or _now(store, None).date()).isoformat()
    rows = list(store.db.query("SELECT * FROM outfall_milestone WHERE outfall_id = ? AND "
                               "deleted_at IS NULL ORDER BY seq", [outfall_id]))
    for r in rows:
        r["overdue"] = not r["done_on"] and r["due_on"] < day
    return rows


def monitoring(store: Store, outfall_id: str) -> list[dict[str, Any]]:
    return list(store.db.query("SELECT * FROM outfall_monitoring WHERE outfall_id = ? AND "
                               "deleted_at IS NULL ORDER BY sampled_on, parameter",
                               [outfall_id]))


def evidence(store: Store, outfall_id: str) -> list[dict[str, Any]]:
    return list(store.db.query(
        "SELECT om.sha256, om.kind, om.event_seq, m.name AS filename, m.mime, m.size "
        "FROM outfall_media om JOIN media m ON m.sha256 = om.sha256 "
        "WHERE om.outfall_id = ? AND om.deleted_at IS NULL ORDER BY om.event_seq",
        [outfall_id]))


@dataclass(frozen=True)
class CampaignProgress:
    """Share of outfalls at each stage against the year-end deadline."""

    year: int
    deadline: date
    total: int
    by_stage: dict[str, int]
    overdue: int
    days_left: int

    def share(self, stage: str) -> float:
        return self.by_stage.get(stage, 0) / self.total if self.total else 0.0

    @property
    def share_closed(self) -> float:
        return self.share("closed")


def campaign_progress(store: Store, actor: Actor, year: int | None = None,
                      today: date | None = None) -> CampaignProgress:
    day = today or _now(store, None).date()
    y = year or day.year
    params: list[Any] = []
    where = visible_clause(actor, params)
    counts = {r[0]: r[1] for r in store.conn.execute(
        f"SELECT o.stage, COUNT(*) FROM outfall o WHERE o.deleted_at IS NULL AND {where} "
        "GROUP BY o.stage", params)}
    params2: list[Any] = [day.isoformat()]
    where2 = visible_clause(actor, params2)
    overdue = store.conn.execute(
        "SELECT COUNT(*) FROM outfall o WHERE o.deleted_at IS NULL AND o.stage != 'closed' "
        f"AND o.deadline < ? AND {where2}", params2).fetchone()[0]
    end = date(y, 12, 31)
    return CampaignProgress(y, end, sum(counts.values()), {s: counts.get(s, 0) for s in STAGES},
                            int(overdue), max(0, (end - day).days))
