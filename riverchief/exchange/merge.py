"""Import a package: verify everything first, classify every record, then apply in one go.

Rules (DESIGN.md, Exchange): importing the same package twice changes nothing; packages may
arrive in any order and an older revision never replaces a newer one — it joins the
record's history; the same record changed in two places is a conflict: both revisions are
kept and flagged for an evaluator to settle.
"""

from __future__ import annotations

import gc
import json
import os
import shutil
import sqlite3
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from riverchief.db import Store, backup_now, records
from riverchief.errors import UserError
from riverchief.exchange import chain as chains
from riverchief.exchange import keys
from riverchief.exchange.canonical import canonical, content_hash, decode_row, sha256_hex
from riverchief.exchange.media import media_path, store_media_bytes
from riverchief.exchange.package import Package, PackageRecord, read_package, row_content
from riverchief.exchange.tables import (
    CHILDREN,
    EXCHANGED_TABLES,
    LOCAL_COLUMNS,
    OFFICE_ONLY_TABLES,
    OFFICE_TABLES,
    REGISTRY_TABLES,
    outgoing,
    without_judgement,
)
from riverchief.files import check_length, replace
from riverchief.i18n import translate
from riverchief.ids import now_iso
from riverchief.progress import SILENT, Progress, check
from riverchief.security import Actor, allowed, require

NEW, UPDATED, UNCHANGED, HISTORY, CONFLICT = "new", "updated", "unchanged", "history", "conflict"
RECORDS, RECEIPT = "records", "receipt"  # a chief's records; the office's receipt and updates


@dataclass
class ImportResult:
    """What an import did (or, for a dry run, would do)."""

    path: Path
    already_imported: bool = False
    dry_run: bool = False
    counts: Counter[str] = field(default_factory=Counter)
    conflicts: list[tuple[str, str]] = field(default_factory=list)  # (table, record id)
    author: str = ""
    fingerprint: str = ""
    kind: str = "records"
    acknowledged: int = 0
    receipt: dict[str, Any] | None = None  # the office's receipt, when the package has one
    judged: int = 0  # patrols the office judged again with its own rule set in force
    rejudged: int = 0  # of those, patrols whose verdict came out different from the chief's
    tables: Counter[str] = field(default_factory=Counter)  # new or updated, per table

    def summary(self) -> dict[str, int]:
        return {k: self.counts.get(k, 0) for k in (NEW, UPDATED, UNCHANGED, HISTORY, CONFLICT)}


def _base_revision(store: Store, table: str, record_id: str) -> int | None:
    """The last revision both sides are known to share (exported, acknowledged or applied)."""
    rows = list(store.db.query(
        "SELECT max(record_revision) AS r FROM record_revision WHERE table_name = ? "
        "AND record_id = ? AND status IN ('exported', 'acknowledged', 'applied')",
        [table, record_id]))
    return rows[0]["r"] if rows and rows[0]["r"] is not None else None


def classify(store: Store, rec: PackageRecord, kind: str = RECORDS) -> str:
    """new, updated, unchanged, history (an older revision) or conflict.

    The registry belongs to the office (only evaluators edit it): in the office's package
    a registry record at least as new as the laptop's copy replaces it (the audit log keeps
    the copy it replaced).
    """
    local = records.get(store, rec.table, rec.row["id"])
    if local is None:
        if rec.table == "problem_event" and list(store.db.query(
                "SELECT 1 FROM problem_event WHERE problem_id = ? AND seq = ?",
                [rec.row.get("problem_id"), rec.row.get("seq")])):
            return HISTORY  # this installation wrote another entry there: both kept
        return NEW
    incoming_rev, local_rev = int(rec.row["revision"]), int(local["revision"])
    if _business(rec.table, outgoing(store, rec.table, local)) == _business(rec.table, rec.row):
        return UNCHANGED  # the same content, whichever installation first wrote it
    known = list(store.db.query(
        "SELECT 1 FROM record_revision WHERE table_name = ? AND record_id = ? "
        "AND record_revision = ? AND content_sha256 = ?",
        [rec.table, rec.row["id"], incoming_rev, sha256_hex(_body(rec))]))
    if incoming_rev < local_rev:
        return UNCHANGED if known else HISTORY
    if kind == RECEIPT and rec.table in REGISTRY_TABLES:
        return UPDATED
    if incoming_rev == local_rev:
        return CONFLICT
    base = _base_revision(store, rec.table, rec.row["id"])
    if local["origin"] != store.installation_id and base is None:
        base = 1 if local_rev == 1 else None
    return UPDATED if base is not None and base >= local_rev else CONFLICT


def _business(table: str, row: dict[str, Any]) -> str:
    """A row's content without the bookkeeping of who stored it when, and without the
    columns each installation judges for itself (its verdict with the rule set in force)."""
    return content_hash({k: v for k, v in without_judgement(table, row).items()
                         if k not in ("updated_at", "created_at", "origin")})


def _verify(store: Store, pkg: Package) -> keys.KeyInfo:
    manifest = pkg.manifest
    public = str(manifest.get("public_key", ""))
    own = keys.installation_key(store)
    if own is not None and own.public_key == public:
        raise UserError(translate("Exchange", "This package was made on this installation."),
                        where=str(pkg.path))
    key = keys.find_enrolled(store, public)
    if key is None:
        raise UserError(translate(
            "Exchange", "The package is signed by a key this office has not enrolled "
            "(fingerprint {fp}). The administrator enrols the laptop's key first (Exchange, "
            "Keys tab), then the package can be imported."
        ).format(fp=keys.fingerprint(public) if len(public) == 64 else "?"), where=str(pkg.path))
    if key.revoked_at is not None:
        raise UserError(translate(
            "Exchange", "The package is signed by a revoked key ({label}, revoked {when})."
        ).format(label=key.label, when=key.revoked_at), where=str(pkg.path))
    if not keys.verify_signature(public, pkg.manifest_bytes, pkg.signature):
        raise UserError(translate("Exchange", "The package's signature is not valid: it was "
                                  "changed after it was signed."), where=str(pkg.path))
    kind = manifest.get("kind", RECORDS)
    if kind not in (RECORDS, RECEIPT):
        raise UserError(translate("Exchange", "Unknown kind of package ({kind}).").format(
            kind=kind), where=str(pkg.path))
    if kind == RECEIPT and key.chief_id is not None:
        raise UserError(translate(
            "Exchange", "Only the office sends receipts and updates, but this package is signed "
            "by a chief's laptop ({label})."
        ).format(label=key.label), where=str(pkg.path))
    for rec in pkg.records:
        if rec.table not in EXCHANGED_TABLES:
            raise UserError(translate("Exchange", "The package carries records of an unknown "
                                      "kind ({table}).").format(table=rec.table),
                            where=str(pkg.path))
        if kind == RECEIPT and (rec.table not in OFFICE_TABLES or rec.chain is not None):
            raise UserError(translate(
                "Exchange", "The office's package carries records it may not send ({table})."
            ).format(table=rec.table), where=str(pkg.path))
        if kind == RECORDS and rec.table in OFFICE_ONLY_TABLES:
            raise UserError(translate(
                "Exchange", "A chief's package may not change the registry or a problem's "
                "timeline ({table}).").format(table=rec.table), where=str(pkg.path))
        if not isinstance(rec.row.get("id"), str) or not isinstance(rec.row.get("revision"), int):
            raise UserError(translate("Exchange", "A record in the package has no id or "
                                      "revision."), where=str(pkg.path))
    _verify_chains(store, pkg)
    return key


def _body(rec: PackageRecord) -> bytes:
    """The canonical form of what a record says (all but ``updated_at``), computed once:
    its chain entry's hash covers it, and the revision history keeps it."""
    if rec.body is None:
        # the row was read from JSON: already in the form chained_content() gives
        content = rec.chain.content if rec.content_from_row and rec.chain else \
            row_content(rec.row)
        rec.body = canonical(content)
    return rec.body


def _verify_chains(store: Store, pkg: Package) -> None:
    heads = pkg.manifest.get("chains") or {}
    if not isinstance(heads, dict):
        raise UserError(translate("Exchange", "The package's chains do not match its manifest."),
                        where=str(pkg.path))
    by_chief: dict[str, list[chains.ChainEntry]] = {}
    checked: set[int] = set()
    for rec in pkg.records:
        if rec.chain is None:
            continue
        chief_id = str(rec.row.get("chief_id"))
        body = _body(rec)
        if chains.hash_bytes(rec.chain.prev_hash, body, rec.chain.media) == \
                rec.chain.record_hash:
            checked.add(id(rec.chain))  # the record is what its entry's hash covers
        elif canonical(rec.chain.content) != body:
            raise UserError(translate(
                "Exchange", "Record {seq} of chief {chief} differs from what was chained."
            ).format(seq=rec.chain.seq, chief=chief_id), where=str(pkg.path))
        by_chief.setdefault(chief_id, []).append(rec.chain)
    if set(by_chief) != set(heads):
        raise UserError(translate("Exchange", "The package's chains do not match its manifest."),
                        where=str(pkg.path))
    for chief_id, entries in by_chief.items():
        head = heads[chief_id]
        try:
            start_seq, start_hash = int(head["from_seq"]), str(head["prev_hash"])
            end = (int(head["to_seq"]), str(head["last_hash"]))
        except (TypeError, KeyError, ValueError) as exc:
            raise UserError(translate("Exchange", "The package's chains do not match its "
                                      "manifest."), where=str(pkg.path)) from exc
        breaks = chains.verify(entries, start_seq=start_seq, start_hash=start_hash, end=end,
                               checked=checked)
        if breaks:
            first = breaks[0]
            raise UserError(translate(
                "Exchange", "The chain of chief {chief} breaks at record {seq} ({kind}): {message}"
            ).format(chief=chief_id, seq=first.position, kind=first.kind, message=first.message),
                where=str(pkg.path))
        held = {r["seq"]: r["record_hash"] for r in store.db.query(
            "SELECT seq, record_hash FROM chain_entry WHERE chief_id = ? AND seq BETWEEN ? "
            "AND ?", [chief_id, entries[0].seq, entries[-1].seq])}
        for entry in entries:
            if entry.seq in held and held[entry.seq] != entry.record_hash:
                raise UserError(translate(
                    "Exchange", "The chain of chief {chief} forks at record {seq}: the office "
                    "holds a different record there.").format(chief=chief_id, seq=entry.seq),
                    where=str(pkg.path))


def _check_columns(store: Store, pkg: Package) -> None:
    """Every field of every record (and child row) is a column of its table."""
    columns: dict[str, set[str]] = {}
    seen: set[tuple[str, tuple[str, ...]]] = set()  # (table, fields) found fine already

    def known(table: str) -> set[str]:
        if table not in columns:
            columns[table] = {r["name"] for r in store.db.query(
                f'SELECT name FROM pragma_table_info("{table}")')}
        return columns[table]

    def fields_ok(table: str, row: dict[str, Any], extra: set[str]) -> bool:
        key = (table, tuple(row))
        if key in seen:
            return True
        if set(row) - known(table) - extra:
            return False
        seen.add(key)
        return True

    for rec in pkg.records:
        bad: set[str] = set()
        if not fields_ok(rec.table, rec.row, {"_children"}):
            bad = set(rec.row) - known(rec.table) - {"_children"}
        children = rec.row.get("_children") or {}
        if not isinstance(children, dict):
            bad = {"_children"}
        elif children:
            specs = {child: fk for child, fk, _order in CHILDREN.get(rec.table, [])}
            parent = rec.row["id"]
            for child, rows in children.items():
                fk = specs.get(child)
                ok = fk is not None and isinstance(rows, list)
                for c in rows if ok else ():
                    if type(c) is not dict or c.get(fk) != parent or \
                            not fields_ok(child, c, set()):
                        ok = False
                        break
                if not ok:
                    bad = {str(child)}
                    break
        if bad:
            raise UserError(translate(
                "Exchange", "A {table} record in the package has fields this installation does "
                "not know ({fields}).").format(table=rec.table, fields=", ".join(sorted(
                    str(x) for x in bad))), where=str(pkg.path))


def _classify_all(store: Store, pkg: Package, kind: str, progress: Progress) -> list[str]:
    """Classify every record; records this installation lacks are found in bulk."""
    existing: dict[str, set[str]] = {}
    by_table: dict[str, list[str]] = {}
    for rec in pkg.records:
        by_table.setdefault(rec.table, []).append(rec.row["id"])
    for table, ids in by_table.items():
        found: set[str] = set()
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            found.update(r["id"] for r in store.db.query(
                f'SELECT id FROM "{table}" WHERE id IN ({", ".join("?" * len(chunk))})', chunk))
        existing[table] = found
    media_held: set[str] = set()
    shas = [str(r.row.get("sha256")) for r in pkg.records if r.table == "media"]
    for start in range(0, len(shas), 500):
        chunk = shas[start:start + 500]
        media_held.update(r["sha256"] for r in store.db.query(
            f'SELECT sha256 FROM media WHERE sha256 IN ({", ".join("?" * len(chunk))})', chunk))
    kinds = []
    for n, rec in enumerate(pkg.records):
        if n % 500 == 0:
            check(progress)
            progress.report(n, len(pkg.records), translate("Exchange", "checking records"))
        if rec.row["id"] in existing[rec.table] or rec.table == "problem_event":
            kinds.append(classify(store, rec, kind))
        elif rec.table == "media" and rec.row.get("sha256") in media_held:
            kinds.append(UNCHANGED)  # the same file, stored here already under its own row
        else:
            kinds.append(NEW)
    return kinds


def import_package(
    store: Store,
    actor: Actor,
    path: Path,
    *,
    dry_run: bool = False,
    progress: Progress = SILENT,
    backup: bool = True,
    judge: bool = True,
) -> ImportResult:
    """Verify a package, then (unless ``dry_run``) apply it in one transaction.

    A rotating backup is taken first (``backup=False`` when the caller just took one).
    Afterwards the office judges the patrols it received with its own rule set in force
    (``judge=False`` leaves them to ``patrols.judge_again``; they stay counted as stale).
    Photos are extracted beside the media store while their hashes are checked, and moved
    into place inside the import's transaction (a file without its record is harmless).
    """
    from riverchief.ids import uuid7
    from riverchief.media.store import media_dir

    stage = None
    if not dry_run:
        _remove_stale_stages(media_dir(store))
        stage = media_dir(store) / f"{STAGE_PREFIX}{uuid7()}"
    # a package is hundreds of thousands of small objects that all live until the end:
    # the cyclic garbage collector would scan them again and again for nothing
    collecting = gc.isenabled()
    gc.disable()
    # the photos are copied by a thread that waits on the disk: let it have the interpreter
    # back quickly each time, rather than after the default 5 ms of record checking
    switch = sys.getswitchinterval()
    sys.setswitchinterval(min(switch, 0.0005))
    try:
        pkg = read_package(path, stage)
        try:
            return _import(store, actor, pkg, dry_run, progress, backup, judge)
        finally:
            pkg.stop_media()
            if stage is not None:
                shutil.rmtree(stage, ignore_errors=True)
    finally:
        sys.setswitchinterval(switch)
        if collecting:
            gc.enable()


STAGE_PREFIX = ".incoming-"
STALE_STAGE_S = 24 * 3600


def _remove_stale_stages(folder: Path) -> None:
    """Photos left half-extracted by an import that was killed (a day old: never one that
    another instance of the app is doing now)."""
    if not folder.is_dir():
        return
    cutoff = time.time() - STALE_STAGE_S
    for entry in folder.iterdir():
        try:
            if entry.name.startswith(STAGE_PREFIX) and entry.stat().st_mtime < cutoff:
                shutil.rmtree(entry, ignore_errors=True)
        except OSError:
            continue


def _import(store: Store, actor: Actor, pkg: Package, dry_run: bool, progress: Progress,
            backup: bool, judge: bool) -> ImportResult:
    result = ImportResult(pkg.path, dry_run=dry_run, author=str(pkg.manifest.get("author", "")),
                          kind=str(pkg.manifest.get("kind", "records")))
    # The office imports chiefs' records; a chief imports the office's receipts and updates.
    permission = "exchange.export" if result.kind == RECEIPT else "exchange.import"
    require(actor, permission)
    done = list(store.db.query("SELECT id FROM package_log WHERE manifest_sha256 = ?",
                               [pkg.manifest_sha256]))
    if done:
        result.already_imported = True
        return result
    key = _verify(store, pkg)
    if result.kind != RECEIPT:
        # an area's office takes in its own chiefs' packages (a township's office imported
        # another township's chief's patrols and problems into the shared file)
        chief = str(pkg.manifest.get("chief_id") or key.chief_id or "")
        row = store.conn.execute("SELECT area_id FROM chief WHERE id = ?", [chief]).fetchone()
        require(actor, permission, area_id=row[0] if row else None)
    _check_columns(store, pkg)
    result.fingerprint = key.fingerprint
    kinds = _classify_all(store, pkg, result.kind, progress)
    for rec, kind in zip(pkg.records, kinds, strict=True):
        result.counts[kind] += 1
        if kind in (NEW, UPDATED):
            result.tables[rec.table] += 1
        if kind == CONFLICT:
            result.conflicts.append((rec.table, rec.row["id"]))
    if result.kind == RECEIPT:
        receipt = pkg.manifest.get("receipt")
        result.receipt = receipt if isinstance(receipt, dict) else None
    if dry_run:
        return result
    if backup:
        backup_now(store, reason="before-import")
    try:
        _apply_all(store, actor, pkg, key, kinds, result, permission, progress)
    except (sqlite3.IntegrityError, sqlite3.InterfaceError, sqlite3.ProgrammingError,
            OverflowError, TypeError, ValueError) as exc:
        raise UserError(translate(
            "Exchange", "The package does not fit this database ({error}); nothing was "
            "imported.").format(error=exc), where=str(pkg.path)) from exc
    if judge and result.kind != RECEIPT:
        _judge_received(store, actor, pkg, kinds, result, progress)
    return result


def _judge_received(store: Store, actor: Actor, pkg: Package, kinds: list[str],
                    result: ImportResult, progress: Progress) -> None:
    """The office never takes a laptop's verdict on trust: every patrol it receives is
    judged again with the rule set in force here (the chief's verdict stays in the
    history), and so is every patrol held here whose track or a photo is one of theirs
    (packages arrive in any order: the patrol that used a track or photo first may come
    last). Runs after the import's transaction: a patrol left unjudged by a crash or a
    cancel is counted by ``stale_verdicts`` and offered in the patrol list."""
    from riverchief.patrols import Selection, judge_again
    from riverchief.verdicts.stored import sharing_photos, sharing_tracks

    ids = tuple(rec.row["id"] for rec, kind in zip(pkg.records, kinds, strict=True)
                if rec.table == "patrol" and kind in (NEW, UPDATED))
    if not ids or not allowed(actor, "patrols.review"):
        return
    done = judge_again(store, actor, Selection(patrol_ids=ids), progress=progress)
    result.judged, result.rejudged = done.judged, done.changed
    # a track or photo received now may be one that patrols held here used again: judge
    # them too
    others = tuple(sorted({*sharing_tracks(store, ids), *sharing_photos(store, ids)}))
    if others:
        done = judge_again(store, actor, Selection(patrol_ids=others, stale_only=False),
                           progress=progress)
        result.judged += done.judged
        result.rejudged += done.changed


def _place_media(store: Store, pkg: Package) -> None:
    """Move the photos and tracks into the media store (those it lacks)."""
    folders: set[Path] = set()
    for sha in pkg.media_names():
        staged = pkg.staged.get(sha)
        if staged is None:
            store_media_bytes(store, sha, pkg.read_media(sha))
            continue
        target = media_path(store, sha)
        if target.parent not in folders:
            check_length(target)  # the database's folder may be deep: said in words
            target.parent.mkdir(parents=True, exist_ok=True)
            folders.add(target.parent)
        if not target.exists():
            replace(staged, target)


def _insert_bulk(store: Store, actor: Actor, table: str, rows: list[dict[str, Any]],
                 permission: str) -> None:
    """executemany per set of columns (rows are checked against the table's columns)."""
    require(actor, permission)
    groups: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
    for row in rows:
        groups.setdefault(tuple(row), []).append(tuple(row.values()))
    for names, values in groups.items():
        sql = (f'INSERT INTO "{table}" ({", ".join(f"[{c}]" for c in names)}) '
               f'VALUES ({", ".join("?" * len(names))})')
        store.conn.execute("SAVEPOINT import_bulk")
        try:
            store.conn.executemany(sql, values)
        except (sqlite3.ProgrammingError, sqlite3.InterfaceError):
            # a list or dict among the values: stored as JSON text, as sqlite-utils would
            store.conn.execute("ROLLBACK TO import_bulk")
            store.conn.executemany(sql, [tuple(records._sql_value(v) for v in row)
                                         for row in values])
        store.conn.execute("RELEASE import_bulk")


def _apply_all(store: Store, actor: Actor, pkg: Package, key: keys.KeyInfo, kinds: list[str],
               result: ImportResult, permission: str, progress: Progress) -> None:
    """Apply a verified package in one transaction.

    New records (nearly all of a chief's package) are written in bulk, with one audit entry
    per table naming the package; updates, history and conflicts one by one.
    """
    require(actor, permission)
    received = now_iso(store.timezone)
    peer = str(pkg.manifest.get("origin_installation", ""))
    # the audit log's words, in the language of who imports (shown as they are)
    summary = translate("Exchange", "package {fingerprint}").format(
        fingerprint=pkg.manifest_sha256[:16])
    with store.db.atomic():
        store.conn.execute("PRAGMA defer_foreign_keys = ON")
        package_id = records.insert(store, "package_log", {
            "manifest_sha256": pkg.manifest_sha256, "kind": result.kind,
            "origin_installation": peer,
            "fingerprint": key.fingerprint, "author": result.author, "received_at": received,
            "summary": json.dumps({**result.summary(), "chief_id": pkg.manifest.get("chief_id"),
                                   "accepted": [
                [r.table, r.row["id"], r.row["revision"]]
                for r, k in zip(pkg.records, kinds, strict=True) if k != CONFLICT]}),
        }, actor=actor.code)
        new_rows: dict[str, list[dict[str, Any]]] = {}
        revisions: list[tuple[Any, ...]] = []
        chain_rows: list[tuple[Any, ...]] = []
        held = {(r["chief_id"], r["seq"]) for r in store.db.query(
            "SELECT chief_id, seq FROM chain_entry WHERE chief_id IN (SELECT value FROM "
            "json_each(?))", [json.dumps(sorted({str(r.row.get("chief_id")) for r in pkg.records
                                                 if r.chain is not None}))])}
        stamp = (received, received, store.installation_id, 1, None)
        for n, (rec, kind) in enumerate(zip(pkg.records, kinds, strict=True)):
            if n % 500 == 0:
                check(progress)
                progress.report(n, len(pkg.records), translate("Exchange", "applying records"))
            entry = rec.chain
            if kind == NEW:
                row = decode_row(rec.row)
                for column in LOCAL_COLUMNS.get(rec.table, ()):
                    row[column] = None  # this installation gives its own (a problem's code)
                new_rows.setdefault(rec.table, []).append(row)
                for child, rows in (rec.row.get("_children") or {}).items():
                    new_rows.setdefault(child, []).extend(decode_row(c) for c in rows)
                body = _body(rec)
                revisions.append((*stamp, rec.table, rec.row["id"], int(rec.row["revision"]),
                                  sha256_hex(body),
                                  # a chained record's content is kept once, in its chain entry
                                  "" if entry is not None else body.decode("utf-8"),
                                  "applied", package_id, peer))
            else:
                _apply(store, actor, rec, kind, package_id, peer, permission)
            if entry is not None and kind != CONFLICT:
                chief_id = str(rec.row.get("chief_id"))
                if (chief_id, entry.seq) not in held:
                    held.add((chief_id, entry.seq))
                    chain_rows.append((
                        *stamp, chief_id, entry.seq, entry.table_name, entry.record_id,
                        entry.record_revision, entry.prev_hash, entry.record_hash,
                        # the record's own canonical form: its hash was checked against it
                        _body(rec).decode("utf-8"), json.dumps(list(entry.media))))
        for table, rows in new_rows.items():
            _insert_bulk(store, actor, table, rows, permission)
            records._audit(store, "bulk-insert", table, "", None,
                           {"summary": summary, "count": len(rows)}, actor.code)
        for table, columns, values in (
                ("record_revision", REVISION_COLUMNS, revisions),
                ("chain_entry", CHAIN_COLUMNS, chain_rows)):
            if values:
                ids = bulk_ids(len(values))
                store.conn.executemany(
                    f'INSERT INTO {table} (id, created_at, updated_at, origin, revision, '
                    f'deleted_at, {", ".join(columns)}) VALUES '
                    f'({", ".join("?" * (6 + len(columns)))})',
                    [(i, *v) for i, v in zip(ids, values, strict=True)])
                records._audit(store, "bulk-insert", table, "", None,
                               {"summary": summary, "count": len(values)}, actor.code)
        # the shapes of the received patrols' tracks (a local index: a track used twice)
        _keep_shapes(store, actor, [r.row["id"] for r, k in zip(pkg.records, kinds, strict=True)
                                    if r.table == "patrol" and k in (NEW, UPDATED)], permission)
        # the photos are hashed in the background while the records are written; a photo
        # that does not match its hash refuses the package here, and the transaction (not
        # yet committed) takes every record back with it
        pkg.wait_media()
        _place_media(store, pkg)
        if result.kind == "receipt":
            result.acknowledged = _acknowledge(store, actor, pkg)
        if key.installation_id is None:
            store.db.execute("UPDATE enrolled_key SET installation_id = ? WHERE id = ?",
                             [pkg.manifest.get("origin_installation"), key.id])


def _keep_shapes(store: Store, actor: Actor, patrol_ids: list[str], permission: str) -> None:
    """Keep ``track_shape`` (migration 0064) for these patrols, as they now are."""
    from riverchief.patrols.service import keep_shapes  # lazily: patrols imports exchange

    keep_shapes(store, actor, patrol_ids, permission)


REVISION_COLUMNS = ("table_name", "record_id", "record_revision", "content_sha256", "content",
                    "status", "package_id", "peer_installation")
CHAIN_COLUMNS = ("chief_id", "seq", "table_name", "record_id", "record_revision", "prev_hash",
                 "record_hash", "content", "media")


def bulk_ids(n: int) -> list[str]:
    """``n`` UUIDv7 keys at once (RFC 9562: milliseconds, a counter, randomness), in
    increasing order; :func:`riverchief.ids.uuid7` one by one costs a lock and a system
    call each."""
    ms = time.time_ns() // 1_000_000
    noise = os.urandom(8 * n)
    out = []
    for i in range(n):
        rand = int.from_bytes(noise[8 * i:8 * i + 8], "big") & ((1 << 62) - 1)
        value = ((ms + (i >> 12)) & ((1 << 48) - 1)) << 80 | 0x7 << 76 | (i & 0xFFF) << 64 \
            | 0b10 << 62 | rand
        h = f"{value:032x}"
        out.append(f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}")
    return out


def _revision_row(rec: PackageRecord, status: str, package_id: str, peer: str) -> dict[str, Any]:
    body = _body(rec)
    return {"table_name": rec.table, "record_id": rec.row["id"],
            "record_revision": int(rec.row["revision"]),
            "content_sha256": sha256_hex(body),
            "content": body.decode("utf-8"), "status": status,
            "package_id": package_id, "peer_installation": peer}


def _replace_children(store: Store, actor: Actor, table: str, parent_id: str,
                      children: dict[str, list[dict[str, Any]]], permission: str) -> None:
    require(actor, permission)
    for child, fk, _order in CHILDREN.get(table, []):
        store.db.execute(f'DELETE FROM "{child}" WHERE "{fk}" = ?', [parent_id])
        rows = [decode_row(c) for c in children.get(child, [])]
        if rows:
            _insert_bulk(store, actor, child, rows, permission)


def _apply(store: Store, actor: Actor, rec: PackageRecord, kind: str, package_id: str,
           peer: str, permission: str) -> None:
    """Apply one record that is not new here: an update, a revision for the history, or a
    conflict (both revisions kept)."""
    require(actor, permission)
    if kind == UNCHANGED:
        return
    row = decode_row(rec.row)
    children = rec.row.get("_children") or {}
    if kind == UPDATED:
        before = records.get(store, rec.table, row["id"])
        store.db[rec.table].update(row["id"], row)  # type: ignore[union-attr]
        _replace_children(store, actor, rec.table, row["id"], children, permission)
        records._audit(store, "import", rec.table, row["id"], before, row, actor.code)
        records.insert(store, "record_revision", _revision_row(rec, "applied", package_id, peer),
                       actor=actor.code)
    elif kind == HISTORY:
        records.insert(store, "record_revision", _revision_row(rec, "history", package_id, peer),
                       actor=actor.code)
    elif kind == CONFLICT:
        local = records.get(store, rec.table, row["id"])
        assert local is not None
        rev_id = records.insert(store, "record_revision",
                                _revision_row(rec, "conflict", package_id, peer),
                                actor=actor.code)
        records.insert(store, "conflict", {
            "table_name": rec.table, "record_id": row["id"],
            "local_revision": local["revision"], "incoming_revision_id": rev_id,
            "settled_at": None, "settled_by": None, "choice": None, "note": None,
        }, actor=actor.code)


def _acknowledge(store: Store, actor: Actor, pkg: Package) -> int:
    """Mark what the office's receipt lists as accepted: it leaves the next export."""
    require(actor, "exchange.export")
    count = 0
    for table, record_id, revision in (pkg.manifest.get("receipt") or {}).get("accepted", []):
        cur = store.db.execute(
            "UPDATE record_revision SET status = 'acknowledged' WHERE table_name = ? AND "
            "record_id = ? AND record_revision = ? AND status = 'exported'",
            [table, record_id, revision])
        count += cur.rowcount
    return count


def open_conflicts(store: Store) -> list[dict[str, Any]]:
    return list(store.db.query(
        "SELECT c.*, r.content AS incoming FROM conflict c JOIN record_revision r "
        "ON r.id = c.incoming_revision_id WHERE c.settled_at IS NULL ORDER BY c.created_at"))


def settle_conflict(store: Store, actor: Actor, conflict_id: str, choice: str,
                    note: str = "") -> None:
    """Keep the local or the incoming revision; the other stays in the history. Audited."""
    require(actor, "exchange.import")
    if choice not in ("local", "incoming"):
        raise ValueError(choice)
    with store.db.atomic():
        c = records.get(store, "conflict", conflict_id)
        if c is None or c["settled_at"] is not None:
            raise UserError(translate("Exchange", "This conflict is already settled."))
        if choice == "incoming":
            kept = records.get(store, "record_revision", c["incoming_revision_id"])
            assert kept is not None
            incoming = decode_row(json.loads(kept["content"]))
            local = records.get(store, c["table_name"], c["record_id"])
            assert local is not None
            changes = {k: v for k, v in incoming.items()
                       if k not in records.SHARED_FIELDS and local.get(k) != v}
            records.update(store, c["table_name"], c["record_id"], changes, actor=actor.code)
            if c["table_name"] == "patrol":
                _keep_shapes(store, actor, [c["record_id"]], "exchange.import")
        records.update(store, "conflict", conflict_id, {
            "settled_at": now_iso(store.timezone), "settled_by": actor.code, "choice": choice,
            "note": note}, actor=actor.code)


def media_file(store: Store, sha256: str) -> Path:
    return media_path(store, sha256)
