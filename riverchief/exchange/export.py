"""Export packages: a chief's new records for the office, the office's signed receipts."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from riverchief import __version__
from riverchief.db import Store, records
from riverchief.errors import UserError
from riverchief.exchange import keys
from riverchief.exchange.canonical import canonical, content_hash
from riverchief.exchange.chain import ChainEntry
from riverchief.exchange.media import media_path
from riverchief.exchange.package import PackageRecord, write_package
from riverchief.exchange.tables import outgoing
from riverchief.i18n import translate
from riverchief.ids import now_iso
from riverchief.security import Actor, require


def _chain_entry_for(store: Store, table: str, record_id: str,
                     revision: int) -> tuple[str, ChainEntry] | None:
    rows = list(store.db.query(
        "SELECT * FROM chain_entry WHERE table_name = ? AND record_id = ? AND "
        "record_revision = ? AND deleted_at IS NULL", [table, record_id, revision]))
    if not rows:
        return None
    r = rows[0]
    return r["chief_id"], ChainEntry(r["seq"], r["prev_hash"], r["record_hash"], table,
                                     record_id, revision, json.loads(r["content"]),
                                     tuple(json.loads(r["media"])))


def pending_rows(store: Store, table: str, chief_id: str) -> list[dict[str, Any]]:
    """A chief's rows of ``table`` whose current revision the office has not acknowledged
    (and did not send itself: a problem the office updated does not travel back)."""
    return list(store.db.query(
        f'SELECT t.* FROM "{table}" t WHERE t.chief_id = ? AND NOT EXISTS ('
        "SELECT 1 FROM record_revision r WHERE r.table_name = ? AND r.record_id = t.id AND "
        "r.record_revision = t.revision AND r.status IN ('acknowledged', 'applied')) "
        "ORDER BY t.id", [chief_id, table]))


def export_package(
    store: Store,
    actor: Actor,
    out: Path,
    password: str,
    items: list[tuple[str, dict[str, Any]]],
    *,
    chief_id: str | None = None,
    period: str | None = None,
    kind: str = "records",
    extra_manifest: dict[str, Any] | None = None,
    peer: str | None = None,
) -> Path:
    """Sign and write ``items`` (table, row) with their chain entries and media.

    ``peer`` is the installation the package is for, when known (the office's packages
    for a chief's laptop): what was sent to it is remembered, and left out next time.
    """
    require(actor, "exchange.export", chief_id=chief_id)
    own = keys.installation_key(store)
    if own is None:
        raise UserError(translate(
            "Exchange", "This installation has no signing key yet: create one under Keys."))
    signer = keys.signing_key(store, password)
    package_records: list[PackageRecord] = []
    heads: dict[str, dict[str, Any]] = {}
    media: dict[str, Path] = {}
    chain_items: dict[str, list[ChainEntry]] = {}
    for table, row in items:
        found = _chain_entry_for(store, table, row["id"], int(row["revision"]))
        entry = None
        if found:
            owner, entry = found
            chain_items.setdefault(owner, []).append(entry)
        if table == "media":
            media[row["sha256"]] = media_path(store, row["sha256"])
        package_records.append(PackageRecord(table, outgoing(store, table, row), entry))
    for owner, entries in chain_items.items():
        entries.sort(key=lambda e: e.seq)
        seqs = [e.seq for e in entries]
        if seqs != list(range(seqs[0], seqs[0] + len(seqs))):
            raise UserError(translate(
                "Exchange", "The records to export leave a gap in the chain of chief {chief}; "
                "export everything since the last acknowledged export.").format(chief=owner))
        heads[owner] = {"from_seq": entries[0].seq, "prev_hash": entries[0].prev_hash,
                        "to_seq": entries[-1].seq, "last_hash": entries[-1].record_hash}
    missing = [sha for sha, p in media.items() if not p.exists()]
    if missing:
        raise UserError(translate("Exchange", "A photo or track file is missing from the media "
                                  "folder ({sha}).").format(sha=missing[0][:12]))
    counts = Counter(t for t, _ in items)
    manifest = {
        "kind": kind, "app_version": __version__, "origin_installation": store.installation_id,
        "public_key": own.public_key, "fingerprint": own.fingerprint, "author": actor.code,
        "author_name": actor.name, "chief_id": chief_id, "period": period,
        "created_at": now_iso(store.timezone), "counts": dict(counts), "chains": heads,
        **(extra_manifest or {}),
    }
    path = write_package(out, manifest, package_records, media,
                         lambda data: keys.sign(signer, data))
    with store.db.atomic():
        for rec in package_records:
            records.insert(store, "record_revision", {
                "table_name": rec.table, "record_id": rec.row["id"],
                "record_revision": int(rec.row["revision"]),
                "content_sha256": content_hash({k: v for k, v in rec.row.items()
                                                if k != "updated_at"}),
                "content": canonical(rec.row).decode("utf-8"), "status": "exported",
                "package_id": None, "peer_installation": peer,
            }, actor=actor.code)
    return path


def chief_installation(store: Store, chief_id: str) -> str | None:
    """The installation a chief's packages come from (the last one the office heard of)."""
    rows = list(store.db.query(
        "SELECT installation_id FROM enrolled_key WHERE chief_id = ? AND installation_id IS "
        "NOT NULL AND deleted_at IS NULL ORDER BY revoked_at IS NULL DESC, created_at DESC "
        "LIMIT 1", [chief_id]))
    return rows[0]["installation_id"] if rows else None


def export_for_chief(
    store: Store,
    actor: Actor,
    chief_id: str,
    out: Path,
    password: str,
    *,
    receipt_for: str | None = None,
    everything: bool = False,
) -> Path:
    """The office's signed package for a chief's installation.

    It carries the receipt for the package with manifest hash ``receipt_for`` (if any),
    registry changes (the chief's assignments, segments ...) and problem updates (state,
    timeline, evidence of the fix) not yet sent to that installation — or ``everything``.
    The chief's installation applies it like any package: verified first, idempotent, in any
    order, conflicts kept.
    """
    # an area's office answers its own chiefs (a township's sent another township's chief
    # that chief's registry and problem updates)
    area = store.conn.execute("SELECT area_id FROM chief WHERE id = ?", [chief_id]).fetchone()
    require(actor, "exchange.import", area_id=area[0] if area else None)
    from riverchief.exchange.selection import office_items

    receipt = None
    if receipt_for is not None:
        rows = list(store.db.query("SELECT * FROM package_log WHERE manifest_sha256 = ?",
                                   [receipt_for]))
        if not rows:
            raise UserError(translate("Exchange", "No imported package has this fingerprint."))
        accepted = json.loads(rows[0]["summary"]).get("accepted", [])
        # conflicts settled since count as accepted: the chief's revision was read
        accepted += [[r["table_name"], r["record_id"], r["record_revision"]]
                     for r in store.db.query(
            "SELECT v.table_name, v.record_id, v.record_revision FROM conflict c "
            "JOIN record_revision v ON v.id = c.incoming_revision_id "
            "WHERE v.package_id = ? AND c.settled_at IS NOT NULL", [rows[0]["id"]])]
        receipt = {"package": receipt_for, "accepted": accepted,
                   "received_at": rows[0]["received_at"]}
    peer = chief_installation(store, chief_id)
    items = office_items(store, chief_id, peer, everything=everything)
    return export_package(store, actor, out, password, items, chief_id=chief_id,
                          kind="receipt", extra_manifest={"receipt": receipt}, peer=peer)


def export_receipt(
    store: Store,
    actor: Actor,
    manifest_sha256: str,
    out: Path,
    password: str,
) -> Path:
    """The office's signed receipt for an imported package, with the registry changes and
    problem updates for the chief whose package it was."""
    require(actor, "exchange.import")
    rows = list(store.db.query("SELECT * FROM package_log WHERE manifest_sha256 = ?",
                               [manifest_sha256]))
    if not rows:
        raise UserError(translate("Exchange", "No imported package has this fingerprint."))
    chief_id = json.loads(rows[0]["summary"]).get("chief_id")
    if not chief_id:
        keys_rows = list(store.db.query("SELECT chief_id FROM enrolled_key WHERE fingerprint = ?",
                                        [rows[0]["fingerprint"]]))
        chief_id = keys_rows[0]["chief_id"] if keys_rows else None
    if not chief_id:
        raise UserError(translate("Exchange", "The imported package names no chief: "
                                  "enrol its key for a chief first."))
    return export_for_chief(store, actor, str(chief_id), out, password,
                            receipt_for=manifest_sha256)
