"""The evaluator's list of patrols whose evidence is weak (证据存疑).

A patrol's evidence is weak for one or more reasons:

- ``unverified``: no chief's hash chain covers it (typed in here, imported from a
  spreadsheet, or from an installation without chains), so nothing shows whether it was
  changed after it was written;
- ``broken``: it is chained, but the chain does not verify up to it (a record changed,
  missing or reordered), its current revision was never chained, or it no longer says what
  was chained;
- ``late``: the office first received it after the period ended (the receipt time bounds
  when the record existed, DESIGN.md Trust);
- ``suspect`` / ``invalid``: the verdict engine's judgement of its track, photos and times.

Only reads; chains are verified once per chief, not once per record.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from riverchief.db import Store
from riverchief.exchange import chain as chains
from riverchief.exchange.canonical import canonical
from riverchief.exchange.tables import (
    chained_content,
    children_of_many,
    outgoing,
    rows_by_id,
    without_judgement,
)
from riverchief.i18n import translate
from riverchief.periods import Period
from riverchief.progress import SILENT, Progress, check

UNVERIFIED, BROKEN, LATE, SUSPECT, INVALID = "unverified", "broken", "late", "suspect", "invalid"
REASONS: tuple[str, ...] = (BROKEN, UNVERIFIED, LATE, INVALID, SUSPECT)


def reason_text(code: str) -> str:
    """The reason as the evaluator reads it."""
    texts = {
        UNVERIFIED: translate("Exchange", "not covered by a chief's hash chain"),
        BROKEN: translate("Exchange", "the hash chain does not verify"),
        LATE: translate("Exchange", "received after the period ended"),
        SUSPECT: translate("Exchange", "suspect verdict"),
        INVALID: translate("Exchange", "invalid verdict"),
    }
    return texts.get(code, code)


@dataclass(frozen=True)
class WeakRecord:
    patrol_id: str
    start_at: str
    chief_code: str
    chief_name: str
    segment_code: str
    area_name: str
    verdict: str
    received_at: str | None
    reasons: tuple[str, ...]  # codes, in the order of :data:`REASONS`
    details: tuple[str, ...]  # what exactly is wrong, for the chain and the receipt

    def reasons_text(self) -> str:
        # the reader's list separator: 未纳入河长的哈希链；判定无效
        return translate("Exchange", "; ").join(reason_text(r) for r in self.reasons)


def _chain_state(store: Store, upto: dict[str, int]) -> dict[str, tuple[int | None, str]]:
    """Per chief in ``upto``: the position of the first break of the stored chain among its
    entries 1 to ``upto[chief]`` (None: they verify). A break further on cannot touch a
    record chained before it, so the rest of a long chain is neither read nor hashed.

    Read in one pass; an entry whose stored text (the canonical form its hash was made of)
    hashes to its ``record_hash`` is checked without parsing it again, and
    :func:`~riverchief.exchange.chain.verify` checks the links; any other entry is checked
    there in full."""
    entries: dict[str, list[chains.ChainEntry]] = {c: [] for c in upto}
    checked: set[int] = set()
    for cid, seq, prev, record_hash, table, record_id, revision, content, media in (
            store.conn.execute(
                "SELECT e.chief_id, e.seq, e.prev_hash, e.record_hash, e.table_name,"
                " e.record_id, e.record_revision, e.content, e.media FROM json_each(?) j"
                " JOIN chain_entry e ON e.chief_id = j.key AND e.seq <= j.value"
                " WHERE e.deleted_at IS NULL ORDER BY e.chief_id, e.seq",
                [json.dumps(upto)])):
        files = tuple(json.loads(media))
        if chains.hash_bytes(prev, content.encode("utf-8"), files) == record_hash:
            entry = chains.ChainEntry(seq, prev, record_hash, table, record_id, revision, {},
                                      files)
            checked.add(id(entry))
        else:
            entry = chains.ChainEntry(seq, prev, record_hash, table, record_id, revision,
                                      json.loads(content), files)
        entries[cid].append(entry)
    out: dict[str, tuple[int | None, str]] = {}
    for chief_id in sorted(upto):
        breaks = chains.verify(entries[chief_id], checked=checked)
        out[chief_id] = (breaks[0].position, breaks[0].message) if breaks else (None, "")
    return out


def weak_evidence(
    store: Store,
    period: Period,
    *,
    area_ids: Iterable[str] | None = None,
    reasons: Iterable[str] | None = None,
    progress: Progress = SILENT,
) -> list[WeakRecord]:
    """Submitted patrols that started in ``period`` whose evidence is weak.

    ``area_ids`` keeps patrols whose (first) segment lies in one of these areas (pass an
    area with its descendants); ``reasons`` keeps those with at least one of these reasons.
    Newest first.
    """
    wanted = set(reasons) if reasons is not None else set(REASONS)
    unknown = wanted - set(REASONS)
    if unknown:
        raise ValueError(f"unknown reasons {sorted(unknown)}")
    params: list[Any] = [period.start.isoformat(),
                         (period.end + timedelta(days=1)).isoformat()]
    area_sql = ""
    if area_ids is not None:
        ids = sorted(set(area_ids))
        if not ids:
            return []
        area_sql = f" AND s.area_id IN ({', '.join('?' * len(ids))})"
        params += ids
    rows = list(store.db.query(
        "SELECT p.id, p.start_at, p.verdict, p.revision, p.chief_id, c.code AS chief_code, "
        "c.name AS chief_name, s.code AS segment_code, a.name AS area_name, "
        "(SELECT min(l.received_at) FROM record_revision r JOIN package_log l "
        " ON l.id = r.package_id WHERE r.table_name = 'patrol' AND r.record_id = p.id "
        " AND r.status IN ('applied', 'history', 'conflict')) AS received_at "
        "FROM patrol p JOIN chief c ON c.id = p.chief_id JOIN segment s ON s.id = p.segment_id "
        "JOIN area a ON a.id = s.area_id "
        "WHERE p.deleted_at IS NULL AND p.state = 'submitted' "
        "AND p.start_at >= ? AND p.start_at < ?" + area_sql + " ORDER BY p.start_at DESC, p.id",
        params))
    chained: dict[str, dict[str, Any]] = {}
    if rows and wanted & {UNVERIFIED, BROKEN}:
        # the entries of these patrols only (by the record index), not every chain's
        for e in store.db.query(
                "SELECT chief_id, seq, record_id, record_revision, content FROM chain_entry "
                "WHERE table_name = 'patrol' AND deleted_at IS NULL AND record_id IN "
                "(SELECT value FROM json_each(?)) ORDER BY seq",
                [json.dumps([r["id"] for r in rows])]):
            chained[e["record_id"]] = e  # the last entry of a record wins
    upto: dict[str, int] = {}
    for e in chained.values():  # each chain is checked as far as these patrols' entries
        cid = str(e["chief_id"])
        upto[cid] = max(upto.get(cid, 0), int(e["seq"]))
    state = _chain_state(store, upto)
    # the patrols as they stand now, with their segments and photos, read at once
    wanted_ids = sorted(r["id"] for r in rows if r["id"] in chained)
    current = rows_by_id(store, "patrol", wanted_ids)
    for patrol_id, children in children_of_many(store, "patrol", wanted_ids).items():
        if patrol_id in current:
            current[patrol_id]["_children"] = children
    end = period.end.isoformat()
    out: list[WeakRecord] = []
    for n, row in enumerate(rows):
        if n % 500 == 0:
            check(progress)
            progress.report(n, len(rows), translate("Exchange", "checking the evidence"))
        found: set[str] = set()
        details: list[str] = []
        if row["verdict"] in (SUSPECT, INVALID):
            found.add(row["verdict"])
        if row["received_at"] is not None and str(row["received_at"])[:10] > end:
            found.add(LATE)
            details.append(translate("Exchange", "first received {when}").format(
                when=str(row["received_at"])[:16].replace("T", " ")))
        if wanted & {UNVERIFIED, BROKEN}:
            entry = chained.get(row["id"])
            if entry is None:
                found.add(UNVERIFIED)
            else:
                problem = _chain_problem(store, row, entry, state[str(entry["chief_id"])],
                                         current.get(row["id"]))
                if problem:
                    found.add(BROKEN)
                    details.append(problem)
        if not found & wanted:
            continue
        out.append(WeakRecord(
            row["id"], row["start_at"], row["chief_code"], row["chief_name"],
            row["segment_code"], row["area_name"], row["verdict"], row["received_at"],
            tuple(r for r in REASONS if r in found), tuple(details)))
    progress.report(len(rows), len(rows), translate("Exchange", "checking the evidence"))
    return out


def _chain_problem(store: Store, row: dict[str, Any], entry: dict[str, Any],
                   state: tuple[int | None, str], current: dict[str, Any] | None
                   ) -> str | None:
    first_break, message = state
    if first_break is not None and first_break <= int(entry["seq"]):
        return message
    if int(entry["record_revision"]) != int(row["revision"]):
        return translate("Exchange", "the record's current revision was never chained")
    if current is None:  # gone between the two reads: as good as changed
        return translate("Exchange", "the record was changed after it was chained")
    # the office's own verdict (judged again with its rule set) is not the chief's record
    held = canonical(without_judgement("patrol", json.loads(entry["content"])))
    if held != canonical(without_judgement(
            "patrol", chained_content(outgoing(store, "patrol", current)))):
        return translate("Exchange", "the record was changed after it was chained")
    return None
