"""Whole files without a database: classify a wide file, compute the CCME WQI of a tidy file.

These back ``riverchief wq classify`` and ``riverchief wq ccme``.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from riverchief.errors import UserError
from riverchief.files import part_path, replace_into
from riverchief.i18n import translate
from riverchief.waterquality.ccme import CcmeResult, CcmeTest, ccme_wqi
from riverchief.waterquality.classes import (
    Classification,
    check_water_type,
    classify,
    main_pollutants,
    pollutants_text,
)
from riverchief.waterquality.files import (
    FileErrors,
    Table,
    cell_text,
    read_table,
    read_tidy,
    read_wide,
    where,
)
from riverchief.waterquality.rules import DEFAULT_RULES, WaterQualityRules

OUTPUT_COLUMNS = ("class", "status", "main_pollutants")


@dataclass
class ClassifiedFile:
    table: Table
    results: list[Classification]
    pollutants: list[str]

    def output_rows(self) -> tuple[list[str], list[list[object]]]:
        """The file's columns plus ``class``, ``status`` and ``main_pollutants``."""
        extra = [c for c in OUTPUT_COLUMNS if c not in self.table.headers]
        headers = list(self.table.headers) + extra
        positions = {h: headers.index(h) for h in OUTPUT_COLUMNS}
        rows: list[list[object]] = []
        for cells, c, text in zip(self.table.rows, self.results, self.pollutants, strict=True):
            row = list(cells) + [None] * len(extra)
            row[positions["class"]] = c.water_class.label if c.water_class else ""
            row[positions["status"]] = c.status.label if c.status else ""
            row[positions["main_pollutants"]] = text
            rows.append(row)
        return headers, rows


def classify_file(
    path: Path | str, water_type: str = "river", rules: WaterQualityRules = DEFAULT_RULES
) -> ClassifiedFile:
    """Class, status and main pollutants of every row of a wide file.

    A ``water_type``/``水体类型`` column decides each row's ladder when present and filled;
    otherwise ``water_type``. Any unreadable cell stops the whole file (all problems listed).
    """
    check_water_type(water_type)
    table = read_table(path)
    wide = read_wide(table, need_section=False, need_datetime=False)
    if wide.errors:
        raise FileErrors(wide.errors)
    results, texts = [], []
    for r in wide.rows:
        c = classify(r.values, r.water_type or water_type, rules)
        results.append(c)
        texts.append(pollutants_text(main_pollutants(c, rules=rules)))
    return ClassifiedFile(table, results, texts)


def write_rows(out: Path | None, headers: list[str], rows: list[list[object]]) -> str | None:
    """Write ``rows`` as XLSX (``.xlsx``) or CSV (UTF-8 with BOM); the CSV text if no file."""
    if out is not None and out.suffix.lower() == ".xlsx":
        from openpyxl import Workbook

        wb = Workbook()
        ws = wb.active
        assert ws is not None
        ws.append(headers)
        for row in rows:
            ws.append([c for c in row])
        tmp = part_path(out)
        wb.save(tmp)
        replace_into(tmp, out)
        return None
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow([cell_text(c) for c in row])
    if out is None:
        return buf.getvalue()
    tmp = part_path(out)
    tmp.write_text(buf.getvalue(), encoding="utf-8-sig")
    replace_into(tmp, out)
    return None


def ccme_file(path: Path | str) -> CcmeResult:
    """The CCME WQI 1.0 of a tidy file with objectives.

    Columns ``Date,Variable,Value,DetectionLimit,LowerLimit,UpperLimit,Units``; a row with
    a blank value is not a test, nor is a row without a lower or an upper limit (its
    variable is listed in ``without_objective``).
    """
    table = read_table(path)
    rows, read_errors = read_tidy(table, need_section=False, map_items=False)
    errors: list[tuple[int, UserError]] = list(read_errors)
    tests: list[CcmeTest] = []
    without_objective: set[str] = set()
    for r in rows:
        if r.measurement is None:
            continue
        if r.lower is None and r.upper is None:
            without_objective.add(r.variable)  # no guideline for it: not a test
            continue
        if r.lower is not None and r.upper is not None and r.lower > r.upper:
            errors.append((r.row, UserError(
                translate("WaterQuality", "The lower limit is above the upper limit."),
                where=where(table, r.row, "LowerLimit"))))
            continue
        tests.append(CcmeTest(
            variable=r.variable,
            value=r.measurement.value,
            below_detection=r.measurement.below_detection,
            lower=r.lower, upper=r.upper,
            sampled=r.sampled_at.isoformat() if r.sampled_at else "",
        ))
    if errors:
        errors.sort(key=lambda t: t[0])
        raise FileErrors([e for _, e in errors])
    result = ccme_wqi(tests)
    result.without_objective.extend(sorted(without_objective))
    return result


def ccme_variables(path: Path | str) -> list[str]:
    table = read_table(path)
    rows, _ = read_tidy(table, need_section=False, map_items=False)
    return sorted({r.variable for r in rows if r.measurement is not None})


__all__ = ["ClassifiedFile", "ccme_file", "classify_file", "write_rows", "cell_text"]
