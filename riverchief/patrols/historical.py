"""Historical patrols (历史巡河记录) from the spreadsheets offices keep today.

XLSX or CSV (UTF-8 or GBK), headers in Chinese or English: 河长, 河段, 巡河日期, 开始时间,
结束时间, 时长, 里程, 发现问题, 处理情况 (and optionally 巡河方式, 备注). The chief and the
segment are given by code or by name; 时长 in minutes or as "1小时20分"; 里程 in km unless
a unit says metres. Every bad cell is reported with its file, row and column, and by
default nothing is imported while any row is bad. Imported records are marked
``source = import`` and judged like any other patrol (without a track: "no track").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from riverchief.errors import UserError
from riverchief.i18n import translate
from riverchief.patrols.model import METHODS, PatrolInput, ProblemInput
from riverchief.patrols.service import check_input, submit
from riverchief.progress import SILENT, Progress, check
from riverchief.registry.files import Table, read_tables
from riverchief.registry.transfer import ImportRejected, ImportReport, Problem
from riverchief.rules import rules_in_force
from riverchief.security import Actor, require

if TYPE_CHECKING:
    from riverchief.db import Store

#: field -> header aliases (compared after NFKC, lower case, no spaces or brackets)
HEADERS: dict[str, tuple[str, ...]] = {
    "chief": ("河长", "河长姓名", "河长编码", "河长编号", "湖长", "chief", "chiefcode",
              "chiefname", "riverchief"),
    "segment": ("河段", "河段名称", "河段编码", "河段编号", "巡河河段", "segment",
                "segmentcode", "segmentname"),
    "date": ("巡河日期", "日期", "date", "patroldate"),
    "start": ("开始时间", "起始时间", "巡河开始时间", "start", "starttime"),
    "end": ("结束时间", "巡河结束时间", "end", "endtime"),
    "duration": ("时长", "巡河时长", "用时", "duration", "durationmin", "minutes"),
    "distance": ("里程", "巡河里程", "距离", "distance", "distancekm", "km"),
    "problems": ("发现问题", "问题", "存在问题", "problems", "problemsfound", "problem"),
    "actions": ("处理情况", "处理结果", "现场处置", "actions", "actiontaken", "handling"),
    "method": ("巡河方式", "方式", "method"),
    "notes": ("备注", "巡河情况", "notes", "note", "remarks"),
}
REQUIRED = ("chief", "segment", "date", "start")
NOTHING = {"", "无", "没有", "未发现", "未发现问题", "无问题", "正常", "none", "no", "-", "/"}
METHOD_WORDS = {"步行": "foot", "徒步": "foot", "船": "boat", "乘船": "boat", "车": "vehicle",
                "驾车": "vehicle", "车辆": "vehicle", "无人机": "drone"}


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", str(text)).strip().lower()
    return re.sub(r"[\s*＊()（）:：_\-/]", "", text)


def _map_headers(table: Table) -> dict[str, str]:
    """field -> the header as written in the file."""
    aliases = {_norm(a): f for f, names in HEADERS.items() for a in names}
    found: dict[str, str] = {}
    for header in table.headers:
        f = aliases.get(_norm(header))
        if f and f not in found:
            found[f] = header
    missing = [f for f in REQUIRED if f not in found]
    if "end" not in found and "duration" not in found:
        missing.append("end")
    if missing:
        raise UserError(translate(
            "PatrolImport", "Missing column(s): {columns}. Expected headers such as 河长, 河段, "
            "巡河日期, 开始时间, 结束时间 or 时长.").format(
                columns=", ".join(HEADERS[f][0] for f in missing)), where=table.source)
    return found


class CellError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_TIME = re.compile(r"^(\d{1,2})\s*[:：点时]\s*(\d{1,2})?\s*(?:[:：分]\s*(\d{1,2})?\s*秒?)?$")


def parse_day(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = unicodedata.normalize("NFKC", str(value)).strip()
    if re.fullmatch(r"\d{8}", text):
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    m = _DATE.match(text.split(" ")[0] if " " in text and "年" not in text else text)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            pass
    raise CellError(translate("PatrolImport", "'{value}' is not a date (write 2026-07-01)."
                              ).format(value=value))


def parse_clock(value: Any) -> time:
    if isinstance(value, datetime):
        return value.time()
    if isinstance(value, time):
        return value
    text = unicodedata.normalize("NFKC", str(value)).strip()
    if " " in text:  # "2026-07-01 08:30"
        text = text.rsplit(" ", 1)[1]
    m = _TIME.match(text)
    if m:
        try:
            return time(int(m.group(1)), int(m.group(2) or 0), int(m.group(3) or 0))
        except ValueError:
            pass
    raise CellError(translate("PatrolImport", "'{value}' is not a time of day (write 08:30)."
                              ).format(value=value))


def parse_minutes(value: Any) -> float:
    if isinstance(value, int | float) and not isinstance(value, bool):
        if value <= 0:
            raise CellError(translate("PatrolImport", "The duration must be more than zero."))
        return float(value)
    if isinstance(value, time):
        return value.hour * 60 + value.minute + value.second / 60
    text = unicodedata.normalize("NFKC", str(value)).strip().lower().replace(" ", "")
    m = re.fullmatch(r"(\d{1,2}):(\d{2})", text)
    if m:
        minutes = float(int(m.group(1)) * 60 + int(m.group(2)))
    else:
        m = re.fullmatch(r"(?:(\d+(?:\.\d+)?)(?:小时|h|hr|hours?))?(?:(\d+(?:\.\d+)?)"
                         r"(?:分钟|分|min|m|minutes?)?)?", text)
        if not m or not (m.group(1) or m.group(2)):
            raise CellError(translate(
                "PatrolImport", "'{value}' is not a duration (write minutes, e.g. 45, or "
                "1小时20分).").format(value=value))
        minutes = float(m.group(1) or 0) * 60 + float(m.group(2) or 0)
    if minutes <= 0:
        raise CellError(translate("PatrolImport", "The duration must be more than zero."))
    return float(minutes)


def parse_distance_m(value: Any) -> float:
    """里程: a bare number is kilometres; 米/m means metres."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        km = float(value)
        metres = km * 1000
    else:
        text = unicodedata.normalize("NFKC", str(value)).strip().lower().replace(" ", "")
        m = re.fullmatch(r"(\d+(?:\.\d+)?)(公里|千米|km|米|m)?", text)
        if not m:
            raise CellError(translate(
                "PatrolImport", "'{value}' is not a distance (write kilometres, e.g. 2.5, or "
                "2500米).").format(value=value))
        number = float(m.group(1))
        metres = number if m.group(2) in ("米", "m") else number * 1000
    if metres < 0 or metres > 500_000:
        raise CellError(translate("PatrolImport", "The distance {value} is not plausible."
                                  ).format(value=value))
    return metres


@dataclass(frozen=True)
class _Lookup:
    by_code: dict[str, str]
    by_name: dict[str, list[str]]

    def find(self, value: Any, what: str) -> str:
        text = str(value).strip()
        if text in self.by_code:
            return self.by_code[text]
        ids = self.by_name.get(text, [])
        if len(ids) == 1:
            return ids[0]
        if len(ids) > 1:
            raise CellError(translate(
                "PatrolImport", "Several {what} are named '{value}'; write the code instead."
            ).format(what=what, value=text))
        raise CellError(translate("PatrolImport", "No {what} has the code or name '{value}'."
                                  ).format(what=what, value=text))


def _lookup(store: Store, table: str) -> _Lookup:
    by_code: dict[str, str] = {}
    by_name: dict[str, list[str]] = {}
    for r in store.db.query(f"SELECT id, code, name FROM {table} WHERE deleted_at IS NULL"):
        by_code[r["code"]] = r["id"]
        by_name.setdefault(r["name"], []).append(r["id"])
    return _Lookup(by_code, by_name)


def _where(source: str, row: int, column: str | None = None) -> str:
    if column:
        return translate("Import", "{source}, row {row}, column {column}").format(
            source=source, row=row, column=column)
    return translate("Import", "{source}, row {row}").format(source=source, row=row)


def _row_input(store: Store, values: dict[str, Any], cols: dict[str, str],
               chiefs: _Lookup, segments: _Lookup, source: str, row: int) -> PatrolInput:
    zone = ZoneInfo(store.timezone)

    def cell(f: str) -> Any:
        return values.get(cols[f], "") if f in cols else ""

    def parse(f: str, fn: Any) -> Any:
        try:
            return fn(cell(f))
        except CellError as exc:
            raise UserError(exc.message, where=_where(source, row, cols[f])) from exc

    for f in REQUIRED:
        if cell(f) in ("", None):
            raise UserError(translate("PatrolImport", "This cell is empty."),
                            where=_where(source, row, cols[f]))
    chief_id = parse("chief", lambda v: chiefs.find(v, translate("PatrolImport", "chief")))
    segment_id = parse("segment", lambda v: segments.find(
        v, translate("PatrolImport", "segment")))
    day = parse("date", parse_day)
    start = datetime.combine(day, parse("start", parse_clock), zone)
    minutes = parse("duration", parse_minutes) if cell("duration") not in ("", None) else None
    if cell("end") not in ("", None):
        end = datetime.combine(day, parse("end", parse_clock), zone)
        if end <= start:
            raise UserError(translate("PatrolImport", "The end time {end} is not after the start "
                                      "time {start}.").format(end=end.strftime("%H:%M"),
                                                              start=start.strftime("%H:%M")),
                            where=_where(source, row, cols["end"]))
    elif minutes is not None:
        end = start + timedelta(minutes=minutes)
    else:
        column = cols.get("end") or cols.get("duration") or ""
        raise UserError(translate("PatrolImport", "Give the end time or the duration."),
                        where=_where(source, row, column))
    distance = parse("distance", parse_distance_m) if cell("distance") not in ("", None) else None
    method = "foot"
    if cell("method") not in ("", None):
        raw = str(cell("method")).strip()
        method = raw.lower() if raw.lower() in METHODS else METHOD_WORDS.get(raw, "")
        if not method:
            raise UserError(translate("PatrolImport", "Unknown method '{value}' (步行, 乘船, "
                                      "驾车, 无人机).").format(value=raw),
                            where=_where(source, row, cols["method"]))
    found = str(cell("problems") or "").strip()
    problems = [] if _norm(found) in NOTHING else [ProblemInput("other", found)]
    return PatrolInput(
        chief_id=chief_id, segment_ids=[segment_id], start=start, end=end, method=method,
        notes=str(cell("notes") or "").strip(), actions=str(cell("actions") or "").strip(),
        problems=problems, claimed_distance_m=distance,
        claimed_duration_s=(end - start).total_seconds(),
    )


def import_history(
    store: Store,
    actor: Actor,
    path: Path | str,
    *,
    valid_only: bool = False,
    progress: Progress = SILENT,
) -> ImportReport:
    """Import historical patrols; all or nothing unless ``valid_only``.

    A chief imports only their own patrols; an evaluator imports within their area.
    Raises :class:`ImportRejected` (listing every problem) when a row is bad.
    """
    if actor.role == "chief":
        require(actor, "patrols.write", chief_id=actor.chief_id)
    else:
        require(actor, "exchange.import")
    path = Path(path)
    tables = read_tables(path)
    report = ImportReport()
    chiefs, segments = _lookup(store, "chief"), _lookup(store, "segment")
    rules = rules_in_force(store)
    planned: list[PatrolInput] = []
    total = sum(len(t.rows) for t in tables)
    done = 0
    for table in tables:
        report.encoding = report.encoding or table.encoding
        report.tables.append(table.source)
        cols = _map_headers(table)
        for row, values in table.rows:
            check(progress)
            done += 1
            try:
                inp = _row_input(store, values, cols, chiefs, segments, table.source, row)
                if actor.role == "chief":
                    require(actor, "patrols.write", chief_id=inp.chief_id)
                else:
                    chief_area = store.db["chief"].get(inp.chief_id)["area_id"]  # type: ignore[union-attr]
                    require(actor, "exchange.import", area_id=chief_area)
                column = translate("PatrolImport", "column {column}")
                labels = {f: column.format(column=cols[f]) for f in cols}
                if "end" not in cols:
                    labels["end"] = column.format(column=cols["duration"])
                check_input(store, inp, where=_where(table.source, row), labels=labels)
            except UserError as exc:
                report.problems.append(Problem(exc.where or _where(table.source, row),
                                               exc.message))
                continue
            planned.append(inp)
            if done % 200 == 0:
                progress.report(done, total, translate("PatrolImport", "Checking rows"))
    if report.problems and not valid_only:
        rejected = ImportRejected(report, path.name)
        rejected.valid_rows = len(planned)  # type: ignore[attr-defined]
        raise rejected
    entered = datetime.now(ZoneInfo(store.timezone))
    with store.db.atomic():
        for i, inp in enumerate(planned):
            check(progress)
            submit(store, actor, inp, source="import", rules=rules, entered_at=entered)
            report.created += 1
            if i % 100 == 0:
                progress.report(i, len(planned), translate("PatrolImport", "Importing patrols"))
    return report
