"""Reading and exporting the audit trail (审计记录).

:mod:`riverchief.db.records` writes one entry for every change: who, when, which record,
the row before and after. Entries can only be added: triggers in the database refuse any
UPDATE or DELETE of ``audit_log``, so nothing in the app can edit it.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from riverchief.db import Store
from riverchief.db.records import SHARED_FIELDS
from riverchief.errors import UserError
from riverchief.files import part_path, replace
from riverchief.i18n import translate
from riverchief.progress import SILENT, Progress, check
from riverchief.security.roles import Actor, require


@dataclass(frozen=True)
class AuditEntry:
    """One change: ``before``/``after`` are the whole row (None for an insert/delete)."""

    id: str
    at: str
    actor: str
    action: str
    table: str
    record_id: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    origin: str

    @classmethod
    def from_row(cls, r: dict[str, Any]) -> AuditEntry:
        return cls(r["id"], r["at"], r["actor"], r["action"], r["table_name"],
                   r["record_id"] or "", json.loads(r["before"]) if r["before"] else None,
                   json.loads(r["after"]) if r["after"] else None, r["origin"])

    def changes(self) -> list[tuple[str, Any, Any]]:
        """(field, before, after) for each field this entry changed, shared fields left out."""
        if self.action == "bulk-insert":
            return []
        before, after = self.before or {}, self.after or {}
        fields = [k for k in {**before, **after} if k not in SHARED_FIELDS]
        return [(k, before.get(k), after.get(k)) for k in fields
                if before.get(k) != after.get(k)]


    def describe(self) -> str:
        """The change in one line: ``name: 清水河 → 清河; …`` (a bulk entry: what and how many)."""
        if self.action == "bulk-insert" and self.after:
            return f"{self.after.get('summary', '')} × {self.after.get('count', '')}"
        return "; ".join(f"{k}: {'' if b is None else b} → {'' if a is None else a}"
                         for k, b, a in self.changes())


def action_name(action: str) -> str:
    names = {
        "insert": translate("Audit", "created"),
        "update": translate("Audit", "changed"),
        "delete": translate("Audit", "deleted"),
        "restore": translate("Audit", "restored"),
        "bulk-insert": translate("Audit", "bulk import"),
    }
    return names.get(action, action)


def table_name(table: str) -> str:
    """What a table's records are called, for the audit log's Table column (the raw table
    names, ``problem_event``, ``outfall_media``, read as English words in the Chinese page).
    An unknown table keeps its name."""
    names = {
        "area": translate("Audit", "areas"),
        "water": translate("Audit", "waters"),
        "segment": translate("Audit", "segments"),
        "section": translate("Audit", "monitoring sections"),
        "chief": translate("Audit", "chiefs"),
        "unit": translate("Audit", "responsible units"),
        "assignment": translate("Audit", "assignments"),
        "sign": translate("Audit", "signs"),
        "app_user": translate("Audit", "users"),
        "setting": translate("Audit", "settings"),
        "patrol": translate("Audit", "patrols"),
        "patrol_segment": translate("Audit", "patrol segments"),
        "patrol_photo": translate("Audit", "patrol photos"),
        "patrol_revision": translate("Audit", "patrol corrections"),
        "patrol_draft": translate("Audit", "patrol drafts"),
        "patrol_judgement": translate("Audit", "patrol verdicts"),
        "track_file": translate("Audit", "track files"),
        "media": translate("Audit", "photos and files"),
        "sample": translate("Audit", "water samples"),
        "sample_value": translate("Audit", "sample values"),
        "problem": translate("Audit", "problems"),
        "problem_event": translate("Audit", "problem steps"),
        "problem_media": translate("Audit", "problem files"),
        "problem_link": translate("Audit", "problems of the same kind"),
        "complaint": translate("Audit", "complaints"),
        "supervision_batch": translate("Audit", "supervision batches"),
        "outfall": translate("Audit", "outfalls"),
        "outfall_milestone": translate("Audit", "outfall milestones"),
        "outfall_monitoring": translate("Audit", "outfall monitoring"),
        "outfall_event": translate("Audit", "outfall steps"),
        "outfall_media": translate("Audit", "outfall files"),
        "assessment_run": translate("Audit", "assessment runs"),
        "assessment_result": translate("Audit", "assessment results"),
        "assessment_adjustment": translate("Audit", "score adjustments"),
        "assessment_bonus": translate("Audit", "bonus points"),
        "assessment_consequence": translate("Audit", "praise and accountability"),
        "chain_entry": translate("Audit", "hash chain entries"),
        "installation_key": translate("Audit", "signing keys"),
        "enrolled_key": translate("Audit", "enrolled keys"),
        "package_log": translate("Audit", "packages received"),
        "conflict": translate("Audit", "conflicts"),
        "record_revision": translate("Audit", "earlier revisions"),
    }
    return names.get(table, table)


def field_label(table: str, field: str) -> str:
    """A changed field's name in the audit log, as users see it (a problem's assign read
    ``unit_id``, ``assigned_at``, ``state`` in the Chinese page). Registry fields are named
    by :func:`riverchief.registry.schema.label`; an unknown field keeps its name."""
    from riverchief.registry.schema import label

    if table in ("problem", "problem_event", "problem_media", "problem_link"):
        names = {
            "state": translate("Audit", "state"),
            "unit_id": translate("Audit", "responsible unit"),
            "deadline": translate("Audit", "deadline"),
            "urgency": translate("Audit", "urgency"),
            "requirement": translate("Audit", "requirement"),
            "unit_contact": translate("Audit", "contact"),
            "assigned_at": translate("Audit", "assigned at"),
            "return_hours": translate("Audit", "hours to return"),
            "public_notice": translate("Audit", "public notice"),
            "notice_days": translate("Audit", "days of notice"),
            "notice_start": translate("Audit", "notice from"),
            "measures": translate("Audit", "measures"),
            "fix_reported_by": translate("Audit", "fix reported by"),
            "fix_reported_at": translate("Audit", "fix reported at"),
            "verifier": translate("Audit", "verified by"),
            "closed_on": translate("Audit", "closed on"),
            "recheck_on": translate("Audit", "re-inspection on"),
            "recheck_result": translate("Audit", "re-inspection result"),
            "recurring": translate("Audit", "recurring"),
            "reopen_count": translate("Audit", "times reopened"),
            "category": translate("Audit", "category"),
            "source": translate("Audit", "source"),
            "found_at": translate("Audit", "found at"),
            "photos": translate("Audit", "photos"),
            "reported_by": translate("Audit", "reported by"),
            "patrol_id": translate("Audit", "patrol"),
            "complaint_id": translate("Audit", "complaint"),
            "batch_id": translate("Audit", "supervision batch"),
            "code": translate("Audit", "code"),
            "problem_id": translate("Audit", "problem"),
            "seq": translate("Audit", "step"),
            "kind": translate("Audit", "what"),
            "at": translate("Audit", "when"),
            "actor": translate("Audit", "by (sign-in name)"),
            "actor_name": translate("Audit", "by"),
            "from_state": translate("Audit", "from state"),
            "to_state": translate("Audit", "to state"),
            "data": translate("Audit", "details"),
            "sha256": translate("Audit", "file"),
            "event_seq": translate("Audit", "step"),
            "a_id": translate("Audit", "problem"),
            "b_id": translate("Audit", "problem of the same kind"),
        }
        if field in names:
            return names[field]
    return label(field)


#: reference fields and how the record they name is shown (its code or name)
_REFERENCES = {
    "unit_id": "SELECT name FROM unit WHERE id = ?",
    "segment_id": "SELECT code || ' ' || name FROM segment WHERE id = ?",
    "area_id": "SELECT name FROM area WHERE id = ?",
    "chief_id": "SELECT name || ' (' || code || ')' FROM chief WHERE id = ?",
    "water_id": "SELECT name FROM water WHERE id = ?",
    "parent_id": "SELECT name FROM area WHERE id = ?",
    "problem_id": "SELECT code FROM problem WHERE id = ?",
    "a_id": "SELECT code FROM problem WHERE id = ?",
    "b_id": "SELECT code FROM problem WHERE id = ?",
    "complaint_id": "SELECT code FROM complaint WHERE id = ?",
    "batch_id": "SELECT code FROM supervision_batch WHERE id = ?",
}


def field_value(store: Store | None, table: str, field: str, value: Any) -> str:
    """A changed value as users see it: a problem's state and step in words, a reference by
    its record's code or name (never a UUID), anything else as stored."""
    if value is None:
        return ""
    if table.startswith("problem"):
        from riverchief.problems.categories import category_name
        from riverchief.problems.model import (
            event_name,
            source_name,
            state_name,
            urgency_name,
        )

        if field in ("state", "from_state", "to_state"):
            return state_name(str(value))
        if field == "kind" and table == "problem_event":
            return event_name(str(value))
        if field == "category":
            return category_name(str(value))
        if field == "source":
            return source_name(str(value))
        if field == "urgency":
            return urgency_name(str(value))
    if field == "parent_id" and table != "area":
        return str(value)
    sql = _REFERENCES.get(field)
    if sql is not None and store is not None:
        try:
            row = store.conn.execute(sql, [value]).fetchone()
        except sqlite3.OperationalError:  # a table this database does not have
            row = None
        if row is not None and row[0]:
            return str(row[0])
    return str(value)


# where a registry record's area is found (for an evaluator's scope)
_AREA_SQL = {
    "area": "SELECT id FROM area WHERE id = ?",
    "water": "SELECT area_id FROM water WHERE id = ?",
    "segment": "SELECT area_id FROM segment WHERE id = ?",
    "chief": "SELECT area_id FROM chief WHERE id = ?",
    "unit": "SELECT area_id FROM unit WHERE id = ?",
    "section": "SELECT s.area_id FROM section x JOIN segment s ON s.id = x.segment_id "
               "WHERE x.id = ?",
    "sign": "SELECT s.area_id FROM sign x JOIN segment s ON s.id = x.segment_id WHERE x.id = ?",
    "assignment": "SELECT s.area_id FROM assignment x JOIN segment s ON s.id = x.segment_id "
                  "WHERE x.id = ?",
}


def record_area(store: Store, table: str, record_id: str) -> str | None:
    """The area of a registry record (None for other tables or an unknown record)."""
    sql = _AREA_SQL.get(table)
    if sql is None or not record_id:
        return None
    row = store.conn.execute(sql, [record_id]).fetchone()
    return str(row[0]) if row and row[0] else None


def _in_scope(store: Store, actor: Actor, entry: AuditEntry) -> bool:
    """An evaluator sees the registry's history only inside their area; other tables'
    entries are scoped by the rooms that own them."""
    if actor.role != "evaluator" or actor.area_ids is None or entry.table not in _AREA_SQL:
        return True
    area = record_area(store, entry.table, entry.record_id)
    return area is not None and area in actor.area_ids


def history(store: Store, actor: Actor, table: str, record_id: str) -> list[AuditEntry]:
    """Every change to one record, oldest first (an evaluator: records in their area)."""
    require(actor, "audit.read", area_id=record_area(store, table, record_id))
    rows = store.db.query(
        "SELECT * FROM audit_log WHERE table_name = ? AND record_id = ? ORDER BY id",
        [table, record_id],
    )
    return [AuditEntry.from_row(r) for r in rows]


def entries(
    store: Store,
    actor: Actor,
    *,
    table: str | None = None,
    record_id: str | None = None,
    by: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int | None = None,
    newest_first: bool = False,
) -> list[AuditEntry]:
    """Audit entries matching the filters (``since``/``until`` compare ISO text), oldest
    first (``newest_first``: the latest ``limit`` entries, newest first)."""
    require(actor, "audit.read")
    sql = "SELECT * FROM audit_log WHERE 1"
    params: list[Any] = []
    for column, value in (("table_name", table), ("record_id", record_id), ("actor", by)):
        if value:
            sql += f" AND {column} = ?"
            params.append(value)
    if since:
        sql += " AND at >= ?"
        params.append(since)
    if until:
        sql += " AND substr(at, 1, ?) <= ?"
        params += [len(until), until]
    sql += " ORDER BY id DESC" if newest_first else " ORDER BY id"
    if limit:
        sql += f" LIMIT {int(limit)}"
    found = [AuditEntry.from_row(r) for r in store.db.query(sql, params)]
    return [e for e in found if _in_scope(store, actor, e)]


REPORT_EVERY = 1000  # entries between two progress reports (and cancel checks)
EXPORT_COLUMNS = ("at", "actor", "action", "table", "record_id", "changes", "before", "after",
                  "origin")


def export_csv(store: Store, actor: Actor, path: Path, *, progress: Progress = SILENT,
               **filters: Any) -> int:
    """Write the matching entries to a CSV file (UTF-8 with BOM, opens in Excel); the count.

    The whole log of a busy installation is large: ``progress`` hears how far the writing
    is and may cancel it, and nothing is left at ``path`` unless it was written whole."""
    found = entries(store, actor, **filters)
    total = len(found)
    tmp = part_path(path)
    try:
        with tmp.open("w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(EXPORT_COLUMNS)
            for n, e in enumerate(found):
                if n % REPORT_EVERY == 0:
                    progress.report(n, total)
                    check(progress)
                changes = e.describe()
                writer.writerow([
                    e.at, e.actor, e.action, e.table, e.record_id, changes,
                    json.dumps(e.before, ensure_ascii=False, sort_keys=True) if e.before else "",
                    json.dumps(e.after, ensure_ascii=False, sort_keys=True) if e.after else "",
                    e.origin,
                ])
        progress.report(total, total)
        replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(
            translate("Audit", "Cannot write the file: {error}").format(error=exc.strerror or exc),
            where=str(path),
        ) from exc
    except BaseException:  # cancelled, or anything else: no half-written file is left
        tmp.unlink(missing_ok=True)
        raise
    return total
