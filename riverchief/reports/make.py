"""Make any report by its kind from a database path: what the reports page runs in a
process of its own (``ui.shell.jobs.task``), so that laying out a report never holds the
window's interpreter lock. Arguments and result are plain values (picklable)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from riverchief.progress import Progress
from riverchief.security import Actor

#: report kinds -> is it a PDF (else an XLSX workbook)
KINDS: dict[str, bool] = {"quarterly": True, "chief": True, "water": True, "ranking": False,
                          "patrol_stats": False, "chief_stats": False}


def make_report(progress: Progress, db_path: str, kind: str, out: str,
                options: dict[str, Any], actor: Actor | None = None) -> str:
    """Write the report ``kind`` to ``out`` and return its path.

    ``options``: ``period``, ``area`` (code or None), ``appendix``, ``chief`` and
    ``water`` (codes), ``lang`` (``zh_CN``/``en``, None: the current language), ``date``
    (a :class:`datetime.date`) and ``author``; each kind reads the ones it needs.
    ``actor``, the signed-in user: an area's office has only its own areas' reports
    (:mod:`riverchief.security.sight`)."""
    from riverchief import i18n
    from riverchief.db import open_store
    from riverchief.reports.common import default_issuer
    from riverchief.security.sight import require_area_seen, require_chief_seen

    if kind not in KINDS:
        raise ValueError(f"unknown report kind {kind!r}")
    target = Path(out)
    with i18n.using_language(options.get("lang")), open_store(Path(db_path)) as store:
        if kind == "chief":
            require_chief_seen(store, actor, options.get("chief") or "")
        elif kind != "water":
            require_area_seen(store, actor, options.get("area"))
        # a report of an area is issued by that area's office
        area = options.get("area") if kind == "quarterly" else None
        common = {"issuer": options.get("issuer") or default_issuer(store, area),
                  "day": options["date"], "author": options.get("author") or "",
                  "progress": progress}
        if kind == "quarterly":
            from riverchief.reports.quarterly import quarterly_report

            return str(quarterly_report(store, options["period"], target,
                                        area_code=options.get("area"),
                                        appendix=options.get("appendix") or "all", **common))
        if kind == "chief":
            from riverchief.reports.chief import chief_report

            return str(chief_report(store, options.get("chief") or "", options["period"],
                                    target, **common))
        if kind == "water":
            from riverchief.reports.water import water_report

            return str(water_report(store, options.get("water") or "", target, **common))
        if kind == "ranking":
            from riverchief.reports.quarterly import ranking_xlsx

            return str(ranking_xlsx(store, options["period"], target,
                                    area_code=options.get("area"), progress=progress))
        from riverchief.reports import sheets

        sheet = sheets.patrol_stats_xlsx if kind == "patrol_stats" else sheets.chief_stats_xlsx
        return str(sheet(store, options["period"], target, area_code=options.get("area"),
                         progress=progress))
